// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"

#include <initializer_list>
#include <string>
#include <vector>

namespace fleetroi {
namespace charts {

// Base of the charts over the months of the horizon (cash flow, revenue and costs, capacity,
// utilization, book value, balance sheet, price curves, Monte Carlo fan, comparison). It holds
// what each of them used to copy: the primary value axis's format and title, and the opening
// and closing of an update (clear, calendar-month time axis, "No data" when there are no
// months; fit the value axes, legend, one queued replot).
//
//   if (!beginMonths(m.month))
//       return;                      // no months: the chart shows "No data"
//   ... plot over monthKeys() ...
//   finishMonths();                  // fits the value axis, ends the update
class TimeSeriesChart : public ChartView
{
    Q_OBJECT
protected:
    // `valueFormat` and `valueTitle` are the left value axis's (Axis::Y) number format and
    // title; an empty title shows none.
    TimeSeriesChart(ValueFormat valueFormat, const QString &valueTitle, QWidget *parent);

    // Starts an update over these months ("YYYY-MM" as in MonthlySeries::month; the first
    // gives the start) or over `count` months from (startYear, startMonth): clears the chart
    // and sets the time axis. Returns false, with the update ended empty ("No data"), when
    // there are no months or `hasData` is false: the caller returns then.
    bool beginMonths(const std::vector<std::string> &months, bool hasData = true);
    bool beginMonths(int startYear, int startMonth, int count, bool hasData = true);
    // Keys of the months of the current update: 0, 1, ..., monthCount() - 1.
    QVector<double> monthKeys() const;
    // Ends an update with data: rescales each axis in `fit` to the plotted data (always with
    // zero, fitValueAxis) and replots once.
    void finishMonths(std::initializer_list<Axis> fit = {Axis::Y});
};

} // namespace charts
} // namespace fleetroi
