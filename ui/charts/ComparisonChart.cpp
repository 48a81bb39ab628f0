// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ComparisonChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include <limits>

namespace fleetroi {
namespace charts {

ComparisonChart::ComparisonChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Money, tr("Cumulative cash flow"), parent)
{}

void ComparisonChart::setSeries(const std::vector<ScenarioSeries> &scenarios)
{
    // Absolute month (year * 12 + month - 1) of each scenario's month 0.
    std::vector<int> starts;
    int first = std::numeric_limits<int>::max(), last = std::numeric_limits<int>::min();
    for (const ScenarioSeries &s : scenarios) {
        int year = 0, month = 0;
        int start = first == std::numeric_limits<int>::max() ? 2026 * 12 : first;
        if (!s.series.month.empty() &&
            parseMonth(QString::fromStdString(s.series.month.front()), &year, &month))
            start = year * 12 + month - 1;
        starts.push_back(start);
        if (s.series.size() > 0) {
            first = std::min(first, start);
            last = std::max(last, start + s.series.size() - 1);
        }
    }
    const bool any = first <= last;
    const int n = any ? last - first + 1 : 0;
    if (!beginMonths(any ? first / 12 : 2026, any ? first % 12 + 1 : 1, n))
        return;
    QCPGraph *tracer = nullptr;
    for (std::size_t i = 0; i < scenarios.size(); ++i) {
        const MonthlySeries &m = scenarios[i].series;
        const int offset = starts[i] - first;
        QVector<double> keys, values;
        std::vector<double> hover(std::size_t(n), std::numeric_limits<double>::quiet_NaN());
        for (int t = 0; t < m.size() && t < int(m.cumulativeCashFlow.size()); ++t) {
            keys << offset + t;
            values << m.cumulativeCashFlow[std::size_t(t)];
            hover[std::size_t(offset + t)] = m.cumulativeCashFlow[std::size_t(t)];
        }
        const QString name =
            scenarios[i].name.isEmpty() ? tr("Scenario %1").arg(i + 1) : scenarios[i].name;
        auto *graph = plot::addGraph(plot(), QStringLiteral("scenario%1").arg(i), name, keys,
                                     values, QPen(ChartPalette::categorical(int(i)), 2.5));
        if (!tracer)
            tracer = graph;
        addHoverRow(name, ValueFormat::Money, std::move(hover));
    }
    setTracerGraph(tracer);
    finishMonths();
}

} // namespace charts
} // namespace fleetroi
