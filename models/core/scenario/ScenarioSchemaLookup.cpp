// SPDX-License-Identifier: GPL-3.0-or-later
// Finding entries of the scenario schema (ScenarioSchema.h) by id, parent and path; the
// numeric defaults of the table.
#include "scenario/ScenarioSchema.h"

#include <stdexcept>
#include <string>
#include <unordered_set>

namespace fleetroi {

std::vector<SchemaField> makeScenarioSchema(); // ScenarioSchema.cpp

namespace {

namespace r = scenario_detail::rules;
using scenario_detail::NumberRule;
using F = FieldId;
using T = FieldType;

// Defaults are those of the default-constructed structs (Scenario.h), read back into the
// table so that they are written once.
void readDefaults(std::vector<SchemaField> &t)
{
    using O = FieldOwner;
    Scenario scenario;
    Sku sku;
    PurchaseTranche purchase;
    UsefulLifeChange change;
    PriceCurve curve;
    fleetroi::Uncertainty uncertainty;
    DriverCorrelation correlation;
    fleetroi::Provenance provenance;
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
}

struct Index
{
    std::vector<SchemaField> fields;
    // parent -> [first, end) in `fields`
    std::vector<std::pair<std::string_view, std::pair<std::size_t, std::size_t>>> children;

    Index()
        : fields(makeScenarioSchema())
    {
        readDefaults(fields);
        for (std::size_t i = 0; i < fields.size(); ++i) {
            if (fields[i].id != FieldId(i))
                throw std::logic_error("scenario schema: entries out of FieldId order");
            if (!children.empty() && children.back().first == fields[i].parent)
                children.back().second.second = i + 1;
            else
                children.push_back({fields[i].parent, {i, i + 1}});
        }
        if (fields.size() != std::size_t(FieldId::Count))
            throw std::logic_error("scenario schema: an entry is missing");
    }
};

const Index &index()
{
    static const Index idx;
    return idx;
}

} // namespace

std::string_view SchemaField::choiceName(int enumValue) const
{
    for (const FieldChoice &c : choices)
        if (c.enumValue == enumValue)
            return c.value;
    return {};
}

int SchemaField::choiceValue(std::string_view name) const
{
    for (const FieldChoice &c : choices)
        if (c.value == name)
            return c.enumValue;
    return -1;
}

std::span<const SchemaField> scenarioSchema()
{
    return index().fields;
}

const SchemaField &schemaField(FieldId id)
{
    return index().fields[std::size_t(id)];
}

std::span<const SchemaField> schemaChildren(std::string_view parent)
{
    const Index &idx = index();
    for (const auto &[name, range] : idx.children)
        if (name == parent)
            return std::span<const SchemaField>(idx.fields.data() + range.first,
                                                range.second - range.first);
    return {};
}

std::string schemaPattern(std::string_view path)
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

namespace {

// "skus[].lease_price.start" -> (curve entry, "start"); nullptr when not inside a curve.
const SchemaField *curveOf(std::string_view pattern, std::string_view &rest)
{
    for (const SchemaField &f : schemaChildren("skus[]")) {
        if (f.type != T::Curve)
            continue;
        if (pattern.size() > f.path.size() && pattern.substr(0, f.path.size()) == f.path &&
            pattern[f.path.size()] == '.') {
            rest = pattern.substr(f.path.size() + 1);
            return &f;
        }
    }
    return nullptr;
}

} // namespace

const SchemaField *findSchemaField(std::string_view path)
{
    const std::string pattern = schemaPattern(path);
    std::string_view rest;
    if (curveOf(pattern, rest)) {
        if (rest == "points[][1]")
            return &schemaField(F::CurvePoints);
        for (const SchemaField &f : schemaChildren("curve"))
            if (f.key == rest)
                return &f;
        return nullptr;
    }
    for (const SchemaField &f : index().fields)
        if (f.path == pattern)
            return &f;
    return nullptr;
}

const NumberRule *schemaRule(std::string_view path, FieldUnit *unit)
{
    const std::string pattern = schemaPattern(path);
    std::string_view rest;
    const SchemaField *f = nullptr;
    if (const SchemaField *curve = curveOf(pattern, rest)) {
        if (rest == "start" || rest == "points[][1]")
            f = curve; // the curve's price range and unit
        else if (rest == "annual_change")
            f = &schemaField(F::CurveAnnualChange);
    } else if (pattern == "internal_demand.series[]") {
        f = &schemaField(F::DemandSeries);
    } else {
        for (const SchemaField &e : index().fields)
            if (e.path == pattern) {
                f = &e;
                break;
            }
        if (f && !f->isNumeric())
            f = nullptr;
    }
    if (!f || !f->hasRule)
        return nullptr;
    if (unit)
        *unit = f->unit;
    return &f->rule;
}

NumberRule narrowedRule(const NumberRule &rule, bool monthIndex, int horizonMonths)
{
    NumberRule out = rule;
    if (monthIndex && scenario_detail::inRange(std::int64_t(horizonMonths), r::horizonMonths))
        out.max = horizonMonths - 1;
    return out;
}

bool schemaKnowsPattern(std::string_view pattern)
{
    // Built once: every entry's path, the items of lists and series ("skus[]"), and the
    // fields of each curve ("skus[].lease_price.start", "skus[].lease_price.points[][]").
    struct Known
    {
        std::vector<std::string> storage;
        std::unordered_set<std::string_view> set;
        Known()
        {
            for (const SchemaField &f : scenarioSchema()) {
                if (f.parent == "curve")
                    continue;
                storage.emplace_back(f.path);
                if (f.type == T::List || f.type == T::Series)
                    storage.push_back(std::string(f.path) + "[]");
                if (f.type == T::Curve) {
                    for (const SchemaField &c : schemaChildren("curve")) {
                        storage.push_back(std::string(f.path) + "." + std::string(c.key));
                        if (c.type == T::Points) {
                            storage.push_back(storage.back() + "[]");
                            storage.push_back(storage.back() + "[]");
                        }
                    }
                }
            }
            set.reserve(storage.size());
            for (const std::string &s : storage)
                set.insert(s);
        }
    };
    static const Known known;
    return known.set.count(pattern) != 0;
}

} // namespace fleetroi
