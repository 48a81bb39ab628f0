// SPDX-License-Identifier: GPL-3.0-or-later
// The value of leasing and the break-even lease price (issue #16), computed alongside the
// model by computeModel (ModelOptions::leasingValue).
//
// Value of leasing: the same scenario with `leasing.enabled = false` (MODEL.md: no hours are
// leased, L_t = 0, so no lease revenue and no sales cost; utilization, and with it the
// electricity bill, fall to internal use only; everything else is unchanged). The
// incremental cash flow of leasing is net_cash_flow_t - net_cash_flow_off_t:
//   leasing_value_npv = NPV - NPV(leasing off)   (currency, discounted at the scenario's rate)
//   leasing_value_irr = the lowest annual IRR root of that incremental series (null if none;
//                       usually none, as leasing needs no investment of its own: every
//                       incremental flow is an inflow)
//   irr_without_leasing = the IRR of the scenario with leasing off (null if none)
// Lease revenue net of sales cost = sum_t lease_revenue_t - sales_cost_t (undiscounted).
// When the scenario has leasing off already, the value is 0 and the IRR null.
//
// Break-even lease price of SKU s: break_even_lease_factor (MODEL.md: the factor m on every
// lease price that makes NPV zero) x that SKU's lease price in month 0, i.e. the first
// month's price per GPU-hour of a curve scaled uniformly so that NPV = 0. A negative factor
// means NPV is positive even with lease prices at zero: no lease price is needed.
#pragma once

#include "engine/FleetModel.h"
#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

namespace fleetroi {

// Fills kpis.leasingValueNpv, leasingValueIrr, irrWithoutLeasing, leaseRevenueNetOfSales and
// breakEvenLeasePrice of `results` (the model of `scenario` as entered).
void addLeasingAnalysis(const Scenario &scenario, ModelResults &results);
// The same, with the model of the scenario with leasing off already computed (`without`:
// computeModel(leasingOff(scenario), options without breakEvenLease and leasingValue)).
void addLeasingAnalysis(const Scenario &scenario, ModelResults &results,
                        const ModelResults &without);
// `scenario` with leasing.enabled = false.
Scenario leasingOff(const Scenario &scenario);
// The options addLeasingAnalysis runs the scenario with leasing off with.
ModelOptions leasingOffOptions();

} // namespace fleetroi
