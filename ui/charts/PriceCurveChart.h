// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/TimeSeriesChart.h"
#include "scenario/Scenario.h"

namespace fleetroi {
namespace charts {

// Lease and cloud prices per GPU-hour over the horizon (PriceCurve::at(t)), one colour per
// SKU: lease solid, cloud dashed. With more than kMaxPriceSkus SKUs only those with the
// largest capex in the purchases are drawn (a note names how many are left out), so the
// chart and its legend stay readable and cheap for a fleet of 100 GPU types. Also a small preview
// of a single curve in the scenario editor (setCurve; setCompact(true) drops the legend and axis
// titles). Series ids: "lease:<sku id>", "cloud:<sku id>"; "curve" for setCurve.
class PriceCurveChart : public TimeSeriesChart
{
    Q_OBJECT
public:
    static constexpr int kMaxPriceSkus = 5; // 10 legend entries
    explicit PriceCurveChart(QWidget *parent = nullptr);
    // Every SKU of the scenario over its horizon; also sets the currency.
    void setScenario(const Scenario &scenario);
    // One curve over horizonMonths months from (startYear, startMonth 1..12).
    void setCurve(const PriceCurve &curve, int horizonMonths, int startYear = 2026,
                  int startMonth = 1, const QString &name = QString());
    // Small-preview look: no legend, no axis titles, fewer ticks.
    void setCompact(bool compact);
    // setCurve draws money per GPU (a market value, model 1.1) instead of a price per
    // GPU-hour: axis, title and hover text in whole currency amounts.
    void setPerGpu(bool perGpu);

    QSize minimumSizeHint() const override;

private:
    bool m_compact = false;
    bool m_perGpu = false;
};

} // namespace charts
} // namespace fleetroi
