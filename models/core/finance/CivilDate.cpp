// SPDX-License-Identifier: GPL-3.0-or-later
#include "CivilDate.h"

#include <cstdio>

namespace fleetroi::finance {

bool isLeapYear(int year) noexcept
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month) noexcept
{
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12)
        return 0;
    return month == 2 && isLeapYear(year) ? 29 : days[month - 1];
}

bool isValid(const CivilDate &date) noexcept
{
    return date.day >= 1 && date.day <= daysInMonth(date.year, date.month);
}

// The calendar repeats every 400 years (146097 days). Counting years from March makes the
// leap day the last day of the counted year, so a day-of-year has a closed form.
DayNumber daysFromCivil(const CivilDate &date) noexcept
{
    const int y = date.year - (date.month <= 2 ? 1 : 0);
    const int era = (y >= 0 ? y : y - 399) / 400;
    const int yearOfEra = y - era * 400;                                         // 0..399
    const int monthFromMarch = date.month > 2 ? date.month - 3 : date.month + 9; // 0..11
    const int dayOfYear = (153 * monthFromMarch + 2) / 5 + date.day - 1;         // 0..365
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return era * 146097 + dayOfEra - 719468; // 719468 = days from 0000-03-01 to 1970-01-01
}

CivilDate civilFromDays(DayNumber days) noexcept
{
    const int z = days + 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const int dayOfEra = z - era * 146097; // 0..146096
    const int yearOfEra =
        (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;        // 0..399
    const int dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100); // 0..365
    const int monthFromMarch = (5 * dayOfYear + 2) / 153;                                 // 0..11
    CivilDate date;
    date.day = dayOfYear - (153 * monthFromMarch + 2) / 5 + 1;
    date.month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
    date.year = yearOfEra + era * 400 + (date.month <= 2 ? 1 : 0);
    return date;
}

std::optional<CivilDate> parseIsoDate(std::string_view text)
{
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    auto digits = [&](std::size_t from, std::size_t count, int &out) {
        out = 0;
        for (std::size_t i = from; i < from + count; ++i) {
            if (text[i] < '0' || text[i] > '9')
                return false;
            out = out * 10 + (text[i] - '0');
        }
        return true;
    };
    CivilDate date;
    if (!digits(0, 4, date.year) || !digits(5, 2, date.month) || !digits(8, 2, date.day))
        return std::nullopt;
    if (!isValid(date))
        return std::nullopt;
    return date;
}

std::string toIsoString(const CivilDate &date)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
    return buffer;
}

std::string yearMonthText(int year, int month)
{
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d", year, month);
    return buffer;
}

} // namespace fleetroi::finance
