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
    static const std::vector<std::string> drivers = [] {
        std::vector<std::string> keys;
        for (const DriverInfo &d : driverCatalog())
            keys.emplace_back(d.key);
        return keys;
    }();
    return drivers;
}

bool isSensitivityDriver(const std::string &name)
{
    return findDriver(name).has_value();
}

void applyDriverMultiplier(Scenario &s, DriverId driver, double m)
{
    switch (driver) {
    case DriverId::GpuPrice:
        for (Sku &sku : s.skus)
            sku.gpuPrice *= m;
        for (PurchaseTranche &p : s.purchases)
            if (p.gpuPrice)
                *p.gpuPrice *= m;
        break;
    case DriverId::LeasePrice:
        for (Sku &sku : s.skus)
            scaleCurve(sku.leasePrice, m);
        break;
    case DriverId::CloudPrice:
        for (Sku &sku : s.skus)
            scaleCurve(sku.cloudPrice, m);
        break;
    case DriverId::InternalDemand:
        s.internalDemand.computeHours *= m;
        for (double &v : s.internalDemand.series)
            v *= m;
        break;
    case DriverId::ElectricityPrice:
        s.operations.electricityPricePerKwh *= m;
        break;
    case DriverId::DiscountRate:
        s.finance.discountRate *= m;
        break;
    case DriverId::UsefulLife:
        for (Sku &sku : s.skus) {
            sku.usefulLifeMonths = scaleLifeMonths(sku.usefulLifeMonths, m);
            sku.operatingLifeMonths = scaleLifeMonths(sku.operatingLifeMonths, m);
            // Model 1.1: the changed life moves with the life (MODEL.md 1.1, last section).
            if (sku.usefulLifeChange)
                sku.usefulLifeChange->usefulLifeMonths =
                    scaleLifeMonths(sku.usefulLifeChange->usefulLifeMonths, m);
        }
        break;
    case DriverId::SellableFraction:
        s.leasing.sellableFraction = scaledFraction(s.leasing.sellableFraction, m);
        break;
    case DriverId::Availability:
        s.operations.availability = scaledFraction(s.operations.availability, m);
        break;
    case DriverId::AnnualFailureRate:
        for (Sku &sku : s.skus)
            sku.annualFailureRate = scaledFailureRate(sku.annualFailureRate, m);
        break;
    case DriverId::Count:
        break;
    }
}

void applyDriverMultiplier(Scenario &s, std::string_view driver, double m)
{
    if (const auto id = findDriver(driver))
        applyDriverMultiplier(s, *id, m);
}

std::vector<SensitivityRow> computeSensitivity(const Scenario &scenario, double swing)
{
    std::vector<SensitivityRow> rows;
    for (const DriverInfo &info : driverCatalog()) {
        const DriverId driver = info.id;
        SensitivityRow row;
        row.driver = std::string(info.key);
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
