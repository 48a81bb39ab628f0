// SPDX-License-Identifier: GPL-3.0-or-later
// See MonteCarloEngine.h for the approach. The helpers marked "as FleetModel.cpp" repeat the
// scalar engine's arithmetic on purpose (same tables, same order of operations), so that the
// two engines agree to rounding; FleetModel.cpp keeps them private.
#include "montecarlo/MonteCarloEngine.h"

#include "engine/MonthlyTables.h"

#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"

#include <Eigen/Core>

#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

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

constexpr double kMacrs5HalfYear[6] = {0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576};

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
// Instead each SKU's share is tabulated per (SKU, lives) - a few dozen per SKU - and summed
// per path. Matrices are H x paths (column per path).
struct PathLives
{
    Eigen::ArrayXXd kg, k0, colocation;
    Eigen::ArrayXXd sumThroughput, sumIdle, sumLoad, sumCloud, sumLease; // fixed failure only
    Eigen::ArrayXXi operating;                                           // nSku x paths
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
    // One SKU's share of the tables for its lives (key: sku, life, operating life).
    mutable std::map<std::tuple<int, int, int>, std::unique_ptr<LifeTables>> skuTables;
    std::vector<int> cohortSkus; // SKUs with at least one cohort (capex even if never in service)

    Impl(const Scenario &scenario, const std::vector<std::string> &drivers);
    std::vector<int> lifeKey(double usefulLifeMultiplier) const;
    const LifeTables &lifeTables(const std::vector<int> &key) const;
    const LifeTables &skuLifeTables(int sku, int life, int operating) const;
    // onlySku >= 0: only that SKU's cohorts (its share of every table).
    std::unique_ptr<LifeTables> buildTables(const std::vector<int> &key, int onlySku = -1) const;
    void buildPathLives(const Array &lifeMultiplier, PathLives &pl) const;
    void evaluateBlock(const double *multipliers, std::size_t count, double *npv,
                       double *cumulative) const;
    void evaluateGroup(const LifeTables &lt, const PathLives *pl, const Array *m,
                       const std::vector<int> &rows, double *npv, double *cumulative) const;
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

void MonteCarloEngine::Impl::buildPathLives(const Array &lifeMultiplier, PathLives &pl) const
{
    const Eigen::Index n = lifeMultiplier.size();
    const bool fixedFailure = !uncertain[kAnnualFailureRate];
    for (Eigen::ArrayXXd *a : {&pl.kg, &pl.k0, &pl.colocation})
        a->setZero(H, n);
    if (fixedFailure)
        for (Eigen::ArrayXXd *a :
             {&pl.sumThroughput, &pl.sumIdle, &pl.sumLoad, &pl.sumCloud, &pl.sumLease})
            a->setZero(H, n);
    pl.operating.resize(nSku, n);
    for (int s = 0; s < nSku; ++s) {
        const Sku &sku = sc.skus[std::size_t(s)];
        for (Eigen::Index i = 0; i < n; ++i)
            pl.operating(s, i) = scaleLifeMonths(sku.operatingLifeMonths, lifeMultiplier[i]);
    }
    for (const int s : cohortSkus) {
        const Sku &sku = sc.skus[std::size_t(s)];
        const LifeTables *last = nullptr;
        int lastL = -1, lastO = -1;
        for (Eigen::Index i = 0; i < n; ++i) {
            const int L = scaleLifeMonths(sku.usefulLifeMonths, lifeMultiplier[i]);
            const int O = pl.operating(s, i);
            if (L != lastL || O != lastO) {
                last = &skuLifeTables(s, L, O);
                lastL = L;
                lastO = O;
            }
            auto add = [&](Eigen::ArrayXXd &to, const std::vector<double> &from) {
                to.col(i) += Eigen::Map<const Array>(from.data(), H);
            };
            add(pl.kg, last->kg);
            add(pl.k0, last->k0);
            add(pl.colocation, last->colocation);
            if (fixedFailure) {
                add(pl.sumThroughput, last->sumThroughput);
                add(pl.sumIdle, last->sumIdle);
                add(pl.sumLoad, last->sumLoad);
                add(pl.sumCloud, last->sumCloud);
                add(pl.sumLease, last->sumLease);
            }
        }
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
    const double bonus = fin.bonusDepreciation;
    std::vector<double> unit(HH), bookDep(HH), taxDep(HH);

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

        // Book depreciation of one unit of capex (as FleetModel.cpp with B = 1).
        const double V = sku.salvageFraction;
        double bv = 1.0;
        for (int j = 0; j < std::min(L, O); ++j) {
            double dep = 0.0;
            switch (sku.depreciation) {
            case DepreciationMethod::StraightLine:
                dep = (1.0 - V) / L;
                break;
            case DepreciationMethod::SumOfYears:
                dep = (1.0 - V) * double(L - j) / (double(L) * (L + 1) / 2.0);
                break;
            case DepreciationMethod::DoubleDeclining:
                dep = std::min(std::max(2.0 * bv / L, (bv - V) / double(L - j)), bv - V);
                break;
            }
            bv -= dep;
            const int t = c.service + j;
            if (t < H)
                bookDep[std::size_t(t)] += dep;
        }
        if (macrs) {
            std::fill(taxDep.begin() + c.purchase, taxDep.end(), 0.0);
            const int fy0 =
                fiscalYearOf(sc.startYear, sc.startMonth, fin.fiscalYearEndMonth, c.service);
            for (int i = 0; i < 6; ++i) {
                const int idx = fiscalYearEndIndex(sc.startYear, sc.startMonth,
                                                   fin.fiscalYearEndMonth, fy0 + i);
                if (idx < 0 || idx > H - 1 || idx >= disposal)
                    continue;
                taxDep[std::size_t(idx)] += i == 0 ? bonus + (1.0 - bonus) * kMacrs5HalfYear[0]
                                                   : (1.0 - bonus) * kMacrs5HalfYear[i];
            }
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

void MonteCarloEngine::Impl::evaluateBlock(const double *multipliers, std::size_t count,
                                           double *npv, double *cumulative) const
{
    const std::size_t nd = driverIndex.size();
    std::vector<int> rows(count);
    for (std::size_t i = 0; i < count; ++i)
        rows[i] = int(i);
    Array m[kDriverCount];
    for (int k = 0; k < kDriverCount; ++k)
        m[k].setOnes(Eigen::Index(count));
    for (std::size_t k = 0; k < nd; ++k) {
        if (driverIndex[k] < 0)
            continue;
        Array &col = m[driverIndex[k]];
        for (std::size_t i = 0; i < count; ++i)
            col[Eigen::Index(i)] = multipliers[i * nd + k];
    }
    const LifeTables &base = lifeTables(lifeKey(1.0));
    if (!uncertain[kUsefulLife]) {
        evaluateGroup(base, nullptr, m, rows, npv, cumulative);
    } else {
        PathLives pl;
        buildPathLives(m[kUsefulLife], pl);
        evaluateGroup(base, &pl, m, rows, npv, cumulative);
    }
}

void MonteCarloEngine::Impl::evaluateGroup(const LifeTables &lt, const PathLives *pl,
                                           const Array *m, const std::vector<int> &rows,
                                           double *npvOut, double *cumOut) const
{
    const Eigen::Index n = Eigen::Index(rows.size());
    const std::size_t HH = std::size_t(H);
    const Operations &ops = sc.operations;
    const double tax = sc.finance.taxRate;
    const bool leasing = sc.leasing.enabled;

    // Path multipliers with the sensitivity rules' caps (Sensitivity.cpp).
    const Array &g = m[kGpuPrice];
    const Array &leaseM = m[kLeasePrice];
    const Array &cloudM = m[kCloudPrice];
    const Array &demandM = m[kInternalDemand];
    const Array availability = (ops.availability * m[kAvailability]).min(1.0);
    const Array sellable = (sc.leasing.sellableFraction * m[kSellableFraction]).min(1.0);
    const Array electricity = ops.electricityPricePerKwh * m[kElectricityPrice];

    // Discount factors per path only when discount_rate is uncertain; same recurrence as
    // fillMonthlyPowers(1 / (1 + r), shift 1).
    const bool pathDiscount = uncertain[kDiscountRate];
    Array dfBase, dfWhole, dfFraction[12];
    int dfJ = 1;
    if (pathDiscount) {
        dfBase = 1.0 / (1.0 + sc.finance.discountRate * m[kDiscountRate]);
        for (int j = 0; j < 12; ++j) {
            dfFraction[j].resize(n);
            for (Eigen::Index i = 0; i < n; ++i)
                dfFraction[j][i] = dfBase[i] == 1.0 ? 1.0 : std::pow(dfBase[i], j / 12.0);
        }
        dfWhole.setOnes(n);
    }

    // Failure-rate paths: monthly survival q per SKU and path, and q^O.
    const bool pathFailure = uncertain[kAnnualFailureRate];
    const Eigen::Index nActive = Eigen::Index(activeSkus.size());
    Eigen::ArrayXXd q, qO, X, qPower;
    Eigen::ArrayXXd youngTerms; // per path: min(T-1, O) (only with per-path lives)
    const std::size_t terms = std::size_t(std::max(T - 1, 0));
    if (pathFailure) {
        q.resize(n, nActive);
        qO.resize(n, nActive);
        X.setZero(n, nActive);
        for (Eigen::Index k = 0; k < nActive; ++k) {
            const int s = activeSkus[std::size_t(k)];
            const double f = sc.skus[std::size_t(s)].annualFailureRate;
            for (Eigen::Index i = 0; i < n; ++i) {
                const double O = pl ? pl->operating(s, i) : lt.operating[std::size_t(s)];
                const double keep = 1.0 - std::min(0.99, f * m[kAnnualFailureRate][i]);
                q(i, k) = keep == 1.0 ? 1.0 : std::pow(keep, 1.0 / 12.0);
                qO(i, k) = keep == 1.0 ? 1.0 : std::pow(keep, O / 12.0);
            }
        }
        if (pl) {
            youngTerms.resize(n, nActive);
            for (Eigen::Index k = 0; k < nActive; ++k)
                for (Eigen::Index i = 0; i < n; ++i)
                    youngTerms(i, k) =
                        std::min(T - 1, pl->operating(activeSkus[std::size_t(k)], i));
        }
        // q^a for ages a < T-1 (lease-ladder correction), column k * terms + a.
        if (terms > 0) {
            qPower.resize(n, nActive * Eigen::Index(terms));
            for (Eigen::Index k = 0; k < nActive; ++k) {
                qPower.col(k * Eigen::Index(terms)).setOnes();
                for (Eigen::Index a = 1; a < Eigen::Index(terms); ++a)
                    qPower.col(k * Eigen::Index(terms) + a) =
                        qPower.col(k * Eigen::Index(terms) + a - 1) * q.col(k);
            }
        }
    }

    Array sumTp(n), sumIdle(n), sumLoad(n), sumCloud(n), sumLease(n), young(n), youngPriced(n);
    Array C(n), S(n), sigma(n), leased(n), u(n), leaseRevenue(n), internalValue(n), energy(n),
        ncf(n);
    Array cumulative = Array::Zero(n), npv = Array::Zero(n), kgT(n), k0T(n), colocationT(n);

    for (int t = 0; t < H; ++t) {
        const std::size_t ti = std::size_t(t);
        if (pathFailure) {
            sumTp.setZero();
            sumIdle.setZero();
            sumLoad.setZero();
            sumCloud.setZero();
            sumLease.setZero();
            for (Eigen::Index k = 0; k < nActive; ++k) {
                const std::size_t s = std::size_t(activeSkus[std::size_t(k)]);
                auto x = X.col(k);
                const double *G = &entering[s * HH];
                if (!pl) {
                    if (!lt.active[s * HH + ti]) {
                        x.setZero(); // nothing operates: no rounding residue carried on
                        continue;
                    }
                    const int O = lt.operating[s];
                    // X_t = q X_{t-1} + G_t - q^O G_{t-O}: working GPUs of the SKU.
                    x = q.col(k) * x + G[t];
                    if (t - O >= 0 && G[t - O] != 0.0)
                        x -= qO.col(k) * G[t - O];
                } else {
                    // Operating life per path: the retiring cohort differs by path. (No reset
                    // when nothing operates: the residue is rounding of retired GPUs, ~1e-16.)
                    x = q.col(k) * x + G[t];
                    for (Eigen::Index i = 0; i < n; ++i) {
                        const int O = pl->operating(Eigen::Index(s), i);
                        if (t - O >= 0 && G[t - O] != 0.0)
                            x[i] -= qO(i, k) * G[t - O];
                    }
                }
                sumTp += throughput[s] * x;
                sumIdle += kwIdle[s] * x;
                sumLoad += kwLoad[s] * x;
                sumCloud += cloud[s * HH + ti] * x;
                const std::size_t first = youngFirst.empty() ? 0 : youngFirst[s * HH + ti];
                const std::size_t last = youngFirst.empty() ? 0 : youngFirst[s * HH + ti + 1];
                // Lease-ladder terms min(T-1, O): per SKU, or the largest over the paths
                // (then masked per path below) with per-path lives.
                const int na = pl ? T - 1 : lt.youngTerms[s];
                if (first == last || youngAge[first] >= na) {
                    sumLease += leaseFull[s * HH + ti] * x;
                } else {
                    // Cohorts younger than the contract term earn the mean price since their
                    // own service month, not the full ladder's mean: correct for them.
                    young.setZero();
                    youngPriced.setZero();
                    for (std::size_t e = first; e < last && youngAge[e] < na; ++e) {
                        const auto qa = qPower.col(k * Eigen::Index(terms) + youngAge[e]);
                        if (pl) {
                            // Only cohorts still operating (age < O) on each path.
                            const auto live = youngTerms.col(k) > double(youngAge[e]);
                            young += live.select(youngGpus[e] * qa, 0.0);
                            youngPriced += live.select(youngValue[e] * qa, 0.0);
                        } else {
                            young += youngGpus[e] * qa;
                            youngPriced += youngValue[e] * qa;
                        }
                    }
                    sumLease += leaseFull[s * HH + ti] * (x - young) + youngPriced;
                }
            }
        } else if (pl) {
            sumTp = pl->sumThroughput.row(t).transpose();
            sumIdle = pl->sumIdle.row(t).transpose();
            sumLoad = pl->sumLoad.row(t).transpose();
            sumCloud = pl->sumCloud.row(t).transpose();
            sumLease = pl->sumLease.row(t).transpose();
        } else {
            sumTp.setConstant(lt.sumThroughput[ti]);
            sumIdle.setConstant(lt.sumIdle[ti]);
            sumLoad.setConstant(lt.sumLoad[ti]);
            sumCloud.setConstant(lt.sumCloud[ti]);
            sumLease.setConstant(lt.sumLease[ti]);
        }
        if (pl) {
            kgT = pl->kg.row(t).transpose();
            k0T = pl->k0.row(t).transpose();
            colocationT = pl->colocation.row(t).transpose();
        } else {
            kgT.setConstant(lt.kg[ti]);
            k0T.setConstant(lt.k0[ti]);
            colocationT.setConstant(lt.colocation[ti]);
        }

        // MODEL.md "Demand, leasing and utilization" and "Operating costs", per path.
        const double h = hours[ti];
        const Array gpuHourScale = h * availability; // G = n * this
        C = sumTp * gpuHourScale;
        S = (demand[ti] * demandM).min(C);
        sigma = (C > 0.0).select(S / C, 0.0);
        if (leasing) {
            leased = (C - S) * sellable;
            leaseRevenue = gpuHourScale * (1.0 - sigma) * sellable * (sumLease * leaseM);
        } else {
            leased.setZero();
            leaseRevenue.setZero();
        }
        u = (C > 0.0).select((S + leased) / C, 0.0);
        internalValue = gpuHourScale * sigma * (sumCloud * cloudM);
        energy = h * (sumIdle + sumLoad * (availability * u)) * ops.pue;
        // ebitda without maintenance (which is in kg/k0), after tax, plus capex-related cash.
        ncf =
            (1.0 - tax) * (leaseRevenue + internalValue -
                           (energy * electricity * escalation[ti] + colocationT +
                            ops.staffCostPerMonth + leaseRevenue * sc.leasing.salesCostFraction)) +
            g * kgT + k0T;
        cumulative += ncf;
        if (pathDiscount) {
            npv += ncf * (dfJ == 0 ? dfWhole : dfWhole * dfFraction[dfJ]);
            if (++dfJ == 12) {
                dfJ = 0;
                dfWhole *= dfBase;
            }
        } else {
            npv += ncf * discount[ti];
        }
        if (cumOut)
            for (Eigen::Index i = 0; i < n; ++i)
                cumOut[std::size_t(rows[std::size_t(i)]) * HH + ti] = cumulative[i];
    }
    for (Eigen::Index i = 0; i < n; ++i)
        npvOut[rows[std::size_t(i)]] = npv[i];
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
    for (std::size_t start = 0; start < count; start += kBlockPaths) {
        const std::size_t nb = std::min(kBlockPaths, count - start);
        d->evaluateBlock(multipliers + start * nd, nb, npv + start,
                         cumulative ? cumulative + start * HH : nullptr);
    }
}

} // namespace fleetroi
