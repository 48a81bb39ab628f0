// SPDX-License-Identifier: GPL-3.0-or-later
// Workspace speed with 1,000 scenarios x 20 revisions (built once, in one batch, in a
// temporary folder). Goals: list < 50 ms, open a scenario < 20 ms, save a revision < 20 ms
// (a save includes its fsync: synchronous=FULL).
//
// Team workspace (issue 18): with FLEETROI_BENCH_PG=postgresql://user@host:port/db (a role
// that may CREATE DATABASE) the same workspace is copied into a new database on that server
// (`workspace copy`) and every benchmark runs against it instead; the database is dropped
// at the end. Same goals, over the local socket or 127.0.0.1.
#include "Workspace.h"
#include "WorkspaceConnection.h"
#include "scenario/ScenarioReader.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <memory>

using namespace fleetroi;

namespace {

constexpr int kScenarios = 1000;
constexpr int kRevisions = 20;

struct Fixture
{
    QTemporaryDir dir;
    QString path;
    Scenario base;
    QList<qint64> ids;
    QHash<qint64, int> heads;
    QString serverDatabase; // set when the benchmarks run on a server
};

Fixture *g_fixture = nullptr;

bool buildFixture(Fixture &f)
{
    ScenarioReadResult r =
        readScenarioFile(FLEETROI_TEST_DATA_DIR "/examples/neocloud-h100-lessor.fleetroi.json");
    if (!r.ok())
        return false;
    f.base = *r.scenario;
    f.path = f.dir.filePath(QStringLiteral("bench.sqlite"));
    Workspace ws;
    if (!ws.open(f.path).ok())
        return false;
    WorkspaceTransaction batch = ws.beginBatch();
    for (int i = 0; i < kScenarios; ++i) {
        Scenario s = f.base;
        s.description = "scenario " + std::to_string(i);
        SaveResult created = ws.createScenario(QStringLiteral("Scenario %1").arg(i), s);
        if (!created.ok())
            return false;
        for (int rev = 2; rev <= kRevisions; ++rev) {
            s.purchases[0].gpus = 1000 + rev;
            s.skus[0].usefulLifeMonths = 36 + rev;
            if (!ws.saveRevision(created.scenarioId, s, rev - 1).ok())
                return false;
        }
        if (i % 10 == 0)
            ws.setTags(created.scenarioId, {QStringLiteral("h100"), QStringLiteral("budget")});
        f.ids.append(created.scenarioId);
        f.heads.insert(created.scenarioId, kRevisions);
    }
    if (!batch.commit().ok())
        return false;
    const QString admin = qEnvironmentVariable("FLEETROI_BENCH_PG");
    if (admin.isEmpty())
        return true;
    // The same scenarios and revisions, copied verbatim into a new database.
    WorkspaceConnection c;
    StorageStatus st = c.open(admin);
    const QString db = QStringLiteral("fleetroi_bench_%1").arg(QCoreApplication::applicationPid());
    if (st.ok())
        st = c.exec(QStringLiteral("CREATE DATABASE %1").arg(db));
    if (!st.ok()) {
        std::fprintf(stderr, "bench_workspace: %s\n", qPrintable(st.message));
        return false;
    }
    f.serverDatabase = db;
    const QString uri = admin.left(admin.lastIndexOf(QLatin1Char('/')) + 1) + db;
    Workspace server;
    if (!server.open(uri).ok())
        return false;
    const CopyReport copied = server.copyFrom(ws);
    if (!copied.ok() || copied.revisionsCopied != kScenarios * kRevisions) {
        std::fprintf(stderr, "bench_workspace: copy to the server failed: %s\n",
                     qPrintable(copied.status.message));
        return false;
    }
    // The server assigns its own ids; scenarios keep their names.
    const QList<ScenarioSummary> list = *server.listScenarios().value;
    QHash<QString, qint64> byName;
    for (const ScenarioSummary &s : list)
        byName.insert(s.name, s.id);
    QList<qint64> serverIds;
    QHash<qint64, int> serverHeads;
    for (const qint64 id : std::as_const(f.ids)) {
        const qint64 serverId = byName.value(ws.scenario(id).value->name);
        serverIds.append(serverId);
        serverHeads.insert(serverId, kRevisions);
    }
    f.ids = serverIds;
    f.heads = serverHeads;
    f.path = uri;
    std::printf("bench_workspace: on the team server, database %s\n", qPrintable(db));
    return true;
}

void dropServerDatabase(const Fixture &f)
{
    if (f.serverDatabase.isEmpty())
        return;
    WorkspaceConnection c;
    if (c.open(qEnvironmentVariable("FLEETROI_BENCH_PG")).ok())
        c.exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(f.serverDatabase));
}

void BM_ListScenarios(benchmark::State &state)
{
    Workspace ws;
    ws.open(g_fixture->path);
    for (auto _ : state) {
        StorageResult<QList<ScenarioSummary>> list = ws.listScenarios();
        if (!list.ok() || list.value->size() != kScenarios)
            state.SkipWithError("list failed");
        benchmark::DoNotOptimize(list);
    }
}
BENCHMARK(BM_ListScenarios)->Unit(benchmark::kMillisecond);

void BM_OpenScenario(benchmark::State &state)
{
    Workspace ws;
    ws.open(g_fixture->path);
    QRandomGenerator rng(1);
    for (auto _ : state) {
        const qint64 id = g_fixture->ids[qsizetype(rng.bounded(quint32(kScenarios)))];
        StorageResult<ScenarioRevision> r = ws.openRevision(id);
        if (!r.ok())
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_OpenScenario)->Unit(benchmark::kMillisecond);

void BM_OpenOldRevision(benchmark::State &state)
{
    Workspace ws;
    ws.open(g_fixture->path);
    QRandomGenerator rng(2);
    for (auto _ : state) {
        const qint64 id = g_fixture->ids[qsizetype(rng.bounded(quint32(kScenarios)))];
        StorageResult<ScenarioRevision> r =
            ws.openRevision(id, 1 + int(rng.bounded(quint32(kRevisions))));
        if (!r.ok())
            state.SkipWithError("open failed");
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_OpenOldRevision)->Unit(benchmark::kMillisecond);

// One save = validate, write the canonical text, hash, BEGIN IMMEDIATE, the optimistic
// revision check, two writes, COMMIT with fsync.
void BM_SaveRevision(benchmark::State &state)
{
    Workspace ws;
    ws.open(g_fixture->path);
    QRandomGenerator rng(3);
    Scenario s = g_fixture->base;
    std::int64_t n = 0;
    for (auto _ : state) {
        const qint64 id = g_fixture->ids[qsizetype(rng.bounded(quint32(kScenarios)))];
        s.description = "bench save " + std::to_string(++n);
        int &head = g_fixture->heads[id];
        SaveResult r = ws.saveRevision(id, s, head, QStringLiteral("bench"));
        if (!r.ok())
            state.SkipWithError("save failed");
        head = r.revision;
    }
}
BENCHMARK(BM_SaveRevision)->Unit(benchmark::kMillisecond);

// Opening includes PRAGMA integrity_check over the whole file (on a server: connecting,
// the schema version and the role's grants).
void BM_OpenWorkspace(benchmark::State &state)
{
    for (auto _ : state) {
        Workspace ws;
        Workspace::OpenOptions options;
        options.watchForChanges = false;
        if (!ws.open(g_fixture->path, options).ok())
            state.SkipWithError("open failed");
    }
}
BENCHMARK(BM_OpenWorkspace)->Unit(benchmark::kMillisecond)->Iterations(5);

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the Qt SQL plugins need one
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    auto fixture = std::make_unique<Fixture>();
    if (!buildFixture(*fixture)) {
        std::fprintf(stderr, "bench_workspace: could not build the workspace\n");
        return 1;
    }
    g_fixture = fixture.get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    dropServerDatabase(*fixture);
    return 0;
}
