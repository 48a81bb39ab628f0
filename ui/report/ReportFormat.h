// SPDX-License-Identifier: GPL-3.0-or-later
// Number formats of the PDF report, in the report's locale. With the English locale the
// money totals read exactly as `fleetroi compute --format table` prints them
// ("1,150,123,456 USD"): grouped whole units followed by the currency code.
#pragma once

#include <QLocale>
#include <QString>

#include <optional>

namespace fleetroi {
namespace report {

class ReportFormat
{
public:
    ReportFormat(const QLocale &locale, const QString &currency)
        : m_locale(locale)
        , m_currency(currency)
    {}

    // Whole units, grouped, then the code: "1,150,123,456 USD".
    QString money(double v) const;
    // Grouped whole number without the code ("1,150,123,456").
    QString number(double v, int decimals = 0) const;
    // Thousands, grouped, no code ("1,150,123") for wide tables headed "thousands of USD".
    QString thousands(double v) const;
    // "$1.15 B", "EUR 310.2 M": three significant digits for prose.
    QString shortMoney(double v) const;
    // A fraction as percent: 0.0934 -> "9.34 %".
    QString percent(double fraction, int decimals = 1) const;
    QString optionalPercent(const std::optional<double> &fraction, int decimals,
                            const QString &none) const;
    const QLocale &locale() const { return m_locale; }
    const QString &currency() const { return m_currency; }

private:
    QLocale m_locale;
    QString m_currency;
};

} // namespace report
} // namespace fleetroi
