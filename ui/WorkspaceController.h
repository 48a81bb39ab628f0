// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparePage.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QLabel;
class QWidget;

namespace fleetroi {

class ScenarioDocument;
class Workspace;
class WorkspaceBrowser;

// The main window's workspace (a local SQLite file or a team database on PostgreSQL):
// opening and switching it (File > Open workspace, Open team workspace, the password prompt),
// the browser dock and the status-bar note that say which one is open, importing a scenario
// file into it, saving revisions (with the "changed elsewhere" prompt) and the saved scenarios
// offered for comparison. Dialogs are parented to `window`. The DocumentManager owns the open
// scenarios and asks this controller for everything that touches the workspace.
class WorkspaceController : public QObject
{
    Q_OBJECT
public:
    // `browser` and `note` belong to the window; this controller fills them.
    WorkspaceController(QWidget *window, WorkspaceBrowser *browser, QLabel *note);
    ~WorkspaceController() override;

    // The open workspace, nullptr when none (none chosen, or opening it failed).
    Workspace *workspace() const { return m_workspace; }
    WorkspaceBrowser *browser() const { return m_browser; }
    // A workspace is open and revisions can be saved into it.
    bool writable() const;

    // Opens the workspace file (empty: the default one, with the examples when created) or a
    // team workspace (postgresql://...; asks for the password when libpq has none). Closes the
    // previous one first; on failure no workspace is open and the status bar says why.
    bool openWorkspace(const QString &path);
    // File > Open workspace / Open team workspace: asks where, then calls the beforeSwitch
    // hook (the open scenarios belong to the old workspace and are closed, asking to save;
    // false cancels), then opens it.
    void chooseWorkspace();
    void chooseTeamWorkspace();
    void setBeforeSwitch(std::function<bool()> beforeSwitch) { m_beforeSwitch = beforeSwitch; }

    // `name`, or `name (2)` ... when the workspace already has a scenario so named.
    QString uniqueName(const QString &name) const;

    // Imports the scenario file at the absolute path `abs` (asking what to do on a name clash).
    // Imported: its workspace id; Cancelled: the user cancelled or the file is invalid (said in
    // a message box); NotImported: no writable workspace, or the workspace refused (status bar):
    // the caller edits the file directly.
    struct Import
    {
        enum class Outcome
        {
            Imported,
            Cancelled,
            NotImported
        } outcome = Outcome::NotImported;
        qint64 scenarioId = 0;
    };
    Import importFile(const QString &abs);

    // Saves the document as a new revision (a new scenario when it has no workspace id yet)
    // with this comment. When the scenario changed elsewhere since the document's revision,
    // offers to save it as a copy. On success sets the document's ids and marks it saved.
    bool saveRevision(ScenarioDocument *doc, const QString &comment);

    // Saved revisions of `current` (when it has a workspace id), then the newest revision of
    // every other saved scenario; empty when no workspace is open.
    QList<CompareCandidate> compareCandidates(ScenarioDocument *current);

signals:
    void statusMessage(const QString &text);
    // The browser asks to open scenario `id` at `revision` (0: the newest).
    void openRequested(qint64 id, int revision);
    // A restore in the browser made `newRevision` the head of scenario `id` (was previousHead).
    void revisionRestored(qint64 id, int previousHead, int newRevision);

private:
    // The password for a team workspace libpq found none for; empty when cancelled.
    std::optional<QString> askTeamPassword(const QString &location, const QString &why);
    // The permanent status-bar note: which workspace, and read-only with why.
    void updateWorkspaceNote();

    QWidget *m_window;
    WorkspaceBrowser *m_browser;
    QPointer<QLabel> m_note; // a status-bar child: may go first
    Workspace *m_workspace = nullptr;
    std::function<bool()> m_beforeSwitch;
};

} // namespace fleetroi
