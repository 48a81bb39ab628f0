// SPDX-License-Identifier: GPL-3.0-or-later
// The Risk tab: runs the scenario's Monte Carlo (models/core/montecarlo) off the GUI thread
// with a progress bar and a Cancel button that really stops the run, then shows the NPV
// histogram, the fan of cumulative cash flow (P10/P50/P90 by month), the summary figures and
// the drivers ranked by rank correlation with NPV.
//
// Embedding: add it as a tab and feed it the document's scenario whenever it changes:
//     auto *risk = new RiskView(this);
//     tabs->addTab(risk, tr("Risk"));
//     risk->setScenario(currentScenario);            // also on every scenario change
//     // for the PDF report: ReportScenario::monteCarlo = risk->lastResults();
// Changing the scenario cancels a running run (Cancel returns at once; the worker stops
// after its current chunk of 1,024 paths and runFinished(false) follows) and clears the
// results (they would describe another scenario). Paths and seed start from the scenario's
// `uncertainty` block.
#pragma once

#include "montecarlo/MonteCarlo.h"
#include "scenario/Scenario.h"

#include <QWidget>

#include <atomic>
#include <memory>
#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QThread;
class QTimer;

namespace fleetroi {
namespace charts {
class FanChart;
class HistogramChart;
} // namespace charts
} // namespace fleetroi

namespace fleetroi {

class RiskView : public QWidget
{
    Q_OBJECT
public:
    explicit RiskView(QWidget *parent = nullptr);
    // Cancels a running run and waits for its worker to stop (at most one chunk of paths).
    ~RiskView() override;

    void setScenario(const Scenario &scenario);

    bool isRunning() const { return m_thread != nullptr; }
    // The last completed run of the current scenario, if any (for the PDF report).
    const std::optional<MonteCarloResults> &lastResults() const { return m_results; }

    // The controls, for tests and for the window's own shortcuts.
    QSpinBox *pathsBox() const { return m_paths; }
    QSpinBox *seedBox() const { return m_seed; }
    QSpinBox *threadsBox() const { return m_threads; }
    QPushButton *runButton() const { return m_run; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *progressBar() const { return m_progress; }
    QTableWidget *driverTable() const { return m_drivers; }
    charts::HistogramChart *histogramChart() const { return m_histogram; }
    charts::FanChart *fanChart() const { return m_fan; }

public slots:
    void run();
    void cancel();

signals:
    void runStarted();
    // After every run: completed = false when it was cancelled or refused.
    void runFinished(bool completed);

private:
    struct Job;
    void finishRun();
    void showResults();
    void clearResults();
    void updateControls();

    std::optional<Scenario> m_scenario;
    std::optional<MonteCarloResults> m_results;
    std::shared_ptr<Job> m_job;
    QThread *m_thread = nullptr;
    QTimer *m_poll = nullptr;

    QSpinBox *m_paths = nullptr;
    QSpinBox *m_seed = nullptr;
    QSpinBox *m_threads = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_drivers = nullptr;
    charts::HistogramChart *m_histogram = nullptr;
    charts::FanChart *m_fan = nullptr;
};

} // namespace fleetroi
