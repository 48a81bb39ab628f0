// SPDX-License-Identifier: GPL-3.0-or-later
#include "montecarlo/MonteCarloSampler.h"

#include "scenario/CorrelationCheck.h"

#include <Eigen/Cholesky>
#include <Eigen/Eigenvalues>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <numbers>

namespace fleetroi {

namespace {

std::uint64_t splitMix64Finalise(std::uint64_t z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr std::uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

// Correlation matrix of the declared drivers (index = position in u.drivers); pairs whose
// names are not declared are skipped (the validator reports them).
Eigen::MatrixXd correlationMatrix(const Uncertainty &u, std::vector<int> *pairA = nullptr,
                                  std::vector<int> *pairB = nullptr)
{
    const int n = int(u.drivers.size());
    Eigen::MatrixXd c = Eigen::MatrixXd::Identity(n, n);
    auto indexOf = [&](const std::string &name) {
        for (int i = 0; i < n; ++i)
            if (u.drivers[std::size_t(i)].driver == name)
                return i;
        return -1;
    };
    for (const DriverCorrelation &pair : u.correlations) {
        const int a = indexOf(pair.a), b = indexOf(pair.b);
        if (a < 0 || b < 0 || a == b)
            continue;
        c(a, b) = c(b, a) = pair.rho;
        if (pairA) {
            pairA->push_back(a);
            pairB->push_back(b);
        }
    }
    return c;
}

} // namespace

PathRandom::PathRandom(std::uint64_t seed, std::uint64_t path)
    : m_state(splitMix64Finalise(splitMix64Finalise(seed * kGolden + 0x632be59bd9b4e019ULL) ^
                                 (path + 1) * 0xd1b54a32d192ed03ULL))
{}

std::uint64_t PathRandom::next()
{
    m_state += kGolden;
    return splitMix64Finalise(m_state);
}

double PathRandom::uniformOpen()
{
    // (k + 0.5) / 2^53 with k in [0, 2^53): strictly inside (0, 1), symmetric about 1/2.
    return (double(next() >> 11) + 0.5) * 0x1.0p-53;
}

double PathRandom::normal()
{
    if (m_hasSpare) {
        m_hasSpare = false;
        return m_spare;
    }
    const double u1 = uniformOpen(), u2 = uniformOpen();
    const double radius = std::sqrt(-2.0 * std::log(u1));
    const double angle = 2.0 * std::numbers::pi * u2;
    m_spare = radius * std::sin(angle);
    m_hasSpare = true;
    return radius * std::cos(angle);
}

double standardNormalCdf(double z)
{
    return 0.5 * std::erfc(-z * std::numbers::sqrt2 / 2.0);
}

double multiplierFromNormal(const DriverDistribution &d, double z)
{
    switch (d.kind) {
    case DriverDistribution::Kind::Normal:
        return std::max(0.0, d.a + d.b * z);
    case DriverDistribution::Kind::Uniform: {
        const double u = standardNormalCdf(z);
        return d.a == d.b ? d.a : d.a + u * (d.b - d.a);
    }
    case DriverDistribution::Kind::Triangular: {
        const double lo = d.a, mode = d.b, hi = d.c;
        if (lo == hi)
            return lo;
        const double u = standardNormalCdf(z);
        const double width = hi - lo;
        const double fMode = (mode - lo) / width; // CDF at the mode
        const double m = u < fMode ? lo + std::sqrt(u * width * (mode - lo))
                                   : hi - std::sqrt((1.0 - u) * width * (hi - mode));
        return std::clamp(m, lo, hi);
    }
    }
    return 1.0;
}

std::vector<ValidationError> checkCorrelations(const Uncertainty &u)
{
    return checkCorrelationConsistency(u);
}

MultiplierSampler::MultiplierSampler(const Uncertainty &u, std::uint64_t seed)
    : m_drivers(u.drivers)
    , m_seed(seed)
{
    const int n = int(m_drivers.size());
    const Eigen::MatrixXd c = correlationMatrix(u);
    m_correlated = !c.isIdentity(0.0);
    m_factor.assign(std::size_t(n) * std::size_t(n), 0.0);
    if (!m_correlated)
        return;
    // A factor F with F F^T = C turns independent normals z into correlated ones F z.
    // Positive definite C: the Cholesky factor (lower triangular), as always. Positive
    // semidefinite C (rho = +-1, exact linear relations) has no Cholesky factor; the
    // eigen-decomposition C = V diag(lambda) V^T gives F = V diag(sqrt(lambda)), with the
    // rounding noise of zero eigenvalues (|lambda| <= kCorrelationPsdTolerance) set to 0.
    Eigen::LLT<Eigen::MatrixXd> llt(c);
    Eigen::MatrixXd f;
    if (llt.info() == Eigen::Success) {
        f = llt.matrixL();
        m_lowerTriangular = true;
    } else {
        Eigen::SelfAdjointEigenSolver<Eigen::MatrixXd> eig(c);
        if (eig.info() != Eigen::Success ||
            eig.eigenvalues().minCoeff() < -kCorrelationPsdTolerance) {
            // Not a valid set (checkCorrelations refuses it): independent drivers.
            m_correlated = false;
            return;
        }
        // Eigenvalues within the tolerance of 0 are 0: sqrt would turn rounding noise of
        // 1e-16 into a spurious 1e-8 component along the relation rho = +-1 fixes.
        Eigen::VectorXd root = eig.eigenvalues();
        for (Eigen::Index k = 0; k < root.size(); ++k)
            root(k) = root(k) <= kCorrelationPsdTolerance ? 0.0 : std::sqrt(root(k));
        f = eig.eigenvectors() * root.asDiagonal();
        m_lowerTriangular = false;
    }
    for (int i = 0; i < n; ++i)
        for (int j = 0; j < n; ++j)
            m_factor[std::size_t(i * n + j)] = f(i, j);
}

void MultiplierSampler::draw(std::uint64_t path, double *out) const
{
    const std::size_t n = m_drivers.size();
    PathRandom random(m_seed, path);
    double independent[16]; // at most 10 drivers (the sensitivity list)
    std::vector<double> heap;
    double *z = independent;
    if (n > 16) {
        heap.resize(n);
        z = heap.data();
    }
    for (std::size_t i = 0; i < n; ++i)
        z[i] = random.normal();
    for (std::size_t i = 0; i < n; ++i) {
        double correlated = z[i];
        if (m_correlated) {
            // Row i of F z, summed in a fixed order (reproducible bit for bit).
            correlated = 0.0;
            const std::size_t last = m_lowerTriangular ? i + 1 : n;
            for (std::size_t j = 0; j < last; ++j)
                correlated += m_factor[i * n + j] * z[j];
        }
        out[i] = multiplierFromNormal(m_drivers[i], correlated);
    }
}

} // namespace fleetroi
