// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/InputChanges.h"

#include "engine/FleetModel.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace fleetroi {

namespace {

constexpr std::size_t kMaxListedMonths = 3; // demand months listed one by one, then a summary

bool sameValue(const InputValue &a, const InputValue &b)
{
    if (a.isNumber != b.isNumber)
        return false;
    return a.isNumber ? a.number == b.number : a.text == b.text;
}

std::string valueText(const InputValue &v, InputUnit unit, const Scenario &s)
{
    if (!v.isNumber)
        return v.text.empty() ? std::string("(empty)") : v.text;
    if (unit == InputUnit::MonthIndex)
        return monthLabel(s.startYear, s.startMonth, int(v.number));
    return formatInputNumber(v.number, unit, s.currency);
}

std::string curveText(const PriceCurve &c, const std::string &currency)
{
    if (c.kind == PriceCurve::Kind::Growth)
        return formatInputNumber(c.start, InputUnit::MoneyPerGpuHour, currency) + ", " +
               formatInputNumber(c.annualChange, InputUnit::FractionPerYear, currency);
    std::string out = "points";
    const std::size_t shown = std::min<std::size_t>(c.points.size(), 4);
    for (std::size_t i = 0; i < shown; ++i)
        out += (i ? ", month " : " month ") + std::to_string(c.points[i].first) + " " +
               formatInputNumber(c.points[i].second, InputUnit::None, currency);
    if (c.points.size() > shown)
        out += ", ...";
    return out + " " + currency + "/GPU-h";
}

const InputField &field(FieldId id)
{
    return *findInputField(id);
}

// A field's key and path in the file's spelling, from the schema.
std::string keyOf(FieldId id)
{
    return std::string(schemaField(id).key);
}
std::string pathOf(FieldId id)
{
    return std::string(schemaField(id).path);
}

struct Collector
{
    std::vector<InputChange> out;
    void add(const InputField &f, std::string path, std::string subject, std::string detail,
             std::string from, std::string to)
    {
        out.push_back({f.group, std::move(path), std::move(subject), f.label, std::move(detail),
                       std::move(from), std::move(to)});
    }
};

void compareCurve(Collector &c, FieldId curve, const std::string &path, const std::string &subject,
                  const PriceCurve &a, const PriceCurve &b, const Scenario &sa, const Scenario &sb)
{
    if (a == b)
        return;
    const InputField &f = field(curve);
    bool sameMonths = a.kind == PriceCurve::Kind::Points && b.kind == PriceCurve::Kind::Points &&
                      a.points.size() == b.points.size();
    for (std::size_t i = 0; sameMonths && i < a.points.size(); ++i)
        sameMonths = a.points[i].first == b.points[i].first;
    if (sameMonths && sa.startYear == sb.startYear && sa.startMonth == sb.startMonth) {
        for (std::size_t i = 0; i < a.points.size(); ++i) {
            if (a.points[i].second == b.points[i].second)
                continue;
            c.add(f, path + "." + keyOf(FieldId::CurvePoints) + "[" + std::to_string(i) + "]",
                  subject, "in " + monthLabel(sb.startYear, sb.startMonth, b.points[i].first),
                  formatInputNumber(a.points[i].second, InputUnit::MoneyPerGpuHour, sa.currency),
                  formatInputNumber(b.points[i].second, InputUnit::MoneyPerGpuHour, sb.currency));
        }
        return;
    }
    c.add(f, path, subject, "", curveText(a, sa.currency), curveText(b, sb.currency));
}

std::string purchaseSubject(std::size_t index, const PurchaseTranche &p, const Scenario &s)
{
    const int si = s.skuIndex(p.sku);
    std::string out = "Purchase " + std::to_string(index + 1) + " (" +
                      (si >= 0 ? s.skus[std::size_t(si)].name : p.sku) + ", " +
                      monthLabel(s.startYear, s.startMonth, p.month);
    if (!p.label.empty())
        out += ", " + p.label;
    return out + ")";
}

std::string purchaseText(const PurchaseTranche &p, const Scenario &s)
{
    const int si = s.skuIndex(p.sku);
    return formatInputNumber(double(p.gpus), InputUnit::None, s.currency) + " x " +
           (si >= 0 ? s.skus[std::size_t(si)].name : p.sku) + ", bought " +
           monthLabel(s.startYear, s.startMonth, p.month);
}

void compareSkus(Collector &c, const Scenario &a, const Scenario &b)
{
    std::map<std::string, const Sku *> before;
    for (const Sku &s : a.skus)
        before[s.id] = &s;
    for (const Sku &sb : b.skus) {
        const std::string path = keyOf(FieldId::Skus) + "[" + sb.id + "]";
        const std::string subject = sb.name.empty() ? sb.id : sb.name;
        const auto it = before.find(sb.id);
        if (it == before.end()) {
            c.add(field(FieldId::Skus), path, subject, "", "",
                  formatInputNumber(sb.gpuPrice, InputUnit::Money, b.currency) + " per GPU");
            continue;
        }
        const Sku &sa = *it->second;
        for (const InputField &f : inputFields()) {
            if (f.scope != InputScope::Sku)
                continue;
            const InputValue va = f.value(a, &sa), vb = f.value(b, &sb);
            if (!sameValue(va, vb))
                c.add(f, path + "." + std::string(f.schema->key), subject, "",
                      valueText(va, f.unit, a), valueText(vb, f.unit, b));
        }
        compareCurve(c, FieldId::SkuLeasePrice, path + "." + keyOf(FieldId::SkuLeasePrice), subject,
                     sa.leasePrice, sb.leasePrice, a, b);
        compareCurve(c, FieldId::SkuCloudPrice, path + "." + keyOf(FieldId::SkuCloudPrice), subject,
                     sa.cloudPrice, sb.cloudPrice, a, b);
        before.erase(it);
    }
    for (const Sku &sa : a.skus)
        if (before.count(sa.id))
            c.add(field(FieldId::Skus), keyOf(FieldId::Skus) + "[" + sa.id + "]",
                  sa.name.empty() ? sa.id : sa.name, "",
                  formatInputNumber(sa.gpuPrice, InputUnit::Money, a.currency) + " per GPU", "");
}

void comparePurchases(Collector &c, const Scenario &a, const Scenario &b)
{
    const std::size_t common = std::min(a.purchases.size(), b.purchases.size());
    for (std::size_t i = 0; i < common; ++i) {
        const PurchaseTranche &pa = a.purchases[i], &pb = b.purchases[i];
        if (pa == pb)
            continue;
        const std::string path = keyOf(FieldId::Purchases) + "[" + std::to_string(i) + "]";
        for (const InputField &f : inputFields()) {
            if (f.scope != InputScope::Purchase)
                continue;
            const InputValue va = f.value(a, &pa), vb = f.value(b, &pb);
            if (!sameValue(va, vb))
                c.add(f, path + "." + std::string(f.schema->key), purchaseSubject(i, pb, b), "",
                      valueText(va, f.unit, a), valueText(vb, f.unit, b));
        }
    }
    for (std::size_t i = common; i < b.purchases.size(); ++i)
        c.add(field(FieldId::Purchases), keyOf(FieldId::Purchases) + "[" + std::to_string(i) + "]",
              "Purchase " + std::to_string(i + 1), "", "", purchaseText(b.purchases[i], b));
    for (std::size_t i = common; i < a.purchases.size(); ++i)
        c.add(field(FieldId::Purchases), keyOf(FieldId::Purchases) + "[" + std::to_string(i) + "]",
              "Purchase " + std::to_string(i + 1), "", purchaseText(a.purchases[i], a), "");
}

void compareDemandSeries(Collector &c, const Scenario &a, const Scenario &b)
{
    const InternalDemand &da = a.internalDemand, &db = b.internalDemand;
    if (!da.isSeries || !db.isSeries || da.series == db.series)
        return;
    const InputField &f = field(FieldId::DemandSeries);
    std::vector<std::size_t> changed;
    const std::size_t n = std::max(da.series.size(), db.series.size());
    for (std::size_t t = 0; t < n; ++t) {
        const bool inA = t < da.series.size(), inB = t < db.series.size();
        if (!inA || !inB || da.series[t] != db.series[t])
            changed.push_back(t);
    }
    if (changed.size() > kMaxListedMonths) {
        c.add(f, pathOf(FieldId::DemandSeries), "", "",
              std::to_string(da.series.size()) + " months",
              std::to_string(changed.size()) + " months changed");
        return;
    }
    for (std::size_t t : changed) {
        const auto text = [&](const Scenario &s, const InternalDemand &d) {
            return t < d.series.size()
                       ? formatInputNumber(d.series[t], InputUnit::ComputeHours, s.currency)
                       : std::string();
        };
        c.add(f, pathOf(FieldId::DemandSeries) + "[" + std::to_string(t) + "]", "",
              "in " + monthLabel(b.startYear, b.startMonth, int(t)), text(a, da), text(b, db));
    }
}

std::string countText(std::size_t n, const char *what)
{
    return std::to_string(n) + " " + what;
}

} // namespace

std::string InputChange::text() const
{
    std::string out;
    if (!subject.empty())
        out += subject + ": ";
    out += label;
    if (!detail.empty())
        out += " " + detail;
    out += ": ";
    if (from.empty())
        return out + "added " + to;
    if (to.empty())
        return out + "removed (was " + from + ")";
    return out + from + " -> " + to;
}

std::vector<InputChange> describeInputChanges(const Scenario &a, const Scenario &b)
{
    Collector c;
    compareSkus(c, a, b);
    comparePurchases(c, a, b);
    for (const InputField &f : inputFields()) {
        if (f.scope != InputScope::Scenario)
            continue;
        const InputValue va = f.value(a, &a), vb = f.value(b, &b);
        if (!sameValue(va, vb))
            c.add(f, f.path, "", "", valueText(va, f.unit, a), valueText(vb, f.unit, b));
    }
    compareDemandSeries(c, a, b);
    if (a.provenance != b.provenance)
        c.add(field(FieldId::Provenance), pathOf(FieldId::Provenance), "", "",
              countText(a.provenance.size(), "entries"),
              countText(b.provenance.size(), "entries") +
                  (a.provenance.size() == b.provenance.size() ? " (edited)" : ""));
    if (a.uncertainty != b.uncertainty) {
        const auto text = [](const std::optional<Uncertainty> &u) {
            return u ? countText(u->drivers.size(), "drivers") + ", " +
                           countText(std::size_t(u->paths), "paths")
                     : std::string("none");
        };
        std::string to = text(b.uncertainty);
        if (text(a.uncertainty) == to)
            to += " (edited)";
        c.add(field(FieldId::Uncertainty), pathOf(FieldId::Uncertainty), "", "",
              text(a.uncertainty), to);
    }
    std::stable_sort(c.out.begin(), c.out.end(), [](const InputChange &x, const InputChange &y) {
        return int(x.group) < int(y.group);
    });
    return c.out;
}

} // namespace fleetroi
