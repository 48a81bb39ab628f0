// SPDX-License-Identifier: GPL-3.0-or-later
// Sampling of Monte Carlo multipliers (MODEL.md "Monte Carlo", SCENARIO_FORMAT.md
// `uncertainty`): per-path random streams, a Gaussian copula for the correlations, and the
// inverse CDFs of the triangular, uniform and normal multiplier distributions.
//
// Reproducibility: path p's random numbers depend only on (seed, p) - never on the thread
// that draws them or on the order in which paths are drawn - so a run gives the same results
// whatever the number of threads. Everything here is our own code (no <random> engines or
// distributions, whose output differs between standard libraries).
#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioReader.h"

#include <cstdint>
#include <string>
#include <vector>

namespace fleetroi {

// Counter-based random stream: SplitMix64 (Steele, Lea, Flood 2014) started from a state
// derived from (seed, path) by two rounds of the SplitMix64 finaliser.
class PathRandom
{
public:
    PathRandom(std::uint64_t seed, std::uint64_t path);
    std::uint64_t next();
    // Uniform in (0, 1): 53 random bits, never 0 or 1.
    double uniformOpen();
    // Standard normal by Box-Muller (the pair's second value is kept for the next call).
    double normal();

private:
    std::uint64_t m_state;
    double m_spare = 0.0;
    bool m_hasSpare = false;
};

// Standard normal CDF Phi(z) = erfc(-z / sqrt 2) / 2.
double standardNormalCdf(double z);

// Multiplier of `d` for the copula's standard normal z (MODEL.md: a uniform u = Phi(z) goes
// through the inverse CDF; a normal driver uses z directly: mean + sd * z, negative set to 0).
// Triangular [min, mode, max] and uniform [min, max] with min == max give exactly min.
double multiplierFromNormal(const DriverDistribution &d, double z);

// The correlation matrix of the uncertain drivers (file order) must be positive
// semidefinite (SCENARIO_FORMAT.md): checkCorrelationConsistency (scenario/CorrelationCheck.h),
// which validateScenario applies too. Returns one error per impossible group of correlated
// drivers, path "uncertainty.correlations", naming the pairs; empty = fine (also when there
// is no correlation).
std::vector<ValidationError> checkCorrelations(const Uncertainty &uncertainty);

// Draws the multipliers of the uncertain drivers for any path.
class MultiplierSampler
{
public:
    // `uncertainty` must be valid and pass checkCorrelations (otherwise the correlations are
    // ignored: the factor falls back to the identity). Positive definite sets use the
    // Cholesky factor, semidefinite ones (rho = +-1) an eigen-decomposition factor.
    MultiplierSampler(const Uncertainty &uncertainty, std::uint64_t seed);

    std::size_t driverCount() const { return m_drivers.size(); }
    const std::vector<DriverDistribution> &drivers() const { return m_drivers; }

    // Multipliers of path `path`, one per driver in the order of drivers(), into out[0..n).
    void draw(std::uint64_t path, double *out) const;

private:
    std::vector<DriverDistribution> m_drivers;
    std::vector<double> m_factor;  // F with F F^T = C, row-major n x n
    bool m_lowerTriangular = true; // F is the Cholesky factor (entries above the diagonal 0)
    bool m_correlated = false;
    std::uint64_t m_seed;
};

} // namespace fleetroi
