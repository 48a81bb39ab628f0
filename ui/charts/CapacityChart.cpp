// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/CapacityChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

CapacityChart::CapacityChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Hours, tr("Compute hours (H100-eq.)"), parent)
{}

void CapacityChart::setResults(const ModelResults &results)
{
    setSeries(results.monthly);
}

void CapacityChart::setSeries(const MonthlySeries &m)
{
    if (!beginMonths(m.month))
        return;
    const int n = m.size();
    const QVector<double> keys = monthKeys();
    const QVector<double> served = plot::toVector(m.internalServedHours, n);
    const QVector<double> leased = plot::toVector(m.leasedHours, n);
    const QVector<double> shortfall = plot::toVector(m.shortfallHours, n);
    QVector<double> leasedTop(n), shortfallTop(n);
    for (int t = 0; t < n; ++t) {
        leasedTop[t] = served[t] + leased[t];
        shortfallTop[t] = served[t] + shortfall[t];
    }

    auto *servedGraph =
        plot::addGraph(plot(), QStringLiteral("served"), tr("Internal use"), keys, served,
                       QPen(ChartPalette::color(SeriesKind::InternalServed), 1));
    servedGraph->setBrush(
        ChartPalette::withAlpha(ChartPalette::color(SeriesKind::InternalServed), 150));

    auto *leasedGraph = plot::addGraph(plot(), QStringLiteral("leased"), tr("Leased"), keys,
                                       leasedTop, QPen(ChartPalette::color(SeriesKind::Leased), 1));
    leasedGraph->setBrush(ChartPalette::withAlpha(ChartPalette::color(SeriesKind::Leased), 150));
    leasedGraph->setChannelFillGraph(servedGraph);

    // Shortfall: between served and demand where demand exceeds capacity (then nothing is
    // leased, so the band never overlaps the leased area).
    auto *shortfallGraph = plot::addGraph(plot(), QStringLiteral("shortfall"), tr("Shortfall"),
                                          keys, shortfallTop, QPen(Qt::NoPen));
    QBrush shortfallBrush(ChartPalette::withAlpha(ChartPalette::color(SeriesKind::Shortfall), 170),
                          Qt::BDiagPattern);
    shortfallGraph->setBrush(shortfallBrush);
    shortfallGraph->setChannelFillGraph(servedGraph);

    auto *capacityGraph = plot::addGraph(plot(), QStringLiteral("capacity"), tr("Capacity"), keys,
                                         plot::toVector(m.capacityHours, n),
                                         QPen(ChartPalette::color(SeriesKind::Capacity), 2));
    QPen demandPen(ChartPalette::color(SeriesKind::InternalDemand), 2, Qt::DashLine);
    plot::addGraph(plot(), QStringLiteral("demand"), tr("Internal demand"), keys,
                   plot::toVector(m.internalDemandHours, n), demandPen);
    setTracerGraph(capacityGraph);

    addHoverRow(tr("Capacity"), ValueFormat::Hours, m.capacityHours);
    addHoverRow(tr("Internal demand"), ValueFormat::Hours, m.internalDemandHours);
    addHoverRow(tr("Internal use"), ValueFormat::Hours, m.internalServedHours);
    addHoverRow(tr("Leased"), ValueFormat::Hours, m.leasedHours);
    addHoverRow(tr("Shortfall"), ValueFormat::Hours, m.shortfallHours);
    addHoverRow(tr("Utilization"), ValueFormat::Percent, m.utilization);

    finishMonths();
}

} // namespace charts
} // namespace fleetroi
