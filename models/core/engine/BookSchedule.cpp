// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/BookSchedule.h"

#include "finance/Depreciation.h"

#include <algorithm>

namespace fleetroi {

void fillBookDepreciation(DepreciationMethod method, double cost, double salvage, int usefulLife,
                          int months, double *out)
{
    finance::ScheduleMethod rule = finance::ScheduleMethod::StraightLine;
    switch (method) {
    case DepreciationMethod::StraightLine:
        rule = finance::ScheduleMethod::StraightLine;
        break;
    case DepreciationMethod::SumOfYears:
        rule = finance::ScheduleMethod::SumOfYearsDigits;
        break;
    case DepreciationMethod::DoubleDeclining:
        rule = finance::ScheduleMethod::DecliningBalanceToStraightLine;
        break;
    }
    // A valid scenario has usefulLife >= 1 and months = min(L, O) <= L: never an error.
    const auto written =
        finance::depreciationSchedule(rule, cost, salvage, usefulLife, months, out);
    if (!written)
        std::fill(out, out + std::max(months, 0), 0.0);
}

void addBookDepreciation(DepreciationMethod method, double cost, double salvage, int usefulLife,
                         int operatingLife, int service, int horizon, std::vector<double> &schedule,
                         double *out)
{
    const int months = std::min(usefulLife, operatingLife);
    schedule.resize(std::size_t(std::max(months, 0)));
    fillBookDepreciation(method, cost, salvage, usefulLife, months, schedule.data());
    for (int j = 0; j < months; ++j) {
        const int t = service + j;
        if (t < horizon)
            out[t] += schedule[std::size_t(j)];
    }
}

namespace {

// Straight line of what is left: (book value - salvage) / months (finance::sln, the
// spreadsheet SLN the oracle tests prove). months >= 1.
double straightLine(double bookValue, double salvage, int months)
{
    const auto r = finance::sln(bookValue, salvage, double(months));
    return r.ok() ? r.value() : 0.0;
}

} // namespace

TrancheBookResult trancheBookSchedule(const TrancheBookInput &in)
{
    const int H = in.horizon;
    const int s = in.serviceMonth;
    TrancheBookResult out;
    out.depreciation.assign(std::size_t(H), 0.0);
    out.impairment.assign(std::size_t(H), 0.0);
    if (s >= H)
        return out; // not in service inside the horizon: nothing to depreciate or test

    // A tranche entering service at or after the change month simply uses L2.
    const bool changedBefore = in.change && in.change->month <= s;
    const int L = changedBefore ? in.change->usefulLifeMonths : in.usefulLife;
    const int O = in.operatingLife;
    const int scheduleMonths = std::min(L, O);
    std::vector<double> base(static_cast<std::size_t>(std::max(scheduleMonths, 0)), 0.0);
    fillBookDepreciation(in.method, in.cost, in.salvage, L, scheduleMonths, base.data());

    const int depEnd = int(std::min<long>(long(s) + O, H)); // first month not depreciated
    int bookEnd = s + L;                                    // first month after the book life
    bool rebased = false; // straight line of what is left, from a change or an impairment
    double slAmount = 0.0;
    double salvage = in.salvage; // lowered to MV by an impairment below V
    double bv = in.cost;
    for (int t = s; t < depEnd; ++t) {
        const std::size_t ti = std::size_t(t);
        // Change in estimate from month m, while still depreciating (0 < j0 < L).
        if (in.change && !changedBefore && t == in.change->month && t < bookEnd) {
            const int N = std::max(1, in.change->usefulLifeMonths - (t - s));
            bookEnd = t + N;
            rebased = true;
            slAmount = straightLine(bv, salvage, N);
        }
        double d = 0.0;
        if (t < bookEnd)
            d = rebased ? slAmount : base[std::size_t(t - s)];
        bv -= d;
        out.depreciation[ti] = d;

        // ASC 360 test at a fiscal-year end, after the month's depreciation.
        if (in.isTestMonth && (*in.isTestMonth)[ti]) {
            const double U = in.futureCash[ti + 1] + in.endValue;
            const double carrying = bv;
            if (U < carrying) {
                const double mv = in.marketValue[ti];
                const double loss = std::max(0.0, carrying - mv);
                if (loss > 0.0) {
                    out.impairment[ti] += loss;
                    out.impairmentMonths.push_back(t);
                    bv = mv;
                }
                salvage = std::min(salvage, mv);
                const int remaining = bookEnd - (t + 1);
                rebased = true;
                slAmount = remaining > 0 ? straightLine(bv, salvage, remaining) : 0.0;
            }
        }
    }
    return out;
}

} // namespace fleetroi
