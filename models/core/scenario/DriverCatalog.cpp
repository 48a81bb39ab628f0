// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/DriverCatalog.h"

#include <array>
#include <cassert>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace fleetroi {

namespace {

using F = FieldId;
using U = FieldUnit;

// The fields each driver scales (MODEL.md "Sensitivity (tornado)"; useful_life also scales
// the model-1.1 change of estimate, MODEL.md 1.1's last section).
constexpr FieldId kGpuPrice[] = {F::SkuGpuPrice, F::PurchaseGpuPrice};
constexpr FieldId kLeasePrice[] = {F::SkuLeasePrice};
constexpr FieldId kCloudPrice[] = {F::SkuCloudPrice};
constexpr FieldId kInternalDemand[] = {F::DemandComputeHours, F::DemandSeries};
constexpr FieldId kElectricityPrice[] = {F::ElectricityPricePerKwh};
constexpr FieldId kDiscountRate[] = {F::DiscountRate};
constexpr FieldId kUsefulLife[] = {F::SkuUsefulLifeMonths, F::SkuOperatingLifeMonths,
                                   F::LifeChangeUsefulLifeMonths};
constexpr FieldId kSellableFraction[] = {F::LeasingSellableFraction};
constexpr FieldId kAvailability[] = {F::Availability};
constexpr FieldId kAnnualFailureRate[] = {F::SkuAnnualFailureRate};

// The labels are the analyst's words chosen once for the tornado, the sensitivity table, goal
// seek, the risk view and set-up, the exports and the report (they used to differ: "GPU
// price"/"GPU prices", "Useful life"/"Useful and operating life", "Sellable fraction"/
// "Sellable share", "Failure rate"/"Annual failure rate"). Plural where the driver scales the
// prices of every GPU type; the lives and the sellable share as the schema names the fields.
constexpr std::array<DriverInfo, std::size_t(DriverId::Count)> kCatalog = {{
    {DriverId::GpuPrice, "gpu_price", kGpuPrice, U::Money,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "GPU prices"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers",
                       "Scales every GPU price (the GPU types' prices and purchase overrides).")},
    {DriverId::LeasePrice, "lease_price", kLeasePrice, U::MoneyPerGpuHour,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Lease prices"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Scales every point of every lease-price curve.")},
    {DriverId::CloudPrice, "cloud_price", kCloudPrice, U::MoneyPerGpuHour,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Cloud prices"),
     QT_TRANSLATE_NOOP(
         "fleetroi::Drivers",
         "Scales every point of every cloud-price curve (the internal value of compute).")},
    {DriverId::InternalDemand, "internal_demand", kInternalDemand, U::ComputeHours,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Internal demand"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers",
                       "Scales the internal compute hours wanted each month.")},
    {DriverId::ElectricityPrice, "electricity_price", kElectricityPrice, U::MoneyPerKwh,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Electricity price"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Scales the electricity price.")},
    {DriverId::DiscountRate, "discount_rate", kDiscountRate, U::FractionPerYear,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Discount rate"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Scales the annual discount rate.")},
    {DriverId::UsefulLife, "useful_life", kUsefulLife, U::Months,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Book and operating life"),
     QT_TRANSLATE_NOOP(
         "fleetroi::Drivers",
         "Scales the book and the operating life together (whole months, at least 1).")},
    {DriverId::SellableFraction, "sellable_fraction", kSellableFraction, U::Fraction,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Sellable share of surplus"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers",
                       "Scales the share of surplus capacity that finds a lessee (at most 1).")},
    {DriverId::Availability, "availability", kAvailability, U::Fraction,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Availability"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers",
                       "Scales the share of hours the fleet is up (at most 1).")},
    {DriverId::AnnualFailureRate, "annual_failure_rate", kAnnualFailureRate, U::FractionPerYear,
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Annual failure rate"),
     QT_TRANSLATE_NOOP("fleetroi::Drivers", "Scales the annual GPU failure rate (at most 0.99).")},
}};

constexpr bool inIdOrder()
{
    for (int i = 0; i < int(DriverId::Count); ++i)
        if (int(kCatalog[std::size_t(i)].id) != i)
            return false;
    return true;
}
static_assert(inIdOrder(), "kCatalog is indexed by DriverId");

} // namespace

std::span<const DriverInfo> driverCatalog()
{
    return kCatalog;
}

const DriverInfo &driverInfo(DriverId id)
{
    assert(id < DriverId::Count);
    return kCatalog[std::size_t(id)];
}

std::optional<DriverId> findDriver(std::string_view key)
{
    for (const DriverInfo &d : kCatalog)
        if (d.key == key)
            return d.id;
    return std::nullopt;
}

} // namespace fleetroi
