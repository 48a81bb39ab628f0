// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a whole file or nothing: the old file stays as it was unless the new one was
// written completely. QSaveFile alone is not enough: measured here, on a full disk it
// reports success after a single short write and then replaces the old file with a
// truncated one. So the file is opened unbuffered (write() returns what reached the file,
// not what reached a buffer), every write's return value is checked, the size of the
// temporary file is compared with what was meant to be written, and commit() is checked.
#pragma once

#include "StorageStatus.h"

#include <QByteArray>
#include <QString>

namespace fleetroi {

class AtomicFileWriter
{
public:
    static StorageStatus writeFile(const QString &filePath, const QByteArray &bytes);
};

} // namespace fleetroi
