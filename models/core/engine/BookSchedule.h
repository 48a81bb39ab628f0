// SPDX-License-Identifier: GPL-3.0-or-later
// A tranche's book depreciation: the schedule of MODEL.md "Book depreciation" and, for model
// version 1.1, its change by a change in accounting estimate of useful life (ASC 250) and by
// the ASC 360-10 impairment test (MODEL.md "Version 1.1"). Plain C++, no Qt, no state.
//
// Conventions: money in the scenario's currency; amounts are positive expenses; months are
// indices of the horizon (0 .. H-1); depreciation month j = t - s_k (s_k = service month).
#pragma once

#include "scenario/Scenario.h"

#include <optional>
#include <vector>

namespace fleetroi {

// Book depreciation d_j, j = 0 .. months-1, of a cost B with salvage V over a useful life of
// L months by `method` (MODEL.md "Book depreciation"): straight line (B - V) / L, sum of the
// years' digits (B - V)(L - j) / (L(L + 1)/2), or double declining balance switching to
// straight line and ending at V. `months` = min(L, O) (the schedule stops at disposal).
// out must hold `months` values. The schedules are finance::depreciationSchedule's (the
// finance library's sln, syd and declining balance with the switch); this maps the
// scenario's method onto them for the v1 model, the 1.1 rules and the Monte Carlo tables.
// Arguments outside that function's domain (never from a valid scenario) give zeros.
void fillBookDepreciation(DepreciationMethod method, double cost, double salvage, int usefulLife,
                          int months, double *out);

// A tranche's book depreciation in the months of the horizon: d_j of
// fillBookDepreciation(method, cost, salvage, usefulLife, min(L, O)) added to
// out[service + j] for service + j < horizon (out holds `horizon` values). `schedule` is a
// scratch buffer (resized here) so a caller looping over tranches allocates once. The scalar
// model (cost = capex_k) and the Monte Carlo tables (cost = 1, per unit of capex) both use it.
void addBookDepreciation(DepreciationMethod method, double cost, double salvage, int usefulLife,
                         int operatingLife, int service, int horizon, std::vector<double> &schedule,
                         double *out);

// Everything the 1.1 book rules need to know about one tranche.
struct TrancheBookInput
{
    double cost = 0.0;    // B = capex_k
    double salvage = 0.0; // V = salvage_fraction x B
    DepreciationMethod method = DepreciationMethod::StraightLine;
    int usefulLife = 0;    // L, months (the SKU's, before any change)
    int operatingLife = 0; // O, months: nothing is depreciated from s_k + O (disposal) on
    int serviceMonth = 0;  // s_k (may be >= H)
    int horizon = 0;       // H
    std::optional<UsefulLifeChange> change; // the SKU's change in estimate, if any

    // Impairment test (null = off). isTestMonth[t] != 0 for each fiscal-year-end month.
    const std::vector<char> *isTestMonth = nullptr;
    // MV_{k,t} for t = 0 .. H-1 (values outside the held months are not read).
    const double *marketValue = nullptr;
    // futureCash[t] = sum of cf_{k,u} for t <= u <= min(r_k - 1, H - 1); H + 1 values, 0 past
    // the end. The undiscounted cash of MODEL.md's recoverability test.
    const double *futureCash = nullptr;
    // Disposal proceeds in r_k when r_k <= H - 1, else MV_{k,H-1}.
    double endValue = 0.0;
};

struct TrancheBookResult
{
    std::vector<double> depreciation;  // by month t, H values
    std::vector<double> impairment;    // by month t, H values: the write-down at each test
    std::vector<int> impairmentMonths; // months with a positive impairment, ascending
};

// The tranche's book depreciation and impairments under MODEL.md 1.1:
//  - change in estimate {m, L2}, j0 = m - s_k: j0 <= 0 depreciates over L2 with the SKU's
//    method from the start; 0 < j0 < L spreads the book value left at the end of m - 1 less
//    the (possibly lowered) salvage straight-line over N = max(1, L2 - j0) months from m (the
//    book life then ends at m + N); j0 >= L changes nothing.
//  - impairment test at every fiscal-year-end month tau with s_k <= tau < r_k, after that
//    month's depreciation: when U = futureCash[tau + 1] + endValue < CA (book value), the
//    tranche is written down to MV_{k,tau} when that is lower (impairment = max(0, CA - MV))
//    and from tau + 1 the rest of its book life depreciates straight-line to min(V, MV) over
//    the months left of its book life. Never reversed.
// Choice where MODEL.md is silent: a failed test whose market value is not below the
// carrying amount (impairment 0) still re-bases the schedule to straight line, as the rule
// reads; it is not listed in impairmentMonths.
TrancheBookResult trancheBookSchedule(const TrancheBookInput &in);

} // namespace fleetroi
