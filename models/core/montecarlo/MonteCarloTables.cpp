// SPDX-License-Identifier: GPL-3.0-or-later
// The Monte Carlo engine's path-independent tables (see MonteCarloEngineImpl.h): built from
// the scalar model's own stages, so the two engines share every table-building rule and
// agree to rounding.
#include "montecarlo/MonteCarloEngineImpl.h"

#include "engine/BookSchedule.h"
#include "engine/FleetStages.h"
#include "engine/MonthlyTables.h"
#include "engine/Sensitivity.h"
#include "engine/TaxDepreciation.h"

#include <algorithm>

namespace fleetroi {

using namespace mc;

MonteCarloEngine::Impl::Impl(const Scenario &scenario, const std::vector<std::string> &drivers)
    : sc(scenario)
{
    H = sc.horizonMonths;
    T = sc.leasing.contractMonths;
    nSku = int(sc.skus.size());
    for (const std::string &name : drivers) {
        const auto id = findDriver(name);
        const int idx = id ? int(*id) : -1;
        driverIndex.push_back(idx);
        if (idx >= 0)
            uncertain[idx] = true;
    }

    const std::size_t HH = std::size_t(H);
    months = buildMonthTables(sc);
    hours = months.hours.data();
    demand = months.demand.data();
    escalation = months.escalation.data();
    discount = months.discountFactor.data();
    skuMonth = buildSkuMonthTables(sc, 1.0);
    cloud = skuMonth.cloud.data();

    const std::size_t S = std::size_t(nSku);
    leaseFull.resize(S * HH);
    for (std::size_t s = 0; s < S; ++s) {
        const Sku &sku = sc.skus[s];
        for (int t = 0; t < H; ++t)
            leaseFull[s * HH + std::size_t(t)] =
                realizedLeasePrice(skuMonth.spotOf(s), skuMonth.prefixOf(s), T, 0, t);
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
        const TrancheCost cost = trancheCost(sc, sku, p);
        c.gpus += cost.gpus;
        c.gpuCapex += cost.gpu;
        c.otherCapex += cost.otherCapex();
        c.colocation += cost.colocation;
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
            const double *spot = skuMonth.spotOf(s), *pre = skuMonth.prefixOf(s);
            for (int t = 0; t < H; ++t) {
                youngFirst[s * HH + std::size_t(t)] = youngAge.size();
                for (int a = 0; a < T - 1 && a <= t; ++a) {
                    const double g = entering[s * HH + std::size_t(t - a)];
                    if (g == 0.0)
                        continue;
                    // Contracts of a cohort of age a were all signed from its service month
                    // t - a on: realized price = mean over t-a..t.
                    const double realized = realizedLeasePrice(spot, pre, T, t - a, t);
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
    // Sorted by key (lexicographic; the order inside a group does not matter: every path of
    // it gets the same table). When every key value fits in 64 / K bits, the key packed into
    // one integer, first value highest, orders the same and sorts several times faster than
    // the comparison of K values (3 % of the correlated example's run).
    const unsigned bits = K > 0 ? unsigned(std::min<std::size_t>(31, 64 / K)) : 31;
    const std::uint64_t limit = std::uint64_t(1) << bits;
    bool packable = K > 0;
    for (std::size_t j = 0; j < n * K && packable; ++j)
        packable = keys[j] >= 0 && std::uint64_t(keys[j]) < limit;
    if (packable) {
        auto &packed = b.packedKeys;
        packed.resize(n);
        for (std::size_t i = 0; i < n; ++i) {
            std::uint64_t p = 0;
            for (std::size_t k = 0; k < K; ++k)
                p = (p << bits) | std::uint64_t(keys[i * K + k]);
            packed[i] = {p, std::uint32_t(i)};
        }
        std::sort(packed.begin(), packed.end());
        for (std::size_t i = 0; i < n; ++i)
            b.order[i] = packed[i].second;
    } else {
        std::sort(b.order.begin(), b.order.end(), [&](std::uint32_t x, std::uint32_t y) {
            return std::lexicographical_compare(keyOf(x), keyOf(x) + K, keyOf(y), keyOf(y) + K);
        });
    }
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

    const FleetSumRows sums =
        fixedFailure ? FleetSumRows{lt->sumThroughput.data(), lt->sumIdle.data(),
                                    lt->sumLoad.data(), lt->sumCloud.data(), lt->sumLease.data()}
                     : FleetSumRows{};
    for (const Cohort &c : cohorts) {
        if (onlySku >= 0 && c.sku != onlySku)
            continue;
        const Sku &sku = sc.skus[std::size_t(c.sku)];
        const std::size_t s = std::size_t(c.sku);
        const int L = lt->life[s];
        const int O = lt->operating[s];
        const ServiceWindow w = serviceWindow(c.purchase, c.service, O, H);
        std::fill(unit.begin() + c.purchase, unit.end(), 0.0);
        std::fill(bookDep.begin() + c.purchase, bookDep.end(), 0.0);

        // Cash per unit of capex, month by month (MODEL.md "Tax, profit and cash"): the
        // capex, then maintenance after tax while operating (and the fleet sums, the same
        // stage as the scalar model's).
        unit[std::size_t(c.purchase)] -= 1.0;
        auto operatingMonth = [&](std::size_t ti, double) {
            unit[ti] -= maintenanceUnit;
            lt->colocation[ti] += c.colocation;
        };
        if (fixedFailure) {
            addOperatingGpus(sums, skuMonth, s, sku, c.gpus, c.service, w.end, T, operatingMonth);
        } else {
            for (int t = c.service; t < w.end; ++t) {
                operatingMonth(std::size_t(t), 0.0);
                lt->active[s * HH + std::size_t(t)] = 1;
            }
        }

        // Book and tax depreciation of one unit of capex (the scalar model's stages, B = 1).
        addBookDepreciation(sku.depreciation, 1.0, sku.salvageFraction, L, O, c.service, H,
                            schedule, bookDep.data());
        if (macrs) {
            std::fill(taxDep.begin() + c.purchase, taxDep.end(), 0.0);
            addMacrsDeductions(sc, 1.0, c.service, w.disposal, taxDep.data());
        }
        const std::vector<double> &taxD = macrs ? taxDep : bookDep;
        // Book value and basis until the sale or the end; the tax saved by each deduction;
        // the exit's value less the tax on its gain.
        double book = 1.0, basis = 1.0;
        walkCarryingAmounts(1.0, c.purchase, w.sold ? w.disposal : H, bookDep.data(), taxD.data(),
                            nullptr, book, basis,
                            [&](std::size_t ti, double, double) { unit[ti] += rate * taxD[ti]; });
        const TrancheExit exit = trancheExit(sc, sku, w, 1.0, book, basis, nullptr, nullptr);
        unit[std::size_t(exit.month)] += exit.value - rate * exit.taxGain;
        for (std::size_t t = std::size_t(c.purchase); t < HH; ++t) {
            lt->kg[t] += c.gpuCapex * unit[t];
            lt->k0[t] += c.otherCapex * unit[t];
        }
    }
    return lt;
}

} // namespace fleetroi
