// SPDX-License-Identifier: GPL-3.0-or-later
// Chart classes: each chart gets the right data from hand-built results (read back from the
// plot, never compared as pixels), number formatting, time-axis behaviour, export.
//
// Set FLEETROI_CHART_SHOTS=<dir> to also write a PNG of every chart with plausible data
// there (for looking at them; docs/screenshots/charts-*.png come from this).
#include "DriverText.h"
#include "charts/BookValueChart.h"
#include "charts/CapacityChart.h"
#include "charts/CashFlowChart.h"
#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/ComparisonChart.h"
#include "charts/FanChart.h"
#include "charts/HeatMapChart.h"
#include "charts/HistogramChart.h"
#include "charts/NpvBarsChart.h"
#include "charts/PriceCurveChart.h"
#include "charts/RevenueCostChart.h"
#include "charts/TornadoChart.h"
#include "charts/TrancheGroups.h"
#include "charts/UtilizationChart.h"

#include "Tolerance.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace fleetroi;
using namespace fleetroi::charts;

namespace {

// Money and hours: 1e-6 x max(1, |expected|) (QCOMPARE's fuzzy compare fails near zero).
constexpr fleetroi_test::Tolerance kChartTolerance = fleetroi_test::Tolerance::scaled(1e-6);

#define COMPARE_NEAR(actual, expected) FLEETROI_VERIFY_NEAR(actual, expected, kChartTolerance)

// A plausible fleet of 48 months starting 2026-01: capacity grows with a second tranche in
// month 12, demand grows faster and exceeds capacity from month 36 (shortfall), one big
// capex in month 0 and 11, steady positive flows after, payback inside the horizon.
ModelResults makeResults(int n = 48)
{
    ModelResults r;
    MonthlySeries &m = r.monthly;
    double cumulative = 0.0;
    for (int t = 0; t < n; ++t) {
        m.month.push_back(monthLabel(2026, 1, t).toStdString());
        const double capacity =
            t < 1 ? 0.0 : (t < 13 ? 700'000.0 : 1'400'000.0) * std::pow(0.99, t);
        const double demand = 300'000.0 * std::pow(1.05, t);
        const double served = std::min(demand, capacity);
        const double shortfall = demand - served;
        const double leased = (capacity - served) * 0.8;
        m.capacityHours.push_back(capacity);
        m.internalDemandHours.push_back(demand);
        m.internalServedHours.push_back(served);
        m.shortfallHours.push_back(shortfall);
        m.leasedHours.push_back(leased);
        m.utilization.push_back(capacity > 0 ? (served + leased) / capacity : 0.0);
        m.workingGpus.push_back(capacity / 700.0);
        const double leaseRevenue = leased * 2.1;
        const double internalValue = served * 2.8;
        const double electricity = capacity * 0.12;
        const double colocation = capacity > 0 ? 90'000.0 : 0.0;
        const double maintenance = capacity > 0 ? 40'000.0 : 0.0;
        const double staff = 50'000.0;
        const double sales = leaseRevenue * 0.1;
        m.leaseRevenue.push_back(leaseRevenue);
        m.internalValue.push_back(internalValue);
        m.electricityCost.push_back(electricity);
        m.colocationCost.push_back(colocation);
        m.maintenanceCost.push_back(maintenance);
        m.staffCost.push_back(staff);
        m.salesCost.push_back(sales);
        const double opex = electricity + colocation + maintenance + staff + sales;
        m.opex.push_back(opex);
        const double ebitda = leaseRevenue + internalValue - opex;
        m.ebitda.push_back(ebitda);
        const double capex = t == 0 ? 30'000'000.0 : (t == 11 ? 28'000'000.0 : 0.0);
        m.capex.push_back(capex);
        const double tax = 0.21 * (ebitda - 1'000'000.0);
        m.tax.push_back(tax);
        const double net = ebitda - capex - tax;
        m.netCashFlow.push_back(net);
        cumulative += net;
        m.cumulativeCashFlow.push_back(cumulative);
        m.bookValue.push_back(std::max(0.0, 30e6 - 30e6 * t / 60.0) +
                              (t >= 11 ? 28e6 - 28e6 * std::max(0, t - 12) / 60.0 : 0.0));
        m.taxBasis.push_back(std::max(0.0, 58e6 - 1.3e6 * t));
    }
    // Payback: the smallest t from which cumulative stays >= 0 (MODEL.md "Results").
    for (int t = n - 1; t >= 0 && m.cumulativeCashFlow[std::size_t(t)] >= 0; --t)
        r.kpis.paybackMonth = t;
    r.kpis.npv = cumulative * 0.8;
    r.kpis.averageUtilization = 0.82;
    for (int k = 0; k < 2; ++k) {
        TrancheResults tr;
        tr.purchaseIndex = k;
        tr.skuId = k == 0 ? "h100" : "b200";
        tr.label = k == 0 ? "H100 batch 1" : "";
        tr.purchaseMonth = k == 0 ? 0 : 11;
        for (int t = 0; t < n; ++t) {
            const double cost = k == 0 ? 30e6 : 28e6;
            const int start = k == 0 ? 0 : 11;
            tr.bookValue.push_back(t < start ? 0.0
                                             : std::max(0.0, cost - cost * (t - start) / 60.0));
        }
        r.tranches.push_back(tr);
    }
    return r;
}

std::vector<double> toStd(const QVector<double> &v)
{
    return std::vector<double>(v.begin(), v.end());
}

} // namespace

class TestCharts : public QObject
{
    Q_OBJECT
private slots:
    void formatAbbreviated_data();
    void formatAbbreviated();
    void formatMoney_data();
    void formatMoney();
    void formatMoneyFull_data();
    void formatMoneyFull();
    void monthLabels_data();
    void monthLabels();
    void palette();

    void capacityChart();
    void cashFlowChart();
    void cashFlowWithoutPayback();
    void revenueCostChart();
    void bookValueChart();
    void largestGroupsKeepsTheTotal();
    void bookValueChartGroupsBigFleets();
    void priceCurveChart();
    void utilizationChart();
    void tornadoChart();
    void heatMapChart();
    void histogramPercentiles_data();
    void histogramPercentiles();
    void histogramChart();
    void fanChart();
    void comparisonChart();
    void npvBarsChart();

    void npvBarLabelsKeepThreeDigits();
    void emptyState();
    void hiddenChartReplotsWhenShown();
    void currencyOnAxes();
    void timeAxisZoomIsClamped();
    void clickEmitsMonth();
    void exportFiles_data();
    void exportFiles();
    void exportRejectsUnknownType();
    void renderToPdf();

    void screenshots();
};

void TestCharts::formatAbbreviated_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("zero") << 0.0 << QStringLiteral("0");
    QTest::newRow("tiny negative") << -0.001 << QStringLiteral("0");
    QTest::newRow("price") << 2.35 << QStringLiteral("2.35");
    QTest::newRow("price keeps 3 digits") << 2.5 << QStringLiteral("2.50");
    QTest::newRow("small fraction") << 0.0123 << QStringLiteral("0.0123");
    QTest::newRow("tens with decimal") << 12.5 << QStringLiteral("12.5");
    QTest::newRow("whole below 1000") << 12.0 << QStringLiteral("12");
    QTest::newRow("hundreds") << 950.0 << QStringLiteral("950");
    QTest::newRow("hundreds with cents") << 123.456 << QStringLiteral("123.46");
    QTest::newRow("one K") << 1000.0 << QStringLiteral("1.00K");
    QTest::newRow("K three digits") << 1234.0 << QStringLiteral("1.23K");
    QTest::newRow("tens of K") << 12345.0 << QStringLiteral("12.3K");
    QTest::newRow("hundreds of K") << 123456.0 << QStringLiteral("123K");
    QTest::newRow("rounds to 100K") << 99950.0 << QStringLiteral("100K");
    QTest::newRow("promoted to M") << 999960.0 << QStringLiteral("1.00M");
    QTest::newRow("M") << 1.5e6 << QStringLiteral("1.50M");
    QTest::newRow("1.25 bn (issue 14)") << 1.25e9 << QStringLiteral("1.25B");
    QTest::newRow("1.2 bn (issue 14)") << 1.2e9 << QStringLiteral("1.20B");
    QTest::newRow("negative B") << -2.5e9 << QStringLiteral("-2.50B");
    QTest::newRow("T") << 3e12 << QStringLiteral("3.00T");
    QTest::newRow("below 1000 rounds up") << 999.9996 << QStringLiteral("1.00K");
}

void TestCharts::formatAbbreviated()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(charts::formatAbbreviated(value), expected);
}

void TestCharts::formatMoney_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("expected");
    QTest::newRow("USD B") << 1.2e9 << QStringLiteral("USD") << QStringLiteral("$1.20B");
    QTest::newRow("USD 1.25 B") << 1.25e9 << QStringLiteral("USD") << QStringLiteral("$1.25B");
    QTest::newRow("EUR B") << 1.2e9 << QStringLiteral("EUR") << QStringLiteral("EUR 1.20B");
    QTest::newRow("USD negative") << -3400.0 << QStringLiteral("USD") << QStringLiteral("-$3.40K");
    QTest::newRow("EUR negative") << -3400.0 << QStringLiteral("EUR")
                                  << QStringLiteral("-EUR 3.40K");
    QTest::newRow("zero") << 0.0 << QStringLiteral("USD") << QStringLiteral("$0");
    QTest::newRow("price") << 2.35 << QStringLiteral("USD") << QStringLiteral("$2.35");
    QTest::newRow("no currency") << 1e6 << QString() << QStringLiteral("1.00M");
}

void TestCharts::formatMoney()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(QString, expected);
    QCOMPARE(charts::formatMoney(value, currency), expected);
}

void TestCharts::formatMoneyFull_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<QString>("expected");
    QTest::newRow("USD") << 1234567.891 << QStringLiteral("USD") << 0
                         << QStringLiteral("$1,234,568");
    QTest::newRow("EUR cents negative")
        << -1234.5 << QStringLiteral("EUR") << 2 << QStringLiteral("-EUR 1,234.50");
    QTest::newRow("no -0") << -0.4 << QStringLiteral("USD") << 0 << QStringLiteral("$0");
    QTest::newRow("B") << 2.5e9 << QStringLiteral("GBP") << 0
                       << QStringLiteral("GBP 2,500,000,000");
}

void TestCharts::formatMoneyFull()
{
    QFETCH(double, value);
    QFETCH(QString, currency);
    QFETCH(int, decimals);
    QFETCH(QString, expected);
    QCOMPARE(charts::formatMoneyFull(value, currency, decimals), expected);
}

void TestCharts::monthLabels_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("t");
    QTest::addColumn<QString>("expected");
    QTest::newRow("start") << 2026 << 1 << 0 << QStringLiteral("2026-01");
    QTest::newRow("december") << 2026 << 1 << 11 << QStringLiteral("2026-12");
    QTest::newRow("next year") << 2026 << 1 << 12 << QStringLiteral("2027-01");
    QTest::newRow("mid-year start") << 2025 << 11 << 3 << QStringLiteral("2026-02");
    QTest::newRow("before start") << 2026 << 1 << -1 << QStringLiteral("2025-12");
}

void TestCharts::monthLabels()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, t);
    QFETCH(QString, expected);
    QCOMPARE(monthLabel(year, month, t), expected);
    int y = 0, m = 0;
    QVERIFY(parseMonth(expected, &y, &m));
    QCOMPARE(monthLabel(y, m, 0), expected);
    QVERIFY(!parseMonth(QStringLiteral("2026-13"), &y, &m));
    QVERIFY(!parseMonth(QStringLiteral("26-01"), &y, &m));
}

void TestCharts::palette()
{
    // Distinct colours for the series that sit next to each other.
    QVERIFY(ChartPalette::color(SeriesKind::InternalServed) !=
            ChartPalette::color(SeriesKind::Leased));
    QVERIFY(ChartPalette::color(SeriesKind::CashIn) != ChartPalette::color(SeriesKind::CashOut));
    QCOMPARE(ChartPalette::categorical(10), ChartPalette::categorical(0));
    QVERIFY(ChartPalette::categorical(1) != ChartPalette::categorical(0));
}

void TestCharts::capacityChart()
{
    const ModelResults r = makeResults();
    const MonthlySeries &m = r.monthly;
    CapacityChart chart;
    chart.setResults(r);
    QVERIFY(!chart.isEmpty());
    QCOMPARE(chart.monthCount(), 48);
    QCOMPARE(chart.monthLabelAt(13), QStringLiteral("2027-02"));
    for (const char *id : {"served", "leased", "shortfall", "capacity", "demand"})
        QVERIFY2(chart.seriesIds().contains(QLatin1String(id)), id);
    QCOMPARE(chart.seriesKeys(QStringLiteral("capacity")).size(), 48);
    QCOMPARE(chart.seriesKeys(QStringLiteral("capacity")).back(), 47.0);
    const auto served = chart.seriesValues(QStringLiteral("served"));
    const auto leased = chart.seriesValues(QStringLiteral("leased"));
    const auto shortfall = chart.seriesValues(QStringLiteral("shortfall"));
    const auto capacity = chart.seriesValues(QStringLiteral("capacity"));
    const auto demand = chart.seriesValues(QStringLiteral("demand"));
    bool sawShortfall = false;
    for (int t = 0; t < 48; ++t) {
        const auto i = std::size_t(t);
        COMPARE_NEAR(served[t], m.internalServedHours[i]);
        // Stacked: the leased area's top is served + leased.
        COMPARE_NEAR(leased[t], m.internalServedHours[i] + m.leasedHours[i]);
        COMPARE_NEAR(shortfall[t], m.internalServedHours[i] + m.shortfallHours[i]);
        COMPARE_NEAR(capacity[t], m.capacityHours[i]);
        COMPARE_NEAR(demand[t], m.internalDemandHours[i]);
        // Used hours never exceed capacity.
        QVERIFY(leased[t] <= capacity[t] + 1e-6);
        sawShortfall = sawShortfall || m.shortfallHours[i] > 0;
    }
    QVERIFY(sawShortfall); // the data exercises the shortfall band
    const QString hover = chart.hoverText(5);
    QVERIFY2(hover.startsWith(QStringLiteral("2026-06")), qPrintable(hover));
    QVERIFY2(hover.contains(QStringLiteral("Capacity: ") + formatNumber(m.capacityHours[5]) +
                            QStringLiteral(" h")),
             qPrintable(hover));
    QVERIFY(chart.hoverText(48).isEmpty());
}

void TestCharts::cashFlowChart()
{
    const ModelResults r = makeResults();
    const MonthlySeries &m = r.monthly;
    QVERIFY(r.kpis.paybackMonth.has_value());
    CashFlowChart chart;
    chart.setResults(r);
    const auto inKeys = chart.seriesKeys(QStringLiteral("inflow"));
    const auto inValues = chart.seriesValues(QStringLiteral("inflow"));
    const auto outKeys = chart.seriesKeys(QStringLiteral("outflow"));
    const auto outValues = chart.seriesValues(QStringLiteral("outflow"));
    QCOMPARE(inKeys.size() + outKeys.size(), 48);
    for (int i = 0; i < inKeys.size(); ++i) {
        QVERIFY(inValues[i] >= 0);
        COMPARE_NEAR(inValues[i], m.netCashFlow[std::size_t(inKeys[i])]);
    }
    for (int i = 0; i < outKeys.size(); ++i) {
        QVERIFY(outValues[i] < 0);
        COMPARE_NEAR(outValues[i], m.netCashFlow[std::size_t(outKeys[i])]);
    }
    QVERIFY(outKeys.contains(0.0) && outKeys.contains(11.0)); // the two capex months
    const auto cumulative = chart.seriesValues(QStringLiteral("cumulative"));
    QCOMPARE(toStd(cumulative), m.cumulativeCashFlow);
    COMPARE_NEAR(chart.markerKey(QStringLiteral("payback")), double(*r.kpis.paybackMonth));
    QCOMPARE(chart.markerText(QStringLiteral("payback")),
             QStringLiteral("Payback ") + monthLabel(2026, 1, *r.kpis.paybackMonth));
    QVERIFY(std::isnan(chart.markerKey(QStringLiteral("discounted_payback"))));
    QVERIFY(chart.hoverText(0).contains(QStringLiteral("Capex: $30,000,000")));
}

void TestCharts::cashFlowWithoutPayback()
{
    ModelResults r = makeResults();
    r.kpis.paybackMonth.reset();
    r.kpis.discountedPaybackMonth = 40;
    CashFlowChart chart;
    chart.setResults(r);
    QVERIFY(std::isnan(chart.markerKey(QStringLiteral("payback"))));
    QVERIFY(!chart.markerText(QStringLiteral("no_payback")).isEmpty());
    COMPARE_NEAR(chart.markerKey(QStringLiteral("discounted_payback")), 40.0);
    // A second update replaces the markers rather than adding to them.
    r.kpis.paybackMonth = 30;
    chart.setResults(r);
    QVERIFY(chart.markerText(QStringLiteral("no_payback")).isEmpty());
    COMPARE_NEAR(chart.markerKey(QStringLiteral("payback")), 30.0);
}

void TestCharts::revenueCostChart()
{
    const ModelResults r = makeResults();
    const MonthlySeries &m = r.monthly;
    RevenueCostChart chart;
    chart.setResults(r);
    QCOMPARE(chart.seriesCount(), 8);
    const auto lease = chart.seriesValues(QStringLiteral("lease_revenue"));
    const auto electricity = chart.seriesValues(QStringLiteral("electricity"));
    const auto sales = chart.seriesValues(QStringLiteral("sales"));
    const auto ebitda = chart.seriesValues(QStringLiteral("ebitda"));
    for (int t = 0; t < 48; ++t) {
        const auto i = std::size_t(t);
        COMPARE_NEAR(lease[t], m.leaseRevenue[i]);
        COMPARE_NEAR(electricity[t], -m.electricityCost[i]); // costs below zero
        COMPARE_NEAR(sales[t], -m.salesCost[i]);
        // The stacked bars add up to EBITDA.
        double sum = 0.0;
        for (const QString &id : chart.seriesIds())
            if (id != QLatin1String("ebitda"))
                sum += chart.seriesValues(id)[t];
        COMPARE_NEAR(sum, ebitda[t]);
        COMPARE_NEAR(ebitda[t], m.ebitda[i]);
    }
}

void TestCharts::bookValueChart()
{
    // Per-tranche arrays (as the report computes them) are grouped by SKU here: h100 (capex
    // 30 M) first, b200 (28 M) on top of it.
    ModelResults r = makeResults();
    r.tranches[0].capex = 30e6;
    r.tranches[1].capex = 28e6;
    BookValueChart chart;
    chart.setResults(r);
    QCOMPARE(chart.seriesIds(), QStringList({QStringLiteral("group0"), QStringLiteral("group1"),
                                             QStringLiteral("tax_basis")}));
    QCOMPARE(chart.seriesName(QStringLiteral("group0")), QStringLiteral("h100"));
    QCOMPARE(chart.seriesName(QStringLiteral("group1")), QStringLiteral("b200"));
    const auto first = chart.seriesValues(QStringLiteral("group0"));
    const auto top = chart.seriesValues(QStringLiteral("group1"));
    for (int t = 0; t < 48; ++t) {
        const auto i = std::size_t(t);
        COMPARE_NEAR(first[t], r.tranches[0].bookValue[i]);
        COMPARE_NEAR(top[t], r.tranches[0].bookValue[i] + r.tranches[1].bookValue[i]);
    }
    QCOMPARE(toStd(chart.seriesValues(QStringLiteral("tax_basis"))), r.monthly.taxBasis);

    r.tranches.clear(); // not asked for: the fleet total as one area
    chart.setResults(r);
    QCOMPARE(chart.seriesIds(),
             QStringList({QStringLiteral("book_value"), QStringLiteral("tax_basis")}));
    QCOMPARE(toStd(chart.seriesValues(QStringLiteral("book_value"))), r.monthly.bookValue);
}

namespace {

// 14 groups over 3 months: group g has capex 100 x (g + 1) (so groups 13 .. 5 are the
// nine largest) and book value (g + 1) x (1, 2, 3) in months 0, 1, 2.
TrancheGroupSeries fourteenGroups()
{
    TrancheGroupSeries g;
    g.by = TrancheGroupBy::PurchaseYear;
    for (int k = 0; k < 14; ++k) {
        g.names.push_back(std::to_string(2026 + k));
        g.trancheCount.push_back(k + 1);
        g.capex.push_back(100.0 * (k + 1));
        g.bookValue.push_back({1.0 * (k + 1), 2.0 * (k + 1), 3.0 * (k + 1)});
    }
    return g;
}

} // namespace

void TestCharts::largestGroupsKeepsTheTotal()
{
    const TrancheGroupSeries series = fourteenGroups();
    const std::vector<ChartGroup> groups = largestGroups(series, 10);
    // Nine groups of their own, largest capex first (2039 = group 13 ... 2031 = group 5),
    // then "other" = groups 0 .. 4: (1 + 2 + 3 + 4 + 5) = 15 x (1, 2, 3), 15 tranches,
    // capex 100 x 15 = 1500.
    QCOMPARE(groups.size(), std::size_t(10));
    for (int i = 0; i < 9; ++i) {
        QCOMPARE(groups[std::size_t(i)].name, std::to_string(2039 - i));
        QVERIFY(!groups[std::size_t(i)].other);
        COMPARE_NEAR(groups[std::size_t(i)].values[1], 2.0 * (14 - i));
    }
    const ChartGroup &other = groups.back();
    QVERIFY(other.other);
    QCOMPARE(other.groups, 5);
    QCOMPARE(other.tranches, 15);
    COMPARE_NEAR(other.capex, 1500.0);
    COMPARE_NEAR(other.values[0], 15.0);
    COMPARE_NEAR(other.values[1], 30.0);
    COMPARE_NEAR(other.values[2], 45.0);
    // Every month: the groups add up to the total 1 + ... + 14 = 105 times (1, 2, 3).
    for (std::size_t t = 0; t < 3; ++t) {
        double sum = 0.0;
        for (const ChartGroup &g : groups)
            sum += g.values[t];
        COMPARE_NEAR(sum, 105.0 * double(t + 1));
    }
    // Few groups: all of their own, no "other".
    TrancheGroupSeries three = series;
    three.names.resize(3);
    three.capex.resize(3);
    three.trancheCount.resize(3);
    three.bookValue.resize(3);
    const auto few = largestGroups(three, 10);
    QCOMPARE(few.size(), std::size_t(3));
    QVERIFY(!few.back().other);
    QCOMPARE(few.front().name, std::string("2028"));
}

void TestCharts::bookValueChartGroupsBigFleets()
{
    // The chart with groups from the engine: nine areas, "Other" and the tax basis; the
    // stacked top equals the sum of all 14 groups, and the legend stays short.
    ModelResults r;
    r.monthly.month = {"2026-01", "2026-02", "2026-03"};
    r.monthly.bookValue = {105.0, 210.0, 315.0};
    r.monthly.taxBasis = {100.0, 200.0, 300.0};
    TrancheGroupSeries bySku = fourteenGroups();
    bySku.by = TrancheGroupBy::Sku;
    r.groups = {bySku, fourteenGroups()};
    BookValueChart chart;
    chart.resize(900, 500);
    chart.setGrouping(TrancheGroupBy::PurchaseYear);
    chart.setResults(r);
    QCOMPARE(chart.seriesCount(), 11);
    QCOMPARE(chart.seriesName(QStringLiteral("group0")), QStringLiteral("Bought 2039"));
    QCOMPARE(chart.seriesName(QStringLiteral("other")), QStringLiteral("Other (15 tranches)"));
    QVERIFY(chart.legendItemCount() <= 12);
    QCOMPARE(chart.legendItemCount(), 11);
    const auto top = chart.seriesValues(QStringLiteral("other"));
    for (int t = 0; t < 3; ++t)
        COMPARE_NEAR(top[t], r.monthly.bookValue[std::size_t(t)]);
    // The group just below "other" is the running sum of the nine largest: 105 - 15 = 90.
    COMPARE_NEAR(chart.seriesValues(QStringLiteral("group8"))[0], 90.0);

    // Another grouping of the same results: names follow it.
    chart.setGrouping(TrancheGroupBy::Sku);
    chart.setResults(r);
    QCOMPARE(chart.seriesName(QStringLiteral("group0")), QStringLiteral("2039"));
    QVERIFY(chart.legendItemCount() <= 12);
}

void TestCharts::priceCurveChart()
{
    Scenario s;
    s.currency = "EUR";
    s.startYear = 2025;
    s.startMonth = 10;
    s.horizonMonths = 36;
    Sku h100;
    h100.id = "h100";
    h100.name = "H100 SXM";
    h100.leasePrice.points = {{0, 1.70}, {5, 2.35}, {24, 1.60}};
    h100.leasePrice.kind = PriceCurve::Kind::Points;
    h100.cloudPrice.start = 3.0;
    h100.cloudPrice.annualChange = -0.2;
    Sku b200 = h100;
    b200.id = "b200";
    b200.name = "B200";
    b200.leasePrice = PriceCurve{PriceCurve::Kind::Growth, 4.5, -0.25, {}};
    s.skus = {h100, b200};

    PriceCurveChart chart;
    chart.setScenario(s);
    QCOMPARE(chart.currency(), QStringLiteral("EUR"));
    QCOMPARE(chart.seriesCount(), 4);
    QCOMPARE(chart.monthLabelAt(0), QStringLiteral("2025-10"));
    const auto lease = chart.seriesValues(QStringLiteral("lease:h100"));
    const auto cloud = chart.seriesValues(QStringLiteral("cloud:b200"));
    QCOMPARE(lease.size(), 36);
    for (int t = 0; t < 36; ++t) {
        COMPARE_NEAR(lease[t], h100.leasePrice.at(t));
        COMPARE_NEAR(cloud[t], b200.cloudPrice.at(t));
    }
    COMPARE_NEAR(lease[5], 2.35);
    QVERIFY(chart.hoverText(5).contains(QStringLiteral("H100 SXM lease: EUR 2.35/h")));

    PriceCurveChart preview;
    preview.setCompact(true);
    preview.setCurve(h100.leasePrice, 24);
    QCOMPARE(preview.seriesIds(), QStringList{QStringLiteral("curve")});
    QCOMPARE(preview.seriesValues(QStringLiteral("curve")).size(), 24);
    COMPARE_NEAR(preview.seriesValues(QStringLiteral("curve"))[23], h100.leasePrice.at(23));
}

void TestCharts::utilizationChart()
{
    const ModelResults r = makeResults();
    UtilizationChart chart;
    chart.setResults(r);
    const auto values = chart.seriesValues(QStringLiteral("utilization"));
    QCOMPARE(values.size(), 48);
    for (int t = 0; t < 48; ++t) {
        COMPARE_NEAR(values[t], r.monthly.utilization[std::size_t(t)] * 100.0);
        QVERIFY(values[t] >= 0 && values[t] <= 100.0 + 1e-9);
    }
    const auto average = chart.seriesValues(QStringLiteral("average"));
    QCOMPARE(average.size(), 2);
    COMPARE_NEAR(average[0], 82.0);
    QCOMPARE(chart.axisTickLabel(ChartView::Axis::Y, 50), QStringLiteral("50%"));
    QVERIFY(chart.hoverText(3).contains(QStringLiteral("Utilization: ")));
}

void TestCharts::tornadoChart()
{
    const std::vector<SensitivityRow> rows = {
        {"lease_price", -4e6, 16e6},
        {"gpu_price", 12e6, 1e6},
        {"electricity_price", 7.5e6, 4.5e6},
    };
    TornadoChart chart;
    chart.setSensitivity(rows, 6e6);
    QCOMPARE(chart.rowLabels(),
             QStringList({QStringLiteral("Lease prices"), QStringLiteral("GPU prices"),
                          QStringLiteral("Electricity price")}));
    // Keys ascend from the bottom row: the first (largest) row is at key 2, the top.
    QCOMPARE(chart.seriesKeys(QStringLiteral("low")), QVector<double>({0, 1, 2}));
    // Bars start at the base NPV: their values are the change from it.
    QCOMPARE(chart.seriesValues(QStringLiteral("low")), QVector<double>({1.5e6, 6e6, -10e6}));
    QCOMPARE(chart.seriesValues(QStringLiteral("high")), QVector<double>({-1.5e6, -5e6, 10e6}));
    COMPARE_NEAR(chart.markerKey(QStringLiteral("base")), 6e6);
    QCOMPARE(chart.markerText(QStringLiteral("base")), QStringLiteral("Base NPV $6.00M"));
    QCOMPARE(chart.seriesName(QStringLiteral("low")), QStringLiteral("Driver -20%"));
    // Hover over the top row (value axis = rows).
    const QString hover = chart.hoverText(0.0, 2.0);
    QVERIFY2(hover.startsWith(QStringLiteral("Lease prices")), qPrintable(hover));
    QVERIFY(hover.contains(QStringLiteral("Swing: $20,000,000")));
    // A name outside the driver catalog is shown as written.
    QCOMPARE(driverLabel("some_new_driver"), QStringLiteral("some_new_driver"));
}

void TestCharts::heatMapChart()
{
    HeatMapChart chart;
    chart.setGrid({0.8, 1.0, 1.2}, {0.9, 1.1},
                  {{-3e6, 1e6, 5e6},   // demand factor 0.9
                   {-1e6, 2e6, 8e6}}); // demand factor 1.1
    QCOMPARE(chart.seriesValues(QStringLiteral("npv")),
             QVector<double>({-3e6, 1e6, 5e6, -1e6, 2e6, 8e6}));
    // Diverging around zero: the scale is symmetric on the largest magnitude.
    QCOMPARE(chart.colorRange(), qMakePair(-8e6, 8e6));
    QCOMPARE(chart.cellLabels().size(), 6);
    QCOMPARE(chart.cellLabels().front(), QStringLiteral("-$3.00M"));
    const QString hover = chart.hoverText(2.0, 1.0);
    QVERIFY2(hover.contains(QStringLiteral("1.20x")) && hover.contains(QStringLiteral("1.10x")) &&
                 hover.contains(QStringLiteral("$8,000,000")),
             qPrintable(hover));
    // Too many cells to label: values only in the colours and the hover.
    std::vector<double> f(15);
    for (int i = 0; i < 15; ++i)
        f[std::size_t(i)] = 0.5 + 0.05 * i;
    chart.setGrid(f, f, std::vector<std::vector<double>>(15, std::vector<double>(15, 1.0)));
    QVERIFY(chart.cellLabels().isEmpty());
    QCOMPARE(chart.seriesValues(QStringLiteral("npv")).size(), 225);
}

void TestCharts::histogramPercentiles_data()
{
    QTest::addColumn<double>("share");
    QTest::addColumn<double>("expected");
    // Four bins of width 10 from 0, counts 10, 20, 30, 40 (total 100).
    QTest::newRow("P10 at the end of bin 0") << 0.1 << 10.0;
    QTest::newRow("P20 in bin 1") << 0.2 << 15.0;
    QTest::newRow("P50 in bin 2") << 0.5 << 26.666666666666668;
    QTest::newRow("P90 in bin 3") << 0.9 << 37.5;
    QTest::newRow("P0") << 0.0 << 0.0;
}

void TestCharts::histogramPercentiles()
{
    QFETCH(double, share);
    QFETCH(double, expected);
    const double p =
        HistogramChart::percentileFromHistogram({0, 10, 20, 30, 40}, {10, 20, 30, 40}, share);
    COMPARE_NEAR(p, expected);
}

void TestCharts::histogramChart()
{
    HistogramChart chart;
    chart.setHistogram({-20e6, -10e6, 0, 10e6, 20e6}, {10, 20, 30, 40});
    QCOMPARE(chart.seriesKeys(QStringLiteral("histogram")),
             QVector<double>({-15e6, -5e6, 5e6, 15e6}));
    QCOMPARE(chart.seriesValues(QStringLiteral("histogram")), QVector<double>({10, 20, 30, 40}));
    COMPARE_NEAR(chart.markerKey(QStringLiteral("p10")), -10e6);
    COMPARE_NEAR(chart.markerKey(QStringLiteral("p90")), 17.5e6);
    COMPARE_NEAR(chart.markerKey(QStringLiteral("zero")), 0.0);
    QCOMPARE(chart.markerText(QStringLiteral("p90")), QStringLiteral("P90 $17.5M"));
    chart.setPercentiles(-9e6, 6e6, 17e6); // the engine's exact percentiles win
    COMPARE_NEAR(chart.markerKey(QStringLiteral("p50")), 6e6);
    QCOMPARE(chart.markerText(QStringLiteral("p10")), QStringLiteral("P10 -$9.00M"));
    QVERIFY(chart.hoverText(-12e6).contains(QStringLiteral("10 paths (10.0%)")));
    chart.setHistogram({0, 1}, {1, 2}); // edges do not match the counts
    QVERIFY(chart.isEmpty());
}

void TestCharts::fanChart()
{
    const ModelResults r = makeResults(24);
    std::vector<double> p10, p50, p90;
    for (double v : r.monthly.cumulativeCashFlow) {
        p10.push_back(v - 5e6);
        p50.push_back(v);
        p90.push_back(v + 4e6);
    }
    FanChart chart;
    chart.setFan(r.monthly.month, p10, p50, p90);
    QCOMPARE(toStd(chart.seriesValues(QStringLiteral("p10"))), p10);
    QCOMPARE(toStd(chart.seriesValues(QStringLiteral("p50"))), p50);
    QCOMPARE(toStd(chart.seriesValues(QStringLiteral("p90"))), p90);
    QCOMPARE(chart.monthCount(), 24);
}

void TestCharts::comparisonChart()
{
    ModelResults a = makeResults(24);
    ModelResults b = makeResults(12);
    // b starts three months later: it must line up by calendar month.
    for (int t = 0; t < 12; ++t)
        b.monthly.month[std::size_t(t)] = monthLabel(2026, 4, t).toStdString();
    ComparisonChart chart;
    chart.setSeries(
        {{QStringLiteral("Base"), a.monthly}, {QStringLiteral("Late start"), b.monthly}});
    QCOMPARE(chart.seriesIds(),
             QStringList({QStringLiteral("scenario0"), QStringLiteral("scenario1")}));
    QCOMPARE(chart.seriesName(QStringLiteral("scenario1")), QStringLiteral("Late start"));
    QCOMPARE(chart.monthCount(), 24);
    QCOMPARE(chart.seriesKeys(QStringLiteral("scenario1")).front(), 3.0);
    QCOMPARE(chart.seriesKeys(QStringLiteral("scenario1")).back(), 14.0);
    QCOMPARE(toStd(chart.seriesValues(QStringLiteral("scenario1"))), b.monthly.cumulativeCashFlow);
    QVERIFY(chart.hoverText(1).contains(QStringLiteral("Late start: –"))); // not started yet
}

void TestCharts::npvBarsChart()
{
    NpvBarsChart chart;
    chart.setNpvs({{QStringLiteral("Base"), 12e6},
                   {QStringLiteral("Bear"), -3e6},
                   {QStringLiteral("Bull"), 25e6}});
    QCOMPARE(chart.seriesKeys(QStringLiteral("positive")), QVector<double>({0, 2}));
    QCOMPARE(chart.seriesValues(QStringLiteral("positive")), QVector<double>({12e6, 25e6}));
    QCOMPARE(chart.seriesKeys(QStringLiteral("negative")), QVector<double>({1}));
    QCOMPARE(chart.markerText(QStringLiteral("value1")), QStringLiteral("-$3.00M"));
    QVERIFY(chart.hoverText(2.0).contains(QStringLiteral("Bull")));
}

namespace {

// Significant digits of the number in a chart label ("$1.25B" -> 3, "-EUR 500K" -> 3,
// "12" -> 2): digits after the first non-zero one.
int labelDigits(const QString &label)
{
    int count = 0;
    bool leading = true;
    for (const QChar c : label) {
        if (!c.isDigit())
            continue;
        if (leading && c == QLatin1Char('0'))
            continue;
        leading = false;
        ++count;
    }
    return count;
}

} // namespace

void TestCharts::npvBarLabelsKeepThreeDigits()
{
    // Issue 14: 1.25 bn read "$1.3B" and 1.2 bn "$1B"; bars this close must stay apart.
    NpvBarsChart chart;
    chart.resize(640, 360);
    chart.setNpvs({{QStringLiteral("A"), 1.2e9},
                   {QStringLiteral("B"), 1.25e9},
                   {QStringLiteral("C"), 1.234e9},
                   {QStringLiteral("D"), -0.95e9}});
    QCOMPARE(chart.markerText(QStringLiteral("value0")), QStringLiteral("$1.20B"));
    QCOMPARE(chart.markerText(QStringLiteral("value1")), QStringLiteral("$1.25B"));
    QCOMPARE(chart.markerText(QStringLiteral("value2")), QStringLiteral("$1.23B"));
    QCOMPARE(chart.markerText(QStringLiteral("value3")), QStringLiteral("-$950M"));
    // Every tick label the value axis draws: three significant digits (or exactly zero) and
    // no two alike.
    const QStringList ticks = chart.axisTickLabels(ChartView::Axis::Y);
    QVERIFY2(ticks.size() >= 3, qPrintable(ticks.join(QLatin1Char(' '))));
    for (const QString &label : ticks) {
        if (label == QLatin1String("$0"))
            continue;
        QVERIFY2(labelDigits(label) >= 3, qPrintable(label));
    }
    QCOMPARE(QSet<QString>(ticks.begin(), ticks.end()).size(), ticks.size());

    // A zoomed cash-flow axis between 1.20 and 1.26 bn: ticks 10 M apart must read apart.
    CashFlowChart cash;
    cash.resize(640, 360);
    ModelResults r = makeResults(24);
    for (std::size_t t = 0; t < r.monthly.cumulativeCashFlow.size(); ++t)
        r.monthly.cumulativeCashFlow[t] = 1.2e9 + 0.06e9 * double(t) / 23.0;
    cash.setResults(r);
    const QStringList y2 = cash.axisTickLabels(ChartView::Axis::Y2);
    QVERIFY2(y2.size() >= 3, qPrintable(y2.join(QLatin1Char(' '))));
    for (const QString &label : y2)
        QVERIFY2(label == QLatin1String("$0") || labelDigits(label) >= 3, qPrintable(label));
    QCOMPARE(QSet<QString>(y2.begin(), y2.end()).size(), y2.size());
}

// A chart updated while hidden draws nothing until it is shown (at 10,000 tranches an edit
// redrew six charts of which two were on the screen); shown, it draws the new data.
void TestCharts::hiddenChartReplotsWhenShown()
{
    const ModelResults r = makeResults();
    const auto plotOf = [](QWidget *chart) -> QWidget * {
        for (QWidget *w : chart->findChildren<QWidget *>())
            if (QByteArray(w->metaObject()->className()) == "QCustomPlot")
                return w;
        return nullptr;
    };
    CashFlowChart hidden;
    hidden.resize(800, 500);
    QCoreApplication::processEvents(); // QCustomPlot's constructor queues a first replot
    QVERIFY(plotOf(&hidden));
    QSignalSpy replots(plotOf(&hidden), SIGNAL(afterReplot()));
    hidden.setResults(r);
    QTest::qWait(50); // a queued replot would have run by now
    QCOMPARE(replots.count(), 0);
    hidden.show();
    QVERIFY(QTest::qWaitForWindowExposed(&hidden));
    QTRY_VERIFY(replots.count() >= 1);

    // The same pixels as a chart that was shown while it was updated.
    CashFlowChart shown;
    shown.resize(800, 500);
    shown.show();
    QVERIFY(QTest::qWaitForWindowExposed(&shown));
    QSignalSpy shownReplots(plotOf(&shown), SIGNAL(afterReplot()));
    shown.setResults(r);
    QTRY_VERIFY(shownReplots.count() >= 1);
    QCOMPARE(hidden.grab().toImage(), shown.grab().toImage());
}

void TestCharts::emptyState()
{
    const ModelResults empty;
    CapacityChart capacity;
    QVERIFY(capacity.isEmpty()); // before any data
    capacity.setResults(makeResults(12));
    QVERIFY(!capacity.isEmpty());
    capacity.setResults(empty);
    QVERIFY(capacity.isEmpty());
    QCOMPARE(capacity.seriesCount(), 0);
    QVERIFY(capacity.hoverText(0).isEmpty());

    CashFlowChart cash;
    cash.setResults(empty);
    QVERIFY(cash.isEmpty());
    TornadoChart tornado;
    tornado.setSensitivity({}, 0.0);
    QVERIFY(tornado.isEmpty());
    HeatMapChart heat;
    heat.setGrid({}, {}, {});
    QVERIFY(heat.isEmpty());
    ComparisonChart comparison;
    comparison.setSeries({});
    QVERIFY(comparison.isEmpty());
    NpvBarsChart bars;
    bars.setNpvs({});
    QVERIFY(bars.isEmpty());
    BookValueChart book;
    book.setResults(makeResults(6));
    book.clear();
    QVERIFY(book.isEmpty());
    QCOMPARE(book.seriesCount(), 0);
}

void TestCharts::currencyOnAxes()
{
    CashFlowChart chart;
    chart.setResults(makeResults(12));
    QCOMPARE(chart.axisTickLabel(ChartView::Axis::Y, 1.2e9), QStringLiteral("$1.20B"));
    QCOMPARE(chart.axisTickLabel(ChartView::Axis::Y, 1.25e9), QStringLiteral("$1.25B"));
    chart.setCurrency(QStringLiteral("EUR"));
    QCOMPARE(chart.axisTickLabel(ChartView::Axis::Y, 1.2e9), QStringLiteral("EUR 1.20B"));
    QCOMPARE(chart.axisTickLabel(ChartView::Axis::Y2, -5e5), QStringLiteral("-EUR 500K"));
    QCOMPARE(chart.axisTickLabel(ChartView::Axis::X, 12), QStringLiteral("2027-01"));
    QVERIFY(chart.hoverText(0).contains(QStringLiteral("Capex: EUR 30,000,000")));
}

void TestCharts::timeAxisZoomIsClamped()
{
    CashFlowChart chart;
    chart.setResults(makeResults(24));
    auto range = chart.visibleKeyRange();
    COMPARE_NEAR(range.first, -0.5);
    COMPARE_NEAR(range.second, 23.5);
    chart.setVisibleKeyRange(-10, 100); // beyond the horizon: clamped
    range = chart.visibleKeyRange();
    COMPARE_NEAR(range.first, -0.5);
    COMPARE_NEAR(range.second, 23.5);
    chart.setVisibleKeyRange(20, 30); // panned past the end: shifted back
    range = chart.visibleKeyRange();
    COMPARE_NEAR(range.second, 23.5);
    COMPARE_NEAR(range.first, 13.5);
    chart.setVisibleKeyRange(5, 5.5); // zoomed below three months
    range = chart.visibleKeyRange();
    COMPARE_NEAR(range.second - range.first, 3.0);
}

void TestCharts::clickEmitsMonth()
{
    CapacityChart chart;
    chart.resize(800, 400);
    chart.setResults(makeResults(24));
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    QSignalSpy spy(&chart, &ChartView::monthClicked);
    auto *plotWidget = chart.findChild<QWidget *>(QStringLiteral("chartPlot"));
    QVERIFY(plotWidget);
    const QPoint pos = chart.widgetPosition(7, 100'000).toPoint();
    QTest::mouseClick(plotWidget, Qt::LeftButton, {}, plotWidget->mapFrom(&chart, pos));
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.front().front().toInt(), 7);
}

void TestCharts::exportFiles_data()
{
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("png") << QStringLiteral("png") << QByteArray("\x89PNG");
    QTest::newRow("svg") << QStringLiteral("svg") << QByteArray("<?xml");
    QTest::newRow("pdf") << QStringLiteral("pdf") << QByteArray("%PDF");
}

void TestCharts::exportFiles()
{
    QFETCH(QString, suffix);
    QFETCH(QByteArray, magic);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    CashFlowChart chart;
    chart.setTitle(QStringLiteral("Cash flow"));
    chart.setResults(makeResults());
    const QString path = dir.filePath(QStringLiteral("chart.") + suffix);
    QVERIFY2(chart.exportTo(path, QSize(800, 450)), qPrintable(chart.lastError()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 1000);
    QVERIFY2(bytes.startsWith(magic), bytes.left(16).constData());
    if (suffix == QLatin1String("png")) {
        const QImage image(path);
        QCOMPARE(image.size(), QSize(1600, 900)); // twice the pixel density
    } else if (suffix == QLatin1String("svg")) {
        QVERIFY(bytes.contains("<svg"));
        QVERIFY(bytes.contains("Payback")); // text stays text (vector)
    }
}

void TestCharts::exportRejectsUnknownType()
{
    CashFlowChart chart;
    chart.setResults(makeResults(12));
    QTemporaryDir dir;
    QVERIFY(!chart.exportTo(dir.filePath(QStringLiteral("chart.bmpx"))));
    QVERIFY(chart.lastError().contains(QStringLiteral("bmpx")));
    QVERIFY(!chart.exportTo(QStringLiteral("/nonexistent-dir/chart.png")));
    QVERIFY(!chart.lastError().isEmpty());
}

void TestCharts::renderToPdf()
{
    // The report draws charts on a high-resolution QPdfWriter: vector, fonts at their size.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.pdf"));
    CapacityChart chart;
    chart.setResults(makeResults());
    {
        QPdfWriter writer(path);
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        QPainter painter(&writer);
        const QRectF target(0, 0, writer.width(), writer.width() * 0.55);
        chart.renderTo(&painter, target);
    }
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(bytes.size() > 2000);

    // On an image the chart actually draws something inside the target.
    QImage image(600, 400, QImage::Format_ARGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        chart.renderTo(&painter, QRectF(50, 50, 500, 300));
    }
    int nonWhite = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixel(x, y) != qRgb(255, 255, 255)) {
                ++nonWhite;
                QVERIFY2(x >= 49 && x <= 551 && y >= 49 && y <= 351, "drawn outside the target");
            }
    QVERIFY(nonWhite > 5000);
}

void TestCharts::screenshots()
{
    const QString dirPath = qEnvironmentVariable("FLEETROI_CHART_SHOTS");
    if (dirPath.isEmpty())
        QSKIP("Set FLEETROI_CHART_SHOTS=<dir> to write a PNG of every chart");
    QDir().mkpath(dirPath);
    const ModelResults r = makeResults(60);
    auto shoot = [&](ChartView &chart, const QString &name, QSize size = QSize(900, 460)) {
        chart.resize(size);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        QCoreApplication::processEvents(); // the queued replot
        QVERIFY(
            chart.grab().save(QDir(dirPath).filePath(QStringLiteral("charts-%1.png").arg(name))));
        QVERIFY(chart.exportTo(QDir(dirPath).filePath(QStringLiteral("export-%1.pdf").arg(name))));
        chart.hide();
    };
    CapacityChart capacity;
    capacity.setResults(r);
    shoot(capacity, QStringLiteral("capacity"));
    CashFlowChart cash;
    ModelResults withDiscounted = r;
    withDiscounted.kpis.discountedPaybackMonth = *r.kpis.paybackMonth + 9;
    cash.setResults(withDiscounted);
    shoot(cash, QStringLiteral("cashflow"));
    RevenueCostChart revenue;
    revenue.setResults(r);
    shoot(revenue, QStringLiteral("revenue-cost"));
    BookValueChart book;
    book.setResults(r);
    shoot(book, QStringLiteral("book-value"));
    UtilizationChart utilization;
    utilization.setResults(r);
    shoot(utilization, QStringLiteral("utilization"));

    Scenario s;
    s.horizonMonths = 60;
    Sku h100;
    h100.id = "h100";
    h100.name = "H100";
    h100.leasePrice.kind = PriceCurve::Kind::Points;
    h100.leasePrice.points = {{0, 1.70}, {5, 2.35}, {30, 1.40}, {59, 0.9}};
    h100.cloudPrice = PriceCurve{PriceCurve::Kind::Growth, 3.2, -0.18, {}};
    Sku b200 = h100;
    b200.id = "b200";
    b200.name = "B200";
    b200.leasePrice = PriceCurve{PriceCurve::Kind::Growth, 4.2, -0.22, {}};
    b200.cloudPrice = PriceCurve{PriceCurve::Kind::Growth, 6.0, -0.2, {}};
    s.skus = {h100, b200};
    PriceCurveChart prices;
    prices.setScenario(s);
    shoot(prices, QStringLiteral("prices"));
    PriceCurveChart preview;
    preview.setCompact(true);
    preview.setCurve(h100.leasePrice, 60);
    shoot(preview, QStringLiteral("price-preview"), QSize(320, 160));

    TornadoChart tornado;
    tornado.setSensitivity({{"lease_price", -4.2e6, 16.3e6},
                            {"gpu_price", 13.1e6, -1.1e6},
                            {"internal_demand", 1.5e6, 10.2e6},
                            {"useful_life", 2.5e6, 8.0e6},
                            {"electricity_price", 7.4e6, 4.6e6},
                            {"discount_rate", 7.0e6, 5.1e6},
                            {"availability", 5.2e6, 6.4e6},
                            {"sellable_fraction", 5.4e6, 6.6e6},
                            {"cloud_price", 5.6e6, 6.4e6},
                            {"annual_failure_rate", 6.3e6, 5.7e6}},
                           6.0e6);
    shoot(tornado, QStringLiteral("tornado"));

    HeatMapChart heat;
    std::vector<double> xf, yf;
    for (int i = 0; i < 7; ++i)
        xf.push_back(0.7 + 0.1 * i);
    for (int i = 0; i < 5; ++i)
        yf.push_back(0.8 + 0.1 * i);
    std::vector<std::vector<double>> npv(yf.size(), std::vector<double>(xf.size()));
    for (std::size_t iy = 0; iy < yf.size(); ++iy)
        for (std::size_t ix = 0; ix < xf.size(); ++ix)
            npv[iy][ix] = -18e6 + 30e6 * (xf[ix] - 0.7) + 12e6 * (yf[iy] - 0.8);
    heat.setGrid(xf, yf, npv);
    shoot(heat, QStringLiteral("heatmap"));

    HistogramChart histogram;
    std::vector<double> edges, counts;
    for (int i = 0; i <= 30; ++i)
        edges.push_back(-15e6 + i * 1.5e6);
    for (int i = 0; i < 30; ++i)
        counts.push_back(std::round(900.0 * std::exp(-0.5 * std::pow((i - 14.0) / 5.0, 2))));
    histogram.setHistogram(edges, counts);
    shoot(histogram, QStringLiteral("histogram"));

    FanChart fan;
    std::vector<double> p10, p50, p90;
    for (std::size_t t = 0; t < r.monthly.month.size(); ++t) {
        const double v = r.monthly.cumulativeCashFlow[t];
        const double spread = 2e5 * double(t);
        p10.push_back(v - 1.3 * spread);
        p50.push_back(v);
        p90.push_back(v + spread);
    }
    fan.setFan(r.monthly.month, p10, p50, p90);
    shoot(fan, QStringLiteral("fan"));

    ComparisonChart comparison;
    ModelResults bear = makeResults(60), bull = makeResults(48);
    for (double &v : bear.monthly.cumulativeCashFlow)
        v = v * 0.7 - 4e6;
    for (std::size_t t = 0; t < bull.monthly.month.size(); ++t) {
        bull.monthly.month[t] = monthLabel(2026, 7, int(t)).toStdString();
        bull.monthly.cumulativeCashFlow[t] *= 1.3;
    }
    comparison.setSeries({{QStringLiteral("Base case"), r.monthly},
                          {QStringLiteral("Bear: lease -25%"), bear.monthly},
                          {QStringLiteral("Bull: start 2026-07"), bull.monthly}});
    shoot(comparison, QStringLiteral("comparison"));

    NpvBarsChart bars;
    bars.setNpvs({{QStringLiteral("Base case"), 6.0e6},
                  {QStringLiteral("Bear: lease -25%"), -3.4e6},
                  {QStringLiteral("Bull: start 2026-07"), 14.8e6}});
    shoot(bars, QStringLiteral("npv-bars"));

    CashFlowChart empty;
    shoot(empty, QStringLiteral("empty"));

    // The report path: renderTo onto a 300-dpi PDF page.
    QPdfWriter writer(QDir(dirPath).filePath(QStringLiteral("report-render.pdf")));
    writer.setResolution(300);
    writer.setPageSize(QPageSize(QPageSize::A4));
    QPainter painter(&writer);
    const double w = writer.width();
    cash.setTitle(QStringLiteral("Cash flow"));
    cash.renderTo(&painter, QRectF(0, 0, w, w * 0.5));
    tornado.renderTo(&painter, QRectF(0, w * 0.55, w, w * 0.5));
}

QTEST_MAIN(TestCharts)
#include "test_charts.moc"
