// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/InputGroups.h"

#include <cmath>
#include <cstdio>

namespace fleetroi {

namespace {

InputValue num(double v)
{
    return {true, v, {}};
}
InputValue text(std::string s)
{
    return {false, 0.0, std::move(s)};
}
InputValue yesNo(bool b)
{
    return text(b ? "on" : "off");
}

// Labels are marked for lupdate with the literal context (QT_TRANSLATE_NOOP needs it spelled).
#define L(text) QT_TRANSLATE_NOOP("fleetroi::InputGroups", text)

std::vector<InputField> makeTable()
{
    using G = InputGroup;
    using U = InputUnit;
    std::vector<InputField> t;
    auto sc = [&t](const char *path, G g, const char *label, U u,
                   InputValue (*get)(const Scenario &)) {
        t.push_back({path, g, label, u, get, nullptr, nullptr});
    };
    auto sku = [&t](const char *path, const char *label, U u, InputValue (*get)(const Sku &)) {
        t.push_back({path, G::FleetAndPrices, label, u, nullptr, get, nullptr});
    };
    auto buy = [&t](const char *path, const char *label, U u,
                    InputValue (*get)(const PurchaseTranche &)) {
        t.push_back({path, G::FleetAndPrices, label, u, nullptr, nullptr, get});
    };

    // Fleet and prices: the SKUs (hardware, costs, lives, market prices) and the purchases.
    sku("skus[]", L("GPU type"), U::Block, nullptr);
    sku("skus[].name", L("name"), U::Text, [](const Sku &s) { return text(s.name); });
    sku("skus[].gpu_price", L("GPU price"), U::Money, [](const Sku &s) { return num(s.gpuPrice); });
    sku("skus[].gpus_per_server", L("GPUs per server"), U::Gpus,
        [](const Sku &s) { return num(s.gpusPerServer); });
    sku("skus[].server_cost", L("server cost"), U::Money,
        [](const Sku &s) { return num(s.serverCost); });
    sku("skus[].network_cost_per_gpu", L("network cost per GPU"), U::Money,
        [](const Sku &s) { return num(s.networkCostPerGpu); });
    sku("skus[].power_kw_per_gpu", L("power per GPU"), U::Kilowatt,
        [](const Sku &s) { return num(s.powerKwPerGpu); });
    sku("skus[].idle_power_fraction", L("idle power"), U::Fraction,
        [](const Sku &s) { return num(s.idlePowerFraction); });
    sku("skus[].throughput", L("throughput (H100 = 1)"), U::Factor,
        [](const Sku &s) { return num(s.throughput); });
    sku("skus[].useful_life_months", L("book life"), U::Months,
        [](const Sku &s) { return num(s.usefulLifeMonths); });
    sku("skus[].operating_life_months", L("operating life"), U::Months,
        [](const Sku &s) { return num(s.operatingLifeMonths); });
    sku("skus[].salvage_fraction", L("salvage value"), U::Fraction,
        [](const Sku &s) { return num(s.salvageFraction); });
    sku("skus[].resale_fraction", L("resale value"), U::Fraction,
        [](const Sku &s) { return num(s.resaleFraction); });
    sku("skus[].depreciation", L("depreciation method"), U::Choice,
        [](const Sku &s) { return text(toString(s.depreciation)); });
    sku("skus[].annual_failure_rate", L("failure rate"), U::FractionPerYear,
        [](const Sku &s) { return num(s.annualFailureRate); });
    sku("skus[].lease_price", L("lease price"), U::PriceCurve, nullptr);
    sku("skus[].cloud_price", L("cloud price"), U::PriceCurve, nullptr);
    buy("purchases[]", L("purchase"), U::Block, nullptr);
    buy("purchases[].month", L("purchase month"), U::MonthIndex,
        [](const PurchaseTranche &p) { return num(p.month); });
    buy("purchases[].sku", L("GPU type"), U::Text,
        [](const PurchaseTranche &p) { return text(p.sku); });
    buy("purchases[].gpus", L("GPUs bought"), U::Gpus,
        [](const PurchaseTranche &p) { return num(double(p.gpus)); });
    buy("purchases[].install_lag_months", L("install lag"), U::Months,
        [](const PurchaseTranche &p) { return num(p.installLagMonths); });
    buy("purchases[].gpu_price", L("GPU price override"), U::Money,
        [](const PurchaseTranche &p) { return p.gpuPrice ? num(*p.gpuPrice) : text("none"); });
    buy("purchases[].label", L("label"), U::Text,
        [](const PurchaseTranche &p) { return text(p.label); });

    // Internal demand.
    sc("internal_demand.compute_hours", G::Demand, L("internal demand"), U::ComputeHours,
       [](const Scenario &s) {
           return s.internalDemand.isSeries ? text("monthly series")
                                            : num(s.internalDemand.computeHours);
       });
    sc("internal_demand.annual_growth", G::Demand, L("internal demand growth"), U::FractionPerYear,
       [](const Scenario &s) {
           return s.internalDemand.isSeries ? text("monthly series")
                                            : num(s.internalDemand.annualGrowth);
       });
    sc("internal_demand.series", G::Demand, L("internal demand by month"), U::Series, nullptr);

    // Leasing.
    sc("leasing.enabled", G::Leasing, L("leasing of surplus capacity"), U::Boolean,
       [](const Scenario &s) { return yesNo(s.leasing.enabled); });
    sc("leasing.sellable_fraction", G::Leasing, L("share of surplus that finds a tenant"),
       U::Fraction, [](const Scenario &s) { return num(s.leasing.sellableFraction); });
    sc("leasing.sales_cost_fraction", G::Leasing, L("sales cost of leasing"), U::Fraction,
       [](const Scenario &s) { return num(s.leasing.salesCostFraction); });
    sc("leasing.contract_months", G::Leasing, L("lease contract length"), U::Months,
       [](const Scenario &s) { return num(s.leasing.contractMonths); });

    // Operations.
    sc("operations.availability", G::Operations, L("availability"), U::Fraction,
       [](const Scenario &s) { return num(s.operations.availability); });
    sc("operations.pue", G::Operations, L("PUE"), U::Factor,
       [](const Scenario &s) { return num(s.operations.pue); });
    sc("operations.electricity_price_per_kwh", G::Operations, L("electricity price"),
       U::MoneyPerKwh, [](const Scenario &s) { return num(s.operations.electricityPricePerKwh); });
    sc("operations.electricity_annual_escalation", G::Operations, L("electricity price change"),
       U::FractionPerYear,
       [](const Scenario &s) { return num(s.operations.electricityAnnualEscalation); });
    sc("operations.colocation_per_kw_month", G::Operations, L("colocation"), U::MoneyPerKwMonth,
       [](const Scenario &s) { return num(s.operations.colocationPerKwMonth); });
    sc("operations.maintenance_fraction_per_year", G::Operations, L("maintenance"),
       U::FractionPerYear,
       [](const Scenario &s) { return num(s.operations.maintenanceFractionPerYear); });
    sc("operations.staff_cost_per_month", G::Operations, L("staff cost"), U::MoneyPerMonth,
       [](const Scenario &s) { return num(s.operations.staffCostPerMonth); });

    // Finance.
    sc("finance.discount_rate", G::Finance, L("discount rate"), U::FractionPerYear,
       [](const Scenario &s) { return num(s.finance.discountRate); });
    sc("finance.tax_rate", G::Finance, L("tax rate"), U::Fraction,
       [](const Scenario &s) { return num(s.finance.taxRate); });
    sc("finance.tax_depreciation", G::Finance, L("tax depreciation"), U::Choice,
       [](const Scenario &s) { return text(toString(s.finance.taxDepreciation)); });
    sc("finance.bonus_depreciation", G::Finance, L("bonus depreciation"), U::Fraction,
       [](const Scenario &s) { return num(s.finance.bonusDepreciation); });
    sc("finance.fiscal_year_end_month", G::Finance, L("fiscal year end (calendar month)"), U::None,
       [](const Scenario &s) { return num(s.finance.fiscalYearEndMonth); });
    sc("finance.terminal_value", G::Finance, L("terminal value"), U::Choice,
       [](const Scenario &s) { return text(toString(s.finance.terminalValue)); });

    // Everything else.
    sc("name", G::Other, L("scenario name"), U::Text,
       [](const Scenario &s) { return text(s.name); });
    sc("description", G::Other, L("description"), U::Text,
       [](const Scenario &s) { return text(s.description); });
    sc("currency", G::Other, L("currency"), U::Text,
       [](const Scenario &s) { return text(s.currency); });
    sc("start", G::Other, L("start month"), U::Text, [](const Scenario &s) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02d", s.startYear, s.startMonth);
        return text(buf);
    });
    sc("horizon_months", G::Other, L("horizon"), U::Months,
       [](const Scenario &s) { return num(s.horizonMonths); });
    sc("provenance", G::Other, L("sources of the assumptions"), U::Block, nullptr);
    sc("uncertainty", G::Other, L("Monte Carlo set-up"), U::Block, nullptr);
    return t;
}

#undef L

std::string stripBrackets(std::string_view path)
{
    std::string out;
    int depth = 0;
    for (char c : path) {
        if (c == '[') {
            if (depth++ == 0)
                out += '[';
        } else if (c == ']') {
            if (--depth == 0)
                out += ']';
        } else if (depth == 0) {
            out += c;
        }
    }
    return out;
}

// Thousands separators on the integer part of a fixed-point text.
std::string groupThousands(const std::string &fixed)
{
    std::size_t start = fixed[0] == '-' ? 1 : 0;
    std::size_t end = fixed.find('.');
    if (end == std::string::npos)
        end = fixed.size();
    std::string out = fixed.substr(0, start);
    for (std::size_t i = start; i < end; ++i) {
        if (i > start && (end - i) % 3 == 0)
            out += ',';
        out += fixed[i];
    }
    return out + fixed.substr(end);
}

std::string trimZeros(std::string s)
{
    if (s.find('.') == std::string::npos)
        return s;
    while (!s.empty() && s.back() == '0')
        s.pop_back();
    if (!s.empty() && s.back() == '.')
        s.pop_back();
    return s;
}

std::string plainNumber(double v)
{
    char buf[64];
    if (!std::isfinite(v))
        return "n/a";
    if (std::fabs(v) >= 1000.0) {
        std::snprintf(buf, sizeof buf, "%.2f", v);
        return groupThousands(trimZeros(buf));
    }
    std::snprintf(buf, sizeof buf, "%.6g", v);
    std::string s = buf;
    if (s.find('e') != std::string::npos) { // tiny values: fixed with enough decimals
        std::snprintf(buf, sizeof buf, "%.10f", v);
        s = trimZeros(buf);
    }
    return s == "-0" ? "0" : s;
}

} // namespace

const std::vector<InputGroup> &inputGroupOrder()
{
    static const std::vector<InputGroup> order = {
        InputGroup::FleetAndPrices, InputGroup::Demand,  InputGroup::Leasing,
        InputGroup::Operations,     InputGroup::Finance, InputGroup::Other};
    return order;
}

const char *inputGroupLabel(InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Fleet and prices");
    case InputGroup::Demand:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Internal demand");
    case InputGroup::Leasing:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Leasing");
    case InputGroup::Operations:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Operations");
    case InputGroup::Finance:
        return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Finance");
    case InputGroup::Other:
        break;
    }
    return QT_TRANSLATE_NOOP("fleetroi::InputGroups", "Other inputs");
}

const char *inputGroupKey(InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        return "fleet_and_prices";
    case InputGroup::Demand:
        return "demand";
    case InputGroup::Leasing:
        return "leasing";
    case InputGroup::Operations:
        return "operations";
    case InputGroup::Finance:
        return "finance";
    case InputGroup::Other:
        break;
    }
    return "other";
}

const std::vector<InputField> &inputFields()
{
    static const std::vector<InputField> table = makeTable();
    return table;
}

const InputField *findInputField(std::string_view path)
{
    const std::string bare = stripBrackets(path);
    const InputField *best = nullptr;
    std::size_t bestLength = 0;
    for (const InputField &f : inputFields()) {
        const std::string_view p = f.path;
        if (bare.size() < p.size() || bare.compare(0, p.size(), p) != 0)
            continue;
        // A whole path component must match: "skus[].name" is not a prefix match of
        // "skus[].names".
        if (bare.size() > p.size() && bare[p.size()] != '.' && bare[p.size()] != '[')
            continue;
        if (p.size() > bestLength) {
            best = &f;
            bestLength = p.size();
        }
    }
    return best;
}

void applyInputGroup(Scenario &target, const Scenario &source, InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        target.skus = source.skus;
        target.purchases = source.purchases;
        break;
    case InputGroup::Demand:
        target.internalDemand = source.internalDemand;
        break;
    case InputGroup::Leasing:
        target.leasing = source.leasing;
        break;
    case InputGroup::Operations:
        target.operations = source.operations;
        break;
    case InputGroup::Finance:
        target.finance = source.finance;
        break;
    case InputGroup::Other:
        target = source;
        break;
    }
}

bool inputGroupEqual(const Scenario &a, const Scenario &b, InputGroup group)
{
    switch (group) {
    case InputGroup::FleetAndPrices:
        return a.skus == b.skus && a.purchases == b.purchases;
    case InputGroup::Demand:
        return a.internalDemand == b.internalDemand;
    case InputGroup::Leasing:
        return a.leasing == b.leasing;
    case InputGroup::Operations:
        return a.operations == b.operations;
    case InputGroup::Finance:
        return a.finance == b.finance;
    case InputGroup::Other:
        break;
    }
    Scenario x = a;
    for (InputGroup g : inputGroupOrder())
        if (g != InputGroup::Other)
            applyInputGroup(x, b, g);
    return x == b;
}

std::string formatInputNumber(double v, InputUnit unit, const std::string &currency)
{
    switch (unit) {
    case InputUnit::Fraction:
        return plainNumber(v * 100.0) + " %";
    case InputUnit::FractionPerYear:
        return plainNumber(v * 100.0) + " %/year";
    case InputUnit::Money:
        return plainNumber(v) + " " + currency;
    case InputUnit::MoneyPerGpuHour:
    case InputUnit::PriceCurve:
        return plainNumber(v) + " " + currency + "/GPU-h";
    case InputUnit::MoneyPerKwh:
        return plainNumber(v) + " " + currency + "/kWh";
    case InputUnit::MoneyPerKwMonth:
        return plainNumber(v) + " " + currency + "/kW/month";
    case InputUnit::MoneyPerMonth:
        return plainNumber(v) + " " + currency + "/month";
    case InputUnit::Kilowatt:
        return plainNumber(v) + " kW";
    case InputUnit::Months:
        return plainNumber(v) + (v == 1.0 ? " month" : " months");
    case InputUnit::Gpus:
        return plainNumber(v) + " GPUs";
    case InputUnit::ComputeHours:
        return plainNumber(v) + " h/month";
    case InputUnit::Factor:
        return plainNumber(v) + " x";
    default:
        break;
    }
    return plainNumber(v);
}

} // namespace fleetroi
