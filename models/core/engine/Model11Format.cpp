// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/Model11Format.h"

#include "engine/ResultsFormat.h"

#include <cstdio>

namespace fleetroi {

std::string impairmentSensitivityToJson(const ImpairmentSensitivity &s)
{
    std::string o = "{\n \"impairment_sensitivity\": {\n";
    o += "  \"swing\": " + formatJsonNumber(s.swing) + ",\n";
    o += std::string("  \"impairment_test\": ") + (s.impairmentTest ? "true" : "false") + ",\n";
    o += "  \"base_total_impairment\": " + formatJsonNumber(s.baseImpairment) + ",\n";
    o += "  \"curves\": [";
    for (std::size_t i = 0; i < s.rows.size(); ++i) {
        const ImpairmentSensitivityRow &r = s.rows[i];
        o += i ? ",\n   {\n" : "\n   {\n";
        o += "    \"curve\": " + formatJsonString(std::string(impairmentCurveKey(r.curve))) + ",\n";
        o += "    \"multiplier_low\": " + formatJsonNumber(r.multiplierLow) + ",\n";
        o += "    \"multiplier_high\": " + formatJsonNumber(r.multiplierHigh) + ",\n";
        o += "    \"total_impairment_low\": " + formatJsonNumber(r.impairmentLow) + ",\n";
        o += "    \"total_impairment_high\": " + formatJsonNumber(r.impairmentHigh) + ",\n";
        o += "    \"npv_low\": " + formatJsonNumber(r.npvLow) + ",\n";
        o += "    \"npv_high\": " + formatJsonNumber(r.npvHigh) + "\n   }";
    }
    o += s.rows.empty() ? "]\n" : "\n  ]\n";
    o += " }\n}\n";
    return o;
}

std::string impairmentSensitivityToTable(const ImpairmentSensitivity &s,
                                         const std::string &currency)
{
    std::string o;
    char line[256];
    if (!s.impairmentTest) {
        o += "Impairment sensitivity: the scenario does not use the impairment test "
             "(finance.impairment_test), so there is no impairment to shift.\n";
        return o;
    }
    std::snprintf(line, sizeof line,
                  "Total impairment (%s), each curve x%.2f and x%.2f (base %s)\n", currency.c_str(),
                  1.0 - s.swing, 1.0 + s.swing, formatGroupedNumber(s.baseImpairment).c_str());
    o += line;
    std::snprintf(line, sizeof line, "  %-14s %20s %20s %20s %20s\n", "Curve", "Impairment low",
                  "Impairment high", "NPV low", "NPV high");
    o += line;
    for (const ImpairmentSensitivityRow &r : s.rows) {
        std::snprintf(line, sizeof line, "  %-14s %20s %20s %20s %20s\n",
                      std::string(impairmentCurveKey(r.curve)).c_str(),
                      formatGroupedNumber(r.impairmentLow).c_str(),
                      formatGroupedNumber(r.impairmentHigh).c_str(),
                      formatGroupedNumber(r.npvLow).c_str(),
                      formatGroupedNumber(r.npvHigh).c_str());
        o += line;
    }
    return o;
}

} // namespace fleetroi
