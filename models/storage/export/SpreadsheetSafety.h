// SPDX-License-Identifier: GPL-3.0-or-later
// Keeps exported text from being run as a formula (OWASP "CSV Injection"): a spreadsheet
// treats a cell that begins with = + - @ tab or carriage return as a formula or as the start
// of one (DDE payloads such as =cmd|' /C calc'!A0). Scenario names, descriptions, labels and
// provenance notes come from files other people wrote, so every exported text cell is
// checked with startsFormula(). CSV has no cell styles: csvField() puts neutraliseCell()'s
// leading apostrophe into the field. XLSX keeps the text as typed and marks the cell's style
// with the quote prefix instead (XlsxExport.h). Numbers are written as numbers and never
// need either.
#pragma once

#include <QString>

namespace fleetroi {
namespace exporting {

// True when a spreadsheet could read `text` as the start of a formula.
bool startsFormula(const QString &text);

// `text` with a leading apostrophe when startsFormula(text), else unchanged. The apostrophe
// is OWASP's recommended prefix: spreadsheets show it as text and never evaluate the cell.
QString neutraliseCell(const QString &text);

// One CSV field (RFC 4180): neutralised, then quoted when it holds a comma, a quote, a
// carriage return or a line feed (quotes doubled inside).
QString csvField(const QString &text);

} // namespace exporting
} // namespace fleetroi
