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
    using U = SeriesUnit;
    std::vector<SeriesInfo> series = {
        {"capacity_hours", Text::tr("Capacity (compute h)"), U::Hours, &m.capacityHours},
        {"internal_demand_hours", Text::tr("Internal demand (compute h)"), U::Hours,
         &m.internalDemandHours},
        {"internal_served_hours", Text::tr("Internal served (compute h)"), U::Hours,
         &m.internalServedHours},
        {"shortfall_hours", Text::tr("Shortfall (compute h)"), U::Hours, &m.shortfallHours},
        {"leased_hours", Text::tr("Leased (compute h)"), U::Hours, &m.leasedHours},
        {"utilization", Text::tr("Utilization"), U::Share, &m.utilization},
        {"capex", Text::tr("Capex"), U::Money, &m.capex},
        {"lease_revenue", Text::tr("Lease revenue"), U::Money, &m.leaseRevenue},
        {"internal_value", Text::tr("Internal value"), U::Money, &m.internalValue},
        {"electricity_cost", Text::tr("Electricity"), U::Money, &m.electricityCost},
        {"colocation_cost", Text::tr("Colocation"), U::Money, &m.colocationCost},
        {"maintenance_cost", Text::tr("Maintenance"), U::Money, &m.maintenanceCost},
        {"staff_cost", Text::tr("Staff"), U::Money, &m.staffCost},
        {"sales_cost", Text::tr("Sales cost"), U::Money, &m.salesCost},
        {"opex", Text::tr("Opex"), U::Money, &m.opex},
        {"ebitda", Text::tr("EBITDA"), U::Money, &m.ebitda},
        {"book_depreciation", Text::tr("Book depreciation"), U::Money, &m.bookDepreciation},
        {"tax_depreciation", Text::tr("Tax depreciation"), U::Money, &m.taxDepreciation},
        {"book_gain", Text::tr("Book gain"), U::Money, &m.bookGain},
        {"proceeds", Text::tr("Proceeds"), U::Money, &m.proceeds},
        {"terminal_value", Text::tr("Terminal value"), U::Money, &m.terminalValue},
        {"ebit", Text::tr("EBIT"), U::Money, &m.ebit},
        {"tax", Text::tr("Tax"), U::Money, &m.tax},
        {"net_income", Text::tr("Net income"), U::Money, &m.netIncome},
        {"net_cash_flow", Text::tr("Net cash flow"), U::Money, &m.netCashFlow},
        {"cumulative_cash_flow", Text::tr("Cumulative cash flow"), U::Money, &m.cumulativeCashFlow},
        {"book_value", Text::tr("Book value"), U::Money, &m.bookValue},
        {"energy_kwh", Text::tr("Energy (kWh)"), U::Energy, &m.energyKwh},
        {"working_gpus", Text::tr("Working GPUs"), U::Count, &m.workingGpus},
    };
    // Model 1.1 series, present only for a scenario that uses a 1.1 key (as in namedSeries()).
    if (!m.marketValue.empty()) {
        series.push_back({"market_value", Text::tr("Market value"), U::Money, &m.marketValue});
        series.push_back({"impairment", Text::tr("Impairment"), U::Money, &m.impairment});
        series.push_back({"deferred_tax_liability", Text::tr("Deferred tax liability"), U::Money,
                          &m.deferredTaxLiability});
        series.push_back(
            {"book_tax_expense", Text::tr("Book tax expense"), U::Money, &m.bookTaxExpense});
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

QString driverLabel(const std::string &driver)
{
    static const std::map<std::string, const char *> labels = {
        {"gpu_price", QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "GPU price")},
        {"lease_price", QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Lease price")},
        {"cloud_price", QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Cloud price")},
        {"internal_demand",
         QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Internal demand")},
        {"electricity_price",
         QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Electricity price")},
        {"discount_rate", QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Discount rate")},
        {"useful_life", QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Useful life")},
        {"sellable_fraction",
         QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Sellable fraction")},
        {"availability", QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Availability")},
        {"annual_failure_rate",
         QT_TRANSLATE_NOOP("fleetroi::exporting::ExportData", "Annual failure rate")},
    };
    const auto it = labels.find(driver);
    return it == labels.end()
               ? QString::fromStdString(driver)
               : QCoreApplication::translate("fleetroi::exporting::ExportData", it->second);
}

} // namespace exporting
} // namespace fleetroi
