// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo risk analysis (MODEL.md "Monte Carlo"): runs the paths of a scenario's
// `uncertainty` block over threads and summarises the NPVs. Plain C++, no Qt.
//
// Conventions: money in the scenario's currency; NPV as MODEL.md; quantiles are "type 7"
// (linear interpolation between order statistics: the value at rank (P - 1) x p of the
// sorted sample, 0-based, as R's default, numpy's "linear" and spreadsheets' PERCENTILE.INC);
// sd is the sample standard deviation (divisor P - 1; 0 for a single path).
#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioReader.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

namespace fleetroi {

struct MonteCarloOptions
{
    std::optional<std::int64_t> paths; // overrides uncertainty.paths
    std::optional<std::uint64_t> seed; // overrides uncertainty.seed
    int threads = 0;                   // 0 = std::thread::hardware_concurrency()
    int histogramBins = 50;
    // Called from the calling thread (never from a worker) with the share of paths done,
    // 0..1, about every 50 ms and once with 1 at the end.
    std::function<void(double)> progress;
    // Set to true from any thread to stop the run; the result is then Status::Cancelled.
    const std::atomic<bool> *cancel = nullptr;
    bool keepPathNpv = false; // fill MonteCarloResults::pathNpv (P values)
    // Test/diagnostic switch: compute every path with the scalar engine (a copy of the
    // scenario with applyDriverMultiplier, then computeModel) instead of the vectorized one.
    bool scalarReference = false;
};

struct DriverRankCorrelation
{
    std::string driver;
    double rankCorrelation = 0.0; // Spearman rho of the driver's multiplier with NPV
};

struct MonteCarloResults
{
    enum class Status
    {
        Completed,
        Cancelled,
        Invalid
    };
    Status status = Status::Invalid;
    std::vector<ValidationError> errors; // when Invalid

    std::int64_t paths = 0;
    std::uint64_t seed = 0;
    int threads = 0;
    double deterministicNpv = 0.0; // computeNpv of the scenario as entered

    double mean = 0.0, sd = 0.0;
    double p5 = 0.0, p10 = 0.0, p50 = 0.0, p90 = 0.0, p95 = 0.0;
    double probNegative = 0.0; // share of paths with NPV < 0
    // Equal-width bins from the smallest to the largest NPV (edges = bins + 1 values, the
    // last bin includes its right edge); a single bin of width 2 x max(1, |NPV| x 1e-9)
    // around the value when every path has the same NPV.
    std::vector<double> histogramEdges;
    std::vector<std::int64_t> histogramCounts;
    // Cumulative net cash flow at the end of each month: P10, P50, P90 over the paths
    // (type 7). Runs of more than kMaxFanValues path-months use every k-th path (k as small
    // as fits) for the fan and the rank correlations; fanPaths says how many were used.
    std::vector<std::string> months; // "YYYY-MM"
    std::vector<double> fanP10, fanP50, fanP90;
    std::int64_t fanPaths = 0;
    // Uncertain drivers by |rank correlation| with NPV, largest first (ties: file order);
    // 0 for a driver whose multiplier does not vary.
    std::vector<DriverRankCorrelation> drivers;

    std::vector<double> pathNpv; // only with MonteCarloOptions::keepPathNpv

    bool completed() const { return status == Status::Completed; }
};

// Path-months kept for the fan (float storage: 4 bytes each).
constexpr std::int64_t kMaxFanValues = 32'000'000;

// Runs the scenario's Monte Carlo. Invalid when the scenario has no `uncertainty` block (an
// error with path "uncertainty") or its correlations are impossible together, i.e. not
// positive semidefinite (checkCorrelations). The scenario must otherwise be valid
// (validateScenario).
MonteCarloResults runMonteCarlo(const Scenario &scenario, const MonteCarloOptions &options = {});

// The scalar definition of one path: a copy of the scenario with each driver's multiplier
// applied by applyDriverMultiplier, then computeNpv. The vectorized engine is tested against it.
double scalarPathNpv(const Scenario &scenario, const std::vector<std::string> &drivers,
                     const double *multipliers);

// Type-7 quantile of an ascending sorted sample (p in 0..1).
double sortedQuantile(const std::vector<double> &sorted, double p);

// Spearman rank correlation (Pearson correlation of average ranks; 0 when either side has
// no spread).
double spearman(const std::vector<double> &x, const std::vector<double> &y);

} // namespace fleetroi
