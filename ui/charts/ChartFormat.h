// SPDX-License-Identifier: GPL-3.0-or-later
// Number and month formatting shared by every chart (axes, hover text, labels) and usable by
// the report. Plain functions so they are unit-tested without a widget.
//
// Conventions: money is in the scenario's currency, never converted; "USD" is shown as the
// symbol "$", every other ISO code as a prefix ("EUR 1.2B"). Negative values put the minus
// sign first ("-$1.2M"). NaN (a missing value) shows as an en dash. Separators follow en_US
// (decimal point, comma groups) because the application's strings and number inputs are English;
// pass another locale to override.
#pragma once

#include <QLocale>
#include <QString>

namespace fleetroi {
namespace charts {

// Abbreviated number for axis ticks and chart labels, never fewer than three significant
// digits so neighbouring ticks and bars stay distinguishable:
// 1234 -> "1.23K", 1'500'000 -> "1.50M", 1.25e9 -> "1.25B", 1.2e9 -> "1.20B",
// -2.5e9 -> "-2.50B", 3e12 -> "3.00T", 123'456 -> "123K", values that round up to the next
// unit are promoted (999'960 -> "1.00M"). Below 1000 a whole number is shown in full
// (950 -> "950", 12 -> "12": nothing is rounded away) and any other value with at least
// three significant digits and two decimals (2.35 -> "2.35", 2.5 -> "2.50", 0.0123 ->
// "0.0123", 123.456 -> "123.46"); below 0.005 -> "0". NaN or infinity -> en dash.
QString formatAbbreviated(double value,
                          const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));

// Abbreviated money for axes and labels (formatAbbreviated's digits): formatMoney(1.25e9,
// "USD") -> "$1.25B", formatMoney(1.2e9, "EUR") -> "EUR 1.20B", formatMoney(-3400, "USD") ->
// "-$3.40K".
QString formatMoney(double value, const QString &currency,
                    const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));

// Full money with thousands separators for hover text and tables:
// formatMoneyFull(1234567.891, "USD") -> "$1,234,568"; decimals = digits after the point.
QString formatMoneyFull(double value, const QString &currency, int decimals = 0,
                        const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));

// A plain number with thousands separators: 1234567.5 -> "1,234,568" (decimals = 0).
QString formatNumber(double value, int decimals = 0,
                     const QLocale &locale = QLocale(QLocale::English, QLocale::UnitedStates));

// The prefix a currency code is shown with: "USD" -> "$", "EUR" -> "EUR ", "" -> "".
QString currencyPrefix(const QString &currency);

// Calendar month label "YYYY-MM" of month index t counted from (startYear, startMonth 1..12).
QString monthLabel(int startYear, int startMonth, int t);

// Parses "YYYY-MM" into year and month (1..12); false when the text is not a month.
bool parseMonth(const QString &text, int *year, int *month);

} // namespace charts
} // namespace fleetroi
