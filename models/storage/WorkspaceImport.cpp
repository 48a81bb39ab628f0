// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace facade, shared files: importing scenario files (validated before anything
// is written) and exporting revisions.
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

// --- Shared files --------------------------------------------------------------------------

ImportResult Workspace::importValidated(const QString &source, const Scenario &scenario,
                                        ClashPolicy policy)
{
    using Outcome = ImportResult::Outcome;
    ImportResult r;
    r.filePath = source;
    auto failed = [&r](StorageStatus s) {
        r.outcome = Outcome::Failed;
        r.status = std::move(s);
        return r;
    };
    StorageStatus status = requireWritable();
    if (!status.ok())
        return failed(status);
    WorkspaceTransaction transaction(*m_connection);
    if (!transaction.isActive())
        return failed(transaction.beginStatus());

    const QByteArray canonical = canonicalText(scenario);
    const QString hash = hashOf(canonical);
    QSqlQuery q;
    status = m_connection->run(q,
                               QStringLiteral("SELECT s.id, s.name, r.number FROM revision r"
                                              " JOIN scenario s ON s.id = r.scenario_id"
                                              " WHERE r.content_hash = ? AND s.trashed_at IS NULL"
                                              " ORDER BY s.id, r.number DESC LIMIT 1"),
                               {hash});
    if (!status.ok())
        return failed(status);
    if (q.next()) {
        r.outcome = Outcome::AlreadyPresent;
        r.scenarioId = q.value(0).toLongLong();
        r.scenarioName = q.value(1).toString();
        r.revision = q.value(2).toInt();
        return r;
    }
    q = QSqlQuery();

    const QString comment = QStringLiteral("Imported from %1").arg(QFileInfo(source).fileName());
    QString name = normalizeName(QString::fromStdString(scenario.name));
    if (name.isEmpty())
        name = QStringLiteral("Untitled");
    StorageResult<ScenarioSummary> existing = findByName(name);
    SaveResult saved;
    if (!existing.ok() && existing.status.code != Code::NotFound)
        return failed(existing.status);
    if (!existing.ok()) {
        saved = insertScenario(name, canonical, comment, {}, {});
        r.outcome = Outcome::Added;
    } else {
        r.scenarioId = existing.value->id;
        r.scenarioName = existing.value->name;
        r.revision = existing.value->revisions;
        switch (policy) {
        case ClashPolicy::Ask:
            r.outcome = Outcome::NameClash;
            r.status = StorageStatus::failure(
                Code::Conflict, QStringLiteral("A scenario named %1 already exists: keep both "
                                               "with a new name, add the file as a new revision, "
                                               "or skip it?")
                                    .arg(quoted(name)));
            return r;
        case ClashPolicy::Skip:
            r.outcome = Outcome::Skipped;
            return r;
        case ClashPolicy::KeepBoth:
            saved = insertScenario(uniqueName(name), canonical, comment, {}, {});
            r.outcome = Outcome::AddedWithNewName;
            break;
        case ClashPolicy::AddAsNewRevision:
            saved =
                saveCanonical(existing.value->id, canonical, existing.value->revisions, comment);
            r.outcome = Outcome::AddedAsRevision;
            break;
        }
    }
    if (!saved.ok())
        return failed(saved.status);
    status = transaction.commit();
    if (!status.ok())
        return failed(status);
    r.scenarioId = saved.scenarioId;
    r.revision = saved.revision;
    StorageResult<ScenarioSummary> now = this->scenario(saved.scenarioId);
    r.scenarioName = now.ok() ? now.value->name : name;
    return r;
}

ImportResult Workspace::importFile(const QString &filePath, ClashPolicy policy)
{
    QList<ImportResult> results = importFiles({filePath}, policy);
    return results.constFirst();
}

QList<ImportResult> Workspace::importFiles(const QStringList &filePaths, ClashPolicy policy)
{
    using Outcome = ImportResult::Outcome;
    QList<ImportResult> results;
    std::vector<std::optional<Scenario>> scenarios;
    bool anyInvalid = false;
    // 1. Read and validate every file; nothing is written yet.
    for (const QString &path : filePaths) {
        ImportResult r;
        r.filePath = path;
        // Never read a workspace open in this process (this one included) as a scenario
        // file: the read would drop SQLite's locks (WorkspaceFileGuard).
        const StorageStatus guard = WorkspaceFileGuard::checkUserFile(path);
        if (!guard.ok()) {
            anyInvalid = true;
            r.outcome = Outcome::Invalid;
            r.errors.append(guard.message);
            r.status = guard;
            scenarios.push_back(std::nullopt);
            results.append(std::move(r));
            continue;
        }
        ScenarioReadResult read = readScenarioFile(path.toUtf8().toStdString());
        if (!read.ok()) {
            anyInvalid = true;
            r.outcome = Outcome::Invalid;
            r.errors = formatErrors(read.errors);
            if (r.errors.isEmpty())
                r.errors.append(QStringLiteral("not a valid scenario file"));
            r.status = StorageStatus::failure(Code::Invalid, r.errors.join(QStringLiteral("; ")));
        }
        scenarios.push_back(std::move(read.scenario));
        results.append(std::move(r));
    }
    if (anyInvalid) {
        for (ImportResult &r : results) {
            if (r.outcome != Outcome::Invalid) {
                r.outcome = Outcome::Skipped;
                r.status = StorageStatus::failure(
                    Code::Invalid, QStringLiteral("Not imported: another file is invalid, so "
                                                  "nothing was imported."));
            }
        }
        return results;
    }
    // 2. Write all of them in one transaction, or none.
    StorageStatus status = requireWritable();
    if (status.ok()) {
        WorkspaceTransaction batch(*m_connection);
        status = batch.beginStatus();
        for (qsizetype i = 0; status.ok() && i < results.size(); ++i) {
            results[i] = importValidated(filePaths[i], *scenarios[std::size_t(i)], policy);
            if (results[i].outcome == Outcome::Failed)
                status = results[i].status;
        }
        if (status.ok())
            status = batch.commit();
    }
    if (!status.ok()) {
        for (ImportResult &r : results) {
            r.outcome = Outcome::Failed;
            r.status = status;
        }
    }
    return results;
}

StorageStatus Workspace::exportScenario(qint64 id, int revision, const QString &filePath) const
{
    StorageResult<ScenarioRevision> r = openRevision(id, revision);
    if (!r.ok())
        return r.status;
    return AtomicFileWriter::writeFile(filePath, r.value->canonicalText);
}

} // namespace fleetroi
