// SPDX-License-Identifier: GPL-3.0-or-later
// The model 1.1 keys of the scenario format (SCENARIO_FORMAT.md "Additions in model version
// 1.1"): read, checked with errors that name their paths, written only when used, and
// round-tripped exactly. Starts from the neocloud worked example and edits its JSON.
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace fleetroi;

namespace {

QJsonObject neocloud()
{
    QFile f(QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/neocloud-h100-lessor.fleetroi.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read the neocloud example");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Edits skus[i] of the document.
template <typename F> QJsonObject withSku(QJsonObject doc, int i, F edit)
{
    QJsonArray skus = doc.value(QStringLiteral("skus")).toArray();
    QJsonObject sku = skus[i].toObject();
    edit(sku);
    skus[i] = sku;
    doc[QStringLiteral("skus")] = skus;
    return doc;
}

template <typename F> QJsonObject withFinance(QJsonObject doc, F edit)
{
    QJsonObject f = doc.value(QStringLiteral("finance")).toObject();
    edit(f);
    doc[QStringLiteral("finance")] = f;
    return doc;
}

ScenarioReadResult read(const QJsonObject &doc)
{
    return readScenario(QJsonDocument(doc).toJson().toStdString());
}

QJsonObject marketCurve()
{
    return QJsonObject{
        {QStringLiteral("points"),
         QJsonArray{QJsonArray{0, 18000}, QJsonArray{20, 9000}, QJsonArray{40, 11000}}}};
}

// A 1.1 version of the neocloud example: market value (no resale fraction), age discount,
// change in estimate, impairment test, terminal value at market value.
QJsonObject model11()
{
    QJsonObject doc = withSku(neocloud(), 0, [](QJsonObject &k) {
        k.remove(QStringLiteral("resale_fraction"));
        k[QStringLiteral("market_value")] = marketCurve();
        k[QStringLiteral("market_age_discount_per_year")] = 0.1;
        k[QStringLiteral("useful_life_change")] =
            QJsonObject{{QStringLiteral("month"), 12}, {QStringLiteral("useful_life_months"), 60}};
    });
    return withFinance(doc, [](QJsonObject &f) {
        f[QStringLiteral("impairment_test")] = true;
        f[QStringLiteral("terminal_value")] = QStringLiteral("market_value");
    });
}

// The single error of a result, as "path: message".
QString onlyError(const ScenarioReadResult &r)
{
    if (r.errors.size() != 1) {
        QString all;
        for (const auto &e : r.errors)
            all += QString::fromStdString(formatError(e)) + QLatin1Char('\n');
        return QStringLiteral("%1 errors:\n").arg(r.errors.size()) + all;
    }
    return QString::fromStdString(formatError(r.errors.front()));
}

} // namespace

class TestModel11Format : public QObject
{
    Q_OBJECT
private slots:
    void readsEveryNewKey()
    {
        const ScenarioReadResult r = read(model11());
        QVERIFY2(r.ok(), qPrintable(onlyError(r)));
        const Scenario &s = *r.scenario;
        QVERIFY(s.usesModel11());
        const Sku &k = s.skus[0];
        QVERIFY(k.marketValue.has_value());
        QCOMPARE(k.marketValue->points.size(), std::size_t(3));
        QCOMPARE(k.marketValue->points[1].second, 9000.0);
        QCOMPARE(k.marketAgeDiscountPerYear, 0.1);
        QVERIFY(k.usefulLifeChange.has_value());
        QCOMPARE(k.usefulLifeChange->month, 12);
        QCOMPARE(k.usefulLifeChange->usefulLifeMonths, 60);
        QVERIFY(s.finance.impairmentTest);
        QCOMPARE(s.finance.terminalValue, TerminalValueMethod::MarketValue);
    }

    // write -> read gives the same scenario and the same bytes again; the file stays format
    // version 1 (SCENARIO_FORMAT.md: every new key is optional).
    void roundTrip()
    {
        const Scenario s = *read(model11()).scenario;
        const std::string text = writeScenario(s);
        QVERIFY(text.find("\"version\": 1,") != std::string::npos);
        QVERIFY(text.find("\"market_value\": {") != std::string::npos);
        QVERIFY(text.find("\"impairment_test\": true") != std::string::npos);
        QVERIFY(text.find("\"useful_life_change\": {") != std::string::npos);
        QVERIFY(text.find("resale_fraction") == std::string::npos);
        const ScenarioReadResult back = readScenario(text);
        QVERIFY2(back.ok(), qPrintable(onlyError(back)));
        QVERIFY(*back.scenario == s);
        QCOMPARE(writeScenario(*back.scenario), text);
    }

    // A model-1 scenario is written without any 1.1 key (byte-identical to before 1.1; the
    // reader tests compare whole files).
    void model1WritesNoNewKey()
    {
        const ScenarioReadResult r = read(neocloud());
        QVERIFY(r.ok());
        QVERIFY(!r.scenario->usesModel11());
        const std::string text = writeScenario(*r.scenario);
        for (const char *key : {"market_value", "market_age_discount_per_year",
                                "useful_life_change", "impairment_test"})
            QVERIFY2(text.find(key) == std::string::npos, key);
        QVERIFY(text.find("\"resale_fraction\": 0.25") != std::string::npos);
    }

    void errorsNamePaths_data()
    {
        QTest::addColumn<QJsonObject>("doc");
        QTest::addColumn<QString>("expected"); // the whole "path: message" starts with this

        QTest::newRow("resale and market value")
            << withSku(model11(), 0,
                       [](QJsonObject &k) { k[QStringLiteral("resale_fraction")] = 0.2; })
            << QStringLiteral("skus[0].resale_fraction: must not be given together with "
                              "skus[0].market_value");
        QTest::newRow("impairment test without market value")
            << withSku(
                   withFinance(neocloud(),
                               [](QJsonObject &f) { f[QStringLiteral("impairment_test")] = true; }),
                   0, [](QJsonObject &) {})
            << QStringLiteral("finance.impairment_test: true needs a market_value curve on every "
                              "SKU that has a purchase; this SKU has purchases but no market "
                              "value: skus[0].market_value (\"h100\")");
        QTest::newRow("terminal market value without market value")
            << withFinance(neocloud(),
                           [](QJsonObject &f) {
                               f[QStringLiteral("terminal_value")] = QStringLiteral("market_value");
                           })
            << QStringLiteral(
                   "finance.terminal_value: \"market_value\" needs a market_value curve");
        QTest::newRow("age discount without market value")
            << withSku(
                   neocloud(), 0,
                   [](QJsonObject &k) { k[QStringLiteral("market_age_discount_per_year")] = 0.2; })
            << QStringLiteral("skus[0].market_age_discount_per_year: needs skus[0].market_value");
        QTest::newRow("age discount 1")
            << withSku(
                   model11(), 0,
                   [](QJsonObject &k) { k[QStringLiteral("market_age_discount_per_year")] = 1; })
            << QStringLiteral("skus[0].market_age_discount_per_year: must be a number of at least "
                              "0 and less than 1, got 1");
        QTest::newRow("market value too high") << withSku(model11(), 0, [](QJsonObject &k) {
            k[QStringLiteral("market_value")] = QJsonObject{{QStringLiteral("start"), 2e9}};
        }) << QStringLiteral("skus[0].market_value.start: must be a number from 0 to 1000000000");
        QTest::newRow("market value not a curve") << withSku(model11(), 0, [](QJsonObject &k) {
            k[QStringLiteral("market_value")] = 18000;
        }) << QStringLiteral("skus[0].market_value: must be an object, got number");
        QTest::newRow("change month beyond the horizon")
            << withSku(model11(), 0,
                       [](QJsonObject &k) {
                           k[QStringLiteral("useful_life_change")] =
                               QJsonObject{{QStringLiteral("month"), 60},
                                           {QStringLiteral("useful_life_months"), 66}};
                       })
            << QStringLiteral("skus[0].useful_life_change.month: must be a whole number from 0 "
                              "to 59, got 60");
        QTest::newRow("changed life 0")
            << withSku(model11(), 0,
                       [](QJsonObject &k) {
                           k[QStringLiteral("useful_life_change")] =
                               QJsonObject{{QStringLiteral("month"), 6},
                                           {QStringLiteral("useful_life_months"), 0}};
                       })
            << QStringLiteral("skus[0].useful_life_change.useful_life_months: must be a whole "
                              "number from 1 to 240, got 0");
        QTest::newRow("change without life")
            << withSku(model11(), 0,
                       [](QJsonObject &k) {
                           k[QStringLiteral("useful_life_change")] =
                               QJsonObject{{QStringLiteral("month"), 6}};
                       })
            << QStringLiteral("skus[0].useful_life_change.useful_life_months: required key is "
                              "missing");
        QTest::newRow("typo in change") << withSku(model11(), 0, [](QJsonObject &k) {
            k[QStringLiteral("useful_life_change")] =
                QJsonObject{{QStringLiteral("month"), 6},
                            {QStringLiteral("useful_life_months"), 66},
                            {QStringLiteral("months"), 1}};
        }) << QStringLiteral("skus[0].useful_life_change.months: unknown key");
        QTest::newRow("impairment test not a bool") << withFinance(model11(), [](QJsonObject &f) {
            f[QStringLiteral("impairment_test")] = 1;
        }) << QStringLiteral("finance.impairment_test: must be true or false, got number");
        QTest::newRow("unknown terminal value")
            << withFinance(model11(),
                           [](QJsonObject &f) {
                               f[QStringLiteral("terminal_value")] = QStringLiteral("fair_value");
                           })
            << QStringLiteral("finance.terminal_value: must be one of \"none\", \"book_value\", "
                              "\"market_value\", got \"fair_value\"");
    }

    void errorsNamePaths()
    {
        QFETCH(QJsonObject, doc);
        QFETCH(QString, expected);
        const ScenarioReadResult r = read(doc);
        QVERIFY(!r.ok());
        const QString got = onlyError(r);
        QVERIFY2(got.startsWith(expected), qPrintable(got));
    }

    // A SKU without purchases needs no market value for the test or the terminal value.
    void unusedSkuNeedsNoMarketValue()
    {
        QJsonObject doc = model11();
        QJsonArray skus = doc.value(QStringLiteral("skus")).toArray();
        QJsonObject spare = skus[0].toObject();
        spare[QStringLiteral("id")] = QStringLiteral("spare");
        spare.remove(QStringLiteral("market_value"));
        spare.remove(QStringLiteral("market_age_discount_per_year"));
        skus.append(spare);
        doc[QStringLiteral("skus")] = skus;
        const ScenarioReadResult r = read(doc);
        QVERIFY2(r.ok(), qPrintable(onlyError(r)));
    }

    // The in-memory validator applies the same consistency rules (editor, undo commands).
    void validatorAppliesTheSameRules()
    {
        Scenario s = *read(model11()).scenario;
        QVERIFY(validateScenario(s).empty());
        s.skus[0].marketValue.reset();
        const auto errors = validateScenario(s);
        QVERIFY(!errors.empty());
        bool named = false;
        for (const auto &e : errors)
            named = named || (e.path == "finance.impairment_test" &&
                              e.message.find("skus[0].market_value") != std::string::npos);
        QVERIFY(named);
    }
};

QTEST_APPLESS_MAIN(TestModel11Format)
#include "test_model11_format.moc"
