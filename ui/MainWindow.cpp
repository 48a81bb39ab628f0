// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AnalysisMenu.h"
#include "AppSettings.h"
#include "DisplayFormat.h"
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
#include "WorkspaceConnection.h"
#include "WorkspaceFileGuard.h"
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
    m_undoGroup = new QUndoGroup(this);
    m_docs = new QTabWidget(this);
    m_docs->setTabsClosable(true);
    m_docs->setMovable(true);
    m_docs->setDocumentMode(true);
    // The start page fills the centre while no scenario tab is open (updateTitle switches).
    m_start = new StartPage(this);
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_start);
    m_central->addWidget(m_docs);
    setCentralWidget(m_central);
    connect(m_start, &StartPage::openFileRequested, this,
            [this](const QString &p) { openPath(p); });
    connect(m_start, &StartPage::openDialogRequested, this, &MainWindow::openFileDialog);
    connect(m_start, &StartPage::openExampleRequested, this, [this](const QString &path) {
        QString error;
        std::optional<Scenario> s = StartPage::loadScenario(path, &error);
        if (!s) {
            QMessageBox::warning(this, tr("Open example"), error);
            return;
        }
        addDocument(new ScenarioDocument(*s, this));
    });
    connect(m_start, &StartPage::newFromTemplateRequested, this, [this](const QString &id) {
        const QString name = tr("New scenario");
        std::optional<Scenario> s =
            StartPage::templateScenario(id, m_workspace ? m_workspace->uniqueName(name) : name);
        if (s)
            addDocument(new ScenarioDocument(*s, this));
    });
    connect(m_docs, &QTabWidget::tabCloseRequested, this, [this](int i) { closeTab(i); });
    connect(m_docs, &QTabWidget::currentChanged, this, [this] {
        ScenarioView *v = currentView();
        m_undoGroup->setActiveStack(v ? v->document()->undoStack() : nullptr);
        updateTitle();
    });

    m_browser = new WorkspaceBrowser(this);
    auto *dock = new QDockWidget(tr("Workspace"), this);
    dock->setObjectName(QStringLiteral("WorkspaceDock"));
    dock->setWidget(m_browser);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    connect(m_browser, &WorkspaceBrowser::openRequested, this,
            [this](qint64 id, int rev) { openWorkspaceScenario(id, rev); });
    connect(m_browser, &WorkspaceBrowser::statusMessage, this, &MainWindow::showStatus);
    connect(m_browser, &WorkspaceBrowser::revisionRestored, this, &MainWindow::reloadScenario);

    createActions();
    resize(1500, 940);
    restoreGeometry(settings::windowGeometry.value());
    restoreState(settings::windowState.value());
    updateTitle();
    statusBar()->showMessage(tr("Ready"));
    m_workspaceNote = new QLabel(this);
    statusBar()->addPermanentWidget(m_workspaceNote);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QToolBar *tb = addToolBar(tr("Main"));
    tb->setObjectName(QStringLiteral("MainToolBar"));
    tb->setToolButtonStyle(Qt::ToolButtonTextOnly);

    QAction *newAct = file->addAction(tr("&New scenario"), this, &MainWindow::newScenario);
    newAct->setShortcut(QKeySequence::New);
    QAction *openAct =
        file->addAction(tr("&Open or import file..."), this, &MainWindow::openFileDialog);
    openAct->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &recent"));
    file->addAction(tr("Open &workspace..."), this, &MainWindow::chooseWorkspace);
    file->addAction(tr("Open t&eam workspace..."), this, &MainWindow::chooseTeamWorkspace);
    file->addAction(tr("&Trash..."), this, [this] { m_browser->showTrash(); });
    file->addSeparator();
    m_saveAction = file->addAction(tr("&Save revision..."), this, &MainWindow::save);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setToolTip(tr("Save the scenario as a new revision in the workspace"));
    m_exportAction = file->addAction(tr("&Export as file..."), this, &MainWindow::exportFile);
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
    m_closeAction =
        file->addAction(tr("&Close scenario"), this, [this] { closeTab(m_docs->currentIndex()); });
    m_closeAction->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("Redo"));
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

    AnalysisMenu::install(this, m_docs, [this] { return currentView(); });
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
    delete m_workspace;
    m_workspace = new Workspace(this);
    StorageStatus st;
    if (path.isEmpty()) {
        st = m_workspace->openDefault();
    } else {
        Workspace::OpenOptions o;
        // A new team database starts empty: the team publishes with `workspace copy`.
        o.seedExamplesIfCreated = !PgLocation::isServerLocation(path);
        st = m_workspace->open(path, o);
        // libpq found no password (PGPASSWORD, ~/.pgpass): ask, for this connection only.
        while (!st.ok() && WorkspaceConnection::needsPassword(st)) {
            const std::optional<QString> password = askTeamPassword(path, st.message);
            if (!password)
                break;
            o.password = *password;
            st = m_workspace->open(path, o);
        }
    }
    if (!st.ok()) {
        showStatus(tr("Workspace not available: %1").arg(st.message));
        delete m_workspace;
        m_workspace = nullptr;
        m_browser->setWorkspace(nullptr);
        updateWorkspaceNote();
        return false;
    }
    if (m_workspace->readOnly())
        showStatus(tr("Workspace opened read-only: %1").arg(m_workspace->reasonReadOnly()));
    m_browser->setWorkspace(m_workspace);
    updateWorkspaceNote();
    return true;
}

ScenarioView *MainWindow::addDocument(ScenarioDocument *doc)
{
    doc->setParent(this);
    auto *view = new ScenarioView(doc, this, m_docs);
    m_undoGroup->addStack(doc->undoStack());
    connect(view, &ScenarioView::statusMessage, this, &MainWindow::showStatus);
    auto retitle = [this, view] {
        const int i = m_docs->indexOf(view);
        if (i < 0)
            return;
        ScenarioDocument *d = view->document();
        m_docs->setTabText(i, d->name() + (d->isModified() ? QStringLiteral(" *") : QString()));
        m_docs->setTabToolTip(i, d->filePath().isEmpty() ? d->name() : d->filePath());
        updateTitle();
    };
    connect(doc, &ScenarioDocument::modifiedChanged, view, retitle);
    connect(doc, &ScenarioDocument::valueChanged, view, [retitle](const QString &p) {
        if (p == u"name")
            retitle();
    });
    connect(doc, &ScenarioDocument::locationChanged, view, retitle);
    const int i = m_docs->addTab(view, doc->name());
    m_docs->setCurrentIndex(i);
    retitle();
    return view;
}

ScenarioView *MainWindow::currentView() const
{
    return qobject_cast<ScenarioView *>(m_docs->currentWidget());
}

QList<ScenarioView *> MainWindow::views() const
{
    QList<ScenarioView *> out;
    for (int i = 0; i < m_docs->count(); ++i)
        if (auto *v = qobject_cast<ScenarioView *>(m_docs->widget(i)))
            out << v;
    return out;
}

ScenarioView *MainWindow::openPath(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    // Never read the open workspace (or its -wal/-shm) as a scenario file, under any name: the
    // read would drop SQLite's locks (WorkspaceFileGuard).
    if (!WorkspaceFileGuard::checkUserFile(abs).ok()) {
        QMessageBox::warning(this, tr("Open scenario file"),
                             tr("%1 is the workspace FleetROI has open, or one of SQLite's files "
                                "beside it, not a scenario file. It was not read: reading it "
                                "would release the workspace's locks and could lose revisions.")
                                 .arg(QDir::toNativeSeparators(abs)));
        return nullptr;
    }
    if (m_workspace && m_workspace->isOpen() && !m_workspace->readOnly()) {
        ImportResult r = m_workspace->importFile(abs, ClashPolicy::Ask);
        if (r.outcome == ImportResult::Outcome::NameClash) {
            QMessageBox box(
                QMessageBox::Question, tr("Import scenario"),
                tr("The workspace already has a scenario named \"%1\".").arg(r.scenarioName),
                QMessageBox::Cancel, this);
            QPushButton *revision =
                box.addButton(tr("Add as new revision"), QMessageBox::AcceptRole);
            QPushButton *both = box.addButton(tr("Keep both"), QMessageBox::AcceptRole);
            box.exec();
            if (box.clickedButton() == revision)
                r = m_workspace->importFile(abs, ClashPolicy::AddAsNewRevision);
            else if (box.clickedButton() == both)
                r = m_workspace->importFile(abs, ClashPolicy::KeepBoth);
            else
                return nullptr;
        }
        if (r.outcome == ImportResult::Outcome::Invalid) {
            QMessageBox::warning(
                this, tr("Open scenario file"),
                tr("%1 is not a valid scenario file:\n\n%2")
                    .arg(QFileInfo(abs).fileName(), r.errors.mid(0, 12).join(u'\n')));
            return nullptr;
        }
        if (r.scenarioId > 0) {
            addRecentFile(abs);
            m_browser->reload();
            showStatus(r.outcome == ImportResult::Outcome::AlreadyPresent
                           ? tr("%1 is already in the workspace").arg(r.scenarioName)
                           : tr("Imported %1 into the workspace").arg(r.scenarioName));
            ScenarioView *v = openWorkspaceScenario(r.scenarioId, 0);
            if (v)
                v->document()->setFilePath(abs);
            return v;
        }
        // The workspace refused (disk full, ...): fall back to editing the file directly.
        showStatus(r.status.message);
    }
    QStringList errors;
    ScenarioDocument *doc = ScenarioDocument::openFile(abs, &errors, this);
    if (!doc) {
        QMessageBox::warning(this, tr("Open scenario file"),
                             tr("%1 is not a valid scenario file:\n\n%2")
                                 .arg(QFileInfo(abs).fileName(), errors.mid(0, 12).join(u'\n')));
        return nullptr;
    }
    addRecentFile(abs);
    return addDocument(doc);
}

ScenarioView *MainWindow::openWorkspaceScenario(qint64 id, int revision)
{
    if (!m_workspace)
        return nullptr;
    // Already open at that revision: show it.
    for (ScenarioView *v : views()) {
        ScenarioDocument *d = v->document();
        if (d->workspaceScenarioId() == id &&
            (revision == 0 || d->workspaceRevisionId() == revision)) {
            m_docs->setCurrentWidget(v);
            return v;
        }
    }
    const auto r = m_workspace->openRevision(id, revision);
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Open scenario"), r.status.message);
        return nullptr;
    }
    auto *doc = new ScenarioDocument(r.value->scenario, this);
    doc->setWorkspaceIds(id, r.value->info.number);
    ScenarioView *v = addDocument(doc);
    showStatus(tr("Opened %1, revision %2").arg(r.value->scenarioName).arg(r.value->info.number));
    return v;
}

void MainWindow::reloadScenario(qint64 id, int previousHead, int newRevision)
{
    for (ScenarioView *v : views()) {
        ScenarioDocument *d = v->document();
        if (d->workspaceScenarioId() != id || d->workspaceRevisionId() != previousHead)
            continue;
        if (d->isModified()) {
            m_docs->setCurrentWidget(v);
            const auto answer = QMessageBox::question(
                this, tr("Revision restored"),
                tr("Revision %1 of \"%2\" is now the newest. Discard your unsaved changes and "
                   "show it? (Keep them to save them later as a copy.)")
                    .arg(newRevision)
                    .arg(d->name()),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard)
                continue;
        }
        const auto r = m_workspace ? m_workspace->openRevision(id, newRevision)
                                   : StorageResult<ScenarioRevision>();
        if (!r.ok())
            continue;
        const int index = m_docs->indexOf(v);
        QWidget *current = m_docs->currentWidget() == v ? nullptr : m_docs->currentWidget();
        m_undoGroup->removeStack(d->undoStack());
        m_docs->removeTab(index);
        delete v;
        delete d;
        auto *doc = new ScenarioDocument(r.value->scenario, this);
        doc->setWorkspaceIds(id, r.value->info.number);
        ScenarioView *nv = addDocument(doc);
        m_docs->tabBar()->moveTab(m_docs->indexOf(nv), index);
        if (current)
            m_docs->setCurrentWidget(current);
    }
}

void MainWindow::newScenario()
{
    Scenario s = ScenarioDocument::newScenario();
    if (m_workspace)
        s.name = m_workspace->uniqueName(QString::fromStdString(s.name)).toStdString();
    auto *doc = new ScenarioDocument(s, this);
    addDocument(doc);
}

void MainWindow::openFileDialog()
{
    const QStringList files = fileDialogs::openFileNames(
        this, tr("Open scenario files"), settings::lastDirectory.value(),
        tr("FleetROI scenarios (*.fleetroi.json *.json);;All files (*)"));
    for (const QString &f : files) {
        settings::lastDirectory.setValue(QFileInfo(f).absolutePath());
        openPath(f);
    }
}

bool MainWindow::saveRevision(ScenarioView *view, const QString &comment)
{
    ScenarioDocument *doc = view->document();
    if (!doc->isValid()) {
        QMessageBox::warning(this, tr("Save revision"),
                             tr("The scenario has %n input problem(s). Fix the fields marked in "
                                "red before saving.",
                                nullptr, int(doc->validationMessages().size())));
        return false;
    }
    if (!m_workspace || !m_workspace->isOpen() || m_workspace->readOnly()) {
        showStatus(tr("No writable workspace: export the scenario as a file instead."));
        return false;
    }
    SaveResult r;
    if (doc->workspaceScenarioId() <= 0) {
        r = m_workspace->createScenario(m_workspace->uniqueName(doc->name()), doc->scenario(),
                                        comment);
    } else {
        r = m_workspace->saveRevision(doc->workspaceScenarioId(), doc->scenario(),
                                      int(doc->workspaceRevisionId()), comment);
        if (r.isConflict()) {
            const auto answer = QMessageBox::question(
                this, tr("Save revision"),
                tr("%1\n\nSave your version as a copy instead?").arg(r.status.message),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
            if (answer != QMessageBox::Save)
                return false;
            r = m_workspace->saveAsCopy(doc->workspaceScenarioId(), doc->scenario(), comment);
        }
    }
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Save revision"), r.status.message);
        return false;
    }
    doc->setWorkspaceIds(r.scenarioId, r.revision);
    doc->markSaved();
    m_browser->reload();
    showStatus(r.unchanged ? tr("No changes since revision %1").arg(r.revision)
                           : tr("Saved revision %1").arg(r.revision));
    return true;
}

void MainWindow::save()
{
    ScenarioView *v = currentView();
    if (!v)
        return;
    if (!m_workspace || !m_workspace->isOpen() || m_workspace->readOnly()) {
        exportFile();
        return;
    }
    bool ok = false;
    const QString comment = QInputDialog::getText(this, tr("Save revision"),
                                                  tr("Comment for this revision (optional):"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveRevision(v, comment);
}

void MainWindow::exportFile()
{
    ScenarioView *v = currentView();
    if (!v)
        return;
    ScenarioDocument *doc = v->document();
    QString suggested = doc->filePath();
    if (suggested.isEmpty())
        suggested = QDir(settings::lastDirectory.value())
                        .filePath(doc->name() + QStringLiteral(".fleetroi.json"));
    const QString path = fileDialogs::saveFileName(this, tr("Export scenario file"), suggested,
                                                   tr("FleetROI scenarios (*.fleetroi.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!doc->saveFile(path, &error)) {
        QMessageBox::warning(this, tr("Export scenario file"), error);
        return;
    }
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    addRecentFile(path);
    if (!m_workspace)
        doc->markSaved(); // without a workspace the file is the saved state
    showStatus(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

bool MainWindow::maybeSave(ScenarioView *view)
{
    ScenarioDocument *doc = view->document();
    if (!doc->isModified())
        return true;
    m_docs->setCurrentWidget(view);
    const auto answer = QMessageBox::question(
        this, tr("Unsaved changes"),
        tr("\"%1\" has changes that are not saved. Save them as a new revision?").arg(doc->name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    if (m_workspace && !m_workspace->readOnly())
        return saveRevision(view, QString());
    exportFile();
    return !doc->isModified();
}

bool MainWindow::closeTab(int index)
{
    auto *v = qobject_cast<ScenarioView *>(m_docs->widget(index));
    if (!v || !maybeSave(v))
        return false;
    ScenarioDocument *doc = v->document();
    m_undoGroup->removeStack(doc->undoStack());
    m_docs->removeTab(index);
    delete v;
    delete doc;
    updateTitle();
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (ScenarioView *v : views()) {
        if (!maybeSave(v)) {
            event->ignore();
            return;
        }
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
    m_central->setCurrentWidget(m_docs->count() > 0 ? static_cast<QWidget *>(m_docs)
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

QList<CompareCandidate> MainWindow::compareCandidates(ScenarioDocument *current)
{
    QList<CompareCandidate> out;
    for (ScenarioView *v : views()) {
        ScenarioDocument *d = v->document();
        if (d == current)
            continue;
        QPointer<ScenarioDocument> guard(d);
        out.append({QStringLiteral("open:%1").arg(quintptr(d)), tr("%1 (open)").arg(d->name()),
                    [guard]() -> std::optional<Scenario> {
                        if (!guard)
                            return std::nullopt;
                        return guard->scenario();
                    },
                    d->name()});
    }
    if (!m_workspace || !m_workspace->isOpen())
        return out;
    QPointer<Workspace> ws(m_workspace);
    // Saved revisions of the scenario itself first, then the newest revision of the others.
    if (current && current->workspaceScenarioId() > 0) {
        const qint64 id = current->workspaceScenarioId();
        const auto history = m_workspace->history(id);
        if (history.ok())
            for (const RevisionInfo &r : *history.value) {
                const int n = r.number;
                out.append({QStringLiteral("ws:%1@%2").arg(id).arg(n),
                            r.comment.isEmpty()
                                ? tr("This scenario, revision %1 (%2)")
                                      .arg(n)
                                      .arg(QLocale().toString(r.savedAt.toLocalTime(),
                                                              QLocale::ShortFormat))
                                : tr("This scenario, revision %1: %2").arg(n).arg(r.comment),
                            [ws, id, n]() -> std::optional<Scenario> {
                                if (!ws)
                                    return std::nullopt;
                                auto rev = ws->openRevision(id, n);
                                return rev.ok() ? std::optional<Scenario>(rev.value->scenario)
                                                : std::nullopt;
                            },
                            tr("Revision %1").arg(n)});
            }
    }
    const auto list = m_workspace->listScenarios();
    if (list.ok())
        for (const ScenarioSummary &s : *list.value) {
            if (current && s.id == current->workspaceScenarioId())
                continue;
            const qint64 id = s.id;
            out.append({QStringLiteral("ws:%1@0").arg(id), tr("%1 (saved)").arg(s.name),
                        [ws, id]() -> std::optional<Scenario> {
                            if (!ws)
                                return std::nullopt;
                            auto rev = ws->openRevision(id, Workspace::kLatest);
                            return rev.ok() ? std::optional<Scenario>(rev.value->scenario)
                                            : std::nullopt;
                        },
                        s.name});
        }
    return out;
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

void MainWindow::chooseWorkspace()
{
    // Open scenarios belong to the current workspace: they are closed first (asking to save).
    const QString current = m_workspace ? m_workspace->filePath() : QString();
    const QString path = fileDialogs::saveFileName(
        this, tr("Open or create a workspace"), current,
        tr("FleetROI workspaces (*.sqlite *.fleetroi-workspace);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    while (m_docs->count() > 0)
        if (!closeTab(0))
            return;
    if (openWorkspace(path))
        showStatus(tr("Workspace %1").arg(QDir::toNativeSeparators(path)));
}

} // namespace fleetroi
