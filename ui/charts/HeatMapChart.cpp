// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/HeatMapChart.h"

#include "charts/ChartAxisTickers.h"
#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"
#include "charts/PlotHelpers.h"

#include <QPointer>

#include <cmath>
#include <limits>

namespace fleetroi {
namespace charts {

struct HeatMapChart::Private
{
    QCPColorScale *scale = nullptr;
    QCPMarginGroup *margins = nullptr;
    QList<QPointer<QCPItemText>> labels; // registered as markers: clear() removes them
};

namespace {

QCPColorGradient divergingGradient()
{
    QCPColorGradient gradient;
    gradient.clearColorStops();
    gradient.setColorStopAt(0.0, QColor(0xB2, 0x18, 0x2B));
    gradient.setColorStopAt(0.25, QColor(0xEF, 0x8A, 0x62));
    gradient.setColorStopAt(0.5, QColor(0xF7, 0xF7, 0xF7));
    gradient.setColorStopAt(0.75, QColor(0x7F, 0xBF, 0x7B));
    gradient.setColorStopAt(1.0, QColor(0x1B, 0x78, 0x37));
    gradient.setColorInterpolation(QCPColorGradient::ciRGB);
    gradient.setNanHandling(QCPColorGradient::nhNanColor);
    gradient.setNanColor(QColor(0xDD, 0xDD, 0xDD));
    return gradient;
}

QString factorLabel(double factor)
{
    return QCoreApplication::translate("fleetroi::charts::HeatMapChart", "%1x")
        .arg(QLocale(QLocale::English).toString(factor, 'f', 2));
}

} // namespace

HeatMapChart::HeatMapChart(QWidget *parent)
    : ChartView(parent)
    , m_xTitle(tr("Lease price factor"))
    , m_yTitle(tr("Internal demand factor"))
    , d2(std::make_unique<Private>())
{
    d2->scale = new QCPColorScale(plot());
    plot()->plotLayout()->addElement(0, 1, d2->scale);
    // The colour bar keeps its natural width; the map takes the rest.
    plot()->plotLayout()->setColumnStretchFactor(1, 0.01);
    d2->scale->setType(QCPAxis::atRight);
    d2->scale->setBarWidth(14);
    d2->scale->setGradient(divergingGradient());
    d2->scale->axis()->setLabel(tr("NPV"));
    auto moneyTicker = QSharedPointer<ValueTicker>::create(ValueFormat::Money);
    d2->scale->axis()->setTicker(moneyTicker);
    // Line the colour bar up with the plot's top and bottom.
    d2->margins = new QCPMarginGroup(plot());
    plot()->axisRect()->setMarginGroup(QCP::msTop | QCP::msBottom, d2->margins);
    d2->scale->setMarginGroup(QCP::msTop | QCP::msBottom, d2->margins);
    plot()->xAxis->grid()->setVisible(false);
    plot()->yAxis->grid()->setVisible(false);
    plot::setAxisTitle(plot()->xAxis, m_xTitle);
    plot::setAxisTitle(plot()->yAxis, m_yTitle);
}

HeatMapChart::~HeatMapChart() = default;

void HeatMapChart::setAxisTitles(const QString &xTitle, const QString &yTitle)
{
    m_xTitle = xTitle;
    m_yTitle = yTitle;
    plot::setAxisTitle(plot()->xAxis, xTitle);
    plot::setAxisTitle(plot()->yAxis, yTitle);
    queueReplot();
}

void HeatMapChart::setGrid(const std::vector<double> &xFactors, const std::vector<double> &yFactors,
                           const std::vector<std::vector<double>> &npvMatrix)
{
    beginUpdate();
    setCategoryAxis();
    d2->labels.clear(); // the items went with the markers in beginUpdate()
    m_x = xFactors;
    m_y = yFactors;
    m_npv = npvMatrix;
    const int nx = int(xFactors.size()), ny = int(yFactors.size());
    if (nx == 0 || ny == 0) {
        d2->scale->setVisible(false);
        endUpdate(false);
        return;
    }
    d2->scale->setVisible(true);
    d2->scale->axis()->setTicker(QSharedPointer<ValueTicker>::create(ValueFormat::Money));
    static_cast<ValueTicker *>(d2->scale->axis()->ticker().data())->setCurrency(currency());

    auto *map = new QCPColorMap(plot()->xAxis, plot()->yAxis);
    map->setObjectName(QStringLiteral("npv"));
    map->setName(tr("NPV"));
    map->removeFromLegend();
    map->setColorScale(d2->scale);
    map->setInterpolate(false);
    map->setTightBoundary(false);
    // Cells at integer indices; the tickers print the factors, so uneven grids work too.
    map->data()->setSize(nx, ny);
    map->data()->setRange(QCPRange(0, std::max(nx - 1, 0)), QCPRange(0, std::max(ny - 1, 0)));
    double extent = 0.0;
    for (int iy = 0; iy < ny; ++iy) {
        for (int ix = 0; ix < nx; ++ix) {
            double v = std::numeric_limits<double>::quiet_NaN();
            if (iy < int(npvMatrix.size()) && ix < int(npvMatrix[std::size_t(iy)].size()))
                v = npvMatrix[std::size_t(iy)][std::size_t(ix)];
            map->data()->setCell(ix, iy, v);
            if (std::isfinite(v))
                extent = std::max(extent, std::abs(v));
        }
    }
    if (extent == 0.0)
        extent = 1.0;
    map->setDataRange(QCPRange(-extent, extent));

    auto xTicker = QSharedPointer<QCPAxisTickerText>::create();
    auto yTicker = QSharedPointer<QCPAxisTickerText>::create();
    // Label at most ~10 factors per axis so labels never collide.
    const int xEvery = std::max(1, (nx + 9) / 10), yEvery = std::max(1, (ny + 9) / 10);
    for (int ix = 0; ix < nx; ix += xEvery)
        xTicker->addTick(ix, factorLabel(xFactors[std::size_t(ix)]));
    for (int iy = 0; iy < ny; iy += yEvery)
        yTicker->addTick(iy, factorLabel(yFactors[std::size_t(iy)]));
    plot()->xAxis->setTicker(xTicker);
    plot()->yAxis->setTicker(yTicker);
    plot()->xAxis->setRange(-0.5, nx - 0.5);
    plot()->yAxis->setRange(-0.5, ny - 0.5);

    // Values in the cells when they fit (up to 9 x 9 cells).
    if (nx <= 9 && ny <= 9) {
        for (int iy = 0; iy < ny; ++iy) {
            for (int ix = 0; ix < nx; ++ix) {
                const double v = map->data()->cell(ix, iy);
                if (!std::isfinite(v))
                    continue;
                auto *label = new QCPItemText(plot());
                label->position->setCoords(ix, iy);
                label->setText(formatMoney(v, currency()));
                // Dark text on light cells, white on saturated ones.
                label->setColor(std::abs(v) / extent > 0.6 ? Qt::white
                                                           : ChartPalette::color(SeriesKind::Text));
                QFont small = font();
                small.setPointSizeF(small.pointSizeF() * 0.85);
                label->setFont(small);
                label->setSelectable(false);
                d2->labels << label;
                registerMarker(QStringLiteral("cell%1_%2").arg(ix).arg(iy), nullptr, label);
            }
        }
    }
    endUpdate(true);
    plot()->legend->setVisible(false);
}

QPair<double, double> HeatMapChart::colorRange() const
{
    const QCPRange r = d2->scale->dataRange();
    return {r.lower, r.upper};
}

QStringList HeatMapChart::cellLabels() const
{
    QStringList texts;
    for (const auto &label : std::as_const(d2->labels))
        if (label)
            texts << label->text();
    return texts;
}

QString HeatMapChart::categoryHoverText(double key, double value) const
{
    const int ix = int(std::lround(key)), iy = int(std::lround(value));
    if (ix < 0 || iy < 0 || ix >= int(m_x.size()) || iy >= int(m_y.size()))
        return QString();
    double v = std::numeric_limits<double>::quiet_NaN();
    if (iy < int(m_npv.size()) && ix < int(m_npv[std::size_t(iy)].size()))
        v = m_npv[std::size_t(iy)][std::size_t(ix)];
    return tr("%1: %2\n%3: %4\nNPV: %5")
        .arg(m_xTitle, factorLabel(m_x[std::size_t(ix)]), m_yTitle,
             factorLabel(m_y[std::size_t(iy)]), formatValue(v, ValueFormat::Money));
}

} // namespace charts
} // namespace fleetroi
