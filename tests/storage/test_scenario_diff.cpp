// SPDX-License-Identifier: GPL-3.0-or-later
// Field-level differences between two revisions, worded for the analyst.
#include "ScenarioDiff.h"

#include <QTest>

using namespace fleetroi;

namespace {
// JSON written with single quotes, so the test data stays readable.
QString j(const char *text)
{
    return QString::fromUtf8(text).replace(QLatin1Char('\''), QLatin1Char('"'));
}

QStringList diffLines(const char *a, const char *b)
{
    StorageResult<QList<FieldChange>> r = ScenarioDiff::compare(QByteArray(a), QByteArray(b));
    if (!r.ok())
        return {QStringLiteral("ERROR ") + r.status.message};
    QStringList lines;
    for (const FieldChange &c : *r.value)
        lines.append(c.toString());
    return lines;
}
} // namespace

class TestScenarioDiff : public QObject
{
    Q_OBJECT

private slots:
    void changes_data()
    {
        QTest::addColumn<QString>("older");
        QTest::addColumn<QString>("newer");
        QTest::addColumn<QStringList>("expected");

        QTest::newRow("identical") << j("{'a': 1, 'b': {'c': [1, 2]}}")
                                   << j("{'b': {'c': [1, 2]}, 'a': 1}") << QStringList();
        QTest::newRow("sku field by id")
            << j("{'skus': [{'id': 'h100', 'useful_life_months': 66}]}")
            << j("{'skus': [{'id': 'h100', 'useful_life_months': 72}]}")
            << QStringList{QStringLiteral("skus[h100].useful_life_months: 66 -> 72")};
        QTest::newRow("skus reordered is no change")
            << j("{'skus': [{'id': 'a', 'x': 1}, {'id': 'b', 'x': 2}]}")
            << j("{'skus': [{'id': 'b', 'x': 2}, {'id': 'a', 'x': 1}]}") << QStringList();
        QTest::newRow("sku added and removed")
            << j("{'skus': [{'id': 'a100', 'x': 1}, {'id': 'h100', 'x': 2}]}")
            << j("{'skus': [{'id': 'h100', 'x': 2}, {'id': 'b200', 'x': 3}]}")
            << QStringList{j("skus[a100]: removed (was {'id':'a100','x':1})"),
                           j("skus[b200]: added {'id':'b200','x':3}")};
        QTest::newRow("purchases by index")
            << j("{'purchases': [{'gpus': 8}, {'gpus': 16}]}")
            << j("{'purchases': [{'gpus': 8}, {'gpus': 32}, {'gpus': 64}]}")
            << QStringList{QStringLiteral("purchases[1].gpus: 16 -> 32"),
                           j("purchases[2]: added {'gpus':64}")};
        QTest::newRow("purchase removed")
            << j("{'purchases': [{'gpus': 8}, {'gpus': 16}]}") << j("{'purchases': [{'gpus': 8}]}")
            << QStringList{j("purchases[1]: removed (was {'gpus':16})")};
        QTest::newRow("numbers in the C locale, shortest form")
            << j("{'finance': {'discount_rate': 0.09, 'tax_rate': 0.21}}")
            << j("{'finance': {'discount_rate': 0.1, 'tax_rate': 1e-7}}")
            << QStringList{QStringLiteral("finance.discount_rate: 0.09 -> 0.1"),
                           QStringLiteral("finance.tax_rate: 0.21 -> 1e-07")};
        QTest::newRow("strings quoted, kinds")
            << j("{'name': 'Base', 'leasing': {'enabled': true}}")
            << QString::fromUtf8(
                   "{\"name\": \"Base \\\"v2\\\"\", \"leasing\": {\"enabled\": false}}")
            << QStringList{QStringLiteral("leasing.enabled: true -> false"),
                           QString::fromUtf8("name: \"Base\" -> \"Base \\\"v2\\\"\"")};
        QTest::newRow("optional object")
            << j("{'a': 1}") << j("{'a': 1, 'uncertainty': {'paths': 10}}")
            << QStringList{j("uncertainty: added {'paths':10}")};
        QTest::newRow("price curve points")
            << j("{'skus': [{'id': 'h', 'lease_price': {'points': [[0, 2.5], [12, 2]]}}]}")
            << j("{'skus': [{'id': 'h', 'lease_price': {'points': [[0, 2.5], [12, 1.75]]}}]}")
            << QStringList{QStringLiteral("skus[h].lease_price.points[1][1]: 2 -> 1.75")};
        QTest::newRow("type change")
            << j("{'internal_demand': {'compute_hours': 5}}")
            << j("{'internal_demand': {'series': [1, 2]}}")
            << QStringList{QStringLiteral("internal_demand.compute_hours: removed (was 5)"),
                           QStringLiteral("internal_demand.series: added [1,2]")};
    }

    void changes()
    {
        QFETCH(QString, older);
        QFETCH(QString, newer);
        QFETCH(QStringList, expected);
        QCOMPARE(diffLines(older.toUtf8().constData(), newer.toUtf8().constData()), expected);
    }

    void longValuesAreCut()
    {
        const QString longText(500, QLatin1Char('x'));
        const QString display = ScenarioDiff::displayValue(QJsonValue(longText));
        QVERIFY(display.size() <= 80);
        QVERIFY(display.endsWith(QStringLiteral("...\"")));
    }

    void refusesNonObjects()
    {
        QVERIFY(!ScenarioDiff::compare("[1]", "{}").ok());
        QVERIFY(!ScenarioDiff::compare("{}", "not json").ok());
    }
};

QTEST_GUILESS_MAIN(TestScenarioDiff)
#include "test_scenario_diff.moc"
