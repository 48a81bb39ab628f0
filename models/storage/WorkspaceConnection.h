// SPDX-License-Identifier: GPL-3.0-or-later
// One Qt SQL connection to a workspace: a SQLite file (the embedded default) or a team
// workspace on a PostgreSQL server (issue 18), with the same SQL behind one facade.
//
// SQLite: set up the way every connection must be (TOOLCHAIN.md): foreign keys on, a busy
// timeout so a second FleetROI waits for the write lock instead of failing at once. The
// journal mode (WAL) is set by Workspace after the integrity check, so a damaged file is
// never written to.
//
// PostgreSQL: the location is a URI `postgresql://[user@]host[:port]/dbname[?param=value&...]`
// (PgLocation). The password is never part of it and never stored by FleetROI: libpq finds
// it in PGPASSWORD or ~/.pgpass, or the app asks for it and passes it to open() for this
// connection only. A lost connection does not close the workspace: outside a transaction it
// is re-established before a statement fails (the server restarted, a laptop woke up); while
// the server stays away every statement fails at once with a message naming the server and
// saying nothing was saved, and the first statement after it is back reconnects.
//
// Each object owns a uniquely named QSqlDatabase connection; a worker thread opens its own
// object (a Qt SQL connection may only be used from the thread that created it).
#pragma once

#include "StorageStatus.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <QList>

#include <initializer_list>
#include <utility>

namespace fleetroi {

// A parsed team-workspace URI. Query parameters are passed to libpq as connection options
// (sslmode, sslrootcert, connect_timeout, application_name, host for a socket folder ...).
struct PgLocation
{
    QString user; // "" = libpq's default (PGUSER, else the OS user name)
    QString host; // name, address, or a Unix socket folder (starts with '/')
    int port = 0; // 0 = libpq's default (PGPORT, else 5432)
    QString dbname;
    QList<std::pair<QString, QString>> options;

    // True for "postgresql://..." and "postgres://..." (case-insensitive scheme).
    static bool isServerLocation(const QString &location);
    // Refuses (Invalid, naming the part) a malformed URI, a missing database name, and a
    // password in the URI (it would end up in settings and shell history).
    static StorageResult<PgLocation> parse(const QString &uri);
    // The URI without anything secret, for titles and messages.
    QString display() const;
};

class WorkspaceConnection
{
public:
    enum class Backend
    {
        Sqlite,
        PostgreSql,
    };

    // How long a writer waits for another process's write transaction, in milliseconds.
    static constexpr int kBusyTimeoutMs = 10000;

    WorkspaceConnection();
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    // How long connecting to a team server may take before it is reported as unreachable.
    static constexpr int kConnectTimeoutS = 10;

    // A file path opens SQLite: readOnly opens with SQLITE_OPEN_READONLY, so nothing, not
    // even a WAL checkpoint at close, is written to the file. A postgresql:// URI connects
    // to the server (readOnly is then enforced by Workspace and the server's grants);
    // `password` is used for this connection only (empty = libpq's PGPASSWORD/~/.pgpass).
    StorageStatus open(const QString &location, bool readOnly = false,
                       const QString &password = {});
    void close();
    // True from a successful open() until close(), also while a team server is unreachable.
    bool isOpen() const { return m_open; }
    // A team server's connection was lost and could not be re-established yet.
    bool isLost() const { return m_lost; }
    QString filePath() const { return m_filePath; }
    Backend backend() const { return m_backend; }
    bool isServer() const { return m_backend == Backend::PostgreSql; }

    QSqlDatabase database() const;

    // Runs one statement without results (DDL, PRAGMA setters, BEGIN/COMMIT).
    StorageStatus exec(const QString &sql);
    // Runs a prepared statement with positional values; the query is left active so the
    // caller can iterate the rows.
    StorageStatus run(QSqlQuery &query, const QString &sql,
                      std::initializer_list<QVariant> values = {});
    // The first column of the first row, or an invalid QVariant when there is no row.
    StorageResult<QVariant> scalar(const QString &sql, std::initializer_list<QVariant> values = {});

    // Nesting depth of WorkspaceTransaction objects on this connection (0 = none).
    int transactionDepth() const { return m_transactionDepth; }

    // Maps a Qt SQL error to a status with a message an analyst can act on. SQLite reports
    // numeric result codes (at most four digits), PostgreSQL five-character SQLSTATEs.
    static StorageStatus statusFromError(const QSqlError &error, const QString &what);
    // True when the error means the server connection is gone (SQLSTATE class 08, the
    // server shutting down, or libpq's "server closed the connection").
    static bool isConnectionLost(const QSqlError &error);
    // True when a failed open() of a team workspace needs a password libpq did not find.
    static bool needsPassword(const StorageStatus &status);
    // How often a lost server connection was re-established (LISTEN must be repeated).
    int reconnectCount() const { return m_reconnects; }

private:
    friend class WorkspaceTransaction;
    StorageStatus openSqlite(const QString &filePath, bool readOnly);
    StorageStatus openServer(const QString &uri);
    // Makes the Qt connection to the server and sets up the session; on failure nothing is
    // left registered.
    StorageStatus connectServer(const PgLocation &location);
    // Closes and removes the Qt connection (the workspace stays open).
    void disconnect();
    // "Lost the connection to the team workspace URI ... nothing was saved ...".
    StorageStatus lostStatus(const QString &detail) const;
    // Closes and reopens a lost server connection (outside a transaction only); false while
    // the server cannot be reached (isLost() is then true).
    bool reconnect();
    // A lost server connection: isConnectionLost(), or a failure without SQLSTATE after
    // which the server does not answer.
    bool isBroken(const QSqlError &error);
    Backend m_backend = Backend::Sqlite;
    QString m_password; // only in memory, only for reconnecting this connection
    QString m_connectionName;
    QString m_filePath;
    bool m_open = false;
    bool m_lost = false;
    QString m_reconnectError; // why the last reconnect failed, for lostStatus()
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
    int m_reconnects = 0;
};

} // namespace fleetroi
