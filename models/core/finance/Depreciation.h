// SPDX-License-Identifier: GPL-3.0-or-later
// Spreadsheet depreciation functions with LibreOffice Calc 7.4 semantics
// (shared/oracle/SEMANTICS.md, section 1). Plain C++, no Qt.
//
// Units and conventions for every function here:
//  - cost and salvage are money (any currency), the result is the depreciation amount of the
//    requested period in the same money, as a positive number (an expense);
//  - life and periods are counted in the same period unit (years, or months for a monthly
//    schedule); period 1 is the first period of the asset's life;
//  - an argument outside the function's domain gives Error::InvalidArgument, never a clamp.
#pragma once

#include "FinanceResult.h"

namespace fleetroi::finance {

// Straight line: (cost - salvage) / life. No validation (salvage > cost gives a negative
// amount, a fractional life is accepted); life 0 gives DivisionByZero.
Result<double> sln(double cost, double salvage, double life);

// Sum-of-years' digits: (cost - salvage) * (life - period + 1) / (life (life + 1) / 2).
// The period is not validated and may be fractional (linear); life 0 is an error.
Result<double> syd(double cost, double salvage, double life, double period);

// Declining balance at rate factor/life (double declining for factor 2), closed form, so a
// fractional period works. The book value never goes below salvage; there is no switch to
// straight line (use vdb for that). InvalidArgument unless 0 <= salvage <= cost,
// factor > 0 and 1 <= period <= life.
Result<double> ddb(double cost, double salvage, double life, double period, double factor = 2.0);

// Fixed declining balance with the rate rounded to 3 decimals (half up). `month` is the
// number of months in the first year (floored, 1..12); with month < 12 the asset has a
// partial period life + 1. InvalidArgument unless cost > 0, 0 <= salvage <= cost,
// 0 < life <= 1200, 0 < period <= life + 1, 1 <= month <= 12.
Result<double> db(double cost, double salvage, double life, double period, double month = 12.0);

// Variable declining balance: the depreciation between the period boundaries start and end
// (0 = placed in service; start 0, end 1 is the first period), declining balance at
// factor/life, switching to straight line when that is larger unless noSwitch. Fractional
// boundaries interpolate linearly inside a period of the integer schedule.
// InvalidArgument unless 0 <= start <= end <= life, cost >= 0, salvage <= cost, factor > 0
// (and end <= 1e6 periods, a guard against endless loops that the spreadsheet lacks).
Result<double> vdb(double cost, double salvage, double life, double start, double end,
                   double factor = 2.0, bool noSwitch = false);

// How a book schedule spreads cost - salvage over the life (FleetROI's MODEL.md "Book
// depreciation"; months are the periods there).
enum class ScheduleMethod
{
    StraightLine,                   // sln(cost, salvage, life) every period
    SumOfYearsDigits,               // syd(cost, salvage, life, j + 1) in period j + 1
    DecliningBalanceToStraightLine, // see depreciationSchedule
};

// The depreciation of periods 1 .. `periods` of an asset (out[j] = amount of period j + 1,
// positive, in the money of cost), for a schedule that may stop before the end of the life
// (an asset sold at periods < life). Returns the sum of the amounts written.
//  - StraightLine and SumOfYearsDigits are sln and syd above, period by period, bit for bit.
//  - DecliningBalanceToStraightLine is MODEL.md's rule, with book value bv_j before period
//    j + 1 (bv_0 = cost):
//        d_j = min(max(factor x bv_j / life, (bv_j - salvage) / (life - j)), bv_j - salvage)
//    i.e. declining balance at factor/life switching to straight line over the rest of the
//    life when that is larger, never below salvage, and ending exactly at salvage. The same
//    schedule as the spreadsheet's vdb(cost, salvage, life, j, j + 1, factor) to rounding;
//    computed forward from the book value (the spreadsheet's DDB uses a closed form per
//    period and differs in the last digits), which is what the model has always done.
// InvalidArgument unless life >= 1, 0 <= periods <= life and factor > 0 (out not touched);
// NoSolution when an amount is not finite (out then partly written). out must hold `periods`
// values.
Result<double> depreciationSchedule(ScheduleMethod method, double cost, double salvage, int life,
                                    int periods, double *out, double factor = 2.0);

} // namespace fleetroi::finance
