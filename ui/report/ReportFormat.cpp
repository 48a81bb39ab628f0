// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportFormat.h"

#include <QCoreApplication>

#include <cmath>

namespace fleetroi {
namespace report {

QString ReportFormat::number(double v, int decimals) const
{
    if (!std::isfinite(v))
        return QCoreApplication::translate("fleetroi::report::ReportFormat", "n/a");
    QString s = m_locale.toString(v, 'f', decimals);
    // "-0" after rounding reads as a loss that is not there.
    const QString zero = m_locale.toString(0.0, 'f', decimals);
    if (s == m_locale.negativeSign() + zero)
        s = zero;
    return s;
}

QString ReportFormat::money(double v) const
{
    return number(v) + QLatin1Char(' ') + m_currency;
}

QString ReportFormat::thousands(double v) const
{
    return number(v / 1000.0);
}

QString ReportFormat::shortMoney(double v) const
{
    if (!std::isfinite(v))
        return QCoreApplication::translate("fleetroi::report::ReportFormat", "n/a");
    const double a = std::fabs(v);
    double scaled = v;
    QString suffix;
    if (a >= 1e12) {
        scaled = v / 1e12;
        suffix = QLatin1Char(' ') +
                 QCoreApplication::translate("fleetroi::report::ReportFormat", "T",
                                             "trillion (10^12) after an amount: $1.5 T");
    } else if (a >= 1e9) {
        scaled = v / 1e9;
        suffix = QLatin1Char(' ') +
                 QCoreApplication::translate("fleetroi::report::ReportFormat", "B",
                                             "billion (10^9) after an amount: $1.5 B");
    } else if (a >= 1e6) {
        scaled = v / 1e6;
        suffix = QLatin1Char(' ') +
                 QCoreApplication::translate("fleetroi::report::ReportFormat", "M",
                                             "million (10^6) after an amount: $1.5 M");
    } else if (a >= 1e3) {
        scaled = v / 1e3;
        suffix = QLatin1Char(' ') +
                 QCoreApplication::translate("fleetroi::report::ReportFormat", "k",
                                             "thousand (10^3) after an amount: $1.5 k");
    }
    const double sa = std::fabs(scaled);
    const int decimals = suffix.isEmpty() ? 0 : (sa >= 100 ? 0 : (sa >= 10 ? 1 : 2));
    const QString digits = number(scaled, decimals);
    if (m_currency == QLatin1String("USD")) {
        if (digits.startsWith(m_locale.negativeSign()))
            return m_locale.negativeSign() + QLatin1Char('$') +
                   digits.mid(m_locale.negativeSign().size()) + suffix;
        return QLatin1Char('$') + digits + suffix;
    }
    return m_currency + QLatin1Char(' ') + digits + suffix;
}

QString ReportFormat::percent(double fraction, int decimals) const
{
    return number(fraction * 100.0, decimals) + QStringLiteral(" %");
}

QString ReportFormat::optionalPercent(const std::optional<double> &fraction, int decimals,
                                      const QString &none) const
{
    return fraction ? percent(*fraction, decimals) : none;
}

} // namespace report
} // namespace fleetroi
