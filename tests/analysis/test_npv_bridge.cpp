// SPDX-License-Identifier: GPL-3.0-or-later
// The NPV bridge (engine/NpvBridge.h): the steps add up to NPV(B) - NPV(A) on several pairs
// (the two examples, revisions with random changes), each step is the NPV change of applying
// its groups, and the change list speaks in labels and units.
#include "AnalysisTestData.h"

#include "engine/FleetModel.h"
#include "engine/InputChanges.h"
#include "engine/NpvBridge.h"
#include "scenario/ScenarioReader.h"

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
};

QTEST_GUILESS_MAIN(TestNpvBridge)
#include "test_npv_bridge.moc"
