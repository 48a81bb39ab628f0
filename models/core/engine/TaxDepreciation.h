// SPDX-License-Identifier: GPL-3.0-or-later
// A tranche's tax depreciation under MACRS (MODEL.md "Tax depreciation"), shared by the scalar
// model (FleetModel) and the Monte Carlo tables (MonteCarloEngine), so both deduct the same
// amounts in the same months. The rates are the finance library's (finance/Macrs.h, IRS
// Pub. 946 Table A-1), never a table of their own. Plain C++, no Qt.
#pragma once

#include "scenario/Scenario.h"

#include <vector>

namespace fleetroi {

// The 5-year half-year MACRS fractions of the basis, tax years 1 .. 6 (IRS Pub. 946 Table
// finance::macrsRates(HalfYear, 5), computed once.
const std::vector<double> &macrs5HalfYearRates();

// Adds the MACRS 5-year half-year deductions of a tranche with depreciable basis `basis`
// (money; capex_k, or 1 for a schedule per unit of capex) to taxDep (H values, by month
// index): year i (0-based) of the recovery is deducted in the last month of fiscal year
// fy(service) + i, year 0 also taking the bonus fraction:
//     year 0: bonus x basis + (1 - bonus) x basis x r_0,  year i > 0: (1 - bonus) x basis x r_i
// (bonus = sc.finance.bonusDepreciation). Deductions whose month lies outside the horizon or
// at/after the month of disposal `disposal` are dropped (the tranche is sold before them).
void addMacrsDeductions(const Scenario &sc, double basis, int service, int disposal,
                        double *taxDep);

} // namespace fleetroi
