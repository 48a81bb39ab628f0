// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/InputGroups.h"
#include "finance/CivilDate.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace fleetroi {

namespace {

InputValue num(double v)
{
    return {true, v, {}};
}
InputValue text(std::string s)
{
    return {false, 0.0, std::move(s)};
}

// The change list's unit of a schema field.
InputUnit unitOf(const SchemaField &f)
{
    switch (f.type) {
    case FieldType::Text:
    case FieldType::YearMonth:
        return InputUnit::Text;
    case FieldType::Choice:
        return InputUnit::Choice;
    case FieldType::Bool:
        return InputUnit::Boolean;
    case FieldType::Curve:
        return InputUnit::PriceCurve;
    case FieldType::Series:
        return InputUnit::Series;
    case FieldType::List:
    case FieldType::Object:
    case FieldType::Drivers:
        return InputUnit::Block;
    default:
        break;
    }
    if (f.monthIndex)
        return InputUnit::MonthIndex;
    switch (f.unit) {
    case FieldUnit::None:
        return InputUnit::None;
    case FieldUnit::Money:
        return InputUnit::Money;
    case FieldUnit::MoneyPerGpuHour:
        return InputUnit::MoneyPerGpuHour;
    case FieldUnit::MoneyPerKwh:
        return InputUnit::MoneyPerKwh;
    case FieldUnit::MoneyPerKwMonth:
        return InputUnit::MoneyPerKwMonth;
    case FieldUnit::MoneyPerMonth:
        return InputUnit::MoneyPerMonth;
    case FieldUnit::Fraction:
        return InputUnit::Fraction;
    case FieldUnit::FractionPerYear:
        return InputUnit::FractionPerYear;
    case FieldUnit::Kilowatt:
        return InputUnit::Kilowatt;
    case FieldUnit::Months:
        return InputUnit::Months;
    case FieldUnit::Gpus:
        return InputUnit::Gpus;
    case FieldUnit::ComputeHours:
        return InputUnit::ComputeHours;
    case FieldUnit::Factor:
    case FieldUnit::Ratio:
        return InputUnit::Factor;
    }
    return InputUnit::None;
}

// Whether a schema field is an input of the change list: a field of the scenario, a SKU or a
// purchase in format version 1. Not listed: the header, the four objects (their fields are),
// the SKU id (it names the SKU), model 1.1 keys, and the fields inside curves, provenance
// entries and the Monte Carlo set-up (compared as wholes with their block).
bool isInput(const SchemaField &f)
{
    if (f.model11 || f.type == FieldType::Header || f.id == FieldId::SkuId)
        return false;
    if (f.owner != FieldOwner::Scenario && f.owner != FieldOwner::Sku &&
        f.owner != FieldOwner::Purchase)
        return false;
    // An object whose fields are inputs themselves (finance, operations, leasing, demand).
    return !(f.type == FieldType::Object && f.owner == FieldOwner::Scenario &&
             f.id != FieldId::Uncertainty);
}

InputScope scopeOf(const SchemaField &f)
{
    if (!f.member && f.type != FieldType::YearMonth)
        return InputScope::Whole;
    switch (f.owner) {
    case FieldOwner::Sku:
        return InputScope::Sku;
    case FieldOwner::Purchase:
        return InputScope::Purchase;
    default:
        return InputScope::Scenario;
    }
}

std::vector<InputField> makeTable()
{
    std::vector<InputField> t;
    for (const SchemaField &f : scenarioSchema()) {
        if (!isInput(f))
            continue;
        t.push_back({&f, f.path.data(), f.group, f.changeLabel, unitOf(f), scopeOf(f)});
    }
    // Bridge order; the schema's (file) order within a group.
    std::stable_sort(t.begin(), t.end(), [](const InputField &a, const InputField &b) {
        return int(a.group) < int(b.group);
    });
    return t;
}

std::string stripBrackets(std::string_view path)
{
    std::string out;
    int depth = 0;
    for (char c : path) {
        if (c == '[') {
            if (depth++ == 0)
                out += '[';
        } else if (c == ']') {
            if (--depth == 0)
                out += ']';
        } else if (depth == 0) {
            out += c;
        }
    }
    return out;
}

// Thousands separators on the integer part of a fixed-point text.
std::string groupThousands(const std::string &fixed)
{
    std::size_t start = fixed[0] == '-' ? 1 : 0;
    std::size_t end = fixed.find('.');
    if (end == std::string::npos)
        end = fixed.size();
    std::string out = fixed.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        if (i > start && (end - i) % 3 == 0)
            out += ',';
        out += fixed[i];
    }
    return out + fixed.substr(end);
}

std::string trimZeros(std::string s)
{
    if (s.find('.') == std::string::npos)
        return s;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string plainNumber(double v)
{
    char buf[64];
    if (!std::isfinite(v))
        return "n/a";
    if (std::fabs(v) >= 1000.0) {
        std::snprintf(buf, sizeof buf, "%.2f", v);
        return groupThousands(trimZeros(buf));
    }
    std::snprintf(buf, sizeof buf, "%.6g", v);
    std::string s = buf;
    if (s.find('e') != std::string::npos) { // tiny values: fixed with enough decimals
        std::snprintf(buf, sizeof buf, "%.10f", v);
        s = trimZeros(buf);
    }
    return s == "-0" ? "0" : s;
}

} // namespace

const std::vector<InputGroup> &inputGroupOrder()
{
    static const std::vector<InputGroup> order = {
        InputGroup::FleetAndPrices, InputGroup::Demand,  InputGroup::Leasing,
        InputGroup::Operations,     InputGroup::Finance, InputGroup::Other};
    return order;
}

const char *inputGroupLabel(InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Fleet and prices");
    case InputGroup::Demand:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Internal demand");
    case InputGroup::Leasing:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Leasing");
    case InputGroup::Operations:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Operations");
    case InputGroup::Finance:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Finance");
    case InputGroup::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Other inputs");
}

const char *inputGroupKey(InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        return "fleet_and_prices";
    case InputGroup::Demand:
        return "demand";
    // The groups named after an object of the file take its key.
    case InputGroup::Leasing:
        return schemaField(FieldId::Leasing).key.data();
    case InputGroup::Operations:
        return schemaField(FieldId::Operations).key.data();
    case InputGroup::Finance:
        return schemaField(FieldId::Finance).key.data();
    case InputGroup::Other:
        break;
    }
    return "other";
}

const std::vector<InputField> &inputFields()
{
    static const std::vector<InputField> table = makeTable();
    return table;
}

InputValue InputField::value(const Scenario &s, const void *owner) const
{
    if (scope == InputScope::Whole || !owner)
        return text({});
    const SchemaField &f = *schema;
    // The growth form's fields mean nothing while the demand is a series.
    if (f.owner == FieldOwner::Scenario && f.group == InputGroup::Demand &&
        s.internalDemand.isSeries)
        return text("monthly series");
    switch (f.type) {
    case FieldType::Text:
        return text(f.ref<std::string>(owner));
    case FieldType::YearMonth:
        return text(finance::yearMonthText(s.startYear, s.startMonth));
    case FieldType::Bool:
        return text(f.ref<bool>(owner) ? "on" : "off");
    case FieldType::Choice:
        return text(std::string(f.choiceName(f.getChoice(owner))));
    case FieldType::Number:
        return num(f.ref<double>(owner));
    case FieldType::OptionalNumber: {
        const std::optional<double> &v = f.ref<std::optional<double>>(owner);
        return v ? num(*v) : text("none");
    }
    case FieldType::Int:
        return num(f.ref<int>(owner));
    case FieldType::Int64:
        return num(double(f.ref<std::int64_t>(owner)));
    case FieldType::UInt64:
        return num(double(f.ref<std::uint64_t>(owner)));
    default:
        break;
    }
    return text({});
}

const InputField *findInputField(FieldId id)
{
    for (const InputField &f : inputFields())
        if (f.schema->id == id)
            return &f;
    return nullptr;
}

const InputField *findInputField(std::string_view path)
{
    const std::string bare = stripBrackets(path);
    const InputField *best = nullptr;
    std::size_t bestLength = 0;
    for (const InputField &f : inputFields()) {
        const std::string_view p = f.path;
        if (bare.size() < p.size() || bare.compare(0, p.size(), p) != 0)
            continue;
        // A whole path component must match: "skus[].name" is not a prefix match of
        // "skus[].names".
        if (bare.size() > p.size() && bare[p.size()] != '.' && bare[p.size()] != '[')
            continue;
        if (p.size() > bestLength) {
            best = &f;
            bestLength = p.size();
        }
    }
    return best;
}

void applyInputGroup(Scenario &target, const Scenario &source, InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        target.skus = source.skus;
        target.purchases = source.purchases;
        break;
    case InputGroup::Demand:
        target.internalDemand = source.internalDemand;
        break;
    case InputGroup::Leasing:
        target.leasing = source.leasing;
        break;
    case InputGroup::Operations:
        target.operations = source.operations;
        break;
    case InputGroup::Finance:
        target.finance = source.finance;
        break;
    case InputGroup::Other:
        target = source;
        break;
    }
}

bool inputGroupEqual(const Scenario &a, const Scenario &b, InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        return a.skus == b.skus && a.purchases == b.purchases;
    case InputGroup::Demand:
        return a.internalDemand == b.internalDemand;
    case InputGroup::Leasing:
        return a.leasing == b.leasing;
    case InputGroup::Operations:
        return a.operations == b.operations;
    case InputGroup::Finance:
        return a.finance == b.finance;
    case InputGroup::Other:
        break;
    }
    Scenario x = a;
    for (InputGroup g : inputGroupOrder())
        if (g != InputGroup::Other)
            applyInputGroup(x, b, g);
    return x == b;
}

std::string formatInputNumber(double v, InputUnit unit, const std::string &currency)
{
    switch (unit) {
    case InputUnit::Fraction:
        return plainNumber(v * 100.0) + " %";
    case InputUnit::FractionPerYear:
        return plainNumber(v * 100.0) + " %/year";
    case InputUnit::Money:
        return plainNumber(v) + " " + currency;
    case InputUnit::MoneyPerGpuHour:
    case InputUnit::PriceCurve:
        return plainNumber(v) + " " + currency + "/GPU-h";
    case InputUnit::MoneyPerKwh:
        return plainNumber(v) + " " + currency + "/kWh";
    case InputUnit::MoneyPerKwMonth:
        return plainNumber(v) + " " + currency + "/kW/month";
    case InputUnit::MoneyPerMonth:
        return plainNumber(v) + " " + currency + "/month";
    case InputUnit::Kilowatt:
        return plainNumber(v) + " kW";
    case InputUnit::Months:
        return plainNumber(v) + (v == 1.0 ? " month" : " months");
    case InputUnit::Gpus:
        return plainNumber(v) + " GPUs";
    case InputUnit::ComputeHours:
        return plainNumber(v) + " h/month";
    case InputUnit::Factor:
        return plainNumber(v) + " x";
    default:
        break;
    }
    return plainNumber(v);
}

} // namespace fleetroi
