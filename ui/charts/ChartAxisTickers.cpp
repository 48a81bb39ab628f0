// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartAxisTickers.h"

#include "charts/ChartFormat.h"

#include <QCoreApplication>

#include <array>
#include <cmath>

namespace fleetroi {
namespace charts {

MonthTicker::MonthTicker(int startYear, int startMonth)
    : m_startYear(startYear)
    , m_startMonth(startMonth)
{}

double MonthTicker::getTickStep(const QCPRange &range)
{
    // Months per tick, each a divisor or multiple of a year so ticks stay on calendar
    // boundaries (January, quarters).
    static constexpr std::array<int, 9> steps = {1, 2, 3, 6, 12, 24, 36, 60, 120};
    m_step = steps.back();
    for (int step : steps) {
        if (range.size() / step <= m_maxTicks) {
            m_step = step;
            break;
        }
    }
    return m_step;
}

int MonthTicker::getSubTickCount(double tickStep)
{
    switch (int(tickStep)) {
    case 12:
        return 3; // quarters
    case 6:
        return 1;
    case 3:
        return 2; // months
    case 2:
        return 1;
    case 24:
        return 1;
    case 36:
        return 2;
    case 60:
        return 4; // years
    case 120:
        return 9;
    default:
        return 0;
    }
}

QString MonthTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    return monthLabel(m_startYear, m_startMonth, int(std::lround(tick)));
}

QVector<double> MonthTicker::createTickVector(double tickStep, const QCPRange &range)
{
    const int step = std::max(1, int(tickStep));
    const int origin = m_startYear * 12 + (m_startMonth - 1); // absolute month of t = 0
    QVector<double> ticks;
    for (int t = int(std::ceil(range.lower)); t <= int(std::floor(range.upper)); ++t) {
        const int absolute = origin + t;
        if (((absolute % step) + step) % step == 0)
            ticks.append(t);
    }
    // A short range may fall between two calendar-aligned ticks: label its first month.
    if (ticks.isEmpty() && std::ceil(range.lower) <= std::floor(range.upper))
        ticks.append(std::ceil(range.lower));
    return ticks;
}

QString ValueTicker::label(double value) const
{
    switch (m_format) {
    case ChartView::ValueFormat::Money:
    case ChartView::ValueFormat::Price:
        return formatMoney(value, m_currency);
    case ChartView::ValueFormat::Hours:
    case ChartView::ValueFormat::Count:
        return formatAbbreviated(value);
    case ChartView::ValueFormat::Percent:
        return QCoreApplication::translate("fleetroi::charts::ChartView", "%1%")
            .arg(formatAbbreviated(value));
    case ChartView::ValueFormat::Factor:
        return QCoreApplication::translate("fleetroi::charts::ChartView", "%1x")
            .arg(formatNumber(value, 2));
    }
    return formatAbbreviated(value);
}

QString ValueTicker::getTickLabel(double tick, const QLocale &, QChar, int)
{
    // Ticks computed as sums of steps can land on 1e-10 instead of 0.
    return label(std::abs(tick) < 1e-9 ? 0.0 : tick);
}

} // namespace charts
} // namespace fleetroi
