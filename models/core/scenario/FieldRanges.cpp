// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/FieldRanges.h"

#include <deque>
#include <string>

namespace fleetroi {

namespace {

struct Table
{
    std::deque<std::string> patterns; // stable storage for the entries' string_views
    std::vector<FieldRange> ranges;

    void add(std::string pattern, const SchemaField &f, const SchemaField &ruleOf)
    {
        patterns.push_back(std::move(pattern));
        ranges.push_back({patterns.back(), ruleOf.rule, ruleOf.unit, f.monthIndex});
    }

    Table()
    {
        for (const SchemaField &f : scenarioSchema()) {
            if (f.parent == "curve" || !f.hasRule)
                continue;
            if (f.isNumeric()) {
                add(std::string(f.path), f, f);
            } else if (f.type == FieldType::Series) {
                add(std::string(f.path) + "[]", f, f);
            } else if (f.type == FieldType::Curve) {
                // start and point prices in the curve's unit, the annual change its own.
                const std::string base = std::string(f.path) + ".";
                const SchemaField &start = schemaField(FieldId::CurveStart);
                const SchemaField &change = schemaField(FieldId::CurveAnnualChange);
                const SchemaField &points = schemaField(FieldId::CurvePoints);
                add(base + std::string(start.key), start, f);
                add(base + std::string(change.key), change, change);
                add(base + std::string(points.key) + "[][1]", points, f);
            }
        }
    }
};

const Table &table()
{
    static const Table t;
    return t;
}

} // namespace

const std::vector<FieldRange> &fieldRanges()
{
    return table().ranges;
}

const FieldRange *findFieldRange(std::string_view path)
{
    const std::string pattern = schemaPattern(path);
    for (const FieldRange &f : fieldRanges())
        if (f.pattern == pattern)
            return &f;
    return nullptr;
}

scenario_detail::NumberRule fieldRule(const FieldRange &range, int horizonMonths)
{
    return narrowedRule(range.rule, range.monthIndex, horizonMonths);
}

} // namespace fleetroi
