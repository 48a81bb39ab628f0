// SPDX-License-Identifier: GPL-3.0-or-later
// The monthly table as CSV: C locale (decimal point, no grouping), header row of the
// expected-output names ("month,capacity_hours,..."), one row per month, numbers as the
// shortest text that reads back to the same double - byte for byte what
// `fleetroi compute --format csv` prints. Text cells go through csvField() (injection-safe).
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
