// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace facade, reading: lists, history, revisions, diff, free names.
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

StorageResult<QList<ScenarioSummary>> Workspace::querySummaries(bool trash, qint64 onlyId) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    QString sql = QStringLiteral("SELECT id, name, folder, head_revision, created_at, updated_at,"
                                 " trashed_at FROM scenario");
    if (onlyId)
        sql += QStringLiteral(" WHERE id = ?");
    else
        sql += trash ? QStringLiteral(" WHERE trashed_at IS NOT NULL")
                     : QStringLiteral(" WHERE trashed_at IS NULL");
    // Case-insensitive by name as the analyst reads it; PostgreSQL has no NOCASE, and
    // lower() under the byte order "C" gives SQLite's NOCASE order for ASCII names.
    sql += m_server ? QStringLiteral(" ORDER BY lower(name) COLLATE \"C\", id")
                    : QStringLiteral(" ORDER BY name COLLATE NOCASE, id");
    QSqlQuery q;
    status = onlyId ? m_connection->run(q, sql, {onlyId}) : m_connection->run(q, sql);
    if (!status.ok())
        return status;
    QList<ScenarioSummary> list;
    QHash<qint64, qsizetype> indexById;
    while (q.next()) {
        ScenarioSummary s;
        s.id = q.value(0).toLongLong();
        s.name = q.value(1).toString();
        s.folder = q.value(2).toString();
        s.revisions = q.value(3).toInt();
        s.createdAt = parseTime(q.value(4));
        s.updatedAt = parseTime(q.value(5));
        s.trashedAt = parseTime(q.value(6));
        indexById.insert(s.id, list.size());
        list.append(std::move(s));
    }
    if (q.lastError().isValid())
        return WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("Listing"));
    q = QSqlQuery();
    if (list.isEmpty())
        return list;

    QSqlQuery t;
    status = onlyId ? m_connection->run(t,
                                        QStringLiteral("SELECT scenario_id, tag FROM tag"
                                                       " WHERE scenario_id = ? ORDER BY tag"),
                                        {onlyId})
                    : m_connection->run(t, QStringLiteral("SELECT scenario_id, tag FROM tag"
                                                          " ORDER BY scenario_id, tag"));
    if (!status.ok())
        return status;
    while (t.next()) {
        const auto it = indexById.constFind(t.value(0).toLongLong());
        if (it != indexById.constEnd())
            list[*it].tags.append(t.value(1).toString());
    }
    return list;
}

StorageResult<QList<ScenarioSummary>> Workspace::listScenarios() const
{
    return querySummaries(false, 0);
}

StorageResult<QList<ScenarioSummary>> Workspace::listTrash() const
{
    return querySummaries(true, 0);
}

StorageResult<ScenarioSummary> Workspace::scenario(qint64 id) const
{
    StorageResult<QList<ScenarioSummary>> one = querySummaries(false, id);
    if (!one.ok())
        return one.status;
    if (one.value->isEmpty())
        return notFound(id);
    return one.value->constFirst();
}

StorageResult<ScenarioSummary> Workspace::findByName(const QString &name) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<QVariant> id = m_connection->scalar(
        QStringLiteral("SELECT id FROM scenario WHERE name = ? AND trashed_at IS NULL"), {name});
    if (!id.ok())
        return id.status;
    if (!id.value->isValid())
        return StorageStatus::failure(
            Code::NotFound, QStringLiteral("There is no scenario named %1.").arg(quoted(name)));
    return scenario(id.value->toLongLong());
}

StorageResult<QList<RevisionInfo>> Workspace::history(qint64 id) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<QVariant> exists =
        m_connection->scalar(QStringLiteral("SELECT 1 FROM scenario WHERE id = ?"), {id});
    if (!exists.ok())
        return exists.status;
    if (!exists.value->isValid())
        return notFound(id);
    QSqlQuery q;
    status = m_connection->run(q,
                               QStringLiteral("SELECT number, saved_at, saved_by, comment,"
                                              " content_hash FROM revision WHERE scenario_id = ?"
                                              " ORDER BY number DESC"),
                               {id});
    if (!status.ok())
        return status;
    QList<RevisionInfo> list;
    while (q.next()) {
        RevisionInfo r;
        r.number = q.value(0).toInt();
        r.savedAt = parseTime(q.value(1));
        r.savedBy = q.value(2).toString();
        r.comment = q.value(3).toString();
        r.contentHash = q.value(4).toString();
        list.append(std::move(r));
    }
    if (q.lastError().isValid())
        return WorkspaceConnection::statusFromError(q.lastError(), QStringLiteral("History"));
    return list;
}

StorageResult<ScenarioRevision> Workspace::openRevision(qint64 id, int revision) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<StoredRevision> stored = loadRevision(*m_connection, id, revision);
    if (!stored.ok())
        return stored.status;
    ScenarioReadResult read = readScenario(
        std::string_view(stored.value->content.constData(), stored.value->content.size()));
    if (!read.ok())
        return StorageStatus::failure(
            Code::Failed,
            QStringLiteral("Revision %1 of %2 cannot be read by this version of FleetROI: %3")
                .arg(stored.value->info.number)
                .arg(quoted(stored.value->scenarioName),
                     formatErrors(read.errors).join(QStringLiteral("; "))));
    ScenarioRevision r;
    r.scenarioId = id;
    r.scenarioName = stored.value->scenarioName;
    r.info = stored.value->info;
    r.canonicalText = std::move(stored.value->content);
    r.scenario = std::move(*read.scenario);
    return r;
}

StorageResult<QList<FieldChange>> Workspace::diff(qint64 id, int olderRevision,
                                                  int newerRevision) const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    StorageResult<StoredRevision> a = loadRevision(*m_connection, id, olderRevision);
    if (!a.ok())
        return a.status;
    StorageResult<StoredRevision> b = loadRevision(*m_connection, id, newerRevision);
    if (!b.ok())
        return b.status;
    return ScenarioDiff::compare(a.value->content, b.value->content);
}

QString Workspace::uniqueName(const QString &base) const
{
    QString name = normalizeName(base);
    if (name.isEmpty())
        name = QStringLiteral("Untitled");
    if (!isOpen())
        return name;
    // An error (a lost connection, an aborted server transaction) ends the search: the
    // save that follows reports it instead of this loop running forever.
    auto taken = [this](const QString &candidate) {
        StorageResult<QVariant> r = m_connection->scalar(
            QStringLiteral("SELECT 1 FROM scenario WHERE name = ? AND trashed_at IS NULL"),
            {candidate});
        return r.ok() && r.value->isValid();
    };
    if (!taken(name))
        return name;
    for (int n = 2;; ++n) {
        const QString candidate = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
        if (!taken(candidate))
            return candidate;
    }
}

} // namespace fleetroi
