// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ExportData.h"

#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"

#include <map>

namespace fleetroi {
namespace exporting {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::exporting::ExportData)
};
} // namespace

ExportData computeExportData(const Scenario &scenario, double swing)
{
    ExportData d;
    d.scenario = scenario;
    ModelOptions options;
    options.trancheDetail = true;
    // The report's balance-sheet chart shows book value by vintage; SKU first so charts that
    // look for the SKU grouping find it as before.
    options.groupings = {TrancheGroupBy::Sku, TrancheGroupBy::Vintage};
    d.results = computeModel(scenario, options);
    d.sensitivity = computeSensitivity(scenario, swing);
    d.swing = swing;
    if (scenario.finance.impairmentTest)
        d.impairmentSensitivity = computeImpairmentSensitivity(scenario, swing);
    return d;
}

std::vector<SeriesInfo> describeSeries(const MonthlySeries &m)
{
    // Labels and units by member; the names and the order are namedSeries()'s, so a series
    // key is written once, in the engine.
    using U = SeriesUnit;
    using M = std::vector<double> MonthlySeries::*;
    struct Entry
    {
        M member;
        QString label;
        U unit;
    };
    const Entry entries[] = {
        {&MonthlySeries::capacityHours, Text::tr("Capacity (compute h)"), U::Hours},
        {&MonthlySeries::internalDemandHours, Text::tr("Internal demand (compute h)"), U::Hours},
        {&MonthlySeries::internalServedHours, Text::tr("Internal served (compute h)"), U::Hours},
        {&MonthlySeries::shortfallHours, Text::tr("Shortfall (compute h)"), U::Hours},
        {&MonthlySeries::leasedHours, Text::tr("Leased (compute h)"), U::Hours},
        {&MonthlySeries::utilization, Text::tr("Utilization"), U::Share},
        {&MonthlySeries::capex, Text::tr("Capex"), U::Money},
        {&MonthlySeries::leaseRevenue, Text::tr("Lease revenue"), U::Money},
        {&MonthlySeries::internalValue, Text::tr("Internal value"), U::Money},
        {&MonthlySeries::electricityCost, Text::tr("Electricity"), U::Money},
        {&MonthlySeries::colocationCost, Text::tr("Colocation"), U::Money},
        {&MonthlySeries::maintenanceCost, Text::tr("Maintenance"), U::Money},
        {&MonthlySeries::staffCost, Text::tr("Staff"), U::Money},
        {&MonthlySeries::salesCost, Text::tr("Sales cost"), U::Money},
        {&MonthlySeries::opex, Text::tr("Opex"), U::Money},
        {&MonthlySeries::ebitda, Text::tr("EBITDA"), U::Money},
        {&MonthlySeries::bookDepreciation, Text::tr("Book depreciation"), U::Money},
        {&MonthlySeries::taxDepreciation, Text::tr("Tax depreciation"), U::Money},
        {&MonthlySeries::bookGain, Text::tr("Book gain"), U::Money},
        {&MonthlySeries::proceeds, Text::tr("Proceeds"), U::Money},
        {&MonthlySeries::terminalValue, Text::tr("Terminal value"), U::Money},
        {&MonthlySeries::ebit, Text::tr("EBIT"), U::Money},
        {&MonthlySeries::tax, Text::tr("Tax"), U::Money},
        {&MonthlySeries::netIncome, Text::tr("Net income"), U::Money},
        {&MonthlySeries::netCashFlow, Text::tr("Net cash flow"), U::Money},
        {&MonthlySeries::cumulativeCashFlow, Text::tr("Cumulative cash flow"), U::Money},
        {&MonthlySeries::bookValue, Text::tr("Book value"), U::Money},
        {&MonthlySeries::energyKwh, Text::tr("Energy (kWh)"), U::Energy},
        {&MonthlySeries::workingGpus, Text::tr("Working GPUs"), U::Count},
        // Model 1.1 series (namedSeries() lists them only for a scenario that uses a 1.1 key).
        {&MonthlySeries::marketValue, Text::tr("Market value"), U::Money},
        {&MonthlySeries::impairment, Text::tr("Impairment"), U::Money},
        {&MonthlySeries::deferredTaxLiability, Text::tr("Deferred tax liability"), U::Money},
        {&MonthlySeries::bookTaxExpense, Text::tr("Book tax expense"), U::Money},
    };
    std::vector<SeriesInfo> series;
    for (const auto &[key, values] : m.namedSeries()) {
        const Entry *entry = nullptr;
        for (const Entry &e : entries)
            if (&(m.*e.member) == values)
                entry = &e;
        // A series the table does not know yet keeps its name as the label.
        series.push_back({key, entry ? entry->label : QString::fromLatin1(key),
                          entry ? entry->unit : U::Money, values});
    }
    return series;
}

int fiscalYearOf(const Scenario &sc, int t)
{
    int year = sc.startYear + (sc.startMonth - 1 + t) / 12;
    const int month = (sc.startMonth - 1 + t) % 12 + 1;
    if (month > sc.finance.fiscalYearEndMonth)
        ++year;
    return year;
}

std::vector<FiscalYearRow> fiscalYears(const Scenario &sc, const MonthlySeries &m)
{
    std::vector<FiscalYearRow> rows;
    for (int t = 0; t < m.size(); ++t) {
        const int year = fiscalYearOf(sc, t);
        if (rows.empty() || rows.back().year != year) {
            rows.push_back({});
            rows.back().year = year;
            rows.back().firstMonth = t;
        }
        FiscalYearRow &r = rows.back();
        const std::size_t i = std::size_t(t);
        r.lastMonth = t;
        r.capex += m.capex[i];
        r.leaseRevenue += m.leaseRevenue[i];
        r.internalValue += m.internalValue[i];
        r.opex += m.opex[i];
        r.ebitda += m.ebitda[i];
        r.bookDepreciation += m.bookDepreciation[i];
        r.taxDepreciation += m.taxDepreciation[i];
        r.tax += m.tax[i];
        r.netIncome += m.netIncome[i];
        r.netCashFlow += m.netCashFlow[i];
        r.cumulativeCashFlow = m.cumulativeCashFlow[i];
        r.bookValue = m.bookValue[i];
    }
    return rows;
}

QString monthText(const Scenario &sc, int t)
{
    return QString::fromStdString(monthLabel(sc.startYear, sc.startMonth, t));
}

QString trancheName(const Scenario &sc, const TrancheResults &tranche)
{
    if (!tranche.label.empty())
        return QString::fromStdString(tranche.label);
    const int sku = sc.skuIndex(tranche.skuId);
    const QString skuName = sku >= 0 ? QString::fromStdString(sc.skus[std::size_t(sku)].name)
                                     : QString::fromStdString(tranche.skuId);
    return Text::tr("%1 #%2").arg(skuName).arg(tranche.purchaseIndex + 1);
}

} // namespace exporting
} // namespace fleetroi
