// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/ResultsFormat.h"

#include "engine/FleetModel.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>
#include <string_view>
#include <vector>

namespace fleetroi {

namespace {

std::string jsonString(const std::string &s)
{
    std::string out = "\"";
    for (unsigned char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += char(c);
            }
        }
    }
    return out + "\"";
}

std::string optionalNumber(const std::optional<double> &v)
{
    return v ? formatJsonNumber(*v) : std::string("null");
}

std::string optionalInt(const std::optional<int> &v)
{
    return v ? std::to_string(*v) : std::string("null");
}

// Money and hours for a terminal: grouped thousands, no decimals ("1,204,922,767").
std::string grouped(double v, int decimals = 0)
{
    if (!std::isfinite(v))
        return "n/a";
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, std::fabs(v));
    std::string digits = buf, frac;
    if (const auto dot = digits.find('.'); dot != std::string::npos) {
        frac = digits.substr(dot);
        digits.erase(dot);
    }
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0)
            out += ',';
        out += digits[i];
    }
    const bool negative = v < 0 && std::string(buf).find_first_of("123456789") != std::string::npos;
    return (negative ? "-" : "") + out + frac;
}

// Fiscal year (named by the calendar year in which it ends) of month index t.
int fiscalYearOfMonth(const Scenario &sc, int t)
{
    int y = sc.startYear + (sc.startMonth - 1 + t) / 12;
    const int month = (sc.startMonth - 1 + t) % 12 + 1;
    if (month > sc.finance.fiscalYearEndMonth)
        ++y;
    return y;
}

std::string percent(double v, int decimals = 1)
{
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f %%", decimals, v * 100.0);
    return buf;
}

// Model 1.1 for a terminal: impairments by tranche and the book/tax reconciliation by
// fiscal year (MODEL.md "Book and tax reconciliation").
std::string balanceSheetTable(const Scenario &sc, const ModelResults &r)
{
    std::string o;
    char line[320];
    const std::string cur = sc.currency;
    o += "\nImpairments by tranche (ASC 360, " + cur + ")\n";
    if (r.impairments.empty()) {
        o += "  none\n";
    } else {
        std::snprintf(line, sizeof line, "  %-10s %-24s %-16s %8s %18s\n", "Purchase", "Label",
                      "SKU", "Month", "Impairment");
        o += line;
        for (const TrancheImpairment &e : r.impairments) {
            const PurchaseTranche &p = sc.purchases[std::size_t(e.purchaseIndex)];
            std::snprintf(line, sizeof line, "  %-10s %-24.24s %-16.16s %8s %18s\n",
                          ("[" + std::to_string(e.purchaseIndex) + "]").c_str(), p.label.c_str(),
                          p.sku.c_str(), monthLabel(sc.startYear, sc.startMonth, e.month).c_str(),
                          grouped(e.amount).c_str());
            o += line;
        }
    }
    struct Year
    {
        double bookTax = 0, tax = 0, dtlStart = 0, dtlEnd = 0, impairment = 0, netIncome = 0,
               bookValue = 0, marketValue = 0, taxBasis = 0;
        bool started = false;
    };
    std::map<int, Year> years;
    const MonthlySeries &m = r.monthly;
    for (int t = 0; t < m.size(); ++t) {
        const std::size_t ti = std::size_t(t);
        Year &Y = years[fiscalYearOfMonth(sc, t)];
        if (!Y.started) {
            Y.dtlStart = t > 0 ? m.deferredTaxLiability[ti - 1] : 0.0;
            Y.started = true;
        }
        Y.bookTax += m.bookTaxExpense[ti];
        Y.tax += m.tax[ti];
        Y.dtlEnd = m.deferredTaxLiability[ti];
        Y.impairment += m.impairment[ti];
        Y.netIncome += m.netIncome[ti];
        Y.bookValue = m.bookValue[ti];
        Y.marketValue = m.marketValue[ti];
        Y.taxBasis = m.taxBasis[ti];
    }
    o += "\nBalance sheet and book/tax reconciliation by fiscal year (" + cur +
         "; book tax expense = current tax + change in deferred tax liability, except the last "
         "month's terminal valuation)\n";
    std::snprintf(line, sizeof line, "  %-6s %16s %16s %16s %16s %16s %16s %16s %16s\n", "FY",
                  "Book value", "Market value", "Tax basis", "Impairment", "Net income", "Book tax",
                  "Current tax", "Deferred tax");
    o += line;
    for (const auto &[y, Y] : years) {
        std::snprintf(line, sizeof line, "  %-6d %16s %16s %16s %16s %16s %16s %16s %16s\n", y,
                      grouped(Y.bookValue).c_str(), grouped(Y.marketValue).c_str(),
                      grouped(Y.taxBasis).c_str(), grouped(Y.impairment).c_str(),
                      grouped(Y.netIncome).c_str(), grouped(Y.bookTax).c_str(),
                      grouped(Y.tax).c_str(), grouped(Y.dtlEnd - Y.dtlStart).c_str());
        o += line;
    }
    return o;
}

} // namespace

std::string formatJsonString(const std::string &text)
{
    return jsonString(text);
}

std::string formatGroupedNumber(double value, int decimals)
{
    return grouped(value, decimals);
}

std::string formatJsonNumber(double value)
{
    if (!std::isfinite(value))
        return "null";
    if (value == 0.0)
        return "0.0"; // also folds -0
    char buf[64];
    const auto res = std::to_chars(buf, buf + sizeof buf, value);
    std::string s(buf, res.ptr);
    if (s.find_first_of(".eE") == std::string::npos)
        s += ".0";
    return s;
}

std::string resultsToJson(const ModelResults &r)
{
    const KeyFigures &k = r.kpis;
    std::string o = "{\n \"kpis\": {\n";
    auto kv = [&o](const char *key, const std::string &value, bool last = false) {
        o += "  \"";
        o += key;
        o += "\": ";
        o += value;
        o += last ? "\n" : ",\n";
    };
    kv("npv", formatJsonNumber(k.npv));
    kv("irr", optionalNumber(k.irr));
    kv("irr_roots", std::to_string(k.irrRoots));
    kv("payback_month", optionalInt(k.paybackMonth));
    kv("discounted_payback_month", optionalInt(k.discountedPaybackMonth));
    kv("average_utilization", formatJsonNumber(k.averageUtilization));
    kv("cost_per_compute_hour", optionalNumber(k.costPerComputeHour));
    kv("break_even_lease_factor", optionalNumber(k.breakEvenLeaseFactor));
    if (k.leasingValueNpv) {
        // Issue #16 (engine/LeasingValue.h): price per GPU-hour in month 0 by SKU id, and the
        // value of leasing against the same scenario with leasing off.
        std::string prices = "{";
        for (std::size_t i = 0; i < k.breakEvenLeasePrice.size(); ++i) {
            prices += i ? ",\n   " : "\n   ";
            prices += jsonString(k.breakEvenLeasePrice[i].first) + ": " +
                      optionalNumber(k.breakEvenLeasePrice[i].second);
        }
        prices += k.breakEvenLeasePrice.empty() ? "}" : "\n  }";
        kv("break_even_lease_price", prices);
        kv("leasing_value_npv", formatJsonNumber(*k.leasingValueNpv));
        kv("leasing_value_irr", optionalNumber(k.leasingValueIrr));
        kv("irr_without_leasing", optionalNumber(k.irrWithoutLeasing));
        kv("lease_revenue_net_of_sales", formatJsonNumber(k.leaseRevenueNetOfSales));
    }
    kv("total_capex", formatJsonNumber(k.totalCapex));
    kv("total_opex", formatJsonNumber(k.totalOpex));
    kv("total_lease_revenue", formatJsonNumber(k.totalLeaseRevenue));
    kv("total_internal_value", formatJsonNumber(k.totalInternalValue));
    kv("total_tax", formatJsonNumber(k.totalTax));
    kv("total_book_depreciation", formatJsonNumber(k.totalBookDepreciation));
    kv("total_net_cash_flow", formatJsonNumber(k.totalNetCashFlow), !r.model11);
    if (r.model11) {
        kv("total_impairment", formatJsonNumber(k.totalImpairment));
        kv("first_impairment_month", optionalInt(k.firstImpairmentMonth), true);
    }
    o += " },\n";
    if (r.model11) {
        // Model 1.1: every impairment, by tranche (index into the scenario's purchases).
        o += " \"impairments\": [";
        for (std::size_t i = 0; i < r.impairments.size(); ++i) {
            const TrancheImpairment &e = r.impairments[i];
            o += i ? ",\n  {" : "\n  {";
            o += "\"purchase_index\": " + std::to_string(e.purchaseIndex) +
                 ", \"month\": " + std::to_string(e.month) +
                 ", \"amount\": " + formatJsonNumber(e.amount) + "}";
        }
        o += r.impairments.empty() ? "],\n" : "\n ],\n";
    }
    o += " \"monthly\": {\n";
    const auto series = r.monthly.namedSeries();
    for (const auto &[name, values] : series) {
        o += "  \"";
        o += name;
        o += "\": [";
        for (std::size_t t = 0; t < values->size(); ++t) {
            o += t ? ",\n   " : "\n   ";
            o += formatJsonNumber((*values)[t]);
        }
        o += values->empty() ? "],\n" : "\n  ],\n";
    }
    o += "  \"month\": [";
    for (std::size_t t = 0; t < r.monthly.month.size(); ++t) {
        o += t ? ",\n   " : "\n   ";
        o += jsonString(r.monthly.month[t]);
    }
    o += r.monthly.month.empty() ? "]\n" : "\n  ]\n";
    o += " }\n}\n";
    return o;
}

std::string sensitivityToJson(const std::vector<SensitivityRow> &rows)
{
    std::string o = "[";
    for (std::size_t i = 0; i < rows.size(); ++i) {
        o += i ? ",\n {\n" : "\n {\n";
        o += "  \"driver\": " + jsonString(rows[i].driver) + ",\n";
        o += "  \"npv_low\": " + formatJsonNumber(rows[i].npvLow) + ",\n";
        o += "  \"npv_high\": " + formatJsonNumber(rows[i].npvHigh) + "\n }";
    }
    o += rows.empty() ? "]\n" : "\n]\n";
    return o;
}

std::string formatCsvNumber(double value, bool whole)
{
    if (!std::isfinite(value))
        return std::string();
    if (whole)
        value = std::round(value);
    if (value == 0.0)
        return "0"; // also folds -0
    // Fixed notation of the largest double has 309 digits; the shortest round-trip text of
    // the smallest subnormal has 325 characters after "0.".
    char buf[400];
    const auto res = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    if (res.ec != std::errc())
        return std::string();
    return std::string(buf, res.ptr);
}

std::string monthlyToCsv(const MonthlySeries &m)
{
    const auto series = m.namedSeries();
    std::string o = "month";
    for (const auto &s : series) {
        o += ',';
        o += s.first;
    }
    o += '\n';
    std::vector<bool> whole;
    for (const auto &s : series)
        whole.push_back(std::string_view(s.first) == "working_gpus");
    for (int t = 0; t < m.size(); ++t) {
        o += m.month[std::size_t(t)];
        for (std::size_t i = 0; i < series.size(); ++i) {
            o += ',';
            o += formatCsvNumber((*series[i].second)[std::size_t(t)], whole[i]);
        }
        o += '\n';
    }
    return o;
}

std::string resultsToTable(const Scenario &sc, const ModelResults &r)
{
    const KeyFigures &k = r.kpis;
    const std::string cur = sc.currency;
    std::string o;
    char line[256];
    o += sc.name + "\n";
    o += std::string(sc.name.size() < 70 ? sc.name.size() : 70, '=') + "\n\n";
    auto row = [&](const char *label, const std::string &value) {
        std::snprintf(line, sizeof line, "  %-28s %s\n", label, value.c_str());
        o += line;
    };
    char rate[64];
    std::snprintf(rate, sizeof rate, "NPV at %.2f %%", sc.finance.discountRate * 100.0);
    row(rate, grouped(k.npv) + " " + cur);
    if (k.irrAllRoots.size() > 1) {
        std::string all;
        for (double root : k.irrAllRoots)
            all += (all.empty() ? "" : ", ") + percent(root, 2);
        row("IRR", percent(*k.irr, 2) + " (lowest of " + std::to_string(k.irrRoots) +
                       " roots: " + all + ")");
    } else {
        row("IRR", k.irr ? percent(*k.irr, 2) : std::string("none in (-99 %, 1000 %]"));
    }
    auto monthText = [&](const std::optional<int> &m) {
        return m ? "month " + std::to_string(*m) + " (" +
                       monthLabel(sc.startYear, sc.startMonth, *m) + ")"
                 : std::string("not within the horizon");
    };
    row("Payback", monthText(k.paybackMonth));
    row("Discounted payback", monthText(k.discountedPaybackMonth));
    row("Cost per compute hour",
        k.costPerComputeHour ? grouped(*k.costPerComputeHour, 4) + " " + cur : "n/a");
    row("Break-even lease factor",
        k.breakEvenLeaseFactor ? grouped(*k.breakEvenLeaseFactor, 4) : "n/a (nothing leased)");
    for (const auto &[id, price] : k.breakEvenLeasePrice) {
        const int si = sc.skuIndex(id);
        const std::string name = si >= 0 ? sc.skus[std::size_t(si)].name : id;
        std::string text = "n/a (nothing leased)";
        if (price)
            text = *price < 0.0 ? "not needed: NPV is positive without leasing"
                                : grouped(*price, 4) + " " + cur + "/GPU-h in " +
                                      monthLabel(sc.startYear, sc.startMonth, 0);
        row(("Break-even lease " + name).substr(0, 28).c_str(), text);
    }
    if (k.leasingValueNpv) {
        row("Value of leasing (NPV)", grouped(*k.leasingValueNpv) + " " + cur);
        row("Value of leasing (IRR)",
            k.leasingValueIrr ? percent(*k.leasingValueIrr, 2)
                              : std::string("none (the incremental cash flow never changes sign)"));
        row("IRR without leasing",
            k.irrWithoutLeasing ? percent(*k.irrWithoutLeasing, 2) : std::string("none"));
        row("Lease revenue net of sales", grouped(k.leaseRevenueNetOfSales) + " " + cur);
    }
    row("Average utilization", percent(k.averageUtilization));
    row("Total capex", grouped(k.totalCapex) + " " + cur);
    row("Total opex", grouped(k.totalOpex) + " " + cur);
    row("Total lease revenue", grouped(k.totalLeaseRevenue) + " " + cur);
    row("Total internal value", grouped(k.totalInternalValue) + " " + cur);
    row("Total tax", grouped(k.totalTax) + " " + cur);
    row("Total book depreciation", grouped(k.totalBookDepreciation) + " " + cur);
    row("Total net cash flow", grouped(k.totalNetCashFlow) + " " + cur);
    if (r.model11) {
        row("Total impairment", grouped(k.totalImpairment) + " " + cur);
        row("First impairment",
            k.firstImpairmentMonth ? monthText(k.firstImpairmentMonth) : std::string("none"));
    }

    // Roll-up by fiscal year (named by the calendar year in which it ends).
    struct Year
    {
        double capex = 0, revenue = 0, opex = 0, ebitda = 0, tax = 0, cash = 0, cumulative = 0;
    };
    std::map<int, Year> years;
    const MonthlySeries &m = r.monthly;
    for (int t = 0; t < m.size(); ++t) {
        int y = sc.startYear + (sc.startMonth - 1 + t) / 12;
        const int month = (sc.startMonth - 1 + t) % 12 + 1;
        if (month > sc.finance.fiscalYearEndMonth)
            ++y;
        Year &Y = years[y];
        const std::size_t ti = std::size_t(t);
        Y.capex += m.capex[ti];
        Y.revenue += m.leaseRevenue[ti] + m.internalValue[ti];
        Y.opex += m.opex[ti];
        Y.ebitda += m.ebitda[ti];
        Y.tax += m.tax[ti];
        Y.cash += m.netCashFlow[ti];
        Y.cumulative = m.cumulativeCashFlow[ti];
    }
    o += "\nBy fiscal year (" + cur + ", fiscal year ends in month " +
         std::to_string(sc.finance.fiscalYearEndMonth) + ")\n";
    std::snprintf(line, sizeof line, "  %-6s %16s %16s %16s %16s %16s %16s %17s\n", "FY", "Capex",
                  "Revenue+value", "Opex", "EBITDA", "Tax", "Net cash flow", "Cumulative");
    o += line;
    for (const auto &[y, Y] : years) {
        std::snprintf(line, sizeof line, "  %-6d %16s %16s %16s %16s %16s %16s %17s\n", y,
                      grouped(Y.capex).c_str(), grouped(Y.revenue).c_str(), grouped(Y.opex).c_str(),
                      grouped(Y.ebitda).c_str(), grouped(Y.tax).c_str(), grouped(Y.cash).c_str(),
                      grouped(Y.cumulative).c_str());
        o += line;
    }
    if (r.model11)
        o += balanceSheetTable(sc, r);
    return o;
}

std::string sensitivityToTable(const std::vector<SensitivityRow> &rows, double baseNpv,
                               double swing)
{
    std::string o;
    char line[256];
    std::snprintf(line, sizeof line, "NPV sensitivity, each driver x%.2f and x%.2f (base NPV %s)\n",
                  1.0 - swing, 1.0 + swing, grouped(baseNpv).c_str());
    o += line;
    std::snprintf(line, sizeof line, "  %-22s %20s %20s %20s\n", "Driver", "NPV low", "NPV high",
                  "Swing");
    o += line;
    for (const SensitivityRow &r : rows) {
        std::snprintf(line, sizeof line, "  %-22s %20s %20s %20s\n", r.driver.c_str(),
                      grouped(r.npvLow).c_str(), grouped(r.npvHigh).c_str(),
                      grouped(r.swing()).c_str());
        o += line;
    }
    return o;
}

} // namespace fleetroi
