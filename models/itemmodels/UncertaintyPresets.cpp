// SPDX-License-Identifier: GPL-3.0-or-later
#include "UncertaintyPresets.h"

namespace fleetroi {

namespace {

DriverDistribution triangular(DriverId driver, double lo, double mode, double hi)
{
    DriverDistribution d;
    d.driver = driverKey(driver);
    d.kind = DriverDistribution::Kind::Triangular;
    d.a = lo;
    d.b = mode;
    d.c = hi;
    return d;
}

} // namespace

DriverDistribution UncertaintyPresets::defaultDistribution(const std::string &driver)
{
    DriverDistribution d;
    d.driver = driver;
    d.kind = DriverDistribution::Kind::Triangular;
    d.a = 0.8;
    d.b = 1.0;
    d.c = 1.2;
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
    u.drivers = {triangular(DriverId::LeasePrice, 0.45, 0.7, 1.0),
                 triangular(DriverId::InternalDemand, 0.6, 0.85, 1.05),
                 triangular(DriverId::UsefulLife, 0.5, 0.65, 1.0),
                 triangular(DriverId::SellableFraction, 0.5, 0.75, 1.0)};
    u.correlations = {{std::string(driverKey(DriverId::LeasePrice)),
                       std::string(driverKey(DriverId::SellableFraction)), 0.5}};
    return u;
}

QString UncertaintyPresets::criticsCaseExplanation()
{
    return tr("Critics' case: the risks sceptics of GPU-fleet economics name, as multipliers on "
              "the scenario skewed against it (replaces the drivers and correlations; paths and "
              "seed are kept; Undo brings the old set-up back):\n"
              "- Book and operating life x 0.5 / 0.65 / 1.0 (triangular): GPUs earn for about 3 "
              "years, not "
              "5-6 (0.55 x 66 months = 36 months).\n"
              "- Lease prices x 0.45 / 0.7 / 1.0: a steeper decline as new generations arrive, "
              "expressed as lower prices over the life (the driver scales the whole curve).\n"
              "- Internal demand x 0.6 / 0.85 / 1.05 and sellable share of surplus x 0.5 / 0.75 / "
              "1.0: "
              "lower utilization.\n"
              "- Lease prices and sellable share of surplus correlated (rho 0.5): a glut lowers "
              "prices and "
              "take-up together.");
}

} // namespace fleetroi
