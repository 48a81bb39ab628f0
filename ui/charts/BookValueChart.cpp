// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/BookValueChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"
#include "charts/TrancheGroups.h"

namespace fleetroi {
namespace charts {

BookValueChart::BookValueChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Money, tr("Value at end of month"), parent)
{}

QString BookValueChart::groupName(TrancheGroupBy by, const std::string &name)
{
    const QString n = QString::fromStdString(name);
    switch (by) {
    case TrancheGroupBy::PurchaseYear:
        return tr("Bought %1").arg(n);
    case TrancheGroupBy::Vintage:
        return tr("FY%1 vintage").arg(n);
    case TrancheGroupBy::Sku:
        break;
    }
    return n;
}

void BookValueChart::setResults(const ModelResults &results)
{
    const MonthlySeries &m = results.monthly;
    if (!beginMonths(m.month))
        return;
    const int n = m.size();
    const QVector<double> keys = monthKeys();
    QCPGraph *lower = nullptr;

    const TrancheGroupSeries *series = nullptr;
    for (const TrancheGroupSeries &g : results.groups)
        if (g.by == m_grouping)
            series = &g;
    TrancheGroupBy shownBy = m_grouping;
    TrancheGroupSeries fromDetail;
    if (!series && !results.groups.empty()) {
        series = &results.groups.front();
        shownBy = series->by;
    }
    if (!series && !results.tranches.empty() && !results.tranches.front().bookValue.empty()) {
        fromDetail = groupBySkuFromDetail(results.tranches, n);
        series = &fromDetail;
        shownBy = TrancheGroupBy::Sku;
    }

    if (!series || series->names.empty()) {
        const QColor color = ChartPalette::color(SeriesKind::BookValue);
        auto *graph = plot::addGraph(plot(), QStringLiteral("book_value"), tr("Book value"), keys,
                                     plot::toVector(m.bookValue, n), QPen(color, 1.5));
        graph->setBrush(ChartPalette::withAlpha(color, 120));
        addHoverRow(tr("Book value"), ValueFormat::Money, m.bookValue);
        lower = graph;
    } else {
        const std::vector<ChartGroup> groups = largestGroups(*series);
        QVector<double> running(n, 0.0);
        int k = 0;
        for (const ChartGroup &g : groups) {
            const QVector<double> own = plot::toVector(g.values, n);
            for (int t = 0; t < n; ++t)
                running[t] += own[t];
            const QString name =
                g.other ? tr("Other (%1 tranches)").arg(g.tranches) // always >= 2 groups
                        : groupName(shownBy, g.name);
            const QColor color =
                g.other ? ChartPalette::color(SeriesKind::MutedText) : ChartPalette::categorical(k);
            auto *graph = plot::addGraph(
                plot(), g.other ? QStringLiteral("other") : QStringLiteral("group%1").arg(k), name,
                keys, running, QPen(color.darker(115), 1));
            graph->setBrush(ChartPalette::withAlpha(color, g.other ? 110 : 170));
            if (lower)
                graph->setChannelFillGraph(lower);
            lower = graph;
            addHoverRow(name, ValueFormat::Money, g.values);
            ++k;
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
    if (!m.marketValue.empty()) {
        // Model 1.1: what the fleet would fetch (MODEL.md "Market value of the fleet"), and a
        // marker on the book value at each ASC 360 impairment.
        auto *market =
            plot::addGraph(plot(), QStringLiteral("market_value"), tr("Market value"), keys,
                           plot::toVector(m.marketValue, n),
                           QPen(ChartPalette::color(SeriesKind::Cumulative), 2, Qt::DashDotLine));
        Q_UNUSED(market);
        addHoverRow(tr("Market value"), ValueFormat::Money, m.marketValue);
        QVector<double> impairedKeys, impairedValues;
        for (int t = 0; t < n && std::size_t(t) < m.impairment.size(); ++t) {
            if (m.impairment[std::size_t(t)] > 0.0) {
                impairedKeys.append(keys[t]);
                impairedValues.append(m.bookValue[std::size_t(t)]);
            }
        }
        if (!impairedKeys.isEmpty()) {
            const QColor red = ChartPalette::color(SeriesKind::CashOut);
            auto *marks = plot::addGraph(plot(), QStringLiteral("impairment"), tr("Impairment"),
                                         impairedKeys, impairedValues, QPen(red, 2));
            marks->setLineStyle(QCPGraph::lsNone);
            marks->setScatterStyle(
                QCPScatterStyle(QCPScatterStyle::ssTriangleInverted, red, red, 10));
            addHoverRow(tr("Impairment"), ValueFormat::Money, m.impairment);
        }
    }
    setTracerGraph(lower);
    finishMonths();
}

} // namespace charts
} // namespace fleetroi
