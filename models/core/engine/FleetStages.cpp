// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/FleetStages.h"

#include "engine/MonthlyTables.h"

namespace fleetroi {

MonthTables buildMonthTables(const Scenario &sc)
{
    const int H = sc.horizonMonths;
    const std::size_t HH = std::size_t(H);
    MonthTables m;
    m.hours.resize(HH);
    m.escalation.resize(HH);
    m.discountFactor.resize(HH);
    for (int t = 0; t < H; ++t)
        m.hours[std::size_t(t)] = hoursInMonth(sc.startYear, sc.startMonth, t);
    fillMonthlyPowers(1.0 + sc.operations.electricityAnnualEscalation, 0, m.escalation.data(), HH);
    // DF_t = (1 + r)^(-(t+1)/12) = (1/(1 + r))^((t+1)/12).
    fillMonthlyPowers(1.0 / (1.0 + sc.finance.discountRate), 1, m.discountFactor.data(), HH);
    if (sc.internalDemand.isSeries) {
        m.demand = sc.internalDemand.series;
        m.demand.resize(HH, 0.0);
    } else {
        m.demand.resize(HH);
        fillMonthlyPowers(1.0 + sc.internalDemand.annualGrowth, 0, m.demand.data(), HH);
        for (double &d : m.demand)
            d *= sc.internalDemand.computeHours;
    }
    return m;
}

SkuMonthTables buildSkuMonthTables(const Scenario &sc, double leaseFactor)
{
    SkuMonthTables tab;
    const std::size_t HH = std::size_t(sc.horizonMonths);
    const std::size_t nSku = sc.skus.size();
    tab.H = HH;
    tab.cloud.resize(nSku * HH);
    tab.leaseSpot.resize(nSku * HH);
    tab.leasePrefix.resize(nSku * (HH + 1));
    tab.survival.resize(nSku * HH);
    for (std::size_t s = 0; s < nSku; ++s) {
        const Sku &sku = sc.skus[s];
        fillPriceTable(sku.cloudPrice, &tab.cloud[s * HH], HH);
        fillPriceTable(sku.leasePrice, &tab.leaseSpot[s * HH], HH);
        double *spot = &tab.leaseSpot[s * HH];
        double *pre = &tab.leasePrefix[s * (HH + 1)];
        double acc = 0.0;
        pre[0] = 0.0;
        for (std::size_t t = 0; t < HH; ++t) {
            spot[t] *= leaseFactor;
            acc += spot[t];
            pre[t + 1] = acc;
        }
        fillMonthlyPowers(1.0 - sku.annualFailureRate, 0, &tab.survival[s * HH], HH);
    }
    return tab;
}

TrancheCost trancheCost(const Scenario &sc, const Sku &sku, const PurchaseTranche &p)
{
    TrancheCost c;
    c.gpus = double(p.gpus);
    const double price = p.gpuPrice ? *p.gpuPrice : sku.gpuPrice;
    const double servers = double((p.gpus + sku.gpusPerServer - 1) / sku.gpusPerServer);
    c.gpu = c.gpus * price;
    c.server = servers * sku.serverCost;
    c.network = c.gpus * sku.networkCostPerGpu;
    c.colocation = c.gpus * sku.powerKwPerGpu * sc.operations.colocationPerKwMonth;
    return c;
}

ServiceWindow serviceWindow(int purchase, int service, int operatingLife, int horizon)
{
    const long disposal = long(service) + operatingLife;
    ServiceWindow w;
    w.purchase = purchase;
    w.service = service;
    w.end = std::max(int(std::min<long>(disposal, horizon)), service);
    w.disposal = int(std::min<long>(disposal, 1L << 30));
    w.sold = disposal <= horizon - 1;
    return w;
}

void FleetSums::assign(std::size_t H)
{
    for (std::vector<double> *v : {&throughput, &idlePower, &loadPower, &cloud, &lease})
        v->assign(H, 0.0);
}

TrancheExit trancheExit(const Scenario &sc, const Sku &sku, const ServiceWindow &w, double cost,
                        double book, double basis, const double *marketDisposal,
                        const double *marketAtEnd)
{
    TrancheExit e;
    e.sold = w.sold;
    if (w.sold) {
        e.month = w.disposal;
        e.value = marketDisposal ? *marketDisposal : sku.resaleFraction * cost;
        e.bookGain = e.value - book;
    } else {
        // Held at the end of the horizon. For "none" the excess over the basis is negative:
        // the unrecovered basis is a deductible loss (read literally from MODEL.md).
        const TerminalValueMethod method = sc.finance.terminalValue;
        e.month = sc.horizonMonths - 1;
        e.value = method == TerminalValueMethod::BookValue                    ? book
                  : method == TerminalValueMethod::MarketValue && marketAtEnd ? *marketAtEnd
                                                                              : 0.0;
    }
    e.taxGain = e.value - basis;
    return e;
}

} // namespace fleetroi
