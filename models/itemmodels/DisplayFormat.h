// SPDX-License-Identifier: GPL-3.0-or-later
// Numbers on screen: the UI locale's separators, money compacted to thousands, millions or
// billions when the analyst prefers it. Files and the command line never use this: they stay
// in the C locale.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QString>

#include <optional>

namespace fleetroi {

class DisplayFormat
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::DisplayFormat)
public:
    enum class MoneyStyle
    {
        Compact, // 1.23 bn, 45.6 m, 12.3 k
        Full,    // 1,234,567,890
    };

    // Process-wide display settings (set once from the settings dialog).
    static QLocale locale();
    static void setLocale(const QLocale &locale);
    static MoneyStyle moneyStyle();
    static void setMoneyStyle(MoneyStyle style);

    // "USD 1.23 bn" / "USD 1,234,567,890"; negative values keep their minus sign.
    static QString money(double value, const QString &currency);
    // Money without currency, e.g. "1.23 bn".
    static QString amount(double value);
    // Price with two decimals, e.g. "USD 2.35".
    static QString price(double value, const QString &currency, int decimals = 2);
    // 0.0912 -> "9.1 %".
    static QString percent(double fraction, int decimals = 1);
    static QString number(double value, int decimals = 0);
    // Hours or other large counts, compact like money.
    static QString count(double value);
    // Month index t of a scenario starting in (year, month 1..12) as "Jan 2026".
    static QString month(int startYear, int startMonth, int t);
    static QDate monthDate(int startYear, int startMonth, int t);
    // Month index as a duration: "month 14 (Mar 2027)", or "not reached".
    static QString monthOptional(std::optional<int> t, int startYear, int startMonth);
    static QString factor(double value, int decimals = 2);
};

} // namespace fleetroi
