// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export report: a print preview of the PDF report with paper size, "Save PDF..."
// and "Print...". The main window creates it with the current scenario's data:
//
//     report::ReportScenario rs;
//     rs.data = exporting::computeExportData(scenario);
//     rs.revision = tr("revision %1").arg(revision);
//     report::ReportPreviewDialog dialog(rs, options, this);
//     dialog.exec();
#pragma once

#include "report/ReportOptions.h"

#include <QDialog>

class QComboBox;
class QPrintPreviewWidget;
class QPrinter;

namespace fleetroi {
namespace report {

class ReportPreviewDialog : public QDialog
{
    Q_OBJECT

public:
    ReportPreviewDialog(const ReportScenario &scenario, const ReportOptions &options,
                        QWidget *parent = nullptr);
    ~ReportPreviewDialog() override;

    // Writes the PDF to `path` (atomically); on failure returns false with a message.
    bool savePdf(const QString &path, QString *error);

private:
    void paintPreview(QPrinter *printer);
    void saveAs();
    void print();

    ReportScenario m_scenario;
    ReportOptions m_options;
    QPrinter *m_printer;
    QPrintPreviewWidget *m_preview;
    QComboBox *m_paper;
};

} // namespace report
} // namespace fleetroi
