// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/IrrSearch.h"

#include "finance/RootSearch.h"

#include <algorithm>
#include <cmath>
#include <utility>

namespace fleetroi {

namespace {

constexpr double kLowestRate = -0.99;
constexpr double kHighestRate = 10.0;

// sum_t flows_t * v^(t+1) by Horner's rule: one multiply-add per month.
double polynomialAt(const std::vector<double> &flows, double v)
{
    double acc = 0.0;
    for (auto it = flows.rbegin(); it != flows.rend(); ++it)
        acc = acc * v + *it;
    return acc * v;
}

int signChanges(const std::vector<double> &flows)
{
    int changes = 0, last = 0;
    for (double f : flows) {
        const int s = f > 0.0 ? 1 : (f < 0.0 ? -1 : 0);
        if (s != 0) {
            if (last != 0 && s != last)
                ++changes;
            last = s;
        }
    }
    return changes;
}

// Several sign changes: evaluate the NPV on a grid uniform in log(1 + x) (2,048 points,
// a step of 0.23 % in 1 + x), bracket every sign change and exact zero, refine each with
// Brent. The grid runs over v = (1 + x)^(-1/12), so each point costs one multiply-add per
// month, and the loop over points is laid out so the compiler vectorizes it.
template <class F> std::vector<double> scanForRoots(const std::vector<double> &flows, F &&f)
{
    constexpr int kPoints = 2048;
    static const std::vector<double> grid = [] {
        std::vector<double> x(kPoints + 1);
        const double a = std::log1p(kLowestRate), b = std::log1p(kHighestRate);
        for (int i = 0; i <= kPoints; ++i)
            x[std::size_t(i)] = std::expm1(a + (b - a) * i / kPoints);
        x.back() = kHighestRate;
        return x;
    }();
    static const std::vector<double> v = [] {
        std::vector<double> out(grid.size());
        for (std::size_t i = 0; i < grid.size(); ++i)
            out[i] = std::pow(1.0 + grid[i], -1.0 / 12.0);
        return out;
    }();
    std::vector<double> npv(grid.size(), 0.0);
    double *acc = npv.data();
    const double *vv = v.data();
    const std::size_t n = grid.size();
    for (auto it = flows.rbegin(); it != flows.rend(); ++it) {
        const double c = *it;
        for (std::size_t i = 0; i < n; ++i)
            acc[i] = acc[i] * vv[i] + c;
    }
    for (std::size_t i = 0; i < n; ++i)
        acc[i] *= vv[i];

    std::vector<double> roots;
    for (std::size_t i = 1; i < n; ++i) {
        const double a = npv[i - 1], b = npv[i];
        if (b == 0.0) {
            roots.push_back(grid[i]);
        } else if (a != 0.0 && (a < 0.0) != (b < 0.0)) {
            roots.push_back(finance::brentRoot(f, grid[i - 1], grid[i], a, b));
        }
    }
    return roots;
}

} // namespace

double monthlyFlowsNpv(const std::vector<double> &monthlyFlows, double annualRate)
{
    return polynomialAt(monthlyFlows, std::pow(1.0 + annualRate, -1.0 / 12.0));
}

std::vector<double> annualIrrRoots(const std::vector<double> &monthlyFlows)
{
    const int changes = signChanges(monthlyFlows);
    if (changes == 0)
        return {};
    auto f = [&monthlyFlows](double x) {
        return monthlyFlowsNpv(monthlyFlows, x);
    };
    if (changes == 1) {
        // At most one root for x > -1 (Descartes); it lies in the range iff the NPV at the
        // open lower end and at the upper end differ in sign, or the upper end is a root.
        const double fhi = f(kHighestRate);
        if (fhi == 0.0)
            return {kHighestRate};
        const double flo = f(kLowestRate);
        if ((flo < 0.0) == (fhi < 0.0) || flo == 0.0)
            return {};
        return {finance::brentRoot(f, kLowestRate, kHighestRate, flo, fhi)};
    }
    return scanForRoots(monthlyFlows, f);
}

} // namespace fleetroi
