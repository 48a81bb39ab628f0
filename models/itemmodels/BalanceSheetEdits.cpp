// SPDX-License-Identifier: GPL-3.0-or-later
// The free functions of BalanceSheetEdits.h: calls of the command facade (ScenarioCommands),
// which checks, composes and pushes the steps.
#include "BalanceSheetEdits.h"

#include "ScenarioCommands.h"

namespace fleetroi {

namespace {

bool report(const EditResult &r, QString *why)
{
    if (!r && why)
        *why = r.message;
    return r.ok;
}

} // namespace

bool setMarketValueCurve(ScenarioDocument *doc, int skuRow, const std::optional<PriceCurve> &curve,
                         ScenarioDocument::Edit edit, QString *why)
{
    if (!doc)
        return false;
    return report(ScenarioCommands(doc).setMarketValue(skuRow, curve, edit), why);
}

bool setUsefulLifeChange(ScenarioDocument *doc, int skuRow,
                         const std::optional<UsefulLifeChange> &change, QString *why)
{
    if (!doc)
        return false;
    return report(ScenarioCommands(doc).setUsefulLifeChange(skuRow, change), why);
}

bool applyUsefulLifePresetFrom(ScenarioDocument *doc, const ScenarioDocument::LifePreset &preset,
                               int month, int skuRow, QString *why)
{
    if (!doc)
        return false;
    return report(ScenarioCommands(doc).applyBookLifeFrom(preset, month, skuRow), why);
}

} // namespace fleetroi
