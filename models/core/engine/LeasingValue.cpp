// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/LeasingValue.h"

#include "engine/FleetModel.h"
#include "engine/IrrSearch.h"

namespace fleetroi {

Scenario leasingOff(const Scenario &scenario)
{
    Scenario off = scenario;
    off.leasing.enabled = false;
    return off;
}

ModelOptions leasingOffOptions()
{
    ModelOptions options;
    options.breakEvenLease = false;
    options.leasingValue = false;
    return options;
}

void addLeasingAnalysis(const Scenario &scenario, ModelResults &results)
{
    if (!scenario.leasing.enabled) {
        addLeasingAnalysis(scenario, results, ModelResults{});
        return;
    }
    addLeasingAnalysis(scenario, results, computeModel(leasingOff(scenario), leasingOffOptions()));
}

void addLeasingAnalysis(const Scenario &scenario, ModelResults &results,
                        const ModelResults &without)
{
    KeyFigures &k = results.kpis;
    const MonthlySeries &m = results.monthly;
    k.leaseRevenueNetOfSales = 0.0;
    for (int t = 0; t < m.size(); ++t)
        k.leaseRevenueNetOfSales += m.leaseRevenue[std::size_t(t)] - m.salesCost[std::size_t(t)];

    k.breakEvenLeasePrice.clear();
    for (const Sku &sku : scenario.skus) {
        std::optional<double> price;
        if (k.breakEvenLeaseFactor)
            price = *k.breakEvenLeaseFactor * sku.leasePrice.at(0);
        k.breakEvenLeasePrice.emplace_back(sku.id, price);
    }

    k.leasingValueIrr.reset();
    if (!scenario.leasing.enabled) {
        k.leasingValueNpv = 0.0;
        k.irrWithoutLeasing = k.irr;
        return;
    }
    k.leasingValueNpv = k.npv - without.kpis.npv;
    k.irrWithoutLeasing = without.kpis.irr;
    std::vector<double> increment(m.netCashFlow.size());
    for (std::size_t t = 0; t < increment.size(); ++t)
        increment[t] = m.netCashFlow[t] - without.monthly.netCashFlow[t];
    const std::vector<double> roots = annualIrrRoots(increment);
    if (!roots.empty())
        k.leasingValueIrr = roots.front();
}

} // namespace fleetroi
