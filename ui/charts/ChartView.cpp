// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/ChartView.h"

#include "charts/ChartAxisTickers.h"
#include "charts/ChartFormat.h"
#include "charts/ChartPalette.h"

#include <QMap>
#include <QMenu>
#include <QPointer>
#include <QToolTip>
#include <QVBoxLayout>

#include <cmath>
#include <limits>

namespace fleetroi {
namespace charts {

struct ChartView::Private
{
    QCPItemText *emptyText = nullptr;
    QCPItemStraightLine *hoverLine = nullptr;
    QCPItemTracer *tracer = nullptr;
    QPointer<QCPGraph> tracerGraph;
    QCPLayoutGrid *legendGrid = nullptr;
    QCPTextElement *titleElement = nullptr;
    QSharedPointer<MonthTicker> monthTicker;
    QMap<ChartView::Axis, QSharedPointer<ValueTicker>> valueTickers;
    struct Marker
    {
        QPointer<QCPItemStraightLine> line;
        QPointer<QCPItemText> label;
    };
    QMap<QString, Marker> markers;
    QPoint pressPos;
    bool pressed = false;
    bool timeAxis = false;
};

namespace {

QCPAbstractPlottable *plottableById(QCustomPlot *plot, const QString &id)
{
    for (int i = 0; i < plot->plottableCount(); ++i)
        if (plot->plottable(i)->objectName() == id)
            return plot->plottable(i);
    return nullptr;
}

void styleAxis(QCPAxis *axis)
{
    const QColor text = ChartPalette::color(SeriesKind::Text);
    const QColor muted = ChartPalette::color(SeriesKind::MutedText);
    axis->setBasePen(QPen(muted, 1));
    axis->setTickPen(QPen(muted, 1));
    axis->setSubTickPen(QPen(muted, 1));
    axis->setTickLabelColor(text);
    axis->setLabelColor(text);
    axis->grid()->setPen(QPen(ChartPalette::color(SeriesKind::Grid), 1));
    axis->grid()->setZeroLinePen(QPen(ChartPalette::color(SeriesKind::Baseline), 1));
    axis->grid()->setSubGridVisible(false);
}

} // namespace

ChartView::ChartView(QWidget *parent)
    : QWidget(parent)
    , d(std::make_unique<Private>())
{
    m_plot = new QCustomPlot(this);
    m_plot->installEventFilter(this); // replots put off while hidden (queueReplot)
    m_plot->setObjectName(QStringLiteral("chartPlot"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);

    m_plot->setMouseTracking(true);
    m_plot->setAntialiasedElements(QCP::aePlottables | QCP::aeItems | QCP::aeFills);
    m_plot->setNoAntialiasingOnDrag(true);
    styleAxis(m_plot->xAxis);
    styleAxis(m_plot->yAxis);
    styleAxis(m_plot->yAxis2);
    m_plot->xAxis->grid()->setVisible(false);
    m_plot->yAxis2->grid()->setVisible(false);

    // The legend goes below the axis rect, in rows, so it never hides data.
    m_plot->legend->setVisible(false);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    // The grid joins the plot layout only while the legend has entries: an empty legend's
    // maximum width is zero and would squeeze the axis rect in its column to nothing.
    d->legendGrid = new QCPLayoutGrid;
    d->legendGrid->setMargins(QMargins(6, 0, 6, 4));
    d->legendGrid->addElement(0, 0, m_plot->legend);
    m_plot->plotLayout()->setRowSpacing(0);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setIconSize(14, 10);
    m_plot->legend->setColumnSpacing(12);
    m_plot->legend->setTextColor(ChartPalette::color(SeriesKind::Text));

    d->emptyText = new QCPItemText(m_plot);
    d->emptyText->position->setType(QCPItemPosition::ptAxisRectRatio);
    d->emptyText->position->setCoords(0.5, 0.5);
    d->emptyText->setText(tr("No data"));
    d->emptyText->setColor(ChartPalette::color(SeriesKind::MutedText));
    QFont emptyFont = font();
    emptyFont.setPointSizeF(emptyFont.pointSizeF() * 1.4);
    d->emptyText->setFont(emptyFont);
    d->emptyText->setClipToAxisRect(false);

    d->hoverLine = new QCPItemStraightLine(m_plot);
    d->hoverLine->setPen(QPen(ChartPalette::color(SeriesKind::MutedText), 1, Qt::DotLine));
    d->hoverLine->setVisible(false);
    d->hoverLine->setSelectable(false);
    d->tracer = new QCPItemTracer(m_plot);
    d->tracer->setStyle(QCPItemTracer::tsCircle);
    d->tracer->setSize(7);
    d->tracer->setPen(QPen(ChartPalette::color(SeriesKind::Text), 1.5));
    d->tracer->setBrush(Qt::white);
    d->tracer->setVisible(false);
    d->tracer->setInterpolating(false);

    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::onMouseMove);
    connect(m_plot, &QCustomPlot::mousePress, this, &ChartView::onMousePress);
    // Right-click: export the chart as PNG, SVG or PDF.
    m_plot->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_plot, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QMenu menu(this);
        QAction *exportAction = menu.addAction(tr("Export chart..."));
        exportAction->setEnabled(!m_empty);
        if (menu.exec(m_plot->mapToGlobal(pos)) == exportAction)
            exportWithDialog();
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, &ChartView::onMouseRelease);
    connect(m_plot->xAxis, qOverload<const QCPRange &>(&QCPAxis::rangeChanged), this,
            &ChartView::clampTimeRange);

    setAxisFormat(Axis::Y, ValueFormat::Money);
    setAxisFormat(Axis::Y2, ValueFormat::Money);
    setCategoryAxis();
    endUpdate(false);
}

ChartView::~ChartView()
{
    if (d->legendGrid && !d->legendGrid->layout())
        delete d->legendGrid; // not in the plot layout, so the plot does not own it
}

void ChartView::setCurrency(const QString &currencyCode)
{
    m_currency = currencyCode;
    for (const auto &ticker : std::as_const(d->valueTickers))
        ticker->setCurrency(currencyCode);
    queueReplot();
}

void ChartView::setTitle(const QString &title)
{
    m_title = title;
    if (!d->titleElement) {
        if (title.isEmpty())
            return;
        m_plot->plotLayout()->insertRow(0);
        QFont titleFont = font();
        titleFont.setBold(true);
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
        d->titleElement = new QCPTextElement(m_plot, title, titleFont);
        d->titleElement->setTextColor(ChartPalette::color(SeriesKind::Text));
        m_plot->plotLayout()->addElement(0, 0, d->titleElement);
        m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    }
    d->titleElement->setText(title);
    queueReplot();
}

void ChartView::clear()
{
    beginUpdate();
    endUpdate(false);
}

void ChartView::beginUpdate()
{
    hideHover();
    d->tracer->setGraph(nullptr);
    d->tracerGraph = nullptr;
    m_plot->clearPlottables();
    for (const auto &marker : std::as_const(d->markers)) {
        if (marker.line)
            m_plot->removeItem(marker.line);
        if (marker.label)
            m_plot->removeItem(marker.label);
    }
    d->markers.clear();
    m_hoverRows.clear();
}

void ChartView::endUpdate(bool hasData)
{
    m_empty = !hasData;
    d->emptyText->setVisible(m_empty);
    // Without data the default 0..5 ticks would read as values: show the frame only.
    for (QCPAxis *axis : {m_plot->xAxis, m_plot->yAxis, m_plot->yAxis2}) {
        axis->setTickLabels(!m_empty);
        axis->setTicks(!m_empty);
    }
    if (m_empty && d->timeAxis)
        m_monthCount = 0;
    setLegendShown(!m_empty && m_plot->legend->itemCount() > 0);
    adaptToWidth(m_plot->width() > 0 ? m_plot->width() : width());
    clampTimeRange();
    queueReplot();
}

void ChartView::setTimeAxis(int startYear, int startMonth, int count)
{
    m_startYear = startYear;
    m_startMonth = startMonth;
    m_monthCount = count;
    d->timeAxis = true;
    d->monthTicker = QSharedPointer<MonthTicker>::create(startYear, startMonth);
    m_plot->xAxis->setTicker(d->monthTicker);
    m_plot->xAxis->setTickLabelRotation(0);
    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->axisRect()->setRangeDrag(Qt::Horizontal);
    m_plot->axisRect()->setRangeZoom(Qt::Horizontal);
    m_plot->axisRect()->setRangeDragAxes(m_plot->xAxis, nullptr);
    m_plot->axisRect()->setRangeZoomAxes(m_plot->xAxis, nullptr);
    // Bars are centred on t: half a month of margin on each side.
    m_plot->xAxis->setRange(-0.5, std::max(count, 1) - 0.5);
}

void ChartView::setTimeAxis(const std::vector<std::string> &months)
{
    int year = 2026, month = 1;
    if (!months.empty())
        parseMonth(QString::fromStdString(months.front()), &year, &month);
    setTimeAxis(year, month, int(months.size()));
}

void ChartView::setCategoryAxis()
{
    d->timeAxis = false;
    m_monthCount = 0;
    d->monthTicker.reset();
    m_plot->setInteractions(QCP::Interactions());
}

QCPAxis *ChartView::axis(Axis which) const
{
    switch (which) {
    case Axis::X:
        return m_plot->xAxis;
    case Axis::Y2:
        return m_plot->yAxis2;
    case Axis::X2:
        return m_plot->xAxis2;
    case Axis::Y:
        break;
    }
    return m_plot->yAxis;
}

void ChartView::setAxisFormat(Axis which, ValueFormat format)
{
    auto ticker = QSharedPointer<ValueTicker>::create(format);
    ticker->setCurrency(m_currency);
    d->valueTickers.insert(which, ticker);
    axis(which)->setTicker(ticker);
}

void ChartView::fitValueAxis(Axis which, bool includeZero)
{
    QCPAxis *a = axis(which);
    bool found = false;
    QCPRange range;
    for (QCPAbstractPlottable *p : a->plottables()) {
        if (!p->visible())
            continue;
        bool ok = false;
        const QCPRange r = p->valueAxis() == a ? p->getValueRange(ok, QCP::sdBoth)
                                               : p->getKeyRange(ok, QCP::sdBoth);
        if (!ok)
            continue;
        range =
            found ? QCPRange(std::min(range.lower, r.lower), std::max(range.upper, r.upper)) : r;
        found = true;
    }
    if (!found)
        range = QCPRange(0, 1);
    if (includeZero) {
        range.lower = std::min(range.lower, 0.0);
        range.upper = std::max(range.upper, 0.0);
    }
    if (range.size() <= 0) // a constant series: show it mid-height
        range = QCPRange(range.lower - (range.lower == 0 ? 1 : std::abs(range.lower) * 0.5),
                         range.upper + (range.upper == 0 ? 1 : std::abs(range.upper) * 0.5));
    const double pad = range.size() * 0.06;
    // Headroom only away from zero, so a series that starts at zero sits on the axis.
    a->setRange(range.lower < 0 ? range.lower - pad : range.lower,
                range.upper > 0 ? range.upper + pad : range.upper);
}

void ChartView::addHoverRow(const QString &name, ValueFormat format, std::vector<double> values)
{
    m_hoverRows.push_back({name, format, std::move(values)});
}

void ChartView::registerMarker(const QString &id, QCPItemStraightLine *line, QCPItemText *label)
{
    d->markers.insert(id, {line, label});
}

void ChartView::setTracerGraph(QCPGraph *graph)
{
    d->tracerGraph = graph;
}

QString ChartView::formatValue(double value, ValueFormat format) const
{
    switch (format) {
    case ValueFormat::Money:
        return formatMoneyFull(value, m_currency);
    case ValueFormat::Price:
        return tr("%1/h").arg(formatMoneyFull(value, m_currency, 2));
    case ValueFormat::Hours:
        return tr("%1 h").arg(formatNumber(value));
    case ValueFormat::Percent:
        return tr("%1%").arg(formatNumber(value * 100.0, 1));
    case ValueFormat::Count:
        return formatNumber(value);
    case ValueFormat::Factor:
        return tr("%1x").arg(formatNumber(value, 2));
    }
    return formatNumber(value, 2);
}

QString ChartView::categoryHoverText(double, double) const
{
    return QString();
}

QString ChartView::hoverText(double key, double value) const
{
    if (m_empty)
        return QString();
    if (!d->timeAxis)
        return categoryHoverText(key, value);
    const int t = int(std::lround(key));
    if (t < 0 || t >= m_monthCount)
        return QString();
    QStringList lines{monthLabelAt(t)};
    for (const HoverRow &row : m_hoverRows) {
        if (t < int(row.values.size()))
            lines << tr("%1: %2").arg(row.name,
                                      formatValue(row.values[std::size_t(t)], row.format));
    }
    return lines.join(QLatin1Char('\n'));
}

QString ChartView::monthLabelAt(int t) const
{
    return monthLabel(m_startYear, m_startMonth, t);
}

QStringList ChartView::seriesIds() const
{
    QStringList ids;
    for (int i = 0; i < m_plot->plottableCount(); ++i)
        ids << m_plot->plottable(i)->objectName();
    return ids;
}

int ChartView::seriesCount() const
{
    return m_plot->plottableCount();
}

int ChartView::legendItemCount() const
{
    return m_plot->legend->visible() ? m_plot->legend->itemCount() : 0;
}

QVector<double> ChartView::seriesKeys(const QString &id) const
{
    QVector<double> keys;
    QCPAbstractPlottable *p = plottableById(m_plot, id);
    if (auto *graph = qobject_cast<QCPGraph *>(p)) {
        for (const QCPGraphData &point : *graph->data())
            keys << point.key;
    } else if (auto *bars = qobject_cast<QCPBars *>(p)) {
        for (const QCPBarsData &bar : *bars->data())
            keys << bar.key;
    } else if (auto *map = qobject_cast<QCPColorMap *>(p)) {
        for (int x = 0; x < map->data()->keySize(); ++x) {
            double key = 0, value = 0;
            map->data()->cellToCoord(x, 0, &key, &value);
            keys << key;
        }
    }
    return keys;
}

QVector<double> ChartView::seriesValues(const QString &id) const
{
    QVector<double> values;
    QCPAbstractPlottable *p = plottableById(m_plot, id);
    if (auto *graph = qobject_cast<QCPGraph *>(p)) {
        for (const QCPGraphData &point : *graph->data())
            values << point.value;
    } else if (auto *bars = qobject_cast<QCPBars *>(p)) {
        for (const QCPBarsData &bar : *bars->data())
            values << bar.value;
    } else if (auto *map = qobject_cast<QCPColorMap *>(p)) {
        for (int y = 0; y < map->data()->valueSize(); ++y)
            for (int x = 0; x < map->data()->keySize(); ++x)
                values << map->data()->cell(x, y);
    }
    return values;
}

QString ChartView::seriesName(const QString &id) const
{
    QCPAbstractPlottable *p = plottableById(m_plot, id);
    return p ? p->name() : QString();
}

double ChartView::markerKey(const QString &id) const
{
    const auto it = d->markers.constFind(id);
    if (it == d->markers.constEnd() || !it->line)
        return std::numeric_limits<double>::quiet_NaN();
    return it->line->point1->key();
}

QString ChartView::markerText(const QString &id) const
{
    const auto it = d->markers.constFind(id);
    if (it == d->markers.constEnd() || !it->label)
        return QString();
    return it->label->text();
}

QPair<double, double> ChartView::visibleKeyRange() const
{
    return {m_plot->xAxis->range().lower, m_plot->xAxis->range().upper};
}

void ChartView::setVisibleKeyRange(double lower, double upper)
{
    m_plot->xAxis->setRange(lower, upper);
    queueReplot();
}

QPointF ChartView::widgetPosition(double key, double value) const
{
    // Lay out first: coordinates are only meaningful once the axis rect has its size.
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    const QPointF inPlot(m_plot->xAxis->coordToPixel(key), m_plot->yAxis->coordToPixel(value));
    return m_plot->mapTo(this, inPlot.toPoint());
}

QString ChartView::axisTickLabel(Axis which, double value) const
{
    const auto ticker = d->valueTickers.value(which);
    if (which == Axis::X && d->timeAxis)
        return monthLabelAt(int(std::lround(value)));
    return ticker ? ticker->label(value) : QString();
}

QStringList ChartView::axisTickLabels(Axis which) const
{
    QCPAxis *a = axis(which);
    if (!a || !a->visible())
        return {};
    // The tick vectors are computed while drawing: draw once off screen.
    m_plot->toPixmap(std::max(m_plot->width(), 640), std::max(m_plot->height(), 360));
    const QVector<QString> labels = a->tickVectorLabels();
    return QStringList(labels.begin(), labels.end());
}

QSize ChartView::sizeHint() const
{
    return QSize(640, 360);
}

QSize ChartView::minimumSizeHint() const
{
    return QSize(240, 160);
}

void ChartView::queueReplot()
{
    // A chart nobody can see (on another tab, scrolled out of its scroll area) is drawn when
    // it is next painted, not on every update: at 10,000 tranches one edit redrew the six
    // charts of the Results tab, of which two fit on the screen.
    if (m_plot->isVisible() && !m_plot->visibleRegion().isEmpty()) {
        m_replotPending = false;
        m_plot->replot(QCustomPlot::rpQueuedReplot);
    } else {
        m_replotPending = true;
    }
}

bool ChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_plot && event->type() == QEvent::Resize &&
        (!m_plot->isVisible() || m_plot->size().isEmpty())) {
        // QCustomPlot replots on every resize. Qt sends the resizes a hidden widget collected
        // just before showing it (a tab's first show), often at an empty size: drawn then, the
        // layers went into null pixmaps ("QPainter::begin: Paint device returned engine == 0",
        // "QCPLayer::drawToPaintBuffer() paint buffer returned inactive painter") and the work
        // was thrown away. Take the new viewport only; the replot waits for the next paint.
        m_plot->setViewport(m_plot->rect());
        m_replotPending = true;
        return true;
    }
    if (watched == m_plot && m_replotPending && event->type() == QEvent::Paint) {
        m_replotPending = false;
        // Draws the layers into the plot's buffers now; the paint event then shows them (the
        // update() this also asks for repaints the same buffers).
        m_plot->replot(QCustomPlot::rpQueuedRefresh);
    }
    return QWidget::eventFilter(watched, event);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    adaptToWidth(width());
}

void ChartView::setLegendShown(bool shown)
{
    QCPLayoutGrid *layout = m_plot->plotLayout();
    const bool inLayout = d->legendGrid->layout() == layout;
    m_plot->legend->setVisible(shown);
    if (shown && !inLayout) {
        const int row = layout->rowCount();
        layout->addElement(row, 0, d->legendGrid);
        layout->setRowStretchFactor(row, 0.001);
    } else if (!shown && inLayout) {
        layout->take(d->legendGrid);
        layout->simplify();
    }
}

int ChartView::adaptToWidth(int width)
{
    // Legend: as many columns as fit (about 170 px per entry), so long legends wrap into
    // rows instead of one tall column. Time axis: about 90 px per "2026-01" label, 3 to 8
    // labels (8 keeps a five-year horizon on yearly ticks).
    const int savedWrap = m_plot->legend->wrap();
    const int items = m_plot->legend->itemCount();
    const int columns = std::clamp(width / 170, 1, std::max(1, items));
    if (savedWrap != columns) {
        m_plot->legend->setWrap(columns);
        m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst, true); // re-flow the entries
    }
    if (d->monthTicker)
        d->monthTicker->setMaxTicks(std::clamp((width - 60) / 90, 3, 8));
    return savedWrap;
}

void ChartView::clampTimeRange()
{
    if (!d->timeAxis || m_monthCount <= 0)
        return;
    // Pan and zoom stay inside the horizon; at least three months (or all of them) visible.
    const double lo = -0.5, hi = m_monthCount - 0.5;
    const double minSpan = std::min(3.0, hi - lo);
    QCPRange r = m_plot->xAxis->range();
    double size = std::clamp(r.size(), minSpan, hi - lo);
    double lower = std::clamp(r.lower, lo, hi - size);
    if (std::abs(lower - r.lower) > 1e-9 || std::abs(size - r.size()) > 1e-9) {
        QSignalBlocker block(m_plot->xAxis);
        m_plot->xAxis->setRange(lower, lower + size);
    }
}

void ChartView::hideHover()
{
    if (d->hoverLine->visible() || d->tracer->visible()) {
        d->hoverLine->setVisible(false);
        d->tracer->setVisible(false);
        queueReplot();
    }
    QToolTip::hideText();
}

void ChartView::onMouseMove(QMouseEvent *event)
{
    if (m_empty || !m_plot->axisRect()->rect().contains(event->pos())) {
        hideHover();
        return;
    }
    const double key = m_plot->xAxis->pixelToCoord(event->pos().x());
    const double value = m_plot->yAxis->pixelToCoord(event->pos().y());
    const QString text = hoverText(key, value);
    if (d->timeAxis) {
        const int t = int(std::lround(key));
        if (t >= 0 && t < m_monthCount) {
            d->hoverLine->point1->setCoords(t, 0);
            d->hoverLine->point2->setCoords(t, 1);
            d->hoverLine->setVisible(true);
            if (d->tracerGraph) {
                d->tracer->setGraph(d->tracerGraph);
                d->tracer->setGraphKey(t);
                d->tracer->setVisible(true);
            }
            queueReplot();
        }
    }
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint() + QPoint(14, 8), text, m_plot);
}

void ChartView::onMousePress(QMouseEvent *event)
{
    d->pressPos = event->pos();
    d->pressed = event->button() == Qt::LeftButton;
}

void ChartView::onMouseRelease(QMouseEvent *event)
{
    // A press and release within a few pixels is a click; anything longer was a pan.
    const bool click = d->pressed && (event->pos() - d->pressPos).manhattanLength() <= 4;
    d->pressed = false;
    if (!click || !d->timeAxis || m_empty || !m_plot->axisRect()->rect().contains(event->pos()))
        return;
    const int t = int(std::lround(m_plot->xAxis->pixelToCoord(event->pos().x())));
    if (t >= 0 && t < m_monthCount)
        emit monthClicked(t);
}

} // namespace charts
} // namespace fleetroi
