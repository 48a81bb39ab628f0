// SPDX-License-Identifier: GPL-3.0-or-later
// One Qt SQL connection to a workspace file, set up the way every connection must be
// (TOOLCHAIN.md): foreign keys on, a busy timeout so a second FleetROI waits for the write
// lock instead of failing at once. The journal mode (WAL) is set by Workspace after the
// integrity check, so a damaged file is never written to.
//
// Each object owns a uniquely named QSqlDatabase connection; a worker thread opens its own
// object (a Qt SQL connection may only be used from the thread that created it).
#pragma once

#include "StorageStatus.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <initializer_list>

namespace fleetroi {

class WorkspaceConnection
{
public:
    // How long a writer waits for another process's write transaction, in milliseconds.
    static constexpr int kBusyTimeoutMs = 10000;

    WorkspaceConnection();
    ~WorkspaceConnection();
    WorkspaceConnection(const WorkspaceConnection &) = delete;
    WorkspaceConnection &operator=(const WorkspaceConnection &) = delete;

    // readOnly opens with SQLITE_OPEN_READONLY: nothing, not even a WAL checkpoint at close,
    // is written to the file.
    StorageStatus open(const QString &filePath, bool readOnly = false);
    void close();
    bool isOpen() const { return m_open; }
    QString filePath() const { return m_filePath; }

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

    // Maps a Qt SQL error to a status with a message an analyst can act on.
    static StorageStatus statusFromError(const QSqlError &error, const QString &what);

private:
    friend class WorkspaceTransaction;
    QString m_connectionName;
    QString m_filePath;
    bool m_open = false;
    int m_transactionDepth = 0;
    int m_savepointCounter = 0;
};

} // namespace fleetroi
