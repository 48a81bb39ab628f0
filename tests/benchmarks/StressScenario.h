// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

namespace fleetroi::bench {

// The engine issue's stress scenario: 240 months, 100 SKUs, `purchases` purchase tranches
// (10,000 by default) spread over the horizon, a mix of depreciation methods, MACRS,
// 12-month lease contracts, internal demand growing 20 % a year. Deterministic (no random
// device); the first N tranches of a larger scenario are those of a smaller one.
Scenario makeStressScenario(int purchases = 10000);

} // namespace fleetroi::bench
