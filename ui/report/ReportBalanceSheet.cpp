// SPDX-License-Identifier: GPL-3.0-or-later
// The report's Balance sheet section (MODEL.md "Version 1.1"), only for a scenario that uses a
// model 1.1 key: a model-1 report keeps its sections and pages. Why not a "not used" page for
// every report: a model-1 scenario has no market value, so the section would be a page saying
// so, and the assumptions tables would gain rows that describe features the file never set.
#include "report/ReportBuilder.h"

#include "report/AssumptionText.h"
#include "report/ReportFormat.h"
#include "report/ReportLayout.h"

#include "charts/BookValueChart.h"

#include <algorithm>
#include <map>

namespace fleetroi {
namespace report {

using exporting::FiscalYearRow;
using exporting::fiscalYears;
using exporting::monthText;
using exporting::trancheName;

namespace {

// Impairments by tranche: the largest this many get a row; the rest one "other" line.
constexpr std::size_t kLargestImpairments = 25;

// Provenance entries for a path of the file and anything below it ("skus[0].market_value"
// also finds "skus[0].market_value.points").
QString sourcesOf(const Scenario &sc, const std::string &path)
{
    QStringList out;
    for (const Provenance &p : sc.provenance) {
        const bool match =
            p.field == path ||
            (p.field.size() > path.size() && p.field.compare(0, path.size(), path) == 0 &&
             (p.field[path.size()] == '.' || p.field[path.size()] == '['));
        if (!match)
            continue;
        QString s = QString::fromStdString(p.source);
        if (!p.date.empty())
            s += QStringLiteral(" (%1)").arg(QString::fromStdString(p.date));
        if (!p.note.empty())
            s += QStringLiteral("; ") + QString::fromStdString(p.note);
        out << s;
    }
    return out.isEmpty() ? ReportBuilder::tr("no source recorded")
                         : out.join(QStringLiteral(" | "));
}

} // namespace

void ReportBuilder::balanceSheet(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ModelResults &r = m_s.data.results;
    const MonthlySeries &m = r.monthly;
    const KeyFigures &k = r.kpis;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    section(l, pass, tr("Balance sheet"));

    QStringList intro;
    intro << tr("Net book value, market value of the used GPUs and remaining tax basis at the end "
                "of each month (MODEL.md version 1.1).");
    if (sc.finance.impairmentTest) {
        intro << tr("Impairment test (US GAAP, ASC 360): at every fiscal-year end each tranche in "
                    "service whose undiscounted cash flows to its end, plus its end value, fall "
                    "short of its book value is written down to market value; no reversal.");
        intro << (k.totalImpairment > 0.0
                      ? tr("Total impairment %1, first in %2.")
                            .arg(f.money(k.totalImpairment),
                                 k.firstImpairmentMonth ? monthText(sc, *k.firstImpairmentMonth)
                                                        : QString())
                      : tr("No tranche is impaired."));
    } else {
        intro << tr("The impairment test is off (finance.impairment_test): book values are "
                    "never written down to market value.");
    }
    l.paragraph(intro.join(QLatin1Char(' ')), 9);

    charts::BookValueChart chart;
    chart.setCurrency(QString::fromStdString(sc.currency));
    chart.setGrouping(TrancheGroupBy::Vintage);
    chart.setResults(r);
    chart.setTitle(tr("Net book value by vintage, market value and tax basis"));
    chart.setFontFamilies(l.families());
    l.block(230, [&chart](QPainter &p, const QRectF &rect) { chart.renderTo(&p, rect); });
    l.skip(6);

    // Impairments by tranche, largest first; a tranche impaired at several tests is one row
    // with its first impaired month and how many tests impaired it.
    l.heading(tr("Impairments by tranche (%1)").arg(f.currency()), 2);
    struct Impaired
    {
        double amount = 0.0;
        int first = -1; // first test month with an impairment
        int times = 0;  // fiscal-year ends at which it was impaired (no reversal: may be several)
    };
    std::map<int, Impaired> byTranche; // by purchase index
    for (const TrancheImpairment &e : r.impairments) {
        Impaired &entry = byTranche[e.purchaseIndex];
        entry.amount += e.amount;
        if (entry.first < 0 || e.month < entry.first)
            entry.first = e.month;
        ++entry.times;
    }
    if (byTranche.empty()) {
        l.paragraph(sc.finance.impairmentTest ? tr("No impairment in the horizon.")
                                              : tr("No impairment: the test is off."),
                    9);
    } else {
        std::vector<std::pair<int, double>> order;
        for (const auto &[index, entry] : byTranche)
            order.push_back({index, entry.amount});
        std::stable_sort(order.begin(), order.end(),
                         [](const auto &a, const auto &b) { return a.second > b.second; });
        std::vector<TableRow> rows;
        double rest = 0.0, total = 0.0;
        std::size_t restCount = 0;
        for (std::size_t i = 0; i < order.size(); ++i) {
            const int index = order[i].first;
            total += order[i].second;
            if (i >= kLargestImpairments) {
                rest += order[i].second;
                ++restCount;
                continue;
            }
            const PurchaseTranche &p = sc.purchases[std::size_t(index)];
            TrancheResults t;
            t.purchaseIndex = index;
            t.skuId = p.sku;
            t.label = p.label;
            rows.push_back({{QString::number(index + 1), trancheName(sc, t),
                             QString::fromStdString(p.sku), monthText(sc, p.month),
                             f.number(double(p.gpus)), monthText(sc, byTranche[index].first),
                             QString::number(byTranche[index].times), f.number(order[i].second)},
                            false});
        }
        if (restCount > 0)
            rows.push_back({{QString(), tr("Other %n impaired tranche(s)", nullptr, int(restCount)),
                             QString(), QString(), QString(), QString(), QString(), f.number(rest)},
                            false});
        rows.push_back({{QString(), tr("Total, %n tranche(s)", nullptr, int(order.size())),
                         QString(), QString(), QString(), QString(), QString(), f.number(total)},
                        true});
        TableStyle style;
        style.fontSize = 7.5;
        style.minFontSize = 6.5;
        l.table({{tr("#"), 0.4, Qt::AlignRight},
                 {tr("Tranche"), 2.2, Qt::AlignLeft},
                 {tr("SKU"), 0.8, Qt::AlignLeft},
                 {tr("Bought"), 0.8, Qt::AlignLeft},
                 {tr("GPUs"), 0.9, Qt::AlignRight},
                 {tr("First impaired"), 0.9, Qt::AlignLeft},
                 {tr("Times"), 0.5, Qt::AlignRight},
                 {tr("Impairment"), 1.4, Qt::AlignRight}},
                rows, style);
    }

    // The reconciliation by fiscal year (MODEL.md "Book and tax reconciliation").
    l.heading(tr("Book and tax reconciliation by fiscal year (thousands of %1)").arg(f.currency()),
              2);
    l.paragraph(tr("Book tax expense = current tax + change in the deferred tax liability, in "
                   "every month but the horizon's last (the terminal valuation). Values at the "
                   "end of the fiscal year; flows summed over it."),
                8.5);
    std::vector<TableRow> rows;
    double sumImpairment = 0, sumNetIncome = 0, sumBookTax = 0, sumTax = 0, sumDtlChange = 0;
    for (const FiscalYearRow &y : fiscalYears(sc, m)) {
        double impairment = 0, netIncome = 0, bookTax = 0, tax = 0;
        for (int t = y.firstMonth; t <= y.lastMonth; ++t) {
            const std::size_t ti = std::size_t(t);
            impairment += m.impairment[ti];
            netIncome += m.netIncome[ti];
            bookTax += m.bookTaxExpense[ti];
            tax += m.tax[ti];
        }
        const std::size_t last = std::size_t(y.lastMonth);
        const double dtlStart =
            y.firstMonth > 0 ? m.deferredTaxLiability[std::size_t(y.firstMonth - 1)] : 0.0;
        const double dtlChange = m.deferredTaxLiability[last] - dtlStart;
        sumImpairment += impairment;
        sumNetIncome += netIncome;
        sumBookTax += bookTax;
        sumTax += tax;
        sumDtlChange += dtlChange;
        rows.push_back(
            {{QString::number(y.year), f.thousands(m.bookValue[last]),
              f.thousands(m.marketValue[last]), f.thousands(m.taxBasis[last]),
              f.thousands(impairment), f.thousands(netIncome), f.thousands(bookTax),
              f.thousands(tax), f.thousands(dtlChange), f.thousands(m.deferredTaxLiability[last])},
             false});
    }
    rows.push_back({{tr("Total"), QString(), QString(), QString(), f.thousands(sumImpairment),
                     f.thousands(sumNetIncome), f.thousands(sumBookTax), f.thousands(sumTax),
                     f.thousands(sumDtlChange), QString()},
                    true});
    TableStyle annual;
    annual.fontSize = 7.5;
    annual.minFontSize = 6.5;
    l.table({{tr("Fiscal year"), 0.8, Qt::AlignLeft},
             {tr("Book value"), 1, Qt::AlignRight},
             {tr("Market value"), 1, Qt::AlignRight},
             {tr("Tax basis"), 1, Qt::AlignRight},
             {tr("Impairment"), 1, Qt::AlignRight},
             {tr("Net income"), 1, Qt::AlignRight},
             {tr("Book tax expense"), 1, Qt::AlignRight},
             {tr("Current tax"), 1, Qt::AlignRight},
             {tr("Change in deferred tax"), 1, Qt::AlignRight},
             {tr("Deferred tax liability"), 1, Qt::AlignRight}},
            rows, annual);

    // Sensitivity of the total impairment to the two curves that decide it.
    if (const auto &s = m_s.data.impairmentSensitivity; s && s->impairmentTest) {
        l.heading(tr("Total impairment when the curves shift (%1)").arg(f.currency()), 2);
        l.paragraph(tr("Every SKU's lease-price curve, then every market-value curve, multiplied "
                       "by %1 and %2 (start value and every point), all else unchanged. The test "
                       "is a threshold: the total moves in steps, not smoothly.")
                        .arg(f.number(1.0 - s->swing, 2), f.number(1.0 + s->swing, 2)),
                    8.5);
        // A row names its curve by the GPU type's field key: shown by the schema's label.
        const std::string skuFields = std::string(schemaField(FieldId::Skus).path) + "[]";
        auto curveLabel = [&](std::string_view key) {
            for (const SchemaField &field : schemaChildren(skuFields))
                if (field.key == key)
                    return AssumptionText::label(field);
            return QString::fromUtf8(key.data(), qsizetype(key.size()));
        };
        std::vector<TableRow> srows;
        for (const ImpairmentSensitivityRow &row : s->rows)
            srows.push_back(
                {{curveLabel(impairmentCurveKey(row.curve)), f.number(row.impairmentLow),
                  f.number(s->baseImpairment), f.number(row.impairmentHigh), f.number(row.npvLow),
                  f.number(row.npvHigh)},
                 false});
        TableStyle style;
        style.fontSize = 7.5;
        style.minFontSize = 6.5;
        l.table({{tr("Curve"), 1.1, Qt::AlignLeft},
                 {tr("Impairment at x%1").arg(f.number(1.0 - s->swing, 2)), 1, Qt::AlignRight},
                 {tr("Impairment as given"), 1, Qt::AlignRight},
                 {tr("Impairment at x%1").arg(f.number(1.0 + s->swing, 2)), 1, Qt::AlignRight},
                 {tr("NPV at x%1").arg(f.number(1.0 - s->swing, 2)), 1, Qt::AlignRight},
                 {tr("NPV at x%1").arg(f.number(1.0 + s->swing, 2)), 1, Qt::AlignRight}},
                srows, style);
    }

    // The model 1.1 assumptions and where they come from: the schema's model 1.1 fields and
    // the terminal value (which can be the market value), by their paths in the file, which
    // the provenance entries name. A GPU type's 1.1 fields are listed when it uses any.
    l.heading(tr("Balance-sheet assumptions and their sources"), 2);
    const AssumptionText text(sc, f);
    std::vector<TableRow> arows;
    auto add = [&](const SchemaField &field, const std::string &path, const QString &prefix,
                   const void *owner) {
        arows.push_back({{prefix + AssumptionText::label(field) + QStringLiteral(" (") +
                              QString::fromStdString(path) + QLatin1Char(')'),
                          text.value(field, owner, true), sourcesOf(sc, path)},
                         false});
    };
    for (const SchemaField &field : schemaChildren(schemaField(FieldId::Finance).path))
        if (field.model11 || field.id == FieldId::TerminalValue)
            add(field, std::string(field.path), QString(), &sc);
    const std::string skuPath(schemaField(FieldId::Skus).path);
    for (std::size_t i = 0; i < sc.skus.size(); ++i) {
        const Sku &s = sc.skus[i];
        const bool uses11 = s.marketValue || s.usefulLifeChange ||
                            s.marketAgeDiscountPerYear !=
                                schemaField(FieldId::SkuMarketAgeDiscountPerYear).defaultValue;
        if (!uses11)
            continue;
        const std::string prefix = skuPath + '[' + std::to_string(i) + "].";
        for (const SchemaField &field : schemaChildren(skuPath + "[]"))
            if (field.model11)
                add(field, prefix + std::string(field.key),
                    QString::fromStdString(s.name) + QStringLiteral(": "), &s);
    }
    TableStyle astyle;
    astyle.fontSize = 7.5;
    l.table({{tr("Assumption"), 1.3, Qt::AlignLeft},
             {tr("Value"), 2.2, Qt::AlignLeft},
             {tr("Source"), 2.6, Qt::AlignLeft}},
            arows, astyle);
}

} // namespace report
} // namespace fleetroi
