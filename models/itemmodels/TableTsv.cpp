// SPDX-License-Identifier: GPL-3.0-or-later
#include "TableTsv.h"

#include "ItemRoles.h"
#include "export/SpreadsheetSafety.h"

#include <QAbstractItemModel>

#include <charconv>
#include <cmath>
#include <set>

namespace fleetroi {

QString TableTsv::number(double value)
{
    if (!std::isfinite(value))
        return {};
    if (value == 0.0)
        return QStringLiteral("0"); // also -0
    char buf[400];
    // Fixed notation for amounts a spreadsheet shows as plain numbers; the shortest
    // round-trip form otherwise (1e-12, 1e+300), which both spreadsheets also read.
    const double mag = std::fabs(value);
    const auto res = mag >= 1e-6 && mag < 1e15
                         ? std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed)
                         : std::to_chars(buf, buf + sizeof buf, value);
    return QString::fromLatin1(buf, res.ptr - buf);
}

QString TableTsv::cell(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return number(value.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return value.toString();
    case QMetaType::Bool:
        return value.toBool() ? QStringLiteral("TRUE") : QStringLiteral("FALSE");
    default:
        break;
    }
    QString text = value.toString();
    text.replace(QLatin1Char('\t'), QLatin1Char(' '))
        .replace(QLatin1String("\r\n"), QLatin1String(" "))
        .replace(QLatin1Char('\n'), QLatin1Char(' '))
        .replace(QLatin1Char('\r'), QLatin1Char(' '));
    return exporting::neutraliseCell(text.trimmed());
}

namespace {

QVariant copyValue(const QAbstractItemModel *model, const QModelIndex &index)
{
    const QVariant copy = model->data(index, CopyRole);
    if (copy.isValid())
        return copy;
    const QVariant sort = model->data(index, SortRole);
    if (sort.typeId() == QMetaType::Double || sort.typeId() == QMetaType::Int ||
        sort.typeId() == QMetaType::LongLong)
        return sort;
    return model->data(index, Qt::DisplayRole);
}

QString header(const QAbstractItemModel *model, int section, Qt::Orientation o)
{
    QVariant v = model->headerData(section, o, CopyRole);
    if (!v.isValid()) {
        // Display headers put the unit on a second line ("Capex\nUSD"): "Capex (USD)".
        const QStringList lines = model->headerData(section, o, Qt::DisplayRole)
                                      .toString()
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        v = lines.size() == 2 ? QStringLiteral("%1 (%2)").arg(lines[0], lines[1])
                              : lines.join(QLatin1Char(' '));
    }
    return TableTsv::cell(v);
}

} // namespace

namespace {

// The selected block as rows of cells (header line first); `numeric` marks cells whose text
// is a number written by TableTsv::number (or an integer).
struct Grid
{
    QList<QStringList> rows;
    QList<QList<bool>> numeric;
};

bool isNumberValue(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
        return std::isfinite(v.toDouble());
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
    case QMetaType::Long:
    case QMetaType::Short:
        return true;
    default:
        return false;
    }
}

Grid makeGrid(const QAbstractItemModel *model, const QModelIndexList &indexes,
              const QString &rowHeaderTitle)
{
    Grid g;
    if (!model)
        return g;
    std::set<int> rows, columns;
    std::set<std::pair<int, int>> selected;
    for (const QModelIndex &i : indexes) {
        if (!i.isValid() || i.model() != model)
            continue;
        rows.insert(i.row());
        columns.insert(i.column());
        selected.insert({i.row(), i.column()});
    }
    if (selected.empty())
        return g;
    QStringList line;
    QList<bool> num;
    if (!rowHeaderTitle.isEmpty())
        line << TableTsv::cell(rowHeaderTitle);
    for (int c : columns)
        line << header(model, c, Qt::Horizontal);
    g.rows << line;
    g.numeric << QList<bool>(line.size(), false);
    for (int r : rows) {
        line.clear();
        num.clear();
        if (!rowHeaderTitle.isEmpty()) {
            line << header(model, r, Qt::Vertical);
            num << false;
        }
        for (int c : columns) {
            if (!selected.count({r, c})) {
                line << QString();
                num << false;
                continue;
            }
            const QVariant v = copyValue(model, model->index(r, c));
            line << TableTsv::cell(v);
            num << isNumberValue(v);
        }
        g.rows << line;
        g.numeric << num;
    }
    return g;
}

} // namespace

QString TableTsv::fromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes,
                              const QString &rowHeaderTitle)
{
    const Grid g = makeGrid(model, indexes, rowHeaderTitle);
    const QString eol = QStringLiteral("\r\n");
    QString out;
    for (const QStringList &line : g.rows)
        out += line.join(QLatin1Char('\t')) + eol;
    return out;
}

QString TableTsv::htmlFromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes,
                                  const QString &rowHeaderTitle)
{
    const Grid g = makeGrid(model, indexes, rowHeaderTitle);
    if (g.rows.isEmpty())
        return {};
    // x:num is Excel's number attribute, sdval/sdnum LibreOffice's (language 1033 = en-US,
    // "General"): both take the value from the attribute, not from the cell text read in the
    // user's locale, so 1234.5 stays one thousand two hundred ... in a comma-decimal locale.
    QString out = QStringLiteral(
        "<html xmlns:x=\"urn:schemas-microsoft-com:office:excel\">\r\n<head><meta "
        "http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\"></head>\r\n"
        "<body>\r\n<table>\r\n");
    for (qsizetype r = 0; r < g.rows.size(); ++r) {
        out += QStringLiteral("<tr>");
        const QString tag = r == 0 ? QStringLiteral("th") : QStringLiteral("td");
        for (qsizetype c = 0; c < g.rows[r].size(); ++c) {
            const QString &text = g.rows[r][c];
            if (g.numeric[r][c])
                out += QStringLiteral("<%1 x:num=\"%2\" sdval=\"%2\" sdnum=\"1033;0;General\" "
                                      "align=\"right\">%2</%1>")
                           .arg(tag, text);
            else
                out += QStringLiteral("<%1>%2</%1>").arg(tag, text.toHtmlEscaped());
        }
        out += QStringLiteral("</tr>\r\n");
    }
    out += QStringLiteral("</table>\r\n</body>\r\n</html>\r\n");
    return out;
}

QString TableTsv::wholeTable(const QAbstractItemModel *model, const QString &rowHeaderTitle)
{
    if (!model)
        return {};
    QModelIndexList all;
    for (int r = 0; r < model->rowCount(); ++r)
        for (int c = 0; c < model->columnCount(); ++c)
            all << model->index(r, c);
    return fromIndexes(model, all, rowHeaderTitle);
}

} // namespace fleetroi
