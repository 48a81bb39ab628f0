// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "engine/ModelResults.h"

namespace fleetroi {
namespace charts {

// Monthly net cash flow as bars (green in, red out) on the left axis, cumulative cash flow
// as a line on the right axis with zero aligned on both, and the payback month marked by a
// vertical line and label (KeyFigures::paybackMonth; the discounted payback dotted).
// Series ids: "inflow", "outflow" (bars, only months of that sign), "cumulative".
// Marker ids: "payback", "discounted_payback"; "no_payback" label when there is none.
class CashFlowChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    explicit CashFlowChart(QWidget *parent = nullptr);
    void setResults(const ModelResults &results);
};

} // namespace charts
} // namespace fleetroi
