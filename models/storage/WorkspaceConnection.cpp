// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceConnection.h"

#include <QSqlError>

#include <atomic>

namespace fleetroi {

namespace {
std::atomic<int> g_connectionCounter{0};
} // namespace

WorkspaceConnection::WorkspaceConnection()
    : m_connectionName(QStringLiteral("fleetroi-workspace-%1").arg(++g_connectionCounter))
{}

WorkspaceConnection::~WorkspaceConnection()
{
    close();
}

StorageStatus WorkspaceConnection::open(const QString &filePath, bool readOnly)
{
    close();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(m_connectionName);
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("The SQLite driver for Qt (QSQLITE) is not installed."));
        }
        db.setDatabaseName(filePath);
        QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs);
        if (readOnly)
            options += QStringLiteral(";QSQLITE_OPEN_READONLY");
        db.setConnectOptions(options);
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            return statusFromError(error, QStringLiteral("Could not open %1").arg(filePath));
        }
    }
    m_open = true;
    m_filePath = filePath;
    m_transactionDepth = 0;
    // Foreign keys are per connection and off by default in SQLite; the busy timeout is
    // repeated as a PRAGMA so it holds whatever the driver does with the connect option.
    StorageStatus status = exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    if (status.ok())
        status = exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(kBusyTimeoutMs));
    if (!status.ok())
        close();
    return status;
}

void WorkspaceConnection::close()
{
    if (!m_open)
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Only after every QSqlDatabase/QSqlQuery copy is gone (TOOLCHAIN.md).
    QSqlDatabase::removeDatabase(m_connectionName);
    m_open = false;
    m_transactionDepth = 0;
}

QSqlDatabase WorkspaceConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StorageStatus WorkspaceConnection::exec(const QString &sql)
{
    QSqlQuery query(database());
    if (!query.exec(sql))
        return statusFromError(query.lastError(), sql);
    return {};
}

StorageStatus WorkspaceConnection::run(QSqlQuery &query, const QString &sql,
                                       std::initializer_list<QVariant> values)
{
    query = QSqlQuery(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return statusFromError(query.lastError(), sql);
    for (const QVariant &v : values) {
        // A null QString (an empty comment, the top-level folder) would bind as SQL NULL;
        // text columns are NOT NULL, so bind it as ''. SQL NULL comes only from QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            query.addBindValue(QStringLiteral(""));
        else
            query.addBindValue(v);
    }
    if (!query.exec())
        return statusFromError(query.lastError(), sql);
    return {};
}

StorageResult<QVariant> WorkspaceConnection::scalar(const QString &sql,
                                                    std::initializer_list<QVariant> values)
{
    QSqlQuery query;
    StorageStatus status = run(query, sql, values);
    if (!status.ok())
        return status;
    if (query.next())
        return query.value(0);
    if (query.lastError().isValid())
        return statusFromError(query.lastError(), sql);
    return QVariant();
}

StorageStatus WorkspaceConnection::statusFromError(const QSqlError &error, const QString &what)
{
    // SQLite primary result codes (the low byte of the extended code).
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    const QString detail = error.text();
    if (isNumber) {
        switch (code) {
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("The workspace is busy: another program (another FleetROI, or "
                               "a tool such as sqlite3) has held its write lock for more than "
                               "%1 s. Try again when it has finished. (%2)")
                    .arg(kBusyTimeoutMs / 1000)
                    .arg(detail));
        case 11: // SQLITE_CORRUPT
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("The workspace file is damaged (%1).").arg(detail));
        case 13: // SQLITE_FULL
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("The disk is full; nothing was saved. (%1)").arg(detail));
        case 8: // SQLITE_READONLY
            return StorageStatus::failure(
                StorageStatus::Code::ReadOnly,
                QStringLiteral("The workspace file cannot be written (%1).").arg(detail));
        case 26: // SQLITE_NOTADB
            return StorageStatus::failure(
                StorageStatus::Code::Invalid,
                QStringLiteral("The file is not a FleetROI workspace (%1).").arg(detail));
        case 19: // SQLITE_CONSTRAINT
            return StorageStatus::failure(StorageStatus::Code::Conflict,
                                          QStringLiteral("%1 (%2)").arg(detail, what));
        default:
            break;
        }
    }
    return StorageStatus::failure(StorageStatus::Code::Failed,
                                  QStringLiteral("%1: %2").arg(what, detail));
}

} // namespace fleetroi
