// SPDX-License-Identifier: GPL-3.0-or-later
// Model 1.1 text outputs beyond resultsToJson/monthlyToCsv (engine/ResultsFormat.h): the
// impairment sensitivity as JSON and as a terminal table (the per-tranche impairment CSV is
// storage/export/ImpairmentCsv.h: its text cells need the spreadsheet-safety rules). C locale,
// the number rules of ResultsFormat.h.
#pragma once

#include "engine/ImpairmentSensitivity.h"
#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <string>

namespace fleetroi {

// {"impairment_sensitivity": {"swing", "impairment_test", "base_total_impairment",
//  "curves": [{"curve", "multiplier_low", "multiplier_high", "total_impairment_low",
//  "total_impairment_high", "npv_low", "npv_high"}, ...]}} - money in the scenario's
// currency, impairments as positive write-downs; numbers by formatJsonNumber.
// `fleetroi sensitivity FILE --of impairment --format json` prints exactly this.
std::string impairmentSensitivityToJson(const ImpairmentSensitivity &sensitivity);

// The same as aligned plain text for a terminal (money grouped, whole units).
std::string impairmentSensitivityToTable(const ImpairmentSensitivity &sensitivity,
                                         const std::string &currency);

} // namespace fleetroi
