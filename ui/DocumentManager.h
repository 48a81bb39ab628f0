// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparePage.h"

#include <QObject>
#include <QPointer>

class QTabWidget;
class QUndoGroup;
class QWidget;

namespace fleetroi {

class ScenarioDocument;
class ScenarioView;
class WorkspaceController;

// The open scenarios of the main window (as Tiled's DocumentManager): one ScenarioView per
// document in a tab widget, the current one and its undo stack (the undo group behind
// Edit > Undo/Redo), opening (files, workspace revisions, examples, templates), saving
// (a workspace revision, or an exported file without a writable workspace) and the
// "unsaved changes" prompts on close. It also offers the candidates of the Compare tab:
// the other open scenarios, then what the workspace holds. Dialogs are parented to `window`.
class DocumentManager : public QObject, public CompareProvider
{
    Q_OBJECT
public:
    DocumentManager(QWidget *window, WorkspaceController *workspaces);
    ~DocumentManager() override;

    // The tab widget of scenario views (the window places it) and the undo group whose
    // active stack is the current scenario's.
    QTabWidget *tabWidget() const { return m_tabs; }
    QUndoGroup *undoGroup() const { return m_undoGroup; }

    // Shows `doc` in a new current tab; the manager owns the document from now on.
    ScenarioView *addDocument(ScenarioDocument *doc);
    ScenarioView *currentView() const;
    QList<ScenarioView *> views() const;

    // Opens a .fleetroi.json file: imported into the workspace when a writable one is open,
    // else edited as a file. Returns the view, or nullptr when the file was refused (said in
    // a message box) or the import was cancelled.
    ScenarioView *openPath(const QString &path);
    // Shows scenario `id` at `revision` (0: the newest), switching to its tab when open.
    ScenarioView *openWorkspaceScenario(qint64 id, int revision = 0);
    // After `previousHead` of scenario `id` was superseded by `newRevision` here (a restore):
    // tabs showing previousHead show newRevision instead (asking first when they have unsaved
    // changes), so a later save is not a false "changed elsewhere".
    void reloadScenario(qint64 id, int previousHead, int newRevision);
    void newScenario();
    // The start page's requests: an example file (opened unsaved, not imported) and a new
    // scenario from a template (`id` as StartPage::templateScenario takes it).
    void openExample(const QString &path);
    void newFromTemplate(const QString &id);
    void openFileDialog();

    // Saves the scenario of `view` as a new workspace revision with this comment (no dialog);
    // refuses with a message while the scenario has input problems.
    bool saveRevision(ScenarioView *view, const QString &comment);
    // File > Save revision (asks for the comment) and File > Export as file.
    void save();
    void exportFile();

    // Closes tab `index`, asking to save unsaved changes; false when the user cancelled.
    bool closeTab(int index);
    // Closes every tab (asking); false, with the rest still open, when the user cancelled.
    bool closeAll();
    // Asks to save every modified scenario (quitting); false when the user cancelled.
    bool maybeSaveAll();

    QList<CompareCandidate> compareCandidates(ScenarioDocument *current) override;

signals:
    // The current scenario changed, or its name or modified state, or the last tab closed.
    void currentChanged();
    void statusMessage(const QString &text);
    // A scenario file was opened or exported at `path` (for the recent-files list).
    void fileUsed(const QString &path);

private:
    bool maybeSave(ScenarioView *view);
    // Removes the view and its document (no questions asked).
    void discard(ScenarioView *view);

    QWidget *m_window;
    WorkspaceController *m_workspaces;
    QPointer<QTabWidget> m_tabs;
    QUndoGroup *m_undoGroup;
};

} // namespace fleetroi
