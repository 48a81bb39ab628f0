// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <vector>

namespace fleetroi {

// scenario.skuIndex(purchases[k].sku) for every purchase k (same size as purchases, -1 for an
// unknown id; the first SKU of an id wins, as in skuIndex). One hash table: O(SKUs +
// purchases), where skuIndex per purchase costs SKUs x purchases string comparisons (10,000
// tranches of 100 SKUs: a third of a model run).
std::vector<int> purchaseSkuIndices(const Scenario &scenario);

} // namespace fleetroi
