// SPDX-License-Identifier: GPL-3.0-or-later
// The hostile corpus (tests/data/hostile, made by tools/make_hostile_corpus.py) and a file of
// 16 MiB + 1 byte: each is refused by `validate`, `compute` and `workspace import` with exit
// code 2 and a message naming where the problem is, using under a second of CPU time and
// under 200 MiB of memory, and the workspace stays empty. The child's resource usage comes
// from wait4(), so a busy machine does not make the test flaky (CPU time, not wall time).
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <vector>

extern char **environ;

namespace {

const QString kHostile = QStringLiteral(FLEETROI_TEST_DATA_DIR "/hostile/");

struct Outcome
{
    int exitCode = -1;
    QByteArray err;
    double cpuSeconds = 0.0;
    double maxRssMiB = 0.0;
};

// Runs the CLI with stdout discarded and stderr captured in a file.
Outcome runCli(const QStringList &args, const QString &errPath)
{
    std::vector<QByteArray> storage;
    storage.push_back(QByteArrayLiteral(FLEETROI_APP_PATH));
    for (const QString &a : args)
        storage.push_back(a.toUtf8());
    std::vector<char *> argv;
    for (QByteArray &s : storage)
        argv.push_back(s.data());
    argv.push_back(nullptr);

    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    const QByteArray errFile = errPath.toUtf8();
    posix_spawn_file_actions_addopen(&actions, 2, errFile.constData(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0600);
    pid_t pid = 0;
    Outcome o;
    if (posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ) != 0) {
        posix_spawn_file_actions_destroy(&actions);
        return o;
    }
    posix_spawn_file_actions_destroy(&actions);
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) == pid && WIFEXITED(status))
        o.exitCode = WEXITSTATUS(status);
    o.cpuSeconds = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
                   double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
    o.maxRssMiB = double(usage.ru_maxrss) / 1024.0; // ru_maxrss is in KiB on Linux
    QFile f(errPath);
    if (f.open(QIODevice::ReadOnly))
        o.err = f.readAll();
    return o;
}

} // namespace

class TestHostileFiles : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_workspace;
    QString m_bigFile;
    int m_files = 0;
    double m_worstCpu = 0.0, m_worstRss = 0.0;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_workspace = m_dir.filePath(QStringLiteral("hostile.sqlite"));
        // 16 MiB + 1 byte: a valid scenario padded with spaces. Refused before parsing.
        QFile base(
            QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/neocloud-h100-lessor.fleetroi.json"));
        QVERIFY(base.open(QIODevice::ReadOnly));
        QByteArray big = base.readAll();
        big.append(QByteArray(16 * 1024 * 1024 + 1 - big.size(), ' '));
        m_bigFile = m_dir.filePath(QStringLiteral("16MiB-plus-1.fleetroi.json"));
        QFile out(m_bigFile);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QCOMPARE(out.write(big), qint64(big.size()));
        out.close();
        QCOMPARE(QFileInfo(m_bigFile).size(), qint64(16 * 1024 * 1024 + 1));
    }

    void refused_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("path");
        QFile tsv(kHostile + QStringLiteral("expect.tsv"));
        QVERIFY(tsv.open(QIODevice::ReadOnly));
        int rows = 0;
        while (!tsv.atEnd()) {
            const QString line = QString::fromUtf8(tsv.readLine()).chopped(1);
            if (line.isEmpty())
                continue;
            const QStringList parts = line.split(QLatin1Char('\t'));
            QTest::newRow(qPrintable(parts[0]))
                << kHostile + parts[0] + QStringLiteral(".fleetroi.json") << parts.value(1);
            ++rows;
        }
        QTest::newRow("16MiB-plus-1") << QString() << QString();
        QVERIFY(rows >= 100);
    }

    void refused()
    {
        QFETCH(QString, file);
        QFETCH(QString, path);
        if (file.isEmpty())
            file = m_bigFile;
        QVERIFY(QFileInfo::exists(file));
        const QString err = m_dir.filePath(QStringLiteral("stderr.txt"));
        const QList<QStringList> commands = {
            {QStringLiteral("validate"), file},
            {QStringLiteral("compute"), file, QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("--workspace"), m_workspace, QStringLiteral("workspace"),
             QStringLiteral("import"), file},
        };
        for (const QStringList &args : commands) {
            const Outcome o = runCli(args, err);
            const QString what = args.join(QLatin1Char(' ')) + QStringLiteral(" -> ") +
                                 QString::fromUtf8(o.err.left(400));
            QVERIFY2(o.exitCode == 2,
                     qPrintable(QStringLiteral("exit %1: ").arg(o.exitCode) + what));
            // "FILE: path: message" or, for a whole-file problem, "FILE: message" (which
            // names the line and column when the text is not valid JSON).
            QVERIFY2(o.err.contains(QByteArray(file.toUtf8() + ": ")), qPrintable(what));
            if (!path.isEmpty())
                QVERIFY2(o.err.contains(QByteArray(file.toUtf8() + ": " + path.toUtf8())), qPrintable(what));
            QVERIFY2(o.cpuSeconds < 1.0,
                     qPrintable(QStringLiteral("%1 s CPU: ").arg(o.cpuSeconds) + what));
            QVERIFY2(o.maxRssMiB < 200.0,
                     qPrintable(QStringLiteral("%1 MiB: ").arg(o.maxRssMiB) + what));
            m_worstCpu = std::max(m_worstCpu, o.cpuSeconds);
            m_worstRss = std::max(m_worstRss, o.maxRssMiB);
        }
        ++m_files;
    }

    // Nothing was written by any refused import.
    void workspaceStaysEmpty()
    {
        const QString err = m_dir.filePath(QStringLiteral("stderr.txt"));
        const QString out = m_dir.filePath(QStringLiteral("list.json"));
        QProcess p;
        p.start(QStringLiteral(FLEETROI_APP_PATH),
                {QStringLiteral("--workspace"), m_workspace, QStringLiteral("workspace"),
                 QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        QCOMPARE(p.readAllStandardOutput().simplified().replace(' ', QByteArray()), QByteArray("[]"));
        Q_UNUSED(err);
        Q_UNUSED(out);
        qInfo("hostile: %d files refused by validate, compute and workspace import; worst %.3f s "
              "CPU, %.1f MiB",
              m_files, m_worstCpu, m_worstRss);
    }
};

QTEST_GUILESS_MAIN(TestHostileFiles)
#include "test_hostile_files.moc"
