// SPDX-License-Identifier: GPL-3.0-or-later
// The numeric fields of a scenario with their range and unit, in one table: what the file
// validation (ScenarioChecks) enforces and what the editors accept, so the two cannot
// disagree. The ranges are the rules:: constants of ScenarioChecks.h (SCENARIO_FORMAT.md);
// this table only says which field each one belongs to and in which unit it is stored.
// A first step toward the scenario schema (issue #13). Plain C++, no Qt.
#pragma once

#include "scenario/ScenarioChecks.h"

#include <string_view>
#include <vector>

namespace fleetroi {

// The unit a value is stored in; money units take the scenario's currency.
enum class FieldUnit
{
    None,
    Money,           // currency
    MoneyPerGpuHour, // currency per GPU-hour
    MoneyPerKwh,     // currency per kWh
    MoneyPerKwMonth, // currency per kW per month
    MoneyPerMonth,   // currency per month
    Fraction,        // 0.09 stored, shown as 9 %
    FractionPerYear, // annual rate, shown as 9 % / year
    Kilowatt,        // kW
    Months,          // whole months
    Gpus,            // count of GPUs
    ComputeHours,    // H100-equivalent hours per month
    Factor,          // multiplier, H100 = 1
    Ratio,           // plain ratio (PUE)
};

struct FieldRange
{
    // Path pattern in the file's spelling with indices written "[]":
    // "horizon_months", "finance.discount_rate", "skus[].gpu_price", "purchases[].month".
    std::string_view pattern;
    scenario_detail::NumberRule rule; // stored units (a fraction, not a percent)
    FieldUnit unit;
};

// Every numeric field of the format, in the order of SCENARIO_FORMAT.md's tables.
const std::vector<FieldRange> &fieldRanges();

// The entry of a pattern ("skus[].gpu_price") or of a concrete path ("skus[3].gpu_price"),
// or nullptr for a field that is not numeric or unknown.
const FieldRange *findFieldRange(std::string_view path);

// The rule a value at `path` must meet in scenario `s`: the table's, except that a
// purchase month and the month of a change in useful life must also lie inside the horizon
// (0 .. H-1) when the horizon is valid.
scenario_detail::NumberRule fieldRule(const FieldRange &range, int horizonMonths);

} // namespace fleetroi
