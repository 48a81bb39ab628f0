// SPDX-License-Identifier: GPL-3.0-or-later
// The model's shared stages (engine/FleetStages.h, engine/TaxDepreciation.h,
// engine/BookSchedule.h), each against numbers worked out by hand in the comments: these are
// the functions both the scalar model and the Monte Carlo tables build on (issue 13).
#include "engine/BookSchedule.h"
#include "engine/FleetStages.h"
#include "engine/MonthlyTables.h"
#include "engine/TaxDepreciation.h"

#include "Tolerance.h"

#include <QTest>

#include <cmath>

using namespace fleetroi;

namespace {

// Hand calculations: relative 1e-12, absolute floor 1e-12.
constexpr fleetroi_test::Tolerance kHand = fleetroi_test::Tolerance::relAbs(1e-12, 1e-12);

#define CHECK_NEAR(got, expected) FLEETROI_VERIFY_NEAR(got, expected, kHand)

Scenario scenario()
{
    Scenario s;
    s.startYear = 2028; // a leap year: February has 29 days
    s.startMonth = 1;
    s.horizonMonths = 36;
    s.finance.fiscalYearEndMonth = 12;
    s.operations.colocationPerKwMonth = 100.0;
    Sku k;
    k.id = "k";
    k.gpuPrice = 20000.0;
    k.gpusPerServer = 8;
    k.serverCost = 50000.0;
    k.networkCostPerGpu = 1000.0;
    k.powerKwPerGpu = 1.5;
    k.idlePowerFraction = 0.2;
    k.throughput = 2.0;
    k.resaleFraction = 0.1;
    k.annualFailureRate = 0.0;
    PriceCurve lease;
    lease.kind = PriceCurve::Kind::Points;
    lease.points = {{0, 1.0}, {1, 2.0}, {2, 3.0}, {3, 4.0}};
    k.leasePrice = lease;
    s.skus.push_back(k);
    return s;
}

} // namespace

class TestFleetStages : public QObject
{
    Q_OBJECT

private slots:
    void monthTables()
    {
        const Scenario s = scenario();
        const MonthTables m = buildMonthTables(s);
        QCOMPARE(m.hours.size(), std::size_t(36));
        QCOMPARE(m.hours[0], 31 * 24.0);
        QCOMPARE(m.hours[1], 29 * 24.0);  // February 2028
        QCOMPARE(m.hours[13], 28 * 24.0); // February 2029
        QCOMPARE(monthLabel(2028, 11, 3), std::string("2029-02"));
        QCOMPARE(monthLabel(2028, 1, -1), std::string("2027-12"));
    }

    // Contracts of T = 3 months signed every month: spot 1, 2, 3, 4 (points, then flat 4).
    void realizedLeasePriceIsTheMeanOfTheLadder()
    {
        Scenario s = scenario();
        const SkuMonthTables tab = buildSkuMonthTables(s, 1.0);
        const double *spot = tab.spotOf(0), *pre = tab.prefixOf(0);
        CHECK_NEAR(realizedLeasePrice(spot, pre, 3, 0, 0), 1.0);               // only month 0
        CHECK_NEAR(realizedLeasePrice(spot, pre, 3, 0, 2), (1.0 + 2 + 3) / 3); // 2
        CHECK_NEAR(realizedLeasePrice(spot, pre, 3, 0, 3), (2.0 + 3 + 4) / 3); // 3
        CHECK_NEAR(realizedLeasePrice(spot, pre, 3, 2, 3), (3.0 + 4) / 2);     // since month 2
        CHECK_NEAR(realizedLeasePrice(spot, pre, 1, 0, 3), 4.0);               // spot
        // leaseFactor scales the spot prices and so the ladder.
        const SkuMonthTables half = buildSkuMonthTables(s, 0.5);
        CHECK_NEAR(realizedLeasePrice(half.spotOf(0), half.prefixOf(0), 3, 0, 2), 1.0);
    }

    // 20 GPUs: 20 x 20,000 = 400,000; ceil(20 / 8) = 3 servers x 50,000 = 150,000; network
    // 20 x 1,000 = 20,000; capex 570,000. Colocation 20 x 1.5 kW x 100 = 3,000 a month.
    void trancheCostByPart()
    {
        const Scenario s = scenario();
        PurchaseTranche p;
        p.sku = "k";
        p.gpus = 20;
        const TrancheCost c = trancheCost(s, s.skus[0], p);
        QCOMPARE(c.gpu, 400000.0);
        QCOMPARE(c.server, 150000.0);
        QCOMPARE(c.network, 20000.0);
        QCOMPARE(c.capex(), 570000.0);
        QCOMPARE(c.otherCapex(), 170000.0);
        QCOMPARE(c.colocation, 3000.0);
        p.gpuPrice = 15000.0; // the tranche's own price
        QCOMPARE(trancheCost(s, s.skus[0], p).gpu, 300000.0);
    }

    void serviceWindow()
    {
        // Bought in 2, in service in 4, operating 24 months: 4 .. 27, sold in 28 <= 35.
        ServiceWindow w = fleetroi::serviceWindow(2, 4, 24, 36);
        QCOMPARE(w.end, 28);
        QCOMPARE(w.disposal, 28);
        QVERIFY(w.sold);
        // Operating past the horizon: held at the end (disposal 40 > 35), operating to 36.
        w = fleetroi::serviceWindow(2, 4, 36, 36);
        QCOMPARE(w.end, 36);
        QCOMPARE(w.disposal, 40);
        QVERIFY(!w.sold);
        // Disposal exactly in H: not sold inside the horizon.
        QVERIFY(!fleetroi::serviceWindow(0, 0, 36, 36).sold);
        QVERIFY(fleetroi::serviceWindow(0, 0, 35, 36).sold);
        // In service after the horizon: no operating month.
        w = fleetroi::serviceWindow(30, 38, 12, 36);
        QCOMPARE(w.end, 38);
    }

    // 10 GPUs in service in month 1 until 3 (failure rate 0: n = 10), T = 2.
    void operatingGpusFillTheFleetSums()
    {
        const Scenario s = scenario();
        const SkuMonthTables tab = buildSkuMonthTables(s, 1.0);
        FleetSums sums;
        sums.assign(36);
        int months = 0;
        addOperatingGpus(sums.rows(), tab, 0, s.skus[0], 10.0, 1, 3, 2, [&](std::size_t, double n) {
            QCOMPARE(n, 10.0);
            ++months;
        });
        QCOMPARE(months, 2);
        QCOMPARE(sums.throughput[0], 0.0);
        QCOMPARE(sums.throughput[1], 20.0);              // 10 x 2
        CHECK_NEAR(sums.idlePower[1], 10 * 1.5 * 0.2);   // 3 kW
        CHECK_NEAR(sums.loadPower[2], 10 * 1.5 * 0.8);   // 12 kW
        CHECK_NEAR(sums.lease[1], 10 * 2.0);             // only month 1's contract: 2
        CHECK_NEAR(sums.lease[2], 10 * (2.0 + 3.0) / 2); // months 1 and 2
        QCOMPARE(sums.throughput[3], 0.0);
    }

    // MACRS 5-year half-year, basis 1,000, bonus 40 %, in service in March 2028 (FY = calendar
    // year): year 1 (Dec 2028, month 11) 400 + 600 x 0.20 = 520; 2029 (month 23) 600 x 0.32 =
    // 192; 2030 (month 35) 600 x 0.192 = 115.2; later years are past the horizon.
    void macrsDeductionsAtFiscalYearEnds()
    {
        Scenario s = scenario();
        s.finance.bonusDepreciation = 0.4;
        std::vector<double> tax(36, 0.0);
        addMacrsDeductions(s, 1000.0, 2, 1 << 30, tax.data());
        CHECK_NEAR(tax[11], 520.0);
        CHECK_NEAR(tax[23], 192.0);
        CHECK_NEAR(tax[35], 115.2);
        double total = 0.0;
        for (double v : tax)
            total += v;
        CHECK_NEAR(total, 520.0 + 192.0 + 115.2);
        // Sold in month 23: the deduction of that fiscal year's end is lost.
        std::vector<double> sold(36, 0.0);
        addMacrsDeductions(s, 1000.0, 2, 23, sold.data());
        CHECK_NEAR(sold[11], 520.0);
        QCOMPARE(sold[23], 0.0);
        // The rates are the finance library's Pub. 946 Table A-1.
        const std::vector<double> &r = macrs5HalfYearRates();
        QCOMPARE(r.size(), std::size_t(6));
        CHECK_NEAR(r[0] + r[1] + r[2] + r[3] + r[4] + r[5], 1.0);
    }

    // Straight line: (1,000 - 100) / 6 = 150 a month from service month 2, stopped by
    // disposal after min(L, O) = 4 months.
    void bookDepreciationInTheHorizon()
    {
        std::vector<double> dep(8, 0.0), scratch;
        addBookDepreciation(DepreciationMethod::StraightLine, 1000.0, 100.0, 6, 4, 2, 8, scratch,
                            dep.data());
        const double expected[8] = {0, 0, 150, 150, 150, 150, 0, 0};
        for (int t = 0; t < 8; ++t)
            CHECK_NEAR(dep[std::size_t(t)], expected[t]);
        // Cut by the horizon: service month 6 of 8 gives months 6 and 7 only.
        std::vector<double> late(8, 0.0);
        addBookDepreciation(DepreciationMethod::StraightLine, 1000.0, 100.0, 6, 6, 6, 8, scratch,
                            late.data());
        CHECK_NEAR(late[6] + late[7], 300.0);
    }

    // Book value and basis from 1,000: book -100 then -100 and an impairment of 50; basis
    // -300 then -200.
    void carryingAmountsAndExit()
    {
        const double bookD[3] = {0, 100, 100}, taxD[3] = {0, 300, 200}, imp[3] = {0, 0, 50};
        double book = 0, basis = 0;
        std::vector<double> seen;
        walkCarryingAmounts(1000.0, 1, 3, bookD, taxD, imp, book, basis,
                            [&](std::size_t, double b, double tb) {
                                seen.push_back(b);
                                seen.push_back(tb);
                            });
        QCOMPARE(seen, (std::vector<double>{900, 700, 750, 500}));
        QCOMPARE(book, 750.0);
        QCOMPARE(basis, 500.0);

        // Sold in month 28 for 10 % of 1,000: book gain 100 - 750, tax gain 100 - 500.
        Scenario s = scenario();
        TrancheExit e = trancheExit(s, s.skus[0], fleetroi::serviceWindow(2, 4, 24, 36), 1000.0,
                                    book, basis, nullptr, nullptr);
        QVERIFY(e.sold);
        QCOMPARE(e.month, 28);
        QCOMPARE(e.value, 100.0);
        QCOMPARE(e.bookGain, -650.0);
        QCOMPARE(e.taxGain, -400.0);
        // Held: terminal value at book value in month 35, taxed on 750 - 500.
        s.finance.terminalValue = TerminalValueMethod::BookValue;
        const ServiceWindow held = fleetroi::serviceWindow(2, 4, 60, 36);
        e = trancheExit(s, s.skus[0], held, 1000.0, book, basis, nullptr, nullptr);
        QVERIFY(!e.sold);
        QCOMPARE(e.month, 35);
        QCOMPARE(e.value, 750.0);
        QCOMPARE(e.taxGain, 250.0);
        // "none": nothing, and the unrecovered basis is a loss.
        s.finance.terminalValue = TerminalValueMethod::None;
        e = trancheExit(s, s.skus[0], held, 1000.0, book, basis, nullptr, nullptr);
        QCOMPARE(e.value, 0.0);
        QCOMPARE(e.taxGain, -500.0);
        // Market value (model 1.1) when one is given.
        s.finance.terminalValue = TerminalValueMethod::MarketValue;
        const double mv = 420.0;
        e = trancheExit(s, s.skus[0], held, 1000.0, book, basis, nullptr, &mv);
        QCOMPARE(e.value, 420.0);
    }
};

QTEST_APPLESS_MAIN(TestFleetStages)
#include "test_fleet_stages.moc"
