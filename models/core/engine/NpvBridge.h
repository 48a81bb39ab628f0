// SPDX-License-Identifier: GPL-3.0-or-later
// The NPV bridge (issue #16): why NPV moved from scenario A to scenario B. Starting from A,
// B's inputs are applied one group at a time in a fixed order (scenario/InputGroups.h:
// fleet and prices, internal demand, leasing, operations, finance, then everything else),
// and each step is credited with the NPV change it causes:
//   step_i = NPV(after step i) - NPV(before step i).
// The last state is B itself, so the steps sum to NPV(B) - NPV(A) by construction (up to
// the rounding of the sum, ~1e-15 relative). The attribution depends on the order, as any
// sequential bridge does: a group's step is measured with the groups before it already at
// B's values and those after it still at A's.
//
// A group whose inputs are equal in A and B gives no step. When applying a group leaves a
// scenario the model cannot compute (e.g. B buys GPUs in month 80 but the horizon, an
// "other" input, is still A's 60 months), that group is merged with the next one into a
// single step and `mergedBecauseInvalid` says so. Plain C++, no Qt.
#pragma once

#include "engine/InputChanges.h"
#include "scenario/InputGroups.h"
#include "scenario/Scenario.h"

#include <string>
#include <vector>

namespace fleetroi {

struct BridgeStep
{
    std::vector<InputGroup> groups; // one group, or several when merged
    double npvBefore = 0.0;         // currency of the scenarios
    double npvAfter = 0.0;
    bool mergedBecauseInvalid = false;
    std::vector<InputChange> changes; // what this step changed, in the analyst's words

    double delta() const { return npvAfter - npvBefore; }
    // "Fleet and prices" or "Fleet and prices + Other inputs" (English group labels).
    std::string label() const;
};

struct NpvBridge
{
    double npvA = 0.0;
    double npvB = 0.0;             // == the last step's npvAfter (npvA when nothing changed)
    std::vector<BridgeStep> steps; // in application order; empty when A and B are equal
};

// Both scenarios must be valid (validateScenario). The scenarios may use different
// currencies: amounts are not converted (the caller warns).
NpvBridge computeNpvBridge(const Scenario &a, const Scenario &b);

} // namespace fleetroi
