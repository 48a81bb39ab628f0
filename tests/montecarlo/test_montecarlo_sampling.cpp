// SPDX-License-Identifier: GPL-3.0-or-later
// Sampling of Monte Carlo multipliers: degenerate distributions, known moments, the copula's
// correlation, reproducibility, and the positive-definiteness check of the correlations.
//
// Tolerances: with N draws a sample mean is within 5 standard errors (sd / sqrt N) of the
// true mean, a sample variance within 5 x sqrt(2 / N) relative (fourth moments of these
// bounded distributions are close to the normal's), a sample correlation within 0.01 of
// the true one for N = 200,000 (its standard error is (1 - rho^2) / sqrt N < 0.0023). The
// draws are deterministic, so these bounds cannot fail at random.
#include "montecarlo/MonteCarlo.h"
#include "montecarlo/MonteCarloSampler.h"

#include <QTest>

#include <cmath>
#include <numbers>

using namespace fleetroi;

namespace {

DriverDistribution triangular(const char *driver, double a, double b, double c)
{
    return {driver, DriverDistribution::Kind::Triangular, a, b, c};
}
DriverDistribution uniform(const char *driver, double a, double b)
{
    return {driver, DriverDistribution::Kind::Uniform, a, b, 0.0};
}
DriverDistribution normal(const char *driver, double mean, double sd)
{
    return {driver, DriverDistribution::Kind::Normal, mean, sd, 0.0};
}

std::vector<std::vector<double>> drawColumns(const Uncertainty &u, std::size_t n,
                                             std::uint64_t seed = 11)
{
    const MultiplierSampler sampler(u, seed);
    std::vector<std::vector<double>> cols(u.drivers.size(), std::vector<double>(n));
    std::vector<double> row(u.drivers.size());
    for (std::size_t p = 0; p < n; ++p) {
        sampler.draw(p, row.data());
        for (std::size_t k = 0; k < row.size(); ++k)
            cols[k][p] = row[k];
    }
    return cols;
}

void moments(const std::vector<double> &x, double &mean, double &var)
{
    mean = 0.0;
    for (double v : x)
        mean += v;
    mean /= double(x.size());
    var = 0.0;
    for (double v : x)
        var += (v - mean) * (v - mean);
    var /= double(x.size() - 1);
}

double pearson(const std::vector<double> &x, const std::vector<double> &y)
{
    double mx, vx, my, vy;
    moments(x, mx, vx);
    moments(y, my, vy);
    double c = 0.0;
    for (std::size_t i = 0; i < x.size(); ++i)
        c += (x[i] - mx) * (y[i] - my);
    return c / double(x.size() - 1) / std::sqrt(vx * vy);
}

} // namespace

class TestMonteCarloSampling : public QObject
{
    Q_OBJECT

private slots:
    void degenerateIsExactlyTheValue()
    {
        Uncertainty u;
        u.drivers = {triangular("gpu_price", 1, 1, 1), uniform("lease_price", 1, 1),
                     normal("cloud_price", 1, 0), triangular("useful_life", 0.8, 0.8, 0.8)};
        u.correlations = {{"gpu_price", "lease_price", 0.5}};
        const auto cols = drawColumns(u, 5000);
        for (std::size_t k = 0; k < 3; ++k)
            for (double v : cols[k])
                QCOMPARE(v, 1.0);
        for (double v : cols[3])
            QCOMPARE(v, 0.8);
    }

    void knownMoments_data()
    {
        QTest::addColumn<int>("kind"); // 0 triangular, 1 uniform, 2 normal
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("c");
        QTest::addColumn<double>("mean");
        QTest::addColumn<double>("variance");
        // Triangular: mean (a+b+c)/3, variance (a^2+b^2+c^2-ab-ac-bc)/18.
        QTest::newRow("triangular 0.5/1/2")
            << 0 << 0.5 << 1.0 << 2.0 << 3.5 / 3 << (0.25 + 1 + 4 - 0.5 - 1 - 2) / 18;
        QTest::newRow("triangular 0.8/0.8/1.4")
            << 0 << 0.8 << 0.8 << 1.4 << 1.0 << (0.64 + 0.64 + 1.96 - 0.64 - 1.12 - 1.12) / 18;
        QTest::newRow("triangular 0.6/1.2/1.2")
            << 0 << 0.6 << 1.2 << 1.2 << 1.0 << (0.36 + 1.44 + 1.44 - 0.72 - 0.72 - 1.44) / 18;
        // Uniform: mean (a+b)/2, variance (b-a)^2/12.
        QTest::newRow("uniform 0.8/1.2") << 1 << 0.8 << 1.2 << 0.0 << 1.0 << 0.16 / 12;
        // Normal: the truncation at 0 is 10 sd away.
        QTest::newRow("normal 1/0.1") << 2 << 1.0 << 0.1 << 0.0 << 1.0 << 0.01;
    }

    void knownMoments()
    {
        QFETCH(int, kind);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, c);
        QFETCH(double, mean);
        QFETCH(double, variance);
        Uncertainty u;
        u.drivers = {kind == 0   ? triangular("lease_price", a, b, c)
                     : kind == 1 ? uniform("lease_price", a, b)
                                 : normal("lease_price", a, b)};
        const std::size_t n = 200000;
        const auto cols = drawColumns(u, n);
        double m, v;
        moments(cols[0], m, v);
        const double se = std::sqrt(variance / double(n));
        QVERIFY2(
            std::fabs(m - mean) < 5 * se,
            qPrintable(
                QStringLiteral("mean %1 expected %2").arg(m, 0, 'g', 10).arg(mean, 0, 'g', 10)));
        QVERIFY2(std::fabs(v / variance - 1.0) < 5 * std::sqrt(2.0 / double(n)),
                 qPrintable(QStringLiteral("variance %1 expected %2")
                                .arg(v, 0, 'g', 10)
                                .arg(variance, 0, 'g', 10)));
        for (double x : cols[0]) {
            if (kind != 2)
                QVERIFY(x >= a && x <= (kind == 0 ? c : b));
        }
    }

    void normalDriverNegativeDrawsAreZero()
    {
        Uncertainty u;
        u.drivers = {normal("discount_rate", 0.2, 0.2)}; // P(draw < 0) = Phi(-1) = 0.1587
        const auto cols = drawColumns(u, 100000);
        std::size_t zeros = 0;
        for (double x : cols[0]) {
            QVERIFY(x >= 0.0);
            zeros += x == 0.0 ? 1 : 0;
        }
        QVERIFY(std::fabs(double(zeros) / 100000 - 0.158655) < 0.006);
    }

    // The sample correlation of drawn multipliers matches the requested one: exactly rho
    // for normal drivers (the copula's normals themselves); for uniforms it is the Gaussian
    // copula's rank correlation (6 / pi) asin(rho / 2), which is also their Pearson
    // correlation since a uniform's ranks are its values.
    void correlationMatchesRequest_data()
    {
        QTest::addColumn<double>("rho");
        QTest::newRow("0.7") << 0.7;
        QTest::newRow("-0.5") << -0.5;
        QTest::newRow("0.95") << 0.95;
        QTest::newRow("0") << 0.0;
    }

    void correlationMatchesRequest()
    {
        QFETCH(double, rho);
        Uncertainty u;
        u.drivers = {normal("lease_price", 1.0, 0.1), normal("cloud_price", 1.0, 0.05),
                     uniform("gpu_price", 0.5, 1.5), uniform("electricity_price", 0.9, 1.1),
                     triangular("useful_life", 0.8, 1.0, 1.2)};
        u.correlations = {{"lease_price", "cloud_price", rho},
                          {"gpu_price", "electricity_price", rho}};
        QVERIFY(checkCorrelations(u).empty());
        const std::size_t n = 200000;
        const auto cols = drawColumns(u, n);
        const double normals = pearson(cols[0], cols[1]);
        QVERIFY2(std::fabs(normals - rho) < 0.01, qPrintable(QString::number(normals)));
        const double uniforms = pearson(cols[2], cols[3]);
        const double expected = 6.0 / std::numbers::pi * std::asin(rho / 2.0);
        QVERIFY2(std::fabs(uniforms - expected) < 0.01, qPrintable(QString::number(uniforms)));
        QVERIFY(std::fabs(spearman(cols[2], cols[3]) - expected) < 0.01);
        // Uncorrelated pairs stay uncorrelated.
        QVERIFY(std::fabs(pearson(cols[0], cols[2])) < 0.01);
        QVERIFY(std::fabs(pearson(cols[4], cols[1])) < 0.01);
    }

    void samePathSameDraws()
    {
        Uncertainty u;
        u.drivers = {triangular("gpu_price", 0.5, 1, 2), normal("lease_price", 1, 0.2)};
        u.correlations = {{"gpu_price", "lease_price", 0.3}};
        const MultiplierSampler s1(u, 99), s2(u, 99), other(u, 100);
        double a[2], b[2], c[2];
        for (std::uint64_t p : {0ull, 1ull, 12345ull, 9999999ull}) {
            s1.draw(p, a);
            s2.draw(p, b);
            other.draw(p, c);
            QCOMPARE(a[0], b[0]);
            QCOMPARE(a[1], b[1]);
            QVERIFY(a[0] != c[0]);
        }
        s1.draw(1, a);
        s1.draw(2, b);
        QVERIFY(a[0] != b[0]);
    }

    void correlationsMustBePositiveDefinite()
    {
        Uncertainty u;
        u.drivers = {uniform("gpu_price", 0.9, 1.1), uniform("lease_price", 0.9, 1.1),
                     uniform("cloud_price", 0.9, 1.1), uniform("electricity_price", 0.9, 1.1),
                     uniform("availability", 0.9, 1.1)};
        u.correlations = {{"gpu_price", "lease_price", 0.9},
                          {"lease_price", "cloud_price", 0.9},
                          {"gpu_price", "cloud_price", -0.9},
                          {"electricity_price", "availability", 0.6}};
        const std::vector<ValidationError> e = checkCorrelations(u);
        QCOMPARE(e.size(), std::size_t(1));
        QCOMPARE(e[0].path, std::string("uncertainty.correlations"));
        for (const char *pair :
             {"gpu_price / lease_price", "lease_price / cloud_price", "gpu_price / cloud_price"})
            QVERIFY2(e[0].message.find(pair) != std::string::npos, e[0].message.c_str());
        QVERIFY(e[0].message.find("electricity_price") == std::string::npos);

        u.correlations = {{"gpu_price", "lease_price", 0.99},
                          {"cloud_price", "availability", -0.99}};
        QVERIFY(checkCorrelations(u).empty());
        u.correlations.clear();
        QVERIFY(checkCorrelations(u).empty());
        // The advice no longer tells the analyst to avoid |rho| = 1, which is allowed.
        u.correlations = {{"gpu_price", "lease_price", 0.9},
                          {"lease_price", "cloud_price", 0.9},
                          {"gpu_price", "cloud_price", -0.9}};
        const std::string message = checkCorrelations(u).at(0).message;
        QVERIFY2(message.find("|rho| < 1") == std::string::npos, message.c_str());
        QVERIFY2(message.find("not positive semidefinite") != std::string::npos, message.c_str());
    }

    // SCENARIO_FORMAT.md: a positive semidefinite set is consistent and runs; only a set no
    // joint distribution has is refused. Each row: correlations among the drivers a, b, c, d
    // (gpu_price, lease_price, cloud_price, electricity_price) and whether the set is possible.
    // The verdicts are worked by hand: the smallest eigenvalue of [[1,r],[r,1]] is 1 - |r|; of
    // the all-r 3x3 matrix 1 - r (r > 0) or 1 + 2r (r < 0); a chain a-b, b-c with rho 1 and
    // a-c unnamed (0) has eigenvalue 1 - sqrt(2) < 0.
    void semidefiniteSetsAreConsistent_data()
    {
        QTest::addColumn<QList<double>>("abAcBcCd"); // rho of a/b, a/c, b/c, c/d; NaN = unnamed
        QTest::addColumn<bool>("possible");
        const double none = std::nan("");
        QTest::newRow("rho 1") << QList<double>{1.0, none, none, none} << true;
        QTest::newRow("rho -1") << QList<double>{-1.0, none, none, none} << true;
        QTest::newRow("all three 1") << QList<double>{1.0, 1.0, 1.0, none} << true;
        QTest::newRow("a=b, c=-a, c=-b") << QList<double>{1.0, -1.0, -1.0, none} << true;
        QTest::newRow("a=b with c at 0.3 to both") << QList<double>{1.0, 0.3, 0.3, 0.5} << true;
        QTest::newRow("all three -0.5 (singular)") << QList<double>{-0.5, -0.5, -0.5, none} << true;
        QTest::newRow("triangle 0.9 0.9 -0.9") << QList<double>{0.9, -0.9, 0.9, none} << false;
        QTest::newRow("chain of 1 without a/c") << QList<double>{1.0, none, 1.0, none} << false;
        QTest::newRow("a=b but c differs") << QList<double>{1.0, 0.3, 0.5, none} << false;
        QTest::newRow("all three -0.6") << QList<double>{-0.6, -0.6, -0.6, none} << false;
    }

    void semidefiniteSetsAreConsistent()
    {
        QFETCH(QList<double>, abAcBcCd);
        QFETCH(bool, possible);
        Uncertainty u;
        u.drivers = {normal("gpu_price", 1.0, 0.1), normal("lease_price", 1.0, 0.1),
                     normal("cloud_price", 1.0, 0.1), normal("electricity_price", 1.0, 0.1)};
        const char *names[][2] = {{"gpu_price", "lease_price"},
                                  {"gpu_price", "cloud_price"},
                                  {"lease_price", "cloud_price"},
                                  {"cloud_price", "electricity_price"}};
        for (int k = 0; k < 4; ++k)
            if (!std::isnan(abAcBcCd[k]))
                u.correlations.push_back({names[k][0], names[k][1], abAcBcCd[k]});
        const std::vector<ValidationError> e = checkCorrelations(u);
        QCOMPARE(e.empty(), possible);
        if (!possible)
            return;
        // It runs, and the drawn normals have the requested correlations (0.01 at 200,000
        // draws; the standard error of a sample correlation is below 1 / sqrt(n) = 0.0022).
        const auto cols = drawColumns(u, 200000);
        for (int k = 0; k < 4; ++k) {
            const int i = k == 0 ? 0 : k == 1 ? 0 : k == 2 ? 1 : 2;
            const int j = k == 0 ? 1 : k == 1 ? 2 : k == 2 ? 2 : 3;
            const double want = std::isnan(abAcBcCd[k]) ? 0.0 : abAcBcCd[k];
            const double got = pearson(cols[std::size_t(i)], cols[std::size_t(j)]);
            QVERIFY2(std::fabs(got - want) < 0.01,
                     qPrintable(QStringLiteral("pair %1: %2 vs %3").arg(k).arg(got).arg(want)));
        }
        // rho = 1 between identical distributions gives identical multipliers path by path
        // (up to the rounding of the factor).
        if (abAcBcCd[0] == 1.0)
            for (std::size_t p = 0; p < 1000; ++p)
                QVERIFY(std::fabs(cols[0][p] - cols[1][p]) < 1e-12);
        if (abAcBcCd[0] == -1.0)
            for (std::size_t p = 0; p < 1000; ++p)
                QVERIFY(std::fabs((cols[0][p] - 1.0) + (cols[1][p] - 1.0)) < 1e-12 ||
                        cols[0][p] == 0.0 || cols[1][p] == 0.0);
    }

    void quantilesAreType7()
    {
        const std::vector<double> v{1, 2, 3, 4, 10};
        QCOMPARE(sortedQuantile(v, 0.0), 1.0);
        QCOMPARE(sortedQuantile(v, 1.0), 10.0);
        QCOMPARE(sortedQuantile(v, 0.5), 3.0);
        QCOMPARE(sortedQuantile(v, 0.9), 4.0 + 0.6 * 6.0); // h = 3.6
        QCOMPARE(sortedQuantile(v, 0.1), 1.4);
        QCOMPARE(spearman({1, 2, 3, 4}, {10, 20, 30, 1000}), 1.0);
        QCOMPARE(spearman({1, 2, 3, 4}, {4, 3, 2, 1}), -1.0);
        QCOMPARE(spearman({1, 1, 1, 1}, {4, 3, 2, 1}), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestMonteCarloSampling)
#include "test_montecarlo_sampling.moc"
