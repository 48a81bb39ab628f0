// SPDX-License-Identifier: GPL-3.0-or-later
// A second FleetROI-like process for the workspace tests.
//
//   workspace_test_writer crash WS SEED
//       saves revisions forever (single saves, batches, new scenarios) and prints
//       "saved ID REV SHA256" after each acknowledged save; the test SIGKILLs it.
//   workspace_test_writer save-once WS NAME DESCRIPTION
//       opens the newest revision of NAME, changes its description, saves; prints
//       "saved ID REV SHA256" (exit 0) or "conflict" (exit 3).
//   workspace_test_writer contend WS NAME COUNT TAG
//       COUNT times: open the newest revision, append "TAG-i" to the description, save on
//       top of it; on a conflict reload and try again. Prints "saved ..." per save and
//       "done CONFLICTS" at the end.
//   workspace_test_writer gui-save WS SEED
//       saves revisions forever the way the app does (MainWindow::saveRevision): the newest
//       revision of "gui target" opened in a ScenarioDocument, edited through its undoable
//       setValue(), saved with Workspace::saveRevision on top of the revision the document
//       was opened at; a conflict (another process saved) reopens and retries. Prints
//       "saved ID REV SHA256" after each acknowledged save; the test SIGKILLs it.
//   workspace_test_writer make-v1-fixture OUT
//       writes a version-1 workspace (tests/data/storage/workspace-v1.sqlite).
#include "ScenarioDocument.h"
#include "Workspace.h"
#include "WorkspaceConnection.h"
#include "WorkspaceMigrations.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

#include <cstdio>

using namespace fleetroi;

namespace {

void say(const QString &line)
{
    const QByteArray bytes = line.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout); // the line must be out before the next save can be killed
}

int fail(const QString &message)
{
    std::fprintf(stderr, "workspace_test_writer: %s\n", message.toUtf8().constData());
    return 1;
}

QByteArray canonical(const Scenario &s)
{
    const std::string text = writeScenario(s);
    return QByteArray(text.data(), qsizetype(text.size()));
}

QString hashOf(const Scenario &s)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonical(s), QCryptographicHash::Sha256).toHex());
}

std::optional<Scenario> example()
{
    ScenarioReadResult r =
        readScenarioFile(FLEETROI_TEST_DATA_DIR "/examples/neocloud-h100-lessor.fleetroi.json");
    return r.scenario;
}

void ack(qint64 id, int revision, const Scenario &s)
{
    say(QStringLiteral("saved %1 %2 %3")
            .arg(QString::number(id), QString::number(revision), hashOf(s)));
}

QString randomText(QRandomGenerator &rng, int maxChars)
{
    const int n = int(rng.bounded(maxChars + 1));
    QString s;
    s.reserve(n);
    for (int i = 0; i < n; ++i)
        s.append(QChar(u'a' + char16_t(rng.bounded(26))));
    return s;
}

int runCrash(const QString &path, quint32 seed)
{
    Workspace ws;
    StorageStatus status = ws.open(path);
    if (!status.ok())
        return fail(status.message);
    if (ws.readOnly())
        return fail(ws.reasonReadOnly());
    std::optional<Scenario> base = example();
    if (!base)
        return fail(QStringLiteral("cannot read the example scenario"));
    QRandomGenerator rng(seed);

    StorageResult<ScenarioSummary> target = ws.findByName(QStringLiteral("crash target"));
    qint64 id = 0;
    if (target.ok()) {
        id = target.value->id;
    } else {
        SaveResult created = ws.createScenario(QStringLiteral("crash target"), *base);
        if (!created.ok())
            return fail(created.status.message);
        id = created.scenarioId;
        ack(id, created.revision, *base);
    }

    for (quint64 i = 0;; ++i) {
        const quint32 kind = rng.bounded(10u);
        Scenario s = *base;
        s.description = QStringLiteral("seed %1 step %2 %3")
                            .arg(QString::number(seed), QString::number(i), randomText(rng, 6000))
                            .toStdString();
        s.purchases[0].gpus = 1 + std::int64_t(rng.bounded(100000u));
        if (kind == 0) {
            // A new scenario now and then: exercises inserts into every table.
            SaveResult r = ws.createScenario(ws.uniqueName(QStringLiteral("crash %1").arg(seed)), s,
                                             QStringLiteral("new"));
            if (!r.ok())
                return fail(r.status.message);
            ack(r.scenarioId, r.revision, s);
        } else if (kind == 1) {
            // A batch of three saves: acknowledged only after the batch commits.
            StorageResult<ScenarioRevision> head = ws.openRevision(id);
            if (!head.ok())
                return fail(head.status.message);
            int rev = head.value->info.number;
            WorkspaceTransaction batch = ws.beginBatch();
            QList<std::pair<int, Scenario>> pending;
            for (int k = 0; k < 3; ++k) {
                s.purchases[0].gpus = 1 + std::int64_t(rng.bounded(100000u));
                SaveResult r = ws.saveRevision(id, s, rev, QStringLiteral("batch"));
                if (!r.ok())
                    return fail(r.status.message);
                rev = r.revision;
                pending.append({rev, s});
            }
            status = batch.commit();
            if (!status.ok())
                return fail(status.message);
            for (const auto &[r, saved] : pending)
                ack(id, r, saved);
        } else {
            StorageResult<ScenarioRevision> head = ws.openRevision(id);
            if (!head.ok())
                return fail(head.status.message);
            SaveResult r = ws.saveRevision(id, s, head.value->info.number,
                                           QStringLiteral("crash step %1").arg(i));
            if (!r.ok())
                return fail(r.status.message);
            ack(id, r.revision, s);
        }
    }
}

int runGuiSave(const QString &path, quint32 seed)
{
    Workspace ws;
    StorageStatus status = ws.open(path);
    if (!status.ok())
        return fail(status.message);
    if (ws.readOnly())
        return fail(ws.reasonReadOnly());
    const QString name = QStringLiteral("gui target");
    StorageResult<ScenarioSummary> target = ws.findByName(name);
    qint64 id = 0;
    if (target.ok()) {
        id = target.value->id;
    } else {
        std::optional<Scenario> base = example();
        if (!base)
            return fail(QStringLiteral("cannot read the example scenario"));
        SaveResult created = ws.createScenario(name, *base);
        if (created.isConflict()) { // another process created it meanwhile
            target = ws.findByName(name);
            if (!target.ok())
                return fail(target.status.message);
            id = target.value->id;
        } else if (!created.ok()) {
            return fail(created.status.message);
        } else {
            id = created.scenarioId;
            ack(id, created.revision, *base);
        }
    }
    QRandomGenerator rng(seed);
    for (quint64 i = 0;; ++i) {
        StorageResult<ScenarioRevision> head = ws.openRevision(id);
        if (!head.ok())
            return fail(head.status.message);
        ScenarioDocument doc(head.value->scenario);
        doc.setWorkspaceIds(id, head.value->info.number);
        if (!doc.setValue(QStringLiteral("finance.discount_rate"),
                          0.05 + double(rng.bounded(10000u)) / 100000.0) ||
            !doc.setValue(QStringLiteral("purchases[0].gpus"), 1 + int(rng.bounded(100000u))))
            return fail(QStringLiteral("the edit was refused"));
        const SaveResult r =
            ws.saveRevision(doc.workspaceScenarioId(), doc.scenario(),
                            int(doc.workspaceRevisionId()), QStringLiteral("gui %1").arg(i));
        if (r.isConflict())
            continue; // the command line or the other writer saved first: reopen
        if (!r.ok())
            return fail(r.status.message);
        doc.setWorkspaceIds(r.scenarioId, r.revision);
        doc.markSaved();
        ack(r.scenarioId, r.revision, doc.scenario());
    }
}

int runSaveOnce(const QString &path, const QString &name, const QString &description)
{
    Workspace ws;
    StorageStatus status = ws.open(path);
    if (!status.ok())
        return fail(status.message);
    StorageResult<ScenarioSummary> target = ws.findByName(name);
    if (!target.ok())
        return fail(target.status.message);
    StorageResult<ScenarioRevision> head = ws.openRevision(target.value->id);
    if (!head.ok())
        return fail(head.status.message);
    Scenario s = head.value->scenario;
    s.description = description.toStdString();
    SaveResult r = ws.saveRevision(target.value->id, s, head.value->info.number,
                                   QStringLiteral("from the other process"));
    if (r.isConflict()) {
        say(QStringLiteral("conflict"));
        return 3;
    }
    if (!r.ok())
        return fail(r.status.message);
    ack(r.scenarioId, r.revision, s);
    return 0;
}

int runContend(const QString &path, const QString &name, int count, const QString &tag)
{
    Workspace ws;
    StorageStatus status = ws.open(path);
    if (!status.ok())
        return fail(status.message);
    StorageResult<ScenarioSummary> target = ws.findByName(name);
    if (!target.ok())
        return fail(target.status.message);
    int conflicts = 0;
    for (int i = 0; i < count;) {
        StorageResult<ScenarioRevision> head = ws.openRevision(target.value->id);
        if (!head.ok())
            return fail(head.status.message);
        Scenario s = head.value->scenario;
        s.description += QStringLiteral("\n%1-%2").arg(tag, QString::number(i)).toStdString();
        SaveResult r = ws.saveRevision(target.value->id, s, head.value->info.number,
                                       QStringLiteral("%1 edit %2").arg(tag, QString::number(i)));
        if (r.isConflict()) {
            ++conflicts; // changed elsewhere: reload and apply the edit again
            continue;
        }
        if (!r.ok())
            return fail(r.status.message);
        ack(r.scenarioId, r.revision, s);
        ++i;
    }
    say(QStringLiteral("done %1").arg(conflicts));
    return 0;
}

// The schema exactly as version 1 left it, with data a real version-1 user could have:
// two scenarios with the same name (version 1 did not forbid it), several revisions, tags.
int makeV1Fixture(const QString &out)
{
    if (QFile::exists(out))
        return fail(out + QStringLiteral(" exists; delete it first"));
    std::optional<Scenario> neocloud = example();
    ScenarioReadResult hyper = readScenarioFile(
        FLEETROI_TEST_DATA_DIR "/examples/hyperscaler-surplus-leasing.fleetroi.json");
    if (!neocloud || !hyper.ok())
        return fail(QStringLiteral("cannot read the examples"));
    Scenario edited = *neocloud;
    edited.skus[0].usefulLifeMonths = 66;

    WorkspaceConnection c;
    StorageStatus status = c.open(out);
    if (!status.ok())
        return fail(status.message);
    status = WorkspaceMigrations::migrate(c, 1);
    if (!status.ok())
        return fail(status.message);
    auto run = [&c](const QString &sql, std::initializer_list<QVariant> values) {
        QSqlQuery q;
        StorageStatus s = c.run(q, sql, values);
        if (!s.ok())
            std::fprintf(stderr, "%s\n", s.message.toUtf8().constData());
        return s.ok();
    };
    auto revision = [&](int scenario, int number, const QString &time, const QString &by,
                        const QString &comment, const Scenario &s) {
        const QByteArray text = canonical(s);
        return run(QStringLiteral("INSERT INTO revision (scenario_id, number, saved_at, saved_by,"
                                  " comment, content_hash, content) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                   {scenario, number, time, by, comment, hashOf(s), QString::fromUtf8(text)});
    };
    const QString name1 = QString::fromStdString(neocloud->name);
    const QString name2 = QString::fromStdString(hyper.scenario->name);
    bool ok = run(QStringLiteral("INSERT INTO scenario (id, name, created_at) VALUES (?, ?, ?)"),
                  {1, name1, QStringLiteral("2025-01-10T09:00:00.000Z")}) &&
              revision(1, 1, QStringLiteral("2025-01-10T09:00:00.000Z"), QStringLiteral("alice"),
                       QStringLiteral("Imported"), *neocloud) &&
              revision(1, 2, QStringLiteral("2025-02-03T14:30:00.000Z"), QStringLiteral("bob"),
                       QStringLiteral("Shorter useful life"), edited) &&
              run(QStringLiteral("INSERT INTO scenario (id, name, created_at) VALUES (?, ?, ?)"),
                  {2, name2, QStringLiteral("2025-01-11T10:00:00.000Z")}) &&
              revision(2, 1, QStringLiteral("2025-01-11T10:00:00.000Z"), QStringLiteral("alice"),
                       QString(), *hyper.scenario) &&
              run(QStringLiteral("INSERT INTO scenario (id, name, created_at) VALUES (?, ?, ?)"),
                  {3, name1, QStringLiteral("2025-03-01T08:00:00.000Z")}) &&
              revision(3, 1, QStringLiteral("2025-03-01T08:00:00.000Z"), QStringLiteral("carol"),
                       QStringLiteral("Second copy"), edited) &&
              run(QStringLiteral("INSERT INTO tag (scenario_id, tag) VALUES (?, ?)"),
                  {1, QStringLiteral("budget 2026")}) &&
              run(QStringLiteral("INSERT INTO tag (scenario_id, tag) VALUES (?, ?)"),
                  {1, QStringLiteral("h100")});
    if (!ok)
        return 1;
    c.close();
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() >= 4 && args[1] == QLatin1String("gui-save"))
        return runGuiSave(args[2], args[3].toUInt());
    if (args.size() >= 4 && args[1] == QLatin1String("crash"))
        return runCrash(args[2], args[3].toUInt());
    if (args.size() >= 5 && args[1] == QLatin1String("save-once"))
        return runSaveOnce(args[2], args[3], args[4]);
    if (args.size() >= 6 && args[1] == QLatin1String("contend"))
        return runContend(args[2], args[3], args[4].toInt(), args[5]);
    if (args.size() >= 3 && args[1] == QLatin1String("make-v1-fixture"))
        return makeV1Fixture(args[2]);
    return fail(QStringLiteral("unknown mode; see the comment at the top of the source"));
}
