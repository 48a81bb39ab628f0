// SPDX-License-Identifier: GPL-3.0-or-later
// Per-tranche impairment detail of model 1.1 (MODEL.md "Version 1.1", ASC 360) as CSV:
// `fleetroi compute FILE --format csv --table impairments` prints exactly this.
#pragma once

#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <QByteArray>

namespace fleetroi {
namespace exporting {

// One row per impairment (tranche, test month), by purchase then month, after the header
//   purchase,label,sku,gpus,purchase_month,month,amount
// purchase = index into the scenario's purchases (0-based, as "impairments" in the JSON);
// label and sku text cells through csvField() (quoted by RFC 4180, formula-like text gets a
// leading apostrophe); gpus a whole count; purchase_month and month "YYYY-MM" (month = the
// fiscal-year-end test month tau); amount = CA - MV_{k,tau} > 0 in the scenario's currency,
// a plain decimal with full double precision (formatCsvNumber: shortest round-trip text, no
// exponent). A scenario without impairments (or without model 1.1 keys) gives the header
// alone. `results` must come from computeModel(scenario).
QByteArray trancheImpairmentsCsv(const Scenario &scenario, const ModelResults &results);

} // namespace exporting
} // namespace fleetroi
