// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-scenario steps of the command facade (ScenarioCommands::applyScenario and
// ::applyDriverMultiplier) and the free functions of ScenarioEdits.h that call them.
#include "ScenarioEdits.h"

#include "DriverText.h"
#include "ResultTableModels.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "UndoCommands.h"
#include "engine/Sensitivity.h"

#include <QLocale>

namespace fleetroi {

EditResult ScenarioCommands::applyScenario(const Scenario &target, const QString &text)
{
    const Scenario &now = scenario();
    if (now.skus.size() != target.skus.size() || now.purchases.size() != target.purchases.size())
        return EditResult::refused(tr("The change adds or removes rows; apply it by hand."));
    if (target == now)
        return EditResult::done(); // nothing to do: no empty step on the stack
    QStringList paths = ScenarioFields::generalPaths() + ScenarioFields::financePaths() +
                        ScenarioFields::operationsPaths() + ScenarioFields::leasingPaths();
    for (int r = 0; r < int(now.skus.size()); ++r)
        for (const QString &key : ScenarioFields::skuKeys())
            paths << ScenarioFields::skuPath(r, key);
    for (int r = 0; r < int(now.purchases.size()); ++r)
        for (const QString &key : ScenarioFields::purchaseKeys())
            paths << ScenarioFields::purchasePath(r, key);

    // Every part goes through the facade's own checks; a refused part abandons the step
    // (Step), so nothing changes.
    const auto refused = [](const QString &what, const EditResult &why) {
        return EditResult::refused(
            tr("The editors refuse the new value of %1.").arg(what) +
            (why.message.isEmpty() ? QString() : QLatin1Char(' ') + why.message));
    };
    Step step(m_doc, text);
    for (const QString &path : paths) {
        const QVariant want = ScenarioFields::value(target, path);
        if (!want.isValid() || want == ScenarioFields::value(scenario(), path))
            continue;
        if (EditResult r = setValue(path, want); !r)
            return refused(ScenarioFields::describe(scenario(), path), r);
    }
    for (int r = 0; r < int(target.skus.size()); ++r) {
        const Sku &want = target.skus[std::size_t(r)];
        const QString name = QString::fromStdString(want.name);
        if (EditResult e = setPriceCurve(r, FieldId::SkuLeasePrice, want.leasePrice); !e)
            return refused(name, e);
        if (EditResult e = setPriceCurve(r, FieldId::SkuCloudPrice, want.cloudPrice); !e)
            return refused(name, e);
        // Model 1.1 inputs of the GPU type (a useful_life driver multiplier also scales the
        // change in estimate's new life, MODEL.md 1.1).
        if (EditResult e = setMarketValue(r, want.marketValue); !e)
            return refused(name, e);
        if (EditResult e = setUsefulLifeChange(r, want.usefulLifeChange); !e)
            return refused(name, e);
        if (want.marketAgeDiscountPerYear !=
            scenario().skus[std::size_t(r)].marketAgeDiscountPerYear)
            if (EditResult e = setSkuField(r, FieldId::SkuMarketAgeDiscountPerYear,
                                           want.marketAgeDiscountPerYear);
                !e)
                return refused(name, e);
    }
    if (EditResult e = setInternalDemand(target.internalDemand); !e)
        return refused(tr("internal demand"), e);
    step.keep();
    return EditResult::done();
}

EditResult ScenarioCommands::applyDriverMultiplier(const std::string &driver, double multiplier)
{
    if (!isSensitivityDriver(driver))
        return EditResult::refused(tr("Unknown driver."));
    Scenario target = scenario();
    fleetroi::applyDriverMultiplier(target, driver, multiplier);
    return applyScenario(
        target,
        tr("Goal seek: %1 × %2").arg(driverLabel(driver), QLocale().toString(multiplier, 'f', 4)));
}

namespace {

bool report(const EditResult &r, QString *why)
{
    if (!r && why)
        *why = r.message;
    return r.ok;
}

} // namespace

bool applyScenarioAsOneEdit(ScenarioDocument *doc, const Scenario &target, const QString &text,
                            QString *why)
{
    return report(ScenarioCommands(doc).applyScenario(target, text), why);
}

bool applyDriverMultiplierEdit(ScenarioDocument *doc, const std::string &driver, double multiplier,
                               QString *why)
{
    return report(ScenarioCommands(doc).applyDriverMultiplier(driver, multiplier), why);
}

} // namespace fleetroi
