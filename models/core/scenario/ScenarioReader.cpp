// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioReader.h"
#include "scenario/JsonParser.h"
#include "scenario/ScenarioChecks.h"
#include "scenario/ScenarioSchema.h"

#include <array>
#include <limits>
#include <span>
#include <system_error>
#include <type_traits>

namespace fleetroi {

using scenario_detail::ErrorSink;
using scenario_detail::NumberRule;
namespace rules = scenario_detail::rules;

namespace {

// Format version 1 gains optional keys in place (model 1.1 added market_value and others
// without a version change, SCENARIO_FORMAT.md), so a key this FleetROI does not know is
// either misspelt or comes from a newer FleetROI; the message says both, and only a file
// that has such a key meets it (issue #17 point 5).
constexpr const char *kUnknownKeyMessage =
    "unknown key (misspelt, or written by a newer FleetROI than this one)";

} // namespace

namespace {

// Reading happens in two passes. This first pass checks presence, types, whole numbers
// and unknown keys and fills a Scenario; checkScenario() then checks ranges and
// consistency on that Scenario, skipping values that already failed here. So per field a
// type problem comes first and is the only one reported.
class Reader
{
public:
    ErrorSink sink;

    // One problem per place: a path (or an ancestor) the parser already refused, e.g. an
    // array cut at its limit, gets no second message that would describe the cut copy.
    void error(const std::string &path, std::string message)
    {
        if (!sink.isBad(path))
            sink.add(path, std::move(message));
    }

    void typeError(const std::string &path, const char *expected, const JsonValue &v)
    {
        error(path, std::string("must be ") + expected + ", got " + v.typeName());
    }

    // One JSON object being read: hands out members by key and reports the keys nobody
    // asked for as unknown when done.
    class Object
    {
    public:
        Object(Reader &reader, const JsonValue &value, std::string path)
            : m_reader(reader)
            , m_value(value)
            , m_path(std::move(path))
            , m_used(value.members().size(), false)
        {}
        Object(const Object &) = delete;
        ~Object()
        {
            for (std::size_t i = 0; i < m_used.size(); ++i)
                if (!m_used[i])
                    m_reader.error(jsonPathKey(m_path, m_value.members()[i].first),
                                   kUnknownKeyMessage);
        }

        const std::string &path() const { return m_path; }
        std::string pathOf(std::string_view key) const { return jsonPathKey(m_path, key); }
        bool has(std::string_view key) const { return m_value.find(key) != nullptr; }

        const JsonValue *take(std::string_view key)
        {
            for (std::size_t i = 0; i < m_value.members().size(); ++i) {
                if (m_value.members()[i].first == key) {
                    m_used[i] = true;
                    return &m_value.members()[i].second;
                }
            }
            return nullptr;
        }

        const JsonValue *require(std::string_view key)
        {
            const JsonValue *v = take(key);
            if (!v)
                m_reader.error(pathOf(key), "required key is missing");
            return v;
        }

        // Optional members: `out` keeps its default when the key is absent.
        void number(std::string_view key, double &out, bool required = false)
        {
            if (const JsonValue *v = required ? require(key) : take(key))
                m_reader.readNumber(*v, pathOf(key), out);
        }
        template <typename T>
        void whole(std::string_view key, T &out, const NumberRule &rule, bool required = false)
        {
            if (const JsonValue *v = required ? require(key) : take(key))
                m_reader.readWhole(*v, pathOf(key), rule, out);
        }
        void text(std::string_view key, std::string &out, bool required = false)
        {
            if (const JsonValue *v = required ? require(key) : take(key))
                m_reader.readText(*v, pathOf(key), out);
        }
        void boolean(std::string_view key, bool &out)
        {
            if (const JsonValue *v = take(key)) {
                if (v->isBool())
                    out = v->boolean;
                else
                    m_reader.typeError(pathOf(key), "true or false", *v);
            }
        }
        // A choice field: one of the schema's spellings.
        void choice(const SchemaField &f, void *owner)
        {
            const JsonValue *v = take(f.key);
            if (!v)
                return;
            std::string list;
            for (const FieldChoice &c : f.choices) {
                if (v->isString() && v->text() == c.value) {
                    f.setChoice(owner, c.enumValue);
                    return;
                }
                list += (list.empty() ? "\"" : ", \"") + std::string(c.value) + "\"";
            }
            m_reader.error(pathOf(f.key),
                           "must be one of " + list + ", got " +
                               (v->isString() ? scenario_detail::quoteForMessage(v->text())
                                              : std::string(v->typeName())));
        }

    private:
        Reader &m_reader;
        const JsonValue &m_value;
        std::string m_path;
        std::vector<bool> m_used;
    };

    bool readNumber(const JsonValue &v, const std::string &path, double &out)
    {
        if (!v.isNumber()) {
            typeError(path, "a number", v);
            return false;
        }
        out = v.number();
        // Messages quote the number as written ("got 1e3"); kept only where that differs
        // from the value's own spelling, which is rare, so big files stay fast.
        if (v.text() != scenario_detail::formatNumber(out))
            sink.lexemes.emplace(path, v.text());
        return true;
    }

    // A whole number into an integer field. Values beyond the field's type are out of the
    // rule's range too, so they are reported here with the rule's wording.
    template <typename T>
    bool readWhole(const JsonValue &v, const std::string &path, const NumberRule &rule, T &out)
    {
        if (!v.isNumber()) {
            typeError(path, "a whole number", v);
            return false;
        }
        std::int64_t value = 0;
        const JsonValue::Whole w = v.wholeValue(value);
        bool fits = w == JsonValue::Whole::Yes;
        if constexpr (std::is_unsigned_v<T>)
            fits = fits && value >= 0;
        else if constexpr (sizeof(T) < sizeof(std::int64_t))
            fits = fits && value >= std::numeric_limits<T>::min() &&
                   value <= std::numeric_limits<T>::max();
        if (!fits) {
            error(path, "must be " + scenario_detail::describeRule(rule) + ", got " +
                            std::string(v.text()));
            return false;
        }
        out = static_cast<T>(value);
        if (v.text() != std::to_string(value))
            sink.lexemes.emplace(path, v.text());
        return true;
    }

    bool readText(const JsonValue &v, const std::string &path, std::string &out)
    {
        if (!v.isString()) {
            typeError(path, "a string", v);
            return false;
        }
        out = v.text();
        return true;
    }

    const JsonValue *asObject(const JsonValue *v, const std::string &path)
    {
        if (v && !v->isObject()) {
            typeError(path, "an object", *v);
            return nullptr;
        }
        return v;
    }

    const JsonValue *asArray(const JsonValue *v, const std::string &path)
    {
        if (v && !v->isArray()) {
            typeError(path, "an array", *v);
            return nullptr;
        }
        return v;
    }

    void readScenario(const JsonValue &root, Scenario &s);

private:
    using Fields = std::span<const SchemaField>;
    void readFields(Object &o, Fields fields, void *owner);
    void readPlain(Object &o, const SchemaField &f, void *owner);
    void readShaped(Object &o, const SchemaField &f, void *owner);
    template <typename Item>
    void readList(Object &o, const SchemaField &f, std::vector<Item> &items);
    void readStart(Object &o, const SchemaField &f, Scenario &s);
    void readCurve(Object &parent, const SchemaField &f, PriceCurve &c);
    void readInternalDemand(Object &root, const SchemaField &f, InternalDemand &d);
    void readDrivers(Object &o, const SchemaField &f, Uncertainty &u);
    bool readParams(const JsonValue &v, const std::string &path, std::size_t n, const char *shape,
                    double *out);
};

void Reader::readScenario(const JsonValue &root, Scenario &s)
{
    Object o(*this, root, std::string());
    readFields(o, schemaChildren(""), &s);
}

// The fields of one object, in the schema's (the format's) order.
void Reader::readFields(Object &o, Fields fields, void *owner)
{
    for (const SchemaField &f : fields) {
        if (f.member)
            readPlain(o, f, owner);
        else
            readShaped(o, f, owner);
    }
}

void Reader::readPlain(Object &o, const SchemaField &f, void *owner)
{
    if (f.defaultFrom != FieldId::Count) {
        // A default that follows another field (operating life = book life, resale =
        // salvage): copied, then overwritten when the key is there. An omitted key is
        // "derived": its source is checked, and its range lies inside this one's.
        const SchemaField &source = schemaField(f.defaultFrom);
        if (f.type == FieldType::Int)
            f.ref<int>(owner) = source.ref<int>(owner);
        else
            f.ref<double>(owner) = source.ref<double>(owner);
        if (f.id == FieldId::SkuResaleFraction) {
            const std::string_view market = schemaField(FieldId::SkuMarketValue).key;
            if (o.has(f.key) && o.has(market)) {
                // Model 1.1: a SKU with a market value sells at market value; a resale
                // fraction beside it would be silently ignored, so the file is refused,
                // naming both keys.
                error(o.pathOf(f.key), "must not be given together with " + o.pathOf(market) +
                                           ": a SKU with a market value sells its GPUs at market "
                                           "value; remove one of the two");
                o.take(f.key);
                return;
            }
        }
        if (!o.has(f.key)) {
            sink.derived.insert(o.pathOf(f.key));
            return;
        }
    }
    switch (f.type) {
    case FieldType::Text:
        o.text(f.key, f.ref<std::string>(owner), f.required);
        break;
    case FieldType::Number:
        o.number(f.key, f.ref<double>(owner), f.required);
        break;
    case FieldType::OptionalNumber:
        if (const JsonValue *v = o.take(f.key)) {
            double value = 0.0;
            if (readNumber(*v, o.pathOf(f.key), value))
                f.ref<std::optional<double>>(owner) = value;
        }
        break;
    case FieldType::Int:
        o.whole(f.key, f.ref<int>(owner), f.rule, f.required);
        break;
    case FieldType::Int64:
        o.whole(f.key, f.ref<std::int64_t>(owner), f.rule, f.required);
        break;
    case FieldType::UInt64:
        o.whole(f.key, f.ref<std::uint64_t>(owner), f.rule, f.required);
        break;
    case FieldType::Bool:
        o.boolean(f.key, f.ref<bool>(owner));
        break;
    case FieldType::Choice:
        o.choice(f, owner);
        break;
    default:
        break;
    }
}

void Reader::readShaped(Object &o, const SchemaField &f, void *owner)
{
    auto &s = *static_cast<Scenario *>(owner); // the owner of every shaped root field
    switch (f.id) {
    case FieldId::Format:
    case FieldId::Version:
        o.take(f.key); // checked before, by readValidated()
        return;
    case FieldId::Start:
        readStart(o, f, s);
        return;
    case FieldId::Finance:
    case FieldId::Operations:
    case FieldId::Leasing:
        if (const JsonValue *v = asObject(o.take(f.key), o.pathOf(f.key))) {
            Object section(*this, *v, o.pathOf(f.key));
            readFields(section, schemaChildren(f.path), owner);
        }
        return;
    case FieldId::Skus:
        readList(o, f, s.skus);
        return;
    case FieldId::Purchases:
        readList(o, f, s.purchases);
        return;
    case FieldId::Provenance:
        readList(o, f, s.provenance);
        return;
    case FieldId::InternalDemand:
        readInternalDemand(o, f, s.internalDemand);
        return;
    case FieldId::Uncertainty:
        if (const JsonValue *v = asObject(o.take(f.key), o.pathOf(f.key))) {
            s.uncertainty.emplace();
            Object u(*this, *v, o.pathOf(f.key));
            readFields(u, schemaChildren(f.path), &*s.uncertainty);
        }
        return;
    case FieldId::UncertaintyDrivers:
        readDrivers(o, f, *static_cast<Uncertainty *>(owner));
        return;
    case FieldId::UncertaintyCorrelations:
        readList(o, f, static_cast<Uncertainty *>(owner)->correlations);
        return;
    case FieldId::SkuLeasePrice:
    case FieldId::SkuCloudPrice:
        readCurve(o, f,
                  f.id == FieldId::SkuLeasePrice ? static_cast<Sku *>(owner)->leasePrice
                                                 : static_cast<Sku *>(owner)->cloudPrice);
        return;
    case FieldId::SkuMarketValue:
        if (o.has(f.key)) { // model 1.1, optional
            Sku &k = *static_cast<Sku *>(owner);
            k.marketValue.emplace();
            readCurve(o, f, *k.marketValue);
        }
        return;
    case FieldId::SkuUsefulLifeChange: {
        const std::string path = o.pathOf(f.key);
        if (const JsonValue *c = asObject(o.take(f.key), path)) {
            Object ch(*this, *c, path);
            UsefulLifeChange change;
            readFields(ch, schemaChildren(f.path), &change);
            static_cast<Sku *>(owner)->usefulLifeChange = change;
        }
        return;
    }
    default:
        return;
    }
}

template <typename Item>
void Reader::readList(Object &o, const SchemaField &f, std::vector<Item> &items)
{
    const std::string path = o.pathOf(f.key);
    const JsonValue *v = asArray(f.required ? o.require(f.key) : o.take(f.key), path);
    if (!v)
        return;
    const std::string itemPattern = std::string(f.path) + "[]";
    const Fields fields = schemaChildren(itemPattern);
    items.resize(v->items().size());
    for (std::size_t i = 0; i < v->items().size(); ++i) {
        const std::string itemPath = jsonPathIndex(path, i);
        if (!asObject(&v->items()[i], itemPath))
            continue;
        Object item(*this, v->items()[i], itemPath);
        readFields(item, fields, &items[i]);
    }
}

void Reader::readStart(Object &o, const SchemaField &f, Scenario &s)
{
    const JsonValue *v = o.require(f.key);
    if (!v)
        return;
    const std::string path(f.key);
    if (!v->isString()) {
        typeError(path, "a string \"YYYY-MM\"", *v);
        return;
    }
    const std::string t(v->text());
    auto digit = [&](std::size_t i) {
        return t[i] >= '0' && t[i] <= '9';
    };
    if (t.size() != 7 || t[4] != '-' || !digit(0) || !digit(1) || !digit(2) || !digit(3) ||
        !digit(5) || !digit(6)) {
        error(path,
              "must be a month written \"YYYY-MM\", got " + scenario_detail::quoteForMessage(t));
        return;
    }
    s.startYear = std::stoi(t.substr(0, 4));
    s.startMonth = std::stoi(t.substr(5, 2));
}

void Reader::readCurve(Object &parent, const SchemaField &f, PriceCurve &c)
{
    const std::string path = parent.pathOf(f.key);
    const JsonValue *v = asObject(parent.require(f.key), path);
    if (!v)
        return;
    const std::string_view kStart = schemaField(FieldId::CurveStart).key;
    const std::string_view kChange = schemaField(FieldId::CurveAnnualChange).key;
    const std::string_view kPoints = schemaField(FieldId::CurvePoints).key;
    Object o(*this, *v, path);
    const bool hasPoints = o.has(kPoints);
    const bool hasGrowth = o.has(kStart) || o.has(kChange);
    if (hasPoints && hasGrowth) {
        error(path, "must be either {\"start\", \"annual_change\"} or {\"points\"}, not both");
        o.take(kPoints), o.take(kStart), o.take(kChange);
        return;
    }
    if (!hasPoints) {
        c.kind = PriceCurve::Kind::Growth;
        if (!hasGrowth && v->members().empty()) {
            error(path, "must be {\"start\": price, \"annual_change\": c} or "
                        "{\"points\": [[month, price], ...]}");
            return;
        }
        o.number(kStart, c.start, true);
        o.number(kChange, c.annualChange);
        return;
    }
    c.kind = PriceCurve::Kind::Points;
    const std::string pointsPath = o.pathOf(kPoints);
    const JsonValue *points = asArray(o.take(kPoints), pointsPath);
    if (!points)
        return;
    c.points.resize(points->items().size());
    for (std::size_t i = 0; i < points->items().size(); ++i) {
        const JsonValue &p = points->items()[i];
        const std::string pointPath = jsonPathIndex(pointsPath, i);
        if (!p.isArray() || p.items().size() != 2) {
            error(pointPath, std::string("must be a pair [month, price], got ") +
                                 (p.isArray() ? "an array of " + std::to_string(p.items().size())
                                              : std::string(p.typeName())));
            continue;
        }
        readWhole(p.items()[0], pointPath + "[0]", rules::pointMonth, c.points[i].first);
        readNumber(p.items()[1], pointPath + "[1]", c.points[i].second);
    }
}

void Reader::readInternalDemand(Object &root, const SchemaField &f, InternalDemand &d)
{
    const std::string path(f.key);
    const JsonValue *v = asObject(root.take(f.key), path);
    if (!v)
        return;
    const SchemaField &series = schemaField(FieldId::DemandSeries);
    const SchemaField &hours = schemaField(FieldId::DemandComputeHours);
    const SchemaField &growth = schemaField(FieldId::DemandAnnualGrowth);
    Object o(*this, *v, path);
    const bool hasSeries = o.has(series.key);
    const bool hasHours = o.has(hours.key);
    if (hasSeries && (hasHours || o.has(growth.key))) {
        error(path, "must give either \"compute_hours\" (with \"annual_growth\") or "
                    "\"series\", not both");
        o.take(series.key), o.take(hours.key), o.take(growth.key);
        return;
    }
    if (!hasSeries) {
        d.isSeries = false;
        o.number(hours.key, d.computeHours, hours.required);
        o.number(growth.key, d.annualGrowth, growth.required);
        return;
    }
    d.isSeries = true;
    const std::string seriesPath = o.pathOf(series.key);
    const JsonValue *list = asArray(o.take(series.key), seriesPath);
    if (!list)
        return;
    d.series.assign(list->items().size(), 0.0);
    for (std::size_t i = 0; i < list->items().size(); ++i)
        readNumber(list->items()[i], jsonPathIndex(seriesPath, i), d.series[i]);
}

bool Reader::readParams(const JsonValue &v, const std::string &path, std::size_t n,
                        const char *shape, double *out)
{
    if (!v.isArray() || v.items().size() != n) {
        error(path, std::string("must be ") + shape + ", got " +
                        (v.isArray() ? "an array of " + std::to_string(v.items().size())
                                     : std::string(v.typeName())));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < n; ++i)
        ok = readNumber(v.items()[i], jsonPathIndex(path, i), out[i]) && ok;
    return ok;
}

void Reader::readDrivers(Object &o, const SchemaField &f, Uncertainty &u)
{
    const std::string driversPath = o.pathOf(f.key);
    const JsonValue *drivers = asObject(o.take(f.key), driversPath);
    if (!drivers)
        return;
    for (const auto &[name, spec] : drivers->members()) {
        const std::string path = jsonPathKey(driversPath, name);
        DriverDistribution d;
        d.driver = name;
        if (!asObject(&spec, path)) {
            u.drivers.push_back(d); // keeps correlations naming it from failing as well
            continue;
        }
        Object dist(*this, spec, path);
        static const std::array<std::pair<const char *, DriverDistribution::Kind>, 3> kinds{
            {{"triangular", DriverDistribution::Kind::Triangular},
             {"uniform", DriverDistribution::Kind::Uniform},
             {"normal", DriverDistribution::Kind::Normal}}};
        int found = 0;
        for (const auto &[kindName, kind] : kinds)
            found += dist.has(kindName) ? 1 : 0;
        if (found != 1) {
            error(path, found == 0 ? "must give a distribution: {\"triangular\": [min, mode, "
                                     "max]}, {\"uniform\": [min, max]} or {\"normal\": "
                                     "[mean, sd]}"
                                   : "must give only one distribution");
            for (const auto &[kindName, kind] : kinds)
                dist.take(kindName);
            u.drivers.push_back(d);
            continue;
        }
        for (const auto &[kindName, kind] : kinds) {
            const JsonValue *params = dist.take(kindName);
            if (!params)
                continue;
            d.kind = kind;
            double values[3] = {d.a, d.b, d.c};
            const std::string paramsPath = jsonPathKey(path, kindName);
            const bool ok = kind == DriverDistribution::Kind::Triangular
                                ? readParams(*params, paramsPath, 3, "[min, mode, max]", values)
                            : kind == DriverDistribution::Kind::Uniform
                                ? readParams(*params, paramsPath, 2, "[min, max]", values)
                                : readParams(*params, paramsPath, 2, "[mean, sd]", values);
            if (ok) {
                d.a = values[0];
                d.b = values[1];
                if (kind == DriverDistribution::Kind::Triangular)
                    d.c = values[2];
            }
        }
        u.drivers.push_back(d);
    }
}

ScenarioReadResult readValidated(std::string_view bytes)
{
    ScenarioReadResult result;
    JsonParseOptions options;
    options.arrayLimit = [](std::string_view pattern) {
        const scenario_detail::ArrayLimitRule r = scenario_detail::arrayLimitOf(pattern);
        return JsonParseOptions::ArrayLimit{r.min, r.max, r.what};
    };
    options.maxObjectMembers = scenario_detail::kMaxObjectMembers;
    options.knownPattern = scenario_detail::knownValuePattern;
    options.maxUnknownValues = scenario_detail::kMaxUnknownValues;
    options.maxValues = scenario_detail::kMaxScenarioValues;
    const JsonParseResult parsed = parseJson(bytes, options);
    for (const JsonParseError &e : parsed.errors)
        result.errors.push_back({e.path, e.message});
    if (!parsed.value)
        return result;
    const JsonValue &root = *parsed.value;
    if (!root.isObject()) {
        result.errors.push_back(
            {std::string(),
             std::string("a scenario file must hold a JSON object, got ") + root.typeName()});
        return result;
    }

    Reader reader;
    for (const ValidationError &e : result.errors)
        reader.sink.add(e.path, e.message);
    result.errors.clear();

    // format and version first: a file of another kind or a newer FleetROI is refused with
    // that one reason rather than a list of "unknown key" errors.
    const std::string formatKey(schemaField(FieldId::Format).key);
    const std::string versionKey(schemaField(FieldId::Version).key);
    const JsonValue *format = root.find(formatKey);
    const JsonValue *version = root.find(versionKey);
    bool stop = false;
    if (!format) {
        reader.error(formatKey, "required key is missing (\"format\": \"fleetroi-scenario\")");
    } else if (!format->isString() || format->text() != "fleetroi-scenario") {
        reader.error(formatKey,
                     "must be \"fleetroi-scenario\": this is not a FleetROI scenario "
                     "file, got " +
                         (format->isString() ? scenario_detail::quoteForMessage(format->text())
                                             : std::string(format->typeName())));
        stop = true;
    }
    std::int64_t versionNumber = 0;
    if (!version) {
        reader.error(versionKey, "required key is missing (\"version\": 1)");
    } else if (!version->isNumber()) {
        reader.typeError(versionKey, "a whole number", *version);
    } else {
        const JsonValue::Whole w = version->wholeValue(versionNumber);
        if ((w == JsonValue::Whole::Yes && versionNumber > 1) ||
            (w == JsonValue::Whole::TooLarge && version->number() > 0)) {
            reader.error(versionKey, "the file was made by a newer FleetROI (scenario format "
                                     "version " +
                                         std::string(version->text()) +
                                         "); this FleetROI reads version 1. Update FleetROI to "
                                         "open it.");
            stop = true;
        } else if (w != JsonValue::Whole::Yes || versionNumber != 1) {
            reader.error(versionKey, "must be 1, got " + std::string(version->text()));
        }
    }
    if (!stop) {
        Scenario s;
        reader.readScenario(root, s);
        scenario_detail::checkScenario(s, reader.sink);
        if (reader.sink.errors.empty())
            result.scenario = std::move(s);
    }
    result.errors = std::move(reader.sink.errors);
    return result;
}

} // namespace

ScenarioReadResult readScenario(std::string_view bytes)
{
    try {
        if (bytes.size() > kMaxScenarioFileBytes) {
            ScenarioReadResult r;
            r.errors.push_back({std::string(), "the scenario is " + std::to_string(bytes.size()) +
                                                   " bytes; at most 16 MiB (" +
                                                   std::to_string(kMaxScenarioFileBytes) +
                                                   " bytes) are read"});
            return r;
        }
        return readValidated(bytes);
    } catch (const std::exception &e) {
        ScenarioReadResult r;
        r.errors.push_back(
            {std::string(), std::string("the scenario could not be read: ") + e.what()});
        return r;
    }
}

} // namespace fleetroi
