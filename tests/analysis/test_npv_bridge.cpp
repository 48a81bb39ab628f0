// SPDX-License-Identifier: GPL-3.0-or-later
// The NPV bridge (engine/NpvBridge.h): the steps add up to NPV(B) - NPV(A) on several pairs
// (the two examples, revisions with random changes), each step is the NPV change of applying
// its groups, and the change list speaks in labels and units.
#include "AnalysisTestData.h"

#include "engine/FleetModel.h"
#include "engine/InputChanges.h"
#include "engine/NpvBridge.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioSchema.h"

#include <QTest>

#include <algorithm>
#include <cmath>
#include <random>

using namespace fleetroi;

namespace {

// The identity, with the endpoints computed on their own (not taken from the bridge).
void checkIdentity(const Scenario &a, const Scenario &b, const char *what)
{
    const NpvBridge bridge = computeNpvBridge(a, b);
    const double npvA = computeNpv(a), npvB = computeNpv(b);
    const double scale = std::max({std::fabs(npvA), std::fabs(npvB), 1.0});
    QVERIFY2(bridge.npvA == npvA, what);
    QVERIFY2(std::fabs(bridge.npvB - npvB) <= 1e-12 * scale, what);
    double sum = 0.0;
    for (const BridgeStep &s : bridge.steps)
        sum += s.delta();
    QVERIFY2(std::fabs(sum - (npvB - npvA)) <= 1e-6 * scale,
             qPrintable(QStringLiteral("%1: steps sum %2, NPV change %3")
                            .arg(QLatin1String(what))
                            .arg(sum, 0, 'g', 17)
                            .arg(npvB - npvA, 0, 'g', 17)));
    // Steps chain (each starts where the last ended) and follow the stated group order.
    double npv = npvA;
    int lastGroup = -1;
    for (const BridgeStep &s : bridge.steps) {
        QVERIFY2(s.npvBefore == npv, what);
        npv = s.npvAfter;
        QVERIFY(!s.groups.empty());
        for (InputGroup g : s.groups) {
            QVERIFY2(int(g) > lastGroup, what);
            lastGroup = int(g);
        }
        // Analyst words, not JSON paths.
        const std::string label = s.label();
        QVERIFY2(label.find('[') == std::string::npos && label.find('_') == std::string::npos,
                 label.c_str());
    }
}

// A revision of `s` with random changes in random groups, kept valid.
Scenario randomRevision(const Scenario &s, std::mt19937 &rng)
{
    std::uniform_real_distribution<double> f(0.7, 1.3);
    std::uniform_int_distribution<int> coin(0, 1);
    Scenario b = s;
    for (int tries = 0; tries < 100; ++tries) {
        b = s;
        if (coin(rng))
            for (Sku &k : b.skus)
                k.gpuPrice *= f(rng);
        if (coin(rng)) {
            PriceCurve &c = b.skus.front().leasePrice;
            if (c.kind == PriceCurve::Kind::Points)
                c.points.back().second *= f(rng);
            else
                c.start *= f(rng);
        }
        if (coin(rng))
            b.purchases.front().gpus = std::int64_t(double(b.purchases.front().gpus) * f(rng));
        if (coin(rng))
            b.internalDemand.computeHours *= f(rng);
        if (coin(rng))
            b.leasing.sellableFraction = std::min(1.0, b.leasing.sellableFraction * f(rng));
        if (coin(rng))
            b.leasing.contractMonths = 1 + int(rng() % 24);
        if (coin(rng))
            b.operations.electricityPricePerKwh *= f(rng);
        if (coin(rng))
            b.operations.pue = std::clamp(b.operations.pue * f(rng), 1.0, 3.0);
        if (coin(rng))
            b.finance.discountRate *= f(rng);
        if (coin(rng))
            b.finance.taxRate = std::min(0.9, b.finance.taxRate * f(rng));
        if (coin(rng))
            b.horizonMonths = std::clamp(b.horizonMonths + int(rng() % 25) - 12, 24, 240);
        if (coin(rng))
            b.name += " v2";
        if (validateScenario(b).empty())
            return b;
    }
    return s;
}

} // namespace

class TestNpvBridge : public QObject
{
    Q_OBJECT
private slots:
    void examplesBothWays()
    {
        const Scenario n = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        const Scenario h = testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        checkIdentity(n, h, "neocloud -> hyperscaler");
        checkIdentity(h, n, "hyperscaler -> neocloud");
        // Almost every group differs between the two: six steps (or fewer when merged).
        const NpvBridge b = computeNpvBridge(n, h);
        QVERIFY(b.steps.size() >= 4);
        QVERIFY(computeNpvBridge(n, n).steps.empty());
    }

    void randomRevisions_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<unsigned>("seed");
        for (const QString &n : testing::exampleNames())
            for (unsigned seed = 1; seed <= 20; ++seed)
                QTest::newRow(qPrintable(n + QStringLiteral(" seed %1").arg(seed))) << n << seed;
    }
    void randomRevisions()
    {
        QFETCH(QString, name);
        QFETCH(unsigned, seed);
        const Scenario a = testing::loadExample(name);
        std::mt19937 rng(seed);
        const Scenario b = randomRevision(a, rng);
        checkIdentity(a, b, "A -> revision");
        checkIdentity(b, a, "revision -> A");
    }

    // One group changed: one step, equal to the whole change, named after its group; a
    // second group adds a step measured from the first step's scenario.
    void stepsAreWhatTheyApply()
    {
        const Scenario a = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        Scenario b = a;
        b.finance.discountRate = a.finance.discountRate + 0.03;
        NpvBridge bridge = computeNpvBridge(a, b);
        QCOMPARE(bridge.steps.size(), std::size_t(1));
        QCOMPARE(bridge.steps[0].label(), std::string("Finance"));
        QCOMPARE(bridge.steps[0].delta(), computeNpv(b) - computeNpv(a));

        b.leasing.sellableFraction = 0.6; // leasing comes before finance
        bridge = computeNpvBridge(a, b);
        QCOMPARE(bridge.steps.size(), std::size_t(2));
        QCOMPARE(bridge.steps[0].label(), std::string("Leasing"));
        Scenario mid = a;
        mid.leasing.sellableFraction = 0.6;
        QCOMPARE(bridge.steps[0].npvAfter, computeNpv(mid));
        QCOMPARE(bridge.steps[1].delta(), computeNpv(b) - computeNpv(mid));
    }

    // B buys GPUs after A's horizon: fleet alone would be invalid, so it merges with "other".
    void invalidIntermediateMerges()
    {
        const Scenario a = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        Scenario b = a;
        b.horizonMonths = a.horizonMonths + 24;
        PurchaseTranche late = b.purchases.front();
        late.month = a.horizonMonths + 6;
        b.purchases.push_back(late);
        b.leasing.salesCostFraction = 0.1;
        QVERIFY(validateScenario(b).empty());
        const NpvBridge bridge = computeNpvBridge(a, b);
        checkIdentity(a, b, "late purchase");
        QCOMPARE(bridge.steps.size(), std::size_t(1));
        QVERIFY(bridge.steps[0].mergedBecauseInvalid);
        QCOMPARE(bridge.steps[0].label(), std::string("Fleet and prices + Leasing + Other inputs"));
    }

    // "What changed" in words and units: the example of a changed price point.
    void changeWords()
    {
        const Scenario a = testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        Scenario b = a;
        b.skus[0].leasePrice.points[2].second = 1.2; // [24, 1.80] -> [24, 1.20]
        b.finance.discountRate = 0.1;
        b.purchases[1].gpus = 20000;
        const std::vector<InputChange> changes = describeInputChanges(a, b);
        QCOMPARE(changes.size(), std::size_t(3));
        QCOMPARE(changes[0].text(),
                 std::string("H100 SXM: lease price in 2028-01: 1.8 USD/GPU-h -> 1.2 USD/GPU-h"));
        QCOMPARE(changes[0].path, std::string("skus[h100].lease_price.points[2]"));
        QCOMPARE(changes[1].text(), std::string("Purchase 2 (B200 SXM, 2026-06, B200 cluster): "
                                                "GPUs bought: 16,384 GPUs -> 20,000 GPUs"));
        QCOMPARE(changes[2].text(), std::string("discount rate: 9 %/year -> 10 %/year"));
        QCOMPARE(changes[2].group, InputGroup::Finance);
        // The bridge files each change under its step.
        const NpvBridge bridge = computeNpvBridge(a, b);
        QCOMPARE(bridge.steps.size(), std::size_t(2));
        QCOMPARE(bridge.steps[0].changes.size(), std::size_t(2));
        QCOMPARE(bridge.steps[1].changes.size(), std::size_t(1));
    }

    // Every field path of the table is found again by its own spelling with ids/indices.
    void tableLookup()
    {
        QCOMPARE(std::string(findInputField("skus[h100].lease_price.points[2][1]")->path),
                 std::string("skus[].lease_price"));
        QCOMPARE(findInputField("purchases[3].gpus")->group, InputGroup::FleetAndPrices);
        QCOMPARE(findInputField("operations.pue")->group, InputGroup::Operations);
        QVERIFY(findInputField("no_such_field") == nullptr);
        for (const InputField &f : inputFields())
            QCOMPARE(findInputField(f.path), &f);
    }

    // The change list is a view of the schema (issue #13): every input's path, group and
    // label are its schema entry's, every scalar of format version 1 is an input, and a
    // change to one member (made here through the schema's accessor) is reported once, under
    // that field's label and path, with the value read from that member.
    void changeListWalksTheSchema()
    {
        int scalars = 0;
        for (const SchemaField &sf : scenarioSchema()) {
            const InputField *f = findInputField(sf.id);
            const bool scalar = sf.member && !sf.model11 && sf.id != FieldId::SkuId &&
                                (sf.owner == FieldOwner::Scenario || sf.owner == FieldOwner::Sku ||
                                 sf.owner == FieldOwner::Purchase);
            if (scalar) {
                QVERIFY2(f, sf.path.data());
                ++scalars;
            }
            if (!f)
                continue;
            QCOMPARE(std::string_view(f->path), sf.path);
            QCOMPARE(f->group, sf.group);
            QCOMPARE(std::string_view(f->label), std::string_view(sf.changeLabel));
        }
        // 5 top level (name ... horizon without start, which has no member), 6 finance,
        // 7 operations, 4 leasing, 2 demand, 14 SKU (no id), 6 purchase.
        QCOMPARE(scalars, 4 + 6 + 7 + 4 + 2 + 14 + 6);

        const Scenario base = testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        int checked = 0;
        for (const InputField &f : inputFields()) {
            if (f.scope == InputScope::Whole || !f.schema->member)
                continue;
            const SchemaField &sf = *f.schema;
            Scenario b = base;
            b.internalDemand.isSeries = false; // the growth form, where its fields count
            Scenario a = b;
            void *owner = sf.owner == FieldOwner::Sku        ? static_cast<void *>(&b.skus[0])
                          : sf.owner == FieldOwner::Purchase ? static_cast<void *>(&b.purchases[0])
                                                             : static_cast<void *>(&b);
            std::string expectedTo;
            switch (sf.type) {
            case FieldType::Number:
                sf.ref<double>(owner) += 0.5;
                break;
            case FieldType::OptionalNumber:
                sf.ref<std::optional<double>>(owner) = 12345.0;
                expectedTo = "12,345 " + b.currency;
                break;
            case FieldType::Int:
                sf.ref<int>(owner) += 1;
                break;
            case FieldType::Int64:
                sf.ref<std::int64_t>(owner) += 1;
                break;
            case FieldType::Bool:
                sf.ref<bool>(owner) = !sf.ref<bool>(owner);
                expectedTo = sf.ref<bool>(owner) ? "on" : "off";
                break;
            case FieldType::Text:
                sf.ref<std::string>(owner) += " (changed)";
                expectedTo = sf.ref<std::string>(owner);
                break;
            case FieldType::Choice: {
                const int now = sf.getChoice(owner);
                const FieldChoice &other = sf.choices[sf.choices[0].enumValue == now ? 1 : 0];
                sf.setChoice(owner, other.enumValue);
                expectedTo = std::string(other.value);
                break;
            }
            default:
                QFAIL(sf.path.data());
            }
            if (sf.id == FieldId::PurchaseSku) { // a purchase of the second SKU instead
                b.purchases[0].sku = b.skus[1].id;
                expectedTo = b.skus[1].id;
            }
            const std::vector<InputChange> changes = describeInputChanges(a, b);
            QVERIFY2(changes.size() == 1, sf.path.data());
            const InputChange &c = changes[0];
            QCOMPARE(std::string_view(c.label), std::string_view(sf.changeLabel));
            QCOMPARE(c.group, sf.group);
            std::string path(sf.path);
            if (sf.owner == FieldOwner::Sku)
                path = "skus[" + b.skus[0].id + "]." + std::string(sf.key);
            else if (sf.owner == FieldOwner::Purchase)
                path = "purchases[0]." + std::string(sf.key);
            QCOMPARE(c.path, path);
            if (!expectedTo.empty())
                QCOMPARE(c.to, expectedTo);
            QVERIFY2(c.from != c.to, sf.path.data());
            ++checked;
        }
        QCOMPARE(checked, scalars);
    }
};

QTEST_GUILESS_MAIN(TestNpvBridge)
#include "test_npv_bridge.moc"
