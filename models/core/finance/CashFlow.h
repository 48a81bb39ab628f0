// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet cash-flow functions (NPV, XNPV, IRR, XIRR, MIRR) with LibreOffice Calc 7.4
// semantics (shared/oracle/SEMANTICS.md, section 2). Plain C++, no Qt.
//
// Conventions:
//  - values are cash flows in money, received positive and paid out negative (a GPU purchase
//    is a large negative first value, lease revenue positive);
//  - periodic functions: values[i] belongs to the end of period i (i = 0, 1, ...), rates are
//    per period (a monthly series gives a monthly IRR);
//  - dated functions: values[i] occurs on dates[i] (DayNumber, days since 1970-01-01); the
//    exponent is (dates[i] - dates[0]) / 365 actual days, even across leap years, and the
//    returned rate is annual (effective, 365-day years). dates need not be sorted.
#pragma once

#include "CivilDate.h"
#include "FinanceResult.h"

#include <optional>
#include <vector>

namespace fleetroi::finance {

// Sum of values[i] / (1 + rate)^(i + 1): the FIRST value is discounted one full period, as in
// spreadsheets. A time-0 flow must be added outside: v0 + npv(r, {v1..vn}).
Result<double> npv(double rate, const std::vector<double> &values);

// Sum of values[i] / (1 + rate)^((dates[i] - dates[0]) / 365). InvalidArgument if fewer than
// two values or the counts differ.
Result<double> xnpv(double rate, const std::vector<double> &values,
                    const std::vector<DayNumber> &dates);

// Exactly LibreOffice's IRR: at most 20 Newton steps from `guess` (-1 means 0.1), converged
// when a step is below 1e-7; no bracketing, so it may return a root below -1 or fail where a
// root exists (NoConvergence). Values[i] is discounted by (1 + x)^i.
Result<double> irrSpreadsheet(const std::vector<double> &values, double guess = 0.1);

// FleetROI's IRR: irrSpreadsheet's result wherever it converges (so it equals the
// spreadsheet's value); where it fails, the root of irrAllRoots nearest to the guess, so a
// rate is returned whenever one exists in (-0.99, 10]. NoSolution when none exists there.
Result<double> irr(const std::vector<double> &values, double guess = 0.1);

// LibreOffice's XIRR (analysis add-in): Newton from the guess (at most 50 steps, stops when
// the step or |f| is <= 1e-10), then restarts from -0.99, -0.98, ..., 0.99 until one run
// converges. InvalidArgument if guess <= -1, fewer than two values or the counts differ;
// NoConvergence if no run converges.
Result<double> xirr(const std::vector<double> &values, const std::vector<DayNumber> &dates,
                    double guess = 0.1);

// Modified IRR: negative flows discounted at financeRate, positive flows compounded to the
// end at reinvestRate, both per period. Needs at least one positive and one negative value.
Result<double> mirr(const std::vector<double> &values, double financeRate, double reinvestRate);

} // namespace fleetroi::finance
