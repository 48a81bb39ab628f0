// SPDX-License-Identifier: GPL-3.0-or-later
#include "DocumentManager.h"

#include "AppSettings.h"
#include "FileDialogs.h"
#include "ScenarioDocument.h"
#include "ScenarioView.h"
#include "StartPage.h"
#include "Workspace.h"
#include "WorkspaceController.h"
#include "WorkspaceFileGuard.h"

#include <QDir>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QTabBar>
#include <QTabWidget>
#include <QUndoGroup>
#include <QUndoStack>

namespace fleetroi {

DocumentManager::DocumentManager(QWidget *window, WorkspaceController *workspaces)
    : QObject(window)
    , m_window(window)
    , m_workspaces(workspaces)
    , m_tabs(new QTabWidget(window))
    , m_undoGroup(new QUndoGroup(this))
{
    m_tabs->setTabsClosable(true);
    m_tabs->setMovable(true);
    m_tabs->setDocumentMode(true);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, [this](int i) { closeTab(i); });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        ScenarioView *v = currentView();
        m_undoGroup->setActiveStack(v ? v->document()->undoStack() : nullptr);
        emit currentChanged();
    });
    connect(m_workspaces, &WorkspaceController::openRequested, this,
            [this](qint64 id, int rev) { openWorkspaceScenario(id, rev); });
    connect(m_workspaces, &WorkspaceController::revisionRestored, this,
            &DocumentManager::reloadScenario);
    // The open scenarios belong to the workspace: switching closes them first (asking).
    m_workspaces->setBeforeSwitch([this] { return closeAll(); });
}

DocumentManager::~DocumentManager() = default;

ScenarioView *DocumentManager::addDocument(ScenarioDocument *doc)
{
    // Documents are the window's children, deleted after the views (as the tab widget is).
    doc->setParent(m_window);
    auto *view = new ScenarioView(doc, this, m_tabs);
    m_undoGroup->addStack(doc->undoStack());
    connect(view, &ScenarioView::statusMessage, this, &DocumentManager::statusMessage);
    auto retitle = [this, view] {
        const int i = m_tabs->indexOf(view);
        if (i < 0)
            return;
        ScenarioDocument *d = view->document();
        m_tabs->setTabText(i, d->name() + (d->isModified() ? QStringLiteral(" *") : QString()));
        m_tabs->setTabToolTip(i, d->filePath().isEmpty() ? d->name() : d->filePath());
        emit currentChanged();
    };
    connect(doc, &ScenarioDocument::modifiedChanged, view, retitle);
    connect(doc, &ScenarioDocument::valueChanged, view, [retitle](const QString &p) {
        if (p == u"name")
            retitle();
    });
    connect(doc, &ScenarioDocument::locationChanged, view, retitle);
    const int i = m_tabs->addTab(view, doc->name());
    m_tabs->setCurrentIndex(i);
    retitle();
    return view;
}

ScenarioView *DocumentManager::currentView() const
{
    return m_tabs ? qobject_cast<ScenarioView *>(m_tabs->currentWidget()) : nullptr;
}

QList<ScenarioView *> DocumentManager::views() const
{
    QList<ScenarioView *> out;
    for (int i = 0; m_tabs && i < m_tabs->count(); ++i)
        if (auto *v = qobject_cast<ScenarioView *>(m_tabs->widget(i)))
            out << v;
    return out;
}

ScenarioView *DocumentManager::openPath(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    // Never read the open workspace (or its -wal/-shm) as a scenario file, under any name: the
    // read would drop SQLite's locks (WorkspaceFileGuard).
    if (!WorkspaceFileGuard::checkUserFile(abs).ok()) {
        QMessageBox::warning(m_window, tr("Open scenario file"),
                             tr("%1 is the workspace FleetROI has open, or one of SQLite's files "
                                "beside it, not a scenario file. It was not read: reading it "
                                "would release the workspace's locks and could lose revisions.")
                                 .arg(QDir::toNativeSeparators(abs)));
        return nullptr;
    }
    const WorkspaceController::Import imported = m_workspaces->importFile(abs);
    using Outcome = WorkspaceController::Import::Outcome;
    if (imported.outcome == Outcome::Cancelled)
        return nullptr;
    if (imported.outcome == Outcome::Imported) {
        emit fileUsed(abs);
        ScenarioView *v = openWorkspaceScenario(imported.scenarioId, 0);
        if (v)
            v->document()->setFilePath(abs);
        return v;
    }
    QStringList errors;
    ScenarioDocument *doc = ScenarioDocument::openFile(abs, &errors, m_window);
    if (!doc) {
        QMessageBox::warning(m_window, tr("Open scenario file"),
                             tr("%1 is not a valid scenario file:\n\n%2")
                                 .arg(QFileInfo(abs).fileName(), errors.mid(0, 12).join(u'\n')));
        return nullptr;
    }
    emit fileUsed(abs);
    return addDocument(doc);
}

ScenarioView *DocumentManager::openWorkspaceScenario(qint64 id, int revision)
{
    Workspace *ws = m_workspaces->workspace();
    if (!ws)
        return nullptr;
    // Already open at that revision: show it.
    for (ScenarioView *v : views()) {
        ScenarioDocument *d = v->document();
        if (d->workspaceScenarioId() == id &&
            (revision == 0 || d->workspaceRevisionId() == revision)) {
            m_tabs->setCurrentWidget(v);
            return v;
        }
    }
    const auto r = ws->openRevision(id, revision);
    if (!r.ok()) {
        QMessageBox::warning(m_window, tr("Open scenario"), r.status.message);
        return nullptr;
    }
    auto *doc = new ScenarioDocument(r.value->scenario, m_window);
    doc->setWorkspaceIds(id, r.value->info.number);
    ScenarioView *v = addDocument(doc);
    emit statusMessage(
        tr("Opened %1, revision %2").arg(r.value->scenarioName).arg(r.value->info.number));
    return v;
}

void DocumentManager::reloadScenario(qint64 id, int previousHead, int newRevision)
{
    for (ScenarioView *v : views()) {
        ScenarioDocument *d = v->document();
        if (d->workspaceScenarioId() != id || d->workspaceRevisionId() != previousHead)
            continue;
        if (d->isModified()) {
            m_tabs->setCurrentWidget(v);
            const auto answer = QMessageBox::question(
                m_window, tr("Revision restored"),
                tr("Revision %1 of \"%2\" is now the newest. Discard your unsaved changes and "
                   "show it? (Keep them to save them later as a copy.)")
                    .arg(newRevision)
                    .arg(d->name()),
                QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
            if (answer != QMessageBox::Discard)
                continue;
        }
        Workspace *ws = m_workspaces->workspace();
        const auto r = ws ? ws->openRevision(id, newRevision) : StorageResult<ScenarioRevision>();
        if (!r.ok())
            continue;
        const int index = m_tabs->indexOf(v);
        QWidget *current = m_tabs->currentWidget() == v ? nullptr : m_tabs->currentWidget();
        discard(v);
        auto *doc = new ScenarioDocument(r.value->scenario, m_window);
        doc->setWorkspaceIds(id, r.value->info.number);
        ScenarioView *nv = addDocument(doc);
        m_tabs->tabBar()->moveTab(m_tabs->indexOf(nv), index);
        if (current)
            m_tabs->setCurrentWidget(current);
    }
}

void DocumentManager::newScenario()
{
    Scenario s = ScenarioDocument::newScenario();
    s.name = m_workspaces->uniqueName(QString::fromStdString(s.name)).toStdString();
    addDocument(new ScenarioDocument(s, m_window));
}

void DocumentManager::openExample(const QString &path)
{
    QString error;
    std::optional<Scenario> s = StartPage::loadScenario(path, &error);
    if (!s) {
        QMessageBox::warning(m_window, tr("Open example"), error);
        return;
    }
    addDocument(new ScenarioDocument(*s, m_window));
}

void DocumentManager::newFromTemplate(const QString &id)
{
    std::optional<Scenario> s =
        StartPage::templateScenario(id, m_workspaces->uniqueName(tr("New scenario")));
    if (s)
        addDocument(new ScenarioDocument(*s, m_window));
}

void DocumentManager::openFileDialog()
{
    const QStringList files = fileDialogs::openFileNames(
        m_window, tr("Open scenario files"), settings::lastDirectory.value(),
        tr("FleetROI scenarios (*.fleetroi.json *.json);;All files (*)"));
    for (const QString &f : files) {
        settings::lastDirectory.setValue(QFileInfo(f).absolutePath());
        openPath(f);
    }
}

bool DocumentManager::saveRevision(ScenarioView *view, const QString &comment)
{
    ScenarioDocument *doc = view->document();
    if (!doc->isValid()) {
        QMessageBox::warning(m_window, tr("Save revision"),
                             tr("The scenario has %n input problem(s). Fix the fields marked in "
                                "red before saving.",
                                nullptr, int(doc->validationMessages().size())));
        return false;
    }
    return m_workspaces->saveRevision(doc, comment);
}

void DocumentManager::save()
{
    ScenarioView *v = currentView();
    if (!v)
        return;
    if (!m_workspaces->writable()) {
        exportFile();
        return;
    }
    bool ok = false;
    const QString comment = QInputDialog::getText(m_window, tr("Save revision"),
                                                  tr("Comment for this revision (optional):"),
                                                  QLineEdit::Normal, QString(), &ok);
    if (ok)
        saveRevision(v, comment);
}

void DocumentManager::exportFile()
{
    ScenarioView *v = currentView();
    if (!v)
        return;
    ScenarioDocument *doc = v->document();
    QString suggested = doc->filePath();
    if (suggested.isEmpty())
        suggested = QDir(settings::lastDirectory.value())
                        .filePath(doc->name() + QStringLiteral(".fleetroi.json"));
    const QString path = fileDialogs::saveFileName(m_window, tr("Export scenario file"), suggested,
                                                   tr("FleetROI scenarios (*.fleetroi.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!doc->saveFile(path, &error)) {
        QMessageBox::warning(m_window, tr("Export scenario file"), error);
        return;
    }
    settings::lastDirectory.setValue(QFileInfo(path).absolutePath());
    emit fileUsed(path);
    if (!m_workspaces->workspace())
        doc->markSaved(); // without a workspace the file is the saved state
    emit statusMessage(tr("Exported %1").arg(QDir::toNativeSeparators(path)));
}

bool DocumentManager::maybeSave(ScenarioView *view)
{
    ScenarioDocument *doc = view->document();
    if (!doc->isModified())
        return true;
    m_tabs->setCurrentWidget(view);
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved changes"),
        tr("\"%1\" has changes that are not saved. Save them as a new revision?").arg(doc->name()),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    if (answer == QMessageBox::Discard)
        return true;
    const Workspace *ws = m_workspaces->workspace();
    if (ws && !ws->readOnly())
        return saveRevision(view, QString());
    exportFile();
    return !doc->isModified();
}

void DocumentManager::discard(ScenarioView *view)
{
    ScenarioDocument *doc = view->document();
    m_undoGroup->removeStack(doc->undoStack());
    m_tabs->removeTab(m_tabs->indexOf(view));
    delete view;
    delete doc;
}

bool DocumentManager::closeTab(int index)
{
    auto *v = qobject_cast<ScenarioView *>(m_tabs->widget(index));
    if (!v || !maybeSave(v))
        return false;
    discard(v);
    emit currentChanged();
    return true;
}

bool DocumentManager::closeAll()
{
    while (m_tabs->count() > 0)
        if (!closeTab(0))
            return false;
    return true;
}

bool DocumentManager::maybeSaveAll()
{
    for (ScenarioView *v : views())
        if (!maybeSave(v))
            return false;
    return true;
}

QList<CompareCandidate> DocumentManager::compareCandidates(ScenarioDocument *current)
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
    out += m_workspaces->compareCandidates(current);
    return out;
}

} // namespace fleetroi
