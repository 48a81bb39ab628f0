// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"

#include <string>
#include <vector>

namespace fleetroi {
namespace charts {

// Monte Carlo fan of cumulative cash flow by month: the P10..P90 band and the P50 line.
// Series ids: "p90" (band top, filled down to "p10"), "p10", "p50".
class FanChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit FanChart(QWidget *parent = nullptr);
    // months "YYYY-MM"; the three series have one value per month (cumulative cash flow).
    void setFan(const std::vector<std::string> &months, const std::vector<double> &p10,
                const std::vector<double> &p50, const std::vector<double> &p90);
};

} // namespace charts
} // namespace fleetroi
