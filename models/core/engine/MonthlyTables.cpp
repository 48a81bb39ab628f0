// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/MonthlyTables.h"

#include "finance/CivilDate.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace fleetroi {

void fillMonthlyPowers(double base, int shift, double *out, std::size_t count)
{
    if (base == 1.0) {
        std::fill(out, out + count, 1.0);
        return;
    }
    double fraction[12];
    for (int j = 0; j < 12; ++j)
        fraction[j] = std::pow(base, j / 12.0);
    // e = t + shift = 12 q + j with 0 <= j < 12 (floor division for negative shifts).
    int q = shift >= 0 ? shift / 12 : -((-shift + 11) / 12);
    int j = shift - 12 * q;
    double whole = std::pow(base, double(q));
    for (std::size_t t = 0; t < count; ++t) {
        out[t] = j == 0 ? whole : whole * fraction[j];
        if (++j == 12) {
            j = 0;
            whole *= base;
        }
    }
}

void fillPriceTable(const PriceCurve &curve, double *out, std::size_t count)
{
    if (curve.kind == PriceCurve::Kind::Growth) {
        fillMonthlyPowers(1.0 + curve.annualChange, 0, out, count);
        for (std::size_t t = 0; t < count; ++t)
            out[t] *= curve.start;
    } else {
        for (std::size_t t = 0; t < count; ++t)
            out[t] = curve.at(int(t));
    }
}

int scaleLifeMonths(int months, double multiplier)
{
    const double scaled = std::floor(double(months) * multiplier + 0.5);
    return scaled < 1.0 ? 1 : int(std::min(scaled, 1e9));
}

void calendarMonth(int startYear, int startMonth, int t, int &year, int &month)
{
    const int z = (startMonth - 1) + t;
    const int yearOffset = z >= 0 ? z / 12 : -((-z + 11) / 12);
    year = startYear + yearOffset;
    month = z - yearOffset * 12 + 1;
}

int fiscalYearOf(int startYear, int startMonth, int fyEnd, int t)
{
    int y = 0, m = 0;
    calendarMonth(startYear, startMonth, t, y, m);
    return m <= fyEnd ? y : y + 1;
}

int fiscalYearEndIndex(int startYear, int startMonth, int fyEnd, int fiscalYear)
{
    return (fiscalYear - startYear) * 12 + (fyEnd - startMonth);
}

std::string monthLabel(int startYear, int startMonth, int t)
{
    int y = 0, m = 0;
    calendarMonth(startYear, startMonth, t, y, m);
    return finance::yearMonthText(y, m);
}

double hoursInMonth(int startYear, int startMonth, int t)
{
    int y = 0, m = 0;
    calendarMonth(startYear, startMonth, t, y, m);
    return finance::daysInMonth(y, m) * 24.0;
}

} // namespace fleetroi
