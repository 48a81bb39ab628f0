// SPDX-License-Identifier: GPL-3.0-or-later
// The command facade (ScenarioCommands, issue #13): every kind of user edit is one undo step
// whose undo restores the scenario exactly (the written scenario file, byte for byte) and
// whose redo brings the edit back; edits made of several changes are still one step; a value
// outside the format's range is refused with a message naming the field, and leaves the
// scenario, the undo stack and the redo history as they were.
#include "ExampleDocuments.h"
#include "ScenarioCommands.h"
#include "ScenarioDocument.h"
#include "UncertaintyPresets.h"

#include <QTest>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace fleetroi;

namespace {

std::unique_ptr<ScenarioDocument> openExample()
{
    std::unique_ptr<ScenarioDocument> doc = fleetroi_test::openExampleDocument();
    if (doc)
        doc->setBackgroundRecompute(false);
    return doc;
}

using Action = std::function<EditResult(ScenarioCommands &)>;
using Check = std::function<bool(const Scenario &)>;

struct Case
{
    Action setup;  // brings the document where the edit applies (may be empty)
    Action edit;   // the edit under test
    Check applied; // true when the edit's change is in the scenario
    int parts = 1; // commands the one step is made of (> 1: a composed step)
};

PriceCurve growth(double start, double change)
{
    PriceCurve c;
    c.kind = PriceCurve::Kind::Growth;
    c.start = start;
    c.annualChange = change;
    return c;
}

PriceCurve points(std::vector<std::pair<int, double>> p)
{
    PriceCurve c;
    c.kind = PriceCurve::Kind::Points;
    c.points = std::move(p);
    return c;
}

EditResult makeUncertain(ScenarioCommands &c)
{
    // A block with two uncertain drivers (two steps; the test clears the stack after set-up).
    if (EditResult r = c.setDriverUncertain("lease_price", true); !r)
        return r;
    return c.setDriverUncertain("gpu_price", true);
}

QByteArray bytes(const ScenarioDocument &doc)
{
    return ScenarioDocument::toJson(doc.scenario());
}

} // namespace

Q_DECLARE_METATYPE(Case)

class TestScenarioCommands : public QObject
{
    Q_OBJECT
private slots:
    void undoRestoresExactlyAndRedoReapplies_data()
    {
        QTest::addColumn<Case>("c");
        using F = FieldId;
        const LifePreset six{QStringLiteral("Six years"), 72};
        QTest::newRow("finance field")
            << Case{{},
                    [](auto &c) { return c.setField(F::DiscountRate, 0.12); },
                    [](const Scenario &s) {
                        return s.finance.discountRate == 0.12;
                    }};
        QTest::newRow("leasing field")
            << Case{{},
                    [](auto &c) { return c.setField(F::LeasingSellableFraction, 0.5); },
                    [](const Scenario &s) {
                        return s.leasing.sellableFraction == 0.5;
                    }};
        QTest::newRow("choice field")
            << Case{{},
                    [](auto &c) { return c.setField(F::TerminalValue, QStringLiteral("none")); },
                    [](const Scenario &s) {
                        return s.finance.terminalValue == TerminalValueMethod::None;
                    }};
        QTest::newRow("demand field")
            << Case{{},
                    [](auto &c) { return c.setField(F::DemandComputeHours, 123456.0); },
                    [](const Scenario &s) {
                        return s.internalDemand.computeHours == 123456.0;
                    }};
        QTest::newRow("start month") << Case{{},
                                             [](auto &c) { return c.setStart(2027, 3); },
                                             [](const Scenario &s) {
                                                 return s.startYear == 2027 && s.startMonth == 3;
                                             }};
        QTest::newRow("sku field")
            << Case{{},
                    [](auto &c) { return c.setSkuField(1, F::SkuGpuPrice, 31000.0); },
                    [](const Scenario &s) {
                        return s.skus[1].gpuPrice == 31000.0;
                    }};
        // Renaming an id renames the purchases' references in the same command.
        QTest::newRow("sku id") << Case{
            {},
            [](auto &c) { return c.setSkuField(0, F::SkuId, QStringLiteral("h100-a")); },
            [](const Scenario &s) {
                return s.skus[0].id == "h100-a" && s.purchases[0].sku == "h100-a";
            }};
        QTest::newRow("purchase field")
            << Case{{},
                    [](auto &c) { return c.setPurchaseField(2, F::PurchaseGpus, 2048); },
                    [](const Scenario &s) {
                        return s.purchases[2].gpus == 2048;
                    }};
        QTest::newRow("purchase price override")
            << Case{{},
                    [](auto &c) { return c.setPurchaseField(0, F::PurchaseGpuPrice, 24000.0); },
                    [](const Scenario &s) {
                        return s.purchases[0].gpuPrice == 24000.0;
                    }};
        QTest::newRow("lease price curve")
            << Case{{},
                    [](auto &c) { return c.setPriceCurve(0, F::SkuLeasePrice, growth(2.0, -0.3)); },
                    [](const Scenario &s) {
                        return s.skus[0].leasePrice == growth(2.0, -0.3);
                    }};
        QTest::newRow("cloud price points")
            << Case{{},
                    [](auto &c) {
                        return c.setPriceCurve(1, F::SkuCloudPrice, points({{0, 5.0}, {24, 3.5}}));
                    },
                    [](const Scenario &s) {
                        return s.skus[1].cloudPrice == points({{0, 5.0}, {24, 3.5}});
                    }};
        QTest::newRow("market value on")
            << Case{{},
                    [](auto &c) { return c.setMarketValue(2, growth(30000.0, -0.25)); },
                    [](const Scenario &s) {
                        return s.skus[2].marketValue == growth(30000.0, -0.25);
                    }};
        // Taking the curve away also zeroes the age discount: two commands, one step.
        QTest::newRow("market value off with discount")
            << Case{[](auto &c) {
                        if (EditResult r = c.setMarketValue(0, growth(30000.0, 0.0)); !r)
                            return r;
                        return c.setSkuField(0, F::SkuMarketAgeDiscountPerYear, 0.1);
                    },
                    [](auto &c) { return c.setMarketValue(0, std::nullopt); },
                    [](const Scenario &s) {
                        return !s.skus[0].marketValue && s.skus[0].marketAgeDiscountPerYear == 0.0;
                    },
                    2};
        QTest::newRow("change in book life")
            << Case{{},
                    [](auto &c) {
                        return c.setUsefulLifeChange(1, UsefulLifeChange{13, 60});
                    },
                    [](const Scenario &s) {
                        return s.skus[1].usefulLifeChange == UsefulLifeChange{13, 60};
                    }};
        QTest::newRow("book life preset on all")
            << Case{{},
                    [six](auto &c) { return c.applyBookLife(six); },
                    [](const Scenario &s) {
                        return s.skus[0].usefulLifeMonths == 72 &&
                               s.skus[1].usefulLifeMonths == 72 && s.skus[2].usefulLifeMonths == 72;
                    },
                    3};
        QTest::newRow("book life preset from a month")
            << Case{{},
                    [six](auto &c) { return c.applyBookLifeFrom(six, 24); },
                    [](const Scenario &s) {
                        for (const Sku &k : s.skus)
                            if (k.usefulLifeChange != UsefulLifeChange{24, 72})
                                return false;
                        return true;
                    },
                    3};
        QTest::newRow("demand as series")
            << Case{{},
                    [](auto &c) { return c.enterDemandAsSeries(true); },
                    [](const Scenario &s) {
                        return s.internalDemand.isSeries && s.internalDemand.series.size() == 72;
                    }};
        QTest::newRow("demand series")
            << Case{{},
                    [](auto &c) { return c.setDemandSeries(std::vector<double>(72, 2.5e6)); },
                    [](const Scenario &s) {
                        return s.internalDemand.isSeries &&
                               s.internalDemand.series == std::vector<double>(72, 2.5e6);
                    }};
        QTest::newRow("driver made uncertain")
            << Case{{},
                    [](auto &c) { return c.setDriverUncertain("internal_demand", true); },
                    [](const Scenario &s) {
                        return s.uncertainty && s.uncertainty->drivers.size() == 1 &&
                               s.uncertainty->drivers[0].driver == "internal_demand";
                    }};
        QTest::newRow("driver taken as entered") << Case{
            makeUncertain, [](auto &c) { return c.setDriverUncertain("lease_price", false); },
            [](const Scenario &s) {
                return s.uncertainty->drivers.size() == 1 &&
                       s.uncertainty->drivers[0].driver == "gpu_price";
            }};
        QTest::newRow("driver kind") << Case{
            makeUncertain,
            [](auto &c) { return c.setDriverKind("gpu_price", DriverDistribution::Kind::Normal); },
            [](const Scenario &s) {
                // Triangular 0.8 / 1.0 / 1.2: mean 1, sd sqrt(0.12 / 18) = 0.0816 -> 0.08.
                const DriverDistribution &d = s.uncertainty->drivers[0];
                return d.kind == DriverDistribution::Kind::Normal && d.a == 1.0 && d.b == 0.08;
            }};
        QTest::newRow("driver parameter") << Case{
            makeUncertain, [](auto &c) { return c.setDriverParameter("lease_price", 2, 1.5); },
            [](const Scenario &s) {
                return s.uncertainty->drivers[1].c == 1.5;
            }};
        QTest::newRow("paths") << Case{makeUncertain,
                                       [](auto &c) { return c.setMonteCarloPaths(5000); },
                                       [](const Scenario &s) {
                                           return s.uncertainty->paths == 5000;
                                       }};
        QTest::newRow("seed") << Case{makeUncertain,
                                      [](auto &c) { return c.setMonteCarloSeed(77); },
                                      [](const Scenario &s) {
                                          return s.uncertainty->seed == 77;
                                      }};
        QTest::newRow("correlation")
            << Case{makeUncertain,
                    [](auto &c) { return c.setCorrelation("gpu_price", "lease_price", -0.4); },
                    [](const Scenario &s) {
                        return s.uncertainty->correlations.size() == 1 &&
                               s.uncertainty->correlations[0].rho == -0.4;
                    }};
        QTest::newRow("critics' case")
            << Case{{},
                    [](auto &c) { return c.applyCriticsCase(); },
                    [](const Scenario &s) {
                        return s.uncertainty && s.uncertainty->drivers.size() >= 3;
                    }};
        QTest::newRow("remove risk set-up")
            << Case{makeUncertain, [](auto &c) { return c.removeUncertainty(); },
                    [](const Scenario &s) {
                        return !s.uncertainty;
                    }};
        QTest::newRow("add sku") << Case{{},
                                         [](auto &c) {
                                             return EditResult{c.addSku(1) == 3, {}};
                                         },
                                         [](const Scenario &s) {
                                             return s.skus.size() == 4 && s.skus[3].id == "b200-2";
                                         }};
        QTest::newRow("remove sku") << Case{[](auto &c) {
                                                return EditResult{c.addSku(-1) == 3, {}};
                                            },
                                            [](auto &c) { return c.removeSku(3); },
                                            [](const Scenario &s) {
                                                return s.skus.size() == 3;
                                            }};
        QTest::newRow("add purchase") << Case{{},
                                              [](auto &c) {
                                                  return EditResult{c.addPurchase() == 3, {}};
                                              },
                                              [](const Scenario &s) {
                                                  return s.purchases.size() == 4 &&
                                                         s.purchases[3].label.empty() &&
                                                         s.purchases[3].sku == "gb200";
                                              }};
        QTest::newRow("remove purchase") << Case{{},
                                                 [](auto &c) { return c.removePurchase(0); },
                                                 [](const Scenario &s) {
                                                     return s.purchases.size() == 2;
                                                 }};
        QTest::newRow("append purchases")
            << Case{{},
                    [](auto &c) {
                        PurchaseTranche t;
                        t.sku = "b200";
                        t.gpus = 8;
                        return c.appendPurchases({t, t}, QStringLiteral("Paste 2 purchases"));
                    },
                    [](const Scenario &s) { return s.purchases.size() == 5; },
                    2};
        QTest::newRow("add source") << Case{{},
                                            [](auto &c) {
                                                Provenance p;
                                                p.field = "finance.tax_rate";
                                                p.source = "Tax memo";
                                                return EditResult{c.addProvenance(p) == 4, {}};
                                            },
                                            [](const Scenario &s) {
                                                return s.provenance.size() == 5;
                                            }};
        QTest::newRow("remove source") << Case{{},
                                               [](auto &c) { return c.removeProvenance(1); },
                                               [](const Scenario &s) {
                                                   return s.provenance.size() == 3;
                                               }};
        QTest::newRow("source note")
            << Case{{},
                    [](auto &c) {
                        return c.setProvenanceText(0, F::ProvenanceNote, QStringLiteral("checked"));
                    },
                    [](const Scenario &s) {
                        return s.provenance[0].note == "checked";
                    }};
    }

    void undoRestoresExactlyAndRedoReapplies()
    {
        QFETCH(Case, c);
        auto doc = openExample();
        QVERIFY(doc);
        ScenarioCommands commands = doc->commands();
        if (c.setup) {
            const EditResult r = c.setup(commands);
            QVERIFY2(r.ok, qPrintable(r.message));
            doc->undoStack()->clear();
        }
        const QByteArray before = bytes(*doc);
        const Scenario scenarioBefore = doc->scenario();
        QVERIFY(!c.applied(doc->scenario()));
        const EditResult r = c.edit(commands);
        QVERIFY2(r.ok, qPrintable(r.message));
        QVERIFY(c.applied(doc->scenario()));
        const QByteArray after = bytes(*doc);
        QVERIFY(!after.isEmpty());
        QVERIFY(after != before);
        // One step, made of the expected number of commands.
        QUndoStack *undo = doc->undoStack();
        QCOMPARE(undo->count(), 1);
        const QUndoCommand *step = undo->command(0);
        QCOMPARE(std::max(1, step->childCount()), c.parts);
        QVERIFY(!undo->undoText().isEmpty());

        undo->undo();
        QCOMPARE(bytes(*doc), before); // the written file, byte for byte
        QVERIFY(doc->scenario() == scenarioBefore);
        QVERIFY(!doc->isModified());
        undo->redo();
        QCOMPARE(bytes(*doc), after);
        QVERIFY(c.applied(doc->scenario()));
    }

    void driverMultiplierScalesEveryLeasePrice()
    {
        // Goal seek's answer, every lease price x 1.1: the multiplied curves by hand (start x
        // 1.1 for a growth curve, every point's price x 1.1 for points; MODEL.md "Sensitivity
        // (tornado)"), one step of three curve commands, undone byte for byte.
        auto doc = openExample();
        const Scenario before = doc->scenario();
        const QByteArray beforeBytes = bytes(*doc);
        const EditResult r = doc->commands().applyDriverMultiplier("lease_price", 1.1);
        QVERIFY2(r.ok, qPrintable(r.message));
        for (std::size_t i = 0; i < before.skus.size(); ++i) {
            const PriceCurve &was = before.skus[i].leasePrice;
            const PriceCurve &now = doc->scenario().skus[i].leasePrice;
            QCOMPARE(now.kind, was.kind);
            if (was.kind == PriceCurve::Kind::Growth) {
                QCOMPARE(now.start, was.start * 1.1);
                QCOMPARE(now.annualChange, was.annualChange);
            } else {
                QCOMPARE(now.points.size(), was.points.size());
                for (std::size_t k = 0; k < was.points.size(); ++k) {
                    QCOMPARE(now.points[k].first, was.points[k].first);
                    QCOMPARE(now.points[k].second, was.points[k].second * 1.1);
                }
            }
        }
        QUndoStack *undo = doc->undoStack();
        QCOMPARE(undo->count(), 1);
        QCOMPARE(undo->command(0)->childCount(), 3);
        QVERIFY(undo->undoText().contains(QStringLiteral("Goal seek")));
        const QByteArray afterBytes = bytes(*doc);
        undo->undo();
        QCOMPARE(bytes(*doc), beforeBytes);
        undo->redo();
        QCOMPARE(bytes(*doc), afterBytes);
    }

    void composedStepRefusedPartWayLeavesNothing()
    {
        // The discount rate (valid) is applied first, then the GPU price is refused: the
        // partial step is undone and dropped, so there is nothing to undo or redo either.
        auto doc = openExample();
        Scenario target = doc->scenario();
        target.finance.discountRate = 0.12;
        target.skus[1].gpuPrice = -5.0;
        const QByteArray before = bytes(*doc);
        const EditResult r = doc->commands().applyScenario(target, QStringLiteral("Apply"));
        QVERIFY(!r.ok);
        QVERIFY2(r.message.contains(QStringLiteral("B200 SXM")), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("GPU price")), qPrintable(r.message));
        QCOMPARE(bytes(*doc), before);
        QCOMPARE(doc->scenario().finance.discountRate, 0.09);
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(!doc->undoStack()->canRedo());
        QVERIFY(!doc->isModified());
    }

    void outOfRangeIsRefused_data()
    {
        QTest::addColumn<Case>("c");
        QTest::addColumn<QStringList>("words"); // the message must name these
        using F = FieldId;
        QTest::newRow("discount rate")
            << Case{{}, [](auto &c) { return c.setField(F::DiscountRate, 5.0); }, {}}
            << QStringList{QStringLiteral("Discount rate"), QStringLiteral("must be")};
        QTest::newRow("negative gpu price")
            << Case{{}, [](auto &c) { return c.setSkuField(1, F::SkuGpuPrice, -5.0); }, {}}
            << QStringList{QStringLiteral("B200 SXM"), QStringLiteral("GPU price")};
        QTest::newRow("purchase month past horizon")
            << Case{{}, [](auto &c) { return c.setPurchaseField(0, F::PurchaseMonth, 72); }, {}}
            << QStringList{QStringLiteral("month"), QStringLiteral("must be")};
        QTest::newRow("by path") << Case{{},
                                         [](auto &c) {
                                             return c.setValue(QStringLiteral("operations.pue"),
                                                               0.5);
                                         },
                                         {}}
                                 << QStringList{QStringLiteral("PUE"), QStringLiteral("must be")};
        QTest::newRow("lease price")
            << Case{{},
                    [](auto &c) { return c.setPriceCurve(0, F::SkuLeasePrice, growth(-1.0, 0.0)); },
                    {}}
            << QStringList{QStringLiteral("H100 SXM"), QStringLiteral("lease price")};
        QTest::newRow("price point months")
            << Case{{},
                    [](auto &c) {
                        return c.setPriceCurve(0, F::SkuCloudPrice, points({{12, 3.0}, {12, 2.0}}));
                    },
                    {}}
            << QStringList{QStringLiteral("H100 SXM"), QStringLiteral("point 2")};
        QTest::newRow("new book life")
            << Case{{},
                    [](auto &c) {
                        return c.setUsefulLifeChange(0, UsefulLifeChange{12, 500});
                    },
                    {}}
            << QStringList{QStringLiteral("H100 SXM"), QStringLiteral("new book life")};
        QTest::newRow("preset life")
            << Case{{},
                    [](auto &c) {
                        return c.applyBookLife(LifePreset{QStringLiteral("Forever"), 5000});
                    },
                    {}}
            << QStringList{QStringLiteral("Forever"), QStringLiteral("must be")};
        QTest::newRow("demand series length")
            << Case{{}, [](auto &c) { return c.setDemandSeries(std::vector<double>(10, 1.0)); }, {}}
            << QStringList{QStringLiteral("Internal demand by month"), QStringLiteral("72")};
        QTest::newRow("demand series value")
            << Case{{},
                    [](auto &c) {
                        std::vector<double> v(72, 1.0);
                        v[5] = -3.0;
                        return c.setDemandSeries(v);
                    },
                    {}}
            << QStringList{QStringLiteral("Internal demand in"), QStringLiteral("must be")};
        QTest::newRow("paths")
            << Case{makeUncertain, [](auto &c) { return c.setMonteCarloPaths(0); }, {}}
            << QStringList{QStringLiteral("Monte Carlo paths"), QStringLiteral("must be")};
        QTest::newRow("correlation")
            << Case{makeUncertain,
                    [](auto &c) { return c.setCorrelation("gpu_price", "lease_price", 1.5); },
                    {}}
            << QStringList{QStringLiteral("Correlation of"), QStringLiteral("must be")};
    }

    void outOfRangeIsRefused()
    {
        QFETCH(Case, c);
        QFETCH(QStringList, words);
        auto doc = openExample();
        QVERIFY(doc);
        ScenarioCommands commands = doc->commands();
        if (c.setup) {
            const EditResult r = c.setup(commands);
            QVERIFY2(r.ok, qPrintable(r.message));
            doc->undoStack()->clear();
        }
        // An undone edit, so that a refusal that pushed anything would show as lost redo.
        QVERIFY(commands.setField(FieldId::TaxRate, 0.25).ok);
        doc->undoStack()->undo();
        const QByteArray before = bytes(*doc);
        const EditResult r = c.edit(commands);
        QVERIFY(!r.ok);
        for (const QString &w : words)
            QVERIFY2(r.message.contains(w, Qt::CaseInsensitive), qPrintable(r.message));
        QVERIFY2(r.message.contains(QStringLiteral("changed")), qPrintable(r.message));
        QCOMPARE(bytes(*doc), before);
        QCOMPARE(doc->undoStack()->count(), 1);
        QCOMPARE(doc->undoStack()->index(), 0);
        QVERIFY(doc->undoStack()->canRedo());
        QVERIFY(!doc->isModified());
    }
};

QTEST_GUILESS_MAIN(TestScenarioCommands)
#include "test_scenario_commands.moc"
