// SPDX-License-Identifier: GPL-3.0-or-later
// Whole Monte Carlo runs: degenerate distributions reproduce the deterministic NPV on every
// path; the same seed gives the same bits on 1 and 4 threads; the vectorized engine and the
// scalar engine give the same run; an independent implementation of MODEL.md's Monte Carlo
// (its own random numbers, copula and inverse CDFs, the scalar engine) agrees statistically;
// cancellation, refusals, summaries and the JSON shape.
#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "montecarlo/MonteCarlo.h"
#include "montecarlo/MonteCarloFormat.h"
#include "montecarlo/MonteCarloSampler.h"
#include "scenario/JsonParser.h"
#include "scenario/ScenarioReader.h"

#include <Eigen/Cholesky>
#include <QTest>

#include <cmath>
#include <random>
#include <thread>

using namespace fleetroi;

namespace {

Scenario readData(const char *relative)
{
    const ScenarioReadResult r =
        readScenarioFile(std::string(FLEETROI_TEST_DATA_DIR "/") + relative);
    if (!r.ok())
        qFatal("cannot read %s", relative);
    return *r.scenario;
}

bool sameBits(const MonteCarloResults &a, const MonteCarloResults &b)
{
    return a.mean == b.mean && a.sd == b.sd && a.p5 == b.p5 && a.p10 == b.p10 && a.p50 == b.p50 &&
           a.p90 == b.p90 && a.p95 == b.p95 && a.probNegative == b.probNegative &&
           a.histogramEdges == b.histogramEdges && a.histogramCounts == b.histogramCounts &&
           a.fanP10 == b.fanP10 && a.fanP50 == b.fanP50 && a.fanP90 == b.fanP90 &&
           a.pathNpv == b.pathNpv && a.drivers.size() == b.drivers.size() &&
           std::equal(a.drivers.begin(), a.drivers.end(), b.drivers.begin(),
                      [](const DriverRankCorrelation &x, const DriverRankCorrelation &y) {
                          return x.driver == y.driver && x.rankCorrelation == y.rankCorrelation;
                      });
}

// --- An independent implementation of MODEL.md "Monte Carlo" -----------------------------
// Different random numbers (std::mt19937_64 and std::normal_distribution), Eigen's Cholesky
// factor applied as a matrix product, inverse CDFs written from their textbook form, and the
// scalar engine for each path.
double inverseCdf(const DriverDistribution &d, double z)
{
    if (d.kind == DriverDistribution::Kind::Normal)
        return std::max(0.0, d.a + d.b * z);
    const double u = 0.5 * std::erfc(-z / std::sqrt(2.0));
    if (d.kind == DriverDistribution::Kind::Uniform)
        return d.a + (d.b - d.a) * u;
    const double a = d.a, c = d.b, b = d.c; // min, mode, max
    if (b == a)
        return a;
    return u <= (c - a) / (b - a) ? a + std::sqrt(u * (b - a) * (c - a))
                                  : b - std::sqrt((1 - u) * (b - a) * (b - c));
}

std::vector<double> independentNpvs(const Scenario &s, std::size_t paths)
{
    const Uncertainty &u = *s.uncertainty;
    const Eigen::Index n = Eigen::Index(u.drivers.size());
    Eigen::MatrixXd corr = Eigen::MatrixXd::Identity(n, n);
    std::vector<std::string> names;
    for (const DriverDistribution &d : u.drivers)
        names.push_back(d.driver);
    auto index = [&](const std::string &name) {
        return Eigen::Index(std::find(names.begin(), names.end(), name) - names.begin());
    };
    for (const DriverCorrelation &c : u.correlations)
        corr(index(c.a), index(c.b)) = corr(index(c.b), index(c.a)) = c.rho;
    const Eigen::MatrixXd L = corr.llt().matrixL();
    std::vector<double> out(paths);
    auto work = [&](std::size_t from, std::size_t to, std::uint64_t seed) {
        std::mt19937_64 engine(seed);
        std::normal_distribution<double> normal;
        Eigen::VectorXd z(n);
        std::vector<double> m(std::size_t(n), 1.0);
        for (std::size_t p = from; p < to; ++p) {
            for (Eigen::Index k = 0; k < n; ++k)
                z[k] = normal(engine);
            const Eigen::VectorXd x = L * z;
            for (Eigen::Index k = 0; k < n; ++k)
                m[std::size_t(k)] = inverseCdf(u.drivers[std::size_t(k)], x[k]);
            out[p] = scalarPathNpv(s, names, m.data());
        }
    };
    std::thread other(work, paths / 2, paths, 2);
    work(0, paths / 2, 1);
    other.join();
    return out;
}

} // namespace

class TestMonteCarloRun : public QObject
{
    Q_OBJECT

private slots:
    void degenerateReproducesDeterministicNpv()
    {
        const Scenario s = readData("montecarlo/degenerate.fleetroi.json");
        MonteCarloOptions o;
        o.keepPathNpv = true;
        const MonteCarloResults r = runMonteCarlo(s, o);
        QVERIFY(r.completed());
        const double npv = computeNpv(s);
        QCOMPARE(r.deterministicNpv, npv);
        QCOMPARE(r.pathNpv.size(), std::size_t(2000));
        // Every path: the same NPV to rounding (the vectorized engine sums in another order:
        // relative 1e-9 is a million times its observed error).
        for (double v : r.pathNpv)
            QVERIFY2(
                std::fabs(v - npv) <= 1e-9 * std::fabs(npv),
                qPrintable(QStringLiteral("%1 vs %2").arg(v, 0, 'g', 17).arg(npv, 0, 'g', 17)));
        QVERIFY(r.sd <= 1e-9 * std::fabs(npv));
        QVERIFY(std::fabs(r.p5 - npv) <= 1e-9 * std::fabs(npv));
        QVERIFY(std::fabs(r.p95 - npv) <= 1e-9 * std::fabs(npv));
        QCOMPARE(r.probNegative, 0.0);
        // The fan is the deterministic cumulative cash flow.
        const ModelResults m = computeModel(s);
        for (std::size_t t = 0; t < m.monthly.cumulativeCashFlow.size(); ++t)
            QVERIFY(std::fabs(r.fanP50[t] - m.monthly.cumulativeCashFlow[t]) <=
                    1e-6 * m.kpis.totalCapex); // stored as float
        for (const DriverRankCorrelation &d : r.drivers)
            QCOMPARE(d.rankCorrelation, 0.0);
    }

    void sameResultsWhateverTheThreads()
    {
        const Scenario s = readData("montecarlo/correlated.fleetroi.json");
        MonteCarloOptions o;
        o.paths = 20000;
        o.seed = 77;
        o.keepPathNpv = true;
        o.threads = 1;
        const MonteCarloResults one = runMonteCarlo(s, o);
        o.threads = 4;
        const MonteCarloResults four = runMonteCarlo(s, o);
        o.threads = 3;
        const MonteCarloResults three = runMonteCarlo(s, o);
        QVERIFY(one.completed() && four.completed() && three.completed());
        QCOMPARE(four.threads, 4);
        QVERIFY(sameBits(one, four));
        QVERIFY(sameBits(one, three));
        QCOMPARE(monteCarloToJson(one), monteCarloToJson(four));
        o.seed = 78;
        const MonteCarloResults otherSeed = runMonteCarlo(s, o);
        QVERIFY(otherSeed.mean != one.mean);
    }

    void vectorizedEqualsScalarReference()
    {
        const Scenario s = readData("montecarlo/correlated.fleetroi.json");
        MonteCarloOptions o;
        o.paths = 3000;
        o.keepPathNpv = true;
        const MonteCarloResults fast = runMonteCarlo(s, o);
        o.scalarReference = true;
        const MonteCarloResults slow = runMonteCarlo(s, o);
        QVERIFY(fast.completed() && slow.completed());
        for (std::size_t p = 0; p < fast.pathNpv.size(); ++p)
            QVERIFY(std::fabs(fast.pathNpv[p] - slow.pathNpv[p]) <=
                    1e-9 * std::max(1.0, std::fabs(slow.pathNpv[p])));
        const double tol = 1e-9 * slow.sd;
        for (auto [a, b] : {std::pair{fast.mean, slow.mean},
                            {fast.p10, slow.p10},
                            {fast.p50, slow.p50},
                            {fast.p90, slow.p90},
                            {fast.sd, slow.sd}})
            QVERIFY(std::fabs(a - b) <= tol);
        for (std::size_t t = 0; t < fast.fanP50.size(); ++t)
            QVERIFY(std::fabs(fast.fanP50[t] - slow.fanP50[t]) <= 1e-6 * slow.sd);
    }

    // Acceptance: 100,000 paths of a correlated scenario agree with an independent
    // implementation within 3 % of the sd (mean, sd, P10, P50, P90) and 0.01 in P(NPV < 0).
    // Sampling error of either side is about 0.3 % of the sd for the mean and below 1 % for
    // these quantiles at 100,000 paths.
    void agreesWithIndependentImplementation()
    {
        const Scenario s = readData("montecarlo/correlated.fleetroi.json");
        QCOMPARE(s.uncertainty->paths, std::int64_t(100000));
        const MonteCarloResults r = runMonteCarlo(s);
        QVERIFY(r.completed());
        std::vector<double> v = independentNpvs(s, 100000);
        double mean = 0.0;
        for (double x : v)
            mean += x;
        mean /= double(v.size());
        double var = 0.0, negative = 0.0;
        for (double x : v) {
            var += (x - mean) * (x - mean);
            negative += x < 0.0 ? 1.0 : 0.0;
        }
        const double sd = std::sqrt(var / double(v.size() - 1));
        std::sort(v.begin(), v.end());
        const double tol = 0.03 * sd;
        qInfo("engine: mean %.6g sd %.6g p10 %.6g p50 %.6g p90 %.6g P(<0) %.4f", r.mean, r.sd,
              r.p10, r.p50, r.p90, r.probNegative);
        qInfo("independent: mean %.6g sd %.6g p10 %.6g p50 %.6g p90 %.6g P(<0) %.4f", mean, sd,
              sortedQuantile(v, 0.1), sortedQuantile(v, 0.5), sortedQuantile(v, 0.9),
              negative / double(v.size()));
        QVERIFY(std::fabs(r.mean - mean) <= tol);
        QVERIFY(std::fabs(r.sd - sd) <= tol);
        QVERIFY(std::fabs(r.p10 - sortedQuantile(v, 0.1)) <= tol);
        QVERIFY(std::fabs(r.p50 - sortedQuantile(v, 0.5)) <= tol);
        QVERIFY(std::fabs(r.p90 - sortedQuantile(v, 0.9)) <= tol);
        QVERIFY(std::fabs(r.probNegative - negative / double(v.size())) <= 0.01);
    }

    void summariesAreConsistent()
    {
        const Scenario s = readData("montecarlo/correlated.fleetroi.json");
        MonteCarloOptions o;
        o.paths = 5000;
        o.keepPathNpv = true;
        std::vector<double> progress;
        o.progress = [&](double share) {
            progress.push_back(share);
        };
        const MonteCarloResults r = runMonteCarlo(s, o);
        QVERIFY(r.completed());
        QVERIFY(!progress.empty());
        QCOMPARE(progress.back(), 1.0);
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(r.paths, std::int64_t(5000));
        QCOMPARE(r.histogramEdges.size(), std::size_t(51));
        QCOMPARE(r.histogramCounts.size(), std::size_t(50));
        std::int64_t total = 0;
        for (std::int64_t c : r.histogramCounts)
            total += c;
        QCOMPARE(total, std::int64_t(5000));
        std::vector<double> sorted = r.pathNpv;
        std::sort(sorted.begin(), sorted.end());
        QCOMPARE(r.histogramEdges.front(), sorted.front());
        QCOMPARE(r.histogramEdges.back(), sorted.back());
        QVERIFY(r.p5 <= r.p10 && r.p10 <= r.p50 && r.p50 <= r.p90 && r.p90 <= r.p95);
        QCOMPARE(r.p50, sortedQuantile(sorted, 0.5));
        const auto negative =
            std::count_if(sorted.begin(), sorted.end(), [](double v) { return v < 0; });
        QCOMPARE(r.probNegative, double(negative) / 5000.0);
        QCOMPARE(r.fanP50.size(), std::size_t(s.horizonMonths));
        QCOMPARE(r.months.front(), std::string("2026-01"));
        for (std::size_t t = 0; t < r.fanP50.size(); ++t)
            QVERIFY(r.fanP10[t] <= r.fanP50[t] && r.fanP50[t] <= r.fanP90[t]);
        QCOMPARE(r.drivers.size(), s.uncertainty->drivers.size());
        for (std::size_t i = 1; i < r.drivers.size(); ++i)
            QVERIFY(std::fabs(r.drivers[i - 1].rankCorrelation) >=
                    std::fabs(r.drivers[i].rankCorrelation));
        // Prices raise NPV, the GPU price lowers it.
        for (const DriverRankCorrelation &d : r.drivers) {
            if (d.driver == "cloud_price" || d.driver == "lease_price")
                QVERIFY(d.rankCorrelation > 0.2);
        }

        const JsonParseResult json = parseJson(monteCarloToJson(r));
        QVERIFY(json.ok());
        for (const char *key : {"paths", "mean", "sd", "p5", "p10", "p50", "p90", "p95",
                                "prob_negative", "histogram", "fan", "drivers"})
            QVERIFY2(json.value->find(key), key);
        QCOMPARE(json.value->find("paths")->number(), 5000.0);
        QCOMPARE(json.value->find("histogram")->find("edges")->items().size(), std::size_t(51));
        QCOMPARE(json.value->find("histogram")->find("counts")->items().size(), std::size_t(50));
        QCOMPARE(json.value->find("fan")->find("p90")->items().size(), std::size_t(72));
        QCOMPARE(json.value->find("drivers")->items().size(), std::size_t(10));
        QVERIFY(json.value->find("drivers")->items()[0].find("rank_correlation"));
        QVERIFY(json.value->find("drivers")->items()[0].find("driver"));
        QCOMPARE(json.value->find("mean")->number(), r.mean);
    }

    void cancelStopsTheRun()
    {
        const Scenario s = readData("montecarlo/correlated.fleetroi.json");
        std::atomic<bool> cancel{false};
        MonteCarloOptions o;
        o.paths = 5'000'000; // far longer than the test
        o.threads = 2;
        o.cancel = &cancel;
        o.progress = [&](double) {
            cancel = true;
        };
        const auto start = std::chrono::steady_clock::now();
        const MonteCarloResults r = runMonteCarlo(s, o);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        QCOMPARE(r.status, MonteCarloResults::Status::Cancelled);
        QVERIFY(!r.completed());
        QVERIFY2(seconds < 5.0, qPrintable(QString::number(seconds)));
        QCOMPARE(r.histogramCounts.size(), std::size_t(0)); // no partial results
    }

    // Model 1.1 scenarios (market value, impairment, change in estimate) run through the
    // scalar model: every path's NPV equals computeNpv of the scenario with that path's
    // multipliers applied (the vectorized engine implements model 1 only).
    void model11ScenarioRunsThroughTheScalarModel()
    {
        Scenario s = readData("examples/hyperscaler-h100-peak-impairment.fleetroi.json");
        QVERIFY(s.usesModel11());
        Uncertainty u;
        u.paths = 64;
        u.seed = 7;
        DriverDistribution lease;
        lease.driver = "lease_price";
        lease.kind = DriverDistribution::Kind::Uniform;
        lease.a = 0.6;
        lease.b = 1.2;
        DriverDistribution life;
        life.driver = "useful_life";
        life.kind = DriverDistribution::Kind::Triangular;
        life.a = 0.8;
        life.b = 1.0;
        life.c = 1.2;
        u.drivers = {lease, life};
        s.uncertainty = u;
        MonteCarloOptions o;
        o.threads = 1;
        o.keepPathNpv = true;
        const MonteCarloResults r = runMonteCarlo(s, o);
        QVERIFY(r.completed());
        QCOMPARE(r.pathNpv.size(), std::size_t(64));
        const MultiplierSampler sampler(u, 7);
        const std::vector<std::string> names = {"lease_price", "useful_life"};
        for (std::size_t p = 0; p < 64; ++p) {
            double m[2];
            sampler.draw(p, m);
            QCOMPARE(r.pathNpv[p], scalarPathNpv(s, names, m));
        }
    }

    void refusesWithoutUncertaintyOrWithInconsistentCorrelations()
    {
        const Scenario plain = readData("examples/neocloud-h100-lessor.fleetroi.json");
        const MonteCarloResults r = runMonteCarlo(plain);
        QCOMPARE(r.status, MonteCarloResults::Status::Invalid);
        QCOMPARE(r.errors.size(), std::size_t(1));
        QCOMPARE(r.errors[0].path, std::string("uncertainty"));

        // The file reader refuses the impossible set itself (validate does too); an
        // in-memory scenario with one is refused by the run.
        QVERIFY(!readScenarioFile(FLEETROI_TEST_DATA_DIR
                                  "/montecarlo/not-positive-definite.fleetroi.json")
                     .ok());
        Scenario bad = readData("montecarlo/correlated.fleetroi.json");
        bad.uncertainty->correlations = {{"lease_price", "cloud_price", 0.9},
                                         {"cloud_price", "gpu_price", 0.9},
                                         {"lease_price", "gpu_price", -0.9}};
        const MonteCarloResults b = runMonteCarlo(bad);
        QCOMPARE(b.status, MonteCarloResults::Status::Invalid);
        QCOMPARE(b.errors[0].path, std::string("uncertainty.correlations"));
    }
};

QTEST_GUILESS_MAIN(TestMonteCarloRun)
#include "test_montecarlo_run.moc"
