// SPDX-License-Identifier: GPL-3.0-or-later
// ScenarioDocument and its item models: edits through the models are undoable commands,
// continuous edits merge, structure changes keep the models consistent, validation reaches
// the cells. Every model runs under QAbstractItemModelTester.
#include "DisplayFormat.h"
#include "ExampleDocuments.h"
#include "ItemRoles.h"
#include "ProvenanceTableModel.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "ScenarioTableModel.h"
#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"

#include "Tolerance.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace fleetroi;

namespace {
std::unique_ptr<ScenarioDocument> openExample()
{
    return fleetroi_test::openExampleDocument();
}

using fleetroi_test::Tolerance;
using fleetroi_test::withinTolerance;
} // namespace

class TestScenarioDocument : public QObject
{
    Q_OBJECT
private slots:
    void opensExampleAndComputes()
    {
        auto doc = openExample();
        QVERIFY(doc);
        QVERIFY(doc->isValid());
        QVERIFY(!doc->isModified());
        const ModelResults &r = doc->results();
        QCOMPARE(r.monthly.size(), 72);
        QVERIFY(doc->resultsCurrent());
    }

    void editThroughModelUndoRedo()
    {
        auto doc = openExample();
        SkuTableModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QModelIndex price = model.index(0, model.columnOfKey(QStringLiteral("gpu_price")));
        QCOMPARE(price.data(Qt::EditRole).toDouble(), 25000.0);
        QCOMPARE(price.data(FieldPathRole).toString(), QStringLiteral("skus[0].gpu_price"));
        const double npvBefore = doc->results().kpis.npv;
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(price, 30000.0));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(doc->scenario().skus[0].gpuPrice, 30000.0);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("GPU price")));
        QVERIFY(doc->undoStack()->undoText().contains(QStringLiteral("H100 SXM")));
        // Dearer GPUs, lower NPV.
        QVERIFY(doc->results().kpis.npv < npvBefore);
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().skus[0].gpuPrice, 25000.0);
        QCOMPARE(price.data(Qt::EditRole).toDouble(), 25000.0);
        QVERIFY(!doc->isModified());
        FLEETROI_VERIFY_NEAR(doc->results().kpis.npv, npvBefore, Tolerance::scaled(1e-9));
        doc->undoStack()->redo();
        QCOMPARE(doc->scenario().skus[0].gpuPrice, 30000.0);
        QVERIFY(doc->isModified());
    }

    void continuousEditsMerge()
    {
        auto doc = openExample();
        const QString path = QStringLiteral("finance.discount_rate");
        for (double r : {0.10, 0.11, 0.12, 0.13})
            QVERIFY(doc->setValue(path, r, ScenarioDocument::Edit::Continuous));
        QCOMPARE(doc->undoStack()->count(), 1); // one spin-box drag = one undo step
        QCOMPARE(doc->scenario().finance.discountRate, 0.13);
        // Another field does not merge into it.
        QVERIFY(doc->setValue(QStringLiteral("finance.tax_rate"), 0.25,
                              ScenarioDocument::Edit::Continuous));
        QCOMPARE(doc->undoStack()->count(), 2);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().finance.discountRate, 0.09);
        // Single edits never merge.
        QVERIFY(doc->setValue(path, 0.10));
        QVERIFY(doc->setValue(path, 0.11));
        QCOMPARE(doc->undoStack()->count(), 2);
        // Dragging back to the start value leaves no command at all.
        doc->undoStack()->clear();
        QVERIFY(doc->setValue(path, 0.12, ScenarioDocument::Edit::Continuous));
        QVERIFY(doc->setValue(path, 0.11, ScenarioDocument::Edit::Continuous));
        QCOMPARE(doc->undoStack()->count(), 0);
        QCOMPARE(doc->scenario().finance.discountRate, 0.11);
    }

    void purchasesInsertRemoveWithUndo()
    {
        auto doc = openExample();
        PurchaseTableModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 3);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int row = doc->addPurchase();
        QCOMPARE(row, 3);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        // Month shown as a calendar month, GPU type by name, capex computed.
        const QModelIndex month = model.index(3, model.columnOfKey(QStringLiteral("month")));
        QVERIFY(model.setData(month, 20));
        QCOMPARE(month.data(Qt::DisplayRole).toString(), DisplayFormat::month(2026, 1, 20));
        QCOMPARE(model.index(0, model.columnOfKey(QStringLiteral("sku"))).data().toString(),
                 QStringLiteral("H100 SXM"));
        QVERIFY(doc->removePurchase(0));
        QCOMPARE(model.rowCount(), 3);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(doc->scenario().purchases[0].label, std::string("H100 cluster A"));
        QVERIFY(!doc->isModified());
        // The capex column follows MODEL.md: 24576 x 25000 + 3072 servers x 60000 + 24576 x 3500.
        const QModelIndex capex = model.index(0, int(model.keys().size()) + 1);
        QCOMPARE(capex.data(SortRole).toDouble(),
                 24576.0 * 25000 + 3072.0 * 60000 + 24576.0 * 3500);
    }

    void skuIdRenameAndRemoval()
    {
        auto doc = openExample();
        SkuTableModel skus(doc.get());
        QAbstractItemModelTester tester(&skus,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(doc->setValue(QStringLiteral("skus[0].id"), QStringLiteral("h100-sxm")));
        QCOMPARE(doc->scenario().purchases[0].sku, std::string("h100-sxm"));
        QVERIFY(doc->isValid());
        QVERIFY(!doc->setValue(QStringLiteral("skus[0].id"), QStringLiteral("b200"))); // in use
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().purchases[0].sku, std::string("h100"));
        QString why;
        QVERIFY(!doc->removeSku(0, &why)); // purchases buy it
        QVERIFY(!why.isEmpty());
        const int added = doc->addSku(1);
        QCOMPARE(skus.rowCount(), 4);
        QCOMPARE(doc->scenario().skus[std::size_t(added)].id, std::string("b200-2"));
        QVERIFY(doc->removeSku(added));
        QCOMPARE(skus.rowCount(), 3);
    }

    void usefulLifePresetIsOneStep()
    {
        auto doc = openExample();
        const auto presets = ScenarioDocument::usefulLifePresets();
        QCOMPARE(presets.size(), 5);
        QCOMPARE(presets[0].months, 66); // Meta 5.5 years
        QCOMPARE(presets[4].months, 36); // critics' case
        const auto microsoft = presets[1];
        QCOMPARE(microsoft.months, 72);
        // The example leaves operating_life_months out, so it equals the book life (66): the
        // preset is an accounting choice and must not move it (issue #16).
        std::vector<int> operating;
        for (const Sku &s : doc->scenario().skus)
            operating.push_back(s.operatingLifeMonths);
        QCOMPARE(operating.front(), 66);
        const MonthlySeries before = doc->results().monthly;
        QVERIFY(doc->applyUsefulLife(microsoft));
        for (std::size_t i = 0; i < doc->scenario().skus.size(); ++i) {
            QCOMPARE(doc->scenario().skus[i].usefulLifeMonths, 72);
            QCOMPARE(doc->scenario().skus[i].operatingLifeMonths, operating[i]);
        }
        // Months in service and so capacity and lease revenue are untouched; only the books
        // (depreciation) move.
        const MonthlySeries after = doc->results().monthly;
        QVERIFY(after.capacityHours == before.capacityHours);
        QVERIFY(after.leaseRevenue == before.leaseRevenue);
        QVERIFY(after.bookDepreciation != before.bookDepreciation);
        QCOMPARE(doc->undoStack()->count(), 1);
        QVERIFY(doc->undoStack()->undoText().contains(microsoft.name));
        doc->undoStack()->undo();
        QCOMPARE(doc->scenario().skus[2].usefulLifeMonths, 66);
        QCOMPARE(doc->scenario().skus[2].operatingLifeMonths, 66);
        // The critics' case (3 years) on one SKU: again only the book life.
        QVERIFY(doc->applyUsefulLife(presets[4], 1));
        QCOMPARE(doc->scenario().skus[1].usefulLifeMonths, 36);
        QCOMPARE(doc->scenario().skus[1].operatingLifeMonths, operating[1]);
        QCOMPARE(doc->scenario().skus[0].usefulLifeMonths, 66);
    }

    void validationReachesTheCell()
    {
        auto doc = openExample();
        PurchaseTableModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(doc->results().monthly.size(), 72); // computed while valid
        QSignalSpy validation(doc.get(), &ScenarioDocument::validationChanged);
        // A shorter horizon leaves the third purchase (month 14) outside it.
        QVERIFY(doc->setValue(QStringLiteral("horizon_months"), 12));
        QVERIFY(!doc->isValid());
        QVERIFY(validation.count() >= 1);
        const QString message = doc->validationMessage(QStringLiteral("purchases[2].month"));
        QVERIFY2(!message.isEmpty(), qPrintable(doc->validationMessages().value(0).path));
        const QModelIndex month = model.index(2, model.columnOfKey(QStringLiteral("month")));
        QCOMPARE(month.data(ValidationRole).toString(), message);
        QVERIFY(month.data(Qt::BackgroundRole).isValid());
        QVERIFY(month.data(Qt::ToolTipRole).toString().contains(message));
        // The engine never sees the invalid scenario: the last valid results stay.
        QCOMPARE(doc->results().monthly.size(), 72);
        QVERIFY(!doc->resultsCurrent());
        doc->undoStack()->undo();
        QVERIFY(doc->isValid());
        QVERIFY(doc->validationMessage(QStringLiteral("purchases[2].month")).isEmpty());
    }

    void priceCurveAndDemand()
    {
        auto doc = openExample();
        PriceCurve c;
        c.kind = PriceCurve::Kind::Growth;
        c.start = 2.0;
        c.annualChange = -0.3;
        const double npv = doc->results().kpis.npv;
        QVERIFY(doc->setPriceCurve(0, ScenarioDocument::Price::Lease, c));
        QCOMPARE(doc->scenario().skus[0].leasePrice, c);
        QVERIFY(doc->results().kpis.npv != npv);
        InternalDemand d = doc->scenario().internalDemand;
        d.isSeries = true;
        d.series.assign(72, 1.0e7);
        QVERIFY(doc->setInternalDemand(d));
        QVERIFY(doc->isValid());
        d.series.resize(10);
        QVERIFY(doc->setInternalDemand(d));
        QVERIFY(!doc->isValid()); // a series must have H values
        doc->undoStack()->setIndex(0);
        QVERIFY(!doc->isModified());
        QCOMPARE(doc->scenario().skus[0].leasePrice.kind, PriceCurve::Kind::Points);
    }

    void provenanceModel()
    {
        auto doc = openExample();
        ProvenanceTableModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("H100 SXM: Book life"));
        QVERIFY(model.setData(model.index(0, ProvenanceTableModel::NoteColumn),
                              QStringLiteral("checked")));
        QCOMPARE(doc->scenario().provenance[0].note, std::string("checked"));
        Provenance p;
        p.field = "finance.discount_rate";
        p.source = "Treasury memo";
        QCOMPARE(doc->addProvenance(p), 4);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(doc->provenanceIndex(QStringLiteral("finance.discount_rate")), 4);
        QVERIFY(doc->removeProvenance(4));
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(doc->undoStack()->count(), 3);
    }

    void resultModels()
    {
        auto doc = openExample();
        MonthlyResultsModel monthly(doc.get());
        QAbstractItemModelTester t1(&monthly,
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
        doc->recompute();
        QCOMPARE(monthly.rowCount(), 72);
        QVERIFY(doc->setValue(QStringLiteral("horizon_months"), 60));
        doc->recompute();
        QCOMPARE(monthly.rowCount(), 60);

        SensitivityTableModel sens;
        QAbstractItemModelTester t2(&sens, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto &rows = doc->sensitivity(0.2);
        QCOMPARE(rows.size(), sensitivityDrivers().size());
        sens.setRows(rows, doc->results().kpis.npv, 0.2, doc->currency());
        QCOMPARE(sens.rowCount(), int(rows.size()));
        QCOMPARE(sens.index(0, SensitivityTableModel::LowColumn).data(SortRole).toDouble(),
                 rows[0].npvLow);

        ComparisonTableModel cmp;
        QAbstractItemModelTester t3(&cmp, QAbstractItemModelTester::FailureReportingMode::QtTest);
        KeyFigures a = doc->results().kpis;
        KeyFigures b = a;
        b.npv += 1.0e6;
        cmp.setEntries({{QStringLiteral("A"), QStringLiteral("USD"), 2026, 1, a},
                        {QStringLiteral("B"), QStringLiteral("USD"), 2026, 1, b}});
        QCOMPARE(cmp.columnCount(), 4);
        QCOMPARE(cmp.index(0, ComparisonTableModel::deltaColumn(1)).data(SortRole).toDouble(),
                 1.0e6);
        cmp.setEntries({});
        QCOMPARE(cmp.rowCount(), 0);
    }

    void leaseDemandGrid()
    {
        auto doc = openExample();
        const auto &g = doc->leaseDemandGrid();
        QCOMPARE(g.xFactors.size(), std::size_t(11));
        QCOMPARE(g.npv.size(), std::size_t(121));
        // The centre cell (both factors 1) is the scenario's own NPV.
        FLEETROI_VERIFY_NEAR(g.npv[5 * 11 + 5], doc->results().kpis.npv, Tolerance::scaled(1e-6));
        // Every cell is the NPV of the scenario with both multipliers applied (a full run
        // each, independent of the one-run-per-row shortcut), relative 1e-9.
        for (std::size_t iy = 0; iy < g.yFactors.size(); ++iy)
            for (std::size_t ix = 0; ix < g.xFactors.size(); ++ix) {
                Scenario s = doc->scenario();
                applyDriverMultiplier(s, "internal_demand", g.yFactors[iy]);
                applyDriverMultiplier(s, "lease_price", g.xFactors[ix]);
                const double expected = computeNpv(s);
                FLEETROI_VERIFY_NEAR2(g.npv[iy * 11 + ix], expected, Tolerance::scaled(1e-9),
                                      QStringLiteral("cell (%1, %2)").arg(ix).arg(iy));
            }
    }

    // Edits are computed on a worker thread; what lands must be what a synchronous run of
    // the same scenario gives, and a result made stale by a newer edit is never shown.
    void backgroundRecomputeEqualsSynchronous()
    {
        auto doc = openExample();
        QVERIFY(doc->backgroundRecompute());
        QList<bool> shownCurrent; // at every resultsChanged: results describe the scenario?
        connect(doc.get(), &ScenarioDocument::resultsChanged, doc.get(),
                [&] { shownCurrent << (doc->resultsGeneration() == doc->generation()); });
        const QString price = QStringLiteral("skus[0].gpu_price");
        // Several edits in a row, each let start its background run, the last one wins.
        for (int i = 1; i <= 5; ++i) {
            QVERIFY(doc->setValue(price, 25000.0 + 1000.0 * i));
            QCoreApplication::processEvents(); // the coalescing timer fires: a run starts
        }
        QTRY_VERIFY_WITH_TIMEOUT(doc->resultsCurrent(), 10000);
        QVERIFY(!shownCurrent.isEmpty());
        for (bool current : shownCurrent)
            QVERIFY(current);
        QCOMPARE(doc->resultsGeneration(), doc->generation());
        QCOMPARE(doc->scenario().skus[0].gpuPrice, 30000.0);

        const ModelResults sync = computeModel(doc->scenario(), ScenarioDocument::modelOptions());
        const ModelResults &async = doc->lastResults();
        QCOMPARE(async.kpis.npv, sync.kpis.npv); // same code, same input: bit for bit
        QCOMPARE(async.kpis.irr, sync.kpis.irr);
        QCOMPARE(async.kpis.totalCapex, sync.kpis.totalCapex);
        const auto a = async.monthly.namedSeries(), b = sync.monthly.namedSeries();
        QCOMPARE(a.size(), b.size());
        for (std::size_t i = 0; i < a.size(); ++i)
            QVERIFY2(*a[i].second == *b[i].second, a[i].first);
        QCOMPARE(async.groups.size(), std::size_t(3));
        for (std::size_t g = 0; g < 3; ++g)
            QVERIFY(async.groups[g].bookValue == sync.groups[g].bookValue);
        QCOMPARE(async.tranches.size(), doc->scenario().purchases.size());
        // And a different figure from the file's own NPV: the edits did reach the model.
        auto fresh = openExample();
        QVERIFY(
            !withinTolerance(async.kpis.npv, fresh->results().kpis.npv, Tolerance::scaled(1e-6)));

        // results() right after an edit computes synchronously; the background run of the
        // same edit then lands stale and is dropped without a second resultsChanged.
        shownCurrent.clear();
        QVERIFY(doc->setValue(price, 26000.0));
        QCoreApplication::processEvents();
        const double npvNow = doc->results().kpis.npv;
        QVERIFY(doc->resultsCurrent());
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isComputing(), 10000);
        QCoreApplication::processEvents();
        QCOMPARE(doc->lastResults().kpis.npv, npvNow);
        QCOMPARE(shownCurrent.size(), 1);
    }

    // The tranche table lists every purchase with its scalar results, sortable by raw numbers.
    void trancheTable()
    {
        auto doc = openExample();
        TrancheTableModel model(doc.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // nothing until the view asks
        doc->recompute();
        model.reload();
        const Scenario &s = doc->scenario();
        QCOMPARE(model.rowCount(), int(s.purchases.size()));
        double capex = 0.0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const PurchaseTranche &p = s.purchases[std::size_t(row)];
            QCOMPARE(model.index(row, TrancheTableModel::SkuColumn).data().toString(),
                     QString::fromStdString(p.sku));
            QCOMPARE(model.index(row, TrancheTableModel::BoughtColumn).data(SortRole).toInt(),
                     p.month);
            QCOMPARE(model.index(row, TrancheTableModel::ServiceColumn).data(SortRole).toInt(),
                     p.month + p.installLagMonths);
            QCOMPARE(model.index(row, TrancheTableModel::GpusColumn).data(SortRole).toDouble(),
                     double(p.gpus));
            capex += model.index(row, TrancheTableModel::CapexColumn).data(SortRole).toDouble();
        }
        // The tranches' capex adds up to the model's total capex.
        FLEETROI_VERIFY_NEAR(capex, doc->results().kpis.totalCapex, Tolerance::scaled(1e-12));
        // An edit that keeps the row count: dataChanged, no reset.
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(doc->setValue(QStringLiteral("skus[0].gpu_price"), 31000.0));
        doc->recompute();
        model.reload();
        QCOMPARE(reset.count(), 0);
    }
};

QTEST_MAIN(TestScenarioDocument)
#include "test_scenario_document.moc"
