// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17, the app's half of model 1.1: the Balance sheet tables and the undoable edits of
// the 1.1 inputs.
//  - The book/tax reconciliation by fiscal year is checked against the independent
//    reimplementation of MODEL.md (tests/engine/ReferenceModel11.cpp), summed here by fiscal
//    year with this file's own calendar rule, relative 1e-9; the identity book tax expense =
//    current tax + change in deferred tax liability holds (1e-6 of the year's figures) in
//    every fiscal year that does not hold month H-1, for the 1.1 example and for a model-1
//    example (whose liability the table derives from book value and tax basis).
//  - The groups' balance sheet adds up to the fleet (relative 1e-9) and each SKU group's
//    impairment equals the sum of its tranches' impairments from the engine's list.
//  - Edits: market value curve, change in estimate and the preset applied from a month are
//    one undo step each; undo restores the old scenario exactly, redo the new; refused values
//    leave the scenario and the undo stack unchanged and say why. The change in estimate is
//    checked against a hand calculation of the depreciation it causes.
#include "BalanceSheetEdits.h"
#include "BalanceSheetModels.h"
#include "ItemRoles.h"
#include "ScenarioDocument.h"
#include "ScenarioEdits.h"
#include "ScenarioFields.h"
#include "engine/FleetModel.h"
#include "scenario/ScenarioReader.h"

#include "../engine/ReferenceModel11.h"

#include "Tolerance.h"

#include <QAbstractItemModelTester>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <map>
#include <memory>

using namespace fleetroi;

namespace {

const QString kPeak = QStringLiteral(FLEETROI_TEST_DATA_DIR) +
                      QStringLiteral("/examples/hyperscaler-h100-peak-impairment.fleetroi.json");
const QString kSurplus = QStringLiteral(FLEETROI_TEST_DATA_DIR) +
                         QStringLiteral("/examples/hyperscaler-surplus-leasing.fleetroi.json");

Scenario readExample(const QString &path)
{
    const ScenarioReadResult r = readScenarioFile(path.toStdString());
    if (!r.ok())
        qFatal("cannot read %s", qPrintable(path));
    return *r.scenario;
}

using fleetroi_test::Tolerance;
using fleetroi_test::withinTolerance;

// The fiscal year of month t, written here from MODEL.md's rule ("named by the calendar year
// in which it ends"), not taken from the engine.
int fiscalYear(const Scenario &s, int t)
{
    const int index = s.startYear * 12 + (s.startMonth - 1) + t;
    const int year = index / 12, month = index % 12 + 1;
    return month > s.finance.fiscalYearEndMonth ? year + 1 : year;
}

std::unique_ptr<ScenarioDocument> openDoc(const QString &path)
{
    QStringList errors;
    std::unique_ptr<ScenarioDocument> doc(ScenarioDocument::openFile(path, &errors));
    if (!doc)
        qWarning() << errors;
    if (doc)
        doc->setBackgroundRecompute(false);
    return doc;
}

} // namespace

class TestBalanceSheetModels : public QObject
{
    Q_OBJECT
private slots:
    void reconciliationMatchesReference()
    {
        const Scenario s = readExample(kPeak);
        const ModelResults r = computeModel(s, ScenarioDocument::modelOptions());
        const reference::Results e = reference::compute(s);
        ReconciliationTableModel model;
        QAbstractItemModelTester tester(&model);
        model.setResults(s, r);
        const std::vector<ReconciliationYear> &years = model.years();

        // The reference's series summed by this file's fiscal years.
        struct Sums
        {
            double ebit = 0, bookDep = 0, impairment = 0, taxDep = 0, bookTax = 0, tax = 0,
                   netIncome = 0, dtlEnd = 0, bookValue = 0, marketValue = 0, taxBasis = 0;
            int first = -1, last = -1;
        };
        std::map<int, Sums> want;
        const int H = s.horizonMonths;
        for (int t = 0; t < H; ++t) {
            Sums &y = want[fiscalYear(s, t)];
            const std::size_t i = std::size_t(t);
            if (y.first < 0)
                y.first = t;
            y.last = t;
            y.ebit += e.ebit[i];
            y.bookDep += e.bookDepreciation[i];
            y.impairment += e.impairment[i];
            y.taxDep += e.taxDepreciation[i];
            y.bookTax += e.bookTaxExpense[i];
            y.tax += e.tax[i];
            y.netIncome += e.netIncome[i];
            y.dtlEnd = e.deferredTaxLiability[i];
            y.bookValue = e.bookValue[i];
            y.marketValue = e.marketValue[i];
            y.taxBasis = e.taxBasis[i];
        }
        QCOMPARE(int(years.size()), int(want.size()));
        QCOMPARE(model.rowCount(), int(want.size()));
        double impairmentSeen = 0.0;
        std::size_t k = 0;
        double previousDtl = 0.0;
        for (const auto &[fy, w] : want) {
            const ReconciliationYear &y = years[k++];
            QCOMPARE(y.fiscalYear, fy);
            QCOMPARE(y.firstMonth, w.first);
            QCOMPARE(y.lastMonth, w.last);
            const double scale = std::abs(w.bookDep) + std::abs(w.ebit);
            FLEETROI_VERIFY_NEAR2(y.ebit, w.ebit,
                                  Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)),
                                  QString::number(fy));
            FLEETROI_VERIFY_NEAR(y.bookDepreciation, w.bookDep,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.impairment, w.impairment,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.taxDepreciation, w.taxDep,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.bookTaxExpense, w.bookTax,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.currentTax, w.tax,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.netIncome, w.netIncome,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.deferredTaxEnd, w.dtlEnd,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.deferredTaxStart, previousDtl,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.bookValue, w.bookValue,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.marketValue, w.marketValue,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            FLEETROI_VERIFY_NEAR(y.taxBasis, w.taxBasis,
                                 Tolerance::relAbs(1e-9, 1e-9 * std::max(1.0, scale)));
            previousDtl = w.dtlEnd;
            impairmentSeen += y.impairment;
            // The table shows the same numbers (raw values for the clipboard).
            const int row = int(k - 1);
            QCOMPARE(
                model.data(model.index(row, ReconciliationTableModel::ImpairmentColumn), CopyRole)
                    .toDouble(),
                y.impairment);
            // MODEL.md's identity in every year before the one holding month H-1.
            if (y.lastMonth < H - 1)
                QVERIFY2(std::abs(y.unreconciled()) <= 1e-6 * std::max(1.0, scale),
                         qPrintable(QStringLiteral("FY%1: %2").arg(fy).arg(y.unreconciled())));
        }
        // The example's story: 770.9 M of impairments, all in FY2025.
        FLEETROI_VERIFY_NEAR(impairmentSeen, e.totalImpairment, Tolerance::scaled(1e-12));
        QVERIFY(e.totalImpairment > 7e8);
    }

    void reconciliationOfModelOneScenario()
    {
        // A model-1 scenario has no liability series: the table derives it from book value
        // and tax basis (MODEL.md's definition), and the identity must hold there too.
        const Scenario s = readExample(kSurplus);
        QVERIFY(!s.usesModel11());
        const ModelResults r = computeModel(s, ScenarioDocument::modelOptions());
        const std::vector<ReconciliationYear> years = reconcileByFiscalYear(s, r);
        QVERIFY(years.size() >= 6);
        const MonthlySeries &m = r.monthly;
        for (const ReconciliationYear &y : years) {
            const double scale = std::abs(y.ebit) + std::abs(y.bookDepreciation);
            // Hand check of the derived liability at the year's end.
            const std::size_t last = std::size_t(y.lastMonth);
            FLEETROI_VERIFY_NEAR(y.deferredTaxEnd,
                                 s.finance.taxRate * (m.bookValue[last] - m.taxBasis[last]),
                                 Tolerance::scaled(1e-12));
            if (y.lastMonth < s.horizonMonths - 1)
                QVERIFY2(
                    std::abs(y.unreconciled()) <= 1e-6 * std::max(1.0, scale),
                    qPrintable(QStringLiteral("FY%1: %2").arg(y.fiscalYear).arg(y.unreconciled())));
        }
    }

    void groupsAddUpToTheFleet_data()
    {
        QTest::addColumn<int>("by");
        QTest::newRow("sku") << int(TrancheGroupBy::Sku);
        QTest::newRow("purchase year") << int(TrancheGroupBy::PurchaseYear);
        QTest::newRow("vintage") << int(TrancheGroupBy::Vintage);
    }

    void groupsAddUpToTheFleet()
    {
        QFETCH(int, by);
        const Scenario s = readExample(kPeak);
        ModelOptions options = ScenarioDocument::modelOptions();
        options.trancheDetail = true; // per-tranche arrays: an independent sum
        const ModelResults r = computeModel(s, options);
        BalanceSheetGroupModel model;
        QAbstractItemModelTester tester(&model);
        const MonthlySeries &m = r.monthly;
        for (int asOf : {0, 11, 23, 30, s.horizonMonths - 1}) {
            model.setResults(s, r, TrancheGroupBy(by), asOf);
            QVERIFY(model.rowCount() >= 1);
            double book = 0, market = 0, basis = 0, impairment = 0;
            for (int row = 0; row < model.rowCount(); ++row) {
                book += model.value(row, BalanceSheetGroupModel::BookValueColumn);
                market += model.value(row, BalanceSheetGroupModel::MarketValueColumn);
                basis += model.value(row, BalanceSheetGroupModel::TaxBasisColumn);
                impairment += model.value(row, BalanceSheetGroupModel::ImpairmentColumn);
            }
            const std::size_t t = std::size_t(asOf);
            FLEETROI_VERIFY_NEAR(book, m.bookValue[t], Tolerance::scaled(1e-9));
            FLEETROI_VERIFY_NEAR(market, m.marketValue[t], Tolerance::scaled(1e-9));
            FLEETROI_VERIFY_NEAR(basis, m.taxBasis[t], Tolerance::scaled(1e-9));
            FLEETROI_VERIFY_NEAR(impairment, r.kpis.totalImpairment, Tolerance::scaled(1e-9));
        }
        // Month by month, each group's series equal the sum of its tranches' own arrays.
        const TrancheGroupSeries *g = nullptr;
        for (const TrancheGroupSeries &x : r.groups)
            if (x.by == TrancheGroupBy(by))
                g = &x;
        QVERIFY(g);
        for (std::size_t gi = 0; gi < g->names.size(); ++gi)
            for (int t = 0; t < s.horizonMonths; ++t) {
                double mv = 0, tb = 0, imp = 0;
                for (const TrancheResults &tr : r.tranches)
                    if (std::size_t(g->groupOfPurchase[std::size_t(tr.purchaseIndex)]) == gi) {
                        mv += tr.marketValue[std::size_t(t)];
                        tb += tr.taxBasis[std::size_t(t)];
                        imp += tr.impairment[std::size_t(t)];
                    }
                FLEETROI_VERIFY_NEAR(g->marketValue[gi][std::size_t(t)], mv,
                                     Tolerance::scaled(1e-9));
                FLEETROI_VERIFY_NEAR(g->taxBasis[gi][std::size_t(t)], tb, Tolerance::scaled(1e-9));
                FLEETROI_VERIFY_NEAR(g->impairment[gi][std::size_t(t)], imp,
                                     Tolerance::scaled(1e-9));
            }
    }

    void groupImpairmentByTranche()
    {
        // Each SKU group's impairment and first impairment month from the engine's
        // per-tranche list (ModelResults::impairments), summed here.
        const Scenario s = readExample(kPeak);
        const ModelResults r = computeModel(s, ScenarioDocument::modelOptions());
        QVERIFY(!r.impairments.empty());
        BalanceSheetGroupModel model;
        model.setResults(s, r, TrancheGroupBy::Sku, s.horizonMonths - 1);
        for (int row = 0; row < model.rowCount(); ++row) {
            double sum = 0;
            int first = -1;
            for (const TrancheImpairment &e : r.impairments)
                if (s.purchases[std::size_t(e.purchaseIndex)].sku == model.groupKey(row)) {
                    sum += e.amount;
                    first = first < 0 ? e.month : std::min(first, e.month);
                }
            FLEETROI_VERIFY_NEAR(model.value(row, BalanceSheetGroupModel::ImpairmentColumn), sum,
                                 Tolerance::scaled(1e-9));
            QCOMPARE(int(model.value(row, BalanceSheetGroupModel::FirstImpairmentColumn)), first);
        }
    }

    void modelOneGroupsHaveNoMarketValue()
    {
        const Scenario s = readExample(kSurplus);
        const ModelResults r = computeModel(s, ScenarioDocument::modelOptions());
        for (const TrancheGroupSeries &g : r.groups) {
            QCOMPARE(g.taxBasis.size(), g.names.size()); // the basis is there for every scenario
            QVERIFY(g.marketValue.empty());
            QVERIFY(g.impairment.empty());
        }
        // Without the option the groups carry book value only (the report, the CLI).
        ModelOptions plain;
        plain.groupings = {TrancheGroupBy::Sku};
        const ModelResults p = computeModel(readExample(kPeak), plain);
        QVERIFY(p.groups.front().taxBasis.empty());
        QVERIFY(p.groups.front().marketValue.empty());
    }

    // ---- edits ---------------------------------------------------------------------------

    void marketValueCurveIsOneUndoStep()
    {
        auto doc = openDoc(kSurplus);
        QVERIFY(doc);
        const Scenario before = doc->scenario();
        QUndoStack *undo = doc->undoStack();
        PriceCurve c;
        c.kind = PriceCurve::Kind::Points;
        c.points = {{0, 30000.0}, {24, 12000.0}};
        QString why;
        QVERIFY(setMarketValueCurve(doc.get(), 0, c, ScenarioDocument::Edit::Single, &why));
        QCOMPARE(undo->count(), 1);
        QVERIFY(doc->scenario().skus[0].marketValue == c);
        QVERIFY(doc->scenario().usesModel11());
        QVERIFY(doc->isValid());
        // The results now carry the market value: 30,000 per GPU at age 0 in month 0.
        QVERIFY(!doc->results().monthly.marketValue.empty());
        undo->undo();
        QVERIFY(doc->scenario() == before);
        QVERIFY(doc->results().monthly.marketValue.empty());
        undo->redo();
        QVERIFY(doc->scenario().skus[0].marketValue == c);

        // An age discount, then removing the curve: one step clears both (the format refuses
        // a discount without a curve), one undo brings both back.
        QVERIFY(doc->setValue(
            ScenarioFields::skuPath(0, QStringLiteral("market_age_discount_per_year")), 0.15));
        const Scenario withDiscount = doc->scenario();
        const int steps = undo->count();
        QVERIFY(setMarketValueCurve(doc.get(), 0, std::nullopt));
        QCOMPARE(undo->count(), steps + 1);
        QVERIFY(!doc->scenario().skus[0].marketValue);
        QCOMPARE(doc->scenario().skus[0].marketAgeDiscountPerYear, 0.0);
        QVERIFY(doc->isValid());
        undo->undo();
        QVERIFY(doc->scenario() == withDiscount);
    }

    void marketValueRefusesOutOfRange_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("change");
        QTest::newRow("negative value") << -5.0 << 0.0;
        QTest::newRow("above 1e9") << 2e9 << 0.0;
        QTest::newRow("change below -100 %") << 1000.0 << -1.5;
        QTest::newRow("not a number") << std::nan("") << 0.0;
    }

    void marketValueRefusesOutOfRange()
    {
        QFETCH(double, start);
        QFETCH(double, change);
        auto doc = openDoc(kSurplus);
        const Scenario before = doc->scenario();
        PriceCurve c;
        c.start = start;
        c.annualChange = change;
        QString why;
        QVERIFY(!setMarketValueCurve(doc.get(), 0, c, ScenarioDocument::Edit::Single, &why));
        QVERIFY2(why.contains(QStringLiteral("must be")), qPrintable(why));
        QVERIFY(why.contains(QString::fromStdString(before.skus[0].name)));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(doc->scenario() == before);
        // Points must have strictly increasing months.
        PriceCurve p;
        p.kind = PriceCurve::Kind::Points;
        p.points = {{12, 100.0}, {12, 50.0}};
        QVERIFY(!setMarketValueCurve(doc.get(), 0, p, ScenarioDocument::Edit::Single, &why));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void usefulLifeChangeMatchesHandCalculation()
    {
        // ScenarioDocument::newScenario(): one H100 type, 1,024 GPUs bought in month 0,
        // in service from month 1, book life 60 months straight line, no salvage.
        auto doc = std::make_unique<ScenarioDocument>(ScenarioDocument::newScenario());
        doc->setBackgroundRecompute(false);
        const Scenario before = doc->scenario();
        const Sku &k = before.skus[0];
        QCOMPARE(k.usefulLifeMonths, 60);
        QCOMPARE(k.salvageFraction, 0.0);
        const double B = 1024 * k.gpuPrice + 128 * k.serverCost + 1024 * k.networkCostPerGpu;
        QString why;
        // From month 13 (j0 = 12 months in service) the life is 66 months: the book value
        // left, B - 12 B / 60 = 0.8 B, is spread over 66 - 12 = 54 months.
        QVERIFY(setUsefulLifeChange(doc.get(), 0, UsefulLifeChange{13, 66}, &why));
        QCOMPARE(doc->undoStack()->count(), 1);
        const MonthlySeries &m = doc->results().monthly;
        FLEETROI_VERIFY_NEAR(m.bookDepreciation[12], B / 60.0, Tolerance::scaled(1e-12));
        FLEETROI_VERIFY_NEAR(m.bookDepreciation[13], 0.8 * B / 54.0, Tolerance::scaled(1e-12));
        FLEETROI_VERIFY_NEAR(m.bookDepreciation[59], 0.8 * B / 54.0, Tolerance::scaled(1e-12));
        doc->undoStack()->undo();
        QVERIFY(doc->scenario() == before);
        FLEETROI_VERIFY_NEAR(doc->results().monthly.bookDepreciation[13], B / 60.0,
                             Tolerance::scaled(1e-12));
        doc->undoStack()->redo();
        QVERIFY(doc->scenario().skus[0].usefulLifeChange == (UsefulLifeChange{13, 66}));
    }

    void usefulLifeChangeRefusesOutOfRange_data()
    {
        QTest::addColumn<int>("month");
        QTest::addColumn<int>("months");
        QTest::newRow("month past the horizon") << 60 << 66;
        QTest::newRow("negative month") << -1 << 66;
        QTest::newRow("zero life") << 12 << 0;
        QTest::newRow("life over 240") << 12 << 241;
    }

    void usefulLifeChangeRefusesOutOfRange()
    {
        QFETCH(int, month);
        QFETCH(int, months);
        auto doc = std::make_unique<ScenarioDocument>(ScenarioDocument::newScenario());
        const Scenario before = doc->scenario();
        QString why;
        QVERIFY(!setUsefulLifeChange(doc.get(), 0, UsefulLifeChange{month, months}, &why));
        QVERIFY2(why.contains(QStringLiteral("must be")), qPrintable(why));
        QCOMPARE(doc->undoStack()->count(), 0);
        QVERIFY(doc->scenario() == before);
        // The preset path refuses the same month before touching anything.
        QVERIFY(!applyUsefulLifePresetFrom(doc.get(), {QStringLiteral("x"), 66},
                                           month < 0 ? -1 : 60, -1, &why));
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void presetAsChangeInEstimateIsOneStep()
    {
        // The example already moved its H100s to 5.5 years from January 2025 ("Meta moved to
        // 5.5 years"); applying the same preset from that month changes nothing (no step).
        // The 6-year preset from the same month then goes to every SKU (a second one added)
        // as one step, their original lives staying.
        auto doc = openDoc(kPeak);
        QVERIFY(doc);
        doc->addSku(0);
        const int month =
            (2025 - doc->scenario().startYear) * 12 + (1 - doc->scenario().startMonth);
        QVERIFY(month > 0 && month < doc->scenario().horizonMonths);
        const QList<ScenarioDocument::LifePreset> presets = ScenarioDocument::usefulLifePresets();
        QCOMPARE(presets[0].months, 66);
        QVERIFY(doc->scenario().skus[0].usefulLifeChange == (UsefulLifeChange{month, 66}));
        QString why;
        int steps = doc->undoStack()->count();
        QVERIFY(applyUsefulLifePresetFrom(doc.get(), presets[0], month, -1, &why));
        QCOMPARE(doc->undoStack()->count(), steps);

        const Scenario before = doc->scenario();
        const ScenarioDocument::LifePreset six = presets[1];
        QCOMPARE(six.months, 72);
        steps = doc->undoStack()->count();
        QVERIFY2(applyUsefulLifePresetFrom(doc.get(), six, month, -1, &why), qPrintable(why));
        QCOMPARE(doc->undoStack()->count(), steps + 1);
        QVERIFY(doc->undoStack()->undoText().contains(six.name));
        for (std::size_t i = 0; i < before.skus.size(); ++i) {
            const Sku &k = doc->scenario().skus[i];
            QVERIFY(k.usefulLifeChange == (UsefulLifeChange{month, 72}));
            QCOMPARE(k.usefulLifeMonths, before.skus[i].usefulLifeMonths);
            QCOMPARE(k.operatingLifeMonths, before.skus[i].operatingLifeMonths);
        }
        // Book depreciation before the month is not restated.
        ScenarioDocument original(before);
        original.setBackgroundRecompute(false);
        const MonthlySeries &now = doc->results().monthly;
        const MonthlySeries &was = original.results().monthly;
        for (int t = 0; t < month; ++t)
            QCOMPARE(now.bookDepreciation[std::size_t(t)], was.bookDepreciation[std::size_t(t)]);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario() == before);
        doc->undoStack()->redo();
        QVERIFY(doc->scenario().skus[1].usefulLifeChange == (UsefulLifeChange{month, 72}));
        // One SKU only.
        doc->undoStack()->undo();
        QVERIFY(applyUsefulLifePresetFrom(doc.get(), ScenarioDocument::usefulLifePresets()[3],
                                          month, 1, &why));
        QVERIFY(doc->scenario().skus[0].usefulLifeChange == before.skus[0].usefulLifeChange);
        QVERIFY(doc->scenario().skus[1].usefulLifeChange == (UsefulLifeChange{month, 48}));
    }

    void driverMultiplierCarriesTheChangeInEstimate()
    {
        // Goal seek's "apply" goes through applyScenarioAsOneEdit: a useful_life multiplier
        // also scales the change in estimate's new life (MODEL.md 1.1), and that must reach
        // the document (it was dropped before: the edit knew only v1 fields).
        auto doc = openDoc(kPeak);
        QVERIFY(doc);
        const Scenario before = doc->scenario();
        QVERIFY(before.skus[0].usefulLifeChange);
        const int l2 = before.skus[0].usefulLifeChange->usefulLifeMonths;
        QString why;
        QVERIFY2(applyDriverMultiplierEdit(doc.get(), "useful_life", 1.5, &why), qPrintable(why));
        QCOMPARE(doc->scenario().skus[0].usefulLifeChange->usefulLifeMonths,
                 int(std::floor(l2 * 1.5 + 0.5)));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
        QVERIFY(doc->scenario() == before);
    }
};

QTEST_GUILESS_MAIN(TestBalanceSheetModels)
#include "test_balance_sheet_models.moc"
