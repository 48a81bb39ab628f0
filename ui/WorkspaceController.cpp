// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceController.h"

#include "FileDialogs.h"
#include "ScenarioDocument.h"
#include "Workspace.h"
#include "WorkspaceBrowser.h"
#include "WorkspaceConnection.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

namespace fleetroi {

WorkspaceController::WorkspaceController(QWidget *window, WorkspaceBrowser *browser, QLabel *note)
    : QObject(window)
    , m_window(window)
    , m_browser(browser)
    , m_note(note)
{
    connect(m_browser, &WorkspaceBrowser::openRequested, this, &WorkspaceController::openRequested);
    connect(m_browser, &WorkspaceBrowser::statusMessage, this, &WorkspaceController::statusMessage);
    connect(m_browser, &WorkspaceBrowser::revisionRestored, this,
            &WorkspaceController::revisionRestored);
}

WorkspaceController::~WorkspaceController() = default;

bool WorkspaceController::writable() const
{
    return m_workspace && m_workspace->isOpen() && !m_workspace->readOnly();
}

bool WorkspaceController::openWorkspace(const QString &path)
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
        emit statusMessage(tr("Workspace not available: %1").arg(st.message));
        delete m_workspace;
        m_workspace = nullptr;
        m_browser->setWorkspace(nullptr);
        updateWorkspaceNote();
        return false;
    }
    if (m_workspace->readOnly())
        emit statusMessage(tr("Workspace opened read-only: %1").arg(m_workspace->reasonReadOnly()));
    m_browser->setWorkspace(m_workspace);
    updateWorkspaceNote();
    return true;
}

void WorkspaceController::chooseWorkspace()
{
    const QString current = m_workspace ? m_workspace->filePath() : QString();
    const QString path = fileDialogs::saveFileName(
        m_window, tr("Open or create a workspace"), current,
        tr("FleetROI workspaces (*.sqlite *.fleetroi-workspace);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite);
    if (path.isEmpty())
        return;
    if (m_beforeSwitch && !m_beforeSwitch())
        return;
    if (openWorkspace(path))
        emit statusMessage(tr("Workspace %1").arg(QDir::toNativeSeparators(path)));
}

void WorkspaceController::chooseTeamWorkspace()
{
    const QString current = m_workspace && m_workspace->isServer()
                                ? m_workspace->filePath()
                                : QStringLiteral("postgresql://");
    bool ok = false;
    const QString uri =
        QInputDialog::getText(m_window, tr("Open team workspace"),
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
        QMessageBox::warning(m_window, tr("Open team workspace"), parsed.status.message);
        return;
    }
    if (m_beforeSwitch && !m_beforeSwitch())
        return;
    if (openWorkspace(uri))
        emit statusMessage(tr("Team workspace %1").arg(m_workspace->filePath()));
    else
        QMessageBox::warning(m_window, tr("Open team workspace"),
                             tr("The team workspace could not be opened. The status bar says "
                                "why; the previous workspace is closed."));
}

std::optional<QString> WorkspaceController::askTeamPassword(const QString &location,
                                                            const QString &why)
{
    bool ok = false;
    const QString password = QInputDialog::getText(
        m_window, tr("Team workspace password"),
        tr("%1\n\nPassword for %2 (kept in memory for this session only, never saved):")
            .arg(why, location),
        QLineEdit::Password, QString(), &ok);
    if (!ok)
        return std::nullopt;
    return password;
}

void WorkspaceController::updateWorkspaceNote()
{
    if (!m_note)
        return;
    if (!m_workspace || !m_workspace->isOpen()) {
        m_note->clear();
        m_note->setToolTip(QString());
        return;
    }
    const QString where =
        m_workspace->isServer()
            ? tr("Team workspace %1 as %2").arg(m_workspace->filePath(), m_workspace->savedBy())
            : QDir::toNativeSeparators(m_workspace->filePath());
    if (m_workspace->readOnly()) {
        m_note->setText(tr("%1 (read-only)").arg(where));
        m_note->setToolTip(m_workspace->reasonReadOnly());
    } else {
        m_note->setText(where);
        m_note->setToolTip(QString());
    }
}

QString WorkspaceController::uniqueName(const QString &name) const
{
    return m_workspace ? m_workspace->uniqueName(name) : name;
}

WorkspaceController::Import WorkspaceController::importFile(const QString &abs)
{
    Import out;
    if (!writable())
        return out;
    ImportResult r = m_workspace->importFile(abs, ClashPolicy::Ask);
    if (r.outcome == ImportResult::Outcome::NameClash) {
        QMessageBox box(
            QMessageBox::Question, tr("Import scenario"),
            tr("The workspace already has a scenario named \"%1\".").arg(r.scenarioName),
            QMessageBox::Cancel, m_window);
        QPushButton *revision = box.addButton(tr("Add as new revision"), QMessageBox::AcceptRole);
        QPushButton *both = box.addButton(tr("Keep both"), QMessageBox::AcceptRole);
        box.exec();
        if (box.clickedButton() == revision) {
            r = m_workspace->importFile(abs, ClashPolicy::AddAsNewRevision);
        } else if (box.clickedButton() == both) {
            r = m_workspace->importFile(abs, ClashPolicy::KeepBoth);
        } else {
            out.outcome = Import::Outcome::Cancelled;
            return out;
        }
    }
    if (r.outcome == ImportResult::Outcome::Invalid) {
        QMessageBox::warning(m_window, tr("Open scenario file"),
                             tr("%1 is not a valid scenario file:\n\n%2")
                                 .arg(QFileInfo(abs).fileName(), r.errors.mid(0, 12).join(u'\n')));
        out.outcome = Import::Outcome::Cancelled;
        return out;
    }
    if (r.scenarioId > 0) {
        m_browser->reload();
        emit statusMessage(r.outcome == ImportResult::Outcome::AlreadyPresent
                               ? tr("%1 is already in the workspace").arg(r.scenarioName)
                               : tr("Imported %1 into the workspace").arg(r.scenarioName));
        out.outcome = Import::Outcome::Imported;
        out.scenarioId = r.scenarioId;
        return out;
    }
    // The workspace refused (disk full, ...): the caller edits the file directly.
    emit statusMessage(r.status.message);
    return out;
}

bool WorkspaceController::saveRevision(ScenarioDocument *doc, const QString &comment)
{
    if (!writable()) {
        emit statusMessage(tr("No writable workspace: export the scenario as a file instead."));
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
                m_window, tr("Save revision"),
                tr("%1\n\nSave your version as a copy instead?").arg(r.status.message),
                QMessageBox::Save | QMessageBox::Cancel, QMessageBox::Save);
            if (answer != QMessageBox::Save)
                return false;
            r = m_workspace->saveAsCopy(doc->workspaceScenarioId(), doc->scenario(), comment);
        }
    }
    if (!r.ok()) {
        QMessageBox::warning(m_window, tr("Save revision"), r.status.message);
        return false;
    }
    doc->setWorkspaceIds(r.scenarioId, r.revision);
    doc->markSaved();
    m_browser->reload();
    emit statusMessage(r.unchanged ? tr("No changes since revision %1").arg(r.revision)
                                   : tr("Saved revision %1").arg(r.revision));
    return true;
}

QList<CompareCandidate> WorkspaceController::compareCandidates(ScenarioDocument *current)
{
    QList<CompareCandidate> out;
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

} // namespace fleetroi
