// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ComparePage.h"

#include <QMainWindow>
#include <QPointer>

class QAction;
class QMenu;
class QStackedWidget;

namespace fleetroi {

class DocumentManager;
class ScenarioDocument;
class ScenarioView;
class StartPage;
class Workspace;
class WorkspaceController;

// The application's main window: workspace browser on the left, the open scenarios in the
// centre (several at once, one tab each), menus, toolbar, status bar and the recent-files
// list. The open scenarios and their save prompts belong to its DocumentManager; the
// workspace (open, switch, import, save revisions) to its WorkspaceController. The functions
// below that only forward to those two are kept for app/main.cpp and the tests.
class MainWindow : public QMainWindow, public CompareProvider
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    DocumentManager *documents() const { return m_documents; }
    WorkspaceController *workspaces() const { return m_workspaces; }

    // Opens the workspace file (empty: the default one, with the examples when created) or
    // a team workspace (postgresql://...; asks for the password when libpq has none).
    bool openWorkspace(const QString &path);
    Workspace *workspace() const;

    // Opens a .fleetroi.json file: imported into the workspace when one is open, else
    // edited as a file. Returns the view, or nullptr when the file was refused.
    ScenarioView *openPath(const QString &path);
    ScenarioView *openWorkspaceScenario(qint64 id, int revision = 0);
    // See DocumentManager::reloadScenario.
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
    void exportReport();
    void showSettings();
    void showAbout();
    void showStatus(const QString &text);

    WorkspaceController *m_workspaces = nullptr;
    DocumentManager *m_documents = nullptr;
    QStackedWidget *m_central = nullptr;
    StartPage *m_start = nullptr;
    QMenu *m_resultsExportMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_exportAction = nullptr;
    QAction *m_reportAction = nullptr;
    QAction *m_closeAction = nullptr;
};

} // namespace fleetroi
