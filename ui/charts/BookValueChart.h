// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"
#include "engine/ModelResults.h"

namespace fleetroi {
namespace charts {

// Net book value at the end of each month, stacked by purchase tranche
// (TrancheResults::bookValue), with the fleet's remaining tax basis as a line
// (MonthlySeries::taxBasis). Without tranche results the fleet total is one area.
// Series ids: "tranche0", "tranche1", ... (top = running sum), or "book_value";
// "tax_basis".
class BookValueChart : public ChartView
{
    Q_OBJECT
public:
    explicit BookValueChart(QWidget *parent = nullptr);
    void setResults(const ModelResults &results);
};

} // namespace charts
} // namespace fleetroi
