// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioEdits.h"

#include "BalanceSheetEdits.h"

#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "engine/Sensitivity.h"

#include <QCoreApplication>
#include <QLocale>
#include <QUndoStack>

namespace fleetroi {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("fleetroi::ScenarioEdits", text);
}

} // namespace

bool applyScenarioAsOneEdit(ScenarioDocument *doc, const Scenario &target, const QString &text,
                            QString *why)
{
    const Scenario &now = doc->scenario();
    if (now.skus.size() != target.skus.size() || now.purchases.size() != target.purchases.size()) {
        if (why)
            *why = tr("The change adds or removes rows; apply it by hand.");
        return false;
    }
    if (target == now)
        return true; // nothing to do: no empty step on the stack
    QStringList paths = ScenarioFields::generalPaths() + ScenarioFields::financePaths() +
                        ScenarioFields::operationsPaths() + ScenarioFields::leasingPaths();
    for (int r = 0; r < int(now.skus.size()); ++r)
        for (const QString &key : ScenarioFields::skuKeys())
            paths << ScenarioFields::skuPath(r, key);
    for (int r = 0; r < int(now.purchases.size()); ++r)
        for (const QString &key : ScenarioFields::purchaseKeys())
            paths << ScenarioFields::purchasePath(r, key);

    QUndoStack *undo = doc->undoStack();
    const int indexBefore = undo->index();
    undo->beginMacro(text);
    bool ok = true;
    QString failed;
    for (const QString &path : paths) {
        const QVariant want = ScenarioFields::value(target, path);
        if (!want.isValid() || want == ScenarioFields::value(doc->scenario(), path))
            continue;
        if (!doc->setValue(path, want)) {
            ok = false;
            failed = ScenarioFields::describe(doc->scenario(), path);
            break;
        }
    }
    for (int r = 0; ok && r < int(target.skus.size()); ++r) {
        const Sku &want = target.skus[std::size_t(r)];
        const Sku &have = doc->scenario().skus[std::size_t(r)];
        if (!(want.leasePrice == have.leasePrice))
            ok = doc->setPriceCurve(r, ScenarioDocument::Price::Lease, want.leasePrice);
        if (ok && !(want.cloudPrice == have.cloudPrice))
            ok = doc->setPriceCurve(r, ScenarioDocument::Price::Cloud, want.cloudPrice);
        // Model 1.1 inputs of the SKU (a useful_life driver multiplier also scales the
        // change in estimate's new life, MODEL.md 1.1).
        if (ok && want.marketValue != have.marketValue)
            ok = setMarketValueCurve(doc, r, want.marketValue);
        if (ok && want.usefulLifeChange != doc->scenario().skus[std::size_t(r)].usefulLifeChange)
            ok = setUsefulLifeChange(doc, r, want.usefulLifeChange);
        const QString discount =
            ScenarioFields::skuPath(r, QStringLiteral("market_age_discount_per_year"));
        if (ok && want.marketAgeDiscountPerYear !=
                      doc->scenario().skus[std::size_t(r)].marketAgeDiscountPerYear)
            ok = doc->setValue(discount, want.marketAgeDiscountPerYear);
        if (!ok)
            failed = QString::fromStdString(want.name);
    }
    if (ok && !(target.internalDemand == doc->scenario().internalDemand)) {
        ok = doc->setInternalDemand(target.internalDemand);
        if (!ok)
            failed = tr("internal demand");
    }
    undo->endMacro();
    if (!ok) {
        // Roll the partial step back so that nothing changed.
        if (undo->index() > indexBefore)
            undo->undo();
        if (why)
            *why = tr("The editors refuse the new value of %1.").arg(failed);
        return false;
    }
    return true;
}

bool applyDriverMultiplierEdit(ScenarioDocument *doc, const std::string &driver, double multiplier,
                               QString *why)
{
    if (!isSensitivityDriver(driver)) {
        if (why)
            *why = tr("Unknown driver.");
        return false;
    }
    Scenario target = doc->scenario();
    applyDriverMultiplier(target, driver, multiplier);
    return applyScenarioAsOneEdit(
        doc, target,
        tr("Goal seek: %1 × %2")
            .arg(SensitivityTableModel::driverName(driver), QLocale().toString(multiplier, 'f', 4)),
        why);
}

} // namespace fleetroi
