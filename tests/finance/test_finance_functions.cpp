// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-computed checks of the finance functions: schedules that must add up, amortisation
// tables built period by period in the test, textbook values, root search and dates.
// The LibreOffice oracle (test_finance_oracle) covers exact spreadsheet values; these tests
// state the financial meaning independently of any spreadsheet.
#include "finance/Finance.h"

#include "Tolerance.h"

#include <QtTest>

#include <cmath>
#include <vector>

using namespace fleetroi::finance;

namespace {

using fleetroi_test::Tolerance;
using fleetroi_test::withinTolerance;

double npvAt(const std::vector<double> &values, double x)
{
    double sum = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i)
        sum += values[i] / std::pow(1.0 + x, static_cast<double>(i));
    return sum;
}

} // namespace

class TestFinanceFunctions : public QObject
{
    Q_OBJECT

private slots:
    void resultType()
    {
        const Result<double> value = 2.5;
        QVERIFY(value.ok());
        QCOMPARE(value.value(), 2.5);
        QVERIFY(value.errorText().empty());
        const Result<double> error = Error::NoConvergence;
        QVERIFY(!error.ok());
        QCOMPARE(error.error(), Error::NoConvergence);
        QCOMPARE(std::string(error.errorText()), std::string("no convergence"));
        QCOMPARE(error.valueOr(-1.0), -1.0);
        QVERIFY(!finiteOr(std::nan(""), Error::NoSolution).ok());
    }

    // Straight line, sum-of-years' digits and VDB (with its switch to straight line) each
    // depreciate exactly cost - salvage over the whole life.
    void schedulesSumToDepreciableBasis_data()
    {
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("salvage");
        QTest::addColumn<int>("life");
        QTest::newRow("server 5y") << 250000.0 << 25000.0 << 5;
        QTest::newRow("cluster 7y no salvage") << 48000000.0 << 0.0 << 7;
        QTest::newRow("GPU 3y 30% salvage") << 35000.0 << 10500.0 << 3;
        QTest::newRow("monthly 60") << 1200000.0 << 120000.0 << 60;
        QTest::newRow("1y") << 1000.0 << 100.0 << 1;
    }

    void schedulesSumToDepreciableBasis()
    {
        QFETCH(double, cost);
        QFETCH(double, salvage);
        QFETCH(int, life);
        double slnSum = 0.0;
        double sydSum = 0.0;
        double vdbSum = 0.0;
        for (int period = 1; period <= life; ++period) {
            slnSum += sln(cost, salvage, life).value();
            sydSum += syd(cost, salvage, life, period).value();
            const Result<double> v = vdb(cost, salvage, life, period - 1, period);
            QVERIFY(v.ok());
            vdbSum += v.value();
        }
        FLEETROI_VERIFY_NEAR(slnSum, cost - salvage, Tolerance::scaled(1e-12));
        FLEETROI_VERIFY_NEAR(sydSum, cost - salvage, Tolerance::scaled(1e-12));
        FLEETROI_VERIFY_NEAR(vdbSum, cost - salvage, Tolerance::scaled(1e-12));
        // The whole-life VDB window equals the sum of its periods.
        FLEETROI_VERIFY_NEAR(vdb(cost, salvage, life, 0, life).value(), cost - salvage,
                             Tolerance::scaled(1e-12));
    }

    // DDB(10000;3000;5;k): the period that crosses salvage gets only what is left above it.
    void ddbClampsAtSalvage_data()
    {
        QTest::addColumn<double>("salvage");
        QTest::addColumn<QList<double>>("amounts");
        QTest::newRow("salvage 3000") << 3000.0 << QList<double>{4000, 2400, 600, 0, 0};
        // No switch to straight line: 777.6 stays undepreciated.
        QTest::newRow("salvage 0") << 0.0 << QList<double>{4000, 2400, 1440, 864, 518.4};
    }

    void ddbClampsAtSalvage()
    {
        QFETCH(double, salvage);
        QFETCH(QList<double>, amounts);
        for (int k = 1; k <= 5; ++k)
            FLEETROI_VERIFY_NEAR2(ddb(10000, salvage, 5, k).value(), amounts[k - 1],
                                  Tolerance::scaled(1e-12), QString::number(k));
        // Once the book value reaches salvage, the schedule has depreciated cost - salvage.
        if (salvage > 0) {
            double sum = 0.0;
            for (int k = 1; k <= 5; ++k)
                sum += ddb(10000, salvage, 5, k).value();
            FLEETROI_VERIFY_NEAR(sum, 10000 - salvage, Tolerance::scaled(1e-12));
        }
        QVERIFY(!ddb(10000, salvage, 5, 6).ok());
        QVERIFY(!ddb(10000, salvage, 5, 0.5).ok());
    }

    void vdbSwitchesToStraightLine()
    {
        const double expected[] = {4000, 2400, 1440, 1080, 1080};
        for (int k = 1; k <= 5; ++k)
            FLEETROI_VERIFY_NEAR(vdb(10000, 0, 5, k - 1, k).value(), expected[k - 1],
                                 Tolerance::scaled(1e-12));
        // Fractional windows interpolate linearly inside a period.
        FLEETROI_VERIFY_NEAR(vdb(10000, 1000, 5, 0.5, 1.5).value(), 3200, Tolerance::scaled(1e-12));
        QVERIFY(!vdb(10000, 0, 5, 2, 1).ok());
    }

    // depreciationSchedule (the model's book schedules, issue 13): straight line and sum of
    // years' digits are sln and syd period by period, to the bit; the declining balance with
    // its switch follows MODEL.md and agrees with the spreadsheet's VDB (itself checked
    // against LibreOffice by test_finance_oracle) to rounding.
    void depreciationScheduleIsTheSpreadsheetFunctions_data()
    {
        QTest::addColumn<double>("cost");
        QTest::addColumn<double>("salvage");
        QTest::addColumn<int>("life");
        QTest::newRow("5 periods") << 10000.0 << 1000.0 << 5;
        QTest::newRow("monthly 66, 5% salvage") << 1.0 << 0.05 << 66;
        QTest::newRow("monthly 48, no salvage") << 2.6e8 << 0.0 << 48;
        QTest::newRow("monthly 77") << 3.3e6 << 1.65e5 << 77;
        QTest::newRow("life 1") << 1000.0 << 100.0 << 1;
        QTest::newRow("life 2") << 1000.0 << 0.0 << 2;
        QTest::newRow("life 3") << 1000.0 << 0.0 << 3;
    }

    void depreciationScheduleIsTheSpreadsheetFunctions()
    {
        QFETCH(double, cost);
        QFETCH(double, salvage);
        QFETCH(int, life);
        std::vector<double> sl(life), sy(life), db(life);
        const Result<double> slTotal = depreciationSchedule(ScheduleMethod::StraightLine, cost,
                                                            salvage, life, life, sl.data());
        const Result<double> syTotal = depreciationSchedule(ScheduleMethod::SumOfYearsDigits, cost,
                                                            salvage, life, life, sy.data());
        const Result<double> dbTotal = depreciationSchedule(
            ScheduleMethod::DecliningBalanceToStraightLine, cost, salvage, life, life, db.data());
        QVERIFY(slTotal.ok() && syTotal.ok() && dbTotal.ok());
        for (int j = 0; j < life; ++j) {
            QCOMPARE(sl[j], sln(cost, salvage, life).value()); // exact: the same function
            QCOMPARE(sy[j], syd(cost, salvage, life, j + 1).value());
            const double oracle = vdb(cost, salvage, life, j, j + 1).value();
            FLEETROI_VERIFY_NEAR2(db[j], oracle, Tolerance::scaled(1e-9 * cost),
                                  QStringLiteral("period %1 vs VDB").arg(j + 1));
        }
        // Each schedule depreciates exactly cost - salvage over the life.
        FLEETROI_VERIFY_NEAR(slTotal.value(), cost - salvage, Tolerance::scaled(1e-12));
        FLEETROI_VERIFY_NEAR(syTotal.value(), cost - salvage, Tolerance::scaled(1e-12));
        FLEETROI_VERIFY_NEAR(dbTotal.value(), cost - salvage, Tolerance::scaled(1e-12));
        // A schedule cut short (asset sold before the end of its life) is the same prefix.
        if (life > 1) {
            std::vector<double> part(life - 1);
            QVERIFY(depreciationSchedule(ScheduleMethod::DecliningBalanceToStraightLine, cost,
                                         salvage, life, life - 1, part.data())
                        .ok());
            for (int j = 0; j < life - 1; ++j)
                QCOMPARE(part[j], db[j]);
        }
    }

    // MODEL.md's declining balance, by hand: rate 2/5 on the book value, the straight line of
    // what is left above salvage over the remaining periods when that is larger, never below
    // salvage.
    void decliningBalanceScheduleByHand()
    {
        // Salvage 0: 400, 240, 144; then straight line 216 / 2 = 108 beats 0.4 x 216 = 86.4.
        std::vector<double> d(5);
        QVERIFY(depreciationSchedule(ScheduleMethod::DecliningBalanceToStraightLine, 1000, 0, 5, 5,
                                     d.data())
                    .ok());
        const double noSalvage[] = {400, 240, 144, 108, 108};
        for (int j = 0; j < 5; ++j)
            FLEETROI_VERIFY_NEAR2(d[j], noSalvage[j], Tolerance::scaled(1e-12),
                                  qPrintable(QString::number(j)));
        // Salvage 100: 400, 240, 144, 86.4 (> (216 - 100) / 2 = 58), then only the 29.6 left.
        QVERIFY(depreciationSchedule(ScheduleMethod::DecliningBalanceToStraightLine, 1000, 100, 5,
                                     5, d.data())
                    .ok());
        const double withSalvage[] = {400, 240, 144, 86.4, 29.6};
        for (int j = 0; j < 5; ++j)
            FLEETROI_VERIFY_NEAR2(d[j], withSalvage[j], Tolerance::scaled(1e-12),
                                  qPrintable(QString::number(j)));
        // Factor 1.5: 300, then max(0.3 x 700 = 210, 700 / 4 = 175) = 210.
        QVERIFY(depreciationSchedule(ScheduleMethod::DecliningBalanceToStraightLine, 1000, 0, 5, 2,
                                     d.data(), 1.5)
                    .ok());
        QVERIFY(withinTolerance(d[0], 300, Tolerance::scaled(1e-12)) &&
                withinTolerance(d[1], 210, Tolerance::scaled(1e-12)));
    }

    void depreciationScheduleRejectsOutOfDomain()
    {
        std::vector<double> d(3, -7.0);
        for (ScheduleMethod m : {ScheduleMethod::StraightLine, ScheduleMethod::SumOfYearsDigits,
                                 ScheduleMethod::DecliningBalanceToStraightLine}) {
            QCOMPARE(depreciationSchedule(m, 1000, 0, 0, 0, d.data()).error(),
                     Error::InvalidArgument);
            QCOMPARE(depreciationSchedule(m, 1000, 0, 2, 3, d.data()).error(),
                     Error::InvalidArgument);
            QCOMPARE(depreciationSchedule(m, 1000, 0, 2, -1, d.data()).error(),
                     Error::InvalidArgument);
            QCOMPARE(depreciationSchedule(m, 1000, 0, 2, 2, d.data(), 0.0).error(),
                     Error::InvalidArgument);
        }
        QCOMPARE(d[0], -7.0); // untouched
        QVERIFY(depreciationSchedule(ScheduleMethod::StraightLine, 1000, 0, 2, 0, d.data()).ok());
    }

    void dbRoundsRateToThreeDecimals()
    {
        // rate = 1 - (1000/10000)^(1/5) = 0.369 after rounding; year 1 prorated 7 months.
        const double rate = 0.369;
        FLEETROI_VERIFY_NEAR(db(10000, 1000, 5, 1, 7).value(), 10000 * rate * 7 / 12,
                             Tolerance::scaled(1e-12));
        double book = 10000 - 10000 * rate * 7 / 12;
        for (int period = 2; period <= 5; ++period) {
            const double amount = book * rate;
            FLEETROI_VERIFY_NEAR(db(10000, 1000, 5, period, 7).value(), amount,
                                 Tolerance::scaled(1e-12));
            book -= amount;
        }
        FLEETROI_VERIFY_NEAR(db(10000, 1000, 5, 6, 7).value(), book * rate * 5 / 12,
                             Tolerance::scaled(1e-12));
        QVERIFY(!db(10000, 1000, 5, 7, 7).ok());
    }

    // A loan's payments, split period by period in the test, must match PMT/IPMT/PPMT/CUM*.
    void amortisationTable_data()
    {
        QTest::addColumn<double>("r");
        QTest::addColumn<int>("n");
        QTest::addColumn<double>("principal");
        QTest::addColumn<int>("type");
        QTest::newRow("84 months 10%/y arrears") << 0.10 / 12 << 84 << 100000.0 << 0;
        QTest::newRow("36 months 6%/y advance") << 0.005 << 36 << 25000.0 << 1;
        QTest::newRow("10 years 8% arrears") << 0.08 << 10 << 4.2e9 << 0;
        QTest::newRow("tiny r") << 1e-6 << 120 << 1e6 << 0;
    }

    void amortisationTable()
    {
        QFETCH(double, r);
        QFETCH(int, n);
        QFETCH(double, principal);
        QFETCH(int, type);
        const Result<double> payment = pmt(r, n, principal, 0, type);
        QVERIFY(payment.ok());
        QVERIFY(payment.value() < 0); // a loan received is repaid
        // balance: what is still owed right after the latest payment.
        double balance = principal;
        double interestSum = 0.0;
        double principalSum = 0.0;
        const double tolerance = 1e-9 * principal;
        for (int period = 1; period <= n; ++period) {
            double interest;
            if (type == 0) {
                // Paid at the end of the period: interest on the balance during it.
                interest = -balance * r;
                balance = balance * (1 + r) + payment.value();
            } else {
                // Paid at the start: payment k carries the interest of period k - 1.
                interest = period == 1 ? 0.0 : -balance * r;
                if (period > 1)
                    balance *= 1 + r;
                balance += payment.value();
            }
            const double principalPart = payment.value() - interest;
            QVERIFY2(std::abs(ipmt(r, period, n, principal, 0, type).value() - interest) <=
                         tolerance,
                     qPrintable(QStringLiteral("IPMT period %1").arg(period)));
            QVERIFY2(std::abs(ppmt(r, period, n, principal, 0, type).value() - principalPart) <=
                         tolerance,
                     qPrintable(QStringLiteral("PPMT period %1").arg(period)));
            interestSum += interest;
            principalSum += principalPart;
        }
        QVERIFY(std::abs(balance) <= 1e-6 * principal); // fully repaid
        FLEETROI_VERIFY_NEAR(cumprinc(r, n, principal, 1, n, type).value(), -principal,
                             Tolerance::scaled(1e-9));
        QVERIFY(std::abs(cumipmt(r, n, principal, 1, n, type).value() - interestSum) <= tolerance);
        FLEETROI_VERIFY_NEAR(principalSum, -principal, Tolerance::scaled(1e-9));
        // PV of the payments is the principal; NPER and RATE recover n and r.
        FLEETROI_VERIFY_NEAR(pv(r, n, payment.value(), 0, type).value(), principal,
                             Tolerance::scaled(1e-9));
        FLEETROI_VERIFY_NEAR(nper(r, payment.value(), principal, 0, type).value(), n,
                             Tolerance::scaled(1e-9));
        const Result<double> solved = rate(n, payment.value(), principal, 0, type, r);
        QVERIFY(solved.ok());
        QVERIFY(std::abs(solved.value() - r) < 1e-9);
        FLEETROI_VERIFY_NEAR(fv(r, n, payment.value(), principal, type).value(), 0,
                             Tolerance::scaled(1e-6 * principal));
    }

    void rateGuessFallbackOnlyWhenOmitted()
    {
        const Result<double> omitted = rate(6, -500, 1000);
        QVERIFY(omitted.ok());
        FLEETROI_VERIFY_NEAR(omitted.value(), 0.445098321091633, Tolerance::scaled(1e-12));
        QVERIFY(!rate(6, -500, 1000, 0, 0, 0.1).ok());
        QVERIFY(!rate(0, -500, 1000).ok());
    }

    void npvDiscountsFirstValue()
    {
        FLEETROI_VERIFY_NEAR(npv(0.1, {100}).value(), 100 / 1.1, Tolerance::scaled(1e-14));
        QVERIFY(!npv(-1, {100, 100}).ok());
    }

    void irrRoots_data()
    {
        QTest::addColumn<QList<double>>("values");
        QTest::addColumn<QList<double>>("roots");
        QTest::newRow("two roots") << QList<double>{-100, 230, -132} << QList<double>{0.1, 0.2};
        QTest::newRow("one root") << QList<double>{-100, 110} << QList<double>{0.1};
        QTest::newRow("no root") << QList<double>{100, 200, 300} << QList<double>{};
        QTest::newRow("all zero") << QList<double>{0, 0, 0} << QList<double>{};
        QTest::newRow("close to -99%")
            << QList<double>{-1000000, 10, 10, 10} << QList<double>{-0.9782975784972578};
    }

    void irrRoots()
    {
        QFETCH(QList<double>, values);
        QFETCH(QList<double>, roots);
        const std::vector<double> flows(values.begin(), values.end());
        const std::vector<double> found = irrAllRoots(flows);
        QCOMPARE(static_cast<qsizetype>(found.size()), roots.size());
        for (std::size_t i = 0; i < found.size(); ++i) {
            QVERIFY(std::abs(found[i] - roots[static_cast<qsizetype>(i)]) < 1e-9);
            QVERIFY(std::abs(npvAt(flows, found[i])) <= 1e-9 * 1e6);
        }
    }

    // A 60-month lease at exactly 1 %/month: the spreadsheet's IRR needs 22 Newton steps from
    // the default guess and fails; FleetROI's irr() still finds the rate.
    void irrFallsBackToRootSearch()
    {
        // Lend 100000 now, receive the level payment of a 1 %/month loan for 60 months.
        const double payment = pmt(0.01, 60, -100000).value();
        QVERIFY(payment > 0);
        std::vector<double> flows(61, payment);
        flows[0] = -100000;
        QVERIFY(!irrSpreadsheet(flows).ok());
        const Result<double> r = irr(flows);
        QVERIFY(r.ok());
        QVERIFY(std::abs(r.value() - 0.01) < 1e-12);
        FLEETROI_VERIFY_NEAR(irrSpreadsheet(flows, 0.01).value(), 0.00999999869949568,
                             Tolerance::scaled(1e-6));
        // Where the spreadsheet converges, irr() is the spreadsheet's value exactly.
        const std::vector<double> multi{-100, 230, -132};
        QCOMPARE(irr(multi, 0.18).value(), irrSpreadsheet(multi, 0.18).value());
        QVERIFY(!irr({100, 200, 300}).ok());
    }

    void findAllRootsOfPolynomial()
    {
        const auto roots =
            findAllRoots([](double x) { return (x - 0.05) * (x - 0.3) * (x + 0.7); }, -0.99, 10);
        QCOMPARE(roots.size(), std::size_t(3));
        QVERIFY(std::abs(roots[0] + 0.7) < 1e-14);
        QVERIFY(std::abs(roots[1] - 0.05) < 1e-14);
        QVERIFY(std::abs(roots[2] - 0.3) < 1e-14);
    }

    void xnpvUsesActualDaysOver365()
    {
        const DayNumber d0 = daysFromCivil({2024, 1, 1});
        const DayNumber d1 = daysFromCivil({2025, 1, 1});
        QCOMPARE(d1 - d0, 366);
        FLEETROI_VERIFY_NEAR(xnpv(0.1, {-1000, 1100}, {d0, d1}).value(),
                             -1000 + 1100 / std::pow(1.1, 366.0 / 365.0), Tolerance::scaled(1e-12));
        const Result<double> r = xirr({-1000, 1100}, {d0, d1});
        QVERIFY(r.ok());
        FLEETROI_VERIFY_NEAR(r.value(), std::pow(1.1, 365.0 / 366.0) - 1, Tolerance::scaled(1e-10));
        QVERIFY(!xirr({-1000, 1100}, {d0, d1}, -1).ok());
    }

    void civilDates()
    {
        QCOMPARE(daysFromCivil({1970, 1, 1}), 0);
        QCOMPARE(daysFromCivil({2000, 3, 1}), 11017);
        for (DayNumber day = -800000; day <= 800000; day += 7) {
            const CivilDate date = civilFromDays(day);
            QVERIFY(isValid(date));
            QCOMPARE(daysFromCivil(date), day);
        }
        QVERIFY(parseIsoDate("2024-02-29").has_value());
        QVERIFY(!parseIsoDate("2023-02-29").has_value());
        QVERIFY(!parseIsoDate("2024-2-29").has_value());
        QCOMPARE(toIsoString(*parseIsoDate("2027-12-31")), std::string("2027-12-31"));
    }

    void yearMonthTexts()
    {
        // The scenario file's "start" spelling: four year digits, two month digits, zero-padded.
        QCOMPARE(yearMonthText(2026, 1), std::string("2026-01"));
        QCOMPARE(yearMonthText(2026, 12), std::string("2026-12"));
        QCOMPARE(yearMonthText(999, 7), std::string("0999-07"));
        // Invalid months are quoted as given (validation messages name what the file said).
        QCOMPARE(yearMonthText(2026, 13), std::string("2026-13"));
        QCOMPARE(yearMonthText(12345, 0), std::string("12345-00"));
        // Agrees with the day part of the ISO date of the first of every month of 1990..2100.
        for (int y = 1990; y <= 2100; ++y)
            for (int m = 1; m <= 12; ++m)
                QCOMPARE(yearMonthText(y, m) + "-01", toIsoString({y, m, 1}));
    }

    void mirrTextbook()
    {
        // Finance at 10 %, reinvest at 12 %: (FV of inflows / PV of outflows)^(1/n) - 1.
        const std::vector<double> flows{-120000, 39000, 30000, 21000, 37000, 46000};
        const double fvPositive = 39000 * std::pow(1.12, 4) + 30000 * std::pow(1.12, 3) +
                                  21000 * std::pow(1.12, 2) + 37000 * 1.12 + 46000;
        FLEETROI_VERIFY_NEAR(mirr(flows, 0.10, 0.12).value(),
                             std::pow(fvPositive / 120000, 0.2) - 1, Tolerance::scaled(1e-13));
        QVERIFY(!mirr({100, 200}, 0.1, 0.1).ok());
    }
};

QTEST_GUILESS_MAIN(TestFinanceFunctions)
#include "test_finance_functions.moc"
