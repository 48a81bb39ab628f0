// SPDX-License-Identifier: GPL-3.0-or-later
#include "Macrs.h"

#include <algorithm>
#include <cmath>

namespace fleetroi::finance {

namespace {

double firstYearFraction(MacrsTable table)
{
    switch (table) {
    case MacrsTable::HalfYear:
        return 0.5;
    case MacrsTable::MidQuarterQ1:
        return 10.5 / 12.0;
    case MacrsTable::MidQuarterQ2:
        return 7.5 / 12.0;
    case MacrsTable::MidQuarterQ3:
        return 4.5 / 12.0;
    case MacrsTable::MidQuarterQ4:
        return 1.5 / 12.0;
    }
    return 0.5;
}

} // namespace

std::vector<double> macrsRates(MacrsTable table, int recoveryYears)
{
    if (recoveryYears < 1 || recoveryYears > 100)
        return {};
    const double n = recoveryYears;
    const double rate = 2.0 / n;
    const double first = firstYearFraction(table);

    // Exact (unrounded) yearly fractions of a basis of 1.
    std::vector<double> exact;
    double book = 1.0;
    double amount = std::min(rate * first, book);
    exact.push_back(amount);
    book -= amount;
    double remaining = n - first; // recovery period left at the start of year 2
    for (int year = 2; year <= recoveryYears + 1; ++year) {
        const double decliningBalance = book * rate;
        const double straightLine = remaining > 0.0 ? book / remaining : book;
        amount = std::min(std::max(decliningBalance, straightLine), book);
        if (year == recoveryYears + 1)
            amount = book; // the last, partial year takes the rest
        exact.push_back(amount);
        book -= amount;
        remaining -= 1.0;
    }

    // Published rounding: cumulative percentage to 2 decimals, half up. Work in hundredths of
    // a percent; the 1e-7 nudge keeps exact ties (like x.xx5) from rounding down through
    // binary representation error.
    std::vector<double> rates;
    rates.reserve(exact.size());
    double cumulative = 0.0;
    long long previousHundredths = 0;
    for (double value : exact) {
        cumulative += value;
        const long long hundredths =
            static_cast<long long>(std::floor(cumulative * 10000.0 + 0.5 + 1e-7));
        rates.push_back(static_cast<double>(hundredths - previousHundredths) / 10000.0);
        previousHundredths = hundredths;
    }
    return rates;
}

} // namespace fleetroi::finance
