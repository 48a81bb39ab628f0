// SPDX-License-Identifier: GPL-3.0-or-later
// Which group each input of a scenario belongs to, and its name in the analyst's words: the
// one table the NPV bridge (which applies a scenario's changes group by group) and the
// "What changed" list walk. A step toward issue #13's scenario schema: every field of the
// file format (SCENARIO_FORMAT.md) appears here once, with its file path, group, label and
// unit. Plain C++, no Qt; labels are English and are translated by the UI with the context
// "fleetroi::InputGroups" (they are marked for lupdate below).
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

// One input of the scenario file. Exactly one of the getters is set, by the input's scope:
// the scenario, one SKU or one purchase. Price curves, the demand series and whole blocks
// (provenance, uncertainty) have no getter: they are compared as wholes by the change list.
struct InputField
{
    const char *path; // file spelling, "[]" for a list item: "skus[].lease_price"
    InputGroup group;
    const char *label; // analyst words, English (context "fleetroi::InputGroups")
    InputUnit unit;
    InputValue (*scenarioValue)(const Scenario &) = nullptr;
    InputValue (*skuValue)(const Sku &) = nullptr;
    InputValue (*purchaseValue)(const PurchaseTranche &) = nullptr;
};

// Every input of format version 1, in file order within each group.
const std::vector<InputField> &inputFields();

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
