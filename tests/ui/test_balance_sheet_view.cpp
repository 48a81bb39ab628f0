// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #17 in the window: the Balance sheet tab draws the document's model 1.1 series (read
// back from the plot, never pixels) for the fleet and for a chosen group with four legend
// entries at most, marks the impairment month, and fills the reconciliation and group tables;
// the Fleet tab's market value and change-in-book-life editors and the preset dialog change
// the scenario by one undoable step each, and refuse a typed number out of range with a
// message, keeping the old value.
#include "BalanceSheetEdits.h"
#include "BalanceSheetModels.h"
#include "BalanceSheetView.h"
#include "ComparePage.h"
#include "FieldEditor.h"
#include "LifeChangeDialog.h"
#include "MarketValueEditor.h"
#include "PriceCurveEditor.h"
#include "ScenarioDocument.h"
#include "ScenarioFields.h"
#include "ScenarioView.h"
#include "StrictSpinBox.h"
#include "UsefulLifeChangeEditor.h"
#include "charts/BalanceSheetChart.h"
#include "engine/ImpairmentSensitivity.h"

#include "Tolerance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <cmath>
#include <memory>

using namespace fleetroi;

namespace {

class NoCompare : public CompareProvider
{
public:
    QList<CompareCandidate> compareCandidates(ScenarioDocument *) override { return {}; }
};

QString example(const char *name)
{
    return QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/") + QLatin1String(name);
}

using fleetroi_test::Tolerance;

} // namespace

class TestBalanceSheetView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<ScenarioView> m_view;
    NoCompare m_compare;

    void open(const char *file)
    {
        m_view.reset();
        QStringList errors;
        m_doc.reset(ScenarioDocument::openFile(example(file), &errors));
        QVERIFY2(m_doc, qPrintable(errors.join(QLatin1Char('\n'))));
        m_doc->setBackgroundRecompute(false);
        m_view = std::make_unique<ScenarioView>(m_doc.get(), &m_compare);
        m_view->resize(1400, 900);
        m_view->show();
    }

private slots:
    void chartShowsFleetAndGroups()
    {
        open("hyperscaler-h100-peak-impairment.fleetroi.json");
        m_view->tabs()->setCurrentIndex(ScenarioView::BalanceSheetTab);
        QCOMPARE(m_view->tabs()->tabText(ScenarioView::BalanceSheetTab),
                 QStringLiteral("Balance sheet"));
        BalanceSheetView *v = m_view->balanceSheetView();
        QVERIFY(v->isVisible());
        const ModelResults &r = m_doc->results();
        charts::BalanceSheetChart *chart = v->chart();
        QCOMPARE(chart->seriesIds(),
                 (QStringList{QStringLiteral("book_value"), QStringLiteral("market_value"),
                              QStringLiteral("tax_basis"), QStringLiteral("impairment")}));
        QVERIFY(chart->legendItemCount() <= 4);
        const QVector<double> book = chart->seriesValues(QStringLiteral("book_value"));
        const QVector<double> market = chart->seriesValues(QStringLiteral("market_value"));
        QCOMPARE(book.size(), r.monthly.size());
        for (int t = 0; t < book.size(); ++t) {
            FLEETROI_VERIFY_NEAR(book[t], r.monthly.bookValue[std::size_t(t)],
                                 Tolerance::scaled(1e-6));
            FLEETROI_VERIFY_NEAR(market[t], r.monthly.marketValue[std::size_t(t)],
                                 Tolerance::scaled(1e-6));
        }
        // One marker per month with an impairment (the example: both tranches in Dec 2025),
        // at the book value after it; the group table starts at that month.
        QVERIFY(r.kpis.firstImpairmentMonth);
        QCOMPARE(chart->seriesKeys(QStringLiteral("impairment")),
                 QVector<double>{double(*r.kpis.firstImpairmentMonth)});
        QCOMPARE(v->asOfBox()->currentData().toInt(), *r.kpis.firstImpairmentMonth);
        QVERIFY(v->summaryLabel()->text().contains(QStringLiteral("Impairments")));
        // Reconciliation: one row per fiscal year of the horizon.
        QCOMPARE(v->reconciliationModel()->rowCount(),
                 int(reconcileByFiscalYear(m_doc->scenario(), r).size()));

        // By vintage, the chart of one group shows that group's own series.
        v->groupingBox()->setCurrentIndex(v->groupingBox()->findData(int(TrancheGroupBy::Vintage)));
        QVERIFY(v->selectionBox()->count() >= 2);
        v->selectionBox()->setCurrentIndex(1);
        const std::string key = v->selectionBox()->currentData().toString().toStdString();
        const TrancheGroupSeries *g = nullptr;
        for (const TrancheGroupSeries &x : r.groups)
            if (x.by == TrancheGroupBy::Vintage)
                g = &x;
        QVERIFY(g);
        std::size_t gi = 0;
        while (gi < g->names.size() && g->names[gi] != key)
            ++gi;
        QVERIFY(gi < g->names.size());
        const QVector<double> groupBook = chart->seriesValues(QStringLiteral("book_value"));
        const QVector<double> groupBasis = chart->seriesValues(QStringLiteral("tax_basis"));
        for (int t = 0; t < groupBook.size(); ++t) {
            FLEETROI_VERIFY_NEAR(groupBook[t], g->bookValue[gi][std::size_t(t)],
                                 Tolerance::scaled(1e-6));
            FLEETROI_VERIFY_NEAR(groupBasis[t], g->taxBasis[gi][std::size_t(t)],
                                 Tolerance::scaled(1e-6));
        }
        QVERIFY(chart->legendItemCount() <= 4);
        QCOMPARE(v->groupModel()->rowCount(), int(g->names.size()));
    }

    void impairmentSensitivityShown()
    {
        // bs17rep's engine function, run off the GUI thread for the shown scenario; the table
        // carries its rows, and the changes against the scenario's own total.
        open("hyperscaler-h100-peak-impairment.fleetroi.json");
        m_view->tabs()->setCurrentIndex(ScenarioView::BalanceSheetTab);
        BalanceSheetView *v = m_view->balanceSheetView();
        QTRY_VERIFY_WITH_TIMEOUT(v->impairmentSensitivityModel()->rowCount() == 2, 20000);
        const ImpairmentSensitivity want = computeImpairmentSensitivity(m_doc->scenario(), 0.2);
        ImpairmentSensitivityModel *model = v->impairmentSensitivityModel();
        FLEETROI_VERIFY_NEAR(want.baseImpairment, m_doc->results().kpis.totalImpairment,
                             Tolerance::scaled(1e-6));
        for (int row = 0; row < 2; ++row) {
            const ImpairmentSensitivityRow &r = want.rows[std::size_t(row)];
            QCOMPARE(model->value(row, ImpairmentSensitivityModel::LowColumn), r.impairmentLow);
            QCOMPARE(model->value(row, ImpairmentSensitivityModel::HighColumn), r.impairmentHigh);
            QCOMPARE(model->value(row, ImpairmentSensitivityModel::LowChangeColumn),
                     r.impairmentLow - want.baseImpairment);
            QCOMPARE(model->value(row, ImpairmentSensitivityModel::NpvHighColumn), r.npvHigh);
        }
        // A lower market value curve can only write down more (the write-down is to it).
        QVERIFY(want.rows[1].impairmentLow >= want.baseImpairment);
        QVERIFY(v->sensitivityNote()->text().contains(QStringLiteral("as given")));

        // An edit (impairment test off) empties it and says why.
        QVERIFY(m_doc->setValue(QStringLiteral("finance.impairment_test"), false));
        QTRY_COMPARE(model->rowCount(), 0);
        QVERIFY(v->sensitivityNote()->text().contains(QStringLiteral("off")));
        m_doc->undoStack()->undo();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowCount() == 2, 20000);
    }

    void modelOneScenarioSaysWhatIsMissing()
    {
        open("hyperscaler-surplus-leasing.fleetroi.json");
        m_view->tabs()->setCurrentIndex(ScenarioView::BalanceSheetTab);
        BalanceSheetView *v = m_view->balanceSheetView();
        QCOMPARE(v->chart()->seriesIds(),
                 (QStringList{QStringLiteral("book_value"), QStringLiteral("tax_basis")}));
        QVERIFY(v->summaryLabel()->text().contains(QStringLiteral("market value")));
        QVERIFY(v->reconciliationModel()->rowCount() > 0);
    }

    void marketValueEditorIsUndoable()
    {
        open("hyperscaler-surplus-leasing.fleetroi.json");
        m_view->tabs()->setCurrentIndex(ScenarioView::FleetTab);
        MarketValueEditor *e = m_view->marketValueEditor();
        QUndoStack *undo = m_doc->undoStack();
        const Scenario before = m_doc->scenario();
        QVERIFY(!e->curveEditor()->isEnabled());
        e->enabledBox()->click();
        QCOMPARE(undo->count(), 1);
        QVERIFY(m_doc->scenario().skus[0].marketValue);
        QVERIFY(m_doc->scenario().skus[0].marketValue == defaultMarketValueCurve(before.skus[0]));
        QVERIFY(e->curveEditor()->isEnabled());

        // A typed value out of range is refused with a message; the curve stays.
        auto *start = e->curveEditor()->findChildren<QLineEdit *>().value(0);
        QVERIFY(start);
        const PriceCurve curve = *m_doc->scenario().skus[0].marketValue;
        start->setText(QStringLiteral("-500"));
        start->setModified(true);
        emit start->editingFinished();
        QCOMPARE(undo->count(), 1);
        QVERIFY(*m_doc->scenario().skus[0].marketValue == curve);
        const QList<QLabel *> labels = e->curveEditor()->findChildren<QLabel *>();
        bool said = false;
        for (QLabel *l : labels)
            said = said || (!l->isHidden() && l->text().contains(QStringLiteral("must be")));
        QVERIFY(said);
        // A good value is one more step.
        start->setText(QStringLiteral("18000"));
        start->setModified(true);
        emit start->editingFinished();
        QCOMPARE(undo->count(), 2);
        QCOMPARE(m_doc->scenario().skus[0].marketValue->start, 18000.0);

        undo->undo();
        undo->undo();
        QVERIFY(m_doc->scenario() == before);
        QVERIFY(!e->enabledBox()->isChecked());
    }

    void lifeChangeEditorAndPresetDialog()
    {
        open("hyperscaler-surplus-leasing.fleetroi.json");
        m_view->tabs()->setCurrentIndex(ScenarioView::FleetTab);
        UsefulLifeChangeEditor *e = m_view->usefulLifeChangeEditor();
        QUndoStack *undo = m_doc->undoStack();
        const Scenario before = m_doc->scenario();
        e->monthBox()->setCurrentIndex(6);
        e->enabledBox()->click();
        QCOMPARE(undo->count(), 1);
        QVERIFY(m_doc->scenario().skus[0].usefulLifeChange);
        QCOMPARE(m_doc->scenario().skus[0].usefulLifeChange->usefulLifeMonths,
                 before.skus[0].usefulLifeMonths);
        e->lifeBox()->setValue(48); // the example's book life is 66 months
        QCOMPARE(undo->count(), 2);
        QVERIFY(m_doc->scenario().skus[0].usefulLifeChange ==
                (UsefulLifeChange{e->monthBox()->currentIndex(), 48}));
        // 999 months typed: refused by the spin box, nothing changes.
        e->lifeBox()->setFocus();
        QTest::keyClick(e->lifeBox(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(e->lifeBox(), QStringLiteral("999"));
        QTest::keyClick(e->lifeBox(), Qt::Key_Return);
        QCOMPARE(m_doc->scenario().skus[0].usefulLifeChange->usefulLifeMonths, 48);
        QVERIFY(!e->lifeBox()->refusal().isEmpty());
        QVERIFY(!e->errorLabel()->isHidden());
        undo->undo();
        undo->undo();
        QVERIFY(m_doc->scenario() == before);

        // The preset dialog: the 4-year preset from the 13th month for every GPU type.
        LifeChangeDialog dialog(m_doc.get(), ScenarioDocument::usefulLifePresets()[3], -1,
                                m_view.get());
        dialog.monthBox()->setCurrentIndex(12);
        QVERIFY(dialog.apply());
        QCOMPARE(undo->count(), 1);
        for (const Sku &k : m_doc->scenario().skus)
            QVERIFY(k.usefulLifeChange == (UsefulLifeChange{12, 48}));
        QVERIFY(dialog.summary().contains(ScenarioDocument::usefulLifePresets()[3].name));
        undo->undo();
        QVERIFY(m_doc->scenario() == before);
    }
};

QTEST_MAIN(TestBalanceSheetView)
#include "test_balance_sheet_view.moc"
