// SPDX-License-Identifier: GPL-3.0-or-later
// A file is written whole or not at all; the old file survives a failed write.
#include "AtomicFileWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace fleetroi;

namespace {
QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestAtomicFileWriter : public QObject
{
    Q_OBJECT

private slots:
    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("a.fleetroi.json"));
        QVERIFY(AtomicFileWriter::writeFile(path, "first").ok());
        QCOMPARE(readAll(path), QByteArray("first"));
        const QByteArray big(3 * 1024 * 1024, 'b');
        QVERIFY(AtomicFileWriter::writeFile(path, big).ok());
        QCOMPARE(readAll(path), big);
        QVERIFY(AtomicFileWriter::writeFile(path, QByteArray()).ok());
        QCOMPARE(readAll(path), QByteArray());
    }

    void failsClearlyWhenTheFolderIsMissing()
    {
        QTemporaryDir dir;
        StorageStatus s =
            AtomicFileWriter::writeFile(dir.filePath(QStringLiteral("no/such/x.json")), "x");
        QVERIFY(!s.ok());
        QVERIFY(s.message.contains(QStringLiteral("Could not write")));
    }

    // A full disk, simulated with the file size limit: the write fails part-way (a short
    // write, then EFBIG). The old file must stay whole and no temporary file may remain.
    void aShortWriteLeavesTheOldFileAlone()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("keep.fleetroi.json"));
        const QByteArray old(3000, 'o');
        QVERIFY(AtomicFileWriter::writeFile(path, old).ok());

        std::signal(SIGXFSZ, SIG_IGN); // report EFBIG instead of killing the process
        rlimit saved{};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
        rlimit small = saved;
        small.rlim_cur = 10000;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const StorageStatus s = AtomicFileWriter::writeFile(path, QByteArray(100000, 'n'));
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &saved), 0);

        QVERIFY(!s.ok());
        QVERIFY2(s.message.contains(QStringLiteral("left as it was")), qPrintable(s.message));
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
                 QStringList{QStringLiteral("keep.fleetroi.json")});
    }
};

QTEST_GUILESS_MAIN(TestAtomicFileWriter)
#include "test_atomic_file_writer.moc"
