// SPDX-License-Identifier: GPL-3.0-or-later
// Internals of MonteCarloEngine, shared by its two source files and nothing else:
//  - MonteCarloTables.cpp builds what does not depend on a path: the month and SKU tables,
//    the cohorts, and per set of lives the capex-related cash per unit of capex and the fleet
//    sums (LifeTables), all from the scalar model's stages (engine/FleetStages.h,
//    engine/BookSchedule.h, engine/TaxDepreciation.h);
//  - MonteCarloEngine.cpp evaluates blocks of paths on those tables (the vectorized kernel).
#pragma once

#include "montecarlo/MonteCarloEngine.h"

#include "engine/FleetStages.h"
#include "scenario/DriverCatalog.h"

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <tuple>
#include <utility>
#include <vector>

// The block loop is compiled twice on x86-64 Linux with GCC: for the baseline (SSE2, what
// the package must run on) and for AVX2, picked at load time by the CPU (GCC function
// multiversioning, an ifunc). AVX2 only widens the vectorized loops: no FMA (a fused
// multiply-add rounds once, not twice), so both versions give the same bits.
#if defined(__GNUC__) && !defined(__clang__) && defined(__x86_64__) && defined(__linux__)
#define FLEETROI_SIMD_CLONES __attribute__((target_clones("avx2", "default")))
#else
#define FLEETROI_SIMD_CLONES
#endif
#if defined(__GNUC__)
#define FLEETROI_ALWAYS_INLINE inline __attribute__((always_inline))
#else
#define FLEETROI_ALWAYS_INLINE inline
#endif

namespace fleetroi {

namespace mc {

// A driver's multiplier row: its DriverId (scenario/DriverCatalog.h, MODEL.md's order).
enum Driver
{
    kGpuPrice = int(DriverId::GpuPrice),
    kLeasePrice = int(DriverId::LeasePrice),
    kCloudPrice = int(DriverId::CloudPrice),
    kInternalDemand = int(DriverId::InternalDemand),
    kElectricityPrice = int(DriverId::ElectricityPrice),
    kDiscountRate = int(DriverId::DiscountRate),
    kUsefulLife = int(DriverId::UsefulLife),
    kSellableFraction = int(DriverId::SellableFraction),
    kAvailability = int(DriverId::Availability),
    kAnnualFailureRate = int(DriverId::AnnualFailureRate),
    kDriverCount = int(DriverId::Count)
};

// Tranches of one SKU bought in the same month and entering service in the same month share
// every per-unit-of-capex schedule; their GPUs and capex are summed.
struct Cohort
{
    int sku = 0, purchase = 0, service = 0;
    double gpus = 0.0;
    double gpuCapex = 0.0;   // sum of gpus x gpu price: scaled by the gpu_price multiplier
    double otherCapex = 0.0; // servers and network: not scaled
    double colocation = 0.0; // per operating month: gpus x kW x colocation price
};

// Path-independent tables for one set of integer lives (per SKU useful life L_s, operating
// life O_s).
struct LifeTables
{
    std::vector<int> life, operating;
    // Capex-related net cash flow of month t = g * kg[t] + k0[t] (g = gpu_price multiplier):
    // capex, maintenance after tax, tax saving on tax depreciation, proceeds, terminal value,
    // tax on gains.
    std::vector<double> kg, k0;
    std::vector<double> colocation; // per month
    // Fleet sums by month when annual_failure_rate is not uncertain (base prices, before the
    // lease/cloud multipliers): sum n*throughput, n*kW*idle, n*kW*(1-idle), n*cloud price,
    // n*realized lease price.
    std::vector<double> sumThroughput, sumIdle, sumLoad, sumCloud, sumLease;
    // When annual_failure_rate is uncertain: whether any cohort of SKU s operates in month t
    // (nSku x H), and the number of lease-ladder terms min(T-1, O_s) per SKU.
    std::vector<unsigned char> active;
    std::vector<int> youngTerms;
};

// When useful_life is uncertain every SKU's lives are rounded separately, so with many SKUs
// nearly every path has its own set of lives: tables per whole set would be built per path.
// Instead each SKU's share is tabulated per (SKU, lives) - a few dozen per SKU - and the
// shares are summed per distinct set of lives: once per engine for the first sets (a cache
// of kMaxCombinedBytes), else once per block. A combined table holds kCombinedFields rows of
// H values: kg, k0, colocation, then (fixed failure rate only) the five fleet sums.
constexpr std::size_t kCombinedFields = 8;
constexpr std::size_t kMaxCombinedBytes = std::size_t(32) << 20;

struct PathLives
{
    std::vector<int> operating;                              // nSku x paths: operating[s * n + i]
    std::vector<const double *> table;                       // per path: its combined table
    std::vector<std::unique_ptr<std::vector<double>>> local; // tables past the cache's limit
};

// Buffers of one evaluate() call, reused by its blocks (paths x 1 unless said).
struct BlockBuffers
{
    std::vector<double> m[kDriverCount];
    std::vector<double> availability, sellable, electricity, dfBase, dfWhole, dfFraction; // 12 x n
    std::vector<double> q, qO, X, qPower, youngTerms; // per active SKU (x terms) x n
    std::vector<double> sumTp, sumIdle, sumLoad, sumCloud, sumLease, young, youngPriced;
    std::vector<double> kg, k0, colocation, cumulative, npv;
    std::vector<int> keys, oMin, oMax;
    std::vector<std::uint32_t> order;
    std::vector<std::pair<std::uint64_t, std::uint32_t>> packedKeys; // buildPathLives' sort
    PathLives pl;
};

} // namespace mc

struct MonteCarloEngine::Impl
{
    using Cohort = mc::Cohort;
    using LifeTables = mc::LifeTables;
    using BlockBuffers = mc::BlockBuffers;
    static constexpr int kDriverCount = mc::kDriverCount;

    Scenario sc;
    int H = 0, T = 1, nSku = 0;
    std::vector<int> driverIndex; // per given driver: its Driver
    bool uncertain[kDriverCount] = {};

    // The scalar model's month and SKU x month tables (engine/FleetStages.h), and pointers
    // into them: hours, demand, escalation, discount factor (H values); cloud price (nSku x
    // H, row per SKU). leaseFull: nSku x H, the full-ladder mean lease price R (realized
    // price of GPUs in service since month 0; = spot when T = 1).
    MonthTables months;
    SkuMonthTables skuMonth;
    const double *hours = nullptr, *demand = nullptr, *escalation = nullptr, *discount = nullptr;
    const double *cloud = nullptr;
    std::vector<double> leaseFull;
    std::vector<double> throughput, kwIdle, kwLoad;
    std::vector<Cohort> cohorts;
    std::vector<double> entering; // nSku x H: GPUs entering service in month t
    // Cohorts younger than the contract ladder (age a < T-1) of SKU s in month t, as a
    // sparse list (most months have none): youngFirst[s * H + t] .. youngFirst[s * H + t + 1]
    // index youngAge (a, ascending), youngGpus (entering[s][t-a]) and youngValue (that times
    // the mean lease price over months t-a..t).
    std::vector<std::size_t> youngFirst;
    std::vector<int> youngAge;
    std::vector<double> youngGpus, youngValue;
    std::vector<int> activeSkus; // SKUs with a cohort entering service inside the horizon

    mutable std::mutex mutex;
    mutable std::map<std::vector<int>, std::unique_ptr<LifeTables>> tables;
    // Sums of the SKUs' shares per set of lives (key: life and operating life of each
    // cohortSkus entry), kCombinedFields x H each; combinedBytes counts their size.
    mutable std::map<std::vector<int>, std::unique_ptr<std::vector<double>>> combined;
    mutable std::size_t combinedBytes = 0;
    // One SKU's share of the tables for its lives (key: sku, life, operating life).
    mutable std::map<std::tuple<int, int, int>, std::unique_ptr<LifeTables>> skuTables;
    std::vector<int> cohortSkus; // SKUs with at least one cohort (capex even if never in service)

    Impl(const Scenario &scenario, const std::vector<std::string> &drivers);
    std::vector<int> lifeKey(double usefulLifeMultiplier) const;
    const LifeTables &lifeTables(const std::vector<int> &key) const;
    const LifeTables &skuLifeTables(int sku, int life, int operating) const;
    // onlySku >= 0: only that SKU's cohorts (its share of every table).
    std::unique_ptr<LifeTables> buildTables(const std::vector<int> &key, int onlySku = -1) const;
    std::unique_ptr<std::vector<double>> buildCombined(const int *key) const;
    void buildPathLives(const double *lifeMultiplier, std::size_t n, BlockBuffers &b) const;
    // count <= kBlockPaths paths. cumulative: as evaluate(); fan: nullptr or month-major
    // floats with leading dimension fanStride.
    FLEETROI_SIMD_CLONES void evaluateBlock(const double *multipliers, std::size_t count,
                                            double *npv, double *cumulative, float *fan,
                                            std::size_t fanStride, BlockBuffers &b) const;
};

} // namespace fleetroi
