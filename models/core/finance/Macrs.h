// SPDX-License-Identifier: GPL-3.0-or-later
// US tax depreciation (MACRS, GDS) percentage tables of IRS Publication 946, computed from
// first principles: 200 % declining balance switching to straight line, no salvage.
// Plain C++, no Qt.
#pragma once

#include <vector>

namespace fleetroi::finance {

// Which first-year convention (and so which Pub. 946 table) applies.
enum class MacrsTable
{
    HalfYear,     // Table A-1: half a year of depreciation in year 1
    MidQuarterQ1, // Table A-2: placed in service in quarter 1 (10.5 months in year 1)
    MidQuarterQ2, // Table A-3: quarter 2 (7.5 months)
    MidQuarterQ3, // Table A-4: quarter 3 (4.5 months)
    MidQuarterQ4, // Table A-5: quarter 4 (1.5 months)
};

// Fractions of the depreciable basis deducted in tax years 1 .. recoveryYears + 1
// (e.g. 5-year half-year: 0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576); they sum to 1.
// Method: rate 2/N; year 1 = rate x first-year fraction; each later year the larger of
// declining balance and straight line over the remaining recovery period, capped at the
// remaining basis. Published rounding: the cumulative percentage is rounded half up to two
// decimals and the yearly values are its differences.
// Matches Pub. 946 for 3-, 5- and 7-year half-year and 5-year mid-quarter property (checked
// against tests/data/MACRS.csv). The 10-, 15- and 20-year classes use 150 % DB or published
// values that deviate by 0.01 here and there: use the published tables for those. Empty for
// recoveryYears outside 1..100.
std::vector<double> macrsRates(MacrsTable table, int recoveryYears);

} // namespace fleetroi::finance
