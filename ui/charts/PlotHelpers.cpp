// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/PlotHelpers.h"

#include "charts/ChartPalette.h"

#include <algorithm>
#include <limits>

namespace fleetroi {
namespace charts {
namespace plot {

QVector<double> monthKeys(int n)
{
    QVector<double> keys(std::max(n, 0));
    for (int t = 0; t < keys.size(); ++t)
        keys[t] = t;
    return keys;
}

QVector<double> toVector(const std::vector<double> &v, int n)
{
    QVector<double> out(std::max(n, 0), 0.0);
    for (int i = 0; i < out.size() && i < int(v.size()); ++i)
        out[i] = v[std::size_t(i)];
    return out;
}

QCPGraph *addGraph(QCustomPlot *plot, const QString &id, const QString &name,
                   const QVector<double> &keys, const QVector<double> &values, const QPen &pen,
                   QCPAxis *valueAxis)
{
    auto *graph = plot->addGraph(plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
    graph->setObjectName(id);
    graph->setName(name);
    graph->setPen(pen);
    graph->setData(keys, values, true);
    graph->setSelectable(QCP::stNone);
    return graph;
}

QCPBars *addBars(QCustomPlot *plot, const QString &id, const QString &name,
                 const QVector<double> &keys, const QVector<double> &values, const QColor &color,
                 double width, QCPAxis *keyAxis, QCPAxis *valueAxis)
{
    auto *bars = new QCPBars(keyAxis ? keyAxis : plot->xAxis, valueAxis ? valueAxis : plot->yAxis);
    bars->setObjectName(id);
    bars->setName(name);
    bars->setPen(Qt::NoPen);
    bars->setBrush(color);
    bars->setWidth(width);
    bars->setData(keys, values, true);
    bars->setSelectable(QCP::stNone);
    return bars;
}

QCPItemStraightLine *addVerticalLine(QCustomPlot *plot, double key, const QPen &pen)
{
    auto *line = new QCPItemStraightLine(plot);
    line->point1->setTypeX(QCPItemPosition::ptPlotCoords);
    line->point1->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point2->setTypeX(QCPItemPosition::ptPlotCoords);
    line->point2->setTypeY(QCPItemPosition::ptAxisRectRatio);
    line->point1->setCoords(key, 0);
    line->point2->setCoords(key, 1);
    line->setPen(pen);
    line->setSelectable(false);
    return line;
}

QCPItemText *addTopLabel(QCustomPlot *plot, double key, const QString &text, const QColor &color,
                         Qt::Alignment alignment)
{
    auto *label = new QCPItemText(plot);
    label->position->setTypeX(QCPItemPosition::ptPlotCoords);
    label->position->setTypeY(QCPItemPosition::ptAxisRectRatio);
    label->position->setCoords(key, 0.0);
    label->setPositionAlignment(alignment);
    label->setTextAlignment(Qt::AlignLeft);
    label->setText(text);
    label->setColor(color);
    label->setPadding(QMargins(4, 2, 4, 2));
    label->setBrush(QColor(255, 255, 255, 210));
    label->setSelectable(false);
    return label;
}

void alignZero(QCPAxis *a, QCPAxis *b)
{
    // f = share of an axis below zero. Moving the bottom down raises f, moving the top up
    // lowers it, so any common f is reachable by widening only. Pick the f between the two
    // current shares that wastes least: the smallest worst-case growth of either axis.
    auto share = [](const QCPRange &r) {
        return r.size() > 0 ? -r.lower / r.size() : 0.0;
    };
    auto widened = [&share](QCPRange r, double f) {
        const double s = share(r);
        if (s < f && r.upper > 0.0)
            r.lower = -f * r.upper / (1.0 - f);
        else if (s > f && r.lower < 0.0)
            r.upper = -r.lower * (1.0 - f) / f;
        return r;
    };
    const QCPRange ra = a->range(), rb = b->range();
    if (ra.size() <= 0 || rb.size() <= 0)
        return;
    const double lo = std::clamp(std::min(share(ra), share(rb)), 0.02, 0.98);
    const double hi = std::clamp(std::max(share(ra), share(rb)), 0.02, 0.98);
    double best = lo, bestGrowth = std::numeric_limits<double>::max();
    for (int i = 0; i <= 100; ++i) {
        const double f = lo + (hi - lo) * i / 100.0;
        const double growth =
            std::max(widened(ra, f).size() / ra.size(), widened(rb, f).size() / rb.size());
        if (growth < bestGrowth) {
            bestGrowth = growth;
            best = f;
        }
    }
    a->setRange(widened(ra, best));
    b->setRange(widened(rb, best));
}

void setAxisTitle(QCPAxis *axis, const QString &title)
{
    axis->setLabel(title);
    axis->setLabelColor(ChartPalette::color(SeriesKind::Text));
}

} // namespace plot
} // namespace charts
} // namespace fleetroi
