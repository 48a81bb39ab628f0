// SPDX-License-Identifier: GPL-3.0-or-later
// Everything an export or a report shows about one scenario, computed once: the model with
// tranche detail, the tornado, and roll-ups by fiscal year. Shared by the XLSX/CSV exports
// (this folder) and the PDF report (ui/report) so both print the same numbers.
#pragma once

#include "DriverText.h"
#include "engine/ImpairmentSensitivity.h"
#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace fleetroi {
namespace exporting {

struct ExportData
{
    Scenario scenario;
    ModelResults results;                    // computed with ModelOptions::trancheDetail
    std::vector<SensitivityRow> sensitivity; // largest swing first
    double swing = 0.2;                      // relative change of each driver (0.2 = +/-20 %)
    // Model 1.1 with finance.impairment_test: total impairment with the lease-price and the
    // market-value curves at 1 -/+ swing (engine/ImpairmentSensitivity.h); else empty.
    std::optional<ImpairmentSensitivity> impairmentSensitivity;
};

// Runs the model (with tranche detail and book value grouped by SKU and by vintage, in that
// order in results.groups), the tornado and, for a scenario with the impairment test, the
// impairment sensitivity. The scenario must be valid.
ExportData computeExportData(const Scenario &scenario, double swing = 0.2);

// The unit of a monthly series, for number formats.
enum class SeriesUnit
{
    Money,  // scenario currency
    Hours,  // H100-equivalent compute hours
    Share,  // fraction 0..1 (shown as percent)
    Count,  // GPUs
    Energy, // kWh
};

struct SeriesInfo
{
    const char *key; // the expected-output name, e.g. "net_cash_flow"
    QString label;   // for people, translated, e.g. "Net cash flow"
    SeriesUnit unit;
    const std::vector<double> *values;
};

// Every numeric monthly series in MonthlySeries::namedSeries() order, with labels and units.
std::vector<SeriesInfo> describeSeries(const MonthlySeries &monthly);

// Sums by fiscal year (named by the calendar year in which it ends, MODEL.md "Time").
struct FiscalYearRow
{
    int year = 0;
    int firstMonth = 0; // month index t of its first month inside the horizon
    int lastMonth = 0;  // ... and of its last
    double capex = 0, leaseRevenue = 0, internalValue = 0, opex = 0, ebitda = 0,
           bookDepreciation = 0, taxDepreciation = 0, tax = 0, netIncome = 0, netCashFlow = 0;
    double cumulativeCashFlow = 0; // at the end of its last month
    double bookValue = 0;          // at the end of its last month
};

// The fiscal year of month index t.
int fiscalYearOf(const Scenario &scenario, int t);

std::vector<FiscalYearRow> fiscalYears(const Scenario &scenario, const MonthlySeries &monthly);

// "YYYY-MM" of month index t of the scenario.
QString monthText(const Scenario &scenario, int t);

// A tranche's name for people: its label, else "SKU name #index".
QString trancheName(const Scenario &scenario, const TrancheResults &tranche);

// The analyst's label of a sensitivity driver (the driver catalog's, storage/DriverText.h).
using fleetroi::driverLabel;

} // namespace exporting
} // namespace fleetroi
