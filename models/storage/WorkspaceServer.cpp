// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace facade on a team server (PostgreSQL): opening, deciding read-only, and
// live refresh through LISTEN/NOTIFY.
#include "Workspace.h"

#include "WorkspaceConnection.h"
#include "WorkspaceMigrations.h"
#include "WorkspaceSql.h"

#include <QMetaObject>
#include <QSqlDriver>
#include <QTimer>

namespace fleetroi {

using namespace wsql;

StorageStatus Workspace::openServer(const QString &uri, const OpenOptions &options)
{
    auto connection = std::make_unique<WorkspaceConnection>();
    StorageStatus status = connection->open(uri, false, options.password);
    if (!status.ok())
        return status;
    const QString where = connection->filePath();

    StorageResult<int> version = WorkspaceMigrations::schemaVersion(*connection);
    if (!version.ok())
        return version.status;
    if (*version.value == 0) {
        // Only an empty database becomes a workspace: never add tables next to someone
        // else's. Tables may also be another FleetROI creating the workspace right now
        // (its schema version is not committed yet): wait for its migration lock, then look
        // again.
        StorageResult<QVariant> tables = connection->scalar(QStringLiteral(
            "SELECT count(*) FROM pg_catalog.pg_tables"
            " WHERE schemaname = current_schema() AND tablename <> 'fleetroi_meta'"));
        if (!tables.ok())
            return tables.status;
        if (tables.value->toInt() > 0) {
            int afterWait = 0;
            status = WorkspaceMigrations::waitForServerMigration(*connection, afterWait);
            if (!status.ok())
                return status;
            version = afterWait;
            if (*version.value == 0)
                return StorageStatus::failure(
                    Code::Invalid,
                    QStringLiteral("The database %1 holds other tables but is not a FleetROI "
                                   "team workspace. Use an empty database (docs/TEAM_SERVER.md).")
                        .arg(where));
        }
    }
    const bool created = *version.value == 0;
    if (!created) {
        StorageResult<QVariant> appId = connection->scalar(
            QStringLiteral("SELECT value FROM fleetroi_meta WHERE key = 'application_id'"));
        if (!appId.ok())
            return appId.status;
        if (appId.value->toString().toInt() != WorkspaceMigrations::kApplicationId)
            return StorageStatus::failure(
                Code::Invalid,
                QStringLiteral("The database %1 is not a FleetROI team workspace.").arg(where));
    }

    StorageResult<QVariant> role = connection->scalar(QStringLiteral("SELECT current_user"));
    if (!role.ok())
        return role.status;
    const QString roleName = role.value->toString();

    bool readOnly = false;
    bool openedForReading = false;
    QString reason;
    if (*version.value > WorkspaceMigrations::kCurrentVersion) {
        readOnly = true;
        reason = QStringLiteral("The team workspace %1 was upgraded by a newer FleetROI (schema "
                                "version %2; this version knows up to %3). It is open read-only.")
                     .arg(where, QString::number(*version.value),
                          QString::number(WorkspaceMigrations::kCurrentVersion));
    }
    if (!readOnly) {
        StorageResult<QVariant> standby =
            connection->scalar(QStringLiteral("SELECT pg_is_in_recovery()"));
        if (standby.ok() && standby.value->toBool()) {
            readOnly = true;
            reason = QStringLiteral("The team workspace %1 is served by a standby server, which "
                                    "only reads. It is open read-only.")
                         .arg(where);
        }
    }
    if (!readOnly && !created) {
        StorageResult<QVariant> mayWrite = connection->scalar(
            QStringLiteral("SELECT has_table_privilege('scenario', 'INSERT, UPDATE, DELETE')"
                           " AND has_table_privilege('revision', 'INSERT')"
                           " AND has_table_privilege('tag', 'INSERT, DELETE')"));
        if (!mayWrite.ok())
            return mayWrite.status;
        if (!mayWrite.value->toBool()) {
            readOnly = true;
            reason = QStringLiteral("Your database role '%1' may only read the team workspace %2: "
                                    "you can browse, open, compare and report, but not save. Ask "
                                    "IT for the analyst role to save.")
                         .arg(roleName, where);
        }
    }
    if (!readOnly && options.readOnly) {
        readOnly = true;
        reason = QStringLiteral("The workspace was opened read-only.");
    }
    if (!readOnly && options.forReading && !created &&
        *version.value == WorkspaceMigrations::kCurrentVersion) {
        readOnly = true;
        openedForReading = true;
        reason = QStringLiteral("The workspace was opened for reading only.");
    }
    if (!readOnly) {
        status = WorkspaceMigrations::migrate(*connection);
        if (!status.ok())
            return status;
    }

    m_connection = std::move(connection);
    m_server = true;
    m_filePath = where;
    m_savedBy = roleName;
    m_wasCreated = created;
    m_readOnly = readOnly;
    m_openedForReading = openedForReading;
    m_reasonReadOnly = reason;
    m_integrityReport = QStringLiteral("ok");
    if (m_wasCreated && options.seedExamplesIfCreated) {
        status = seedExamples();
        if (!status.ok()) {
            close();
            return status;
        }
    }
    if (options.watchForChanges)
        startWatching();
    return {};
}

void Workspace::subscribeToServer()
{
    QSqlDriver *driver = m_connection->database().driver();
    if (!driver)
        return;
    const QString channel = QLatin1String(WorkspaceTransaction::kNotifyChannel);
    if (!driver->subscribedToNotifications().contains(channel))
        driver->subscribeToNotification(channel);
    // A reconnect makes a new driver object; connect each driver once.
    if (m_listeningDriver != driver) {
        m_listeningDriver = driver;
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString &, QSqlDriver::NotificationSource source, const QVariant &) {
                    // Our own commits come back as SelfSource: not a change made elsewhere.
                    if (source == QSqlDriver::OtherSource)
                        emit changedOnDisk();
                });
    }
    m_subscribedReconnects = m_connection->reconnectCount();
}

void Workspace::startWatchingServer()
{
    subscribeToServer();
    // LISTEN delivers another analyst's commit at once. The timer (every kChangePollMs)
    // covers what LISTEN cannot: a notification libpq read while one of our own queries
    // ran (handed to Qt's driver here), and a connection that dropped (the ping reconnects;
    // notifications sent meanwhile are lost, so a reconnect counts as a change).
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kChangePollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] {
        if (!isOpen() || m_connection->transactionDepth() > 0)
            return;
        m_connection->exec(QStringLiteral("SELECT 1"));
        if (m_connection->reconnectCount() != m_subscribedReconnects) {
            subscribeToServer();
            emit changedOnDisk();
            return;
        }
        QSqlDriver *driver = m_connection->database().driver();
        if (driver && driver->metaObject()->indexOfMethod("_q_handleNotification()") >= 0)
            QMetaObject::invokeMethod(driver, "_q_handleNotification");
    });
    m_pollTimer->start();
}

} // namespace fleetroi
