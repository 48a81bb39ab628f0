// SPDX-License-Identifier: GPL-3.0-or-later
// CSV import of purchase schedules and demand series: accepted rows, rejected rows with
// their line numbers and reasons, pasted (tab) and file (comma/semicolon) input; the
// encoding of file bytes (never guessed), field counts, and decimal commas that must be
// rejected rather than read as other numbers (issue #14).
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

    // Encodings: UTF-8 with or without BOM and UTF-16 with BOM are read; bytes that are not
    // UTF-8 are refused naming the likely encoding unless the encoding is chosen.
    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("requested"); // CsvEncoding
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("textOrProblem");
        const QString zurich = QStringLiteral("label\nZ\u00fcrich \u20ac");
        const QByteArray utf8 = zurich.toUtf8();
        const int autoDetect = int(CsvEncoding::Auto);
        QTest::newRow("utf-8") << utf8 << autoDetect << true << zurich;
        QTest::newRow("utf-8 bom")
            << QByteArray("\xEF\xBB\xBF" + utf8) << autoDetect << true << zurich;
        QByteArray le("\xFF\xFE"), be("\xFE\xFF");
        for (QChar c : zurich) {
            le += char(c.unicode() & 0xFF);
            le += char(c.unicode() >> 8);
            be += char(c.unicode() >> 8);
            be += char(c.unicode() & 0xFF);
        }
        QTest::newRow("utf-16le bom") << le << autoDetect << true << zurich;
        QTest::newRow("utf-16be bom") << be << autoDetect << true << zurich;
        // "Zürich €" as Excel on Windows saves it: ü = 0xFC, € = 0x80.
        const QByteArray cp1252("label\nZ\xFCrich \x80");
        QTest::newRow("windows-1252 refused")
            << cp1252 << autoDetect << false << "line 2: byte 0xFC); it is probably Windows-1252";
        QTest::newRow("windows-1252 chosen")
            << cp1252 << int(CsvEncoding::Windows1252) << true << zurich;
        QTest::newRow("latin-1 chosen")
            << QByteArray("label\nZ\xFCrich") << int(CsvEncoding::Latin1) << true
            << QStringLiteral("label\nZ\u00fcrich");
        QTest::newRow("utf-8 chosen for cp1252 bytes")
            << cp1252 << int(CsvEncoding::Utf8) << false << "Windows-1252";
        QTest::newRow("utf-16 without bom")
            << le.mid(2) << autoDetect << false << "UTF-16 without a byte-order mark";
        QTest::newRow("undefined cp1252 byte")
            << QByteArray("a\x81") << int(CsvEncoding::Windows1252) << false << "not Windows-1252";
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, requested);
        QFETCH(bool, ok);
        QFETCH(QString, textOrProblem);
        const CsvDecoded d = decodeCsvBytes(bytes, CsvEncoding(requested));
        QCOMPARE(d.ok, ok);
        if (ok) {
            QCOMPARE(d.text, textOrProblem);
        } else {
            QVERIFY2(d.problem.contains(textOrProblem), qPrintable(d.problem));
            QVERIFY(d.text.isEmpty()); // nothing half-read
        }
    }

    void encodingNames()
    {
        CsvEncoding e = CsvEncoding::Auto;
        QVERIFY(csvEncodingFromName(QStringLiteral("Windows-1252"), &e));
        QCOMPARE(e, CsvEncoding::Windows1252);
        QVERIFY(csvEncodingFromName(QStringLiteral("cp1252"), &e));
        QCOMPARE(e, CsvEncoding::Windows1252);
        QVERIFY(csvEncodingFromName(QStringLiteral("ISO-8859-1"), &e));
        QCOMPARE(e, CsvEncoding::Latin1);
        QVERIFY(csvEncodingFromName(QStringLiteral("utf8"), &e));
        QCOMPARE(e, CsvEncoding::Utf8);
        QVERIFY(!csvEncodingFromName(QStringLiteral("ebcdic"), &e));
    }

    // Decimal commas that a comma-separated file turns into extra fields are rejected with
    // their line and a reason, never read as other numbers; the rows that are fine are read
    // with their exact values. Columns: kind (p = purchases, d = demand with H = 3), text,
    // delimiter and decimal given (empty = detect), rejected lines, reason fragment, the
    // accepted values (gpu price or compute hours, in order).
    void ambiguousDecimalCommas_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("decimal");
        QTest::addColumn<QList<int>>("rejectedLines");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QList<double>>("values");
        // The reported cases.
        QTest::newRow("0,5 in a one-column comma file")
            << "d"
            << "compute_hours\n100\n0,5\n200\n300"
            << ""
            << "" << QList<int>{3} << "2 fields, but the header has 1"
            << QList<double>{100, 200, 300};
        QTest::newRow("0,1200,5 under month,compute_hours")
            << "d"
            << "month,compute_hours\n0,1200,5\n1,1300\n2,1400"
            << ""
            << "" << QList<int>{2} << "3 fields, but the header has 2" << QList<double>{1300, 1400};
        QTest::newRow("price 24999,50 under a header")
            << "p"
            << "month,sku,gpus,gpu_price\n0,h100,8,24999,50\n1,h100,8,25000"
            << ""
            << "" << QList<int>{2} << "decimal comma" << QList<double>{25000};
        // Variants.
        QTest::newRow("0,5 first in a one-column file without header")
            << "d"
            << "0,5\n100\n200\n300"
            << ""
            << "" << QList<int>{1} << "but the other rows have 1" << QList<double>{100, 200, 300};
        QTest::newRow("price 24999,50 without a header")
            << "p"
            << "0,h100,8,2,24999,50\n1,h100,8,2,25000,Q3"
            << ""
            << "" << QList<int>{1} << "24999,50" << QList<double>{25000};
        QTest::newRow("quoted price with a decimal comma")
            << "p"
            << "month,sku,gpus,gpu_price\n0,h100,8,\"24999,50\""
            << ""
            << "" << QList<int>{2} << "decimal comma, but the decimal separator is the point"
            << QList<double>{};
        QTest::newRow("semicolon file with decimal commas is read as such")
            << "d"
            << "month;compute_hours\n0;0,5\n1;1200,25\n2;3"
            << ""
            << "" << QList<int>{} << "" << QList<double>{0.5, 1200.25, 3};
        QTest::newRow("thousands separators are rejected")
            << "d"
            << "month;compute_hours\n0;1.234,5\n1;1\n2;2"
            << ""
            << "" << QList<int>{2} << "thousands separators" << QList<double>{1, 2};
        QTest::newRow("point in a decimal-comma file")
            << "d"
            << "month;compute_hours\n0;1,5\n1;2.5\n2;2"
            << ""
            << "," << QList<int>{3} << "decimal point, but the decimal separator is the comma"
            << QList<double>{1.5, 2};
        QTest::newRow("chosen: semicolon and decimal comma")
            << "p"
            << "0;h100;8;2;24999,50"
            << ";"
            << "," << QList<int>{} << "" << QList<double>{24999.5};
        // Issue #14 sweep: a point (or comma) followed by exactly three digits, with the
        // separator only detected in a file not separated by commas, is also a separator
        // between thousands (German Excel: "24.999" = 24999); refused until chosen.
        QTest::newRow("24.999 in a semicolon file is ambiguous")
            << "p"
            << "month;sku;gpus;gpu_price\n0;h100;8;24.999\n1;h100;8;25000"
            << ""
            << "" << QList<int>{2}
            << "'24.999', which is ambiguous: 24.999 with a decimal point, or 24999"
            << QList<double>{25000};
        QTest::newRow("1.000 GPUs in a semicolon file is ambiguous")
            << "p"
            << "month;sku;gpus;gpu_price\n0;h100;1.000;25000"
            << ""
            << "" << QList<int>{2}
            << "gpus: must be a whole number from 1 to 100000000, got '1.000', which is ambiguous"
            << QList<double>{};
        QTest::newRow("38.000 in a tab file is ambiguous")
            << "d"
            << "month\tcompute_hours\n0\t38.000\n1\t1\n2\t2"
            << ""
            << "" << QList<int>{2} << "or 38000 with a point between thousands" << QList<double>{};
        QTest::newRow("1,500 with a detected decimal comma is ambiguous")
            << "d"
            << "month;compute_hours\n0;1,500\n1;1,200\n2;2"
            << ""
            << "" << QList<int>{2, 3} << "with a comma between thousands" << QList<double>{};
        QTest::newRow("another decimal in the file settles it")
            << "d"
            << "month;compute_hours\n0;1,500\n1;1,25\n2;2"
            << ""
            << "" << QList<int>{} << "" << QList<double>{1.5, 1.25, 2};
        QTest::newRow("chosen decimal point reads 24.999")
            << "p"
            << "month;sku;gpus;gpu_price\n0;h100;8;24.999"
            << ";"
            << "." << QList<int>{} << "" << QList<double>{24.999};
        QTest::newRow("comma file: 24.999 has a decimal point")
            << "p"
            << "month,sku,gpus,gpu_price\n0,h100,8,24.999"
            << ""
            << "" << QList<int>{} << "" << QList<double>{24.999};
        QTest::newRow("1e308 price is out of range")
            << "p"
            << "month,sku,gpus,gpu_price\n0,h100,8,1e308"
            << ""
            << "" << QList<int>{2} << "gpu_price: must be a number from 0 to 1000000000"
            << QList<double>{};
        QTest::newRow("negative gpus")
            << "p"
            << "month,sku,gpus\n0,h100,-500"
            << ""
            << "" << QList<int>{2} << "gpus: must be a whole number from 1 to 100000000"
            << QList<double>{};
    }

    void ambiguousDecimalCommas()
    {
        QFETCH(QString, kind);
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QFETCH(QString, decimal);
        QFETCH(QList<int>, rejectedLines);
        QFETCH(QString, reason);
        QFETCH(QList<double>, values);
        Scenario sc = hyperscaler();
        sc.horizonMonths = 3;
        CsvOptions options;
        if (!delimiter.isEmpty())
            options.delimiter = delimiter[0];
        if (!decimal.isEmpty())
            options.decimal = decimal[0];
        std::vector<CsvRejectedRow> rejected;
        QList<double> got;
        if (kind == u"p") {
            const PurchaseImport r = parsePurchaseCsv(text, sc, options);
            QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            rejected = r.rejected;
            for (const PurchaseTranche &p : r.purchases)
                got << p.gpuPrice.value_or(-1.0);
        } else {
            const DemandImport r = parseDemandCsv(text, sc, options);
            rejected = r.rejected;
            if (rejectedLines.isEmpty())
                QVERIFY2(r.complete(), qPrintable(r.problem));
            for (int t = 0; t < 3; ++t)
                if (r.complete())
                    got << r.series[std::size_t(t)];
            if (!r.complete()) // the accepted values, in month order
                got.clear();
        }
        QList<int> lines;
        for (const CsvRejectedRow &row : rejected)
            lines << row.line;
        QCOMPARE(lines, rejectedLines);
        for (const CsvRejectedRow &row : rejected)
            QVERIFY2(row.reason.contains(reason), qPrintable(row.reason));
        if (kind == u"p" || rejectedLines.isEmpty())
            QCOMPARE(got, values);
    }

    void decimalSeparatorMustDifferFromDelimiter()
    {
        CsvOptions o;
        o.delimiter = QLatin1Char(',');
        o.decimal = QLatin1Char(',');
        const PurchaseImport r = parsePurchaseCsv(QStringLiteral("0,h100,8"), hyperscaler(), o);
        QVERIFY(r.purchases.empty());
        QVERIFY2(r.problem.contains(QLatin1String("cannot also be the delimiter")),
                 qPrintable(r.problem));
    }

    void detectedFormatIsReported()
    {
        const CsvFormat f = detectCsvFormat(QStringLiteral("month;compute_hours\n0;1,5\n"));
        QCOMPARE(f.delimiter, QLatin1Char(';'));
        QCOMPARE(f.decimal, QLatin1Char(','));
        QVERIFY(f.delimiterDetected && f.decimalDetected);
        const CsvFormat g = detectCsvFormat(QStringLiteral("month,compute_hours\n0,1.5\n"));
        QCOMPARE(g.delimiter, QLatin1Char(','));
        QCOMPARE(g.decimal, QLatin1Char('.'));
    }

    // Every row's field count is checked against the header's.
    void everyRowHasTheHeadersFieldCount()
    {
        const PurchaseImport r = parsePurchaseCsv(
            QStringLiteral("month,sku,gpus\n0,h100,8\n1,h100\n2,h100,8,1\n3,h100,16"),
            hyperscaler());
        QCOMPARE(r.purchases.size(), std::size_t(2));
        QCOMPARE(r.purchases[1].gpus, std::int64_t(16));
        QCOMPARE(r.rejected.size(), std::size_t(2));
        QCOMPARE(r.rejected[0].line, 3);
        QCOMPARE(r.rejected[1].line, 4);
        QVERIFY(r.rejected[0].reason.contains(QLatin1String("2 fields, but the header has 3")));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "test_csv_import.moc"
