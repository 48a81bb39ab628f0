// SPDX-License-Identifier: GPL-3.0-or-later
// Tolerance comparison for the tests: one rule, one failure message (issue #13 item 4).
//
//   |got - expected| <= max(relative x |expected|, absolute)
//
// `relative` is a fraction of the expected value, `absolute` a floor in the value's own unit
// (money, hours, ...) for expected values at or near zero, where a relative tolerance alone
// would demand exact equality (QCOMPARE's fuzzy compare fails there). NaN never compares
// within any tolerance. Header-only: every test target gets tests/common on its include path
// (tests/CMakeLists.txt).
#pragma once

#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace fleetroi_test {

struct Tolerance
{
    double relative = 0.0; // fraction of |expected|
    double absolute = 0.0; // floor, in the unit of the values

    static constexpr Tolerance relAbs(double rel, double abs) { return {rel, abs}; }
    // tol x max(1, |expected|): relative above 1, absolute below.
    static constexpr Tolerance scaled(double tol) { return {tol, tol}; }

    // The largest difference allowed for `expected`.
    double allowed(double expected) const
    {
        return std::max(relative * std::fabs(expected), absolute);
    }
};

// True when `got` lies within `tol` of `expected` (the rule above; false for NaN).
inline bool withinTolerance(double got, double expected, Tolerance tol)
{
    return std::fabs(got - expected) <= tol.allowed(expected);
}

// "got G, expected E, difference D, allowed A (relative R, absolute F)", 17 significant digits
// so that a difference in the last place shows.
inline QString toleranceMismatch(double got, double expected, Tolerance tol)
{
    return QStringLiteral("got %1, expected %2, difference %3, allowed %4 (relative %5, "
                          "absolute %6)")
        .arg(got, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(got - expected, 0, 'g', 3)
        .arg(tol.allowed(expected), 0, 'g', 3)
        .arg(tol.relative, 0, 'g', 3)
        .arg(tol.absolute, 0, 'g', 3);
}

// The note of FLEETROI_VERIFY_NEAR2 as text, whether given as QString or as C string.
inline QString noteText(const QString &note)
{
    return note;
}
inline QString noteText(const char *note)
{
    return QString::fromUtf8(note);
}

} // namespace fleetroi_test

// Verifies inside a Qt Test function that `got` is within `tol` (a fleetroi_test::Tolerance)
// of `expected`; on failure the message names the expression and shows both values, the
// difference and the tolerance. Each argument is evaluated once.
#define FLEETROI_VERIFY_NEAR(got, expected, tol)                                                   \
    do {                                                                                           \
        const double fleetroiGot_ = (got);                                                         \
        const double fleetroiExpected_ = (expected);                                               \
        const ::fleetroi_test::Tolerance fleetroiTol_ = (tol);                                     \
        QVERIFY2(::fleetroi_test::withinTolerance(fleetroiGot_, fleetroiExpected_, fleetroiTol_),  \
                 qPrintable(QStringLiteral(#got ": ") +                                            \
                            ::fleetroi_test::toleranceMismatch(fleetroiGot_, fleetroiExpected_,    \
                                                               fleetroiTol_)));                    \
    } while (false)

// The same with an extra note (a loop index, a series name) in front of the message.
#define FLEETROI_VERIFY_NEAR2(got, expected, tol, note)                                            \
    do {                                                                                           \
        const double fleetroiGot_ = (got);                                                         \
        const double fleetroiExpected_ = (expected);                                               \
        const ::fleetroi_test::Tolerance fleetroiTol_ = (tol);                                     \
        QVERIFY2(::fleetroi_test::withinTolerance(fleetroiGot_, fleetroiExpected_, fleetroiTol_),  \
                 qPrintable(::fleetroi_test::noteText(note) + QStringLiteral(": " #got ": ") +     \
                            ::fleetroi_test::toleranceMismatch(fleetroiGot_, fleetroiExpected_,    \
                                                               fleetroiTol_)));                    \
    } while (false)
