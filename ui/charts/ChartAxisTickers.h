// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to ui/charts: QCustomPlot tickers for calendar months and money. Only chart .cpp
// files include this header (it pulls in qcustomplot.h).
#pragma once

#include "charts/ChartView.h"

#include "charts/QCustomPlotCompat.h"

namespace fleetroi {
namespace charts {

// Keys are month indices t from (startYear, startMonth). Ticks sit on calendar boundaries:
// every January when zoomed out (yearly ticks), quarters or single months when zoomed in.
class MonthTicker : public QCPAxisTicker
{
public:
    MonthTicker(int startYear, int startMonth);
    void setMaxTicks(int maxTicks) { m_maxTicks = maxTicks; }
    int monthsPerTick() const { return m_step; }

protected:
    double getTickStep(const QCPRange &range) override;
    int getSubTickCount(double tickStep) override;
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;
    QVector<double> createTickVector(double tickStep, const QCPRange &range) override;

private:
    int m_startYear;
    int m_startMonth;
    int m_maxTicks = 8;
    int m_step = 12;
};

// Value axis labels through formatMoney / formatAbbreviated, in the chart's currency.
class ValueTicker : public QCPAxisTicker
{
public:
    explicit ValueTicker(ChartView::ValueFormat format)
        : m_format(format)
    {}
    void setCurrency(const QString &currency) { m_currency = currency; }
    QString label(double value) const;

protected:
    QString getTickLabel(double tick, const QLocale &locale, QChar formatChar,
                         int precision) override;

private:
    ChartView::ValueFormat m_format;
    QString m_currency = QStringLiteral("USD");
};

} // namespace charts
} // namespace fleetroi
