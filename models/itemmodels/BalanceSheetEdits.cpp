// SPDX-License-Identifier: GPL-3.0-or-later
#include "BalanceSheetEdits.h"

#include "DisplayFormat.h"
#include "FieldInput.h"
#include "ScenarioCommands.h"
#include "ScenarioFields.h"
#include "scenario/FieldRanges.h"

#include <QCoreApplication>
#include <QUndoStack>

namespace fleetroi {

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("fleetroi::BalanceSheetEdits", text, disambiguation, n);
}

// Checks `value` (stored units) against the format's rule of `pattern` (FieldRanges.h); on
// refusal `why` says which field of which GPU type, the range with its unit, and the value.
bool inFormatRange(const Scenario &s, const QString &label, const char *pattern, double value,
                   QString *why)
{
    const FieldRange *range = findFieldRange(pattern);
    Q_ASSERT(range);
    if (!range)
        return false;
    const scenario_detail::NumberRule rule = fieldRule(*range, s.horizonMonths);
    if (scenario_detail::inRange(value, rule))
        return true;
    if (why) {
        const bool percent =
            range->unit == FieldUnit::Fraction || range->unit == FieldUnit::FractionPerYear;
        *why = tr("%1 must be %2, got %3. Nothing was changed.")
                   .arg(label,
                        FieldInput::describeRange(rule, range->unit, percent,
                                                  QString::fromStdString(s.currency),
                                                  DisplayFormat::locale()),
                        DisplayFormat::locale().toString(percent ? value * 100.0 : value, 'g', 15));
    }
    return false;
}

bool validSkuRow(const ScenarioDocument *doc, int row, QString *why)
{
    if (doc && row >= 0 && row < int(doc->scenario().skus.size()))
        return true;
    if (why)
        *why = tr("There is no GPU type in row %1.").arg(row + 1);
    return false;
}

QString skuName(const Scenario &s, int row)
{
    const Sku &k = s.skus[std::size_t(row)];
    return QString::fromStdString(k.name.empty() ? k.id : k.name);
}

} // namespace

PriceCurve defaultMarketValueCurve(const Sku &sku)
{
    PriceCurve c;
    c.kind = PriceCurve::Kind::Growth;
    c.start = sku.gpuPrice + sku.serverCost / double(std::max(1, sku.gpusPerServer)) +
              sku.networkCostPerGpu;
    c.annualChange = 0.0;
    return c;
}

bool setMarketValueCurve(ScenarioDocument *doc, int skuRow, const std::optional<PriceCurve> &curve,
                         ScenarioDocument::Edit edit, QString *why)
{
    if (!validSkuRow(doc, skuRow, why))
        return false;
    const Scenario &s = doc->scenario();
    const QString name = skuName(s, skuRow);
    if (curve) {
        // The same rules the file validation applies to skus[].market_value.
        if (curve->kind == PriceCurve::Kind::Growth) {
            if (!inFormatRange(s, tr("%1: market value in month 0").arg(name),
                               "skus[].market_value.start", curve->start, why) ||
                !inFormatRange(s, tr("%1: annual change of the market value").arg(name),
                               "skus[].market_value.annual_change", curve->annualChange, why))
                return false;
        } else {
            if (curve->points.empty()) {
                if (why)
                    *why = tr("%1: a market value curve of points needs at least one point.")
                               .arg(name);
                return false;
            }
            int previous = -1;
            for (std::size_t i = 0; i < curve->points.size(); ++i) {
                const auto &[month, value] = curve->points[i];
                if (month <= previous || month < 0 ||
                    month > int(scenario_detail::rules::pointMonth.max)) {
                    if (why)
                        *why = tr("%1: the months of the market value points must increase "
                                  "strictly and lie in 0..1000 (point %2).")
                                   .arg(name)
                                   .arg(i + 1);
                    return false;
                }
                previous = month;
                if (!inFormatRange(s, tr("%1: market value of point %2").arg(name).arg(i + 1),
                                   "skus[].market_value.points[][1]", value, why))
                    return false;
            }
        }
    }
    const Sku &sku = s.skus[std::size_t(skuRow)];
    if (sku.marketValue == curve)
        return true;
    const QString key = ScenarioFields::skuPath(skuRow, QStringLiteral("market_value"));
    auto get = [skuRow](const Scenario &sc) {
        return sc.skus[std::size_t(skuRow)].marketValue;
    };
    auto set = [skuRow](Scenario &sc, const std::optional<PriceCurve> &c) {
        sc.skus[std::size_t(skuRow)].marketValue = c;
        return true;
    };
    const QString text = !curve             ? tr("Remove the market value of %1").arg(name)
                         : !sku.marketValue ? tr("Give %1 a market value").arg(name)
                                            : tr("Change the market value of %1").arg(name);
    QUndoStack *undo = doc->undoStack();
    const bool clearDiscount = !curve && sku.marketAgeDiscountPerYear != 0.0;
    if (clearDiscount)
        undo->beginMacro(text);
    undo->push(new detail::ChangeValue<std::optional<PriceCurve>>(
        doc, key, get, set, curve, edit == ScenarioDocument::Edit::Continuous, text));
    if (clearDiscount) {
        doc->setValue(
            ScenarioFields::skuPath(skuRow, QStringLiteral("market_age_discount_per_year")), 0.0);
        undo->endMacro();
    }
    return true;
}

bool setUsefulLifeChange(ScenarioDocument *doc, int skuRow,
                         const std::optional<UsefulLifeChange> &change, QString *why)
{
    if (!validSkuRow(doc, skuRow, why))
        return false;
    const Scenario &s = doc->scenario();
    const QString name = skuName(s, skuRow);
    if (change && (!inFormatRange(s, tr("%1: month of the change in book life").arg(name),
                                  "skus[].useful_life_change.month", change->month, why) ||
                   !inFormatRange(s, tr("%1: new book life").arg(name),
                                  "skus[].useful_life_change.useful_life_months",
                                  change->usefulLifeMonths, why)))
        return false;
    const Sku &sku = s.skus[std::size_t(skuRow)];
    if (sku.usefulLifeChange == change)
        return true;
    const QString key = ScenarioFields::skuPath(skuRow, QStringLiteral("useful_life_change"));
    auto get = [skuRow](const Scenario &sc) {
        return sc.skus[std::size_t(skuRow)].usefulLifeChange;
    };
    auto set = [skuRow](Scenario &sc, const std::optional<UsefulLifeChange> &c) {
        sc.skus[std::size_t(skuRow)].usefulLifeChange = c;
        return true;
    };
    const QString text =
        change ? tr("Change the book life of %1 to %n month(s) from %2", nullptr,
                    change->usefulLifeMonths)
                     .arg(name, DisplayFormat::month(s.startYear, s.startMonth, change->month))
               : tr("Remove the change in book life of %1").arg(name);
    doc->undoStack()->push(new detail::ChangeValue<std::optional<UsefulLifeChange>>(
        doc, key, get, set, change, false, text));
    return true;
}

bool applyUsefulLifePresetFrom(ScenarioDocument *doc, const ScenarioDocument::LifePreset &preset,
                               int month, int skuRow, QString *why)
{
    if (!doc)
        return false;
    const Scenario &s = doc->scenario();
    const int first = skuRow < 0 ? 0 : skuRow;
    const int last = skuRow < 0 ? int(s.skus.size()) - 1 : skuRow;
    if (first > last || !validSkuRow(doc, last, why))
        return false;
    const UsefulLifeChange change{month, preset.months};
    // Check once before any step, so a refusal leaves nothing half applied.
    if (!inFormatRange(s, tr("Month of the change in book life"), "skus[].useful_life_change.month",
                       month, why) ||
        !inFormatRange(s, tr("New book life"), "skus[].useful_life_change.useful_life_months",
                       preset.months, why))
        return false;
    bool differs = false;
    for (int r = first; r <= last; ++r)
        differs = differs || s.skus[std::size_t(r)].usefulLifeChange != change;
    if (!differs)
        return true; // nothing to do: no empty step on the stack
    QUndoStack *undo = doc->undoStack();
    const int indexBefore = undo->index();
    undo->beginMacro(tr("Change book life to %1 from %2")
                         .arg(preset.name, DisplayFormat::month(s.startYear, s.startMonth, month)));
    bool ok = true;
    for (int r = first; ok && r <= last; ++r)
        ok = setUsefulLifeChange(doc, r, change, why);
    undo->endMacro();
    if (!ok && undo->index() > indexBefore)
        undo->undo();
    return ok;
}

} // namespace fleetroi
