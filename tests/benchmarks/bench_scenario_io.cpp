// SPDX-License-Identifier: GPL-3.0-or-later
// Speed of scenario files: parsing, validating and writing the hyperscaler example, and a
// large scenario (100 SKUs with 1,000-point curves, 10,000 purchases) near the format's
// limits.
#include "scenario/JsonParser.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <benchmark/benchmark.h>

#include <fstream>
#include <sstream>
#include <string>

namespace {

std::string hyperscalerText()
{
    std::ifstream in(FLEETROI_TEST_DATA_DIR "/examples/hyperscaler-surplus-leasing.fleetroi.json",
                     std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

fleetroi::Scenario largeScenario()
{
    auto r = fleetroi::readScenario(hyperscalerText());
    fleetroi::Scenario s = *r.scenario;
    s.skus.resize(100, s.skus.front());
    for (std::size_t i = 0; i < s.skus.size(); ++i) {
        s.skus[i].id = "sku" + std::to_string(i);
        s.skus[i].leasePrice.kind = fleetroi::PriceCurve::Kind::Points;
        s.skus[i].leasePrice.points.clear();
        for (int m = 0; m < 1000; ++m)
            s.skus[i].leasePrice.points.emplace_back(m, 2.0 + 0.001 * m + 1e-7 * double(i));
    }
    s.purchases.clear();
    for (int i = 0; i < 10000; ++i) {
        fleetroi::PurchaseTranche p;
        p.month = i % s.horizonMonths;
        p.sku = "sku" + std::to_string(i % 100);
        p.gpus = 1024 + i;
        p.label = "tranche " + std::to_string(i);
        s.purchases.push_back(p);
    }
    return s;
}

void BM_ParseJsonHyperscaler(benchmark::State &state)
{
    const std::string text = hyperscalerText();
    for (auto _ : state)
        benchmark::DoNotOptimize(fleetroi::parseJson(text));
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}
BENCHMARK(BM_ParseJsonHyperscaler);

void BM_ReadScenarioHyperscaler(benchmark::State &state)
{
    const std::string text = hyperscalerText();
    for (auto _ : state) {
        auto r = fleetroi::readScenario(text);
        if (!r.ok())
            state.SkipWithError("the example did not read");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}
BENCHMARK(BM_ReadScenarioHyperscaler);

void BM_WriteScenarioHyperscaler(benchmark::State &state)
{
    const fleetroi::Scenario s = *fleetroi::readScenario(hyperscalerText()).scenario;
    for (auto _ : state)
        benchmark::DoNotOptimize(fleetroi::writeScenario(s));
}
BENCHMARK(BM_WriteScenarioHyperscaler);

void BM_ReadScenarioLarge(benchmark::State &state)
{
    const std::string text = fleetroi::writeScenario(largeScenario());
    for (auto _ : state) {
        auto r = fleetroi::readScenario(text);
        if (!r.ok())
            state.SkipWithError("the large scenario did not read");
        benchmark::DoNotOptimize(r);
    }
    state.SetBytesProcessed(std::int64_t(state.iterations()) * std::int64_t(text.size()));
}
BENCHMARK(BM_ReadScenarioLarge)->Unit(benchmark::kMillisecond);

void BM_WriteScenarioLarge(benchmark::State &state)
{
    const fleetroi::Scenario s = largeScenario();
    for (auto _ : state)
        benchmark::DoNotOptimize(fleetroi::writeScenario(s));
}
BENCHMARK(BM_WriteScenarioLarge)->Unit(benchmark::kMillisecond);

} // namespace

BENCHMARK_MAIN();
