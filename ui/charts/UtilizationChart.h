// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "engine/ModelResults.h"

namespace fleetroi {
namespace charts {

// Utilization of available capacity by month, 0..100 % (MonthlySeries::utilization is a
// fraction 0..1; the chart plots percent), with the horizon average as a dashed line.
// Series ids: "utilization" (percent), "average" (percent, constant).
class UtilizationChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit UtilizationChart(QWidget *parent = nullptr);
    void setResults(const ModelResults &results);
};

} // namespace charts
} // namespace fleetroi
