// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet annuity (time-value-of-money) functions with LibreOffice Calc 7.4 semantics
// (shared/oracle/SEMANTICS.md, section 3). Plain C++, no Qt.
//
// Conventions for every function here:
//  - sign: money received is positive, money paid out is negative (a loan of +100000
//    received is repaid by negative payments: pmt(0.01, 60, 100000) < 0);
//  - rate is the interest rate per period as a decimal (0.005 = 0.5 % per month for a
//    monthly schedule), nper/per count periods of that same length;
//  - pv is the value now (at the start of period 1), fv the value after the last period;
//  - type: 0 = payments at the end of each period (arrears), any non-zero value = at the
//    start (in advance), as spreadsheets treat it. cumipmt/cumprinc accept only 0 or 1.
#pragma once

#include "FinanceResult.h"

#include <optional>

namespace fleetroi::finance {

// Payment per period that turns pv into fv over nper periods. nper 0 is an error.
Result<double> pmt(double rate, double nper, double pv, double fv = 0.0, double type = 0.0);

// Interest part of the payment in period `per` (1 <= per <= nper, may be fractional).
Result<double> ipmt(double rate, double per, double nper, double pv, double fv = 0.0,
                    double type = 0.0);

// Principal part of the payment in period `per`: pmt - ipmt.
Result<double> ppmt(double rate, double per, double nper, double pv, double fv = 0.0,
                    double type = 0.0);

// Present value of nper payments pmt plus a final fv.
Result<double> pv(double rate, double nper, double pmt, double fv = 0.0, double type = 0.0);

// Future value after nper payments pmt starting from pv.
Result<double> fv(double rate, double nper, double pmt, double pv = 0.0, double type = 0.0);

// Number of periods (not necessarily whole) for payments pmt to turn pv into fv.
// NoSolution when no number of periods does it.
Result<double> nper(double rate, double pmt, double pv, double fv = 0.0, double type = 0.0);

// Interest rate per period by LibreOffice's Newton iteration (at most 150 steps). With the
// guess omitted (nullopt) the iteration starts at 0.1 and, if that fails, retries from
// 0.2, 0.05, 0.3, 0.0333.., ..., 1.0, 0.01; an explicit guess (even 0.1) gets no retry.
// InvalidArgument if nper <= 0, NoConvergence if no root is found.
Result<double> rate(double nper, double pmt, double pv, double fv = 0.0, double type = 0.0,
                    std::optional<double> guess = std::nullopt);

// Sum of the interest (cumipmt) or principal (cumprinc) parts of the payments of periods
// startPeriod..endPeriod (both floored) of a loan pv > 0 with fv 0; negative (paid).
// InvalidArgument unless rate > 0, nper > 0, pv > 0, 1 <= start <= end <= nper, type 0 or 1
// (and end <= 1e6, a guard against endless loops that the spreadsheet lacks).
Result<double> cumipmt(double rate, double nper, double pv, double startPeriod, double endPeriod,
                       double type);
Result<double> cumprinc(double rate, double nper, double pv, double startPeriod, double endPeriod,
                        double type);

} // namespace fleetroi::finance
