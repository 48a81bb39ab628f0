// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace facade, copying between workspaces (file to server to publish, server to
// file to take offline): `fleetroi workspace copy --from A --to B`.
#include "Workspace.h"

#include "WorkspaceConnection.h"
#include "WorkspaceSql.h"

#include <QSqlQuery>

#include <algorithm>

namespace fleetroi {

using namespace wsql;

namespace {

QString timeText(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODateWithMs);
}

StorageStatus checkContent(const RevisionInfo &info, const QByteArray &content)
{
    if (hashOf(content) != info.contentHash)
        return StorageStatus::failure(
            Code::Failed, QStringLiteral("Revision %1 does not match its hash; nothing was copied.")
                              .arg(info.number));
    return {};
}

} // namespace

SaveResult Workspace::insertVerbatim(const ScenarioSummary &meta, const RevisionInfo &info,
                                     const QByteArray &content)
{
    SaveResult result;
    result.status = requireWritable();
    if (result.ok())
        result.status = checkContent(info, content);
    if (!result.ok())
        return result;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive()) {
        result.status = transaction.beginStatus();
        return result;
    }
    QSqlQuery q;
    result.status = m_connection->run(
        q,
        QStringLiteral("INSERT INTO scenario (name, created_at, folder, head_revision, updated_at)"
                       " VALUES (?, ?, ?, 1, ?)") +
            (m_server ? QStringLiteral(" RETURNING id") : QString()),
        {meta.name, timeText(meta.createdAt), meta.folder, timeText(info.savedAt)});
    if (!result.ok())
        return result;
    result.scenarioId =
        m_server ? (q.next() ? q.value(0).toLongLong() : 0) : q.lastInsertId().toLongLong();
    q = QSqlQuery();
    result.status = m_connection->run(q,
                                      QStringLiteral("INSERT INTO revision (scenario_id, number,"
                                                     " saved_at, saved_by, comment, content_hash,"
                                                     " content) VALUES (?, 1, ?, ?, ?, ?, ?)"),
                                      {result.scenarioId, timeText(info.savedAt), info.savedBy,
                                       info.comment, info.contentHash, QString::fromUtf8(content)});
    for (const QString &tag : meta.tags) {
        if (!result.ok())
            return result;
        result.status = m_connection->run(q,
                                          QStringLiteral("INSERT INTO tag (scenario_id, tag)"
                                                         " VALUES (?, ?) ON CONFLICT DO NOTHING"),
                                          {result.scenarioId, tag});
    }
    if (result.ok())
        result.status = transaction.commit();
    if (result.ok())
        result.revision = 1;
    return result;
}

SaveResult Workspace::appendVerbatim(qint64 id, const RevisionInfo &info, const QByteArray &content)
{
    SaveResult result;
    result.scenarioId = id;
    result.status = requireWritable();
    if (result.ok())
        result.status = checkContent(info, content);
    if (!result.ok())
        return result;
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive()) {
        result.status = transaction.beginStatus();
        return result;
    }
    StorageResult<QVariant> head =
        m_connection->scalar(QStringLiteral("SELECT head_revision FROM scenario WHERE id = ?") +
                                 (m_server ? QStringLiteral(" FOR UPDATE") : QString()),
                             {id});
    if (!head.ok() || !head.value->isValid()) {
        result.status = head.ok() ? notFound(id) : head.status;
        return result;
    }
    if (head.value->toInt() != info.number - 1) {
        result.status = StorageStatus::failure(
            Code::Conflict, QStringLiteral("The scenario changed while it was being copied "
                                           "(revision %1 is there now); nothing was copied.")
                                .arg(head.value->toInt()));
        return result;
    }
    QSqlQuery q;
    result.status = m_connection->run(q,
                                      QStringLiteral("INSERT INTO revision (scenario_id, number,"
                                                     " saved_at, saved_by, comment, content_hash,"
                                                     " content) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                                      {id, info.number, timeText(info.savedAt), info.savedBy,
                                       info.comment, info.contentHash, QString::fromUtf8(content)});
    if (result.ok())
        result.status = m_connection->run(
            q, QStringLiteral("UPDATE scenario SET head_revision = ?, updated_at = ? WHERE id = ?"),
            {info.number, timeText(info.savedAt), id});
    if (result.ok())
        result.status = transaction.commit();
    if (result.ok())
        result.revision = info.number;
    return result;
}

CopyReport Workspace::copyFrom(const Workspace &source)
{
    CopyReport report;
    auto fail = [&report](StorageStatus s) {
        report = CopyReport{};
        report.status = std::move(s);
        return report;
    };
    report.status = requireWritable();
    if (!report.status.ok())
        return report;
    if (!source.isOpen())
        return fail(StorageStatus::failure(Code::Failed, QStringLiteral("No source workspace.")));
    if (source.filePath() == filePath())
        return fail(StorageStatus::failure(
            Code::Invalid, QStringLiteral("The source and the target are the same workspace.")));

    StorageResult<QList<ScenarioSummary>> trash = source.listTrash();
    if (!trash.ok())
        return fail(trash.status);
    for (const ScenarioSummary &s : std::as_const(*trash.value))
        report.refused.append(QStringLiteral("%1: in the trash of the source, not copied "
                                             "(restore it there first to copy it)")
                                  .arg(quoted(s.name)));
    StorageResult<QList<ScenarioSummary>> scenarios = source.listScenarios();
    if (!scenarios.ok())
        return fail(scenarios.status);

    WorkspaceTransaction batch(*m_connection);
    if (!batch.isActive())
        return fail(batch.beginStatus());
    for (const ScenarioSummary &s : std::as_const(*scenarios.value)) {
        StorageResult<QList<RevisionInfo>> sourceHistory = source.history(s.id);
        if (!sourceHistory.ok())
            return fail(sourceHistory.status);
        QList<RevisionInfo> revisions = *sourceHistory.value;
        std::reverse(revisions.begin(), revisions.end()); // oldest first
        if (revisions.isEmpty())
            continue;

        qint64 targetId = 0;
        int present = 0; // how many of the source's revisions the target already has
        StorageResult<ScenarioSummary> existing = findByName(s.name);
        if (existing.ok()) {
            StorageResult<QList<RevisionInfo>> theirs = history(existing.value->id);
            if (!theirs.ok())
                return fail(theirs.status);
            QList<RevisionInfo> mine = *theirs.value;
            std::reverse(mine.begin(), mine.end());
            bool prefix = mine.size() <= revisions.size();
            for (qsizetype i = 0; prefix && i < mine.size(); ++i)
                prefix = mine[i].number == revisions[i].number &&
                         mine[i].contentHash == revisions[i].contentHash;
            if (!prefix) {
                report.refused.append(
                    QStringLiteral("%1: the target's history differs from the source's (it has "
                                   "%2 revisions, the source %3); not copied. Rename one of "
                                   "them, or copy into an empty workspace.")
                        .arg(quoted(s.name), QString::number(mine.size()),
                             QString::number(revisions.size())));
                continue;
            }
            targetId = existing.value->id;
            present = int(mine.size());
        } else if (existing.status.code != Code::NotFound) {
            return fail(existing.status);
        }
        if (present == revisions.size()) {
            ++report.scenariosUpToDate;
            continue;
        }
        for (qsizetype i = present; i < revisions.size(); ++i) {
            StorageResult<StoredRevision> stored =
                loadRevision(*source.m_connection, s.id, revisions[i].number);
            if (!stored.ok())
                return fail(stored.status);
            SaveResult r =
                targetId == 0 ? insertVerbatim(s, stored.value->info, stored.value->content)
                              : appendVerbatim(targetId, stored.value->info, stored.value->content);
            if (!r.ok())
                return fail(StorageStatus::failure(
                    r.status.code, QStringLiteral("Copying %1 failed; nothing was copied. %2")
                                       .arg(quoted(s.name), r.status.message)));
            targetId = r.scenarioId;
            ++report.revisionsCopied;
        }
        if (present == 0)
            ++report.scenariosAdded;
        else
            ++report.scenariosExtended;
    }
    StorageStatus status = batch.commit();
    if (!status.ok())
        return fail(status);
    return report;
}

} // namespace fleetroi
