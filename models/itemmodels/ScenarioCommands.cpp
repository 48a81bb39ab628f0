// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioCommands.h"

#include "DisplayFormat.h"
#include "FieldInput.h"
#include "ScenarioFields.h"
#include "ScenarioPath.h"
#include "UndoCommands.h"
#include "export/CsvImport.h"
#include "scenario/FieldRanges.h"

#include <QUndoStack>

#include <cmath>
#include <utility>

namespace fleetroi {

using detail::ChangeValue;
using detail::InsertRemoveRow;

namespace {

QString skuName(const Scenario &s, int row)
{
    const Sku &k = s.skus[std::size_t(row)];
    return QString::fromStdString(k.name.empty() ? k.id : k.name);
}

template <typename Item> auto listOf(std::vector<Item> Scenario::*member)
{
    return [member](Scenario &s) -> std::vector<Item> & {
        return s.*member;
    };
}

} // namespace

ScenarioCommands::ScenarioCommands(ScenarioDocument *doc)
    : m_doc(doc)
{
    Q_ASSERT(doc);
}

const Scenario &ScenarioCommands::scenario() const
{
    return m_doc->scenario();
}

// ---- checks ----------------------------------------------------------------------------------

EditResult ScenarioCommands::checkSkuRow(int sku) const
{
    if (sku >= 0 && sku < int(scenario().skus.size()))
        return EditResult::done();
    return EditResult::refused(tr("There is no GPU type in row %1.").arg(sku + 1));
}

EditResult ScenarioCommands::checkNumber(const QString &label, FieldId field, double value) const
{
    // The rule of the field in the schema, narrowed to the horizon for a month index: the
    // rule the file validation applies.
    const SchemaField &f = schemaField(field);
    const scenario_detail::NumberRule rule =
        narrowedRule(f.rule, f.monthIndex, scenario().horizonMonths);
    if (!f.hasRule || scenario_detail::inRange(value, rule))
        return EditResult::done();
    const bool percent = f.unit == FieldUnit::Fraction || f.unit == FieldUnit::FractionPerYear;
    const QLocale locale = DisplayFormat::locale();
    return EditResult::refused(
        tr("%1 must be %2, got %3. Nothing was changed.")
            .arg(label, FieldInput::describeRange(rule, f.unit, percent, m_doc->currency(), locale),
                 locale.toString(percent ? value * 100.0 : value, 'g', 15)));
}

EditResult ScenarioCommands::checkCurve(int sku, FieldId curve, const PriceCurve &c) const
{
    const QString name = skuName(scenario(), sku);
    const bool market = curve == FieldId::SkuMarketValue;
    // The curve's entry holds the rule of its prices (per GPU-hour, or per GPU for the
    // market value); the annual change is the curves' common field.
    if (c.kind == PriceCurve::Kind::Growth) {
        if (EditResult r = checkNumber(market ? tr("%1: market value in month 0").arg(name)
                                              : tr("%1: %2 in month 0")
                                                    .arg(name, QCoreApplication::translate(
                                                                   kSchemaTranslationContext,
                                                                   schemaField(curve).changeLabel)),
                                       curve, c.start);
            !r)
            return r;
        return checkNumber(
            market ? tr("%1: annual change of the market value").arg(name)
                   : tr("%1: annual change of the %2")
                         .arg(name, QCoreApplication::translate(kSchemaTranslationContext,
                                                                schemaField(curve).changeLabel)),
            FieldId::CurveAnnualChange, c.annualChange);
    }
    if (c.points.empty())
        return EditResult::refused(
            market
                ? tr("%1: a market value curve of points needs at least one point. Nothing was "
                     "changed.")
                      .arg(name)
                : tr("%1: a price curve of points needs at least one point. Nothing was changed.")
                      .arg(name));
    int previous = -1;
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const auto &[month, value] = c.points[i];
        if (month <= previous || month < 0 || month > int(scenario_detail::rules::pointMonth.max))
            return EditResult::refused(
                (market ? tr("%1: the months of the market value points must increase strictly "
                             "and lie in 0..1000 (point %2). Nothing was changed.")
                        : tr("%1: the months of the price points must increase strictly and lie "
                             "in 0..1000 (point %2). Nothing was changed."))
                    .arg(name)
                    .arg(i + 1));
        previous = month;
        if (EditResult r =
                checkNumber(market ? tr("%1: market value of point %2").arg(name).arg(i + 1)
                                   : tr("%1: price of point %2").arg(name).arg(i + 1),
                            curve, value);
            !r)
            return r;
    }
    return EditResult::done();
}

// ---- scalar fields ---------------------------------------------------------------------------

QString ScenarioCommands::undoText(const QString &path, const QVariant &value) const
{
    const FieldInfo f = ScenarioFields::info(path);
    const Scenario &s = scenario();
    QString shown;
    if (f.kind == FieldKind::Number && value.isValid() && !value.toString().isEmpty()) {
        const double d = value.toDouble();
        shown = f.isPercent()
                    ? DisplayFormat::percent(d, f.decimals)
                    : DisplayFormat::number(d, f.decimals == 0 && d < 100 ? 2 : f.decimals);
    } else if (f.kind == FieldKind::Choice) {
        for (const ChoiceOption &c : f.choices)
            if (c.value == value.toString())
                shown = c.label;
    } else if (f.kind == FieldKind::Month) {
        shown = DisplayFormat::month(s.startYear, s.startMonth, value.toInt());
    } else if (f.kind == FieldKind::Boolean) {
        shown = value.toBool() ? tr("on") : tr("off");
    } else {
        shown = value.toString();
    }
    if (shown.size() > 40)
        shown = shown.left(37) + QStringLiteral("...");
    if (shown.isEmpty())
        return tr("Clear %1").arg(ScenarioFields::describe(s, path));
    return tr("Set %1 to %2").arg(ScenarioFields::describe(s, path), shown);
}

EditResult ScenarioCommands::setValue(const QString &path, const QVariant &value, Edit edit)
{
    const Scenario &s = scenario();
    // Try on a copy first: a refused value (bad text, an id in use, out of range) makes no
    // command.
    Scenario probe = s;
    if (!ScenarioFields::setValue(probe, path, value))
        return EditResult::refused(
            tr("%1 cannot be set to \"%2\" (not a value of this field, or an id already in use). "
               "Nothing was changed.")
                .arg(ScenarioFields::describe(s, path), value.toString()));
    const QVariant stored = ScenarioFields::value(probe, path);
    if (findFieldRange(path.toStdString())) {
        const FieldInputResult r = FieldInput::check(probe, path, stored, DisplayFormat::locale());
        if (!r.ok)
            return EditResult::refused(r.error);
    }
    if (probe == s)
        return EditResult::done();
    m_doc->undoStack()->push(new ChangeValue<QVariant>(
        m_doc, path, [path](const Scenario &sc) { return ScenarioFields::value(sc, path); },
        [path](Scenario &sc, const QVariant &v) { return ScenarioFields::setValue(sc, path, v); },
        stored, edit == Edit::Continuous, undoText(path, value)));
    return EditResult::done();
}

EditResult ScenarioCommands::setField(FieldId field, const QVariant &value, Edit edit)
{
    const SchemaField &f = schemaField(field);
    if (f.owner != FieldOwner::Scenario || !f.member)
        return EditResult::refused(
            tr("%1 is not a single value of the scenario.")
                .arg(QCoreApplication::translate(kSchemaTranslationContext, f.label)));
    return setValue(ScenarioPath::of(field), value, edit);
}

EditResult ScenarioCommands::setSkuField(int sku, FieldId field, const QVariant &value, Edit edit)
{
    if (EditResult r = checkSkuRow(sku); !r)
        return r;
    const SchemaField &f = schemaField(field);
    if (f.owner != FieldOwner::Sku || !f.member)
        return EditResult::refused(
            tr("%1 is not a single value of a GPU type.")
                .arg(QCoreApplication::translate(kSchemaTranslationContext, f.label)));
    return setValue(ScenarioPath::of(field, sku), value, edit);
}

EditResult ScenarioCommands::setPurchaseField(int purchase, FieldId field, const QVariant &value,
                                              Edit edit)
{
    if (purchase < 0 || purchase >= int(scenario().purchases.size()))
        return EditResult::refused(tr("There is no purchase in row %1.").arg(purchase + 1));
    const SchemaField &f = schemaField(field);
    if (f.owner != FieldOwner::Purchase || !f.member)
        return EditResult::refused(
            tr("%1 is not a value of a purchase.")
                .arg(QCoreApplication::translate(kSchemaTranslationContext, f.label)));
    return setValue(ScenarioPath::of(field, purchase), value, edit);
}

EditResult ScenarioCommands::setStart(int year, int month, Edit edit)
{
    const Scenario &s = scenario();
    const QString path = ScenarioPath::of(FieldId::Start);
    if (month < 1 || month > 12 || year < 1 || year > 9999)
        return EditResult::refused(
            tr("%1 must be a calendar month (year 1-9999, month 1-12), got %2-%3. Nothing was "
               "changed.")
                .arg(ScenarioFields::describe(s, path))
                .arg(year)
                .arg(month));
    const std::pair<int, int> want{year, month};
    if (want == std::pair{s.startYear, s.startMonth})
        return EditResult::done();
    m_doc->undoStack()->push(new ChangeValue<std::pair<int, int>>(
        m_doc, path,
        [](const Scenario &sc) {
            return std::pair{sc.startYear, sc.startMonth};
        },
        [](Scenario &sc, const std::pair<int, int> &v) {
            sc.startYear = v.first;
            sc.startMonth = v.second;
            return true;
        },
        want, edit == Edit::Continuous,
        tr("Set %1 to %2")
            .arg(ScenarioFields::describe(s, path), DisplayFormat::month(year, month, 0))));
    return EditResult::done();
}

// ---- curves and the model 1.1 inputs ---------------------------------------------------------

EditResult ScenarioCommands::setPriceCurve(int sku, FieldId curve, const PriceCurve &value,
                                           Edit edit)
{
    if (EditResult r = checkSkuRow(sku); !r)
        return r;
    if (curve == FieldId::SkuMarketValue)
        return setMarketValue(sku, value, edit);
    if (curve != FieldId::SkuLeasePrice && curve != FieldId::SkuCloudPrice)
        return EditResult::refused(tr("Only the lease price, the cloud price and the market value "
                                      "are price curves."));
    const bool lease = curve == FieldId::SkuLeasePrice;
    const Sku &k = scenario().skus[std::size_t(sku)];
    if ((lease ? k.leasePrice : k.cloudPrice) == value)
        return EditResult::done();
    if (EditResult r = checkCurve(sku, curve, value); !r)
        return r;
    const QString path = ScenarioPath::of(curve, sku);
    auto get = [sku, lease](const Scenario &s) {
        const Sku &x = s.skus[std::size_t(sku)];
        return lease ? x.leasePrice : x.cloudPrice;
    };
    auto set = [sku, lease](Scenario &s, const PriceCurve &c) {
        Sku &x = s.skus[std::size_t(sku)];
        (lease ? x.leasePrice : x.cloudPrice) = c;
        return true;
    };
    m_doc->undoStack()->push(new ChangeValue<PriceCurve>(
        m_doc, path, get, set, value, edit == Edit::Continuous,
        tr("Change %1").arg(ScenarioFields::describe(scenario(), path))));
    return EditResult::done();
}

EditResult ScenarioCommands::setMarketValue(int sku, const std::optional<PriceCurve> &curve,
                                            Edit edit)
{
    if (EditResult r = checkSkuRow(sku); !r)
        return r;
    const Sku &k = scenario().skus[std::size_t(sku)];
    if (k.marketValue == curve)
        return EditResult::done();
    if (curve)
        if (EditResult r = checkCurve(sku, FieldId::SkuMarketValue, *curve); !r)
            return r;
    const QString name = skuName(scenario(), sku);
    auto get = [sku](const Scenario &s) {
        return s.skus[std::size_t(sku)].marketValue;
    };
    auto set = [sku](Scenario &s, const std::optional<PriceCurve> &c) {
        s.skus[std::size_t(sku)].marketValue = c;
        return true;
    };
    const QString text = !curve           ? tr("Remove the market value of %1").arg(name)
                         : !k.marketValue ? tr("Give %1 a market value").arg(name)
                                          : tr("Change the market value of %1").arg(name);
    auto push = [&] {
        m_doc->undoStack()->push(new ChangeValue<std::optional<PriceCurve>>(
            m_doc, ScenarioPath::of(FieldId::SkuMarketValue, sku), get, set, curve,
            edit == Edit::Continuous, text));
    };
    if (curve || k.marketAgeDiscountPerYear == 0.0) {
        push();
        return EditResult::done();
    }
    // The format refuses an age discount without a curve: both go in one step.
    Step step(m_doc, text);
    push();
    if (EditResult r = setSkuField(sku, FieldId::SkuMarketAgeDiscountPerYear, 0.0); !r)
        return r;
    step.keep();
    return EditResult::done();
}

EditResult ScenarioCommands::setUsefulLifeChange(int sku,
                                                 const std::optional<UsefulLifeChange> &change)
{
    if (EditResult r = checkSkuRow(sku); !r)
        return r;
    const Scenario &s = scenario();
    if (s.skus[std::size_t(sku)].usefulLifeChange == change)
        return EditResult::done();
    const QString name = skuName(s, sku);
    if (change) {
        if (EditResult r = checkNumber(tr("%1: month of the change in book life").arg(name),
                                       FieldId::LifeChangeMonth, change->month);
            !r)
            return r;
        if (EditResult r =
                checkNumber(tr("%1: new book life").arg(name), FieldId::LifeChangeUsefulLifeMonths,
                            change->usefulLifeMonths);
            !r)
            return r;
    }
    auto get = [sku](const Scenario &sc) {
        return sc.skus[std::size_t(sku)].usefulLifeChange;
    };
    auto set = [sku](Scenario &sc, const std::optional<UsefulLifeChange> &c) {
        sc.skus[std::size_t(sku)].usefulLifeChange = c;
        return true;
    };
    const QString text =
        change ? tr("Change the book life of %1 to %n month(s) from %2", nullptr,
                    change->usefulLifeMonths)
                     .arg(name, DisplayFormat::month(s.startYear, s.startMonth, change->month))
               : tr("Remove the change in book life of %1").arg(name);
    m_doc->undoStack()->push(new ChangeValue<std::optional<UsefulLifeChange>>(
        m_doc, ScenarioPath::of(FieldId::SkuUsefulLifeChange, sku), get, set, change, false, text));
    return EditResult::done();
}

EditResult ScenarioCommands::applyBookLife(const LifePreset &preset, int sku)
{
    const int count = int(scenario().skus.size());
    const int first = sku < 0 ? 0 : sku;
    const int last = sku < 0 ? count - 1 : sku;
    if (first > last || last >= count)
        return checkSkuRow(last >= count ? last : -1);
    // The presets are accounting choices (the depreciation life disclosed in filings): they
    // change the book life only. The operating life drives the cash flows (months in
    // service, disposal) and is edited on its own, so picking an accounting policy never
    // silently moves revenue or proceeds (issue #16).
    if (EditResult r = checkNumber(preset.name, FieldId::SkuUsefulLifeMonths, preset.months); !r)
        return r;
    Step step(m_doc, tr("Apply book life: %1").arg(preset.name));
    for (int r = first; r <= last; ++r)
        if (EditResult e = setSkuField(r, FieldId::SkuUsefulLifeMonths, preset.months); !e)
            return e;
    step.keep();
    return EditResult::done();
}

EditResult ScenarioCommands::applyBookLifeFrom(const LifePreset &preset, int month, int sku)
{
    const Scenario &s = scenario();
    const int first = sku < 0 ? 0 : sku;
    const int last = sku < 0 ? int(s.skus.size()) - 1 : sku;
    if (first > last)
        return checkSkuRow(-1);
    if (EditResult r = checkSkuRow(last); !r)
        return r;
    // Checked once before any step, so a refusal leaves nothing half applied.
    if (EditResult r =
            checkNumber(tr("Month of the change in book life"), FieldId::LifeChangeMonth, month);
        !r)
        return r;
    if (EditResult r =
            checkNumber(tr("New book life"), FieldId::LifeChangeUsefulLifeMonths, preset.months);
        !r)
        return r;
    const UsefulLifeChange change{month, preset.months};
    bool differs = false;
    for (int r = first; r <= last; ++r)
        differs = differs || s.skus[std::size_t(r)].usefulLifeChange != change;
    if (!differs)
        return EditResult::done(); // nothing to do: no empty step on the stack
    Step step(m_doc, tr("Change book life to %1 from %2")
                         .arg(preset.name, DisplayFormat::month(s.startYear, s.startMonth, month)));
    for (int r = first; r <= last; ++r)
        if (EditResult e = setUsefulLifeChange(r, change); !e)
            return e;
    step.keep();
    return EditResult::done();
}

// ---- internal demand -------------------------------------------------------------------------

EditResult ScenarioCommands::setInternalDemand(const InternalDemand &demand, Edit edit)
{
    const InternalDemand &now = scenario().internalDemand;
    if (demand == now)
        return EditResult::done();
    auto get = [](const Scenario &s) {
        return s.internalDemand;
    };
    auto set = [](Scenario &s, const InternalDemand &d) {
        s.internalDemand = d;
        return true;
    };
    const QString text = demand.isSeries != now.isSeries
                             ? (demand.isSeries ? tr("Enter internal demand as a monthly series")
                                                : tr("Enter internal demand as growth"))
                             : tr("Change internal demand");
    m_doc->undoStack()->push(
        new ChangeValue<InternalDemand>(m_doc, ScenarioPath::of(FieldId::InternalDemand), get, set,
                                        demand, edit == Edit::Continuous, text));
    return EditResult::done();
}

EditResult ScenarioCommands::enterDemandAsSeries(bool series)
{
    InternalDemand d = scenario().internalDemand;
    if (d.isSeries == series)
        return EditResult::done();
    if (series) {
        // Start from the growth path so the switch alone changes no number.
        const int h = std::max(0, scenario().horizonMonths);
        d.series.resize(std::size_t(h));
        for (int t = 0; t < h; ++t)
            d.series[std::size_t(t)] = d.computeHours * std::pow(1.0 + d.annualGrowth, t / 12.0);
    } else {
        if (!d.series.empty())
            d.computeHours = d.series.front();
        d.series.clear();
    }
    d.isSeries = series;
    return setInternalDemand(d);
}

EditResult ScenarioCommands::setDemandSeries(const std::vector<double> &hoursByMonth)
{
    const int h = scenario().horizonMonths;
    if (int(hoursByMonth.size()) != h)
        return EditResult::refused(
            tr("Internal demand by month needs one value per month of the horizon (%1), got %2. "
               "Nothing was changed.")
                .arg(h)
                .arg(hoursByMonth.size()));
    for (std::size_t t = 0; t < hoursByMonth.size(); ++t)
        if (EditResult r = checkNumber(
                tr("Internal demand in %1")
                    .arg(DisplayFormat::month(scenario().startYear, scenario().startMonth, int(t))),
                FieldId::DemandSeries, hoursByMonth[t]);
            !r)
            return r;
    InternalDemand d = scenario().internalDemand;
    d.isSeries = true;
    d.series = hoursByMonth;
    return setInternalDemand(d);
}

// ---- rows ------------------------------------------------------------------------------------

int ScenarioCommands::addSku(int copyRow)
{
    const Scenario &s = scenario();
    const bool copy = copyRow >= 0 && copyRow < int(s.skus.size());
    Sku sku = copy ? s.skus[std::size_t(copyRow)] : ScenarioCatalogs::defaultSku();
    const std::string base = copyRow >= 0 ? sku.id : std::string("gpu");
    for (int n = 2;; ++n) {
        std::string id = base.substr(0, 28) + '-' + std::to_string(n);
        if (s.skuIndex(id) < 0) {
            sku.id = id;
            break;
        }
    }
    if (copyRow >= 0)
        sku.name += tr(" (copy)").toStdString();
    const int row = int(s.skus.size());
    m_doc->undoStack()->push(new InsertRemoveRow<Sku>(
        m_doc, ScenarioDocument::Table::Skus, listOf(&Scenario::skus), row, sku, true,
        tr("Add GPU type %1").arg(QString::fromStdString(sku.name))));
    return row;
}

EditResult ScenarioCommands::removeSku(int row)
{
    if (EditResult r = checkSkuRow(row); !r)
        return r;
    const Scenario &s = scenario();
    const Sku &sku = s.skus[std::size_t(row)];
    if (s.skus.size() == 1)
        return EditResult::refused(tr("A scenario needs at least one GPU type."));
    int uses = 0;
    for (const PurchaseTranche &t : s.purchases)
        uses += t.sku == sku.id ? 1 : 0;
    if (uses > 0)
        return EditResult::refused(
            tr("%n purchase(s) buy %1; remove or change them first.", nullptr, uses)
                .arg(QString::fromStdString(sku.name)));
    m_doc->undoStack()->push(new InsertRemoveRow<Sku>(
        m_doc, ScenarioDocument::Table::Skus, listOf(&Scenario::skus), row, sku, false,
        tr("Remove GPU type %1").arg(QString::fromStdString(sku.name))));
    return EditResult::done();
}

int ScenarioCommands::addPurchase(int copyRow)
{
    const Scenario &s = scenario();
    const PurchaseTranche t = copyRow >= 0 && copyRow < int(s.purchases.size())
                                  ? s.purchases[std::size_t(copyRow)]
                                  : ScenarioCatalogs::nextPurchase(s);
    const int row = int(s.purchases.size());
    m_doc->undoStack()->push(new InsertRemoveRow<PurchaseTranche>(
        m_doc, ScenarioDocument::Table::Purchases, listOf(&Scenario::purchases), row, t, true,
        tr("Add purchase %1").arg(row + 1)));
    return row;
}

EditResult ScenarioCommands::removePurchase(int row)
{
    const Scenario &s = scenario();
    if (row < 0 || row >= int(s.purchases.size()))
        return EditResult::refused(tr("There is no purchase in row %1.").arg(row + 1));
    m_doc->undoStack()->push(new InsertRemoveRow<PurchaseTranche>(
        m_doc, ScenarioDocument::Table::Purchases, listOf(&Scenario::purchases), row,
        s.purchases[std::size_t(row)], false, tr("Remove purchase %1").arg(row + 1)));
    return EditResult::done();
}

EditResult ScenarioCommands::appendPurchases(const std::vector<PurchaseTranche> &rows,
                                             const QString &text)
{
    if (rows.empty())
        return EditResult::refused(tr("There are no purchases to add."));
    Step step(m_doc, text);
    for (const PurchaseTranche &t : rows) {
        const int row = int(scenario().purchases.size());
        m_doc->undoStack()->push(new InsertRemoveRow<PurchaseTranche>(
            m_doc, ScenarioDocument::Table::Purchases, listOf(&Scenario::purchases), row, t, true,
            tr("Add purchase %1").arg(row + 1)));
    }
    step.keep();
    return EditResult::done();
}

exporting::PurchaseImport ScenarioCommands::pastePurchases(const QString &text)
{
    // Spreadsheets put tab-separated cells on the clipboard: the CSV import reads them with
    // the tab as delimiter and its checks unchanged; the decimal separator is left to its
    // detection (a German Excel copies 24999,5).
    exporting::CsvOptions options;
    options.delimiter = QLatin1Char('\t');
    exporting::PurchaseImport parsed = exporting::parsePurchaseCsv(text, scenario(), options);
    appendPurchases(parsed.purchases,
                    tr("Paste %n purchase(s)", nullptr, int(parsed.purchases.size())));
    return parsed;
}

int ScenarioCommands::addProvenance(const Provenance &entry)
{
    const int row = int(scenario().provenance.size());
    m_doc->undoStack()->push(new InsertRemoveRow<Provenance>(
        m_doc, ScenarioDocument::Table::Provenance, listOf(&Scenario::provenance), row, entry, true,
        tr("Add source for %1")
            .arg(ScenarioFields::describe(scenario(), QString::fromStdString(entry.field)))));
    return row;
}

EditResult ScenarioCommands::removeProvenance(int row)
{
    const Scenario &s = scenario();
    if (row < 0 || row >= int(s.provenance.size()))
        return EditResult::refused(tr("There is no source in row %1.").arg(row + 1));
    const Provenance &p = s.provenance[std::size_t(row)];
    m_doc->undoStack()->push(new InsertRemoveRow<Provenance>(
        m_doc, ScenarioDocument::Table::Provenance, listOf(&Scenario::provenance), row, p, false,
        tr("Remove source for %1")
            .arg(ScenarioFields::describe(s, QString::fromStdString(p.field)))));
    return EditResult::done();
}

EditResult ScenarioCommands::setProvenanceText(int row, FieldId field, const QString &text)
{
    const Scenario &s = scenario();
    const SchemaField &f = schemaField(field);
    if (row < 0 || row >= int(s.provenance.size()))
        return EditResult::refused(tr("There is no source in row %1.").arg(row + 1));
    if (f.owner != FieldOwner::Provenance || f.type != FieldType::Text)
        return EditResult::refused(tr("A source has no such text."));
    const std::string value = text.toStdString();
    const Provenance &current = s.provenance[std::size_t(row)];
    if (f.ref<std::string>(&current) == value)
        return EditResult::done();
    Provenance changed = current;
    f.ref<std::string>(&changed) = value;
    auto get = [row](const Scenario &sc) {
        return sc.provenance[std::size_t(row)];
    };
    auto set = [row](Scenario &sc, const Provenance &p) {
        sc.provenance[std::size_t(row)] = p;
        return true;
    };
    m_doc->undoStack()->push(new ChangeValue<Provenance>(
        m_doc, ScenarioPath::of(field, row), get, set, changed, false,
        tr("Edit %1 of the source for %2")
            .arg(QCoreApplication::translate(kSchemaTranslationContext, f.changeLabel),
                 ScenarioFields::describe(s, QString::fromStdString(current.field)))));
    return EditResult::done();
}

} // namespace fleetroi
