// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/UtilizationChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

UtilizationChart::UtilizationChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Percent, tr("Utilization"), parent)
{
    plot()->yAxis->setRange(0, 100);
}

void UtilizationChart::setResults(const ModelResults &results)
{
    const MonthlySeries &m = results.monthly;
    if (!beginMonths(m.month))
        return;
    const int n = m.size();
    const QVector<double> keys = monthKeys();
    QVector<double> percent = plot::toVector(m.utilization, n);
    for (double &v : percent)
        v *= 100.0;
    const QColor color = ChartPalette::color(SeriesKind::Utilization);
    auto *graph = plot::addGraph(plot(), QStringLiteral("utilization"), tr("Utilization"), keys,
                                 percent, QPen(color, 2));
    graph->setBrush(ChartPalette::withAlpha(color, 50));
    setTracerGraph(graph);
    const double average = results.kpis.averageUtilization * 100.0;
    plot::addGraph(plot(), QStringLiteral("average"),
                   tr("Average %1%").arg(formatAbbreviated(average)),
                   QVector<double>{-0.5, n - 0.5}, QVector<double>{average, average},
                   QPen(ChartPalette::color(SeriesKind::MutedText), 1.5, Qt::DashLine));
    addHoverRow(tr("Utilization"), ValueFormat::Percent, m.utilization);

    // Fixed 0..100 % so charts of different scenarios compare at a glance; a little
    // headroom keeps a full-utilization line visible above the frame.
    plot()->yAxis->setRange(0, 105);
    endUpdate(true);
}

} // namespace charts
} // namespace fleetroi
