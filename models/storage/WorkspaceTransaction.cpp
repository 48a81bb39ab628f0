// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceTransaction.h"

#include "WorkspaceConnection.h"

namespace fleetroi {

WorkspaceTransaction::WorkspaceTransaction(WorkspaceConnection &connection)
    : m_connection(&connection)
{
    if (!connection.isOpen()) {
        m_beginStatus = StorageStatus::failure(StorageStatus::Code::Failed,
                                               QStringLiteral("No workspace is open."));
        return;
    }
    if (connection.m_transactionDepth == 0) {
        // PostgreSQL: READ COMMITTED; a save locks its scenario row (SELECT ... FOR UPDATE)
        // before it checks the revision it was based on, so the check and the insert see
        // the same newest state (Workspace::saveCanonical).
        m_beginStatus = connection.exec(connection.isServer() ? QStringLiteral("BEGIN")
                                                              : QStringLiteral("BEGIN IMMEDIATE"));
    } else {
        m_savepoint = QStringLiteral("fleetroi_sp%1").arg(++connection.m_savepointCounter);
        m_beginStatus = connection.exec(QStringLiteral("SAVEPOINT ") + m_savepoint);
    }
    if (m_beginStatus.ok()) {
        m_active = true;
        ++connection.m_transactionDepth;
    }
}

WorkspaceTransaction::WorkspaceTransaction(WorkspaceTransaction &&other) noexcept
    : m_connection(other.m_connection)
    , m_savepoint(std::move(other.m_savepoint))
    , m_beginStatus(std::move(other.m_beginStatus))
    , m_active(other.m_active)
{
    other.m_active = false;
}

WorkspaceTransaction::~WorkspaceTransaction()
{
    rollback();
}

StorageStatus WorkspaceTransaction::commit()
{
    if (!m_active)
        return m_beginStatus.ok() ? StorageStatus::failure(StorageStatus::Code::Failed,
                                                           QStringLiteral("The transaction "
                                                                          "has already ended."))
                                  : m_beginStatus;
    StorageStatus status;
    // Team workspace: tell every other FleetROI listening on this database (live refresh).
    // A NOTIFY is delivered only when the transaction commits.
    if (m_savepoint.isEmpty() && m_connection->isServer())
        status = m_connection->exec(QStringLiteral("NOTIFY ") + QLatin1String(kNotifyChannel));
    if (status.ok())
        status =
            m_connection->exec(m_savepoint.isEmpty() ? QStringLiteral("COMMIT")
                                                     : QStringLiteral("RELEASE ") + m_savepoint);
    if (!status.ok()) {
        // A failed COMMIT (disk full, I/O error) leaves the transaction open: undo it so the
        // connection is usable and nothing half-done is left for a later commit.
        rollback();
        return status;
    }
    m_active = false;
    --m_connection->m_transactionDepth;
    return status;
}

void WorkspaceTransaction::rollback()
{
    if (!m_active)
        return;
    m_active = false;
    --m_connection->m_transactionDepth;
    if (!m_connection->isOpen())
        return;
    if (m_savepoint.isEmpty()) {
        m_connection->exec(QStringLiteral("ROLLBACK"));
    } else {
        m_connection->exec(QStringLiteral("ROLLBACK TO ") + m_savepoint);
        m_connection->exec(QStringLiteral("RELEASE ") + m_savepoint);
    }
}

} // namespace fleetroi
