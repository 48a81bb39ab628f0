// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioSchema.h"

#include <array>
#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <unordered_set>

namespace fleetroi {

namespace {

namespace r = scenario_detail::rules;
using scenario_detail::NumberRule;
using F = FieldId;
using O = FieldOwner;
using T = FieldType;
using U = FieldUnit;
using G = InputGroup;

// Marks a label or help text for lupdate; translated with kSchemaTranslationContext.
#define L(text) QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", text)

// Choice lists (file spelling, enum value, label).
constexpr std::array kTaxDepreciation = {
    FieldChoice{"book", int(TaxDepreciation::Book), L("Same as book")},
    FieldChoice{"macrs_5_half_year", int(TaxDepreciation::Macrs5HalfYear),
                L("US MACRS 5-year, half-year convention")}};
constexpr std::array kTerminalValue = {
    FieldChoice{"none", int(TerminalValueMethod::None), L("None")},
    FieldChoice{"book_value", int(TerminalValueMethod::BookValue), L("Book value")},
    FieldChoice{"market_value", int(TerminalValueMethod::MarketValue), L("Market value")}};
constexpr std::array kDepreciation = {
    FieldChoice{"straight_line", int(DepreciationMethod::StraightLine), L("Straight line")},
    FieldChoice{"double_declining", int(DepreciationMethod::DoubleDeclining),
                L("Double declining")},
    FieldChoice{"sum_of_years", int(DepreciationMethod::SumOfYears), L("Sum of years' digits")}};

template <typename M> constexpr FieldType typeOf()
{
    if constexpr (std::is_same_v<M, std::string>)
        return T::Text;
    else if constexpr (std::is_same_v<M, double>)
        return T::Number;
    else if constexpr (std::is_same_v<M, std::optional<double>>)
        return T::OptionalNumber;
    else if constexpr (std::is_same_v<M, bool>)
        return T::Bool;
    else if constexpr (std::is_same_v<M, int>)
        return T::Int;
    else if constexpr (std::is_same_v<M, std::int64_t>)
        return T::Int64;
    else if constexpr (std::is_same_v<M, std::uint64_t>)
        return T::UInt64;
    else if constexpr (std::is_enum_v<M>)
        return T::Choice;
    else
        static_assert(sizeof(M) == 0, "a schema member of an unsupported type");
}

constexpr std::string_view keyOf(std::string_view path)
{
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? path : path.substr(dot + 1);
}

constexpr std::string_view parentOf(std::string_view path)
{
    const std::size_t dot = path.rfind('.');
    return dot == std::string_view::npos ? std::string_view() : path.substr(0, dot);
}

// A field stored in a member (chain) of its owner: the type follows from the member.
template <auto M0, auto... Ms>
SchemaField field(F id, std::string_view path, O owner, G group, const char *label,
                  const char *changeLabel)
{
    SchemaField f;
    f.id = id;
    f.path = path;
    f.key = keyOf(path);
    f.parent = parentOf(path);
    f.owner = owner;
    using M = schema_detail::MemberType<M0, Ms...>;
    f.type = typeOf<M>();
    f.group = group;
    f.label = label;
    f.changeLabel = changeLabel;
    f.member = &schema_detail::memberOf<M0, Ms...>;
    if constexpr (std::is_enum_v<M>) {
        f.getChoice = &schema_detail::getChoice<M0, Ms...>;
        f.setChoice = &schema_detail::setChoice<M0, Ms...>;
    }
    return f;
}

// A field with a shape of its own (no member access).
SchemaField shaped(F id, std::string_view path, O owner, T type, G group, const char *label,
                   const char *changeLabel)
{
    SchemaField f;
    f.id = id;
    f.path = path;
    f.key = keyOf(path);
    f.parent = parentOf(path);
    f.owner = owner;
    f.type = type;
    f.group = group;
    f.label = label;
    f.changeLabel = changeLabel;
    return f;
}

// Chainable settings of one entry.
struct E
{
    SchemaField f;
    E &range(NumberRule rule, U unit, int decimals = 0)
    {
        f.rule = rule;
        f.hasRule = true;
        f.unit = unit;
        f.decimals = decimals;
        return *this;
    }
    E &text(std::size_t minChars, std::size_t maxChars)
    {
        f.rule = {double(minChars), double(maxChars), false, false, true};
        f.hasRule = true;
        return *this;
    }
    E &entries(std::size_t min, std::size_t max) { return text(min, max); }
    E &unit(U u)
    {
        f.unit = u;
        return *this;
    }
    E &required()
    {
        f.required = true;
        return *this;
    }
    E &month()
    {
        f.monthIndex = true;
        return *this;
    }
    E &defaultFrom(F source)
    {
        f.defaultFrom = source;
        return *this;
    }
    E &model11()
    {
        f.model11 = true;
        return *this;
    }
    E &help(const char *text)
    {
        f.help = text;
        return *this;
    }
    template <std::size_t N> E &choices(const std::array<FieldChoice, N> &list)
    {
        f.choices = std::span<const FieldChoice>(list.data(), N);
        return *this;
    }
};

std::vector<SchemaField> makeSchema()
{
    std::vector<SchemaField> t;
    auto add = [&t](E e) {
        t.push_back(e.f);
    };
    using S = Scenario;
    using K = Sku;
    using P = PurchaseTranche;

    // Top level. "format" and "version" say what the file is; the reader checks them first.
    add(E{shaped(F::Format, "format", O::Scenario, T::Header, G::Other, L("Format"), L("format"))}
            .required());
    add(E{shaped(F::Version, "version", O::Scenario, T::Header, G::Other, L("Format version"),
                 L("format version"))}
            .required());
    add(E{field<&S::name>(F::Name, "name", O::Scenario, G::Other, L("Scenario name"),
                          L("scenario name"))}
            .text(1, r::kMaxNameChars)
            .required());
    add(E{field<&S::description>(F::Description, "description", O::Scenario, G::Other,
                                 L("Description"), L("description"))}
            .text(0, r::kMaxTextChars));
    add(E{field<&S::currency>(F::Currency, "currency", O::Scenario, G::Other, L("Currency"),
                              L("currency"))}
            .text(3, 3)
            .help(L("ISO 4217 code of every money field, e.g. USD or EUR")));
    add(E{shaped(F::Start, "start", O::Scenario, T::YearMonth, G::Other, L("First month"),
                 L("start month"))}
            .required()
            .help(L("Calendar month of month 0 (YYYY-MM)")));
    add(E{field<&S::horizonMonths>(F::HorizonMonths, "horizon_months", O::Scenario, G::Other,
                                   L("Horizon"), L("horizon"))}
            .range(r::horizonMonths, U::Months)
            .required()
            .help(L("Number of months the model runs")));
    add(E{shaped(F::Finance, "finance", O::Scenario, T::Object, G::Finance, L("Finance"),
                 L("finance"))});
    add(E{shaped(F::Operations, "operations", O::Scenario, T::Object, G::Operations,
                 L("Operations"), L("operations"))});
    add(E{shaped(F::Skus, "skus", O::Scenario, T::List, G::FleetAndPrices, L("GPU types"),
                 L("GPU type"))}
            .entries(1, r::kMaxSkus)
            .required());
    add(E{shaped(F::Purchases, "purchases", O::Scenario, T::List, G::FleetAndPrices, L("Purchases"),
                 L("purchase"))}
            .entries(0, r::kMaxPurchases));
    add(E{shaped(F::InternalDemand, "internal_demand", O::Scenario, T::Object, G::Demand,
                 L("Internal demand"), L("internal demand"))});
    add(E{shaped(F::Leasing, "leasing", O::Scenario, T::Object, G::Leasing, L("Leasing"),
                 L("leasing"))});
    add(E{shaped(F::Provenance, "provenance", O::Scenario, T::List, G::Other, L("Sources"),
                 L("sources of the assumptions"))}
            .entries(0, r::kMaxProvenance));
    add(E{shaped(F::Uncertainty, "uncertainty", O::Scenario, T::Object, G::Other,
                 L("Monte Carlo set-up"), L("Monte Carlo set-up"))});

    // finance
    add(E{field<&S::finance, &Finance::discountRate>(F::DiscountRate, "finance.discount_rate",
                                                     O::Scenario, G::Finance,
                                                     L("Discount rate (WACC)"), L("discount rate"))}
            .range(r::discountRate, U::FractionPerYear, 2)
            .help(L("Annual effective rate used for NPV")));
    add(E{field<&S::finance, &Finance::taxRate>(F::TaxRate, "finance.tax_rate", O::Scenario,
                                                G::Finance, L("Tax rate"), L("tax rate"))}
            .range(r::taxRate, U::Fraction, 2));
    add(E{field<&S::finance, &Finance::taxDepreciation>(
              F::TaxDepreciation, "finance.tax_depreciation", O::Scenario, G::Finance,
              L("Tax depreciation"), L("tax depreciation"))}
            .choices(kTaxDepreciation));
    add(E{field<&S::finance, &Finance::bonusDepreciation>(
              F::BonusDepreciation, "finance.bonus_depreciation", O::Scenario, G::Finance,
              L("Bonus depreciation"), L("bonus depreciation"))}
            .range(r::bonusDepreciation, U::Fraction, 1)
            .help(L("Share of cost deducted in the first tax year (MACRS only)")));
    add(E{field<&S::finance, &Finance::fiscalYearEndMonth>(
              F::FiscalYearEndMonth, "finance.fiscal_year_end_month", O::Scenario, G::Finance,
              L("Fiscal year ends in month"), L("fiscal year end (calendar month)"))}
            .range(r::fiscalYearEndMonth, U::None)
            .help(L("Calendar month 1-12 that closes the fiscal year")));
    add(E{field<&S::finance, &Finance::terminalValue>(F::TerminalValue, "finance.terminal_value",
                                                      O::Scenario, G::Finance, L("Terminal value"),
                                                      L("terminal value"))}
            .choices(kTerminalValue)
            .help(L("Value of unsold GPUs at the end of the horizon")));
    add(E{field<&S::finance, &Finance::impairmentTest>(
              F::ImpairmentTest, "finance.impairment_test", O::Scenario, G::Finance,
              L("Impairment test (ASC 360)"), L("impairment test"))}
            .model11()
            .help(L("At every fiscal-year end, write a tranche down to its market value when "
                    "its cash flows no longer recover its book value. Needs a market value "
                    "curve on every GPU type bought.")));

    // operations
    using Ops = Operations;
    add(E{field<&S::operations, &Ops::availability>(F::Availability, "operations.availability",
                                                    O::Scenario, G::Operations, L("Availability"),
                                                    L("availability"))}
            .range(r::availability, U::Fraction, 1)
            .help(L("Share of hours a working GPU can be used")));
    add(E{field<&S::operations, &Ops::pue>(F::Pue, "operations.pue", O::Scenario, G::Operations,
                                           L("PUE"), L("PUE"))}
            .range(r::pue, U::Ratio, 2)
            .help(L("Facility power / IT power")));
    add(E{field<&S::operations, &Ops::electricityPricePerKwh>(
              F::ElectricityPricePerKwh, "operations.electricity_price_per_kwh", O::Scenario,
              G::Operations, L("Electricity price"), L("electricity price"))}
            .range(r::electricityPricePerKwh, U::MoneyPerKwh, 3));
    add(E{field<&S::operations, &Ops::electricityAnnualEscalation>(
              F::ElectricityAnnualEscalation, "operations.electricity_annual_escalation",
              O::Scenario, G::Operations, L("Electricity price change"),
              L("electricity price change"))}
            .range(r::electricityAnnualEscalation, U::FractionPerYear, 1));
    add(E{field<&S::operations, &Ops::colocationPerKwMonth>(
              F::ColocationPerKwMonth, "operations.colocation_per_kw_month", O::Scenario,
              G::Operations, L("Colocation"), L("colocation"))}
            .range(r::colocationPerKwMonth, U::MoneyPerKwMonth, 2)
            .help(L("Per kW of IT load (full-load power) per month")));
    add(E{field<&S::operations, &Ops::maintenanceFractionPerYear>(
              F::MaintenanceFractionPerYear, "operations.maintenance_fraction_per_year",
              O::Scenario, G::Operations, L("Maintenance"), L("maintenance"))}
            .range(r::maintenanceFractionPerYear, U::FractionPerYear, 1)
            .help(L("Share of capex of operating tranches, per year")));
    add(E{field<&S::operations, &Ops::staffCostPerMonth>(
              F::StaffCostPerMonth, "operations.staff_cost_per_month", O::Scenario, G::Operations,
              L("Staff cost"), L("staff cost"))}
            .range(r::staffCostPerMonth, U::MoneyPerMonth, 0));

    // skus[]
    const G fleet = G::FleetAndPrices;
    add(E{field<&K::id>(F::SkuId, "skus[].id", O::Sku, fleet, L("Id"), L("id"))}
            .text(1, 32)
            .required()
            .help(L("Short unique key: a-z, 0-9, _ and -")));
    add(E{field<&K::name>(F::SkuName, "skus[].name", O::Sku, fleet, L("GPU type"), L("name"))}
            .text(1, r::kMaxNameChars)
            .required());
    add(E{field<&K::gpuPrice>(F::SkuGpuPrice, "skus[].gpu_price", O::Sku, fleet, L("GPU price"),
                              L("GPU price"))}
            .range(r::gpuPrice, U::Money, 0)
            .required());
    add(E{field<&K::gpusPerServer>(F::SkuGpusPerServer, "skus[].gpus_per_server", O::Sku, fleet,
                                   L("GPUs / server"), L("GPUs per server"))}
            .range(r::gpusPerServer, U::None));
    add(E{field<&K::serverCost>(F::SkuServerCost, "skus[].server_cost", O::Sku, fleet,
                                L("Server cost"), L("server cost"))}
            .range(r::serverCost, U::Money, 0)
            .help(L("Per server, beyond the GPUs")));
    add(E{field<&K::networkCostPerGpu>(F::SkuNetworkCostPerGpu, "skus[].network_cost_per_gpu",
                                       O::Sku, fleet, L("Network / GPU"),
                                       L("network cost per GPU"))}
            .range(r::networkCostPerGpu, U::Money, 0));
    add(E{field<&K::powerKwPerGpu>(F::SkuPowerKwPerGpu, "skus[].power_kw_per_gpu", O::Sku, fleet,
                                   L("Power / GPU"), L("power per GPU"))}
            .range(r::powerKwPerGpu, U::Kilowatt, 3)
            .required()
            .help(L("IT power at full load, server share included")));
    add(E{field<&K::idlePowerFraction>(F::SkuIdlePowerFraction, "skus[].idle_power_fraction",
                                       O::Sku, fleet, L("Idle power"), L("idle power"))}
            .range(r::idlePowerFraction, U::Fraction, 0));
    add(E{field<&K::throughput>(F::SkuThroughput, "skus[].throughput", O::Sku, fleet,
                                L("Throughput"), L("throughput (H100 = 1)"))}
            .range(r::throughput, U::Factor, 2)
            .help(L("H100-equivalents per GPU (H100 = 1)")));
    add(E{field<&K::usefulLifeMonths>(F::SkuUsefulLifeMonths, "skus[].useful_life_months", O::Sku,
                                      fleet, L("Book life"), L("book life"))}
            .range(r::lifeMonths, U::Months)
            .required()
            .help(L("Book (accounting) life: the months over which the GPUs are depreciated. "
                    "The book-life presets change only this.")));
    add(E{field<&K::operatingLifeMonths>(F::SkuOperatingLifeMonths, "skus[].operating_life_months",
                                         O::Sku, fleet, L("Operating life"), L("operating life"))}
            .range(r::lifeMonths, U::Months)
            .defaultFrom(F::SkuUsefulLifeMonths)
            .help(L("Operating (economic) life: months in service before the GPUs are sold. "
                    "It drives the cash flows and is set on its own.")));
    add(E{field<&K::salvageFraction>(F::SkuSalvageFraction, "skus[].salvage_fraction", O::Sku,
                                     fleet, L("Salvage"), L("salvage value"))}
            .range(r::salvageFraction, U::Fraction, 1)
            .help(L("Book value left at the end of the book life")));
    add(E{field<&K::resaleFraction>(F::SkuResaleFraction, "skus[].resale_fraction", O::Sku, fleet,
                                    L("Resale"), L("resale value"))}
            .range(r::resaleFraction, U::Fraction, 1)
            .defaultFrom(F::SkuSalvageFraction)
            .help(L("Sale proceeds at disposal, share of cost")));
    add(E{field<&K::depreciation>(F::SkuDepreciation, "skus[].depreciation", O::Sku, fleet,
                                  L("Depreciation"), L("depreciation method"))}
            .choices(kDepreciation));
    add(E{field<&K::annualFailureRate>(F::SkuAnnualFailureRate, "skus[].annual_failure_rate",
                                       O::Sku, fleet, L("Failures"), L("failure rate"))}
            .range(r::annualFailureRate, U::FractionPerYear, 1));
    // A curve's rule and unit are those of its prices (CurveStart, the points' prices).
    add(E{shaped(F::SkuLeasePrice, "skus[].lease_price", O::Sku, T::Curve, fleet, L("Lease price"),
                 L("lease price"))}
            .range(r::price, U::MoneyPerGpuHour, 2)
            .required());
    add(E{shaped(F::SkuCloudPrice, "skus[].cloud_price", O::Sku, T::Curve, fleet, L("Cloud price"),
                 L("cloud price"))}
            .range(r::price, U::MoneyPerGpuHour, 2)
            .required());
    // Model 1.1 (SCENARIO_FORMAT.md "Additions in model version 1.1"): per GPU.
    add(E{shaped(F::SkuMarketValue, "skus[].market_value", O::Sku, T::Curve, fleet,
                 L("Market value"), L("market value"))}
            .range(r::marketValue, U::Money, 0)
            .model11());
    add(E{field<&K::marketAgeDiscountPerYear>(F::SkuMarketAgeDiscountPerYear,
                                              "skus[].market_age_discount_per_year", O::Sku, fleet,
                                              L("Age discount"), L("market value age discount"))}
            .range(r::marketAgeDiscountPerYear, U::FractionPerYear, 1)
            .model11()
            .help(L("Further discount per year of age on top of the market value curve")));
    add(E{shaped(F::SkuUsefulLifeChange, "skus[].useful_life_change", O::Sku, T::Object, fleet,
                 L("Change in book life"), L("change in book life"))}
            .model11());
    using C = UsefulLifeChange;
    add(E{field<&C::month>(F::LifeChangeMonth, "skus[].useful_life_change.month",
                           O::UsefulLifeChange, fleet, L("From month"),
                           L("month of the change in book life"))}
            .range(r::purchaseMonthAnyHorizon, U::None)
            .month()
            .required());
    add(E{field<&C::usefulLifeMonths>(
              F::LifeChangeUsefulLifeMonths, "skus[].useful_life_change.useful_life_months",
              O::UsefulLifeChange, fleet, L("New book life"), L("new book life"))}
            .range(r::lifeMonths, U::Months)
            .required());

    // A price curve: {"start", "annual_change"} or {"points"}.
    add(E{field<&PriceCurve::start>(F::CurveStart, "curve.start", O::PriceCurve, fleet,
                                    L("Price in month 0"), L("price in month 0"))}
            .range(r::price, U::MoneyPerGpuHour, 2)
            .required());
    add(E{field<&PriceCurve::annualChange>(F::CurveAnnualChange, "curve.annual_change",
                                           O::PriceCurve, fleet, L("Annual change"),
                                           L("annual change"))}
            .range(r::priceAnnualChange, U::FractionPerYear, 1));
    add(E{shaped(F::CurvePoints, "curve.points", O::PriceCurve, T::Points, fleet, L("Price points"),
                 L("price points"))}
            .entries(1, r::kMaxCurvePoints));

    // purchases[]
    add(E{field<&P::month>(F::PurchaseMonth, "purchases[].month", O::Purchase, fleet,
                           L("Purchase month"), L("purchase month"))}
            .range(r::purchaseMonthAnyHorizon, U::None)
            .month()
            .required());
    add(E{field<&P::sku>(F::PurchaseSku, "purchases[].sku", O::Purchase, fleet, L("GPU type"),
                         L("GPU type"))}
            .required());
    add(E{field<&P::gpus>(F::PurchaseGpus, "purchases[].gpus", O::Purchase, fleet, L("GPUs"),
                          L("GPUs bought"))}
            .range(r::purchaseGpus, U::Gpus)
            .required());
    add(E{field<&P::installLagMonths>(F::PurchaseInstallLagMonths, "purchases[].install_lag_months",
                                      O::Purchase, fleet, L("Install lag"), L("install lag"))}
            .range(r::installLagMonths, U::Months)
            .help(L("Months from payment to service")));
    add(E{field<&P::gpuPrice>(F::PurchaseGpuPrice, "purchases[].gpu_price", O::Purchase, fleet,
                              L("GPU price override"), L("GPU price override"))}
            .range(r::gpuPrice, U::Money, 0)
            .help(L("Empty: the GPU type's price")));
    add(E{field<&P::label>(F::PurchaseLabel, "purchases[].label", O::Purchase, fleet, L("Label"),
                           L("label"))}
            .text(0, r::kMaxTextChars));

    // internal_demand: {"compute_hours", "annual_growth"} or {"series"}
    using D = InternalDemand;
    add(E{field<&S::internalDemand, &D::computeHours>(
              F::DemandComputeHours, "internal_demand.compute_hours", O::Scenario, G::Demand,
              L("Internal demand, month 0"), L("internal demand"))}
            .range(r::computeHours, U::ComputeHours, 0)
            .required()
            .help(L("H100-equivalent compute hours per month")));
    add(E{field<&S::internalDemand, &D::annualGrowth>(
              F::DemandAnnualGrowth, "internal_demand.annual_growth", O::Scenario, G::Demand,
              L("Demand growth"), L("internal demand growth"))}
            .range(r::demandAnnualGrowth, U::FractionPerYear, 1));
    add(E{shaped(F::DemandSeries, "internal_demand.series", O::Scenario, T::Series, G::Demand,
                 L("Internal demand series"), L("internal demand by month"))}
            .range(r::computeHours, U::ComputeHours, 0));

    // leasing
    add(E{field<&S::leasing, &Leasing::enabled>(F::LeasingEnabled, "leasing.enabled", O::Scenario,
                                                G::Leasing, L("Lease surplus capacity"),
                                                L("leasing of surplus capacity"))});
    add(E{field<&S::leasing, &Leasing::sellableFraction>(
              F::LeasingSellableFraction, "leasing.sellable_fraction", O::Scenario, G::Leasing,
              L("Sellable share of surplus"), L("share of surplus that finds a tenant"))}
            .range(r::sellableFraction, U::Fraction, 1)
            .help(L("Share of surplus hours that find a tenant")));
    add(E{field<&S::leasing, &Leasing::salesCostFraction>(
              F::LeasingSalesCostFraction, "leasing.sales_cost_fraction", O::Scenario, G::Leasing,
              L("Sales cost"), L("sales cost of leasing"))}
            .range(r::salesCostFraction, U::Fraction, 1)
            .help(L("Sales, billing and support, as a share of lease revenue")));
    add(E{field<&S::leasing, &Leasing::contractMonths>(
              F::LeasingContractMonths, "leasing.contract_months", O::Scenario, G::Leasing,
              L("Contract length"), L("lease contract length"))}
            .range(r::contractMonths, U::Months)
            .help(L("1 month = spot pricing")));

    // provenance[]
    using Pv = fleetroi::Provenance;
    add(E{field<&Pv::field>(F::ProvenanceField, "provenance[].field", O::Provenance, G::Other,
                            L("Field"), L("field"))}
            .text(1, r::kMaxTextChars)
            .required());
    add(E{field<&Pv::source>(F::ProvenanceSource, "provenance[].source", O::Provenance, G::Other,
                             L("Source"), L("source"))}
            .text(0, r::kMaxTextChars));
    add(E{field<&Pv::date>(F::ProvenanceDate, "provenance[].date", O::Provenance, G::Other,
                           L("Date"), L("date"))});
    add(E{field<&Pv::note>(F::ProvenanceNote, "provenance[].note", O::Provenance, G::Other,
                           L("Note"), L("note"))}
            .text(0, r::kMaxTextChars));

    // uncertainty
    using Un = fleetroi::Uncertainty;
    add(E{field<&Un::paths>(F::UncertaintyPaths, "uncertainty.paths", O::Uncertainty, G::Other,
                            L("Paths"), L("Monte Carlo paths"))}
            .range(r::paths, U::None));
    add(E{field<&Un::seed>(F::UncertaintySeed, "uncertainty.seed", O::Uncertainty, G::Other,
                           L("Seed"), L("Monte Carlo seed"))}
            .range(r::seed, U::None));
    add(E{shaped(F::UncertaintyDrivers, "uncertainty.drivers", O::Uncertainty, T::Drivers, G::Other,
                 L("Drivers"), L("Monte Carlo drivers"))});
    add(E{shaped(F::UncertaintyCorrelations, "uncertainty.correlations", O::Uncertainty, T::List,
                 G::Other, L("Correlations"), L("Monte Carlo correlations"))});
    using Co = DriverCorrelation;
    add(E{field<&Co::a>(F::CorrelationA, "uncertainty.correlations[].a", O::Correlation, G::Other,
                        L("Driver A"), L("driver a"))}
            .required());
    add(E{field<&Co::b>(F::CorrelationB, "uncertainty.correlations[].b", O::Correlation, G::Other,
                        L("Driver B"), L("driver b"))}
            .required());
    add(E{field<&Co::rho>(F::CorrelationRho, "uncertainty.correlations[].rho", O::Correlation,
                          G::Other, L("Correlation"), L("correlation"))}
            .range(r::rho, U::None, 2)
            .required());

    // Defaults are those of the default-constructed structs (Scenario.h), read back here so
    // that they are written once.
    S scenario;
    K sku;
    P purchase;
    C change;
    PriceCurve curve;
    Un uncertainty;
    Co correlation;
    Pv provenance;
    for (SchemaField &f : t) {
        if (!f.member || !f.isNumeric())
            continue;
        void *owner = nullptr;
        switch (f.owner) {
        case O::Scenario:
            owner = &scenario;
            break;
        case O::Sku:
            owner = &sku;
            break;
        case O::Purchase:
            owner = &purchase;
            break;
        case O::UsefulLifeChange:
            owner = &change;
            break;
        case O::PriceCurve:
            owner = &curve;
            break;
        case O::Provenance:
            owner = &provenance;
            break;
        case O::Uncertainty:
            owner = &uncertainty;
            break;
        case O::Correlation:
            owner = &correlation;
            break;
        }
        switch (f.type) {
        case T::Number:
            f.defaultValue = f.ref<double>(owner);
            break;
        case T::Int:
            f.defaultValue = f.ref<int>(owner);
            break;
        case T::Int64:
            f.defaultValue = double(f.ref<std::int64_t>(owner));
            break;
        case T::UInt64:
            f.defaultValue = double(f.ref<std::uint64_t>(owner));
            break;
        default:
            break;
        }
    }
    return t;
}

#undef L

} // namespace

// The table, built once (ScenarioSchemaLookup.cpp indexes it).
std::vector<SchemaField> makeScenarioSchema()
{
    return makeSchema();
}

} // namespace fleetroi
