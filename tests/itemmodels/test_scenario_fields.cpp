// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioFields (the editors' view of a scenario's scalar fields) against the scenario
// schema and the file (issue #13): for every scalar field of the schema, a value set through
// ScenarioFields::setValue is the value in the schema's member, ScenarioFields::value reads
// it back, and the written file holds it at the field's path. The file is read with Qt's
// JSON parser and the path walked by hand, independently of the schema's reader. If
// value()/setValue() and the schema disagree on a field (another member, another type,
// another spelling), a case here fails and names the path.
#include "FieldInput.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "ScenarioTableModel.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioSchema.h"
#include "scenario/ScenarioWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <optional>

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

QString qs(std::string_view v)
{
    return QString::fromUtf8(v.data(), qsizetype(v.size()));
}

// The scalar fields an editor sets: owned by the scenario, a SKU or a purchase.
bool editable(const SchemaField &f)
{
    if (f.owner != FieldOwner::Scenario && f.owner != FieldOwner::Sku &&
        f.owner != FieldOwner::Purchase)
        return false;
    switch (f.type) {
    case FieldType::Text:
    case FieldType::Number:
    case FieldType::OptionalNumber:
    case FieldType::Int:
    case FieldType::Int64:
    case FieldType::UInt64:
    case FieldType::Bool:
    case FieldType::Choice:
    case FieldType::YearMonth:
        return true;
    default:
        return false;
    }
}

// "skus[].gpu_price" -> "skus[0].gpu_price".
QString concrete(const SchemaField &f)
{
    return qs(f.path).replace(QStringLiteral("[]"), QStringLiteral("[0]"));
}

// The value at a concrete path in a JSON document, walked by hand ("skus[0].gpu_price").
QJsonValue jsonAt(const QJsonDocument &doc, const QString &path)
{
    QJsonValue v = doc.object();
    static const QRegularExpression part(QStringLiteral(R"(^([a-z_]+)(?:\[(\d+)\])?$)"));
    for (const QString &p : path.split(u'.')) {
        const auto m = part.match(p);
        if (!m.hasMatch() || !v.isObject())
            return QJsonValue(QJsonValue::Undefined);
        v = v.toObject().value(m.captured(1));
        if (m.capturedLength(2) > 0) {
            if (!v.isArray())
                return QJsonValue(QJsonValue::Undefined);
            v = v.toArray().at(m.captured(2).toInt());
        }
    }
    return v;
}

void *ownerIn(Scenario &s, const SchemaField &f)
{
    switch (f.owner) {
    case FieldOwner::Sku:
        return &s.skus.at(0);
    case FieldOwner::Purchase:
        return &s.purchases.at(0);
    default:
        return &s;
    }
}

// A number inside the field's range (narrowed to the horizon for month indices) that
// differs from `current`.
double probeNumber(const SchemaField &f, int horizon, double current)
{
    const scenario_detail::NumberRule rule = narrowedRule(f.rule, f.monthIndex, horizon);
    const double lo = rule.min, hi = std::min(rule.max, 1e12);
    for (double share : {0.37, 0.61, 0.5, 0.9}) {
        double v = lo + (hi - lo) * share;
        if (rule.whole)
            v = std::floor(v);
        if (v != current && v > lo && v < hi)
            return v;
    }
    return rule.whole ? lo + 1 : lo + (hi - lo) / 3;
}

} // namespace

class TestScenarioFields : public QObject
{
    Q_OBJECT

private slots:
    // ScenarioFields' description of a field is the schema's entry, field by field.
    void infoIsTheSchemas()
    {
        int scalars = 0;
        for (const SchemaField &f : scenarioSchema()) {
            const QString path = concrete(f);
            const FieldInfo info = ScenarioFields::info(path);
            if (!editable(f)) {
                QVERIFY2(info.key.isEmpty(), qPrintable(path));
                continue;
            }
            ++scalars;
            QCOMPARE(info.key, qs(f.key));
            QCOMPARE(info.label, QString::fromUtf8(f.label)); // untranslated: the source text
            QCOMPARE(info.toolTip, QString::fromUtf8(f.help));
            QCOMPARE(info.unit, f.unit);
            QCOMPARE(info.decimals, f.decimals);
            QCOMPARE(info.optional, f.type == FieldType::OptionalNumber);
            QCOMPARE(info.hasRule, f.hasRule && f.isNumeric());
            if (f.hasRule) {
                QCOMPARE(info.minimum, f.rule.min);
                QCOMPARE(info.maximum, f.rule.max);
            }
            QCOMPARE(info.choices.size(), qsizetype(f.choices.size()));
            for (std::size_t i = 0; i < f.choices.size(); ++i) {
                QCOMPARE(info.choices[qsizetype(i)].value, qs(f.choices[i].value));
                QCOMPARE(info.choices[qsizetype(i)].label, QString::fromUtf8(f.choices[i].label));
            }
        }
        // name, description, currency, start, horizon; 7 finance, 7 operations, 4 leasing,
        // 2 demand; 16 SKU and 6 purchase fields.
        QCOMPARE(scalars, 5 + 7 + 7 + 4 + 2 + 16 + 6);
        // The editors' lists are the schema's fields in file order.
        QCOMPARE(ScenarioFields::financePaths().first(), QStringLiteral("finance.discount_rate"));
        QCOMPARE(ScenarioFields::skuKeys().size(), 15); // the age discount is not a column
        QCOMPARE(ScenarioFields::purchaseKeys(),
                 (QStringList{QStringLiteral("month"), QStringLiteral("sku"),
                              QStringLiteral("gpus"), QStringLiteral("install_lag_months"),
                              QStringLiteral("gpu_price"), QStringLiteral("label")}));
    }

    // Set through ScenarioFields, read through the schema's member, write the file, compare.
    void setValueWritesTheSchemasMember()
    {
        const Scenario base = example();
        QVERIFY(base.skus.size() >= 2);
        QVERIFY(!base.purchases.empty());
        int checked = 0;
        for (const SchemaField &f : scenarioSchema()) {
            if (!editable(f))
                continue;
            const QString path = concrete(f);
            QList<QVariant> values; // what to set, each checked on its own
            QList<QJsonValue> inFile;
            Scenario probe = base;
            void *owner = ownerIn(probe, f);
            switch (f.type) {
            case FieldType::Text:
                if (f.id == FieldId::PurchaseSku) {
                    values << qs(base.skus[1].id);
                } else if (f.id == FieldId::Currency) {
                    values << QStringLiteral("CHF");
                } else if (f.id == FieldId::SkuId) {
                    values << QStringLiteral("renamed-gpu");
                } else {
                    values << QStringLiteral("Probe text for %1").arg(path);
                }
                inFile << QJsonValue(values.last().toString());
                break;
            case FieldType::Number:
            case FieldType::OptionalNumber:
            case FieldType::Int:
            case FieldType::Int64:
            case FieldType::UInt64: {
                const QVariant now = ScenarioFields::value(base, path);
                const double v = probeNumber(f, base.horizonMonths, now.toDouble());
                values << (f.isWhole() ? QVariant(qlonglong(v)) : QVariant(v));
                inFile << QJsonValue(v);
                break;
            }
            case FieldType::Bool: {
                const bool now = f.ref<bool>(ownerIn(probe, f));
                values << !now;
                inFile << QJsonValue(!now);
                break;
            }
            case FieldType::Choice:
                for (const FieldChoice &c : f.choices) {
                    values << qs(c.value);
                    inFile << QJsonValue(qs(c.value));
                }
                break;
            case FieldType::YearMonth:
                values << QStringLiteral("2031-07");
                inFile << QJsonValue(QStringLiteral("2031-07"));
                break;
            default:
                QFAIL(qPrintable(path));
            }
            Q_UNUSED(owner);
            for (qsizetype i = 0; i < values.size(); ++i) {
                Scenario s = base;
                const QVariant v = values[i];
                const QString what = path + QStringLiteral(" = ") + v.toString();
                QVERIFY2(ScenarioFields::setValue(s, path, v), qPrintable(what));
                // 1. The schema's member holds it.
                void *o = ownerIn(s, f);
                switch (f.type) {
                case FieldType::Text:
                    QCOMPARE(qs(f.ref<std::string>(o)), v.toString());
                    break;
                case FieldType::Number:
                    QCOMPARE(f.ref<double>(o), v.toDouble());
                    break;
                case FieldType::OptionalNumber:
                    QVERIFY2(f.ref<std::optional<double>>(o).has_value(), qPrintable(what));
                    QCOMPARE(*f.ref<std::optional<double>>(o), v.toDouble());
                    break;
                case FieldType::Int:
                    QCOMPARE(qlonglong(f.ref<int>(o)), v.toLongLong());
                    break;
                case FieldType::Int64:
                    QCOMPARE(qlonglong(f.ref<std::int64_t>(o)), v.toLongLong());
                    break;
                case FieldType::UInt64:
                    QCOMPARE(qulonglong(f.ref<std::uint64_t>(o)), v.toULongLong());
                    break;
                case FieldType::Bool:
                    QCOMPARE(f.ref<bool>(o), v.toBool());
                    break;
                case FieldType::Choice:
                    QCOMPARE(qs(f.choiceName(f.getChoice(o))), v.toString());
                    break;
                case FieldType::YearMonth:
                    QCOMPARE(s.startYear, 2031);
                    QCOMPARE(s.startMonth, 7);
                    break;
                default:
                    break;
                }
                // 2. ScenarioFields reads the same back.
                const QVariant back = ScenarioFields::value(s, path);
                if (f.isNumeric())
                    QCOMPARE(back.toDouble(), v.toDouble());
                else
                    QCOMPARE(back, v);
                // 3. The file holds it at the field's path (a model 1.1 key only when it
                // differs from its default).
                const QJsonDocument doc =
                    QJsonDocument::fromJson(QByteArray::fromStdString(writeScenario(s)));
                const QJsonValue written = jsonAt(doc, path);
                if (written.isUndefined() && f.model11 && f.type == FieldType::Choice)
                    continue;
                QVERIFY2(!written.isUndefined(),
                         qPrintable(what + QStringLiteral(": not in file")));
                if (inFile[i].isDouble())
                    QCOMPARE(written.toDouble(), inFile[i].toDouble());
                else
                    QCOMPARE(written, inFile[i]);
                // Nothing else changed: setting the old value back gives the example's
                // file byte for byte (a renamed SKU id renames the purchases back too).
                QVERIFY2(ScenarioFields::setValue(s, path, ScenarioFields::value(base, path)),
                         qPrintable(what));
                QCOMPARE(writeScenario(s), writeScenario(base));
                ++checked;
            }
        }
        QVERIFY(checked >= 47);
    }

    // The optional purchase price: empty clears it, and it is then absent from the file.
    void optionalPriceClears()
    {
        Scenario s = example();
        const QString path = ScenarioFields::purchasePath(0, QStringLiteral("gpu_price"));
        QVERIFY(ScenarioFields::setValue(s, path, 31000.0));
        QCOMPARE(*s.purchases[0].gpuPrice, 31000.0);
        QVERIFY(ScenarioFields::setValue(s, path, QString()));
        QVERIFY(!s.purchases[0].gpuPrice.has_value());
        QVERIFY(!ScenarioFields::value(s, path).isValid());
        const QJsonDocument doc =
            QJsonDocument::fromJson(QByteArray::fromStdString(writeScenario(s)));
        QVERIFY(jsonAt(doc, path).isUndefined());
    }

    // Refused, and nothing changed: a word that is not a choice's spelling (it used to be read
    // as the default), a fraction for a whole number, an index past the list, an unknown path.
    void refusalsChangeNothing()
    {
        const Scenario base = example();
        const std::string before = writeScenario(base);
        const QList<QPair<QString, QVariant>> refused = {
            {QStringLiteral("finance.terminal_value"), QStringLiteral("Market value")},
            {QStringLiteral("finance.tax_depreciation"), QStringLiteral("macrs")},
            {QStringLiteral("skus[0].depreciation"), QStringLiteral("")},
            {QStringLiteral("skus[0].useful_life_months"), 12.5},
            {QStringLiteral("horizon_months"), QStringLiteral("sixty")},
            {QStringLiteral("start"), QStringLiteral("2031-13")},
            {QStringLiteral("skus[99].gpu_price"), 1.0},
            {QStringLiteral("purchases[99].gpus"), 1},
            {QStringLiteral("finance.no_such_key"), 1.0},
            {QStringLiteral("skus[0].lease_price"), 1.0},
            {QStringLiteral("skus[0].id"), qs(base.skus[1].id)}, // ids are unique
        };
        for (const auto &[path, v] : refused) {
            Scenario s = base;
            QVERIFY2(!ScenarioFields::setValue(s, path, v), qPrintable(path));
            QCOMPARE(writeScenario(s), before);
        }
    }

    // A negative number typed into any field whose range starts at zero or above (prices,
    // costs, counts, months) is refused with the range named, never turned positive; a
    // months field accepts every value the file allows, up to its maximum.
    void negativesRefusedMonthsToTheFilesMaximum()
    {
        const Scenario s = example();
        int negatives = 0, months = 0;
        for (const SchemaField &f : scenarioSchema()) {
            if (!editable(f) || !f.isNumeric() || !f.hasRule)
                continue;
            const QString path = concrete(f);
            const FieldInfo info = ScenarioFields::info(path);
            if (f.rule.min >= 0) {
                const FieldInputResult r =
                    FieldInput::parse(s, path, QStringLiteral("-5"), QLocale::c());
                QVERIFY2(!r.ok, qPrintable(path));
                QVERIFY2(r.error.contains(info.label), qPrintable(path + u' ' + r.error));
                ++negatives;
            }
            if (f.unit == FieldUnit::Months) {
                const QString max = QString::number(qlonglong(f.rule.max));
                const FieldInputResult r = FieldInput::parse(s, path, max, QLocale::c());
                QVERIFY2(r.ok, qPrintable(path + u' ' + r.error));
                QCOMPARE(r.value.toDouble(), f.rule.max);
                QVERIFY2(!FieldInput::parse(s, path, QString::number(qlonglong(f.rule.max) + 1),
                                            QLocale::c())
                              .ok,
                         qPrintable(path));
                ++months;
            }
        }
        QVERIFY(negatives >= 25);
        QCOMPARE(months, 5); // horizon, book and operating life, install lag, contract length

        // Through the table: the cell keeps its value.
        ScenarioDocument doc(example());
        SkuTableModel skus(&doc);
        const int col = skus.columnOfKey(QStringLiteral("gpu_price"));
        QVERIFY(col >= 0);
        const QModelIndex price = skus.index(0, col);
        const double before = doc.scenario().skus[0].gpuPrice;
        QVERIFY(!skus.setData(price, QStringLiteral("-500")));
        QVERIFY(!skus.setData(price, -500.0));
        QCOMPARE(doc.scenario().skus[0].gpuPrice, before);
        const int life = skus.columnOfKey(QStringLiteral("useful_life_months"));
        QVERIFY(skus.setData(skus.index(0, life), QStringLiteral("240")));
        QCOMPARE(doc.scenario().skus[0].usefulLifeMonths, 240);
    }

    // describe() names a field by the schema's label, with its SKU, purchase or section.
    void describeUsesTheSchemasLabels()
    {
        const Scenario s = example();
        const QString sku = QString::fromStdString(s.skus[0].name);
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("skus[0].gpu_price")),
                 sku + QStringLiteral(": GPU price"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("skus[0].lease_price")),
                 sku + QStringLiteral(": Lease price"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("purchases[1].gpus")),
                 QStringLiteral("Purchase 2: GPUs"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("finance.discount_rate")),
                 QStringLiteral("Finance: Discount rate (WACC)"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("operations.pue")),
                 QStringLiteral("Operations: PUE"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("leasing.contract_months")),
                 QStringLiteral("Leasing: Contract length"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("internal_demand.series")),
                 QStringLiteral("Internal demand series"));
        QCOMPARE(ScenarioFields::describe(s, QStringLiteral("horizon_months")),
                 QStringLiteral("Horizon"));
    }
};

QTEST_GUILESS_MAIN(TestScenarioFields)
#include "test_scenario_fields.moc"
