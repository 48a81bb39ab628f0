// SPDX-License-Identifier: GPL-3.0-or-later
#include "FileDialogs.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QMimeDatabase>

namespace fleetroi {

NameOnlyIconProvider::NameOnlyIconProvider()
    : m_folder(QFileIconProvider::icon(Folder))
    , m_file(QFileIconProvider::icon(File))
    , m_drive(QFileIconProvider::icon(Drive))
{
    // No custom folder icons either: they would be read from a file inside the folder.
    setOptions(DontUseCustomDirectoryIcons);
}

QIcon NameOnlyIconProvider::icon(IconType type) const
{
    switch (type) {
    case Folder:
        return m_folder;
    case Drive:
        return m_drive;
    case File:
        return m_file;
    default:
        return QFileIconProvider::icon(type);
    }
}

QIcon NameOnlyIconProvider::icon(const QFileInfo &info) const
{
    // isDir() and isRoot() are stat() calls, not reads.
    if (info.isRoot())
        return m_drive;
    return info.isDir() ? m_folder : m_file;
}

QString NameOnlyIconProvider::type(const QFileInfo &info) const
{
    if (info.isDir())
        return QCoreApplication::translate("fleetroi::FileDialogs", "Folder");
    const QString name = info.fileName();
    if (name.endsWith(QLatin1String(".fleetroi.json"), Qt::CaseInsensitive))
        return QCoreApplication::translate("fleetroi::FileDialogs", "FleetROI scenario");
    static const QMimeDatabase db;
    // MatchExtension: the name alone decides; the file is never opened.
    const QMimeType mime = db.mimeTypeForFile(name, QMimeDatabase::MatchExtension);
    if (mime.isDefault() || mime.comment().isEmpty())
        return QCoreApplication::translate("fleetroi::FileDialogs", "File");
    return mime.comment();
}

namespace fileDialogs {

void makeSafe(QFileDialog &dialog, NameOnlyIconProvider &provider)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    // Before the dialog lists anything: the model asks the provider for every entry.
    dialog.setIconProvider(&provider);
}

namespace {

QStringList run(QWidget *parent, const QString &caption, const QString &directory,
                const QString &filter, QFileDialog::AcceptMode mode, QFileDialog::FileMode fileMode,
                QFileDialog::Options options, QString *selectedFilter = nullptr)
{
    NameOnlyIconProvider provider;
    QFileDialog dialog(parent, caption);
    makeSafe(dialog, provider);
    dialog.setOptions(dialog.options() | options);
    dialog.setAcceptMode(mode);
    dialog.setFileMode(fileMode);
    dialog.setNameFilter(filter);
    const QFileInfo where(directory);
    if (!directory.isEmpty()) {
        if (where.isDir()) {
            dialog.setDirectory(directory);
        } else {
            dialog.setDirectory(where.absolutePath());
            // selectFile() only fills in the name; nothing is read.
            dialog.selectFile(where.fileName());
        }
    }
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles();
}

} // namespace

QStringList openFileNames(QWidget *parent, const QString &caption, const QString &directory,
                          const QString &filter)
{
    return run(parent, caption, directory, filter, QFileDialog::AcceptOpen,
               QFileDialog::ExistingFiles, {});
}

QString openFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter)
{
    const QStringList files = run(parent, caption, directory, filter, QFileDialog::AcceptOpen,
                                  QFileDialog::ExistingFile, {});
    return files.isEmpty() ? QString() : files.constFirst();
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &directory,
                     const QString &filter, QString *selectedFilter, QFileDialog::Options options)
{
    const QStringList files = run(parent, caption, directory, filter, QFileDialog::AcceptSave,
                                  QFileDialog::AnyFile, options, selectedFilter);
    return files.isEmpty() ? QString() : files.constFirst();
}

} // namespace fileDialogs

} // namespace fleetroi
