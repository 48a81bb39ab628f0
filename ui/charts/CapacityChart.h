// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "engine/ModelResults.h"

namespace fleetroi {
namespace charts {

// Compute capacity against internal demand, by month, in H100-equivalent compute hours:
// served internal demand and leased hours stacked under the total capacity line, the demand
// line on top, and the shortfall (demand above capacity) as a red band.
// Series ids: "served", "leased" (top = served + leased), "shortfall" (top = served +
// shortfall), "capacity", "demand".
class CapacityChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit CapacityChart(QWidget *parent = nullptr);
    void setResults(const ModelResults &results);
    void setSeries(const MonthlySeries &series);
};

} // namespace charts
} // namespace fleetroi
