// SPDX-License-Identifier: GPL-3.0-or-later
// Which group each input of a scenario belongs to, and its name in the analyst's words: the
// view of the scenario schema (ScenarioSchema.h) that the NPV bridge (which applies a
// scenario's changes group by group) and the "What changed" list walk. Path, group, label
// (the schema's change label) and unit come from the schema; values are read through the
// schema's member accessors. Plain C++, no Qt. Input labels are English and are translated by
// the UI with kSchemaTranslationContext; group labels with the context
// "fleetroi::InputGroups" (marked for lupdate below).
#pragma once

#include "scenario/Scenario.h"
#include "scenario/ScenarioSchema.h" // InputGroup

#include <string>
#include <string_view>
#include <vector>

#ifndef QT_TRANSLATE_NOOP
#define QT_TRANSLATE_NOOP(scope, text) text
#endif

namespace fleetroi {

// All groups in bridge order.
const std::vector<InputGroup> &inputGroupOrder();

// "Fleet and prices", "Internal demand", "Leasing", "Operations", "Finance", "Other inputs".
const char *inputGroupLabel(InputGroup group);

// "fleet_and_prices", "demand", "leasing", "operations", "finance", "other" (JSON output).
const char *inputGroupKey(InputGroup group);

// The unit an input is stored in (money takes the scenario's currency).
enum class InputUnit
{
    None,
    Text,
    Choice, // a file spelling such as "straight_line"
    Boolean,
    Money,           // currency
    MoneyPerGpuHour, // currency per GPU-hour
    MoneyPerKwh,
    MoneyPerKwMonth,
    MoneyPerMonth,
    Fraction,        // 0.09 stored, shown as 9 %
    FractionPerYear, // annual rate, shown as 9 %/year
    Kilowatt,
    Months,       // a duration in whole months
    MonthIndex,   // a month of the horizon (shown as YYYY-MM)
    Gpus,         // a count of GPUs
    ComputeHours, // H100-equivalent hours per month
    Factor,       // multiplier (throughput, PUE)
    PriceCurve,   // a whole price curve per GPU-hour
    Series,       // a list of monthly values
    Block,        // a whole block (provenance, uncertainty)
};

// A value read from one input for display: a number or a text.
struct InputValue
{
    bool isNumber = false;
    double number = 0.0;
    std::string text;
};

// Which object an input's value is read from.
enum class InputScope
{
    Scenario, // the scenario (top level, finance, operations, leasing, internal demand)
    Sku,      // one SKU
    Purchase, // one purchase
    Whole,    // no value: price curves, the demand series, lists and blocks are compared as
              // wholes by the change list
};

// One input of the scenario file: a schema field of format version 1 (model 1.1 keys and the
// SKU id, which names a SKU rather than being an input, are not listed).
struct InputField
{
    const SchemaField *schema = nullptr;
    const char *path = ""; // the schema's path pattern: "skus[].gpu_price", "skus" (the list)
    InputGroup group = InputGroup::Other;
    const char *label = ""; // the schema's change label, English (kSchemaTranslationContext)
    InputUnit unit = InputUnit::None;
    InputScope scope = InputScope::Whole;

    // The value for display. `owner` is the scenario, the SKU or the purchase, by scope;
    // `scenario` is the scenario it belongs to. Scope Whole: an empty text.
    InputValue value(const Scenario &scenario, const void *owner) const;
};

// Every input of format version 1, in bridge (group) order and file order within a group.
const std::vector<InputField> &inputFields();

// The entry of a schema field, or nullptr when it is not an input of the change list.
const InputField *findInputField(FieldId id);

// The entry for a file path with list indices or ids in brackets ("skus[h100].lease_price
// .points[2][1]", "purchases[3].gpus"): the longest table path that is a prefix of it once
// every bracket's content is dropped; nullptr when none is.
const InputField *findInputField(std::string_view path);

// Copies `group`'s inputs from `source` into `target`. FleetAndPrices copies the SKU list and
// the purchase list as wholes (a new SKU and its purchases arrive together); Other copies the
// whole scenario, so applying every group in order turns any scenario into `source` exactly,
// including inputs that a later format version adds without a table entry.
void applyInputGroup(Scenario &target, const Scenario &source, InputGroup group);

// True when the two scenarios agree on every input of `group` (for Other: on everything not
// covered by the other groups).
bool inputGroupEqual(const Scenario &a, const Scenario &b, InputGroup group);

// A number with its unit for a change list, C locale: "1.8 USD/GPU-h", "9 %", "66 months",
// "1,024 GPUs". Amounts of 1,000 and more are grouped and shown with at most 2 decimals,
// smaller ones with up to 6 significant digits, trailing zeros dropped.
std::string formatInputNumber(double value, InputUnit unit, const std::string &currency);

} // namespace fleetroi
