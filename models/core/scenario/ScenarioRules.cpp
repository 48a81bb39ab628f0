// SPDX-License-Identifier: GPL-3.0-or-later
// The format's rules shared by the parser, reader and validation (ScenarioChecks.h): array
// limits and known value patterns from the schema, rule wording, number spelling, and the
// error sink.
#include "scenario/DriverCatalog.h"
#include "scenario/JsonParser.h"
#include "scenario/ScenarioChecks.h"
#include "scenario/ScenarioSchema.h"

#include <charconv>
#include <cmath>
#include <string>
#include <unordered_map>

namespace fleetroi {
namespace scenario_detail {

const std::vector<std::string_view> &sensitivityDrivers()
{
    static const std::vector<std::string_view> names = [] {
        std::vector<std::string_view> keys;
        for (const DriverInfo &d : driverCatalog())
            keys.push_back(d.key);
        return keys;
    }();
    return names;
}

ArrayLimitRule arrayLimitOf(std::string_view pattern)
{
    // Called by the parser for every array: the lists and series of the schema are looked up
    // in a table built once, the points of its curves ([month, price] pairs) by their tail.
    struct Limits
    {
        std::string points, pair; // ".points", ".points[]"
        std::unordered_map<std::string_view, ArrayLimitRule> byPattern;
        Limits()
        {
            const SchemaField &p = schemaField(FieldId::CurvePoints);
            points = "." + std::string(p.key);
            pair = points + "[]";
            for (const SchemaField &f : scenarioSchema()) {
                if (f.type == FieldType::List && f.hasRule)
                    byPattern[f.path] = {std::size_t(f.rule.min), std::size_t(f.rule.max)};
                else if (f.type == FieldType::Series)
                    byPattern[f.path] = {
                        0, rules::kMaxSeriesMonths,
                        "numbers (one per month of horizon_months, which is at most 240)"};
            }
            byPattern["curve-points"] = {std::size_t(p.rule.min), std::size_t(p.rule.max)};
        }
    };
    static const Limits limits;
    const auto endsWith = [pattern](std::string_view tail) {
        return pattern.size() >= tail.size() &&
               pattern.substr(pattern.size() - tail.size()) == tail;
    };
    if (pattern.substr(0, 7) == "skus[]." && endsWith(limits.points))
        return limits.byPattern.at("curve-points"); // lease_price, cloud_price, market_value
    if (pattern.substr(0, 7) == "skus[]." && endsWith(limits.pair))
        return {0, 2}; // [month, price]
    const auto it = limits.byPattern.find(pattern);
    return it != limits.byPattern.end() ? it->second : ArrayLimitRule{0, kMaxUnknownArrayEntries};
}

bool knownValuePattern(std::string_view pattern)
{
    if (schemaKnowsPattern(pattern))
        return true;
    // uncertainty.drivers.<name> = {"<kind>": [numbers]}; names are checked by the reader.
    constexpr std::string_view drivers = "uncertainty.drivers.";
    if (pattern.substr(0, drivers.size()) == drivers) {
        const std::string_view rest = pattern.substr(drivers.size());
        const std::size_t dot = rest.find('.');
        if (dot == std::string_view::npos)
            return true; // the driver's object
        const std::string_view kind = rest.substr(dot + 1);
        for (const std::string_view k : {"triangular", "uniform", "normal"})
            if (kind == k || (kind.size() == k.size() + 2 && kind.substr(0, k.size()) == k &&
                              kind.substr(k.size()) == "[]"))
                return true;
        return false;
    }
    return false;
}

std::string formatNumber(double v)
{
    if (std::isnan(v))
        return "NaN";
    if (std::isinf(v))
        return v > 0 ? "Infinity" : "-Infinity";
    if (v == 0.0)
        return std::signbit(v) ? "-0" : "0";
    if (v == std::floor(v) && std::fabs(v) <= rules::kTwoTo53) {
        return std::to_string(static_cast<long long>(v));
    }
    char buf[64];
    const auto r = std::to_chars(buf, buf + sizeof buf, v);
    return std::string(buf, r.ptr);
}

std::string describeRule(const NumberRule &r)
{
    const std::string lo = formatNumber(r.min);
    const std::string hi = formatNumber(r.max);
    const std::string kind = r.whole ? "a whole number" : "a number";
    if (r.minOpen && r.maxOpen)
        return kind + " greater than " + lo + " and less than " + hi;
    if (r.minOpen)
        return kind + " greater than " + lo + " and at most " + hi;
    if (r.maxOpen)
        return kind + " of at least " + lo + " and less than " + hi;
    return kind + " from " + lo + " to " + hi;
}

bool inRange(double v, const NumberRule &r)
{
    if (!std::isfinite(v))
        return false;
    if (r.whole && v != std::floor(v))
        return false;
    if (r.minOpen ? !(v > r.min) : !(v >= r.min))
        return false;
    if (r.maxOpen ? !(v < r.max) : !(v <= r.max))
        return false;
    return true;
}

bool inRange(std::int64_t v, const NumberRule &r)
{
    // The bounds of whole rules are whole and at most 2^53, so they convert exactly.
    const auto lo = static_cast<std::int64_t>(r.min);
    const auto hi = static_cast<std::int64_t>(r.max);
    if (r.minOpen ? !(v > lo) : !(v >= lo))
        return false;
    if (r.maxOpen ? !(v < hi) : !(v <= hi))
        return false;
    return true;
}

std::string quoteForMessage(std::string_view s)
{
    std::string out = "\"";
    std::size_t chars = 0;
    for (std::size_t i = 0; i < s.size(); ++i) {
        const auto c = static_cast<unsigned char>(s[i]);
        if ((c & 0xC0) != 0x80 && ++chars > 60) {
            out += "...";
            break;
        }
        if (c == '\n')
            out += "\\n";
        else if (c == '\t')
            out += "\\t";
        else if (c < 0x20 || c == 0x7F)
            out += '?';
        else
            out += char(c);
    }
    out += '"';
    return out;
}

std::size_t countCharacters(std::string_view utf8)
{
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80)
            ++n;
    return n;
}

void ErrorSink::add(const std::string &path, std::string message)
{
    m_badPaths.insert(path);
    if (full)
        return;
    if (errors.size() >= kMaxReportedErrors) {
        errors.push_back({std::string(), "more than " + std::to_string(kMaxReportedErrors) +
                                             " problems; the rest are not listed"});
        full = true;
        return;
    }
    errors.push_back({path, std::move(message)});
}

bool ErrorSink::isBad(const std::string &path) const
{
    if (m_badPaths.empty())
        return false;
    std::string p = path;
    for (;;) {
        if (m_badPaths.count(p))
            return true;
        const std::size_t cut = p.find_last_of(".[");
        if (cut == std::string::npos || cut == 0)
            return false;
        p.resize(cut);
    }
}

} // namespace scenario_detail
} // namespace fleetroi
