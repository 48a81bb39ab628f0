// SPDX-License-Identifier: GPL-3.0-or-later
// Purchase schedules and demand series from CSV text: a file, or cells pasted from a
// spreadsheet (tab-separated). Every row is either accepted or rejected with its line number
// and the reason, so the import preview can name what it left out. Nothing here changes a
// scenario: the caller applies the accepted rows (as one undoable edit).
//
// Bytes of a file (decodeCsvBytes): UTF-8 with or without BOM, UTF-16 LE/BE with a BOM;
// anything else that is not valid UTF-8 is refused with a message naming the likely encoding
// (Windows-1252, as Excel on Windows saves) - never guessed. The caller may name the
// encoding explicitly: UTF-8, UTF-16LE, UTF-16BE, Windows-1252 or Latin-1 (ISO-8859-1).
//
// Text (CsvOptions; 0 = detect):
//  - delimiter: tab, semicolon or comma, whichever the first non-empty line uses most
//    (a line without any: comma); fields may be quoted ("..." with "" for a quote);
//  - decimal separator: '.' unless the delimiter is not a comma and the numbers are written
//    with a decimal comma only (1234,5 and no 1234.5), as a German Excel saves them;
//    thousands separators are never read: "1.234,5" and "1,234.5" are rejected;
//  - an optional header row (recognised when its cells are column names, below);
//  - every row must have as many fields as the header (or, without one, the first row):
//    a decimal comma in a comma file ("0,5" under a one-column header, "0,1200,5" under
//    month,compute_hours, "24999,50" as a price) adds a field and is rejected, never read as
//    other numbers;
//  - a month as an index from the scenario's start (0 .. H-1) or as "YYYY-MM".
// Purchases: columns month, sku, gpus, install_lag_months, gpu_price, label in that order, or
// in any order when a header names them (month, sku and gpus are required). The SKU is an
// id or a name of the scenario's SKUs. Ranges are the scenario format's (ScenarioChecks).
// Demand: one column of compute hours per month (month 0, 1, ...), or two columns month and
// compute hours; exactly H months are needed for a series.
#pragma once

#include "scenario/Scenario.h"

#include <QByteArray>
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

// The delimiter and decimal separator CsvOptions leave to detection, as the parse uses them.
struct CsvFormat
{
    QChar delimiter;
    QChar decimal;
    bool delimiterDetected = false;
    bool decimalDetected = false;
    // Detected (not chosen) in a file not separated by commas, and every number with the
    // separator has one to three digits before it and exactly three after ("24.999",
    // "1,500"), which is just as well a number with a separator between thousands
    // (German Excel writes 24999 as "24.999"). Such cells are then refused as ambiguous
    // until the user chooses the decimal separator (issue #14: "38.000" must not become 38).
    bool decimalAmbiguous = false;
};

struct PurchaseImport
{
    std::vector<PurchaseTranche> purchases; // accepted rows, in input order
    std::vector<int> lines;                 // their line numbers
    std::vector<CsvRejectedRow> rejected;
    bool hadHeader = false;
    CsvFormat format; // delimiter and decimal separator used
    QString problem;  // set when nothing could be read (delimiter = decimal separator)
};

struct DemandImport
{
    std::vector<double> series; // compute hours for month 0 .. H-1 when complete()
    std::vector<int> lines;     // line of each accepted value (same order as read)
    std::vector<CsvRejectedRow> rejected;
    QString problem; // set when the accepted rows do not make a whole series
    bool hadHeader = false;
    CsvFormat format; // delimiter and decimal separator used
    bool complete() const { return problem.isEmpty(); }
};

enum class CsvEncoding
{
    Auto, // BOM, else UTF-8 if valid, else refused naming the likely encoding
    Utf8,
    Utf16LE,
    Utf16BE,
    Windows1252,
    Latin1, // ISO-8859-1
};

// "UTF-8", "UTF-16LE", "Windows-1252", ...
QString csvEncodingName(CsvEncoding e);
// From a name as a user types it ("utf-8", "UTF8", "windows-1252", "cp1252", "latin-1",
// "iso-8859-1", "utf-16le", ...); false when unknown.
bool csvEncodingFromName(const QString &name, CsvEncoding *out);

struct CsvDecoded
{
    bool ok = false;
    QString text;          // decoded, without BOM
    CsvEncoding encoding;  // the one used (detected or requested)
    bool detected = false; // true when found by BOM or UTF-8 validity
    QString problem;       // when !ok: why, naming the likely encoding and where
    CsvEncoding likely = CsvEncoding::Windows1252; // when !ok: the encoding to suggest
};

// Decodes the bytes of a CSV file (see the header comment). A requested encoding that the
// bytes do not fit (invalid UTF-8 or UTF-16) is refused too.
CsvDecoded decodeCsvBytes(const QByteArray &bytes, CsvEncoding encoding = CsvEncoding::Auto);

struct CsvOptions
{
    QChar delimiter; // '\t', ';' or ','; null = detect
    QChar decimal;   // '.' or ','; null = detect
};

CsvFormat detectCsvFormat(const QString &text, const CsvOptions &options = {});

// "comma", "semicolon", "tab", "point" for messages and the preview.
QString csvSeparatorName(QChar c);

// Splits CSV text into rows of fields (RFC 4180 quoting) with `delimiter` (null = detect).
// `lineNumbers` receives the 1-based line on which each row starts.
std::vector<QStringList> splitCsv(const QString &text, std::vector<int> *lineNumbers = nullptr,
                                  QChar delimiter = QChar());

PurchaseImport parsePurchaseCsv(const QString &text, const Scenario &scenario,
                                const CsvOptions &options = {});
DemandImport parseDemandCsv(const QString &text, const Scenario &scenario,
                            const CsvOptions &options = {});

} // namespace exporting
} // namespace fleetroi
