// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "engine/ModelResults.h"

#include <vector>

namespace fleetroi {
namespace charts {

// One scenario's results for the comparison charts.
struct ScenarioSeries
{
    QString name;
    MonthlySeries series;
};

// Cumulative cash flow of 2-4 scenarios overlaid on one calendar axis (scenarios starting in
// different months line up by calendar month).
// Series ids: "scenario0", "scenario1", ... (keys = months since the earliest start).
class ComparisonChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit ComparisonChart(QWidget *parent = nullptr);
    void setSeries(const std::vector<ScenarioSeries> &scenarios);
};

} // namespace charts
} // namespace fleetroi
