// SPDX-License-Identifier: GPL-3.0-or-later
// The numeric fields of a scenario with their range and unit, as a flat list of path
// patterns: a view of the scenario schema (ScenarioSchema.h), which is where ranges and units
// are written. The file validation and the editors use the same entries, so the two cannot
// disagree. Plain C++, no Qt.
#pragma once

#include "scenario/ScenarioSchema.h"

#include <string_view>
#include <vector>

namespace fleetroi {

struct FieldRange
{
    // Path pattern in the file's spelling with indices written "[]":
    // "horizon_months", "finance.discount_rate", "skus[].gpu_price", "purchases[].month",
    // "skus[].lease_price.points[][1]".
    std::string_view pattern;
    scenario_detail::NumberRule rule; // stored units (a fraction, not a percent)
    FieldUnit unit;
    bool monthIndex = false; // a month of the horizon: fieldRule() narrows it to 0..H-1
};

// Every numeric field of the format, in the schema's order (a curve's fields once per curve).
const std::vector<FieldRange> &fieldRanges();

// The entry of a pattern ("skus[].gpu_price") or of a concrete path ("skus[3].gpu_price"),
// or nullptr for a field that is not numeric or unknown.
const FieldRange *findFieldRange(std::string_view path);

// The rule a value at `range` must meet in a scenario with this horizon: the table's, except
// that a purchase month and the month of a change in useful life must also lie inside the
// horizon (0 .. H-1) when the horizon is valid.
scenario_detail::NumberRule fieldRule(const FieldRange &range, int horizonMonths);

} // namespace fleetroi
