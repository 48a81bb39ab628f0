// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "engine/ModelResults.h"

namespace fleetroi {
namespace charts {

// Net book value at the end of each month, stacked by groups of tranches (by SKU, purchase
// year or vintage: setGrouping), with the fleet's remaining tax basis as a line
// (MonthlySeries::taxBasis). The largest groups by capex get their own area, the rest one
// "Other" area (largestGroups), so the chart and its legend stay readable and linear in the
// fleet's size. The groups come from ModelResults::groups (ModelOptions::groupings); when
// the results hold per-tranche arrays instead (ModelOptions::trancheDetail, the report),
// they are grouped by SKU here. Without either, the fleet total is one area.
// Series ids: "group0", "group1", ... (largest first; top = running sum), "other", or
// "book_value"; "tax_basis".
class BookValueChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit BookValueChart(QWidget *parent = nullptr);
    // Which grouping to show (the results must carry it, else SKU groups or the total).
    void setGrouping(TrancheGroupBy by) { m_grouping = by; }
    TrancheGroupBy grouping() const { return m_grouping; }
    void setResults(const ModelResults &results);
    // Legend name of a group of the given grouping ("h100", "Bought 2027", "FY2027 vintage").
    static QString groupName(TrancheGroupBy by, const std::string &name);

private:
    TrancheGroupBy m_grouping = TrancheGroupBy::Sku;
};

} // namespace charts
} // namespace fleetroi
