// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/TornadoChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include "DriverText.h"

#include <cmath>

namespace fleetroi {
namespace charts {

TornadoChart::TornadoChart(QWidget *parent)
    : ChartView(parent)
{
    setAxisFormat(Axis::X, ValueFormat::Money);
    plot::setAxisTitle(plot()->xAxis, tr("NPV"));
    plot()->yAxis->grid()->setVisible(false);
    plot()->xAxis->grid()->setVisible(true);
}

void TornadoChart::setSensitivity(const std::vector<SensitivityRow> &rows, double baseNpv,
                                  double swing)
{
    beginUpdate();
    setCategoryAxis();
    m_rows = rows;
    m_base = baseNpv;
    m_labels.clear();
    const int n = int(rows.size());
    if (n == 0) {
        plot()->yAxis->setTicker(QSharedPointer<QCPAxisTicker>::create());
        endUpdate(false);
        return;
    }
    // Row i (0 = largest swing) sits at key n-1-i so it is drawn at the top.
    QVector<double> keys(n), low(n), high(n);
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    for (int i = 0; i < n; ++i) {
        keys[i] = n - 1 - i;
        // QCPBars draw from the base value to base + value: store the change from the base.
        low[i] = rows[std::size_t(i)].npvLow - baseNpv;
        high[i] = rows[std::size_t(i)].npvHigh - baseNpv;
        m_labels << driverLabel(rows[std::size_t(i)].driver);
        ticker->addTick(n - 1 - i, m_labels.back());
    }
    // QCPBars data must be sorted by key: reverse into ascending key order.
    std::reverse(keys.begin(), keys.end());
    std::reverse(low.begin(), low.end());
    std::reverse(high.begin(), high.end());
    plot()->yAxis->setTicker(ticker);
    plot()->yAxis->setRange(-0.6, n - 0.4);
    plot()->yAxis->setTickLength(0, 0);

    const QString pct = QLocale(QLocale::English).toString(swing * 100.0, 'g', 3);
    auto *lowBars = plot::addBars(plot(), QStringLiteral("low"), tr("Driver -%1%").arg(pct), keys,
                                  low, ChartPalette::color(SeriesKind::SensitivityLow), 0.6,
                                  plot()->yAxis, plot()->xAxis);
    auto *highBars = plot::addBars(plot(), QStringLiteral("high"), tr("Driver +%1%").arg(pct), keys,
                                   high, ChartPalette::color(SeriesKind::SensitivityHigh), 0.6,
                                   plot()->yAxis, plot()->xAxis);
    lowBars->setBaseValue(baseNpv);
    highBars->setBaseValue(baseNpv);

    auto *line = new QCPItemStraightLine(plot());
    line->point1->setCoords(baseNpv, -1);
    line->point2->setCoords(baseNpv, n);
    line->setPen(QPen(ChartPalette::color(SeriesKind::Baseline), 1.5));
    auto *label = plot::addTopLabel(
        plot(), baseNpv, tr("Base NPV %1").arg(formatMoney(baseNpv, currency())),
        ChartPalette::color(SeriesKind::Text), Qt::AlignHCenter | Qt::AlignBottom);
    label->position->setCoords(baseNpv, 0.0);
    label->setClipToAxisRect(false);
    label->setBrush(Qt::NoBrush);
    registerMarker(QStringLiteral("base"), line, label);

    fitValueAxis(Axis::X, false);
    // The base line must be inside the range even when every bar is on one side.
    QCPRange r = plot()->xAxis->range();
    const double pad = std::max(r.size(), std::abs(baseNpv) * 0.1) * 0.08;
    plot()->xAxis->setRange(std::min(r.lower, baseNpv - pad), std::max(r.upper, baseNpv + pad));
    // Room above the plot for the base label.
    plot()->axisRect()->setAutoMargins(QCP::msLeft | QCP::msRight | QCP::msBottom);
    plot()->axisRect()->setMargins(QMargins(0, 26, 0, 0));
    endUpdate(true);
}

QString TornadoChart::categoryHoverText(double, double value) const
{
    const int n = int(m_rows.size());
    const int key = int(std::lround(value)); // rows run along the vertical axis
    const int i = n - 1 - key;
    if (i < 0 || i >= n || std::abs(value - key) > 0.35)
        return QString();
    const SensitivityRow &row = m_rows[std::size_t(i)];
    return tr("%1\nLow: %2\nHigh: %3\nSwing: %4\nBase: %5")
        .arg(m_labels.value(i), formatValue(row.npvLow, ValueFormat::Money),
             formatValue(row.npvHigh, ValueFormat::Money),
             formatValue(row.swing(), ValueFormat::Money), formatValue(m_base, ValueFormat::Money));
}

} // namespace charts
} // namespace fleetroi
