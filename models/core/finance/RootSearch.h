// SPDX-License-Identifier: GPL-3.0-or-later
// Robust root finding for cash-flow rates: unlike the spreadsheets' Newton iterations it
// cannot miss a root by starting far away, and it finds every root of a cash flow with
// several sign changes (the financial model reports all of them). Plain C++, no Qt.
#pragma once

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
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

// Brent's method (inverse quadratic interpolation safeguarded by bisection) on a bracket
// [a, b] with fa = f(a), fb = f(b) of opposite signs; converges to ~1e-14 relative.
template <class F> double brentRoot(const F &f, double a, double b, double fa, double fb)
{
    constexpr double relTol = 1e-14;
    constexpr double eps = std::numeric_limits<double>::epsilon();
    double c = a;
    double fc = fa;
    double d = b - a;
    double e = d;
    for (int iteration = 0; iteration < 300; ++iteration) {
        if ((fb > 0.0) == (fc > 0.0)) {
            c = a;
            fc = fa;
            d = e = b - a;
        }
        if (std::abs(fc) < std::abs(fb)) {
            a = b;
            b = c;
            c = a;
            fa = fb;
            fb = fc;
            fc = fa;
        }
        const double tol = 2.0 * eps * std::abs(b) + 0.5 * relTol * std::abs(b) + 1e-300;
        const double m = 0.5 * (c - b);
        if (std::abs(m) <= tol || fb == 0.0)
            return b;
        if (std::abs(e) >= tol && std::abs(fa) > std::abs(fb)) {
            const double s = fb / fa;
            double p;
            double q;
            if (a == c) {
                p = 2.0 * m * s;
                q = 1.0 - s;
            } else {
                const double qa = fa / fc;
                const double r = fb / fc;
                p = s * (2.0 * m * qa * (qa - r) - (b - a) * (r - 1.0));
                q = (qa - 1.0) * (r - 1.0) * (s - 1.0);
            }
            if (p > 0.0)
                q = -q;
            else
                p = -p;
            if (2.0 * p < std::min(3.0 * m * q - std::abs(tol * q), std::abs(e * q))) {
                e = d;
                d = p / q;
            } else {
                d = m;
                e = m;
            }
        } else {
            d = m;
            e = m;
        }
        a = b;
        fa = fb;
        b += std::abs(d) > tol ? d : (m > 0.0 ? tol : -tol);
        fb = f(b);
        if (!std::isfinite(fb))
            return b;
    }
    return b;
}

} // namespace fleetroi::finance
