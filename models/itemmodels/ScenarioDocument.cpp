// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioDocument.h"

#include "ScenarioCommands.h"
#include "WorkspaceFileGuard.h"
#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "export/CsvImport.h"
#include "montecarlo/MonteCarloSampler.h"
#include "scenario/ScenarioReader.h"
#if __has_include("scenario/ScenarioWriter.h")
#include "scenario/ScenarioWriter.h"
#define FLEETROI_HAVE_WRITER 1
#endif

#include <QDate>
#include <QElapsedTimer>
#include <QFile>
#include <QFutureWatcher>
#include <QPromise>
#include <QSaveFile>
#include <QThreadPool>
#include <QTimer>
#include <QUndoStack>

#include <exception>

namespace fleetroi {

ScenarioDocument::ScenarioDocument(Scenario scenario, QObject *parent)
    : QObject(parent)
    , m_scenario(std::move(scenario))
    , m_undo(new QUndoStack(this))
    , m_recomputeTimer(new QTimer(this))
{
    // One recompute per event-loop turn, however many edits arrived in it.
    m_recomputeTimer->setSingleShot(true);
    m_recomputeTimer->setInterval(0);
    connect(m_recomputeTimer, &QTimer::timeout, this, &ScenarioDocument::scheduledRecompute);
    m_watcher = new QFutureWatcher<std::shared_ptr<Computed>>(this);
    connect(m_watcher, &QFutureWatcherBase::finished, this, &ScenarioDocument::backgroundFinished);
    m_analysisWatcher = new QFutureWatcher<std::shared_ptr<SensitivityAnalysis>>(this);
    connect(m_analysisWatcher, &QFutureWatcherBase::finished, this,
            &ScenarioDocument::sensitivityAnalysisFinished);
    connect(m_undo, &QUndoStack::cleanChanged, this,
            [this](bool clean) { emit modifiedChanged(!clean); });
    revalidate();
    m_recomputeTimer->start();
}

// One model run, made on a worker thread from a copy of the scenario.
struct ScenarioDocument::Computed
{
    quint64 generation = 0;
    ModelResults results;
    double ms = 0.0;
    QString error; // what the engine threw, empty when it computed
};

ScenarioDocument::~ScenarioDocument() = default;

ScenarioDocument *ScenarioDocument::openFile(const QString &path, QStringList *errors,
                                             QObject *parent)
{
    // Never the open workspace's files, under any name (WorkspaceFileGuard).
    if (const StorageStatus guard = WorkspaceFileGuard::checkUserFile(path); !guard.ok()) {
        if (errors)
            errors->append(guard.message);
        return nullptr;
    }
    const ScenarioReadResult r = readScenarioFile(QFile::encodeName(path).toStdString());
    if (!r.ok()) {
        if (errors)
            for (const ValidationError &e : r.errors)
                errors->append(QString::fromStdString(formatError(e)));
        return nullptr;
    }
    auto *doc = new ScenarioDocument(*r.scenario, parent);
    doc->setFilePath(path);
    return doc;
}

QByteArray ScenarioDocument::toJson(const Scenario &scenario)
{
#ifdef FLEETROI_HAVE_WRITER
    const std::string text = writeScenario(scenario);
    return QByteArray::fromStdString(text);
#else
    Q_UNUSED(scenario);
    return {};
#endif
}

bool ScenarioDocument::saveFile(const QString &path, QString *error) const
{
    const QByteArray bytes = toJson(m_scenario);
    if (bytes.isEmpty()) {
        if (error)
            *error = tr("This build cannot write scenario files.");
        return false;
    }
    if (const StorageStatus guard =
            WorkspaceFileGuard::checkUserFile(path, WorkspaceFileGuard::Access::Write);
        !guard.ok()) {
        if (error)
            *error = guard.message;
        return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Could not write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

void ScenarioDocument::setFilePath(const QString &path)
{
    m_filePath = path;
    emit locationChanged();
}

void ScenarioDocument::setWorkspaceIds(qint64 scenarioId, qint64 revisionId)
{
    m_workspaceId = scenarioId;
    m_revisionId = revisionId;
    emit locationChanged();
}

bool ScenarioDocument::isModified() const
{
    return !m_undo->isClean();
}

void ScenarioDocument::markSaved()
{
    m_undo->setClean();
}

// ---- editing: the command facade ----------------------------------------------------------

ScenarioCommands ScenarioDocument::commands()
{
    return ScenarioCommands(this);
}

bool ScenarioDocument::setValue(const QString &path, const QVariant &value, Edit edit)
{
    return commands().setValue(path, value, edit).ok;
}

bool ScenarioDocument::setPriceCurve(int skuRow, Price which, const PriceCurve &curve, Edit edit)
{
    return commands()
        .setPriceCurve(skuRow,
                       which == Price::Lease ? FieldId::SkuLeasePrice : FieldId::SkuCloudPrice,
                       curve, edit)
        .ok;
}

bool ScenarioDocument::setInternalDemand(const InternalDemand &demand, Edit edit)
{
    return commands().setInternalDemand(demand, edit).ok;
}

int ScenarioDocument::addSku(int copyRow)
{
    return commands().addSku(copyRow);
}

bool ScenarioDocument::removeSku(int row, QString *why)
{
    const EditResult r = commands().removeSku(row);
    if (!r && why)
        *why = r.message;
    return r.ok;
}

int ScenarioDocument::addPurchase(int copyRow)
{
    return commands().addPurchase(copyRow);
}

bool ScenarioDocument::removePurchase(int row)
{
    return commands().removePurchase(row).ok;
}

int ScenarioDocument::addProvenance(const Provenance &entry)
{
    return commands().addProvenance(entry);
}

bool ScenarioDocument::removeProvenance(int row)
{
    return commands().removeProvenance(row).ok;
}

bool ScenarioDocument::setProvenanceText(int row, int column, const QString &text)
{
    static constexpr FieldId byColumn[] = {FieldId::ProvenanceField, FieldId::ProvenanceSource,
                                           FieldId::ProvenanceDate, FieldId::ProvenanceNote};
    if (column < 0 || column > 3)
        return false;
    return commands().setProvenanceText(row, byColumn[column], text).ok;
}

bool ScenarioDocument::applyUsefulLife(const LifePreset &preset, int skuRow)
{
    return commands().applyBookLife(preset, skuRow).ok;
}

bool ScenarioDocument::setUncertainty(const std::optional<Uncertainty> &uncertainty,
                                      const QString &text, Edit edit, const QString &mergeKey)
{
    return commands().setUncertainty(uncertainty, text, edit, mergeKey).ok;
}

bool ScenarioDocument::applyCriticsCase()
{
    return commands().applyCriticsCase().ok;
}

exporting::PurchaseImport ScenarioDocument::pastePurchases(const QString &text)
{
    return commands().pastePurchases(text);
}

bool ScenarioDocument::appendPurchases(const std::vector<PurchaseTranche> &rows,
                                       const QString &text)
{
    return commands().appendPurchases(rows, text).ok;
}

QStringList ScenarioDocument::correlationProblems(const Uncertainty &uncertainty)
{
    QStringList out;
    for (const ValidationError &e : checkCorrelations(uncertainty))
        out << QString::fromStdString(e.message);
    return out;
}

QStringList ScenarioDocument::correlationProblems() const
{
    return m_scenario.uncertainty ? correlationProblems(*m_scenario.uncertainty) : QStringList();
}

int ScenarioDocument::provenanceIndex(const QString &path) const
{
    const std::string p = path.toStdString();
    for (std::size_t i = 0; i < m_scenario.provenance.size(); ++i)
        if (m_scenario.provenance[i].field == p)
            return int(i);
    return -1;
}

// ---- notifications from commands -------------------------------------------------------------

void ScenarioDocument::notifyValueChanged(const QString &path)
{
    emit valueChanged(path);
    scenarioTouched();
}

void ScenarioDocument::notifyRowsAboutToChange(Table table, int row, bool insert)
{
    if (insert)
        emit rowsAboutToBeInserted(table, row);
    else
        emit rowsAboutToBeRemoved(table, row);
}

void ScenarioDocument::notifyRowsChanged(Table table, int row, bool insert)
{
    if (insert)
        emit rowsInserted(table, row);
    else
        emit rowsRemoved(table, row);
    scenarioTouched();
}

void ScenarioDocument::scenarioTouched()
{
    ++m_generation;
    m_dirty = true;
    revalidate();
    emit changed();
    m_recomputeTimer->start();
}

// ---- validation and results ------------------------------------------------------------------

void ScenarioDocument::revalidate()
{
    QList<Message> messages;
    for (const ValidationError &e : validateScenario(m_scenario))
        messages.append({QString::fromStdString(e.path), QString::fromStdString(e.message)});
    const bool same = [&] {
        if (messages.size() != m_messages.size())
            return false;
        for (qsizetype i = 0; i < messages.size(); ++i)
            if (messages[i].path != m_messages[i].path || messages[i].text != m_messages[i].text)
                return false;
        return true;
    }();
    m_messages = std::move(messages);
    if (!same)
        emit validationChanged();
}

QString ScenarioDocument::validationMessage(const QString &path) const
{
    for (const Message &m : m_messages)
        if (m.path == path)
            return m.text;
    return {};
}

const ModelResults &ScenarioDocument::results()
{
    if (m_dirty)
        recompute();
    return m_results;
}

ModelOptions ScenarioDocument::modelOptions()
{
    // Views ask for book value by group and for the tranche table's scalar facts, never for
    // per-tranche monthly arrays: 6 x H doubles per tranche would cost about half a second
    // and 110 MB on every edit at 10,000 tranches.
    ModelOptions options;
    options.trancheSummary = true;
    options.groupings = {TrancheGroupBy::Sku, TrancheGroupBy::PurchaseYear,
                         TrancheGroupBy::Vintage};
    options.groupBalanceSheet = true; // the Balance sheet tab's groups (BalanceSheetView)
    return options;
}

bool ScenarioDocument::isComputing() const
{
    return m_watcher->isRunning();
}

void ScenarioDocument::scheduledRecompute()
{
    if (m_background)
        startBackgroundRecompute();
    else
        recompute();
}

void ScenarioDocument::startBackgroundRecompute()
{
    if (!m_dirty || m_watcher->isRunning())
        return; // a run under way: backgroundFinished() starts the next one
    if (!m_messages.isEmpty()) {
        recompute(); // nothing to compute: only marks the results stale
        return;
    }
    // The worker owns its copy of the scenario and its promise; the document only keeps the
    // watcher, so deleting the document while a run is under way is safe (the result is
    // then simply never delivered).
    auto promise = std::make_shared<QPromise<std::shared_ptr<Computed>>>();
    m_watcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, scenario = m_scenario, generation = m_generation] {
            auto c = std::make_shared<Computed>();
            c->generation = generation;
            QElapsedTimer clock;
            clock.start();
            try {
                c->results = computeModel(scenario, modelOptions());
            } catch (const std::exception &e) {
                c->error = QString::fromLocal8Bit(e.what());
            }
            c->ms = double(clock.nsecsElapsed()) / 1e6;
            promise->addResult(std::move(c));
            promise->finish();
        });
}

void ScenarioDocument::backgroundFinished()
{
    const QFuture<std::shared_ptr<Computed>> future = m_watcher->future();
    if (future.resultCount() > 0) {
        const std::shared_ptr<Computed> c = future.result();
        // Stale (an edit came in while it ran) or already superseded by a synchronous
        // recompute(): drop it.
        if (c && m_dirty && c->generation == m_generation && m_messages.isEmpty()) {
            m_dirty = false;
            m_computeMs = c->ms;
            if (c->error.isEmpty()) {
                m_results = std::move(c->results);
                m_resultsGeneration = c->generation;
                m_hasResults = true;
            } else {
                m_messages.append(
                    {QString(), tr("The model could not be computed: %1").arg(c->error)});
                emit validationChanged();
            }
            emit resultsChanged();
        }
    }
    if (m_dirty)
        m_recomputeTimer->start(); // the newest scenario next
}

void ScenarioDocument::recompute()
{
    m_recomputeTimer->stop();
    if (!m_dirty)
        return;
    m_dirty = false;
    if (!m_messages.isEmpty()) {
        // The engine trusts valid input only: keep the last valid results, marked stale.
        emit resultsChanged();
        return;
    }
    QElapsedTimer clock;
    clock.start();
    try {
        m_results = computeModel(m_scenario, modelOptions());
        m_resultsGeneration = m_generation;
        m_hasResults = true;
    } catch (const std::exception &e) {
        m_messages.append(
            {QString(),
             tr("The model could not be computed: %1").arg(QString::fromLocal8Bit(e.what()))});
        emit validationChanged();
    }
    m_computeMs = double(clock.nsecsElapsed()) / 1e6;
    emit resultsChanged();
}

const std::vector<SensitivityRow> &ScenarioDocument::sensitivity(double swing)
{
    if (m_sensitivityGeneration == m_generation && m_sensitivitySwing == swing)
        return m_sensitivity;
    if (m_messages.isEmpty()) {
        try {
            m_sensitivity = computeSensitivity(m_scenario, swing);
        } catch (const std::exception &) {
            m_sensitivity.clear();
        }
    }
    m_sensitivityGeneration = m_generation;
    m_sensitivitySwing = swing;
    return m_sensitivity;
}

const ScenarioDocument::NpvGrid &ScenarioDocument::leaseDemandGrid()
{
    if (m_gridGeneration == m_generation)
        return m_grid;
    m_gridGeneration = m_generation;
    if (!m_messages.isEmpty())
        return m_grid;
    m_grid = computeLeaseDemandGrid(m_scenario);
    return m_grid;
}

ScenarioDocument::NpvGrid ScenarioDocument::computeLeaseDemandGrid(const Scenario &scenario)
{
    // Factors 0.5 .. 1.5 in steps of 0.1 on both axes (121 NPV runs).
    NpvGrid g;
    for (int i = 0; i <= 10; ++i) {
        g.xFactors.push_back(0.5 + 0.1 * i);
        g.yFactors.push_back(0.5 + 0.1 * i);
    }
    g.npv.reserve(g.xFactors.size() * g.yFactors.size());
    // NPV is affine in a factor x on every lease price (the break-even lease factor rests on
    // the same fact, FleetModel.cpp): npv(x) = npv(1) + (x - 1) x slope with slope =
    // sum_t DF_t x lease_revenue_t x (1 - sales fraction) x (1 - tax rate). So one model run
    // per demand factor gives a whole row: 11 runs instead of 121 (at 10,000 tranches
    // 0.2 s instead of 2 s).
    try {
        ModelOptions options;
        options.irr = false;
        options.breakEvenLease = false;
        Scenario byDemand = scenario;
        for (double y : g.yFactors) {
            byDemand.internalDemand = scenario.internalDemand;
            applyDriverMultiplier(byDemand, DriverId::InternalDemand, y);
            const ModelResults r = computeModel(byDemand, options);
            double slope = 0.0;
            for (std::size_t t = 0; t < r.monthly.leaseRevenue.size(); ++t)
                slope += r.monthly.discountFactor[t] * r.monthly.leaseRevenue[t];
            slope *= (1.0 - scenario.leasing.salesCostFraction) * (1.0 - scenario.finance.taxRate);
            for (double x : g.xFactors)
                g.npv.push_back(r.kpis.npv + (x - 1.0) * slope);
        }
    } catch (const std::exception &) {
        g.npv.clear();
    }
    return g;
}

bool ScenarioDocument::sensitivityAnalysisCurrent(double swing) const
{
    return m_analysis && m_analysis->generation == m_generation && m_analysis->swing == swing;
}

bool ScenarioDocument::isComputingSensitivity() const
{
    return m_analysisWatcher->isRunning();
}

void ScenarioDocument::requestSensitivityAnalysis(double swing)
{
    m_analysisSwing = swing;
    startSensitivityAnalysis();
}

void ScenarioDocument::startSensitivityAnalysis()
{
    if (m_analysisSwing < 0.0 || !m_messages.isEmpty() || m_analysisWatcher->isRunning() ||
        sensitivityAnalysisCurrent(m_analysisSwing))
        return; // nothing wanted, nothing to compute, a run under way (its end starts the next)
    // As the background recompute: the worker owns its copy of the scenario and its promise.
    auto promise = std::make_shared<QPromise<std::shared_ptr<SensitivityAnalysis>>>();
    m_analysisWatcher->setFuture(promise->future());
    promise->start();
    QThreadPool::globalInstance()->start(
        [promise, scenario = m_scenario, generation = m_generation, swing = m_analysisSwing] {
            auto a = std::make_shared<SensitivityAnalysis>();
            a->generation = generation;
            a->swing = swing;
            try {
                a->baseNpv = computeNpv(scenario);
                a->rows = computeSensitivity(scenario, swing);
            } catch (const std::exception &) {
                a->rows.clear();
            }
            a->grid = computeLeaseDemandGrid(scenario);
            promise->addResult(std::move(a));
            promise->finish();
        });
}

void ScenarioDocument::sensitivityAnalysisFinished()
{
    const auto future = m_analysisWatcher->future();
    if (future.resultCount() > 0 && future.result()) {
        // Kept even when an edit made it stale: the tab shows it until the newer one lands.
        m_analysis = future.result();
        emit sensitivityAnalysisChanged();
    }
    startSensitivityAnalysis(); // the newest request, if this one was not it
}

} // namespace fleetroi
