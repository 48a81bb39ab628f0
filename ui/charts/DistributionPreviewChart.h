// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "charts/ChartView.h"
#include "scenario/Scenario.h"

namespace fleetroi {
namespace charts {

// A small picture of one Monte Carlo driver's multiplier distribution (the risk set-up
// editor shows one per driver). The density is derived from the sampler's own inverse CDF
// (multiplierFromNormal in models/core/montecarlo) on a fine grid of probabilities, so the
// preview shows exactly what the simulation draws, including a normal's negative draws set
// to 0 (a point mass at 0, not drawn as a density). A dashed line marks 1.0 (the scenario as
// entered). Horizontal axis: multiplier, 0 .. max(2, largest value).
// Series id: "density" (keys = multiplier, values = probability density, area 1).
// Marker id: "as_entered". A distribution of a single value draws a spike of height 1 there.
class DistributionPreviewChart : public ChartView
{
    Q_OBJECT
public:
    explicit DistributionPreviewChart(QWidget *parent = nullptr);
    void setDistribution(const DriverDistribution &distribution);
    // No distribution (the driver is taken as entered).
    void clearDistribution();

    // The density curve for `d` as (multiplier, density) points, ascending in multiplier.
    static QVector<QPointF> densityCurve(const DriverDistribution &d);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
};

} // namespace charts
} // namespace fleetroi
