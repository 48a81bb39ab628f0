// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export of the current scenario's results for spreadsheets and print: the Excel
// workbook (exporting::writeXlsx), the monthly table as CSV (exporting::writeMonthlyCsv) and
// the PDF report (report::ReportBuilder). Each asks for a file name in the last export
// directory (settings::lastExportDirectory), writes atomically (the old file survives any
// failure, as AtomicFileWriter/QSaveFile do) and says in a message box what went wrong.
#pragma once

#include "report/ReportOptions.h"

#include <QCoreApplication>

#include <QString>

class QWidget;

namespace fleetroi {

class ScenarioView;

class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::ExportActions)
public:
    enum class Format
    {
        Xlsx,
        Csv,
        Pdf
    };
    // Asks for a path and exports; returns the path written, "" when cancelled or failed
    // (the failure shown to the user).
    static QString exportWithDialog(QWidget *parent, ScenarioView *view, Format format);
    // Writes without asking; false with the reason in `error`.
    static bool exportTo(ScenarioView *view, Format format, const QString &path, QString *error);
    // What the PDF report prints for a scenario view: its data, the revision text and the
    // last completed Monte Carlo run.
    static report::ReportScenario reportScenario(ScenarioView *view);
    // Report options for the user's locale (Letter in the US and Canada, else A4).
    static report::ReportOptions reportOptions();
    // A file name from the scenario name in the last export directory, with the extension.
    static QString suggestedPath(const QString &scenarioName, Format format);
};

} // namespace fleetroi
