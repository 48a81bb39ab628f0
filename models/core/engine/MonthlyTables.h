// SPDX-License-Identifier: GPL-3.0-or-later
// Month arithmetic shared by the scalar model (FleetModel), the tornado (Sensitivity) and the
// Monte Carlo engine, so all three compute the same numbers the same way.
#pragma once

#include "scenario/Scenario.h"

#include <cstddef>
#include <string>

namespace fleetroi {

// out[t] = base^((t + shift) / 12) for t = 0 .. count-1: the monthly compounding of MODEL.md
// "Time". Twelve pow() calls for the fractional powers, then whole years by multiplication:
// a few ulps from pow() per value (at most one rounding per year of horizon), and 30x faster
// than a pow() per month, which dominated the model's run time.
void fillMonthlyPowers(double base, int shift, double *out, std::size_t count);

// A price curve in months 0 .. count-1 (PriceCurve::at, tabulated without a pow per month).
void fillPriceTable(const PriceCurve &curve, double *out, std::size_t count);

// A life in months scaled by the useful_life driver: rounded half up, at least 1.
int scaleLifeMonths(int months, double multiplier);

// Calendar (year, month 1..12) of month index t of a horizon starting in (startYear,
// startMonth); t may be negative.
void calendarMonth(int startYear, int startMonth, int t, int &year, int &month);

// "YYYY-MM" of month index t of a scenario starting in (startYear, startMonth 1..12).
std::string monthLabel(int startYear, int startMonth, int t);

// Hours in calendar month t of the horizon: days in that month x 24 (leap years count;
// finance::daysInMonth, the finance library's calendar).
double hoursInMonth(int startYear, int startMonth, int t);

// Fiscal year containing month index t, named by the calendar year in which it ends (the
// fiscal year ends with calendar month fyEnd).
int fiscalYearOf(int startYear, int startMonth, int fyEnd, int t);

// Month index of the last month of fiscal year `fiscalYear`.
int fiscalYearEndIndex(int startYear, int startMonth, int fyEnd, int fiscalYear);

} // namespace fleetroi
