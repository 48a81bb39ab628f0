// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "AtomicFileWriter.h"
#include "WorkspaceConnection.h"
#include "WorkspaceFileGuard.h"
#include "WorkspaceMigrations.h"
#include "WorkspaceSql.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTimer>

#include <algorithm>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

namespace fleetroi {

using namespace wsql;

QString Workspace::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) +
           QStringLiteral("/workspace.sqlite");
}

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace()
{
    close();
}

bool Workspace::isOpen() const
{
    return m_connection && m_connection->isOpen();
}

StorageStatus Workspace::openDefault()
{
    OpenOptions options;
    options.seedExamplesIfCreated = true;
    return open(defaultPath(), options);
}

void Workspace::close()
{
    delete m_pollTimer;
    m_pollTimer = nullptr;
    m_connection.reset();
    if (!m_filePath.isEmpty() && !m_server)
        WorkspaceFileGuard::unregisterWorkspace(m_filePath);
    m_filePath.clear();
    m_wasCreated = false;
    m_readOnly = false;
    m_openedForReading = false;
    m_reasonReadOnly.clear();
    m_integrityReport.clear();
    m_dataVersion = -1;
    m_server = false;
    m_savedBy.clear();
    m_listeningDriver = nullptr;
}

StorageStatus Workspace::open(const QString &filePath, const OpenOptions &options)
{
    close();
    if (filePath.isEmpty())
        return StorageStatus::failure(Code::Invalid, QStringLiteral("No workspace file given."));
    if (PgLocation::isServerLocation(filePath))
        return openServer(filePath, options);
    const QFileInfo info(filePath);
    const QString path = info.absoluteFilePath();
    if (info.isDir())
        return StorageStatus::failure(
            Code::Invalid, QStringLiteral("%1 is a folder, not a workspace file.").arg(path));
    // An empty file is what SQLite itself leaves after creating a database and writing
    // nothing; treat it as new.
    const bool existed = info.exists() && info.size() > 0;
    if (!existed && !QDir().mkpath(info.absolutePath()))
        return StorageStatus::failure(
            Code::Failed,
            QStringLiteral("Could not create the folder %1.").arg(info.absolutePath()));

    auto connection = std::make_unique<WorkspaceConnection>();
    bool readOnly = false;
    bool openedForReading = false;
    QString reason;
    QString integrity = QStringLiteral("ok");

    if (existed) {
        // Look before writing anything: a read-only connection cannot change the file,
        // not even by a checkpoint when it closes.
        StorageStatus status = connection->open(path, true);
        if (!status.ok())
            return status;
        StorageResult<QVariant> appId = connection->scalar(QStringLiteral("PRAGMA application_id"));
        if (!appId.ok())
            return StorageStatus::failure(
                Code::Invalid,
                QStringLiteral("%1 is not a FleetROI workspace, or is damaged beyond reading (%2).")
                    .arg(path, appId.status.message));
        StorageResult<QVariant> tables =
            connection->scalar(QStringLiteral("SELECT count(*) FROM sqlite_master"));
        const int tableCount = tables.ok() ? tables.value->toInt() : 0;
        if (appId.value->toInt() != WorkspaceMigrations::kApplicationId && tableCount > 0)
            return StorageStatus::failure(
                Code::Invalid,
                QStringLiteral("%1 is a SQLite database but not a FleetROI workspace.").arg(path));

        // integrity_check, reporting at most 10 problems.
        QSqlQuery q;
        status = connection->run(q, QStringLiteral("PRAGMA integrity_check(10)"));
        QStringList problems;
        if (status.ok()) {
            while (q.next())
                problems.append(q.value(0).toString());
            if (q.lastError().isValid())
                problems.append(q.lastError().text());
        } else {
            problems.append(status.message);
        }
        q = QSqlQuery();
        integrity = problems.join(QStringLiteral("; "));
        if (integrity != QLatin1String("ok")) {
            readOnly = true;
            reason = QStringLiteral("The workspace file %1 is damaged (integrity check: %2). It is "
                                    "open read-only so nothing more is written to it: export the "
                                    "scenarios you need, or restore the file from a backup.")
                         .arg(path, integrity.left(500));
        }
        StorageResult<int> version = WorkspaceMigrations::schemaVersion(*connection);
        if (!readOnly && version.ok() && *version.value > WorkspaceMigrations::kCurrentVersion) {
            readOnly = true;
            reason = QStringLiteral("The workspace %1 was made by a newer FleetROI (schema version "
                                    "%2; this version knows up to %3). It is open read-only.")
                         .arg(path, QString::number(*version.value),
                              QString::number(WorkspaceMigrations::kCurrentVersion));
        }
        if (!readOnly && !info.isWritable()) {
            readOnly = true;
            reason = QStringLiteral("The workspace file %1 cannot be written (permissions). It is "
                                    "open read-only.")
                         .arg(path);
        }
        if (!readOnly && options.readOnly) {
            readOnly = true;
            reason = QStringLiteral("The workspace was opened read-only.");
        }
        // Reading needs no write lock, unless the schema must be upgraded first.
        if (!readOnly && options.forReading && version.ok() &&
            *version.value == WorkspaceMigrations::kCurrentVersion) {
            readOnly = true;
            openedForReading = true;
            reason = QStringLiteral("The workspace was opened for reading only.");
        }
        if (!readOnly)
            connection->close();
    }

    if (!connection->isOpen()) {
        StorageStatus status = connection->open(path, false);
        if (!status.ok())
            return status;
        // WAL before any transaction (TOOLCHAIN.md): readers never block the writer and a
        // crash leaves committed transactions intact. synchronous=FULL also survives a power
        // cut after a save was acknowledged, at the cost of one fsync per save.
        // Switching an older file to WAL writes to it (and waits for the write lock); a file
        // already in WAL mode is left alone, so opening never waits for another writer.
        StorageResult<QVariant> mode = connection->scalar(QStringLiteral("PRAGMA journal_mode"));
        if (mode.ok() &&
            mode.value->toString().compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0) {
            mode = connection->scalar(QStringLiteral("PRAGMA journal_mode = WAL"));
            if (!mode.ok())
                return StorageStatus::failure(
                    mode.status.code,
                    QStringLiteral("The workspace %1 must be upgraded to this version of "
                                   "FleetROI (write-ahead log) before it can be used, and that "
                                   "needs to write to it, but it could not be locked for "
                                   "writing: %2")
                        .arg(path, mode.status.message));
        }
        if (!mode.ok())
            return mode.status;
        status = connection->exec(QStringLiteral("PRAGMA synchronous = FULL"));
        if (status.ok())
            status = WorkspaceMigrations::migrate(*connection);
        if (!status.ok())
            return status;
    }

    m_connection = std::move(connection);
    m_filePath = path;
    m_savedBy = osUserName();
    WorkspaceFileGuard::registerWorkspace(path);
    m_wasCreated = !existed;
    m_readOnly = readOnly;
    m_openedForReading = openedForReading;
    m_reasonReadOnly = reason;
    m_integrityReport = integrity;

    if (m_wasCreated && options.seedExamplesIfCreated) {
        StorageStatus status = seedExamples();
        if (!status.ok()) {
            close();
            return status;
        }
    }
    StorageResult<QVariant> dataVersion =
        m_connection->scalar(QStringLiteral("PRAGMA data_version"));
    m_dataVersion = dataVersion.ok() ? dataVersion.value->toLongLong() : -1;
    if (options.watchForChanges)
        startWatching();
    return {};
}

StorageStatus Workspace::seedExamples()
{
    const QDir examples(QStringLiteral(":/examples"));
    const QStringList files =
        examples.entryList({QStringLiteral("*.fleetroi.json")}, QDir::Files, QDir::Name);
    WorkspaceTransaction batch(*m_connection);
    if (!batch.isActive())
        return batch.beginStatus();
    for (const QString &name : files) {
        QFile file(examples.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        ScenarioReadResult read = readScenario(std::string_view(bytes.constData(), bytes.size()));
        if (!read.ok())
            continue; // a broken example must not stop the app; the examples have their own tests
        ImportResult r = importValidated(name, *read.scenario, ClashPolicy::KeepBoth);
        if (r.outcome == ImportResult::Outcome::Failed)
            return r.status;
    }
    return batch.commit();
}

StorageStatus Workspace::checkIntegrity() const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    if (m_server) // the server checks its own pages; a team workspace has no file to check
        return m_connection->exec(QStringLiteral("SELECT 1"));
    QSqlQuery q;
    status = m_connection->run(q, QStringLiteral("PRAGMA integrity_check(10)"));
    if (!status.ok())
        return status;
    QStringList problems;
    while (q.next())
        problems.append(q.value(0).toString());
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    const QString report = problems.join(QStringLiteral("; "));
    if (report == QLatin1String("ok"))
        return {};
    return StorageStatus::failure(Code::Failed,
                                  QStringLiteral("The workspace file is damaged: %1").arg(report));
}

StorageStatus Workspace::requireOpen() const
{
    if (!isOpen())
        return StorageStatus::failure(Code::Failed, QStringLiteral("No workspace is open."));
    return {};
}

StorageStatus Workspace::requireWritable() const
{
    StorageStatus status = requireOpen();
    if (!status.ok())
        return status;
    if (m_readOnly)
        return StorageStatus::failure(Code::ReadOnly, m_reasonReadOnly);
    return {};
}

WorkspaceTransaction Workspace::beginBatch()
{
    static WorkspaceConnection closed;
    return WorkspaceTransaction(m_connection ? *m_connection : closed);
}

// --- Reading -------------------------------------------------------------------------------
// --- Watching ------------------------------------------------------------------------------

void Workspace::startWatching()
{
    // A poll of PRAGMA data_version, not a QFileSystemWatcher: on macOS and the BSDs a file
    // watcher holds a descriptor on each watched file, and closing it would drop SQLite's
    // locks (WorkspaceFileGuard.h); notifications are also not delivered on every file
    // system. The poll costs microseconds and shows a change from another program within
    // kChangePollMs.
    if (m_server) {
        startWatchingServer();
        return;
    }
    m_pollTimer = new QTimer(this);
    m_pollTimer->setInterval(kChangePollMs);
    connect(m_pollTimer, &QTimer::timeout, this, [this] { checkForOutsideChanges(); });
    m_pollTimer->start();
}

void Workspace::checkForOutsideChanges()
{
    if (!isOpen())
        return;
    // data_version changes only when another connection commits, never for our own writes.
    StorageResult<QVariant> v = m_connection->scalar(QStringLiteral("PRAGMA data_version"));
    if (!v.ok())
        return;
    const qint64 now = v.value->toLongLong();
    if (now != m_dataVersion) {
        m_dataVersion = now;
        emit changedOnDisk();
    }
}

} // namespace fleetroi
