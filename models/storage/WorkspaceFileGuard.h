// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps a process that has a workspace open from opening that workspace's files with a
// second descriptor.
//
// SQLite's locks are POSIX advisory locks, owned by the process: closing ANY descriptor on
// the database file, anywhere in the process (reading it as an "import", a file dialog
// sniffing its type), silently drops the locks SQLite holds on it. Another process then
// believes it is alone, checkpoints and deletes the WAL, and the revisions this process saves
// afterwards go to a deleted file (sqlite.org, "How To Corrupt An SQLite Database File",
// section 2.2). Writing over the file (an export to the wrong path) replaces it outright.
//
// Every Workspace registers the file it opens here; every entry point that reads or writes a
// user-chosen file asks checkUserFile() first. Files are compared by device and inode, so a
// hard link, a symbolic link of another name or a different spelling of the path is caught
// as well as the path itself. The check uses stat() only: it never opens the file.
//
// docs/SECURITY.md lists the entry points and how each is guarded.
#pragma once

#include "StorageStatus.h"

#include <QString>

namespace fleetroi {

class WorkspaceFileGuard
{
public:
    enum class Access
    {
        Read,
        Write
    };

    // Called by Workspace::open()/close(): `workspaceFile` (absolute) is open in this
    // process. Counted, so two Workspace objects on one file register it twice. Thread-safe.
    static void registerWorkspace(const QString &workspaceFile);
    static void unregisterWorkspace(const QString &workspaceFile);

    // ok() when `userFile` is none of the files of a workspace open in this process: the
    // database itself or SQLite's "-wal", "-shm" and "-journal" files beside it, under any
    // name. Otherwise Code::Invalid with a message naming the file. A file that does not
    // exist (yet) is ok: it cannot be one of them. Thread-safe; never opens a file.
    static StorageStatus checkUserFile(const QString &userFile, Access access = Access::Read);

    // True when `file` is `workspaceFile` or one of its -wal, -shm, -journal files (same
    // device and inode; on systems without inodes, the same canonical path).
    static bool isWorkspaceFile(const QString &file, const QString &workspaceFile);

    // The suffixes SQLite appends to the database name for its companion files.
    static const QStringList &companionSuffixes();
};

} // namespace fleetroi
