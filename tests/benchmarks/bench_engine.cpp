// SPDX-License-Identifier: GPL-3.0-or-later
// Engine speed (issue goals on one core: hyperscaler example < 100 us, stress < 20 ms).
#include "StressScenario.h"

#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "scenario/ScenarioReader.h"

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace fleetroi;

namespace {

const Scenario &hyperscaler()
{
    static const Scenario s = [] {
        ScenarioReadResult r = readScenarioFile(
            FLEETROI_TEST_DATA_DIR "/examples/hyperscaler-surplus-leasing.fleetroi.json");
        if (!r.ok()) {
            std::fprintf(stderr, "cannot read the hyperscaler example\n");
            std::exit(1);
        }
        return *r.scenario;
    }();
    return s;
}

const Scenario &stress()
{
    static const Scenario s = bench::makeStressScenario();
    return s;
}

// Everything the KPI strip shows: the full model with IRR and break-even lease factor.
void BM_HyperscalerFullModel(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(computeModel(hyperscaler()));
}
BENCHMARK(BM_HyperscalerFullModel)->Unit(benchmark::kMicrosecond);

void BM_HyperscalerNpvOnly(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(computeNpv(hyperscaler()));
}
BENCHMARK(BM_HyperscalerNpvOnly)->Unit(benchmark::kMicrosecond);

void BM_HyperscalerTornado(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(computeSensitivity(hyperscaler(), 0.2));
}
BENCHMARK(BM_HyperscalerTornado)->Unit(benchmark::kMicrosecond);

void BM_StressFullModel(benchmark::State &state)
{
    for (auto _ : state)
        benchmark::DoNotOptimize(computeModel(stress()));
}
BENCHMARK(BM_StressFullModel)->Unit(benchmark::kMillisecond);

void BM_StressWithTrancheDetail(benchmark::State &state)
{
    ModelOptions o;
    o.trancheDetail = true;
    for (auto _ : state)
        benchmark::DoNotOptimize(computeModel(stress(), o));
}
BENCHMARK(BM_StressWithTrancheDetail)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
