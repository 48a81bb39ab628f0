// SPDX-License-Identifier: GPL-3.0-or-later
// ChartView's output to files and to the PDF report: PNG/SVG/PDF export (with the file
// dialog of the context menu) and vector rendering onto a caller's painter. Kept apart from
// ChartView.cpp, which builds, updates and interacts with the plot on screen.
#include "charts/ChartView.h"

#include "FileDialogs.h"
#include "WorkspaceFileGuard.h"
#include "charts/QCustomPlotCompat.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPicture>
#include <QSvgGenerator>

#include <cmath>

namespace fleetroi {
namespace charts {

namespace {

// Puts `families` on every font of the plot (axes, legend, text elements and items).
void applyFontFamilies(QCustomPlot *plot, const QStringList &families)
{
    auto with = [&families](QFont f) {
        f.setFamilies(families);
        return f;
    };
    plot->setFont(with(plot->font()));
    for (QCPAxisRect *rect : plot->axisRects()) {
        for (QCPAxis *axis : rect->axes()) {
            axis->setLabelFont(with(axis->labelFont()));
            axis->setTickLabelFont(with(axis->tickLabelFont()));
            axis->setSelectedLabelFont(with(axis->selectedLabelFont()));
            axis->setSelectedTickLabelFont(with(axis->selectedTickLabelFont()));
        }
    }
    QList<QCPLegend *> legends;
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true)) {
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            text->setFont(with(text->font()));
        if (auto *legend = qobject_cast<QCPLegend *>(element))
            legends << legend;
    }
    if (plot->legend && !legends.contains(plot->legend))
        legends << plot->legend;
    for (QCPLegend *legend : legends) {
        legend->setFont(with(legend->font()));
        for (int i = 0; i < legend->itemCount(); ++i)
            if (QCPAbstractLegendItem *item = legend->item(i))
                item->setFont(with(item->font()));
    }
    for (int i = 0; i < plot->itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot->item(i)))
            text->setFont(with(text->font()));
}

} // namespace

void ChartView::exportWithDialog()
{
    QString selected;
    QString path = fileDialogs::saveFileName(
        this, tr("Export chart"), QString(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &selected);
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += selected.contains(QLatin1String("svg"))   ? QStringLiteral(".svg")
                : selected.contains(QLatin1String("pdf")) ? QStringLiteral(".pdf")
                                                          : QStringLiteral(".png");
    if (const StorageStatus guard =
            WorkspaceFileGuard::checkUserFile(path, WorkspaceFileGuard::Access::Write);
        !guard.ok()) {
        QMessageBox::warning(this, tr("Export chart"), guard.message);
        return;
    }
    if (!exportTo(path))
        QMessageBox::warning(this, tr("Export chart"),
                             m_lastError.isEmpty() ? tr("The chart could not be written.")
                                                   : m_lastError);
}

QSize ChartView::exportSize(const QSize &requested) const
{
    if (requested.isValid() && !requested.isEmpty())
        return requested;
    if (isVisible() && width() >= 200 && height() >= 150)
        return size();
    return QSize(960, 540);
}

bool ChartView::exportTo(const QString &path, const QSize &requestedSize)
{
    m_lastError.clear();
    const QSize size = exportSize(requestedSize);
    const QString suffix = QFileInfo(path).suffix().toLower();
    hideHover();
    // Legend columns and tick density follow the export width, not the widget's.
    adaptToWidth(size.width());
    bool ok = false;
    if (suffix == QLatin1String("png")) {
        // Twice the pixel density: sharp on slides and high-dpi screens.
        ok = m_plot->savePng(path, size.width(), size.height(), 2.0);
    } else if (suffix == QLatin1String("svg")) {
        ok = exportSvg(path, size);
    } else if (suffix == QLatin1String("pdf")) {
        ok = m_plot->savePdf(path, size.width(), size.height(), QCP::epNoCosmetic,
                             QStringLiteral("FleetROI"), m_title);
    } else {
        adaptToWidth(width());
        m_lastError = tr("Unsupported file type \"%1\": use .png, .svg or .pdf.").arg(suffix);
        return false;
    }
    adaptToWidth(width());
    queueReplot();
    if (!ok || QFileInfo(path).size() <= 0) {
        m_lastError = tr("Could not write \"%1\".").arg(QDir::toNativeSeparators(path));
        return false;
    }
    return true;
}

bool ChartView::exportSvg(const QString &path, const QSize &size)
{
    QSvgGenerator generator;
    generator.setFileName(path);
    generator.setSize(size);
    generator.setViewBox(QRect(QPoint(0, 0), size));
    // The plot is laid out in 96-dpi pixels like on screen; the same resolution keeps fonts
    // (in points) the size they have on screen.
    generator.setResolution(96);
    generator.setTitle(m_title);
    generator.setDescription(tr("FleetROI chart"));
    QCPPainter painter;
    if (!painter.begin(&generator))
        return false;
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    m_plot->toPainter(&painter, size.width(), size.height());
    return painter.end();
}

void ChartView::renderTo(QPainter *painter, const QRectF &target)
{
    if (!painter || !painter->isActive() || target.isEmpty() || !painter->device())
        return;
    hideHover();
    // The plot is recorded into a QPicture through a QCPPainter (QCustomPlot draws only with
    // its own painter), then replayed as vector commands onto the caller's painter.
    //
    // A QPicture works in the screen's logical dpi and, on replay, scales by
    // device dpi / picture dpi itself (QPicture::play). So the plot is laid out in picture
    // pixels over the target's physical size, which keeps fonts at their point sizes on a
    // 300- or 1200-dpi QPdfWriter, and the painter scale below leaves that factor out.
    QPicture picture;
    const double pictureDpi = picture.logicalDpiX();
    const double deviceDpi = painter->device()->logicalDpiX();
    const QTransform transform = painter->combinedTransform();
    const double unitsToDevice =
        std::sqrt(transform.m11() * transform.m11() + transform.m12() * transform.m12());
    const double toLayout = unitsToDevice * pictureDpi / deviceDpi; // painter units -> layout px
    const int layoutWidth = std::max(1, int(std::lround(target.width() * toLayout)));
    const int layoutHeight = std::max(1, int(std::lround(target.height() * toLayout)));

    adaptToWidth(layoutWidth);
    if (!m_fontFamilies.isEmpty())
        applyFontFamilies(m_plot, m_fontFamilies);
    QCPPainter recorder;
    if (!recorder.begin(&picture)) {
        adaptToWidth(width());
        return;
    }
    recorder.setMode(QCPPainter::pmVectorized);
    recorder.setMode(QCPPainter::pmNoCaching);
    m_plot->toPainter(&recorder, layoutWidth, layoutHeight);
    recorder.end();
    adaptToWidth(width());

    const double replayScale = deviceDpi / pictureDpi; // applied by QPicture::play
    painter->save();
    painter->setClipRect(target, Qt::IntersectClip);
    painter->translate(target.topLeft());
    painter->scale(target.width() / layoutWidth / replayScale,
                   target.height() / layoutHeight / replayScale);
    painter->drawPicture(QPointF(0, 0), picture);
    painter->restore();
}

} // namespace charts
} // namespace fleetroi
