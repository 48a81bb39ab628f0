// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AnalysisMenu.h"
#include "AppSettings.h"
#include "DisplayFormat.h"
#include "DocumentManager.h"
#include "ExportActions.h"
#include "FileDialogs.h"
#include "KpiStrip.h"
#include "ScenarioDocument.h"
#include "ScenarioTableModel.h"
#include "ScenarioView.h"
#include "SettingsDialog.h"
#include "StartPage.h"
#include "Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceController.h"
#include "export/ExportData.h"
#include "report/ReportPreviewDialog.h"
#include "risk/RiskView.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QElapsedTimer>

#include <QEventLoop>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <cstdio>

#include <algorithm>

namespace fleetroi {

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAcceptDrops(true);
    auto *browser = new WorkspaceBrowser(this);
    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(QStringLiteral("WorkspaceDock"));
    dock->setWidget(browser);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    auto *workspaceNote = new QLabel(this);
    m_workspaces = new WorkspaceController(this, browser, workspaceNote);
    m_documents = new DocumentManager(this, m_workspaces);
    connect(m_workspaces, &WorkspaceController::statusMessage, this, &MainWindow::showStatus);
    connect(m_documents, &DocumentManager::statusMessage, this, &MainWindow::showStatus);
    connect(m_documents, &DocumentManager::currentChanged, this, &MainWindow::updateTitle);
    connect(m_documents, &DocumentManager::fileUsed, this, &MainWindow::addRecentFile);

    // The start page fills the centre while no scenario tab is open (updateTitle switches).
    m_start = new StartPage(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_start);
    m_central->addWidget(m_documents->tabWidget());
    setCentralWidget(m_central);
    connect(m_start, &StartPage::openFileRequested, this,
            [this](const QString &p) { openPath(p); });
    connect(m_start, &StartPage::openDialogRequested, m_documents,
            &DocumentManager::openFileDialog);
    connect(m_start, &StartPage::openExampleRequested, m_documents, &DocumentManager::openExample);
    connect(m_start, &StartPage::newFromTemplateRequested, m_documents,
            &DocumentManager::newFromTemplate);

    createActions();
    resize(1500, 940);
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
    statusBar()->addPermanentWidget(workspaceNote);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *newAct =
        file->addAction(tr("&New scenario"), m_documents, &DocumentManager::newScenario);
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct = file->addAction(tr("&Open or import file..."), m_documents,
                                       &DocumentManager::openFileDialog);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &workspace..."), m_workspaces, &WorkspaceController::chooseWorkspace);
    file->addAction(tr("Open t&eam workspace..."), m_workspaces,
                    &WorkspaceController::chooseTeamWorkspace);
    file->addAction(tr("&Trash..."), this, [this] { m_workspaces->browser()->showTrash(); });
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save revision..."), m_documents, &DocumentManager::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the scenario as a new revision in the workspace"));
    m_exportAction =
        file->addAction(tr("&Export as file..."), m_documents, &DocumentManager::exportFile);
    m_exportAction->setShortcut(QKeySequence::SaveAs);
    m_reportAction = file->addAction(tr("Export &report..."), this, &MainWindow::exportReport);
    m_reportAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_reportAction->setToolTip(tr("Preview, print or save the PDF report of the scenario"));
    m_resultsExportMenu = file->addMenu(tr("Export res&ults"));
    const std::pair<QString, ExportActions::Format> exports[] = {
        {tr("Excel workbook (&XLSX)..."), ExportActions::Format::Xlsx},
        {tr("Monthly table as &CSV..."), ExportActions::Format::Csv},
        {tr("&PDF report..."), ExportActions::Format::Pdf}};
    for (const auto &[text, format] : exports) {
        const ExportActions::Format f = format;
        m_resultsExportMenu->addAction(text, this, [this, f] {
            const QString path = ExportActions::exportWithDialog(this, currentView(), f);
            if (!path.isEmpty())
                showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
        });
    }
    m_closeAction = file->addAction(tr("&Close scenario"), this, [this] {
        m_documents->closeTab(m_documents->tabWidget()->currentIndex());
    });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_documents->undoGroup()->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_documents->undoGroup()->createRedoAction(this, tr("Redo"));
    redo->setShortcut(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    edit->addAction(tr("Add &purchase"), this, [this] {
        if (ScenarioView *v = currentView())
            v->addPurchase();
    });
    edit->addAction(tr("Add &GPU type"), this, [this] {
        if (ScenarioView *v = currentView())
            v->addSku();
    });
    QAction *del = edit->addAction(tr("&Remove selected row"), this, [this] {
        if (ScenarioView *v = currentView())
            v->removeSelectedRows();
    });
    del->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Delete));
    edit->addSeparator();
    edit->addAction(tr("Import purchases from &CSV..."), this, [this] {
        if (ScenarioView *v = currentView())
            v->importPurchasesFromCsv();
    });
    edit->addAction(tr("Import &demand series from CSV..."), this, [this] {
        if (ScenarioView *v = currentView())
            v->importDemandFromCsv();
    });
    edit->addSeparator();
    QAction *prefs = edit->addAction(tr("&Settings..."), this, &MainWindow::showSettings);
    prefs->setShortcut(QKeySequence::Preferences);
    prefs->setMenuRole(QAction::PreferencesRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (QDockWidget *d : findChildren<QDockWidget *>())
        view->addAction(d->toggleViewAction());
    view->addAction(tb->toggleViewAction());

    AnalysisMenu::install(this, m_documents->tabWidget(), [this] { return currentView(); });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About FleetROI"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    tb->addAction(newAct);
    tb->addAction(openAct);
    tb->addAction(m_saveAction);
    tb->addSeparator();
    tb->addAction(undo);
    tb->addAction(redo);
    // Toolbar buttons show the action's text without its menu accelerator. Qt drops a plain
    // "&", but not the "(&N)" suffix that Chinese and Japanese menus use, nor the "...".
    for (QAction *a : tb->actions()) {
        if (a->isSeparator())
            continue;
        QString text = a->text();
        text.remove(QRegularExpression(QStringLiteral("\\s*[(\\x{FF08}]&.[)\\x{FF09}]")));
        text.remove(QStringLiteral("...")).remove(QLatin1Char('&'));
        a->setIconText(text.trimmed());
    }
    updateRecentMenu();
}

void MainWindow::showStatus(const QString &text)
{
    statusBar()->showMessage(text, 6000);
}

bool MainWindow::openWorkspace(const QString &path)
{
    return m_workspaces->openWorkspace(path);
}

Workspace *MainWindow::workspace() const
{
    return m_workspaces->workspace();
}

ScenarioView *MainWindow::addDocument(ScenarioDocument *doc)
{
    return m_documents->addDocument(doc);
}

ScenarioView *MainWindow::currentView() const
{
    return m_documents->currentView();
}

QList<ScenarioView *> MainWindow::views() const
{
    return m_documents->views();
}

ScenarioView *MainWindow::openPath(const QString &path)
{
    return m_documents->openPath(path);
}

ScenarioView *MainWindow::openWorkspaceScenario(qint64 id, int revision)
{
    return m_documents->openWorkspaceScenario(id, revision);
}

void MainWindow::reloadScenario(qint64 id, int previousHead, int newRevision)
{
    m_documents->reloadScenario(id, previousHead, newRevision);
}

bool MainWindow::saveRevision(ScenarioView *view, const QString &comment)
{
    return m_documents->saveRevision(view, comment);
}

QList<CompareCandidate> MainWindow::compareCandidates(ScenarioDocument *current)
{
    return m_documents->compareCandidates(current);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!m_documents->maybeSaveAll()) {
        event->ignore();
        return;
    }
    settings::windowGeometry.setValue(saveGeometry());
    settings::windowState.setValue(saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile() &&
            u.toLocalFile().endsWith(QStringLiteral(".json"), Qt::CaseInsensitive)) {
            event->acceptProposedAction();
            return;
        }
}

void MainWindow::dropEvent(QDropEvent *event)
{
    for (const QUrl &u : event->mimeData()->urls())
        if (u.isLocalFile())
            openPath(u.toLocalFile());
    event->acceptProposedAction();
}

void MainWindow::addRecentFile(const QString &path)
{
    QStringList recent = settings::recentFiles.value();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > settings::kMaxRecentFiles)
        recent.removeLast();
    settings::recentFiles.setValue(recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = settings::recentFiles.value();
    for (int i = 0; i < recent.size(); ++i) {
        const QString path = recent[i];
        m_recentMenu
            ->addAction(QStringLiteral("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()), this,
                        [this, path] { openPath(path); })
            ->setToolTip(path);
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
    if (m_start)
        m_start->setRecentFiles(recent);
}

void MainWindow::updateTitle()
{
    ScenarioView *v = currentView();
    QTabWidget *tabs = m_documents->tabWidget();
    m_central->setCurrentWidget(tabs->count() > 0 ? static_cast<QWidget *>(tabs)
                                                  : static_cast<QWidget *>(m_start));
    m_resultsExportMenu->setEnabled(v);
    m_saveAction->setEnabled(v);
    m_exportAction->setEnabled(v);
    m_reportAction->setEnabled(v);
    m_closeAction->setEnabled(v);
    if (!v) {
        setWindowTitle(tr("FleetROI"));
        setWindowModified(false);
        return;
    }
    setWindowTitle(tr("%1[*] - FleetROI").arg(v->document()->name()));
    setWindowModified(v->document()->isModified());
}

void MainWindow::showSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    DisplayFormat::setMoneyStyle(DisplayFormat::MoneyStyle(settings::moneyStyle.value()));
    for (ScenarioView *v : views())
        v->kpiStrip()->refresh();
    showStatus(tr("Settings saved"));
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About FleetROI"),
        tr("<h3>FleetROI %1</h3>"
           "<p>Return on investment of AI GPU fleets for finance analysts: capex, depreciation, "
           "leasing of surplus capacity, NPV, IRR and risk.</p>"
           "<p>This program is free software: you can redistribute it and/or modify it under "
           "the terms of the GNU General Public License as published by the Free Software "
           "Foundation, either version 3 of the License, or (at your option) any later "
           "version.</p>"
           "<p>This program is distributed in the hope that it will be useful, but WITHOUT ANY "
           "WARRANTY; without even the implied warranty of MERCHANTABILITY or FITNESS FOR A "
           "PARTICULAR PURPOSE. See the <a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">"
           "GNU General Public License</a> for more details.</p>")
            .arg(QStringLiteral(FLEETROI_VERSION)));
}

bool MainWindow::saveScreenshots(const QString &dir)
{
    ScenarioView *v = currentView();
    if (!v)
        return false;
    QDir().mkpath(dir);
    static const char *const names[] = {"assumptions",   "fleet",       "demand-leasing", "results",
                                        "balance-sheet", "sensitivity", "compare",        "risk"};
    bool ok = true;
    QElapsedTimer tabClock;
    tabClock.start();
    for (int t = 0; t < v->tabs()->count() && t < int(std::size(names)); ++t) {
        v->tabs()->setCurrentIndex(t);
        if (t == ScenarioView::CompareTab) {
            // Show a comparison: the first other candidate (another example or revision).
            const auto candidates = compareCandidates(v->document());
            QStringList keys;
            for (const CompareCandidate &c : candidates)
                if (c.key.startsWith(QStringLiteral("ws:")) && c.key.endsWith(QStringLiteral("@0")))
                    keys << c.key;
            if (keys.isEmpty() && !candidates.isEmpty())
                keys << candidates.front().key;
            v->comparePage()->setSelection(keys.mid(0, 1));
        }
        if (t == ScenarioView::RiskTab && v->document()->scenario().uncertainty) {
            // Run the Monte Carlo and wait for it (the worker thread reports back through
            // the event loop), so the picture shows results.
            RiskView *risk = v->riskView();
            QEventLoop loop;
            connect(risk, &RiskView::runFinished, &loop, &QEventLoop::quit);
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            risk->run();
            loop.exec();
        }
        if (t == ScenarioView::SensitivityTab && v->document()->isComputingSensitivity()) {
            // The tornado is computed on a worker thread: wait for it, as for the Risk tab.
            QEventLoop loop;
            connect(v->document(), &ScenarioDocument::sensitivityAnalysisChanged, &loop,
                    &QEventLoop::quit);
            QTimer::singleShot(120000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        for (int i = 0; i < 5; ++i) {
            QApplication::processEvents();
        }
        const QString path =
            QDir(dir).filePath(QStringLiteral("%1.png").arg(QLatin1String(names[t])));
        ok = grab().save(path) && ok;
        if (qEnvironmentVariableIsSet("FLEETROI_TAB_TIMES"))
            std::fprintf(stderr, "tab %s: %lld ms\n", names[t], tabClock.restart());
        if (t == ScenarioView::RiskTab) {
            // The risk set-up page as well.
            const int page = v->riskTabs()->currentIndex();
            v->riskTabs()->setCurrentIndex(0);
            for (int i = 0; i < 5; ++i)
                QApplication::processEvents();
            ok = grab().save(QDir(dir).filePath(QStringLiteral("risk-setup.png"))) && ok;
            v->riskTabs()->setCurrentIndex(page);
        }
    }
    v->tabs()->setCurrentIndex(0);
    return ok;
}

QString MainWindow::measureEditLatency(int edits)
{
    if (!currentView())
        return tr("No scenario open");
    const EditLatency e = measureEditLatencyFigures(edits);
    return QStringLiteral("edit-to-redraw over %1 edits of one cell (Results tab visible): "
                          "median %2 ms, p90 %3 ms, max %4 ms; model recompute median %5 ms")
        .arg(edits)
        .arg(e.median, 0, 'f', 2)
        .arg(e.p90, 0, 'f', 2)
        .arg(e.max, 0, 'f', 2)
        .arg(e.computeMedian, 0, 'f', 2);
}

MainWindow::EditLatency MainWindow::measureEditLatencyFigures(int edits)
{
    EditLatency out;
    ScenarioView *v = currentView();
    if (!v)
        return out;
    v->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
    QApplication::processEvents();
    ScenarioDocument *doc = v->document();
    SkuTableModel *model = v->skuModel();
    const QModelIndex cell = model->index(0, model->columnOfKey(QStringLiteral("gpu_price")));
    const double base = cell.data(Qt::EditRole).toDouble();
    std::vector<double> ms;
    std::vector<double> computeMs;
    for (int i = 0; i < edits; ++i) {
        QElapsedTimer clock;
        clock.start();
        // One cell edit as the delegate makes it, then what the event loop does next: the
        // (background) recompute, the KPI strip and the visible charts with their replot.
        model->setData(cell, base * (1.0 + 0.01 * ((i % 10) + 1)));
        if (!doc->resultsCurrent() && doc->isValid()) {
            QEventLoop loop;
            connect(doc, &ScenarioDocument::resultsChanged, &loop, [&loop, doc] {
                if (doc->resultsCurrent())
                    loop.quit();
            });
            QTimer::singleShot(60000, &loop, &QEventLoop::quit);
            loop.exec();
        }
        QApplication::processEvents();
        v->repaint();
        ms.push_back(double(clock.nsecsElapsed()) / 1e6);
        computeMs.push_back(doc->lastComputeMilliseconds());
    }
    doc->undoStack()->setIndex(doc->undoStack()->cleanIndex());
    std::sort(ms.begin(), ms.end());
    std::sort(computeMs.begin(), computeMs.end());
    const auto pick = [](const std::vector<double> &v, double q) {
        return v.empty() ? 0.0 : v[std::min(v.size() - 1, std::size_t(q * double(v.size())))];
    };
    out.median = pick(ms, 0.5);
    out.p90 = pick(ms, 0.9);
    out.max = ms.empty() ? 0.0 : ms.back();
    out.computeMedian = pick(computeMs, 0.5);
    return out;
}

void MainWindow::exportReport()
{
    ScenarioView *v = currentView();
    if (!v)
        return;
    ScenarioDocument *doc = v->document();
    if (!doc->isValid()) {
        QMessageBox::warning(
            this, tr("Export report"),
            tr("The scenario has input problems; fix them before printing a report."));
        return;
    }
    const report::ReportScenario rs = ExportActions::reportScenario(v);
    const report::ReportOptions options = ExportActions::reportOptions();
    report::ReportPreviewDialog dialog(rs, options, this);
    dialog.exec();
}

} // namespace fleetroi
