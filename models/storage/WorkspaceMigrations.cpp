// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceMigrations.h"

#include "WorkspaceConnection.h"
#include "WorkspaceTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <QStringList>

namespace fleetroi {

namespace {

StorageStatus execAll(WorkspaceConnection &c, const QStringList &statements)
{
    for (const QString &sql : statements) {
        StorageStatus status = c.exec(sql);
        if (!status.ok())
            return status;
    }
    return {};
}

// 0 -> 1: the first released schema. Kept verbatim: old files were made by exactly this.
StorageStatus createVersion1(WorkspaceConnection &c)
{
    return execAll(
        c,
        {
            QStringLiteral("PRAGMA application_id = %1").arg(WorkspaceMigrations::kApplicationId),
            QStringLiteral("CREATE TABLE scenario ("
                           " id INTEGER PRIMARY KEY,"
                           " name TEXT NOT NULL,"
                           " created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE INDEX scenario_name ON scenario(name)"),
            // One row per saved revision; rows are never updated, only added (and
            // deleted with their scenario when the trash is emptied).
            QStringLiteral("CREATE TABLE revision ("
                           " id INTEGER PRIMARY KEY,"
                           " scenario_id INTEGER NOT NULL"
                           "  REFERENCES scenario(id) ON DELETE CASCADE,"
                           " number INTEGER NOT NULL,"
                           " saved_at TEXT NOT NULL,"
                           " saved_by TEXT NOT NULL,"
                           " comment TEXT NOT NULL DEFAULT '',"
                           " content_hash TEXT NOT NULL,"
                           " content TEXT NOT NULL,"
                           " UNIQUE (scenario_id, number))"),
            QStringLiteral("CREATE TABLE tag ("
                           " scenario_id INTEGER NOT NULL"
                           "  REFERENCES scenario(id) ON DELETE CASCADE,"
                           " tag TEXT NOT NULL,"
                           " PRIMARY KEY (scenario_id, tag)) WITHOUT ROWID"),
        });
}

// 1 -> 2: folders and the trash; the newest revision number and time cached on the
// scenario row (listing 1,000 scenarios must not aggregate 20,000 revisions); names unique
// among live scenarios. Version 1 did not enforce unique names, so duplicates are renamed
// "Name (2)", "Name (3)", ... in id order before the unique index is created.
StorageStatus migrateToVersion2(WorkspaceConnection &c)
{
    StorageStatus status = execAll(
        c,
        {
            QStringLiteral("ALTER TABLE scenario ADD COLUMN folder TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("ALTER TABLE scenario ADD COLUMN trashed_at TEXT"),
            QStringLiteral(
                "ALTER TABLE scenario ADD COLUMN head_revision INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE scenario ADD COLUMN updated_at TEXT NOT NULL DEFAULT ''"),
            QStringLiteral("UPDATE scenario SET"
                           " head_revision = COALESCE((SELECT MAX(number) FROM revision r"
                           "   WHERE r.scenario_id = scenario.id), 0),"
                           " updated_at = COALESCE((SELECT saved_at FROM revision r"
                           "   WHERE r.scenario_id = scenario.id"
                           "   ORDER BY number DESC LIMIT 1), created_at)"),
        });
    if (!status.ok())
        return status;

    QSqlQuery query;
    status = c.run(query, QStringLiteral("SELECT id, name FROM scenario ORDER BY id"));
    if (!status.ok())
        return status;
    QSet<QString> used;
    QList<std::pair<qint64, QString>> duplicates;
    while (query.next()) {
        const QString name = query.value(1).toString();
        if (used.contains(name))
            duplicates.append({query.value(0).toLongLong(), name});
        else
            used.insert(name);
    }
    query.finish();
    for (const auto &[id, name] : duplicates) {
        QString candidate;
        for (int n = 2;; ++n) {
            candidate = QStringLiteral("%1 (%2)").arg(name, QString::number(n));
            if (!used.contains(candidate))
                break;
        }
        used.insert(candidate);
        QSqlQuery update;
        status = c.run(update, QStringLiteral("UPDATE scenario SET name = ? WHERE id = ?"),
                       {candidate, id});
        if (!status.ok())
            return status;
    }

    return execAll(c, {
                          QStringLiteral("DROP INDEX scenario_name"),
                          QStringLiteral("CREATE UNIQUE INDEX scenario_live_name ON scenario(name)"
                                         " WHERE trashed_at IS NULL"),
                          QStringLiteral("CREATE INDEX revision_hash ON revision(content_hash)"),
                      });
}

using Step = StorageStatus (*)(WorkspaceConnection &);
// steps[i] takes the schema from version i to version i + 1.
constexpr Step kSteps[] = {createVersion1, migrateToVersion2};
static_assert(std::size(kSteps) == WorkspaceMigrations::kCurrentVersion);

} // namespace

StorageResult<int> WorkspaceMigrations::schemaVersion(WorkspaceConnection &connection)
{
    StorageResult<QVariant> v = connection.scalar(QStringLiteral("PRAGMA user_version"));
    if (!v.ok())
        return v.status;
    return v.value->toInt();
}

StorageStatus WorkspaceMigrations::migrate(WorkspaceConnection &connection, int targetVersion)
{
    // A current file needs no write transaction at all: opening must not wait for another
    // program's write lock (sqlite3, a backup tool, another FleetROI saving).
    StorageResult<int> current = schemaVersion(connection);
    if (current.ok() && *current.value >= targetVersion)
        return {};
    for (;;) {
        WorkspaceTransaction transaction(connection);
        if (!transaction.isActive()) {
            const StorageStatus begin = transaction.beginStatus();
            return StorageStatus::failure(
                begin.code,
                QStringLiteral("The workspace must be upgraded to this version of FleetROI "
                               "(schema version %1 to %2) before it can be used, and that "
                               "needs to write to it, but it could not be locked for writing: "
                               "%3")
                    .arg(QString::number(current.ok() ? *current.value : 0),
                         QString::number(targetVersion), begin.message));
        }
        StorageResult<int> version = schemaVersion(connection);
        if (!version.ok())
            return version.status;
        const int from = *version.value;
        if (from >= targetVersion)
            return {}; // another instance may have migrated meanwhile; nothing to do
        if (from < 0 || from >= kCurrentVersion)
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("Unknown workspace schema version %1.").arg(from));
        StorageStatus status = kSteps[from](connection);
        if (!status.ok())
            return StorageStatus::failure(
                status.code,
                QStringLiteral("Upgrading the workspace from version %1 to %2 "
                               "failed; nothing was changed. %3")
                    .arg(QString::number(from), QString::number(from + 1), status.message));
        status = connection.exec(QStringLiteral("PRAGMA user_version = %1").arg(from + 1));
        if (!status.ok())
            return status;
        status = transaction.commit();
        if (!status.ok())
            return status;
    }
}

} // namespace fleetroi
