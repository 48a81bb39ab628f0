// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo speed (issue 7 goal: 100,000 paths of the hyperscaler example in under 1 s on
// this 2-core machine; issue 15: whole-process `fleetroi montecarlo` at least 10x the numpy
// peer tools/montecarlo_numpy_peer.py). Wall-clock time (UseRealTime) of a whole
// runMonteCarlo - sampling, the paths, percentiles, histogram, the 72-month fan and the rank
// correlations - with one thread and with every core (argument = threads). "CPU" is the
// process's CPU time (every thread); counters: paths per second and wall time per path.
// BM_Process* start whole processes as issue 15 measures them (100,000 paths of the
// correlated file, default threads, JSON to /dev/null): `fleetroi montecarlo` and the numpy
// peer (/usr/bin/python3 tools/montecarlo_numpy_peer.py; skipped without numpy). Time is
// wall time; the counter cpu_s is the child's user + system CPU time (wait4 rusage);
// BM_ProcessFleetroi100kOneThread is the same with --threads 1. BM_FanQuantiles100k and
// BM_Ranks100k time the summaries' two kinds of order statistics alone (per_value).
#include "StressScenario.h"

#include "montecarlo/MonteCarlo.h"
#include "montecarlo/MonteCarloStats.h"
#include "scenario/ScenarioReader.h"

#include <benchmark/benchmark.h>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

using namespace fleetroi;

namespace {

// The hyperscaler example with every driver of the sensitivity list uncertain and four
// correlations (tests/data/montecarlo/correlated.fleetroi.json: the example plus its
// uncertainty block).
const Scenario &hyperscaler()
{
    static const Scenario s = [] {
        ScenarioReadResult r =
            readScenarioFile(FLEETROI_TEST_DATA_DIR "/montecarlo/correlated.fleetroi.json");
        if (!r.ok()) {
            std::fprintf(stderr, "cannot read the correlated hyperscaler example\n");
            std::exit(1);
        }
        return *r.scenario;
    }();
    return s;
}

// Only the price drivers uncertain: the engine's fast path (fleet tables computed once).
const Scenario &hyperscalerPrices()
{
    static const Scenario s = [] {
        Scenario c = hyperscaler();
        Uncertainty &u = *c.uncertainty;
        std::erase_if(u.drivers, [](const DriverDistribution &d) {
            return d.driver != "lease_price" && d.driver != "cloud_price" &&
                   d.driver != "gpu_price" && d.driver != "electricity_price";
        });
        std::erase_if(u.correlations, [](const DriverCorrelation &k) {
            return k.a == "internal_demand" || k.b == "internal_demand" ||
                   k.a == "sellable_fraction" || k.b == "sellable_fraction";
        });
        return c;
    }();
    return s;
}

// The engine issue's stress scenario (240 months, 100 SKUs, 10,000 purchases) with the same
// uncertainty block: every driver uncertain, so per-path fleet sums (failure rate) and
// per-path lives (useful life) are exercised.
const Scenario &stress()
{
    static const Scenario s = [] {
        Scenario c = bench::makeStressScenario();
        c.uncertainty = hyperscaler().uncertainty;
        return c;
    }();
    return s;
}

void run(benchmark::State &state, const Scenario &s, std::int64_t paths)
{
    MonteCarloOptions o;
    o.paths = paths;
    o.threads = int(state.range(0));
    double mean = 0.0;
    for (auto _ : state) {
        const MonteCarloResults r = runMonteCarlo(s, o);
        if (!r.completed())
            state.SkipWithError("run not completed");
        mean = r.mean;
        benchmark::DoNotOptimize(mean);
    }
    state.counters["paths"] = double(paths);
    state.counters["paths_per_s"] =
        benchmark::Counter(double(paths) * double(state.iterations()), benchmark::Counter::kIsRate);
    state.counters["per_path"] =
        benchmark::Counter(double(paths) * double(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

void BM_Hyperscaler100k(benchmark::State &state)
{
    run(state, hyperscaler(), 100000);
}

void BM_HyperscalerPriceDrivers100k(benchmark::State &state)
{
    run(state, hyperscalerPrices(), 100000);
}

void BM_Stress10k(benchmark::State &state)
{
    run(state, stress(), 10000);
}

// A fan-like sample: 72 months x 100,000 paths of float cumulative cash flows (a
// deterministic normal-ish spread from an LCG and Box-Muller, month-major as runMonteCarlo
// keeps the fan).
const std::vector<float> &fanSample()
{
    static const std::vector<float> v = [] {
        constexpr std::size_t kPaths = 100000, kMonths = 72;
        std::vector<float> f(kPaths * kMonths);
        std::uint64_t state = 12345;
        auto uniform = [&] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return (double(state >> 11) + 0.5) * 0x1.0p-53;
        };
        for (std::size_t t = 0; t < kMonths; ++t)
            for (std::size_t i = 0; i < kPaths; ++i) {
                const double z =
                    std::sqrt(-2.0 * std::log(uniform())) * std::cos(6.283185307179586 * uniform());
                f[t * kPaths + i] = float(-1e9 + 3e7 * double(t) + 4e8 * z);
            }
        return f;
    }();
    return v;
}

// The fan's summary alone: P10, P50 and P90 of each of the 72 months of 100,000 paths
// (floatQuantiles, one thread). Counter: time per value.
void BM_FanQuantiles100k(benchmark::State &state)
{
    const std::vector<float> &fan = fanSample();
    const std::size_t paths = 100000, months = fan.size() / paths;
    static constexpr double ps[3] = {0.10, 0.50, 0.90};
    OrderScratch scratch;
    for (auto _ : state)
        for (std::size_t t = 0; t < months; ++t) {
            double q[3];
            floatQuantiles(fan.data() + t * paths, paths, ps, 3, q, scratch);
            benchmark::DoNotOptimize(q);
        }
    state.counters["per_value"] =
        benchmark::Counter(double(fan.size()) * double(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

// The rank correlations' work per variable: sort 100,000 doubles with their indices and
// average the ranks (sortWithIndex + averageRanksOfSorted, one thread).
void BM_Ranks100k(benchmark::State &state)
{
    const std::vector<float> &fan = fanSample();
    const std::vector<double> x(fan.begin(), fan.begin() + 100000);
    std::vector<std::pair<double, std::uint32_t>> order;
    std::vector<double> ranks(x.size());
    OrderScratch scratch;
    for (auto _ : state) {
        sortWithIndex(x.data(), x.size(), order, scratch);
        averageRanksOfSorted(order, ranks.data());
        benchmark::DoNotOptimize(ranks.data());
    }
    state.counters["per_value"] =
        benchmark::Counter(double(x.size()) * double(state.iterations()),
                           benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}

const int kAllCores = int(std::max(1u, std::thread::hardware_concurrency()));

// Runs argv as a child process with stdout and stderr on /dev/null; false when it cannot be
// started or does not exit 0. wall: seconds; cpu: the child's user + system seconds.
bool runProcess(const std::vector<std::string> &argv, double &wall, double &cpu)
{
    std::vector<char *> args;
    for (const std::string &a : argv)
        args.push_back(const_cast<char *>(a.c_str()));
    args.push_back(nullptr);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, args[0], &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (spawned != 0)
        return false;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return false;
    wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    cpu = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
          1e-6 * double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

void runProcessBenchmark(benchmark::State &state, const std::vector<std::string> &argv)
{
    double cpuTotal = 0.0;
    for (auto _ : state) {
        double wall = 0.0, cpu = 0.0;
        if (!runProcess(argv, wall, cpu)) {
            state.SkipWithError("the process could not be started or failed");
            return;
        }
        state.SetIterationTime(wall);
        cpuTotal += cpu;
    }
    state.counters["cpu_s"] = cpuTotal / double(state.iterations());
}

const char *const kCorrelated = FLEETROI_TEST_DATA_DIR "/montecarlo/correlated.fleetroi.json";

void BM_ProcessFleetroi100k(benchmark::State &state)
{
    runProcessBenchmark(state, {FLEETROI_APP_PATH, "montecarlo", kCorrelated, "--paths", "100000",
                                "--format", "json"});
}

// The same with --threads 1 (the single-thread ratio to the numpy peer, which uses one core).
void BM_ProcessFleetroi100kOneThread(benchmark::State &state)
{
    runProcessBenchmark(state, {FLEETROI_APP_PATH, "montecarlo", kCorrelated, "--paths", "100000",
                                "--threads", "1", "--format", "json"});
}

void BM_ProcessNumpyPeer100k(benchmark::State &state)
{
    double wall = 0.0, cpu = 0.0;
    if (!runProcess({"/usr/bin/python3", "-c", "import numpy"}, wall, cpu)) {
        state.SkipWithError("/usr/bin/python3 has no numpy (python3-numpy)");
        for (auto _ : state) {
        }
        return;
    }
    runProcessBenchmark(state,
                        {"/usr/bin/python3", FLEETROI_SOURCE_DIR "/tools/montecarlo_numpy_peer.py",
                         kCorrelated, "--paths", "100000"});
}

} // namespace

BENCHMARK(BM_Hyperscaler100k)
    ->Arg(1)
    ->Arg(kAllCores)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_HyperscalerPriceDrivers100k)
    ->Arg(1)
    ->Arg(kAllCores)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Stress10k)
    ->Arg(1)
    ->Arg(kAllCores)
    ->UseRealTime()
    ->MeasureProcessCPUTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(2);

BENCHMARK(BM_FanQuantiles100k)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Ranks100k)->Unit(benchmark::kMillisecond);

BENCHMARK(BM_ProcessFleetroi100k)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(7);
BENCHMARK(BM_ProcessFleetroi100kOneThread)
    ->UseManualTime()
    ->Unit(benchmark::kMillisecond)
    ->Iterations(7);
BENCHMARK(BM_ProcessNumpyPeer100k)->UseManualTime()->Unit(benchmark::kMillisecond)->Iterations(3);

BENCHMARK_MAIN();
