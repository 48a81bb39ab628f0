// SPDX-License-Identifier: GPL-3.0-or-later
// The formulas mirror LibreOffice Calc 7.4 (ScGetPMT, ScGetFV, ScGetPV, ScGetIpmt, ScNper,
// RateIteration, ScCumIpmt, ScCumPrinc) as documented in SEMANTICS.md. (1+r)^n is evaluated as
// exp(n log1p(r)) and (1+r)^n - 1 as expm1(n log1p(r)) where LibreOffice does, which keeps
// small rates (1e-6 per period) accurate.
#include "Annuity.h"

#include "SpreadsheetMath.h"

#include <cmath>

namespace fleetroi::finance {

namespace {

constexpr double kRateStepTolerance = 1e-7; // LibreOffice's SCdEpsilon

double pmtCore(double rate, double nper, double pv, double fv, bool advance)
{
    double payment;
    if (rate == 0.0) {
        payment = (pv + fv) / nper;
    } else {
        const double growth = std::exp(nper * std::log1p(rate));
        if (advance)
            payment =
                (fv + pv * growth) * rate / (std::expm1((nper + 1.0) * std::log1p(rate)) - rate);
        else
            payment = (fv + pv * growth) * rate / std::expm1(nper * std::log1p(rate));
    }
    return -payment;
}

double fvCore(double rate, double nper, double pmt, double pv, bool advance)
{
    double value;
    if (rate == 0.0) {
        value = pv + pmt * nper;
    } else {
        const double term = std::pow(1.0 + rate, nper);
        if (advance)
            value = pv * term + pmt * (1.0 + rate) * (term - 1.0) / rate;
        else
            value = pv * term + pmt * (term - 1.0) / rate;
    }
    return -value;
}

double pvCore(double rate, double nper, double pmt, double fv, bool advance)
{
    double value;
    if (rate == 0.0) {
        value = fv + pmt * nper;
    } else if (advance) {
        value = fv * std::pow(1.0 + rate, -nper) +
                pmt * (1.0 - std::pow(1.0 + rate, -nper + 1.0)) / rate + pmt;
    } else {
        value = fv * std::pow(1.0 + rate, -nper) + pmt * (1.0 - std::pow(1.0 + rate, -nper)) / rate;
    }
    return -value;
}

// Interest in period `per`, i.e. rate times the balance outstanding during it; also returns
// the payment so PPMT does not recompute it.
double ipmtCore(double rate, double per, double nper, double pv, double fv, bool advance,
                double &payment)
{
    payment = pmtCore(rate, nper, pv, fv, advance);
    double balance;
    if (per == 1.0)
        balance = advance ? 0.0 : -pv;
    else if (advance)
        balance = fvCore(rate, per - 2.0, payment, pv, true) - payment;
    else
        balance = fvCore(rate, per - 1.0, payment, pv, false);
    return balance * rate;
}

// LibreOffice's RateIteration: Newton on fv + pv (1+x)^n + pmt ((1+x)^n - 1)/x = 0.
// Integer and non-integer nper are iterated differently, as in the spreadsheet.
bool rateIteration(double nper, double payment, double pv, double fv, bool advance, double &guess)
{
    constexpr int maxIterations = 150;
    constexpr double termTolerance = 1e-14;
    bool valid = true;
    bool found = false;
    int count = 0;
    if (advance) {
        fv = fv - payment;
        pv = pv + payment;
    }
    double x;
    if (nper == std::round(nper)) {
        x = guess;
        while (!found && count < maxIterations) {
            const double powNminus1 = std::pow(1.0 + x, nper - 1.0);
            const double powN = powNminus1 * (1.0 + x);
            double geoSeries;
            double geoSeriesDerivative;
            if (x == 0.0) {
                geoSeries = nper;
                geoSeriesDerivative = nper * (nper - 1.0) / 2.0;
            } else {
                geoSeries = (powN - 1.0) / x;
                geoSeriesDerivative = nper * powNminus1 / x - geoSeries / x;
            }
            const double term = fv + pv * powN + payment * geoSeries;
            const double termDerivative = pv * nper * powNminus1 + payment * geoSeriesDerivative;
            if (std::abs(term) < termTolerance) {
                found = true;
            } else {
                const double xNew = termDerivative == 0.0 ? x + 1.1 * kRateStepTolerance
                                                          : x - term / termDerivative;
                ++count;
                found = std::abs(xNew - x) < kRateStepTolerance;
                x = xNew;
            }
        }
        valid = x > -1.0;
    } else {
        x = guess < -1.0 ? -1.0 : guess;
        while (valid && !found && count < maxIterations) {
            double geoSeries;
            double geoSeriesDerivative;
            if (x == 0.0) {
                geoSeries = nper;
                geoSeriesDerivative = nper * (nper - 1.0) / 2.0;
            } else {
                geoSeries = (std::pow(1.0 + x, nper) - 1.0) / x;
                geoSeriesDerivative = nper * std::pow(1.0 + x, nper - 1.0) / x - geoSeries / x;
            }
            const double term = fv + pv * std::pow(1.0 + x, nper) + payment * geoSeries;
            const double termDerivative =
                pv * nper * std::pow(1.0 + x, nper - 1.0) + payment * geoSeriesDerivative;
            if (std::abs(term) < termTolerance) {
                found = true;
            } else {
                const double xNew = termDerivative == 0.0 ? x + 1.1 * kRateStepTolerance
                                                          : x - term / termDerivative;
                ++count;
                found = std::abs(xNew - x) < kRateStepTolerance;
                x = xNew;
                valid = x >= -1.0; // otherwise pow(1 + x, nper) is undefined
            }
        }
    }
    guess = x;
    return valid && found;
}

// Shared validation of CUMIPMT/CUMPRINC; floors the periods.
bool cumulativeArgumentsValid(double rate, double nper, double pv, double &start, double &end,
                              double type)
{
    start = detail::approxFloor(start);
    end = detail::approxFloor(end);
    return !(start < 1.0 || end < start || rate <= 0.0 || end > nper || nper <= 0.0 || pv <= 0.0 ||
             (type != 0.0 && type != 1.0) || end > detail::kMaxLoopPeriods);
}

} // namespace

Result<double> pmt(double rate, double nper, double pv, double fv, double type)
{
    return finiteOr(pmtCore(rate, nper, pv, fv, type != 0.0), Error::NoSolution);
}

Result<double> ipmt(double rate, double per, double nper, double pv, double fv, double type)
{
    if (per < 1.0 || per > nper)
        return Error::InvalidArgument;
    double payment;
    return finiteOr(ipmtCore(rate, per, nper, pv, fv, type != 0.0, payment), Error::NoSolution);
}

Result<double> ppmt(double rate, double per, double nper, double pv, double fv, double type)
{
    if (per < 1.0 || per > nper)
        return Error::InvalidArgument;
    double payment;
    const double interest = ipmtCore(rate, per, nper, pv, fv, type != 0.0, payment);
    return finiteOr(payment - interest, Error::NoSolution);
}

Result<double> pv(double rate, double nper, double pmt, double fv, double type)
{
    return finiteOr(pvCore(rate, nper, pmt, fv, type != 0.0), Error::NoSolution);
}

Result<double> fv(double rate, double nper, double pmt, double pv, double type)
{
    return finiteOr(fvCore(rate, nper, pmt, pv, type != 0.0), Error::NoSolution);
}

Result<double> nper(double rate, double pmt, double pv, double fv, double type)
{
    // The amount to move from pv to fv is fv + pv (ODFF 1.2): nothing to pay takes 0 periods.
    if (pv + fv == 0.0)
        return 0.0;
    double periods;
    if (rate == 0.0)
        periods = -(pv + fv) / pmt;
    else if (type != 0.0)
        periods = std::log(-(rate * fv - pmt * (1.0 + rate)) / (rate * pv + pmt * (1.0 + rate))) /
                  std::log1p(rate);
    else
        periods = std::log(-(rate * fv - pmt) / (rate * pv + pmt)) / std::log1p(rate);
    return finiteOr(periods, Error::NoSolution);
}

Result<double> rate(double nper, double pmt, double pv, double fv, double type,
                    std::optional<double> guess)
{
    if (nper <= 0.0)
        return Error::InvalidArgument;
    const bool advance = type != 0.0;
    const double firstGuess = guess.value_or(0.1);
    double x = firstGuess;
    bool valid = rateIteration(nper, pmt, pv, fv, advance, x);
    if (!valid && !guess) {
        // Only an omitted guess gets retries: 0.1 k and 0.1 / k for k = 2..10.
        for (int step = 2; step <= 10 && !valid; ++step) {
            x = firstGuess * step;
            valid = rateIteration(nper, pmt, pv, fv, advance, x);
            if (!valid) {
                x = firstGuess / step;
                valid = rateIteration(nper, pmt, pv, fv, advance, x);
            }
        }
    }
    if (!valid)
        return Error::NoConvergence;
    return finiteOr(x, Error::NoConvergence);
}

Result<double> cumipmt(double rate, double nper, double pv, double startPeriod, double endPeriod,
                       double type)
{
    if (!cumulativeArgumentsValid(rate, nper, pv, startPeriod, endPeriod, type))
        return Error::InvalidArgument;
    const bool advance = type == 1.0;
    long start = static_cast<long>(startPeriod);
    const long end = static_cast<long>(endPeriod);
    const double payment = pmtCore(rate, nper, pv, 0.0, advance);
    // Sum of balances outstanding, times the rate at the end.
    detail::NeumaierSum balances;
    if (start == 1) {
        if (!advance)
            balances += -pv;
        ++start;
    }
    for (long i = start; i <= end; ++i) {
        if (advance)
            balances += fvCore(rate, static_cast<double>(i - 2), payment, pv, true) - payment;
        else
            balances += fvCore(rate, static_cast<double>(i - 1), payment, pv, false);
    }
    return finiteOr(balances.get() * rate, Error::NoSolution);
}

Result<double> cumprinc(double rate, double nper, double pv, double startPeriod, double endPeriod,
                        double type)
{
    if (!cumulativeArgumentsValid(rate, nper, pv, startPeriod, endPeriod, type))
        return Error::InvalidArgument;
    const bool advance = type == 1.0;
    long start = static_cast<long>(startPeriod);
    const long end = static_cast<long>(endPeriod);
    const double payment = pmtCore(rate, nper, pv, 0.0, advance);
    detail::NeumaierSum principal;
    if (start == 1) {
        principal += advance ? payment : payment + pv * rate;
        ++start;
    }
    for (long i = start; i <= end; ++i) {
        if (advance)
            principal +=
                payment -
                (fvCore(rate, static_cast<double>(i - 2), payment, pv, true) - payment) * rate;
        else
            principal +=
                payment - fvCore(rate, static_cast<double>(i - 1), payment, pv, false) * rate;
    }
    return finiteOr(principal.get(), Error::NoSolution);
}

} // namespace fleetroi::finance
