// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/PriceCurveChart.h"

#include "charts/ChartAxisTickers.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"
#include "scenario/PurchaseSkuIndex.h"

#include <algorithm>
#include <numeric>

namespace fleetroi {
namespace charts {

namespace {

QVector<double> sample(const PriceCurve &curve, int n)
{
    QVector<double> values(n);
    for (int t = 0; t < n; ++t)
        values[t] = curve.at(t);
    return values;
}

std::vector<double> toStd(const QVector<double> &v)
{
    return std::vector<double>(v.begin(), v.end());
}

} // namespace

PriceCurveChart::PriceCurveChart(QWidget *parent)
    : TimeSeriesChart(ValueFormat::Price, tr("Price per GPU-hour"), parent)
{}

void PriceCurveChart::setCompact(bool compact)
{
    m_compact = compact;
    plot()->yAxis->setLabel(compact ? QString() : tr("Price per GPU-hour"));
    if (compact) {
        plot()->legend->clearItems(); // a single curve needs no legend
        QFont small = font();
        small.setPointSizeF(small.pointSizeF() * 0.85);
        plot()->xAxis->setTickLabelFont(small);
        plot()->yAxis->setTickLabelFont(small);
    }
    endUpdate(!isEmpty()); // re-lays out legend and ticks
}

void PriceCurveChart::setPerGpu(bool perGpu)
{
    if (perGpu == m_perGpu)
        return;
    m_perGpu = perGpu;
    setAxisFormat(Axis::Y, perGpu ? ValueFormat::Money : ValueFormat::Price);
    plot()->yAxis->setLabel(m_compact ? QString()
                            : perGpu  ? tr("Value per GPU")
                                      : tr("Price per GPU-hour"));
}

QSize PriceCurveChart::minimumSizeHint() const
{
    return m_compact ? QSize(160, 90) : TimeSeriesChart::minimumSizeHint();
}

void PriceCurveChart::setScenario(const Scenario &scenario)
{
    setCurrency(QString::fromStdString(scenario.currency));
    const int n = scenario.horizonMonths;
    if (!beginMonths(scenario.startYear, scenario.startMonth, n, !scenario.skus.empty()))
        return;
    const QVector<double> keys = monthKeys();
    QCPGraph *first = nullptr;
    // The SKUs to draw: all when few, else the largest by capex bought (GPUs x price), in the
    // scenario's order.
    std::vector<std::size_t> shown(scenario.skus.size());
    std::iota(shown.begin(), shown.end(), std::size_t(0));
    if (shown.size() > std::size_t(kMaxPriceSkus)) {
        std::vector<double> spend(scenario.skus.size(), 0.0);
        const std::vector<int> purchaseSku = purchaseSkuIndices(scenario);
        for (std::size_t k = 0; k < scenario.purchases.size(); ++k) {
            const PurchaseTranche &p = scenario.purchases[k];
            const int s = purchaseSku[k];
            if (s >= 0)
                spend[std::size_t(s)] +=
                    double(p.gpus) *
                    (p.gpuPrice ? *p.gpuPrice : scenario.skus[std::size_t(s)].gpuPrice);
        }
        std::stable_sort(shown.begin(), shown.end(),
                         [&](std::size_t a, std::size_t b) { return spend[a] > spend[b]; });
        shown.resize(std::size_t(kMaxPriceSkus));
        std::sort(shown.begin(), shown.end());
        auto *note = new QCPItemText(plot());
        note->position->setType(QCPItemPosition::ptAxisRectRatio);
        note->position->setCoords(0.99, 0.02);
        note->setPositionAlignment(Qt::AlignRight | Qt::AlignTop);
        note->setText(tr("The %1 GPU types with the largest capex; %2 more in the Fleet tab")
                          .arg(kMaxPriceSkus)
                          .arg(scenario.skus.size() - shown.size()));
        note->setColor(ChartPalette::color(SeriesKind::MutedText));
        note->setClipToAxisRect(false);
        registerMarker(QStringLiteral("more_skus"), nullptr, note);
    }
    for (std::size_t k : shown) {
        const Sku &sku = scenario.skus[k];
        const QString id = QString::fromStdString(sku.id);
        const QString name = QString::fromStdString(sku.name.empty() ? sku.id : sku.name);
        const QColor color = ChartPalette::categorical(int(k));
        const QVector<double> lease = sample(sku.leasePrice, n);
        const QVector<double> cloud = sample(sku.cloudPrice, n);
        auto *leaseGraph = plot::addGraph(plot(), QStringLiteral("lease:") + id,
                                          tr("%1 lease").arg(name), keys, lease, QPen(color, 2));
        plot::addGraph(plot(), QStringLiteral("cloud:") + id, tr("%1 cloud").arg(name), keys, cloud,
                       QPen(color, 2, Qt::DashLine));
        if (!first)
            first = leaseGraph;
        addHoverRow(tr("%1 lease").arg(name), ValueFormat::Price, toStd(lease));
        addHoverRow(tr("%1 cloud").arg(name), ValueFormat::Price, toStd(cloud));
    }
    setTracerGraph(first);
    fitValueAxis(Axis::Y);
    if (m_compact)
        plot()->legend->clearItems();
    endUpdate(true);
}

void PriceCurveChart::setCurve(const PriceCurve &curve, int horizonMonths, int startYear,
                               int startMonth, const QString &name)
{
    const int n = std::max(horizonMonths, 0);
    if (!beginMonths(startYear, startMonth, n))
        return;
    const QString label = name.isEmpty() ? tr("Price") : name;
    const QVector<double> values = sample(curve, n);
    const QColor color = ChartPalette::color(SeriesKind::LeasePrice);
    auto *graph =
        plot::addGraph(plot(), QStringLiteral("curve"), label, monthKeys(), values, QPen(color, 2));
    graph->setBrush(ChartPalette::withAlpha(color, 35));
    setTracerGraph(graph);
    addHoverRow(label, m_perGpu ? ValueFormat::Money : ValueFormat::Price, toStd(values));
    fitValueAxis(Axis::Y);
    if (m_compact)
        plot()->legend->clearItems();
    endUpdate(true);
}

} // namespace charts
} // namespace fleetroi
