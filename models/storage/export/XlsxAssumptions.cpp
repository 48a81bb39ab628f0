// SPDX-License-Identifier: GPL-3.0-or-later
// The Assumptions sheet: every value of the scenario as the schema lists it
// (scenario/ScenarioValues.h), one row each, with the analyst's label, the value as a number
// in full precision (or text), its unit and its path in the file, and beside it the sources
// (provenance) recorded for that path. Columns: Section, Item, Assumption, Value, Unit,
// Field, Source, Date, Note. A field added to the schema appears here without a change to
// this file.
#include "SchemaText.h"
#include "export/XlsxSheet.h"

#include "scenario/ScenarioValues.h"

#include <QCoreApplication>

#include <map>
#include <set>
#include <string>

namespace fleetroi {
namespace exporting {
namespace xlsx_detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::XlsxExport)
};

// The number format of a value in `unit` (whole: stored as a whole number).
lxw_format *formatFor(FieldUnit unit, bool whole, const Formats &f)
{
    switch (unit) {
    case FieldUnit::Money:
    case FieldUnit::MoneyPerMonth:
        return f.money;
    case FieldUnit::MoneyPerGpuHour:
    case FieldUnit::MoneyPerKwh:
    case FieldUnit::MoneyPerKwMonth:
        return f.price;
    case FieldUnit::Fraction:
    case FieldUnit::FractionPerYear:
        return f.percent;
    case FieldUnit::Months:
    case FieldUnit::Gpus:
    case FieldUnit::ComputeHours:
        return f.integer;
    case FieldUnit::Kilowatt:
    case FieldUnit::Factor:
    case FieldUnit::Ratio:
        return f.decimal;
    case FieldUnit::None:
        break;
    }
    return whole ? f.integer : f.decimal;
}

// Which GPU type, purchase or correlation a value of a list belongs to.
QString itemText(const Scenario &sc, const ScenarioValue &v)
{
    if (v.item < 0 || !v.section)
        return {};
    const auto i = std::size_t(v.item);
    switch (v.section->id) {
    case FieldId::Skus:
        return QString::fromStdString(sc.skus[i].name);
    case FieldId::Purchases: {
        const PurchaseTranche &p = sc.purchases[i];
        const int sku = sc.skuIndex(p.sku);
        const QString name = !p.label.empty() ? QString::fromStdString(p.label)
                             : sku >= 0 ? QString::fromStdString(sc.skus[std::size_t(sku)].name)
                                        : QString::fromStdString(p.sku);
        return Text::tr("%1 #%2").arg(name).arg(v.item + 1);
    }
    case FieldId::Uncertainty: {
        const DriverCorrelation &c = sc.uncertainty->correlations[i];
        return Text::tr("%1 and %2").arg(driverLabel(c.a), driverLabel(c.b));
    }
    default:
        return {};
    }
}

// The analyst's words for a value: its label, within its curve or nested object, at its
// month, or for its driver.
QString assumptionText(const Scenario &sc, const ScenarioValue &v)
{
    const SchemaField &f = *v.field;
    if (v.month >= 0) {
        const QString what = schemaText(v.within ? v.within->label : f.label);
        return Text::tr("%1 in month %2 (%3)").arg(what).arg(v.month).arg(monthText(sc, v.month));
    }
    if (v.within)
        return Text::tr("%1: %2").arg(schemaText(v.within->label), schemaText(f.label));
    if (f.id == FieldId::UncertaintyDrivers) // "uncertainty.drivers.<driver>"
        return Text::tr("%1: %2").arg(schemaText(f.label),
                                      driverLabel(v.path.substr(f.path.size() + 1)));
    return schemaText(f.label);
}

// "skus[0].lease_price.points[1][1]", then "skus[0].lease_price.points[1]", ... "skus": the
// paths a provenance entry may name for this value, most specific first.
std::vector<std::string> pathAndParents(const std::string &path)
{
    std::vector<std::string> out{path};
    for (std::size_t end = path.size(); end > 0;) {
        const std::size_t cut = path.find_last_of(".[", end - 1);
        if (cut == std::string::npos || cut == 0)
            break;
        out.push_back(path.substr(0, cut));
        end = cut;
    }
    return out;
}

} // namespace

void writeAssumptions(Sheet &s, const ExportData &d, const Formats &f)
{
    const Scenario &sc = d.scenario;
    const QString currency = QString::fromStdString(sc.currency);
    const QString headers[] = {Text::tr("Section"), Text::tr("Item"), Text::tr("Assumption"),
                               Text::tr("Value"),   Text::tr("Unit"), Text::tr("Field"),
                               Text::tr("Source"),  Text::tr("Date"), Text::tr("Note")};
    for (int c = 0; c < int(std::size(headers)); ++c)
        s.text(0, c, headers[c], f.header);
    s.freeze(1, 3);
    const double widths[] = {16, 22, 40, 18, 14, 36, 50, 12, 40};
    for (int c = 0; c < int(std::size(widths)); ++c)
        s.width(c, c, widths[c]);

    // Provenance joined by path: an entry goes beside the first value at its path or under
    // it ("skus[0].market_value" beside the curve's first point); the others follow at the
    // end.
    std::multimap<std::string, const Provenance *> byField;
    for (const Provenance &p : sc.provenance)
        byField.emplace(p.field, &p);
    std::set<std::string> joined;
    auto provenanceCells = [&](int row, const Provenance &p) {
        s.text(row, 6, QString::fromStdString(p.source), f.wrap);
        s.text(row, 7, QString::fromStdString(p.date));
        s.text(row, 8, QString::fromStdString(p.note), f.wrap);
    };
    const QString general = Text::tr("General");
    int r = 1;
    for (const ScenarioValue &v : scenarioValues(sc)) {
        const QString section = v.section ? schemaText(v.section->label) : general;
        const QString item = itemText(sc, v);
        const QString label = assumptionText(sc, v);
        const QString path = QString::fromStdString(v.path);
        auto keyCells = [&](int row) {
            s.text(row, 0, section);
            s.text(row, 1, item);
            s.text(row, 2, label);
            s.text(row, 5, path);
        };
        keyCells(r);
        switch (v.kind) {
        case ScenarioValue::Kind::Number:
            s.number(r, 3, v.number, formatFor(v.unit, v.whole, f));
            break;
        case ScenarioValue::Kind::Text:
            s.text(r, 3, QString::fromStdString(v.text));
            break;
        case ScenarioValue::Kind::Bool:
            s.text(r, 3, v.flag ? Text::tr("yes") : Text::tr("no"));
            break;
        case ScenarioValue::Kind::Choice:
            s.text(r, 3, v.choice ? schemaText(v.choice->label) : QString::fromStdString(v.text));
            break;
        }
        s.text(r, 4, schemaUnitText(v.unit, currency));
        bool first = true;
        for (const std::string &candidate : pathAndParents(v.path)) {
            if (joined.count(candidate))
                continue;
            const auto [from, to] = byField.equal_range(candidate);
            if (from == to)
                continue;
            joined.insert(candidate);
            for (auto it = from; it != to; ++it) {
                if (!first)
                    keyCells(++r);
                provenanceCells(r, *it->second);
                first = false;
            }
        }
        ++r;
    }
    for (const Provenance &p : sc.provenance) {
        if (joined.count(p.field))
            continue;
        s.text(r, 0, Text::tr("Provenance"));
        s.text(r, 5, QString::fromStdString(p.field));
        provenanceCells(r, p);
        ++r;
    }
}

} // namespace xlsx_detail
} // namespace exporting
} // namespace fleetroi
