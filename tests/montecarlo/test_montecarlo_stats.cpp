// SPDX-License-Identifier: GPL-3.0-or-later
// The bucket sort and bucket selection of the Monte Carlo summaries (MonteCarloStats.h)
// against the comparison sort they replace: the same order (value, then index), the same
// average ranks and the same type-7 quantiles, bit for bit, on samples built to hit every
// branch - smooth, heavily tied, one huge outlier (one bucket holds nearly everything),
// constant, tiny, and with infinities (comparison fallback).
#include "montecarlo/MonteCarlo.h"
#include "montecarlo/MonteCarloStats.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <limits>
#include <random>

using namespace fleetroi;

namespace {

std::vector<double> sample(const char *kind, std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    std::normal_distribution<double> normal(850e6, 410e6);
    std::vector<double> v(n);
    const std::string k = kind;
    for (std::size_t i = 0; i < n; ++i) {
        if (k == "normal")
            v[i] = normal(rng);
        else if (k == "ties")
            v[i] = double(rng() % 7) * 0.25; // 7 distinct values
        else if (k == "outlier")
            v[i] = i == n / 2 ? 1e300 : normal(rng);
        else if (k == "constant")
            v[i] = -3.5;
        else if (k == "clamped") // a normal driver with draws below 0 set to 0
            v[i] = std::max(0.0, 0.2 + normal(rng) / 410e6);
        else if (k == "infinite")
            v[i] = i % 97 == 0 ? -std::numeric_limits<double>::infinity() : normal(rng);
    }
    return v;
}

// Type 7 of an ascending sorted sample, in float as runMonteCarlo's fan had it before.
double floatQuantile(const std::vector<float> &sorted, double p)
{
    const double h = double(sorted.size() - 1) * p;
    const std::size_t lo = std::size_t(std::floor(h));
    const double a = sorted[lo];
    const double b = lo + 1 < sorted.size() ? double(sorted[lo + 1]) : a;
    return a + (h - double(lo)) * (b - a);
}

} // namespace

class TestMonteCarloStats : public QObject
{
    Q_OBJECT

private slots:
    void sameAsComparisonSorting_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("n");
        for (const char *kind : {"normal", "ties", "outlier", "constant", "clamped", "infinite"})
            for (int n : {1, 2, 63, 64, 255, 256, 1000, 100000})
                QTest::addRow("%s/%d", kind, n) << QString::fromLatin1(kind) << n;
    }

    void sameAsComparisonSorting()
    {
        QFETCH(QString, kind);
        QFETCH(int, n);
        const std::vector<double> x = sample(kind.toLatin1().constData(), std::size_t(n), 42);
        OrderScratch scratch;

        // Order and average ranks.
        std::vector<std::pair<double, std::uint32_t>> expected(x.size()), got;
        for (std::size_t i = 0; i < x.size(); ++i)
            expected[i] = {x[i], std::uint32_t(i)};
        std::sort(expected.begin(), expected.end());
        sortWithIndex(x.data(), x.size(), got, scratch);
        QVERIFY(got == expected);
        const std::vector<double> ranks = averageRanksOfSorted(got);
        // Ranks by definition: the mean 0-based position of the value's ties.
        for (std::size_t i = 0; i < x.size(); i += std::max<std::size_t>(1, x.size() / 50)) {
            std::size_t below = 0, equal = 0;
            for (double y : x) {
                below += y < x[i] ? 1 : 0;
                equal += y == x[i] ? 1 : 0;
            }
            QCOMPARE(ranks[i], double(below) + 0.5 * double(equal - 1));
        }

        // Quantiles of the same sample in float.
        std::vector<float> f(x.begin(), x.end());
        std::vector<float> sorted = f;
        std::sort(sorted.begin(), sorted.end());
        const double ps[] = {0.0, 0.05, 0.10, 0.25, 0.50, 0.90, 0.95, 0.999, 1.0};
        double q[std::size(ps)];
        floatQuantiles(f.data(), f.size(), ps, std::size(ps), q, scratch);
        for (std::size_t k = 0; k < std::size(ps); ++k) {
            const double want = floatQuantile(sorted, ps[k]);
            QVERIFY2(q[k] == want || (std::isnan(q[k]) && std::isnan(want)),
                     qPrintable(QStringLiteral("p %1: %2 vs %3").arg(ps[k]).arg(q[k]).arg(want)));
        }
    }

    void spearmanOfMonotoneAndReversed()
    {
        // Hand-checkable: a strictly increasing transform has rho 1, a decreasing one -1,
        // whatever the sample; with ties the average ranks still give exactly 1.
        std::vector<double> x = sample("normal", 5000, 7), y(x.size()), z(x.size());
        for (std::size_t i = 0; i < x.size(); ++i) {
            y[i] = std::exp(x[i] / 1e9);
            z[i] = -x[i] * 3.0;
        }
        QCOMPARE(spearman(x, y), 1.0);
        QCOMPARE(spearman(x, z), -1.0);
        const std::vector<double> t = sample("ties", 5000, 9);
        QVERIFY(std::fabs(spearman(t, t) - 1.0) < 1e-15);
    }
};

QTEST_APPLESS_MAIN(TestMonteCarloStats)
#include "test_montecarlo_stats.moc"
