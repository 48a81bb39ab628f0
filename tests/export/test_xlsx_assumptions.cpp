// SPDX-License-Identifier: GPL-3.0-or-later
// The XLSX Assumptions sheet lists every value of the scenario file. The reference is the
// JSON file itself, read with Qt's JSON parser (not the app's reader): every value the file
// holds is on the sheet under its path with the same value (numbers to libxlsxwriter's 16
// significant digits, text exact, a choice as its label, a curve point at its month), with
// the currency in the unit of every money field; every other row is a key the file leaves
// out, shown with the format's default. Across the scenarios below, every value field of the
// schema must have appeared: a field added to the schema but missing from the sheet fails.
#include "export/ExportData.h"
#include "export/XlsxExport.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioSchema.h"
#include "scenario/ScenarioValues.h"
#include "scenario/ScenarioWriter.h"

#include "XlsxRead.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <map>
#include <set>

using namespace fleetroi;
using namespace fleetroi::exporting;
using namespace fleetroi::testing;

namespace {

// One row of the sheet: its cells by column letter; numbers as their <v> text.
struct Row
{
    int number = 0;
    QString section, item, assumption, value, unit, field, source;
    bool isNumber = false;
};

// Columns A..I: Section, Item, Assumption, Value, Unit, Field, Source, Date, Note.
std::vector<Row> assumptionRows(const QString &xlsx)
{
    const QStringList strings =
        sharedStrings(unzipMember(xlsx, QStringLiteral("xl/sharedStrings.xml")));
    const auto cells = readCells(unzipMember(xlsx, QStringLiteral("xl/worksheets/sheet5.xml")));
    auto text = [&](const QString &ref) {
        const auto it = cells.find(ref);
        if (it == cells.end())
            return QString();
        return it->second.type == QLatin1String("s") ? strings.value(it->second.value.toInt())
                                                     : it->second.value;
    };
    std::vector<Row> rows;
    for (int r = 1;; ++r) {
        const QString n = QString::number(r);
        if (!cells.count(QLatin1Char('A') + n))
            break;
        Row row;
        row.number = r;
        row.section = text(QLatin1Char('A') + n);
        row.item = text(QLatin1Char('B') + n);
        row.assumption = text(QLatin1Char('C') + n);
        row.value = text(QLatin1Char('D') + n);
        const auto v = cells.find(QLatin1Char('D') + n);
        row.isNumber = v != cells.end() && v->second.type.isEmpty();
        row.unit = text(QLatin1Char('E') + n);
        row.field = text(QLatin1Char('F') + n);
        row.source = text(QLatin1Char('G') + n);
        rows.push_back(row);
    }
    return rows;
}

// The leaves of a JSON document by path in the file's spelling ("skus[0].gpu_price").
void flatten(const QJsonValue &v, const QString &path, std::map<QString, QJsonValue> &out)
{
    if (v.isObject()) {
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flatten(it.value(), path.isEmpty() ? it.key() : path + QLatin1Char('.') + it.key(),
                    out);
    } else if (v.isArray()) {
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            flatten(a[i], path + QStringLiteral("[%1]").arg(i), out);
    } else {
        out[path] = v;
    }
}

QString fileText(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

// The schema entry of a path on the sheet: a demand month "internal_demand.series[5]" is the
// series' entry, a driver "uncertainty.drivers.lease_price" the drivers' entry.
const SchemaField *fieldOf(const QString &path)
{
    if (const SchemaField *f = findSchemaField(path.toStdString()))
        return f;
    static const QRegularExpression listItem(QStringLiteral("\\[\\d+\\]$"));
    if (const auto m = listItem.match(path); m.hasMatch())
        return findSchemaField(path.left(m.capturedStart()).toStdString());
    const SchemaField &drivers = schemaField(FieldId::UncertaintyDrivers);
    const QString prefix = QString::fromUtf8(drivers.path.data(), qsizetype(drivers.path.size()));
    if (path.startsWith(prefix + QLatin1Char('.')))
        return &drivers;
    return nullptr;
}

QString schemaText(const char *text)
{
    return QCoreApplication::translate(kSchemaTranslationContext, text);
}

} // namespace

class TestXlsxAssumptions : public QObject
{
    Q_OBJECT

    // Field ids seen on a sheet, over all rows of the data rows run so far.
    std::set<FieldId> m_seen;

private slots:
    void everyValueOfTheFile_data()
    {
        QTest::addColumn<QString>("file");
        for (const char *name : {"hyperscaler-surplus-leasing", "neocloud-h100-lessor",
                                 "hyperscaler-h100-peak-impairment"})
            QTest::newRow(name) << QStringLiteral(FLEETROI_TEST_DATA_DIR
                                                  "/examples/%1.fleetroi.json")
                                       .arg(QLatin1String(name));
        QTest::newRow("uncertainty")
            << QStringLiteral(FLEETROI_TEST_DATA_DIR "/report/neocloud-uncertain.fleetroi.json");
        // Written by the app: demand as a monthly series, every SKU key spelt out, a correlation
        // (see initTestCase).
        QTest::newRow("series and correlation") << m_written;
    }

    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const auto r =
            readScenarioFile(FLEETROI_TEST_DATA_DIR "/report/neocloud-uncertain.fleetroi.json");
        QVERIFY(r.ok());
        Scenario s = *r.scenario;
        s.internalDemand.isSeries = true;
        s.internalDemand.series.clear();
        for (int t = 0; t < s.horizonMonths; ++t)
            s.internalDemand.series.push_back(1.0e6 + 1234.5678 * t);
        s.operations.electricityPricePerKwh = 0.1234567890123; // more digits than a cell shows
        s.skus[0].resaleFraction = 0.15;
        QVERIFY(s.uncertainty && s.uncertainty->drivers.size() >= 2);
        s.uncertainty->correlations = {
            {s.uncertainty->drivers[0].driver, s.uncertainty->drivers[1].driver, -0.35}};
        s.uncertainty->seed = 12345678901234ULL;
        m_written = m_dir.filePath(QStringLiteral("written.fleetroi.json"));
        QFile f(m_written);
        QVERIFY(f.open(QIODevice::WriteOnly));
        const std::string json = writeScenario(s);
        QVERIFY(f.write(json.data(), qint64(json.size())) == qint64(json.size()));
    }

    void everyValueOfTheFile()
    {
        QFETCH(QString, file);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(fileText(file).toUtf8(), &error);
        QVERIFY2(!doc.isNull(), qPrintable(error.errorString()));
        std::map<QString, QJsonValue> json;
        flatten(doc.object(), QString(), json);
        const QString currency = doc.object().value(QLatin1String("currency")).toString();
        QVERIFY(!currency.isEmpty());

        const auto read = readScenarioFile(file.toStdString());
        QVERIFY(read.ok());
        const QString xlsx = m_dir.filePath(QStringLiteral("a.xlsx"));
        const StorageStatus st = writeXlsx(xlsx, computeExportData(*read.scenario));
        QVERIFY2(st.ok(), qPrintable(st.message));
        const std::vector<Row> rows = assumptionRows(xlsx);
        QVERIFY(rows.size() > 20);
        QCOMPARE(rows[0].field, QStringLiteral("Field"));

        std::map<QString, const Row *> byField;
        for (const Row &row : rows)
            if (row.number > 1 && !row.field.isEmpty() &&
                row.section != QLatin1String("Provenance"))
                byField.emplace(row.field, &row); // the first row of a path
        const QRegularExpression inMonth(QStringLiteral(" in month (\\d+) "));
        std::set<QString> onSheet;
        for (const auto &[path, value] : json) {
            if (path == QLatin1String("format") || path == QLatin1String("version") ||
                path.startsWith(QLatin1String("provenance[")))
                continue;
            // A curve point [k][0] is its month, shown in the label of the price's row [k][1].
            if (path.endsWith(QLatin1String("][0]"))) {
                QString pricePath = path;
                pricePath.replace(pricePath.size() - 3, 3, QStringLiteral("[1]"));
                const auto it = byField.find(pricePath);
                QVERIFY2(it != byField.end(), qPrintable(path));
                const auto m = inMonth.match(it->second->assumption);
                QVERIFY2(m.hasMatch(), qPrintable(it->second->assumption));
                QCOMPARE(m.captured(1).toInt(), value.toInt());
                continue;
            }
            // A Monte Carlo driver: {"lease_price": {"triangular": [a, b, c]}} is one row
            // "uncertainty.drivers.lease_price" reading "triangular: a, b, c".
            static const QRegularExpression driver(
                QStringLiteral("^(uncertainty\\.drivers\\.\\w+)\\.(\\w+)\\[(\\d)\\]$"));
            if (const auto m = driver.match(path); m.hasMatch()) {
                const auto it = byField.find(m.captured(1));
                QVERIFY2(it != byField.end(), qPrintable(path));
                const QString text = it->second->value;
                QVERIFY2(text.startsWith(m.captured(2) + QLatin1String(": ")), qPrintable(text));
                const QStringList numbers =
                    text.mid(m.captured(2).size() + 2).split(QStringLiteral(", "));
                QCOMPARE(numbers.value(m.captured(3).toInt()).toDouble(), value.toDouble());
                onSheet.insert(m.captured(1));
                continue;
            }
            const auto it = byField.find(path);
            if (it == byField.end() && value.isString() && value.toString().isEmpty() &&
                fieldOf(path) && !fieldOf(path)->required)
                continue; // an optional text left empty is not listed
            QVERIFY2(it != byField.end(),
                     qPrintable(QStringLiteral("%1 is not on the sheet").arg(path)));
            const Row &row = *it->second;
            onSheet.insert(path);
            const SchemaField *f = fieldOf(path);
            QVERIFY2(f, qPrintable(path));
            if (value.isDouble()) {
                if (row.isNumber)
                    QVERIFY2(digits16(row.value.toDouble()) == digits16(value.toDouble()),
                             qPrintable(path + QLatin1String(": ") + row.value));
                else // a whole number beyond 2^53, as its digits
                    QCOMPARE(row.value.toDouble(), value.toDouble());
            } else if (value.isBool()) {
                QCOMPARE(row.value, value.toBool() ? QStringLiteral("yes") : QStringLiteral("no"));
            } else if (!f->choices.empty()) {
                QString label;
                for (const FieldChoice &c : f->choices)
                    if (QLatin1String(c.value.data(), qsizetype(c.value.size())) ==
                        value.toString())
                        label = schemaText(c.label);
                QVERIFY2(!label.isEmpty(), qPrintable(path));
                QCOMPARE(row.value, label);
            } else {
                QCOMPARE(row.value, value.toString());
            }
            // Units: money in the file's currency, shares as percent.
            FieldUnit unit = f->unit;
            schemaRule(path.toStdString(), &unit);
            if (isMoneyUnit(unit))
                QVERIFY2(row.unit.startsWith(currency),
                         qPrintable(path + QLatin1String(": ") + row.unit));
            if (unit == FieldUnit::Fraction || unit == FieldUnit::FractionPerYear)
                QVERIFY2(row.unit.startsWith(QLatin1Char('%')), qPrintable(path));
            QVERIFY2(!row.assumption.isEmpty() && !row.section.isEmpty(), qPrintable(path));
        }

        // Every other row is a key the file leaves out, shown with the format's default.
        for (const auto &[path, row] : byField) {
            const SchemaField *f = fieldOf(path);
            QVERIFY2(f, qPrintable(path));
            m_seen.insert(f->id);
            if (onSheet.count(path))
                continue;
            QVERIFY2(!json.count(path), qPrintable(path));
            QVERIFY2(f->isNumeric(), qPrintable(path + QLatin1String(" is on the sheet only")));
            double expected = f->defaultValue;
            if (f->defaultFrom != FieldId::Count) { // e.g. operating life = book life
                QString sibling = path;
                sibling.replace(sibling.lastIndexOf(QLatin1Char('.')) + 1, sibling.size(),
                                QLatin1String(schemaField(f->defaultFrom).key.data(),
                                              qsizetype(schemaField(f->defaultFrom).key.size())));
                QVERIFY2(json.count(sibling), qPrintable(sibling));
                expected = json.at(sibling).toDouble();
            }
            QVERIFY2(digits16(row->value.toDouble()) == digits16(expected),
                     qPrintable(path + QLatin1String(": ") + row->value));
        }

        // Each provenance entry's source is on the sheet: beside a value at or under its path,
        // else in the rows after the values.
        const QJsonArray provenance = doc.object().value(QLatin1String("provenance")).toArray();
        for (const QJsonValue &p : provenance) {
            const QString field = p.toObject().value(QLatin1String("field")).toString();
            const QString source = p.toObject().value(QLatin1String("source")).toString();
            bool found = false;
            for (const Row &row : rows)
                found = found ||
                        (row.source == source &&
                         (row.field == field || row.field.startsWith(field + QLatin1Char('.')) ||
                          row.field.startsWith(field + QLatin1Char('['))));
            QVERIFY2(found, qPrintable(field));
        }
    }

    // Run after the data rows: every value field of the schema was on a sheet.
    void everySchemaFieldWasListed()
    {
        QVERIFY(!m_seen.empty());
        QStringList missing;
        for (const SchemaField &f : scenarioSchema()) {
            const bool container = f.type == FieldType::Header || f.type == FieldType::Object ||
                                   f.type == FieldType::List || f.type == FieldType::Curve;
            if (container || f.parent == "provenance[]")
                continue;
            if (!m_seen.count(f.id))
                missing << QString::fromUtf8(f.path.data(), qsizetype(f.path.size()));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(QStringLiteral(", "))));
    }

private:
    QTemporaryDir m_dir;
    QString m_written;
};

QTEST_GUILESS_MAIN(TestXlsxAssumptions)
#include "test_xlsx_assumptions.moc"
