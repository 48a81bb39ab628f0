// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/NpvBarsChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include <cmath>

namespace fleetroi {
namespace charts {

NpvBarsChart::NpvBarsChart(QWidget *parent)
    : ChartView(parent)
{
    setAxisFormat(Axis::Y, ValueFormat::Money);
    plot::setAxisTitle(plot()->yAxis, tr("NPV"));
    plot()->xAxis->grid()->setVisible(false);
}

void NpvBarsChart::setNpvs(const std::vector<ScenarioNpv> &npvs)
{
    beginUpdate();
    setCategoryAxis();
    m_npvs = npvs;
    const int n = int(npvs.size());
    if (n == 0) {
        plot()->xAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        endUpdate(false);
        return;
    }
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    QVector<double> posKeys, posValues, negKeys, negValues;
    for (int i = 0; i < n; ++i) {
        const ScenarioNpv &s = npvs[std::size_t(i)];
        const QString name = s.name.isEmpty() ? tr("Scenario %1").arg(i + 1) : s.name;
        m_npvs[std::size_t(i)].name = name;
        ticker->addTick(i, name);
        (s.npv >= 0 ? posKeys : negKeys) << i;
        (s.npv >= 0 ? posValues : negValues) << s.npv;
    }
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setTickLength(0, 0);
    plot()->xAxis->setRange(-0.6, n - 0.4);
    auto *pos = plot::addBars(plot(), QStringLiteral("positive"), tr("NPV above zero"), posKeys,
                              posValues, ChartPalette::color(SeriesKind::CashIn), 0.55);
    auto *neg = plot::addBars(plot(), QStringLiteral("negative"), tr("NPV below zero"), negKeys,
                              negValues, ChartPalette::color(SeriesKind::CashOut), 0.55);
    pos->removeFromLegend();
    neg->removeFromLegend(); // the colours speak for themselves; names are on the axis
    fitValueAxis(Axis::Y);
    // Headroom for the value labels on both sides of zero.
    const QCPRange r = plot()->yAxis->range();
    plot()->yAxis->setRange(r.lower < 0 ? r.lower - r.size() * 0.08 : r.lower,
                            r.upper > 0 ? r.upper + r.size() * 0.08 : r.upper);
    for (int i = 0; i < n; ++i) {
        const double v = npvs[std::size_t(i)].npv;
        auto *label = new QCPItemText(plot());
        label->position->setCoords(i, v);
        label->setPositionAlignment(v >= 0 ? Qt::AlignHCenter | Qt::AlignBottom
                                           : Qt::AlignHCenter | Qt::AlignTop);
        label->setPadding(QMargins(2, 2, 2, 2));
        label->setText(formatMoney(v, currency()));
        label->setColor(ChartPalette::color(SeriesKind::Text));
        label->setSelectable(false);
        registerMarker(QStringLiteral("value%1").arg(i), nullptr, label);
    }
    endUpdate(true);
}

QString NpvBarsChart::categoryHoverText(double key, double) const
{
    const int i = int(std::lround(key));
    if (i < 0 || i >= int(m_npvs.size()) || std::abs(key - i) > 0.3)
        return QString();
    return tr("%1\nNPV: %2")
        .arg(m_npvs[std::size_t(i)].name,
             formatValue(m_npvs[std::size_t(i)].npv, ValueFormat::Money));
}

} // namespace charts
} // namespace fleetroi
