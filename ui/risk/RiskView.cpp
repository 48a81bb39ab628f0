// SPDX-License-Identifier: GPL-3.0-or-later
#include "risk/RiskView.h"
#include "DriverText.h"
#include "ItemRoles.h"
#include "StrictSpinBox.h"
#include "TableClipboard.h"

#include "charts/ChartFormat.h"
#include "charts/FanChart.h"
#include "charts/HistogramChart.h"

#include <QCoreApplication>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QTableWidget>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>
#include <thread>

namespace fleetroi {

// Shared between the GUI thread and the worker: the worker writes `progress` and
// `results`; the GUI sets `cancel` and reads the rest after the thread has finished.
struct RiskView::Job
{
    std::atomic<bool> cancel{false};
    std::atomic<int> progressPermille{0};
    MonteCarloResults results;
};

RiskView::RiskView(QWidget *parent)
    : QWidget(parent)
{
    m_paths = new StrictSpinBox(this);
    m_paths->setRange(1, 10'000'000);
    m_paths->setSingleStep(10000);
    m_paths->setValue(10000);
    m_paths->setGroupSeparatorShown(true);
    m_seed = new StrictSpinBox(this);
    m_seed->setRange(0, INT_MAX); // the file allows up to 2^53; the tab offers int seeds
    m_seed->setValue(1);
    m_threads = new StrictSpinBox(this);
    m_threads->setRange(1, 256);
    m_threads->setValue(int(std::max(1u, std::thread::hardware_concurrency())));
    m_run = new QPushButton(tr("Run"), this);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(true);
    m_progress->setFormat(QStringLiteral("%p%"));
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    // A typed number outside a box's range is refused with a message, never cut or clamped.
    for (auto [box, name] : {std::pair{m_paths, tr("Paths")}, std::pair{m_seed, tr("Seed")},
                             std::pair{m_threads, tr("Threads")}}) {
        auto *strict = static_cast<StrictSpinBox *>(box);
        strict->setFieldName(name);
        connect(strict, &StrictSpinBox::refused, m_status, &QLabel::setText);
    }
    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_drivers = new QTableWidget(0, 2, this);
    m_drivers->setHorizontalHeaderLabels({tr("Driver"), tr("Rank corr.")});
    m_drivers->horizontalHeaderItem(1)->setToolTip(tr("Spearman rank correlation with NPV"));
    m_drivers->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_drivers->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_drivers->verticalHeader()->hide();
    m_drivers->setEditTriggers(QAbstractItemView::NoEditTriggers);
    TableClipboard::install(m_drivers);

    m_histogram = new charts::HistogramChart(this);
    m_fan = new charts::FanChart(this);

    auto *controls = new QFormLayout;
    controls->addRow(tr("Paths"), m_paths);
    controls->addRow(tr("Seed"), m_seed);
    controls->addRow(tr("Threads"), m_threads);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    auto *side = new QVBoxLayout;
    side->addLayout(controls);
    side->addLayout(buttons);
    side->addWidget(m_progress);
    side->addWidget(m_status);
    side->addWidget(m_summary);
    side->addWidget(m_drivers, 1);
    auto *sideWidget = new QWidget(this);
    sideWidget->setLayout(side);

    auto *charts = new QSplitter(Qt::Vertical, this);
    charts->addWidget(m_histogram);
    charts->addWidget(m_fan);
    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(sideWidget);
    split->addWidget(charts);
    split->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(split);

    m_poll = new QTimer(this);
    m_poll->setInterval(100);
    connect(m_poll, &QTimer::timeout, this, [this] {
        if (m_job)
            m_progress->setValue(m_job->progressPermille.load());
    });
    connect(m_run, &QPushButton::clicked, this, &RiskView::run);
    connect(m_cancel, &QPushButton::clicked, this, &RiskView::cancel);
    clearResults();
    updateControls();
}

RiskView::~RiskView()
{
    if (m_thread) {
        m_job->cancel = true;
        m_thread->disconnect(this);
        m_thread->wait();
        delete m_thread;
    }
}

void RiskView::setScenario(const Scenario &scenario)
{
    cancel();
    m_scenario = scenario;
    if (scenario.uncertainty) {
        m_paths->setValue(
            int(std::clamp<std::int64_t>(scenario.uncertainty->paths, 1, 10'000'000)));
        m_seed->setValue(int(std::min<std::uint64_t>(scenario.uncertainty->seed, INT_MAX)));
    }
    m_histogram->setCurrency(QString::fromStdString(scenario.currency));
    m_fan->setCurrency(QString::fromStdString(scenario.currency));
    clearResults();
    updateControls();
}

void RiskView::run()
{
    if (m_thread || !m_scenario || !m_scenario->uncertainty)
        return;
    m_job = std::make_shared<Job>();
    MonteCarloOptions options;
    options.paths = m_paths->value();
    options.seed = std::uint64_t(m_seed->value());
    options.threads = m_threads->value();
    options.cancel = &m_job->cancel;
    std::weak_ptr<Job> weak = m_job;
    options.progress = [weak](double share) {
        if (auto job = weak.lock())
            job->progressPermille = int(share * 1000.0);
    };
    // The worker owns copies of everything it reads; the Job stays alive (shared_ptr) until
    // both sides are done with it.
    m_thread = QThread::create([job = m_job, scenario = *m_scenario, options] {
        job->results = runMonteCarlo(scenario, options);
    });
    connect(m_thread, &QThread::finished, this, &RiskView::finishRun);
    m_progress->setValue(0);
    m_status->setText(tr("Running %L1 paths...").arg(m_paths->value()));
    m_thread->start();
    m_poll->start();
    updateControls();
    emit runStarted();
}

void RiskView::cancel()
{
    if (!m_thread)
        return;
    m_job->cancel = true;
    m_status->setText(tr("Cancelling..."));
    m_cancel->setEnabled(false);
    // The worker stops after its current chunk of paths (milliseconds for a typical
    // scenario); QThread::finished then calls finishRun(). No waiting here: the window
    // stays responsive.
}

void RiskView::finishRun()
{
    if (!m_thread)
        return;
    m_poll->stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    std::shared_ptr<Job> job = std::move(m_job);
    // A run cancelled just as it completed is still a cancelled run: its scenario may have
    // changed since.
    const bool completed = job->results.completed() && !job->cancel.load();
    if (completed) {
        m_results = std::move(job->results);
        m_progress->setValue(1000);
        m_status->setText(tr("%L1 paths, seed %2.").arg(m_results->paths).arg(m_results->seed));
        showResults();
    } else if (job->cancel.load()) {
        // The previous run's charts and table must not stay up under "no results": they
        // belong to a run the user replaced (and maybe to an older version of the scenario).
        clearResults();
        m_progress->setValue(0);
        m_status->setText(tr("Cancelled: no results."));
    } else {
        m_progress->setValue(0);
        QStringList lines;
        for (const ValidationError &e : job->results.errors)
            lines << QString::fromStdString(formatError(e));
        m_status->setText(lines.join(QLatin1Char('\n')));
    }
    updateControls();
    emit runFinished(completed);
}

void RiskView::clearResults()
{
    m_results.reset();
    m_histogram->clear();
    m_fan->clear();
    m_drivers->setRowCount(0);
    m_summary->clear();
    if (!m_thread) {
        m_progress->setValue(0);
        if (!m_scenario)
            m_status->setText(tr("No scenario."));
        else if (!m_scenario->uncertainty)
            m_status->setText(tr("This scenario has no uncertainty block: give drivers "
                                 "distributions to run a Monte Carlo."));
        else
            m_status->setText(tr("Ready."));
    }
}

void RiskView::showResults()
{
    const MonteCarloResults &r = *m_results;
    const QString currency = QString::fromStdString(m_scenario->currency);
    std::vector<double> counts(r.histogramCounts.begin(), r.histogramCounts.end());
    m_histogram->setHistogram(r.histogramEdges, counts);
    m_histogram->setPercentiles(r.p10, r.p50, r.p90);
    m_fan->setFan(r.months, r.fanP10, r.fanP50, r.fanP90);

    auto money = [&](double v) {
        return charts::formatMoneyFull(v, currency);
    };
    QString text = QStringLiteral("<table>");
    auto row = [&](const QString &label, const QString &value) {
        text += QStringLiteral("<tr><td>%1</td><td align=\"right\">&nbsp;&nbsp;%2</td></tr>")
                    .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("NPV as entered"), money(r.deterministicNpv));
    row(tr("Mean"), money(r.mean));
    row(tr("Standard deviation"), money(r.sd));
    row(tr("P5"), money(r.p5));
    row(tr("P10"), money(r.p10));
    row(tr("P50 (median)"), money(r.p50));
    row(tr("P90"), money(r.p90));
    row(tr("P95"), money(r.p95));
    row(tr("Probability of NPV < 0"),
        QLocale().toString(r.probNegative * 100.0, 'f', 1) + QStringLiteral(" %"));
    text += QStringLiteral("</table>");
    m_summary->setText(text);

    m_drivers->setRowCount(int(r.drivers.size()));
    for (int i = 0; i < int(r.drivers.size()); ++i) {
        const DriverRankCorrelation &d = r.drivers[std::size_t(i)];
        auto *name = new QTableWidgetItem(driverLabel(d.driver));
        // What the driver scales, and the name used in files.
        name->setToolTip(driverHelp(d.driver) + QLatin1Char('\n') +
                         QString::fromStdString(d.driver));
        m_drivers->setItem(i, 0, name);
        auto *value = new QTableWidgetItem(QLocale().toString(d.rankCorrelation, 'f', 3));
        value->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        value->setData(CopyRole, d.rankCorrelation); // full precision, C locale when copied
        m_drivers->setItem(i, 1, value);
    }
}

void RiskView::updateControls()
{
    const bool running = m_thread != nullptr;
    const bool runnable = m_scenario && m_scenario->uncertainty;
    m_run->setEnabled(!running && runnable);
    m_cancel->setEnabled(running);
    m_paths->setEnabled(!running);
    m_seed->setEnabled(!running);
    m_threads->setEnabled(!running);
}

} // namespace fleetroi
