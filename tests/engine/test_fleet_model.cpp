// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-computed tests for each formula family of MODEL.md. Every expected value below is
// worked out in the comments next to it, not taken from the engine.
#include "engine/FleetModel.h"
#include "engine/IrrSearch.h"
#include "engine/Sensitivity.h"
#include "scenario/PurchaseSkuIndex.h"

#include "Tolerance.h"

#include <QTest>

#include <cmath>

using namespace fleetroi;

namespace {

// Relative tolerance 1e-12 with an absolute floor of 1e-9 (values are money of order 1e4).
constexpr fleetroi_test::Tolerance kHand{1e-12, 1e-9};
using fleetroi_test::Tolerance;
using fleetroi_test::withinTolerance;

#define CHECK_NEAR(got, expected) FLEETROI_VERIFY_NEAR(got, expected, kHand)

PriceCurve flat(double price)
{
    PriceCurve c;
    c.kind = PriceCurve::Kind::Points;
    c.points = {{0, price}};
    return c;
}

// A small scenario whose every number is worked out by hand in hand_calculated_month().
Scenario tinyScenario()
{
    Scenario s;
    s.name = "tiny";
    s.startYear = 2024; // leap year: February has 29 days = 696 hours
    s.startMonth = 1;
    s.horizonMonths = 4;
    s.finance.discountRate = 0.1;
    s.finance.taxRate = 0.2;
    s.finance.taxDepreciation = TaxDepreciation::Book;
    s.finance.terminalValue = TerminalValueMethod::BookValue;
    s.operations.availability = 1.0;
    s.operations.pue = 1.0;
    s.operations.electricityPricePerKwh = 0.1;
    s.operations.electricityAnnualEscalation = 0.0;
    s.operations.colocationPerKwMonth = 5.0;
    s.operations.maintenanceFractionPerYear = 0.12;
    s.operations.staffCostPerMonth = 100.0;
    Sku k;
    k.id = "x";
    k.name = "X";
    k.gpuPrice = 1000.0;
    k.gpusPerServer = 8;
    k.serverCost = 500.0;
    k.networkCostPerGpu = 10.0;
    k.powerKwPerGpu = 1.0;
    k.idlePowerFraction = 0.5;
    k.throughput = 2.0;
    k.usefulLifeMonths = 2;
    k.operatingLifeMonths = 3;
    k.salvageFraction = 0.1;
    k.resaleFraction = 0.2;
    k.leasePrice = flat(2.0);
    k.cloudPrice = flat(3.0);
    s.skus = {k};
    PurchaseTranche p;
    p.month = 0;
    p.sku = "x";
    p.gpus = 8;
    p.installLagMonths = 0;
    s.purchases = {p};
    s.internalDemand.computeHours = 1000.0;
    s.leasing.enabled = true;
    s.leasing.sellableFraction = 0.5;
    s.leasing.salesCostFraction = 0.1;
    s.leasing.contractMonths = 1;
    return s;
}

} // namespace

class TestFleetModel : public QObject
{
    Q_OBJECT
private slots:
    void calendarHours_data()
    {
        QTest::addColumn<int>("year");
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("t");
        QTest::addColumn<double>("hours");
        QTest::addColumn<QString>("label");
        QTest::newRow("Feb 2024 leap") << 2024 << 1 << 1 << 29 * 24.0 << QStringLiteral("2024-02");
        QTest::newRow("Feb 2023") << 2023 << 2 << 0 << 28 * 24.0 << QStringLiteral("2023-02");
        QTest::newRow("Feb 2100 not leap")
            << 2099 << 12 << 2 << 28 * 24.0 << QStringLiteral("2100-02");
        QTest::newRow("Feb 2000 leap") << 2000 << 2 << 0 << 29 * 24.0 << QStringLiteral("2000-02");
        QTest::newRow("Jan after Dec") << 2026 << 12 << 1 << 31 * 24.0 << QStringLiteral("2027-01");
        QTest::newRow("April") << 2026 << 3 << 1 << 30 * 24.0 << QStringLiteral("2026-04");
        QTest::newRow("20 years on") << 2026 << 1 << 239 << 31 * 24.0 << QStringLiteral("2045-12");
    }

    void calendarHours()
    {
        QFETCH(int, year);
        QFETCH(int, month);
        QFETCH(int, t);
        QFETCH(double, hours);
        QFETCH(QString, label);
        QCOMPARE(hoursInMonth(year, month, t), hours);
        QCOMPARE(QString::fromStdString(monthLabel(year, month, t)), label);
    }

    void priceCurves_data()
    {
        QTest::addColumn<int>("kind"); // 0 growth, 1 points
        QTest::addColumn<int>("t");
        QTest::addColumn<double>("price");
        // Growth 4.50, -20 %/yr: month 12 = 4.5 x 0.8 = 3.6; month 6 = 4.5 x sqrt(0.8).
        QTest::newRow("growth t0") << 0 << 0 << 4.5;
        QTest::newRow("growth t12") << 0 << 12 << 3.6;
        QTest::newRow("growth t6") << 0 << 6 << 4.5 * std::sqrt(0.8);
        QTest::newRow("growth t24") << 0 << 24 << 4.5 * 0.64;
        // Points [[2, 2.2], [5, 2.35], [26, 1.8]]: flat before 2 and after 26, linear between.
        QTest::newRow("points before first") << 1 << 0 << 2.2;
        QTest::newRow("points at first") << 1 << 2 << 2.2;
        QTest::newRow("points 2/3 up") << 1 << 4 << 2.2 + 0.15 * 2.0 / 3.0;
        QTest::newRow("points at second") << 1 << 5 << 2.35;
        QTest::newRow("points down") << 1 << 12 << 2.35 - 0.55 * 7.0 / 21.0;
        QTest::newRow("points after last") << 1 << 100 << 1.8;
    }

    void priceCurves()
    {
        QFETCH(int, kind);
        QFETCH(int, t);
        QFETCH(double, price);
        PriceCurve c;
        if (kind == 0) {
            c.start = 4.5;
            c.annualChange = -0.2;
        } else {
            c.kind = PriceCurve::Kind::Points;
            c.points = {{2, 2.2}, {5, 2.35}, {26, 1.8}};
        }
        CHECK_NEAR(c.at(t), price);
    }

    // The tiny scenario, month by month (hours: Jan 744, Feb 696, Mar 744).
    void handCalculatedMonths()
    {
        const ModelResults r = computeModel(tinyScenario());
        const MonthlySeries &m = r.monthly;
        // capex = 8 x 1000 + ceil(8/8) x 500 + 8 x 10 = 8580, paid in month 0.
        CHECK_NEAR(m.capex[0], 8580.0);
        CHECK_NEAR(r.kpis.totalCapex, 8580.0);
        // Month 0: G = 8 x 744 = 5952 GPU-h, C = 2 x G = 11904, S = 1000, sigma = 1000/11904,
        // L = (11904 - 1000) x 0.5 = 5452, u = 6452 / 11904.
        CHECK_NEAR(m.capacityHours[0], 11904.0);
        CHECK_NEAR(m.internalServedHours[0], 1000.0);
        CHECK_NEAR(m.leasedHours[0], 5452.0);
        CHECK_NEAR(m.utilization[0], 6452.0 / 11904.0);
        // lease = G (1 - sigma) 0.5 x 2.0 = (10904 / 2) x 1 = 5452; internal = (1000/2) x 3 = 1500.
        CHECK_NEAR(m.leaseRevenue[0], 5452.0);
        CHECK_NEAR(m.internalValue[0], 1500.0);
        // energy = 5952 x 1 kW x (0.5 + 0.5 x 6452/11904) x PUE 1 = 2976 + 1613 = 4589 kWh.
        CHECK_NEAR(m.energyKwh[0], 4589.0);
        CHECK_NEAR(m.electricityCost[0], 458.9);
        CHECK_NEAR(m.colocationCost[0], 40.0);  // 8 GPUs x 1 kW x 5
        CHECK_NEAR(m.maintenanceCost[0], 85.8); // 8580 x 0.12 / 12
        CHECK_NEAR(m.staffCost[0], 100.0);
        CHECK_NEAR(m.salesCost[0], 545.2); // 10 % of 5452
        CHECK_NEAR(m.opex[0], 1229.9);
        CHECK_NEAR(m.ebitda[0], 5722.1);
        // Straight line: (8580 - 858) / 2 = 3861 in months 0 and 1.
        CHECK_NEAR(m.bookDepreciation[0], 3861.0);
        CHECK_NEAR(m.bookDepreciation[1], 3861.0);
        CHECK_NEAR(m.bookDepreciation[2], 0.0);
        CHECK_NEAR(m.bookValue[0], 4719.0);
        CHECK_NEAR(m.bookValue[1], 858.0);
        CHECK_NEAR(m.bookValue[2], 858.0);
        CHECK_NEAR(m.bookValue[3], 0.0); // sold in month 3
        // Tax ("book"): (5722.1 - 3861) x 0.2 = 372.22.
        CHECK_NEAR(m.tax[0], 372.22);
        CHECK_NEAR(m.netCashFlow[0], 5722.1 - 8580.0 - 372.22);
        // Month 1 (February, 696 h): G = 5568, C = 11136, L = 10136 x 0.5 = 5068.
        CHECK_NEAR(m.capacityHours[1], 11136.0);
        CHECK_NEAR(m.leaseRevenue[1], 5068.0);
        CHECK_NEAR(m.energyKwh[1], 2784.0 + 6068.0 / 4.0);
        CHECK_NEAR(m.ebitda[1], 5068.0 + 1500.0 - (430.1 + 40.0 + 85.8 + 100.0 + 506.8));
        CHECK_NEAR(m.tax[1], (5405.3 - 3861.0) * 0.2);
        // Month 2: like month 0 but no depreciation left.
        CHECK_NEAR(m.tax[2], 5722.1 * 0.2);
        // Month 3: operation ended (O = 3): no capacity, demand unserved, only staff cost.
        CHECK_NEAR(m.capacityHours[3], 0.0);
        CHECK_NEAR(m.shortfallHours[3], 1000.0);
        CHECK_NEAR(m.utilization[3], 0.0);
        CHECK_NEAR(m.ebitda[3], -100.0);
        // Sold for 0.2 x 8580 = 1716 against book value 858: gain 858, taxed.
        CHECK_NEAR(m.proceeds[3], 1716.0);
        CHECK_NEAR(m.bookGain[3], 858.0);
        CHECK_NEAR(m.ebit[3], 758.0);
        CHECK_NEAR(m.netIncome[3], 606.4);
        CHECK_NEAR(m.tax[3], 151.6);
        CHECK_NEAR(m.netCashFlow[3], -100.0 + 1716.0 - 151.6);
        CHECK_NEAR(m.terminalValue[3], 0.0);
        // Payback: cumulative -3230.12, then positive for good from month 1.
        QCOMPARE(r.kpis.paybackMonth, std::optional<int>(1));
        // NPV by hand from the four flows.
        const double flows[4] = {5722.1 - 8580.0 - 372.22, 5405.3 - 308.86, 5722.1 - 1144.42,
                                 1464.4};
        double npv = 0.0;
        for (int t = 0; t < 4; ++t)
            npv += flows[t] * std::pow(1.1, -(t + 1) / 12.0);
        CHECK_NEAR(r.kpis.npv, npv);
        // Cost per compute hour: (capex + opex - proceeds) / used hours.
        const double opex = 1229.9 + 1162.7 + 1229.9 + 100.0;
        const double used = 6452.0 + 6068.0 + 6452.0;
        QVERIFY(r.kpis.costPerComputeHour.has_value());
        CHECK_NEAR(*r.kpis.costPerComputeHour, (8580.0 + opex - 1716.0) / used);
    }

    // n = gpus x (1 - f)^(age/12): 1000 GPUs at 10 %/yr have 900 left after 12 months.
    void attrition()
    {
        Scenario s = tinyScenario();
        s.horizonMonths = 30;
        s.skus[0].usefulLifeMonths = 24;
        s.skus[0].operatingLifeMonths = 24;
        s.skus[0].annualFailureRate = 0.1;
        s.purchases[0].gpus = 1000;
        s.purchases[0].installLagMonths = 2;
        const ModelResults r = computeModel(s);
        CHECK_NEAR(r.monthly.workingGpus[0], 0.0);
        CHECK_NEAR(r.monthly.workingGpus[2], 1000.0);
        CHECK_NEAR(r.monthly.workingGpus[14], 900.0);
        CHECK_NEAR(r.monthly.workingGpus[8], 1000.0 * std::sqrt(0.9));
        CHECK_NEAR(r.monthly.workingGpus[25], 1000.0 * std::pow(0.9, 23.0 / 12.0));
        CHECK_NEAR(r.monthly.workingGpus[26], 0.0); // service 2 + O 24 = 26: sold
        // Colocation is charged on the GPUs bought, not those still working.
        CHECK_NEAR(r.monthly.colocationCost[25], 1000.0 * 1.0 * 5.0);
    }

    // Internal demand is served pro rata across tranches of different SKUs; each tranche
    // earns its own SKU's prices on its own GPU-hours.
    void proRataAllocation()
    {
        Scenario s = tinyScenario();
        s.horizonMonths = 1;
        Sku b = s.skus[0];
        b.id = "y";
        b.throughput = 3.0;
        b.leasePrice = flat(5.0);
        b.cloudPrice = flat(7.0);
        s.skus.push_back(b);
        PurchaseTranche p = s.purchases[0];
        p.sku = "y";
        p.gpus = 4;
        s.purchases.push_back(p);
        s.internalDemand.computeHours = 10000.0;
        const ModelResults r = computeModel(s);
        // January: G_x = 8 x 744 = 5952, C_x = 11904; G_y = 4 x 744 = 2976, C_y = 8928.
        const double C = 11904.0 + 8928.0;
        const double sigma = 10000.0 / C;
        CHECK_NEAR(r.monthly.capacityHours[0], C);
        CHECK_NEAR(r.monthly.internalServedHours[0], 10000.0);
        CHECK_NEAR(r.monthly.leasedHours[0], (C - 10000.0) * 0.5);
        CHECK_NEAR(r.monthly.internalValue[0], 5952.0 * sigma * 3.0 + 2976.0 * sigma * 7.0);
        CHECK_NEAR(r.monthly.leaseRevenue[0],
                   5952.0 * (1 - sigma) * 0.5 * 2.0 + 2976.0 * (1 - sigma) * 0.5 * 5.0);
        // Demand above capacity: all capacity is internal, nothing leased, shortfall reported.
        s.internalDemand.computeHours = 50000.0;
        const ModelResults full = computeModel(s);
        CHECK_NEAR(full.monthly.leasedHours[0], 0.0);
        CHECK_NEAR(full.monthly.shortfallHours[0], 50000.0 - C);
        CHECK_NEAR(full.monthly.utilization[0], 1.0);
        CHECK_NEAR(full.monthly.leaseRevenue[0], 0.0);
        QVERIFY(!full.kpis.breakEvenLeaseFactor.has_value()); // nothing leased
    }

    // Contracts of T months: the realized price is the mean of the market price over the
    // months the running contracts were signed, never before the tranche entered service.
    void contractLadder()
    {
        Scenario s = tinyScenario();
        s.horizonMonths = 6;
        s.skus[0].usefulLifeMonths = 12;
        s.skus[0].operatingLifeMonths = 12;
        s.skus[0].leasePrice.points = {{0, 10.0}, {10, 0.0}}; // 10, 9, 8, ... per GPU-hour
        s.internalDemand.computeHours = 0.0;
        s.leasing.contractMonths = 3;
        s.leasing.salesCostFraction = 0.0;
        s.purchases[0].installLagMonths = 1; // in service from month 1
        const ModelResults r = computeModel(s);
        auto gpuHours = [&](int t) {
            return 8.0 * hoursInMonth(2024, 1, t);
        };
        // Month 1: mean of price(1) = 9; month 2: mean(9, 8); month 3: mean(9, 8, 7);
        // month 4: mean(8, 7, 6).
        CHECK_NEAR(r.monthly.leaseRevenue[1], gpuHours(1) * 0.5 * 9.0);
        CHECK_NEAR(r.monthly.leaseRevenue[2], gpuHours(2) * 0.5 * 8.5);
        CHECK_NEAR(r.monthly.leaseRevenue[3], gpuHours(3) * 0.5 * 8.0);
        CHECK_NEAR(r.monthly.leaseRevenue[4], gpuHours(4) * 0.5 * 7.0);
    }

    void bookDepreciation_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<QVector<double>>("schedule");
        // B = 1000, V = 100, L = 5 months.
        // Straight line: 900 / 5 = 180 a month.
        QTest::newRow("straight line")
            << int(DepreciationMethod::StraightLine) << QVector<double>{180, 180, 180, 180, 180};
        // Sum of years: 900 x (5 - j) / 15.
        QTest::newRow("sum of years")
            << int(DepreciationMethod::SumOfYears) << QVector<double>{300, 240, 180, 120, 60};
        // Double declining: 2 x BV / 5 until straight line on the rest is larger, ends at V:
        // 400 (BV 600), 240 (360), 144 (216), 86.4 (129.6), then min(51.84 vs 29.6 left) = 29.6.
        QTest::newRow("double declining") << int(DepreciationMethod::DoubleDeclining)
                                          << QVector<double>{400, 240, 144, 86.4, 29.6};
    }

    void bookDepreciation()
    {
        QFETCH(int, method);
        QFETCH(QVector<double>, schedule);
        Scenario s = tinyScenario();
        s.horizonMonths = 8;
        s.skus[0].gpuPrice = 1000.0 / 8.0 - 500.0 / 8.0 - 10.0; // capex exactly 1000
        s.skus[0].usefulLifeMonths = 5;
        s.skus[0].operatingLifeMonths = 7;
        s.skus[0].salvageFraction = 0.1;
        s.skus[0].depreciation = DepreciationMethod(method);
        s.purchases[0].installLagMonths = 1;
        ModelOptions o;
        o.trancheDetail = true;
        const ModelResults r = computeModel(s, o);
        CHECK_NEAR(r.kpis.totalCapex, 1000.0);
        QCOMPARE(r.tranches.size(), std::size_t(1));
        CHECK_NEAR(r.monthly.bookDepreciation[0], 0.0); // not in service yet
        CHECK_NEAR(r.monthly.bookValue[0], 1000.0);     // held at cost until service
        double bv = 1000.0;
        for (int j = 0; j < 5; ++j) {
            CHECK_NEAR(r.monthly.bookDepreciation[std::size_t(1 + j)], schedule[j]);
            bv -= schedule[j];
            CHECK_NEAR(r.tranches[0].bookValue[std::size_t(1 + j)], bv);
        }
        CHECK_NEAR(bv, 100.0);
        CHECK_NEAR(r.monthly.bookDepreciation[6], 0.0);
        CHECK_NEAR(r.monthly.bookValue[7], 100.0); // service 1 + O 7 = 8: still held at H-1
        CHECK_NEAR(r.kpis.totalBookDepreciation, 900.0);
    }

    // Groups of tranches for charts (ModelOptions::groupings) and the cheap summary.
    // Start 2024-11, fiscal year ends in March. Tranches (capex B = GPUs x price + servers x
    // 500 + GPUs x 10, 8 GPUs = 1 server):
    //   A: SKU x, bought 2024-11, in service 2024-11 -> purchase year 2024, vintage FY2025,
    //      B = 8000 + 500 + 80 = 8580;
    //   B: SKU y (2000 per GPU), bought 2024-12, lag 4 -> service 2025-04 -> 2024, FY2026,
    //      B = 16000 + 500 + 80 = 16580;
    //   C: SKU x, bought 2025-04, in service 2025-04 -> 2025, FY2026, B = 8580.
    // purchaseSkuIndices: skuIndex of every purchase (the model's lookup), unknown ids -1,
    // the first of duplicate ids.
    void purchaseSkuIndicesMatchSkuIndex()
    {
        Scenario s = tinyScenario();
        Sku y = s.skus[0], dup = s.skus[0];
        y.id = "y";
        dup.name = "second x"; // duplicate id (a validation error): the first one counts
        s.skus = {s.skus[0], y, dup};
        PurchaseTranche p = s.purchases[0];
        s.purchases.clear();
        for (const char *id : {"y", "x", "nope", "y", "", "x"}) {
            p.sku = id;
            s.purchases.push_back(p);
        }
        const std::vector<int> got = purchaseSkuIndices(s);
        QCOMPARE(got, (std::vector<int>{1, 0, -1, 1, -1, 0}));
        for (std::size_t k = 0; k < s.purchases.size(); ++k)
            QCOMPARE(got[k], s.skuIndex(s.purchases[k].sku));
        s.purchases.clear();
        QVERIFY(purchaseSkuIndices(s).empty());
    }

    void trancheGroups()
    {
        Scenario s = tinyScenario();
        s.startYear = 2024;
        s.startMonth = 11;
        s.horizonMonths = 16;
        s.finance.fiscalYearEndMonth = 3;
        s.skus[0].operatingLifeMonths = 20;
        Sku y = s.skus[0];
        y.id = "y";
        y.gpuPrice = 2000.0;
        s.skus.push_back(y);
        PurchaseTranche a = s.purchases[0], b = a, c = a;
        b.sku = "y";
        b.month = 1;
        b.installLagMonths = 4;
        c.month = 5;
        s.purchases = {a, b, c};

        ModelOptions o;
        o.groupings = {TrancheGroupBy::Sku, TrancheGroupBy::PurchaseYear, TrancheGroupBy::Vintage};
        o.trancheSummary = true;
        const ModelResults r = computeModel(s, o);
        QCOMPARE(r.groups.size(), std::size_t(3));
        const TrancheGroupSeries &bySku = r.groups[0], &byYear = r.groups[1],
                                 &byVintage = r.groups[2];
        QCOMPARE(bySku.names, (std::vector<std::string>{"x", "y"}));
        QCOMPARE(bySku.groupOfPurchase, (std::vector<int>{0, 1, 0}));
        QCOMPARE(bySku.trancheCount, (std::vector<int>{2, 1}));
        CHECK_NEAR(bySku.capex[0], 2 * 8580.0);
        CHECK_NEAR(bySku.capex[1], 16580.0);
        QCOMPARE(byYear.names, (std::vector<std::string>{"2024", "2025"}));
        QCOMPARE(byYear.groupOfPurchase, (std::vector<int>{0, 0, 1}));
        QCOMPARE(byVintage.names, (std::vector<std::string>{"2025", "2026"}));
        QCOMPARE(byVintage.groupOfPurchase, (std::vector<int>{0, 1, 1}));
        CHECK_NEAR(byVintage.capex[1], 16580.0 + 8580.0);

        // Straight line, L = 2, salvage 10 %: A loses (8580 - 858) / 2 = 3861 in month 0.
        CHECK_NEAR(bySku.bookValue[0][0], 8580.0 - 3861.0);
        // B is held at cost from its purchase (month 1) until service (month 5).
        CHECK_NEAR(bySku.bookValue[1][0], 0.0);
        CHECK_NEAR(bySku.bookValue[1][1], 16580.0);
        CHECK_NEAR(bySku.bookValue[1][4], 16580.0);

        // Every grouping adds up to the fleet, and each group to its tranches' own values.
        ModelOptions detail;
        detail.trancheDetail = true;
        const ModelResults full = computeModel(s, detail);
        for (const TrancheGroupSeries &g : r.groups)
            for (int t = 0; t < 16; ++t) {
                const std::size_t ti = std::size_t(t);
                double total = 0.0;
                for (std::size_t gi = 0; gi < g.names.size(); ++gi) {
                    double own = 0.0;
                    for (std::size_t k = 0; k < 3; ++k)
                        if (g.groupOfPurchase[k] == int(gi))
                            own += full.tranches[k].bookValue[ti];
                    CHECK_NEAR(g.bookValue[gi][ti], own);
                    total += g.bookValue[gi][ti];
                }
                CHECK_NEAR(total, r.monthly.bookValue[ti]);
            }

        // The summary carries the scalar facts of the detail, without monthly arrays.
        QCOMPARE(r.tranches.size(), std::size_t(3));
        for (std::size_t k = 0; k < 3; ++k) {
            CHECK_NEAR(r.tranches[k].capex, full.tranches[k].capex);
            QCOMPARE(r.tranches[k].serviceMonth, full.tranches[k].serviceMonth);
            CHECK_NEAR(r.tranches[k].terminalValue, full.tranches[k].terminalValue);
            QVERIFY(r.tranches[k].bookValue.empty());
            QVERIFY(r.tranches[k].workingGpus.empty());
        }
        QCOMPARE(r.tranches[1].serviceMonth, 5);
        CHECK_NEAR(r.tranches[1].capex, 16580.0);
        // Nothing asked for: nothing filled.
        const ModelResults plain = computeModel(s);
        QVERIFY(plain.tranches.empty());
        QVERIFY(plain.groups.empty());
    }

    void macrs_data()
    {
        QTest::addColumn<int>("startMonth");
        QTest::addColumn<int>("fiscalYearEnd");
        QTest::addColumn<int>("serviceMonth");
        QTest::addColumn<double>("bonus");
        QTest::addColumn<QVector<int>>("months");
        QTest::addColumn<QVector<double>>("amounts"); // per 1000 of cost
        // Start 2026-01, in service 2026-03, fiscal year = calendar year: deductions in
        // every December: months 11, 23, 35, 47, 59, 71.
        QTest::newRow("calendar FY") << 1 << 12 << 2 << 0.0 << QVector<int>{11, 23, 35, 47, 59, 71}
                                     << QVector<double>{200, 320, 192, 115.2, 115.2, 57.6};
        // Fiscal year ending June: 2026-03 is in FY2026 (ends 2026-06 = month 5).
        QTest::newRow("June FY") << 1 << 6 << 2 << 0.0 << QVector<int>{5, 17, 29, 41, 53, 65}
                                 << QVector<double>{200, 320, 192, 115.2, 115.2, 57.6};
        // Fiscal year ending March, in service 2026-04 (month 3): FY2027 ends 2027-03 = 14.
        QTest::newRow("March FY after year end")
            << 1 << 3 << 3 << 0.0 << QVector<int>{14, 26, 38, 50, 62, 74}
            << QVector<double>{200, 320, 192, 115.2, 115.2, 57.6};
        // 60 % bonus: year 0 = 600 + 400 x 0.2 = 680; then 400 x rates.
        QTest::newRow("bonus 60 %") << 1 << 12 << 2 << 0.6 << QVector<int>{11, 23, 35, 47, 59, 71}
                                    << QVector<double>{680, 128, 76.8, 46.08, 46.08, 23.04};
        // 100 % bonus: everything in the first fiscal year end.
        QTest::newRow("bonus 100 %") << 7 << 12 << 0 << 1.0 << QVector<int>{5, 17, 29, 41, 53, 65}
                                     << QVector<double>{1000, 0, 0, 0, 0, 0};
    }

    void macrs()
    {
        QFETCH(int, startMonth);
        QFETCH(int, fiscalYearEnd);
        QFETCH(int, serviceMonth);
        QFETCH(double, bonus);
        QFETCH(QVector<int>, months);
        QFETCH(QVector<double>, amounts);
        Scenario s = tinyScenario();
        s.startYear = 2026;
        s.startMonth = startMonth;
        s.horizonMonths = 72;
        s.finance.taxDepreciation = TaxDepreciation::Macrs5HalfYear;
        s.finance.bonusDepreciation = bonus;
        s.finance.fiscalYearEndMonth = fiscalYearEnd;
        s.skus[0].gpuPrice = 1000.0 / 8.0 - 500.0 / 8.0 - 10.0; // capex 1000
        s.skus[0].usefulLifeMonths = 120;
        s.skus[0].operatingLifeMonths = 120; // never sold inside the horizon
        s.purchases[0].installLagMonths = serviceMonth;
        const ModelResults r = computeModel(s);
        double total = 0.0;
        for (int t = 0; t < 72; ++t) {
            const qsizetype i = months.indexOf(t);
            const double expected = i >= 0 ? amounts[i] : 0.0;
            FLEETROI_VERIFY_NEAR2(r.monthly.taxDepreciation[std::size_t(t)], expected, kHand,
                                  QStringLiteral("month %1").arg(t));
            total += expected;
        }
        CHECK_NEAR(r.kpis.totalCapex, 1000.0);
        // Remaining tax basis at the end = cost less the deductions inside the horizon.
        CHECK_NEAR(r.monthly.taxBasis[71], 1000.0 - total);
    }

    // Sold before the end of book life (O < L): the gain is against the book value then.
    void disposalBeforeEndOfBookLife()
    {
        Scenario s = tinyScenario();
        s.horizonMonths = 12;
        s.skus[0].gpuPrice = 1000.0 / 8.0 - 500.0 / 8.0 - 10.0; // capex 1000
        s.skus[0].usefulLifeMonths = 10;
        s.skus[0].operatingLifeMonths = 4;
        s.skus[0].salvageFraction = 0.0;
        s.skus[0].resaleFraction = 0.5;
        s.purchases[0].installLagMonths = 1; // service 1, sold in month 5
        const ModelResults r = computeModel(s);
        // 4 months of 100: book value 600 before the sale; proceeds 500: gain -100.
        CHECK_NEAR(r.monthly.proceeds[5], 500.0);
        CHECK_NEAR(r.monthly.bookGain[5], -100.0);
        CHECK_NEAR(r.monthly.bookValue[4], 600.0);
        CHECK_NEAR(r.monthly.bookValue[5], 0.0);
        CHECK_NEAR(r.kpis.totalBookDepreciation, 400.0);
        // Tax "book": tax gain equals book gain: taxable in month 5 = ebitda - 100.
        CHECK_NEAR(r.monthly.tax[5], 0.2 * (r.monthly.ebitda[5] - 100.0));
    }

    // Sold after the end of book life (O > L): book value is the salvage value.
    void disposalAfterEndOfBookLife()
    {
        Scenario s = tinyScenario();
        s.horizonMonths = 12;
        s.skus[0].gpuPrice = 1000.0 / 8.0 - 500.0 / 8.0 - 10.0; // capex 1000
        s.skus[0].usefulLifeMonths = 3;
        s.skus[0].operatingLifeMonths = 6;
        s.skus[0].salvageFraction = 0.1;
        s.skus[0].resaleFraction = 0.25;
        s.purchases[0].installLagMonths = 0; // sold in month 6
        const ModelResults r = computeModel(s);
        CHECK_NEAR(r.monthly.bookValue[5], 100.0);
        CHECK_NEAR(r.monthly.proceeds[6], 250.0);
        CHECK_NEAR(r.monthly.bookGain[6], 150.0);
        CHECK_NEAR(r.monthly.ebit[6], r.monthly.ebitda[6] + 150.0);
    }

    // Terminal value: book value of unsold tranches is a cash inflow of month H-1; with
    // MACRS its excess over the remaining tax basis is taxed then.
    void terminalValue_data()
    {
        QTest::addColumn<int>("method");
        QTest::addColumn<int>("tax");
        QTest::addColumn<double>("value");
        QTest::addColumn<double>("taxableGain");
        // capex 1000, SL 10 months, no salvage, service month 0, H = 4: book value 600.
        QTest::newRow("book value, book tax") << 1 << 0 << 600.0 << 0.0;
        // MACRS with 100 % bonus, FY ends December, start January: basis 0 after month 3.
        QTest::newRow("book value, MACRS 100 %") << 1 << 1 << 600.0 << 600.0;
        // "none": no inflow; the unrecovered basis (600) is deducted.
        QTest::newRow("none, book tax") << 0 << 0 << 0.0 << -600.0;
    }

    void terminalValue()
    {
        QFETCH(int, method);
        QFETCH(int, tax);
        QFETCH(double, value);
        QFETCH(double, taxableGain);
        Scenario s = tinyScenario();
        s.startYear = 2026;
        s.startMonth = 9; // FY end December = month 3
        s.skus[0].gpuPrice = 1000.0 / 8.0 - 500.0 / 8.0 - 10.0;
        s.skus[0].usefulLifeMonths = 10;
        s.skus[0].operatingLifeMonths = 10;
        s.skus[0].salvageFraction = 0.0;
        s.finance.terminalValue =
            method ? TerminalValueMethod::BookValue : TerminalValueMethod::None;
        s.finance.taxDepreciation = tax ? TaxDepreciation::Macrs5HalfYear : TaxDepreciation::Book;
        s.finance.bonusDepreciation = 1.0;
        const ModelResults r = computeModel(s);
        CHECK_NEAR(r.monthly.terminalValue[3], value);
        const double taxDep = tax ? 1000.0 : 100.0;
        CHECK_NEAR(r.monthly.tax[3], 0.2 * (r.monthly.ebitda[3] - taxDep + taxableGain));
        CHECK_NEAR(r.monthly.netCashFlow[3], r.monthly.ebitda[3] + value - r.monthly.tax[3]);
    }

    // IRR with two roots: flows whose NPV polynomial in v = (1+x)^(-1/12) is
    // v (v - v1)(v - v2), roots at 10 % and 50 % a year.
    void irrSeveralRoots()
    {
        const double v1 = std::pow(1.1, -1.0 / 12.0), v2 = std::pow(1.5, -1.0 / 12.0);
        const std::vector<double> flows = {v1 * v2 * 1e6, -(v1 + v2) * 1e6, 1e6};
        const std::vector<double> roots = annualIrrRoots(flows);
        QCOMPARE(roots.size(), std::size_t(2));
        QVERIFY(std::fabs(roots[0] - 0.1) < 1e-9);
        QVERIFY(std::fabs(roots[1] - 0.5) < 1e-9);
        // One sign change: exactly one root. -1000 now, +1100 in 12 months: 10 %.
        std::vector<double> simple(12, 0.0);
        simple[0] = -1000.0 / std::pow(1.1, -1.0 / 12.0); // NPV -1000 at t=0 after discounting
        simple[11] = 1100.0;
        const std::vector<double> one = annualIrrRoots(simple);
        QCOMPARE(one.size(), std::size_t(1));
        QVERIFY(std::fabs(monthlyFlowsNpv(simple, one[0])) < 1e-9 * 1100.0);
        // No sign change: no root.
        QVERIFY(annualIrrRoots({1.0, 2.0, 3.0}).empty());
        QVERIFY(annualIrrRoots({-1.0, -2.0}).empty());
    }

    // The tornado drivers with their caps (MODEL.md "Sensitivity").
    void driverMultipliers()
    {
        Scenario s = tinyScenario();
        s.skus[0].usefulLifeMonths = 66;
        s.skus[0].operatingLifeMonths = 48;
        Scenario a = s;
        applyDriverMultiplier(a, "useful_life", 0.8);
        QCOMPARE(a.skus[0].usefulLifeMonths, 53);    // 52.8 rounds to 53
        QCOMPARE(a.skus[0].operatingLifeMonths, 38); // 38.4 rounds to 38
        a = s;
        applyDriverMultiplier(a, "useful_life", 0.01);
        QCOMPARE(a.skus[0].usefulLifeMonths, 1); // at least 1
        a = s;
        applyDriverMultiplier(a, "sellable_fraction", 3.0);
        QCOMPARE(a.leasing.sellableFraction, 1.0);
        a = s;
        applyDriverMultiplier(a, "availability", 1.2);
        QCOMPARE(a.operations.availability, 1.0);
        a = s;
        a.skus[0].annualFailureRate = 0.9;
        applyDriverMultiplier(a, "annual_failure_rate", 1.2);
        QCOMPARE(a.skus[0].annualFailureRate, 0.99);
        a = s;
        a.purchases[0].gpuPrice = 2000.0;
        applyDriverMultiplier(a, "gpu_price", 1.2);
        CHECK_NEAR(*a.purchases[0].gpuPrice, 2400.0);
        CHECK_NEAR(a.skus[0].gpuPrice, 1200.0);
        a = s;
        applyDriverMultiplier(a, "lease_price", 0.5);
        CHECK_NEAR(a.skus[0].leasePrice.at(7), 1.0);
        // Break-even factor: NPV at that lease-price factor is zero.
        const ModelResults r = computeModel(s);
        QVERIFY(r.kpis.breakEvenLeaseFactor.has_value());
        a = s;
        applyDriverMultiplier(a, "lease_price", *r.kpis.breakEvenLeaseFactor);
        QVERIFY(std::fabs(computeNpv(a)) < 1e-6);
    }
};

QTEST_GUILESS_MAIN(TestFleetModel)
#include "test_fleet_model.moc"
