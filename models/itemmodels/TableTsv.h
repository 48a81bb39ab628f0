// SPDX-License-Identifier: GPL-3.0-or-later
// Table cells as tab-separated text for the clipboard, the form Excel and LibreOffice Calc
// read when cells are pasted: one line per row (CRLF, as Excel writes it), cells separated by
// a tab, a header line first.
//
// Cells: a model's CopyRole (ItemRoles.h) when it gives one, else its SortRole when that is a
// number, else the display text. Numbers are written in the C locale at full precision (the
// shortest text that reads back to the same double, no thousands separators, "." as decimal
// point, no exponent for ordinary amounts), so they paste as numbers and not as text in
// spreadsheets set to English and in LibreOffice's text import with "English (USA)"; text
// cells lose tabs and line breaks (they would split the cell) and are neutralised against
// formula injection (exporting::neutraliseCell: a leading apostrophe before = + - @).
#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

namespace fleetroi {

class TableTsv
{
public:
    // The selected cells as TSV: the rows and columns that hold a selected index (sorted),
    // with the headers of those columns on the first line. When `rowHeaderTitle` is not empty
    // a first column holds each row's header (headerData(row, Vertical, CopyRole), else
    // its display text) under that title ("Month"). Empty text when nothing is selected.
    static QString fromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes,
                               const QString &rowHeaderTitle = {});
    // The same block as an HTML table (the clipboard's text/html beside the TSV): header row
    // in <th>, number cells carry their value in the C locale as Excel's x:num and
    // LibreOffice's sdval attributes as well as the cell text, so a spreadsheet set to a
    // comma-decimal locale ("1.234,5") still reads them as numbers; text is HTML-escaped.
    static QString htmlFromIndexes(const QAbstractItemModel *model, const QModelIndexList &indexes,
                                   const QString &rowHeaderTitle = {});
    // The whole table (what Ctrl+A then Ctrl+C copies).
    static QString wholeTable(const QAbstractItemModel *model, const QString &rowHeaderTitle = {});
    // A number as clipboard text: "1234.5", "-0.25", "1024" (C locale, full precision).
    // Non-finite values give "" (an empty cell).
    static QString number(double value);
    // One cell's clipboard text from its value (numbers as number(), text cleaned).
    static QString cell(const QVariant &value);
};

} // namespace fleetroi
