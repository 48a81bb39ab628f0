// SPDX-License-Identifier: GPL-3.0-or-later
// The sensitivity / uncertainty drivers (MODEL.md "Sensitivity (tornado)" and "Monte Carlo",
// SCENARIO_FORMAT.md `uncertainty.drivers`): each once, with its key, the scenario fields it
// scales, the unit of those fields, the analyst's label and a one-line help text.
//
// This is the one home of the drivers. The reader's check of `uncertainty.drivers`, the
// engine's multipliers (engine/Sensitivity.h), goal seek, the Monte Carlo engine, the tornado,
// the risk view and set-up, the presets, the exports and the command line look a driver up
// here and switch on DriverId; none spells a driver key or label of its own. Adding a driver
// is: a DriverId, one entry in DriverCatalog.cpp, and its case in applyDriverMultiplier (and
// in the Monte Carlo kernel).
//
// Labels and help texts are English source strings marked with QT_TRANSLATE_NOOP in one
// context, kDriverTranslationContext; the UI translates them with
// QCoreApplication::translate(kDriverTranslationContext, text) (storage/DriverText.h).
// Plain C++, no Qt.
#pragma once

#include "scenario/ScenarioSchema.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string_view>

namespace fleetroi {

// The translation context of every driver label and help text.
inline constexpr const char *kDriverTranslationContext = "fleetroi::Drivers";

// The drivers in MODEL.md's order, which is the tornado's tie order, the order the risk
// set-up lists them in and the Monte Carlo engine's multiplier rows.
enum class DriverId : std::uint8_t
{
    GpuPrice,
    LeasePrice,
    CloudPrice,
    InternalDemand,
    ElectricityPrice,
    DiscountRate,
    UsefulLife,
    SellableFraction,
    Availability,
    AnnualFailureRate,
    Count
};

struct DriverInfo
{
    DriverId id;
    // The name in files (`uncertainty.drivers`, correlations), on the command line
    // (`goalseek --driver`) and in JSON output: "lease_price".
    std::string_view key;
    // The scenario fields whose values the driver's multiplier scales (MODEL.md; caps and
    // rounding in applyDriverMultiplier). A curve field (SkuLeasePrice) means its start and
    // every point's price; DemandSeries every month of the series.
    std::span<const FieldId> fields;
    FieldUnit unit;    // unit of the scaled values (that of fields.front())
    const char *label; // the analyst's words, sentence case ("Lease prices")
    const char *help;  // what the multiplier scales, one sentence (tool tips)
};

// Every driver, in DriverId order.
std::span<const DriverInfo> driverCatalog();

// The entry of a driver.
const DriverInfo &driverInfo(DriverId id);

// The file key of a driver ("lease_price").
inline std::string_view driverKey(DriverId id)
{
    return driverInfo(id).key;
}

// The driver with this file key, or nullopt for a name that is not a driver.
std::optional<DriverId> findDriver(std::string_view key);

} // namespace fleetroi
