// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF comparison of 2 to 4 scenarios: key figures side by side, NPV bars, cumulative
// cash flow overlaid, the main assumptions side by side, net cash flow by calendar year,
// and each scenario's largest sensitivity drivers. Same page layout as ReportBuilder.
#pragma once

#include "report/ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

#include <vector>

class QPagedPaintDevice;

namespace fleetroi {
namespace report {

class ReportLayout;

class ComparisonReport
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::report::ComparisonReport)

public:
    ComparisonReport(const std::vector<ReportScenario> &scenarios, const ReportOptions &options);

    bool paint(QPagedPaintDevice *device);
    QByteArray renderPdf(); // empty on failure
    int pageCount() const { return m_pages; }
    QString errorString() const { return m_error; }
    // Characters no installed font can draw (see ReportBuilder::missingGlyphs).
    QString missingGlyphs() const { return m_missingGlyphs; }

private:
    void setUpTexts(ReportLayout &l) const;
    void layout(ReportLayout &l);

    const std::vector<ReportScenario> &m_scenarios;
    ReportOptions m_options;
    int m_pages = 0;
    QString m_error;
    QString m_missingGlyphs;
};

} // namespace report
} // namespace fleetroi
