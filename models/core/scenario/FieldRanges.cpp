// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/FieldRanges.h"

#include <string>

namespace fleetroi {

namespace r = scenario_detail::rules;
using U = FieldUnit;

const std::vector<FieldRange> &fieldRanges()
{
    static const std::vector<FieldRange> table = {
        {"horizon_months", r::horizonMonths, U::Months},
        {"finance.discount_rate", r::discountRate, U::FractionPerYear},
        {"finance.tax_rate", r::taxRate, U::Fraction},
        {"finance.bonus_depreciation", r::bonusDepreciation, U::Fraction},
        {"finance.fiscal_year_end_month", r::fiscalYearEndMonth, U::None},
        {"operations.availability", r::availability, U::Fraction},
        {"operations.pue", r::pue, U::Ratio},
        {"operations.electricity_price_per_kwh", r::electricityPricePerKwh, U::MoneyPerKwh},
        {"operations.electricity_annual_escalation", r::electricityAnnualEscalation,
         U::FractionPerYear},
        {"operations.colocation_per_kw_month", r::colocationPerKwMonth, U::MoneyPerKwMonth},
        {"operations.maintenance_fraction_per_year", r::maintenanceFractionPerYear,
         U::FractionPerYear},
        {"operations.staff_cost_per_month", r::staffCostPerMonth, U::MoneyPerMonth},
        {"internal_demand.compute_hours", r::computeHours, U::ComputeHours},
        {"internal_demand.annual_growth", r::demandAnnualGrowth, U::FractionPerYear},
        {"internal_demand.series[]", r::computeHours, U::ComputeHours},
        {"leasing.sellable_fraction", r::sellableFraction, U::Fraction},
        {"leasing.sales_cost_fraction", r::salesCostFraction, U::Fraction},
        {"leasing.contract_months", r::contractMonths, U::Months},
        {"skus[].gpu_price", r::gpuPrice, U::Money},
        {"skus[].gpus_per_server", r::gpusPerServer, U::None},
        {"skus[].server_cost", r::serverCost, U::Money},
        {"skus[].network_cost_per_gpu", r::networkCostPerGpu, U::Money},
        {"skus[].power_kw_per_gpu", r::powerKwPerGpu, U::Kilowatt},
        {"skus[].idle_power_fraction", r::idlePowerFraction, U::Fraction},
        {"skus[].throughput", r::throughput, U::Factor},
        {"skus[].useful_life_months", r::lifeMonths, U::Months},
        {"skus[].operating_life_months", r::lifeMonths, U::Months},
        {"skus[].salvage_fraction", r::salvageFraction, U::Fraction},
        {"skus[].resale_fraction", r::resaleFraction, U::Fraction},
        {"skus[].annual_failure_rate", r::annualFailureRate, U::FractionPerYear},
        {"skus[].lease_price.start", r::price, U::MoneyPerGpuHour},
        {"skus[].lease_price.annual_change", r::priceAnnualChange, U::FractionPerYear},
        {"skus[].lease_price.points[][1]", r::price, U::MoneyPerGpuHour},
        {"skus[].cloud_price.start", r::price, U::MoneyPerGpuHour},
        {"skus[].cloud_price.annual_change", r::priceAnnualChange, U::FractionPerYear},
        {"skus[].cloud_price.points[][1]", r::price, U::MoneyPerGpuHour},
        // Model 1.1 (SCENARIO_FORMAT.md "Additions in model version 1.1"): per GPU, not per
        // GPU-hour.
        {"skus[].market_value.start", r::marketValue, U::Money},
        {"skus[].market_value.annual_change", r::priceAnnualChange, U::FractionPerYear},
        {"skus[].market_value.points[][1]", r::marketValue, U::Money},
        {"skus[].market_age_discount_per_year", r::marketAgeDiscountPerYear, U::FractionPerYear},
        // A month index 0..H-1 (fieldRule narrows it to the horizon), shown as a month.
        {"skus[].useful_life_change.month", r::purchaseMonthAnyHorizon, U::None},
        {"skus[].useful_life_change.useful_life_months", r::lifeMonths, U::Months},
        // A month index from the start, shown as a calendar month (no unit suffix).
        {"purchases[].month", r::purchaseMonthAnyHorizon, U::None},
        {"purchases[].gpus", r::purchaseGpus, U::Gpus},
        {"purchases[].install_lag_months", r::installLagMonths, U::Months},
        {"purchases[].gpu_price", r::gpuPrice, U::Money},
        {"uncertainty.paths", r::paths, U::None},
        {"uncertainty.seed", r::seed, U::None},
        {"uncertainty.correlations[].rho", r::rho, U::None},
    };
    return table;
}

namespace {
// "skus[3].lease_price.points[12][1]" -> "skus[].lease_price.points[][1]": indices of lists
// become "[]", the index inside a point ([0] month, [1] price) stays.
std::string patternOf(std::string_view path)
{
    std::string out;
    out.reserve(path.size());
    for (std::size_t i = 0; i < path.size(); ++i) {
        if (path[i] != '[') {
            out += path[i];
            continue;
        }
        const std::size_t close = path.find(']', i);
        if (close == std::string_view::npos)
            return std::string(path);
        const bool pointIndex = out.size() >= 2 && out.compare(out.size() - 2, 2, "[]") == 0;
        if (pointIndex)
            out.append(path.substr(i, close - i + 1));
        else
            out += "[]";
        i = close;
    }
    return out;
}
} // namespace

const FieldRange *findFieldRange(std::string_view path)
{
    const std::string pattern = patternOf(path);
    for (const FieldRange &f : fieldRanges())
        if (f.pattern == pattern)
            return &f;
    return nullptr;
}

scenario_detail::NumberRule fieldRule(const FieldRange &range, int horizonMonths)
{
    scenario_detail::NumberRule rule = range.rule;
    if ((range.pattern == "purchases[].month" ||
         range.pattern == "skus[].useful_life_change.month") &&
        scenario_detail::inRange(std::int64_t(horizonMonths), r::horizonMonths))
        rule.max = horizonMonths - 1;
    return rule;
}

} // namespace fleetroi
