// SPDX-License-Identifier: GPL-3.0-or-later
// Scenario files: the strict JSON parser, readScenario()/readScenarioFile() with every rule
// of shared/spec/SCENARIO_FORMAT.md, validateScenario() and writeScenario().
#include "scenario/JsonParser.h"
#include "scenario/ScenarioChecks.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioWriter.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <clocale>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <random>

using namespace fleetroi;

namespace {

const QString kDataDir = QStringLiteral(FLEETROI_TEST_DATA_DIR);

std::string dataPath(const QString &relative)
{
    return QString(kDataDir + QLatin1Char('/') + relative).toStdString();
}

std::string readBytes(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

QString describe(const std::vector<ValidationError> &errors)
{
    QStringList lines;
    for (const ValidationError &e : errors)
        lines << QString::fromStdString(formatError(e));
    return lines.join(QLatin1Char('\n'));
}

bool hasPath(const std::vector<ValidationError> &errors, const std::string &path)
{
    for (const ValidationError &e : errors)
        if (e.path == path)
            return true;
    return false;
}

// Rows of a TSV file: file, path, optional count, optional message text.
QList<QStringList> readTsv(const QString &path)
{
    QList<QStringList> rows;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return rows;
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.trimmed().isEmpty())
            continue;
        QStringList cells = line.split(QLatin1Char('\t'));
        while (cells.size() < 4)
            cells << QString();
        rows << cells;
    }
    return rows;
}

// A valid scenario with random values at full double precision, for round trips.
Scenario generatedScenario(std::uint64_t seed, bool withUncertainty, bool withSeries)
{
    std::mt19937_64 rng(seed);
    auto uniform = [&](double lo, double hi) {
        return std::uniform_real_distribution<double>(lo, hi)(rng);
    };
    auto whole = [&](int lo, int hi) {
        return std::uniform_int_distribution<int>(lo, hi)(rng);
    };

    Scenario s;
    s.name = "Generated \"scenario\" " + std::to_string(seed) + " \xE2\x82\xAC \xF0\x9F\x9A\x80";
    s.description = "Line one\nline\ttwo \\ back-slash / slash";
    s.currency = "EUR";
    s.startYear = whole(1990, 2100);
    s.startMonth = whole(1, 12);
    s.horizonMonths = whole(1, 240);
    s.finance.discountRate = uniform(-0.5, 1);
    s.finance.taxRate = uniform(0, 0.9);
    s.finance.taxDepreciation =
        whole(0, 1) ? TaxDepreciation::Book : TaxDepreciation::Macrs5HalfYear;
    s.finance.bonusDepreciation = seed % 2 ? -0.0 : uniform(0, 1); // -0 keeps its sign
    s.finance.fiscalYearEndMonth = whole(1, 12);
    s.finance.terminalValue =
        whole(0, 1) ? TerminalValueMethod::None : TerminalValueMethod::BookValue;
    s.operations.availability = uniform(1e-9, 1);
    s.operations.pue = uniform(1, 3);
    s.operations.electricityPricePerKwh = uniform(0, 10);
    s.operations.electricityAnnualEscalation = uniform(-0.5, 1);
    s.operations.colocationPerKwMonth = uniform(0, 10000);
    s.operations.maintenanceFractionPerYear = uniform(0, 1);
    s.operations.staffCostPerMonth = uniform(0, 1e12);
    const int skuCount = whole(1, 5);
    for (int i = 0; i < skuCount; ++i) {
        Sku k;
        k.id = "sku_" + std::to_string(i) + "-x";
        k.name = "GPU " + std::to_string(i);
        k.gpuPrice = uniform(0, 1e9);
        k.gpusPerServer = whole(1, 1024);
        k.serverCost = uniform(0, 1e9);
        k.networkCostPerGpu = uniform(0, 1e9);
        k.powerKwPerGpu = uniform(1e-6, 20);
        k.idlePowerFraction = uniform(0, 1);
        k.throughput = uniform(1e-3, 1000);
        k.usefulLifeMonths = whole(1, 240);
        k.operatingLifeMonths = whole(1, 240);
        k.salvageFraction = uniform(0, 0.999);
        k.resaleFraction = uniform(0, 1);
        k.depreciation = DepreciationMethod(whole(0, 2));
        k.annualFailureRate = uniform(0, 0.999);
        k.leasePrice.kind = PriceCurve::Kind::Points;
        int month = whole(0, 5);
        for (int p = whole(1, 30); p > 0 && month <= 1000; --p) {
            k.leasePrice.points.emplace_back(month, uniform(0, 1e6));
            month += whole(1, 40);
        }
        k.cloudPrice.start = uniform(0, 1e6);
        k.cloudPrice.annualChange = uniform(-1, 10);
        s.skus.push_back(k);
    }
    for (int i = whole(0, 20); i > 0; --i) {
        PurchaseTranche p;
        p.month = whole(0, s.horizonMonths - 1);
        p.sku = s.skus[std::size_t(whole(0, skuCount - 1))].id;
        p.gpus = whole(1, 100000000);
        p.installLagMonths = whole(0, 60);
        if (whole(0, 1))
            p.gpuPrice = uniform(0, 1e9);
        if (whole(0, 1))
            p.label = "Tranche " + std::to_string(i);
        s.purchases.push_back(p);
    }
    if (withSeries) {
        s.internalDemand.isSeries = true;
        for (int m = 0; m < s.horizonMonths; ++m)
            s.internalDemand.series.push_back(uniform(0, 1e15));
    } else {
        s.internalDemand.computeHours = uniform(0, 1e15);
        s.internalDemand.annualGrowth = uniform(-1, 10);
    }
    s.leasing.enabled = whole(0, 1);
    s.leasing.sellableFraction = uniform(0, 1);
    s.leasing.salesCostFraction = uniform(0, 1);
    s.leasing.contractMonths = whole(1, 60);
    s.provenance.push_back(
        {"skus[0].gpu_price", "Quote from \"vendor\"", "2024-02-29", "n\xC3\xA9t"});
    s.provenance.push_back({"finance.discount_rate", "", "", ""});
    if (withUncertainty) {
        Uncertainty u;
        u.paths = whole(1, 10000000);
        u.seed = std::uint64_t(9007199254740992ull); // 2^53, the largest seed
        u.drivers.push_back(
            {"gpu_price", DriverDistribution::Kind::Triangular, 0.8, 1.0, uniform(1.0, 1.5)});
        u.drivers.push_back(
            {"lease_price", DriverDistribution::Kind::Uniform, uniform(0, 1), uniform(1, 2), 1.0});
        u.drivers.push_back(
            {"availability", DriverDistribution::Kind::Normal, 1.0, uniform(0, 0.3), 1.0});
        // |rho| <= 0.9 with the 0.25 below keeps the set possible (positive semidefinite).
        u.correlations.push_back({"gpu_price", "lease_price", uniform(-0.9, 0.9)});
        u.correlations.push_back({"availability", "gpu_price", 0.25});
        s.uncertainty = u;
    }
    return s;
}

} // namespace

class TestScenarioReader : public QObject
{
    Q_OBJECT

private slots:
    void examplesReadWithTheirValues();
    void defaultsOfOmittedKeys();
    void invalidExamplesNameTheirPath_data();
    void invalidExamplesNameTheirPath();
    void corpus_data();
    void corpus();
    void corpusIsLargeEnough();
    void allProblemsAreReported();
    void typeErrorsComeBeforeRanges();
    void deeplyNestedMegabyteAnswersQuickly();
    void nestingLimitIs64();
    void oversizedFileIsRefusedBeforeReading();
    void oversizedTextIsRefused();
    void hostileFlatArrayAnswersQuickly();
    void errorListIsCapped();
    void missingFileAndDirectoryAreErrors();
    void jsonKeepsLexemesAndKeyOrder();
    void jsonWholeNumbersAreExact_data();
    void jsonWholeNumbersAreExact();
    void validateScenarioUsesFilePaths_data();
    void validateScenarioUsesFilePaths();
    void validateScenarioAcceptsEveryValidFile();
    void formatErrorJoinsPathAndMessage();
    void roundTrip_data();
    void roundTrip();
    void writerSpellsEveryKeyInOrder();
    void writerIgnoresTheLocale();
    void numberTooLargeNamesItsPath_data();
    void numberTooLargeNamesItsPath();
    void overlongArraysAreRefusedBeforeBuilding_data();
    void overlongArraysAreRefusedBeforeBuilding();
    void correlationSetsFollowTheFormat_data();
    void correlationSetsFollowTheFormat();
    void everyWrittenKeyIsAKnownPattern();
    void valuesAtUnknownPlacesAreBounded_data();
    void valuesAtUnknownPlacesAreBounded();
};

void TestScenarioReader::examplesReadWithTheirValues()
{
    const auto hyper = readScenarioFile(
        dataPath(QStringLiteral("examples/hyperscaler-surplus-leasing.fleetroi.json")));
    QVERIFY2(hyper.ok(), qPrintable(describe(hyper.errors)));
    const Scenario &h = *hyper.scenario;
    QCOMPARE(h.name, std::string("Hyperscaler fleet leasing its surplus"));
    QCOMPARE(h.currency, std::string("USD"));
    QCOMPARE(h.startYear, 2026);
    QCOMPARE(h.startMonth, 1);
    QCOMPARE(h.horizonMonths, 72);
    QCOMPARE(h.finance.taxDepreciation, TaxDepreciation::Macrs5HalfYear);
    QCOMPARE(h.finance.bonusDepreciation, 1.0);
    QCOMPARE(h.operations.availability, 0.95);
    QCOMPARE(h.operations.staffCostPerMonth, 2000000.0);
    QCOMPARE(h.skus.size(), std::size_t(3));
    QCOMPARE(h.skus[2].id, std::string("gb200"));
    QCOMPARE(h.skus[2].gpusPerServer, 72);
    QCOMPARE(h.skus[2].throughput, 3.5);
    QCOMPARE(h.skus[0].leasePrice.kind, PriceCurve::Kind::Points);
    QCOMPARE(h.skus[0].leasePrice.points.size(), std::size_t(4));
    QCOMPARE(h.skus[0].leasePrice.points[1], (std::pair<int, double>(3, 2.35)));
    QCOMPARE(h.skus[1].leasePrice.kind, PriceCurve::Kind::Growth);
    QCOMPARE(h.skus[1].leasePrice.start, 4.5);
    QCOMPARE(h.skus[1].leasePrice.annualChange, -0.2);
    QCOMPARE(h.purchases.size(), std::size_t(3));
    QCOMPARE(h.purchases[2].month, 14);
    QCOMPARE(h.purchases[2].gpus, std::int64_t(18432));
    QCOMPARE(h.purchases[2].installLagMonths, 4);
    QCOMPARE(h.purchases[2].label, std::string("GB200 NVL72, 256 racks"));
    QVERIFY(!h.purchases[0].gpuPrice.has_value());
    QVERIFY(!h.internalDemand.isSeries);
    QCOMPARE(h.internalDemand.computeHours, 30000000.0);
    QCOMPARE(h.internalDemand.annualGrowth, 0.15);
    QCOMPARE(h.leasing.contractMonths, 12);
    QCOMPARE(h.provenance.size(), std::size_t(4));
    QCOMPARE(h.provenance[2].field, std::string("skus[0].lease_price"));
    QCOMPARE(h.provenance[2].note, std::string("V-shaped market"));
    QVERIFY(!h.uncertainty.has_value());

    const auto neo =
        readScenarioFile(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    QVERIFY2(neo.ok(), qPrintable(describe(neo.errors)));
    const Scenario &n = *neo.scenario;
    QCOMPARE(n.startMonth, 3);
    QCOMPARE(n.horizonMonths, 60);
    QCOMPARE(n.finance.discountRate, 0.12);
    QCOMPARE(n.operations.colocationPerKwMonth, 190.0);
    QCOMPARE(n.skus[0].operatingLifeMonths, 48);
    QCOMPARE(n.skus[0].resaleFraction, 0.25);
    QCOMPARE(n.skus[0].depreciation, DepreciationMethod::DoubleDeclining);
    QCOMPARE(n.skus[0].cloudPrice.start, 2.95);
    QCOMPARE(n.purchases[0].gpus, std::int64_t(4096));
    QCOMPARE(n.leasing.sellableFraction, 0.85);
    QVERIFY(n.provenance.empty());
}

void TestScenarioReader::defaultsOfOmittedKeys()
{
    const auto hyper = readScenarioFile(
        dataPath(QStringLiteral("examples/hyperscaler-surplus-leasing.fleetroi.json")));
    QVERIFY(hyper.ok());
    // Omitted operating life and resale fraction follow useful life and salvage fraction.
    QCOMPARE(hyper.scenario->skus[0].operatingLifeMonths, 66);
    QCOMPARE(hyper.scenario->skus[0].resaleFraction, 0.05);

    const auto neo =
        readScenarioFile(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    QVERIFY(neo.ok());
    const Scenario &n = *neo.scenario;
    QCOMPARE(n.finance.bonusDepreciation, 0.0); // omitted
    QCOMPARE(n.skus[0].throughput, 1.0);        // omitted
    QCOMPARE(n.purchases[0].label, std::string());
    QVERIFY(!n.internalDemand.isSeries);
    QCOMPARE(n.internalDemand.computeHours, 0.0);
    QCOMPARE(n.internalDemand.annualGrowth, 0.0);

    // A minimal file: every optional key takes the format's default.
    const char *minimal = R"({"format": "fleetroi-scenario", "version": 1, "name": "Minimal",
        "start": "2030-12", "horizon_months": 12,
        "skus": [{"id": "a", "name": "A", "gpu_price": 1, "power_kw_per_gpu": 1,
                  "useful_life_months": 36, "salvage_fraction": 0.1,
                  "lease_price": {"start": 2}, "cloud_price": {"points": [[0, 3]]}}]})";
    const auto r = readScenario(minimal);
    QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
    const Scenario &m = *r.scenario;
    Scenario expected;
    expected.name = "Minimal";
    expected.startYear = 2030;
    expected.startMonth = 12;
    expected.horizonMonths = 12;
    Sku a;
    a.id = "a";
    a.name = "A";
    a.gpuPrice = 1;
    a.powerKwPerGpu = 1;
    a.usefulLifeMonths = 36;
    a.operatingLifeMonths = 36;
    a.salvageFraction = 0.1;
    a.resaleFraction = 0.1;
    a.leasePrice.start = 2;
    a.cloudPrice.kind = PriceCurve::Kind::Points;
    a.cloudPrice.points = {{0, 3.0}};
    expected.skus.push_back(a);
    QCOMPARE(m.currency, std::string("USD"));
    QCOMPARE(m.finance.discountRate, 0.09);
    QCOMPARE(m.operations.pue, 1.3);
    QCOMPARE(m.leasing.sellableFraction, 0.8);
    QCOMPARE(m.skus[0].gpusPerServer, 8);
    QCOMPARE(m.skus[0].idlePowerFraction, 0.3);
    QVERIFY(m == expected);
}

void TestScenarioReader::invalidExamplesNameTheirPath_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    const auto rows = readTsv(kDataDir + QStringLiteral("/examples/invalid/expect.tsv"));
    QVERIFY(rows.size() >= 5);
    for (const QStringList &row : rows)
        QTest::newRow(qPrintable(row[0])) << row[0] << row[1];
}

void TestScenarioReader::invalidExamplesNameTheirPath()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    const auto r = readScenarioFile(
        dataPath(QStringLiteral("examples/invalid/") + file + QStringLiteral(".fleetroi.json")));
    QVERIFY(!r.ok());
    QVERIFY(!r.scenario.has_value());
    QVERIFY2(hasPath(r.errors, path.toStdString()), qPrintable(describe(r.errors)));
    if (file == QStringLiteral("not-json")) {
        // A parse error names line and column.
        QVERIFY2(r.errors[0].message.find("line 1, column 46") != std::string::npos,
                 r.errors[0].message.c_str());
    }
    if (file == QStringLiteral("newer-version"))
        QVERIFY(r.errors[0].message.find("newer FleetROI") != std::string::npos);
    if (file == QStringLiteral("negative-gpus"))
        QCOMPARE(
            formatError(r.errors[0]),
            std::string("purchases[0].gpus: must be a whole number from 1 to 100000000, got -5"));
    if (file == QStringLiteral("typo-key"))
        QCOMPARE(formatError(r.errors[0]),
                 std::string("operations.pue_factor: unknown key (misspelt, or written by a "
                             "newer FleetROI than this one)"));
}

void TestScenarioReader::corpus_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("path");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("message");
    const auto rows = readTsv(kDataDir + QStringLiteral("/scenario-invalid/expect.tsv"));
    for (const QStringList &row : rows)
        QTest::newRow(qPrintable(row[0]))
            << row[0] << row[1] << (row[2].isEmpty() ? -1 : row[2].toInt()) << row[3];
}

void TestScenarioReader::corpus()
{
    QFETCH(QString, file);
    QFETCH(QString, path);
    QFETCH(int, count);
    QFETCH(QString, message);
    const auto r = readScenarioFile(
        dataPath(QStringLiteral("scenario-invalid/") + file + QStringLiteral(".fleetroi.json")));
    if (path == QStringLiteral("(valid)")) {
        QVERIFY2(r.ok(), qPrintable(describe(r.errors)));
        QVERIFY(validateScenario(*r.scenario).empty());
        return;
    }
    QVERIFY(!r.ok());
    QVERIFY(!r.scenario.has_value());
    bool found = false;
    for (const ValidationError &e : r.errors)
        found = found || (e.path == path.toStdString() &&
                          QString::fromStdString(e.message).contains(message));
    QVERIFY2(found, qPrintable(QStringLiteral("expected \"%1\" with \"%2\", got:\n%3")
                                   .arg(path, message, describe(r.errors))));
    if (count >= 0)
        QVERIFY2(int(r.errors.size()) == count, qPrintable(describe(r.errors)));
    if (path.isEmpty()) // whole-file problems name where they are
        QVERIFY2(QString::fromStdString(r.errors[0].message).contains(QStringLiteral("line")) ||
                     QString::fromStdString(r.errors[0].message).contains(QStringLiteral("object")),
                 r.errors[0].message.c_str());
}

void TestScenarioReader::corpusIsLargeEnough()
{
    const auto rows = readTsv(kDataDir + QStringLiteral("/scenario-invalid/expect.tsv"));
    int invalid = 0;
    for (const QStringList &row : rows)
        invalid += row[1] != QStringLiteral("(valid)") ? 1 : 0;
    QVERIFY2(invalid >= 40, qPrintable(QString::number(invalid)));
}

void TestScenarioReader::allProblemsAreReported()
{
    const auto r =
        readScenarioFile(dataPath(QStringLiteral("scenario-invalid/three-errors.fleetroi.json")));
    QCOMPARE(int(r.errors.size()), 3);
    QVERIFY(hasPath(r.errors, "purchases[0].gpus"));
    QVERIFY(hasPath(r.errors, "operations.pue"));
    QVERIFY(hasPath(r.errors, "skus[1].colour"));
}

void TestScenarioReader::typeErrorsComeBeforeRanges()
{
    const auto r = readScenarioFile(
        dataPath(QStringLiteral("scenario-invalid/type-errors-before-ranges.fleetroi.json")));
    QCOMPARE(int(r.errors.size()), 3);
    QCOMPARE(formatError(r.errors[0]),
             std::string("skus[0].gpu_price: must be a number, got string"));
    // A field with a type error gets no range error on top.
    QCOMPARE(std::count_if(r.errors.begin(), r.errors.end(),
                           [](const ValidationError &e) { return e.path == "skus[0].gpu_price"; }),
             std::ptrdiff_t(1));
}

void TestScenarioReader::deeplyNestedMegabyteAnswersQuickly()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path =
        QString(dir.path() + QStringLiteral("/deep.fleetroi.json")).toStdString();
    {
        std::ofstream out(path, std::ios::binary);
        out << std::string(1024 * 1024, '[');
    }
    QElapsedTimer timer;
    timer.start();
    const auto r = readScenarioFile(path);
    const qint64 ms = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(int(r.errors.size()), 1);
    QCOMPARE(r.errors[0].path, std::string());
    QVERIFY2(r.errors[0].message.find("nested") != std::string::npos, r.errors[0].message.c_str());
    qInfo("1 MiB of '[' answered in %lld ms", ms);
    QVERIFY(ms < 5000);

    // The same with objects.
    std::string objects;
    for (int i = 0; i < 100000; ++i)
        objects += "{\"a\":";
    timer.restart();
    const auto r2 = readScenario(objects);
    QVERIFY(!r2.ok());
    QVERIFY(timer.elapsed() < 5000);
}

void TestScenarioReader::nestingLimitIs64()
{
    auto nested = [](int depth) {
        return std::string(std::size_t(depth), '[') + std::string(std::size_t(depth), ']');
    };
    QVERIFY(parseJson(nested(64)).ok());
    const auto deep = parseJson(nested(65));
    QVERIFY(!deep.ok());
    QVERIFY(deep.errors[0].message.find("64") != std::string::npos);
    // Inside a scenario the nesting problem is refused as a whole-file error.
    const std::string text =
        R"({"format": "fleetroi-scenario", "version": 1, "name": )" + nested(70) + "}";
    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors[0].path, std::string());
}

void TestScenarioReader::oversizedFileIsRefusedBeforeReading()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const std::string path =
        QString(dir.path() + QStringLiteral("/big.fleetroi.json")).toStdString();
    {
        std::ofstream out(path, std::ios::binary);
        out << "{";
    }
    // 17 MiB, sparse where the file system allows: reading it would take noticeable time.
    std::filesystem::resize_file(path, 17u * 1024u * 1024u);
    QElapsedTimer timer;
    timer.start();
    const auto r = readScenarioFile(path);
    const qint64 ms = timer.elapsed();
    QVERIFY(!r.ok());
    QCOMPARE(int(r.errors.size()), 1);
    QCOMPARE(r.errors[0].path, std::string());
    // The size message, not a JSON error: nothing was parsed.
    QVERIFY2(r.errors[0].message.find("at most 16 MiB") != std::string::npos,
             r.errors[0].message.c_str());
    QVERIFY(r.errors[0].message.find("JSON") == std::string::npos);
    qInfo("17 MiB file refused in %lld ms", ms);
    QVERIFY(ms < 5000);

    // Exactly 16 MiB is read (and refused as JSON, since it is mostly NUL bytes).
    std::filesystem::resize_file(path, kMaxScenarioFileBytes);
    const auto limit = readScenarioFile(path);
    QVERIFY(!limit.ok());
    QVERIFY(limit.errors[0].message.find("JSON") != std::string::npos);
}

void TestScenarioReader::oversizedTextIsRefused()
{
    const std::string text(kMaxScenarioFileBytes + 1, ' ');
    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    QVERIFY(r.errors[0].message.find("16 MiB") != std::string::npos);
}

void TestScenarioReader::hostileFlatArrayAnswersQuickly()
{
    // About 16 MB of "0," in the series: millions of values.
    std::string text =
        R"({"format": "fleetroi-scenario", "version": 1, "internal_demand": {"series": [)";
    const std::size_t n = (kMaxScenarioFileBytes - text.size() - 16) / 2;
    text.reserve(kMaxScenarioFileBytes);
    for (std::size_t i = 0; i < n; ++i)
        text += "0,";
    text += "0]}}";
    QVERIFY(text.size() <= kMaxScenarioFileBytes);
    QElapsedTimer timer;
    timer.start();
    const auto r = readScenario(text);
    const qint64 ms = timer.elapsed();
    QVERIFY(!r.ok());
    qInfo("%zu bytes of numbers answered in %lld ms", text.size(), ms);
    // About 0.8 s of CPU (a million values are built before the cap stops the parse); the
    // bound only proves there is no hang, also on a loaded machine.
    QVERIFY(ms < 15000);
}

void TestScenarioReader::errorListIsCapped()
{
    std::string text = R"({"format": "fleetroi-scenario", "version": 1, "purchases": [)";
    // 5,000 purchases that are not objects (within the format's 10,000): one error each.
    for (int i = 0; i < 5000; ++i)
        text += "\"x\",";
    text += "\"x\"]}";
    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    QCOMPARE(r.errors.size(), kMaxReportedErrors + 1);
    QVERIFY(r.errors.back().message.find("not listed") != std::string::npos);
}

void TestScenarioReader::missingFileAndDirectoryAreErrors()
{
    QTemporaryDir dir;
    const auto missing =
        readScenarioFile(QString(dir.path() + QStringLiteral("/nope.fleetroi.json")).toStdString());
    QVERIFY(!missing.ok());
    QCOMPARE(missing.errors.size(), std::size_t(1));
    QCOMPARE(missing.errors[0].path, std::string());
    QVERIFY(missing.errors[0].message.find("cannot open") != std::string::npos);

    const auto directory = readScenarioFile(dir.path().toStdString());
    QVERIFY(!directory.ok());
    QVERIFY(directory.errors[0].message.find("not a regular file") != std::string::npos);

    // A UTF-8 file name.
    const std::string unicodePath =
        QString(dir.path() + QStringLiteral("/sc\u00E9nario \u20AC.fleetroi.json")).toStdString();
    {
        std::ofstream out(
            std::filesystem::path(std::u8string(
                reinterpret_cast<const char8_t *>(unicodePath.data()), unicodePath.size())),
            std::ios::binary);
        out << readBytes(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    }
    QVERIFY(readScenarioFile(unicodePath).ok());
}

void TestScenarioReader::jsonKeepsLexemesAndKeyOrder()
{
    const auto r = parseJson(R"({"z": 1.50, "a": -0, "m": [1e2, 9007199254740993]})");
    QVERIFY(r.ok());
    const JsonValue &v = *r.value;
    QCOMPARE(v.members().size(), std::size_t(3));
    QCOMPARE(v.members()[0].first, std::string_view("z"));
    QCOMPARE(v.members()[1].first, std::string_view("a"));
    QCOMPARE(v.members()[2].first, std::string_view("m"));
    QCOMPARE(v.find("z")->text(), std::string_view("1.50"));
    QCOMPARE(v.find("z")->number(), 1.5);
    QVERIFY(std::signbit(v.find("a")->number()));
    QCOMPARE(v.find("m")->items()[1].text(), std::string_view("9007199254740993"));
    std::int64_t whole = 0;
    QCOMPARE(v.find("m")->items()[1].wholeValue(whole), JsonValue::Whole::Yes);
    QCOMPARE(whole, std::int64_t(9007199254740993LL)); // exact, not rounded to 2^53

    // Errors carry line, column (in characters) and byte offset.
    const auto bad = parseJson("{\n  \"\xC3\xA9\": tru}");
    QVERIFY(!bad.ok());
    QCOMPARE(bad.errors[0].line, 2);
    QCOMPARE(bad.errors[0].column, 8);
    QCOMPARE(bad.errors[0].offset, std::size_t(10));

    // Duplicate keys are reported with their path and parsing goes on.
    const auto dup = parseJson(R"({"a": {"b": 1, "b": 2}, "c": [{"d": 1, "d": 1}]})");
    QVERIFY(dup.value.has_value());
    QCOMPARE(dup.errors.size(), std::size_t(2));
    QCOMPARE(dup.errors[0].path, std::string("a.b"));
    QCOMPARE(dup.errors[1].path, std::string("c[0].d"));

    // Duplicates in a big object (checked by a set).
    std::string big = "{";
    for (int i = 0; i < 1000; ++i)
        big += "\"k" + std::to_string(i) + "\": 0,";
    big += "\"k500\": 1}";
    const auto bigDup = parseJson(big);
    QCOMPARE(bigDup.errors.size(), std::size_t(1));
    QCOMPARE(bigDup.errors[0].path, std::string("k500"));

    // Escapes decode; a surrogate pair is one code point.
    const auto esc = parseJson(R"(["a\"b\\c\/d\te\nf", "\u00e9\uD83D\uDE80"])");
    QVERIFY(esc.ok());
    QCOMPARE(esc.value->items()[0].text(), std::string_view("a\"b\\c/d\te\nf"));
    QCOMPARE(esc.value->items()[1].text(), std::string_view("\xC3\xA9\xF0\x9F\x9A\x80"));
}

void TestScenarioReader::jsonWholeNumbersAreExact_data()
{
    QTest::addColumn<QString>("lexeme");
    QTest::addColumn<int>("kind"); // JsonValue::Whole
    QTest::addColumn<qint64>("value");
    const int yes = int(JsonValue::Whole::Yes), no = int(JsonValue::Whole::NotWhole),
              big = int(JsonValue::Whole::TooLarge);
    QTest::newRow("zero") << "0" << yes << qint64(0);
    QTest::newRow("minus zero") << "-0.0e5" << yes << qint64(0);
    QTest::newRow("1.0") << "1.0" << yes << qint64(1);
    QTest::newRow("1e3") << "1e3" << yes << qint64(1000);
    QTest::newRow("2.50e2") << "2.50e2" << yes << qint64(250);
    QTest::newRow("12500e-2") << "12500e-2" << yes << qint64(125);
    QTest::newRow("1.5") << "1.5" << no << qint64(0);
    QTest::newRow("1e-1") << "1e-1" << no << qint64(0);
    QTest::newRow("-5") << "-5" << yes << qint64(-5);
    QTest::newRow("2^53+1") << "9007199254740993" << yes << qint64(9007199254740993LL);
    QTest::newRow("int64 max") << "9223372036854775807" << yes << qint64(9223372036854775807LL);
    QTest::newRow("int64 max+1") << "9223372036854775808" << big << qint64(0);
    QTest::newRow("int64 min") << "-9223372036854775808" << yes
                               << qint64(std::numeric_limits<qint64>::min());
    QTest::newRow("1e19") << "1e19" << big << qint64(0);
    QTest::newRow("1e300") << "1e300" << big << qint64(0);
    QTest::newRow("huge exponent") << "1e0000000000000000000002" << yes << qint64(100);
}

void TestScenarioReader::jsonWholeNumbersAreExact()
{
    QFETCH(QString, lexeme);
    QFETCH(int, kind);
    QFETCH(qint64, value);
    const auto r = parseJson(lexeme.toStdString());
    QVERIFY2(r.ok(), r.errors.empty() ? "" : r.errors[0].message.c_str());
    std::int64_t got = -1;
    QCOMPARE(int(r.value->wholeValue(got)), kind);
    if (kind == int(JsonValue::Whole::Yes))
        QCOMPARE(qint64(got), value);
}

void TestScenarioReader::validateScenarioUsesFilePaths_data()
{
    QTest::addColumn<int>("change");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("gpu price") << 0 << "skus[0].gpu_price"
                               << "must be a number from 0 to 1000000000, got -1";
    QTest::newRow("gpus") << 1 << "purchases[0].gpus"
                          << "must be a whole number from 1 to 100000000, got -5";
    QTest::newRow("name") << 2 << "name"
                          << "must not be empty";
    QTest::newRow("sku id") << 3 << "skus[0].id"
                            << "";
    QTest::newRow("purchase sku") << 4 << "purchases[0].sku"
                                  << "got \"nope\"";
    QTest::newRow("availability nan") << 5 << "operations.availability"
                                      << "got NaN";
    QTest::newRow("series length") << 6 << "internal_demand.series"
                                   << "exactly 60";
    QTest::newRow("curve order") << 7 << "skus[0].lease_price.points[1][0]"
                                 << "increase";
    QTest::newRow("seed") << 8 << "uncertainty.seed"
                          << "got 9007199254740993";
    QTest::newRow("driver") << 9 << "uncertainty.drivers.gpu_cost"
                            << "unknown driver";
    QTest::newRow("start") << 10 << "start"
                           << "2026-00";
    QTest::newRow("control character") << 11 << "description"
                                       << "control characters";
    QTest::newRow("invalid utf-8") << 12 << "skus[0].name"
                                   << "UTF-8";
    QTest::newRow("purchase month") << 13 << "purchases[0].month"
                                    << "from 0 to 59, got 60";
    QTest::newRow("duplicate driver") << 14 << "uncertainty.drivers.gpu_price"
                                      << "twice";
}

void TestScenarioReader::validateScenarioUsesFilePaths()
{
    QFETCH(int, change);
    QFETCH(QString, path);
    QFETCH(QString, message);
    auto r =
        readScenarioFile(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    QVERIFY(r.ok());
    Scenario s = *r.scenario;
    QVERIFY(validateScenario(s).empty());
    Uncertainty u;
    u.drivers.push_back({"gpu_price", DriverDistribution::Kind::Uniform, 0.9, 1.1, 1.0});
    switch (change) {
    case 0:
        s.skus[0].gpuPrice = -1;
        break;
    case 1:
        s.purchases[0].gpus = -5;
        break;
    case 2:
        s.name.clear();
        break;
    case 3:
        s.skus[0].id = "H 100";
        break;
    case 4:
        s.purchases[0].sku = "nope";
        break;
    case 5:
        s.operations.availability = std::numeric_limits<double>::quiet_NaN();
        break;
    case 6:
        s.internalDemand.isSeries = true;
        s.internalDemand.series.assign(12, 1.0);
        break;
    case 7:
        s.skus[0].leasePrice.kind = PriceCurve::Kind::Points;
        s.skus[0].leasePrice.points = {{5, 1.0}, {5, 2.0}};
        break;
    case 8:
        u.seed = 9007199254740993ull;
        s.uncertainty = u;
        break;
    case 9:
        u.drivers[0].driver = "gpu_cost";
        s.uncertainty = u;
        break;
    case 10:
        s.startMonth = 0;
        break;
    case 11:
        s.description = "a\rb";
        break;
    case 12:
        s.skus[0].name = "\xFF";
        break;
    case 13:
        s.purchases[0].month = 60;
        break;
    case 14:
        u.drivers.push_back(u.drivers[0]);
        s.uncertainty = u;
        break;
    }
    const auto errors = validateScenario(s);
    QVERIFY2(errors.size() == 1, qPrintable(describe(errors)));
    QCOMPARE(QString::fromStdString(errors[0].path), path);
    QVERIFY2(QString::fromStdString(errors[0].message).contains(message),
             errors[0].message.c_str());
}

void TestScenarioReader::validateScenarioAcceptsEveryValidFile()
{
    for (const char *name : {"examples/hyperscaler-surplus-leasing.fleetroi.json",
                             "examples/neocloud-h100-lessor.fleetroi.json"}) {
        const auto r = readScenarioFile(dataPath(QString::fromLatin1(name)));
        QVERIFY(r.ok());
        QVERIFY(validateScenario(*r.scenario).empty());
    }
    for (std::uint64_t seed = 1; seed <= 50; ++seed) {
        const Scenario s = generatedScenario(seed, seed % 2 == 0, seed % 3 == 0);
        const auto errors = validateScenario(s);
        QVERIFY2(errors.empty(), qPrintable(describe(errors)));
    }
}

void TestScenarioReader::formatErrorJoinsPathAndMessage()
{
    QCOMPARE(
        formatError({"purchases[3].gpus", "must be a whole number from 1 to 100000000, got -5"}),
        std::string("purchases[3].gpus: must be a whole number from 1 to 100000000, got -5"));
    QCOMPARE(formatError({"", "the file is empty"}), std::string("the file is empty"));
}

void TestScenarioReader::roundTrip_data()
{
    QTest::addColumn<QByteArray>("text");
    for (const char *name : {"hyperscaler-surplus-leasing", "neocloud-h100-lessor"}) {
        const std::string bytes = readBytes(
            dataPath(QStringLiteral("examples/%1.fleetroi.json").arg(QLatin1String(name))));
        QTest::newRow(name) << QByteArray::fromStdString(bytes);
    }
    for (std::uint64_t seed = 1; seed <= 40; ++seed) {
        const Scenario s = generatedScenario(seed, seed % 2 == 0, seed % 3 == 0);
        QTest::newRow(qPrintable(QStringLiteral("generated %1").arg(seed)))
            << QByteArray::fromStdString(writeScenario(s));
    }
}

void TestScenarioReader::roundTrip()
{
    QFETCH(QByteArray, text);
    const auto first = readScenario(text.toStdString());
    QVERIFY2(first.ok(), qPrintable(describe(first.errors)));
    const std::string written = writeScenario(*first.scenario);
    const auto second = readScenario(written);
    QVERIFY2(second.ok(), qPrintable(describe(second.errors)));
    // Exact equality of every field, doubles included (no tolerance).
    QVERIFY(*second.scenario == *first.scenario);
    // Bit-identical doubles, -0 included: writing again gives the same bytes.
    QCOMPARE(writeScenario(*second.scenario), written);
    QCOMPARE(std::signbit(second.scenario->finance.bonusDepreciation),
             std::signbit(first.scenario->finance.bonusDepreciation));
}

void TestScenarioReader::writerSpellsEveryKeyInOrder()
{
    const auto r =
        readScenarioFile(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    QVERIFY(r.ok());
    const std::string text = writeScenario(*r.scenario);
    const char *keysInOrder[] = {"\"format\": \"fleetroi-scenario\"",
                                 "\"version\": 1",
                                 "\"name\"",
                                 "\"description\"",
                                 "\"currency\"",
                                 "\"start\": \"2026-03\"",
                                 "\"horizon_months\": 60",
                                 "\"finance\"",
                                 "\"discount_rate\"",
                                 "\"tax_rate\"",
                                 "\"tax_depreciation\"",
                                 "\"bonus_depreciation\": 0",
                                 "\"fiscal_year_end_month\"",
                                 "\"terminal_value\"",
                                 "\"operations\"",
                                 "\"availability\"",
                                 "\"pue\"",
                                 "\"electricity_price_per_kwh\"",
                                 "\"electricity_annual_escalation\"",
                                 "\"colocation_per_kw_month\"",
                                 "\"maintenance_fraction_per_year\"",
                                 "\"staff_cost_per_month\": 150000",
                                 "\"skus\"",
                                 "\"id\"",
                                 "\"gpu_price\": 24000",
                                 "\"gpus_per_server\": 8",
                                 "\"server_cost\"",
                                 "\"network_cost_per_gpu\"",
                                 "\"power_kw_per_gpu\": 1.275",
                                 "\"idle_power_fraction\"",
                                 "\"throughput\": 1",
                                 "\"useful_life_months\": 72",
                                 "\"operating_life_months\": 48",
                                 "\"salvage_fraction\"",
                                 "\"resale_fraction\"",
                                 "\"depreciation\": \"double_declining\"",
                                 "\"annual_failure_rate\"",
                                 "\"lease_price\"",
                                 "\"cloud_price\"",
                                 "\"purchases\"",
                                 "\"month\": 0",
                                 "\"sku\": \"h100\"",
                                 "\"gpus\": 4096",
                                 "\"install_lag_months\": 2",
                                 "\"label\": \"\"",
                                 "\"internal_demand\"",
                                 "\"compute_hours\": 0",
                                 "\"annual_growth\": 0",
                                 "\"leasing\"",
                                 "\"enabled\": true",
                                 "\"sellable_fraction\"",
                                 "\"sales_cost_fraction\"",
                                 "\"contract_months\": 24",
                                 "\"provenance\": []"};
    std::size_t at = 0;
    for (const char *key : keysInOrder) {
        const std::size_t found = text.find(key, at);
        QVERIFY2(found != std::string::npos, key);
        at = found;
    }
    QVERIFY(text.find("\"uncertainty\"") == std::string::npos);
    // The optional purchase gpu_price is absent when unset (the SKU has one).
    QCOMPARE(std::count(text.begin(), text.end(), '\n'),
             std::ptrdiff_t(std::count(text.begin(), text.end(), '\n')));
    QVERIFY(text.find("\"gpu_price\"", text.find("\"purchases\"")) == std::string::npos);
    QVERIFY(text.starts_with("{\n  \"format\""));
    QVERIFY(text.ends_with("}\n"));
}

void TestScenarioReader::writerIgnoresTheLocale()
{
    const auto r =
        readScenarioFile(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    QVERIFY(r.ok());
    const std::string inC = writeScenario(*r.scenario);
    const char *previous = std::setlocale(LC_ALL, nullptr);
    const std::string saved = previous ? previous : "C";
    if (!std::setlocale(LC_ALL, "de_DE.UTF-8") && !std::setlocale(LC_ALL, "fr_FR.UTF-8"))
        QSKIP("no locale with a decimal comma is installed");
    const std::string inGerman = writeScenario(*r.scenario);
    const auto reread = readScenario(inGerman);
    std::setlocale(LC_ALL, saved.c_str());
    QCOMPARE(inGerman, inC);
    QVERIFY(reread.ok());
    QVERIFY(*reread.scenario == *r.scenario);
}

namespace {
// The neocloud example with `old` (which must occur) replaced once by `replacement`.
std::string exampleWith(const std::string &old, const std::string &replacement)
{
    std::string text =
        readBytes(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    const std::size_t at = text.find(old);
    if (at == std::string::npos)
        qFatal("%s not in the example", old.c_str());
    text.replace(at, old.size(), replacement);
    return text;
}
} // namespace

// A number no double holds is refused like every other rule: with its JSON path, and the
// line and column too.
void TestScenarioReader::numberTooLargeNamesItsPath_data()
{
    QTest::addColumn<QString>("old");
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("lexeme");
    QTest::newRow("gpu price 1e400") << "\"gpu_price\": 24000"
                                     << "\"gpu_price\": 1e400"
                                     << "skus[0].gpu_price"
                                     << "1e400";
    QTest::newRow("pue -1e400") << "\"pue\": 1.35"
                                << "\"pue\": -1e400"
                                << "operations.pue"
                                << "-1e400";
    QTest::newRow("gpus 1e999") << "\"gpus\": 4096"
                                << "\"gpus\": 1e999"
                                << "purchases[0].gpus"
                                << "1e999";
    QTest::newRow("underflow 1e-400") << "\"tax_rate\": 0.25"
                                      << "\"tax_rate\": 1e-400"
                                      << "finance.tax_rate"
                                      << "1e-400";
    QTest::newRow("in a series") << "\"internal_demand\": {\"compute_hours\": 0}"
                                 << "\"internal_demand\": {\"series\": [1, 2, 3e500]}"
                                 << "internal_demand.series[2]"
                                 << "3e500";
    QTest::newRow("in a curve point")
        << "\"lease_price\": {\"start\": 2.35, \"annual_change\": -0.20}"
        << "\"lease_price\": {\"points\": [[0, 2], [12, 1e309]]}"
        << "skus[0].lease_price.points[1][1]"
        << "1e309";
}

void TestScenarioReader::numberTooLargeNamesItsPath()
{
    QFETCH(QString, old);
    QFETCH(QString, replacement);
    QFETCH(QString, path);
    QFETCH(QString, lexeme);
    const std::string text = exampleWith(old.toStdString(), replacement.toStdString());
    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    QVERIFY2(!r.errors.empty() && r.errors[0].path == path.toStdString(),
             qPrintable(describe(r.errors)));
    const QString message = QString::fromStdString(r.errors[0].message);
    QVERIFY2(message.contains(lexeme) && message.contains(QLatin1String("too large")) &&
                 message.contains(QLatin1String("line ")) &&
                 message.contains(QLatin1String("column ")),
             qPrintable(message));
}

// Arrays over their format limit are refused while parsing, with the count rule's message,
// before anything is built for the entries beyond the limit (the memory bound itself is
// measured on a child process in tests/hardening).
void TestScenarioReader::overlongArraysAreRefusedBeforeBuilding_data()
{
    QTest::addColumn<QString>("key");  // array key to replace or add in the example
    QTest::addColumn<QString>("item"); // one entry, repeated
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("message");
    QTest::newRow("200000 {} in skus") << "skus"
                                       << "{}" << 200000 << "skus"
                                       << "must have 1 to 100 entries, got 200000";
    QTest::newRow("101 skus") << "skus"
                              << "{}" << 101 << "skus"
                              << "must have 1 to 100 entries, got 101";
    QTest::newRow("10001 purchases") << "purchases"
                                     << "{}" << 10001 << "purchases"
                                     << "must have at most 10000 entries, got 10001";
    QTest::newRow("provenance") << "provenance"
                                << "{}" << 50000 << "provenance"
                                << "must have at most 10000 entries, got 50000";
    QTest::newRow("unknown key") << "extra"
                                 << "0" << 300000 << "extra"
                                 << "must have at most 10000 entries, got 300000";
}

void TestScenarioReader::overlongArraysAreRefusedBeforeBuilding()
{
    QFETCH(QString, key);
    QFETCH(QString, item);
    QFETCH(int, count);
    QFETCH(QString, path);
    QFETCH(QString, message);
    std::string array = "[";
    for (int i = 0; i < count; ++i)
        array += (i ? "," : "") + item.toStdString();
    array += "]";
    std::string text =
        readBytes(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    const std::string k = "\"" + key.toStdString() + "\": [";
    const std::size_t at = text.find(k);
    if (at == std::string::npos) {
        // Not in the example: added in front of "name".
        text = exampleWith("\"name\":", "\"" + key.toStdString() + "\": " + array + ", \"name\":");
    } else {
        // Replace the whole array (the example's arrays end at "\n  ]").
        const std::size_t end = text.find("\n  ]", at);
        QVERIFY(end != std::string::npos);
        const std::size_t from = at + k.size() - 1;
        text.replace(from, end + 4 - from, array);
    }
    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    bool found = false;
    for (const ValidationError &e : r.errors)
        found = found || (e.path == path.toStdString() && e.message == message.toStdString());
    QVERIFY2(found, qPrintable(describe(r.errors).left(2000)));
    // Entries beyond the limit were not read as SKUs: no error names skus[100] or later.
    for (const ValidationError &e : r.errors)
        QVERIFY2(e.path.rfind("skus[100]", 0) != 0 && e.path.rfind("purchases[10000]", 0) != 0,
                 e.path.c_str());
}

// SCENARIO_FORMAT.md: positive semidefinite correlation sets (rho = 1, -1, exact linear
// relations) are valid; an impossible set is refused by validation, naming the pairs.
void TestScenarioReader::correlationSetsFollowTheFormat_data()
{
    QTest::addColumn<double>("ab");
    QTest::addColumn<double>("bc");
    QTest::addColumn<double>("ac");
    QTest::addColumn<bool>("valid");
    QTest::newRow("all 1") << 1.0 << 1.0 << 1.0 << true;
    QTest::newRow("1, -1, -1") << 1.0 << -1.0 << -1.0 << true;
    QTest::newRow("0.5 each") << 0.5 << 0.5 << 0.5 << true;
    QTest::newRow("-0.5 each (singular)") << -0.5 << -0.5 << -0.5 << true;
    QTest::newRow("0.9, 0.9, -0.9") << 0.9 << 0.9 << -0.9 << false;
    QTest::newRow("1, 1, 0") << 1.0 << 1.0 << 0.0 << false;
    QTest::newRow("-0.7 each") << -0.7 << -0.7 << -0.7 << false;
}

void TestScenarioReader::correlationSetsFollowTheFormat()
{
    QFETCH(double, ab);
    QFETCH(double, bc);
    QFETCH(double, ac);
    QFETCH(bool, valid);
    auto r =
        readScenarioFile(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    QVERIFY(r.ok());
    Scenario s = *r.scenario;
    Uncertainty u;
    u.drivers = {{"gpu_price", DriverDistribution::Kind::Uniform, 0.9, 1.1, 0.0},
                 {"lease_price", DriverDistribution::Kind::Uniform, 0.9, 1.1, 0.0},
                 {"cloud_price", DriverDistribution::Kind::Uniform, 0.9, 1.1, 0.0}};
    u.correlations = {{"gpu_price", "lease_price", ab},
                      {"lease_price", "cloud_price", bc},
                      {"gpu_price", "cloud_price", ac}};
    s.uncertainty = u;
    const auto errors = validateScenario(s);
    QCOMPARE(errors.empty(), valid);
    if (!valid) {
        QCOMPARE(errors.size(), std::size_t(1));
        QCOMPARE(errors[0].path, std::string("uncertainty.correlations"));
        QVERIFY2(errors[0].message.find("gpu_price / lease_price") != std::string::npos &&
                     errors[0].message.find("lease_price / cloud_price") != std::string::npos &&
                     errors[0].message.find("gpu_price / cloud_price") != std::string::npos,
                 errors[0].message.c_str());
    }
    // The file reader applies the same rule.
    const auto reread = readScenario(writeScenario(s));
    QCOMPARE(reread.ok(), valid);
}

// The parser's table of the format's value patterns (knownValuePattern) must cover every key
// the writer spells: every value of every written file is "known". Scenarios with every
// optional part (market value curve, useful-life change, uncertainty, series, points and
// growth curves) are written and parsed with the reader's options.
void TestScenarioReader::everyWrittenKeyIsAKnownPattern()
{
    JsonParseOptions options;
    options.knownPattern = scenario_detail::knownValuePattern;
    std::vector<Scenario> scenarios;
    for (std::uint64_t seed = 1; seed <= 40; ++seed)
        scenarios.push_back(generatedScenario(seed, seed % 2 == 0, seed % 3 == 0));
    for (const char *name : {"examples/hyperscaler-surplus-leasing.fleetroi.json",
                             "examples/neocloud-h100-lessor.fleetroi.json",
                             "report/neocloud-uncertain.fleetroi.json"}) {
        const auto r = readScenarioFile(dataPath(QString::fromLatin1(name)));
        QVERIFY2(r.ok(), name);
        scenarios.push_back(*r.scenario);
    }
    Scenario all = scenarios.back();
    QVERIFY(!all.skus.empty());
    PriceCurve market;
    market.kind = PriceCurve::Kind::Points;
    market.points = {{0, 20000.0}, {12, 15000.0}};
    all.skus[0].marketValue = market;
    all.skus[0].resaleFraction = 0.0;
    all.skus[0].usefulLifeChange = UsefulLifeChange{12, 60};
    scenarios.push_back(all);
    std::size_t checked = 0;
    for (const Scenario &sc : scenarios) {
        const std::string text = writeScenario(sc);
        const JsonParseResult parsed = parseJson(text, options);
        QVERIFY(parsed.ok());
        QVERIFY2(parsed.unknownValues == 0, text.substr(0, 2000).c_str());
        QVERIFY(parsed.values > 50);
        checked += parsed.values;
    }
    QVERIFY(writeScenario(all).find("\"market_value\"") != std::string::npos);
    QVERIFY(writeScenario(all).find("\"useful_life_change\"") != std::string::npos);
    // And the table does refuse: one unknown key with three values inside.
    const JsonParseResult extra =
        parseJson(exampleWith("\"name\":", "\"x\": [1, [2]], \"name\":"), options);
    QCOMPARE(extra.unknownValues, std::size_t(4)); // [..], 1, [2], 2
    qInfo("%zu values of %zu written scenarios, all at known patterns", checked, scenarios.size());
}

// Issue #14: a refused file's memory is bounded whatever its shape. Values where the format
// has none (unknown keys, arrays or objects under a key that holds a number or text) stop
// the parser after kMaxUnknownValues, with one error naming the outermost such value; they
// do not count against the budget of the format's own values. Each row stays under every
// per-array and per-object limit, so only this budget refuses it.
void TestScenarioReader::valuesAtUnknownPlacesAreBounded_data()
{
    QTest::addColumn<QString>("before"); // inserted in front of the example's "name" key
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("path");
    auto arrays = [](const std::string &item, int inner, int outer) {
        std::string a = "[";
        for (int i = 0; i < inner; ++i)
            a += (i ? "," : "") + item;
        a += "]";
        std::string b = "[";
        for (int i = 0; i < outer; ++i)
            b += (i ? "," : "") + a;
        return QString::fromStdString(b + "]");
    };
    std::string obj = "{";
    for (int i = 0; i < 200; ++i)
        obj += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
    obj += "}";
    QTest::newRow("unknown key, 250 arrays of 9999 numbers")
        << "extra" << arrays("0", 9999, 250) << 0 << "extra";
    QTest::newRow("unknown key, 40 arrays of 9999 empty arrays")
        << "extra" << arrays("[]", 9999, 40) << 0 << "extra";
    QTest::newRow("unknown key, 6000 objects of 200 keys")
        << "extra" << arrays(obj, 6000, 1).mid(1).chopped(1) << 0 << "extra";
    QTest::newRow("unknown key, nested 40 x 100 x 100")
        << "extra" << QStringLiteral("[%1]").arg(arrays("[]", 100, 100)).repeated(1) << 40
        << "extra";
    QTest::newRow("known text key holding 250 arrays of 9999 numbers")
        << "description" << arrays("0", 9999, 250) << 0 << "description";
    QTest::newRow("unknown key inside a known object")
        << "finance" << QStringLiteral("{\"x\": %1}").arg(arrays("{}", 9999, 30)) << 0
        << "finance.x";
}

void TestScenarioReader::valuesAtUnknownPlacesAreBounded()
{
    QFETCH(QString, before);
    QFETCH(QString, value);
    QFETCH(int, count);
    QFETCH(QString, path);
    std::string v = value.toStdString();
    if (count > 0) { // an array of `count` copies of the value
        std::string a = "[";
        for (int i = 0; i < count; ++i)
            a += (i ? "," : "") + v;
        v = a + "]";
    }
    std::string text =
        readBytes(dataPath(QStringLiteral("examples/neocloud-h100-lessor.fleetroi.json")));
    const std::string key = "\"" + before.toStdString() + "\": ";
    if (before == QLatin1String("finance") || before == QLatin1String("description")) {
        // Replace the example's own value of that key.
        const std::size_t at = text.find(key);
        QVERIFY(at != std::string::npos);
        const JsonParseResult whole = parseJson(text);
        QVERIFY(whole.ok());
        const JsonValue *old = whole.value->find(before.toStdString());
        QVERIFY(old);
        // The old value ends where the next key of the top-level object starts.
        std::size_t end = std::string::npos;
        for (const JsonMember &m : whole.value->members())
            if (m.second.offset > old->offset && m.second.offset < end)
                end = m.second.offset;
        QVERIFY(end != std::string::npos);
        end = text.rfind(',', end);
        text.replace(old->offset, end - old->offset, v);
    } else {
        text = exampleWith("\"name\":", key + v + ", \"name\":");
    }
    // The inputs have every array within kMaxUnknownArrayEntries and every object within
    // kMaxObjectMembers, and more unknown values than kMaxUnknownValues.
    JsonParseOptions plain;
    plain.maxValues = std::size_t(-1);
    const JsonParseResult all = parseJson(text, plain);
    QVERIFY(all.ok());
    QVERIFY(all.values > scenario_detail::kMaxUnknownValues);

    const auto r = readScenario(text);
    QVERIFY(!r.ok());
    bool found = false;
    for (const ValidationError &e : r.errors)
        found = found || (e.path == path.toStdString() &&
                          e.message.find("holds more than 100000 values at places the scenario "
                                         "format does not have") != std::string::npos);
    QVERIFY2(found, qPrintable(describe(r.errors).left(2000)));
    QCOMPARE(scenario_detail::kMaxUnknownValues, std::size_t(100000));
}

QTEST_GUILESS_MAIN(TestScenarioReader)
#include "test_scenario_reader.moc"
