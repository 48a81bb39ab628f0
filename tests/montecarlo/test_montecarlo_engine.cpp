// SPDX-License-Identifier: GPL-3.0-or-later
// THE key test of the Monte Carlo engine: for random multipliers, the vectorized engine's
// NPV of every path equals the scalar definition - a copy of the scenario with
// applyDriverMultiplier for each driver, then computeNpv - within relative 1e-9, and its
// monthly cumulative cash flow equals computeModel's. Data-driven over both worked examples
// and constructed scenarios covering every branch of the engine (MACRS / book tax, the three
// depreciation methods, lease contracts T = 1 and T > 1, series demand, leasing off,
// terminal value none, lives beyond the horizon), each with all drivers uncertain and with
// a few subsets (the engine specialises on which drivers are fixed).
#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "montecarlo/MonteCarlo.h"
#include "montecarlo/MonteCarloEngine.h"
#include "montecarlo/MonteCarloSampler.h"
#include "scenario/ScenarioReader.h"

#include "StressScenario.h"

#include <QTest>

#include <cmath>

using namespace fleetroi;

Q_DECLARE_METATYPE(fleetroi::Scenario)

namespace {

Scenario example(const char *name)
{
    const ScenarioReadResult r =
        readScenarioFile(std::string(FLEETROI_TEST_DATA_DIR "/examples/") + name);
    if (!r.ok())
        qFatal("cannot read %s", name);
    return *r.scenario;
}

PriceCurve points(std::vector<std::pair<int, double>> p)
{
    PriceCurve c;
    c.kind = PriceCurve::Kind::Points;
    c.points = std::move(p);
    return c;
}

PriceCurve growth(double start, double change)
{
    PriceCurve c;
    c.start = start;
    c.annualChange = change;
    return c;
}

// Two SKUs with different depreciation methods, many tranches (several in the same month),
// contracts of 6 months, MACRS with 40 % bonus, a September fiscal year.
Scenario constructed(DepreciationMethod a, DepreciationMethod b, int contractMonths, bool macrs)
{
    Scenario s;
    s.name = "constructed";
    s.startYear = 2027;
    s.startMonth = 4;
    s.horizonMonths = 60;
    s.finance.discountRate = 0.11;
    s.finance.taxRate = 0.25;
    s.finance.taxDepreciation = macrs ? TaxDepreciation::Macrs5HalfYear : TaxDepreciation::Book;
    s.finance.bonusDepreciation = 0.4;
    s.finance.fiscalYearEndMonth = 9;
    s.operations.availability = 0.9;
    s.operations.electricityAnnualEscalation = 0.04;
    s.operations.colocationPerKwMonth = 150.0;
    s.operations.maintenanceFractionPerYear = 0.05;
    s.operations.staffCostPerMonth = 50000.0;
    Sku x;
    x.id = "x";
    x.name = "X";
    x.gpuPrice = 30000.0;
    x.serverCost = 40000.0;
    x.networkCostPerGpu = 2000.0;
    x.powerKwPerGpu = 1.2;
    x.throughput = 1.0;
    x.usefulLifeMonths = 36;
    x.operatingLifeMonths = 30;
    x.salvageFraction = 0.1;
    x.resaleFraction = 0.15;
    x.depreciation = a;
    x.annualFailureRate = 0.08;
    x.leasePrice = points({{0, 2.5}, {10, 3.0}, {30, 1.5}});
    x.cloudPrice = growth(3.5, -0.2);
    Sku y = x;
    y.id = "y";
    y.name = "Y";
    y.gpuPrice = 45000.0;
    y.gpusPerServer = 4;
    y.throughput = 2.2;
    y.powerKwPerGpu = 1.8;
    y.usefulLifeMonths = 48;
    y.operatingLifeMonths = 54;
    y.salvageFraction = 0.0;
    y.resaleFraction = 0.05;
    y.depreciation = b;
    y.annualFailureRate = 0.0;
    y.leasePrice = growth(5.0, -0.25);
    y.cloudPrice = points({{5, 7.0}, {40, 4.0}});
    s.skus = {x, y};
    auto buy = [&](int month, const char *sku, std::int64_t gpus, int lag,
                   std::optional<double> price = std::nullopt) {
        PurchaseTranche p;
        p.month = month;
        p.sku = sku;
        p.gpus = gpus;
        p.installLagMonths = lag;
        p.gpuPrice = price;
        s.purchases.push_back(p);
    };
    buy(0, "x", 1000, 1);
    buy(0, "x", 500, 1, 28000.0); // same cohort, price override
    buy(3, "y", 800, 2);
    buy(7, "x", 1203, 0);
    buy(20, "y", 999, 3, 41000.0);
    buy(33, "x", 2000, 1);
    buy(55, "y", 100, 4); // enters service after the horizon? 59: last month
    buy(58, "x", 64, 6);  // never in service inside the horizon
    s.internalDemand.computeHours = 1.5e6;
    s.internalDemand.annualGrowth = 0.3;
    s.leasing.contractMonths = contractMonths;
    s.leasing.sellableFraction = 0.85;
    return s;
}

} // namespace

class TestMonteCarloEngine : public QObject
{
    Q_OBJECT

private slots:
    void pathNpvEqualsScalar_data()
    {
        QTest::addColumn<Scenario>("scenario");
        QTest::addColumn<QStringList>("drivers");
        QTest::addColumn<int>("count");
        QStringList all;
        for (const std::string &d : sensitivityDrivers())
            all << QString::fromStdString(d);
        const QStringList prices{QStringLiteral("gpu_price"), QStringLiteral("lease_price"),
                                 QStringLiteral("cloud_price"),
                                 QStringLiteral("electricity_price")};
        const QStringList fleet{QStringLiteral("useful_life"),
                                QStringLiteral("annual_failure_rate"),
                                QStringLiteral("discount_rate")};
        const QStringList lifeOnly{QStringLiteral("useful_life")};
        const QStringList failureOnly{QStringLiteral("annual_failure_rate"),
                                      QStringLiteral("availability")};
        const QStringList operations{QStringLiteral("internal_demand"),
                                     QStringLiteral("sellable_fraction"),
                                     QStringLiteral("availability")};

        struct Case
        {
            const char *name;
            Scenario s;
        };
        std::vector<Case> cases;
        cases.push_back({"hyperscaler", example("hyperscaler-surplus-leasing.fleetroi.json")});
        cases.push_back({"neocloud", example("neocloud-h100-lessor.fleetroi.json")});
        cases.push_back(
            {"sl-ddb-T6-macrs", constructed(DepreciationMethod::StraightLine,
                                            DepreciationMethod::DoubleDeclining, 6, true)});
        cases.push_back(
            {"syd-sl-T1-book", constructed(DepreciationMethod::SumOfYears,
                                           DepreciationMethod::StraightLine, 1, false)});
        cases.push_back(
            {"ddb-syd-T24-book", constructed(DepreciationMethod::DoubleDeclining,
                                             DepreciationMethod::SumOfYears, 24, false)});
        {
            Scenario s = constructed(DepreciationMethod::DoubleDeclining,
                                     DepreciationMethod::SumOfYears, 12, true);
            s.internalDemand.isSeries = true;
            for (int t = 0; t < s.horizonMonths; ++t)
                s.internalDemand.series.push_back(t % 7 == 0 ? 0.0 : 2e5 * (1 + t % 13));
            s.finance.terminalValue = TerminalValueMethod::None;
            cases.push_back({"series-demand-tv-none", s});
        }
        {
            Scenario s = constructed(DepreciationMethod::StraightLine,
                                     DepreciationMethod::DoubleDeclining, 3, false);
            s.leasing.enabled = false;
            cases.push_back({"leasing-off", s});
        }
        {
            Scenario s = example("hyperscaler-surplus-leasing.fleetroi.json");
            s.leasing.sellableFraction = 1.0; // at the cap from the start
            s.operations.availability = 1.0;
            cases.push_back({"hyperscaler-at-caps", s});
        }
        // 600 paths: more than two engine blocks, so block boundaries are crossed.
        for (const Case &c : cases) {
            QTest::newRow((std::string(c.name) + "/all").c_str()) << c.s << all << 600;
            QTest::newRow((std::string(c.name) + "/prices").c_str()) << c.s << prices << 600;
            QTest::newRow((std::string(c.name) + "/fleet").c_str()) << c.s << fleet << 600;
            QTest::newRow((std::string(c.name) + "/life").c_str()) << c.s << lifeOnly << 600;
            QTest::newRow((std::string(c.name) + "/failure").c_str()) << c.s << failureOnly << 600;
            QTest::newRow((std::string(c.name) + "/operations").c_str())
                << c.s << operations << 600;
        }
        // The benchmark's stress scenario (100 SKUs with different lives, 10,000 purchases,
        // 240 months, 12-month contracts, MACRS): per-SKU life tables summed per path. The
        // scalar engine takes ~20 ms a path here, hence few paths.
        const Scenario stress = bench::makeStressScenario();
        QTest::newRow("stress/all") << stress << all << 24;
        QTest::newRow("stress/fleet") << stress << fleet << 24;
    }

    void pathNpvEqualsScalar()
    {
        QFETCH(Scenario, scenario);
        QFETCH(QStringList, drivers);
        QFETCH(int, count);
        QVERIFY(validateScenario(scenario).empty());
        std::vector<std::string> names;
        for (const QString &d : drivers)
            names.push_back(d.toStdString());
        const std::size_t nd = names.size();
        // Multipliers from 0.4 to 1.7 (caps of sellable fraction and availability are hit,
        // lives change by whole months, failure rates reach the 0.99 cap when the base rate
        // is high).
        std::vector<double> mult(std::size_t(count) * nd);
        PathRandom random(7, 0);
        for (double &m : mult)
            m = 0.4 + 1.3 * random.uniformOpen();
        for (std::size_t i = 0; i < 5 && i < std::size_t(count); ++i) // 1: the scenario itself
            for (std::size_t k = 0; k < nd; ++k)
                mult[i * nd + k] = 1.0;
        const MonteCarloEngine engine(scenario, names);
        const std::size_t H = std::size_t(scenario.horizonMonths);
        std::vector<double> npv(static_cast<std::size_t>(count));
        std::vector<double> cumulative(static_cast<std::size_t>(count) * H);
        engine.evaluate(mult.data(), std::size_t(count), npv.data(), cumulative.data());
        double worst = 0.0;
        for (std::size_t i = 0; i < std::size_t(count); ++i) {
            const double expected = scalarPathNpv(scenario, names, &mult[i * nd]);
            const double scale = std::max(std::fabs(expected), 1.0);
            worst = std::max(worst, std::fabs(npv[i] - expected) / scale);
            if (std::fabs(npv[i] - expected) > 1e-9 * scale) {
                QString m;
                for (std::size_t k = 0; k < nd; ++k)
                    m += QStringLiteral(" %1=%2").arg(drivers[int(k)]).arg(mult[i * nd + k]);
                QFAIL(qPrintable(QStringLiteral("path %1: npv %2, scalar %3;%4")
                                     .arg(i)
                                     .arg(npv[i], 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)
                                     .arg(m)));
            }
            if (i % 50 == 0 && count >= 100) {
                Scenario s = scenario;
                for (std::size_t k = 0; k < nd; ++k)
                    applyDriverMultiplier(s, names[k], mult[i * nd + k]);
                ModelOptions o;
                o.irr = false;
                const ModelResults full = computeModel(s, o);
                for (std::size_t t = 0; t < H; ++t) {
                    const double e = full.monthly.cumulativeCashFlow[t];
                    const double tol =
                        1e-9 * std::max({std::fabs(e), std::fabs(full.kpis.totalCapex), 1.0});
                    QVERIFY2(std::fabs(cumulative[i * H + t] - e) <= tol,
                             qPrintable(QStringLiteral("path %1 month %2: %3 vs %4")
                                            .arg(i)
                                            .arg(t)
                                            .arg(cumulative[i * H + t], 0, 'g', 17)
                                            .arg(e, 0, 'g', 17)));
                }
            }
        }
        qInfo("largest relative difference %.3g", worst);
    }

    // Paths do not depend on the other paths evaluated with them (the basis of thread-count
    // independence): one at a time gives the same bits as all together.
    void pathIndependentOfBlock()
    {
        const Scenario s = constructed(DepreciationMethod::StraightLine,
                                       DepreciationMethod::DoubleDeclining, 6, true);
        const std::vector<std::string> names = sensitivityDrivers();
        const std::size_t nd = names.size(), count = 300;
        std::vector<double> mult(count * nd);
        PathRandom random(3, 1);
        for (double &m : mult)
            m = 0.7 + 0.6 * random.uniformOpen();
        const MonteCarloEngine engine(s, names);
        std::vector<double> together(count), alone(count);
        engine.evaluate(mult.data(), count, together.data(), nullptr);
        for (std::size_t i = 0; i < count; ++i)
            engine.evaluate(&mult[i * nd], 1, &alone[i], nullptr);
        for (std::size_t i = 0; i < count; ++i)
            QCOMPARE(alone[i], together[i]);
    }
};

QTEST_GUILESS_MAIN(TestMonteCarloEngine)
#include "test_montecarlo_engine.moc"
