// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/TimeSeriesChart.h"

#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

TimeSeriesChart::TimeSeriesChart(ValueFormat valueFormat, const QString &valueTitle,
                                 QWidget *parent)
    : ChartView(parent)
{
    setAxisFormat(Axis::Y, valueFormat);
    if (!valueTitle.isEmpty())
        plot::setAxisTitle(axis(Axis::Y), valueTitle);
}

bool TimeSeriesChart::beginMonths(const std::vector<std::string> &months, bool hasData)
{
    beginUpdate();
    setTimeAxis(months);
    if (months.empty() || !hasData) {
        endUpdate(false);
        return false;
    }
    return true;
}

bool TimeSeriesChart::beginMonths(int startYear, int startMonth, int count, bool hasData)
{
    beginUpdate();
    setTimeAxis(startYear, startMonth, std::max(count, 0));
    if (count <= 0 || !hasData) {
        endUpdate(false);
        return false;
    }
    return true;
}

QVector<double> TimeSeriesChart::monthKeys() const
{
    return plot::monthKeys(monthCount());
}

void TimeSeriesChart::finishMonths(std::initializer_list<Axis> fit)
{
    for (Axis a : fit)
        fitValueAxis(a);
    endUpdate(true);
}

} // namespace charts
} // namespace fleetroi
