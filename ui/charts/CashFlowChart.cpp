// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/CashFlowChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

CashFlowChart::CashFlowChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Money, tr("Net cash flow per month"), parent)
{
    setAxisFormat(Axis::Y2, ValueFormat::Money);
    axis(Axis::Y2)->setVisible(true);
    plot::setAxisTitle(axis(Axis::Y2), tr("Cumulative cash flow"));
}

void CashFlowChart::setResults(const ModelResults &results)
{
    const MonthlySeries &m = results.monthly;
    if (!beginMonths(m.month))
        return;
    const int n = m.size();
    // Inflow and outflow bars hold only the months of their sign, so each bar has one colour.
    QVector<double> inKeys, inValues, outKeys, outValues;
    for (int t = 0; t < n && t < int(m.netCashFlow.size()); ++t) {
        const double v = m.netCashFlow[std::size_t(t)];
        if (v >= 0) {
            inKeys << t;
            inValues << v;
        } else {
            outKeys << t;
            outValues << v;
        }
    }
    plot::addBars(plot(), QStringLiteral("inflow"), tr("Net cash in"), inKeys, inValues,
                  ChartPalette::color(SeriesKind::CashIn));
    plot::addBars(plot(), QStringLiteral("outflow"), tr("Net cash out"), outKeys, outValues,
                  ChartPalette::color(SeriesKind::CashOut));
    auto *cumulative =
        plot::addGraph(plot(), QStringLiteral("cumulative"), tr("Cumulative cash flow"),
                       monthKeys(), plot::toVector(m.cumulativeCashFlow, n),
                       QPen(ChartPalette::color(SeriesKind::Cumulative), 2.5), plot()->yAxis2);
    setTracerGraph(cumulative);

    const QColor markerColor = ChartPalette::color(SeriesKind::Payback);
    if (results.kpis.paybackMonth) {
        const int t = *results.kpis.paybackMonth;
        auto *line = plot::addVerticalLine(plot(), t, QPen(markerColor, 1.5, Qt::DashLine));
        auto *label = plot::addTopLabel(
            plot(), t, tr("Payback %1").arg(monthLabelAt(t)), markerColor,
            // Keep the label inside the plot near the right edge.
            t > n * 0.75 ? Qt::AlignRight | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
        registerMarker(QStringLiteral("payback"), line, label);
    } else {
        auto *label =
            plot::addTopLabel(plot(), 0, tr("No payback within the horizon"), markerColor);
        label->position->setTypeX(QCPItemPosition::ptAxisRectRatio);
        label->position->setCoords(0.01, 0.0);
        registerMarker(QStringLiteral("no_payback"), nullptr, label);
    }
    if (results.kpis.discountedPaybackMonth) {
        const int t = *results.kpis.discountedPaybackMonth;
        auto *line = plot::addVerticalLine(plot(), t, QPen(markerColor, 1, Qt::DotLine));
        auto *label = plot::addTopLabel(
            plot(), t, tr("Discounted payback %1").arg(monthLabelAt(t)), markerColor,
            t > n * 0.75 ? Qt::AlignRight | Qt::AlignTop : Qt::AlignLeft | Qt::AlignTop);
        // Below the payback label so the two never overlap.
        label->position->setCoords(t, 0.09);
        registerMarker(QStringLiteral("discounted_payback"), line, label);
    }

    addHoverRow(tr("Net cash flow"), ValueFormat::Money, m.netCashFlow);
    addHoverRow(tr("Cumulative"), ValueFormat::Money, m.cumulativeCashFlow);
    addHoverRow(tr("EBITDA"), ValueFormat::Money, m.ebitda);
    addHoverRow(tr("Capex"), ValueFormat::Money, m.capex);
    addHoverRow(tr("Tax"), ValueFormat::Money, m.tax);

    fitValueAxis(Axis::Y);
    fitValueAxis(Axis::Y2);
    plot::alignZero(plot()->yAxis, plot()->yAxis2);
    endUpdate(true);
}

} // namespace charts
} // namespace fleetroi
