// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/ScenarioWriter.h"
#include "finance/CivilDate.h"
#include "scenario/ScenarioSchema.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <span>
#include <string>
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

using Fields = std::span<const SchemaField>;

void writeFields(JsonOut &out, Fields fields, const void *owner);

void writeCurve(JsonOut &out, std::string_view key, const PriceCurve &c)
{
    out.key(key);
    out.beginObject();
    if (c.kind == PriceCurve::Kind::Growth) {
        out.key(schemaField(FieldId::CurveStart).key);
        out.number(c.start);
        out.key(schemaField(FieldId::CurveAnnualChange).key);
        out.number(c.annualChange);
    } else {
        out.key(schemaField(FieldId::CurvePoints).key);
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

// A list of objects, each with the fields of "<path>[]".
template <typename Item>
void writeList(JsonOut &out, const SchemaField &f, const std::vector<Item> &items)
{
    const Fields fields = schemaChildren(std::string(f.path) + "[]");
    out.key(f.key);
    out.beginArray();
    for (const Item &item : items) {
        out.element();
        out.beginObject();
        writeFields(out, fields, &item);
        out.endObject();
    }
    out.endArray();
}

void writeInternalDemand(JsonOut &out, const SchemaField &f, const InternalDemand &d)
{
    out.key(f.key);
    out.beginObject();
    if (d.isSeries) {
        // Twelve months to a line, so a year reads as a row.
        out.key(schemaField(FieldId::DemandSeries).key);
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
        out.key(schemaField(FieldId::DemandComputeHours).key);
        out.number(d.computeHours);
        out.key(schemaField(FieldId::DemandAnnualGrowth).key);
        out.number(d.annualGrowth);
    }
    out.endObject();
}

void writeDrivers(JsonOut &out, const SchemaField &f, const Uncertainty &u)
{
    out.key(f.key);
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
}

} // namespace

// Whether a model 1.1 key is written: only when used, so a model-1 scenario is written byte
// for byte as before. A market value's age discount is written beside the curve; without a
// curve it is written only when set, so that reading the file refuses it rather than
// silently dropping the number.
bool isWrittenValue(const SchemaField &f, const void *owner)
{
    if (f.id == FieldId::SkuResaleFraction) // a SKU with a market value sells at market value
        return !static_cast<const Sku *>(owner)->marketValue;
    if (!f.model11)
        return true;
    if (f.id == FieldId::SkuMarketAgeDiscountPerYear &&
        static_cast<const Sku *>(owner)->marketValue)
        return true;
    switch (f.type) {
    case FieldType::Bool:
        return f.ref<bool>(owner);
    case FieldType::Number:
        return f.ref<double>(owner) != f.defaultValue;
    default:
        return true;
    }
}

namespace {

void writePlain(JsonOut &out, const SchemaField &f, const void *owner)
{
    if (!isWrittenValue(f, owner))
        return;
    if (f.type == FieldType::OptionalNumber) {
        const std::optional<double> &v = f.ref<std::optional<double>>(owner);
        if (v) {
            out.key(f.key);
            out.number(*v);
        }
        return;
    }
    out.key(f.key);
    switch (f.type) {
    case FieldType::Text:
        out.string(f.ref<std::string>(owner));
        break;
    case FieldType::Number:
        out.number(f.ref<double>(owner));
        break;
    case FieldType::Int:
        out.integer(f.ref<int>(owner));
        break;
    case FieldType::Int64:
        out.integer(f.ref<std::int64_t>(owner));
        break;
    case FieldType::UInt64:
        out.unsignedInteger(f.ref<std::uint64_t>(owner));
        break;
    case FieldType::Bool:
        out.boolean(f.ref<bool>(owner));
        break;
    case FieldType::Choice:
        out.string(f.choiceName(f.getChoice(owner)));
        break;
    default:
        break;
    }
}

void writeShaped(JsonOut &out, const SchemaField &f, const void *owner)
{
    const auto &s = *static_cast<const Scenario *>(owner); // for root fields only
    switch (f.id) {
    case FieldId::Format:
        out.key(f.key);
        out.string("fleetroi-scenario");
        return;
    case FieldId::Version:
        out.key(f.key);
        out.integer(1);
        return;
    case FieldId::Start: {
        out.key(f.key);
        out.string(finance::yearMonthText(s.startYear, s.startMonth));
        return;
    }
    case FieldId::Finance:
    case FieldId::Operations:
    case FieldId::Leasing:
        out.key(f.key);
        out.beginObject();
        writeFields(out, schemaChildren(f.path), owner);
        out.endObject();
        return;
    case FieldId::Skus:
        writeList(out, f, s.skus);
        return;
    case FieldId::Purchases:
        writeList(out, f, s.purchases);
        return;
    case FieldId::Provenance:
        writeList(out, f, s.provenance);
        return;
    case FieldId::InternalDemand:
        writeInternalDemand(out, f, s.internalDemand);
        return;
    case FieldId::Uncertainty:
        if (s.uncertainty) {
            out.key(f.key);
            out.beginObject();
            writeFields(out, schemaChildren(f.path), &*s.uncertainty);
            out.endObject();
        }
        return;
    case FieldId::UncertaintyDrivers:
        writeDrivers(out, f, *static_cast<const Uncertainty *>(owner));
        return;
    case FieldId::UncertaintyCorrelations:
        writeList(out, f, static_cast<const Uncertainty *>(owner)->correlations);
        return;
    case FieldId::SkuLeasePrice:
        writeCurve(out, f.key, static_cast<const Sku *>(owner)->leasePrice);
        return;
    case FieldId::SkuCloudPrice:
        writeCurve(out, f.key, static_cast<const Sku *>(owner)->cloudPrice);
        return;
    case FieldId::SkuMarketValue:
        if (const auto &market = static_cast<const Sku *>(owner)->marketValue)
            writeCurve(out, f.key, *market);
        return;
    case FieldId::SkuUsefulLifeChange:
        if (const auto &change = static_cast<const Sku *>(owner)->usefulLifeChange) {
            out.key(f.key);
            out.beginObject();
            writeFields(out, schemaChildren(f.path), &*change);
            out.endObject();
        }
        return;
    default:
        return;
    }
}

// The fields of one object in the schema's (the format's) order.
void writeFields(JsonOut &out, Fields fields, const void *owner)
{
    for (const SchemaField &f : fields) {
        if (f.member)
            writePlain(out, f, owner);
        else
            writeShaped(out, f, owner);
    }
}

} // namespace

std::string writeScenario(const Scenario &s)
{
    JsonOut out;
    out.beginObject();
    writeFields(out, schemaChildren(""), &s);
    out.endObject();
    out.text += '\n';
    return std::move(out.text);
}

} // namespace fleetroi
