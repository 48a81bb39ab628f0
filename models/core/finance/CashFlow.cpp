// SPDX-License-Identifier: GPL-3.0-or-later
// The iterations mirror LibreOffice Calc 7.4 (ScNPV, ScIRR, ScMIRR in sc/, getXnpv and getXirr
// in the analysis add-in) step for step, as documented in SEMANTICS.md: whether a spreadsheet
// IRR converges in its 20 steps decides between a number and an error, so the same sums, the
// same pow() calls and the same stopping tests are used here.
#include "CashFlow.h"

#include "RootSearch.h"
#include "SpreadsheetMath.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetroi::finance {

namespace {

constexpr double kIrrTolerance = 1e-7; // LibreOffice's SCdEpsilon
constexpr int kIrrMaxIterations = 20;

// XIRR's f(r) and f'(r), as the analysis add-in computes them.
double xirrValue(const std::vector<double> &values, const std::vector<DayNumber> &dates,
                 double rate)
{
    const double d0 = dates[0];
    const double r = rate + 1.0;
    double result = values[0];
    for (std::size_t i = 1; i < values.size(); ++i)
        result += values[i] / std::pow(r, (dates[i] - d0) / 365.0);
    return result;
}

double xirrDerivative(const std::vector<double> &values, const std::vector<DayNumber> &dates,
                      double rate)
{
    const double d0 = dates[0];
    const double r = rate + 1.0;
    double result = 0.0;
    for (std::size_t i = 1; i < values.size(); ++i) {
        const double e = (dates[i] - d0) / 365.0;
        result -= e * values[i] / std::pow(r, e + 1.0);
    }
    return result;
}

} // namespace

Result<double> npv(double rate, const std::vector<double> &values)
{
    detail::NeumaierSum sum;
    double count = 1.0;
    for (double v : values) {
        sum += v / std::pow(1.0 + rate, count);
        count += 1.0;
    }
    return finiteOr(sum.get(), Error::NoSolution);
}

Result<double> xnpv(double rate, const std::vector<double> &values,
                    const std::vector<DayNumber> &dates)
{
    if (values.size() < 2 || values.size() != dates.size())
        return Error::InvalidArgument;
    const double base = dates[0];
    const double r = rate + 1.0;
    double result = 0.0;
    for (std::size_t i = 0; i < values.size(); ++i)
        result += values[i] / std::pow(r, (dates[i] - base) / 365.0);
    return finiteOr(result, Error::NoSolution);
}

Result<double> irrSpreadsheet(const std::vector<double> &values, double guess)
{
    if (values.empty())
        return Error::InvalidArgument;
    double x = guess == -1.0 ? 0.1 : guess; // -1 would divide by zero at once
    double eps = 1.0;
    int iterations = 0;
    while (eps > kIrrTolerance && iterations < kIrrMaxIterations) {
        detail::NeumaierSum nominator;
        detail::NeumaierSum denominator;
        double count = 0.0;
        for (double v : values) {
            nominator += v / std::pow(1.0 + x, count);
            denominator += -count * v / std::pow(1.0 + x, count + 1.0);
            count += 1.0;
        }
        // Plain IEEE division: 0/0 gives NaN, which ends the loop unconverged.
        const double xNew = x - nominator.get() / denominator.get();
        ++iterations;
        eps = std::abs(xNew - x);
        x = xNew;
    }
    if (guess == 0.0 && std::abs(x) < kIrrTolerance)
        x = 0.0;
    if (eps < kIrrTolerance && std::isfinite(x))
        return x;
    return Error::NoConvergence;
}

Result<double> irr(const std::vector<double> &values, double guess)
{
    const Result<double> spreadsheet = irrSpreadsheet(values, guess);
    if (spreadsheet.ok() || values.empty())
        return spreadsheet;
    // The spreadsheet's Newton run missed; search the whole sensible range instead and take
    // the root nearest to where the caller expected it.
    const std::vector<double> roots = irrAllRoots(values);
    if (roots.empty())
        return Error::NoSolution;
    const double target = guess == -1.0 ? 0.1 : guess;
    const auto nearest = std::min_element(roots.begin(), roots.end(), [&](double a, double b) {
        return std::abs(a - target) < std::abs(b - target);
    });
    // The root search works on a rescaled polynomial; among the neighbouring doubles keep the
    // one whose NPV, evaluated the ordinary way, is closest to zero. Far from 0 % (say -13 % a
    // month over 240 months) NPV changes by more than the flows' size per ulp of the rate.
    auto npvAt = [&values](double x) {
        detail::NeumaierSum sum;
        double count = 0.0;
        for (double v : values) {
            sum += v / std::pow(1.0 + x, count);
            count += 1.0;
        }
        return std::abs(sum.get());
    };
    double best = *nearest;
    double bestNpv = npvAt(best);
    for (const double direction : {-1.0, 1.0}) {
        double x = *nearest;
        for (int step = 0; step < 8 && bestNpv > 0.0; ++step) {
            x = std::nextafter(x, direction * std::numeric_limits<double>::infinity());
            const double value = npvAt(x);
            if (value < bestNpv) {
                best = x;
                bestNpv = value;
            }
        }
    }
    return best;
}

Result<double> xirr(const std::vector<double> &values, const std::vector<DayNumber> &dates,
                    double guess)
{
    if (values.size() < 2 || values.size() != dates.size())
        return Error::InvalidArgument;
    if (guess <= -1.0)
        return Error::InvalidArgument;
    constexpr double maxEps = 1e-10; // on the rate step and on |f| (money units)
    constexpr int maxIterations = 50;
    constexpr int maxScan = 200;
    double rate = guess;
    double value = 0.0;
    bool continueLoop = false;
    int scan = 0;
    do {
        // Run 0 starts at the guess; runs 1..199 restart at -0.99, -0.98, ..., 0.99.
        if (scan >= 1)
            rate = -0.99 + (scan - 1) * 0.01;
        int iterations = 0;
        do {
            value = xirrValue(values, dates, rate);
            const double newRate = rate - value / xirrDerivative(values, dates, rate);
            const double rateEps = std::abs(newRate - rate);
            rate = newRate;
            continueLoop = rateEps > maxEps && std::abs(value) > maxEps;
        } while (continueLoop && ++iterations < maxIterations);
        if (!std::isfinite(rate) || !std::isfinite(value))
            continueLoop = true;
        ++scan;
    } while (continueLoop && scan < maxScan);
    if (continueLoop)
        return Error::NoConvergence;
    return finiteOr(rate, Error::NoConvergence);
}

Result<double> mirr(const std::vector<double> &values, double financeRate, double reinvestRate)
{
    const double reinvest1 = reinvestRate + 1.0;
    const double finance1 = financeRate + 1.0;
    detail::NeumaierSum npvReinvest;
    detail::NeumaierSum npvInvest;
    double powReinvest = 1.0;
    double powInvest = 1.0;
    bool hasPositive = false;
    bool hasNegative = false;
    for (double v : values) {
        if (v > 0.0) {
            hasPositive = true;
            npvReinvest += v * powReinvest;
        } else if (v < 0.0) {
            hasNegative = true;
            npvInvest += v * powInvest;
        }
        powReinvest /= reinvest1;
        powInvest /= finance1;
    }
    if (!hasPositive || !hasNegative || values.size() < 2)
        return Error::InvalidArgument;
    const double periods = static_cast<double>(values.size() - 1);
    double result = -npvReinvest.get() / npvInvest.get();
    result *= std::pow(reinvest1, periods);
    result = std::pow(result, 1.0 / periods);
    return finiteOr(result - 1.0, Error::NoSolution);
}

} // namespace fleetroi::finance
