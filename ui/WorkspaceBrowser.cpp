// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceBrowser.h"

#include "Workspace.h"

#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace fleetroi {

namespace {
enum
{
    IdRole = Qt::UserRole + 1,
    RevisionRole,
    TagsRole,
    LoadedRole
};
}

WorkspaceBrowser::WorkspaceBrowser(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by name or tag"));
    m_filter->setClearButtonEnabled(true);
    layout->addWidget(m_filter);
    m_tag = new QComboBox(this);
    layout->addWidget(m_tag);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("Scenario"), tr("Tags"), tr("Saved")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->setColumnHidden(2, true); // the date is in the tooltip; names need the width
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    layout->addWidget(m_tree, 1);
    connect(m_filter, &QLineEdit::textChanged, this, &WorkspaceBrowser::applyFilter);
    connect(m_tag, &QComboBox::currentIndexChanged, this, &WorkspaceBrowser::applyFilter);
    connect(m_tree, &QTreeWidget::itemExpanded, this, &WorkspaceBrowser::fillRevisions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        if (id > 0)
            emit openRequested(id, item->data(0, RevisionRole).toInt());
    });
    connect(m_tree, &QTreeWidget::customContextMenuRequested, this, &WorkspaceBrowser::showMenu);
}

void WorkspaceBrowser::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::changedOnDisk, this, &WorkspaceBrowser::reload,
                Qt::UniqueConnection);
    reload();
}

void WorkspaceBrowser::reload()
{
    m_tree->clear();
    const QString tagBefore = m_tag->currentData().toString();
    m_tag->blockSignals(true);
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    if (!m_workspace || !m_workspace->isOpen()) {
        m_tag->blockSignals(false);
        return;
    }
    const auto list = m_workspace->listScenarios();
    if (!list.ok()) {
        emit statusMessage(list.status.message);
        m_tag->blockSignals(false);
        return;
    }
    QStringList allTags;
    QHash<QString, QTreeWidgetItem *> folders;
    for (const ScenarioSummary &s : *list.value) {
        QTreeWidgetItem *parent = nullptr;
        if (!s.folder.isEmpty()) {
            parent = folders.value(s.folder);
            if (!parent) {
                parent = new QTreeWidgetItem(m_tree, {s.folder});
                parent->setExpanded(true);
                folders.insert(s.folder, parent);
            }
        }
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
        item->setText(0, s.name);
        item->setText(1, s.tags.join(QStringLiteral(", ")));
        item->setText(2, QLocale().toString(s.updatedAt.toLocalTime(), QLocale::ShortFormat));
        item->setToolTip(
            0, tr("%n revision(s); double-click to open the newest", nullptr, s.revisions));
        item->setData(0, IdRole, s.id);
        item->setData(0, RevisionRole, 0);
        item->setData(0, TagsRole, s.tags);
        item->setChildIndicatorPolicy(QTreeWidgetItem::ShowIndicator);
        allTags << s.tags;
    }
    allTags.removeDuplicates();
    allTags.sort();
    for (const QString &t : allTags)
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(tagBefore)));
    m_tag->blockSignals(false);
    applyFilter();
}

void WorkspaceBrowser::fillRevisions(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, IdRole).toLongLong();
    if (id <= 0 || item->data(0, LoadedRole).toBool() || !m_workspace)
        return;
    item->setData(0, LoadedRole, true);
    const auto history = m_workspace->history(id);
    if (!history.ok())
        return;
    for (const RevisionInfo &r : *history.value) {
        auto *child = new QTreeWidgetItem(item);
        child->setText(0, r.comment.isEmpty() ? tr("Revision %1").arg(r.number)
                                              : tr("Revision %1: %2").arg(r.number).arg(r.comment));
        child->setText(2, QLocale().toString(r.savedAt.toLocalTime(), QLocale::ShortFormat));
        child->setToolTip(0, tr("Saved by %1").arg(r.savedBy));
        child->setData(0, IdRole, id);
        child->setData(0, RevisionRole, r.number);
    }
}

void WorkspaceBrowser::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const QString tag = m_tag->currentData().toString();
    std::function<bool(QTreeWidgetItem *)> visit = [&](QTreeWidgetItem *item) {
        const qint64 id = item->data(0, IdRole).toLongLong();
        if (id <= 0) { // a folder: visible when a child is
            bool any = false;
            for (int i = 0; i < item->childCount(); ++i)
                any = visit(item->child(i)) || any;
            item->setHidden(!any);
            return any;
        }
        if (item->data(0, RevisionRole).toInt() != 0)
            return true;
        const QStringList tags = item->data(0, TagsRole).toStringList();
        const bool match = (text.isEmpty() || item->text(0).contains(text, Qt::CaseInsensitive) ||
                            item->text(1).contains(text, Qt::CaseInsensitive)) &&
                           (tag.isEmpty() || tags.contains(tag));
        item->setHidden(!match);
        return match;
    };
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i)
        visit(m_tree->topLevelItem(i));
}

bool WorkspaceBrowser::restoreRevision(qint64 scenarioId, int revision)
{
    if (!m_workspace)
        return false;
    const auto summary = m_workspace->scenario(scenarioId);
    if (!summary.ok()) {
        QMessageBox::warning(this, tr("Restore revision"), summary.status.message);
        return false;
    }
    const int previousHead = summary.value->revisions;
    const SaveResult r = m_workspace->restoreRevision(scenarioId, revision, previousHead);
    reload();
    if (!r.ok()) {
        QMessageBox::warning(this, tr("Restore revision"), r.status.message);
        return false;
    }
    emit statusMessage(tr("Revision %1 restored as the newest").arg(revision));
    emit revisionRestored(scenarioId, previousHead, r.revision);
    return true;
}

void WorkspaceBrowser::showMenu(const QPoint &pos)
{
    QTreeWidgetItem *item = m_tree->itemAt(pos);
    if (!item || !m_workspace)
        return;
    const qint64 id = item->data(0, IdRole).toLongLong();
    const int revision = item->data(0, RevisionRole).toInt();
    if (id <= 0)
        return;
    QMenu menu(this);
    menu.addAction(revision ? tr("Open revision %1").arg(revision) : tr("Open"), this,
                   [this, id, revision] { emit openRequested(id, revision); });
    if (revision != 0) {
        // An old revision becomes the newest again (a new revision with its content); the
        // history keeps everything in between.
        menu.addAction(tr("Restore revision %1 as the newest").arg(revision), this,
                       [this, id, revision] { restoreRevision(id, revision); });
    }
    if (revision == 0) {
        menu.addSeparator();
        menu.addAction(tr("Rename..."), this, [this, id, item] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("Rename scenario"), tr("New name:"),
                                                       QLineEdit::Normal, item->text(0), &ok);
            if (!ok || name.trimmed().isEmpty())
                return;
            const StorageStatus st = m_workspace->rename(id, name.trimmed());
            if (!st.ok())
                QMessageBox::warning(this, tr("Rename scenario"), st.message);
            reload();
        });
        menu.addAction(tr("Duplicate"), this, [this, id] {
            const auto r = m_workspace->duplicate(id);
            if (!r.ok())
                QMessageBox::warning(this, tr("Duplicate scenario"), r.status.message);
            reload();
        });
        menu.addAction(tr("Edit tags..."), this, [this, id, item] {
            bool ok = false;
            const QString tags = QInputDialog::getText(
                this, tr("Tags"), tr("Tags, separated by commas:"), QLineEdit::Normal,
                item->data(0, TagsRole).toStringList().join(QStringLiteral(", ")), &ok);
            if (!ok)
                return;
            QStringList list;
            for (const QString &t : tags.split(u','))
                if (!t.trimmed().isEmpty())
                    list << t.trimmed();
            const StorageStatus st = m_workspace->setTags(id, list);
            if (!st.ok())
                QMessageBox::warning(this, tr("Tags"), st.message);
            reload();
        });
        menu.addSeparator();
        menu.addAction(tr("Move to trash"), this, [this, id] {
            const StorageStatus st = m_workspace->moveToTrash(id);
            if (!st.ok())
                QMessageBox::warning(this, tr("Move to trash"), st.message);
            else
                emit statusMessage(tr("Moved to the trash"));
            reload();
        });
    }
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

void WorkspaceBrowser::showTrash()
{
    if (!m_workspace)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Trash"));
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(tr("Scenarios in the trash keep their whole history until the "
                                    "trash is emptied."),
                                 &dialog));
    auto *list = new QListWidget(&dialog);
    layout->addWidget(list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    QPushButton *restore = buttons->addButton(tr("Restore"), QDialogButtonBox::ActionRole);
    QPushButton *remove =
        buttons->addButton(tr("Delete permanently"), QDialogButtonBox::ActionRole);
    QPushButton *empty = buttons->addButton(tr("Empty trash"), QDialogButtonBox::DestructiveRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto fill = [this, list, restore, remove, empty] {
        list->clear();
        const auto trash = m_workspace->listTrash();
        if (trash.ok())
            for (const ScenarioSummary &s : *trash.value) {
                auto *item = new QListWidgetItem(
                    tr("%1 (%n revision(s))", nullptr, s.revisions).arg(s.name), list);
                item->setData(Qt::UserRole, s.id);
            }
        const bool ro = m_workspace->readOnly();
        restore->setEnabled(!ro && list->count() > 0);
        remove->setEnabled(!ro && list->count() > 0);
        empty->setEnabled(!ro && list->count() > 0);
        if (list->count() > 0)
            list->setCurrentRow(0);
    };
    fill();
    auto selectedId = [list]() -> qint64 {
        const QListWidgetItem *item = list->currentItem();
        return item ? item->data(Qt::UserRole).toLongLong() : 0;
    };
    connect(restore, &QPushButton::clicked, &dialog, [this, selectedId, fill, &dialog] {
        if (const qint64 id = selectedId()) {
            const StorageStatus st = m_workspace->restoreFromTrash(id);
            if (!st.ok())
                QMessageBox::warning(&dialog, tr("Restore"), st.message);
            fill();
            reload();
        }
    });
    connect(remove, &QPushButton::clicked, &dialog, [this, selectedId, fill, &dialog] {
        const qint64 id = selectedId();
        if (!id ||
            QMessageBox::question(&dialog, tr("Delete permanently"),
                                  tr("Delete this scenario and all its revisions for good?")) !=
                QMessageBox::Yes)
            return;
        const StorageStatus st = m_workspace->deleteFromTrash(id);
        if (!st.ok())
            QMessageBox::warning(&dialog, tr("Delete permanently"), st.message);
        fill();
    });
    connect(empty, &QPushButton::clicked, &dialog, [this, fill, &dialog] {
        if (QMessageBox::question(
                &dialog, tr("Empty trash"),
                tr("Delete every scenario in the trash and all its revisions for good?")) !=
            QMessageBox::Yes)
            return;
        const StorageStatus st = m_workspace->emptyTrash();
        if (!st.ok())
            QMessageBox::warning(&dialog, tr("Empty trash"), st.message);
        fill();
    });
    dialog.resize(520, 360);
    dialog.exec();
}

} // namespace fleetroi
