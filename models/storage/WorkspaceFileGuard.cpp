// SPDX-License-Identifier: GPL-3.0-or-later
#include "WorkspaceFileGuard.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>
#include <QStringList>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace fleetroi {

namespace {

// The identity of a file: device and inode where the system has them, else the canonical
// path (empty = no such file).
struct FileId
{
    bool exists = false;
#ifdef Q_OS_UNIX
    dev_t device = 0;
    ino_t inode = 0;
#else
    QString canonical;
#endif

    bool operator==(const FileId &o) const
    {
#ifdef Q_OS_UNIX
        return exists && o.exists && device == o.device && inode == o.inode;
#else
        return exists && o.exists && canonical.compare(o.canonical, Qt::CaseInsensitive) == 0;
#endif
    }
};

// stat() follows symbolic links, so a link of another name resolves to its target; it never
// opens the file (opening and closing is exactly what drops SQLite's locks).
FileId fileId(const QString &path)
{
    FileId id;
    if (path.isEmpty())
        return id;
#ifdef Q_OS_UNIX
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) == 0) {
        id.exists = true;
        id.device = st.st_dev;
        id.inode = st.st_ino;
    }
#else
    id.canonical = QFileInfo(path).canonicalFilePath();
    id.exists = !id.canonical.isEmpty();
#endif
    return id;
}

struct Registered
{
    int count = 0;
    FileId database; // as it was at open: still caught after the file is renamed
};

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QHash<QString, Registered> &registry()
{
    static QHash<QString, Registered> files;
    return files;
}

} // namespace

const QStringList &WorkspaceFileGuard::companionSuffixes()
{
    static const QStringList suffixes{QStringLiteral("-wal"), QStringLiteral("-shm"),
                                      QStringLiteral("-journal")};
    return suffixes;
}

void WorkspaceFileGuard::registerWorkspace(const QString &workspaceFile)
{
    const QString path = QFileInfo(workspaceFile).absoluteFilePath();
    const FileId id = fileId(path);
    QMutexLocker lock(&registryMutex());
    Registered &r = registry()[path];
    ++r.count;
    if (id.exists)
        r.database = id;
}

void WorkspaceFileGuard::unregisterWorkspace(const QString &workspaceFile)
{
    const QString path = QFileInfo(workspaceFile).absoluteFilePath();
    QMutexLocker lock(&registryMutex());
    auto it = registry().find(path);
    if (it != registry().end() && --it->count <= 0)
        registry().erase(it);
}

bool WorkspaceFileGuard::isWorkspaceFile(const QString &file, const QString &workspaceFile)
{
    const FileId id = fileId(file);
    if (!id.exists)
        return false;
    if (id == fileId(workspaceFile))
        return true;
    for (const QString &suffix : companionSuffixes())
        if (id == fileId(workspaceFile + suffix))
            return true;
    return false;
}

StorageStatus WorkspaceFileGuard::checkUserFile(const QString &userFile, Access access)
{
    const FileId id = fileId(userFile);
    if (!id.exists)
        return {};
    QList<std::pair<QString, FileId>> open;
    {
        QMutexLocker lock(&registryMutex());
        for (auto it = registry().cbegin(); it != registry().cend(); ++it)
            open.append({it.key(), it->database});
    }
    for (const auto &[workspace, database] : open) {
        if (!(id == database) && !isWorkspaceFile(userFile, workspace))
            continue;
        const QString file = QDir::toNativeSeparators(QFileInfo(userFile).absoluteFilePath());
        const QString ws = QDir::toNativeSeparators(workspace);
        return StorageStatus::failure(
            StorageStatus::Code::Invalid,
            access == Access::Read
                ? QStringLiteral(
                      "%1 is the workspace file FleetROI has open (%2), or one of SQLite's "
                      "files beside it. It is not a scenario or data file, and FleetROI does "
                      "not read it: opening it a second time would release the workspace's "
                      "locks and could lose revisions.")
                      .arg(file, ws)
                : QStringLiteral(
                      "%1 is the workspace file FleetROI has open (%2), or one of SQLite's "
                      "files beside it. Writing to it would destroy the workspace: choose "
                      "another file name.")
                      .arg(file, ws));
    }
    return {};
}

} // namespace fleetroi
