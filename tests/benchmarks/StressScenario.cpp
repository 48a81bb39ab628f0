// SPDX-License-Identifier: GPL-3.0-or-later
#include "StressScenario.h"

#include <string>

namespace fleetroi::bench {

Scenario makeStressScenario(int purchases)
{
    Scenario s;
    s.name = "Stress: 240 months, 100 SKUs, " + std::to_string(purchases) + " purchases";
    s.startYear = 2026;
    s.startMonth = 1;
    s.horizonMonths = 240;
    s.finance.taxDepreciation = TaxDepreciation::Macrs5HalfYear;
    s.finance.bonusDepreciation = 0.4;
    s.finance.fiscalYearEndMonth = 9;
    s.operations.colocationPerKwMonth = 150.0;
    s.operations.maintenanceFractionPerYear = 0.02;
    s.operations.staffCostPerMonth = 1e6;
    s.operations.electricityAnnualEscalation = 0.02;
    for (int i = 0; i < 100; ++i) {
        Sku k;
        k.id = "sku" + std::to_string(i);
        k.name = "SKU " + std::to_string(i);
        k.gpuPrice = 20000.0 + 300.0 * i;
        k.serverCost = 50000.0 + 100.0 * i;
        k.networkCostPerGpu = 3000.0;
        k.powerKwPerGpu = 1.0 + 0.01 * i;
        k.throughput = 1.0 + 0.03 * i;
        k.usefulLifeMonths = 48 + i % 30;
        k.operatingLifeMonths = 60 + i % 24;
        k.salvageFraction = 0.05;
        k.resaleFraction = 0.1;
        k.depreciation = DepreciationMethod(i % 3);
        k.annualFailureRate = 0.02 + 0.0005 * i;
        if (i % 2 == 0) {
            k.leasePrice = {PriceCurve::Kind::Growth, 2.0 + 0.05 * i, -0.18, {}};
        } else {
            k.leasePrice.kind = PriceCurve::Kind::Points;
            k.leasePrice.points = {{0, 3.0 + 0.04 * i}, {12, 2.0}, {60, 1.5}, {200, 0.8}};
        }
        k.cloudPrice = {PriceCurve::Kind::Growth, 3.0 + 0.06 * i, -0.12, {}};
        s.skus.push_back(k);
    }
    for (int p = 0; p < purchases; ++p) {
        PurchaseTranche t;
        t.month = (p * 7) % 240;
        t.sku = "sku" + std::to_string((p * 13) % 100);
        t.gpus = 64 + (p * 37) % 4096;
        t.installLagMonths = 1 + p % 4;
        if (p % 10 == 0)
            t.gpuPrice = 18000.0;
        s.purchases.push_back(t);
    }
    s.internalDemand.computeHours = 2e8;
    s.internalDemand.annualGrowth = 0.2;
    s.leasing.contractMonths = 12;
    return s;
}

} // namespace fleetroi::bench
