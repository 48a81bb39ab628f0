// SPDX-License-Identifier: GPL-3.0-or-later
// Robust root finding for cash-flow rates: unlike the spreadsheets' Newton iterations it
// cannot miss a root by starting far away, and it finds every root of a cash flow with
// several sign changes (the financial model reports all of them). Plain C++, no Qt.
#pragma once

#include <functional>
#include <vector>

namespace fleetroi::finance {

// Every root of f in (lo, hi]: scans a grid fine enough for money-valued cash flows (several
// thousand points: log-spaced in (1 + x) near -1, dense around typical rates), brackets each
// sign change (and exact zeros), refines with Brent to ~1e-14 relative. Sorted ascending,
// duplicates merged. A root where f touches zero without changing sign (a double root) is
// found only if the grid hits it exactly. Non-finite values of f are skipped.
std::vector<double> findAllRoots(const std::function<double(double)> &f, double lo, double hi);

// All per-period IRR roots of values (values[i] discounted by (1+x)^i) in (-0.99, 10].
// Empty if there is none, and for an all-zero cash flow (every rate would be a root).
std::vector<double> irrAllRoots(const std::vector<double> &values);

} // namespace fleetroi::finance
