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

// Every label, change label, help text and choice label is marked for lupdate with
// QT_TRANSLATE_NOOP and the context spelt out (lupdate reads the literal, not a macro that
// wraps it); the UI translates them with kSchemaTranslationContext.

// Choice lists (file spelling, enum value, label).
constexpr std::array kTaxDepreciation = {
    FieldChoice{"book", int(TaxDepreciation::Book),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Same as book")},
    FieldChoice{
        "macrs_5_half_year", int(TaxDepreciation::Macrs5HalfYear),
        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "US MACRS 5-year, half-year convention")}};
constexpr std::array kTerminalValue = {
    FieldChoice{"none", int(TerminalValueMethod::None),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "None")},
    FieldChoice{"book_value", int(TerminalValueMethod::BookValue),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Book value")},
    FieldChoice{"market_value", int(TerminalValueMethod::MarketValue),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Market value")}};
constexpr std::array kDepreciation = {
    FieldChoice{"straight_line", int(DepreciationMethod::StraightLine),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Straight line")},
    FieldChoice{"double_declining", int(DepreciationMethod::DoubleDeclining),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Double declining")},
    FieldChoice{"sum_of_years", int(DepreciationMethod::SumOfYears),
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Sum of years' digits")}};

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
    add(E{shaped(F::Format, "format", O::Scenario, T::Header, G::Other,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Format"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "format"))}
            .required());
    add(E{shaped(F::Version, "version", O::Scenario, T::Header, G::Other,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Format version"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "format version"))}
            .required());
    add(E{field<&S::name>(F::Name, "name", O::Scenario, G::Other,
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Scenario name"),
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "scenario name"))}
            .text(1, r::kMaxNameChars)
            .required());
    add(E{field<&S::description>(F::Description, "description", O::Scenario, G::Other,
                                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Description"),
                                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "description"))}
            .text(0, r::kMaxTextChars));
    add(E{field<&S::currency>(F::Currency, "currency", O::Scenario, G::Other,
                              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Currency"),
                              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "currency"))}
            .text(3, 3)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "ISO 4217 code of every money field, e.g. USD or EUR")));
    add(E{shaped(F::Start, "start", O::Scenario, T::YearMonth, G::Other,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "First month"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "start month"))}
            .required()
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Calendar month of month 0 (YYYY-MM)")));
    add(E{field<&S::horizonMonths>(F::HorizonMonths, "horizon_months", O::Scenario, G::Other,
                                   QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Horizon"),
                                   QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "horizon"))}
            .range(r::horizonMonths, U::Months)
            .required()
            .help(
                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Number of months the model runs")));
    add(E{shaped(F::Finance, "finance", O::Scenario, T::Object, G::Finance,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Finance"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "finance"))});
    add(E{shaped(F::Operations, "operations", O::Scenario, T::Object, G::Operations,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Operations"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "operations"))});
    add(E{shaped(F::Skus, "skus", O::Scenario, T::List, G::FleetAndPrices,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU types"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU type"))}
            .entries(1, r::kMaxSkus)
            .required());
    add(E{shaped(F::Purchases, "purchases", O::Scenario, T::List, G::FleetAndPrices,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Purchases"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "purchase"))}
            .entries(0, r::kMaxPurchases));
    add(E{shaped(F::InternalDemand, "internal_demand", O::Scenario, T::Object, G::Demand,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Internal demand"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "internal demand"))});
    add(E{shaped(F::Leasing, "leasing", O::Scenario, T::Object, G::Leasing,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Leasing"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "leasing"))});
    add(E{shaped(F::Provenance, "provenance", O::Scenario, T::List, G::Other,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Sources"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "sources of the assumptions"))}
            .entries(0, r::kMaxProvenance));
    add(E{shaped(F::Uncertainty, "uncertainty", O::Scenario, T::Object, G::Other,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Monte Carlo set-up"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Monte Carlo set-up"))});

    // finance
    add(E{field<&S::finance, &Finance::discountRate>(
              F::DiscountRate, "finance.discount_rate", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Discount rate (WACC)"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "discount rate"))}
            .range(r::discountRate, U::FractionPerYear, 2)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Annual effective rate used for NPV")));
    add(E{field<&S::finance, &Finance::taxRate>(
              F::TaxRate, "finance.tax_rate", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Tax rate"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "tax rate"))}
            .range(r::taxRate, U::Fraction, 2));
    add(E{field<&S::finance, &Finance::taxDepreciation>(
              F::TaxDepreciation, "finance.tax_depreciation", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Tax depreciation"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "tax depreciation"))}
            .choices(kTaxDepreciation));
    add(E{field<&S::finance, &Finance::bonusDepreciation>(
              F::BonusDepreciation, "finance.bonus_depreciation", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Bonus depreciation"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "bonus depreciation"))}
            .range(r::bonusDepreciation, U::Fraction, 1)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Share of cost deducted in the first tax year (MACRS only)")));
    add(E{field<&S::finance, &Finance::fiscalYearEndMonth>(
              F::FiscalYearEndMonth, "finance.fiscal_year_end_month", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Fiscal year ends in month"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "fiscal year end (calendar month)"))}
            .range(r::fiscalYearEndMonth, U::None)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Calendar month 1-12 that closes the fiscal year")));
    add(E{field<&S::finance, &Finance::terminalValue>(
              F::TerminalValue, "finance.terminal_value", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Terminal value"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "terminal value"))}
            .choices(kTerminalValue)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Value of unsold GPUs at the end of the horizon")));
    add(E{field<&S::finance, &Finance::impairmentTest>(
              F::ImpairmentTest, "finance.impairment_test", O::Scenario, G::Finance,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Impairment test (ASC 360)"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "impairment test"))}
            .model11()
            .help(QT_TRANSLATE_NOOP(
                "fleetroi::ScenarioSchema",
                "At every fiscal-year end, write a tranche down to its market value when "
                "its cash flows no longer recover its book value. Needs a market value "
                "curve on every GPU type bought.")));

    // operations
    using Ops = Operations;
    add(E{field<&S::operations, &Ops::availability>(
              F::Availability, "operations.availability", O::Scenario, G::Operations,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Availability"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "availability"))}
            .range(r::availability, U::Fraction, 1)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Share of hours a working GPU can be used")));
    add(E{field<&S::operations, &Ops::pue>(F::Pue, "operations.pue", O::Scenario, G::Operations,
                                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "PUE"),
                                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "PUE"))}
            .range(r::pue, U::Ratio, 2)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Facility power / IT power")));
    add(E{field<&S::operations, &Ops::electricityPricePerKwh>(
              F::ElectricityPricePerKwh, "operations.electricity_price_per_kwh", O::Scenario,
              G::Operations, QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Electricity price"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "electricity price"))}
            .range(r::electricityPricePerKwh, U::MoneyPerKwh, 3));
    add(E{field<&S::operations, &Ops::electricityAnnualEscalation>(
              F::ElectricityAnnualEscalation, "operations.electricity_annual_escalation",
              O::Scenario, G::Operations,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Electricity price change"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "electricity price change"))}
            .range(r::electricityAnnualEscalation, U::FractionPerYear, 1));
    add(E{field<&S::operations, &Ops::colocationPerKwMonth>(
              F::ColocationPerKwMonth, "operations.colocation_per_kw_month", O::Scenario,
              G::Operations, QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Colocation"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "colocation"))}
            .range(r::colocationPerKwMonth, U::MoneyPerKwMonth, 2)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Per kW of IT load (full-load power) per month")));
    add(E{field<&S::operations, &Ops::maintenanceFractionPerYear>(
              F::MaintenanceFractionPerYear, "operations.maintenance_fraction_per_year",
              O::Scenario, G::Operations,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Maintenance"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "maintenance"))}
            .range(r::maintenanceFractionPerYear, U::FractionPerYear, 1)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Share of capex of operating tranches, per year")));
    add(E{field<&S::operations, &Ops::staffCostPerMonth>(
              F::StaffCostPerMonth, "operations.staff_cost_per_month", O::Scenario, G::Operations,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Staff cost"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "staff cost"))}
            .range(r::staffCostPerMonth, U::MoneyPerMonth, 0));

    // skus[]
    const G fleet = G::FleetAndPrices;
    add(E{field<&K::id>(F::SkuId, "skus[].id", O::Sku, fleet,
                        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Id"),
                        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "id"))}
            .text(1, 32)
            .required()
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Short unique key: a-z, 0-9, _ and -")));
    add(E{field<&K::name>(F::SkuName, "skus[].name", O::Sku, fleet,
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU type"),
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "name"))}
            .text(1, r::kMaxNameChars)
            .required());
    add(E{field<&K::gpuPrice>(F::SkuGpuPrice, "skus[].gpu_price", O::Sku, fleet,
                              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU price"),
                              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU price"))}
            .range(r::gpuPrice, U::Money, 0)
            .required());
    add(E{
        field<&K::gpusPerServer>(F::SkuGpusPerServer, "skus[].gpus_per_server", O::Sku, fleet,
                                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPUs / server"),
                                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPUs per server"))}
            .range(r::gpusPerServer, U::Gpus));
    add(E{field<&K::serverCost>(F::SkuServerCost, "skus[].server_cost", O::Sku, fleet,
                                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Server cost"),
                                QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "server cost"))}
            .range(r::serverCost, U::Money, 0)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Per server, beyond the GPUs")));
    add(E{field<&K::networkCostPerGpu>(
              F::SkuNetworkCostPerGpu, "skus[].network_cost_per_gpu", O::Sku, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Network / GPU"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "network cost per GPU"))}
            .range(r::networkCostPerGpu, U::Money, 0));
    add(E{field<&K::powerKwPerGpu>(F::SkuPowerKwPerGpu, "skus[].power_kw_per_gpu", O::Sku, fleet,
                                   QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Power / GPU"),
                                   QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "power per GPU"))}
            .range(r::powerKwPerGpu, U::Kilowatt, 3)
            .required()
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "IT power at full load, server share included")));
    add(E{field<&K::idlePowerFraction>(F::SkuIdlePowerFraction, "skus[].idle_power_fraction",
                                       O::Sku, fleet,
                                       QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Idle power"),
                                       QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "idle power"))}
            .range(r::idlePowerFraction, U::Fraction, 0));
    add(E{field<&K::throughput>(
              F::SkuThroughput, "skus[].throughput", O::Sku, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Throughput"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "throughput (H100 = 1)"))}
            .range(r::throughput, U::Factor, 2)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "H100-equivalents per GPU (H100 = 1)")));
    add(E{field<&K::usefulLifeMonths>(F::SkuUsefulLifeMonths, "skus[].useful_life_months", O::Sku,
                                      fleet,
                                      QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Book life"),
                                      QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "book life"))}
            .range(r::lifeMonths, U::Months)
            .required()
            .help(QT_TRANSLATE_NOOP(
                "fleetroi::ScenarioSchema",
                "Book (accounting) life: the months over which the GPUs are depreciated. "
                "The book-life presets change only this.")));
    add(E{field<&K::operatingLifeMonths>(
              F::SkuOperatingLifeMonths, "skus[].operating_life_months", O::Sku, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Operating life"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "operating life"))}
            .range(r::lifeMonths, U::Months)
            .defaultFrom(F::SkuUsefulLifeMonths)
            .help(QT_TRANSLATE_NOOP(
                "fleetroi::ScenarioSchema",
                "Operating (economic) life: months in service before the GPUs are sold. "
                "It drives the cash flows and is set on its own.")));
    add(E{
        field<&K::salvageFraction>(F::SkuSalvageFraction, "skus[].salvage_fraction", O::Sku, fleet,
                                   QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Salvage"),
                                   QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "salvage value"))}
            .range(r::salvageFraction, U::Fraction, 1)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Book value left at the end of the book life")));
    add(E{field<&K::resaleFraction>(F::SkuResaleFraction, "skus[].resale_fraction", O::Sku, fleet,
                                    QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Resale"),
                                    QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "resale value"))}
            .range(r::resaleFraction, U::Fraction, 1)
            .defaultFrom(F::SkuSalvageFraction)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Sale proceeds at disposal, share of cost")));
    add(E{field<&K::depreciation>(
              F::SkuDepreciation, "skus[].depreciation", O::Sku, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Depreciation"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "depreciation method"))}
            .choices(kDepreciation));
    add(E{field<&K::annualFailureRate>(
              F::SkuAnnualFailureRate, "skus[].annual_failure_rate", O::Sku, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Failures"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "failure rate"))}
            .range(r::annualFailureRate, U::FractionPerYear, 1));
    // A curve's rule and unit are those of its prices (CurveStart, the points' prices).
    add(E{shaped(F::SkuLeasePrice, "skus[].lease_price", O::Sku, T::Curve, fleet,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Lease price"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "lease price"))}
            .range(r::price, U::MoneyPerGpuHour, 2)
            .required());
    add(E{shaped(F::SkuCloudPrice, "skus[].cloud_price", O::Sku, T::Curve, fleet,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Cloud price"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "cloud price"))}
            .range(r::price, U::MoneyPerGpuHour, 2)
            .required());
    // Model 1.1 (SCENARIO_FORMAT.md "Additions in model version 1.1"): per GPU.
    add(E{shaped(F::SkuMarketValue, "skus[].market_value", O::Sku, T::Curve, fleet,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Market value"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "market value"))}
            .range(r::marketValue, U::Money, 0)
            .model11());
    add(E{field<&K::marketAgeDiscountPerYear>(
              F::SkuMarketAgeDiscountPerYear, "skus[].market_age_discount_per_year", O::Sku, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Age discount"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "market value age discount"))}
            .range(r::marketAgeDiscountPerYear, U::FractionPerYear, 1)
            .model11()
            .help(QT_TRANSLATE_NOOP(
                "fleetroi::ScenarioSchema",
                "Further discount per year of age on top of the market value curve")));
    add(E{shaped(F::SkuUsefulLifeChange, "skus[].useful_life_change", O::Sku, T::Object, fleet,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Change in book life"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "change in book life"))}
            .model11());
    using C = UsefulLifeChange;
    add(E{field<&C::month>(
              F::LifeChangeMonth, "skus[].useful_life_change.month", O::UsefulLifeChange, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "From month"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "month of the change in book life"))}
            .range(r::purchaseMonthAnyHorizon, U::None)
            .month()
            .required());
    add(E{field<&C::usefulLifeMonths>(
              F::LifeChangeUsefulLifeMonths, "skus[].useful_life_change.useful_life_months",
              O::UsefulLifeChange, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "New book life"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "new book life"))}
            .range(r::lifeMonths, U::Months)
            .required());

    // A price curve: {"start", "annual_change"} or {"points"}.
    add(E{field<&PriceCurve::start>(
              F::CurveStart, "curve.start", O::PriceCurve, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Price in month 0"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "price in month 0"))}
            .range(r::price, U::MoneyPerGpuHour, 2)
            .required());
    add(E{field<&PriceCurve::annualChange>(
              F::CurveAnnualChange, "curve.annual_change", O::PriceCurve, fleet,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Annual change"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "annual change"))}
            .range(r::priceAnnualChange, U::FractionPerYear, 1));
    add(E{shaped(F::CurvePoints, "curve.points", O::PriceCurve, T::Points, fleet,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Price points"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "price points"))}
            .entries(1, r::kMaxCurvePoints));

    // purchases[]
    add(E{field<&P::month>(F::PurchaseMonth, "purchases[].month", O::Purchase, fleet,
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Purchase month"),
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "purchase month"))}
            .range(r::purchaseMonthAnyHorizon, U::None)
            .month()
            .required());
    add(E{field<&P::sku>(F::PurchaseSku, "purchases[].sku", O::Purchase, fleet,
                         QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU type"),
                         QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU type"))}
            .required());
    add(E{field<&P::gpus>(F::PurchaseGpus, "purchases[].gpus", O::Purchase, fleet,
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPUs"),
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPUs bought"))}
            .range(r::purchaseGpus, U::Gpus)
            .required());
    add(E{field<&P::installLagMonths>(F::PurchaseInstallLagMonths, "purchases[].install_lag_months",
                                      O::Purchase, fleet,
                                      QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Install lag"),
                                      QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "install lag"))}
            .range(r::installLagMonths, U::Months)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Months from payment to service")));
    add(E{field<&P::gpuPrice>(F::PurchaseGpuPrice, "purchases[].gpu_price", O::Purchase, fleet,
                              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU price override"),
                              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPU price override"))}
            .range(r::gpuPrice, U::Money, 0)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Empty: the GPU type's price")));
    add(E{field<&P::label>(F::PurchaseLabel, "purchases[].label", O::Purchase, fleet,
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Label"),
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "label"))}
            .text(0, r::kMaxTextChars));

    // internal_demand: {"compute_hours", "annual_growth"} or {"series"}
    using D = InternalDemand;
    add(E{field<&S::internalDemand, &D::computeHours>(
              F::DemandComputeHours, "internal_demand.compute_hours", O::Scenario, G::Demand,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Internal demand, month 0"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "internal demand"))}
            .range(r::computeHours, U::ComputeHours, 0)
            .required()
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "H100-equivalent compute hours per month")));
    add(E{field<&S::internalDemand, &D::annualGrowth>(
              F::DemandAnnualGrowth, "internal_demand.annual_growth", O::Scenario, G::Demand,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Demand growth"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "internal demand growth"))}
            .range(r::demandAnnualGrowth, U::FractionPerYear, 1));
    add(E{shaped(F::DemandSeries, "internal_demand.series", O::Scenario, T::Series, G::Demand,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Internal demand series"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "internal demand by month"))}
            .range(r::computeHours, U::ComputeHours, 0));

    // leasing
    add(E{field<&S::leasing, &Leasing::enabled>(
        F::LeasingEnabled, "leasing.enabled", O::Scenario, G::Leasing,
        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Lease surplus capacity"),
        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "leasing of surplus capacity"))});
    add(E{
        field<&S::leasing, &Leasing::sellableFraction>(
            F::LeasingSellableFraction, "leasing.sellable_fraction", O::Scenario, G::Leasing,
            QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Sellable share of surplus"),
            QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "share of surplus that finds a tenant"))}
            .range(r::sellableFraction, U::Fraction, 1)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Share of surplus hours that find a tenant")));
    add(E{field<&S::leasing, &Leasing::salesCostFraction>(
              F::LeasingSalesCostFraction, "leasing.sales_cost_fraction", O::Scenario, G::Leasing,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Sales cost"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "sales cost of leasing"))}
            .range(r::salesCostFraction, U::Fraction, 1)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema",
                                    "Sales, billing and support, as a share of lease revenue")));
    add(E{field<&S::leasing, &Leasing::contractMonths>(
              F::LeasingContractMonths, "leasing.contract_months", O::Scenario, G::Leasing,
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Contract length"),
              QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "lease contract length"))}
            .range(r::contractMonths, U::Months)
            .help(QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "1 month = spot pricing")));

    // provenance[]
    using Pv = fleetroi::Provenance;
    add(E{field<&Pv::field>(F::ProvenanceField, "provenance[].field", O::Provenance, G::Other,
                            QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Field"),
                            QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "field"))}
            .text(1, r::kMaxTextChars)
            .required());
    add(E{field<&Pv::source>(F::ProvenanceSource, "provenance[].source", O::Provenance, G::Other,
                             QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Source"),
                             QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "source"))}
            .text(0, r::kMaxTextChars));
    add(E{field<&Pv::date>(F::ProvenanceDate, "provenance[].date", O::Provenance, G::Other,
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Date"),
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "date"))});
    add(E{field<&Pv::note>(F::ProvenanceNote, "provenance[].note", O::Provenance, G::Other,
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Note"),
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "note"))}
            .text(0, r::kMaxTextChars));

    // uncertainty
    using Un = fleetroi::Uncertainty;
    add(E{field<&Un::paths>(F::UncertaintyPaths, "uncertainty.paths", O::Uncertainty, G::Other,
                            QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Paths"),
                            QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Monte Carlo paths"))}
            .range(r::paths, U::None));
    add(E{field<&Un::seed>(F::UncertaintySeed, "uncertainty.seed", O::Uncertainty, G::Other,
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Seed"),
                           QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Monte Carlo seed"))}
            .range(r::seed, U::None));
    add(E{shaped(F::UncertaintyDrivers, "uncertainty.drivers", O::Uncertainty, T::Drivers, G::Other,
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Drivers"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Monte Carlo drivers"))});
    add(E{shaped(F::UncertaintyCorrelations, "uncertainty.correlations", O::Uncertainty, T::List,
                 G::Other, QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Correlations"),
                 QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Monte Carlo correlations"))});
    using Co = DriverCorrelation;
    add(E{field<&Co::a>(F::CorrelationA, "uncertainty.correlations[].a", O::Correlation, G::Other,
                        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Driver A"),
                        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "driver a"))}
            .required());
    add(E{field<&Co::b>(F::CorrelationB, "uncertainty.correlations[].b", O::Correlation, G::Other,
                        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Driver B"),
                        QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "driver b"))}
            .required());
    add(E{field<&Co::rho>(F::CorrelationRho, "uncertainty.correlations[].rho", O::Correlation,
                          G::Other, QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "Correlation"),
                          QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "correlation"))}
            .range(r::rho, U::None, 2)
            .required());

    return t;
}

} // namespace

// The table, built once (ScenarioSchemaLookup.cpp indexes it and reads the defaults).
std::vector<SchemaField> makeScenarioSchema()
{
    return makeSchema();
}

} // namespace fleetroi
