// SPDX-License-Identifier: GPL-3.0-or-later
// Base of every FleetROI chart. It owns a QCustomPlot by composition (the spatial-model-editor
// plotwrapper habit) so the rest of the application never includes qcustomplot.h: callers see
// only the domain API of the subclasses (setResults, setSensitivity, ...) and the shared
// behaviour implemented here:
//  - palette (ChartPalette), calendar-month time axis ("2026-01", yearly ticks), money axes
//    ("$1.2B", "EUR 1.2B") in the scenario currency (setCurrency), legend below the plot;
//  - hover: a cursor line and tracer on the month under the mouse, values in a tooltip;
//  - zoom and pan on the time axis only (wheel, drag); a click on a month emits monthClicked;
//  - export to PNG/SVG/PDF (exportTo) and vector rendering for the PDF report (renderTo);
//  - data set in sorted batches, one queued replot per update; "No data" when empty;
//  - test accessors that read the plotted data back (seriesValues), so tests never compare
//    pixels.
#pragma once

#include <QPointF>
#include <QRectF>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

#include <memory>
#include <vector>

class QCustomPlot;
class QCPAxis;
class QCPGraph;
class QCPItemStraightLine;
class QCPItemText;
class QPainter;

namespace fleetroi {
namespace charts {

class ChartView : public QWidget
{
    Q_OBJECT
public:
    // How a value is shown in hover text and on a value axis.
    enum class ValueFormat
    {
        Money,   // scenario currency; axis abbreviated ("$1.2M"), hover full ("$1,234,567")
        Price,   // currency per GPU-hour, two decimals
        Hours,   // compute hours
        Percent, // hover: fraction 0..1 shown as "85.0%"; axis: values already in percent
        Count,   // GPUs, path counts
        Factor,  // multipliers such as 1.2 (shown "1.20x")
    };
    // The plot's four axes: bottom (keys: months or categories), left (values), right
    // (a second value scale, hidden unless a chart shows it) and top (unused by default).
    enum class Axis
    {
        X,
        Y,
        Y2,
        X2,
    };

    explicit ChartView(QWidget *parent = nullptr);
    ~ChartView() override;

    // ISO code of the scenario currency ("USD" shows as "$"); updates axes and hover text.
    void setCurrency(const QString &currencyCode);
    QString currency() const { return m_currency; }

    // Optional title drawn above the plot (exports and the report want one; the window
    // usually puts the chart in a titled tab instead).
    void setTitle(const QString &title);
    QString title() const { return m_title; }

    // Removes every series and shows the empty state.
    void clear();
    // True while the "No data" text is shown.
    bool isEmpty() const { return m_empty; }

    // Writes the chart to `path`; the format follows the extension: .png (raster at twice
    // the pixel density), .svg and .pdf (vector). `size` in logical pixels; an invalid size
    // means the widget's size when shown, else 960 x 540. On failure returns false and
    // lastError() says why.
    bool exportTo(const QString &path, const QSize &size = QSize());
    QString lastError() const { return m_lastError; }

    // Draws the chart into `target` (painter coordinates) as vectors, for the PDF report. The
    // chart is laid out as on a screen of the target's physical size, so its fonts keep their
    // point sizes on a 300- or 1200-dpi QPdfWriter (TOOLCHAIN.md pitfall).
    void renderTo(QPainter *painter, const QRectF &target);
    // Font families (a fallback list) every text of the chart is drawn with by renderTo();
    // sizes and weights stay. Empty (the default): the widget's fonts. The PDF report sets
    // its own list so chart text maps back to the characters written (ReportBuilder.cpp).
    void setFontFamilies(const QStringList &families) { m_fontFamilies = families; }

    // --- Test and report accessors: what is plotted, read back from the plot. ---
    // Stable, untranslated series ids ("leased", "cumulative", ...), in drawing order.
    QStringList seriesIds() const;
    int seriesCount() const;
    // Entries in the legend (0 when it is hidden or empty).
    int legendItemCount() const;
    // Keys (month index t on time charts) and values as plotted; stacked areas hold their
    // top edge (the running sum). A colour map returns its cells row by row (x fastest).
    QVector<double> seriesKeys(const QString &id) const;
    QVector<double> seriesValues(const QString &id) const;
    // Legend/display name of a series, "" when there is none.
    QString seriesName(const QString &id) const;
    // Key of a vertical marker line (e.g. "payback"), NaN when there is none.
    double markerKey(const QString &id) const;
    // Text of a label item (e.g. "payback"), "" when there is none.
    QString markerText(const QString &id) const;
    // The hover text for month t (time charts) or for the point (key, value) in plot
    // coordinates (other charts).
    QString hoverText(double key, double value = 0.0) const;
    // Number of months on the time axis (0 for charts without one).
    int monthCount() const { return m_monthCount; }
    QString monthLabelAt(int t) const;
    // Visible key range of the horizontal axis.
    QPair<double, double> visibleKeyRange() const;
    void setVisibleKeyRange(double lower, double upper);
    // Widget coordinates of plot point (key, value) on the primary axes (tests click here).
    QPointF widgetPosition(double key, double value) const;
    // Text drawn on a tick of `axis` at `value`.
    QString axisTickLabel(Axis axis, double value) const;
    // The tick labels `axis` draws at its current range and size, in order (lays the plot out
    // first). Empty for a hidden axis.
    QStringList axisTickLabels(Axis axis) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

    // Asks for a file name (PNG, SVG or PDF) and exports; reports a failure in a message box.
    void exportWithDialog();

signals:
    // The user clicked month t (0-based month index of the horizon) on a time chart.
    void monthClicked(int t);

protected:
    struct HoverRow
    {
        QString name;
        ValueFormat format = ValueFormat::Money;
        std::vector<double> values; // per month t
    };

    QCustomPlot *plot() const { return m_plot; }
    QCPAxis *axis(Axis which) const;

    // Starts an update: removes plottables, markers and hover rows.
    void beginUpdate();
    // Ends an update: empty state, legend layout, axis ranges, one queued replot.
    void endUpdate(bool hasData);

    // Makes the bottom axis a calendar-month axis for `count` months starting at
    // (startYear, startMonth), keys = month index t; enables horizontal zoom/pan and clicks.
    void setTimeAxis(int startYear, int startMonth, int count);
    // Same from the "YYYY-MM" labels of MonthlySeries::month (the first one gives the start).
    void setTimeAxis(const std::vector<std::string> &months);
    // No time axis (tornado, histogram, heat map, bars per scenario): no zoom or pan.
    void setCategoryAxis();

    // How the tick labels of `axis` show its values.
    void setAxisFormat(Axis axis, ValueFormat format);
    // Rescales the value axis to the plotted data, always including zero, with headroom.
    void fitValueAxis(Axis axis, bool includeZero = true);

    void addHoverRow(const QString &name, ValueFormat format, std::vector<double> values);
    // Registers a marker (line and/or label) so clear() removes it and tests find it.
    void registerMarker(const QString &id, QCPItemStraightLine *line, QCPItemText *label);
    // Which graph the hover tracer follows (nullptr: none).
    void setTracerGraph(QCPGraph *graph);

    // Formats a value the way hover text does.
    QString formatValue(double value, ValueFormat format) const;

    // Hover text for charts without a time axis; the default lists nothing.
    virtual QString categoryHoverText(double key, double value) const;

    // One queued replot when the plot can be seen; else the replot waits for the plot's
    // next paint event (shown again, scrolled into view). Use it instead of replot().
    void queueReplot();

    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onMouseMove(QMouseEvent *event);
    void onMousePress(QMouseEvent *event);
    void onMouseRelease(QMouseEvent *event);
    void clampTimeRange();
    void setLegendShown(bool shown);
    // Legend columns and time-axis tick density for a plot `width` pixels wide.
    int adaptToWidth(int width);
    void hideHover();
    QSize exportSize(const QSize &requested) const;
    bool exportSvg(const QString &path, const QSize &size);

    struct Private;
    std::unique_ptr<Private> d;
    QStringList m_fontFamilies;
    QCustomPlot *m_plot = nullptr;
    QString m_currency = QStringLiteral("USD");
    QString m_title;
    QString m_lastError;
    bool m_empty = true;
    bool m_replotPending = false; // data changed while hidden: replot before the next paint
    int m_monthCount = 0;
    int m_startYear = 2026;
    int m_startMonth = 1;
    std::vector<HoverRow> m_hoverRows;
};

} // namespace charts
} // namespace fleetroi
