// SPDX-License-Identifier: GPL-3.0-or-later
// Sensitivity drivers (MODEL.md "Sensitivity (tornado)"): each driver scales one group of
// assumptions by a multiplier. The same rules serve the tornado and the Monte Carlo paths.
#pragma once

#include "engine/ModelResults.h"
#include "scenario/DriverCatalog.h"
#include "scenario/Scenario.h"

#include <algorithm>
#include <string>
#include <vector>

namespace fleetroi {

// The keys of the drivers (scenario/DriverCatalog.h) in MODEL.md's order, as owned strings.
const std::vector<std::string> &sensitivityDrivers();
bool isSensitivityDriver(const std::string &name);

// Multiplies the driver's assumptions (DriverInfo::fields) by `multiplier` in place, with
// MODEL.md's caps: sellable_fraction and availability at 1, annual_failure_rate at 0.99,
// useful_life rounded half up to whole months and at least 1 (useful and operating life
// together, and a model-1.1 change of estimate's life).
void applyDriverMultiplier(Scenario &scenario, DriverId driver, double multiplier);
// The same by file key; a key that is not a driver changes nothing.
void applyDriverMultiplier(Scenario &scenario, std::string_view driver, double multiplier);

// The caps of applyDriverMultiplier, also applied per path by the Monte Carlo kernel: a
// fraction (sellable_fraction, availability) times the multiplier, at most 1; an annual
// failure rate times the multiplier, at most 0.99.
inline double scaledFraction(double fraction, double multiplier)
{
    return std::min(1.0, fraction * multiplier);
}
inline double scaledFailureRate(double annualRate, double multiplier)
{
    return std::min(0.99, annualRate * multiplier);
}

// The tornado: for each driver NPV at (1 - swing) and (1 + swing), sorted by
// |npv_high - npv_low|, largest first (ties keep MODEL.md's order).
std::vector<SensitivityRow> computeSensitivity(const Scenario &scenario, double swing = 0.2);

} // namespace fleetroi
