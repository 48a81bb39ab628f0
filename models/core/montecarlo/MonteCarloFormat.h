// SPDX-License-Identifier: GPL-3.0-or-later
// Monte Carlo results as text, C locale (numbers by formatJsonNumber / std::to_chars).
#pragma once

#include "montecarlo/MonteCarlo.h"

#include <string>

namespace fleetroi {

// {"paths", "mean", "sd", "p5", "p10", "p50", "p90", "p95", "prob_negative",
//  "histogram": {"edges", "counts"}, "fan": {"p10", "p50", "p90"},
//  "drivers": [{"driver", "rank_correlation"}]} with one-space indentation. The fan arrays
// hold one value per month (month 0 first). Only for completed results.
std::string monteCarloToJson(const MonteCarloResults &results);

// Summary, percentiles and driver ranking as aligned plain text for a terminal.
std::string monteCarloToTable(const Scenario &scenario, const MonteCarloResults &results);

} // namespace fleetroi
