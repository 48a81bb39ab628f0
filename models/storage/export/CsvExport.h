// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly table as CSV: C locale (decimal point, no grouping), header row of the
// expected-output names ("month,capacity_hours,..."), one row per month - byte for byte what
// `fleetroi compute --format csv` prints (both use the core's monthlyToCsv()).
// Numbers: plain decimals, never exponent notation ("30000000", not "3e+07"); each the
// shortest text that reads back to the same double (up to 17 significant digits), except
// `working_gpus`, a GPU count, which is rounded to whole GPUs (formatCsvNumber()).
// Text cells go through csvField(): a cell that could start a formula gets a leading
// apostrophe (SpreadsheetSafety.h), which a CSV file cannot express any other way.
#pragma once

#include "StorageStatus.h"
#include "engine/ModelResults.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace fleetroi {
namespace exporting {

QByteArray monthlyCsv(const MonthlySeries &monthly);

// One CSV line of text cells, each neutralised and quoted as needed, ending in "\n".
QByteArray csvLine(const QStringList &cells);

// Writes monthlyCsv() to `path` atomically (the old file survives any failure).
StorageStatus writeMonthlyCsv(const QString &path, const MonthlySeries &monthly);

} // namespace exporting
} // namespace fleetroi
