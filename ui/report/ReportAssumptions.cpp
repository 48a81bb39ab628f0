// SPDX-License-Identifier: GPL-3.0-or-later
// The report's Assumptions section and the provenance appendix, both walking the scenario
// schema (models/core/scenario/ScenarioSchema.h): the input groups in the NPV bridge's order
// (fleet and prices, internal demand, leasing, operations, finance, other inputs), in each the
// schema's fields in file order with their label, unit, decimals and choice labels
// (AssumptionText). Nothing here names a field of the file: a field added to the schema is
// printed with its label and value without a change to this file. Model 1.1 fields are
// listed only for a scenario that uses model 1.1 (a model-1 report keeps its pages).
#include "report/ReportBuilder.h"

#include "SchemaText.h"
#include "report/AssumptionText.h"
#include "report/ReportFormat.h"
#include "report/ReportLayout.h"

#include "scenario/InputGroups.h"

#include <map>

namespace fleetroi {
namespace report {

using exporting::monthText;

namespace {

// Four GPU types side by side in the transposed GPU-type table.
constexpr std::size_t kSkusPerTable = 4;

bool isNumberLike(const SchemaField &f)
{
    return f.isNumeric() || f.type == FieldType::Curve;
}

// Cells of a number, month or price are right-aligned; words left.
Qt::Alignment alignmentOf(const SchemaField &f)
{
    return isNumberLike(f) && !f.monthIndex ? Qt::AlignRight : Qt::AlignLeft;
}

// The heading of a column or row: with the unit for numbers (the cells then hold the bare
// numbers), the label alone otherwise.
QString headingOf(const AssumptionText &text, const SchemaField &f)
{
    return isNumberLike(f) && !f.monthIndex ? text.labelWithUnit(f) : AssumptionText::label(f);
}

class AssumptionsWriter
{
public:
    AssumptionsWriter(ReportLayout &l, const Scenario &sc, const ModelResults &r,
                      const AssumptionText &text)
        : m_l(l)
        , m_sc(sc)
        , m_r(r)
        , m_text(text)
    {}

    // Whether the report lists this field at all.
    bool listed(const SchemaField &f) const
    {
        if (f.model11 && !m_r.model11)
            return false;
        // The description is the section's first paragraph; format and version are the
        // file's kind, not assumptions.
        return f.id != FieldId::Description && f.type != FieldType::Header;
    }

    void group(InputGroup g)
    {
        bool headed = false;
        auto head = [&] {
            if (!headed)
                m_l.heading(
                    QCoreApplication::translate("fleetroi::InputGroups", inputGroupLabel(g)), 2);
            headed = true;
        };
        for (const SchemaField &top : schemaChildren("")) {
            if (top.group != g || !listed(top))
                continue;
            head();
            switch (top.type) {
            case FieldType::Object:
                object(top, g);
                break;
            case FieldType::List:
                list(top, m_sc);
                break;
            default:
                m_pairs.push_back({AssumptionText::label(top), m_text.value(top, &m_sc, true)});
            }
        }
        flush();
    }

private:
    // Key/value lines gathered so far, printed before the next table.
    void flush()
    {
        if (!m_pairs.empty())
            m_l.keyValues(m_pairs);
        m_pairs.clear();
    }

    void subHeading(const SchemaField &f, InputGroup g)
    {
        // An object named like its group (finance, operations, ...) needs no heading of its
        // own.
        if (std::string_view(f.label) == inputGroupLabel(g))
            return;
        flush();
        m_l.heading(AssumptionText::label(f), 3, 40);
    }

    void object(const SchemaField &top, InputGroup g)
    {
        const void *owner = &m_sc;
        if (top.id == FieldId::Uncertainty) {
            if (!m_sc.uncertainty)
                return;
            owner = &*m_sc.uncertainty;
        }
        subHeading(top, g);
        const bool series = top.id == FieldId::InternalDemand && m_sc.internalDemand.isSeries;
        for (const SchemaField &f : schemaChildren(top.path)) {
            if (!listed(f))
                continue;
            switch (f.type) {
            case FieldType::Series:
                if (series)
                    demandSeries(f);
                break;
            case FieldType::Drivers:
                drivers(f);
                break;
            case FieldType::List:
                // The only list inside an object: the Monte Carlo set-up's correlations.
                if (top.id == FieldId::Uncertainty)
                    list(f, *m_sc.uncertainty);
                break;
            default:
                // Internal demand is a month-0 level and growth, or a series.
                if (!series || top.id != FieldId::InternalDemand)
                    m_pairs.push_back({AssumptionText::label(f), m_text.value(f, owner, true)});
            }
        }
    }

    template <typename Owner> void list(const SchemaField &f, const Owner &owner)
    {
        if constexpr (std::is_same_v<Owner, Scenario>) {
            if (f.id == FieldId::Skus)
                return skus(f);
            if (f.id == FieldId::Purchases)
                return purchases(f);
            if (f.id == FieldId::Provenance) {
                m_pairs.push_back(
                    {AssumptionText::label(f), m_sc.provenance.empty()
                                                   ? ReportBuilder::tr("none recorded")
                                                   : ReportBuilder::tr("%1, listed in the appendix")
                                                         .arg(m_sc.provenance.size())});
                return;
            }
        } else {
            if (f.id == FieldId::UncertaintyCorrelations)
                return correlations(f, owner.correlations);
        }
    }

    // GPU types, transposed: one row per field, one column per type, four types per table.
    // The type's name heads its column.
    void skus(const SchemaField &list)
    {
        flush();
        m_l.heading(AssumptionText::label(list), 3, 60);
        for (std::size_t first = 0; first < m_sc.skus.size(); first += kSkusPerTable) {
            const std::size_t last = std::min(m_sc.skus.size(), first + kSkusPerTable);
            std::vector<TableColumn> cols{{ReportBuilder::tr("Assumption"), 1.6, Qt::AlignLeft}};
            for (std::size_t i = first; i < last; ++i)
                cols.push_back({QString::fromStdString(m_sc.skus[i].name), 1.4, Qt::AlignRight});
            std::vector<TableRow> rows;
            for (const SchemaField &f : schemaChildren(std::string(list.path) + "[]")) {
                if (!listed(f) || f.id == FieldId::SkuName)
                    continue;
                TableRow row{{headingOf(m_text, f)}, false};
                for (std::size_t i = first; i < last; ++i)
                    row.cells << m_text.value(f, &m_sc.skus[i], false);
                rows.push_back(row);
            }
            m_l.table(cols, rows);
        }
    }

    // One row per purchase: its number, the schema's fields, then its capex (a result).
    void purchases(const SchemaField &list)
    {
        flush();
        m_l.heading(AssumptionText::label(list), 3, 60);
        if (m_sc.purchases.empty()) {
            m_l.paragraph(ReportBuilder::tr("No purchases."), 9);
            return;
        }
        const auto fields = schemaChildren(std::string(list.path) + "[]");
        std::vector<TableColumn> cols{{ReportBuilder::tr("#"), 0.35, Qt::AlignRight}};
        for (const SchemaField &f : fields) {
            if (!listed(f))
                continue;
            const bool longText = f.type == FieldType::Text && f.rule.max > 64;
            cols.push_back({headingOf(m_text, f), longText ? 2.2 : 0.9, alignmentOf(f)});
        }
        cols.push_back(
            {ReportBuilder::tr("Capex (%1)").arg(m_text.format().currency()), 1.4, Qt::AlignRight});
        std::map<int, double> capex;
        for (const TrancheResults &t : m_r.tranches)
            capex[t.purchaseIndex] = t.capex;
        std::vector<TableRow> rows;
        rows.reserve(m_sc.purchases.size());
        for (std::size_t i = 0; i < m_sc.purchases.size(); ++i) {
            TableRow row{{QString::number(i + 1)}, false};
            for (const SchemaField &f : fields)
                if (listed(f))
                    row.cells << m_text.value(f, &m_sc.purchases[i], false);
            const auto c = capex.find(int(i));
            row.cells << (c == capex.end() ? QStringLiteral("\u2013")
                                           : m_text.format().number(c->second));
            rows.push_back(row);
        }
        m_l.table(cols, rows);
        // What an empty optional cell means, from the field's help text.
        for (const SchemaField &f : fields)
            if (listed(f) && f.type == FieldType::OptionalNumber && *f.help)
                m_l.paragraph(
                    ReportBuilder::tr("%1 \u2013 %2", "column name - what an empty cell means")
                        .arg(AssumptionText::label(f), schemaText(f.help)),
                    8);
    }

    // A monthly series: four month/value pairs per row.
    void demandSeries(const SchemaField &f)
    {
        flush();
        const std::vector<double> &series = m_sc.internalDemand.series;
        m_l.heading(m_text.labelWithUnit(f), 3, 60);
        std::vector<TableColumn> cols;
        for (int i = 0; i < 4; ++i) {
            cols.push_back({ReportBuilder::tr("Month"), 0.7, Qt::AlignLeft});
            cols.push_back({ReportBuilder::tr("Compute hours"), 1.2, Qt::AlignRight});
        }
        std::vector<TableRow> rows;
        const int n = int(series.size());
        const int perColumn = (n + 3) / 4;
        for (int r = 0; r < perColumn; ++r) {
            TableRow row;
            for (int c = 0; c < 4; ++c) {
                const int t = c * perColumn + r;
                row.cells << (t < n ? monthText(m_sc, t) : QString())
                          << (t < n ? m_text.number(f, series[std::size_t(t)]) : QString());
            }
            rows.push_back(row);
        }
        m_l.table(cols, rows);
    }

    // The Monte Carlo drivers: the distribution of each driver's multiplier (1 = as entered).
    void drivers(const SchemaField &f)
    {
        if (!m_sc.uncertainty || m_sc.uncertainty->drivers.empty())
            return;
        flush();
        m_l.heading(AssumptionText::label(f), 3, 40);
        std::vector<TableRow> rows;
        for (const DriverDistribution &d : m_sc.uncertainty->drivers) {
            auto n = [&](double v) {
                return m_text.exact(v, 2);
            };
            QString kind, parameters;
            switch (d.kind) {
            case DriverDistribution::Kind::Triangular:
                kind = ReportBuilder::tr("triangular");
                parameters =
                    ReportBuilder::tr("min %1, mode %2, max %3").arg(n(d.a), n(d.b), n(d.c));
                break;
            case DriverDistribution::Kind::Uniform:
                kind = ReportBuilder::tr("uniform");
                parameters = ReportBuilder::tr("min %1, max %2").arg(n(d.a), n(d.b));
                break;
            case DriverDistribution::Kind::Normal:
                kind = ReportBuilder::tr("normal");
                parameters = ReportBuilder::tr("mean %1, sd %2").arg(n(d.a), n(d.b));
                break;
            }
            rows.push_back({{exporting::driverLabel(d.driver), kind, parameters}, false});
        }
        m_l.table({{ReportBuilder::tr("Driver"), 1.4, Qt::AlignLeft},
                   {ReportBuilder::tr("Distribution"), 0.9, Qt::AlignLeft},
                   {ReportBuilder::tr("Multiplier (1 = as entered)"), 2, Qt::AlignLeft}},
                  rows);
    }

    void correlations(const SchemaField &list, const std::vector<DriverCorrelation> &items)
    {
        if (items.empty())
            return;
        flush();
        m_l.heading(AssumptionText::label(list), 3, 40);
        const auto fields = schemaChildren(std::string(list.path) + "[]");
        std::vector<TableColumn> cols;
        for (const SchemaField &f : fields)
            cols.push_back({headingOf(m_text, f), 1, alignmentOf(f)});
        std::vector<TableRow> rows;
        for (const DriverCorrelation &c : items) {
            TableRow row;
            for (const SchemaField &f : fields)
                // The pair's members are driver names: shown in the analyst's words.
                row.cells << (f.type == FieldType::Text
                                  ? exporting::driverLabel(f.ref<std::string>(&c))
                                  : m_text.value(f, &c, false));
            rows.push_back(row);
        }
        m_l.table(cols, rows);
    }

    ReportLayout &m_l;
    const Scenario &m_sc;
    const ModelResults &m_r;
    const AssumptionText &m_text;
    std::vector<std::pair<QString, QString>> m_pairs;
};

} // namespace

void ReportBuilder::assumptions(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    const AssumptionText text(sc, f);
    section(l, pass, tr("Assumptions"));

    if (!sc.description.empty()) {
        l.heading(AssumptionText::label(schemaField(FieldId::Description)), 2, 30);
        l.paragraph(QString::fromStdString(sc.description), 9);
    }
    AssumptionsWriter writer(l, sc, m_s.data.results, text);
    for (const InputGroup g : inputGroupOrder())
        writer.group(g);
}

void ReportBuilder::provenance(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    const AssumptionText text(sc, f);
    section(l, pass, tr("Appendix: provenance of assumptions"));
    if (sc.provenance.empty()) {
        l.paragraph(tr("No provenance recorded for this scenario."), 9);
        return;
    }
    // The columns are the schema's fields of a provenance entry (field, source, date, note).
    const auto fields = schemaChildren(std::string(schemaField(FieldId::Provenance).path) + "[]");
    // Source and note are prose, the field a path, the date short.
    auto weight = [](FieldId id) {
        switch (id) {
        case FieldId::ProvenanceField:
            return 1.3;
        case FieldId::ProvenanceSource:
            return 3.0;
        case FieldId::ProvenanceDate:
            return 0.75;
        case FieldId::ProvenanceNote:
            return 1.6;
        default:
            return 1.0;
        }
    };
    std::vector<TableColumn> cols;
    for (const SchemaField &field : fields)
        cols.push_back({AssumptionText::label(field), weight(field.id), Qt::AlignLeft});
    std::vector<TableRow> rows;
    for (const Provenance &p : sc.provenance) {
        TableRow row;
        for (const SchemaField &field : fields) {
            const std::string &v = field.ref<std::string>(&p);
            row.cells << QString::fromStdString(v);
        }
        rows.push_back(row);
    }
    TableStyle style;
    style.fontSize = 8;
    l.table(cols, rows, style);
}

} // namespace report
} // namespace fleetroi
