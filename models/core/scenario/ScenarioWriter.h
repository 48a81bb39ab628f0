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
// or series) are written. The same scenario always gives the same
// bytes. A non-finite double (never valid) is written as null, so the file is refused on
// reading rather than misread.
std::string writeScenario(const Scenario &s);

} // namespace fleetroi
