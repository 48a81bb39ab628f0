// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyPresets.h"

namespace fleetroi {

namespace {

struct DriverText
{
    const char *id;
    const char *label;
    const char *help;
};

// MODEL.md's order of the sensitivity list.
constexpr DriverText kDrivers[] = {
    {"gpu_price", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "GPU price"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales every GPU price (the SKUs' prices and purchase overrides).")},
    {"lease_price", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Lease price"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales every point of every lease-price curve.")},
    {"cloud_price", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Cloud price"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales every point of every cloud-price curve (the internal value).")},
    {"internal_demand", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Internal demand"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales the internal compute hours wanted each month.")},
    {"electricity_price", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Electricity price"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Scales the electricity price.")},
    {"discount_rate", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Discount rate"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Scales the annual discount rate.")},
    {"useful_life", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Useful life"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales the book and the operating life together (whole months, at "
                       "least 1).")},
    {"sellable_fraction", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Sellable share"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales the share of surplus capacity that finds a lessee (at most 1).")},
    {"availability", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Availability"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales the share of hours the fleet is up (at most 1).")},
    {"annual_failure_rate", QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets", "Failure rate"),
     QT_TRANSLATE_NOOP("fleetroi::UncertaintyPresets",
                       "Scales the annual GPU failure rate (at most 0.99).")},
};

DriverDistribution triangular(const char *driver, double lo, double mode, double hi)
{
    DriverDistribution d;
    d.driver = driver;
    d.kind = DriverDistribution::Kind::Triangular;
    d.a = lo;
    d.b = mode;
    d.c = hi;
    return d;
}

} // namespace

QString UncertaintyPresets::driverLabel(const std::string &driver)
{
    for (const DriverText &d : kDrivers)
        if (driver == d.id)
            return tr(d.label);
    return QString::fromStdString(driver);
}

QString UncertaintyPresets::driverHelp(const std::string &driver)
{
    for (const DriverText &d : kDrivers)
        if (driver == d.id)
            return tr(d.help);
    return {};
}

DriverDistribution UncertaintyPresets::defaultDistribution(const std::string &driver)
{
    DriverDistribution d = triangular("", 0.8, 1.0, 1.2);
    d.driver = driver;
    return d;
}

Uncertainty UncertaintyPresets::emptyBlock()
{
    return Uncertainty{};
}

// The critics' case. Each choice below is a multiplier on what the scenario entered (1 = as
// entered); all are skewed against the fleet, with the scenario itself as the best case or
// close to it:
//  - useful_life: triangular 0.5 / 0.65 / 1.0. Critics (short-sellers, some analysts) hold
//    that AI GPUs earn for about 3 years, not the 5-6 years of hyperscalers' depreciation:
//    0.55 x 66 months is 36 months; the most likely value is about 3.5 years of a 5.5-year
//    plan. The driver shortens book and operating life together, as MODEL.md defines it.
//  - lease_price: triangular 0.45 / 0.7 / 1.0. A steeper decline of lease prices as new GPU
//    generations arrive; the driver scales the whole curve (MODEL.md), so the steeper
//    decline is expressed as lower prices over the life, most likely 30 % below plan.
//  - internal_demand: triangular 0.6 / 0.85 / 1.05 and sellable_fraction: triangular
//    0.5 / 0.75 / 1.0. Lower utilization: less internal work than planned and a smaller share
//    of the surplus finding lessees.
//  - lease_price and sellable_fraction correlated with rho 0.5: a glut of capacity lowers
//    prices and take-up together. A 2 x 2 matrix with |rho| < 1 is always consistent.
// Paths and seed are kept, so a run is reproducible against the analyst's own set-up.
Uncertainty UncertaintyPresets::criticsCase(const std::optional<Uncertainty> &current)
{
    Uncertainty u = current.value_or(emptyBlock());
    u.drivers = {
        triangular("lease_price", 0.45, 0.7, 1.0), triangular("internal_demand", 0.6, 0.85, 1.05),
        triangular("useful_life", 0.5, 0.65, 1.0), triangular("sellable_fraction", 0.5, 0.75, 1.0)};
    u.correlations = {{"lease_price", "sellable_fraction", 0.5}};
    return u;
}

QString UncertaintyPresets::criticsCaseExplanation()
{
    return tr("Critics' case: the risks sceptics of GPU-fleet economics name, as multipliers on "
              "the scenario skewed against it (replaces the drivers and correlations; paths and "
              "seed are kept; Undo brings the old set-up back):\n"
              "- Useful life x 0.5 / 0.65 / 1.0 (triangular): GPUs earn for about 3 years, not "
              "5-6 (0.55 x 66 months = 36 months).\n"
              "- Lease price x 0.45 / 0.7 / 1.0: a steeper decline as new generations arrive, "
              "expressed as lower prices over the life (the driver scales the whole curve).\n"
              "- Internal demand x 0.6 / 0.85 / 1.05 and sellable share x 0.5 / 0.75 / 1.0: "
              "lower utilization.\n"
              "- Lease price and sellable share correlated (rho 0.5): a glut lowers prices and "
              "take-up together.");
}

} // namespace fleetroi
