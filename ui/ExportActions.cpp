// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportActions.h"

#include "AppSettings.h"
#include "AtomicFileWriter.h"
#include "FileDialogs.h"
#include "ScenarioDocument.h"
#include "ScenarioView.h"
#include "export/CsvExport.h"
#include "export/ExportData.h"
#include "export/XlsxExport.h"
#include "report/ReportBuilder.h"
#include "risk/RiskView.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QRegularExpression>
#include <QStandardPaths>

namespace fleetroi {

namespace {

QString extension(ExportActions::Format f)
{
    switch (f) {
    case ExportActions::Format::Xlsx:
        return QStringLiteral(".xlsx");
    case ExportActions::Format::Csv:
        return QStringLiteral(".csv");
    case ExportActions::Format::Pdf:
        return QStringLiteral(".pdf");
    }
    return {};
}

} // namespace

QString ExportActions::suggestedPath(const QString &scenarioName, Format format)
{
    QString dir = settings::lastExportDirectory.value();
    if (dir.isEmpty() || !QFileInfo(dir).isDir())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString name = scenarioName;
    // A file name from the scenario name: no path separators or other awkward characters.
    name.replace(QRegularExpression(QStringLiteral("[^\\w\\- ]+")), QStringLiteral("_"));
    name = name.trimmed().left(80);
    if (name.isEmpty())
        name = QStringLiteral("scenario");
    if (format == Format::Csv)
        name += QStringLiteral("-monthly");
    return QDir(dir).filePath(name + extension(format));
}

report::ReportOptions ExportActions::reportOptions()
{
    report::ReportOptions options;
    options.locale = QLocale();
    const QLocale::Territory territory = QLocale().territory();
    options.paper = territory == QLocale::UnitedStates || territory == QLocale::Canada
                        ? QPageSize::Letter
                        : QPageSize::A4;
    return options;
}

report::ReportScenario ExportActions::reportScenario(ScenarioView *view)
{
    ScenarioDocument *doc = view->document();
    report::ReportScenario rs;
    rs.data = exporting::computeExportData(doc->scenario());
    if (doc->workspaceRevisionId() > 0)
        rs.revision = doc->isModified()
                          ? tr("revision %1, with unsaved changes").arg(doc->workspaceRevisionId())
                          : tr("revision %1").arg(doc->workspaceRevisionId());
    else if (!doc->filePath().isEmpty())
        rs.revision = QFileInfo(doc->filePath()).fileName();
    else
        rs.revision = tr("not saved");
    rs.monteCarlo = view->riskView()->lastResults();
    return rs;
}

bool ExportActions::exportTo(ScenarioView *view, Format format, const QString &path, QString *error)
{
    ScenarioDocument *doc = view ? view->document() : nullptr;
    if (!doc)
        return false;
    if (!doc->isValid()) {
        if (error)
            *error = tr("The scenario has input problems; fix the fields marked in red before "
                        "exporting its results.");
        return false;
    }
    StorageStatus st;
    switch (format) {
    case Format::Xlsx:
        st = exporting::writeXlsx(path, exporting::computeExportData(doc->scenario()));
        break;
    case Format::Csv:
        st = exporting::writeMonthlyCsv(path, doc->results().monthly);
        break;
    case Format::Pdf: {
        // ReportBuilder keeps a reference to the scenario: it must outlive the builder.
        const report::ReportScenario rs = reportScenario(view);
        report::ReportBuilder builder(rs, reportOptions());
        const QByteArray pdf = builder.renderPdf();
        if (pdf.isEmpty()) {
            if (error)
                *error = builder.errorString();
            return false;
        }
        st = AtomicFileWriter::writeFile(path, pdf);
        break;
    }
    }
    if (!st.ok() && error)
        *error = st.message;
    return st.ok();
}

QString ExportActions::exportWithDialog(QWidget *parent, ScenarioView *view, Format format)
{
    if (!view)
        return {};
    const QString titles[] = {tr("Export Excel workbook"), tr("Export monthly table as CSV"),
                              tr("Export PDF report")};
    const QString filters[] = {tr("Excel workbooks (*.xlsx)"), tr("CSV files (*.csv)"),
                               tr("PDF files (*.pdf)")};
    const int i = int(format);
    const QString title = titles[i];
    if (!view->document()->isValid()) {
        QMessageBox::warning(parent, title,
                             tr("The scenario has input problems; fix the fields marked in red "
                                "before exporting its results."));
        return {};
    }
    // Name-only dialog (FileDialogs.h): browsing the workspace's folder must not read files.
    QString path = fileDialogs::saveFileName(
        parent, title, suggestedPath(view->document()->name(), format), filters[i]);
    if (path.isEmpty())
        return {};
    if (!path.endsWith(extension(format), Qt::CaseInsensitive))
        path += extension(format);
    QString error;
    if (!exportTo(view, format, path, &error)) {
        QMessageBox::warning(
            parent, title,
            tr("Could not write %1:\n%2").arg(QDir::toNativeSeparators(path), error));
        return {};
    }
    settings::lastExportDirectory.setValue(QFileInfo(path).absolutePath());
    return path;
}

} // namespace fleetroi
