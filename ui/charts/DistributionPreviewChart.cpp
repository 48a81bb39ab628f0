// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/DistributionPreviewChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"
#include "charts/QCustomPlotCompat.h"
#include "montecarlo/MonteCarloSampler.h"

#include <algorithm>
#include <cmath>

namespace fleetroi {
namespace charts {

DistributionPreviewChart::DistributionPreviewChart(QWidget *parent)
    : ChartView(parent)
{
    setCategoryAxis();
    setAxisFormat(Axis::X, ValueFormat::Factor);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.8);
    plot()->xAxis->setTickLabelFont(small);
    plot()->yAxis->setVisible(false);
    plot()->axisRect()->setAutoMargins(QCP::msBottom);
    plot()->axisRect()->setMargins(QMargins(6, 2, 10, 0));
    plot()->setToolTip(tr("Density of the multiplier as the simulation draws it; the dashed "
                          "line is 1.0, the scenario as entered"));
}

QSize DistributionPreviewChart::sizeHint() const
{
    return QSize(200, 64);
}

QSize DistributionPreviewChart::minimumSizeHint() const
{
    return QSize(120, 48);
}

QVector<QPointF> DistributionPreviewChart::densityCurve(const DriverDistribution &d)
{
    // Probabilities u = Phi(z) on a fine z grid through the sampler's inverse CDF: between
    // two neighbouring points the density is (u2 - u1) / (x2 - x1). 4 sd either side keeps
    // all but 6e-5 of the mass; flat stretches (a point mass) have no density and are left
    // out.
    constexpr int kSteps = 800;
    constexpr double kZ = 4.0;
    QVector<QPointF> out;
    double xPrev = multiplierFromNormal(d, -kZ);
    double uPrev = standardNormalCdf(-kZ);
    const double xFirst = xPrev;
    for (int i = 1; i <= kSteps; ++i) {
        const double z = -kZ + 2.0 * kZ * i / kSteps;
        const double x = multiplierFromNormal(d, z);
        const double u = standardNormalCdf(z);
        if (x > xPrev + 1e-12) {
            if (out.isEmpty())
                out.append(QPointF(xPrev, 0.0)); // the curve starts on the axis
            out.append(QPointF(0.5 * (x + xPrev), (u - uPrev) / (x - xPrev)));
            xPrev = x;
            uPrev = u;
        }
    }
    if (out.isEmpty()) {
        // One value: a spike of height 1.
        const double w = std::max(1e-3, std::fabs(xFirst) * 1e-3);
        return {QPointF(xFirst - w, 0.0), QPointF(xFirst, 1.0), QPointF(xFirst + w, 0.0)};
    }
    out.append(QPointF(xPrev, 0.0));
    return out;
}

void DistributionPreviewChart::clearDistribution()
{
    beginUpdate();
    endUpdate(false);
}

void DistributionPreviewChart::setDistribution(const DriverDistribution &distribution)
{
    beginUpdate();
    setCategoryAxis();
    const QVector<QPointF> curve = densityCurve(distribution);
    QVector<double> keys, values;
    double top = 0.0, right = 2.0;
    for (const QPointF &p : curve) {
        keys << p.x();
        values << p.y();
        top = std::max(top, p.y());
        right = std::max(right, p.x());
    }
    const QColor color = ChartPalette::color(SeriesKind::Distribution);
    QCPGraph *g = plot::addGraph(plot(), QStringLiteral("density"), tr("Density"), keys, values,
                                 QPen(color, 1.5));
    g->setBrush(ChartPalette::withAlpha(color, 70));
    g->removeFromLegend();
    auto *line = plot::addVerticalLine(
        plot(), 1.0, QPen(ChartPalette::color(SeriesKind::MutedText), 1, Qt::DashLine));
    registerMarker(QStringLiteral("as_entered"), line, nullptr);
    plot()->xAxis->setRange(0.0, right * 1.02);
    plot()->yAxis->setRange(0.0, top > 0 ? top * 1.1 : 1.0);
    endUpdate(true);
    // endUpdate turns tick labels on: the value axis (density) stays hidden in a preview.
    plot()->yAxis->setTickLabels(false);
    plot()->yAxis->setTicks(false);
}

} // namespace charts
} // namespace fleetroi
