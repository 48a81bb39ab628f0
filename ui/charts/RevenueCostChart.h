// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "engine/ModelResults.h"

namespace fleetroi {
namespace charts {

// Revenue and operating costs by month as stacked bars: revenue (lease revenue, internal
// value) above zero, costs (electricity, colocation, maintenance, staff, sales) below zero,
// and the EBITDA line (revenue less costs).
// Series ids: "lease_revenue", "internal_value" (positive), "electricity", "colocation",
// "maintenance", "staff", "sales" (plotted as negative amounts), "ebitda".
class RevenueCostChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit RevenueCostChart(QWidget *parent = nullptr);
    void setResults(const ModelResults &results);
};

} // namespace charts
} // namespace fleetroi
