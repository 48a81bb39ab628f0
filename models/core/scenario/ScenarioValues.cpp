// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioValues.h"

#include "finance/CivilDate.h"
#include "scenario/ScenarioWriter.h"

#include <charconv>
#include <cmath>
#include <string>

namespace fleetroi {

namespace {

using F = FieldId;
using T = FieldType;
using Kind = ScenarioValue::Kind;

// Shortest text that reads back to the same double (C locale).
std::string shortest(double v)
{
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string indexed(std::string_view path, std::size_t i)
{
    return std::string(path) + '[' + std::to_string(i) + ']';
}

struct Walk
{
    const Scenario &scenario;
    std::vector<ScenarioValue> out;

    // A value under the current section / item / container.
    const SchemaField *section = nullptr;
    const SchemaField *within = nullptr;
    int item = -1;

    ScenarioValue &add(const SchemaField &f, std::string path, FieldUnit unit)
    {
        ScenarioValue v;
        v.field = &f;
        v.section = section;
        v.within = within;
        v.item = item;
        v.path = std::move(path);
        v.unit = unit;
        out.push_back(std::move(v));
        return out.back();
    }

    void number(const SchemaField &f, std::string path, double value, FieldUnit unit, bool whole)
    {
        ScenarioValue &v = add(f, std::move(path), unit);
        v.number = value;
        v.whole = whole;
    }

    // A whole number; one beyond 2^53 (a seed) is listed as its digits, which a double
    // would round.
    template <typename I> void whole(const SchemaField &f, std::string path, I value)
    {
        constexpr double exact = 9007199254740992.0; // 2^53
        if (double(value) >= exact || double(value) <= -exact) {
            ScenarioValue &v = add(f, std::move(path), f.unit);
            v.kind = Kind::Text;
            v.text = std::to_string(value);
            return;
        }
        number(f, std::move(path), double(value), f.unit, true);
    }

    void plain(const SchemaField &f, const void *owner, const std::string &path)
    {
        if (!isWrittenValue(f, owner))
            return;
        switch (f.type) {
        case T::Text: {
            if (!f.required && f.ref<std::string>(owner).empty())
                return; // an optional text left empty (a purchase without a label)
            ScenarioValue &v = add(f, path, f.unit);
            v.kind = Kind::Text;
            v.text = f.ref<std::string>(owner);
            return;
        }
        case T::Number:
            number(f, path, f.ref<double>(owner), f.unit, false);
            return;
        case T::OptionalNumber:
            if (const auto &v = f.ref<std::optional<double>>(owner))
                number(f, path, *v, f.unit, false);
            return;
        case T::Int:
            whole(f, path, f.ref<int>(owner));
            return;
        case T::Int64:
            whole(f, path, f.ref<std::int64_t>(owner));
            return;
        case T::UInt64:
            whole(f, path, f.ref<std::uint64_t>(owner));
            return;
        case T::Bool: {
            ScenarioValue &v = add(f, path, f.unit);
            v.kind = Kind::Bool;
            v.flag = f.ref<bool>(owner);
            return;
        }
        case T::Choice: {
            ScenarioValue &v = add(f, path, f.unit);
            v.kind = Kind::Choice;
            const int value = f.getChoice(owner);
            for (const FieldChoice &c : f.choices)
                if (c.enumValue == value)
                    v.choice = &c;
            v.text = std::string(f.choiceName(value));
            return;
        }
        default:
            return;
        }
    }

    void curve(const SchemaField &f, const PriceCurve &c, const std::string &path)
    {
        const SchemaField *outer = within;
        within = &f;
        if (c.kind == PriceCurve::Kind::Growth) {
            const SchemaField &start = schemaField(F::CurveStart);
            const SchemaField &change = schemaField(F::CurveAnnualChange);
            number(start, path + '.' + std::string(start.key), c.start, f.unit, false);
            number(change, path + '.' + std::string(change.key), c.annualChange, change.unit,
                   false);
        } else {
            const SchemaField &points = schemaField(F::CurvePoints);
            const std::string base = path + '.' + std::string(points.key);
            for (std::size_t k = 0; k < c.points.size(); ++k) {
                number(points, indexed(base, k) + "[1]", c.points[k].second, f.unit, false);
                out.back().month = c.points[k].first;
            }
        }
        within = outer;
    }

    void demand(const SchemaField &f)
    {
        const InternalDemand &d = scenario.internalDemand;
        const std::span<const SchemaField> children = schemaChildren(f.path);
        for (const SchemaField &c : children) {
            if (c.type == T::Series) {
                if (!d.isSeries)
                    continue;
                for (std::size_t t = 0; t < d.series.size(); ++t) {
                    number(c, indexed(c.path, t), d.series[t], c.unit, false);
                    out.back().month = int(t);
                }
            } else if (!d.isSeries) {
                plain(c, &scenario, std::string(c.path));
            }
        }
    }

    void drivers(const SchemaField &f, const Uncertainty &u, const std::string &path)
    {
        for (const DriverDistribution &d : u.drivers) {
            ScenarioValue &v = add(f, path + '.' + d.driver, f.unit);
            v.kind = Kind::Text;
            v.text = std::string(toString(d.kind)) + ": " + shortest(d.a) + ", " + shortest(d.b);
            if (d.kind == DriverDistribution::Kind::Triangular)
                v.text += ", " + shortest(d.c);
        }
    }

    template <typename Item>
    void list(const SchemaField &f, const std::vector<Item> &items, const std::string &path)
    {
        const std::span<const SchemaField> children = schemaChildren(std::string(f.path) + "[]");
        for (std::size_t i = 0; i < items.size(); ++i) {
            item = int(i);
            fields(children, &items[i], indexed(path, i) + '.');
        }
        item = -1;
    }

    // The fields of one object (`owner`), paths under `prefix` ("", "finance.", "skus[2].").
    void fields(std::span<const SchemaField> list, const void *owner, const std::string &prefix)
    {
        for (const SchemaField &f : list) {
            const std::string path = prefix + std::string(f.key);
            if (f.member) {
                plain(f, owner, path);
                continue;
            }
            shaped(f, owner, path);
        }
    }

    void shaped(const SchemaField &f, const void *owner, const std::string &path)
    {
        const bool top = f.parent.empty();
        const SchemaField *outerSection = section;
        if (top)
            section = &f;
        switch (f.id) {
        case F::Start: {
            section = nullptr;
            ScenarioValue &v = add(f, path, f.unit);
            v.kind = Kind::Text;
            v.text = finance::yearMonthText(scenario.startYear, scenario.startMonth);
            break;
        }
        case F::Finance:
        case F::Operations:
        case F::Leasing:
            fields(schemaChildren(f.path), owner, path + '.');
            break;
        case F::InternalDemand:
            demand(f);
            break;
        case F::Skus:
            list(f, scenario.skus, path);
            break;
        case F::Purchases:
            list(f, scenario.purchases, path);
            break;
        case F::Uncertainty:
            if (scenario.uncertainty)
                fields(schemaChildren(f.path), &*scenario.uncertainty, path + '.');
            break;
        case F::UncertaintyDrivers:
            drivers(f, *static_cast<const Uncertainty *>(owner), path);
            break;
        case F::UncertaintyCorrelations:
            list(f, static_cast<const Uncertainty *>(owner)->correlations, path);
            break;
        case F::SkuLeasePrice:
            curve(f, static_cast<const Sku *>(owner)->leasePrice, path);
            break;
        case F::SkuCloudPrice:
            curve(f, static_cast<const Sku *>(owner)->cloudPrice, path);
            break;
        case F::SkuMarketValue:
            if (const auto &market = static_cast<const Sku *>(owner)->marketValue)
                curve(f, *market, path);
            break;
        case F::SkuUsefulLifeChange:
            if (const auto &change = static_cast<const Sku *>(owner)->usefulLifeChange) {
                const SchemaField *outer = within;
                within = &f;
                fields(schemaChildren(f.path), &*change, path + '.');
                within = outer;
            }
            break;
        default: // the header (format, version) and provenance are not values
            break;
        }
        section = outerSection;
    }
};

} // namespace

std::vector<ScenarioValue> scenarioValues(const Scenario &scenario)
{
    Walk walk{scenario, {}};
    walk.fields(schemaChildren(""), &scenario, "");
    return std::move(walk.out);
}

const char *fieldUnitText(FieldUnit unit)
{
    switch (unit) {
    case FieldUnit::None:
    case FieldUnit::Ratio:
        return "";
    case FieldUnit::Money:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%1");
    case FieldUnit::MoneyPerGpuHour:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%1/GPU-h");
    case FieldUnit::MoneyPerKwh:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%1/kWh");
    case FieldUnit::MoneyPerKwMonth:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%1/kW/month");
    case FieldUnit::MoneyPerMonth:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%1/month");
    case FieldUnit::Fraction:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%");
    case FieldUnit::FractionPerYear:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "%/year");
    case FieldUnit::Kilowatt:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "kW");
    case FieldUnit::Months:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "months");
    case FieldUnit::Gpus:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "GPUs");
    case FieldUnit::ComputeHours:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "h/month");
    case FieldUnit::Factor:
        return QT_TRANSLATE_NOOP("fleetroi::ScenarioSchema", "× H100");
    }
    return "";
}

bool isMoneyUnit(FieldUnit unit)
{
    return unit == FieldUnit::Money || unit == FieldUnit::MoneyPerGpuHour ||
           unit == FieldUnit::MoneyPerKwh || unit == FieldUnit::MoneyPerKwMonth ||
           unit == FieldUnit::MoneyPerMonth;
}

} // namespace fleetroi
