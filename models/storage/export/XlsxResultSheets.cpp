// SPDX-License-Identifier: GPL-3.0-or-later
// The result sheets of the workbook: Summary, Monthly, Tranches and Sensitivity.
#include "export/XlsxSheet.h"

#include <QCoreApplication>

#include <tuple>

namespace fleetroi {
namespace exporting {
namespace xlsx_detail {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::XlsxExport)
};

lxw_format *formatFor(SeriesUnit unit, const Formats &f)
{
    switch (unit) {
    case SeriesUnit::Money:
        return f.money;
    case SeriesUnit::Share:
        return f.percent;
    case SeriesUnit::Hours:
    case SeriesUnit::Count:
    case SeriesUnit::Energy:
        return f.integer;
    }
    return f.decimal;
}

} // namespace

void writeSummary(Sheet &s, const ExportData &d, const Formats &f)
{
    const Scenario &sc = d.scenario;
    const KeyFigures &k = d.results.kpis;
    const QString cur = QString::fromStdString(sc.currency);
    s.width(0, 0, 34);
    s.width(1, 1, 22);
    s.width(2, 11, 18);
    s.text(0, 0, Text::tr("Item"), f.header);
    s.text(0, 1, Text::tr("Value"), f.header);
    s.text(0, 2, Text::tr("Note"), f.header);
    s.freeze(1, 0);
    int r = 1;
    s.text(r, 0, Text::tr("Scenario"));
    s.text(r++, 1, QString::fromStdString(sc.name), f.title);
    s.text(r, 0, Text::tr("Description"));
    s.text(r++, 1, QString::fromStdString(sc.description));
    s.text(r, 0, Text::tr("Currency"));
    s.text(r++, 1, cur);
    s.text(r, 0, Text::tr("Start"));
    s.month(r++, 1, sc.startYear, sc.startMonth, f.month);
    s.text(r, 0, Text::tr("Horizon (months)"));
    s.number(r++, 1, sc.horizonMonths, f.integer);
    ++r;
    s.text(r, 0, Text::tr("NPV"));
    s.number(r, 1, k.npv, f.money);
    s.text(r++, 2, Text::tr("at %1 % discount rate").arg(sc.finance.discountRate * 100.0));
    s.text(r, 0, Text::tr("IRR"));
    if (k.irr)
        s.number(r, 1, *k.irr, f.percent);
    else
        s.text(r, 1, Text::tr("none"));
    if (k.irrRoots > 1)
        s.text(r, 2, Text::tr("lowest of %1 roots").arg(k.irrRoots));
    ++r;
    auto monthKpi = [&](const QString &label, const std::optional<int> &m) {
        s.text(r, 0, label);
        if (m) {
            s.number(r, 1, *m, f.integer);
            s.text(r, 2, monthText(sc, *m));
        } else {
            s.text(r, 1, Text::tr("not within the horizon"));
        }
        ++r;
    };
    monthKpi(Text::tr("Payback month"), k.paybackMonth);
    monthKpi(Text::tr("Discounted payback month"), k.discountedPaybackMonth);
    s.text(r, 0, Text::tr("Average utilization"));
    s.number(r++, 1, k.averageUtilization, f.percent);
    s.text(r, 0, Text::tr("Cost per compute hour"));
    if (k.costPerComputeHour)
        s.number(r, 1, *k.costPerComputeHour, f.price);
    else
        s.text(r, 1, Text::tr("n/a"));
    ++r;
    s.text(r, 0, Text::tr("Break-even lease factor"));
    if (k.breakEvenLeaseFactor)
        s.number(r, 1, *k.breakEvenLeaseFactor, f.decimal);
    else
        s.text(r, 1, Text::tr("n/a (nothing leased)"));
    ++r;
    const std::pair<QString, double> totals[] = {
        {Text::tr("Total capex"), k.totalCapex},
        {Text::tr("Total opex"), k.totalOpex},
        {Text::tr("Total lease revenue"), k.totalLeaseRevenue},
        {Text::tr("Total internal value"), k.totalInternalValue},
        {Text::tr("Total tax"), k.totalTax},
        {Text::tr("Total book depreciation"), k.totalBookDepreciation},
        {Text::tr("Total net cash flow"), k.totalNetCashFlow},
    };
    for (const auto &[label, value] : totals) {
        s.text(r, 0, label);
        s.number(r++, 1, value, f.money);
    }
    if (d.results.model11) {
        // Model 1.1: impairments (ASC 360), one row per tranche and month.
        s.text(r, 0, Text::tr("Total impairment"));
        s.number(r++, 1, k.totalImpairment, f.money);
        monthKpi(Text::tr("First impairment month"), k.firstImpairmentMonth);
        for (const TrancheImpairment &e : d.results.impairments) {
            const auto &tr = d.results.tranches;
            const QString name = std::size_t(e.purchaseIndex) < tr.size()
                                     ? trancheName(sc, tr[std::size_t(e.purchaseIndex)])
                                     : QString::number(e.purchaseIndex + 1);
            s.text(r, 0, Text::tr("Impairment of %1").arg(name));
            s.number(r, 1, e.amount, f.money);
            s.text(r++, 2, monthText(sc, e.month));
        }
    }

    // Roll-up by fiscal year.
    r += 1;
    s.text(r++, 0, Text::tr("By fiscal year (ends in month %1)").arg(sc.finance.fiscalYearEndMonth),
           f.title);
    const QString headers[] = {Text::tr("Fiscal year"),
                               Text::tr("Capex"),
                               Text::tr("Lease revenue"),
                               Text::tr("Internal value"),
                               Text::tr("Opex"),
                               Text::tr("EBITDA"),
                               Text::tr("Book depreciation"),
                               Text::tr("Tax"),
                               Text::tr("Net income"),
                               Text::tr("Net cash flow"),
                               Text::tr("Cumulative cash flow"),
                               Text::tr("Book value")};
    for (int c = 0; c < int(std::size(headers)); ++c)
        s.text(r, c, headers[c], f.header);
    ++r;
    for (const FiscalYearRow &y : fiscalYears(sc, d.results.monthly)) {
        s.number(r, 0, y.year, nullptr);
        const double values[] = {y.capex,       y.leaseRevenue,       y.internalValue, y.opex,
                                 y.ebitda,      y.bookDepreciation,   y.tax,           y.netIncome,
                                 y.netCashFlow, y.cumulativeCashFlow, y.bookValue};
        for (int c = 0; c < int(std::size(values)); ++c)
            s.number(r, c + 1, values[c], f.money);
        ++r;
    }
}

void writeMonthly(Sheet &s, const ExportData &d, const Formats &f)
{
    const MonthlySeries &m = d.results.monthly;
    const auto series = describeSeries(m);
    s.text(0, 0, Text::tr("Month"), f.header);
    for (std::size_t c = 0; c < series.size(); ++c)
        s.text(0, int(c) + 1, series[c].label, f.header);
    s.freeze(1, 1);
    s.width(0, 0, 10);
    s.width(1, int(series.size()), 17);
    for (int t = 0; t < m.size(); ++t) {
        const auto [year, month] = calendarMonth(d.scenario, t);
        s.month(t + 1, 0, year, month, f.month);
        for (std::size_t c = 0; c < series.size(); ++c)
            s.number(t + 1, int(c) + 1, (*series[c].values)[std::size_t(t)],
                     formatFor(series[c].unit, f));
    }
}

void writeTranches(Sheet &s, const ExportData &d, const Formats &f)
{
    const Scenario &sc = d.scenario;
    const QString headers[] = {Text::tr("#"),
                               Text::tr("Tranche"),
                               Text::tr("SKU"),
                               Text::tr("GPUs"),
                               Text::tr("Purchase month"),
                               Text::tr("In service"),
                               Text::tr("Disposal month"),
                               Text::tr("Capex"),
                               Text::tr("Proceeds"),
                               Text::tr("Book gain"),
                               Text::tr("Tax gain"),
                               Text::tr("Terminal value"),
                               Text::tr("Book depreciation"),
                               Text::tr("Tax depreciation"),
                               Text::tr("Book value at end"),
                               Text::tr("Tax basis at end")};
    for (int c = 0; c < int(std::size(headers)); ++c)
        s.text(0, c, headers[c], f.header);
    s.freeze(1, 2);
    s.width(0, 0, 5);
    s.width(1, 1, 30);
    s.width(2, 2, 16);
    s.width(3, 6, 14);
    s.width(7, 15, 17);
    int r = 1;
    for (const TrancheResults &tr : d.results.tranches) {
        const PurchaseTranche &p = sc.purchases[std::size_t(tr.purchaseIndex)];
        s.number(r, 0, tr.purchaseIndex + 1, nullptr);
        s.text(r, 1, trancheName(sc, tr));
        s.text(r, 2, QString::fromStdString(tr.skuId));
        s.number(r, 3, double(p.gpus), f.integer);
        auto [y, mo] = calendarMonth(sc, tr.purchaseMonth);
        s.month(r, 4, y, mo, f.month);
        std::tie(y, mo) = calendarMonth(sc, tr.serviceMonth);
        s.month(r, 5, y, mo, f.month);
        if (tr.disposalMonth >= 0) {
            std::tie(y, mo) = calendarMonth(sc, tr.disposalMonth);
            s.month(r, 6, y, mo, f.month);
        }
        double book = 0, tax = 0;
        for (double v : tr.bookDepreciation)
            book += v;
        for (double v : tr.taxDepreciation)
            tax += v;
        const double values[] = {tr.capex,
                                 tr.proceeds,
                                 tr.bookGain,
                                 tr.taxGain,
                                 tr.terminalValue,
                                 book,
                                 tax,
                                 tr.bookValue.empty() ? 0.0 : tr.bookValue.back(),
                                 tr.taxBasis.empty() ? 0.0 : tr.taxBasis.back()};
        for (int c = 0; c < int(std::size(values)); ++c)
            s.number(r, 7 + c, values[c], f.money);
        ++r;
    }

    // Depreciation by tranche and fiscal year (book and tax), below the list.
    r += 2;
    const QString yearHeaders[] = {Text::tr("#"),
                                   Text::tr("Tranche"),
                                   Text::tr("Fiscal year"),
                                   Text::tr("Book depreciation"),
                                   Text::tr("Tax depreciation"),
                                   Text::tr("Book value at year end"),
                                   Text::tr("Tax basis at year end")};
    for (int c = 0; c < int(std::size(yearHeaders)); ++c)
        s.text(r, c, yearHeaders[c], f.header);
    ++r;
    const auto years = fiscalYears(sc, d.results.monthly);
    for (const TrancheResults &tr : d.results.tranches) {
        for (const FiscalYearRow &y : years) {
            double book = 0, tax = 0;
            for (int t = y.firstMonth; t <= y.lastMonth; ++t) {
                book += tr.bookDepreciation[std::size_t(t)];
                tax += tr.taxDepreciation[std::size_t(t)];
            }
            const double bv = tr.bookValue[std::size_t(y.lastMonth)];
            const double basis = tr.taxBasis[std::size_t(y.lastMonth)];
            if (book == 0 && tax == 0 && bv == 0 && basis == 0)
                continue;
            s.number(r, 0, tr.purchaseIndex + 1, nullptr);
            s.text(r, 1, trancheName(sc, tr));
            s.number(r, 2, y.year, nullptr);
            s.number(r, 3, book, f.money);
            s.number(r, 4, tax, f.money);
            s.number(r, 5, bv, f.money);
            s.number(r, 6, basis, f.money);
            ++r;
        }
    }
}

void writeSensitivity(Sheet &s, const ExportData &d, const Formats &f)
{
    const QString low = Text::tr("NPV at x%1").arg(1.0 - d.swing, 0, 'f', 2);
    const QString high = Text::tr("NPV at x%1").arg(1.0 + d.swing, 0, 'f', 2);
    const QString headers[] = {Text::tr("Driver"), Text::tr("Driver id"), low, high,
                               Text::tr("Swing")};
    for (int c = 0; c < int(std::size(headers)); ++c)
        s.text(0, c, headers[c], f.header);
    s.freeze(1, 0);
    s.width(0, 1, 22);
    s.width(2, 4, 20);
    int r = 1;
    for (const SensitivityRow &row : d.sensitivity) {
        s.text(r, 0, driverLabel(row.driver));
        s.text(r, 1, QString::fromStdString(row.driver));
        s.number(r, 2, row.npvLow, f.money);
        s.number(r, 3, row.npvHigh, f.money);
        s.number(r, 4, row.swing(), f.money);
        ++r;
    }
    ++r;
    s.text(r, 0, Text::tr("Base NPV"));
    s.number(r++, 2, d.results.kpis.npv, f.money);
    s.text(r, 0, Text::tr("Swing of each driver"));
    s.number(r, 2, d.swing, f.percent);
}

} // namespace xlsx_detail
} // namespace exporting
} // namespace fleetroi
