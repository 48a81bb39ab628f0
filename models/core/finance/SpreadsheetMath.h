// SPDX-License-Identifier: GPL-3.0-or-later
// Numeric helpers that reproduce LibreOffice Calc's arithmetic conventions, so the finance
// functions can replicate its algorithms step for step (SEMANTICS.md, section 0). Internal to
// the finance library.
#pragma once

#include <cmath>

namespace fleetroi::finance::detail {

// Functions that loop once per period (VDB, CUMIPMT, CUMPRINC) refuse more periods than this
// (83,000 years of months) instead of looping for hours or overflowing an integer; the
// spreadsheet has no such limit, but no real schedule comes near it.
inline constexpr double kMaxLoopPeriods = 1e6;

// Rounds to 15 significant decimal digits, as spreadsheets do before flooring integer
// arguments (so 2.9999999999999996 counts as 3).
double approxValue(double value);
inline double approxFloor(double value)
{
    return std::floor(approxValue(value));
}
inline double approxCeil(double value)
{
    return std::ceil(approxValue(value));
}

// Equal within 2^-48 relative, LibreOffice's rtl::math::approxEqual.
inline bool approxEqual(double a, double b)
{
    if (a == b)
        return true;
    const double diff = std::abs(a - b);
    return diff < std::abs(a) * (1.0 / (16777216.0 * 16777216.0));
}

// Neumaier (improved Kahan) summation with LibreOffice's twist: the most recent addend is
// held back and, if it cancels the running total to within approxEqual, the sum is exactly 0.
class NeumaierSum
{
public:
    void add(double x)
    {
        if (x == 0.0)
            return;
        if (m_pending == 0.0) {
            m_pending = x;
            return;
        }
        accumulate(m_pending);
        m_pending = x;
    }
    NeumaierSum &operator+=(double x)
    {
        add(x);
        return *this;
    }

    double get() const
    {
        const double total = m_sum + m_error;
        if (m_pending == 0.0)
            return total;
        if (((m_pending < 0.0 && total > 0.0) || (total < 0.0 && m_pending > 0.0)) &&
            approxEqual(m_pending, -total))
            return 0.0;
        double sum = m_sum;
        double error = m_error;
        step(sum, error, m_pending);
        return sum + error;
    }

private:
    static void step(double &sum, double &error, double x)
    {
        const double t = sum + x;
        if (std::abs(sum) >= std::abs(x))
            error += (sum - t) + x;
        else
            error += (x - t) + sum;
        sum = t;
    }
    void accumulate(double x) { step(m_sum, m_error, x); }

    double m_sum = 0.0;
    double m_error = 0.0;
    double m_pending = 0.0;
};

} // namespace fleetroi::finance::detail
