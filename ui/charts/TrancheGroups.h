// SPDX-License-Identifier: GPL-3.0-or-later
// Readable per-tranche charts at any fleet size: the largest groups of tranches as their
// own series, every other group summed into one "other" series. A chart that drew one
// series and one legend entry per tranche became unreadable past a dozen tranches and
// quadratic in QCustomPlot's legend layout (TOOLCHAIN.md); with these helpers a chart holds
// at most kMaxGroupSeries series whatever the fleet's size.
#pragma once

#include "engine/ModelResults.h"

#include <string>
#include <vector>

namespace fleetroi {
namespace charts {

// Series a grouped chart draws at most, "other" included (the legend adds at most one or two
// fleet-level lines such as the tax basis: never more than 12 entries in all).
inline constexpr int kMaxGroupSeries = 10;

// One series of a grouped chart.
struct ChartGroup
{
    std::string name;           // the engine's group name (SKU id, year); empty for "other"
    bool other = false;         // the sum of every group not shown on its own
    int groups = 1;             // engine groups in it (> 1 only for "other")
    int tranches = 0;           // tranches in it
    double capex = 0.0;         // their capex B, the ranking weight
    std::vector<double> values; // per month t, the sum over its tranches
};

// The groups of `series` (book value by default) ranked by capex, largest first (ties keep
// the engine's order). When there are more than `maxSeries` groups, the `maxSeries - 1`
// largest are kept and the rest are summed month by month into a last "other" group, so
// the returned groups always add up to the sum of all groups. `maxSeries` >= 2.
std::vector<ChartGroup> largestGroups(const TrancheGroupSeries &series,
                                      int maxSeries = kMaxGroupSeries);

// The by-SKU grouping of per-tranche arrays (ModelOptions::trancheDetail, as the report
// and exports compute them): sums of TrancheResults::bookValue by skuId, groups in order of
// first appearance; rows padded or cut to `months`.
TrancheGroupSeries groupBySkuFromDetail(const std::vector<TrancheResults> &tranches, int months);

} // namespace charts
} // namespace fleetroi
