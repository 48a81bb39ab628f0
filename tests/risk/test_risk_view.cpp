// SPDX-License-Identifier: GPL-3.0-or-later
// The Risk tab: a run finishes in the background (the event loop keeps turning while it
// runs), fills the histogram, the fan and the driver table, and Cancel really stops a long run.
#include "charts/FanChart.h"
#include "charts/HistogramChart.h"
#include "risk/RiskView.h"
#include "scenario/ScenarioReader.h"

#include <QElapsedTimer>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace fleetroi;

namespace {

Scenario correlated()
{
    const ScenarioReadResult r =
        readScenarioFile(FLEETROI_TEST_DATA_DIR "/montecarlo/correlated.fleetroi.json");
    if (!r.ok())
        qFatal("cannot read the correlated example");
    return *r.scenario;
}

} // namespace

class TestRiskView : public QObject
{
    Q_OBJECT

private slots:
    void runsInTheBackgroundAndShowsResults()
    {
        RiskView view;
        view.resize(1000, 700);
        view.show();
        QVERIFY(!view.runButton()->isEnabled()); // no scenario yet
        view.setScenario(correlated());
        QCOMPARE(view.pathsBox()->value(), 100000);
        QVERIFY(view.runButton()->isEnabled());
        view.pathsBox()->setValue(20000);
        view.threadsBox()->setValue(2);

        QSignalSpy finished(&view, &RiskView::runFinished);
        // The GUI thread keeps processing events during the run: count timer ticks.
        int ticks = 0;
        QTimer tick;
        connect(&tick, &QTimer::timeout, this, [&] { ++ticks; });
        tick.start(5);
        QTest::mouseClick(view.runButton(), Qt::LeftButton);
        QVERIFY(view.isRunning());
        QVERIFY(view.cancelButton()->isEnabled());
        QVERIFY(!view.runButton()->isEnabled());
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY(!view.isRunning());
        QVERIFY(ticks > 0);
        QVERIFY(view.lastResults().has_value());
        QCOMPARE(view.lastResults()->paths, std::int64_t(20000));
        QCOMPARE(view.progressBar()->value(), 1000);
        QCOMPARE(view.driverTable()->rowCount(), 10);
        QVERIFY(!view.histogramChart()->isEmpty());
        QVERIFY(!view.fanChart()->isEmpty());
        QCOMPARE(view.histogramChart()->percentiles()[1], view.lastResults()->p50);

        // A new scenario clears results that would describe another one.
        view.setScenario(correlated());
        QVERIFY(!view.lastResults().has_value());
    }

    void cancelStopsALongRun()
    {
        RiskView view;
        view.show();
        view.setScenario(correlated());
        view.pathsBox()->setValue(10'000'000); // minutes of work
        QSignalSpy started(&view, &RiskView::runStarted);
        QSignalSpy finished(&view, &RiskView::runFinished);
        view.run();
        QCOMPARE(started.size(), 1);
        QTest::qWait(300);
        QVERIFY(view.isRunning());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY(!view.isRunning());
        QVERIFY(!view.lastResults().has_value());
        QVERIFY(view.runButton()->isEnabled());
        QVERIFY(view.histogramChart()->isEmpty());
    }

    // A cancelled run leaves no results on screen, not even the previous run's (issue 12:
    // they showed under "Cancelled: no results").
    void cancellingClearsThePreviousResults()
    {
        RiskView view;
        view.show();
        view.setScenario(correlated());
        view.pathsBox()->setValue(20000);
        QSignalSpy finished(&view, &RiskView::runFinished);
        view.run();
        QVERIFY(finished.wait(30000));
        QVERIFY(view.lastResults().has_value());
        QVERIFY(!view.histogramChart()->isEmpty());
        QCOMPARE(view.driverTable()->rowCount(), 10);

        view.pathsBox()->setValue(10'000'000);
        view.run();
        QTest::qWait(200);
        QVERIFY(view.isRunning());
        QTest::mouseClick(view.cancelButton(), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.last().first().toBool(), false);
        QVERIFY(!view.lastResults().has_value());
        QVERIFY(view.histogramChart()->isEmpty());
        QVERIFY(view.fanChart()->isEmpty());
        QCOMPARE(view.driverTable()->rowCount(), 0);
    }

    void destroyingWhileRunningIsSafe()
    {
        auto *view = new RiskView;
        view->setScenario(correlated());
        view->pathsBox()->setValue(10'000'000);
        view->run();
        QTest::qWait(100);
        delete view; // cancels and waits for the worker
    }

    void scenarioWithoutUncertaintyCannotRun()
    {
        Scenario s = correlated();
        s.uncertainty.reset();
        RiskView view;
        view.setScenario(s);
        QVERIFY(!view.runButton()->isEnabled());
        view.run(); // ignored
        QVERIFY(!view.isRunning());
    }
};

QTEST_MAIN(TestRiskView)
#include "test_risk_view.moc"
