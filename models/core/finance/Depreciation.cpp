// SPDX-License-Identifier: GPL-3.0-or-later
// The algorithms mirror LibreOffice Calc 7.4 (ScSLN, ScSYD, ScDDB, ScDB, ScVDB) as documented
// in SEMANTICS.md, including its integer-argument rounding, so results agree to the last
// digits with the spreadsheet.
#include "Depreciation.h"

#include "SpreadsheetMath.h"

#include <algorithm>
#include <cmath>

namespace fleetroi::finance {

namespace {

// DDB amount of `period` without argument validation (VDB uses it with its own checks).
double ddbAmount(double cost, double salvage, double life, double period, double factor)
{
    double rate = factor / life;
    double oldValue;
    if (rate >= 1.0) {
        rate = 1.0;
        oldValue = period == 1.0 ? cost : 0.0;
    } else {
        oldValue = cost * std::pow(1.0 - rate, period - 1.0);
    }
    const double newValue = cost * std::pow(1.0 - rate, period);
    const double amount = newValue < salvage ? oldValue - salvage : oldValue - newValue;
    return amount < 0.0 ? 0.0 : amount;
}

// LibreOffice's ScInterVDB: the declining-balance-with-switch depreciation of the first
// `periods` periods (last one weighted if fractional) of an asset whose book value is `cost`,
// with DDB amounts computed on the original `life` but the straight-line amount spread over
// `remainingLife`.
double vdbSegment(double cost, double salvage, double life, double remainingLife, double periods,
                  double factor)
{
    const double intEnd = detail::approxCeil(periods);
    const long loopEnd = static_cast<long>(intEnd);
    double bookMinusSalvage = cost - salvage;
    bool switched = false;
    double sl = 0.0;
    detail::NeumaierSum total;
    for (long i = 1; i <= loopEnd; ++i) {
        double term;
        if (!switched) {
            const double d = ddbAmount(cost, salvage, life, static_cast<double>(i), factor);
            sl = bookMinusSalvage / (remainingLife - static_cast<double>(i - 1));
            if (sl > d) {
                term = sl;
                switched = true;
            } else {
                term = d;
                bookMinusSalvage -= d;
            }
        } else {
            term = sl;
        }
        if (i == loopEnd)
            term *= periods + 1.0 - intEnd;
        total += term;
    }
    return total.get();
}

} // namespace

Result<double> sln(double cost, double salvage, double life)
{
    if (life == 0.0)
        return Error::DivisionByZero;
    return finiteOr((cost - salvage) / life, Error::NoSolution);
}

Result<double> syd(double cost, double salvage, double life, double period)
{
    const double value = ((cost - salvage) * (life - period + 1.0)) / ((life * (life + 1.0)) / 2.0);
    if (life * (life + 1.0) == 0.0)
        return Error::DivisionByZero;
    return finiteOr(value, Error::NoSolution);
}

Result<double> ddb(double cost, double salvage, double life, double period, double factor)
{
    if (cost < 0.0 || salvage < 0.0 || factor <= 0.0 || salvage > cost || period < 1.0 ||
        period > life)
        return Error::InvalidArgument;
    return finiteOr(ddbAmount(cost, salvage, life, period, factor), Error::NoSolution);
}

Result<double> db(double cost, double salvage, double life, double period, double month)
{
    month = detail::approxFloor(month);
    if (month < 1.0 || month > 12.0 || life > 1200.0 || salvage < 0.0 || period > life + 1.0 ||
        salvage > cost || cost <= 0.0 || life <= 0.0 || period <= 0.0)
        return Error::InvalidArgument;
    // Rate rounded to 3 decimals, half up: a raw 0.0625 becomes 0.063.
    double rate = 1.0 - std::pow(salvage / cost, 1.0 / life);
    rate = detail::approxFloor(rate * 1000.0 + 0.5) / 1000.0;
    const double firstPeriod = cost * rate * month / 12.0;
    if (detail::approxFloor(period) == 1.0)
        return finiteOr(firstPeriod, Error::NoSolution);

    double accumulated = firstPeriod;
    double amount = 0.0;
    const long lastWhole = static_cast<long>(detail::approxFloor(std::min(life, period)));
    for (long i = 2; i <= lastWhole; ++i) {
        amount = (cost - accumulated) * rate;
        accumulated += amount;
    }
    // The partial period after the life gets the remaining (12 - month) months.
    if (period > life)
        amount = ((cost - accumulated) * rate * (12.0 - month)) / 12.0;
    return finiteOr(amount, Error::NoSolution);
}

Result<double> vdb(double cost, double salvage, double life, double start, double end,
                   double factor, bool noSwitch)
{
    if (start < 0.0 || end < start || end > life || cost < 0.0 || salvage > cost || factor <= 0.0)
        return Error::InvalidArgument;

    const double intStart = detail::approxFloor(start);
    const double intEnd = detail::approxCeil(end);
    if (intEnd > detail::kMaxLoopPeriods)
        return Error::InvalidArgument;
    if (noSwitch) {
        // Plain declining balance; partial first/last periods weighted linearly.
        const long loopStart = static_cast<long>(intStart);
        const long loopEnd = static_cast<long>(intEnd);
        detail::NeumaierSum total;
        for (long i = loopStart + 1; i <= loopEnd; ++i) {
            double term = ddbAmount(cost, salvage, life, static_cast<double>(i), factor);
            if (i == loopStart + 1)
                term *= std::min(end, intStart + 1.0) - start;
            else if (i == loopEnd)
                term *= end + 1.0 - intEnd;
            total += term;
        }
        return finiteOr(total.get(), Error::NoSolution);
    }

    // Whole periods intStart..intEnd of the switching schedule, minus the fractions of the
    // first and last period that lie outside [start, end].
    double part = 0.0;
    if (!detail::approxEqual(start, intStart)) {
        const double book = cost - vdbSegment(cost, salvage, life, life, intStart, factor);
        part += (start - intStart) * vdbSegment(book, salvage, life, life - intStart, 1.0, factor);
    }
    if (!detail::approxEqual(end, intEnd)) {
        const double lastStart = intEnd - 1.0;
        const double book = cost - vdbSegment(cost, salvage, life, life, lastStart, factor);
        part += (intEnd - end) * vdbSegment(book, salvage, life, life - lastStart, 1.0, factor);
    }
    const double book = cost - vdbSegment(cost, salvage, life, life, intStart, factor);
    const double whole =
        vdbSegment(book, salvage, life, life - intStart, intEnd - intStart, factor);
    return finiteOr(whole - part, Error::NoSolution);
}

Result<double> depreciationSchedule(ScheduleMethod method, double cost, double salvage, int life,
                                    int periods, double *out, double factor)
{
    if (life < 1 || periods < 0 || periods > life || !(factor > 0.0))
        return Error::InvalidArgument;
    const double n = static_cast<double>(life);
    double total = 0.0;
    switch (method) {
    case ScheduleMethod::StraightLine: {
        const Result<double> amount = sln(cost, salvage, n);
        if (!amount)
            return amount.error();
        for (int j = 0; j < periods; ++j) {
            out[j] = amount.value();
            total += amount.value();
        }
        break;
    }
    case ScheduleMethod::SumOfYearsDigits:
        for (int j = 0; j < periods; ++j) {
            const Result<double> amount = syd(cost, salvage, n, static_cast<double>(j + 1));
            if (!amount)
                return amount.error();
            out[j] = amount.value();
            total += amount.value();
        }
        break;
    case ScheduleMethod::DecliningBalanceToStraightLine: {
        double bv = cost;
        for (int j = 0; j < periods; ++j) {
            const double d = std::min(std::max(factor * bv / n, (bv - salvage) / double(life - j)),
                                      bv - salvage);
            bv -= d;
            out[j] = d;
            total += d;
        }
        break;
    }
    }
    return finiteOr(total, Error::NoSolution);
}

} // namespace fleetroi::finance
