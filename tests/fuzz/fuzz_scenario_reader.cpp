// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: the scenario reader and validator on arbitrary bytes, then the writer
// and the model on whatever it accepts. Properties checked on every input:
//  - reading never crashes, hangs or leaks (ASan/UBSan/LSan watch);
//  - an accepted file's canonical text reads back to the same scenario, and writing that
//    again gives the same bytes (read -> write -> read is an identity);
//  - the model runs on every accepted scenario and gives a finite NPV.
#include "engine/FleetModel.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view bytes(reinterpret_cast<const char *>(data), size);
    const fleetroi::ScenarioReadResult first = fleetroi::readScenario(bytes);
    if (!first.ok()) {
        if (first.errors.empty()) {
            std::fprintf(stderr, "refused without an error message\n");
            std::abort();
        }
        return 0;
    }
    const std::string text = fleetroi::writeScenario(*first.scenario);
    const fleetroi::ScenarioReadResult second = fleetroi::readScenario(text);
    if (!second.ok() || !(*second.scenario == *first.scenario)) {
        std::fprintf(stderr, "read -> write -> read is not an identity\n");
        std::abort();
    }
    if (fleetroi::writeScenario(*second.scenario) != text) {
        std::fprintf(stderr, "writer output is not stable\n");
        std::abort();
    }
    // Keep each input fast: the model is linear in purchases x months.
    if (first.scenario->purchases.size() * std::size_t(first.scenario->horizonMonths) <= 200000) {
        const double npv = fleetroi::computeNpv(*first.scenario);
        if (!std::isfinite(npv)) {
            std::fprintf(stderr, "non-finite NPV from an accepted scenario\n");
            std::abort();
        }
    }
    return 0;
}
