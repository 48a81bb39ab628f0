// SPDX-License-Identifier: GPL-3.0-or-later
// Labels of numbers on screen (issue 14): plural forms through %n with any sign, units per
// series in the month detail (never a currency on GPUs or hours), inherited prices that
// cannot be read as negative amounts.
#include "DisplayFormat.h"
#include "KeyFigureInfo.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "ScenarioTableModel.h"

#include <QBrush>
#include <QFont>
#include <QTest>

#include <cmath>
#include <memory>

using namespace fleetroi;

namespace {
const QString kExample = QStringLiteral(FLEETROI_TEST_DATA_DIR) +
                         QStringLiteral("/examples/hyperscaler-surplus-leasing.fleetroi.json");
} // namespace

class TestResultLabels : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        DisplayFormat::setLocale(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    // The Compare tab showed "%n month(s)" for an earlier payback: %n is not replaced for
    // negative n, and "%1%n" became "%13" before arg().
    void paybackDeltaPlural_data()
    {
        QTest::addColumn<int>("a");
        QTest::addColumn<int>("b");
        QTest::addColumn<QString>("expected");
        QTest::newRow("earlier") << 20 << 17 << QStringLiteral("-3 month(s)");
        QTest::newRow("later") << 17 << 30 << QStringLiteral("+13 month(s)");
        QTest::newRow("one later") << 17 << 18 << QStringLiteral("+1 month(s)");
        QTest::newRow("same") << 17 << 17 << QStringLiteral("0 month(s)");
    }

    void paybackDeltaPlural()
    {
        QFETCH(int, a);
        QFETCH(int, b);
        QFETCH(QString, expected);
        KeyFigures ka, kb;
        ka.paybackMonth = a;
        kb.paybackMonth = b;
        ka.discountedPaybackMonth = a;
        kb.discountedPaybackMonth = b;
        for (KeyFigureInfo::Figure f : {KeyFigureInfo::Payback, KeyFigureInfo::DiscountedPayback}) {
            const QString text = KeyFigureInfo::deltaText(f, ka, kb, QStringLiteral("USD"));
            QCOMPARE(text, expected);
            QVERIFY(!text.contains(QLatin1Char('%')));
        }
    }

    // The month detail said "Working GPUs USD": each series carries its own unit.
    void monthDetailUnits()
    {
        QStringList errors;
        std::unique_ptr<ScenarioDocument> doc(ScenarioDocument::openFile(kExample, &errors));
        QVERIFY2(doc, qPrintable(errors.join(QLatin1Char('\n'))));
        MonthlyResultsModel model(doc.get());
        const MonthlySeries &m = doc->results().monthly;
        const int t = 30;
        int checked = 0;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QString title = model.seriesTitle(c);
            const QString header = model.headerData(c, Qt::Horizontal).toString();
            const QString value = model.valueWithUnit(t, c);
            if (title == QLatin1String("Working GPUs")) {
                const QString expected =
                    QLocale(QLocale::English, QLocale::UnitedStates)
                        .toString(std::round(m.workingGpus[std::size_t(t)]), 'f', 0) +
                    QStringLiteral(" GPUs");
                QCOMPARE(value, expected);
                QCOMPARE(header, QStringLiteral("Working GPUs"));
                ++checked;
            } else if (title == QLatin1String("Capacity")) {
                QVERIFY2(value.endsWith(QStringLiteral(" h")), qPrintable(value));
                QCOMPARE(header, QStringLiteral("Capacity (h)"));
                ++checked;
            } else if (title == QLatin1String("Capex") || title == QLatin1String("Net cash flow")) {
                QVERIFY2(value.endsWith(QStringLiteral(" USD")), qPrintable(value));
                QCOMPARE(header, title + QStringLiteral("\nUSD"));
                ++checked;
            } else if (title == QLatin1String("Utilization")) {
                QVERIFY2(value.endsWith(QStringLiteral("%")), qPrintable(value));
                ++checked;
            }
            // A count, hours or a share never carries the currency.
            if (model.unitText(c) != QLatin1String("USD"))
                QVERIFY2(!value.contains(QStringLiteral("USD")) &&
                             !header.contains(QStringLiteral("USD")),
                         qPrintable(title + QStringLiteral(": ") + value));
        }
        QCOMPARE(checked, 5);
    }

    // An inherited GPU price showed as "(25,000)", which reads as a negative amount.
    void inheritedPriceIsNotParenthesised()
    {
        QStringList errors;
        std::unique_ptr<ScenarioDocument> doc(ScenarioDocument::openFile(kExample, &errors));
        QVERIFY(doc);
        PurchaseTableModel model(doc.get());
        const int col = model.columnOfKey(QStringLiteral("gpu_price"));
        QVERIFY(col >= 0);
        const QModelIndex price = model.index(0, col);
        QVERIFY(!price.data(Qt::EditRole).isValid()); // the example inherits the SKU price
        const double skuPrice = doc->scenario().skus[0].gpuPrice;
        const QString text = price.data(Qt::DisplayRole).toString();
        const QString number =
            QLocale(QLocale::English, QLocale::UnitedStates).toString(skuPrice, 'f', 0);
        QCOMPARE(text, number + QStringLiteral(" (inherited)"));
        QVERIFY(!text.startsWith(QLatin1Char('(')));
        QVERIFY(!text.contains(QLatin1Char('(') + number));
        QVERIFY(price.data(Qt::FontRole).value<QFont>().italic());
        QVERIFY(price.data(Qt::ForegroundRole).canConvert<QBrush>());
        // An own price is shown plainly.
        QVERIFY(model.setData(price, 30000.0));
        QVERIFY(price.data(Qt::DisplayRole).toString().startsWith(QStringLiteral("30,000")));
        QVERIFY(!price.data(Qt::DisplayRole).toString().contains(QStringLiteral("inherited")));
        QVERIFY(!price.data(Qt::FontRole).isValid());
    }
};

QTEST_MAIN(TestResultLabels)
#include "test_result_labels.moc"
