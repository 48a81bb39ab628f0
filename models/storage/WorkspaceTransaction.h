// SPDX-License-Identifier: GPL-3.0-or-later
// A write transaction that rolls back unless committed (the KMyMoney habit).
//
// The outermost transaction on a connection is `BEGIN IMMEDIATE`: it takes SQLite's write
// lock up front and waits for it up to the busy timeout. Qt's own transaction() issues a
// deferred BEGIN, which takes the lock only at the first write and then fails at once with
// SQLITE_BUSY when another FleetROI wrote in between. A transaction opened while another
// is active on the same connection becomes a SAVEPOINT, so a batch (an import of many
// files, a benchmark set-up) can wrap many single-scenario operations and still commit or
// roll back as one. On a team workspace (PostgreSQL) the outermost transaction is a plain
// BEGIN (READ COMMITTED) and its commit sends NOTIFY kNotifyChannel.
#pragma once

#include "StorageStatus.h"

#include <QString>

namespace fleetroi {

class WorkspaceConnection;

class WorkspaceTransaction
{
public:
    // The PostgreSQL LISTEN/NOTIFY channel on which every committed change is announced.
    static constexpr const char *kNotifyChannel = "fleetroi_workspace";

    explicit WorkspaceTransaction(WorkspaceConnection &connection);
    ~WorkspaceTransaction();
    WorkspaceTransaction(WorkspaceTransaction &&other) noexcept;
    WorkspaceTransaction &operator=(WorkspaceTransaction &&) = delete;
    WorkspaceTransaction(const WorkspaceTransaction &) = delete;
    WorkspaceTransaction &operator=(const WorkspaceTransaction &) = delete;

    // True when BEGIN succeeded and neither commit() nor rollback() has run.
    bool isActive() const { return m_active; }
    // Why BEGIN failed (ok() when it succeeded).
    const StorageStatus &beginStatus() const { return m_beginStatus; }

    StorageStatus commit();
    void rollback();

private:
    WorkspaceConnection *m_connection = nullptr;
    QString m_savepoint; // empty for the outermost transaction
    StorageStatus m_beginStatus;
    bool m_active = false;
};

} // namespace fleetroi
