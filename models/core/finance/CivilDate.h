// SPDX-License-Identifier: GPL-3.0-or-later
// A calendar date of the proleptic Gregorian calendar and its day number, for the dated
// cash-flow functions (XNPV, XIRR). Day numbers count days since 1970-01-01 (day 0); only
// differences between them matter to the finance functions.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace fleetroi::finance {

// Days since 1970-01-01; negative before it.
using DayNumber = int;

struct CivilDate
{
    int year = 1970;
    int month = 1; // 1..12
    int day = 1;   // 1..31

    friend bool operator==(const CivilDate &, const CivilDate &) = default;
};

bool isLeapYear(int year) noexcept;
int daysInMonth(int year, int month) noexcept; // 0 for a month outside 1..12
bool isValid(const CivilDate &date) noexcept;

// Exact for every representable date; the date must be valid.
DayNumber daysFromCivil(const CivilDate &date) noexcept;
CivilDate civilFromDays(DayNumber days) noexcept;

// Strict ISO 8601 calendar date "yyyy-mm-dd" (4-digit year); nullopt if malformed or invalid.
std::optional<CivilDate> parseIsoDate(std::string_view text);
std::string toIsoString(const CivilDate &date);

// A calendar month as "YYYY-MM" (at least four year digits, two month digits), the spelling
// of the scenario file's "start" and of month labels. Values are written as given, without a
// range check, so a message can quote an invalid month ("0999-13").
std::string yearMonthText(int year, int month);

} // namespace fleetroi::finance
