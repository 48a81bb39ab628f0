// SPDX-License-Identifier: GPL-3.0-or-later
#include "montecarlo/MonteCarloFormat.h"

#include "engine/ResultsFormat.h"

#include <cmath>
#include <cstdio>

namespace fleetroi {

namespace {

std::string numberArray(const std::vector<double> &values, const char *indent)
{
    std::string o = "[";
    for (std::size_t i = 0; i < values.size(); ++i) {
        o += i ? ",\n" : "\n";
        o += indent;
        o += formatJsonNumber(values[i]);
    }
    return o + (values.empty() ? "]" : "\n" + std::string(indent).substr(1) + "]");
}

// Money for a terminal: grouped thousands, no decimals ("-1,204,922,767").
std::string grouped(double v)
{
    if (!std::isfinite(v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.0f", std::fabs(v));
    const std::string digits = buf;
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    return (v < 0 && digits != "0" ? "-" : "") + out;
}

} // namespace

std::string monteCarloToJson(const MonteCarloResults &r)
{
    std::string o = "{\n";
    auto kv = [&o](const char *key, const std::string &value) {
        o += " \"";
        o += key;
        o += "\": ";
        o += value;
        o += ",\n";
    };
    kv("paths", std::to_string(r.paths));
    kv("mean", formatJsonNumber(r.mean));
    kv("sd", formatJsonNumber(r.sd));
    kv("p5", formatJsonNumber(r.p5));
    kv("p10", formatJsonNumber(r.p10));
    kv("p50", formatJsonNumber(r.p50));
    kv("p90", formatJsonNumber(r.p90));
    kv("p95", formatJsonNumber(r.p95));
    kv("prob_negative", formatJsonNumber(r.probNegative));
    std::vector<double> counts(r.histogramCounts.begin(), r.histogramCounts.end());
    std::string countText = "[";
    for (std::size_t i = 0; i < r.histogramCounts.size(); ++i)
        countText += (i ? ", " : "") + std::to_string(r.histogramCounts[i]);
    countText += "]";
    o += " \"histogram\": {\n  \"edges\": " + numberArray(r.histogramEdges, "   ") +
         ",\n  \"counts\": " + countText + "\n },\n";
    o += " \"fan\": {\n  \"p10\": " + numberArray(r.fanP10, "   ") +
         ",\n  \"p50\": " + numberArray(r.fanP50, "   ") +
         ",\n  \"p90\": " + numberArray(r.fanP90, "   ") + "\n },\n";
    o += " \"drivers\": [";
    for (std::size_t i = 0; i < r.drivers.size(); ++i) {
        o += i ? ",\n" : "\n";
        o += "  {\"driver\": \"" + r.drivers[i].driver +
             "\", \"rank_correlation\": " + formatJsonNumber(r.drivers[i].rankCorrelation) + "}";
    }
    o += r.drivers.empty() ? "]\n}\n" : "\n ]\n}\n";
    return o;
}

std::string monteCarloToTable(const Scenario &scenario, const MonteCarloResults &r)
{
    std::string o;
    char line[256];
    std::snprintf(line, sizeof line, "Monte Carlo NPV of \"%s\" (%s), %lld paths, seed %llu\n",
                  scenario.name.c_str(), scenario.currency.c_str(), static_cast<long long>(r.paths),
                  static_cast<unsigned long long>(r.seed));
    o += line;
    auto row = [&](const char *label, const std::string &value) {
        std::snprintf(line, sizeof line, "  %-26s %22s\n", label, value.c_str());
        o += line;
    };
    row("Deterministic NPV", grouped(r.deterministicNpv));
    row("Mean", grouped(r.mean));
    row("Standard deviation", grouped(r.sd));
    row("P5", grouped(r.p5));
    row("P10", grouped(r.p10));
    row("P50 (median)", grouped(r.p50));
    row("P90", grouped(r.p90));
    row("P95", grouped(r.p95));
    std::snprintf(line, sizeof line, "%.2f %%", r.probNegative * 100.0);
    row("Probability NPV < 0", line);
    o += "\nDrivers by rank correlation with NPV (Spearman)\n";
    for (const DriverRankCorrelation &d : r.drivers) {
        std::snprintf(line, sizeof line, "  %-26s %+8.3f\n", d.driver.c_str(), d.rankCorrelation);
        o += line;
    }
    if (!r.months.empty()) {
        o += "\nCumulative net cash flow at year ends (P10 / P50 / P90)\n";
        for (std::size_t t = 11; t < r.months.size() + 11; t += 12) {
            const std::size_t m = std::min(t, r.months.size() - 1);
            std::snprintf(line, sizeof line, "  %-8s %22s %22s %22s\n", r.months[m].c_str(),
                          grouped(r.fanP10[m]).c_str(), grouped(r.fanP50[m]).c_str(),
                          grouped(r.fanP90[m]).c_str());
            o += line;
            if (m == r.months.size() - 1)
                break;
        }
    }
    return o;
}

} // namespace fleetroi
