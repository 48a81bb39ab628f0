// SPDX-License-Identifier: GPL-3.0-or-later
// What a PDF report is made of (one scenario or a comparison) and how it is printed.
#pragma once

#include "export/ExportData.h"

#include <QDate>
#include <QLocale>
#include <QPageSize>
#include <QString>

#include <optional>
#include <vector>

#if __has_include("montecarlo/MonteCarlo.h")
#include "montecarlo/MonteCarlo.h"
#define FLEETROI_REPORT_HAS_MONTECARLO 1
#endif

namespace fleetroi {
namespace report {

struct ReportOptions
{
    QPageSize::PageSizeId paper = QPageSize::A4; // A4 or Letter
    // Numbers and dates follow this locale; its language picks the fonts (Chinese puts
    // Noto Sans CJK first). Strings follow the installed QTranslator.
    QLocale locale = QLocale(QLocale::English, QLocale::UnitedStates);
    QDate date = QDate::currentDate(); // printed on the cover and in the footer
};

struct ReportScenario
{
    exporting::ExportData data;
    // Which version of the scenario this is, for people: "revision 7", or for a file its
    // name and a short content hash. Printed as given (plain text).
    QString revision;
#ifdef FLEETROI_REPORT_HAS_MONTECARLO
    std::optional<MonteCarloResults> monteCarlo; // completed results, when there are any
#endif
};

} // namespace report
} // namespace fleetroi
