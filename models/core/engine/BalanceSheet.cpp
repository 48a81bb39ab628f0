// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/BalanceSheet.h"

#include "engine/MonthlyTables.h"

#include <algorithm>

namespace fleetroi {

void Model11Tables::prepare(const Scenario &sc, int H)
{
    scenario = &sc;
    horizon = H;
    const std::size_t HH = std::size_t(H);
    const std::size_t nSku = sc.skus.size();
    isTestMonth.assign(HH, 0);
    if (sc.finance.impairmentTest) {
        // Every fiscal-year-end month inside the horizon (finance calendar of MonthlyTables).
        const int fyEnd = sc.finance.fiscalYearEndMonth;
        const int first = fiscalYearOf(sc.startYear, sc.startMonth, fyEnd, 0);
        const int last = fiscalYearOf(sc.startYear, sc.startMonth, fyEnd, H - 1);
        for (int fy = first; fy <= last; ++fy) {
            const int t = fiscalYearEndIndex(sc.startYear, sc.startMonth, fyEnd, fy);
            if (t >= 0 && t < H)
                isTestMonth[std::size_t(t)] = 1;
        }
    }
    mvPrice.assign(nSku * HH, 0.0);
    ageFactor.assign(nSku * HH, 0.0);
    for (std::size_t s = 0; s < nSku; ++s) {
        const Sku &sku = sc.skus[s];
        if (!sku.marketValue)
            continue;
        fillPriceTable(*sku.marketValue, &mvPrice[s * HH], HH);
        fillMonthlyPowers(1.0 - sku.marketAgeDiscountPerYear, 0, &ageFactor[s * HH], HH);
    }
}

Tranche11 computeTranche11(const Model11Tables &tb, const TrancheFacts11 &f)
{
    const Scenario &sc = *tb.scenario;
    const Sku &sku = sc.skus[f.skuIndex];
    const int H = tb.horizon;
    const std::size_t HH = std::size_t(H);
    const std::size_t s = f.skuIndex;
    const double *surv = &tb.survival[s * HH];
    const double *mvp = &tb.mvPrice[s * HH];
    const double *age = &tb.ageFactor[s * HH];
    Tranche11 out;
    out.hasMarketValue = sku.marketValue.has_value();
    const int heldEnd = f.sold ? f.disposal : H; // first month not held

    if (out.hasMarketValue) {
        out.marketValue.assign(HH, 0.0);
        for (int t = f.purchase; t < heldEnd; ++t) {
            const std::size_t ti = std::size_t(t);
            if (t < f.service) // bought, not yet in service: no attrition, no age
                out.marketValue[ti] = f.gpus * mvp[ti];
            else
                out.marketValue[ti] = f.gpus * surv[t - f.service] * mvp[ti] * age[t - f.service];
        }
        if (f.sold) {
            // Sold in r_k at MV_{k,r_k} computed as if still operating (age r_k - s_k = O).
            const int a = f.disposal - f.service;
            out.disposalValue = f.gpus * surv[a] * mvp[f.disposal] * age[a];
        }
    }

    const bool test = sc.finance.impairmentTest && out.hasMarketValue && f.service < H;
    if (!sku.usefulLifeChange && !test)
        return out;

    TrancheBookInput in;
    in.cost = f.capex;
    in.salvage = f.salvage;
    in.method = sku.depreciation;
    in.usefulLife = sku.usefulLifeMonths;
    in.operatingLife = sku.operatingLifeMonths;
    in.serviceMonth = f.service;
    in.horizon = H;
    in.change = sku.usefulLifeChange;

    std::vector<double> futureCash;
    if (test) {
        // cf_{k,t} of the operating months inside the horizon, as suffix sums.
        const Operations &ops = sc.operations;
        const Leasing &lease = sc.leasing;
        const int T = lease.contractMonths;
        const double *pre = &tb.leasePrefix[s * (HH + 1)];
        const double *spot = &tb.leaseSpot[s * HH];
        const double *cl = &tb.cloud[s * HH];
        const double colocation = f.gpus * sku.powerKwPerGpu * ops.colocationPerKwMonth;
        const double maintenance = f.capex * ops.maintenanceFractionPerYear / 12.0;
        const double kwIdle = sku.powerKwPerGpu * sku.idlePowerFraction;
        const double kwLoad = sku.powerKwPerGpu * (1.0 - sku.idlePowerFraction);
        const int opEnd = std::min(f.disposal, H); // last operating month is r_k - 1
        futureCash.assign(HH + 1, 0.0);
        for (int t = opEnd - 1; t >= f.service; --t) {
            const std::size_t ti = std::size_t(t);
            const double n = f.gpus * surv[t - f.service];
            const double G = n * tb.hours[ti] * ops.availability;
            double leaseRevenue = 0.0;
            if (lease.enabled) {
                const int lo = std::max(f.service, t - T + 1);
                const double realized =
                    T == 1 ? spot[t] : (pre[t + 1] - pre[lo]) / double(t + 1 - lo);
                leaseRevenue = G * (1.0 - tb.sigma[ti]) * lease.sellableFraction * realized;
            }
            const double internal = G * tb.sigma[ti] * cl[t];
            const double electricity = n * tb.hours[ti] * (kwIdle + kwLoad * tb.load[ti]) *
                                       ops.pue * ops.electricityPricePerKwh * tb.escalation[ti];
            const double cf = leaseRevenue * (1.0 - lease.salesCostFraction) + internal -
                              electricity - colocation - maintenance;
            futureCash[ti] = futureCash[ti + 1] + cf;
        }
        in.isTestMonth = &tb.isTestMonth;
        in.marketValue = out.marketValue.data();
        in.futureCash = futureCash.data();
        in.endValue = f.sold ? out.disposalValue : out.marketValue[HH - 1];
    }
    out.book = trancheBookSchedule(in);
    return out;
}

} // namespace fleetroi
