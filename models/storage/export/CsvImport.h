// SPDX-License-Identifier: GPL-3.0-or-later
// Purchase schedules and demand series from CSV text: a file, or cells pasted from a
// spreadsheet (tab-separated). Every row is either accepted or rejected with its line number
// and the reason, so the import preview can name what it left out. Nothing here changes a
// scenario: the caller applies the accepted rows (as one undoable edit).
//
// Accepted input:
//  - delimiter: tab, semicolon or comma, whichever the first non-empty line uses most;
//    fields may be quoted ("..." with "" for a quote), quoted fields may hold delimiters;
//  - an optional header row (recognised when its cells are column names, below);
//  - numbers in the C locale (1234.5; no thousands separators);
//  - a month as an index from the scenario's start (0 .. H-1) or as "YYYY-MM".
// Purchases: columns month, sku, gpus, install_lag_months, gpu_price, label in that order, or
// in any order when a header names them (month, sku and gpus are required). The SKU is an
// id or a name of the scenario's SKUs.
// Demand: one column of compute hours per month (month 0, 1, ...), or two columns month and
// compute hours; exactly H months are needed for a series.
#pragma once

#include "scenario/Scenario.h"

#include <QString>
#include <QStringList>

#include <vector>

namespace fleetroi {
namespace exporting {

struct CsvRejectedRow
{
    int line = 0;   // 1-based line in the text
    QString text;   // the line as read
    QString reason; // e.g. "gpus: must be a whole number from 1 to 100000000, got -5"
};

struct PurchaseImport
{
    std::vector<PurchaseTranche> purchases; // accepted rows, in input order
    std::vector<int> lines;                 // their line numbers
    std::vector<CsvRejectedRow> rejected;
    bool hadHeader = false;
};

struct DemandImport
{
    std::vector<double> series; // compute hours for month 0 .. H-1 when complete()
    std::vector<int> lines;     // line of each accepted value (same order as read)
    std::vector<CsvRejectedRow> rejected;
    QString problem; // set when the accepted rows do not make a whole series
    bool hadHeader = false;
    bool complete() const { return problem.isEmpty(); }
};

// Splits CSV text into rows of fields (RFC 4180 quoting; the delimiter as described above).
// `lineNumbers` receives the 1-based line on which each row starts.
std::vector<QStringList> splitCsv(const QString &text, std::vector<int> *lineNumbers = nullptr);

PurchaseImport parsePurchaseCsv(const QString &text, const Scenario &scenario);
DemandImport parseDemandCsv(const QString &text, const Scenario &scenario);

} // namespace exporting
} // namespace fleetroi
