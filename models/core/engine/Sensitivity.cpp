// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Sensitivity.h"

#include "engine/FleetModel.h"
#include "engine/MonthlyTables.h"
#include "scenario/ScenarioChecks.h"

#include <algorithm>
#include <cmath>

namespace fleetroi {

namespace {

void scaleCurve(PriceCurve &curve, double m)
{
    curve.start *= m;
    for (auto &point : curve.points)
        point.second *= m;
}

} // namespace

const std::vector<std::string> &sensitivityDrivers()
{
    // The names are the scenario format's (scenario_detail::sensitivityDrivers, the list
    // `uncertainty.drivers` is checked against); this is the same list as owned strings.
    static const std::vector<std::string> drivers(scenario_detail::sensitivityDrivers().begin(),
                                                  scenario_detail::sensitivityDrivers().end());
    return drivers;
}

bool isSensitivityDriver(const std::string &name)
{
    const auto &d = sensitivityDrivers();
    return std::find(d.begin(), d.end(), name) != d.end();
}

void applyDriverMultiplier(Scenario &s, const std::string &driver, double m)
{
    if (driver == "gpu_price") {
        for (Sku &sku : s.skus)
            sku.gpuPrice *= m;
        for (PurchaseTranche &p : s.purchases)
            if (p.gpuPrice)
                *p.gpuPrice *= m;
    } else if (driver == "lease_price") {
        for (Sku &sku : s.skus)
            scaleCurve(sku.leasePrice, m);
    } else if (driver == "cloud_price") {
        for (Sku &sku : s.skus)
            scaleCurve(sku.cloudPrice, m);
    } else if (driver == "internal_demand") {
        s.internalDemand.computeHours *= m;
        for (double &v : s.internalDemand.series)
            v *= m;
    } else if (driver == "electricity_price") {
        s.operations.electricityPricePerKwh *= m;
    } else if (driver == "discount_rate") {
        s.finance.discountRate *= m;
    } else if (driver == "useful_life") {
        for (Sku &sku : s.skus) {
            sku.usefulLifeMonths = scaleLifeMonths(sku.usefulLifeMonths, m);
            sku.operatingLifeMonths = scaleLifeMonths(sku.operatingLifeMonths, m);
            // Model 1.1: the changed life moves with the life (MODEL.md 1.1, last section).
            if (sku.usefulLifeChange)
                sku.usefulLifeChange->usefulLifeMonths =
                    scaleLifeMonths(sku.usefulLifeChange->usefulLifeMonths, m);
        }
    } else if (driver == "sellable_fraction") {
        s.leasing.sellableFraction = scaledFraction(s.leasing.sellableFraction, m);
    } else if (driver == "availability") {
        s.operations.availability = scaledFraction(s.operations.availability, m);
    } else if (driver == "annual_failure_rate") {
        for (Sku &sku : s.skus)
            sku.annualFailureRate = scaledFailureRate(sku.annualFailureRate, m);
    }
}

std::vector<SensitivityRow> computeSensitivity(const Scenario &scenario, double swing)
{
    std::vector<SensitivityRow> rows;
    for (const std::string &driver : sensitivityDrivers()) {
        SensitivityRow row;
        row.driver = driver;
        Scenario low = scenario;
        applyDriverMultiplier(low, driver, 1.0 - swing);
        row.npvLow = computeNpv(low);
        Scenario high = scenario;
        applyDriverMultiplier(high, driver, 1.0 + swing);
        row.npvHigh = computeNpv(high);
        rows.push_back(row);
    }
    std::stable_sort(
        rows.begin(), rows.end(),
        [](const SensitivityRow &a, const SensitivityRow &b) { return a.swing() > b.swing(); });
    return rows;
}

} // namespace fleetroi
