// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioFields.h"

#include <QHash>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace fleetroi {

namespace {

FieldInfo make(const char *key, QString label, FieldKind kind, FieldUnit unit, double min,
               double max, int decimals, QString tip = {})
{
    FieldInfo f;
    f.key = QString::fromLatin1(key);
    f.label = std::move(label);
    f.kind = kind;
    f.unit = unit;
    f.minimum = min;
    f.maximum = max;
    f.decimals = decimals;
    f.toolTip = std::move(tip);
    return f;
}

using Table = QHash<QString, FieldInfo>;

// Keyed by "section/key": sections "", finance, operations, leasing, internal_demand, skus,
// purchases. Ranges are the file format's (SCENARIO_FORMAT.md).
const Table &table()
{
    static const Table t = [] {
        using K = FieldKind;
        using U = FieldUnit;
        Table h;
        auto add = [&h](const char *section, FieldInfo f) {
            // Numeric ranges come from the format's table, never from here.
            const QString sec = QString::fromLatin1(section);
            QString pattern = f.key;
            if (sec == u"skus" || sec == u"purchases")
                pattern = sec + QStringLiteral("[].") + f.key;
            else if (!sec.isEmpty())
                pattern = sec + u'.' + f.key;
            if (f.kind == FieldKind::Number || f.kind == FieldKind::Integer ||
                f.kind == FieldKind::Month) {
                const FieldRange *r = findFieldRange(pattern.toStdString());
                Q_ASSERT(r);
                if (r) {
                    f.rule = r->rule;
                    f.hasRule = true;
                    f.minimum = r->rule.min;
                    f.maximum = r->rule.max;
                }
            }
            h.insert(sec + u'/' + f.key, std::move(f));
        };
        add("", make("name", ScenarioFields::tr("Scenario name"), K::Text, U::None, 0, 200, 0));
        add("",
            make("description", ScenarioFields::tr("Description"), K::Text, U::None, 0, 10000, 0));
        add("", make("currency", ScenarioFields::tr("Currency"), K::Text, U::None, 3, 3, 0,
                     ScenarioFields::tr("ISO 4217 code of every money field, e.g. USD or EUR")));
        add("", make("start", ScenarioFields::tr("First month"), K::Text, U::None, 0, 0, 0,
                     ScenarioFields::tr("Calendar month of month 0 (YYYY-MM)")));
        add("", make("horizon_months", ScenarioFields::tr("Horizon"), K::Integer, U::Months, 1, 240,
                     0, ScenarioFields::tr("Number of months the model runs")));

        add("finance", make("discount_rate", ScenarioFields::tr("Discount rate (WACC)"), K::Number,
                            U::FractionPerYear, -0.5, 1, 2,
                            ScenarioFields::tr("Annual effective rate used for NPV")));
        add("finance",
            make("tax_rate", ScenarioFields::tr("Tax rate"), K::Number, U::Fraction, 0, 0.9, 2));
        {
            FieldInfo f = make("tax_depreciation", ScenarioFields::tr("Tax depreciation"),
                               K::Choice, U::None, 0, 0, 0);
            f.choices = {{QStringLiteral("book"), ScenarioFields::tr("Same as book")},
                         {QStringLiteral("macrs_5_half_year"),
                          ScenarioFields::tr("US MACRS 5-year, half-year convention")}};
            add("finance", f);
        }
        add("finance",
            make("bonus_depreciation", ScenarioFields::tr("Bonus depreciation"), K::Number,
                 U::Fraction, 0, 1, 1,
                 ScenarioFields::tr("Share of cost deducted in the first tax year (MACRS only)")));
        add("finance",
            make("fiscal_year_end_month", ScenarioFields::tr("Fiscal year ends in month"),
                 K::Integer, U::None, 1, 12, 0,
                 ScenarioFields::tr("Calendar month 1-12 that closes the fiscal year")));
        {
            FieldInfo f =
                make("terminal_value", ScenarioFields::tr("Terminal value"), K::Choice, U::None, 0,
                     0, 0, ScenarioFields::tr("Value of unsold GPUs at the end of the horizon"));
            f.choices = {{QStringLiteral("book_value"), ScenarioFields::tr("Book value")},
                         {QStringLiteral("none"), ScenarioFields::tr("None")},
                         {QStringLiteral("market_value"), ScenarioFields::tr("Market value")}};
            add("finance", f);
        }
        add("finance",
            make("impairment_test", ScenarioFields::tr("Impairment test (ASC 360)"), K::Boolean,
                 U::None, 0, 1, 0,
                 ScenarioFields::tr("At every fiscal-year end, write a tranche down to its market "
                                    "value when its cash flows no longer recover its book value. "
                                    "Needs a market value curve on every GPU type bought.")));

        add("operations",
            make("availability", ScenarioFields::tr("Availability"), K::Number, U::Fraction, 0.0001,
                 1, 1, ScenarioFields::tr("Share of hours a working GPU can be used")));
        add("operations", make("pue", ScenarioFields::tr("PUE"), K::Number, U::Ratio, 1, 3, 2,
                               ScenarioFields::tr("Facility power / IT power")));
        add("operations", make("electricity_price_per_kwh", ScenarioFields::tr("Electricity price"),
                               K::Number, U::MoneyPerKwh, 0, 10, 3));
        add("operations",
            make("electricity_annual_escalation", ScenarioFields::tr("Electricity price change"),
                 K::Number, U::FractionPerYear, -0.5, 1, 1));
        add("operations",
            make("colocation_per_kw_month", ScenarioFields::tr("Colocation"), K::Number,
                 U::MoneyPerKwMonth, 0, 10000, 2,
                 ScenarioFields::tr("Per kW of IT load (full-load power) per month")));
        add("operations",
            make("maintenance_fraction_per_year", ScenarioFields::tr("Maintenance"), K::Number,
                 U::FractionPerYear, 0, 1, 1,
                 ScenarioFields::tr("Share of capex of operating tranches, per year")));
        add("operations", make("staff_cost_per_month", ScenarioFields::tr("Staff cost"), K::Number,
                               U::MoneyPerMonth, 0, 1e12, 0));

        add("leasing", make("enabled", ScenarioFields::tr("Lease surplus capacity"), K::Boolean,
                            U::None, 0, 1, 0));
        add("leasing", make("sellable_fraction", ScenarioFields::tr("Sellable share of surplus"),
                            K::Number, U::Fraction, 0, 1, 1,
                            ScenarioFields::tr("Share of surplus hours that find a tenant")));
        add("leasing",
            make("sales_cost_fraction", ScenarioFields::tr("Sales cost"), K::Number, U::Fraction, 0,
                 1, 1,
                 ScenarioFields::tr("Sales, billing and support, as a share of lease revenue")));
        add("leasing", make("contract_months", ScenarioFields::tr("Contract length"), K::Integer,
                            U::Months, 1, 60, 0, ScenarioFields::tr("1 month = spot pricing")));

        add("internal_demand", make("compute_hours", ScenarioFields::tr("Internal demand, month 0"),
                                    K::Number, U::ComputeHours, 0, 1e15, 0,
                                    ScenarioFields::tr("H100-equivalent compute hours per month")));
        add("internal_demand", make("annual_growth", ScenarioFields::tr("Demand growth"), K::Number,
                                    U::FractionPerYear, -1, 10, 1));

        add("skus", make("id", ScenarioFields::tr("Id"), K::Text, U::None, 1, 32, 0,
                         ScenarioFields::tr("Short unique key: a-z, 0-9, _ and -")));
        add("skus", make("name", ScenarioFields::tr("GPU type"), K::Text, U::None, 1, 200, 0));
        add("skus",
            make("gpu_price", ScenarioFields::tr("GPU price"), K::Number, U::Money, 0, 1e9, 0));
        add("skus", make("gpus_per_server", ScenarioFields::tr("GPUs / server"), K::Integer,
                         U::None, 1, 1024, 0));
        add("skus", make("server_cost", ScenarioFields::tr("Server cost"), K::Number, U::Money, 0,
                         1e9, 0, ScenarioFields::tr("Per server, beyond the GPUs")));
        add("skus", make("network_cost_per_gpu", ScenarioFields::tr("Network / GPU"), K::Number,
                         U::Money, 0, 1e9, 0));
        add("skus",
            make("power_kw_per_gpu", ScenarioFields::tr("Power / GPU"), K::Number, U::Kilowatt,
                 0.001, 20, 3, ScenarioFields::tr("IT power at full load, server share included")));
        add("skus", make("idle_power_fraction", ScenarioFields::tr("Idle power"), K::Number,
                         U::Fraction, 0, 1, 0));
        add("skus",
            make("throughput", ScenarioFields::tr("Throughput"), K::Number, U::Factor, 0.001, 1000,
                 2, ScenarioFields::tr("H100-equivalents per GPU (H100 = 1)")));
        add("skus",
            make("useful_life_months", ScenarioFields::tr("Book life"), K::Integer, U::Months, 1,
                 240, 0,
                 ScenarioFields::tr("Book (accounting) life: the months over which the GPUs are "
                                    "depreciated. The book-life presets change only this.")));
        add("skus",
            make("operating_life_months", ScenarioFields::tr("Operating life"), K::Integer,
                 U::Months, 1, 240, 0,
                 ScenarioFields::tr("Operating (economic) life: months in service before the GPUs "
                                    "are sold. It drives the cash flows and is set on its own.")));
        add("skus",
            make("salvage_fraction", ScenarioFields::tr("Salvage"), K::Number, U::Fraction, 0,
                 0.999, 1, ScenarioFields::tr("Book value left at the end of the book life")));
        add("skus", make("resale_fraction", ScenarioFields::tr("Resale"), K::Number, U::Fraction, 0,
                         1, 1, ScenarioFields::tr("Sale proceeds at disposal, share of cost")));
        {
            FieldInfo f = make("depreciation", ScenarioFields::tr("Depreciation"), K::Choice,
                               U::None, 0, 0, 0);
            f.choices = {
                {QStringLiteral("straight_line"), ScenarioFields::tr("Straight line")},
                {QStringLiteral("double_declining"), ScenarioFields::tr("Double declining")},
                {QStringLiteral("sum_of_years"), ScenarioFields::tr("Sum of years' digits")}};
            add("skus", f);
        }
        add("skus", make("annual_failure_rate", ScenarioFields::tr("Failures"), K::Number,
                         U::FractionPerYear, 0, 0.999, 1));
        // Model 1.1, edited beside the market value curve (MarketValueEditor), not a column.
        add("skus", make("market_age_discount_per_year", ScenarioFields::tr("Age discount"),
                         K::Number, U::FractionPerYear, 0, 0.999, 1,
                         ScenarioFields::tr("Further discount per year of age on top of the "
                                            "market value curve")));

        add("purchases",
            make("month", ScenarioFields::tr("Purchase month"), K::Month, U::None, 0, 239, 0));
        add("purchases", make("sku", ScenarioFields::tr("GPU type"), K::SkuRef, U::None, 0, 0, 0));
        add("purchases", make("gpus", ScenarioFields::tr("GPUs"), K::Integer, U::Gpus, 1, 1e8, 0));
        add("purchases",
            make("install_lag_months", ScenarioFields::tr("Install lag"), K::Integer, U::Months, 0,
                 60, 0, ScenarioFields::tr("Months from payment to service")));
        {
            FieldInfo f =
                make("gpu_price", ScenarioFields::tr("GPU price override"), K::Number, U::Money, 0,
                     1e9, 0, ScenarioFields::tr("Empty: the GPU type's price"));
            f.optional = true;
            add("purchases", f);
        }
        add("purchases", make("label", ScenarioFields::tr("Label"), K::Text, U::None, 0, 200, 0));
        return h;
    }();
    return t;
}

QStringList keys(std::initializer_list<const char *> l)
{
    QStringList out;
    for (const char *k : l)
        out << QString::fromLatin1(k);
    return out;
}

template <typename T> bool toNumber(const QVariant &v, T &out)
{
    bool ok = false;
    const double d = v.toDouble(&ok);
    if (!ok || !std::isfinite(d))
        return false;
    if constexpr (std::is_integral_v<T>) {
        // A whole-number field takes whole numbers only: 12.5 months is refused, not rounded.
        if (d != std::floor(d) || d < double(std::numeric_limits<T>::min()) ||
            d > double(std::numeric_limits<T>::max()) || std::fabs(d) > 9.0e15)
            return false;
        out = T(d);
    } else {
        out = d;
    }
    return true;
}

QString q(const std::string &s)
{
    return QString::fromStdString(s);
}

QString startText(const Scenario &s)
{
    return QStringLiteral("%1-%2")
        .arg(s.startYear, 4, 10, QLatin1Char('0'))
        .arg(s.startMonth, 2, 10, QLatin1Char('0'));
}

} // namespace

QString FieldInfo::suffix(const QString &currency) const
{
    switch (unit) {
    case FieldUnit::None:
        return {};
    case FieldUnit::Money:
        return u' ' + currency;
    case FieldUnit::MoneyPerGpuHour:
        return u' ' + ScenarioFields::tr("%1/GPU-h").arg(currency);
    case FieldUnit::MoneyPerKwh:
        return u' ' + ScenarioFields::tr("%1/kWh").arg(currency);
    case FieldUnit::MoneyPerKwMonth:
        return u' ' + ScenarioFields::tr("%1/kW/month").arg(currency);
    case FieldUnit::MoneyPerMonth:
        return u' ' + ScenarioFields::tr("%1/month").arg(currency);
    case FieldUnit::Fraction:
        return QStringLiteral(" %");
    case FieldUnit::FractionPerYear:
        return u' ' + ScenarioFields::tr("%/year");
    case FieldUnit::Kilowatt:
        return QStringLiteral(" kW");
    case FieldUnit::Months:
        return u' ' + ScenarioFields::tr("months");
    case FieldUnit::Gpus:
        return {};
    case FieldUnit::ComputeHours:
        return u' ' + ScenarioFields::tr("h/month");
    case FieldUnit::Factor:
        return QStringLiteral(" ×");
    case FieldUnit::Ratio:
        return {};
    }
    return {};
}

QStringList ScenarioFields::skuKeys()
{
    return keys({"id", "name", "gpu_price", "gpus_per_server", "server_cost",
                 "network_cost_per_gpu", "power_kw_per_gpu", "idle_power_fraction", "throughput",
                 "useful_life_months", "operating_life_months", "salvage_fraction",
                 "resale_fraction", "depreciation", "annual_failure_rate"});
}

QStringList ScenarioFields::purchaseKeys()
{
    return keys({"month", "sku", "gpus", "install_lag_months", "gpu_price", "label"});
}

QStringList ScenarioFields::generalPaths()
{
    return keys({"name", "description", "currency", "start", "horizon_months"});
}

QStringList ScenarioFields::financePaths()
{
    return keys({"finance.discount_rate", "finance.tax_rate", "finance.tax_depreciation",
                 "finance.bonus_depreciation", "finance.fiscal_year_end_month",
                 "finance.terminal_value", "finance.impairment_test"});
}

QStringList ScenarioFields::operationsPaths()
{
    return keys({"operations.availability", "operations.pue",
                 "operations.electricity_price_per_kwh", "operations.electricity_annual_escalation",
                 "operations.colocation_per_kw_month", "operations.maintenance_fraction_per_year",
                 "operations.staff_cost_per_month"});
}

QStringList ScenarioFields::leasingPaths()
{
    return keys({"leasing.enabled", "leasing.sellable_fraction", "leasing.sales_cost_fraction",
                 "leasing.contract_months"});
}

ScenarioFields::PathParts ScenarioFields::split(const QString &path)
{
    static const QRegularExpression re(
        QStringLiteral(R"(^(?:([a-z_]+)(?:\[(\d+)\])?\.)?([a-z_]+)$)"));
    PathParts p;
    const auto m = re.match(path);
    if (!m.hasMatch())
        return p;
    p.list = m.captured(1);
    p.index = m.capturedLength(2) > 0 ? m.captured(2).toInt() : -1;
    p.key = m.captured(3);
    return p;
}

QString ScenarioFields::skuPath(int row, const QString &key)
{
    return QStringLiteral("skus[%1].%2").arg(row).arg(key);
}

QString ScenarioFields::purchasePath(int row, const QString &key)
{
    return QStringLiteral("purchases[%1].%2").arg(row).arg(key);
}

FieldInfo ScenarioFields::info(const QString &path)
{
    const PathParts p = split(path);
    return table().value(p.list + u'/' + p.key);
}

QVariant ScenarioFields::value(const Scenario &s, const QString &path)
{
    const PathParts p = split(path);
    const QString &k = p.key;
    if (p.list.isEmpty()) {
        if (k == u"name")
            return q(s.name);
        if (k == u"description")
            return q(s.description);
        if (k == u"currency")
            return q(s.currency);
        if (k == u"start")
            return startText(s);
        if (k == u"horizon_months")
            return s.horizonMonths;
        return {};
    }
    if (p.list == u"finance") {
        const Finance &f = s.finance;
        if (k == u"discount_rate")
            return f.discountRate;
        if (k == u"tax_rate")
            return f.taxRate;
        if (k == u"tax_depreciation")
            return QString::fromLatin1(toString(f.taxDepreciation));
        if (k == u"bonus_depreciation")
            return f.bonusDepreciation;
        if (k == u"fiscal_year_end_month")
            return f.fiscalYearEndMonth;
        if (k == u"terminal_value")
            return QString::fromLatin1(toString(f.terminalValue));
        if (k == u"impairment_test")
            return f.impairmentTest;
        return {};
    }
    if (p.list == u"operations") {
        const Operations &o = s.operations;
        if (k == u"availability")
            return o.availability;
        if (k == u"pue")
            return o.pue;
        if (k == u"electricity_price_per_kwh")
            return o.electricityPricePerKwh;
        if (k == u"electricity_annual_escalation")
            return o.electricityAnnualEscalation;
        if (k == u"colocation_per_kw_month")
            return o.colocationPerKwMonth;
        if (k == u"maintenance_fraction_per_year")
            return o.maintenanceFractionPerYear;
        if (k == u"staff_cost_per_month")
            return o.staffCostPerMonth;
        return {};
    }
    if (p.list == u"leasing") {
        const Leasing &l = s.leasing;
        if (k == u"enabled")
            return l.enabled;
        if (k == u"sellable_fraction")
            return l.sellableFraction;
        if (k == u"sales_cost_fraction")
            return l.salesCostFraction;
        if (k == u"contract_months")
            return l.contractMonths;
        return {};
    }
    if (p.list == u"internal_demand") {
        if (k == u"compute_hours")
            return s.internalDemand.computeHours;
        if (k == u"annual_growth")
            return s.internalDemand.annualGrowth;
        return {};
    }
    if (p.list == u"skus") {
        if (p.index < 0 || p.index >= int(s.skus.size()))
            return {};
        const Sku &u = s.skus[std::size_t(p.index)];
        if (k == u"id")
            return q(u.id);
        if (k == u"name")
            return q(u.name);
        if (k == u"gpu_price")
            return u.gpuPrice;
        if (k == u"gpus_per_server")
            return u.gpusPerServer;
        if (k == u"server_cost")
            return u.serverCost;
        if (k == u"network_cost_per_gpu")
            return u.networkCostPerGpu;
        if (k == u"power_kw_per_gpu")
            return u.powerKwPerGpu;
        if (k == u"idle_power_fraction")
            return u.idlePowerFraction;
        if (k == u"throughput")
            return u.throughput;
        if (k == u"useful_life_months")
            return u.usefulLifeMonths;
        if (k == u"operating_life_months")
            return u.operatingLifeMonths;
        if (k == u"salvage_fraction")
            return u.salvageFraction;
        if (k == u"resale_fraction")
            return u.resaleFraction;
        if (k == u"depreciation")
            return QString::fromLatin1(toString(u.depreciation));
        if (k == u"annual_failure_rate")
            return u.annualFailureRate;
        if (k == u"market_age_discount_per_year")
            return u.marketAgeDiscountPerYear;
        return {};
    }
    if (p.list == u"purchases") {
        if (p.index < 0 || p.index >= int(s.purchases.size()))
            return {};
        const PurchaseTranche &t = s.purchases[std::size_t(p.index)];
        if (k == u"month")
            return t.month;
        if (k == u"sku")
            return q(t.sku);
        if (k == u"gpus")
            return qlonglong(t.gpus);
        if (k == u"install_lag_months")
            return t.installLagMonths;
        if (k == u"gpu_price")
            return t.gpuPrice ? QVariant(*t.gpuPrice) : QVariant();
        if (k == u"label")
            return q(t.label);
        return {};
    }
    return {};
}

bool ScenarioFields::setValue(Scenario &s, const QString &path, const QVariant &v)
{
    const PathParts p = split(path);
    const QString &k = p.key;
    auto str = [&v](std::string &out) {
        out = v.toString().toStdString();
        return true;
    };
    if (p.list.isEmpty()) {
        if (k == u"name")
            return str(s.name);
        if (k == u"description")
            return str(s.description);
        if (k == u"currency")
            return str(s.currency);
        if (k == u"start") {
            static const QRegularExpression re(QStringLiteral(R"(^(\d{4})-(\d{2})$)"));
            const auto m = re.match(v.toString());
            if (!m.hasMatch() || m.captured(2).toInt() < 1 || m.captured(2).toInt() > 12)
                return false;
            s.startYear = m.captured(1).toInt();
            s.startMonth = m.captured(2).toInt();
            return true;
        }
        if (k == u"horizon_months")
            return toNumber(v, s.horizonMonths);
        return false;
    }
    if (p.list == u"finance") {
        Finance &f = s.finance;
        if (k == u"discount_rate")
            return toNumber(v, f.discountRate);
        if (k == u"tax_rate")
            return toNumber(v, f.taxRate);
        if (k == u"tax_depreciation") {
            f.taxDepreciation = v.toString() == u"macrs_5_half_year"
                                    ? TaxDepreciation::Macrs5HalfYear
                                    : TaxDepreciation::Book;
            return true;
        }
        if (k == u"bonus_depreciation")
            return toNumber(v, f.bonusDepreciation);
        if (k == u"fiscal_year_end_month")
            return toNumber(v, f.fiscalYearEndMonth);
        if (k == u"terminal_value") {
            f.terminalValue = v.toString() == u"none"           ? TerminalValueMethod::None
                              : v.toString() == u"market_value" ? TerminalValueMethod::MarketValue
                                                                : TerminalValueMethod::BookValue;
            return true;
        }
        if (k == u"impairment_test") {
            f.impairmentTest = v.toBool();
            return true;
        }
        return false;
    }
    if (p.list == u"operations") {
        Operations &o = s.operations;
        if (k == u"availability")
            return toNumber(v, o.availability);
        if (k == u"pue")
            return toNumber(v, o.pue);
        if (k == u"electricity_price_per_kwh")
            return toNumber(v, o.electricityPricePerKwh);
        if (k == u"electricity_annual_escalation")
            return toNumber(v, o.electricityAnnualEscalation);
        if (k == u"colocation_per_kw_month")
            return toNumber(v, o.colocationPerKwMonth);
        if (k == u"maintenance_fraction_per_year")
            return toNumber(v, o.maintenanceFractionPerYear);
        if (k == u"staff_cost_per_month")
            return toNumber(v, o.staffCostPerMonth);
        return false;
    }
    if (p.list == u"leasing") {
        Leasing &l = s.leasing;
        if (k == u"enabled") {
            l.enabled = v.toBool();
            return true;
        }
        if (k == u"sellable_fraction")
            return toNumber(v, l.sellableFraction);
        if (k == u"sales_cost_fraction")
            return toNumber(v, l.salesCostFraction);
        if (k == u"contract_months")
            return toNumber(v, l.contractMonths);
        return false;
    }
    if (p.list == u"internal_demand") {
        if (k == u"compute_hours")
            return toNumber(v, s.internalDemand.computeHours);
        if (k == u"annual_growth")
            return toNumber(v, s.internalDemand.annualGrowth);
        return false;
    }
    if (p.list == u"skus") {
        if (p.index < 0 || p.index >= int(s.skus.size()))
            return false;
        Sku &u = s.skus[std::size_t(p.index)];
        if (k == u"id") {
            const std::string newId = v.toString().toStdString();
            if (newId == u.id)
                return true;
            if (s.skuIndex(newId) >= 0)
                return false; // ids are unique; refusing keeps the rename reversible
            for (PurchaseTranche &t : s.purchases)
                if (t.sku == u.id)
                    t.sku = newId;
            u.id = newId;
            return true;
        }
        if (k == u"name")
            return str(u.name);
        if (k == u"gpu_price")
            return toNumber(v, u.gpuPrice);
        if (k == u"gpus_per_server")
            return toNumber(v, u.gpusPerServer);
        if (k == u"server_cost")
            return toNumber(v, u.serverCost);
        if (k == u"network_cost_per_gpu")
            return toNumber(v, u.networkCostPerGpu);
        if (k == u"power_kw_per_gpu")
            return toNumber(v, u.powerKwPerGpu);
        if (k == u"idle_power_fraction")
            return toNumber(v, u.idlePowerFraction);
        if (k == u"throughput")
            return toNumber(v, u.throughput);
        if (k == u"useful_life_months")
            return toNumber(v, u.usefulLifeMonths);
        if (k == u"operating_life_months")
            return toNumber(v, u.operatingLifeMonths);
        if (k == u"salvage_fraction")
            return toNumber(v, u.salvageFraction);
        if (k == u"resale_fraction")
            return toNumber(v, u.resaleFraction);
        if (k == u"depreciation") {
            const QString d = v.toString();
            u.depreciation = d == u"double_declining" ? DepreciationMethod::DoubleDeclining
                             : d == u"sum_of_years"   ? DepreciationMethod::SumOfYears
                                                      : DepreciationMethod::StraightLine;
            return true;
        }
        if (k == u"annual_failure_rate")
            return toNumber(v, u.annualFailureRate);
        if (k == u"market_age_discount_per_year")
            return toNumber(v, u.marketAgeDiscountPerYear);
        return false;
    }
    if (p.list == u"purchases") {
        if (p.index < 0 || p.index >= int(s.purchases.size()))
            return false;
        PurchaseTranche &t = s.purchases[std::size_t(p.index)];
        if (k == u"month")
            return toNumber(v, t.month);
        if (k == u"sku")
            return str(t.sku);
        if (k == u"gpus")
            return toNumber(v, t.gpus);
        if (k == u"install_lag_months")
            return toNumber(v, t.installLagMonths);
        if (k == u"gpu_price") {
            if (!v.isValid() || v.isNull() || v.toString().trimmed().isEmpty()) {
                t.gpuPrice.reset();
                return true;
            }
            double d = 0;
            if (!toNumber(v, d))
                return false;
            t.gpuPrice = d;
            return true;
        }
        if (k == u"label")
            return str(t.label);
        return false;
    }
    return false;
}

QString ScenarioFields::describe(const Scenario &s, const QString &path)
{
    const PathParts p = split(path);
    const FieldInfo f = info(path);
    QString label = f.key.isEmpty() ? p.key : f.label;
    if (p.key == u"lease_price")
        label = tr("Lease price");
    else if (p.key == u"cloud_price")
        label = tr("Cloud price");
    else if (p.key == u"market_value")
        label = tr("Market value");
    else if (p.key == u"useful_life_change")
        label = tr("Change in book life");
    else if (p.key == u"series")
        label = tr("Internal demand series");
    if (p.list == u"skus" && p.index >= 0 && p.index < int(s.skus.size()))
        return tr("%1: %2").arg(q(s.skus[std::size_t(p.index)].name), label);
    if (p.list == u"purchases" && p.index >= 0)
        return tr("Purchase %1: %2").arg(p.index + 1).arg(label);
    if (p.list == u"finance")
        return tr("Finance: %1").arg(label);
    if (p.list == u"operations")
        return tr("Operations: %1").arg(label);
    if (p.list == u"leasing")
        return tr("Leasing: %1").arg(label);
    return label.isEmpty() ? path : label;
}

} // namespace fleetroi
