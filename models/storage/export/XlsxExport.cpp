// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/XlsxExport.h"

#include "AtomicFileWriter.h"
#include "export/SpreadsheetSafety.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <minizip/unzip.h>
#include <minizip/zip.h>
#include <xlsxwriter.h>

#include <cmath>
#include <map>
#include <set>

namespace fleetroi {
namespace exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::XlsxExport)
};

// Cell formats of one workbook (owned by the workbook).
struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *title = nullptr;
    lxw_format *money = nullptr;   // whole units of the scenario currency
    lxw_format *price = nullptr;   // currency per GPU-hour or per kWh, 4 decimals
    lxw_format *percent = nullptr; // a fraction 0..1 shown as "12.3%"
    lxw_format *integer = nullptr; // hours, GPUs, kWh: grouped, no decimals
    lxw_format *decimal = nullptr; // factors and plain numbers, 4 decimals
    lxw_format *month = nullptr;   // a date shown as "yyyy-mm"
    lxw_format *wrap = nullptr;    // long text
    // Twins of the text formats for text that begins like a formula (= + - @ ...): the same
    // look plus the Text number format "@"; their cellXfs entries get quotePrefix="1" after
    // the workbook is written (see addQuotePrefix), so the cell shows the text as typed and
    // a spreadsheet never evaluates it, not even after the user edits the cell.
    std::map<const lxw_format *, lxw_format *> quoted;

    lxw_format *quotedFor(const lxw_format *base) const
    {
        const auto it = quoted.find(base);
        return it == quoted.end() ? nullptr : it->second;
    }
};

// Writes cells and remembers the first error (libxlsxwriter reports per call).
class Sheet
{
public:
    Sheet(lxw_worksheet *ws, lxw_error *error, const Formats *formats)
        : m_ws(ws)
        , m_error(error)
        , m_formats(formats)
    {}

    // A text cell. Text that a spreadsheet could take for a formula keeps its characters and
    // gets the quote-prefixed twin of `format` (never a literal apostrophe in the value).
    void text(int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        const QByteArray utf8 = value.toUtf8();
        if (startsFormula(value)) {
            lxw_format *twin = m_formats->quotedFor(format);
            if (!twin) { // every text format has a twin; fall back to the safe apostrophe
                const QByteArray safe = neutraliseCell(value).toUtf8();
                check(worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), safe.constData(),
                                             format));
                return;
            }
            format = twin;
        }
        check(
            worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format));
    }
    void number(int row, int col, double value, lxw_format *format)
    {
        if (!std::isfinite(value)) // no NaN/inf reaches a cell: an empty cell says "none"
            return;
        check(worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col),
                                     value == 0.0 ? 0.0 : value, format));
    }
    void month(int row, int col, int year, int month1to12, lxw_format *format)
    {
        lxw_datetime dt{year, month1to12, 1, 0, 0, 0.0};
        check(worksheet_write_datetime(m_ws, lxw_row_t(row), lxw_col_t(col), &dt, format));
    }
    void width(int firstCol, int lastCol, double chars)
    {
        check(worksheet_set_column(m_ws, lxw_col_t(firstCol), lxw_col_t(lastCol), chars, nullptr));
    }
    void freeze(int rows, int cols)
    {
        worksheet_freeze_panes(m_ws, lxw_row_t(rows), lxw_col_t(cols));
    }

private:
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && *m_error == LXW_NO_ERROR)
            *m_error = e;
    }
    lxw_worksheet *m_ws;
    lxw_error *m_error;
    const Formats *m_formats;
};

QString num(double v)
{
    return QString::number(v, 'g', 17);
}

// Calendar year and month of month index t.
std::pair<int, int> calendarMonth(const Scenario &sc, int t)
{
    const int zeroBased = sc.startMonth - 1 + t;
    return {sc.startYear + zeroBased / 12, zeroBased % 12 + 1};
}

QByteArray moneyFormat(const std::string &currency, int decimals)
{
    QByteArray digits = "#,##0";
    if (decimals > 0)
        digits += '.' + QByteArray(decimals, '0');
    if (currency == "USD")
        return QByteArray("\"$\"") + digits + ";[Red]-\"$\"" + digits;
    // The code is three capital letters (validated by the reader): safe inside quotes.
    const QByteArray code = QByteArray::fromStdString(currency);
    return digits + " \"" + code + "\";[Red]-" + digits + " \"" + code + "\"";
}

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

// One row of the Assumptions sheet: section, path in the file, value (number or text).
struct Assumption
{
    QString section;
    QString path;
    double number = std::nan("");
    QString text;
    lxw_format *format = nullptr;
};

QString curveText(const PriceCurve &c)
{
    if (c.kind == PriceCurve::Kind::Growth)
        return Text::tr("%1 at month 0, %2 % a year")
            .arg(num(c.start), num(c.annualChange * 100.0));
    QStringList parts;
    for (const auto &[month, price] : c.points)
        parts << Text::tr("%1 at month %2").arg(num(price)).arg(month);
    return parts.join(QLatin1String("; "));
}

std::vector<Assumption> assumptions(const Scenario &sc, const Formats &f)
{
    std::vector<Assumption> a;
    auto n = [&](const QString &section, const QString &path, double v, lxw_format *fmt) {
        a.push_back({section, path, v, {}, fmt});
    };
    auto t = [&](const QString &section, const QString &path, const QString &v) {
        a.push_back({section, path, std::nan(""), v, nullptr});
    };
    const QString general = Text::tr("General");
    t(general, QStringLiteral("name"), QString::fromStdString(sc.name));
    t(general, QStringLiteral("description"), QString::fromStdString(sc.description));
    t(general, QStringLiteral("currency"), QString::fromStdString(sc.currency));
    t(general, QStringLiteral("start"), monthText(sc, 0));
    n(general, QStringLiteral("horizon_months"), sc.horizonMonths, f.integer);

    const QString fin = Text::tr("Finance");
    n(fin, QStringLiteral("finance.discount_rate"), sc.finance.discountRate, f.percent);
    n(fin, QStringLiteral("finance.tax_rate"), sc.finance.taxRate, f.percent);
    t(fin, QStringLiteral("finance.tax_depreciation"),
      QString::fromLatin1(toString(sc.finance.taxDepreciation)));
    n(fin, QStringLiteral("finance.bonus_depreciation"), sc.finance.bonusDepreciation, f.percent);
    n(fin, QStringLiteral("finance.fiscal_year_end_month"), sc.finance.fiscalYearEndMonth,
      f.integer);
    t(fin, QStringLiteral("finance.terminal_value"),
      QString::fromLatin1(toString(sc.finance.terminalValue)));
    // Model 1.1 keys as the file holds them: listed only for a scenario that uses one (a
    // model-1 workbook keeps its rows), each under its file path so provenance joins.
    const bool model11 = sc.usesModel11();
    if (model11)
        t(fin, QStringLiteral("finance.impairment_test"),
          sc.finance.impairmentTest ? QStringLiteral("true") : QStringLiteral("false"));

    const QString ops = Text::tr("Operations");
    const Operations &o = sc.operations;
    n(ops, QStringLiteral("operations.availability"), o.availability, f.percent);
    n(ops, QStringLiteral("operations.pue"), o.pue, f.decimal);
    n(ops, QStringLiteral("operations.electricity_price_per_kwh"), o.electricityPricePerKwh,
      f.price);
    n(ops, QStringLiteral("operations.electricity_annual_escalation"),
      o.electricityAnnualEscalation, f.percent);
    n(ops, QStringLiteral("operations.colocation_per_kw_month"), o.colocationPerKwMonth, f.price);
    n(ops, QStringLiteral("operations.maintenance_fraction_per_year"), o.maintenanceFractionPerYear,
      f.percent);
    n(ops, QStringLiteral("operations.staff_cost_per_month"), o.staffCostPerMonth, f.money);

    const QString skus = Text::tr("SKUs");
    for (std::size_t i = 0; i < sc.skus.size(); ++i) {
        const Sku &s = sc.skus[i];
        const QString p = QStringLiteral("skus[%1].").arg(i);
        t(skus, p + QStringLiteral("id"), QString::fromStdString(s.id));
        t(skus, p + QStringLiteral("name"), QString::fromStdString(s.name));
        n(skus, p + QStringLiteral("gpu_price"), s.gpuPrice, f.money);
        n(skus, p + QStringLiteral("gpus_per_server"), s.gpusPerServer, f.integer);
        n(skus, p + QStringLiteral("server_cost"), s.serverCost, f.money);
        n(skus, p + QStringLiteral("network_cost_per_gpu"), s.networkCostPerGpu, f.money);
        n(skus, p + QStringLiteral("power_kw_per_gpu"), s.powerKwPerGpu, f.decimal);
        n(skus, p + QStringLiteral("idle_power_fraction"), s.idlePowerFraction, f.percent);
        n(skus, p + QStringLiteral("throughput"), s.throughput, f.decimal);
        n(skus, p + QStringLiteral("useful_life_months"), s.usefulLifeMonths, f.integer);
        n(skus, p + QStringLiteral("operating_life_months"), s.operatingLifeMonths, f.integer);
        n(skus, p + QStringLiteral("salvage_fraction"), s.salvageFraction, f.percent);
        n(skus, p + QStringLiteral("resale_fraction"), s.resaleFraction, f.percent);
        t(skus, p + QStringLiteral("depreciation"), QString::fromLatin1(toString(s.depreciation)));
        n(skus, p + QStringLiteral("annual_failure_rate"), s.annualFailureRate, f.percent);
        t(skus, p + QStringLiteral("lease_price"), curveText(s.leasePrice));
        t(skus, p + QStringLiteral("cloud_price"), curveText(s.cloudPrice));
        if (s.marketValue)
            t(skus, p + QStringLiteral("market_value"), curveText(*s.marketValue));
        if (model11 && (s.marketValue || s.marketAgeDiscountPerYear != 0.0))
            n(skus, p + QStringLiteral("market_age_discount_per_year"), s.marketAgeDiscountPerYear,
              f.percent);
        if (s.usefulLifeChange)
            t(skus, p + QStringLiteral("useful_life_change"),
              Text::tr("%1 months of book life from month %2 (%3)")
                  .arg(s.usefulLifeChange->usefulLifeMonths)
                  .arg(s.usefulLifeChange->month)
                  .arg(monthText(sc, s.usefulLifeChange->month)));
    }

    const QString buys = Text::tr("Purchases");
    for (std::size_t i = 0; i < sc.purchases.size(); ++i) {
        const PurchaseTranche &pu = sc.purchases[i];
        const QString p = QStringLiteral("purchases[%1].").arg(i);
        n(buys, p + QStringLiteral("month"), pu.month, f.integer);
        t(buys, p + QStringLiteral("sku"), QString::fromStdString(pu.sku));
        n(buys, p + QStringLiteral("gpus"), double(pu.gpus), f.integer);
        n(buys, p + QStringLiteral("install_lag_months"), pu.installLagMonths, f.integer);
        if (pu.gpuPrice)
            n(buys, p + QStringLiteral("gpu_price"), *pu.gpuPrice, f.money);
        if (!pu.label.empty())
            t(buys, p + QStringLiteral("label"), QString::fromStdString(pu.label));
    }

    const QString demand = Text::tr("Demand");
    const InternalDemand &dm = sc.internalDemand;
    if (dm.isSeries) {
        for (std::size_t i = 0; i < dm.series.size(); ++i)
            n(demand, QStringLiteral("internal_demand.series[%1]").arg(i), dm.series[i], f.integer);
    } else {
        n(demand, QStringLiteral("internal_demand.compute_hours"), dm.computeHours, f.integer);
        n(demand, QStringLiteral("internal_demand.annual_growth"), dm.annualGrowth, f.percent);
    }

    const QString lease = Text::tr("Leasing");
    t(lease, QStringLiteral("leasing.enabled"),
      sc.leasing.enabled ? QStringLiteral("true") : QStringLiteral("false"));
    n(lease, QStringLiteral("leasing.sellable_fraction"), sc.leasing.sellableFraction, f.percent);
    n(lease, QStringLiteral("leasing.sales_cost_fraction"), sc.leasing.salesCostFraction,
      f.percent);
    n(lease, QStringLiteral("leasing.contract_months"), sc.leasing.contractMonths, f.integer);
    return a;
}

void writeAssumptions(Sheet &s, const ExportData &d, const Formats &f)
{
    const Scenario &sc = d.scenario;
    const QString headers[] = {Text::tr("Section"), Text::tr("Field"), Text::tr("Value"),
                               Text::tr("Source"),  Text::tr("Date"),  Text::tr("Note")};
    for (int c = 0; c < int(std::size(headers)); ++c)
        s.text(0, c, headers[c], f.header);
    s.freeze(1, 2);
    s.width(0, 0, 14);
    s.width(1, 1, 38);
    s.width(2, 2, 24);
    s.width(3, 3, 50);
    s.width(4, 4, 12);
    s.width(5, 5, 40);
    // Provenance joined by path; entries for paths not listed above follow at the end.
    std::multimap<std::string, const Provenance *> byField;
    for (const Provenance &p : sc.provenance)
        byField.emplace(p.field, &p);
    std::map<const Provenance *, bool> used;
    int r = 1;
    auto provenanceCells = [&](int row, const Provenance &p) {
        s.text(row, 3, QString::fromStdString(p.source), f.wrap);
        s.text(row, 4, QString::fromStdString(p.date));
        s.text(row, 5, QString::fromStdString(p.note), f.wrap);
    };
    for (const Assumption &a : assumptions(sc, f)) {
        s.text(r, 0, a.section);
        s.text(r, 1, a.path);
        if (a.text.isNull())
            s.number(r, 2, a.number, a.format);
        else
            s.text(r, 2, a.text);
        const auto [first, last] = byField.equal_range(a.path.toStdString());
        bool firstEntry = true;
        for (auto it = first; it != last; ++it) {
            used[it->second] = true;
            if (!firstEntry) {
                ++r;
                s.text(r, 0, a.section);
                s.text(r, 1, a.path);
            }
            provenanceCells(r, *it->second);
            firstEntry = false;
        }
        ++r;
    }
    for (const Provenance &p : sc.provenance) {
        if (used.count(&p))
            continue;
        s.text(r, 0, Text::tr("Provenance"));
        s.text(r, 1, QString::fromStdString(p.field));
        provenanceCells(r, p);
        ++r;
    }
}

// Adds quotePrefix="1" to the cellXfs entries `indices` of a styles.xml written by
// libxlsxwriter. Debian 12's libxlsxwriter (1.1.4) has no format_set_quote_prefix(); 1.1.5
// writes the same attribute. Returns an empty array when the XML is not as expected.
QByteArray addQuotePrefix(const QByteArray &styles, const std::set<int> &indices)
{
    const qsizetype start = styles.indexOf("<cellXfs");
    const qsizetype end = styles.indexOf("</cellXfs>", start);
    if (start < 0 || end < 0)
        return {};
    QByteArray out = styles.left(start);
    QByteArray block = styles.mid(start, end - start);
    QByteArray patched;
    qsizetype pos = 0;
    int index = 0;
    for (qsizetype at = block.indexOf("<xf ", pos); at >= 0; at = block.indexOf("<xf ", pos)) {
        patched += block.mid(pos, at - pos + 4);
        if (indices.count(index))
            patched += "quotePrefix=\"1\" ";
        pos = at + 4;
        ++index;
    }
    patched += block.mid(pos);
    for (int i : indices)
        if (i >= index)
            return {};
    return out + patched + styles.mid(end);
}

// Copies the zip `from` to `to` with xl/styles.xml passed through addQuotePrefix. minizip
// (Debian libminizip-dev) is the zip library libxlsxwriter itself writes with.
bool rewriteWithQuotePrefix(const QByteArray &from, const QByteArray &to,
                            const std::set<int> &indices)
{
    unzFile in = unzOpen64(from.constData());
    if (!in)
        return false;
    zipFile out = zipOpen64(to.constData(), APPEND_STATUS_CREATE);
    if (!out) {
        unzClose(in);
        return false;
    }
    bool ok = unzGoToFirstFile(in) == UNZ_OK;
    bool patchedStyles = false;
    while (ok) {
        unz_file_info64 info{};
        char name[512];
        ok = unzGetCurrentFileInfo64(in, &info, name, sizeof name, nullptr, 0, nullptr, 0) ==
                 UNZ_OK &&
             unzOpenCurrentFile(in) == UNZ_OK;
        if (!ok)
            break;
        QByteArray content;
        char buf[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(in, buf, sizeof buf)) > 0)
            content.append(buf, n);
        ok = n == 0 && unzCloseCurrentFile(in) == UNZ_OK;
        if (ok && qstrcmp(name, "xl/styles.xml") == 0) {
            content = addQuotePrefix(content, indices);
            ok = !content.isEmpty();
            patchedStyles = true;
        }
        zip_fileinfo zi{};
        zi.tmz_date.tm_sec = info.tmu_date.tm_sec;
        zi.tmz_date.tm_min = info.tmu_date.tm_min;
        zi.tmz_date.tm_hour = info.tmu_date.tm_hour;
        zi.tmz_date.tm_mday = info.tmu_date.tm_mday;
        zi.tmz_date.tm_mon = info.tmu_date.tm_mon;
        zi.tmz_date.tm_year = info.tmu_date.tm_year;
        ok = ok &&
             zipOpenNewFileInZip64(out, name, &zi, nullptr, 0, nullptr, 0, nullptr, Z_DEFLATED,
                                   Z_DEFAULT_COMPRESSION, 0) == ZIP_OK &&
             zipWriteInFileInZip(out, content.constData(), unsigned(content.size())) == ZIP_OK &&
             zipCloseFileInZip(out) == ZIP_OK;
        if (!ok)
            break;
        const int next = unzGoToNextFile(in);
        if (next == UNZ_END_OF_LIST_OF_FILE)
            break;
        ok = next == UNZ_OK;
    }
    ok = zipClose(out, nullptr) == ZIP_OK && ok;
    unzClose(in);
    return ok && patchedStyles;
}

} // namespace

StorageStatus writeXlsx(const QString &path, const ExportData &data)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return StorageStatus::failure(StorageStatus::Code::Failed,
                                      Text::tr("Could not write %1: no temporary directory (%2)")
                                          .arg(path, tmp.errorString()));
    const QByteArray tmpFile = QFile::encodeName(tmp.filePath(QStringLiteral("export.xlsx")));
    const QByteArray tmpDir = QFile::encodeName(tmp.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // freeze panes and widths need the whole sheet
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *wb = workbook_new_opt(tmpFile.constData(), &options);
    if (!wb)
        return StorageStatus::failure(StorageStatus::Code::Failed,
                                      Text::tr("Could not write %1: out of memory").arg(path));

    Formats f;
    const QByteArray money = moneyFormat(data.scenario.currency, 0);
    const QByteArray price = moneyFormat(data.scenario.currency, 4);
    f.header = workbook_add_format(wb);
    format_set_bold(f.header);
    format_set_bg_color(f.header, 0xDDE4EE);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    format_set_text_wrap(f.header);
    format_set_align(f.header, LXW_ALIGN_VERTICAL_TOP);
    f.title = workbook_add_format(wb);
    format_set_bold(f.title);
    f.money = workbook_add_format(wb);
    format_set_num_format(f.money, money.constData());
    f.price = workbook_add_format(wb);
    format_set_num_format(f.price, price.constData());
    f.percent = workbook_add_format(wb);
    format_set_num_format(f.percent, "0.00%");
    f.integer = workbook_add_format(wb);
    format_set_num_format(f.integer, "#,##0");
    f.decimal = workbook_add_format(wb);
    format_set_num_format(f.decimal, "0.0000");
    f.month = workbook_add_format(wb);
    format_set_num_format(f.month, "yyyy-mm");
    format_set_align(f.month, LXW_ALIGN_LEFT);
    f.wrap = workbook_add_format(wb);
    format_set_text_wrap(f.wrap);
    // Quote-prefixed twins (Formats::quoted) of every format text is written with.
    lxw_format *plainQuoted = workbook_add_format(wb);
    format_set_num_format(plainQuoted, "@");
    lxw_format *titleQuoted = workbook_add_format(wb);
    format_set_bold(titleQuoted);
    format_set_num_format(titleQuoted, "@");
    lxw_format *headerQuoted = workbook_add_format(wb);
    format_set_bold(headerQuoted);
    format_set_bg_color(headerQuoted, 0xDDE4EE);
    format_set_bottom(headerQuoted, LXW_BORDER_THIN);
    format_set_text_wrap(headerQuoted);
    format_set_align(headerQuoted, LXW_ALIGN_VERTICAL_TOP);
    format_set_num_format(headerQuoted, "@");
    lxw_format *wrapQuoted = workbook_add_format(wb);
    format_set_text_wrap(wrapQuoted);
    format_set_num_format(wrapQuoted, "@");
    f.quoted = {{nullptr, plainQuoted},
                {f.title, titleQuoted},
                {f.header, headerQuoted},
                {f.wrap, wrapQuoted}};

    lxw_error error = LXW_NO_ERROR;
    lxw_worksheet *sheets[std::size(kXlsxSheets)];
    for (std::size_t i = 0; i < std::size(kXlsxSheets); ++i) {
        sheets[i] = workbook_add_worksheet(wb, kXlsxSheets[i]);
        if (!sheets[i] && error == LXW_NO_ERROR)
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    if (error == LXW_NO_ERROR) {
        Sheet summary(sheets[0], &error, &f), monthly(sheets[1], &error, &f),
            tranches(sheets[2], &error, &f), sensitivity(sheets[3], &error, &f),
            assumptionSheet(sheets[4], &error, &f);
        writeSummary(summary, data, f);
        writeMonthly(monthly, data, f);
        writeTranches(tranches, data, f);
        writeSensitivity(sensitivity, data, f);
        writeAssumptions(assumptionSheet, data, f);
    }
    // The cellXfs indices of the quoted twins (lxw_format_get_xf_index assigns one when the
    // format has none yet); read before workbook_close, which frees the formats.
    std::set<int> quotedIndices;
    for (const auto &[base, twin] : f.quoted)
        quotedIndices.insert(int(lxw_format_get_xf_index(twin)));
    const lxw_error closed = workbook_close(wb); // frees the workbook in every case
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    const QByteArray builtFile = QFile::encodeName(tmp.filePath(QStringLiteral("quoted.xlsx")));
    if (!rewriteWithQuotePrefix(tmpFile, builtFile, quotedIndices))
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: the cell styles could not be written").arg(path));
    QFile built(QFile::decodeName(builtFile));
    if (!built.open(QIODevice::ReadOnly))
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: %2").arg(path, built.errorString()));
    const QByteArray bytes = built.readAll();
    if (bytes.size() != built.size())
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: %2").arg(path, built.errorString()));
    return AtomicFileWriter::writeFile(path, bytes);
}

} // namespace exporting
} // namespace fleetroi
