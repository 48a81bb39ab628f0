// SPDX-License-Identifier: GPL-3.0-or-later
// The workspace across processes:
//  - crash: a writer (workspace_test_writer) is SIGKILLed at random points while saving,
//    50 times (500 with FLEETROI_LONG_TESTS=1); every revision it acknowledged must be
//    present and identical, and integrity_check must pass;
//  - the app's save path and command-line imports SIGKILLed at random (issue 12);
//  - two processes saving the same scenario: a conflict is reported, neither edit is lost;
//  - the `fleetroi workspace` command line on a fresh workspace.
#include "Workspace.h"
#include "scenario/ScenarioReader.h"

#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>

#include "WorkspaceTestBackend.h"
#include <QTest>
#include <QThread>

#include <csignal>
#include <sys/types.h>

using namespace fleetroi;

namespace {

const QString kWriter = QStringLiteral(FLEETROI_WRITER_PATH);
const QString kApp = QStringLiteral(FLEETROI_APP_PATH);
const QString kExamples = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples");
const QString kNeocloudFile = kExamples + QStringLiteral("/neocloud-h100-lessor.fleetroi.json");
const QString kHyperFile = kExamples + QStringLiteral("/hyperscaler-surplus-leasing.fleetroi.json");
const QString kNeocloud = QStringLiteral("Neocloud leasing 4,096 H100s");

struct Ack
{
    qint64 id = 0;
    int revision = 0;
    QString hash;
};

// "saved ID REV HASH" lines; a line cut off by the kill has no newline and is ignored.
QList<Ack> parseAcks(const QByteArray &output)
{
    QList<Ack> acks;
    const qsizetype end = output.lastIndexOf('\n');
    if (end < 0)
        return acks;
    for (const QByteArray &line : output.left(end).split('\n')) {
        const QList<QByteArray> parts = line.trimmed().split(' ');
        if (parts.size() == 4 && parts[0] == "saved")
            acks.append({parts[1].toLongLong(), parts[2].toInt(), QString::fromLatin1(parts[3])});
    }
    return acks;
}

Scenario readExample(const QString &path)
{
    ScenarioReadResult r = readScenarioFile(path.toStdString());
    if (!r.ok())
        qFatal("example %s is not valid", qPrintable(path));
    return *r.scenario;
}

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runApp(const QStringList &args,
           const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(kApp, args);
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace

class TestWorkspaceProcesses : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    test::WorkspaceTestBackend m_backend;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString why = m_backend.setUp();
        if (!why.isEmpty())
            QFAIL(qPrintable(why));
        qInfo("workspace backend: %s", qPrintable(m_backend.name()));
    }
    void cleanupTestCase() { m_backend.dropAll(); }

    void acknowledgedRevisionsSurviveSigkill()
    {
        const bool longMode = qEnvironmentVariable("FLEETROI_LONG_TESTS") == QLatin1String("1");
        const int kills = longMode ? 500 : 50;
        // A new file every 50 kills keeps integrity_check at open fast in the long mode.
        constexpr int killsPerFile = 50;
        QRandomGenerator rng(20260301);
        QList<std::pair<QString, Ack>> everyAck;
        int killedBeforeFirstSave = 0;
        QString path;
        for (int run = 0; run < kills; ++run) {
            if (run % killsPerFile == 0)
                path = m_backend.fresh(m_dir, QStringLiteral("crash"));
            QProcess writer;
            writer.start(kWriter, {QStringLiteral("crash"), path, QString::number(run + 1)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            QByteArray output;
            // Every fifth run is killed while it starts up (opening, recovering the WAL,
            // checking integrity); the others after their first acknowledged save, at a
            // random moment in the stream of saves.
            const bool early = run % 5 == 4;
            QElapsedTimer timer;
            timer.start();
            if (early) {
                QThread::msleep(rng.bounded(40u));
            } else {
                while (!output.contains('\n') && timer.elapsed() < 20000 &&
                       writer.state() == QProcess::Running) {
                    writer.waitForReadyRead(50);
                    output += writer.readAllStandardOutput();
                }
                QVERIFY2(output.contains("saved "), writer.readAllStandardError().constData());
                QThread::msleep(rng.bounded(80u));
            }
            QVERIFY2(writer.state() == QProcess::Running,
                     writer.readAllStandardError().constData()); // it must not stop by itself
            ::kill(pid_t(writer.processId()), SIGKILL);
            QVERIFY(writer.waitForFinished(10000));
            QCOMPARE(writer.exitStatus(), QProcess::CrashExit);
            output += writer.readAllStandardOutput();
            const QList<Ack> acks = parseAcks(output);
            if (acks.isEmpty())
                ++killedBeforeFirstSave;

            Workspace ws;
            StorageStatus status = ws.open(path);
            QVERIFY2(status.ok(), qPrintable(status.message));
            QVERIFY2(!ws.readOnly(), qPrintable(ws.reasonReadOnly()));
            for (const Ack &a : acks) {
                StorageResult<ScenarioRevision> r = ws.openRevision(a.id, a.revision);
                QVERIFY2(r.ok(),
                         qPrintable(QStringLiteral("run %1: scenario %2 revision %3: %4")
                                        .arg(QString::number(run), QString::number(a.id),
                                             QString::number(a.revision), r.status.message)));
                QCOMPARE(r.value->info.contentHash, a.hash);
                everyAck.append({path, a});
            }
        }
        // At the end, everything ever acknowledged, in every file, is still there.
        QString openPath;
        Workspace ws;
        for (const auto &[file, a] : everyAck) {
            if (file != openPath) {
                QVERIFY(ws.open(file).ok());
                QVERIFY(ws.checkIntegrity().ok());
                openPath = file;
            }
            StorageResult<ScenarioRevision> r = ws.openRevision(a.id, a.revision);
            QVERIFY2(r.ok(), qPrintable(r.status.message));
            QCOMPARE(r.value->info.contentHash, a.hash);
        }
        qInfo("%d kills, %lld acknowledged revisions verified, %d kills before the first save",
              kills, qlonglong(everyAck.size()), killedBeforeFirstSave);
        QVERIFY(everyAck.size() > kills);
    }

    // The app's save path (ScenarioDocument edits saved with Workspace::saveRevision, in
    // workspace_test_writer gui-save) and command-line imports (`fleetroi workspace import`)
    // run at the same time and are SIGKILLed at random moments, 10 rounds (100 with
    // FLEETROI_LONG_TESTS=1). Every save the writer acknowledged and every import whose
    // command exited 0 must be present and identical afterwards; integrity_check passes.
    void guiSavesAndImportsSurviveSigkill()
    {
        const bool longMode = qEnvironmentVariable("FLEETROI_LONG_TESTS") == QLatin1String("1");
        const int rounds = longMode ? 100 : 10;
        const QString path = m_backend.fresh(m_dir, QStringLiteral("guikill"));
        QFile example(kNeocloudFile);
        QVERIFY(example.open(QIODevice::ReadOnly));
        const QByteArray exampleText = example.readAll();
        QRandomGenerator rng(20261130);
        QList<Ack> saves;
        QList<std::pair<QString, QString>> imports; // scenario name, file
        int importsKilled = 0;
        for (int round = 0; round < rounds; ++round) {
            const QString name = QStringLiteral("import %1").arg(round);
            const QString file =
                m_dir.filePath(QStringLiteral("import-%1.fleetroi.json").arg(round));
            {
                QByteArray text = exampleText;
                text.replace(QByteArray("\"Neocloud leasing 4,096 H100s\""),
                             QByteArray("\"" + name.toUtf8() + "\""));
                QFile out(file);
                QVERIFY(out.open(QIODevice::WriteOnly));
                out.write(text);
            }
            QProcess writer;
            writer.start(kWriter, {QStringLiteral("gui-save"), path, QString::number(round + 1)});
            QVERIFY2(writer.waitForStarted(10000), qPrintable(writer.errorString()));
            QProcess importer;
            importer.start(kApp, {QStringLiteral("--workspace"), path, QStringLiteral("workspace"),
                                  QStringLiteral("import"), file});
            QVERIFY(importer.waitForStarted(10000));
            // Both run at once. The writer is killed a random moment after its first
            // acknowledged save; the importer, in every other round, a random moment after it
            // started (often before it finishes, sometimes mid-transaction), else it runs to
            // its end. The kills interleave in either order.
            const bool killImporter = round % 2 == 0;
            const qint64 importerKillAt = rng.bounded(250u);
            qint64 writerKillAt = -1;
            QByteArray output;
            QElapsedTimer timer;
            timer.start();
            bool writerKilled = false;
            bool importerKilled = false;
            while (timer.elapsed() < 30000 &&
                   (!writerKilled || importer.state() != QProcess::NotRunning)) {
                if (writerKilled)
                    QThread::msleep(2);
                else if (writer.waitForReadyRead(2))
                    output += writer.readAllStandardOutput();
                if (!writerKilled && writerKillAt < 0 && output.contains('\n'))
                    writerKillAt = timer.elapsed() + rng.bounded(80u);
                if (!writerKilled && writerKillAt >= 0 && timer.elapsed() >= writerKillAt) {
                    QVERIFY2(writer.state() == QProcess::Running,
                             writer.readAllStandardError().constData());
                    ::kill(pid_t(writer.processId()), SIGKILL);
                    writerKilled = true;
                }
                if (killImporter && !importerKilled && importer.state() == QProcess::Running &&
                    timer.elapsed() >= importerKillAt) {
                    ::kill(pid_t(importer.processId()), SIGKILL);
                    importerKilled = true;
                    ++importsKilled;
                }
                importer.waitForFinished(0);
            }
            QVERIFY2(writerKilled, writer.readAllStandardError().constData());
            QVERIFY(writer.state() == QProcess::NotRunning || writer.waitForFinished(10000));
            QVERIFY(importer.state() == QProcess::NotRunning || importer.waitForFinished(20000));
            if (importer.exitStatus() == QProcess::NormalExit) {
                QVERIFY2(importer.exitCode() == 0, importer.readAllStandardError().constData());
                imports.append({name, file});
            }
            output += writer.readAllStandardOutput();
            const QList<Ack> acks = parseAcks(output);
            QVERIFY2(!acks.isEmpty(), writer.readAllStandardError().constData());
            saves += acks;
        }
        Workspace ws;
        QVERIFY(ws.open(path).ok());
        QVERIFY(!ws.readOnly());
        QVERIFY(ws.checkIntegrity().ok());
        for (const Ack &a : saves) {
            StorageResult<ScenarioRevision> r = ws.openRevision(a.id, a.revision);
            QVERIFY2(r.ok(), qPrintable(r.status.message));
            QCOMPARE(r.value->info.contentHash, a.hash);
        }
        for (const auto &[name, file] : imports) {
            StorageResult<ScenarioSummary> s = ws.findByName(name);
            QVERIFY2(s.ok(), qPrintable(name + QStringLiteral(": ") + s.status.message));
            StorageResult<ScenarioRevision> r = ws.openRevision(s.value->id, 1);
            QVERIFY(r.ok());
            QVERIFY(r.value->scenario == readExample(file));
        }
        qInfo("%d rounds: %lld acknowledged app saves and %lld finished imports verified, "
              "%d imports killed",
              rounds, qlonglong(saves.size()), qlonglong(imports.size()), importsKilled);
    }

    void aSaveBasedOnAStaleRevisionIsAConflict()
    {
        const QString path = m_backend.fresh(m_dir, QStringLiteral("conflict"));
        Workspace mine;
        QVERIFY(mine.open(path).ok());
        const Scenario base = readExample(kNeocloudFile);
        SaveResult created = mine.createScenario(QStringLiteral("Shared"), base);
        QVERIFY(created.ok());
        StorageResult<ScenarioRevision> opened = mine.openRevision(created.scenarioId);
        QVERIFY(opened.ok());

        // Another process saves the same scenario while it is open here.
        QProcess other;
        other.start(kWriter, {QStringLiteral("save-once"), path, QStringLiteral("Shared"),
                              QStringLiteral("their edit")});
        QVERIFY(other.waitForFinished(30000));
        QCOMPARE(other.exitCode(), 0);
        const QList<Ack> theirs = parseAcks(other.readAllStandardOutput());
        QCOMPARE(theirs.size(), 1);
        QCOMPARE(theirs[0].revision, 2);

        Scenario myEdit = opened.value->scenario;
        myEdit.description = "my edit";
        SaveResult mySave =
            mine.saveRevision(created.scenarioId, myEdit, opened.value->info.number);
        QVERIFY(mySave.isConflict());
        QVERIFY(mySave.status.message.contains(QStringLiteral("changed elsewhere")));
        QCOMPARE(mySave.currentRevision, 2);

        // Neither edit is lost: theirs is the newest revision, mine becomes a copy.
        SaveResult copy = mine.saveAsCopy(created.scenarioId, myEdit);
        QVERIFY(copy.ok());
        QCOMPARE(mine.openRevision(created.scenarioId).value->scenario.description,
                 std::string("their edit"));
        QCOMPARE(mine.openRevision(copy.scenarioId).value->scenario.description,
                 std::string("my edit"));
        QCOMPARE(mine.history(created.scenarioId).value->size(), 2);
    }

    void twoWritersOnOneScenarioLoseNothing()
    {
        const QString path = m_backend.fresh(m_dir, QStringLiteral("contend"));
        qint64 id = 0;
        {
            Workspace ws;
            QVERIFY(ws.open(path).ok());
            id = ws.createScenario(QStringLiteral("Contended"), readExample(kNeocloudFile))
                     .scenarioId;
        }
        constexpr int kEach = 25;
        QProcess a;
        QProcess b;
        a.start(kWriter, {QStringLiteral("contend"), path, QStringLiteral("Contended"),
                          QString::number(kEach), QStringLiteral("A")});
        b.start(kWriter, {QStringLiteral("contend"), path, QStringLiteral("Contended"),
                          QString::number(kEach), QStringLiteral("B")});
        QVERIFY(a.waitForFinished(120000));
        QVERIFY(b.waitForFinished(120000));
        QCOMPARE(a.exitCode(), 0);
        QCOMPARE(b.exitCode(), 0);
        QList<Ack> acks = parseAcks(a.readAllStandardOutput());
        const int fromA = int(acks.size());
        acks += parseAcks(b.readAllStandardOutput());
        QCOMPARE(fromA, kEach);
        QCOMPARE(acks.size(), 2 * kEach);

        Workspace ws;
        QVERIFY(ws.open(path).ok());
        QCOMPARE(ws.scenario(id).value->revisions, 1 + 2 * kEach);
        QSet<int> revisions;
        for (const Ack &ack : acks) {
            QVERIFY(!revisions.contains(ack.revision));
            revisions.insert(ack.revision);
            QCOMPARE(ws.openRevision(id, ack.revision).value->info.contentHash, ack.hash);
        }
        // Each edit was applied on top of the newest revision, so the last one holds all.
        const std::string last = ws.openRevision(id).value->scenario.description;
        for (int i = 0; i < kEach; ++i) {
            QVERIFY(last.find("\nA-" + std::to_string(i) + "\n") != std::string::npos ||
                    last.ends_with("\nA-" + std::to_string(i)));
            QVERIFY(last.find("\nB-" + std::to_string(i) + "\n") != std::string::npos ||
                    last.ends_with("\nB-" + std::to_string(i)));
        }
        QVERIFY(ws.checkIntegrity().ok());
    }

    void commandLineOnAFreshWorkspace()
    {
        const QString path = m_backend.fresh(m_dir, QStringLiteral("cli"));
        const QStringList ws{QStringLiteral("--workspace"), path, QStringLiteral("workspace")};

        Run r = runApp(ws + QStringList{QStringLiteral("import"), kNeocloudFile, kHyperFile});
        QVERIFY2(r.exitCode == 0, r.err.constData());

        r = runApp(ws + QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(doc.isArray(), r.out.constData());
        QCOMPARE(doc.array().size(), 2);
        for (const QJsonValue &v : doc.array()) {
            const QJsonObject o = v.toObject();
            for (const char *key : {"name", "id", "revisions", "updated", "tags"})
                QVERIFY2(o.contains(QLatin1String(key)), key);
            QCOMPARE(o.value(QStringLiteral("revisions")).toInt(), 1);
            QVERIFY(o.value(QStringLiteral("tags")).isArray());
        }

        r = runApp(ws + QStringList{QStringLiteral("list")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(kNeocloud.toUtf8()));

        // Invalid files: exit 2, "FILE: path: message", nothing written.
        const QString bad = kExamples + QStringLiteral("/invalid/negative-gpus.fleetroi.json");
        r = runApp(ws + QStringList{QStringLiteral("import"), kNeocloudFile, bad});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains((bad + QStringLiteral(": purchases[0].gpus: must be")).toUtf8()),
                 r.err.constData());
        r = runApp(ws + QStringList{QStringLiteral("list"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 2);

        // A second revision, then history, diff and export of each revision.
        const QString edited = m_dir.filePath(QStringLiteral("edited.fleetroi.json"));
        {
            QFile in(kNeocloudFile);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            text.replace("\"useful_life_months\": 72", "\"useful_life_months\": 66");
            QFile out(edited);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        r = runApp(ws + QStringList{QStringLiteral("import"), QStringLiteral("--on-clash"),
                                    QStringLiteral("new-revision"), edited});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        r = runApp(ws + QStringList{QStringLiteral("history"), kNeocloud,
                                    QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray history = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(history.size(), 2);
        QCOMPARE(history[0].toObject().value(QStringLiteral("revision")).toInt(), 2);
        r = runApp(ws + QStringList{QStringLiteral("history"), kNeocloud});
        QCOMPARE(r.exitCode, 0);
        r = runApp(ws + QStringList{QStringLiteral("diff"), kNeocloud, QStringLiteral("1"),
                                    QStringLiteral("2")});
        QCOMPARE(r.exitCode, 0);
        // In the analyst's words with units (issue #16), the file path in the JSON form.
        QCOMPARE(QString::fromUtf8(r.out),
                 QStringLiteral("From revision 1 to revision 2 of '%1':\nFleet and prices\n"
                                "  H100 SXM: book life: 72 months -> 66 months\n")
                     .arg(kNeocloud));
        r = runApp(ws + QStringList{QStringLiteral("diff"), kNeocloud, QStringLiteral("1"),
                                    QStringLiteral("2"), QStringLiteral("--format"),
                                    QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(
            QJsonDocument::fromJson(r.out).array().at(0).toObject().value(QStringLiteral("path")),
            QJsonValue(QStringLiteral("skus[h100].useful_life_months")));

        const QString exported = m_dir.filePath(QStringLiteral("exported.fleetroi.json"));
        r = runApp(ws + QStringList{QStringLiteral("export"), kNeocloud, QStringLiteral("-o"),
                                    exported, QStringLiteral("--revision"), QStringLiteral("1")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY(readExample(exported) == readExample(kNeocloudFile));
        r = runApp(
            ws + QStringList{QStringLiteral("export"), kNeocloud, QStringLiteral("-o"), exported});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(readExample(exported) == readExample(edited));

        r = runApp(ws + QStringList{QStringLiteral("history"), QStringLiteral("No such scenario")});
        QCOMPARE(r.exitCode, 2);
        r = runApp(ws + QStringList{QStringLiteral("diff"), kNeocloud, QStringLiteral("1"),
                                    QStringLiteral("9")});
        QCOMPARE(r.exitCode, 2);
        r = runApp(ws + QStringList{QStringLiteral("frobnicate")});
        QCOMPARE(r.exitCode, 2);
    }

    void commandLineListsHostileNamesExactly()
    {
        const QString path = m_backend.fresh(m_dir, QStringLiteral("hostile"));
        const QString name =
            QString::fromUtf8("Robert'); DROP TABLE scenario;-- \"q\" %1 \xF0\x9F\x9A\x80");
        Scenario s = readExample(kNeocloudFile);
        {
            Workspace ws;
            QVERIFY(ws.open(path).ok());
            QVERIFY(ws.createScenario(name, s).ok());
        }
        Run r =
            runApp({QStringLiteral("--workspace"), path, QStringLiteral("workspace"),
                    QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json")});
        QCOMPARE(r.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list[0].toObject().value(QStringLiteral("name")).toString(), name);
        r = runApp({QStringLiteral("--workspace"), path, QStringLiteral("workspace"),
                    QStringLiteral("history"), name});
        QCOMPARE(r.exitCode, 0);
    }

    // Revision times (issue 18): on a team server every revision is stamped by the server's
    // clock, so an analyst whose laptop clock is wrong cannot misdate one and times follow
    // revision numbers; a file has only the saving computer's clock. The saving process runs
    // under faketime three days behind; on SQLite the same run shows that clock in the file
    // (so the test sees faketime work and the server half can fail).
    void revisionTimesComeFromTheWorkspacesClock()
    {
        const QString faketime = QStandardPaths::findExecutable(QStringLiteral("faketime"));
        if (faketime.isEmpty())
            QFAIL("faketime is not installed (Debian package faketime, listed in "
                  "installer/build-depends.txt)");
        const QString path = m_backend.fresh(m_dir, QStringLiteral("clock"));
        QVERIFY(!path.isEmpty());
        auto serverNow = [this]() -> QDateTime {
            if (!m_backend.isServer())
                return QDateTime::currentDateTimeUtc();
            const StorageResult<QVariant> t = m_backend.admin().scalar(
                QStringLiteral("SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC',"
                               " 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"));
            return t.ok() ? QDateTime::fromString(t.value->toString(), Qt::ISODateWithMs)
                          : QDateTime();
        };
        QString edited = m_dir.filePath(QStringLiteral("clock-edited.fleetroi.json"));
        {
            QFile in(kNeocloudFile);
            QVERIFY(in.open(QIODevice::ReadOnly));
            QByteArray text = in.readAll();
            QVERIFY(text.contains("\"useful_life_months\": 72"));
            text.replace("\"useful_life_months\": 72", "\"useful_life_months\": 60");
            QFile out(edited);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(text);
        }
        auto runLate = [&](const QStringList &args) {
            QProcess p;
            p.start(faketime,
                    QStringList{QStringLiteral("-f"), QStringLiteral("-3d"), kApp,
                                QStringLiteral("--workspace"), path, QStringLiteral("workspace")} +
                        args);
            const bool done = p.waitForFinished(60000);
            return done && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0
                       ? QByteArray()
                       : p.readAllStandardError() + QByteArrayLiteral(" (exit ") +
                             QByteArray::number(p.exitCode()) + ')';
        };
        const QDateTime before = serverNow();
        QVERIFY(before.isValid());
        QByteArray failed = runLate({QStringLiteral("import"), kNeocloudFile});
        QVERIFY2(failed.isEmpty(), failed.constData());
        failed = runLate({QStringLiteral("import"), QStringLiteral("--on-clash"),
                          QStringLiteral("new-revision"), edited});
        QVERIFY2(failed.isEmpty(), failed.constData());
        const QDateTime after = serverNow();

        Workspace ws;
        QVERIFY(ws.open(path).ok());
        const StorageResult<ScenarioSummary> s = ws.findByName(kNeocloud);
        QVERIFY2(s.ok(), qPrintable(s.status.message));
        const StorageResult<QList<RevisionInfo>> history = ws.history(s.value->id);
        QVERIFY(history.ok());
        QCOMPARE(history.value->size(), 2);
        const QDateTime lateClock = QDateTime::currentDateTimeUtc().addDays(-3);
        for (const RevisionInfo &r : *history.value) {
            const QDateTime t = r.savedAt;
            QVERIFY(t.isValid());
            if (m_backend.isServer()) {
                // Stored with milliseconds, truncated: allow 1 ms at the lower end.
                QVERIFY2(t >= before.addMSecs(-1) && t <= after,
                         qPrintable(QStringLiteral("revision %1 at %2, server clock %3 .. %4")
                                        .arg(r.number)
                                        .arg(t.toString(Qt::ISODateWithMs),
                                             before.toString(Qt::ISODateWithMs),
                                             after.toString(Qt::ISODateWithMs))));
            } else {
                QVERIFY2(qAbs(t.secsTo(lateClock)) < 120,
                         qPrintable(t.toString(Qt::ISODateWithMs)));
            }
        }
        QVERIFY(history.value->at(0).savedAt >= history.value->at(1).savedAt);
    }

    void theDefaultWorkspaceIsCreatedWithTheExamples()
    {
        if (m_backend.isServer())
            QSKIP("the default workspace is a file");
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
        Run r = runApp({QStringLiteral("workspace"), QStringLiteral("list"),
                        QStringLiteral("--format"), QStringLiteral("json")},
                       env);
        QVERIFY2(r.exitCode == 0, r.err.constData());
        // One scenario per bundled example file (resources/examples).
        const QDir examples(QStringLiteral(FLEETROI_TEST_DATA_DIR "/../../resources/examples"));
        const qsizetype exampleCount =
            examples.entryList({QStringLiteral("*.fleetroi.json")}, QDir::Files).size();
        QVERIFY(exampleCount >= 3);
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), exampleCount);
        const QString created = QStringLiteral("FleetROI/FleetROI/workspace.sqlite");
        QVERIFY(QFile::exists(m_dir.filePath(QStringLiteral("xdg/") + created)));

        // --help, the man page and the README name the file this run created (the man page
        // once said workspace.fleetroi, a name that looks like a scenario file).
        r = runApp({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(QString::fromUtf8(r.out).contains(created), r.out.constData());
        for (const char *doc : {"/../../installer/fleetroi.1", "/../../README.md"}) {
            QFile f(QStringLiteral(FLEETROI_TEST_DATA_DIR) + QLatin1String(doc));
            QVERIFY2(f.open(QIODevice::ReadOnly), doc);
            const QString text = QString::fromUtf8(f.readAll());
            QVERIFY2(text.contains(QStringLiteral("~/.local/share/") + created), doc);
            QVERIFY2(!text.contains(QStringLiteral("workspace.fleetroi")), doc);
        }
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceProcesses)
#include "test_workspace_processes.moc"
