// SPDX-License-Identifier: GPL-3.0-or-later
// See MonteCarloEngine.h for the approach. The helpers marked "as FleetModel.cpp" repeat the
// scalar engine's arithmetic on purpose (same tables, same order of operations), so that the
// two engines agree to rounding; FleetModel.cpp keeps them private.
#include "montecarlo/MonteCarloEngine.h"

#include "engine/BookSchedule.h"
#include "engine/MonthlyTables.h"
#include "engine/TaxDepreciation.h"

#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

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

namespace {

// Index = position in sensitivityDrivers() (MODEL.md's order).
enum Driver
{
    kGpuPrice,
    kLeasePrice,
    kCloudPrice,
    kInternalDemand,
    kElectricityPrice,
    kDiscountRate,
    kUsefulLife,
    kSellableFraction,
    kAvailability,
    kAnnualFailureRate,
    kDriverCount
};

using Array = Eigen::ArrayXd;

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
    PathLives pl;
};

} // namespace

struct MonteCarloEngine::Impl
{
    Scenario sc;
    int H = 0, T = 1, nSku = 0;
    std::vector<int> driverIndex; // per given driver: its Driver
    bool uncertain[kDriverCount] = {};

    std::vector<double> hours, demand, escalation, discount;
    // nSku x H, row per SKU: cloud price, spot lease price, full-ladder mean lease price R
    // (= spot when T = 1), survival by age; leasePrefix is nSku x (H + 1).
    std::vector<double> cloud, leaseSpot, leaseFull, leasePrefix, survival;
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

MonteCarloEngine::Impl::Impl(const Scenario &scenario, const std::vector<std::string> &drivers)
    : sc(scenario)
{
    H = sc.horizonMonths;
    T = sc.leasing.contractMonths;
    nSku = int(sc.skus.size());
    const auto &names = sensitivityDrivers();
    for (const std::string &name : drivers) {
        const auto it = std::find(names.begin(), names.end(), name);
        const int idx = it == names.end() ? -1 : int(it - names.begin());
        driverIndex.push_back(idx);
        if (idx >= 0)
            uncertain[idx] = true;
    }

    const std::size_t HH = std::size_t(H);
    hours.resize(HH);
    for (int t = 0; t < H; ++t)
        hours[std::size_t(t)] = hoursInMonth(sc.startYear, sc.startMonth, t);
    escalation.resize(HH);
    fillMonthlyPowers(1.0 + sc.operations.electricityAnnualEscalation, 0, escalation.data(), HH);
    discount.resize(HH);
    fillMonthlyPowers(1.0 / (1.0 + sc.finance.discountRate), 1, discount.data(), HH);
    if (sc.internalDemand.isSeries) {
        demand = sc.internalDemand.series;
        demand.resize(HH, 0.0);
    } else {
        demand.resize(HH);
        fillMonthlyPowers(1.0 + sc.internalDemand.annualGrowth, 0, demand.data(), HH);
        for (double &v : demand)
            v *= sc.internalDemand.computeHours;
    }

    const std::size_t S = std::size_t(nSku);
    cloud.resize(S * HH);
    leaseSpot.resize(S * HH);
    leaseFull.resize(S * HH);
    leasePrefix.resize(S * (HH + 1));
    survival.resize(S * HH);
    for (std::size_t s = 0; s < S; ++s) {
        const Sku &sku = sc.skus[s];
        fillPriceTable(sku.cloudPrice, &cloud[s * HH], HH);
        fillPriceTable(sku.leasePrice, &leaseSpot[s * HH], HH);
        double *pre = &leasePrefix[s * (HH + 1)];
        pre[0] = 0.0;
        for (std::size_t t = 0; t < HH; ++t)
            pre[t + 1] = pre[t] + leaseSpot[s * HH + t];
        for (int t = 0; t < H; ++t) {
            const int lo = std::max(0, t - T + 1);
            leaseFull[s * HH + std::size_t(t)] = T == 1
                                                     ? leaseSpot[s * HH + std::size_t(t)]
                                                     : (pre[t + 1] - pre[lo]) / double(t + 1 - lo);
        }
        fillMonthlyPowers(1.0 - sku.annualFailureRate, 0, &survival[s * HH], HH);
        throughput.push_back(sku.throughput);
        kwIdle.push_back(sku.powerKwPerGpu * sku.idlePowerFraction);
        kwLoad.push_back(sku.powerKwPerGpu * (1.0 - sku.idlePowerFraction));
    }

    std::map<std::tuple<int, int, int>, std::size_t> cohortIndex;
    for (const PurchaseTranche &p : sc.purchases) {
        const int s = sc.skuIndex(p.sku);
        const Sku &sku = sc.skus[std::size_t(s)];
        const int service = p.month + p.installLagMonths;
        const auto [it, inserted] =
            cohortIndex.emplace(std::tuple{s, p.month, service}, cohorts.size());
        if (inserted)
            cohorts.push_back({s, p.month, service});
        Cohort &c = cohorts[it->second];
        const double gpus = double(p.gpus);
        const double price = p.gpuPrice ? *p.gpuPrice : sku.gpuPrice;
        const double servers = double((p.gpus + sku.gpusPerServer - 1) / sku.gpusPerServer);
        c.gpus += gpus;
        c.gpuCapex += gpus * price;
        c.otherCapex += servers * sku.serverCost + gpus * sku.networkCostPerGpu;
        c.colocation += gpus * sku.powerKwPerGpu * sc.operations.colocationPerKwMonth;
    }

    entering.assign(S * HH, 0.0);
    std::vector<bool> hasCohort(S, false);
    for (const Cohort &c : cohorts) {
        if (c.service < H) {
            entering[std::size_t(c.sku) * HH + std::size_t(c.service)] += c.gpus;
            hasCohort[std::size_t(c.sku)] = true;
        }
    }
    for (std::size_t s = 0; s < S; ++s)
        if (hasCohort[s])
            activeSkus.push_back(int(s));
    std::vector<bool> bought(S, false);
    for (const Cohort &c : cohorts)
        bought[std::size_t(c.sku)] = true;
    for (std::size_t s = 0; s < S; ++s)
        if (bought[s])
            cohortSkus.push_back(int(s));
    if (uncertain[kAnnualFailureRate] && T > 1) {
        youngFirst.assign(S * HH + 1, 0);
        for (std::size_t s = 0; s < S; ++s) {
            const double *pre = &leasePrefix[s * (HH + 1)];
            for (int t = 0; t < H; ++t) {
                youngFirst[s * HH + std::size_t(t)] = youngAge.size();
                for (int a = 0; a < T - 1 && a <= t; ++a) {
                    const double g = entering[s * HH + std::size_t(t - a)];
                    if (g == 0.0)
                        continue;
                    // Contracts of a cohort of age a were all signed from its service month
                    // t - a on: realized price = mean over t-a..t (as FleetModel.cpp).
                    const double realized = (pre[t + 1] - pre[t - a]) / double(a + 1);
                    youngAge.push_back(a);
                    youngGpus.push_back(g);
                    youngValue.push_back(g * realized);
                }
            }
        }
        youngFirst[S * HH] = youngAge.size();
    }
    lifeTables(lifeKey(1.0)); // the scenario's own lives, always needed
}

std::vector<int> MonteCarloEngine::Impl::lifeKey(double m) const
{
    std::vector<int> key(std::size_t(2 * nSku));
    for (int s = 0; s < nSku; ++s) {
        const Sku &sku = sc.skus[std::size_t(s)];
        key[std::size_t(s)] =
            m == 1.0 ? sku.usefulLifeMonths : scaleLifeMonths(sku.usefulLifeMonths, m);
        key[std::size_t(nSku + s)] =
            m == 1.0 ? sku.operatingLifeMonths : scaleLifeMonths(sku.operatingLifeMonths, m);
    }
    return key;
}

const LifeTables &MonteCarloEngine::Impl::lifeTables(const std::vector<int> &key) const
{
    // Built once per distinct set of lives (a few dozen for a +-30 % useful-life range) and
    // never changed after: a reference stays valid while the engine lives.
    std::lock_guard lock(mutex);
    auto it = tables.find(key);
    if (it == tables.end())
        it = tables.emplace(key, buildTables(key)).first;
    return *it->second;
}

const LifeTables &MonteCarloEngine::Impl::skuLifeTables(int sku, int life, int operating) const
{
    std::lock_guard lock(mutex);
    const auto k = std::tuple{sku, life, operating};
    auto it = skuTables.find(k);
    if (it == skuTables.end()) {
        std::vector<int> key = lifeKey(1.0);
        key[std::size_t(sku)] = life;
        key[std::size_t(nSku + sku)] = operating;
        it = skuTables.emplace(k, buildTables(key, sku)).first;
    }
    return *it->second;
}

std::unique_ptr<std::vector<double>> MonteCarloEngine::Impl::buildCombined(const int *key) const
{
    const std::size_t HH = std::size_t(H);
    const bool fixedFailure = !uncertain[kAnnualFailureRate];
    auto out = std::make_unique<std::vector<double>>(kCombinedFields * HH, 0.0);
    // Summed in cohortSkus order, field by field (the order the scalar-per-path sums had).
    for (std::size_t k = 0; k < cohortSkus.size(); ++k) {
        const LifeTables &lt = skuLifeTables(cohortSkus[k], key[2 * k], key[2 * k + 1]);
        const std::vector<double> *from[kCombinedFields] = {
            &lt.kg,      &lt.k0,      &lt.colocation, &lt.sumThroughput,
            &lt.sumIdle, &lt.sumLoad, &lt.sumCloud,   &lt.sumLease};
        const std::size_t fields = fixedFailure ? kCombinedFields : 3;
        for (std::size_t f = 0; f < fields; ++f) {
            double *to = out->data() + f * HH;
            const double *src = from[f]->data();
            for (std::size_t t = 0; t < HH; ++t)
                to[t] += src[t];
        }
    }
    return out;
}

void MonteCarloEngine::Impl::buildPathLives(const double *lifeMultiplier, std::size_t n,
                                            BlockBuffers &b) const
{
    PathLives &pl = b.pl;
    pl.operating.resize(std::size_t(nSku) * n);
    for (int s = 0; s < nSku; ++s) {
        const Sku &sku = sc.skus[std::size_t(s)];
        for (std::size_t i = 0; i < n; ++i)
            pl.operating[std::size_t(s) * n + i] =
                scaleLifeMonths(sku.operatingLifeMonths, lifeMultiplier[i]);
    }
    // Key of each path: (life, operating life) of each SKU with cohorts.
    const std::size_t K = 2 * cohortSkus.size();
    b.keys.resize(n * K);
    for (std::size_t k = 0; k < cohortSkus.size(); ++k) {
        const int s = cohortSkus[k];
        const Sku &sku = sc.skus[std::size_t(s)];
        for (std::size_t i = 0; i < n; ++i) {
            b.keys[i * K + 2 * k] = scaleLifeMonths(sku.usefulLifeMonths, lifeMultiplier[i]);
            b.keys[i * K + 2 * k + 1] = pl.operating[std::size_t(s) * n + i];
        }
    }
    // Paths grouped by key; one table per distinct key.
    b.order.resize(n);
    for (std::size_t i = 0; i < n; ++i)
        b.order[i] = std::uint32_t(i);
    const int *keys = b.keys.data();
    auto keyOf = [&](std::uint32_t i) {
        return keys + std::size_t(i) * K;
    };
    std::sort(b.order.begin(), b.order.end(), [&](std::uint32_t x, std::uint32_t y) {
        return std::lexicographical_compare(keyOf(x), keyOf(x) + K, keyOf(y), keyOf(y) + K);
    });
    pl.table.resize(n);
    pl.local.clear();
    for (std::size_t g = 0; g < n;) {
        const int *key = keyOf(b.order[g]);
        std::size_t e = g + 1;
        while (e < n && std::equal(key, key + K, keyOf(b.order[e])))
            ++e;
        const double *table = nullptr;
        {
            std::vector<int> k(key, key + K);
            std::unique_lock lock(mutex);
            auto it = combined.find(k);
            if (it != combined.end()) {
                table = it->second->data();
            } else {
                lock.unlock();
                auto built = buildCombined(key);
                lock.lock();
                const std::size_t bytes = built->size() * sizeof(double);
                it = combined.find(k);
                if (it != combined.end()) {
                    table = it->second->data();
                } else if (combinedBytes + bytes <= kMaxCombinedBytes) {
                    combinedBytes += bytes;
                    table = combined.emplace(std::move(k), std::move(built)).first->second->data();
                } else {
                    table = built->data();
                    pl.local.push_back(std::move(built));
                }
            }
        }
        for (std::size_t j = g; j < e; ++j)
            pl.table[b.order[j]] = table;
        g = e;
    }
}

std::unique_ptr<LifeTables> MonteCarloEngine::Impl::buildTables(const std::vector<int> &key,
                                                                int onlySku) const
{
    auto lt = std::make_unique<LifeTables>();
    const std::size_t HH = std::size_t(H);
    lt->life.assign(key.begin(), key.begin() + nSku);
    lt->operating.assign(key.begin() + nSku, key.end());
    lt->kg.assign(HH, 0.0);
    lt->k0.assign(HH, 0.0);
    lt->colocation.assign(HH, 0.0);
    const bool fixedFailure = !uncertain[kAnnualFailureRate];
    if (fixedFailure) {
        for (auto *v :
             {&lt->sumThroughput, &lt->sumIdle, &lt->sumLoad, &lt->sumCloud, &lt->sumLease})
            v->assign(HH, 0.0);
    } else {
        lt->active.assign(std::size_t(nSku) * HH, 0);
        lt->youngTerms.assign(std::size_t(nSku), 0);
        for (int s = 0; s < nSku; ++s)
            lt->youngTerms[std::size_t(s)] =
                T > 1 ? std::min(T - 1, lt->operating[std::size_t(s)]) : 0;
    }

    const Finance &fin = sc.finance;
    const double rate = fin.taxRate;
    const double maintenanceUnit =
        (1.0 - rate) * sc.operations.maintenanceFractionPerYear / 12.0; // after tax, per capex
    const bool macrs = fin.taxDepreciation == TaxDepreciation::Macrs5HalfYear;
    std::vector<double> unit(HH), bookDep(HH), taxDep(HH), schedule;

    for (const Cohort &c : cohorts) {
        if (onlySku >= 0 && c.sku != onlySku)
            continue;
        const Sku &sku = sc.skus[std::size_t(c.sku)];
        const std::size_t s = std::size_t(c.sku);
        const int L = lt->life[s];
        const int O = lt->operating[s];
        const long disposalL = long(c.service) + O;
        const int end = int(std::min<long>(disposalL, H));
        const int disposal = int(std::min<long>(disposalL, 1L << 30));
        const bool sold = disposalL <= H - 1;
        std::fill(unit.begin() + c.purchase, unit.end(), 0.0);
        std::fill(bookDep.begin() + c.purchase, bookDep.end(), 0.0);

        // Cash per unit of capex, month by month (MODEL.md "Tax, profit and cash").
        unit[std::size_t(c.purchase)] -= 1.0;
        const double *surv = &survival[s * HH];
        const double *cl = &cloud[s * HH];
        const double *spot = &leaseSpot[s * HH];
        const double *pre = &leasePrefix[s * (HH + 1)];
        for (int t = c.service; t < end; ++t) {
            const std::size_t ti = std::size_t(t);
            unit[ti] -= maintenanceUnit;
            lt->colocation[ti] += c.colocation;
            if (fixedFailure) {
                const double n = c.gpus * surv[t - c.service];
                lt->sumThroughput[ti] += n * sku.throughput;
                lt->sumIdle[ti] += n * kwIdle[s];
                lt->sumLoad[ti] += n * kwLoad[s];
                lt->sumCloud[ti] += n * cl[t];
                const int lo = std::max(c.service, t - T + 1);
                const double realized =
                    T == 1 ? spot[t] : (pre[t + 1] - pre[lo]) / double(t + 1 - lo);
                lt->sumLease[ti] += n * realized;
            } else {
                lt->active[s * HH + ti] = 1;
            }
        }

        // Book and tax depreciation of one unit of capex (FleetModel's stages with B = 1).
        addBookDepreciation(sku.depreciation, 1.0, sku.salvageFraction, L, O, c.service, H,
                            schedule, bookDep.data());
        if (macrs) {
            std::fill(taxDep.begin() + c.purchase, taxDep.end(), 0.0);
            addMacrsDeductions(sc, 1.0, c.service, disposal, taxDep.data());
        }
        const std::vector<double> &taxD = macrs ? taxDep : bookDep;
        double book = 1.0, basis = 1.0;
        const int last = sold ? disposal : H;
        for (int t = c.purchase; t < last; ++t) {
            const std::size_t ti = std::size_t(t);
            book -= bookDep[ti];
            basis -= taxD[ti];
            unit[ti] += rate * taxD[ti]; // tax saved by the deduction
        }
        if (sold) {
            const double proceeds = sku.resaleFraction;
            unit[std::size_t(disposal)] += proceeds - rate * (proceeds - basis);
        } else {
            const double tv = fin.terminalValue == TerminalValueMethod::BookValue ? book : 0.0;
            unit[HH - 1] += tv - rate * (tv - basis);
        }
        for (std::size_t t = std::size_t(c.purchase); t < HH; ++t) {
            lt->kg[t] += c.gpuCapex * unit[t];
            lt->k0[t] += c.otherCapex * unit[t];
        }
    }
    return lt;
}

namespace {

// The per-month formulas of MODEL.md ("Demand, leasing and utilization", "Operating costs",
// "Tax, profit and cash") for n paths of month t, in one pass: every input is a path array
// (contiguous, so the compiler vectorizes the loop) or a month constant. The arithmetic is
// written in the same order as the scalar-per-path form it replaces (engine results are
// bit-for-bit those of the Eigen version before issue 15).
struct MonthInputs
{
    const double *sumTp, *sumIdle, *sumLoad, *sumCloud, *sumLease; // fleet sums
    const double *kg, *k0, *colocation;                            // capex-related, colocation
    const double *g, *leaseM, *cloudM, *demandM, *availability, *sellable, *electricity;
    const double *dfWhole, *dfFraction;         // per-path discount (dfFraction nullptr: factor 1)
    double hours, demand, escalation, discount; // month constants (discount: fixed rate)
    double afterTax, pue, staff, salesCost;
};

template <bool kLeasing, bool kPathDiscount>
FLEETROI_ALWAYS_INLINE void monthKernel(const MonthInputs &in, std::size_t n,
                                        double *__restrict cumulative, double *__restrict npv)
{
    const double h = in.hours;
    for (std::size_t i = 0; i < n; ++i) {
        const double gpuHourScale = h * in.availability[i]; // G = n * this
        const double C = in.sumTp[i] * gpuHourScale;
        const double S = std::min(in.demand * in.demandM[i], C);
        const bool positive = C > 0.0;
        const double safeC = positive ? C : 1.0;
        // Divisions outside the selects: a division under a condition is control flow the
        // vectorizer will not speculate (it may trap); safeC keeps it harmless.
        const double served = S / safeC;
        const double sigma = positive ? served : 0.0;
        double leased = 0.0, leaseRevenue = 0.0;
        if constexpr (kLeasing) {
            leased = (C - S) * in.sellable[i];
            leaseRevenue =
                gpuHourScale * (1.0 - sigma) * in.sellable[i] * (in.sumLease[i] * in.leaseM[i]);
        }
        const double used = (S + leased) / safeC;
        const double u = positive ? used : 0.0;
        const double internalValue = gpuHourScale * sigma * (in.sumCloud[i] * in.cloudM[i]);
        const double energy =
            h * (in.sumIdle[i] + in.sumLoad[i] * (in.availability[i] * u)) * in.pue;
        // ebitda without maintenance (which is in kg/k0), after tax, plus capex-related cash.
        const double ncf =
            in.afterTax * (leaseRevenue + internalValue -
                           (energy * in.electricity[i] * in.escalation + in.colocation[i] +
                            in.staff + leaseRevenue * in.salesCost)) +
            in.g[i] * in.kg[i] + in.k0[i];
        cumulative[i] += ncf;
        if constexpr (kPathDiscount)
            npv[i] += ncf * (in.dfWhole[i] * in.dfFraction[i]); // x * 1.0 == x in month 0
        else
            npv[i] += ncf * in.discount;
    }
}

void fill(std::vector<double> &v, std::size_t n, double value)
{
    v.assign(n, value);
}

} // namespace

void MonteCarloEngine::Impl::evaluateBlock(const double *multipliers, std::size_t n, double *npvOut,
                                           double *cumOut, float *fanOut, std::size_t fanStride,
                                           BlockBuffers &b) const
{
    const std::size_t nd = driverIndex.size();
    const std::size_t HH = std::size_t(H);
    const Operations &ops = sc.operations;
    for (int k = 0; k < kDriverCount; ++k)
        fill(b.m[k], n, 1.0);
    for (std::size_t k = 0; k < nd; ++k) {
        if (driverIndex[k] < 0)
            continue;
        double *col = b.m[driverIndex[k]].data();
        for (std::size_t i = 0; i < n; ++i)
            col[i] = multipliers[i * nd + k];
    }
    const LifeTables &lt = lifeTables(lifeKey(1.0));
    const bool lives = uncertain[kUsefulLife];
    if (lives)
        buildPathLives(b.m[kUsefulLife].data(), n, b);
    const PathLives *pl = lives ? &b.pl : nullptr;
    auto operating = [&](int s, std::size_t i) {
        return pl ? pl->operating[std::size_t(s) * n + i] : lt.operating[std::size_t(s)];
    };

    // Path multipliers with the sensitivity rules' caps (Sensitivity.cpp).
    b.availability.resize(n);
    b.sellable.resize(n);
    b.electricity.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        b.availability[i] = std::min(ops.availability * b.m[kAvailability][i], 1.0);
        b.sellable[i] = std::min(sc.leasing.sellableFraction * b.m[kSellableFraction][i], 1.0);
        b.electricity[i] = ops.electricityPricePerKwh * b.m[kElectricityPrice][i];
    }

    // Discount factors per path only when discount_rate is uncertain; same recurrence as
    // fillMonthlyPowers(1 / (1 + r), shift 1).
    const bool pathDiscount = uncertain[kDiscountRate];
    int dfJ = 1;
    if (pathDiscount) {
        b.dfBase.resize(n);
        b.dfFraction.resize(12 * n);
        fill(b.dfWhole, n, 1.0);
        for (std::size_t i = 0; i < n; ++i) {
            const double base = 1.0 / (1.0 + sc.finance.discountRate * b.m[kDiscountRate][i]);
            b.dfBase[i] = base;
            b.dfFraction[i] = 1.0; // pow(base, 0) is exactly 1
            for (int j = 1; j < 12; ++j)
                b.dfFraction[std::size_t(j) * n + i] = base == 1.0 ? 1.0 : std::pow(base, j / 12.0);
        }
    }

    // Failure-rate paths: monthly survival q per SKU and path, and q^O.
    const bool pathFailure = uncertain[kAnnualFailureRate];
    const std::size_t nActive = activeSkus.size();
    const std::size_t terms = std::size_t(std::max(T - 1, 0));
    std::vector<int> &oMin = b.oMin, &oMax = b.oMax; // per active SKU: the block's lives
    oMin.assign(nActive, 0);
    oMax.assign(nActive, -1);
    if (pathFailure) {
        b.q.resize(nActive * n);
        b.qO.resize(nActive * n);
        fill(b.X, nActive * n, 0.0);
        for (std::size_t k = 0; k < nActive; ++k) {
            const int s = activeSkus[k];
            const double f = sc.skus[std::size_t(s)].annualFailureRate;
            // An earlier SKU with the same failure rate has the same q on every path, and
            // the same q^O on the paths where its operating life is the same: copied, as
            // pow() of the same arguments (a third of the run's pow calls otherwise).
            std::size_t same = k;
            for (std::size_t e = 0; e < k && same == k; ++e)
                if (sc.skus[std::size_t(activeSkus[e])].annualFailureRate == f)
                    same = e;
            if (same < k) {
                const int se = activeSkus[same];
                for (std::size_t i = 0; i < n; ++i) {
                    const double keep = 1.0 - std::min(0.99, f * b.m[kAnnualFailureRate][i]);
                    const int O = operating(s, i);
                    b.q[k * n + i] = b.q[same * n + i];
                    b.qO[k * n + i] = O == operating(se, i) ? b.qO[same * n + i]
                                      : keep == 1.0         ? 1.0
                                                            : std::pow(keep, double(O) / 12.0);
                }
                continue;
            }
            for (std::size_t i = 0; i < n; ++i) {
                const double O = operating(s, i);
                const double keep = 1.0 - std::min(0.99, f * b.m[kAnnualFailureRate][i]);
                b.q[k * n + i] = keep == 1.0 ? 1.0 : std::pow(keep, 1.0 / 12.0);
                b.qO[k * n + i] = keep == 1.0 ? 1.0 : std::pow(keep, O / 12.0);
            }
        }
        if (pl) {
            for (std::size_t k = 0; k < nActive; ++k) {
                const int *O = &pl->operating[std::size_t(activeSkus[k]) * n];
                oMin[k] = *std::min_element(O, O + n);
                oMax[k] = *std::max_element(O, O + n);
            }
            b.youngTerms.resize(nActive * n);
            for (std::size_t k = 0; k < nActive; ++k)
                for (std::size_t i = 0; i < n; ++i)
                    b.youngTerms[k * n + i] = std::min(T - 1, operating(activeSkus[k], i));
        }
        // q^a for ages a < T-1 (lease-ladder correction), row k * terms + a.
        if (terms > 0) {
            b.qPower.resize(nActive * terms * n);
            for (std::size_t k = 0; k < nActive; ++k) {
                double *row0 = &b.qPower[(k * terms) * n];
                for (std::size_t i = 0; i < n; ++i)
                    row0[i] = 1.0;
                for (std::size_t a = 1; a < terms; ++a) {
                    const double *prev = &b.qPower[(k * terms + a - 1) * n];
                    double *row = &b.qPower[(k * terms + a) * n];
                    for (std::size_t i = 0; i < n; ++i)
                        row[i] = prev[i] * b.q[k * n + i];
                }
            }
        }
    }

    for (auto *v : {&b.sumTp, &b.sumIdle, &b.sumLoad, &b.sumCloud, &b.sumLease, &b.kg, &b.k0,
                    &b.colocation, &b.young, &b.youngPriced})
        v->resize(n);
    fill(b.cumulative, n, 0.0);
    fill(b.npv, n, 0.0);

    MonthInputs in{};
    in.sumTp = b.sumTp.data();
    in.sumIdle = b.sumIdle.data();
    in.sumLoad = b.sumLoad.data();
    in.sumCloud = b.sumCloud.data();
    in.sumLease = b.sumLease.data();
    in.kg = b.kg.data();
    in.k0 = b.k0.data();
    in.colocation = b.colocation.data();
    in.g = b.m[kGpuPrice].data();
    in.leaseM = b.m[kLeasePrice].data();
    in.cloudM = b.m[kCloudPrice].data();
    in.demandM = b.m[kInternalDemand].data();
    in.availability = b.availability.data();
    in.sellable = b.sellable.data();
    in.electricity = b.electricity.data();
    in.dfWhole = b.dfWhole.data();
    in.afterTax = 1.0 - sc.finance.taxRate;
    in.pue = ops.pue;
    in.staff = ops.staffCostPerMonth;
    in.salesCost = sc.leasing.salesCostFraction;
    const bool leasing = sc.leasing.enabled;

    double *__restrict sumTp = b.sumTp.data(), *__restrict sumIdle = b.sumIdle.data(),
                       *__restrict sumLoad = b.sumLoad.data(),
                       *__restrict sumCloud = b.sumCloud.data(),
                       *__restrict sumLease = b.sumLease.data();
    for (int t = 0; t < H; ++t) {
        const std::size_t ti = std::size_t(t);
        if (pathFailure) {
            // The sums start at 0 (0 + v for the first SKU, as the sums always did). Cleared
            // here rather than set by the first SKU's loop: GCC does not vectorize that loop.
            for (double *v : {sumTp, sumIdle, sumLoad, sumCloud, sumLease})
                std::fill(v, v + n, 0.0);
            for (std::size_t k = 0; k < nActive; ++k) {
                const std::size_t s = std::size_t(activeSkus[k]);
                double *__restrict x = &b.X[k * n];
                const double *__restrict q = &b.q[k * n];
                const double *__restrict qO = &b.qO[k * n];
                const double *G = &entering[s * HH];
                if (!pl) {
                    if (!lt.active[s * HH + ti]) {
                        std::fill(x, x + n, 0.0); // nothing operates: no rounding residue
                        continue;
                    }
                    const int O = lt.operating[s];
                    // X_t = q X_{t-1} + G_t - q^O G_{t-O}: working GPUs of the SKU.
                    const double g = G[t];
                    if (t - O >= 0 && G[t - O] != 0.0) {
                        const double gOut = G[t - O];
                        for (std::size_t i = 0; i < n; ++i)
                            x[i] = (q[i] * x[i] + g) - qO[i] * gOut;
                    } else {
                        for (std::size_t i = 0; i < n; ++i)
                            x[i] = q[i] * x[i] + g;
                    }
                } else {
                    // Operating life per path: the retiring cohort differs by path. (No reset
                    // when nothing operates: the residue is rounding of retired GPUs, ~1e-16.)
                    const int *O = &pl->operating[s * n];
                    const double g = G[t];
                    for (std::size_t i = 0; i < n; ++i)
                        x[i] = q[i] * x[i] + g;
                    // Months t - O of the block's operating lives: a cohort entering service
                    // then retires now on the paths with that life.
                    bool retiring = false;
                    for (int o = oMin[k]; o <= oMax[k] && !retiring; ++o)
                        retiring = t - o >= 0 && G[t - o] != 0.0;
                    // Without a branch per path (the retiring paths are few and random): on
                    // the others G is 0 and x - qO x 0 is x, bit for bit (qO is finite).
                    if (retiring)
                        for (std::size_t i = 0; i < n; ++i) {
                            const int a = t - O[i];
                            const double gOut = G[a < 0 ? 0 : a];
                            x[i] -= qO[i] * (a < 0 ? 0.0 : gOut);
                        }
                }
                const double tp = throughput[s], idle = kwIdle[s], load = kwLoad[s],
                             cl = cloud[s * HH + ti];
                for (std::size_t i = 0; i < n; ++i) {
                    sumTp[i] += tp * x[i];
                    sumIdle[i] += idle * x[i];
                    sumLoad[i] += load * x[i];
                    sumCloud[i] += cl * x[i];
                }
                const std::size_t first = youngFirst.empty() ? 0 : youngFirst[s * HH + ti];
                const std::size_t last = youngFirst.empty() ? 0 : youngFirst[s * HH + ti + 1];
                // Lease-ladder terms min(T-1, O): per SKU, or the largest over the paths
                // (then masked per path below) with per-path lives.
                const int na = pl ? T - 1 : lt.youngTerms[s];
                const double full = leaseFull[s * HH + ti];
                if (first == last || youngAge[first] >= na) {
                    for (std::size_t i = 0; i < n; ++i)
                        sumLease[i] += full * x[i];
                } else {
                    // Cohorts younger than the contract term earn the mean price since their
                    // own service month, not the full ladder's mean: correct for them.
                    double *young = b.young.data(), *youngPriced = b.youngPriced.data();
                    std::fill(young, young + n, 0.0);
                    std::fill(youngPriced, youngPriced + n, 0.0);
                    for (std::size_t e = first; e < last && youngAge[e] < na; ++e) {
                        const double *qa = &b.qPower[(k * terms + std::size_t(youngAge[e])) * n];
                        const double yg = youngGpus[e], yv = youngValue[e];
                        if (pl) {
                            // Only cohorts still operating (age < O) on each path.
                            const double *terms_ = &b.youngTerms[k * n];
                            const double age = double(youngAge[e]);
                            for (std::size_t i = 0; i < n; ++i) {
                                const bool live = terms_[i] > age;
                                young[i] += live ? yg * qa[i] : 0.0;
                                youngPriced[i] += live ? yv * qa[i] : 0.0;
                            }
                        } else {
                            for (std::size_t i = 0; i < n; ++i) {
                                young[i] += yg * qa[i];
                                youngPriced[i] += yv * qa[i];
                            }
                        }
                    }
                    for (std::size_t i = 0; i < n; ++i)
                        sumLease[i] += full * (x[i] - young[i]) + youngPriced[i];
                }
            }
        } else if (pl) {
            for (std::size_t i = 0; i < n; ++i) {
                const double *tab = pl->table[i];
                sumTp[i] = tab[3 * HH + ti];
                sumIdle[i] = tab[4 * HH + ti];
                sumLoad[i] = tab[5 * HH + ti];
                sumCloud[i] = tab[6 * HH + ti];
                sumLease[i] = tab[7 * HH + ti];
            }
        } else {
            std::fill(sumTp, sumTp + n, lt.sumThroughput[ti]);
            std::fill(sumIdle, sumIdle + n, lt.sumIdle[ti]);
            std::fill(sumLoad, sumLoad + n, lt.sumLoad[ti]);
            std::fill(sumCloud, sumCloud + n, lt.sumCloud[ti]);
            std::fill(sumLease, sumLease + n, lt.sumLease[ti]);
        }
        if (pl) {
            for (std::size_t i = 0; i < n; ++i) {
                const double *tab = pl->table[i];
                b.kg[i] = tab[ti];
                b.k0[i] = tab[HH + ti];
                b.colocation[i] = tab[2 * HH + ti];
            }
        } else {
            std::fill(b.kg.begin(), b.kg.end(), lt.kg[ti]);
            std::fill(b.k0.begin(), b.k0.end(), lt.k0[ti]);
            std::fill(b.colocation.begin(), b.colocation.end(), lt.colocation[ti]);
        }

        in.hours = hours[ti];
        in.demand = demand[ti];
        in.escalation = escalation[ti];
        in.discount = discount[ti];
        in.dfFraction = pathDiscount ? &b.dfFraction[std::size_t(dfJ) * n] : nullptr;
        // Called directly (not through a pointer) so that each clone inlines its own copy.
        if (leasing && pathDiscount)
            monthKernel<true, true>(in, n, b.cumulative.data(), b.npv.data());
        else if (leasing)
            monthKernel<true, false>(in, n, b.cumulative.data(), b.npv.data());
        else if (pathDiscount)
            monthKernel<false, true>(in, n, b.cumulative.data(), b.npv.data());
        else
            monthKernel<false, false>(in, n, b.cumulative.data(), b.npv.data());
        if (pathDiscount && ++dfJ == 12) {
            dfJ = 0;
            for (std::size_t i = 0; i < n; ++i)
                b.dfWhole[i] *= b.dfBase[i];
        }
        if (cumOut)
            for (std::size_t i = 0; i < n; ++i)
                cumOut[i * HH + ti] = b.cumulative[i];
        if (fanOut) {
            float *row = fanOut + ti * fanStride;
            for (std::size_t i = 0; i < n; ++i)
                row[i] = float(b.cumulative[i]);
        }
    }
    std::copy(b.npv.begin(), b.npv.end(), npvOut);
}

MonteCarloEngine::MonteCarloEngine(const Scenario &scenario,
                                   const std::vector<std::string> &drivers)
    : d(std::make_unique<Impl>(scenario, drivers))
{}

MonteCarloEngine::~MonteCarloEngine() = default;

int MonteCarloEngine::horizonMonths() const
{
    return d->H;
}

std::size_t MonteCarloEngine::driverCount() const
{
    return d->driverIndex.size();
}

void MonteCarloEngine::evaluate(const double *multipliers, std::size_t count, double *npv,
                                double *cumulative) const
{
    const std::size_t nd = d->driverIndex.size();
    const std::size_t HH = std::size_t(d->H);
    BlockBuffers buffers;
    for (std::size_t start = 0; start < count; start += kBlockPaths) {
        const std::size_t nb = std::min(kBlockPaths, count - start);
        d->evaluateBlock(multipliers + start * nd, nb, npv + start,
                         cumulative ? cumulative + start * HH : nullptr, nullptr, 0, buffers);
    }
}

void MonteCarloEngine::evaluateFan(const double *multipliers, std::size_t count, double *npv,
                                   float *fan, std::size_t fanStride) const
{
    const std::size_t nd = d->driverIndex.size();
    BlockBuffers buffers;
    for (std::size_t start = 0; start < count; start += kBlockPaths) {
        const std::size_t nb = std::min(kBlockPaths, count - start);
        d->evaluateBlock(multipliers + start * nd, nb, npv + start, nullptr, fan + start, fanStride,
                         buffers);
    }
}

} // namespace fleetroi
