// SPDX-License-Identifier: GPL-3.0-or-later
// The driver catalog (scenario/DriverCatalog.h), the one home of the sensitivity / uncertainty
// drivers (issue 13):
//  - its keys are the format's: each round-trips through the scenario writer and reader in
//    `uncertainty.drivers` and `uncertainty.correlations`, and a name outside it is refused;
//  - each driver scales exactly the schema fields the catalog names (every numeric field of
//    the schema is compared before and after applyDriverMultiplier);
//  - through the engine, each moves the model the way a hand argument says it must, with the
//    linear cases checked to the multiplier.
#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "scenario/DriverCatalog.h"
#include "scenario/ScenarioChecks.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioSchema.h"
#include "scenario/ScenarioWriter.h"

#include "ExampleScenarios.h"
#include "Tolerance.h"

#include <QTest>

#include <algorithm>
#include <numeric>
#include <set>

using namespace fleetroi;

namespace {

// Sums of model series scaled by a multiplier: relative 1e-12 (one rounding per month).
constexpr fleetroi_test::Tolerance kLinear = fleetroi_test::Tolerance::relAbs(1e-12, 1e-9);

double sum(const std::vector<double> &v)
{
    return std::accumulate(v.begin(), v.end(), 0.0);
}

// The hyperscaler example with every field a driver scales set to a non-zero value that no
// cap reaches at x0.9 or x1.1: a purchase price override, a demand series beside the month-0
// demand, a failure rate, and a change of estimate of the book life.
Scenario richScenario()
{
    Scenario s =
        fleetroi_test::readExample(QStringLiteral("hyperscaler-surplus-leasing.fleetroi.json"));
    for (Sku &k : s.skus) {
        k.annualFailureRate = 0.05;
        k.usefulLifeChange = UsefulLifeChange{24, 48};
    }
    s.purchases.front().gpuPrice = 25000.0;
    s.internalDemand.series.assign(std::size_t(s.horizonMonths), 1.0e6);
    return s;
}

// One numeric value of the scenario found by walking the schema: its field and a number.
struct Value
{
    FieldId field;
    double number;
};

double numberOf(const SchemaField &f, const void *owner)
{
    switch (f.type) {
    case FieldType::Number:
        return f.ref<double>(owner);
    case FieldType::OptionalNumber: {
        const auto &v = f.ref<std::optional<double>>(owner);
        return v ? *v : -1.0;
    }
    case FieldType::Int:
        return f.ref<int>(owner);
    case FieldType::Int64:
        return double(f.ref<std::int64_t>(owner));
    case FieldType::UInt64:
        return double(f.ref<std::uint64_t>(owner));
    default:
        return 0.0;
    }
}

// Every numeric value of the schema's fields with a member, the curves (each price of each
// curve under the curve's field) and the demand series: what a driver could scale.
std::vector<Value> values(const Scenario &s)
{
    std::vector<Value> out;
    const auto curve = [&out](FieldId id, const PriceCurve &c) {
        out.push_back({id, c.start});
        out.push_back({id, c.annualChange});
        for (const auto &[month, price] : c.points)
            out.push_back({id, price});
    };
    for (const SchemaField &f : scenarioSchema()) {
        if (!f.member || !f.isNumeric())
            continue;
        switch (f.owner) {
        case FieldOwner::Scenario:
            out.push_back({f.id, numberOf(f, &s)});
            break;
        case FieldOwner::Sku:
            for (const Sku &k : s.skus)
                out.push_back({f.id, numberOf(f, &k)});
            break;
        case FieldOwner::Purchase:
            for (const PurchaseTranche &p : s.purchases)
                out.push_back({f.id, numberOf(f, &p)});
            break;
        case FieldOwner::UsefulLifeChange:
            for (const Sku &k : s.skus)
                if (k.usefulLifeChange)
                    out.push_back({f.id, numberOf(f, &*k.usefulLifeChange)});
            break;
        default:
            break; // curves below; provenance and uncertainty hold no assumption a driver scales
        }
    }
    for (const Sku &k : s.skus) {
        curve(FieldId::SkuLeasePrice, k.leasePrice);
        curve(FieldId::SkuCloudPrice, k.cloudPrice);
        if (k.marketValue)
            curve(FieldId::SkuMarketValue, *k.marketValue);
    }
    for (double v : s.internalDemand.series)
        out.push_back({FieldId::DemandSeries, v});
    return out;
}

std::set<FieldId> changedFields(const Scenario &a, const Scenario &b)
{
    const std::vector<Value> va = values(a), vb = values(b);
    if (va.size() != vb.size())
        qFatal("the scenarios differ in shape");
    std::set<FieldId> changed;
    for (std::size_t i = 0; i < va.size(); ++i)
        if (va[i].number != vb[i].number)
            changed.insert(va[i].field);
    return changed;
}

QString names(const std::set<FieldId> &fields)
{
    QStringList out;
    for (FieldId f : fields)
        out << QString::fromUtf8(schemaField(f).path.data(), qsizetype(schemaField(f).path.size()));
    return out.join(QStringLiteral(", "));
}

ModelResults model(const Scenario &s)
{
    ModelOptions o;
    o.breakEvenLease = false;
    return computeModel(s, o);
}

Scenario scaled(const Scenario &s, DriverId d, double m)
{
    Scenario out = s;
    applyDriverMultiplier(out, d, m);
    return out;
}

} // namespace

class TestDriverCatalog : public QObject
{
    Q_OBJECT

private slots:
    void catalogIsIndexedAndMatchesTheFormatList()
    {
        const auto catalog = driverCatalog();
        QCOMPARE(int(catalog.size()), int(DriverId::Count));
        const auto &formatNames = scenario_detail::sensitivityDrivers();
        QCOMPARE(formatNames.size(), catalog.size());
        std::set<std::string_view> keys;
        for (int i = 0; i < int(catalog.size()); ++i) {
            const DriverInfo &d = catalog[std::size_t(i)];
            QCOMPARE(int(d.id), i);
            QVERIFY(keys.insert(d.key).second);
            QCOMPARE(findDriver(d.key), std::optional<DriverId>(d.id));
            QCOMPARE(formatNames[std::size_t(i)], d.key);
            QCOMPARE(sensitivityDrivers()[std::size_t(i)], std::string(d.key));
            QVERIFY(!d.fields.empty());
            QVERIFY(std::string_view(d.label).size() > 0 && std::string_view(d.help).size() > 0);
            // The unit is that of the fields it scales (all of them share it).
            for (FieldId f : d.fields)
                QCOMPARE(int(schemaField(f).unit), int(d.unit));
        }
        QVERIFY(!findDriver("bogus"));
        QVERIFY(!findDriver(""));
        QVERIFY(!findDriver("Lease_price"));
    }

    void keysRoundTripThroughReaderAndWriter()
    {
        const Scenario base =
            fleetroi_test::readExample(QStringLiteral("neocloud-h100-lessor.fleetroi.json"));
        for (const DriverInfo &d : driverCatalog()) {
            const DriverInfo &other =
                driverInfo(d.id == DriverId::GpuPrice ? DriverId::LeasePrice : DriverId::GpuPrice);
            Scenario s = base;
            Uncertainty u;
            DriverDistribution dist;
            dist.driver = std::string(d.key);
            dist.kind = DriverDistribution::Kind::Uniform;
            dist.a = 0.9;
            dist.b = 1.1;
            DriverDistribution second = dist;
            second.driver = std::string(other.key);
            u.drivers = {dist, second};
            u.correlations = {{std::string(d.key), std::string(other.key), 0.25}};
            s.uncertainty = u;
            const std::string text = writeScenario(s);
            QVERIFY2(text.find("\"" + std::string(d.key) + "\"") != std::string::npos,
                     d.key.data());
            const ScenarioReadResult back = readScenario(text);
            QVERIFY2(back.ok(), d.key.data());
            QVERIFY(back.scenario->uncertainty.has_value());
            QCOMPARE(back.scenario->uncertainty->drivers.front().driver, std::string(d.key));
            QCOMPARE(back.scenario->uncertainty->correlations.front().a, std::string(d.key));
            QVERIFY(*back.scenario == s);
        }
        // A name outside the catalog is refused, naming its path.
        Scenario s = base;
        Uncertainty u;
        DriverDistribution dist;
        dist.driver = "useful_lives";
        u.drivers = {dist};
        s.uncertainty = u;
        const ScenarioReadResult bad = readScenario(writeScenario(s));
        QVERIFY(!bad.ok());
        QCOMPARE(bad.errors.front().path, std::string("uncertainty.drivers.useful_lives"));
    }

    void eachDriverScalesExactlyItsFields()
    {
        const Scenario base = richScenario();
        for (const DriverInfo &d : driverCatalog()) {
            const std::set<FieldId> expected(d.fields.begin(), d.fields.end());
            for (double m : {0.9, 1.1}) {
                const std::set<FieldId> changed = changedFields(base, scaled(base, d.id, m));
                QVERIFY2(
                    changed == expected,
                    qPrintable(QStringLiteral("%1 x%2 changed {%3}, the catalog says {%4}")
                                   .arg(QString::fromUtf8(d.key.data(), qsizetype(d.key.size())))
                                   .arg(m)
                                   .arg(names(changed), names(expected))));
            }
            // The key spelling gives the same scenario as the id.
            Scenario byKey = base;
            applyDriverMultiplier(byKey, d.key, 1.1);
            QVERIFY(byKey == scaled(base, d.id, 1.1));
        }
        // A name that is not a driver changes nothing.
        Scenario s = base;
        applyDriverMultiplier(s, std::string_view("bogus"), 1.5);
        QVERIFY(s == base);
    }

    // Through the engine, each driver at x1.1 (x0.9 where noted) against the example as
    // entered. Linear relations hold to the multiplier: the quantity is a sum of per-month
    // products with the scaled input as one factor.
    void eachDriverMovesTheModelAsArguedByHand()
    {
        const Scenario base = richScenario();
        const ModelResults b = model(base);
        const auto at = [&base](DriverId d, double m) {
            return model(scaled(base, d, m));
        };

        // GPU prices: capex = sum of GPUs x price + servers + network, so capex rises by
        // exactly 0.1 x sum(gpus x effective price); a dearer fleet is worth less.
        {
            double gpuSpend = 0.0;
            for (const PurchaseTranche &p : base.purchases)
                gpuSpend +=
                    double(p.gpus) *
                    p.gpuPrice.value_or(base.skus[std::size_t(base.skuIndex(p.sku))].gpuPrice);
            const ModelResults r = at(DriverId::GpuPrice, 1.1);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.capex) - sum(b.monthly.capex), 0.1 * gpuSpend,
                                 kLinear);
            QVERIFY(r.kpis.npv < b.kpis.npv);
        }
        // Lease prices: revenue = leased hours x price; leased hours do not depend on price.
        {
            const ModelResults r = at(DriverId::LeasePrice, 1.1);
            QVERIFY(sum(b.monthly.leaseRevenue) > 0.0);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.leaseRevenue), 1.1 * sum(b.monthly.leaseRevenue),
                                 kLinear);
            QVERIFY(r.kpis.npv > b.kpis.npv);
        }
        // Cloud prices: the internal value is served hours x cloud price.
        {
            const ModelResults r = at(DriverId::CloudPrice, 1.1);
            QVERIFY(sum(b.monthly.internalValue) > 0.0);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.internalValue), 1.1 * sum(b.monthly.internalValue),
                                 kLinear);
            QVERIFY(r.kpis.npv > b.kpis.npv);
        }
        // Internal demand x0.9: every month's demand is 0.9 x; less is served internally and
        // the surplus offered for lease grows, so leased hours do not fall.
        {
            const ModelResults r = at(DriverId::InternalDemand, 0.9);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.internalDemandHours),
                                 0.9 * sum(b.monthly.internalDemandHours), kLinear);
            QVERIFY(sum(r.monthly.internalServedHours) < sum(b.monthly.internalServedHours));
            QVERIFY(sum(r.monthly.leasedHours) >= sum(b.monthly.leasedHours));
        }
        // Electricity price: cost = energy x price x escalation; energy does not change.
        {
            const ModelResults r = at(DriverId::ElectricityPrice, 1.1);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.electricityCost),
                                 1.1 * sum(b.monthly.electricityCost), kLinear);
            QCOMPARE(sum(r.monthly.energyKwh), sum(b.monthly.energyKwh));
            QVERIFY(r.kpis.npv < b.kpis.npv);
        }
        // Discount rate: the cash flows are untouched, every discount factor is smaller.
        {
            const ModelResults r = at(DriverId::DiscountRate, 1.1);
            QVERIFY(r.monthly.netCashFlow == b.monthly.netCashFlow);
            for (std::size_t t = 0; t < r.monthly.discountFactor.size(); ++t)
                QVERIFY(r.monthly.discountFactor[t] < b.monthly.discountFactor[t]);
        }
        // Book and operating life x1.1: a longer life spreads the cost thinner, so the first
        // month of depreciation is smaller (straight line, declining balance and sum of years
        // alike), and the GPUs operate longer: more GPU-months in service.
        {
            const ModelResults r = at(DriverId::UsefulLife, 1.1);
            const auto first = [](const std::vector<double> &v) {
                const auto it = std::find_if(v.begin(), v.end(), [](double x) { return x > 0.0; });
                return it == v.end() ? 0.0 : *it;
            };
            QVERIFY(first(b.monthly.bookDepreciation) > 0.0);
            QVERIFY(first(r.monthly.bookDepreciation) < first(b.monthly.bookDepreciation));
            QVERIFY(sum(r.monthly.workingGpus) > sum(b.monthly.workingGpus));
        }
        // Sellable share of surplus x0.9: leased hours are the sellable share of the surplus.
        {
            const ModelResults r = at(DriverId::SellableFraction, 0.9);
            QVERIFY(sum(b.monthly.leasedHours) > 0.0);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.leasedHours), 0.9 * sum(b.monthly.leasedHours),
                                 kLinear);
            QCOMPARE(sum(r.monthly.internalServedHours), sum(b.monthly.internalServedHours));
            QVERIFY(r.kpis.npv < b.kpis.npv);
        }
        // Availability x0.9: capacity = working GPUs x hours x availability x throughput.
        {
            const ModelResults r = at(DriverId::Availability, 0.9);
            FLEETROI_VERIFY_NEAR(sum(r.monthly.capacityHours), 0.9 * sum(b.monthly.capacityHours),
                                 kLinear);
            QVERIFY(r.kpis.npv < b.kpis.npv);
        }
        // Annual failure rate x1.1: more GPUs lost, fewer working.
        {
            const ModelResults r = at(DriverId::AnnualFailureRate, 1.1);
            QVERIFY(sum(r.monthly.workingGpus) < sum(b.monthly.workingGpus));
            QVERIFY(r.kpis.npv < b.kpis.npv);
        }
    }
};

QTEST_APPLESS_MAIN(TestDriverCatalog)
#include "test_driver_catalog.moc"
