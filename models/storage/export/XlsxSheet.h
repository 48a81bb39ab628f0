// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the XLSX export (XlsxExport.h): the cell formats of one workbook, a writer of
// cells that keeps the first libxlsxwriter error, and the writers of each sheet. Not for use
// outside models/storage/export.
#pragma once

#include "export/ExportData.h"
#include "export/SpreadsheetSafety.h"

#include <QByteArray>
#include <QString>

#include <xlsxwriter.h>

#include <cmath>
#include <map>
#include <set>
#include <utility>

namespace fleetroi {
namespace exporting {
namespace xlsx_detail {

// Cell formats of one workbook (owned by the workbook).
struct Formats
{
    lxw_format *header = nullptr;
    lxw_format *title = nullptr;
    lxw_format *money = nullptr;   // whole units of the scenario currency
    lxw_format *price = nullptr;   // currency per GPU-hour or per kWh, 4 decimals
    lxw_format *percent = nullptr; // a fraction 0..1 shown as "12.3%"
    lxw_format *integer = nullptr; // hours, GPUs, kWh: grouped, no decimals
    lxw_format *decimal = nullptr; // factors and plain numbers, 4 decimals
    lxw_format *month = nullptr;   // a date shown as "yyyy-mm"
    lxw_format *wrap = nullptr;    // long text
    // Twins of the text formats for text that begins like a formula (= + - @ ...): the same
    // look plus the Text number format "@"; their cellXfs entries get quotePrefix="1" after
    // the workbook is written (see addQuotePrefix), so the cell shows the text as typed and
    // a spreadsheet never evaluates it, not even after the user edits the cell.
    std::map<const lxw_format *, lxw_format *> quoted;

    lxw_format *quotedFor(const lxw_format *base) const
    {
        const auto it = quoted.find(base);
        return it == quoted.end() ? nullptr : it->second;
    }
};

// Writes cells and remembers the first error (libxlsxwriter reports per call).
class Sheet
{
public:
    Sheet(lxw_worksheet *ws, lxw_error *error, const Formats *formats)
        : m_ws(ws)
        , m_error(error)
        , m_formats(formats)
    {}

    // A text cell. Text that a spreadsheet could take for a formula keeps its characters and
    // gets the quote-prefixed twin of `format` (never a literal apostrophe in the value).
    void text(int row, int col, const QString &value, lxw_format *format = nullptr)
    {
        const QByteArray utf8 = value.toUtf8();
        if (startsFormula(value)) {
            lxw_format *twin = m_formats->quotedFor(format);
            if (!twin) { // every text format has a twin; fall back to the safe apostrophe
                const QByteArray safe = neutraliseCell(value).toUtf8();
                check(worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), safe.constData(),
                                             format));
                return;
            }
            format = twin;
        }
        check(
            worksheet_write_string(m_ws, lxw_row_t(row), lxw_col_t(col), utf8.constData(), format));
    }
    void number(int row, int col, double value, lxw_format *format)
    {
        if (!std::isfinite(value)) // no NaN/inf reaches a cell: an empty cell says "none"
            return;
        check(worksheet_write_number(m_ws, lxw_row_t(row), lxw_col_t(col),
                                     value == 0.0 ? 0.0 : value, format));
    }
    void month(int row, int col, int year, int month1to12, lxw_format *format)
    {
        lxw_datetime dt{year, month1to12, 1, 0, 0, 0.0};
        check(worksheet_write_datetime(m_ws, lxw_row_t(row), lxw_col_t(col), &dt, format));
    }
    void width(int firstCol, int lastCol, double chars)
    {
        check(worksheet_set_column(m_ws, lxw_col_t(firstCol), lxw_col_t(lastCol), chars, nullptr));
    }
    void freeze(int rows, int cols)
    {
        worksheet_freeze_panes(m_ws, lxw_row_t(rows), lxw_col_t(cols));
    }

private:
    void check(lxw_error e)
    {
        if (e != LXW_NO_ERROR && *m_error == LXW_NO_ERROR)
            *m_error = e;
    }
    lxw_worksheet *m_ws;
    lxw_error *m_error;
    const Formats *m_formats;
};

// Calendar year and month of month index t.
inline std::pair<int, int> calendarMonth(const Scenario &sc, int t)
{
    const int zeroBased = sc.startMonth - 1 + t;
    return {sc.startYear + zeroBased / 12, zeroBased % 12 + 1};
}

// The cell formats of a workbook for a scenario in `currency` (XlsxStyles.cpp).
Formats addFormats(lxw_workbook *wb, const std::string &currency);

// The sheets (XlsxResultSheets.cpp, XlsxAssumptions.cpp), in kXlsxSheets order.
void writeSummary(Sheet &s, const ExportData &d, const Formats &f);
void writeMonthly(Sheet &s, const ExportData &d, const Formats &f);
void writeTranches(Sheet &s, const ExportData &d, const Formats &f);
void writeSensitivity(Sheet &s, const ExportData &d, const Formats &f);
void writeAssumptions(Sheet &s, const ExportData &d, const Formats &f);

// Copies the workbook zip `from` to `to` with quotePrefix="1" added to the cellXfs entries
// `indices` of xl/styles.xml (XlsxStyles.cpp); false on any zip or XML problem.
bool rewriteWithQuotePrefix(const QByteArray &from, const QByteArray &to,
                            const std::set<int> &indices);

} // namespace xlsx_detail
} // namespace exporting
} // namespace fleetroi
