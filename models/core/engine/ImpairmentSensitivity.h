// SPDX-License-Identifier: GPL-3.0-or-later
// Sensitivity of the total ASC 360 impairment (model 1.1, MODEL.md "Version 1.1") to the two
// curves that decide it: the lease-price curve (it feeds the recoverability test's cash flows)
// and the market-value curve (it is the fair value written down to, and the end value of the
// test). Same conventions as the NPV tornado (engine/Sensitivity.h): each curve is scaled by a
// multiplier (1 - swing) and (1 + swing), every other input unchanged, and the model is run
// again.
#pragma once

#include "scenario/Scenario.h"

#include <string>
#include <string_view>
#include <vector>

namespace fleetroi {

// The curves the impairment sensitivity shifts.
enum class ImpairmentCurve
{
    LeasePrice,  // every SKU's lease_price curve, as the tornado's lease_price driver
    MarketValue, // every SKU's market_value curve; SKUs without one are unaffected
};

// The file key of the SKU field the curve is ("lease_price", "market_value"; from the scenario
// schema), used as the row's name in the JSON and text output of `fleetroi balance-sheet`.
std::string_view impairmentCurveKey(ImpairmentCurve curve);

// One curve of the impairment sensitivity.
struct ImpairmentSensitivityRow
{
    ImpairmentCurve curve = ImpairmentCurve::LeasePrice;
    double multiplierLow = 0.8;  // 1 - swing
    double multiplierHigh = 1.2; // 1 + swing
    // Total impairment (sum over months of the impairment series, scenario currency, >= 0:
    // an impairment is a write-down stored as a positive amount) with the curve at
    // multiplierLow and at multiplierHigh.
    double impairmentLow = 0.0;
    double impairmentHigh = 0.0;
    // NPV (scenario currency) at the same two points, for context.
    double npvLow = 0.0;
    double npvHigh = 0.0;
    // |impairmentHigh - impairmentLow|
    double range() const
    {
        return impairmentHigh > impairmentLow ? impairmentHigh - impairmentLow
                                              : impairmentLow - impairmentHigh;
    }
};

struct ImpairmentSensitivity
{
    double swing = 0.2;
    bool impairmentTest = false; // finance.impairment_test: without it every total is 0
    double baseImpairment = 0.0; // total impairment of the scenario as given (>= 0)
    std::vector<ImpairmentSensitivityRow> rows; // lease_price, then market_value (fixed order)
};

// Total impairment with the lease-price curves and, separately, the market-value curves of all
// SKUs multiplied by (1 - swing) and (1 + swing): a curve's start value and every point are
// scaled (a relative shift of the whole curve, both ways). Expectation of the signs: a lower
// lease curve lowers the undiscounted cash flows of the test (more tranches fail it), a lower
// market curve lowers the fair value (larger write-downs), so both low rows usually show the
// larger impairment - but the test is a threshold, so the total is only piecewise monotone.
// The scenario must be valid (as for computeModel); swing in [0, 1). Costs five model runs
// (without IRR, break-even or tranche detail). A scenario without the impairment test gives
// zeros everywhere (impairmentTest = false).
ImpairmentSensitivity computeImpairmentSensitivity(const Scenario &scenario, double swing = 0.2);

// Multiplies every SKU's market_value curve (start and points) by `multiplier` in place; SKUs
// without a market_value curve are left alone. (Not a tornado driver: MODEL.md 1.1 says no
// driver scales market_value.)
void scaleMarketValueCurves(Scenario &scenario, double multiplier);

} // namespace fleetroi
