// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario's results as an Excel workbook (libxlsxwriter): sheets Summary, Monthly,
// Tranches, Sensitivity and Assumptions. Numbers are stored as numbers (full double
// precision as libxlsxwriter writes it: 16 significant digits) with currency, percent and
// hour formats applied for display only; header rows are frozen; months are real dates shown
// as "yyyy-mm". No cell holds a formula. A text cell that could start one (= + - @ tab CR,
// SpreadsheetSafety.h startsFormula) keeps its text exactly as typed and gets a cell style
// with quotePrefix="1" and the Text number format: spreadsheets show it as text and do not
// evaluate it, not even after the cell is edited (no literal apostrophe in the value).
#pragma once

#include "StorageStatus.h"
#include "export/ExportData.h"

#include <QString>

namespace fleetroi {
namespace exporting {

// Sheet names, in workbook order (not translated: scripts address sheets by name).
inline constexpr const char *kXlsxSheets[] = {"Summary", "Monthly", "Tranches", "Sensitivity",
                                              "Assumptions"};

// Writes the workbook to `path` atomically: built in a temporary file, then copied over with
// AtomicFileWriter (the old file survives any failure).
StorageStatus writeXlsx(const QString &path, const ExportData &data);

} // namespace exporting
} // namespace fleetroi
