// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fleetroi::cli {

// `fleetroi import-csv SCENARIO --purchases|--demand FILE.csv -o OUT.fleetroi.json
//  [--delimiter C] [--decimal C] [--encoding E] [--skip-bad-rows]` (args[0] is "import-csv").
// Reads the scenario and the CSV file (exporting::decodeCsvBytes / parsePurchaseCsv /
// parseDemandCsv: the encoding, delimiter and decimal separator are detected unless given),
// appends the purchases or sets the demand series, validates the result and writes it to
// OUT atomically. Each rejected row is one "FILE.csv:LINE: reason" line on stderr; unless
// --skip-bad-rows, any rejected row means exit 2 and nothing written. Exit codes as in Cli.h.
int runImportCsv(const QStringList &args);

} // namespace fleetroi::cli
