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

QString TableTsv::fromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes,
                              const QString &rowHeaderTitle)
{
    if (!model)
        return {};
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
        return {};
    const QString eol = QStringLiteral("\r\n");
    QStringList line;
    if (!rowHeaderTitle.isEmpty())
        line << cell(rowHeaderTitle);
    for (int c : columns)
        line << header(model, c, Qt::Horizontal);
    QString out = line.join(QLatin1Char('\t')) + eol;
    for (int r : rows) {
        line.clear();
        if (!rowHeaderTitle.isEmpty())
            line << header(model, r, Qt::Vertical);
        for (int c : columns)
            line << (selected.count({r, c}) ? cell(copyValue(model, model->index(r, c)))
                                            : QString());
        out += line.join(QLatin1Char('\t')) + eol;
    }
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
