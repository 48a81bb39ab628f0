// SPDX-License-Identifier: GPL-3.0-or-later
#include "AtomicFileWriter.h"

#include "WorkspaceFileGuard.h"

#include <QSaveFile>

namespace fleetroi {

namespace {
StorageStatus fail(QSaveFile &file, const QString &filePath, const QString &reason)
{
    file.cancelWriting();
    return StorageStatus::failure(
        StorageStatus::Code::Failed,
        QStringLiteral("Could not write %1: %2. The file was left as it was.")
            .arg(filePath, reason));
}
} // namespace

StorageStatus AtomicFileWriter::writeFile(const QString &filePath, const QByteArray &bytes)
{
    // Renaming a new file over an open workspace (or its -wal) would leave SQLite writing to
    // a deleted file: every later save would be lost.
    const StorageStatus guard =
        WorkspaceFileGuard::checkUserFile(filePath, WorkspaceFileGuard::Access::Write);
    if (!guard.ok())
        return guard;
    QSaveFile file(filePath);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            QStringLiteral("Could not write %1: %2").arg(filePath, file.errorString()));

    qint64 written = 0;
    while (written < bytes.size()) {
        const qint64 n = file.write(bytes.constData() + written, bytes.size() - written);
        if (n <= 0) {
            // A short write returned some bytes; the next one returns the error (ENOSPC,
            // EFBIG, EIO). Zero progress is an error too: never loop forever.
            return fail(file, filePath,
                        n < 0 ? file.errorString() : QStringLiteral("no bytes could be written"));
        }
        written += n;
    }
    if (file.error() != QFileDevice::NoError)
        return fail(file, filePath, file.errorString());
    if (file.size() != bytes.size())
        return fail(file, filePath,
                    QStringLiteral("only %1 of %2 bytes reached the disk")
                        .arg(file.size())
                        .arg(bytes.size()));
    if (!file.commit())
        return StorageStatus::failure(StorageStatus::Code::Failed,
                                      QStringLiteral("Could not write %1: %2. The file was left "
                                                     "as it was.")
                                          .arg(filePath, file.errorString()));
    return {};
}

} // namespace fleetroi
