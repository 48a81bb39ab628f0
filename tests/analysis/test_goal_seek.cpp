// SPDX-License-Identifier: GPL-3.0-or-later
// Goal seek (engine/GoalSeek.h): every answer is re-checked by running the model at the
// returned multiplier (applyDriverMultiplier as the tornado applies it).
#include "AnalysisTestData.h"

#include "engine/FleetModel.h"
#include "engine/GoalSeek.h"
#include "engine/Sensitivity.h"

#include <QTest>

#include <cmath>

using namespace fleetroi;

namespace {

ModelResults at(const Scenario &s, const std::string &driver, double m)
{
    Scenario x = s;
    applyDriverMultiplier(x, driver, m);
    return computeModel(x);
}

} // namespace

class TestGoalSeek : public QObject
{
    Q_OBJECT
private slots:
    // NPV = 0 for every driver that can reach it on both examples.
    void npvZero_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        for (const QString &n : testing::exampleNames())
            for (const std::string &d : sensitivityDrivers())
                QTest::newRow(qPrintable(n + QLatin1Char(' ') + QString::fromStdString(d)))
                    << n << QString::fromStdString(d);
    }
    void npvZero()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        const Scenario s = testing::loadExample(name);
        const std::string d = driver.toStdString();
        const GoalSeekResult r = goalSeek(s, d, {GoalSeekTarget::Kind::Npv, 0.0});
        if (!r.reached) {
            // Then NPV keeps one sign over the whole range: check both ends and today.
            QVERIFY(!r.message.empty());
            const double lo = at(s, d, r.range.low).kpis.npv;
            const double hi = at(s, d, r.range.high).kpis.npv;
            const double today = computeNpv(s);
            QVERIFY2((lo > 0) == (hi > 0) && (lo > 0) == (today > 0), r.message.c_str());
            return;
        }
        QVERIFY(r.multiplier >= r.range.low && r.multiplier <= r.range.high);
        const ModelResults check = at(s, d, r.multiplier);
        QCOMPARE(check.kpis.npv, r.npv);
        if (r.exact) {
            QVERIFY2(
                std::fabs(check.kpis.npv) <= 1e-6 * check.kpis.totalCapex,
                qPrintable(QStringLiteral("NPV %1 at %2").arg(check.kpis.npv).arg(r.multiplier)));
        } else {
            // A stepwise driver (whole months): NPV changes sign across the answer.
            QCOMPARE(d, std::string("useful_life"));
            const double below = at(s, d, r.multiplier * (1 - 1e-9)).kpis.npv;
            const double above = at(s, d, r.multiplier * (1 + 1e-9)).kpis.npv;
            QVERIFY((below > 0) != (above > 0) || below == 0 || above == 0);
        }
    }

    // A known answer by hand: lease prices enter NPV linearly (break_even_lease_factor), so
    // goal seek on lease_price for NPV = 0 must return that factor.
    void leasePriceMatchesBreakEvenFactor()
    {
        const Scenario s = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        const GoalSeekResult r = goalSeek(s, "lease_price", {GoalSeekTarget::Kind::Npv, 0.0});
        QVERIFY(r.reached && r.exact);
        const double factor = *computeModel(s).kpis.breakEvenLeaseFactor;
        QVERIFY(std::fabs(r.multiplier - factor) <= 1e-9 * factor);
    }

    void npvTarget()
    {
        const Scenario s = testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        const double target = 1e9;
        const GoalSeekResult r = goalSeek(s, "gpu_price", {GoalSeekTarget::Kind::Npv, target});
        QVERIFY(r.reached);
        QVERIFY(std::fabs(at(s, "gpu_price", r.multiplier).kpis.npv - target) <= 1e-6 * target);
    }

    void irrTarget_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<double>("irr");
        QTest::newRow("neocloud lease 15 %")
            << QStringLiteral("neocloud-h100-lessor") << QStringLiteral("lease_price") << 0.15;
        QTest::newRow("neocloud gpu price 10 %")
            << QStringLiteral("neocloud-h100-lessor") << QStringLiteral("gpu_price") << 0.10;
        QTest::newRow("hyperscaler demand 25 %") << QStringLiteral("hyperscaler-surplus-leasing")
                                                 << QStringLiteral("internal_demand") << 0.25;
        QTest::newRow("hyperscaler electricity 30 %")
            << QStringLiteral("hyperscaler-surplus-leasing") << QStringLiteral("electricity_price")
            << 0.30;
    }
    void irrTarget()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(double, irr);
        const Scenario s = testing::loadExample(name);
        const std::string d = driver.toStdString();
        const GoalSeekResult r = goalSeek(s, d, {GoalSeekTarget::Kind::Irr, irr});
        QVERIFY2(r.reached, r.message.c_str());
        const ModelResults check = at(s, d, r.multiplier);
        QVERIFY(check.kpis.irr.has_value());
        QVERIFY2(std::fabs(*check.kpis.irr - irr) <= 1e-9,
                 qPrintable(QStringLiteral("IRR %1").arg(*check.kpis.irr, 0, 'g', 15)));
    }

    // IRR does not depend on the discount rate: unreachable, with a message.
    void irrUnreachable()
    {
        const Scenario s = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        const GoalSeekResult r = goalSeek(s, "discount_rate", {GoalSeekTarget::Kind::Irr, 0.2});
        QVERIFY(!r.reached);
        QVERIFY(r.message.find("does not depend") != std::string::npos);
    }

    // Payback = M: payback at the answer is M; just outside the band edge toward today's
    // value it is not (the answer is the band edge nearest to 1).
    void payback_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("driver");
        QTest::addColumn<int>("month");
        QTest::newRow("neocloud lease month 30")
            << QStringLiteral("neocloud-h100-lessor") << QStringLiteral("lease_price") << 30;
        QTest::newRow("hyperscaler gpu month 30")
            << QStringLiteral("hyperscaler-surplus-leasing") << QStringLiteral("gpu_price") << 30;
        QTest::newRow("hyperscaler cloud month 20")
            << QStringLiteral("hyperscaler-surplus-leasing") << QStringLiteral("cloud_price") << 20;
    }
    void payback()
    {
        QFETCH(QString, name);
        QFETCH(QString, driver);
        QFETCH(int, month);
        const Scenario s = testing::loadExample(name);
        const std::string d = driver.toStdString();
        const GoalSeekResult r = goalSeek(s, d, {GoalSeekTarget::Kind::Payback, double(month)});
        QVERIFY2(r.reached, r.message.c_str());
        QCOMPARE(at(s, d, r.multiplier).kpis.paybackMonth, std::optional<int>(month));
        QVERIFY(r.bandLow && r.bandHigh && *r.bandLow <= r.multiplier &&
                r.multiplier <= *r.bandHigh);
        QCOMPARE(at(s, d, *r.bandLow).kpis.paybackMonth, std::optional<int>(month));
        QCOMPARE(at(s, d, *r.bandHigh).kpis.paybackMonth, std::optional<int>(month));
        // Step off the edge toward 1 (when 1 is outside the band): another payback month.
        if (r.multiplier != 1.0) {
            const double step = 1e-6 * std::max(1.0, r.multiplier);
            const double outside = r.multiplier < 1.0 ? r.multiplier + step : r.multiplier - step;
            QVERIFY(at(s, d, outside).kpis.paybackMonth != std::optional<int>(month));
        }
    }

    void targetParsing()
    {
        std::string error;
        QCOMPARE(parseGoalSeekTarget("irr=0.15", error)->value, 0.15);
        QVERIFY(parseGoalSeekTarget("payback=24", error)->kind == GoalSeekTarget::Kind::Payback);
        QVERIFY(!parseGoalSeekTarget("payback=2.5", error));
        QVERIFY(!parseGoalSeekTarget("npv=abc", error));
        QVERIFY(error.find("abc") != std::string::npos);
        QVERIFY(!parseGoalSeekTarget("roi=1", error));
        QVERIFY(!parseGoalSeekTarget("irr=15", error)); // a percent by mistake
    }
};

QTEST_GUILESS_MAIN(TestGoalSeek)
#include "test_goal_seek.moc"
