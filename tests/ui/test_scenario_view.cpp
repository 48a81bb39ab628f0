// SPDX-License-Identifier: GPL-3.0-or-later
// The scenario view fed from a document: the KPI strip follows edits, the charts get the
// model's series (read back from the plots, never pixels), the tornado and the compare tab
// show the right rows, and the window saves revisions into a workspace.
#include "ComparePage.h"
#include "DemandEditor.h"
#include "KpiStrip.h"
#include "MainWindow.h"
#include "ResultTableModels.h"
#include "ScenarioDocument.h"
#include "ScenarioTableModel.h"
#include "ScenarioView.h"
#include "Workspace.h"
#include "charts/BookValueChart.h"
#include "charts/CapacityChart.h"
#include "charts/CashFlowChart.h"
#include "charts/ComparisonChart.h"
#include "charts/HeatMapChart.h"
#include "charts/NpvBarsChart.h"
#include "charts/TornadoChart.h"
#include "charts/UtilizationChart.h"
#include "scenario/ScenarioReader.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QListWidget>
#include <QSemaphore>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

using namespace fleetroi;

namespace {
QString example(const char *name)
{
    return QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/") + QLatin1String(name);
}

// Compare against the other worked example.
class ExampleProvider : public CompareProvider
{
public:
    QList<CompareCandidate> compareCandidates(ScenarioDocument *) override
    {
        return {{QStringLiteral("neocloud"), QStringLiteral("Neocloud"),
                 [] {
                     auto r = readScenarioFile(
                         example("neocloud-h100-lessor.fleetroi.json").toStdString());
                     return r.scenario;
                 },
                 QStringLiteral("Neocloud")}};
    }
};

// Lets queued work run: the document's background recompute (a worker of the global thread
// pool) and the redraws its result triggers.
void settle()
{
    for (int round = 0; round < 3; ++round) {
        for (int i = 0; i < 3; ++i)
            QCoreApplication::processEvents();
        QThreadPool::globalInstance()->waitForDone(10000);
    }
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}
} // namespace

class TestScenarioView : public QObject
{
    Q_OBJECT
private:
    std::unique_ptr<ScenarioDocument> m_doc;
    std::unique_ptr<ScenarioView> m_view;
    ExampleProvider m_provider;

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        QStringList errors;
        m_doc.reset(ScenarioDocument::openFile(example("hyperscaler-surplus-leasing.fleetroi.json"),
                                               &errors));
        QVERIFY2(m_doc, qPrintable(errors.join(u'\n')));
        m_view = std::make_unique<ScenarioView>(m_doc.get(), &m_provider);
        m_view->resize(1400, 900);
        m_view->show();
        settle();
    }

    void cleanup()
    {
        m_view.reset();
        m_doc.reset();
    }

    void kpiStripFollowsEditsAndUndo()
    {
        const QString before = m_view->kpiStrip()->valueText(0);
        QVERIFY(before.startsWith(QStringLiteral("USD")));
        SkuTableModel *model = m_view->skuModel();
        QAbstractItemModelTester tester(model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(model->setData(model->index(0, model->columnOfKey(QStringLiteral("gpu_price"))),
                               40000.0));
        settle();
        QVERIFY(m_view->kpiStrip()->valueText(0) != before);
        m_doc->undoStack()->undo();
        settle();
        QCOMPARE(m_view->kpiStrip()->valueText(0), before);
    }

    // Table columns fit their contents while shown and keep their widths while hidden: Qt
    // re-measured the hidden Fleet tables on every edit (a third of an edit at 10,000
    // tranches).
    void hiddenTablesKeepTheirColumnWidths()
    {
        QTableView *purchases = m_view->purchaseView();
        QHeaderView *header = purchases->horizontalHeader();
        m_view->tabs()->setCurrentIndex(ScenarioView::FleetTab);
        settle();
        QVERIFY(purchases->isVisible());
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::ResizeToContents);
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        settle();
        QVERIFY(!purchases->isVisible());
        QCOMPARE(header->sectionResizeMode(0), QHeaderView::Interactive);
        const int width = header->sectionSize(0);
        // A longer label in the first purchase: no re-measuring while hidden ...
        ScenarioTableModel *model = m_view->purchaseModel();
        const int labelColumn = model->columnOfKey(QStringLiteral("label"));
        QVERIFY(labelColumn >= 0);
        QVERIFY(model->setData(model->index(0, labelColumn),
                               QStringLiteral("a much longer label than any other purchase has")));
        settle();
        const int labelWidth = header->sectionSize(labelColumn);
        QCOMPARE(header->sectionSize(0), width);
        // ... and the columns fit again when the tab is shown.
        m_view->tabs()->setCurrentIndex(ScenarioView::FleetTab);
        settle();
        QCOMPARE(header->sectionResizeMode(labelColumn), QHeaderView::ResizeToContents);
        QVERIFY(header->sectionSize(labelColumn) > labelWidth);
    }

    // The book-value chart groups tranches as the combo box says; its top area is the fleet's
    // book value; the table beside it lists every purchase.
    void resultsTabGroupsTranches()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        settle();
        const Scenario &s = m_doc->scenario();
        QCOMPARE(m_view->trancheModel()->rowCount(), int(s.purchases.size()));
        QCOMPARE(m_view->trancheView()->model()->rowCount(), int(s.purchases.size()));
        charts::BookValueChart *chart = m_view->bookValueChart();
        QVERIFY(chart->legendItemCount() >= 2);
        QVERIFY(chart->legendItemCount() <= 12);
        const QStringList ids = chart->seriesIds();
        QVERIFY(ids.size() >= 2);
        const QString top = ids[ids.size() - 2]; // the last area, below the tax-basis line
        const ModelResults &r = m_doc->results();
        const QVector<double> stacked = chart->seriesValues(top);
        for (int t = 0; t < r.monthly.size(); t += 5)
            QVERIFY(std::abs(stacked[t] - r.monthly.bookValue[std::size_t(t)]) <=
                    1e-6 * std::max(1.0, std::abs(r.monthly.bookValue[std::size_t(t)])));
        m_view->groupingBox()->setCurrentIndex(1); // purchase year
        QCOMPARE(chart->grouping(), TrancheGroupBy::PurchaseYear);
        QVERIFY(chart->seriesName(QStringLiteral("group0")).startsWith(QStringLiteral("Bought ")));
        m_view->groupingBox()->setCurrentIndex(2); // vintage
        QVERIFY(chart->seriesName(QStringLiteral("group0")).endsWith(QStringLiteral(" vintage")));
    }

    void resultsChartsGetTheModelsSeries()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        settle();
        const ModelResults &r = m_doc->results();
        const QVector<double> cumulative =
            m_view->cashFlowChart()->seriesValues(QStringLiteral("cumulative"));
        QCOMPARE(cumulative.size(), qsizetype(r.monthly.size()));
        for (int t = 0; t < r.monthly.size(); t += 7)
            QCOMPARE(cumulative[t], r.monthly.cumulativeCashFlow[std::size_t(t)]);
        QCOMPARE(m_view->cashFlowChart()->markerKey(QStringLiteral("payback")),
                 double(*r.kpis.paybackMonth));
        const QVector<double> capacity =
            m_view->capacityChart()->seriesValues(QStringLiteral("capacity"));
        QCOMPARE(capacity.size(), qsizetype(r.monthly.size()));
        QCOMPARE(capacity[30], r.monthly.capacityHours[30]);
        // An edit reaches the visible chart.
        QVERIFY(m_doc->setValue(QStringLiteral("purchases[0].gpus"), 30000));
        m_doc->recompute();
        settle();
        QCOMPARE(m_view->capacityChart()->seriesValues(QStringLiteral("capacity"))[30],
                 m_doc->results().monthly.capacityHours[30]);
        QVERIFY(m_view->capacityChart()->seriesValues(QStringLiteral("capacity"))[30] >
                capacity[30]);
        QCOMPARE(m_view->monthlyModel()->rowCount(), 72);
    }

    // Clicking month t on a chart opens every series of that month, as the monthly table
    // shows it.
    void clickingAMonthOpensItsRow()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::ResultsTab);
        settle();
        int rows = -1;
        QString title, firstValue, gpusValue;
        QTimer::singleShot(0, this, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            title = modal->windowTitle();
            if (auto *table = modal->findChild<QTableWidget *>()) {
                rows = table->rowCount();
                firstValue = table->item(0, 1)->text();
                for (int r = 0; r < rows; ++r)
                    if (table->item(r, 0)->text() == QLatin1String("Working GPUs"))
                        gpusValue = table->item(r, 1)->text();
            }
            modal->close();
        });
        emit m_view->cashFlowChart()->monthClicked(30);
        QCOMPARE(rows, m_view->monthlyModel()->columnCount());
        QVERIFY2(title.contains(QStringLiteral("30")), qPrintable(title));
        const MonthlyResultsModel *model = m_view->monthlyModel();
        // Each value with its own unit (issue 14: "Working GPUs USD").
        QCOMPARE(firstValue, model->data(model->index(30, 0)).toString() + QStringLiteral(" h"));
        QVERIFY2(gpusValue.endsWith(QStringLiteral(" GPUs")), qPrintable(gpusValue));
        QVERIFY(!gpusValue.contains(m_doc->currency()));
    }

    void tornadoAndHeatMap()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::SensitivityTab);
        settle();
        const auto rows = m_doc->sensitivity(0.2);
        QCOMPARE(m_view->tornadoChart()->rowLabels().size(), qsizetype(rows.size()));
        QCOMPARE(m_view->sensitivityModel()->rowCount(), int(rows.size()));
        QCOMPARE(m_view->sensitivityModel()->rows().front().driver, rows.front().driver);
        const QVector<double> low = m_view->tornadoChart()->seriesValues(QStringLiteral("low"));
        QCOMPARE(low.size(), qsizetype(rows.size()));
        // Bars are drawn from the base NPV; the top row (largest swing) has the highest key.
        const double base = m_doc->results().kpis.npv;
        QVERIFY(std::abs(low.back() - (rows.front().npvLow - base)) < 1e-3);
        QCOMPARE(m_view->heatMapChart()->seriesValues(QStringLiteral("npv")).size(), 121);
        // A wider swing recomputes the tornado.
        m_view->swingSpinBox()->setValue(40);
        settle();
        QCOMPARE(m_view->sensitivityModel()->rows().front().npvLow,
                 m_doc->sensitivity(0.4).front().npvLow);
    }

    // Editing with the Sensitivity tab shown never computes the tornado on the GUI thread.
    // The model recompute is made synchronous and every worker of the thread pool is held:
    // the edit and the event loop's turns that redraw the tab return with the tornado of the
    // edited scenario still to come (the tab keeps the last figures; computing it on the GUI
    // thread, as before, showed the new ones here). Once the workers are free it lands, and
    // it is exactly the synchronous computeSensitivity of the edited scenario.
    void tornadoOffGuiThread()
    {
        m_doc->setBackgroundRecompute(false);
        m_view->tabs()->setCurrentIndex(ScenarioView::SensitivityTab);
        settle();
        const std::vector<SensitivityRow> before = m_doc->sensitivity(0.2);
        QCOMPARE(m_view->sensitivityModel()->rows().front().npvLow, before.front().npvLow);

        QThreadPool *pool = QThreadPool::globalInstance();
        const int workers = pool->maxThreadCount();
        auto started = std::make_shared<QSemaphore>(), release = std::make_shared<QSemaphore>();
        for (int i = 0; i < workers; ++i)
            pool->start([started, release] {
                started->release();
                release->acquire();
            });
        // The workers are let go however this function ends (a failed check returns early).
        std::unique_ptr<QSemaphore, std::function<void(QSemaphore *)>> letGo(
            release.get(), [workers](QSemaphore *s) { s->release(workers); });
        started->acquire(workers); // every worker is held
        QVERIFY(m_doc->setValue(QStringLiteral("finance.discount_rate"), 0.12));
        for (int i = 0; i < 5; ++i)
            QCoreApplication::processEvents();
        QCOMPARE(m_doc->resultsGeneration(), m_doc->generation()); // the KPIs are current
        QVERIFY(!m_doc->sensitivityAnalysisCurrent(0.2));
        QCOMPARE(m_view->sensitivityModel()->rows().front().npvLow, before.front().npvLow);

        letGo.reset(); // the workers go
        QTRY_VERIFY_WITH_TIMEOUT(m_doc->sensitivityAnalysisCurrent(0.2), 20000);
        settle();
        const std::vector<SensitivityRow> after = m_doc->sensitivity(0.2); // synchronous
        QVERIFY(after.front().npvLow != before.front().npvLow);
        const auto &shown = m_view->sensitivityModel()->rows();
        QCOMPARE(shown.size(), after.size());
        for (std::size_t k = 0; k < after.size(); ++k) {
            QCOMPARE(shown[k].driver, after[k].driver);
            QCOMPARE(shown[k].npvLow, after[k].npvLow);
            QCOMPARE(shown[k].npvHigh, after[k].npvHigh);
        }
        const QVector<double> low = m_view->tornadoChart()->seriesValues(QStringLiteral("low"));
        QCOMPARE(low.size(), qsizetype(after.size()));
        QVERIFY(std::abs(low.back() - (after.front().npvLow - m_doc->results().kpis.npv)) < 1e-3);
        const QVector<double> grid = m_view->heatMapChart()->seriesValues(QStringLiteral("npv"));
        std::vector<double> want = m_doc->leaseDemandGrid().npv; // synchronous
        std::vector<double> got(grid.begin(), grid.end());
        QCOMPARE(got.size(), want.size());
        std::sort(got.begin(), got.end()); // the chart's cell order is its own
        std::sort(want.begin(), want.end());
        QVERIFY(got == want);
    }

    void compareTab()
    {
        m_view->tabs()->setCurrentIndex(ScenarioView::CompareTab);
        settle();
        ComparePage *page = m_view->comparePage();
        QVERIFY(page->setSelection({QStringLiteral("neocloud")}));
        QAbstractItemModelTester tester(page->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(page->model()->entries().size(), 2);
        QCOMPARE(page->model()->columnCount(), 4);
        QCOMPARE(page->cashFlowChart()->seriesCount(), 2);
        const QVector<double> positive = page->npvChart()->seriesValues(QStringLiteral("positive"));
        const QVector<double> negative = page->npvChart()->seriesValues(QStringLiteral("negative"));
        QCOMPARE(positive.size() + negative.size(), 2);
        QVERIFY(positive.contains(m_doc->results().kpis.npv) ||
                negative.contains(m_doc->results().kpis.npv));
        QVERIFY(page->changeList()->count() > 2); // header and the differences
        QVERIFY(!page->setSelection(
            {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d")}));
    }

    void pastedDemand()
    {
        const auto numbers =
            DemandEditor::parsePastedNumbers(QStringLiteral("1000\n2000.5\r\n\n3000\n"));
        QVERIFY(numbers);
        QCOMPARE(numbers->size(), std::size_t(3));
        QCOMPARE((*numbers)[1], 2000.5);
        QVERIFY(!DemandEditor::parsePastedNumbers(QStringLiteral("12\nabc")));
    }

    void windowSavesRevisions()
    {
        m_view.reset();
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.openWorkspace(dir.filePath(QStringLiteral("ws.sqlite"))));
        ScenarioView *v = window.openPath(example("hyperscaler-surplus-leasing.fleetroi.json"));
        QVERIFY(v);
        ScenarioDocument *doc = v->document();
        QVERIFY(doc->workspaceScenarioId() > 0);
        QVERIFY(!doc->isModified());
        QVERIFY(doc->setValue(QStringLiteral("finance.discount_rate"), 0.1));
        QVERIFY(doc->isModified());
        QVERIFY(window.saveRevision(v, QStringLiteral("WACC 10 %")));
        QVERIFY(!doc->isModified());
        const auto history = window.workspace()->history(doc->workspaceScenarioId());
        QVERIFY(history.ok());
        QCOMPARE(history.value->front().comment, QStringLiteral("WACC 10 %"));
        QCOMPARE(doc->workspaceRevisionId(), history.value->front().number);
        // Revisions are offered for comparison.
        bool found = false;
        for (const CompareCandidate &c : window.compareCandidates(doc))
            found =
                found || c.key.startsWith(QStringLiteral("ws:%1@").arg(doc->workspaceScenarioId()));
        QVERIFY(found);
        // Speed: printed, never asserted (wall-clock times vary by machine).
        qInfo().noquote() << window.measureEditLatency(20);
    }
};

QTEST_MAIN(TestScenarioView)
#include "test_scenario_view.moc"
