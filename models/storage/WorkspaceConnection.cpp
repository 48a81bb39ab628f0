// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceConnection.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QUrl>
#include <QUrlQuery>

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

bool PgLocation::isServerLocation(const QString &location)
{
    return location.startsWith(QLatin1String("postgresql://"), Qt::CaseInsensitive) ||
           location.startsWith(QLatin1String("postgres://"), Qt::CaseInsensitive);
}

StorageResult<PgLocation> PgLocation::parse(const QString &uri)
{
    auto invalid = [&uri](const QString &why) {
        return StorageStatus::failure(
            StorageStatus::Code::Invalid,
            QStringLiteral("The team workspace address %1 is not valid: %2. Expected "
                           "postgresql://[user@]host[:port]/dbname[?sslmode=...].")
                .arg(uri, why));
    };
    if (!isServerLocation(uri))
        return invalid(QStringLiteral("it does not start with postgresql://"));
    const QUrl url(uri, QUrl::StrictMode);
    if (!url.isValid())
        return invalid(url.errorString());
    if (!url.password().isEmpty())
        return StorageStatus::failure(
            StorageStatus::Code::Invalid,
            QStringLiteral("The team workspace address contains a password. FleetROI never "
                           "stores passwords: remove it from the address and put it in "
                           "~/.pgpass or PGPASSWORD (or type it when the app asks)."));
    PgLocation l;
    l.user = url.userName(QUrl::FullyDecoded);
    l.host = url.host(QUrl::FullyDecoded);
    if (url.port() > 0)
        l.port = url.port();
    l.dbname = url.path(QUrl::FullyDecoded);
    if (l.dbname.startsWith(QLatin1Char('/')))
        l.dbname.remove(0, 1);
    if (l.dbname.isEmpty() || l.dbname.contains(QLatin1Char('/')))
        return invalid(QStringLiteral("it names no database (…/dbname)"));
    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (key.compare(QLatin1String("password"), Qt::CaseInsensitive) == 0 ||
            key.compare(QLatin1String("passfile"), Qt::CaseInsensitive) == 0)
            return invalid(QStringLiteral("passwords belong in ~/.pgpass or PGPASSWORD"));
        // libpq keywords are lower-case letters and underscores; anything else would be
        // able to smuggle a second option into the connection string.
        for (QChar c : key)
            if (!(c.isLower() || c == QLatin1Char('_')))
                return invalid(QStringLiteral("unknown parameter '%1'").arg(key));
        if (value.contains(QLatin1Char(';')) || value.contains(QLatin1Char(' ')) ||
            value.contains(QLatin1Char('\'')))
            return invalid(
                QStringLiteral("the value of '%1' contains a space, ';' or a quote").arg(key));
        if (key == QLatin1String("host"))
            l.host = value;
        else if (key == QLatin1String("port"))
            l.port = value.toInt();
        else if (key == QLatin1String("user"))
            l.user = value;
        else
            l.options.append({key, value});
    }
    return l;
}

QString PgLocation::display() const
{
    QString s = QStringLiteral("postgresql://");
    if (!user.isEmpty())
        s += user + QLatin1Char('@');
    s += host.startsWith(QLatin1Char('/')) ? QString() : host;
    if (port > 0)
        s += QLatin1Char(':') + QString::number(port);
    s += QLatin1Char('/') + dbname;
    QStringList params;
    if (host.startsWith(QLatin1Char('/')))
        params.append(QStringLiteral("host=") + host);
    for (const auto &[k, v] : options)
        params.append(k + QLatin1Char('=') + v);
    if (!params.isEmpty())
        s += QLatin1Char('?') + params.join(QLatin1Char('&'));
    return s;
}

StorageStatus WorkspaceConnection::open(const QString &location, bool readOnly,
                                        const QString &password)
{
    close();
    if (PgLocation::isServerLocation(location)) {
        m_password = password;
        return openServer(location);
    }
    m_password.clear();
    return openSqlite(location, readOnly);
}

StorageStatus WorkspaceConnection::openServer(const QString &uri)
{
    StorageResult<PgLocation> location = PgLocation::parse(uri);
    if (!location.ok())
        return location.status;
    StorageStatus status = connectServer(*location.value);
    if (!status.ok())
        return status;
    m_open = true;
    m_lost = false;
    m_filePath = location.value->display();
    m_transactionDepth = 0;
    return {};
}

StorageStatus WorkspaceConnection::connectServer(const PgLocation &l)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        if (!db.isValid()) {
            QSqlDatabase::removeDatabase(m_connectionName);
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("The PostgreSQL driver for Qt (QPSQL, Debian package "
                               "libqt6sql6-psql) is not installed."));
        }
        if (!l.host.isEmpty())
            db.setHostName(l.host);
        if (l.port > 0)
            db.setPort(l.port);
        db.setDatabaseName(l.dbname);
        if (!l.user.isEmpty())
            db.setUserName(l.user);
        if (!m_password.isEmpty())
            db.setPassword(m_password);
        QStringList options{QStringLiteral("connect_timeout=%1").arg(kConnectTimeoutS),
                            QStringLiteral("application_name=FleetROI")};
        for (const auto &[k, v] : l.options)
            options.append(k + QLatin1Char('=') + v);
        db.setConnectOptions(options.join(QLatin1Char(';')));
        if (!db.open()) {
            const QSqlError error = db.lastError();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(m_connectionName);
            const QString detail = error.text().trimmed();
            return StorageStatus::failure(
                StorageStatus::Code::Failed,
                QStringLiteral("Could not connect to the team workspace %1: %2")
                    .arg(l.display(), detail));
        }
    }
    m_backend = Backend::PostgreSql;
    // Times are the server's clock as UTC text (wsql::changeTime); statements may wait for a
    // row lock held by another analyst's save, but not forever.
    QSqlQuery setup(database());
    for (const QString &sql :
         {QStringLiteral("SET lock_timeout = '%1s'").arg(kBusyTimeoutMs / 1000),
          QStringLiteral("SET client_min_messages = warning")}) {
        if (!setup.exec(sql)) {
            const StorageStatus status = statusFromError(setup.lastError(), sql);
            setup = QSqlQuery();
            disconnect();
            return status;
        }
    }
    return {};
}

void WorkspaceConnection::disconnect()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    // Only after every QSqlDatabase/QSqlQuery copy is gone (TOOLCHAIN.md).
    QSqlDatabase::removeDatabase(m_connectionName);
}

StorageStatus WorkspaceConnection::lostStatus(const QString &detail) const
{
    QString why = detail.trimmed();
    if (!m_reconnectError.isEmpty())
        why += (why.isEmpty() ? QString() : QStringLiteral("; ")) + m_reconnectError;
    return StorageStatus::failure(
        StorageStatus::Code::Failed,
        QStringLiteral("Lost the connection to the team workspace %1 (the server stopped or "
                       "restarted, or the network dropped). Nothing was saved by this step; "
                       "your edit is still open: save again when the server is back. (%2)")
            .arg(m_filePath, why));
}

bool WorkspaceConnection::isBroken(const QSqlError &error)
{
    if (!isServer())
        return false;
    if (isConnectionLost(error))
        return true;
    // Once libpq has seen the connection fail, Qt reports later statements with no SQLSTATE
    // and no text; a SQL error always has a SQLSTATE. Ask the server whether it is there.
    if (!error.nativeErrorCode().isEmpty())
        return false;
    QSqlQuery ping(database());
    return !ping.exec(QStringLiteral("SELECT 1"));
}

bool WorkspaceConnection::needsPassword(const StorageStatus &status)
{
    return !status.ok() &&
           (status.message.contains(QLatin1String("no password supplied")) ||
            status.message.contains(QLatin1String("password authentication failed")));
}

bool WorkspaceConnection::reconnect()
{
    if (!isServer() || !m_open || m_transactionDepth != 0)
        return false;
    StorageResult<PgLocation> location = PgLocation::parse(m_filePath);
    if (!location.ok())
        return false;
    // The workspace stays open while the server is away: only the Qt connection is made
    // anew, now or at the next statement.
    disconnect();
    const StorageStatus status = connectServer(*location.value);
    if (!status.ok()) {
        m_lost = true;
        m_reconnectError = status.message;
        return false;
    }
    m_lost = false;
    m_reconnectError.clear();
    ++m_reconnects;
    return true;
}

StorageStatus WorkspaceConnection::openSqlite(const QString &filePath, bool readOnly)
{
    m_backend = Backend::Sqlite;
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
    disconnect();
    m_open = false;
    m_lost = false;
    m_reconnectError.clear();
    m_transactionDepth = 0;
}

QSqlDatabase WorkspaceConnection::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

StorageStatus WorkspaceConnection::exec(const QString &sql)
{
    if (m_lost && !reconnect())
        return lostStatus({});
    QSqlQuery query(database());
    if (!query.exec(sql)) {
        const QSqlError error = query.lastError();
        query = QSqlQuery();
        if (isBroken(error)) {
            m_lost = true;
            m_reconnectError.clear();
            if (!reconnect())
                return lostStatus(error.text());
            QSqlQuery again(database());
            if (again.exec(sql))
                return {};
            return statusFromError(again.lastError(), sql);
        }
        return statusFromError(error, sql);
    }
    return {};
}

StorageStatus WorkspaceConnection::run(QSqlQuery &query, const QString &sql,
                                       std::initializer_list<QVariant> values)
{
    for (int attempt = 0;; ++attempt) {
        if (m_lost && !reconnect()) {
            query = QSqlQuery();
            return lostStatus({});
        }
        query = QSqlQuery(database());
        query.setForwardOnly(true);
        bool ok = query.prepare(sql);
        if (ok) {
            for (const QVariant &v : values) {
                // A null QString (an empty comment, the top-level folder) would bind as SQL
                // NULL; text columns are NOT NULL, so bind it as ''. SQL NULL comes only
                // from QVariant().
                if (v.typeId() == QMetaType::QString && v.toString().isNull())
                    query.addBindValue(QStringLiteral(""));
                else
                    query.addBindValue(v);
            }
            ok = query.exec();
        }
        if (ok)
            return {};
        const QSqlError error = query.lastError();
        if (attempt == 0 && isBroken(error)) {
            query = QSqlQuery();
            m_lost = true;
            m_reconnectError.clear();
            if (reconnect())
                continue;
            return lostStatus(error.text());
        }
        return statusFromError(error, sql);
    }
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

bool WorkspaceConnection::isConnectionLost(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    if (code.startsWith(QLatin1String("08")) || code.startsWith(QLatin1String("57P")))
        return true;
    const QString text = error.text();
    return text.contains(QLatin1String("server closed the connection"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("no connection to the server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("connection to server"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("terminating connection"), Qt::CaseInsensitive);
}

namespace {

// PostgreSQL SQLSTATEs (Appendix A of the PostgreSQL manual) in the analyst's words.
StorageStatus statusFromSqlState(const QString &state, const QString &detail, const QString &what)
{
    using Code = StorageStatus::Code;
    if (state == QLatin1String("23505") || state == QLatin1String("23503") ||
        state == QLatin1String("23514"))
        return StorageStatus::failure(Code::Conflict, QStringLiteral("%1 (%2)").arg(detail, what));
    if (state == QLatin1String("42501") || state == QLatin1String("25006"))
        return StorageStatus::failure(
            Code::ReadOnly,
            QStringLiteral("Your database role may only read this team workspace: the server "
                           "refused the change (%1). Ask IT for the analyst role to save.")
                .arg(detail));
    if (state == QLatin1String("40001") || state == QLatin1String("40P01") ||
        state == QLatin1String("55P03"))
        return StorageStatus::failure(
            Code::Failed,
            QStringLiteral("The team workspace is busy: another analyst's save held the same "
                           "scenario for too long. Nothing was saved; try again. (%1)")
                .arg(detail));
    if (state == QLatin1String("53100"))
        return StorageStatus::failure(
            Code::Failed,
            QStringLiteral("The team server's disk is full; nothing was saved. (%1)").arg(detail));
    return StorageStatus::failure(Code::Failed, QStringLiteral("%1: %2").arg(what, detail));
}

} // namespace

StorageStatus WorkspaceConnection::statusFromError(const QSqlError &error, const QString &what)
{
    if (isConnectionLost(error))
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            QStringLiteral("The connection to the team server was lost; nothing was saved by "
                           "this step. Your edit is still open: save again when the server is "
                           "back. (%1)")
                .arg(error.text().trimmed()));
    // A SQLSTATE has five characters; SQLite's (extended) result codes have at most four
    // digits.
    if (error.nativeErrorCode().size() == 5)
        return statusFromSqlState(error.nativeErrorCode(), error.text().trimmed(), what);

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
