// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's team-workspace actions (issue 18): File > Open team workspace, the
// password prompt, and the status-bar note saying which workspace is open and whether it is
// read-only (a viewer role, a newer schema on the server, a damaged or newer file).
#include "AppSettings.h"
#include "MainWindow.h"
#include "Workspace.h"
#include "WorkspaceConnection.h"

#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabWidget>

namespace fleetroi {

void MainWindow::chooseTeamWorkspace()
{
    const QString current = m_workspace && m_workspace->isServer()
                                ? m_workspace->filePath()
                                : QStringLiteral("postgresql://");
    bool ok = false;
    const QString uri =
        QInputDialog::getText(this, tr("Open team workspace"),
                              tr("Address of the team workspace on a PostgreSQL server:\n"
                                 "postgresql://[user@]host[:port]/database[?sslmode=require]\n"
                                 "The password is asked for when ~/.pgpass or PGPASSWORD has "
                                 "none; FleetROI never saves it."),
                              QLineEdit::Normal, current, &ok)
            .trimmed();
    if (!ok || uri.isEmpty())
        return;
    const StorageResult<PgLocation> parsed = PgLocation::parse(uri);
    if (!parsed.ok()) {
        QMessageBox::warning(this, tr("Open team workspace"), parsed.status.message);
        return;
    }
    // Open scenarios belong to the current workspace: they are closed first (asking to save).
    while (m_docs->count() > 0)
        if (!closeTab(0))
            return;
    if (openWorkspace(uri))
        showStatus(tr("Team workspace %1").arg(m_workspace->filePath()));
    else
        QMessageBox::warning(this, tr("Open team workspace"),
                             tr("The team workspace could not be opened. The status bar says "
                                "why; the previous workspace is closed."));
}

std::optional<QString> MainWindow::askTeamPassword(const QString &location, const QString &why)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        this, tr("Team workspace password"),
        tr("%1\n\nPassword for %2 (kept in memory for this session only, never saved):")
            .arg(why, location),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void MainWindow::updateWorkspaceNote()
{
    if (!m_workspaceNote)
        return;
    if (!m_workspace || !m_workspace->isOpen()) {
        m_workspaceNote->clear();
        m_workspaceNote->setToolTip(QString());
        return;
    }
    const QString where =
        m_workspace->isServer()
            ? tr("Team workspace %1 as %2").arg(m_workspace->filePath(), m_workspace->savedBy())
            : QDir::toNativeSeparators(m_workspace->filePath());
    if (m_workspace->readOnly()) {
        m_workspaceNote->setText(tr("%1 (read-only)").arg(where));
        m_workspaceNote->setToolTip(m_workspace->reasonReadOnly());
    } else {
        m_workspaceNote->setText(where);
        m_workspaceNote->setToolTip(QString());
    }
}

} // namespace fleetroi
