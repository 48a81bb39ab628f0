// SPDX-License-Identifier: GPL-3.0-or-later
// Model results as text: JSON in the shape of shared/examples/*.expected.json, the monthly
// CSV, the sensitivity JSON, and a terminal summary. Always the C locale: numbers are
// written with std::to_chars (shortest text that reads back to the same double), whatever
// the user's locale.
#pragma once

#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <string>
#include <vector>

namespace fleetroi {

// Shortest round-trip decimal text of a finite double, C locale ("0.0" style for whole
// values, as Python's json module writes floats). Non-finite values are written as null.
std::string formatJsonNumber(double value);

// A JSON string literal with quotes and escapes.
std::string formatJsonString(const std::string &text);

// Money for a terminal: thousands grouped with ',', `decimals` decimals ("-1,204,922").
std::string formatGroupedNumber(double value, int decimals = 0);

// {"kpis": {...}, "monthly": {...}} with one-space indentation.
std::string resultsToJson(const ModelResults &results);

// [{"driver", "npv_low", "npv_high"}, ...]
std::string sensitivityToJson(const std::vector<SensitivityRow> &rows);

// One number of the monthly CSV, C locale, never in exponent notation: the shortest plain
// decimal that reads back to the same double (std::to_chars fixed; up to 17 significant
// digits, e.g. 30000000 -> "30000000", 0.1 -> "0.1", 1234.5 -> "1234.5"); -0 is written "0";
// NaN and infinities (never produced by the model) as "" (an empty cell). With `whole`
// the value is rounded half away from zero to an integer ("998.32" -> "998").
std::string formatCsvNumber(double value, bool whole = false);

// Header row "month,capacity_hours,...", then one row per month, numbers by
// formatCsvNumber(). `working_gpus` (MODEL.md: the expected count gpus * (1 - f)^(a/12)) is
// a GPU count and is written as whole GPUs; every other series (money in the scenario's
// currency, hours, kWh, utilization as a fraction) keeps its full double precision.
// `fleetroi compute --format csv` and `fleetroi export --csv` both print exactly this.
std::string monthlyToCsv(const MonthlySeries &monthly);

// KPIs, then a roll-up by fiscal year, as aligned plain text for a terminal.
std::string resultsToTable(const Scenario &scenario, const ModelResults &results);

// The tornado as aligned plain text.
std::string sensitivityToTable(const std::vector<SensitivityRow> &rows, double baseNpv,
                               double swing);

} // namespace fleetroi
