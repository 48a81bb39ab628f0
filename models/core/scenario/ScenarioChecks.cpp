// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioChecks.h"
#include "finance/CivilDate.h"
#include "scenario/CorrelationCheck.h"
#include "scenario/JsonParser.h"
#include "scenario/PurchaseSkuIndex.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <unordered_set>
#include <utility>

namespace fleetroi {
namespace scenario_detail {

const std::vector<std::string_view> &sensitivityDrivers()
{
    static const std::vector<std::string_view> names = {
        "gpu_price",         "lease_price",        "cloud_price", "internal_demand",
        "electricity_price", "discount_rate",      "useful_life", "sellable_fraction",
        "availability",      "annual_failure_rate"};
    return names;
}

ArrayLimitRule arrayLimitOf(std::string_view pattern)
{
    if (pattern == "skus")
        return {1, rules::kMaxSkus};
    if (pattern == "purchases")
        return {0, rules::kMaxPurchases};
    if (pattern == "provenance")
        return {0, rules::kMaxProvenance};
    if (pattern == "internal_demand.series")
        return {0, rules::kMaxSeriesMonths,
                "numbers (one per month of horizon_months, which is at most 240)"};
    const auto endsWith = [pattern](std::string_view tail) {
        return pattern.size() >= tail.size() &&
               pattern.substr(pattern.size() - tail.size()) == tail;
    };
    if (pattern.substr(0, 7) == "skus[]." && endsWith(".points"))
        return {1, rules::kMaxCurvePoints}; // lease_price, cloud_price (and later curves)
    if (pattern.substr(0, 7) == "skus[]." && endsWith(".points[]"))
        return {0, 2}; // [month, price]
    return {0, kMaxUnknownArrayEntries};
}

bool knownValuePattern(std::string_view pattern)
{
    static const std::unordered_set<std::string_view> known = {
        // top level
        "format", "version", "name", "description", "currency", "start", "horizon_months",
        "finance", "operations", "skus", "purchases", "internal_demand", "leasing", "provenance",
        "uncertainty",
        // finance, operations
        "finance.discount_rate", "finance.tax_rate", "finance.tax_depreciation",
        "finance.bonus_depreciation", "finance.fiscal_year_end_month", "finance.terminal_value",
        "finance.impairment_test", "operations.availability", "operations.pue",
        "operations.electricity_price_per_kwh", "operations.electricity_annual_escalation",
        "operations.colocation_per_kw_month", "operations.maintenance_fraction_per_year",
        "operations.staff_cost_per_month",
        // SKUs
        "skus[]", "skus[].id", "skus[].name", "skus[].gpu_price", "skus[].gpus_per_server",
        "skus[].server_cost", "skus[].network_cost_per_gpu", "skus[].power_kw_per_gpu",
        "skus[].idle_power_fraction", "skus[].throughput", "skus[].useful_life_months",
        "skus[].operating_life_months", "skus[].salvage_fraction", "skus[].resale_fraction",
        "skus[].depreciation", "skus[].annual_failure_rate", "skus[].market_value",
        "skus[].market_age_discount_per_year", "skus[].useful_life_change",
        "skus[].useful_life_change.month", "skus[].useful_life_change.useful_life_months",
        "skus[].lease_price", "skus[].cloud_price",
        // purchases, demand, leasing, provenance
        "purchases[]", "purchases[].month", "purchases[].sku", "purchases[].gpus",
        "purchases[].install_lag_months", "purchases[].gpu_price", "purchases[].label",
        "internal_demand.series", "internal_demand.series[]", "internal_demand.compute_hours",
        "internal_demand.annual_growth", "leasing.enabled", "leasing.sellable_fraction",
        "leasing.sales_cost_fraction", "leasing.contract_months", "provenance[]",
        "provenance[].field", "provenance[].source", "provenance[].date", "provenance[].note",
        // uncertainty (driver names below)
        "uncertainty.paths", "uncertainty.seed", "uncertainty.drivers", "uncertainty.correlations",
        "uncertainty.correlations[]", "uncertainty.correlations[].a",
        "uncertainty.correlations[].b", "uncertainty.correlations[].rho"};
    if (known.count(pattern) != 0)
        return true;
    // Curves: skus[].<curve>.points / .start / .annual_change, points[] = [month, price].
    constexpr std::string_view sku = "skus[].";
    if (pattern.substr(0, sku.size()) == sku) {
        const std::string_view rest = pattern.substr(sku.size());
        const std::size_t dot = rest.find('.');
        if (dot == std::string_view::npos)
            return false;
        const std::string_view curve = rest.substr(0, dot);
        const std::string_view field = rest.substr(dot + 1);
        if (curve != "lease_price" && curve != "cloud_price" && curve != "market_value")
            return false;
        return field == "points" || field == "points[]" || field == "points[][]" ||
               field == "start" || field == "annual_change";
    }
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

    void curve(const std::string &path, const PriceCurve &c,
               const NumberRule &priceRule = rules::price);
    void model11(const Scenario &s);
    void sku(const std::string &path, const Sku &k);
    void uncertainty(const Uncertainty &u);
};

void Checker::run(const Scenario &s)
{
    text("name", s.name, 1, rules::kMaxNameChars);
    text("description", s.description, 0, rules::kMaxTextChars);
    {
        const std::string &c = s.currency;
        const bool ok = c.size() == 3 && c[0] >= 'A' && c[0] <= 'Z' && c[1] >= 'A' && c[1] <= 'Z' &&
                        c[2] >= 'A' && c[2] <= 'Z';
        if (!ok)
            report("currency", "must be an ISO 4217 code of 3 capital letters such as \"USD\", "
                               "got " +
                                   quoteForMessage(c));
    }
    if (s.startYear < 1990 || s.startYear > 2100 || s.startMonth < 1 || s.startMonth > 12) {
        char buf[48];
        std::snprintf(buf, sizeof buf, "%04d-%02d", s.startYear, s.startMonth);
        report("start", std::string("must be a month \"YYYY-MM\" from 1990-01 to 2100-12, got \"") +
                            buf + "\"");
    }
    whole("horizon_months", s.horizonMonths, rules::horizonMonths);
    if (inRange(std::int64_t(s.horizonMonths), rules::horizonMonths) &&
        !m_sink.isBad("horizon_months"))
        m_horizon = s.horizonMonths;

    const Finance &f = s.finance;
    number("finance.discount_rate", f.discountRate, rules::discountRate);
    number("finance.tax_rate", f.taxRate, rules::taxRate);
    number("finance.bonus_depreciation", f.bonusDepreciation, rules::bonusDepreciation);
    whole("finance.fiscal_year_end_month", f.fiscalYearEndMonth, rules::fiscalYearEndMonth);

    const Operations &o = s.operations;
    number("operations.availability", o.availability, rules::availability);
    number("operations.pue", o.pue, rules::pue);
    number("operations.electricity_price_per_kwh", o.electricityPricePerKwh,
           rules::electricityPricePerKwh);
    number("operations.electricity_annual_escalation", o.electricityAnnualEscalation,
           rules::electricityAnnualEscalation);
    number("operations.colocation_per_kw_month", o.colocationPerKwMonth,
           rules::colocationPerKwMonth);
    number("operations.maintenance_fraction_per_year", o.maintenanceFractionPerYear,
           rules::maintenanceFractionPerYear);
    number("operations.staff_cost_per_month", o.staffCostPerMonth, rules::staffCostPerMonth);

    count("skus", s.skus.size(), 1, rules::kMaxSkus);
    std::map<std::string, std::size_t> firstIndexOfId;
    for (std::size_t i = 0; i < s.skus.size(); ++i) {
        const std::string path = jsonPathIndex("skus", i);
        sku(path, s.skus[i]);
        const std::string idPath = path + ".id";
        if (isSkuId(s.skus[i].id) && !m_sink.isBad(idPath)) {
            const auto [it, inserted] = firstIndexOfId.emplace(s.skus[i].id, i);
            if (!inserted)
                report(idPath, "duplicate SKU id " + quoteForMessage(s.skus[i].id) +
                                   ", already used by skus[" + std::to_string(it->second) + "]");
        }
    }

    bool skuIdsSound = !m_sink.isBad("skus");
    for (std::size_t i = 0; i < s.skus.size() && skuIdsSound; ++i)
        skuIdsSound = !m_sink.isBad(jsonPathIndex("skus", i) + ".id");

    count("purchases", s.purchases.size(), 0, rules::kMaxPurchases);
    NumberRule monthRule = rules::purchaseMonthAnyHorizon;
    if (m_horizon > 0)
        monthRule.max = m_horizon - 1;
    const std::vector<int> purchaseSku = purchaseSkuIndices(s);
    for (std::size_t i = 0; i < s.purchases.size(); ++i) {
        const PurchaseTranche &p = s.purchases[i];
        const std::string path = jsonPathIndex("purchases", i);
        whole(path + ".month", p.month, monthRule);
        // An unknown id is only reported when the SKU list itself is sound; a missing or
        // broken SKU list or id is reported once, where it is.
        if (purchaseSku[i] < 0 && skuIdsSound) {
            std::string ids;
            for (std::size_t k = 0; k < s.skus.size() && k < 10; ++k)
                ids += (k ? ", " : "") + s.skus[k].id;
            if (s.skus.size() > 10)
                ids += ", ...";
            report(path + ".sku",
                   "must be the id of a SKU in skus (" + ids + "), got " + quoteForMessage(p.sku));
        }
        whole(path + ".gpus", p.gpus, rules::purchaseGpus);
        whole(path + ".install_lag_months", p.installLagMonths, rules::installLagMonths);
        if (p.gpuPrice)
            number(path + ".gpu_price", *p.gpuPrice, rules::gpuPrice);
        text(path + ".label", p.label, 0, rules::kMaxTextChars);
    }

    const InternalDemand &d = s.internalDemand;
    if (d.isSeries) {
        if (m_horizon > 0 && d.series.size() != std::size_t(m_horizon))
            report("internal_demand.series", "must have exactly " + std::to_string(m_horizon) +
                                                 " numbers, one per month of horizon_months, got " +
                                                 std::to_string(d.series.size()));
        for (std::size_t i = 0; i < d.series.size(); ++i)
            number(jsonPathIndex("internal_demand.series", i), d.series[i], rules::computeHours);
    } else {
        number("internal_demand.compute_hours", d.computeHours, rules::computeHours);
        number("internal_demand.annual_growth", d.annualGrowth, rules::demandAnnualGrowth);
    }

    const Leasing &l = s.leasing;
    number("leasing.sellable_fraction", l.sellableFraction, rules::sellableFraction);
    number("leasing.sales_cost_fraction", l.salesCostFraction, rules::salesCostFraction);
    whole("leasing.contract_months", l.contractMonths, rules::contractMonths);

    count("provenance", s.provenance.size(), 0, rules::kMaxProvenance);
    for (std::size_t i = 0; i < s.provenance.size(); ++i) {
        const Provenance &p = s.provenance[i];
        const std::string path = jsonPathIndex("provenance", i);
        text(path + ".field", p.field, 1, rules::kMaxTextChars);
        if (!p.field.empty() && !textProblem(p.field) && !isFieldPath(p.field))
            report(path + ".field",
                   "must be a path into this file such as \"skus[0].gpu_price\", got " +
                       quoteForMessage(p.field));
        text(path + ".source", p.source, 0, rules::kMaxTextChars);
        if (!p.date.empty() && !isDate(p.date))
            report(path + ".date",
                   "must be a date \"YYYY-MM-DD\" or \"\", got " + quoteForMessage(p.date));
        text(path + ".note", p.note, 0, rules::kMaxTextChars);
    }

    if (s.uncertainty)
        uncertainty(*s.uncertainty);

    model11(s);
}

void Checker::sku(const std::string &path, const Sku &k)
{
    if (!isSkuId(k.id))
        report(path + ".id",
               "must be 1 to 32 characters from a-z, 0-9, _ and -, got " + quoteForMessage(k.id));
    text(path + ".name", k.name, 1, rules::kMaxNameChars);
    number(path + ".gpu_price", k.gpuPrice, rules::gpuPrice);
    whole(path + ".gpus_per_server", k.gpusPerServer, rules::gpusPerServer);
    number(path + ".server_cost", k.serverCost, rules::serverCost);
    number(path + ".network_cost_per_gpu", k.networkCostPerGpu, rules::networkCostPerGpu);
    number(path + ".power_kw_per_gpu", k.powerKwPerGpu, rules::powerKwPerGpu);
    number(path + ".idle_power_fraction", k.idlePowerFraction, rules::idlePowerFraction);
    number(path + ".throughput", k.throughput, rules::throughput);
    whole(path + ".useful_life_months", k.usefulLifeMonths, rules::lifeMonths);
    whole(path + ".operating_life_months", k.operatingLifeMonths, rules::lifeMonths);
    number(path + ".salvage_fraction", k.salvageFraction, rules::salvageFraction);
    number(path + ".resale_fraction", k.resaleFraction, rules::resaleFraction);
    number(path + ".annual_failure_rate", k.annualFailureRate, rules::annualFailureRate);
    curve(path + ".lease_price", k.leasePrice);
    curve(path + ".cloud_price", k.cloudPrice);
    if (k.marketValue)
        curve(path + ".market_value", *k.marketValue, rules::marketValue);
    number(path + ".market_age_discount_per_year", k.marketAgeDiscountPerYear,
           rules::marketAgeDiscountPerYear);
    if (!k.marketValue && k.marketAgeDiscountPerYear != 0.0)
        report(path + ".market_age_discount_per_year",
               "needs " + path +
                   ".market_value: the age discount applies to the SKU's market value curve");
    if (k.usefulLifeChange) {
        NumberRule monthRule = rules::purchaseMonthAnyHorizon;
        if (m_horizon > 0)
            monthRule.max = m_horizon - 1;
        whole(path + ".useful_life_change.month", k.usefulLifeChange->month, monthRule);
        whole(path + ".useful_life_change.useful_life_months", k.usefulLifeChange->usefulLifeMonths,
              rules::lifeMonths);
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
            missing += (missing.empty() ? "" : ", ") + jsonPathIndex("skus", i) +
                       ".market_value (" + quoteForMessage(k.id) + ")";
    }
    if (count == 0)
        return;
    if (count > 10)
        missing += ", ...";
    const std::string what = count == 1 ? "this SKU has purchases but no market value: "
                                        : "these SKUs have purchases but no market value: ";
    if (needTerminal)
        report("finance.terminal_value",
               "\"market_value\" needs a market_value curve on every SKU that has a purchase; " +
                   what + missing);
    if (needTest)
        report("finance.impairment_test",
               "true needs a market_value curve on every SKU that has a purchase; " + what +
                   missing);
}

void Checker::curve(const std::string &path, const PriceCurve &c, const NumberRule &priceRule)
{
    if (c.kind == PriceCurve::Kind::Growth) {
        number(path + ".start", c.start, priceRule);
        number(path + ".annual_change", c.annualChange, rules::priceAnnualChange);
        return;
    }
    const std::string pointsPath = path + ".points";
    count(pointsPath, c.points.size(), 1, rules::kMaxCurvePoints);
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
    whole("uncertainty.paths", u.paths, rules::paths);
    if (u.seed > std::uint64_t(rules::kTwoTo53))
        report("uncertainty.seed",
               "must be " + describeRule(rules::seed) + ", got " + std::to_string(u.seed));
    const auto &known = sensitivityDrivers();
    std::map<std::string, std::size_t> declared;
    for (std::size_t i = 0; i < u.drivers.size(); ++i) {
        const DriverDistribution &d = u.drivers[i];
        const std::string path = jsonPathKey("uncertainty.drivers", d.driver);
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
        const std::string path = jsonPathIndex("uncertainty.correlations", i);
        bool namesOk = true;
        for (const auto &[key, name] : {std::pair{".a", &c.a}, std::pair{".b", &c.b}}) {
            if (!declared.count(*name)) {
                namesOk = false;
                report(path + key,
                       "must name a driver of uncertainty.drivers, got " + quoteForMessage(*name));
            }
        }
        if (namesOk && c.a == c.b) {
            namesOk = false;
            report(path + ".b", "must differ from a: a driver is not correlated with itself");
        }
        number(path + ".rho", c.rho, rules::rho);
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
    if (m_sink.errors.size() == errorsBefore && !m_sink.isBad("uncertainty.drivers"))
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
