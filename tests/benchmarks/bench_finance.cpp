// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of the finance functions on realistic GPU-fleet sizes: 20 years of monthly flows
// (240), a daily-ish dated series (500 flows) and a monthly 240-period depreciation schedule.
#include "finance/Finance.h"

#include <benchmark/benchmark.h>

#include <cmath>
#include <vector>

using namespace fleetroi::finance;

namespace {

// A 48 M cluster bought at month 0, then 239 months of lease revenue that starts at 1.1 M a
// month and decays 1.2 % a month as the GPUs age: an IRR of about 1.7 % a month.
std::vector<double> monthlyGpuFlows()
{
    std::vector<double> flows(240);
    flows[0] = -48'000'000.0;
    for (int month = 1; month < 240; ++month)
        flows[static_cast<std::size_t>(month)] = 1'100'000.0 * std::pow(1.0 - 0.012, month - 1);
    return flows;
}

void BM_IrrMonthly240(benchmark::State &state)
{
    const std::vector<double> flows = monthlyGpuFlows();
    for (auto _ : state) {
        Result<double> r = irr(flows, 0.01);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_IrrMonthly240)->Unit(benchmark::kMicrosecond);

// Default guess 0.1: the spreadsheet's Newton run may miss and irr() falls back to the
// root search, so this is the slow path.
void BM_IrrMonthly240DefaultGuess(benchmark::State &state)
{
    const std::vector<double> flows = monthlyGpuFlows();
    for (auto _ : state) {
        Result<double> r = irr(flows);
        benchmark::DoNotOptimize(r);
    }
    state.SetLabel(irrSpreadsheet(flows).ok() ? "spreadsheet converged" : "root-search fallback");
}
BENCHMARK(BM_IrrMonthly240DefaultGuess)->Unit(benchmark::kMicrosecond);

void BM_Xirr500(benchmark::State &state)
{
    // Purchase on 2025-01-06, then 499 receipts every 7 days (about 9.6 years), decaying.
    std::vector<double> values(500);
    std::vector<DayNumber> dates(500);
    const DayNumber start = daysFromCivil({2025, 1, 6});
    values[0] = -250'000'000.0;
    dates[0] = start;
    for (int i = 1; i < 500; ++i) {
        values[static_cast<std::size_t>(i)] = 1'400'000.0 * std::pow(0.997, i - 1);
        dates[static_cast<std::size_t>(i)] = start + 7 * i;
    }
    for (auto _ : state) {
        Result<double> r = xirr(values, dates);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_Xirr500)->Unit(benchmark::kMicrosecond);

// A 240-month double-declining schedule with the switch to straight line: one VDB call per
// month, as a depreciation schedule table is filled.
void BM_VdbSchedule240(benchmark::State &state)
{
    for (auto _ : state) {
        double total = 0.0;
        for (int month = 1; month <= 240; ++month)
            total += vdb(48'000'000.0, 4'800'000.0, 240.0, month - 1, month).valueOr(0.0);
        benchmark::DoNotOptimize(total);
    }
}
BENCHMARK(BM_VdbSchedule240)->Unit(benchmark::kMicrosecond);

void BM_IrrAllRoots240(benchmark::State &state)
{
    const std::vector<double> flows = monthlyGpuFlows();
    for (auto _ : state) {
        std::vector<double> roots = irrAllRoots(flows);
        benchmark::DoNotOptimize(roots);
    }
}
BENCHMARK(BM_IrrAllRoots240)->Unit(benchmark::kMicrosecond);

// The same flows with a 30 M mid-life GPU refresh in month 120 and a 5 M decommissioning cost
// at the end: three sign changes, so the full grid scan runs.
void BM_IrrAllRoots240MultiSign(benchmark::State &state)
{
    std::vector<double> flows = monthlyGpuFlows();
    flows[120] -= 30'000'000.0;
    flows[239] -= 5'000'000.0;
    for (auto _ : state) {
        std::vector<double> roots = irrAllRoots(flows);
        benchmark::DoNotOptimize(roots);
    }
}
BENCHMARK(BM_IrrAllRoots240MultiSign)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
