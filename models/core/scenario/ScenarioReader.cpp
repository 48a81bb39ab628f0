// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioReader.h"
#include "scenario/JsonParser.h"
#include "scenario/ScenarioChecks.h"

#include <array>
#include <filesystem>
#include <fstream>
#include <limits>
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
            , m_used(value.members.size(), false)
        {}
        Object(const Object &) = delete;
        ~Object()
        {
            for (std::size_t i = 0; i < m_used.size(); ++i)
                if (!m_used[i])
                    m_reader.error(jsonPathKey(m_path, m_value.members[i].first),
                                   kUnknownKeyMessage);
        }

        const std::string &path() const { return m_path; }
        std::string pathOf(std::string_view key) const { return jsonPathKey(m_path, key); }
        bool has(std::string_view key) const { return m_value.find(key) != nullptr; }

        const JsonValue *take(std::string_view key)
        {
            for (std::size_t i = 0; i < m_value.members.size(); ++i) {
                if (m_value.members[i].first == key) {
                    m_used[i] = true;
                    return &m_value.members[i].second;
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
        template <typename E, std::size_t N>
        void choice(std::string_view key, E &out,
                    const std::array<std::pair<std::string_view, E>, N> &choices)
        {
            const JsonValue *v = take(key);
            if (!v)
                return;
            std::string list;
            for (const auto &[name, value] : choices) {
                if (v->isString() && v->text == name) {
                    out = value;
                    return;
                }
                list += (list.empty() ? "\"" : ", \"") + std::string(name) + "\"";
            }
            m_reader.error(pathOf(key),
                           "must be one of " + list + ", got " +
                               (v->isString() ? scenario_detail::quoteForMessage(v->text)
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
        out = v.number;
        // Messages quote the number as written ("got 1e3"); kept only where that differs
        // from the value's own spelling, which is rare, so big files stay fast.
        if (v.text != scenario_detail::formatNumber(v.number))
            sink.lexemes.emplace(path, v.text);
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
            error(path, "must be " + scenario_detail::describeRule(rule) + ", got " + v.text);
            return false;
        }
        out = static_cast<T>(value);
        if (v.text != std::to_string(value))
            sink.lexemes.emplace(path, v.text);
        return true;
    }

    bool readText(const JsonValue &v, const std::string &path, std::string &out)
    {
        if (!v.isString()) {
            typeError(path, "a string", v);
            return false;
        }
        out = v.text;
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
    void readStart(Object &o, Scenario &s);
    void readSku(const JsonValue &v, const std::string &path, Sku &k);
    void readCurve(Object &parent, std::string_view key, PriceCurve &c);
    void readPurchase(const JsonValue &v, const std::string &path, PurchaseTranche &p);
    void readInternalDemand(Object &root, InternalDemand &d);
    void readProvenance(const JsonValue &v, const std::string &path, Provenance &p);
    void readUncertainty(const JsonValue &v, Uncertainty &u);
    bool readParams(const JsonValue &v, const std::string &path, std::size_t n, const char *shape,
                    double *out);
};

void Reader::readScenario(const JsonValue &root, Scenario &s)
{
    Object o(*this, root, std::string());
    o.take("format"); // checked before, by readValidated()
    o.take("version");
    o.text("name", s.name, true);
    o.text("description", s.description);
    o.text("currency", s.currency);
    readStart(o, s);
    o.whole("horizon_months", s.horizonMonths, rules::horizonMonths, true);

    if (const JsonValue *v = asObject(o.take("finance"), "finance")) {
        Object f(*this, *v, "finance");
        f.number("discount_rate", s.finance.discountRate);
        f.number("tax_rate", s.finance.taxRate);
        f.choice("tax_depreciation", s.finance.taxDepreciation,
                 std::array<std::pair<std::string_view, TaxDepreciation>, 2>{
                     {{"book", TaxDepreciation::Book},
                      {"macrs_5_half_year", TaxDepreciation::Macrs5HalfYear}}});
        f.number("bonus_depreciation", s.finance.bonusDepreciation);
        f.whole("fiscal_year_end_month", s.finance.fiscalYearEndMonth, rules::fiscalYearEndMonth);
        f.choice("terminal_value", s.finance.terminalValue,
                 std::array<std::pair<std::string_view, TerminalValueMethod>, 3>{
                     {{"none", TerminalValueMethod::None},
                      {"book_value", TerminalValueMethod::BookValue},
                      {"market_value", TerminalValueMethod::MarketValue}}});
        f.boolean("impairment_test", s.finance.impairmentTest); // model 1.1
    }

    if (const JsonValue *v = asObject(o.take("operations"), "operations")) {
        Object p(*this, *v, "operations");
        Operations &ops = s.operations;
        p.number("availability", ops.availability);
        p.number("pue", ops.pue);
        p.number("electricity_price_per_kwh", ops.electricityPricePerKwh);
        p.number("electricity_annual_escalation", ops.electricityAnnualEscalation);
        p.number("colocation_per_kw_month", ops.colocationPerKwMonth);
        p.number("maintenance_fraction_per_year", ops.maintenanceFractionPerYear);
        p.number("staff_cost_per_month", ops.staffCostPerMonth);
    }

    if (const JsonValue *v = asArray(o.require("skus"), "skus")) {
        s.skus.resize(v->items.size());
        for (std::size_t i = 0; i < v->items.size(); ++i)
            readSku(v->items[i], jsonPathIndex("skus", i), s.skus[i]);
    }

    if (const JsonValue *v = asArray(o.take("purchases"), "purchases")) {
        s.purchases.resize(v->items.size());
        for (std::size_t i = 0; i < v->items.size(); ++i)
            readPurchase(v->items[i], jsonPathIndex("purchases", i), s.purchases[i]);
    }

    readInternalDemand(o, s.internalDemand);

    if (const JsonValue *v = asObject(o.take("leasing"), "leasing")) {
        Object l(*this, *v, "leasing");
        l.boolean("enabled", s.leasing.enabled);
        l.number("sellable_fraction", s.leasing.sellableFraction);
        l.number("sales_cost_fraction", s.leasing.salesCostFraction);
        l.whole("contract_months", s.leasing.contractMonths, rules::contractMonths);
    }

    if (const JsonValue *v = asArray(o.take("provenance"), "provenance")) {
        s.provenance.resize(v->items.size());
        for (std::size_t i = 0; i < v->items.size(); ++i)
            readProvenance(v->items[i], jsonPathIndex("provenance", i), s.provenance[i]);
    }

    if (const JsonValue *v = asObject(o.take("uncertainty"), "uncertainty")) {
        s.uncertainty.emplace();
        readUncertainty(*v, *s.uncertainty);
    }
}

void Reader::readStart(Object &o, Scenario &s)
{
    const JsonValue *v = o.require("start");
    if (!v)
        return;
    if (!v->isString()) {
        typeError("start", "a string \"YYYY-MM\"", *v);
        return;
    }
    const std::string &t = v->text;
    auto digit = [&](std::size_t i) {
        return t[i] >= '0' && t[i] <= '9';
    };
    if (t.size() != 7 || t[4] != '-' || !digit(0) || !digit(1) || !digit(2) || !digit(3) ||
        !digit(5) || !digit(6)) {
        error("start",
              "must be a month written \"YYYY-MM\", got " + scenario_detail::quoteForMessage(t));
        return;
    }
    s.startYear = std::stoi(t.substr(0, 4));
    s.startMonth = std::stoi(t.substr(5, 2));
}

void Reader::readSku(const JsonValue &v, const std::string &path, Sku &k)
{
    if (!asObject(&v, path))
        return;
    Object o(*this, v, path);
    o.text("id", k.id, true);
    o.text("name", k.name, true);
    o.number("gpu_price", k.gpuPrice, true);
    o.whole("gpus_per_server", k.gpusPerServer, rules::gpusPerServer);
    o.number("server_cost", k.serverCost);
    o.number("network_cost_per_gpu", k.networkCostPerGpu);
    o.number("power_kw_per_gpu", k.powerKwPerGpu, true);
    o.number("idle_power_fraction", k.idlePowerFraction);
    o.number("throughput", k.throughput);
    o.whole("useful_life_months", k.usefulLifeMonths, rules::lifeMonths, true);
    // Defaults that follow other fields: operating life = useful life, resale = salvage.
    k.operatingLifeMonths = k.usefulLifeMonths;
    if (o.has("operating_life_months"))
        o.whole("operating_life_months", k.operatingLifeMonths, rules::lifeMonths);
    else
        sink.derived.insert(o.pathOf("operating_life_months"));
    o.number("salvage_fraction", k.salvageFraction);
    k.resaleFraction = k.salvageFraction;
    if (o.has("resale_fraction") && o.has("market_value")) {
        // Model 1.1: a SKU with a market value sells at market value; a resale fraction
        // beside it would be silently ignored, so the file is refused, naming both keys.
        error(o.pathOf("resale_fraction"),
              "must not be given together with " + o.pathOf("market_value") +
                  ": a SKU with a market value sells its GPUs at market value; remove one of "
                  "the two");
        o.take("resale_fraction");
    } else if (o.has("resale_fraction")) {
        o.number("resale_fraction", k.resaleFraction);
    } else {
        sink.derived.insert(o.pathOf("resale_fraction"));
    }
    o.choice("depreciation", k.depreciation,
             std::array<std::pair<std::string_view, DepreciationMethod>, 3>{
                 {{"straight_line", DepreciationMethod::StraightLine},
                  {"double_declining", DepreciationMethod::DoubleDeclining},
                  {"sum_of_years", DepreciationMethod::SumOfYears}}});
    o.number("annual_failure_rate", k.annualFailureRate);
    readCurve(o, "lease_price", k.leasePrice);
    readCurve(o, "cloud_price", k.cloudPrice);

    // Model 1.1 additions, all optional.
    if (o.has("market_value")) {
        k.marketValue.emplace();
        readCurve(o, "market_value", *k.marketValue);
    }
    o.number("market_age_discount_per_year", k.marketAgeDiscountPerYear);
    const std::string changePath = o.pathOf("useful_life_change");
    if (const JsonValue *c = asObject(o.take("useful_life_change"), changePath)) {
        Object ch(*this, *c, changePath);
        UsefulLifeChange change;
        ch.whole("month", change.month, rules::purchaseMonthAnyHorizon, true);
        ch.whole("useful_life_months", change.usefulLifeMonths, rules::lifeMonths, true);
        k.usefulLifeChange = change;
    }
}

void Reader::readCurve(Object &parent, std::string_view key, PriceCurve &c)
{
    const std::string path = parent.pathOf(key);
    const JsonValue *v = asObject(parent.require(key), path);
    if (!v)
        return;
    Object o(*this, *v, path);
    const bool hasPoints = o.has("points");
    const bool hasGrowth = o.has("start") || o.has("annual_change");
    if (hasPoints && hasGrowth) {
        error(path, "must be either {\"start\", \"annual_change\"} or {\"points\"}, not both");
        o.take("points"), o.take("start"), o.take("annual_change");
        return;
    }
    if (!hasPoints) {
        c.kind = PriceCurve::Kind::Growth;
        if (!hasGrowth && v->members.empty()) {
            error(path, "must be {\"start\": price, \"annual_change\": c} or "
                        "{\"points\": [[month, price], ...]}");
            return;
        }
        o.number("start", c.start, true);
        o.number("annual_change", c.annualChange);
        return;
    }
    c.kind = PriceCurve::Kind::Points;
    const std::string pointsPath = o.pathOf("points");
    const JsonValue *points = asArray(o.take("points"), pointsPath);
    if (!points)
        return;
    c.points.resize(points->items.size());
    for (std::size_t i = 0; i < points->items.size(); ++i) {
        const JsonValue &p = points->items[i];
        const std::string pointPath = jsonPathIndex(pointsPath, i);
        if (!p.isArray() || p.items.size() != 2) {
            error(pointPath, std::string("must be a pair [month, price], got ") +
                                 (p.isArray() ? "an array of " + std::to_string(p.items.size())
                                              : std::string(p.typeName())));
            continue;
        }
        readWhole(p.items[0], pointPath + "[0]", rules::pointMonth, c.points[i].first);
        readNumber(p.items[1], pointPath + "[1]", c.points[i].second);
    }
}

void Reader::readPurchase(const JsonValue &v, const std::string &path, PurchaseTranche &p)
{
    if (!asObject(&v, path))
        return;
    Object o(*this, v, path);
    o.whole("month", p.month, rules::purchaseMonthAnyHorizon, true);
    o.text("sku", p.sku, true);
    o.whole("gpus", p.gpus, rules::purchaseGpus, true);
    o.whole("install_lag_months", p.installLagMonths, rules::installLagMonths);
    if (const JsonValue *price = o.take("gpu_price")) {
        double value = 0.0;
        if (readNumber(*price, o.pathOf("gpu_price"), value))
            p.gpuPrice = value;
    }
    o.text("label", p.label);
}

void Reader::readInternalDemand(Object &root, InternalDemand &d)
{
    const JsonValue *v = asObject(root.take("internal_demand"), "internal_demand");
    if (!v)
        return;
    Object o(*this, *v, "internal_demand");
    const bool hasSeries = o.has("series");
    const bool hasHours = o.has("compute_hours");
    if (hasSeries && (hasHours || o.has("annual_growth"))) {
        error("internal_demand", "must give either \"compute_hours\" (with \"annual_growth\") or "
                                 "\"series\", not both");
        o.take("series"), o.take("compute_hours"), o.take("annual_growth");
        return;
    }
    if (!hasSeries) {
        d.isSeries = false;
        o.number("compute_hours", d.computeHours, true);
        o.number("annual_growth", d.annualGrowth);
        return;
    }
    d.isSeries = true;
    const JsonValue *series = asArray(o.take("series"), "internal_demand.series");
    if (!series)
        return;
    d.series.assign(series->items.size(), 0.0);
    for (std::size_t i = 0; i < series->items.size(); ++i)
        readNumber(series->items[i], jsonPathIndex("internal_demand.series", i), d.series[i]);
}

void Reader::readProvenance(const JsonValue &v, const std::string &path, Provenance &p)
{
    if (!asObject(&v, path))
        return;
    Object o(*this, v, path);
    o.text("field", p.field, true);
    o.text("source", p.source);
    o.text("date", p.date);
    o.text("note", p.note);
}

bool Reader::readParams(const JsonValue &v, const std::string &path, std::size_t n,
                        const char *shape, double *out)
{
    if (!v.isArray() || v.items.size() != n) {
        error(path, std::string("must be ") + shape + ", got " +
                        (v.isArray() ? "an array of " + std::to_string(v.items.size())
                                     : std::string(v.typeName())));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < n; ++i)
        ok = readNumber(v.items[i], jsonPathIndex(path, i), out[i]) && ok;
    return ok;
}

void Reader::readUncertainty(const JsonValue &v, Uncertainty &u)
{
    Object o(*this, v, "uncertainty");
    o.whole("paths", u.paths, rules::paths);
    o.whole("seed", u.seed, rules::seed);
    if (const JsonValue *drivers = asObject(o.take("drivers"), "uncertainty.drivers")) {
        for (const auto &[name, spec] : drivers->members) {
            const std::string path = jsonPathKey("uncertainty.drivers", name);
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
    if (const JsonValue *list = asArray(o.take("correlations"), "uncertainty.correlations")) {
        u.correlations.resize(list->items.size());
        for (std::size_t i = 0; i < list->items.size(); ++i) {
            const std::string path = jsonPathIndex("uncertainty.correlations", i);
            if (!asObject(&list->items[i], path))
                continue;
            Object c(*this, list->items[i], path);
            c.text("a", u.correlations[i].a, true);
            c.text("b", u.correlations[i].b, true);
            c.number("rho", u.correlations[i].rho, true);
        }
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
    const JsonValue *format = root.find("format");
    const JsonValue *version = root.find("version");
    bool stop = false;
    if (!format) {
        reader.error("format", "required key is missing (\"format\": \"fleetroi-scenario\")");
    } else if (!format->isString() || format->text != "fleetroi-scenario") {
        reader.error("format",
                     "must be \"fleetroi-scenario\": this is not a FleetROI scenario "
                     "file, got " +
                         (format->isString() ? scenario_detail::quoteForMessage(format->text)
                                             : std::string(format->typeName())));
        stop = true;
    }
    std::int64_t versionNumber = 0;
    if (!version) {
        reader.error("version", "required key is missing (\"version\": 1)");
    } else if (!version->isNumber()) {
        reader.typeError("version", "a whole number", *version);
    } else {
        const JsonValue::Whole w = version->wholeValue(versionNumber);
        if ((w == JsonValue::Whole::Yes && versionNumber > 1) ||
            (w == JsonValue::Whole::TooLarge && version->number > 0)) {
            reader.error("version", "the file was made by a newer FleetROI (scenario format "
                                    "version " +
                                        version->text +
                                        "); this FleetROI reads version 1. Update FleetROI to "
                                        "open it.");
            stop = true;
        } else if (w != JsonValue::Whole::Yes || versionNumber != 1) {
            reader.error("version", "must be 1, got " + version->text);
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

ScenarioReadResult readScenarioFile(const std::string &filePath)
{
    ScenarioReadResult r;
    auto fail = [&](std::string message) {
        r.errors.push_back({std::string(), std::move(message)});
        return r;
    };
    try {
        // The path is UTF-8 on every platform.
        const std::filesystem::path path(
            std::u8string(reinterpret_cast<const char8_t *>(filePath.data()), filePath.size()));
        std::error_code ec;
        const auto status = std::filesystem::status(path, ec);
        if (ec)
            return fail("cannot open \"" + filePath + "\": " + ec.message());
        if (!std::filesystem::is_regular_file(status))
            return fail("cannot open \"" + filePath + "\": not a regular file");
        const std::uintmax_t size = std::filesystem::file_size(path, ec);
        if (ec)
            return fail("cannot open \"" + filePath + "\": " + ec.message());
        // Refused before reading: a scenario never comes near 16 MiB.
        if (size > kMaxScenarioFileBytes)
            return fail("the file is " + std::to_string(size) +
                        " bytes; a scenario file is at most 16 MiB (" +
                        std::to_string(kMaxScenarioFileBytes) + " bytes)");
        std::ifstream in(path, std::ios::binary);
        if (!in)
            return fail("cannot open \"" + filePath + "\" for reading");
        std::string bytes;
        bytes.resize(std::size_t(size));
        in.read(bytes.data(), std::streamsize(size));
        if (in.gcount() != std::streamsize(size))
            return fail("cannot read \"" + filePath + "\": the file changed while being read");
        // A file that grew after the size check is refused too, without reading on.
        if (in.peek() != std::char_traits<char>::eof())
            return fail("cannot read \"" + filePath + "\": the file changed while being read");
        return readScenario(bytes);
    } catch (const std::exception &e) {
        return fail("cannot read \"" + filePath + "\": " + e.what());
    }
}

} // namespace fleetroi
