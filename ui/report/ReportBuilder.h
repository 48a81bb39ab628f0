// SPDX-License-Identifier: GPL-3.0-or-later
// The PDF report of one scenario: cover with the key figures and contents, executive
// summary (charts and a paragraph written from the numbers), assumptions, cash flow by
// fiscal year and by month, depreciation by tranche, the balance sheet (model 1.1 scenarios
// only), sensitivity, Monte Carlo (when there
// are results) and the provenance appendix. Drawn with QPainter on any paged device
// (QPdfWriter for files, QPrinter for the print preview); charts are vectors from the chart
// classes (ui/charts). Needs a QApplication (the charts are widgets).
#pragma once

#include "report/ReportOptions.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace fleetroi::charts {
class ChartView;
}

namespace fleetroi {
namespace report {

// Sets paper size, portrait orientation and margins on a QPdfWriter or QPrinter.
void setUpPage(QPagedPaintDevice *device, QPageSize::PageSizeId paper);

// Font fallback list for a locale: DejaVu Sans first (Droid Sans Fallback first for
// Chinese), then fonts for CJK, Devanagari, Thai, emoji and symbols (see the .cpp for why
// Chinese does not use Noto Sans CJK first).
QStringList reportFontFamilies(const QLocale &locale);

// The cover's warning for characters no font can draw, naming them as U+XXXX.
QString missingGlyphsWarning(const QString &characters);

class ReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::report::ReportBuilder)

public:
    ReportBuilder(const ReportScenario &scenario, const ReportOptions &options);

    // Lays the report out twice (count pages, then paint) on a device set up by setUpPage.
    bool paint(QPagedPaintDevice *device);

    // The whole report as PDF bytes (QPdfWriter into memory); empty on failure.
    QByteArray renderPdf();

    int pageCount() const { return m_pages; }
    QString errorString() const { return m_error; }
    // Characters of the report no installed font can draw (shown as boxes; the cover says
    // so), once each; empty when every character has a glyph. Valid after paint().
    QString missingGlyphs() const { return m_missingGlyphs; }

private:
    struct Pass;
    void layout(class ReportLayout &l, Pass &pass);
    void cover(ReportLayout &l, Pass &pass);
    void summary(ReportLayout &l, Pass &pass);
    // The scenario's inputs, walking the schema (ReportAssumptions.cpp).
    void assumptions(ReportLayout &l, Pass &pass);
    // Results by fiscal year and month, depreciation, sensitivity, Monte Carlo
    // (ReportResults.cpp).
    void cashFlow(ReportLayout &l, Pass &pass);
    void depreciation(ReportLayout &l, Pass &pass);
    // Model 1.1 only (ReportBalanceSheet.cpp): NBV vs market value, impairments by tranche,
    // the book/tax reconciliation by fiscal year, the impairment sensitivity and the 1.1
    // assumptions with their provenance.
    void balanceSheet(ReportLayout &l, Pass &pass);
    void sensitivity(ReportLayout &l, Pass &pass);
    void monteCarlo(ReportLayout &l, Pass &pass);
    // The provenance appendix (ReportAssumptions.cpp).
    void provenance(ReportLayout &l, Pass &pass);
    void setUpTexts(ReportLayout &l) const;
    // Renders a chart into the layout at `height` points, in the report's fonts.
    static void drawChart(ReportLayout &l, charts::ChartView &chart, double height);
    void section(ReportLayout &l, Pass &pass, const QString &title);

    const ReportScenario &m_s;
    ReportOptions m_options;
    int m_pages = 0;
    QString m_error;
    QString m_missingGlyphs;
    std::vector<std::pair<QString, int>> m_contents; // section title, first page
};

} // namespace report
} // namespace fleetroi
