// SPDX-License-Identifier: GPL-3.0-or-later
#include "SpreadsheetMath.h"

#include <cstdio>
#include <cstdlib>

namespace fleetroi::finance::detail {

double approxValue(double value)
{
    // Integers (the usual case for period arguments) and non-finite values need no rounding.
    if (!std::isfinite(value) || value == 0.0 || std::floor(value) == value)
        return value;
    char buffer[40];
    std::snprintf(buffer, sizeof buffer, "%.14e", value);
    return std::strtod(buffer, nullptr);
}

} // namespace fleetroi::finance::detail
