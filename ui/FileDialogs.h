// SPDX-License-Identifier: GPL-3.0-or-later
// The app's file dialogs: Qt's own (non-native) dialog with an icon provider that never reads
// a file.
//
// A file dialog lists a folder; to show an icon and a "Type" for each entry, Qt's default
// icon provider asks QMimeDatabase, which opens and reads any file whose name does not settle
// its type, such as "workspace.sqlite-wal". In a process with a workspace open that read drops
// SQLite's locks (WorkspaceFileGuard.h), so merely browsing the workspace's folder could cost
// revisions. These dialogs guess icons and types from the file name only. Native dialogs are
// not used because what they read is out of our hands (GTK's sniffs content as well).
//
// Every dialog in ui/ and app/ goes through these functions.
#pragma once

#include <QFileDialog>
#include <QFileIconProvider>
#include <QIcon>
#include <QString>
#include <QStringList>

class QWidget;

namespace fleetroi {

// Icons and types by name only (QMimeDatabase::MatchExtension): never opens a file. Its
// functions are called from the file system model's gatherer thread; they use nothing but
// the name, QMimeDatabase (thread-safe) and icons made in the constructor.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    NameOnlyIconProvider();
    QIcon icon(IconType type) const override;
    QIcon icon(const QFileInfo &info) const override;
    QString type(const QFileInfo &info) const override;

private:
    QIcon m_folder;
    QIcon m_file;
    QIcon m_drive;
};

namespace fileDialogs {

// The equivalents of QFileDialog's static functions; an empty result means cancelled.
QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                          const QString &filter);
QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter);
QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter, QString *selectedFilter = nullptr,
                     QFileDialog::Options options = {});

// Applies the settings above to a dialog built by hand (non-native, name-only icons).
// `provider` must outlive the dialog.
void makeSafe(QFileDialog &dialog, NameOnlyIconProvider &provider);

} // namespace fileDialogs

} // namespace fleetroi
