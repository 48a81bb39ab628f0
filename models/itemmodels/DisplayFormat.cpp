// SPDX-License-Identifier: GPL-3.0-or-later
#include "DisplayFormat.h"

#include <cmath>

namespace fleetroi {

namespace {
QLocale g_locale;
DisplayFormat::MoneyStyle g_style = DisplayFormat::MoneyStyle::Compact;
} // namespace

QLocale DisplayFormat::locale()
{
    return g_locale;
}
void DisplayFormat::setLocale(const QLocale &locale)
{
    g_locale = locale;
}
DisplayFormat::MoneyStyle DisplayFormat::moneyStyle()
{
    return g_style;
}
void DisplayFormat::setMoneyStyle(MoneyStyle style)
{
    g_style = style;
}

QString DisplayFormat::amount(double v)
{
    if (!std::isfinite(v))
        return tr("n/a");
    if (g_style == MoneyStyle::Full)
        return g_locale.toString(v, 'f', std::abs(v) < 100 ? 2 : 0);
    const double a = std::abs(v);
    if (a >= 1e9)
        return tr("%1 bn").arg(g_locale.toString(v / 1e9, 'f', 2));
    if (a >= 1e6)
        return tr("%1 m").arg(g_locale.toString(v / 1e6, 'f', a >= 1e8 ? 0 : 1));
    if (a >= 1e4)
        return tr("%1 k").arg(g_locale.toString(v / 1e3, 'f', 1));
    return g_locale.toString(v, 'f', a < 100 ? 2 : 0);
}

QString DisplayFormat::money(double v, const QString &currency)
{
    return currency + u' ' + amount(v);
}

QString DisplayFormat::price(double v, const QString &currency, int decimals)
{
    return currency + u' ' + g_locale.toString(v, 'f', decimals);
}

QString DisplayFormat::percent(double fraction, int decimals)
{
    if (!std::isfinite(fraction))
        return tr("n/a");
    return g_locale.toString(fraction * 100.0, 'f', decimals) + QStringLiteral(" %");
}

QString DisplayFormat::number(double v, int decimals)
{
    return g_locale.toString(v, 'f', decimals);
}

QString DisplayFormat::count(double v)
{
    if (g_style == MoneyStyle::Full)
        return g_locale.toString(v, 'f', 0);
    return amount(v);
}

QDate DisplayFormat::monthDate(int startYear, int startMonth, int t)
{
    return QDate(startYear, startMonth, 1).addMonths(t);
}

QString DisplayFormat::month(int startYear, int startMonth, int t)
{
    return g_locale.toString(monthDate(startYear, startMonth, t), QStringLiteral("MMM yyyy"));
}

QString DisplayFormat::monthOptional(std::optional<int> t, int startYear, int startMonth)
{
    if (!t)
        return tr("not reached");
    return tr("month %1 (%2)").arg(*t).arg(month(startYear, startMonth, *t));
}

QString DisplayFormat::factor(double v, int decimals)
{
    return g_locale.toString(v, 'f', decimals) + QStringLiteral(" ×");
}

} // namespace fleetroi
