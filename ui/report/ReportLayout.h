// SPDX-License-Identifier: GPL-3.0-or-later
// Page layout for the PDF report: flows headings, paragraphs, tables and charts down A4 or
// US Letter pages with a header, a footer and "Page N of M" on each.
//
// The report is laid out twice on the same device: a dry run (nothing painted) counts the
// pages and notes where each section starts, then the real run paints with those numbers.
// Both runs measure text with the device's own font metrics, so they break pages in the
// same places.
//
// Units: all lengths in this API are typographic points (1/72 inch); the layout converts
// them to device pixels (QPdfWriter defaults to 1200 dpi). Text is always drawn as plain
// text (QPainter::drawText / QTextLayout): no HTML is ever interpreted, so names and notes
// from untrusted scenario files cannot pull in files or links.
#pragma once

#include <QFont>
#include <QList>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

class QPagedPaintDevice;

namespace fleetroi {
namespace report {

struct TableColumn
{
    QString title;
    double weight = 1.0; // share of the table width, relative to the other columns
    Qt::Alignment alignment = Qt::AlignRight;
};

struct TableRow
{
    QStringList cells;
    bool emphasis = false; // bold (totals, sub-headings)
};

struct TableStyle
{
    double fontSize = 8.0; // points
    bool zebra = true;
    // true: cells wrap between words onto several lines; false: every cell stays on one
    // line. Either way no number, month or word is ever cut, elided or broken: each column
    // is at least as wide as its widest unbreakable piece (measured with the regular or bold
    // font the cell is drawn with), and a table too wide for the page is split into parts
    // of whole columns, each repeating the first `repeatColumns` columns (month, year).
    bool wrap = true;
    int repeatColumns = 1;
    // A table too wide at fontSize is first tried at smaller sizes, in steps of 0.5 pt down
    // to this size (0: never smaller), before it is split.
    double minFontSize = 0;
};

class ReportLayout
{
public:
    // `families` is the font fallback list (e.g. DejaVu Sans, Noto Sans CJK SC).
    ReportLayout(QPagedPaintDevice *device, bool dryRun, const QStringList &families);
    ~ReportLayout();

    // Must be called once before anything is laid out; false when the device cannot be
    // painted on (e.g. the output file cannot be opened).
    bool begin();
    bool end();

    // Header (left) and footer (left) texts; "Page N of M" is drawn at the footer's right.
    void setHeaderText(const QString &text) { m_header = text; }
    void setFooterText(const QString &text) { m_footer = text; }
    void setTotalPages(int pages) { m_totalPages = pages; }
    // Text of "Page %1 of %2" (translated by the caller).
    void setPageNumberFormat(const QString &format) { m_pageFormat = format; }

    int pageCount() const { return m_page; }
    bool isDryRun() const { return m_dryRun; }

    // Starts a new page (the first call starts page 1).
    void newPage();
    // Starts a new page unless the current one still has `points` of free height.
    void ensureSpace(double points);
    // Free height left on this page, in points.
    double remaining() const;
    double contentWidth() const; // points
    void skip(double points);

    // Title text for a section; keeps at least `keepWithNext` points below it on the page.
    void heading(const QString &text, int level = 1, double keepWithNext = 80);
    void paragraph(const QString &text, double size = 9.5, bool bold = false,
                   const QColor &color = Qt::black);
    // Key/value pairs as a two-column table without header.
    void keyValues(const std::vector<std::pair<QString, QString>> &pairs, double size = 9.0);
    // A table whose header row is repeated at the top of every page it runs onto. Column
    // widths follow the weights where that leaves every column its minimum width (widest
    // unbreakable piece of its header and cells, or its widest cell when style.wrap is
    // false); a table whose minimum widths exceed the page is split into parts (see
    // TableStyle). Returns the number of parts (1 when it fits).
    int table(const std::vector<TableColumn> &columns, const std::vector<TableRow> &rows,
              const TableStyle &style = {});
    // A box of `height` points across the content width, filled by `paint` with the painter
    // and the box in device pixels (not called in a dry run).
    void block(double height, const std::function<void(QPainter &, const QRectF &)> &paint);

    QFont font(double size, bool bold = false) const;
    // The font fallback list everything is drawn with.
    const QStringList &families() const { return m_families; }
    // Device pixels per point.
    double scale() const { return m_scale; }
    QPainter &painter() { return m_painter; }
    QPagedPaintDevice *device() const { return m_device; }

    // Wraps plain text to `widthPoints` (word wrap; very long words are broken anywhere).
    QStringList wrapLines(const QString &text, const QFont &font, double widthPoints) const;
    // Width in points of the widest piece of `text` that word wrapping cannot break (a word,
    // a number, a month; Unicode line breaking, so CJK text breaks between characters).
    double unbreakableWidth(const QString &text, const QFont &font) const;
    // Width in points of `text` on one line.
    double textWidth(const QString &text, const QFont &font) const;
    // Every text drawn so far (header and footer excepted) for which no font of the
    // fallback list has a glyph: the characters, once each, in order of appearance.
    const QString &missingGlyphs() const { return m_missing; }

private:
    void drawHeaderFooter();
    double lineHeight(const QFont &font) const; // points
    void drawTableHeader(const std::vector<TableColumn> &columns, const std::vector<double> &x,
                         const TableStyle &style, bool continued);
    void tablePart(const std::vector<TableColumn> &columns, const std::vector<TableRow> &rows,
                   const TableStyle &style, const std::vector<double> &minWidths);
    // Notes characters of `text` that no font can draw (dry run only).
    void checkGlyphs(const QString &text, const QFont &font);

    QPagedPaintDevice *m_device;
    bool m_dryRun;
    QStringList m_families;
    QPainter m_painter;
    double m_scale = 1.0;  // device pixels per point
    double m_width = 0.0;  // page content width, points
    double m_top = 0.0;    // top of the flow area, points (below the header)
    double m_bottom = 0.0; // bottom of the flow area, points (above the footer)
    double m_pageHeight = 0.0;
    double m_y = 0.0; // current position, points from the top of the paint area
    int m_page = 0;
    int m_totalPages = 0;
    QString m_header, m_footer, m_pageFormat = QStringLiteral("%1 / %2");
    QString m_missing;
};

} // namespace report
} // namespace fleetroi
