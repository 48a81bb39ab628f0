// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/WaterfallChart.h"

#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetroi {
namespace charts {

namespace {

// Tick labels on two lines at most: break at the space nearest the middle of long names.
QString wrapped(const QString &text)
{
    if (text.size() <= 12)
        return text;
    const int mid = int(text.size() / 2);
    int best = -1;
    for (int i = 0; i < text.size(); ++i)
        if (text[i] == QLatin1Char(' ') && (best < 0 || std::abs(i - mid) < std::abs(best - mid)))
            best = i;
    if (best < 0)
        return text;
    QString out = text;
    out[best] = QLatin1Char('\n');
    return out;
}

} // namespace

WaterfallChart::WaterfallChart(QWidget *parent)
    : ChartView(parent)
{
    setAxisFormat(Axis::Y, ValueFormat::Money);
    plot::setAxisTitle(plot()->yAxis, tr("NPV"));
    plot()->xAxis->grid()->setVisible(false);
}

void WaterfallChart::setBridge(const QString &startLabel, double start,
                               const std::vector<WaterfallStep> &steps, const QString &endLabel,
                               double end)
{
    beginUpdate();
    setCategoryAxis();
    m_bars.clear();
    m_bars.push_back({startLabel, 0.0, start, true});
    double running = start;
    for (const WaterfallStep &s : steps) {
        m_bars.push_back({s.label, running, s.delta, false});
        running += s.delta;
    }
    m_bars.push_back({endLabel, 0.0, end, true});

    const int n = int(m_bars.size());
    auto ticker = QSharedPointer<QCPAxisTickerText>::create();
    double lo = 0.0, hi = 0.0;
    for (int i = 0; i < n; ++i) {
        const Bar &b = m_bars[std::size_t(i)];
        ticker->addTick(i, wrapped(b.label));
        const QString id = i == 0       ? QStringLiteral("start")
                           : i == n - 1 ? QStringLiteral("end")
                                        : QStringLiteral("step%1").arg(i - 1);
        const QColor color = b.total          ? ChartPalette::color(SeriesKind::Cumulative)
                             : b.value >= 0.0 ? ChartPalette::color(SeriesKind::CashIn)
                                              : ChartPalette::color(SeriesKind::CashOut);
        auto *bars = plot::addBars(plot(), id, b.label, {double(i)}, {b.value}, color, 0.6);
        bars->setBaseValue(b.base);
        bars->removeFromLegend();
        lo = std::min({lo, b.base, b.base + b.value});
        hi = std::max({hi, b.base, b.base + b.value});

        // The amount on the bar's far end; steps carry their sign.
        auto *label = new QCPItemText(plot());
        const double tip = b.base + b.value;
        const bool up = b.value >= 0.0;
        label->position->setCoords(i, tip);
        label->setPositionAlignment(up ? Qt::AlignHCenter | Qt::AlignBottom
                                       : Qt::AlignHCenter | Qt::AlignTop);
        label->setPadding(QMargins(2, 2, 2, 2));
        label->setText((b.total || !up ? QString() : QStringLiteral("+")) +
                       formatMoney(b.value, currency()));
        label->setColor(ChartPalette::color(SeriesKind::Text));
        label->setSelectable(false);
        registerMarker(QStringLiteral("value%1").arg(i), nullptr, label);
    }
    // Thin connectors from each bar's end to the next bar's start.
    for (int i = 0; i + 1 < n; ++i) {
        const Bar &b = m_bars[std::size_t(i)];
        auto *line = new QCPItemLine(plot());
        line->start->setCoords(i + 0.3, b.base + b.value);
        line->end->setCoords(i + 0.7, b.base + b.value);
        line->setPen(QPen(ChartPalette::color(SeriesKind::Text), 0.8, Qt::DotLine));
        line->setSelectable(false);
    }
    plot()->xAxis->setTicker(ticker);
    plot()->xAxis->setTickLength(0, 0);
    plot()->xAxis->setRange(-0.6, n - 0.4);
    const double pad = std::max(hi - lo, 1.0) * 0.1;
    plot()->yAxis->setRange(lo < 0.0 ? lo - pad : lo, hi > 0.0 ? hi + pad : hi);
    endUpdate(true);
}

double WaterfallChart::seriesBase(const QString &id) const
{
    const int n = int(m_bars.size());
    int i = -1;
    if (id == QLatin1String("start"))
        i = 0;
    else if (id == QLatin1String("end"))
        i = n - 1;
    else if (id.startsWith(QLatin1String("step")))
        i = id.mid(4).toInt() + 1;
    if (i < 0 || i >= n || (i == n - 1 && id != QLatin1String("end")))
        return std::numeric_limits<double>::quiet_NaN();
    return m_bars[std::size_t(i)].base;
}

QString WaterfallChart::categoryHoverText(double key, double) const
{
    const int i = int(std::lround(key));
    if (i < 0 || i >= int(m_bars.size()) || std::abs(key - i) > 0.35)
        return QString();
    const Bar &b = m_bars[std::size_t(i)];
    if (b.total)
        return tr("%1\nNPV: %2").arg(b.label, formatValue(b.value, ValueFormat::Money));
    return tr("%1\nNPV change: %2\nNPV after this step: %3")
        .arg(b.label,
             (b.value >= 0 ? QStringLiteral("+") : QString()) +
                 formatValue(b.value, ValueFormat::Money),
             formatValue(b.base + b.value, ValueFormat::Money));
}

} // namespace charts
} // namespace fleetroi
