// SPDX-License-Identifier: GPL-3.0-or-later
// The report's result sections: cash flow by fiscal year and by month, depreciation by
// tranche, sensitivity and Monte Carlo.
#include "report/ReportBuilder.h"

#include "report/ReportFormat.h"
#include "report/ReportLayout.h"

#include "charts/BookValueChart.h"
#include "charts/HistogramChart.h"
#include "charts/TornadoChart.h"

#include "engine/FleetModel.h"

#include <algorithm>

namespace fleetroi {
namespace report {

using exporting::describeSeries;
using exporting::FiscalYearRow;
using exporting::fiscalYears;
using exporting::SeriesUnit;
using exporting::trancheName;
void ReportBuilder::cashFlow(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ModelResults &r = m_s.data.results;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    section(l, pass, tr("Cash flow"));

    l.heading(tr("By fiscal year (thousands of %1; the fiscal year ends in month %2)")
                  .arg(f.currency())
                  .arg(sc.finance.fiscalYearEndMonth),
              2);
    std::vector<TableRow> rows;
    FiscalYearRow sum;
    for (const FiscalYearRow &y : fiscalYears(sc, r.monthly)) {
        rows.push_back({{QString::number(y.year), f.thousands(y.capex), f.thousands(y.leaseRevenue),
                         f.thousands(y.internalValue), f.thousands(y.opex), f.thousands(y.ebitda),
                         f.thousands(y.tax), f.thousands(y.netIncome), f.thousands(y.netCashFlow),
                         f.thousands(y.cumulativeCashFlow)},
                        false});
        sum.capex += y.capex;
        sum.leaseRevenue += y.leaseRevenue;
        sum.internalValue += y.internalValue;
        sum.opex += y.opex;
        sum.ebitda += y.ebitda;
        sum.tax += y.tax;
        sum.netIncome += y.netIncome;
        sum.netCashFlow += y.netCashFlow;
    }
    rows.push_back({{tr("Total"), f.thousands(sum.capex), f.thousands(sum.leaseRevenue),
                     f.thousands(sum.internalValue), f.thousands(sum.opex), f.thousands(sum.ebitda),
                     f.thousands(sum.tax), f.thousands(sum.netIncome), f.thousands(sum.netCashFlow),
                     QString()},
                    true});
    TableStyle annual;
    annual.fontSize = 7.5;
    annual.minFontSize = 6.5; // large fleets: a little smaller before splitting the columns
    l.table({{tr("Fiscal year"), 0.8, Qt::AlignLeft},
             {tr("Capex"), 1, Qt::AlignRight},
             {tr("Lease revenue"), 1, Qt::AlignRight},
             {tr("Internal value"), 1, Qt::AlignRight},
             {tr("Opex"), 1, Qt::AlignRight},
             {tr("EBITDA"), 1, Qt::AlignRight},
             {tr("Tax"), 1, Qt::AlignRight},
             {tr("Net income"), 1, Qt::AlignRight},
             {tr("Net cash flow"), 1, Qt::AlignRight},
             {tr("Cumulative cash flow"), 1.1, Qt::AlignRight}},
            rows, annual);

    // The full monthly table in three column groups, each paginated with its header; a group
    // too wide for the page (large fleets) is split into parts that repeat the month column.
    const auto series = describeSeries(r.monthly);
    // Series are picked by their member of MonthlySeries (their labels and units come from
    // describeSeries), not by their output names.
    using Member = std::vector<double> MonthlySeries::*;
    auto find = [&](Member member) -> const exporting::SeriesInfo & {
        for (const auto &s : series)
            if (s.values == &(r.monthly.*member))
                return s;
        return series.front();
    };
    struct Group
    {
        QString title;
        std::vector<Member> members;
    };
    using M = MonthlySeries;
    const Group groups[] = {
        {tr("Monthly capacity and use (thousands of compute hours; utilization in %)"),
         {&M::capacityHours, &M::internalDemandHours, &M::internalServedHours, &M::shortfallHours,
          &M::leasedHours, &M::utilization, &M::workingGpus, &M::energyKwh}},
        {tr("Monthly revenue and costs (thousands of %1)").arg(f.currency()),
         {&M::capex, &M::leaseRevenue, &M::internalValue, &M::electricityCost, &M::colocationCost,
          &M::maintenanceCost, &M::staffCost, &M::salesCost, &M::opex, &M::ebitda}},
        {tr("Monthly profit and cash (thousands of %1)").arg(f.currency()),
         {&M::bookDepreciation, &M::taxDepreciation, &M::bookGain, &M::proceeds, &M::terminalValue,
          &M::ebit, &M::tax, &M::netIncome, &M::netCashFlow, &M::cumulativeCashFlow,
          &M::bookValue}},
    };
    TableStyle monthly;
    monthly.fontSize = 6.5;
    monthly.wrap = false;
    for (const Group &g : groups) {
        l.newPage();
        l.heading(g.title, 2);
        std::vector<TableColumn> cols{{tr("Month"), 0.75, Qt::AlignLeft}};
        for (const Member key : g.members) {
            const auto &s = find(key);
            QString title = s.label;
            if (s.unit == SeriesUnit::Energy)
                title = tr("Energy (MWh)");
            else if (s.unit == SeriesUnit::Hours)
                title.remove(tr(" (compute h)"));
            cols.push_back({title, 1.0, Qt::AlignRight});
        }
        std::vector<TableRow> mrows;
        for (int t = 0; t < r.monthly.size(); ++t) {
            TableRow row{{QString::fromStdString(r.monthly.month[std::size_t(t)])}, false};
            for (const Member key : g.members) {
                const auto &s = find(key);
                const double v = (*s.values)[std::size_t(t)];
                switch (s.unit) {
                case SeriesUnit::Share:
                    row.cells << f.number(v * 100.0, 1);
                    break;
                case SeriesUnit::Count:
                    row.cells << f.number(v);
                    break;
                default: // money, hours and energy in thousands (kWh -> MWh)
                    row.cells << f.thousands(v);
                }
            }
            mrows.push_back(row);
        }
        l.table(cols, mrows, monthly);
    }
}

void ReportBuilder::depreciation(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ModelResults &r = m_s.data.results;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    section(l, pass, tr("Depreciation by tranche"));
    l.paragraph(tr("Book depreciation: %1. Tax depreciation: %2. Amounts in thousands of %3 by "
                   "fiscal year; values at the end of the fiscal year.")
                    .arg(sc.skus.empty() ? QString() : tr("per SKU, see the assumptions"),
                         sc.finance.taxDepreciation == TaxDepreciation::Book
                             ? tr("as book")
                             : tr("MACRS 5-year half-year, %1 bonus")
                                   .arg(f.percent(sc.finance.bonusDepreciation, 0)),
                         f.currency()),
                9);
    charts::BookValueChart book;
    book.setCurrency(QString::fromStdString(sc.currency));
    book.setResults(r);
    book.setTitle(tr("Net book value and remaining tax basis"));
    drawChart(l, book, 200);

    const auto years = fiscalYears(sc, r.monthly);
    std::vector<TableRow> rows;
    for (const TrancheResults &t : r.tranches) {
        bool first = true;
        double sumBook = 0, sumTax = 0;
        for (const FiscalYearRow &y : years) {
            double b = 0, x = 0;
            for (int m = y.firstMonth; m <= y.lastMonth; ++m) {
                b += t.bookDepreciation[std::size_t(m)];
                x += t.taxDepreciation[std::size_t(m)];
            }
            const double bv = t.bookValue[std::size_t(y.lastMonth)];
            const double basis = t.taxBasis[std::size_t(y.lastMonth)];
            if (b == 0 && x == 0 && bv == 0 && basis == 0)
                continue;
            sumBook += b;
            sumTax += x;
            rows.push_back({{first ? trancheName(sc, t) : QString(), QString::number(y.year),
                             f.thousands(b), f.thousands(x), f.thousands(bv), f.thousands(basis)},
                            false});
            first = false;
        }
        rows.push_back({{tr("Total %1").arg(trancheName(sc, t)), QString(), f.thousands(sumBook),
                         f.thousands(sumTax), QString(), QString()},
                        true});
    }
    TableStyle style;
    style.fontSize = 7.5;
    l.table({{tr("Tranche"), 2.2, Qt::AlignLeft},
             {tr("Fiscal year"), 0.7, Qt::AlignLeft},
             {tr("Book depreciation"), 1, Qt::AlignRight},
             {tr("Tax depreciation"), 1, Qt::AlignRight},
             {tr("Book value"), 1, Qt::AlignRight},
             {tr("Tax basis"), 1, Qt::AlignRight}},
            rows, style);
}

void ReportBuilder::sensitivity(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
    const auto &rows = m_s.data.sensitivity;
    section(l, pass, tr("Sensitivity"));
    l.paragraph(tr("Each driver is multiplied by %1 and %2 on its own and the NPV recomputed "
                   "(base NPV %3). Largest swing first.")
                    .arg(f.number(1.0 - m_s.data.swing, 2), f.number(1.0 + m_s.data.swing, 2),
                         f.money(m_s.data.results.kpis.npv)),
                9);
    charts::TornadoChart tornado;
    tornado.setCurrency(QString::fromStdString(sc.currency));
    tornado.setSensitivity(rows, m_s.data.results.kpis.npv, m_s.data.swing);
    tornado.setTitle(tr("NPV tornado"));
    drawChart(l, tornado, 260);
    std::vector<TableRow> table;
    for (const SensitivityRow &r : rows)
        table.push_back({{exporting::driverLabel(r.driver), f.money(r.npvLow), f.money(r.npvHigh),
                          f.money(r.swing())},
                         false});
    l.table({{tr("Driver"), 1.4, Qt::AlignLeft},
             {tr("NPV at x%1").arg(f.number(1.0 - m_s.data.swing, 2)), 1, Qt::AlignRight},
             {tr("NPV at x%1").arg(f.number(1.0 + m_s.data.swing, 2)), 1, Qt::AlignRight},
             {tr("Swing"), 1, Qt::AlignRight}},
            table);
}

void ReportBuilder::monteCarlo(ReportLayout &l, Pass &pass)
{
    const Scenario &sc = m_s.data.scenario;
    const ReportFormat f(m_options.locale, QString::fromStdString(sc.currency));
#ifdef FLEETROI_REPORT_HAS_MONTECARLO
    if (m_s.monteCarlo && m_s.monteCarlo->completed()) {
        const MonteCarloResults &mc = *m_s.monteCarlo;
        section(l, pass, tr("Monte Carlo"));
        l.paragraph(tr("%n path(s), seed %1. NPV distribution of the uncertainty block's drivers.",
                       nullptr, int(std::min<std::int64_t>(mc.paths, INT32_MAX)))
                        .arg(mc.seed),
                    9);
        charts::HistogramChart histogram;
        histogram.setCurrency(QString::fromStdString(sc.currency));
        std::vector<double> counts(mc.histogramCounts.begin(), mc.histogramCounts.end());
        histogram.setHistogram(mc.histogramEdges, counts);
        histogram.setPercentiles(mc.p10, mc.p50, mc.p90);
        histogram.setTitle(tr("NPV distribution"));
        drawChart(l, histogram, 230);
        l.keyValues({
            {tr("Mean NPV"), f.money(mc.mean)},
            {tr("Standard deviation"), f.money(mc.sd)},
            {tr("P5"), f.money(mc.p5)},
            {tr("P10"), f.money(mc.p10)},
            {tr("P50 (median)"), f.money(mc.p50)},
            {tr("P90"), f.money(mc.p90)},
            {tr("P95"), f.money(mc.p95)},
            {tr("Probability of NPV < 0"), f.percent(mc.probNegative, 1)},
            {tr("NPV as entered"), f.money(mc.deterministicNpv)},
        });
        if (!mc.drivers.empty()) {
            std::vector<TableRow> rows;
            for (const DriverRankCorrelation &d : mc.drivers)
                rows.push_back(
                    {{exporting::driverLabel(d.driver), f.number(d.rankCorrelation, 3)}, false});
            l.table({{tr("Driver"), 2, Qt::AlignLeft},
                     {tr("Rank correlation with NPV"), 1, Qt::AlignRight}},
                    rows);
        }
        return;
    }
#endif
    // No results: one line in the summary of sections, no empty chart.
    l.skip(10);
    l.heading(tr("Monte Carlo"), 2, 20);
    l.paragraph(sc.uncertainty
                    ? tr("No Monte Carlo results: the analysis has not been run.")
                    : tr("No Monte Carlo results: the scenario has no uncertainty block."),
                9);
    (void)pass;
}

} // namespace report
} // namespace fleetroi
