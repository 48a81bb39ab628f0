// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioWriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <vector>

namespace fleetroi {
namespace {

// Appends pretty-printed JSON: values inside an object or array go on their own lines,
// indented by 2 spaces per level.
class JsonOut
{
public:
    std::string text;

    void beginObject() { open('{'); }
    void endObject() { close('}'); }
    void beginArray() { open('['); }
    void endArray() { close(']'); }

    // Starts a member of the current object.
    void key(std::string_view k)
    {
        newLine();
        appendString(k);
        text += ": ";
    }
    // Starts an element of the current array.
    void element() { newLine(); }

    void number(double v) { appendNumber(text, v); }
    void integer(std::int64_t v) { text += std::to_string(v); }
    void unsignedInteger(std::uint64_t v) { text += std::to_string(v); }
    void boolean(bool b) { text += b ? "true" : "false"; }
    void string(std::string_view s) { appendString(s); }

    // A short array of numbers on one line: [1, 2.5, 3].
    void inlineNumbers(const double *values, std::size_t n)
    {
        text += '[';
        for (std::size_t i = 0; i < n; ++i) {
            if (i)
                text += ", ";
            appendNumber(text, values[i]);
        }
        text += ']';
    }

    static void appendNumber(std::string &out, double v)
    {
        if (!std::isfinite(v)) {
            out += "null";
            return;
        }
        // Whole values as integers ("30000000", not "3e+07"): exact below 2^53. -0 keeps
        // its sign so the value reads back bit-identical.
        if (v == std::floor(v) && std::fabs(v) < 9007199254740992.0) {
            if (v == 0.0 && std::signbit(v))
                out += "-0";
            else
                out += std::to_string(static_cast<long long>(v));
            return;
        }
        // Otherwise the shortest form that reads back to the same double; to_chars ignores
        // the locale, so a German desktop still writes "0.09".
        char buf[64];
        const auto r = std::to_chars(buf, buf + sizeof buf, v);
        out.append(buf, r.ptr);
    }

private:
    std::vector<bool> m_hasMembers; // per open container: has anything been written?

    void open(char c)
    {
        text += c;
        m_hasMembers.push_back(false);
    }
    void close(char c)
    {
        const bool had = m_hasMembers.back();
        m_hasMembers.pop_back();
        if (had) {
            text += '\n';
            text.append(2 * m_hasMembers.size(), ' ');
        }
        text += c;
    }
    void newLine()
    {
        if (m_hasMembers.back())
            text += ',';
        m_hasMembers.back() = true;
        text += '\n';
        text.append(2 * m_hasMembers.size(), ' ');
    }

    void appendString(std::string_view s)
    {
        text += '"';
        for (char ch : s) {
            const auto c = static_cast<unsigned char>(ch);
            switch (c) {
            case '"':
                text += "\\\"";
                break;
            case '\\':
                text += "\\\\";
                break;
            case '\n':
                text += "\\n";
                break;
            case '\t':
                text += "\\t";
                break;
            default:
                if (c < 0x20 || c == 0x7F) {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "\\u%04X", unsigned(c));
                    text += buf;
                } else {
                    text += ch; // UTF-8 bytes as they are
                }
            }
        }
        text += '"';
    }
};

void writeCurve(JsonOut &out, std::string_view key, const PriceCurve &c)
{
    out.key(key);
    out.beginObject();
    if (c.kind == PriceCurve::Kind::Growth) {
        out.key("start");
        out.number(c.start);
        out.key("annual_change");
        out.number(c.annualChange);
    } else {
        out.key("points");
        out.beginArray();
        for (const auto &[month, price] : c.points) {
            out.element();
            out.text += '[';
            out.integer(month);
            out.text += ", ";
            out.number(price);
            out.text += ']';
        }
        out.endArray();
    }
    out.endObject();
}

void writeSku(JsonOut &out, const Sku &k)
{
    out.element();
    out.beginObject();
    out.key("id");
    out.string(k.id);
    out.key("name");
    out.string(k.name);
    out.key("gpu_price");
    out.number(k.gpuPrice);
    out.key("gpus_per_server");
    out.integer(k.gpusPerServer);
    out.key("server_cost");
    out.number(k.serverCost);
    out.key("network_cost_per_gpu");
    out.number(k.networkCostPerGpu);
    out.key("power_kw_per_gpu");
    out.number(k.powerKwPerGpu);
    out.key("idle_power_fraction");
    out.number(k.idlePowerFraction);
    out.key("throughput");
    out.number(k.throughput);
    out.key("useful_life_months");
    out.integer(k.usefulLifeMonths);
    out.key("operating_life_months");
    out.integer(k.operatingLifeMonths);
    out.key("salvage_fraction");
    out.number(k.salvageFraction);
    if (!k.marketValue) { // a SKU with a market value sells at market value (model 1.1)
        out.key("resale_fraction");
        out.number(k.resaleFraction);
    }
    out.key("depreciation");
    out.string(toString(k.depreciation));
    out.key("annual_failure_rate");
    out.number(k.annualFailureRate);
    writeCurve(out, "lease_price", k.leasePrice);
    writeCurve(out, "cloud_price", k.cloudPrice);
    // Model 1.1 keys only when used, so a model-1 scenario is written byte for byte as before.
    if (k.marketValue) {
        writeCurve(out, "market_value", *k.marketValue);
        out.key("market_age_discount_per_year");
        out.number(k.marketAgeDiscountPerYear);
    } else if (k.marketAgeDiscountPerYear != 0.0) {
        // Invalid without a market value; written so that reading the file refuses it
        // rather than silently dropping the number.
        out.key("market_age_discount_per_year");
        out.number(k.marketAgeDiscountPerYear);
    }
    if (k.usefulLifeChange) {
        out.key("useful_life_change");
        out.beginObject();
        out.key("month");
        out.integer(k.usefulLifeChange->month);
        out.key("useful_life_months");
        out.integer(k.usefulLifeChange->usefulLifeMonths);
        out.endObject();
    }
    out.endObject();
}

void writePurchase(JsonOut &out, const PurchaseTranche &p)
{
    out.element();
    out.beginObject();
    out.key("month");
    out.integer(p.month);
    out.key("sku");
    out.string(p.sku);
    out.key("gpus");
    out.integer(p.gpus);
    out.key("install_lag_months");
    out.integer(p.installLagMonths);
    if (p.gpuPrice) {
        out.key("gpu_price");
        out.number(*p.gpuPrice);
    }
    out.key("label");
    out.string(p.label);
    out.endObject();
}

void writeUncertainty(JsonOut &out, const Uncertainty &u)
{
    out.key("uncertainty");
    out.beginObject();
    out.key("paths");
    out.integer(u.paths);
    out.key("seed");
    out.unsignedInteger(u.seed);
    out.key("drivers");
    out.beginObject();
    for (const DriverDistribution &d : u.drivers) {
        out.key(d.driver);
        out.beginObject();
        out.key(toString(d.kind));
        const double values[3] = {d.a, d.b, d.c};
        out.inlineNumbers(values, d.kind == DriverDistribution::Kind::Triangular ? 3 : 2);
        out.endObject();
    }
    out.endObject();
    out.key("correlations");
    out.beginArray();
    for (const DriverCorrelation &c : u.correlations) {
        out.element();
        out.beginObject();
        out.key("a");
        out.string(c.a);
        out.key("b");
        out.string(c.b);
        out.key("rho");
        out.number(c.rho);
        out.endObject();
    }
    out.endArray();
    out.endObject();
}

} // namespace

std::string writeScenario(const Scenario &s)
{
    JsonOut out;
    out.beginObject();
    out.key("format");
    out.string("fleetroi-scenario");
    out.key("version");
    out.integer(1);
    out.key("name");
    out.string(s.name);
    out.key("description");
    out.string(s.description);
    out.key("currency");
    out.string(s.currency);
    out.key("start");
    char start[32];
    std::snprintf(start, sizeof start, "%04d-%02d", s.startYear, s.startMonth);
    out.string(start);
    out.key("horizon_months");
    out.integer(s.horizonMonths);

    out.key("finance");
    out.beginObject();
    out.key("discount_rate");
    out.number(s.finance.discountRate);
    out.key("tax_rate");
    out.number(s.finance.taxRate);
    out.key("tax_depreciation");
    out.string(toString(s.finance.taxDepreciation));
    out.key("bonus_depreciation");
    out.number(s.finance.bonusDepreciation);
    out.key("fiscal_year_end_month");
    out.integer(s.finance.fiscalYearEndMonth);
    out.key("terminal_value");
    out.string(toString(s.finance.terminalValue));
    if (s.finance.impairmentTest) { // model 1.1, written only when on
        out.key("impairment_test");
        out.boolean(true);
    }
    out.endObject();

    const Operations &o = s.operations;
    out.key("operations");
    out.beginObject();
    out.key("availability");
    out.number(o.availability);
    out.key("pue");
    out.number(o.pue);
    out.key("electricity_price_per_kwh");
    out.number(o.electricityPricePerKwh);
    out.key("electricity_annual_escalation");
    out.number(o.electricityAnnualEscalation);
    out.key("colocation_per_kw_month");
    out.number(o.colocationPerKwMonth);
    out.key("maintenance_fraction_per_year");
    out.number(o.maintenanceFractionPerYear);
    out.key("staff_cost_per_month");
    out.number(o.staffCostPerMonth);
    out.endObject();

    out.key("skus");
    out.beginArray();
    for (const Sku &k : s.skus)
        writeSku(out, k);
    out.endArray();

    out.key("purchases");
    out.beginArray();
    for (const PurchaseTranche &p : s.purchases)
        writePurchase(out, p);
    out.endArray();

    const InternalDemand &d = s.internalDemand;
    out.key("internal_demand");
    out.beginObject();
    if (d.isSeries) {
        // Twelve months to a line, so a year reads as a row.
        out.key("series");
        out.beginArray();
        for (std::size_t i = 0; i < d.series.size(); i += 12) {
            out.element();
            const std::size_t end = std::min(d.series.size(), i + 12);
            for (std::size_t k = i; k < end; ++k) {
                if (k > i)
                    out.text += ", ";
                out.number(d.series[k]);
            }
        }
        out.endArray();
    } else {
        out.key("compute_hours");
        out.number(d.computeHours);
        out.key("annual_growth");
        out.number(d.annualGrowth);
    }
    out.endObject();

    out.key("leasing");
    out.beginObject();
    out.key("enabled");
    out.boolean(s.leasing.enabled);
    out.key("sellable_fraction");
    out.number(s.leasing.sellableFraction);
    out.key("sales_cost_fraction");
    out.number(s.leasing.salesCostFraction);
    out.key("contract_months");
    out.integer(s.leasing.contractMonths);
    out.endObject();

    out.key("provenance");
    out.beginArray();
    for (const Provenance &p : s.provenance) {
        out.element();
        out.beginObject();
        out.key("field");
        out.string(p.field);
        out.key("source");
        out.string(p.source);
        out.key("date");
        out.string(p.date);
        out.key("note");
        out.string(p.note);
        out.endObject();
    }
    out.endArray();

    if (s.uncertainty)
        writeUncertainty(out, *s.uncertainty);

    out.endObject();
    out.text += '\n';
    return std::move(out.text);
}

} // namespace fleetroi
