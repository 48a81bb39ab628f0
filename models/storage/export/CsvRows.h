// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the CSV importers (CsvImport.h): reading cells against the scenario format's
// rules, and the row loop both importers share (format, split, field count, rejection with
// the row's line). Not for use outside models/storage/export.
#pragma once

#include "export/CsvImport.h"
#include "scenario/ScenarioChecks.h"

#include <QString>
#include <QStringList>

#include <functional>
#include <vector>

namespace fleetroi {
namespace exporting {
namespace csv_detail {

// The rows of a CSV text and the format they were split with.
struct CsvRows
{
    CsvFormat format;
    QString problem; // set when nothing can be read (the decimal separator is the delimiter)
    std::vector<QStringList> rows;
    std::vector<int> lines; // the 1-based line each row starts on
};

// Detects (or takes) the format and splits `text`; rows are empty when `problem` is set.
CsvRows readCsvRows(const QString &text, const CsvOptions &options);

// Calls `read(cells, line)` for each row from `first` on, in order. A row whose field count
// differs from the header's (hadHeader) or from most rows', or for which `read` returns a
// reason, is added to `rejected` with its line and text; `read` returns "" to accept.
void forEachDataRow(const CsvRows &rows, std::size_t first, bool hadHeader,
                    std::vector<CsvRejectedRow> &rejected,
                    const std::function<QString(const QStringList &cells, int line)> &read);

// Month index from "7" or "2026-08" relative to the scenario's start; -1 when unreadable.
int parseMonth(const QString &s, const Scenario &sc);

// Reads a number cell against a rule of the format: "" with *out set, or the reason
// "<name>: must be <rule>, got <cell or problem>".
QString readRule(const QString &name, const QString &cell, const CsvFormat &format,
                 const scenario_detail::NumberRule &rule, double *out);

// Whether a cell looks like a number (digits with points or commas), for header detection.
bool looksNumeric(const QString &s);

// The row as read, fields joined with the delimiter (a tab as "\t").
QString rowText(const QStringList &cells, QChar delimiter);

} // namespace csv_detail
} // namespace exporting
} // namespace fleetroi
