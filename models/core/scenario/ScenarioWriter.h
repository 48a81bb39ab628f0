// SPDX-License-Identifier: GPL-3.0-or-later
// Writing scenario files (shared/spec/SCENARIO_FORMAT.md, version 1). Plain C++, no Qt.
#pragma once

#include "scenario/Scenario.h"

#include <string>

namespace fleetroi {

// The scenario as UTF-8 JSON, pretty-printed with 2-space indents, every key spelled out
// in the order of the format's tables. Numbers are written in the C locale in their
// shortest round-trip form, so readScenario(writeScenario(s)) gives back bit-identical
// doubles; whole-number fields are written as integers. A purchase's gpu_price is written
// only when set, `uncertainty` only when present. Only the fields of a price curve's kind
// (start/annual_change or points) and of internal demand's form (compute_hours/annual_growth
// or series) are written. Model 1.1 keys (market_value, market_age_discount_per_year,
// useful_life_change, impairment_test) are written only when used, and a SKU with a market
// value has no resale_fraction: a model-1 scenario gives the same bytes as before 1.1.
// The file stays format version 1 (SCENARIO_FORMAT.md). The same scenario always gives the same
// bytes. A non-finite double (never valid) is written as null, so the file is refused on
// reading rather than misread.
std::string writeScenario(const Scenario &s);

struct SchemaField;

// Whether writeScenario writes the plain field `f` of `owner` (an object of f.owner's type):
// the rules above for model 1.1 keys and resale_fraction. Shared with the assumption tables
// (ScenarioValues.h) so they list what the file holds.
bool isWrittenValue(const SchemaField &f, const void *owner);

} // namespace fleetroi
