// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/CsvExport.h"

#include "AtomicFileWriter.h"
#include "engine/ResultsFormat.h"
#include "export/SpreadsheetSafety.h"

namespace fleetroi {
namespace exporting {

QByteArray monthlyCsv(const MonthlySeries &monthly)
{
    // The core's writer is already C-locale and round-trip exact. Its only text cells are
    // the header names and "YYYY-MM" months, which never start a formula; they still pass
    // through csvField() so a future text column cannot slip by.
    const std::string core = monthlyToCsv(monthly);
    QByteArray out;
    out.reserve(qsizetype(core.size()) + 64);
    std::size_t lineStart = 0;
    while (lineStart < core.size()) {
        std::size_t lineEnd = core.find('\n', lineStart);
        if (lineEnd == std::string::npos)
            lineEnd = core.size();
        const std::string line = core.substr(lineStart, lineEnd - lineStart);
        // The first field is text (header "month" or "YYYY-MM"); the rest are names or numbers.
        const std::size_t comma = line.find(',');
        const QString first = QString::fromStdString(line.substr(0, comma));
        out += csvField(first).toUtf8();
        if (comma != std::string::npos)
            out.append(line.data() + comma, qsizetype(line.size() - comma));
        out += '\n';
        lineStart = lineEnd + 1;
    }
    return out;
}

QByteArray csvLine(const QStringList &cells)
{
    QByteArray out;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i)
            out += ',';
        out += csvField(cells[i]).toUtf8();
    }
    out += '\n';
    return out;
}

StorageStatus writeMonthlyCsv(const QString &path, const MonthlySeries &monthly)
{
    return AtomicFileWriter::writeFile(path, monthlyCsv(monthly));
}

} // namespace exporting
} // namespace fleetroi
