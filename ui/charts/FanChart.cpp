// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/FanChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

FanChart::FanChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Money, tr("Cumulative cash flow"), parent)
{}

void FanChart::setFan(const std::vector<std::string> &months, const std::vector<double> &p10,
                      const std::vector<double> &p50, const std::vector<double> &p90)
{
    if (!beginMonths(months))
        return;
    const int n = int(months.size());
    const QVector<double> keys = monthKeys();
    const QColor band = ChartPalette::color(SeriesKind::FanBand);
    const QColor median = ChartPalette::color(SeriesKind::Percentile);
    auto *low = plot::addGraph(plot(), QStringLiteral("p10"), tr("P10"), keys,
                               plot::toVector(p10, n), QPen(band, 1));
    auto *high = plot::addGraph(plot(), QStringLiteral("p90"), tr("P10 to P90"), keys,
                                plot::toVector(p90, n), QPen(band, 1));
    high->setBrush(ChartPalette::withAlpha(band, 80));
    high->setChannelFillGraph(low);
    low->removeFromLegend(); // the band's entry names both edges
    auto *mid = plot::addGraph(plot(), QStringLiteral("p50"), tr("P50 (median)"), keys,
                               plot::toVector(p50, n), QPen(median, 2.5));
    setTracerGraph(mid);
    addHoverRow(tr("P90"), ValueFormat::Money, p90);
    addHoverRow(tr("P50"), ValueFormat::Money, p50);
    addHoverRow(tr("P10"), ValueFormat::Money, p10);
    finishMonths();
}

} // namespace charts
} // namespace fleetroi
