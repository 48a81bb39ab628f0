// SPDX-License-Identifier: GPL-3.0-or-later
// Goal seek (issue #16): which value of one sensitivity driver makes NPV = v, IRR = x or the
// payback month = M? The answer is a multiplier on the driver, applied exactly as the
// sensitivity analysis applies it (engine/Sensitivity.h: applyDriverMultiplier, with its
// caps and rounding), searched within the driver's range (goalSeekRange).
//
// Which answer when several multipliers reach the target: the one nearest to 1, i.e. the
// smallest change to today's assumptions.
//  - NPV = v: a grid of the range brackets every sign change of NPV(m) - v; the bracket
//    nearest to 1 is refined by Brent's method (finance/RootSearch.h: brentRoot) to ~1e-14.
//  - IRR = x: the same on NPV of the net cash flows at the annual rate x (zero exactly when x
//    is an IRR root), which is smooth where the IRR itself may jump between roots. The
//    reported `irr` is the model's (lowest root); with several roots it may differ from x.
//  - payback = M (whole months): payback moves in whole months, so the multipliers giving
//    month M form a band. The answer is the edge of that band nearest to 1 (inside the band:
//    payback at the answer is M), refined by bisection to ~1e-12 relative; `bandLow` and
//    `bandHigh` give both edges (each to the same precision, limited to the range).
// Drivers that move in steps (useful_life rounds to whole months) can make NPV jump over the
// target: then `exact` is false and the answer is where the jump happens.
// Plain C++, no Qt; the scenario must be valid.
#pragma once

#include "scenario/DriverCatalog.h"
#include "scenario/Scenario.h"

#include <optional>
#include <string>

namespace fleetroi {

struct GoalSeekTarget
{
    enum class Kind
    {
        Npv,
        Irr,
        Payback
    };
    Kind kind = Kind::Npv;
    double value = 0.0; // NPV in currency, IRR as an annual decimal (0.15), payback month index
};

// Parses "npv=0", "npv=-1e6", "irr=0.15", "payback=24" (C locale). On failure returns
// nullopt and sets `error` to a sentence naming the problem.
std::optional<GoalSeekTarget> parseGoalSeekTarget(const std::string &text, std::string &error);

// The multipliers searched for a driver: from 0 up to the largest multiplier that keeps the
// driver within the file format's range or its cap (sellable_fraction and availability 1,
// annual_failure_rate 0.99, discount rate 100 %, electricity 10 per kWh, lives 240 months),
// and at most 10. availability starts at 0.01 (it must stay above 0).
struct GoalSeekRange
{
    double low = 0.0;
    double high = 10.0;
};
GoalSeekRange goalSeekRange(const Scenario &scenario, DriverId driver);
// By file key; {0, 10} for a key that is not a driver.
GoalSeekRange goalSeekRange(const Scenario &scenario, const std::string &driver);

struct GoalSeekResult
{
    bool reached = false;    // false: no multiplier in the range reaches the target
    bool exact = true;       // false: the metric jumps over the target at `multiplier`
    std::string message;     // why not reached, or a note; "" otherwise (English)
    double multiplier = 1.0; // on the driver, as applyDriverMultiplier applies it
    GoalSeekRange range;     // the range searched
    std::optional<double> bandLow, bandHigh; // payback target: multipliers giving month M
    // The model at `multiplier` (when reached; at 1 otherwise):
    double npv = 0.0;
    std::optional<double> irr;
    std::optional<int> paybackMonth;
};

// `driver` must be a sensitivity driver name (isSensitivityDriver); an unknown name gives
// reached = false with a message.
GoalSeekResult goalSeek(const Scenario &scenario, const std::string &driver,
                        const GoalSeekTarget &target);
GoalSeekResult goalSeek(const Scenario &scenario, DriverId driver, const GoalSeekTarget &target);

} // namespace fleetroi
