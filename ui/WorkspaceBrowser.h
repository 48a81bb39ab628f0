// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace on the left of the window: scenarios (by folder), their tags and their
// revisions. Double-click opens; the context menu renames, duplicates, tags and trashes.
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTreeWidget;
class QTreeWidgetItem;

namespace fleetroi {

class Workspace;

class WorkspaceBrowser : public QWidget
{
    Q_OBJECT
public:
    // The trash: restore, delete permanently or empty (a dialog).
    void showTrash();
    explicit WorkspaceBrowser(QWidget *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();
    QTreeWidget *tree() const { return m_tree; }
    // Makes an old revision of a scenario the newest (a new revision with its content);
    // emits revisionRestored(). False (after telling the user why) when it failed.
    bool restoreRevision(qint64 scenarioId, int revision);

signals:
    // revision 0 = the newest.
    void openRequested(qint64 scenarioId, int revision);
    void statusMessage(const QString &text);
    // `revision` of the scenario was restored as `newRevision`, on top of `previousHead`:
    // editors showing previousHead now show an outdated revision.
    void revisionRestored(qint64 scenarioId, int previousHead, int newRevision);

private:
    void applyFilter();
    void fillRevisions(QTreeWidgetItem *item);
    void showMenu(const QPoint &pos);

    QPointer<Workspace> m_workspace;
    QLineEdit *m_filter = nullptr;
    QComboBox *m_tag = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace fleetroi
