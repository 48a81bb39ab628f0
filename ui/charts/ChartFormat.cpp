// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartFormat.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <cmath>

namespace fleetroi {
namespace charts {

namespace {

// Drops trailing zeros after the decimal point, and the point itself ("1.50" -> "1.5").
QString stripZeros(QString text, const QLocale &locale)
{
    const QString point = locale.decimalPoint();
    if (!text.contains(point))
        return text;
    while (text.endsWith(QLatin1Char('0')))
        text.chop(1);
    if (text.endsWith(point))
        text.chop(point.size());
    return text;
}

} // namespace

QString formatAbbreviated(double value, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const bool negative = value < 0;
    double magnitude = std::abs(value);
    // The unit letters are translated: a German reader takes "B" for Billion (10^12).
    static const struct
    {
        double scale;
        struct
        {
            const char *source;
            const char *comment;
        } suffix; // QT_TRANSLATE_NOOP3 gives {source, comment}
    } units[] = {{1e12, QT_TRANSLATE_NOOP3("fleetroi::charts::ChartFormat", "T",
                                           "trillion (10^12) after an abbreviated amount: 1.5T")},
                 {1e9, QT_TRANSLATE_NOOP3("fleetroi::charts::ChartFormat", "B",
                                          "billion (10^9) after an abbreviated amount: 1.5B")},
                 {1e6, QT_TRANSLATE_NOOP3("fleetroi::charts::ChartFormat", "M",
                                          "million (10^6) after an abbreviated amount: 1.5M")},
                 {1e3, QT_TRANSLATE_NOOP3("fleetroi::charts::ChartFormat", "K",
                                          "thousand (10^3) after an abbreviated amount: 1.5K")}};

    QString body;
    // Below 1000: up to two decimals (prices per hour need them). 999.996 rounds to 1000 and
    // is then shown as "1K" by the loop below.
    if (std::round(magnitude * 100.0) / 100.0 < 1000.0) {
        QLocale plain = locale;
        plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        body = stripZeros(plain.toString(magnitude, 'f', 2), locale);
        if (body == QLatin1String("0"))
            return body; // no "-0"
    } else {
        // Pick the unit, promoting when rounding reaches 1000 of it (999'960 -> 1M).
        int unit = 3;
        for (int i = 0; i < 4; ++i) {
            if (magnitude >= units[i].scale * 0.9995) {
                unit = i;
                break;
            }
        }
        const double scaled = magnitude / units[unit].scale;
        // Three significant digits: one decimal below 100 units, none above.
        int decimals = scaled < 99.95 ? 1 : 0;
        double rounded = std::round(scaled * std::pow(10.0, decimals)) / std::pow(10.0, decimals);
        if (rounded >= 1000.0 && unit > 0) {
            --unit;
            rounded = std::round(magnitude / units[unit].scale * 10.0) / 10.0;
            decimals = 1;
        }
        QLocale plain = locale;
        plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
        body = stripZeros(plain.toString(rounded, 'f', decimals), locale) %
               QCoreApplication::translate("fleetroi::charts::ChartFormat",
                                           units[unit].suffix.source, units[unit].suffix.comment);
    }
    return negative ? QString(QLatin1Char('-') % body) : body;
}

QString currencyPrefix(const QString &currency)
{
    if (currency.isEmpty())
        return QString();
    if (currency == QLatin1String("USD"))
        return QStringLiteral("$");
    return currency % QLatin1Char(' ');
}

QString formatMoney(double value, const QString &currency, const QLocale &locale)
{
    if (!std::isfinite(value)) // a missing value, not an amount
        return QStringLiteral("–");
    QString body = formatAbbreviated(value, locale);
    if (body.startsWith(QLatin1Char('-')))
        return QLatin1Char('-') % currencyPrefix(currency) % QStringView(body).mid(1);
    return currencyPrefix(currency) % body;
}

QString formatNumber(double value, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    QLocale grouped = locale;
    grouped.setNumberOptions(locale.numberOptions() & ~QLocale::OmitGroupSeparator);
    QString text = grouped.toString(value, 'f', decimals);
    // "-0" after rounding a tiny negative value reads as a sign error.
    if (text.startsWith(QLatin1Char('-')) && grouped.toDouble(text) == 0.0)
        text.remove(0, 1);
    return text;
}

QString formatMoneyFull(double value, const QString &currency, int decimals, const QLocale &locale)
{
    if (!std::isfinite(value))
        return QStringLiteral("–");
    const QString body = formatNumber(value, decimals, locale);
    if (body.startsWith(QLatin1Char('-')))
        return QLatin1Char('-') % currencyPrefix(currency) % QStringView(body).mid(1);
    return currencyPrefix(currency) % body;
}

QString monthLabel(int startYear, int startMonth, int t)
{
    const int index = startYear * 12 + (startMonth - 1) + t;
    const int year = index >= 0 ? index / 12 : (index - 11) / 12;
    const int month = index - year * 12 + 1;
    return QStringLiteral("%1-%2")
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(month, 2, 10, QLatin1Char('0'));
}

bool parseMonth(const QString &text, int *year, int *month)
{
    if (text.size() != 7 || text.at(4) != QLatin1Char('-'))
        return false;
    bool okYear = false, okMonth = false;
    const int y = QStringView(text).left(4).toInt(&okYear);
    const int m = QStringView(text).mid(5, 2).toInt(&okMonth);
    if (!okYear || !okMonth || m < 1 || m > 12)
        return false;
    *year = y;
    *month = m;
    return true;
}

} // namespace charts
} // namespace fleetroi
