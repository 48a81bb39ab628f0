// SPDX-License-Identifier: GPL-3.0-or-later
// Result type of every finance function: a value or an error, never an exception and never
// NaN/inf. Modelled on std::expected (C++23), which GCC 12 does not have.
#pragma once

#include <cassert>
#include <cmath>
#include <string_view>
#include <utility>

namespace fleetroi::finance {

// Why a finance function produced no number. The LibreOffice code each one corresponds to is
// noted; several LibreOffice codes collapse onto the same reason.
enum class Error
{
    DivisionByZero,  // #DIV/0!: a divisor (e.g. a life) is zero
    InvalidArgument, // Err:502: an argument is outside the function's domain
    NoConvergence,   // Err:523: an iteration (IRR, RATE, XIRR) did not converge
    NoSolution,      // #NUM!: the result is not a finite number / no solution exists
};

constexpr std::string_view errorText(Error error) noexcept
{
    switch (error) {
    case Error::DivisionByZero:
        return "division by zero";
    case Error::InvalidArgument:
        return "invalid argument";
    case Error::NoConvergence:
        return "no convergence";
    case Error::NoSolution:
        return "no solution";
    }
    return "unknown error";
}

template <class T> class [[nodiscard]] Result
{
public:
    // Implicit on purpose so functions can `return value;` and `return Error::X;`.
    Result(T value) noexcept(std::is_nothrow_move_constructible_v<T>)
        : m_value(std::move(value))
    {}
    Result(Error error) noexcept
        : m_value()
        , m_error(error)
        , m_ok(false)
    {}

    bool ok() const noexcept { return m_ok; }
    explicit operator bool() const noexcept { return m_ok; }

    // Precondition: ok().
    const T &value() const noexcept
    {
        assert(m_ok && "Result::value() called on an error");
        return m_value;
    }
    T valueOr(T fallback) const { return m_ok ? m_value : std::move(fallback); }

    // Precondition: !ok().
    Error error() const noexcept
    {
        assert(!m_ok && "Result::error() called on a value");
        return m_error;
    }
    // Empty when ok().
    std::string_view errorText() const noexcept
    {
        return m_ok ? std::string_view() : finance::errorText(m_error);
    }

private:
    T m_value;
    Error m_error = Error::NoSolution;
    bool m_ok = true;
};

// A double result, turned into `error` when it is NaN or +-inf (spreadsheets never show those).
inline Result<double> finiteOr(double value, Error error) noexcept
{
    if (std::isfinite(value))
        return value;
    return error;
}

} // namespace fleetroi::finance
