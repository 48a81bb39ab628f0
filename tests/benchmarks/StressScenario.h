// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

namespace fleetroi::bench {

// The engine issue's stress scenario: 240 months, 100 SKUs, 10,000 purchases spread over
// the horizon, a mix of depreciation methods, MACRS, 12-month lease contracts, growing
// internal demand. Deterministic (no random device).
Scenario makeStressScenario();

} // namespace fleetroi::bench
