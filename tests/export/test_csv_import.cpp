// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import of purchase schedules and demand series: accepted rows, rejected rows with
// their line numbers and reasons, pasted (tab) and file (comma/semicolon) input.
#include "export/CsvImport.h"
#include "scenario/ScenarioReader.h"

#include <QTest>

using namespace fleetroi;
using namespace fleetroi::exporting;

namespace {
Scenario hyperscaler()
{
    const auto r = readScenarioFile(FLEETROI_TEST_DATA_DIR
                                    "/examples/hyperscaler-surplus-leasing.fleetroi.json");
    if (!r.ok())
        qFatal("cannot read example");
    return *r.scenario;
}
} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void splitQuotedFields()
    {
        std::vector<int> lines;
        const auto rows = splitCsv(
            QStringLiteral("a,\"b,c\",\"say \"\"hi\"\"\"\r\n\r\n1,\"multi\nline\",3\n4,5,6"),
            &lines);
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0], (QStringList{QStringLiteral("a"), QStringLiteral("b,c"),
                                       QStringLiteral("say \"hi\"")}));
        QCOMPARE(rows[1][1], QStringLiteral("multi\nline"));
        QCOMPARE(lines, (std::vector<int>{1, 3, 5}));
    }

    void purchasesFromAPastedTable()
    {
        const Scenario sc = hyperscaler();
        // Tab-separated as Excel pastes it, with a header in a different order.
        const QString text = QStringLiteral("sku\tmonth\tgpus\tlabel\tgpu_price\n"
                                            "h100\t3\t1024\tExtra H100\t\n"
                                            "B200 SXM\t2027-02\t512\t\t36000\n"
                                            "h100\t3\t-5\tbad gpus\t\n"
                                            "tpu\t4\t8\tno such sku\t\n"
                                            "h100\t99\t8\tlate\t\n"
                                            "h100\t1\t8,5\tdecimal comma\t\n");
        const PurchaseImport r = parsePurchaseCsv(text, sc);
        QVERIFY(r.hadHeader);
        QCOMPARE(r.purchases.size(), std::size_t(2));
        QCOMPARE(r.purchases[0].sku, std::string("h100"));
        QCOMPARE(r.purchases[0].month, 3);
        QCOMPARE(r.purchases[0].gpus, std::int64_t(1024));
        QCOMPARE(r.purchases[0].label, std::string("Extra H100"));
        QVERIFY(!r.purchases[0].gpuPrice);
        QCOMPARE(r.purchases[1].sku, std::string("b200"));
        QCOMPARE(r.purchases[1].month, 13); // 2027-02 from a 2026-01 start
        QCOMPARE(*r.purchases[1].gpuPrice, 36000.0);
        QCOMPARE(r.lines, (std::vector<int>{2, 3}));
        QCOMPARE(r.rejected.size(), std::size_t(4));
        QCOMPARE(r.rejected[0].line, 4);
        QVERIFY(r.rejected[0].reason.startsWith(QLatin1String("gpus:")));
        QCOMPARE(r.rejected[1].line, 5);
        QVERIFY(r.rejected[1].reason.contains(QLatin1String("tpu")));
        QCOMPARE(r.rejected[2].line, 6);
        QVERIFY(r.rejected[2].reason.startsWith(QLatin1String("month:")));
        QCOMPARE(r.rejected[3].line, 7);
    }

    void purchasesWithoutHeader()
    {
        const PurchaseImport r =
            parsePurchaseCsv(QStringLiteral("0,h100,8,2\n1;gb200;72"), hyperscaler());
        // The delimiter comes from the first line: the second line is one field and rejected.
        QCOMPARE(r.purchases.size(), std::size_t(1));
        QCOMPARE(r.purchases[0].installLagMonths, 2);
        QCOMPARE(r.rejected.size(), std::size_t(1));
        QCOMPARE(r.rejected[0].line, 2);
    }

    void headerMissingRequiredColumn()
    {
        const PurchaseImport r =
            parsePurchaseCsv(QStringLiteral("month,gpus\n0,8\n"), hyperscaler());
        QVERIFY(r.purchases.empty());
        QCOMPARE(r.rejected.size(), std::size_t(1));
        QVERIFY(r.rejected[0].reason.contains(QLatin1String("sku")));
    }

    void demandSeries()
    {
        Scenario sc = hyperscaler();
        sc.horizonMonths = 4;
        DemandImport r =
            parseDemandCsv(QStringLiteral("compute_hours\n100\n200.5\n300\n400\n"), sc);
        QVERIFY(r.hadHeader);
        QVERIFY(r.complete());
        QCOMPARE(r.series, (std::vector<double>{100, 200.5, 300, 400}));

        r = parseDemandCsv(
            QStringLiteral("2026-01\t1\n2026-03\t3\n2026-02\t2\n2026-04\tx\n2026-09\t9\n"), sc);
        QVERIFY(!r.complete());
        QVERIFY(r.problem.contains(QLatin1String("2026-04")));
        QCOMPARE(r.rejected.size(), std::size_t(2));
        QCOMPARE(r.rejected[0].line, 4);
        QCOMPARE(r.rejected[1].line, 5);

        r = parseDemandCsv(QStringLiteral("1\n2\n3\n4\n5\n-1\n"), sc);
        QCOMPARE(r.series.size(), std::size_t(4));
        QCOMPARE(r.rejected.size(), std::size_t(2));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csv_import.moc"
