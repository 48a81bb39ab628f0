// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/RevenueCostChart.h"

#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

namespace fleetroi {
namespace charts {

RevenueCostChart::RevenueCostChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Money, tr("Per month (costs below zero)"), parent)
{}

void RevenueCostChart::setResults(const ModelResults &results)
{
    const MonthlySeries &m = results.monthly;
    if (!beginMonths(m.month))
        return;
    const int n = m.size();
    const QVector<double> keys = monthKeys();
    struct Part
    {
        const char *id;
        QString name;
        SeriesKind kind;
        const std::vector<double> *values;
        double sign; // +1 revenue, -1 cost (costs are stored positive, MODEL.md)
    };
    const Part parts[] = {
        {"lease_revenue", tr("Lease revenue"), SeriesKind::LeaseRevenue, &m.leaseRevenue, 1},
        {"internal_value", tr("Internal value"), SeriesKind::InternalValue, &m.internalValue, 1},
        {"electricity", tr("Electricity"), SeriesKind::Electricity, &m.electricityCost, -1},
        {"colocation", tr("Colocation"), SeriesKind::Colocation, &m.colocationCost, -1},
        {"maintenance", tr("Maintenance"), SeriesKind::Maintenance, &m.maintenanceCost, -1},
        {"staff", tr("Staff"), SeriesKind::Staff, &m.staffCost, -1},
        {"sales", tr("Sales"), SeriesKind::Sales, &m.salesCost, -1},
    };
    QCPBars *below[2] = {nullptr, nullptr}; // last revenue and last cost bars, for stacking
    for (const Part &part : parts) {
        QVector<double> values = plot::toVector(*part.values, n);
        for (double &v : values)
            v *= part.sign;
        auto *bars = plot::addBars(plot(), QString::fromLatin1(part.id), part.name, keys, values,
                                   ChartPalette::color(part.kind), 0.8);
        bars->setStackingGap(0);
        QCPBars *&lower = below[part.sign > 0 ? 0 : 1];
        if (lower)
            bars->moveAbove(lower);
        lower = bars;
        addHoverRow(part.name, ValueFormat::Money, *part.values);
    }
    auto *ebitda =
        plot::addGraph(plot(), QStringLiteral("ebitda"), tr("EBITDA"), keys,
                       plot::toVector(m.ebitda, n), QPen(ChartPalette::color(SeriesKind::Text), 2));
    setTracerGraph(ebitda);
    addHoverRow(tr("EBITDA"), ValueFormat::Money, m.ebitda);

    finishMonths();
}

} // namespace charts
} // namespace fleetroi
