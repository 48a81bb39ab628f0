// SPDX-License-Identifier: GPL-3.0-or-later
// The NPV bridge and goal-seek results as JSON and as terminal text (C locale), for
// `fleetroi bridge` and `fleetroi goalseek`.
#pragma once

#include "engine/GoalSeek.h"
#include "engine/NpvBridge.h"

#include <string>

namespace fleetroi {

// {"a", "b", "npv_a", "npv_b", "npv_change", "steps": [{"step", "groups", "npv_before",
// "npv_after", "npv_change", "merged_because_invalid", "changes": [text, ...]}]}.
// `nameA`/`nameB` label the two sides (file names).
std::string bridgeToJson(const NpvBridge &bridge, const std::string &nameA,
                         const std::string &nameB);

// The waterfall as aligned text: NPV of A, one line per step with its changes, NPV of B.
std::string bridgeToTable(const NpvBridge &bridge, const std::string &nameA,
                          const std::string &nameB, const std::string &currency);

// {"driver", "target", "target_value", "reached", "exact", "multiplier", "range",
// "band", "npv", "irr", "payback_month", "message"}.
std::string goalSeekToJson(const GoalSeekResult &result, const std::string &driver,
                           const GoalSeekTarget &target);

std::string goalSeekToTable(const GoalSeekResult &result, const std::string &driver,
                            const GoalSeekTarget &target, const std::string &currency);

} // namespace fleetroi
