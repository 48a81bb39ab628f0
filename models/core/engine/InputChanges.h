// SPDX-License-Identifier: GPL-3.0-or-later
// "What changed" between two scenarios in the analyst's words, with units, grouped as the
// NPV bridge applies them (scenario/InputGroups.h):
//   H100 SXM: lease price in 2026-03: 1.8 -> 1.2 USD/GPU-h
//   Purchase 3 (H100 SXM, 2026-04): GPUs bought: 512 GPUs -> 1,024 GPUs
//   finance: discount rate: 9 %/year -> 10 %/year
// SKUs are matched by id, purchases by position. Plain C++, no Qt.
#pragma once

#include "scenario/InputGroups.h"
#include "scenario/Scenario.h"

#include <string>
#include <vector>

namespace fleetroi {

struct InputChange
{
    InputGroup group = InputGroup::Other;
    std::string path;       // file path with ids/indices, e.g. "skus[h100].lease_price"
    std::string subject;    // what the input belongs to: "H100 SXM", "Purchase 3 (...)", or ""
    const char *label = ""; // the input's label (InputField::label, English, translatable)
    std::string detail;     // e.g. "in 2026-03" for one point of a price curve, or ""
    std::string from;       // old value with unit, "" when the item was added
    std::string to;         // new value with unit, "" when the item was removed

    // "subject: label detail: from -> to" (English).
    std::string text() const;
};

// Every input that differs from `a` to `b`, ordered by group (bridge order), then as in
// the file. Money is shown in each side's own currency.
std::vector<InputChange> describeInputChanges(const Scenario &a, const Scenario &b);

} // namespace fleetroi
