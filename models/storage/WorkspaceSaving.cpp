// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace facade, writing: new scenarios and revisions with the "changed elsewhere"
// check, restoring, duplicating, renaming, tags, folders and the trash.
#include "Workspace.h"

#include "AtomicFileWriter.h"
#include "WorkspaceConnection.h"
#include "WorkspaceFileGuard.h"
#include "WorkspaceMigrations.h"
#include "WorkspaceSql.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <algorithm>

namespace fleetroi {

using namespace wsql;

// --- Saving --------------------------------------------------------------------------------

SaveResult Workspace::insertScenario(const QString &name, const QByteArray &canonical,
                                     const QString &comment, const QString &folder,
                                     const QStringList &tags)
{
    SaveResult result;
    result.status = requireWritable();
    if (!result.ok())
        return result;
    const QString cleanName = normalizeName(name);
    result.status = checkName(cleanName, QStringLiteral("scenario name"));
    if (!result.ok())
        return result;

    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive()) {
        result.status = transaction.beginStatus();
        return result;
    }
    StorageResult<QVariant> clash = m_connection->scalar(
        QStringLiteral("SELECT 1 FROM scenario WHERE name = ? AND trashed_at IS NULL"),
        {cleanName});
    if (!clash.ok()) {
        result.status = clash.status;
        return result;
    }
    if (clash.value->isValid()) {
        result.status = StorageStatus::failure(
            Code::Conflict,
            QStringLiteral("A scenario named %1 already exists.").arg(quoted(cleanName)));
        return result;
    }
    const StorageResult<QString> changedAt = changeTime(*m_connection);
    if (!changedAt.ok()) {
        result.status = changedAt.status;
        return result;
    }
    const QString now = *changedAt.value;
    QSqlQuery q;
    // RETURNING: QPSQL's lastInsertId() knows only OIDs.
    result.status = m_connection->run(
        q,
        QStringLiteral("INSERT INTO scenario (name, created_at, folder, head_revision, updated_at)"
                       " VALUES (?, ?, ?, 1, ?)") +
            (m_server ? QStringLiteral(" RETURNING id") : QString()),
        {cleanName, now, normalizeFolder(folder), now});
    if (!result.ok())
        return result;
    result.scenarioId =
        m_server ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q = QSqlQuery();
    result.status = m_connection->run(q,
                                      QStringLiteral("INSERT INTO revision (scenario_id, number,"
                                                     " saved_at, saved_by, comment, content_hash,"
                                                     " content) VALUES (?, 1, ?, ?, ?, ?, ?)"),
                                      {result.scenarioId, now, m_savedBy, comment,
                                       hashOf(canonical), QString::fromUtf8(canonical)});
    if (!result.ok())
        return result;
    for (const QString &tag : tags) {
        result.status =
            m_connection->run(q,
                              QStringLiteral("INSERT INTO tag (scenario_id, tag) VALUES (?, ?)"
                                             " ON CONFLICT DO NOTHING"),
                              {result.scenarioId, tag});
        if (!result.ok())
            return result;
    }
    result.status = transaction.commit();
    if (result.ok())
        result.revision = 1;
    return result;
}

SaveResult Workspace::createScenario(const QString &name, const Scenario &scenario,
                                     const QString &comment, const QString &folder)
{
    const std::vector<ValidationError> errors = validateScenario(scenario);
    if (!errors.empty())
        return saveFailure(invalidScenario(errors));
    return insertScenario(name, canonicalText(scenario), comment, folder, {});
}

SaveResult Workspace::saveCanonical(qint64 id, const QByteArray &canonical,
                                    int expectedBaseRevision, const QString &comment)
{
    SaveResult result;
    result.scenarioId = id;
    result.status = requireWritable();
    if (!result.ok())
        return result;

    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive()) {
        result.status = transaction.beginStatus();
        return result;
    }
    // Inside BEGIN IMMEDIATE this reads the newest committed state: no other writer can
    // slip in between this check and the insert below. On a team server the scenario row
    // is locked first (another analyst's save of the same scenario waits here until ours
    // commits), and the check below is a new statement, so under READ COMMITTED it sees
    // whatever that save committed.
    QSqlQuery q;
    if (m_server) {
        result.status = m_connection->run(
            q, QStringLiteral("SELECT id FROM scenario WHERE id = ? FOR UPDATE"), {id});
        if (!result.ok())
            return result;
        q = QSqlQuery();
    }
    result.status = m_connection->run(
        q,
        QStringLiteral("SELECT s.name, s.head_revision, s.trashed_at, r.content_hash, r.saved_by,"
                       " r.saved_at FROM scenario s LEFT JOIN revision r"
                       " ON r.scenario_id = s.id AND r.number = s.head_revision WHERE s.id = ?"),
        {id});
    if (!result.ok())
        return result;
    if (!q.next()) {
        result.status =
            q.lastError().isValid()
                ? WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("Saving"))
                : notFound(id);
        return result;
    }
    const QString name = q.value(0).toString();
    const int head = q.value(1).toInt();
    const bool trashed = !q.value(2).isNull();
    const QString headHash = q.value(3).toString();
    result.currentRevision = head;
    result.currentSavedBy = q.value(4).toString();
    result.currentSavedAt = parseTime(q.value(5));
    q = QSqlQuery();

    if (trashed) {
        result.status = StorageStatus::failure(
            Code::Conflict, QStringLiteral("%1 was moved to the trash elsewhere. Restore it from "
                                           "the trash, or save your version as a copy.")
                                .arg(quoted(name)));
        return result;
    }
    if (head != expectedBaseRevision) {
        result.status = StorageStatus::failure(
            Code::Conflict,
            QStringLiteral("%1 was changed elsewhere: %2 saved revision %3 at %4 UTC, after you "
                           "opened revision %5. Reload it, or save your version as a copy.")
                .arg(quoted(name), result.currentSavedBy, QString::number(head),
                     result.currentSavedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     QString::number(expectedBaseRevision)));
        return result;
    }
    const QString hash = hashOf(canonical);
    if (hash == headHash) {
        result.unchanged = true;
        result.revision = head;
        return result; // the transaction rolls back: nothing was written
    }
    const StorageResult<QString> changedAt = changeTime(*m_connection);
    if (!changedAt.ok()) {
        result.status = changedAt.status;
        return result;
    }
    const QString now = *changedAt.value;
    result.status = m_connection->run(
        q,
        QStringLiteral("INSERT INTO revision (scenario_id, number,"
                       " saved_at, saved_by, comment, content_hash,"
                       " content) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {id, head + 1, now, m_savedBy, comment, hash, QString::fromUtf8(canonical)});
    if (!result.ok())
        return result;
    result.status = m_connection->run(
        q, QStringLiteral("UPDATE scenario SET head_revision = ?, updated_at = ? WHERE id = ?"),
        {head + 1, now, id});
    if (!result.ok())
        return result;
    result.status = transaction.commit();
    if (result.ok()) {
        result.revision = head + 1;
        result.currentRevision = head + 1;
    }
    return result;
}

SaveResult Workspace::saveRevision(qint64 id, const Scenario &scenario, int expectedBaseRevision,
                                   const QString &comment)
{
    const std::vector<ValidationError> errors = validateScenario(scenario);
    if (!errors.empty())
        return saveFailure(invalidScenario(errors), id);
    return saveCanonical(id, canonicalText(scenario), expectedBaseRevision, comment);
}

SaveResult Workspace::saveAsCopy(qint64 originalId, const Scenario &scenario,
                                 const QString &comment)
{
    const std::vector<ValidationError> errors = validateScenario(scenario);
    if (!errors.empty())
        return saveFailure(invalidScenario(errors));
    StorageResult<QList<ScenarioSummary>> original = querySummaries(false, originalId);
    if (!original.ok())
        return saveFailure(original.status);
    if (original.value->isEmpty())
        return saveFailure(notFound(originalId));
    const ScenarioSummary &o = original.value->constFirst();
    WorkspaceTransaction transaction = beginBatch();
    if (!transaction.isActive())
        return saveFailure(transaction.beginStatus());
    SaveResult result = insertScenario(uniqueName(o.name + QStringLiteral(" (copy)")),
                                       canonicalText(scenario), comment, o.folder, o.tags);
    if (result.ok())
        result.status = transaction.commit();
    return result;
}

SaveResult Workspace::restoreRevision(qint64 id, int revision, int expectedBaseRevision)
{
    SaveResult result;
    result.scenarioId = id;
    result.status = requireWritable();
    if (!result.ok())
        return result;
    StorageResult<StoredRevision> old = loadRevision(*m_connection, id, revision);
    if (!old.ok()) {
        result.status = old.status;
        return result;
    }
    return saveCanonical(id, old.value->content, expectedBaseRevision,
                         QStringLiteral("Restored revision %1").arg(old.value->info.number));
}

// --- Organising ----------------------------------------------------------------------------

StorageResult<qint64> Workspace::duplicate(qint64 id, const QString &newName)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QList<ScenarioSummary>> original = querySummaries(false, id);
    if (!original.ok())
        return original.status;
    if (original.value->isEmpty())
        return notFound(id);
    const ScenarioSummary &o = original.value->constFirst();
    StorageResult<StoredRevision> head = loadRevision(*m_connection, id, kLatest);
    if (!head.ok())
        return head.status;
    const QString name =
        newName.isEmpty() ? uniqueName(o.name + QStringLiteral(" (copy)")) : newName;
    SaveResult r =
        insertScenario(name, head.value->content,
                       QStringLiteral("Copy of %1, revision %2")
                           .arg(quoted(o.name), QString::number(head.value->info.number)),
                       o.folder, o.tags);
    if (!r.ok())
        return r.status;
    status = transaction.commit();
    if (!status.ok())
        return status;
    return r.scenarioId;
}

StorageStatus Workspace::rename(qint64 id, const QString &newName)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    const QString name = normalizeName(newName);
    status = checkName(name, QStringLiteral("scenario name"));
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QVariant> trashed = m_connection->scalar(
        QStringLiteral("SELECT trashed_at IS NOT NULL FROM scenario WHERE id = ?"), {id});
    if (!trashed.ok())
        return trashed.status;
    if (!trashed.value->isValid())
        return notFound(id);
    if (!trashed.value->toBool()) {
        StorageResult<QVariant> clash = m_connection->scalar(
            QStringLiteral("SELECT 1 FROM scenario WHERE name = ? AND trashed_at IS NULL"
                           " AND id <> ?"),
            {name, id});
        if (!clash.ok())
            return clash.status;
        if (clash.value->isValid())
            return StorageStatus::failure(
                Code::Conflict,
                QStringLiteral("A scenario named %1 already exists.").arg(quoted(name)));
    }
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("UPDATE scenario SET name = ? WHERE id = ?"),
                               {name, id});
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::setTags(qint64 id, const QStringList &tags)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    QStringList clean;
    for (const QString &t : tags) {
        const QString tag = normalizeName(t);
        if (tag.isEmpty())
            continue;
        status = checkName(tag, QStringLiteral("tag"));
        if (!status.ok())
            return status;
        if (!clean.contains(tag))
            clean.append(tag);
    }
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QVariant> exists =
        m_connection->scalar(QStringLiteral("SELECT 1 FROM scenario WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.status;
    if (!exists.value->isValid())
        return notFound(id);
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("DELETE FROM tag WHERE scenario_id = ?"), {id});
    for (const QString &tag : std::as_const(clean)) {
        if (!status.ok())
            return status;
        status = m_connection->run(
            q, QStringLiteral("INSERT INTO tag (scenario_id, tag) VALUES (?, ?)"), {id, tag});
    }
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::setFolder(qint64 id, const QString &folder)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    const QString clean = normalizeFolder(folder);
    if (clean.size() > kMaxNameChars)
        return checkName(clean, QStringLiteral("folder"));
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("UPDATE scenario SET folder = ? WHERE id = ?"),
                               {clean, id});
    if (!status.ok())
        return status;
    if (q.numRowsAffected() == 0)
        return notFound(id);
    return transaction.commit();
}

StorageStatus Workspace::moveToTrash(qint64 id)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    StorageResult<QVariant> exists =
        m_connection->scalar(QStringLiteral("SELECT 1 FROM scenario WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.status;
    if (!exists.value->isValid())
        return notFound(id);
    const StorageResult<QString> trashedAt = changeTime(*m_connection);
    if (!trashedAt.ok())
        return trashedAt.status;
    QSqlQuery q;
    status = m_connection->run(
        q, QStringLiteral("UPDATE scenario SET trashed_at = ? WHERE id = ? AND trashed_at IS NULL"),
        {*trashedAt.value, id});
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::restoreFromTrash(qint64 id)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q;
    status = m_connection->run(
        q, QStringLiteral("SELECT name, trashed_at FROM scenario WHERE id = ?"), {id});
    if (!status.ok())
        return status;
    if (!q.next())
        return notFound(id);
    const QString name = q.value(0).toString();
    const bool trashed = !q.value(1).isNull();
    q = QSqlQuery();
    if (!trashed)
        return {};
    status = m_connection->run(
        q, QStringLiteral("UPDATE scenario SET trashed_at = NULL, name = ? WHERE id = ?"),
        {uniqueName(name), id});
    if (!status.ok())
        return status;
    return transaction.commit();
}

StorageStatus Workspace::deleteFromTrash(qint64 id)
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    QSqlQuery q;
    status = m_connection->run(
        q, QStringLiteral("DELETE FROM scenario WHERE id = ? AND trashed_at IS NOT NULL"), {id});
    if (!status.ok())
        return status;
    if (q.numRowsAffected() == 0)
        return StorageStatus::failure(
            Code::NotFound,
            QStringLiteral("There is no scenario with id %1 in the trash.").arg(id));
    return transaction.commit();
}

StorageStatus Workspace::emptyTrash()
{
    StorageStatus status = requireWritable();
    if (!status.ok())
        return status;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return transaction.beginStatus();
    // Revisions and tags go with their scenario (ON DELETE CASCADE; foreign keys are on).
    status =
        m_connection->exec(QStringLiteral("DELETE FROM scenario WHERE trashed_at IS NOT NULL"));
    if (!status.ok())
        return status;
    return transaction.commit();
}

} // namespace fleetroi
