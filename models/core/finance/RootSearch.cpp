// SPDX-License-Identifier: GPL-3.0-or-later
#include "RootSearch.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetroi::finance {

namespace {

// Grid points in [lo, hi]: uniform in log(1 + x) when lo > -1 (rates near -100 % move the
// discount factor fastest), uniform in x over the whole range, and a dense uniform band over
// -50 %..+100 % where per-period rates of real cash flows lie (step about 4e-4).
std::vector<double> scanGrid(double lo, double hi)
{
    std::vector<double> grid;
    constexpr int logPoints = 2048;
    constexpr int uniformPoints = 1024;
    constexpr int densePoints = 4096;
    grid.reserve(logPoints + uniformPoints + densePoints + 4);
    if (lo > -1.0) {
        const double a = std::log1p(lo);
        const double b = std::log1p(hi);
        for (int i = 0; i <= logPoints; ++i)
            grid.push_back(std::expm1(a + (b - a) * i / logPoints));
    }
    for (int i = 0; i <= uniformPoints; ++i)
        grid.push_back(lo + (hi - lo) * i / uniformPoints);
    const double denseLo = std::max(lo, -0.5);
    const double denseHi = std::min(hi, 1.0);
    if (denseLo < denseHi) {
        for (int i = 0; i <= densePoints; ++i)
            grid.push_back(denseLo + (denseHi - denseLo) * i / densePoints);
    }
    grid.push_back(hi);
    std::sort(grid.begin(), grid.end());
    grid.erase(std::unique(grid.begin(), grid.end()), grid.end());
    grid.erase(std::remove_if(grid.begin(), grid.end(), [&](double x) { return x < lo || x > hi; }),
               grid.end());
    return grid;
}

} // namespace

std::vector<double> findAllRoots(const std::function<double(double)> &f, double lo, double hi)
{
    std::vector<double> roots;
    if (!(lo < hi))
        return roots;
    const std::vector<double> grid = scanGrid(lo, hi);
    double prevX = 0.0;
    double prevF = std::numeric_limits<double>::quiet_NaN();
    for (double x : grid) {
        const double fx = f(x);
        if (!std::isfinite(fx)) {
            prevF = fx;
            prevX = x;
            continue;
        }
        if (fx == 0.0) {
            if (x > lo)
                roots.push_back(x);
        } else if (std::isfinite(prevF) && prevF != 0.0 && (prevF > 0.0) != (fx > 0.0)) {
            roots.push_back(brentRoot(f, prevX, x, prevF, fx));
        }
        prevX = x;
        prevF = fx;
    }
    std::sort(roots.begin(), roots.end());
    std::vector<double> merged;
    for (double r : roots) {
        if (!(r > lo && r <= hi))
            continue;
        if (!merged.empty() && std::abs(r - merged.back()) <= 1e-12 * std::max(1.0, std::abs(r)))
            continue;
        merged.push_back(r);
    }
    return merged;
}

std::vector<double> irrAllRoots(const std::vector<double> &values)
{
    if (std::all_of(values.begin(), values.end(), [](double v) { return v == 0.0; }))
        return {};
    // Evaluate NPV(x) = sum v_i (1+x)^-i by Horner in d = 1/(1+x) when x >= 0, and the
    // same-signed NPV(x) (1+x)^(n-1) = sum v_i (1+x)^(n-1-i) by Horner in (1+x) when x < 0:
    // both powers stay <= 1, so nothing overflows even for 240 flows near -99 %, and the
    // function is continuous at 0 with the same roots as NPV.
    auto scaledNpv = [&values](double x) {
        const double u = 1.0 + x;
        double acc = 0.0;
        if (u >= 1.0) {
            const double d = 1.0 / u;
            for (auto it = values.rbegin(); it != values.rend(); ++it)
                acc = acc * d + *it;
        } else {
            for (double v : values)
                acc = acc * u + v;
        }
        return acc;
    };
    constexpr double lo = -0.99;
    constexpr double hi = 10.0;

    // Descartes' rule of signs on the polynomial in d = 1/(1+x): the number of rates > -1 is
    // at most the number of sign changes of the flows. The usual investment (pay first,
    // receive later) has one change and so exactly one simple root; bracket it directly
    // instead of scanning thousands of grid points.
    int signChanges = 0;
    double lastSign = 0.0;
    for (double v : values) {
        if (v == 0.0)
            continue;
        const double sign = v > 0.0 ? 1.0 : -1.0;
        if (lastSign != 0.0 && sign != lastSign)
            ++signChanges;
        lastSign = sign;
    }
    if (signChanges == 0)
        return {};
    if (signChanges == 1) {
        // Start just inside lo: the interval is open there.
        const double a = std::nextafter(lo, hi);
        const double fa = scaledNpv(a);
        const double fb = scaledNpv(hi);
        if (fb == 0.0)
            return {hi};
        if (fa == 0.0)
            return {a};
        if (!std::isfinite(fa) || !std::isfinite(fb) || (fa > 0.0) == (fb > 0.0))
            return {}; // the only root lies outside (lo, hi]
        return {brentRoot(scaledNpv, a, hi, fa, fb)};
    }
    return findAllRoots(scaledNpv, lo, hi);
}

} // namespace fleetroi::finance
