// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparePage.h"

#include <QMainWindow>
#include <QPointer>

#include <optional>

class QAction;
class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace fleetroi {

class ScenarioDocument;
class ScenarioView;
class StartPage;
class Workspace;
class WorkspaceBrowser;

// The application's main window: workspace browser on the left, the open scenarios in the
// centre (several at once, one tab each), undo/redo of the current scenario.
class MainWindow : public QMainWindow, public CompareProvider
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the workspace file (empty: the default one, with the examples when created) or
    // a team workspace (postgresql://...; asks for the password when libpq has none).
    bool openWorkspace(const QString &path);
    Workspace *workspace() const { return m_workspace; }

    // Opens a .fleetroi.json file: imported into the workspace when one is open, else
    // edited as a file. Returns the view, or nullptr when the file was refused.
    ScenarioView *openPath(const QString &path);
    ScenarioView *openWorkspaceScenario(qint64 id, int revision = 0);
    // After `previousHead` of scenario `id` was superseded by `newRevision` here (a restore):
    // tabs showing previousHead show newRevision instead (asking first when they have unsaved
    // changes), so a later save is not a false "changed elsewhere".
    void reloadScenario(qint64 id, int previousHead, int newRevision);
    ScenarioView *addDocument(ScenarioDocument *doc);
    ScenarioView *currentView() const;
    QList<ScenarioView *> views() const;

    // Saves the current scenario as a new workspace revision with this comment (no dialog).
    bool saveRevision(ScenarioView *view, const QString &comment);

    // Developer aids (hidden command-line options): saves every tab of the current scenario
    // as PNG into dir; measures the edit-to-redraw time of one cell edit.
    bool saveScreenshots(const QString &dir);
    QString measureEditLatency(int edits);
    // The figures behind measureEditLatency, in milliseconds: one cell edit until the KPI
    // strip and the visible charts show its result (background recompute included).
    struct EditLatency
    {
        double median = 0.0;
        double p90 = 0.0;
        double max = 0.0;
        double computeMedian = 0.0; // the model run alone
    };
    EditLatency measureEditLatencyFigures(int edits);

    QList<CompareCandidate> compareCandidates(ScenarioDocument *current) override;
    // Shown in the centre while no scenario is open.
    StartPage *startPage() const { return m_start; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void updateTitle();
    void updateRecentMenu();
    void addRecentFile(const QString &path);
    bool maybeSave(ScenarioView *view);
    bool closeTab(int index);
    void newScenario();
    void openFileDialog();
    void save();
    void exportFile();
    void exportReport();
    void chooseWorkspace();
    // File > Open team workspace (TeamWorkspace.cpp).
    void chooseTeamWorkspace();
    // The password for a team workspace libpq found none for; empty when cancelled.
    std::optional<QString> askTeamPassword(const QString &location, const QString &why);
    // The permanent status-bar note: which workspace, and read-only with why.
    void updateWorkspaceNote();
    void showSettings();
    void showAbout();
    void showStatus(const QString &text);

    Workspace *m_workspace = nullptr;
    WorkspaceBrowser *m_browser = nullptr;
    QLabel *m_workspaceNote = nullptr;
    QTabWidget *m_docs = nullptr;
    QStackedWidget *m_central = nullptr;
    StartPage *m_start = nullptr;
    QMenu *m_resultsExportMenu = nullptr;
    QUndoGroup *m_undoGroup = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace fleetroi
