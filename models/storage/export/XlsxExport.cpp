// SPDX-License-Identifier: GPL-3.0-or-later
// The workbook as a whole: formats, the five sheets, the styles rewrite and the atomic write.
// Each sheet is written by its own file (XlsxResultSheets.cpp, XlsxAssumptions.cpp).
#include "export/XlsxExport.h"

#include "AtomicFileWriter.h"
#include "export/XlsxSheet.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace fleetroi {
namespace exporting {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::XlsxExport)
};

} // namespace

using namespace xlsx_detail;

StorageStatus writeXlsx(const QString &path, const ExportData &data)
{
    QTemporaryDir tmp;
    if (!tmp.isValid())
        return StorageStatus::failure(StorageStatus::Code::Failed,
                                      Text::tr("Could not write %1: no temporary directory (%2)")
                                          .arg(path, tmp.errorString()));
    const QByteArray tmpFile = QFile::encodeName(tmp.filePath(QStringLiteral("export.xlsx")));
    const QByteArray tmpDir = QFile::encodeName(tmp.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE; // freeze panes and widths need the whole sheet
    options.tmpdir = const_cast<char *>(tmpDir.constData());
    lxw_workbook *wb = workbook_new_opt(tmpFile.constData(), &options);
    if (!wb)
        return StorageStatus::failure(StorageStatus::Code::Failed,
                                      Text::tr("Could not write %1: out of memory").arg(path));

    const Formats f = addFormats(wb, data.scenario.currency);

    lxw_error error = LXW_NO_ERROR;
    lxw_worksheet *sheets[std::size(kXlsxSheets)];
    for (std::size_t i = 0; i < std::size(kXlsxSheets); ++i) {
        sheets[i] = workbook_add_worksheet(wb, kXlsxSheets[i]);
        if (!sheets[i] && error == LXW_NO_ERROR)
            error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    }
    if (error == LXW_NO_ERROR) {
        Sheet summary(sheets[0], &error, &f), monthly(sheets[1], &error, &f),
            tranches(sheets[2], &error, &f), sensitivity(sheets[3], &error, &f),
            assumptionSheet(sheets[4], &error, &f);
        writeSummary(summary, data, f);
        writeMonthly(monthly, data, f);
        writeTranches(tranches, data, f);
        writeSensitivity(sensitivity, data, f);
        writeAssumptions(assumptionSheet, data, f);
    }
    // The cellXfs indices of the quoted twins (lxw_format_get_xf_index assigns one when the
    // format has none yet); read before workbook_close, which frees the formats.
    std::set<int> quotedIndices;
    for (const auto &[base, twin] : f.quoted)
        quotedIndices.insert(int(lxw_format_get_xf_index(twin)));
    const lxw_error closed = workbook_close(wb); // frees the workbook in every case
    if (error == LXW_NO_ERROR)
        error = closed;
    if (error != LXW_NO_ERROR)
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: %2").arg(path, QString::fromUtf8(lxw_strerror(error))));
    const QByteArray builtFile = QFile::encodeName(tmp.filePath(QStringLiteral("quoted.xlsx")));
    if (!rewriteWithQuotePrefix(tmpFile, builtFile, quotedIndices))
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: the cell styles could not be written").arg(path));
    QFile built(QFile::decodeName(builtFile));
    if (!built.open(QIODevice::ReadOnly))
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: %2").arg(path, built.errorString()));
    const QByteArray bytes = built.readAll();
    if (bytes.size() != built.size())
        return StorageStatus::failure(
            StorageStatus::Code::Failed,
            Text::tr("Could not write %1: %2").arg(path, built.errorString()));
    return AtomicFileWriter::writeFile(path, bytes);
}

} // namespace exporting
} // namespace fleetroi
