// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario schema: every field of the scenario file (shared/spec/SCENARIO_FORMAT.md,
// version 1 with the model 1.1 additions) once, with its JSON path, the member of Scenario
// it is stored in, its type, range, unit, default, the analyst's label and a help text.
//
// This is the one place a field is declared. The reader (ScenarioReader.cpp), the writer
// (ScenarioWriter.cpp), the validation (ScenarioChecks.cpp), the editors' ranges and units
// (itemmodels/ScenarioFields, FieldInput), the change list and NPV bridge wording
// (InputGroups), the XLSX assumptions sheet and the report's assumption table walk this
// table. Adding a field is: a FieldId and one entry in ScenarioSchema.cpp, the engine code
// that uses it, and its translatable label.
//
// Labels and help texts are English source strings marked with QT_TRANSLATE_NOOP; the UI
// translates them with QCoreApplication::translate(kSchemaTranslationContext, text).
// Plain C++, no Qt.
#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioChecks.h"

#include <cstdint>
#include <span>
#include <string_view>
#include <type_traits>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace fleetroi {

// The translation context of every label and help text of the schema.
inline constexpr const char *kSchemaTranslationContext = "fleetroi::ScenarioSchema";

// The unit a value is stored in; money units take the scenario's currency.
enum class FieldUnit
{
    None,
    Money,           // currency
    MoneyPerGpuHour, // currency per GPU-hour
    MoneyPerKwh,     // currency per kWh
    MoneyPerKwMonth, // currency per kW per month
    MoneyPerMonth,   // currency per month
    Fraction,        // 0.09 stored, shown as 9 %
    FractionPerYear, // annual rate, shown as 9 % / year
    Kilowatt,        // kW
    Months,          // whole months
    Gpus,            // count of GPUs
    ComputeHours,    // H100-equivalent hours per month
    Factor,          // multiplier, H100 = 1
    Ratio,           // plain ratio (PUE)
};

// The groups in the order the NPV bridge applies them (issue #16): fleet and prices first,
// then demand, leasing, operations, finance, then everything else (timeline, names,
// provenance, the Monte Carlo set-up).
enum class InputGroup
{
    FleetAndPrices,
    Demand,
    Leasing,
    Operations,
    Finance,
    Other
};

// Every field of the format. Entries of the same object are contiguous and in the order of
// the format's tables, which is the order the file is written and checked in.
enum class FieldId : std::uint8_t
{
    // top level
    Format,
    Version,
    Name,
    Description,
    Currency,
    Start,
    HorizonMonths,
    Finance,
    Operations,
    Skus,
    Purchases,
    InternalDemand,
    Leasing,
    Provenance,
    Uncertainty,
    // finance
    DiscountRate,
    TaxRate,
    TaxDepreciation,
    BonusDepreciation,
    FiscalYearEndMonth,
    TerminalValue,
    ImpairmentTest,
    // operations
    Availability,
    Pue,
    ElectricityPricePerKwh,
    ElectricityAnnualEscalation,
    ColocationPerKwMonth,
    MaintenanceFractionPerYear,
    StaffCostPerMonth,
    // skus[]
    SkuId,
    SkuName,
    SkuGpuPrice,
    SkuGpusPerServer,
    SkuServerCost,
    SkuNetworkCostPerGpu,
    SkuPowerKwPerGpu,
    SkuIdlePowerFraction,
    SkuThroughput,
    SkuUsefulLifeMonths,
    SkuOperatingLifeMonths,
    SkuSalvageFraction,
    SkuResaleFraction,
    SkuDepreciation,
    SkuAnnualFailureRate,
    SkuLeasePrice,
    SkuCloudPrice,
    SkuMarketValue,
    SkuMarketAgeDiscountPerYear,
    SkuUsefulLifeChange,
    // skus[].useful_life_change
    LifeChangeMonth,
    LifeChangeUsefulLifeMonths,
    // a price curve (skus[].lease_price, cloud_price, market_value)
    CurveStart,
    CurveAnnualChange,
    CurvePoints,
    // purchases[]
    PurchaseMonth,
    PurchaseSku,
    PurchaseGpus,
    PurchaseInstallLagMonths,
    PurchaseGpuPrice,
    PurchaseLabel,
    // internal_demand
    DemandComputeHours,
    DemandAnnualGrowth,
    DemandSeries,
    // leasing
    LeasingEnabled,
    LeasingSellableFraction,
    LeasingSalesCostFraction,
    LeasingContractMonths,
    // provenance[]
    ProvenanceField,
    ProvenanceSource,
    ProvenanceDate,
    ProvenanceNote,
    // uncertainty
    UncertaintyPaths,
    UncertaintySeed,
    UncertaintyDrivers,
    UncertaintyCorrelations,
    // uncertainty.correlations[]
    CorrelationA,
    CorrelationB,
    CorrelationRho,
    Count
};

// How a field's value is stored and spelt in the file.
enum class FieldType : std::uint8_t
{
    Text,           // std::string, a JSON string
    Number,         // double
    OptionalNumber, // std::optional<double>, written only when set
    Int,            // int, a whole JSON number
    Int64,          // std::int64_t, a whole JSON number
    UInt64,         // std::uint64_t, a whole JSON number
    Bool,           // true / false
    Choice,         // an enum, spelt as one of `choices`
    // Fields with a shape of their own (read and written by dedicated code):
    Header,    // "format" and "version": checked before anything else, never stored
    YearMonth, // "start": "YYYY-MM" into Scenario::startYear/startMonth
    Object,    // a nested object whose fields follow in the table
    List,      // an array of objects whose fields follow in the table
    Curve,     // a price curve (CurveStart, CurveAnnualChange, CurvePoints)
    Points,    // [[month, price], ...] of a curve
    Series,    // an array of numbers, one per month
    Drivers,   // uncertainty.drivers: {"name": {"kind": [numbers]}}
};

// The struct a field's member belongs to.
enum class FieldOwner : std::uint8_t
{
    Scenario,
    Sku,
    Purchase,
    UsefulLifeChange,
    PriceCurve,
    Provenance,
    Uncertainty,
    Correlation,
};

// One spelling of a choice field: the file's word, the enum value, the analyst's label.
struct FieldChoice
{
    std::string_view value; // "straight_line"
    int enumValue;
    const char *label; // "Straight line" (kSchemaTranslationContext)
};

struct SchemaField
{
    FieldId id;
    // Path pattern in the file's spelling, list indices written "[]", a curve's fields under
    // "curve": "operations.pue", "skus[].gpu_price", "curve.start".
    std::string_view path;
    std::string_view key;    // the last component: "pue", "gpu_price", "start"
    std::string_view parent; // the object it is a member of: "operations", "skus[]", "" = root
    FieldOwner owner;
    FieldType type;
    FieldUnit unit = FieldUnit::None;
    // Numbers: the format's range in stored units (a fraction, not a percent). Text: min/max
    // length in characters (min 1 = must not be empty). Lists: min/max entries.
    scenario_detail::NumberRule rule{};
    bool hasRule = false;
    bool required = false; // the reader refuses a file without the key
    // A month index inside the horizon (0..H-1): the range narrows once H is known.
    bool monthIndex = false;
    double defaultValue = 0.0; // the format's default for omitted numeric keys (Scenario.h)
    // The default of an omitted key is this other field's value (operating life = book life,
    // resale = salvage); FieldId::Count when the default is fixed.
    FieldId defaultFrom = FieldId::Count;
    // A model 1.1 key (MODEL.md "Version 1.1"): written only when it differs from its
    // default, so a model-1 scenario is written byte for byte as before 1.1.
    bool model11 = false;
    InputGroup group = InputGroup::Other;
    const char *label = "";       // the analyst's words, title case ("Discount rate (WACC)")
    const char *changeLabel = ""; // in a sentence of the change list ("discount rate")
    const char *help = "";        // one line for a tool tip, "" when the label says it all
    int decimals = 0;             // decimals an editor shows, in display units
    std::span<const FieldChoice> choices{};
    // The member in an owner object of type `owner` (nullptr for shaped fields).
    void *(*member)(void *owner) = nullptr;

    // Typed access to the member; T must be the stored type (see FieldType).
    template <typename T> T &ref(void *ownerObject) const
    {
        return *static_cast<T *>(member(ownerObject));
    }
    template <typename T> const T &ref(const void *ownerObject) const
    {
        return *static_cast<const T *>(member(const_cast<void *>(ownerObject)));
    }
    // Choice fields: the enum value as int, and setting it from one.
    int (*getChoice)(const void *owner) = nullptr;
    void (*setChoice)(void *owner, int value) = nullptr;

    bool isNumeric() const
    {
        return type == FieldType::Number || type == FieldType::OptionalNumber ||
               type == FieldType::Int || type == FieldType::Int64 || type == FieldType::UInt64;
    }
    bool isWhole() const
    {
        return type == FieldType::Int || type == FieldType::Int64 || type == FieldType::UInt64;
    }
    // The file spelling of a choice value, "" when unknown.
    std::string_view choiceName(int enumValue) const;
    // The enum value of a file spelling, or -1.
    int choiceValue(std::string_view name) const;
};

// The whole table, in FieldId order.
std::span<const SchemaField> scenarioSchema();

// The entry of a field.
const SchemaField &schemaField(FieldId id);

// The entries whose parent is `parent` ("", "finance", "skus[]", "curve", ...), in file
// order; empty for an unknown parent.
std::span<const SchemaField> schemaChildren(std::string_view parent);

// The entry of a path pattern ("skus[].gpu_price") or of a concrete path
// ("skus[3].gpu_price", "skus[0].lease_price.points[2][1]"), or nullptr. Paths into a curve
// ("skus[].market_value.start") give the curve field's entry ("curve.start"); use
// schemaRule() for the range of such a path.
const SchemaField *findSchemaField(std::string_view path);

// "skus[3].lease_price.points[12][1]" -> "skus[].lease_price.points[][1]": list indices
// become "[]", the index inside a point ([0] month, [1] price) stays.
std::string schemaPattern(std::string_view path);

// The range of the number at `path`, or nullptr when the path is not a numeric field. A
// curve's start and point prices take the curve's price range (per GPU-hour for lease and
// cloud prices, per GPU for the market value); `unit`, when given, receives the unit.
const scenario_detail::NumberRule *schemaRule(std::string_view path, FieldUnit *unit = nullptr);

// The rule a value at a month-index field must meet once the horizon is known: the field's
// rule, narrowed to 0..H-1 when H is valid.
scenario_detail::NumberRule narrowedRule(const scenario_detail::NumberRule &rule, bool monthIndex,
                                         int horizonMonths);

// Whether the format has a value at this path pattern (see knownValuePattern).
bool schemaKnowsPattern(std::string_view pattern);

namespace schema_detail {

template <typename C, typename M> C classOf(M C::*);

template <auto M, auto... Rest, typename O> auto &follow(O &object)
{
    if constexpr (sizeof...(Rest) == 0)
        return object.*M;
    else
        return follow<Rest...>(object.*M);
}

template <auto M0, auto... Ms> void *memberOf(void *owner)
{
    using C = decltype(classOf(M0));
    return &follow<M0, Ms...>(*static_cast<C *>(owner));
}

template <auto M0, auto... Ms>
using MemberType =
    std::remove_reference_t<decltype(follow<M0, Ms...>(std::declval<decltype(classOf(M0)) &>()))>;

template <auto M0, auto... Ms> int getChoice(const void *owner)
{
    using C = decltype(classOf(M0));
    return static_cast<int>(follow<M0, Ms...>(*static_cast<const C *>(owner)));
}

template <auto M0, auto... Ms> void setChoice(void *owner, int value)
{
    using C = decltype(classOf(M0));
    using E = MemberType<M0, Ms...>;
    follow<M0, Ms...>(*static_cast<C *>(owner)) = static_cast<E>(value);
}

} // namespace schema_detail

} // namespace fleetroi
