// SPDX-License-Identifier: GPL-3.0-or-later
// The financial model of shared/spec/MODEL.md: a scenario in, every monthly series and
// result out. Plain C++ (no Qt), no I/O, no global state: safe to call from any thread.
#pragma once

#include "engine/ModelResults.h"
#include "engine/MonthlyTables.h" // monthLabel, hoursInMonth (declared there since issue 13)
#include "scenario/Scenario.h"

namespace fleetroi {

struct ModelOptions
{
    // Fill ModelResults::tranches with per-tranche monthly arrays: 6 x H doubles per tranche
    // (14 M doubles and about half a second at 10,000 tranches x 240 months). For exports
    // and reports; interactive views use trancheSummary and groupings instead.
    bool trancheDetail = false;
    // Fill ModelResults::tranches with the scalar facts only (capex, months, proceeds,
    // gains, terminal value; monthly arrays left empty). Cheap: O(tranches).
    bool trancheSummary = false;
    // Book value by groups of tranches (ModelResults::groups), one entry per grouping:
    // O(groups x H) memory, one addition per tranche-month.
    std::vector<TrancheGroupBy> groupings;
    // With groupings: also the tax basis and (model 1.1) the market value and impairments by
    // group (TrancheGroupSeries::taxBasis, ::marketValue, ::impairment) for the balance-sheet
    // view: up to three more additions per tranche-month and grouping.
    bool groupBalanceSheet = false;
    bool breakEvenLease = true; // compute break_even_lease_factor
    bool irr = true;            // search IRR roots
    bool leasingValue = true;   // value of leasing and break-even prices (engine/LeasingValue.h)
};

// Computes the model. The scenario must be valid (readScenario/validateScenario): the model
// trusts ranges and SKU references and does not re-check them.
ModelResults computeModel(const Scenario &scenario, const ModelOptions &options = {});

// NPV only, without the IRR search, tranche detail or break-even run (sensitivity, Monte Carlo).
double computeNpv(const Scenario &scenario);

} // namespace fleetroi
