// SPDX-License-Identifier: GPL-3.0-or-later
// Issue #16 in the app: the waterfall chart's data, the goal-seek answer applied as one
// undoable edit, and the leasing figures of the KPI strip.
#include "AnalysisTestData.h"

#include "GoalSeekDialog.h"
#include "KeyFigureInfo.h"
#include "KpiStrip.h"
#include "ScenarioDocument.h"
#include "charts/WaterfallChart.h"
#include "engine/FleetModel.h"
#include "engine/NpvBridge.h"
#include "engine/Sensitivity.h"
#include "report/LabelWrap.h"

#include <QTest>
#include <QUndoStack>

#include <cmath>

using namespace fleetroi;

class TestAnalysisUi : public QObject
{
    Q_OBJECT
private slots:
    // The plotted bars are the bridge: A's NPV, each step floating from the running total,
    // B's NPV; the values read back from the plot equal the engine's.
    void waterfallData()
    {
        const Scenario a = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        const Scenario b = testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        const NpvBridge bridge = computeNpvBridge(a, b);
        std::vector<charts::WaterfallStep> steps;
        for (const BridgeStep &s : bridge.steps)
            steps.push_back({QString::fromStdString(s.label()), s.delta()});
        charts::WaterfallChart chart;
        chart.setBridge(QStringLiteral("A"), bridge.npvA, steps, QStringLiteral("B"), bridge.npvB);
        QCOMPARE(chart.seriesValues(QStringLiteral("start")), QVector<double>{bridge.npvA});
        QCOMPARE(chart.seriesValues(QStringLiteral("end")), QVector<double>{bridge.npvB});
        QCOMPARE(chart.seriesBase(QStringLiteral("start")), 0.0);
        double running = bridge.npvA;
        for (std::size_t i = 0; i < steps.size(); ++i) {
            const QString id = QStringLiteral("step%1").arg(i);
            QCOMPARE(chart.seriesBase(id), running);
            QCOMPARE(chart.seriesValues(id), QVector<double>{steps[i].delta});
            QCOMPARE(chart.seriesName(id), steps[i].label);
            running += steps[i].delta;
        }
        QVERIFY(std::fabs(running - bridge.npvB) <= 1e-6 * std::fabs(bridge.npvB));
        QVERIFY(std::isnan(chart.seriesBase(QStringLiteral("step%1").arg(steps.size()))));
    }

    // Goal seek for NPV = 0 on lease prices, applied: one undo step; the model at the new
    // inputs has NPV ~ 0; undo restores the scenario exactly.
    void goalSeekApplyIsOneUndoableEdit()
    {
        const Scenario original = testing::loadExample(QStringLiteral("neocloud-h100-lessor"));
        ScenarioDocument doc(original);
        GoalSeekDialog dialog(&doc);
        dialog.setDriver("lease_price");
        dialog.setTarget(GoalSeekTarget::Kind::Npv, 0.0);
        dialog.seek();
        QVERIFY(dialog.result() && dialog.result()->reached);
        const double m = dialog.result()->multiplier;
        QVERIFY(!dialog.resultText().isEmpty());
        const int steps = doc.undoStack()->count();
        QVERIFY(dialog.apply());
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        Scenario expected = original;
        applyDriverMultiplier(expected, "lease_price", m);
        QVERIFY(doc.scenario() == expected);
        QVERIFY(std::fabs(computeNpv(doc.scenario())) <=
                1e-6 * computeModel(original).kpis.totalCapex);
        doc.undoStack()->undo();
        QVERIFY(doc.scenario() == original);
    }

    // A driver spread over many fields (useful life: two per SKU) is still one step.
    void goalSeekApplyManyFields()
    {
        const Scenario original =
            testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing"));
        ScenarioDocument doc(original);
        GoalSeekDialog dialog(&doc);
        dialog.setDriver("gpu_price");
        dialog.setTarget(GoalSeekTarget::Kind::Payback, 30);
        dialog.seek();
        QVERIFY(dialog.result() && dialog.result()->reached);
        const int steps = doc.undoStack()->count();
        QVERIFY(dialog.apply());
        QCOMPARE(doc.undoStack()->count(), steps + 1);
        QCOMPARE(computeModel(doc.scenario()).kpis.paybackMonth, std::optional<int>(30));
        doc.undoStack()->undo();
        QVERIFY(doc.scenario() == original);
    }

    // The strip shows the break-even lease price and the value of leasing.
    void kpiStrip()
    {
        ScenarioDocument doc(testing::loadExample(QStringLiteral("hyperscaler-surplus-leasing")));
        doc.recompute();
        KpiStrip strip(&doc);
        const auto figures = KeyFigureInfo::stripFigures();
        const int price = int(figures.indexOf(KeyFigureInfo::BreakEvenLeasePrice));
        const int value = int(figures.indexOf(KeyFigureInfo::LeasingValueNpv));
        QVERIFY(price >= 0 && value >= 0);
        QCOMPARE(strip.valueText(price), KeyFigureInfo::tr("not needed"));
        QVERIFY(!strip.valueText(value).isEmpty() && strip.valueText(value) != QStringLiteral("–"));
        const QStringList sentences =
            KeyFigureInfo::breakEvenSentences(doc.results().kpis, doc.scenario());
        QCOMPARE(sentences.size(), 3);
        QVERIFY(sentences[0].contains(QStringLiteral("NPV is positive without leasing")));
    }

    // Chart labels in the comparison report: long names wrap at spaces, every word kept.
    void chartLabelsWrapNeverCut()
    {
        const QString name =
            QStringLiteral("2. Budget v3 with leasing of the surplus capacity, high power prices");
        QCOMPARE(report::wrapChartLabel(name, 24),
                 QStringLiteral("2. Budget v3 with\nleasing of the surplus\ncapacity, "
                                "high power\nprices"));
        QCOMPARE(report::wrapChartLabel(QStringLiteral("Averyveryverylongsinglename"), 10),
                 QStringLiteral("Averyveryv\nerylongsin\nglename"));
        QCOMPARE(report::wrapChartLabel(QStringLiteral("short"), 24), QStringLiteral("short"));
    }
};

QTEST_MAIN(TestAnalysisUi)
#include "test_analysis_ui.moc"
