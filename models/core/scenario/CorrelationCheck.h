// SPDX-License-Identifier: GPL-3.0-or-later
// Consistency of Monte Carlo correlations (SCENARIO_FORMAT.md `uncertainty.correlations`):
// the matrix the named pairs form (1 on the diagonal, 0 for pairs not named) must be
// positive semidefinite. rho = 1 or -1 and exact linear relations among drivers are
// consistent; an impossible set (0.9, 0.9 and -0.9 around a triangle) is not. Shared by
// validateScenario/readScenario and the Monte Carlo sampler, so `validate` and `montecarlo`
// cannot disagree. Plain C++ (Eigen only in the .cpp).
#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioReader.h"

#include <vector>

namespace fleetroi {

// Tolerance on the smallest eigenvalue of a group's correlation matrix: a set is refused
// only when it is below -kCorrelationPsdTolerance. Rounding of an exactly singular set
// written in decimals stays orders of magnitude inside it.
constexpr double kCorrelationPsdTolerance = 1e-9;

// One error per connected group of correlated drivers whose matrix is not positive
// semidefinite, path "uncertainty.correlations", naming every pair of the group with its
// rho and saying what to change. Empty = consistent (also when there is no correlation).
// Names not declared in `drivers`, self-pairs and pairs listed twice are the validator's
// business and are skipped here.
std::vector<ValidationError> checkCorrelationConsistency(const Uncertainty &uncertainty);

} // namespace fleetroi
