// SPDX-License-Identifier: GPL-3.0-or-later
// Value of leasing and break-even lease price (engine/LeasingValue.h), re-checked by running
// the model on the scenarios they describe.
#include "AnalysisTestData.h"

#include "engine/FleetModel.h"
#include "engine/LeasingValue.h"
#include "engine/Sensitivity.h"

#include <QTest>

#include <cmath>

using namespace fleetroi;

class TestLeasingValue : public QObject
{
    Q_OBJECT
private slots:
    void examples_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &n : testing::exampleNames())
            QTest::newRow(qPrintable(n)) << n;
    }

    // From 1,000 purchases computeModel runs the leasing-off model on a second thread: the
    // figures must be exactly those of the two runs made one after the other.
    void valueOfLeasingBigFleet_data() { examples_data(); }
    void valueOfLeasingBigFleet()
    {
        QFETCH(QString, name);
        Scenario s = testing::loadExample(name);
        const std::vector<PurchaseTranche> one = s.purchases;
        QVERIFY(!one.empty());
        while (s.purchases.size() < 1200)
            s.purchases.insert(s.purchases.end(), one.begin(), one.end());
        const ModelResults r = computeModel(s);
        Scenario off = s;
        off.leasing.enabled = false;
        ModelOptions offOptions;
        offOptions.breakEvenLease = false;
        offOptions.leasingValue = false;
        const ModelResults rOff = computeModel(off, offOptions);
        QVERIFY(r.kpis.leasingValueNpv.has_value());
        QCOMPARE(*r.kpis.leasingValueNpv, r.kpis.npv - rOff.kpis.npv); // bit for bit
        QVERIFY(*r.kpis.leasingValueNpv > 0.0);
        QCOMPARE(r.kpis.irrWithoutLeasing.has_value(), rOff.kpis.irr.has_value());
        if (rOff.kpis.irr)
            QCOMPARE(*r.kpis.irrWithoutLeasing, *rOff.kpis.irr);
        QVERIFY(!r.kpis.leasingValueIrr.has_value());
        // And the big fleet's run equals the one of its single-threaded path.
        ModelOptions serial;
        serial.leasingValue = false;
        ModelResults r2 = computeModel(s, serial);
        addLeasingAnalysis(s, r2);
        QCOMPARE(*r2.kpis.leasingValueNpv, *r.kpis.leasingValueNpv);
        QCOMPARE(r2.kpis.leaseRevenueNetOfSales, r.kpis.leaseRevenueNetOfSales);
    }

    // leasing_value_npv = NPV - NPV of the same scenario with leasing.enabled = false.
    void valueOfLeasing_data() { examples_data(); }
    void valueOfLeasing()
    {
        QFETCH(QString, name);
        const Scenario s = testing::loadExample(name);
        const ModelResults r = computeModel(s);
        Scenario off = s;
        off.leasing.enabled = false;
        const ModelResults rOff = computeModel(off);
        QVERIFY(r.kpis.leasingValueNpv.has_value());
        const double expected = r.kpis.npv - rOff.kpis.npv;
        QVERIFY(std::fabs(*r.kpis.leasingValueNpv - expected) <= 1e-9 * std::fabs(expected));
        QVERIFY(expected > 0.0); // both examples lease surplus at a profit
        // IRR without leasing is the IRR of the leasing-off scenario.
        QCOMPARE(r.kpis.irrWithoutLeasing.has_value(), rOff.kpis.irr.has_value());
        if (rOff.kpis.irr)
            QVERIFY(std::fabs(*r.kpis.irrWithoutLeasing - *rOff.kpis.irr) < 1e-12);
        // Leasing needs no investment of its own here: every incremental flow is >= 0, so the
        // incremental series has no IRR.
        for (int t = 0; t < r.monthly.size(); ++t)
            QVERIFY(r.monthly.netCashFlow[std::size_t(t)] -
                        rOff.monthly.netCashFlow[std::size_t(t)] >=
                    -1e-6);
        QVERIFY(!r.kpis.leasingValueIrr.has_value());
        // Net lease revenue: sum of lease revenue less sales cost (= revenue x (1 - fraction)).
        double revenue = 0.0;
        for (double v : r.monthly.leaseRevenue)
            revenue += v;
        const double net = revenue * (1.0 - s.leasing.salesCostFraction);
        QVERIFY(std::fabs(r.kpis.leaseRevenueNetOfSales - net) <= 1e-9 * net);
        // The scenario with leasing off has no value of leasing.
        QCOMPARE(*rOff.kpis.leasingValueNpv, 0.0);
    }

    // Scaling every lease price so that month 0's price equals the break-even price gives
    // NPV = 0 (for every SKU the same factor, so each SKU's price implies the same scaling).
    void breakEvenPrice_data() { examples_data(); }
    void breakEvenPrice()
    {
        QFETCH(QString, name);
        const Scenario s = testing::loadExample(name);
        const ModelResults r = computeModel(s);
        QCOMPARE(r.kpis.breakEvenLeasePrice.size(), s.skus.size());
        for (std::size_t i = 0; i < s.skus.size(); ++i) {
            const auto &[id, price] = r.kpis.breakEvenLeasePrice[i];
            QCOMPARE(id, s.skus[i].id);
            QVERIFY(price.has_value());
            const double factor = *price / s.skus[i].leasePrice.at(0);
            Scenario scaled = s;
            applyDriverMultiplier(scaled, "lease_price", factor);
            QVERIFY2(std::fabs(scaled.skus[i].leasePrice.at(0) - *price) <=
                         1e-12 * std::fabs(*price),
                     id.c_str());
            const double npv = computeNpv(scaled);
            // NPV against the size of the money involved (capex ~1e8 .. 1e9).
            QVERIFY2(
                std::fabs(npv) <= 1e-6 * r.kpis.totalCapex,
                qPrintable(QStringLiteral("%1: NPV %2").arg(QString::fromStdString(id)).arg(npv)));
        }
    }

    // Nothing leased (leasing off): no break-even price, value 0.
    void nothingLeased()
    {
        Scenario s = testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        s.leasing.enabled = false;
        const ModelResults r = computeModel(s);
        QVERIFY(!r.kpis.breakEvenLeaseFactor);
        for (const auto &p : r.kpis.breakEvenLeasePrice)
            QVERIFY(!p.second.has_value());
        QCOMPARE(*r.kpis.leasingValueNpv, 0.0);
        QCOMPARE(r.kpis.leaseRevenueNetOfSales, 0.0);
    }
};

QTEST_GUILESS_MAIN(TestLeasingValue)
#include "test_leasing_value.moc"
