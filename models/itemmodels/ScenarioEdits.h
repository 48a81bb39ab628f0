// SPDX-License-Identifier: GPL-3.0-or-later
// Edits that change several inputs at once as ONE undoable step of a document (Subsurface's
// command facade: the UI calls this, never opens undo macros itself).
#pragma once

#include "scenario/Scenario.h"

#include <QString>

namespace fleetroi {

class ScenarioDocument;

// Makes the document's scenario equal `target` on every scalar input of the editors
// (general, finance, operations, leasing, SKU and purchase fields), the price curves, the model 1.1
// SKU inputs and the internal demand, as one undo step named `text`. The SKU and purchase lists
// must have the same length in both (a goal-seek answer or a driver multiplier never adds rows).
// When an editor refuses a value the partial step is undone and false is returned, with the reason
// in `why`; nothing changes then. True also when nothing differs (no step is pushed).
bool applyScenarioAsOneEdit(ScenarioDocument *doc, const Scenario &target, const QString &text,
                            QString *why = nullptr);

// The goal-seek answer: `driver` (a sensitivity driver) multiplied by `multiplier` exactly
// as engine/Sensitivity.h applies it, as one undo step "Goal seek: <driver> x <multiplier>".
bool applyDriverMultiplierEdit(ScenarioDocument *doc, const std::string &driver, double multiplier,
                               QString *why = nullptr);

} // namespace fleetroi
