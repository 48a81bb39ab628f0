// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartFormat.h"

#include "engine/MonthlyTables.h"

#include <QCoreApplication>
#include <QStringBuilder>

#include <algorithm>
#include <cmath>

namespace fleetroi {
namespace charts {

namespace {

// Number of significant digits shown by a plain decimal text ("0.0120" -> 3, "1.25" -> 3,
// "120" -> 3, "12.0" -> 3).
int significantDigits(const QString &text)
{
    int count = 0;
    bool leading = true;
    for (const QChar c : text) {
        if (!c.isDigit())
            continue;
        if (leading && c == QLatin1Char('0'))
            continue;
        leading = false;
        ++count;
    }
    return count;
}

// `magnitude` (>= 0) with at least `minSignificant` significant digits and at least
// `minDecimals` decimals, trailing zeros dropped only while that many digits remain.
QString atLeastSignificant(double magnitude, int minSignificant, int minDecimals,
                           const QLocale &plain)
{
    int decimals = minDecimals;
    if (magnitude > 0) {
        const int exponent = int(std::floor(std::log10(magnitude)));
        decimals = std::max(decimals, minSignificant - 1 - exponent);
    }
    decimals = std::clamp(decimals, 0, 12);
    QString text = plain.toString(magnitude, 'f', decimals);
    // Rounding may add a digit (9.995 -> "10.00"): drop the surplus decimal.
    const QString point = plain.decimalPoint();
    while (text.contains(point) && text.endsWith(QLatin1Char('0')) &&
           significantDigits(text.chopped(1)) >= minSignificant) {
        text.chop(1);
    }
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

    QLocale plain = locale;
    plain.setNumberOptions(locale.numberOptions() | QLocale::OmitGroupSeparator);
    QString body;
    // Below 1000: whole numbers in full ("950", "12 GPUs" lose nothing), other values with
    // at least three significant digits and at least two decimals (prices per hour: "2.50").
    // 999.9996 rounds to 1000 and is then shown as "1.00K" below.
    const bool whole =
        std::abs(magnitude - std::round(magnitude)) <= 1e-9 * std::max(1.0, magnitude);
    if (whole && std::round(magnitude) < 1000.0) {
        body = plain.toString(std::round(magnitude), 'f', 0);
        if (body == QLatin1String("0"))
            return body; // no "-0"
    } else if (!whole && magnitude < 999.5) {
        // Below half a cent nothing a chart shows (money, hours, percent) is meaningful:
        // "0", never "-0.00100".
        if (magnitude < 0.005)
            return QStringLiteral("0");
        body = atLeastSignificant(magnitude, 3, 2, plain);
    } else {
        // Pick the unit, promoting when rounding to three digits reaches 1000 of it
        // (999'600 -> "1.00M").
        int unit = 3;
        for (int i = 0; i < 4; ++i) {
            if (magnitude >= units[i].scale * 0.9995) {
                unit = i;
                break;
            }
        }
        const double scaled = magnitude / units[unit].scale;
        // Exactly three significant digits (more above 999T): 1.25B, 1.20B, 12.3M, 123K.
        const int decimals = scaled < 9.995 ? 2 : (scaled < 99.95 ? 1 : 0);
        body = plain.toString(scaled, 'f', decimals) %
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
    return QString::fromStdString(fleetroi::monthLabel(startYear, startMonth, t));
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
