// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BookValueChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

BookValueChart::BookValueChart(QWidget *parent)
    : ChartView(parent)
{
    setAxisFormat(QStringLiteral("y"), ValueFormat::Money);
    plot::setAxisTitle(plot()->yAxis, tr("End of month"));
}

void BookValueChart::setResults(const ModelResults &results)
{
    beginUpdate();
    const MonthlySeries &m = results.monthly;
    const int n = m.size();
    setTimeAxis(m.month);
    if (n == 0) {
        endUpdate(false);
        return;
    }
    const QVector<double> keys = plot::monthKeys(n);
    QVector<double> running(n, 0.0);
    QCPGraph *lower = nullptr;
    if (results.tranches.empty()) {
        const QColor color = ChartPalette::color(SeriesKind::BookValue);
        auto *graph = plot::addGraph(plot(), QStringLiteral("book_value"), tr("Book value"), keys,
                                     plot::toVector(m.bookValue, n), QPen(color, 1.5));
        graph->setBrush(ChartPalette::withAlpha(color, 120));
        addHoverRow(tr("Book value"), ValueFormat::Money, m.bookValue);
        lower = graph;
    } else {
        for (std::size_t k = 0; k < results.tranches.size(); ++k) {
            const TrancheResults &tranche = results.tranches[k];
            const QVector<double> own = plot::toVector(tranche.bookValue, n);
            for (int t = 0; t < n; ++t)
                running[t] += own[t];
            QString name = QString::fromStdString(tranche.label);
            if (name.isEmpty())
                name = tr("%1 bought %2")
                           .arg(QString::fromStdString(tranche.skuId),
                                monthLabelAt(tranche.purchaseMonth));
            const QColor color = ChartPalette::categorical(int(k));
            auto *graph = plot::addGraph(plot(), QStringLiteral("tranche%1").arg(k), name, keys,
                                         running, QPen(color.darker(115), 1));
            graph->setBrush(ChartPalette::withAlpha(color, 170));
            if (lower)
                graph->setChannelFillGraph(lower);
            lower = graph;
            addHoverRow(name, ValueFormat::Money, tranche.bookValue);
        }
        addHoverRow(tr("Fleet book value"), ValueFormat::Money, m.bookValue);
    }
    if (!m.taxBasis.empty()) {
        auto *basis =
            plot::addGraph(plot(), QStringLiteral("tax_basis"), tr("Tax basis"), keys,
                           plot::toVector(m.taxBasis, n),
                           QPen(ChartPalette::color(SeriesKind::TaxBasis), 2, Qt::DashLine));
        basis->setLineStyle(QCPGraph::lsStepLeft);
        addHoverRow(tr("Tax basis"), ValueFormat::Money, m.taxBasis);
    }
    setTracerGraph(lower);
    fitValueAxis(QStringLiteral("y"));
    endUpdate(true);
}

} // namespace charts
} // namespace fleetroi
