// SPDX-License-Identifier: GPL-3.0-or-later
// The vectorized Monte Carlo engine: the NPV (and the monthly cumulative cash flow) of many
// paths at once, each path being the scenario with its driver multipliers applied exactly as
// applyDriverMultiplier() (engine/Sensitivity.h) does, then computeNpv(). Plain C++ + Eigen.
//
// How it is fast (MODEL.md restated per path p, month t):
//  - Everything that depends neither on the path nor on the lives (hours, demand, price
//    tables, the cohorts = tranches grouped by (SKU, purchase month, service month) with
//    summed GPUs and capex) is prepared once in the constructor.
//  - Every capex-related cash flow (capex, maintenance, tax saving on tax depreciation,
//    proceeds, terminal value, tax on gains) is proportional to a tranche's capex, and
//    capex_k = g * gpuCapex_k + otherCapex_k with g the gpu_price multiplier. Per set of
//    integer lives they collapse into two monthly vectors Kg_t, K0_t (path-independent):
//    capex-related NCF_t = g * Kg_t + K0_t. Lives only change with the useful_life driver;
//    the tables of each distinct rounded set of lives are built once and cached.
//  - Fleet sums (capacity, power, cloud value and lease value per month, i.e. working GPUs
//    weighted by SKU constants) are path-independent unless annual_failure_rate is
//    uncertain. Then they are computed per path with a first-order recurrence per SKU over
//    months, X_t = q X_{t-1} + G_t - q^O G_{t-O} (q = monthly survival, G_t = GPUs entering
//    service in month t), plus a short polynomial in q for lease contracts younger than the
//    contract term: O(SKUs x months x term) per path instead of O(tranches x months).
//  - The per-month revenue/cost formulas are then evaluated on Eigen arrays over a block of
//    paths: lease and cloud prices, electricity price, demand, sellable fraction and
//    availability multipliers enter these formulas directly; the discount factors are
//    computed per path only when discount_rate is uncertain.
// Agreement with the scalar engine is to rounding (relative ~1e-12, tested at 1e-9), not bit
// for bit: sums are grouped differently.
#pragma once

#include "scenario/Scenario.h"

#include <memory>
#include <string>
#include <vector>

namespace fleetroi {

class MonteCarloEngine
{
public:
    // `scenario` must be valid. `drivers`: the uncertain drivers (names of
    // sensitivityDrivers()), in the order of the multiplier rows given to evaluate(); every
    // other driver is fixed at 1 and the engine specialises for it.
    MonteCarloEngine(const Scenario &scenario, const std::vector<std::string> &drivers);
    ~MonteCarloEngine();
    MonteCarloEngine(const MonteCarloEngine &) = delete;
    MonteCarloEngine &operator=(const MonteCarloEngine &) = delete;

    int horizonMonths() const;
    std::size_t driverCount() const;

    // Paths per internal block (Eigen arrays of this length).
    static constexpr std::size_t kBlockPaths = 256;

    // NPV of `count` paths. multipliers: count rows of driverCount() values (row-major).
    // npv: count values. cumulative: nullptr, or count rows of horizonMonths() values
    // (row-major): the cumulative net cash flow at the end of each month. Thread-safe; the
    // result of a path does not depend on the other paths given with it.
    void evaluate(const double *multipliers, std::size_t count, double *npv,
                  double *cumulative) const;
    // As evaluate(), with the cumulative net cash flow written month-major as float (the
    // Monte Carlo fan's storage): fan[t * fanStride + i] for path i (0..count) and month t
    // (fanStride >= count). Bit for bit the same NPVs as evaluate().
    void evaluateFan(const double *multipliers, std::size_t count, double *npv, float *fan,
                     std::size_t fanStride) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace fleetroi
