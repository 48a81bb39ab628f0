// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers typed into cells and fields (issue #14): FieldInput reads them strictly in the
// user's locale and checks them against the format's ranges, from the one table the file
// validation uses (FieldRanges.h); ScenarioTableModel refuses what FieldInput refuses and
// keeps the old value. The expected values are the typed numbers themselves (hand-read).
#include "DisplayFormat.h"
#include "FieldInput.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "ScenarioTableModel.h"
#include "scenario/FieldRanges.h"
#include "scenario/ScenarioReader.h"

#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace fleetroi;

namespace {
const QString kExample = QStringLiteral(FLEETROI_TEST_DATA_DIR) +
                         QStringLiteral("/examples/hyperscaler-surplus-leasing.fleetroi.json");

Scenario example()
{
    const auto r = readScenarioFile(kExample.toStdString());
    if (!r.ok())
        qFatal("cannot read the example");
    return *r.scenario;
}

// Every numeric scalar path the editors offer.
QStringList numericPaths(const Scenario &s)
{
    QStringList paths;
    for (const QString &p : ScenarioFields::generalPaths() + ScenarioFields::financePaths() +
                                ScenarioFields::operationsPaths() + ScenarioFields::leasingPaths() +
                                QStringList{QStringLiteral("internal_demand.compute_hours"),
                                            QStringLiteral("internal_demand.annual_growth")})
        paths << p;
    for (const QString &k : ScenarioFields::skuKeys())
        paths << ScenarioFields::skuPath(0, k);
    for (const QString &k : ScenarioFields::purchaseKeys())
        paths << ScenarioFields::purchasePath(0, k);
    QStringList out;
    for (const QString &p : paths) {
        const FieldKind k = ScenarioFields::info(p).kind;
        if (k == FieldKind::Number || k == FieldKind::Integer || k == FieldKind::Month)
            out << p;
    }
    Q_UNUSED(s);
    return out;
}
} // namespace

class TestFieldInput : public QObject
{
    Q_OBJECT
private slots:
    // The reported cases and variants. Columns: locale, path, text typed, accepted, the
    // stored value when accepted, and fragments the refusal must contain (field, range,
    // unit) when refused.
    void typedNumbers_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<double>("stored");
        QTest::addColumn<QStringList>("message");
        const QString price = QStringLiteral("skus[0].gpu_price");
        const QString life = QStringLiteral("skus[0].useful_life_months");
        const QStringList priceRange{QStringLiteral("GPU price"),
                                     QStringLiteral("from 0 to 1,000,000,000 USD")};
        // Reported.
        QTest::newRow("1e308 price") << "en_US" << price << "1e308" << false << 0.0 << priceRange;
        QTest::newRow("-500 price") << "en_US" << price << "-500" << false << 0.0 << priceRange;
        QTest::newRow("9999 months")
            << "en_US" << life << "9999" << false << 0.0
            << QStringList{QStringLiteral("Book life"),
                           QStringLiteral("a whole number from 1 to 240 months")};
        QTest::newRow("38.000 in German")
            << "de_DE" << price << "38.000" << true << 38000.0 << QStringList{};
        // Variants.
        QTest::newRow("240 months") << "en_US" << life << "240" << true << 240.0 << QStringList{};
        QTest::newRow("241 months") << "en_US" << life << "241" << false << 0.0
                                    << QStringList{QStringLiteral("1 to 240 months")};
        QTest::newRow("12.5 months") << "en_US" << life << "12.5" << false << 0.0
                                     << QStringList{QStringLiteral("whole number")};
        QTest::newRow("horizon 9999")
            << "en_US"
            << "horizon_months"
            << "9999" << false << 0.0
            << QStringList{QStringLiteral("Horizon"), QStringLiteral("1 to 240 months")};
        QTest::newRow("38,5 in German")
            << "de_DE" << price << "38,5" << true << 38.5 << QStringList{};
        QTest::newRow("38.5 in German is refused")
            << "de_DE" << price << "38.5" << false << 0.0
            << QStringList{QStringLiteral("GPU price"), QStringLiteral("\",\"")};
        QTest::newRow("38.00 in German is refused") << "de_DE" << price << "38.00" << false << 0.0
                                                    << QStringList{QStringLiteral("GPU price")};
        QTest::newRow("1.234.567,5 in German")
            << "de_DE" << price << "1.234.567,5" << true << 1234567.5 << QStringList{};
        QTest::newRow("1e308 in German") << "de_DE" << price << "1e308" << false << 0.0
                                         << QStringList{QStringLiteral("1.000.000.000 USD")};
        QTest::newRow("38,000 in English")
            << "en_US" << price << "38,000" << true << 38000.0 << QStringList{};
        QTest::newRow("0,5 in English is refused") << "en_US" << price << "0,5" << false << 0.0
                                                   << QStringList{QStringLiteral("GPU price")};
        QTest::newRow("1 234,5 in French")
            << "fr_FR" << price << "1 234,5" << true << 1234.5 << QStringList{};
        QTest::newRow("tax 25 %") << "en_US"
                                  << "finance.tax_rate"
                                  << "25" << true << 0.25 << QStringList{};
        QTest::newRow("tax 25% typed with the sign") << "en_US"
                                                     << "finance.tax_rate"
                                                     << "25%" << true << 0.25 << QStringList{};
        QTest::newRow("tax 95 %") << "en_US"
                                  << "finance.tax_rate"
                                  << "95" << false << 0.0
                                  << QStringList{QStringLiteral("Tax rate"),
                                                 QStringLiteral("from 0 to 90 %")};
        QTest::newRow("tax 9,5 % in German") << "de_DE"
                                             << "finance.tax_rate"
                                             << "9,5" << true << 0.095 << QStringList{};
        QTest::newRow("availability 0")
            << "en_US"
            << "operations.availability"
            << "0" << false << 0.0 << QStringList{QStringLiteral("greater than 0")};
        QTest::newRow("empty price override") << "en_US"
                                              << "purchases[0].gpu_price"
                                              << "" << true << std::nan("") << QStringList{};
        QTest::newRow("empty GPU price")
            << "en_US" << price << "" << false << 0.0 << QStringList{QStringLiteral("GPU price")};
        QTest::newRow("letters") << "en_US" << price << "abc" << false << 0.0
                                 << QStringList{QStringLiteral("not a number")};
        QTest::newRow("1e400") << "en_US" << price << "1e400" << false << 0.0
                               << QStringList{QStringLiteral("too large")};
        QTest::newRow("gpus 1e8") << "en_US"
                                  << "purchases[0].gpus"
                                  << "100000000" << true << 1e8 << QStringList{};
        QTest::newRow("gpus 1e8+1")
            << "en_US"
            << "purchases[0].gpus"
            << "100000001" << false << 0.0 << QStringList{QStringLiteral("GPUs")};
    }

    void typedNumbers()
    {
        QFETCH(QString, locale);
        QFETCH(QString, path);
        QFETCH(QString, text);
        QFETCH(bool, accepted);
        QFETCH(double, stored);
        QFETCH(QStringList, message);
        const Scenario s = example();
        const FieldInputResult r = FieldInput::parse(s, path, text, QLocale(locale));
        QVERIFY2(r.ok == accepted, qPrintable(r.error));
        if (accepted) {
            if (std::isnan(stored))
                QVERIFY(!r.value.isValid());
            else
                QCOMPARE(r.value.toDouble(), stored);
            return;
        }
        for (const QString &m : message)
            QVERIFY2(r.error.contains(m), qPrintable(r.error + QStringLiteral(" lacks ") + m));
        QVERIFY(r.error.contains(QLatin1String("not changed")));
    }

    // Through the table model as the cell editor commits: a refused text keeps the old
    // value, makes no undo step and says why; an accepted one is one undo step.
    void tableRefusesAndKeepsTheOldValue()
    {
        const QLocale before = DisplayFormat::locale();
        DisplayFormat::setLocale(QLocale(QStringLiteral("de_DE")));
        QStringList errors;
        std::unique_ptr<ScenarioDocument> doc(ScenarioDocument::openFile(kExample, &errors));
        QVERIFY(doc);
        SkuTableModel model(doc.get());
        QSignalSpy refused(&model, &ScenarioTableModel::inputRefused);
        const QModelIndex price = model.index(0, model.columnOfKey(QStringLiteral("gpu_price")));
        const double old = doc->scenario().skus[0].gpuPrice;
        const int steps = doc->undoStack()->count();
        for (const char *typed : {"1e308", "-500", "38.5", "abc"}) {
            QVERIFY(!model.setData(price, QString::fromLatin1(typed)));
            QCOMPARE(doc->scenario().skus[0].gpuPrice, old);
        }
        QCOMPARE(refused.count(), 4);
        QVERIFY(refused.at(0).at(1).toString().contains(QLatin1String("GPU price")));
        QCOMPARE(refused.at(0).at(0).toString(), QStringLiteral("skus[0].gpu_price"));
        QCOMPARE(doc->undoStack()->count(), steps);
        QVERIFY(model.setData(price, QStringLiteral("38.000")));
        QCOMPARE(doc->scenario().skus[0].gpuPrice, 38000.0);
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(model.lastRefusal().isEmpty());
        // Months: 9999 is refused, not cut to 99; a number value is checked as well.
        const QModelIndex life =
            model.index(0, model.columnOfKey(QStringLiteral("useful_life_months")));
        const int oldLife = doc->scenario().skus[0].usefulLifeMonths;
        QVERIFY(!model.setData(life, QStringLiteral("9999")));
        QVERIFY(!model.setData(life, 9999));
        QVERIFY(!model.setData(life, 99.5));
        QCOMPARE(doc->scenario().skus[0].usefulLifeMonths, oldLife);
        // A purchase month past the horizon.
        PurchaseTableModel purchases(doc.get());
        const QModelIndex month =
            purchases.index(0, purchases.columnOfKey(QStringLiteral("month")));
        QVERIFY(!purchases.setData(month, doc->scenario().horizonMonths));
        QVERIFY(purchases.setData(month, doc->scenario().horizonMonths - 1));
        DisplayFormat::setLocale(before);
    }

    // The editors' ranges are the file validation's: for every numeric field, the editor and
    // validateScenario agree on the bounds and just beyond them.
    void editorsAndValidationAgree_data()
    {
        QTest::addColumn<QString>("path");
        for (const QString &p : numericPaths(example()))
            QTest::newRow(qPrintable(p)) << p;
    }

    void editorsAndValidationAgree()
    {
        QFETCH(QString, path);
        Scenario base = example();
        if (path.startsWith(QLatin1String("internal_demand."))) {
            // The growth form, where these fields count.
            base.internalDemand.isSeries = false;
            base.internalDemand.series.clear();
        }
        const FieldRange *range = findFieldRange(path.toStdString());
        QVERIFY2(range, "no entry in the shared table");
        const FieldInfo info = ScenarioFields::info(path);
        QVERIFY(info.hasRule);
        QCOMPARE(info.unit, range->unit);
        const scenario_detail::NumberRule rule = fieldRule(*range, base.horizonMonths);
        QCOMPARE(info.minimum, range->rule.min);
        QCOMPARE(info.maximum, range->rule.max);
        const double step = rule.whole ? 1.0 : std::max(1e-9, std::fabs(rule.max) * 1e-9);
        struct Probe
        {
            double value;
            bool inside;
        };
        const Probe probes[] = {
            {rule.min, !rule.minOpen},
            {rule.max, !rule.maxOpen},
            {rule.min - (rule.whole ? 1.0 : std::max(1e-9, std::fabs(rule.min) * 1e-9)), false},
            {rule.max + step, false}};
        for (const Probe &p : probes) {
            Scenario s = base;
            const QVariant v = rule.whole ? QVariant(qlonglong(p.value)) : QVariant(p.value);
            const bool set = ScenarioFields::setValue(s, path, v);
            const FieldInputResult editor = FieldInput::check(base, path, v, QLocale::c());
            bool fileRefuses = false;
            for (const ValidationError &e : validateScenario(s))
                fileRefuses = fileRefuses || QString::fromStdString(e.path) == path;
            const QString what = QStringLiteral("%1 = %2").arg(path).arg(p.value, 0, 'g', 17);
            if (!set) { // an int field that cannot even hold it: refused by both
                QVERIFY2(!p.inside && !editor.ok, qPrintable(what));
                continue;
            }
            QVERIFY2(editor.ok == p.inside, qPrintable(what + u' ' + editor.error));
            QVERIFY2(fileRefuses == !p.inside, qPrintable(what));
        }
    }
};

QTEST_GUILESS_MAIN(TestFieldInput)
#include "test_field_input.moc"
