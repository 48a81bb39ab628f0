// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/AnalysisFormat.h"

#include "engine/ResultsFormat.h"

#include <cstdio>

namespace fleetroi {

namespace {

std::string optionalNumber(const std::optional<double> &v)
{
    return v ? formatJsonNumber(*v) : std::string("null");
}

const char *kindKey(GoalSeekTarget::Kind k)
{
    switch (k) {
    case GoalSeekTarget::Kind::Npv:
        return "npv";
    case GoalSeekTarget::Kind::Irr:
        return "irr";
    case GoalSeekTarget::Kind::Payback:
        break;
    }
    return "payback";
}

std::string line(const std::string &label, const std::string &value)
{
    char buf[512];
    std::snprintf(buf, sizeof buf, "  %-34s %s\n", label.c_str(), value.c_str());
    return buf;
}

std::string percent(double v)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.2f %%", v * 100.0);
    return buf;
}

} // namespace

std::string bridgeToJson(const NpvBridge &b, const std::string &nameA, const std::string &nameB)
{
    std::string o = "{\n";
    o += " \"a\": " + formatJsonString(nameA) + ",\n";
    o += " \"b\": " + formatJsonString(nameB) + ",\n";
    o += " \"npv_a\": " + formatJsonNumber(b.npvA) + ",\n";
    o += " \"npv_b\": " + formatJsonNumber(b.npvB) + ",\n";
    o += " \"npv_change\": " + formatJsonNumber(b.npvB - b.npvA) + ",\n";
    o += " \"steps\": [";
    for (std::size_t i = 0; i < b.steps.size(); ++i) {
        const BridgeStep &s = b.steps[i];
        o += i ? ",\n  {\n" : "\n  {\n";
        o += "   \"step\": " + formatJsonString(s.label()) + ",\n";
        o += "   \"groups\": [";
        for (std::size_t g = 0; g < s.groups.size(); ++g)
            o += (g ? ", " : "") + formatJsonString(inputGroupKey(s.groups[g]));
        o += "],\n";
        o += "   \"npv_before\": " + formatJsonNumber(s.npvBefore) + ",\n";
        o += "   \"npv_after\": " + formatJsonNumber(s.npvAfter) + ",\n";
        o += "   \"npv_change\": " + formatJsonNumber(s.delta()) + ",\n";
        o += std::string("   \"merged_because_invalid\": ") +
             (s.mergedBecauseInvalid ? "true" : "false") + ",\n";
        o += "   \"changes\": [";
        for (std::size_t c = 0; c < s.changes.size(); ++c)
            o += (c ? ",\n    " : "\n    ") + formatJsonString(s.changes[c].text());
        o += s.changes.empty() ? "]\n  }" : "\n   ]\n  }";
    }
    o += b.steps.empty() ? "]\n}\n" : "\n ]\n}\n";
    return o;
}

std::string bridgeToTable(const NpvBridge &b, const std::string &nameA, const std::string &nameB,
                          const std::string &currency)
{
    std::string o = "NPV bridge from A to B\n";
    const auto money = [&](double v) {
        return formatGroupedNumber(v) + " " + currency;
    };
    o += "  A = " + nameA + "\n  B = " + nameB + "\n\n";
    o += line("NPV of A", money(b.npvA));
    for (const BridgeStep &s : b.steps) {
        const double d = s.delta();
        o += line("  " + s.label(), (d >= 0.0 ? "+" : "") + money(d));
        for (const InputChange &c : s.changes)
            o += "      " + c.text() + "\n";
        if (s.mergedBecauseInvalid)
            o += "      (groups applied together: the first alone gives a scenario the model "
                 "cannot compute)\n";
    }
    if (b.steps.empty())
        o += "  (no input differs)\n";
    o += line("NPV of B", money(b.npvB));
    o += line("Change", money(b.npvB - b.npvA));
    o += "\nEach step applies the second scenario's inputs of one group, in this order: fleet "
         "and prices, internal demand, leasing, operations, finance, other inputs.\n";
    return o;
}

std::string goalSeekToJson(const GoalSeekResult &r, const std::string &driver,
                           const GoalSeekTarget &t)
{
    std::string o = "{\n";
    o += " \"driver\": " + formatJsonString(driver) + ",\n";
    o += std::string(" \"target\": \"") + kindKey(t.kind) + "\",\n";
    o += " \"target_value\": " + formatJsonNumber(t.value) + ",\n";
    o += std::string(" \"reached\": ") + (r.reached ? "true" : "false") + ",\n";
    o += std::string(" \"exact\": ") + (r.exact ? "true" : "false") + ",\n";
    o += " \"multiplier\": " + (r.reached ? formatJsonNumber(r.multiplier) : "null") + ",\n";
    o += " \"range\": [" + formatJsonNumber(r.range.low) + ", " + formatJsonNumber(r.range.high) +
         "],\n";
    o += " \"band\": " +
         (r.bandLow && r.bandHigh
              ? "[" + formatJsonNumber(*r.bandLow) + ", " + formatJsonNumber(*r.bandHigh) + "]"
              : std::string("null")) +
         ",\n";
    o += " \"npv\": " + (r.reached ? formatJsonNumber(r.npv) : "null") + ",\n";
    o += " \"irr\": " + (r.reached ? optionalNumber(r.irr) : "null") + ",\n";
    o += " \"payback_month\": " +
         (r.reached && r.paybackMonth ? std::to_string(*r.paybackMonth) : "null") + ",\n";
    o += " \"message\": " + formatJsonString(r.message) + "\n}\n";
    return o;
}

std::string goalSeekToTable(const GoalSeekResult &r, const std::string &driver,
                            const GoalSeekTarget &t, const std::string &currency)
{
    std::string target;
    switch (t.kind) {
    case GoalSeekTarget::Kind::Npv:
        target = "NPV = " + formatGroupedNumber(t.value) + " " + currency;
        break;
    case GoalSeekTarget::Kind::Irr:
        target = "IRR = " + percent(t.value);
        break;
    case GoalSeekTarget::Kind::Payback:
        target = "payback in month " + std::to_string(int(t.value));
        break;
    }
    std::string o = "Goal seek: " + driver + " for " + target + "\n\n";
    if (!r.reached)
        return o + "  " + r.message + "\n";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.6f x today's (%+.2f %%)", r.multiplier,
                  (r.multiplier - 1.0) * 100.0);
    o += line("Multiplier on " + driver, buf);
    if (r.bandLow && r.bandHigh) {
        std::snprintf(buf, sizeof buf, "%.6f x to %.6f x", *r.bandLow, *r.bandHigh);
        o += line("Multipliers with that payback", buf);
    }
    o += line("NPV", formatGroupedNumber(r.npv) + " " + currency);
    o += line("IRR", r.irr ? percent(*r.irr) : "none");
    o += line("Payback", r.paybackMonth ? "month " + std::to_string(*r.paybackMonth)
                                        : "not within the horizon");
    if (!r.message.empty())
        o += "\n  " + r.message + "\n";
    return o;
}

} // namespace fleetroi
