// SPDX-License-Identifier: GPL-3.0-or-later
// Ready-made Monte Carlo set-ups for the scenario's `uncertainty` block (SCENARIO_FORMAT.md)
// and the analyst's words for its drivers. Every driver is a multiplier on a group of
// assumptions, applied exactly as the sensitivity analysis applies it (MODEL.md
// "Sensitivity (tornado)", applyDriverMultiplier): 1 = the scenario as entered.
#pragma once

#include "DriverText.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <string>

namespace fleetroi {

class UncertaintyPresets
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::UncertaintyPresets)
public:
    // The driver catalog's label and help text (storage/DriverText.h), for callers that
    // name the presets' class.
    static QString driverLabel(const std::string &driver) { return fleetroi::driverLabel(driver); }
    static QString driverHelp(const std::string &driver) { return fleetroi::driverHelp(driver); }

    // The distribution a driver gets when the analyst makes it uncertain: triangular
    // 0.8 / 1.0 / 1.2 (+-20 %, the tornado's default swing, most likely as entered).
    static DriverDistribution defaultDistribution(const std::string &driver);
    // A fresh block: 10,000 paths, seed 1, no drivers (the format's defaults).
    static Uncertainty emptyBlock();

    // The critics' case: the risks the sceptics of GPU-fleet economics name, as multiplier
    // distributions skewed against the scenario (see the .cpp for each choice and its reason).
    // Paths and seed are kept from `current` when there is one; drivers and correlations are
    // replaced.
    static Uncertainty criticsCase(const std::optional<Uncertainty> &current);
    // The explanation shown on the button's tooltip (same words as the code's comments).
    static QString criticsCaseExplanation();
};

} // namespace fleetroi
