// SPDX-License-Identifier: GPL-3.0-or-later
// The model 1.1 inputs of a GPU type (MODEL.md "Version 1.1", SCENARIO_FORMAT.md "Additions
// in model version 1.1") as undoable edits of a document: the market value curve, the change
// in accounting estimate of the book life, and a book-life preset applied as such a change
// from a chosen month. Each call is ONE undo step; a refused value makes no step and says why.
// These are the command facade's calls (ScenarioCommands.h) in the form of free functions
// returning bool, kept for their callers.
#pragma once

#include "ScenarioCatalogs.h" // defaultMarketValueCurve
#include "ScenarioDocument.h"
#include "scenario/Scenario.h"

#include <QString>

#include <optional>

namespace fleetroi {

// Sets (or, with nullopt, removes) the market value curve of the SKU in `skuRow`, per GPU
// in the scenario's currency. Every price of the curve must meet the format's rule for
// skus[].market_value (0..1e9; annual change -100 %..+1000 %) and points must have strictly
// increasing months 0..1000, else nothing changes and `why` names the field and the range.
// Removing the curve also sets the age discount to 0 in the same step (the format refuses an
// age discount without a curve). valueChanged("skus[N].market_value") follows every change.
// Continuous edits of the same SKU's curve merge into one step.
bool setMarketValueCurve(ScenarioDocument *doc, int skuRow, const std::optional<PriceCurve> &curve,
                         ScenarioDocument::Edit edit = ScenarioDocument::Edit::Single,
                         QString *why = nullptr);

// Sets (or, with nullopt, removes) the change in estimate of the book life of the SKU in
// `skuRow`: from month `change.month` (index from the scenario's start, 0..H-1) the book life
// is `change.usefulLifeMonths` (1..240 months). Out-of-range values are refused (no step,
// `why` names field and range). valueChanged("skus[N].useful_life_change") follows.
bool setUsefulLifeChange(ScenarioDocument *doc, int skuRow,
                         const std::optional<UsefulLifeChange> &change, QString *why = nullptr);

// A book-life preset ("Meta (5.5 years)") applied as a change in accounting estimate from
// month `month` (0..H-1) to every SKU (skuRow -1) or to one SKU, as ONE undo step named
// "Change book life to <preset> from <month>". The SKUs' original book lives stay (the
// change is prospective, ASC 250); a SKU's earlier change in estimate is replaced.
bool applyUsefulLifePresetFrom(ScenarioDocument *doc, const ScenarioDocument::LifePreset &preset,
                               int month, int skuRow = -1, QString *why = nullptr);

} // namespace fleetroi
