// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace shared by the running app and the command line (issue 12).
//
// This process plays the app: a MainWindow (offscreen) with a workspace open. A second
// process is the `fleetroi workspace` command line; `sqlite3` is a third program.
//
//  - asked to open the workspace file itself (its own path, a hard link, a symbolic link of
//    another name, its -wal), the app refuses with a message naming the file and never opens
//    it: an inotify watch on the workspace's files sees no open at all (any open and close
//    by this process would drop SQLite's POSIX locks: sqlite.org "How To Corrupt", 2.2);
//  - the same while the app's File > Open dialog lists the workspace's folder;
//  - afterwards a second process lists and imports, this process saves a revision, both see
//    every revision, integrity_check passes, and this process never holds a descriptor on a
//    deleted -wal or -shm (what happens once the locks are gone and the other process
//    checkpoints and deletes the WAL);
//  - a scenario imported from the command line appears in the app's browser within 2 s;
//  - the read-only commands answer while `sqlite3` holds BEGIN IMMEDIATE on the file.
#include "AppSettings.h"
#include "AppTestHelpers.h"
#include "MainWindow.h"
#include "ScenarioDocument.h"
#include "ScenarioView.h"
#include "Workspace.h"
#include "WorkspaceBrowser.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

#include <map>

using namespace fleetroi;
using fleetroi_test::browserShows;
using fleetroi_test::MessageCatcher;

namespace {

const QString kApp = QStringLiteral(FLEETROI_APP_PATH);
const QString kExamples = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples");
const QString kNeocloudFile = kExamples + QStringLiteral("/neocloud-h100-lessor.fleetroi.json");
const QString kHyperFile = kExamples + QStringLiteral("/hyperscaler-surplus-leasing.fleetroi.json");
const QString kNeocloud = QStringLiteral("Neocloud leasing 4,096 H100s");

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    qint64 ms = 0;
};

// Runs the command line while this process keeps its event loop going (the app's timers,
// file watchers and the browser keep working as they would in the real app).
Run runApp(const QStringList &args, int timeoutMs = 60000)
{
    QProcess p;
    QElapsedTimer timer;
    timer.start();
    p.start(kApp, args);
    Run r;
    if (!p.waitForStarted(10000))
        return r;
    while (p.state() != QProcess::NotRunning && timer.elapsed() < timeoutMs)
        QTest::qWait(10);
    r.ms = timer.elapsed();
    if (p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList workspaceArgs(const QString &ws, const QStringList &rest)
{
    return QStringList{QStringLiteral("--workspace"), ws, QStringLiteral("workspace")} + rest;
}

#ifdef Q_OS_LINUX
// Every open() of the watched files by anyone (they are watched by inode, so through any
// name). Only this process runs while a watch is counted.
class OpenWatch
{
public:
    explicit OpenWatch(const QStringList &files)
    {
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        for (const QString &f : files)
            if (QFileInfo::exists(f))
                inotify_add_watch(m_fd, QFile::encodeName(f).constData(), IN_OPEN);
    }
    ~OpenWatch() { ::close(m_fd); }
    // Opens seen since the last call.
    int opens()
    {
        int n = 0;
        alignas(inotify_event) char buffer[4096];
        for (;;) {
            const ssize_t len = ::read(m_fd, buffer, sizeof buffer);
            if (len <= 0)
                break;
            for (ssize_t i = 0; i < len;) {
                const auto *e = reinterpret_cast<const inotify_event *>(buffer + i);
                if (e->mask & IN_OPEN)
                    ++n;
                i += ssize_t(sizeof(inotify_event) + e->len);
            }
        }
        return n;
    }

private:
    int m_fd = -1;
};
#endif

// This process's descriptors on the workspace's files: fd -> link target.
std::map<int, QString> descriptorsOn(const QString &workspace)
{
    // /proc shows resolved paths (realpath() reads links; it opens nothing).
    const QString ws = QFileInfo(QFileInfo(workspace).absolutePath()).canonicalFilePath() +
                       QLatin1Char('/') + QFileInfo(workspace).fileName();
    std::map<int, QString> out;
    const QDir fds(QStringLiteral("/proc/self/fd"));
    for (const QString &name :
         fds.entryList(QDir::AllEntries | QDir::System | QDir::NoDotAndDotDot)) {
        const QString target = QFileInfo(fds.filePath(name)).symLinkTarget();
        if (target.startsWith(ws))
            out[name.toInt()] = target;
    }
    return out;
}

} // namespace

class TestWorkspaceSharedUse : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // The part both process tests share, after the app was asked to read its own files:
    // a second process lists, imports and exits; this process saves a revision; every
    // revision is visible to both; integrity_check passes; no descriptor on a deleted file.
    void shareAndVerify(MainWindow &window, const QString &ws,
                        const std::map<int, QString> &sqliteOwn)
    {
        auto noDeletedDescriptors = [&] {
            for (const auto &[fd, target] : descriptorsOn(ws))
                QVERIFY2(!target.contains(QLatin1String("(deleted)")),
                         qPrintable(QStringLiteral("fd %1 -> %2").arg(fd).arg(target)));
        };
        noDeletedDescriptors();
        // Only SQLite's own descriptors point at the workspace.
        for (const auto &[fd, target] : descriptorsOn(ws))
            QVERIFY2(sqliteOwn.count(fd) && sqliteOwn.at(fd) == target,
                     qPrintable(QStringLiteral("new fd %1 -> %2").arg(fd).arg(target)));

        Run r = runApp(workspaceArgs(ws, {QStringLiteral("list")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(r.out.contains(kNeocloud.toUtf8()));
        r = runApp(workspaceArgs(ws, {QStringLiteral("import"), kHyperFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        noDeletedDescriptors();

        // The app saves a revision of the scenario the command line created first.
        const auto found = window.workspace()->findByName(kNeocloud);
        QVERIFY2(found.ok(), qPrintable(found.status.message));
        ScenarioView *v = window.openWorkspaceScenario(found.value->id, 0);
        QVERIFY(v);
        QVERIFY(v->document()->setValue(QStringLiteral("finance.discount_rate"), 0.1));
        QVERIFY(window.saveRevision(v, QStringLiteral("saved by the app")));
        const int appRevision = int(v->document()->workspaceRevisionId());
        QCOMPARE(appRevision, 2);
        noDeletedDescriptors();

        // The command line sees the app's revision ...
        r = runApp(workspaceArgs(ws, {QStringLiteral("history"), kNeocloud,
                                      QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject().value(QStringLiteral("comment")).toString(),
                 QStringLiteral("saved by the app"));
        // ... and the app sees the command line's import.
        const auto list = window.workspace()->listScenarios();
        QVERIFY(list.ok());
        QCOMPARE(list.value->size(), 2);
        noDeletedDescriptors();

        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {ws, QStringLiteral("PRAGMA integrity_check;")});
        QVERIFY2(sqlite.waitForFinished(30000), "sqlite3 (Debian package sqlite3) is needed");
        QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray("ok"));
    }

    // Starts `sqlite3 ws` holding BEGIN IMMEDIATE (the write lock) until releaseWriteLock().
    void holdWriteLock(QProcess &holder, const QString &ws, const QString &marker)
    {
        holder.start(QStringLiteral("sqlite3"), {ws});
        QVERIFY2(holder.waitForStarted(10000), "sqlite3 (Debian package sqlite3) is needed");
        holder.write(QStringLiteral("BEGIN IMMEDIATE;\n.system touch '%1'\n").arg(marker).toUtf8());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 10000);
    }

    void releaseWriteLock(QProcess &holder)
    {
        holder.write("ROLLBACK;\n.quit\n");
        holder.closeWriteChannel();
        QVERIFY(holder.waitForFinished(10000));
    }

    // After the app has closed the workspace: every revision is in the file.
    void verifyAfterClose(const QString &ws)
    {
        Run r = runApp(workspaceArgs(
            ws, {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 2);
        int revisions = 0;
        for (const QJsonValue &v : list)
            revisions += v.toObject().value(QStringLiteral("revisions")).toInt();
        QCOMPARE(revisions, 3);
        QProcess sqlite;
        sqlite.start(QStringLiteral("sqlite3"), {ws, QStringLiteral("PRAGMA integrity_check;")});
        QVERIFY(sqlite.waitForFinished(30000));
        QCOMPARE(sqlite.readAllStandardOutput().trimmed(), QByteArray("ok"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
#ifndef Q_OS_LINUX
        QSKIP("Uses inotify and /proc/self/fd");
#endif
    }

    void init()
    {
        settings::recentFiles.setValue({});
        settings::lastDirectory.setValue({});
    }

    void theAppNeverReadsItsOwnWorkspace()
    {
#ifdef Q_OS_LINUX
        const QString dir = m_dir.filePath(QStringLiteral("own"));
        QVERIFY(QDir().mkpath(dir));
        const QString ws = dir + QStringLiteral("/W.sqlite");
        Run r = runApp(workspaceArgs(ws, {QStringLiteral("import"), kNeocloudFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        const QString hardLink = dir + QStringLiteral("/linked.fleetroi.json");
        const QString symLink = dir + QStringLiteral("/other-name.fleetroi.json");
        QVERIFY(::link(QFile::encodeName(ws).constData(),
                       QFile::encodeName(hardLink).constData()) == 0);
        QVERIFY(QFile::link(ws, symLink));

        {
            MessageCatcher messages;
            MainWindow window;
            QVERIFY(window.openWorkspace(ws));
            window.show();
            QTest::qWait(100);
            const std::map<int, QString> sqliteOwn = descriptorsOn(ws);
            QVERIFY(!sqliteOwn.empty());
            OpenWatch watch({ws, ws + QStringLiteral("-wal"), ws + QStringLiteral("-shm")});

            const QStringList asked{ws, hardLink, symLink, ws + QStringLiteral("-wal")};
            for (const QString &path : asked) {
                messages.texts.clear();
                QVERIFY(!window.openPath(path));
                QTRY_VERIFY(!messages.texts.isEmpty());
                QVERIFY2(messages.texts.constFirst().contains(QFileInfo(path).fileName()),
                         qPrintable(messages.texts.constFirst()));
                QVERIFY2(watch.opens() == 0,
                         qPrintable(QStringLiteral("the app opened %1").arg(path)));
            }
            // The command line refuses it too (it has the workspace open while importing).
            r = runApp(workspaceArgs(ws, {QStringLiteral("import"), symLink}));
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains("other-name.fleetroi.json") && r.err.contains("workspace"),
                     r.err.constData());
            (void)watch.opens(); // that was the other process

            shareAndVerify(window, ws, sqliteOwn);
        }
        verifyAfterClose(ws);
#endif
    }

    void aFileDialogOnTheWorkspaceFolderReadsNothing()
    {
#ifdef Q_OS_LINUX
        const QString dir = m_dir.filePath(QStringLiteral("dialog"));
        QVERIFY(QDir().mkpath(dir));
        const QString ws = dir + QStringLiteral("/W.sqlite");
        Run r = runApp(workspaceArgs(ws, {QStringLiteral("import"), kNeocloudFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        settings::lastDirectory.setValue(dir);
        {
            MainWindow window;
            QVERIFY(window.openWorkspace(ws));
            window.show();
            QTest::qWait(100);
            const std::map<int, QString> sqliteOwn = descriptorsOn(ws);
            OpenWatch watch({ws, ws + QStringLiteral("-wal"), ws + QStringLiteral("-shm")});

            QAction *open = nullptr;
            for (QAction *a : window.findChildren<QAction *>())
                if (a->shortcut() == QKeySequence(QKeySequence::Open))
                    open = a;
            QVERIFY(open);
            int rows = -1;
            int opensWhileShown = -1;
            bool sawDialog = false;
            QTimer::singleShot(0, &window, [&] {
                auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                sawDialog = true;
                dialog->setViewMode(QFileDialog::Detail);
                dialog->setDirectory(dir);
                dialog->selectNameFilter(dialog->nameFilters().constLast()); // "All files (*)"
                auto *model = dialog->findChild<QFileSystemModel *>();
                if (model) {
                    // Wait for the listing, then ask for what a view paints: name, size,
                    // type and icon of every entry.
                    const QModelIndex root = model->index(dir);
                    QElapsedTimer t;
                    t.start();
                    while (model->rowCount(root) < 3 && t.elapsed() < 5000)
                        QTest::qWait(20);
                    rows = model->rowCount(root);
                    for (int i = 0; i < rows; ++i)
                        for (int c = 0; c < model->columnCount(root); ++c) {
                            (void)model->data(model->index(i, c, root), Qt::DisplayRole);
                            (void)model->data(model->index(i, c, root), Qt::DecorationRole);
                        }
                }
                QTest::qWait(1500); // the gatherer thread fetches types and icons
                opensWhileShown = watch.opens();
                dialog->reject();
            });
            open->trigger();
            QVERIFY(sawDialog);
            QVERIFY2(rows >= 3, "the dialog listed the workspace's folder");
            QVERIFY2(opensWhileShown == 0,
                     qPrintable(QStringLiteral("the file dialog opened the workspace's files "
                                               "%1 times")
                                    .arg(opensWhileShown)));
            shareAndVerify(window, ws, sqliteOwn);
        }
        verifyAfterClose(ws);
#endif
    }

    // A scenario imported from the command line shows in the app's browser within 2 s;
    // restoring a revision reloads the open tab, so the next save is no false conflict.
    void outsideChangesAndRestoresReachTheApp()
    {
        const QString dir = m_dir.filePath(QStringLiteral("refresh"));
        QVERIFY(QDir().mkpath(dir));
        const QString ws = dir + QStringLiteral("/W.sqlite");
        Run r = runApp(workspaceArgs(ws, {QStringLiteral("import"), kNeocloudFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        MessageCatcher messages;
        MainWindow window;
        QVERIFY(window.openWorkspace(ws));
        window.show();
        QVERIFY(browserShows(window, kNeocloud));

        r = runApp(workspaceArgs(ws, {QStringLiteral("import"), kHyperFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QRegularExpression added(QStringLiteral("added '(.+)' \\(id"));
        const QString hyper = added.match(QString::fromUtf8(r.out)).captured(1);
        QVERIFY2(!hyper.isEmpty(), r.out.constData());
        QElapsedTimer sinceImport;
        sinceImport.start();
        QTRY_VERIFY_WITH_TIMEOUT(browserShows(window, hyper), 2000);
        qInfo("the browser showed the import after %lld ms", qlonglong(sinceImport.elapsed()));

        // Revision 2 saved in the app, then revision 1 restored from the browser.
        const qint64 id = window.workspace()->findByName(kNeocloud).value->id;
        ScenarioView *v = window.openWorkspaceScenario(id, 0);
        QVERIFY(v);
        const double originalRate = v->document()->scenario().finance.discountRate;
        QVERIFY(v->document()->setValue(QStringLiteral("finance.discount_rate"), 0.1));
        QVERIFY(window.saveRevision(v, QStringLiteral("10 %")));
        auto *browser = window.findChild<WorkspaceBrowser *>();
        QVERIFY(browser->restoreRevision(id, 1));
        // The tab now shows revision 3 (= revision 1's content), not the stale revision 2.
        v = window.currentView();
        QVERIFY(v);
        QCOMPARE(v->document()->workspaceScenarioId(), id);
        QCOMPARE(v->document()->workspaceRevisionId(), qint64(3));
        QCOMPARE(v->document()->scenario().finance.discountRate, originalRate);
        QVERIFY(!v->document()->isModified());
        // Saving on top of it is no conflict.
        QVERIFY(v->document()->setValue(QStringLiteral("finance.discount_rate"), 0.111));
        messages.texts.clear();
        QVERIFY(window.saveRevision(v, QStringLiteral("11.1 %")));
        QVERIFY2(messages.texts.isEmpty(), qPrintable(messages.texts.join(u'|')));
        QCOMPARE(v->document()->workspaceRevisionId(), qint64(4));
    }

    // A correctness property, not a speed goal: without a write transaction a reader never
    // waits for the write lock; with one it waits the 10 s busy timeout and then fails.
    // 2 s is a generous bound for "at once" on a loaded machine.
    void readersAnswerWhileAnotherProgramHoldsTheWriteLock()
    {
        const QString dir = m_dir.filePath(QStringLiteral("locked"));
        QVERIFY(QDir().mkpath(dir));
        const QString ws = dir + QStringLiteral("/W.sqlite");
        Run r = runApp(workspaceArgs(ws, {QStringLiteral("import"), kNeocloudFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runApp(workspaceArgs(ws, {QStringLiteral("import"), QStringLiteral("--on-clash"),
                                      QStringLiteral("new-revision"), kHyperFile}));
        QVERIFY2(r.exitCode == 0, r.err.constData());

        QProcess holder;
        holdWriteLock(holder, ws, dir + QStringLiteral("/locked.marker"));

        const QString exported = dir + QStringLiteral("/out.fleetroi.json");
        const QList<QStringList> readers{
            {QStringLiteral("list")},
            {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")},
            {QStringLiteral("history"), kNeocloud},
            {QStringLiteral("export"), kNeocloud, QStringLiteral("-o"), exported},
            {QStringLiteral("diff"), kNeocloud, QStringLiteral("1"), QStringLiteral("1")},
        };
        for (const QStringList &args : readers) {
            r = runApp(workspaceArgs(ws, args));
            QVERIFY2(r.exitCode == 0,
                     qPrintable(args.join(u' ') + QStringLiteral(": ") + QString::fromUtf8(r.err)));
            QVERIFY2(r.ms < 2000,
                     qPrintable(QStringLiteral("%1 took %2 ms").arg(args.join(u' ')).arg(r.ms)));
            QVERIFY2(r.err.isEmpty(), r.err.constData());
        }
        QVERIFY(QFileInfo::exists(exported));

        // The app opens it and its browser lists the scenarios at once, too.
        {
            QElapsedTimer t;
            t.start();
            MainWindow window;
            QVERIFY(window.openWorkspace(ws));
            QVERIFY(!window.workspace()->readOnly());
            QVERIFY(browserShows(window, kNeocloud));
            QVERIFY2(t.elapsed() < 2000, qPrintable(QString::number(t.elapsed())));
        }
        releaseWriteLock(holder);
    }

    // Only a pending schema upgrade needs the write lock; then the message says so instead of
    // blaming another FleetROI. (Waits the 10 s busy timeout once.)
    void anUpgradeUnderAWriteLockSaysItNeedsToWrite()
    {
        const QString dir = m_dir.filePath(QStringLiteral("upgrade"));
        QVERIFY(QDir().mkpath(dir));
        const QString ws = dir + QStringLiteral("/v1.sqlite");
        QVERIFY(
            QFile::copy(QStringLiteral(FLEETROI_TEST_DATA_DIR "/storage/workspace-v1.sqlite"), ws));
        QFile::setPermissions(ws, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        QProcess holder;
        holdWriteLock(holder, ws, dir + QStringLiteral("/locked.marker"));
        const Run r = runApp(workspaceArgs(ws, {QStringLiteral("list")}));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("must be upgraded") && r.err.contains("write"), r.err.constData());
        QVERIFY2(!r.err.contains("another FleetROI has been"), r.err.constData());
        releaseWriteLock(holder);
        // Without the lock the upgrade runs and the list answers.
        const Run after = runApp(workspaceArgs(ws, {QStringLiteral("list")}));
        QVERIFY2(after.exitCode == 0, after.err.constData());
    }
};

QTEST_MAIN(TestWorkspaceSharedUse)
#include "test_workspace_shared_use.moc"
