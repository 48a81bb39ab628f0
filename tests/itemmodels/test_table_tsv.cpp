// SPDX-License-Identifier: GPL-3.0-or-later
// TableTsv: what Copy puts on the clipboard. The whole monthly table (Ctrl+A, Ctrl+C) gives a
// header line and one line per month whose numbers read back to the model's doubles exactly;
// a selection gives only its rows and columns; purchases copy in the file's words so the
// block goes back through the CSV import unchanged; text cannot start a formula.
#include "ExampleDocuments.h"
#include "ItemRoles.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "ScenarioTableModel.h"
#include "TableTsv.h"
#include "export/CsvImport.h"

#include <QDate>
#include <QStandardItemModel>
#include <QTest>

#include <cmath>
#include <memory>

using namespace fleetroi;

namespace {
std::unique_ptr<ScenarioDocument> openExample()
{
    return fleetroi_test::openExampleDocument();
}

QList<QStringList> rowsOf(const QString &tsv)
{
    QList<QStringList> out;
    QStringList lines = tsv.split(QStringLiteral("\r\n"));
    if (!lines.isEmpty() && lines.back().isEmpty())
        lines.removeLast();
    for (const QString &l : lines)
        out << l.split(QLatin1Char('\t'));
    return out;
}
} // namespace

class TestTableTsv : public QObject
{
    Q_OBJECT
private slots:
    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("text");
        QTest::newRow("whole") << 1024.0 << QStringLiteral("1024");
        QTest::newRow("decimal") << 1234.5 << QStringLiteral("1234.5");
        QTest::newRow("negative") << -0.25 << QStringLiteral("-0.25");
        QTest::newRow("zero") << 0.0 << QStringLiteral("0");
        QTest::newRow("minus zero") << -0.0 << QStringLiteral("0");
        QTest::newRow("tenth") << 0.1 << QStringLiteral("0.1");
        // 17 significant digits where the double needs them, no grouping.
        QTest::newRow("full precision")
            << 1234567.8901234567 << QStringLiteral("1234567.8901234567");
        QTest::newRow("billions") << 98765432109.5 << QStringLiteral("98765432109.5");
        QTest::newRow("tiny") << 2.5e-8 << QStringLiteral("2.5e-08");
        QTest::newRow("huge") << 1e20 << QStringLiteral("1e+20");
        QTest::newRow("nan") << std::nan("") << QString();
    }

    void numbers()
    {
        QFETCH(double, value);
        QFETCH(QString, text);
        QCOMPARE(TableTsv::number(value), text);
        if (!text.isEmpty()) {
            bool ok = false;
            QCOMPARE(text.toDouble(&ok), value == 0.0 ? 0.0 : value);
            QVERIFY(ok);
        }
    }

    void textCells()
    {
        QCOMPARE(TableTsv::cell(QStringLiteral("=cmd|' /C calc'!A0")),
                 QStringLiteral("'=cmd|' /C calc'!A0"));
        QCOMPARE(TableTsv::cell(QStringLiteral("two\tcells\nthree")),
                 QStringLiteral("two cells three"));
        QCOMPARE(TableTsv::cell(QVariant(qlonglong(42))), QStringLiteral("42"));
        QCOMPARE(TableTsv::cell(QVariant(0.5)), QStringLiteral("0.5"));
    }

    void wholeMonthlyTable()
    {
        auto doc = openExample();
        QVERIFY(doc);
        MonthlyResultsModel model(doc.get());
        const MonthlySeries &m = doc->results().monthly;
        const QString tsv = TableTsv::wholeTable(&model, QStringLiteral("Month"));
        const QList<QStringList> rows = rowsOf(tsv);
        QCOMPARE(rows.size(), 1 + m.size());
        const QStringList header = rows.front();
        QCOMPARE(header.size(), 1 + model.columnCount());
        QCOMPARE(header[0], QStringLiteral("Month"));
        QCOMPARE(header[1], QStringLiteral("Capacity (h)"));
        QVERIFY(header.contains(QStringLiteral("Capex (USD)")));
        QVERIFY(header.contains(QStringLiteral("Net cash flow (USD)")));
        const int capexColumn = int(header.indexOf(QStringLiteral("Capex (USD)")));
        const int cashColumn = int(header.indexOf(QStringLiteral("Net cash flow (USD)")));
        const Scenario &s = doc->scenario();
        for (int t = 0; t < m.size(); ++t) {
            const QStringList &r = rows[t + 1];
            QCOMPARE(r.size(), header.size());
            QCOMPARE(r[0], QDate(s.startYear, s.startMonth, 1)
                               .addMonths(t)
                               .toString(QStringLiteral("yyyy-MM")));
            bool ok = false;
            // Exactly the model's doubles: no rounding, no thousands separators.
            QCOMPARE(r[1].toDouble(&ok), m.capacityHours[std::size_t(t)]);
            QVERIFY(ok);
            QCOMPARE(r[capexColumn].toDouble(&ok), m.capex[std::size_t(t)]);
            QVERIFY(ok);
            QCOMPARE(r[cashColumn].toDouble(&ok), m.netCashFlow[std::size_t(t)]);
            QVERIFY(ok);
            QVERIFY(!r[cashColumn].contains(QLatin1Char(',')));
        }
        // Not the "0" a plain QTableView copies.
        QVERIFY(tsv.size() > 1000);
    }

    void selectionOnly()
    {
        auto doc = openExample();
        MonthlyResultsModel model(doc.get());
        const MonthlySeries &m = doc->results().monthly;
        // Two cells in different rows and columns: a 2 x 2 block with the others empty.
        const QModelIndexList sel = {model.index(5, 7), model.index(2, 6)};
        const QList<QStringList> rows = rowsOf(TableTsv::fromIndexes(&model, sel));
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0], (QStringList{QStringLiteral("Capex (USD)"),
                                       QStringLiteral("Lease revenue (USD)")}));
        QCOMPARE(rows[1][0].toDouble(), m.capex[2]);
        QCOMPARE(rows[1][1], QString());
        QCOMPARE(rows[2][0], QString());
        QCOMPARE(rows[2][1].toDouble(), m.leaseRevenue[5]);
        QCOMPARE(TableTsv::fromIndexes(&model, {}), QString());
    }

    // The HTML form: header cells, text escaped, numbers in attributes and text alike.
    void htmlTable()
    {
        QStandardItemModel model(2, 2);
        model.setHorizontalHeaderLabels({QStringLiteral("Name"), QStringLiteral("Amount\nUSD")});
        model.setData(model.index(0, 0), QStringLiteral("A & <B>"));
        model.setData(model.index(0, 1), 1234567.25);
        model.setData(model.index(1, 0), QStringLiteral("=1+1"));
        model.setData(model.index(1, 1), -0.125);
        QModelIndexList all;
        for (int r = 0; r < 2; ++r)
            for (int c = 0; c < 2; ++c)
                all << model.index(r, c);
        const QString html = TableTsv::htmlFromIndexes(&model, all);
        QVERIFY2(html.contains(QStringLiteral("<tr><th>Name</th><th>Amount (USD)</th></tr>")),
                 qPrintable(html));
        QVERIFY(html.contains(QStringLiteral("<td>A &amp; &lt;B&gt;</td>")));
        QVERIFY(html.contains(QStringLiteral("x:num=\"1234567.25\" sdval=\"1234567.25\"")));
        QVERIFY(html.contains(QStringLiteral(">-0.125</td>")));
        QVERIFY(html.contains(QStringLiteral("<td>'=1+1</td>"))); // neutralised like the TSV
        QCOMPARE(TableTsv::htmlFromIndexes(&model, {}), QString());
    }

    void purchasesCopyImportsBack()
    {
        auto doc = openExample();
        PurchaseTableModel model(doc.get());
        const QString tsv = TableTsv::wholeTable(&model);
        const QStringList header = rowsOf(tsv).front();
        QCOMPARE(header.mid(0, 3), (QStringList{QStringLiteral("month"), QStringLiteral("sku"),
                                                QStringLiteral("gpus")}));
        const exporting::PurchaseImport back = exporting::parsePurchaseCsv(tsv, doc->scenario());
        QVERIFY(back.rejected.empty());
        QVERIFY(back.hadHeader);
        QVERIFY(back.purchases == doc->scenario().purchases);
    }
};

QTEST_MAIN(TestTableTsv)
#include "test_table_tsv.moc"
