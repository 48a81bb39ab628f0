// SPDX-License-Identifier: GPL-3.0-or-later
#include "report/ReportLayout.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPagedPaintDevice>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <cmath>

namespace fleetroi {
namespace report {

namespace {
constexpr double kHeaderHeight = 22.0; // points reserved at the top of each page
constexpr double kFooterHeight = 22.0; // ... and at the bottom
constexpr double kCellPadX = 3.0;      // points
constexpr double kCellPadY = 1.8;      // points
const QColor kRule(0x9a, 0xa5, 0xb1);
const QColor kZebra(0xf2, 0xf4, 0xf7);
const QColor kHeaderFill(0xdd, 0xe4, 0xee);
const QColor kMuted(0x55, 0x5f, 0x6b);
const QColor kAccent(0x1f, 0x4e, 0x79);

// The first column's header on a page the table continues onto: "Month (continued)".
QString continuedTitle(const QString &title)
{
    return QCoreApplication::translate("fleetroi::report::ReportLayout", "%1 (continued)",
                                       "header of a table's first column on its next page")
        .arg(title);
}

// Column widths (points) for `total` points: the weights' shares, raised to each column's
// minimum; the columns at their minimum are fixed and the rest share what is left by
// weight (repeated until no share falls below its minimum). Sum(min) <= total is assumed.
std::vector<double> fitWidths(const std::vector<double> &weights, const std::vector<double> &mins,
                              double total)
{
    const std::size_t n = weights.size();
    std::vector<bool> fixed(n, false);
    std::vector<double> w(n, 0.0);
    for (;;) {
        double left = total, weightSum = 0;
        for (std::size_t c = 0; c < n; ++c) {
            if (fixed[c])
                left -= mins[c];
            else
                weightSum += weights[c];
        }
        bool changed = false;
        for (std::size_t c = 0; c < n; ++c) {
            if (fixed[c]) {
                w[c] = mins[c];
                continue;
            }
            w[c] = weightSum > 0 ? left * weights[c] / weightSum : mins[c];
            if (w[c] < mins[c] - 1e-9) {
                fixed[c] = true;
                changed = true;
            }
        }
        if (!changed)
            return w;
    }
}
} // namespace

ReportLayout::ReportLayout(QPagedPaintDevice *device, bool dryRun, const QStringList &families)
    : m_device(device)
    , m_dryRun(dryRun)
    , m_families(families)
{}

ReportLayout::~ReportLayout()
{
    if (m_painter.isActive())
        m_painter.end();
}

bool ReportLayout::begin()
{
    m_scale = m_device->logicalDpiY() / 72.0;
    m_width = m_device->width() / m_scale;
    m_pageHeight = m_device->height() / m_scale;
    m_top = kHeaderHeight;
    m_bottom = m_pageHeight - kFooterHeight;
    if (!m_dryRun && !m_painter.begin(m_device))
        return false;
    if (!m_dryRun)
        m_painter.setRenderHint(QPainter::Antialiasing);
    m_page = 0;
    newPage();
    return true;
}

bool ReportLayout::end()
{
    if (m_dryRun)
        return true;
    return m_painter.end();
}

QFont ReportLayout::font(double size, bool bold) const
{
    QFont f;
    f.setFamilies(m_families);
    f.setPointSizeF(size);
    f.setBold(bold);
    // Vector output: no hinting, so metrics are the same at every resolution.
    f.setHintingPreference(QFont::PreferNoHinting);
    f.setStyleStrategy(QFont::PreferOutline);
    // No "fi"/"fl" ligatures: with them pdftotext, search and copy give U+FB01 instead of
    // "fi". Qt 6.4 has no per-feature switch; any letter spacing turns Latin ligatures off
    // (CJK shaping is unaffected). 0.01 % is invisible.
    f.setLetterSpacing(QFont::PercentageSpacing, 100.01);
    return f;
}

double ReportLayout::lineHeight(const QFont &f) const
{
    return QFontMetricsF(f, m_device).lineSpacing() / m_scale;
}

double ReportLayout::contentWidth() const
{
    return m_width;
}

double ReportLayout::remaining() const
{
    return m_bottom - m_y;
}

void ReportLayout::skip(double points)
{
    m_y += points;
}

void ReportLayout::newPage()
{
    if (m_page > 0 && !m_dryRun)
        m_device->newPage();
    ++m_page;
    m_y = m_top;
    if (!m_dryRun)
        drawHeaderFooter();
}

void ReportLayout::ensureSpace(double points)
{
    if (m_y + points > m_bottom && m_y > m_top + 0.5)
        newPage();
}

void ReportLayout::drawHeaderFooter()
{
    const double s = m_scale;
    QPainter &p = m_painter;
    p.save();
    const QFont small = font(7.5);
    p.setFont(small);
    p.setPen(kMuted);
    const QFontMetricsF fm(small, m_device);
    const QString pageText = m_pageFormat.arg(m_page).arg(std::max(m_totalPages, m_page));
    const double pageTextWidth = fm.horizontalAdvance(pageText) / s;
    // Header: product and scenario (elided), rule below.
    const QString header = fm.elidedText(m_header, Qt::ElideRight, (m_width - 10) * s);
    p.drawText(QRectF(0, 0, m_width * s, 12 * s), Qt::AlignLeft | Qt::AlignVCenter, header);
    p.setPen(QPen(kRule, 0.5 * s));
    p.drawLine(QPointF(0, 14 * s), QPointF(m_width * s, 14 * s));
    // Footer: rule, text left, page number right.
    const double fy = m_pageHeight - kFooterHeight + 8;
    p.drawLine(QPointF(0, fy * s), QPointF(m_width * s, fy * s));
    p.setPen(kMuted);
    const QString footer =
        fm.elidedText(m_footer, Qt::ElideRight, (m_width - pageTextWidth - 16) * s);
    p.drawText(QRectF(0, (fy + 2) * s, m_width * s, 12 * s), Qt::AlignLeft | Qt::AlignVCenter,
               footer);
    p.drawText(QRectF(0, (fy + 2) * s, m_width * s, 12 * s), Qt::AlignRight | Qt::AlignVCenter,
               pageText);
    p.restore();
}

QStringList ReportLayout::wrapLines(const QString &text, const QFont &f, double widthPoints) const
{
    QStringList lines;
    // Tabs and other control characters become spaces; newlines start new paragraphs.
    QString clean = text;
    for (QChar &c : clean)
        if (c != QLatin1Char('\n') && (c.category() == QChar::Other_Control))
            c = QLatin1Char(' ');
    const QStringList paragraphs = clean.split(QLatin1Char('\n'));
    for (const QString &para : paragraphs) {
        if (para.isEmpty()) {
            lines << QString();
            continue;
        }
        QTextLayout layout(para, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(widthPoints * m_scale);
            lines << para.mid(line.textStart(), line.textLength()).trimmed();
        }
        layout.endLayout();
    }
    return lines;
}

void ReportLayout::heading(const QString &text, int level, double keepWithNext)
{
    const double size = level <= 1 ? 15.0 : (level == 2 ? 11.5 : 10.0);
    const QFont f = font(size, true);
    checkGlyphs(text, f);
    const QStringList lines = wrapLines(text, f, m_width);
    const double lh = lineHeight(f);
    const double before = level <= 1 ? 6.0 : 8.0;
    ensureSpace(before + lh * lines.size() + keepWithNext);
    if (m_y > m_top + 0.5)
        m_y += before;
    for (const QString &line : lines) {
        if (!m_dryRun) {
            m_painter.setFont(f);
            m_painter.setPen(kAccent);
            m_painter.drawText(QRectF(0, m_y * m_scale, m_width * m_scale, lh * m_scale),
                               Qt::AlignLeft | Qt::AlignVCenter, line);
        }
        m_y += lh;
    }
    if (level <= 1) {
        if (!m_dryRun) {
            m_painter.setPen(QPen(kAccent, 0.8 * m_scale));
            m_painter.drawLine(QPointF(0, (m_y + 1) * m_scale),
                               QPointF(m_width * m_scale, (m_y + 1) * m_scale));
        }
        m_y += 6;
    } else {
        m_y += 3;
    }
}

void ReportLayout::paragraph(const QString &text, double size, bool bold, const QColor &color)
{
    const QFont f = font(size, bold);
    checkGlyphs(text, f);
    const double lh = lineHeight(f);
    for (const QString &line : wrapLines(text, f, m_width)) {
        ensureSpace(lh);
        if (!m_dryRun) {
            m_painter.setFont(f);
            m_painter.setPen(color);
            m_painter.drawText(QRectF(0, m_y * m_scale, m_width * m_scale, lh * m_scale),
                               Qt::AlignLeft | Qt::AlignVCenter, line);
        }
        m_y += lh;
    }
    m_y += lh * 0.4;
}

void ReportLayout::keyValues(const std::vector<std::pair<QString, QString>> &pairs, double size)
{
    std::vector<TableRow> rows;
    for (const auto &[k, v] : pairs)
        rows.push_back({{k, v}, false});
    TableStyle style;
    style.fontSize = size;
    table({{QString(), 1.0, Qt::AlignLeft}, {QString(), 1.3, Qt::AlignLeft}}, rows, style);
}

void ReportLayout::drawTableHeader(const std::vector<TableColumn> &columns,
                                   const std::vector<double> &x, const TableStyle &style,
                                   bool continued)
{
    const QFont f = font(style.fontSize, true);
    const double lh = lineHeight(f);
    // Header cells wrap; the tallest sets the header height.
    std::vector<QStringList> cellLines;
    std::size_t maxLines = 1;
    for (std::size_t c = 0; c < columns.size(); ++c) {
        QString title = columns[c].title;
        if (continued && c == 0 && !title.isEmpty())
            title = continuedTitle(title); // marks a table continued from the last page
        cellLines.push_back(wrapLines(title, f, x[c + 1] - x[c] - 2 * kCellPadX));
        maxLines = std::max<std::size_t>(maxLines, cellLines.back().size());
    }
    const double h = lh * double(maxLines) + 2 * kCellPadY;
    if (!m_dryRun) {
        const double s = m_scale;
        m_painter.fillRect(QRectF(0, m_y * s, m_width * s, h * s), kHeaderFill);
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        for (std::size_t c = 0; c < columns.size(); ++c) {
            double ly = m_y + kCellPadY + lh * double(maxLines - std::size_t(cellLines[c].size()));
            for (const QString &line : cellLines[c]) {
                m_painter.drawText(
                    QRectF((x[c] + kCellPadX) * s, ly * s, (x[c + 1] - x[c] - 2 * kCellPadX) * s,
                           lh * s),
                    (columns[c].alignment & Qt::AlignHorizontal_Mask) | Qt::AlignVCenter, line);
                ly += lh;
            }
        }
        m_painter.setPen(QPen(kRule, 0.6 * s));
        m_painter.drawLine(QPointF(0, (m_y + h) * s), QPointF(m_width * s, (m_y + h) * s));
    }
    m_y += h;
}

double ReportLayout::textWidth(const QString &text, const QFont &f) const
{
    return QFontMetricsF(f, m_device).horizontalAdvance(text) / m_scale;
}

double ReportLayout::unbreakableWidth(const QString &text, const QFont &f) const
{
    double widest = 0;
    for (const QString &para : text.split(QLatin1Char('\n'))) {
        if (para.trimmed().isEmpty())
            continue;
        // Lay the text out on lines of zero width: every line is then one piece that word
        // wrapping cannot break (it overflows the line instead).
        QTextLayout layout(para, f, m_device);
        QTextOption option;
        option.setWrapMode(QTextOption::WordWrap);
        layout.setTextOption(option);
        layout.beginLayout();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(0);
            widest = std::max(widest, line.naturalTextWidth());
        }
        layout.endLayout();
    }
    return widest / m_scale;
}

void ReportLayout::checkGlyphs(const QString &text, const QFont &f)
{
    if (!m_dryRun)
        return;
    static thread_local QSet<char32_t> checked;
    const QFontMetricsF fm(f, m_device);
    for (const char32_t c : text.toUcs4()) {
        if (c < 0x250 || checked.contains(c))
            continue; // Latin: always in DejaVu Sans
        const QChar::Category cat = QChar::category(c);
        if (cat == QChar::Other_Format || cat == QChar::Separator_Space ||
            cat == QChar::Other_Control || cat == QChar::Mark_NonSpacing ||
            cat == QChar::Mark_Enclosing)
            continue; // joiners, variation selectors, combining marks: drawn with their base
        if (!fm.inFontUcs4(c)) {
            const QString ch = QString::fromUcs4(&c, 1);
            if (!m_missing.contains(ch))
                m_missing += ch;
        } else {
            checked.insert(c);
        }
    }
}

int ReportLayout::table(const std::vector<TableColumn> &columns, const std::vector<TableRow> &rows,
                        const TableStyle &style)
{
    if (columns.empty())
        return 0;
    const QFont regular = font(style.fontSize);
    const QFont bold = font(style.fontSize, true);
    // Minimum width of every column (points, padding included): its widest unbreakable piece
    // of header or cell text, or with style.wrap false its widest cell. A single piece wider
    // than half the page (a long URL in a note) may break anywhere instead.
    const double longest = m_width * 0.5;
    std::vector<double> mins(columns.size(), 0.0);
    for (std::size_t c = 0; c < columns.size(); ++c) {
        double m = 0;
        if (!columns[c].title.isEmpty()) {
            m = unbreakableWidth(columns[c].title, bold);
            if (c == 0)
                m = std::max(m, unbreakableWidth(continuedTitle(columns[c].title), bold));
            checkGlyphs(columns[c].title, bold);
        }
        for (const TableRow &row : rows) {
            const QString text = row.cells.value(qsizetype(c));
            if (text.isEmpty())
                continue;
            const QFont &f = row.emphasis ? bold : regular;
            const double w =
                style.wrap ? std::min(unbreakableWidth(text, f), longest) : textWidth(text, f);
            m = std::max(m, w);
            checkGlyphs(text, f);
        }
        mins[c] = m + 2 * kCellPadX + 0.5; // 0.5 pt against rounding in the text engine
    }

    double minSum = 0;
    for (double m : mins)
        minSum += m;
    if (minSum > m_width && style.minFontSize > 0 && style.fontSize - 0.5 >= style.minFontSize) {
        TableStyle smaller = style;
        smaller.fontSize -= 0.5;
        return table(columns, rows, smaller);
    }

    // Split into parts of whole columns that fit the width, each repeating the first
    // columns (style.repeatColumns: month or year).
    const std::size_t repeat =
        std::min<std::size_t>(std::size_t(std::max(0, style.repeatColumns)), columns.size());
    std::vector<std::vector<std::size_t>> parts;
    {
        double repeatedWidth = 0;
        std::vector<std::size_t> head;
        for (std::size_t c = 0; c < repeat; ++c) {
            repeatedWidth += mins[c];
            head.push_back(c);
        }
        std::vector<std::size_t> current = head;
        double used = repeatedWidth;
        for (std::size_t c = repeat; c < columns.size(); ++c) {
            if (used + mins[c] > m_width + 1e-6 && current.size() > head.size()) {
                parts.push_back(current);
                current = head;
                used = repeatedWidth;
            }
            current.push_back(c);
            used += mins[c];
        }
        parts.push_back(current);
        // Balance the parts: the same number of parts with the columns spread evenly (a
        // last part with one column reads badly), when every balanced part still fits.
        if (parts.size() > 1) {
            const std::size_t free = columns.size() - repeat;
            const std::size_t per = (free + parts.size() - 1) / parts.size();
            std::vector<std::vector<std::size_t>> balanced;
            bool fits = true;
            for (std::size_t first = repeat; first < columns.size(); first += per) {
                std::vector<std::size_t> part = head;
                double width = repeatedWidth;
                for (std::size_t c = first; c < std::min(columns.size(), first + per); ++c) {
                    part.push_back(c);
                    width += mins[c];
                }
                fits = fits && width <= m_width + 1e-6;
                balanced.push_back(part);
            }
            if (fits && balanced.size() == parts.size())
                parts = balanced;
        }
    }

    for (std::size_t p = 0; p < parts.size(); ++p) {
        std::vector<TableColumn> cols;
        std::vector<double> partMins;
        for (std::size_t c : parts[p]) {
            cols.push_back(columns[c]);
            partMins.push_back(mins[c]);
        }
        std::vector<TableRow> partRows;
        partRows.reserve(rows.size());
        for (const TableRow &row : rows) {
            TableRow r{{}, row.emphasis};
            for (std::size_t c : parts[p])
                r.cells << row.cells.value(qsizetype(c));
            partRows.push_back(std::move(r));
        }
        if (parts.size() > 1) {
            const QString caption =
                QCoreApplication::translate(
                    "fleetroi::report::ReportLayout",
                    "Table part %1 of %2: the table is too wide for the page, its columns "
                    "continue in the next part.",
                    "above each part of a table split by columns")
                    .arg(p + 1)
                    .arg(parts.size());
            ensureSpace(80);
            paragraph(p + 1 < parts.size()
                          ? caption
                          : QCoreApplication::translate("fleetroi::report::ReportLayout",
                                                        "Table part %1 of %2.",
                                                        "above the last part of a split table")
                                .arg(p + 1)
                                .arg(parts.size()),
                      7.5, false, kMuted);
        }
        tablePart(cols, partRows, style, partMins);
    }
    return int(parts.size());
}

void ReportLayout::tablePart(const std::vector<TableColumn> &columns,
                             const std::vector<TableRow> &rows, const TableStyle &style,
                             const std::vector<double> &minWidths)
{
    std::vector<double> weights;
    for (const TableColumn &c : columns)
        weights.push_back(c.weight);
    double minSum = 0;
    for (double m : minWidths)
        minSum += m;
    // Wider than the page only when one column alone is (then it runs past the margin
    // rather than cutting a number).
    const std::vector<double> widths = fitWidths(weights, minWidths, std::max(m_width, minSum));
    std::vector<double> x{0.0};
    for (double w : widths)
        x.push_back(x.back() + w);
    const double tableWidth = x.back();

    const bool hasHeader = std::any_of(columns.begin(), columns.end(),
                                       [](const TableColumn &c) { return !c.title.isEmpty(); });
    const QFont regular = font(style.fontSize);
    const QFont bold = font(style.fontSize, true);
    const double lh = lineHeight(regular);
    // The header and at least two rows start on the same page.
    ensureSpace((hasHeader ? 2.5 * lh : 0) + 3 * (lh + 2 * kCellPadY));
    if (hasHeader)
        drawTableHeader(columns, x, style, false);

    int index = 0;
    for (const TableRow &row : rows) {
        const QFont &f = row.emphasis ? bold : regular;
        std::vector<QStringList> cellLines;
        std::size_t maxLines = 1;
        for (std::size_t c = 0; c < columns.size(); ++c) {
            const QString text = row.cells.value(qsizetype(c));
            const double w = x[c + 1] - x[c] - 2 * kCellPadX;
            if (style.wrap)
                cellLines.push_back(wrapLines(text, f, w));
            else // one line; the column is at least as wide as its widest cell
                cellLines.push_back({text});
            maxLines = std::max<std::size_t>(maxLines, cellLines.back().size());
        }
        const double h = lh * double(maxLines) + 2 * kCellPadY;
        if (m_y + h > m_bottom && m_y > m_top + 0.5) {
            newPage();
            if (hasHeader)
                drawTableHeader(columns, x, style, true);
        }
        if (!m_dryRun) {
            const double s = m_scale;
            if (style.zebra && index % 2 == 1)
                m_painter.fillRect(QRectF(0, m_y * s, tableWidth * s, h * s), kZebra);
            m_painter.setFont(f);
            m_painter.setPen(Qt::black);
            for (std::size_t c = 0; c < columns.size(); ++c) {
                double ly = m_y + kCellPadY;
                for (const QString &line : cellLines[c]) {
                    // No clipping: the rectangle only aligns the text.
                    m_painter.drawText(QRectF((x[c] + kCellPadX) * s, ly * s,
                                              (x[c + 1] - x[c] - 2 * kCellPadX) * s, lh * s),
                                       (columns[c].alignment & Qt::AlignHorizontal_Mask) |
                                           Qt::AlignVCenter | Qt::TextDontClip,
                                       line);
                    ly += lh;
                }
            }
        }
        m_y += h;
        ++index;
    }
    if (!m_dryRun) {
        m_painter.setPen(QPen(kRule, 0.6 * m_scale));
        m_painter.drawLine(QPointF(0, m_y * m_scale), QPointF(tableWidth * m_scale, m_y * m_scale));
    }
    m_y += 8;
}

void ReportLayout::block(double height,
                         const std::function<void(QPainter &, const QRectF &)> &paint)
{
    ensureSpace(height);
    if (!m_dryRun) {
        m_painter.save();
        paint(m_painter, QRectF(0, m_y * m_scale, m_width * m_scale, height * m_scale));
        m_painter.restore();
    }
    m_y += height;
}

} // namespace report
} // namespace fleetroi
