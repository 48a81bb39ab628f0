// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/HistogramChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include <cmath>
#include <limits>
#include <numeric>

namespace fleetroi {
namespace charts {

HistogramChart::HistogramChart(QWidget *parent)
    : ChartView(parent)
{
    setAxisFormat(Axis::X, ValueFormat::Money);
    setAxisFormat(Axis::Y, ValueFormat::Count);
    plot::setAxisTitle(plot()->xAxis, tr("NPV"));
    plot::setAxisTitle(plot()->yAxis, tr("Paths"));
}

double HistogramChart::percentileFromHistogram(const std::vector<double> &edges,
                                               const std::vector<double> &counts, double share)
{
    if (counts.empty() || edges.size() != counts.size() + 1)
        return std::numeric_limits<double>::quiet_NaN();
    const double total = std::accumulate(counts.begin(), counts.end(), 0.0);
    if (total <= 0)
        return std::numeric_limits<double>::quiet_NaN();
    const double target = share * total;
    double below = 0.0;
    for (std::size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > 0 && below + counts[i] >= target) {
            const double inBin = (target - below) / counts[i];
            return edges[i] + inBin * (edges[i + 1] - edges[i]);
        }
        below += counts[i];
    }
    return edges.back();
}

void HistogramChart::setHistogram(const std::vector<double> &edges,
                                  const std::vector<double> &counts)
{
    beginUpdate();
    setCategoryAxis();
    m_edges = edges;
    m_counts = counts;
    if (counts.empty() || edges.size() != counts.size() + 1) {
        m_edges.clear();
        m_counts.clear();
        endUpdate(false);
        return;
    }
    const int n = int(counts.size());
    QVector<double> centres(n), values(n);
    for (int i = 0; i < n; ++i) {
        centres[i] = 0.5 * (edges[std::size_t(i)] + edges[std::size_t(i) + 1]);
        values[i] = counts[std::size_t(i)];
    }
    const double width = (edges.back() - edges.front()) / n;
    auto *bars =
        plot::addBars(plot(), QStringLiteral("histogram"), tr("Paths per NPV bin"), centres, values,
                      ChartPalette::color(SeriesKind::Distribution), width);
    bars->setPen(QPen(Qt::white, 0.5)); // separates neighbouring bins
    bars->removeFromLegend();
    m_percentiles = {percentileFromHistogram(edges, counts, 0.1),
                     percentileFromHistogram(edges, counts, 0.5),
                     percentileFromHistogram(edges, counts, 0.9)};
    plot()->xAxis->setRange(edges.front() - width * 0.5, edges.back() + width * 0.5);
    fitValueAxis(Axis::Y);
    placeMarkers();
    endUpdate(true);
}

void HistogramChart::setPercentiles(double p10, double p50, double p90)
{
    m_percentiles = {p10, p50, p90};
    if (!isEmpty()) {
        placeMarkers();
        queueReplot();
    }
}

void HistogramChart::placeMarkers()
{
    static const char *ids[] = {"p10", "p50", "p90"};
    static const char *names[] = {QT_TR_NOOP("P10 %1"), QT_TR_NOOP("P50 %1"), QT_TR_NOOP("P90 %1")};
    // setPercentiles after setHistogram replaces the markers: drop the previous ones.
    for (int i = plot()->itemCount() - 1; i >= 0; --i) {
        QCPAbstractItem *item = plot()->item(i);
        if (item->property("fleetroiPercentile").toBool())
            plot()->removeItem(item);
    }
    const QColor color = ChartPalette::color(SeriesKind::Percentile);
    const double rows[] = {0.0, 0.09, 0.0}; // P50 label lower so P10/P50/P90 never overlap
    for (int i = 0; i < 3; ++i) {
        const double x = m_percentiles[std::size_t(i)];
        if (!std::isfinite(x))
            continue;
        auto *line = plot::addVerticalLine(
            plot(), x, QPen(color, i == 1 ? 2.0 : 1.5, i == 1 ? Qt::SolidLine : Qt::DashLine));
        auto *label =
            plot::addTopLabel(plot(), x, tr(names[i]).arg(formatMoney(x, currency())), color,
                              i == 0   ? Qt::AlignRight | Qt::AlignTop
                              : i == 2 ? Qt::AlignLeft | Qt::AlignTop
                                       : Qt::AlignHCenter | Qt::AlignTop);
        label->position->setCoords(x, rows[i]);
        line->setProperty("fleetroiPercentile", true);
        label->setProperty("fleetroiPercentile", true);
        registerMarker(QString::fromLatin1(ids[i]), line, label);
    }
    // Zero NPV: left of it the fleet loses money.
    if (!m_edges.empty() && m_edges.front() < 0 && m_edges.back() > 0) {
        auto *zero =
            plot::addVerticalLine(plot(), 0.0, QPen(ChartPalette::color(SeriesKind::Baseline), 1));
        zero->setProperty("fleetroiPercentile", true);
        registerMarker(QStringLiteral("zero"), zero, nullptr);
    }
}

QString HistogramChart::categoryHoverText(double key, double) const
{
    for (std::size_t i = 0; i < m_counts.size(); ++i) {
        if (key >= m_edges[i] && key < m_edges[i + 1]) {
            const double total = std::accumulate(m_counts.begin(), m_counts.end(), 0.0);
            return tr("%1 to %2\n%3 paths (%4)")
                .arg(formatValue(m_edges[i], ValueFormat::Money),
                     formatValue(m_edges[i + 1], ValueFormat::Money),
                     formatValue(m_counts[i], ValueFormat::Count),
                     formatValue(total > 0 ? m_counts[i] / total : 0.0, ValueFormat::Percent));
        }
    }
    return QString();
}

} // namespace charts
} // namespace fleetroi
