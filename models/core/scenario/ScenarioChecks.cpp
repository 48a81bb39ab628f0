// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioChecks.h"
#include "finance/CivilDate.h"
#include "scenario/CorrelationCheck.h"
#include "scenario/JsonParser.h"
#include "scenario/PurchaseSkuIndex.h"
#include "scenario/ScenarioSchema.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <span>
#include <unordered_set>
#include <utility>

namespace fleetroi {
namespace scenario_detail {

namespace {

// Valid UTF-8 without control characters other than tab and newline (the parser guarantees
// this for files; an in-memory scenario may come from anywhere).
const char *textProblem(std::string_view s)
{
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b0 = static_cast<unsigned char>(s[i]);
        std::uint32_t cp = 0;
        std::size_t len = 1;
        std::uint32_t min = 0;
        if (b0 < 0x80) {
            cp = b0;
        } else if (b0 >= 0xC2 && b0 <= 0xDF) {
            len = 2, cp = b0 & 0x1F, min = 0x80;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            len = 3, cp = b0 & 0x0F, min = 0x800;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            len = 4, cp = b0 & 0x07, min = 0x10000;
        } else {
            return "must be valid UTF-8";
        }
        if (i + len > s.size())
            return "must be valid UTF-8";
        for (std::size_t k = 1; k < len; ++k) {
            const auto b = static_cast<unsigned char>(s[i + k]);
            if ((b & 0xC0) != 0x80)
                return "must be valid UTF-8";
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return "must be valid UTF-8";
        if (cp != '\t' && cp != '\n' && (cp < 0x20 || (cp >= 0x7F && cp <= 0x9F)))
            return "must not contain control characters other than tab and newline";
        i += len;
    }
    return nullptr;
}

// "YYYY-MM-DD", a real calendar date.
bool isDate(std::string_view s)
{
    return finance::parseIsoDate(s).has_value(); // the finance library's calendar
}

// A path into the file such as "skus[0].gpu_price" or "finance.discount_rate".
bool isFieldPath(std::string_view s)
{
    std::size_t i = 0;
    bool expectName = true;
    while (i < s.size()) {
        if (expectName) {
            const std::size_t start = i;
            while (i < s.size() &&
                   ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '_'))
                ++i;
            if (i == start)
                return false;
            expectName = false;
        } else if (s[i] == '.') {
            ++i;
            expectName = true;
        } else if (s[i] == '[') {
            const std::size_t start = ++i;
            while (i < s.size() && s[i] >= '0' && s[i] <= '9')
                ++i;
            if (i == start || i >= s.size() || s[i] != ']')
                return false;
            ++i;
        } else {
            return false;
        }
    }
    return !expectName;
}

bool isSkuId(std::string_view id)
{
    if (id.empty() || id.size() > 32)
        return false;
    for (char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-'))
            return false;
    return true;
}

class Checker
{
public:
    explicit Checker(ErrorSink &sink)
        : m_sink(sink)
    {}

    void run(const Scenario &s);

private:
    ErrorSink &m_sink;
    int m_horizon = 0; // H when valid, else 0

    void report(const std::string &path, std::string message)
    {
        if (!m_sink.isBad(path) && !m_sink.derived.count(path))
            m_sink.add(path, std::move(message));
    }

    std::string got(const std::string &path, double v) const
    {
        const auto it = m_sink.lexemes.find(path);
        return it != m_sink.lexemes.end() ? it->second : formatNumber(v);
    }

    void number(const std::string &path, double v, const NumberRule &r)
    {
        if (!inRange(v, r))
            report(path, "must be " + describeRule(r) + ", got " + got(path, v));
    }

    void whole(const std::string &path, std::int64_t v, const NumberRule &r)
    {
        if (!inRange(v, r)) {
            const auto it = m_sink.lexemes.find(path);
            report(path, "must be " + describeRule(r) + ", got " +
                             (it != m_sink.lexemes.end() ? it->second : std::to_string(v)));
        }
    }

    void text(const std::string &path, const std::string &s, std::size_t minChars,
              std::size_t maxChars)
    {
        if (const char *problem = textProblem(s)) {
            report(path, problem);
            return;
        }
        const std::size_t n = countCharacters(s);
        if (n < minChars || n > maxChars) {
            if (n == 0)
                report(path, "must not be empty");
            else if (minChars == 0)
                report(path, "must be at most " + std::to_string(maxChars) +
                                 " characters long, got " + std::to_string(n));
            else
                report(path, "must be " + std::to_string(minChars) + " to " +
                                 std::to_string(maxChars) + " characters long, got " +
                                 std::to_string(n));
        }
    }

    void count(const std::string &path, std::size_t n, std::size_t min, std::size_t max)
    {
        if (n >= min && n <= max)
            return;
        if (min == 0)
            report(path, "must have at most " + std::to_string(max) + " entries, got " +
                             std::to_string(n));
        else
            report(path, "must have " + std::to_string(min) + " to " + std::to_string(max) +
                             " entries, got " + std::to_string(n));
    }

    using Fields = std::span<const SchemaField>;
    void fields(const std::string &base, Fields fields, const void *owner);
    void plain(const std::string &path, const SchemaField &f, const void *owner);
    void shaped(const std::string &path, const SchemaField &f, const void *owner);
    void skus(const std::string &path, const SchemaField &f, const std::vector<Sku> &list);
    void purchases(const std::string &path, const SchemaField &f);
    void internalDemand(const InternalDemand &d);
    void curve(const std::string &path, const PriceCurve &c, const NumberRule &priceRule);
    void model11(const Scenario &s);
    void uncertainty(const Uncertainty &u);

    const Scenario *m_scenario = nullptr;
    bool m_skuIdsSound = true;
};

void Checker::run(const Scenario &s)
{
    m_scenario = &s;
    fields(std::string(), schemaChildren(""), &s);
    model11(s);
}

// The fields of one object at `base` ("" = the root, "finance", "skus[3]") in the schema's
// (the format's) order.
void Checker::fields(const std::string &base, Fields fields, const void *owner)
{
    for (const SchemaField &f : fields) {
        const std::string path = base.empty() ? std::string(f.key) : jsonPathKey(base, f.key);
        if (f.member)
            plain(path, f, owner);
        else
            shaped(path, f, owner);
    }
}

void Checker::plain(const std::string &path, const SchemaField &f, const void *owner)
{
    switch (f.id) {
    case FieldId::Currency: {
        const std::string &c = f.ref<std::string>(owner);
        const bool ok = c.size() == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
                        c[2] >= 'A' && c[2] <= 'Z';
        if (!ok)
            report(path, "must be an ISO 4217 code of 3 capital letters such as \"USD\", "
                         "got " +
                             quoteForMessage(c));
        return;
    }
    case FieldId::SkuId: {
        const std::string &id = f.ref<std::string>(owner);
        if (!isSkuId(id))
            report(path,
                   "must be 1 to 32 characters from a-z, 0-9, _ and -, got " + quoteForMessage(id));
        return;
    }
    case FieldId::PurchaseSku:
        return; // checked with the purchase list, once the SKU list is known to be sound
    case FieldId::ProvenanceDate: {
        const std::string &date = f.ref<std::string>(owner);
        if (!date.empty() && !isDate(date))
            report(path, "must be a date \"YYYY-MM-DD\" or \"\", got " + quoteForMessage(date));
        return;
    }
    case FieldId::UncertaintySeed: {
        const std::uint64_t seed = f.ref<std::uint64_t>(owner);
        if (seed > std::uint64_t(f.rule.max))
            report(path, "must be " + describeRule(f.rule) + ", got " + std::to_string(seed));
        return;
    }
    default:
        break;
    }
    switch (f.type) {
    case FieldType::Text: {
        const std::string &text = f.ref<std::string>(owner);
        if (f.hasRule)
            this->text(path, text, std::size_t(f.rule.min), std::size_t(f.rule.max));
        if (f.id == FieldId::ProvenanceField && !text.empty() && !textProblem(text) &&
            !isFieldPath(text))
            report(path, "must be a path into this file such as \"skus[0].gpu_price\", got " +
                             quoteForMessage(text));
        break;
    }
    case FieldType::Number:
        number(path, f.ref<double>(owner), f.rule);
        break;
    case FieldType::OptionalNumber:
        if (const std::optional<double> &v = f.ref<std::optional<double>>(owner))
            number(path, *v, f.rule);
        break;
    case FieldType::Int:
        whole(path, f.ref<int>(owner), narrowedRule(f.rule, f.monthIndex, m_horizon));
        break;
    case FieldType::Int64:
        whole(path, f.ref<std::int64_t>(owner), narrowedRule(f.rule, f.monthIndex, m_horizon));
        break;
    default:
        break;
    }
    if (f.id == FieldId::HorizonMonths) {
        const int h = f.ref<int>(owner);
        if (inRange(std::int64_t(h), f.rule) && !m_sink.isBad(path))
            m_horizon = h;
    } else if (f.id == FieldId::SkuMarketAgeDiscountPerYear) {
        const Sku &k = *static_cast<const Sku *>(owner);
        const std::string skuPath = path.substr(0, path.rfind('.'));
        if (!k.marketValue && k.marketAgeDiscountPerYear != 0.0)
            report(path, "needs " + jsonPathKey(skuPath, schemaField(FieldId::SkuMarketValue).key) +
                             ": the age discount applies to the SKU's market value curve");
    }
}

void Checker::shaped(const std::string &path, const SchemaField &f, const void *owner)
{
    const Scenario &s = *m_scenario;
    switch (f.id) {
    case FieldId::Start:
        if (s.startYear < 1990 || s.startYear > 2100 || s.startMonth < 1 || s.startMonth > 12) {
            report(path, std::string("must be a month \"YYYY-MM\" from 1990-01 to 2100-12, got "
                                     "\"") +
                             finance::yearMonthText(s.startYear, s.startMonth) + "\"");
        }
        return;
    case FieldId::Finance:
    case FieldId::Operations:
    case FieldId::Leasing:
        fields(path, schemaChildren(f.path), owner);
        return;
    case FieldId::Skus:
        skus(path, f, s.skus);
        return;
    case FieldId::Purchases:
        purchases(path, f);
        return;
    case FieldId::InternalDemand:
        internalDemand(s.internalDemand);
        return;
    case FieldId::Provenance: {
        count(path, s.provenance.size(), std::size_t(f.rule.min), std::size_t(f.rule.max));
        const Fields items = schemaChildren(std::string(f.path) + "[]");
        for (std::size_t i = 0; i < s.provenance.size(); ++i)
            fields(jsonPathIndex(path, i), items, &s.provenance[i]);
        return;
    }
    case FieldId::Uncertainty:
        if (s.uncertainty)
            uncertainty(*s.uncertainty);
        return;
    case FieldId::SkuLeasePrice:
        curve(path, static_cast<const Sku *>(owner)->leasePrice, f.rule);
        return;
    case FieldId::SkuCloudPrice:
        curve(path, static_cast<const Sku *>(owner)->cloudPrice, f.rule);
        return;
    case FieldId::SkuMarketValue:
        if (const auto &market = static_cast<const Sku *>(owner)->marketValue)
            curve(path, *market, f.rule);
        return;
    case FieldId::SkuUsefulLifeChange:
        if (const auto &change = static_cast<const Sku *>(owner)->usefulLifeChange)
            fields(path, schemaChildren(f.path), &*change);
        return;
    default:
        return;
    }
}

void Checker::skus(const std::string &path, const SchemaField &f, const std::vector<Sku> &list)
{
    count(path, list.size(), std::size_t(f.rule.min), std::size_t(f.rule.max));
    const Fields items = schemaChildren(std::string(f.path) + "[]");
    const std::string_view idKey = schemaField(FieldId::SkuId).key;
    std::map<std::string, std::size_t> firstIndexOfId;
    for (std::size_t i = 0; i < list.size(); ++i) {
        const std::string skuPath = jsonPathIndex(path, i);
        fields(skuPath, items, &list[i]);
        const std::string idPath = jsonPathKey(skuPath, idKey);
        if (isSkuId(list[i].id) && !m_sink.isBad(idPath)) {
            const auto [it, inserted] = firstIndexOfId.emplace(list[i].id, i);
            if (!inserted)
                report(idPath, "duplicate SKU id " + quoteForMessage(list[i].id) +
                                   ", already used by skus[" + std::to_string(it->second) + "]");
        }
    }
    m_skuIdsSound = !m_sink.isBad(path);
    for (std::size_t i = 0; i < list.size() && m_skuIdsSound; ++i)
        m_skuIdsSound = !m_sink.isBad(jsonPathKey(jsonPathIndex(path, i), idKey));
}

void Checker::purchases(const std::string &path, const SchemaField &f)
{
    const Scenario &s = *m_scenario;
    count(path, s.purchases.size(), std::size_t(f.rule.min), std::size_t(f.rule.max));
    const Fields items = schemaChildren(std::string(f.path) + "[]");
    const std::vector<int> purchaseSku = purchaseSkuIndices(s);
    const std::string_view skuKey = schemaField(FieldId::PurchaseSku).key;
    for (std::size_t i = 0; i < s.purchases.size(); ++i) {
        const PurchaseTranche &p = s.purchases[i];
        const std::string itemPath = jsonPathIndex(path, i);
        for (const SchemaField &field : items) {
            const std::string fieldPath = jsonPathKey(itemPath, field.key);
            plain(fieldPath, field, &p);
            // An unknown id is only reported when the SKU list itself is sound; a missing
            // or broken SKU list or id is reported once, where it is.
            if (field.id == FieldId::PurchaseSku && purchaseSku[i] < 0 && m_skuIdsSound) {
                std::string ids;
                for (std::size_t k = 0; k < s.skus.size() && k < 10; ++k)
                    ids += (k ? ", " : "") + s.skus[k].id;
                if (s.skus.size() > 10)
                    ids += ", ...";
                report(jsonPathKey(itemPath, skuKey), "must be the id of a SKU in skus (" + ids +
                                                          "), got " + quoteForMessage(p.sku));
            }
        }
    }
}

void Checker::internalDemand(const InternalDemand &d)
{
    const SchemaField &series = schemaField(FieldId::DemandSeries);
    if (d.isSeries) {
        const std::string path(series.path);
        if (m_horizon > 0 && d.series.size() != std::size_t(m_horizon))
            report(path, "must have exactly " + std::to_string(m_horizon) +
                             " numbers, one per month of horizon_months, got " +
                             std::to_string(d.series.size()));
        for (std::size_t i = 0; i < d.series.size(); ++i)
            number(jsonPathIndex(path, i), d.series[i], series.rule);
    } else {
        const SchemaField &hours = schemaField(FieldId::DemandComputeHours);
        const SchemaField &growth = schemaField(FieldId::DemandAnnualGrowth);
        number(std::string(hours.path), d.computeHours, hours.rule);
        number(std::string(growth.path), d.annualGrowth, growth.rule);
    }
}

// Model 1.1 consistency: terminal value at market value and the impairment test need a
// market value for every SKU that has a purchase (SCENARIO_FORMAT.md, 1.1 additions).
void Checker::model11(const Scenario &s)
{
    const bool needTerminal = s.finance.terminalValue == TerminalValueMethod::MarketValue;
    const bool needTest = s.finance.impairmentTest;
    if (!needTerminal && !needTest)
        return;
    std::string missing;
    int count = 0;
    for (std::size_t i = 0; i < s.skus.size(); ++i) {
        const Sku &k = s.skus[i];
        if (k.marketValue)
            continue;
        bool bought = false;
        for (const PurchaseTranche &p : s.purchases)
            bought = bought || p.sku == k.id;
        if (!bought)
            continue;
        if (++count <= 10)
            missing += (missing.empty() ? "" : ", ") +
                       jsonPathIndex(std::string(schemaField(FieldId::Skus).key), i) + "." +
                       std::string(schemaField(FieldId::SkuMarketValue).key) + " (" +
                       quoteForMessage(k.id) + ")";
    }
    if (count == 0)
        return;
    if (count > 10)
        missing += ", ...";
    const std::string what = count == 1 ? "this SKU has purchases but no market value: "
                                        : "these SKUs have purchases but no market value: ";
    if (needTerminal)
        report(std::string(schemaField(FieldId::TerminalValue).path),
               "\"market_value\" needs a market_value curve on every SKU that has a purchase; " +
                   what + missing);
    if (needTest)
        report(std::string(schemaField(FieldId::ImpairmentTest).path),
               "true needs a market_value curve on every SKU that has a purchase; " + what +
                   missing);
}

void Checker::curve(const std::string &path, const PriceCurve &c, const NumberRule &priceRule)
{
    const SchemaField &change = schemaField(FieldId::CurveAnnualChange);
    const SchemaField &points = schemaField(FieldId::CurvePoints);
    if (c.kind == PriceCurve::Kind::Growth) {
        number(jsonPathKey(path, schemaField(FieldId::CurveStart).key), c.start, priceRule);
        number(jsonPathKey(path, change.key), c.annualChange, change.rule);
        return;
    }
    const std::string pointsPath = jsonPathKey(path, points.key);
    count(pointsPath, c.points.size(), std::size_t(points.rule.min), std::size_t(points.rule.max));
    for (std::size_t i = 0; i < c.points.size(); ++i) {
        const std::string pointPath = jsonPathIndex(pointsPath, i);
        const std::string monthPath = pointPath + "[0]";
        whole(monthPath, c.points[i].first, rules::pointMonth);
        number(pointPath + "[1]", c.points[i].second, priceRule);
        if (i > 0 && c.points[i].first <= c.points[i - 1].first &&
            !m_sink.isBad(jsonPathIndex(pointsPath, i - 1) + "[0]"))
            report(monthPath, "months must increase strictly: must be later than month " +
                                  std::to_string(c.points[i - 1].first) +
                                  " of the point before, got " + got(monthPath, c.points[i].first));
    }
}

void Checker::uncertainty(const Uncertainty &u)
{
    const SchemaField &root = schemaField(FieldId::Uncertainty);
    for (const SchemaField &f : schemaChildren(root.path))
        if (f.member)
            plain(std::string(f.path), f, &u);
    const std::string driversPath(schemaField(FieldId::UncertaintyDrivers).path);
    const std::string correlationsPath(schemaField(FieldId::UncertaintyCorrelations).path);
    const auto &known = sensitivityDrivers();
    std::map<std::string, std::size_t> declared;
    for (std::size_t i = 0; i < u.drivers.size(); ++i) {
        const DriverDistribution &d = u.drivers[i];
        const std::string path = jsonPathKey(driversPath, d.driver);
        bool isKnown = false;
        for (auto name : known)
            isKnown = isKnown || name == d.driver;
        if (!isKnown) {
            std::string list;
            for (auto name : known)
                list += (list.empty() ? "" : ", ") + std::string(name);
            report(path, "unknown driver " + quoteForMessage(d.driver) + "; drivers are " + list);
        } else if (!declared.emplace(d.driver, i).second) {
            report(path, "the driver is listed twice");
        }
        const std::string paramsPath = jsonPathKey(path, toString(d.kind));
        const std::string values =
            "[" + formatNumber(d.a) + ", " + formatNumber(d.b) +
            (d.kind == DriverDistribution::Kind::Triangular ? ", " + formatNumber(d.c)
                                                            : std::string()) +
            "]";
        const bool finite = std::isfinite(d.a) && std::isfinite(d.b) &&
                            (d.kind != DriverDistribution::Kind::Triangular || std::isfinite(d.c));
        // Multipliers of a driver: a negative multiplier has no meaning for any driver.
        switch (d.kind) {
        case DriverDistribution::Kind::Triangular:
            if (!finite || !(0 <= d.a && d.a <= d.b && d.b <= d.c))
                report(paramsPath, "must be [min, mode, max] multipliers with "
                                   "0 <= min <= mode <= max, got " +
                                       values);
            break;
        case DriverDistribution::Kind::Uniform:
            if (!finite || !(0 <= d.a && d.a <= d.b))
                report(paramsPath,
                       "must be [min, max] multipliers with 0 <= min <= max, got " + values);
            break;
        case DriverDistribution::Kind::Normal:
            if (!finite || !(d.b >= 0))
                report(paramsPath, "must be [mean, sd] with sd >= 0, got " + values);
            break;
        }
    }
    std::map<std::pair<std::string, std::string>, std::size_t> pairs;
    const std::size_t errorsBefore = m_sink.errors.size();
    for (std::size_t i = 0; i < u.correlations.size(); ++i) {
        const DriverCorrelation &c = u.correlations[i];
        const std::string path = jsonPathIndex(correlationsPath, i);
        const SchemaField &a = schemaField(FieldId::CorrelationA);
        const SchemaField &b = schemaField(FieldId::CorrelationB);
        const SchemaField &rho = schemaField(FieldId::CorrelationRho);
        bool namesOk = true;
        for (const auto &[key, name] : {std::pair{a.key, &c.a}, std::pair{b.key, &c.b}}) {
            if (!declared.count(*name)) {
                namesOk = false;
                report(jsonPathKey(path, key),
                       "must name a driver of uncertainty.drivers, got " + quoteForMessage(*name));
            }
        }
        if (namesOk && c.a == c.b) {
            namesOk = false;
            report(jsonPathKey(path, b.key),
                   "must differ from a: a driver is not correlated with itself");
        }
        number(jsonPathKey(path, rho.key), c.rho, rho.rule);
        if (namesOk) {
            auto key = c.a < c.b ? std::pair{c.a, c.b} : std::pair{c.b, c.a};
            const auto [it, inserted] = pairs.emplace(key, i);
            if (!inserted)
                report(path, "the pair " + c.a + " / " + c.b +
                                 " is already correlated in uncertainty.correlations[" +
                                 std::to_string(it->second) + "]");
        }
    }
    // The set as a whole must be possible (positive semidefinite); checked once every pair
    // is well formed, so a typo is not also reported as an impossible set.
    if (m_sink.errors.size() == errorsBefore && !m_sink.isBad(driversPath))
        for (const ValidationError &e : checkCorrelationConsistency(u))
            report(e.path, e.message);
}

} // namespace

void checkScenario(const Scenario &s, ErrorSink &sink)
{
    Checker(sink).run(s);
}

} // namespace scenario_detail

std::vector<ValidationError> validateScenario(const Scenario &s)
{
    scenario_detail::ErrorSink sink;
    try {
        scenario_detail::checkScenario(s, sink);
    } catch (const std::exception &e) {
        sink.add(std::string(), std::string("validation failed: ") + e.what());
    }
    return std::move(sink.errors);
}

std::string formatError(const ValidationError &e)
{
    return e.path.empty() ? e.message : e.path + ": " + e.message;
}

} // namespace fleetroi
