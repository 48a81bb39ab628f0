// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioDocument.h"

#include "DisplayFormat.h"
#include "ScenarioCommands.h"
#include "ScenarioFields.h"
#include "UncertaintyPresets.h"
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

using detail::ChangeValue;
using detail::InsertRemoveRow;

QList<ScenarioDocument::LifePreset> ScenarioDocument::usefulLifePresets()
{
    // Server and network equipment lives as disclosed in 10-K filings (FY2024/2025).
    return {{tr("Meta (5.5 years)"), 66},
            {tr("Microsoft, Alphabet, CoreWeave (6 years)"), 72},
            {tr("Amazon (5 years)"), 60},
            {tr("Nebius (4 years)"), 48},
            {tr("Critics' case (3 years)"), 36}};
}

Scenario ScenarioDocument::newScenario()
{
    Scenario s;
    s.name = tr("New scenario").toStdString();
    const QDate today = QDate::currentDate();
    s.startYear = today.year();
    s.startMonth = today.month();
    s.horizonMonths = 60;
    Sku h100;
    h100.id = "h100";
    h100.name = "H100 SXM";
    h100.gpuPrice = 25000;
    h100.serverCost = 60000;
    h100.networkCostPerGpu = 3500;
    h100.powerKwPerGpu = 1.275;
    h100.usefulLifeMonths = 60;
    h100.operatingLifeMonths = 60;
    h100.leasePrice = {PriceCurve::Kind::Growth, 2.2, -0.2, {}};
    h100.cloudPrice = {PriceCurve::Kind::Growth, 3.0, -0.15, {}};
    s.skus.push_back(h100);
    PurchaseTranche t;
    t.sku = "h100";
    t.gpus = 1024;
    s.purchases.push_back(t);
    s.internalDemand.computeHours = 300000;
    return s;
}

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

// ---- editing ---------------------------------------------------------------------------------

QString ScenarioDocument::undoText(const QString &path, const QVariant &value) const
{
    const FieldInfo f = ScenarioFields::info(path);
    QString shown;
    if (f.kind == FieldKind::Number && value.isValid() && !value.toString().isEmpty()) {
        const double d = value.toDouble();
        shown = f.isPercent()
                    ? DisplayFormat::percent(d, f.decimals)
                    : DisplayFormat::number(d, f.decimals == 0 && d < 100 ? 2 : f.decimals);
    } else if (f.kind == FieldKind::Choice) {
        for (const ChoiceOption &c : f.choices)
            if (c.value == value.toString())
                shown = c.label;
    } else if (f.kind == FieldKind::Month) {
        shown = DisplayFormat::month(m_scenario.startYear, m_scenario.startMonth, value.toInt());
    } else if (f.kind == FieldKind::Boolean) {
        shown = value.toBool() ? tr("on") : tr("off");
    } else {
        shown = value.toString();
    }
    if (shown.size() > 40)
        shown = shown.left(37) + QStringLiteral("...");
    if (shown.isEmpty())
        return tr("Clear %1").arg(ScenarioFields::describe(m_scenario, path));
    return tr("Set %1 to %2").arg(ScenarioFields::describe(m_scenario, path), shown);
}

bool ScenarioDocument::setValue(const QString &path, const QVariant &value, Edit edit)
{
    // Try on a copy first: a refused value (bad text, duplicate id) makes no command.
    Scenario probe = m_scenario;
    if (!ScenarioFields::setValue(probe, path, value))
        return false;
    if (probe == m_scenario)
        return true;
    auto *cmd = new ChangeValue<QVariant>(
        this, path, [path](const Scenario &s) { return ScenarioFields::value(s, path); },
        [path](Scenario &s, const QVariant &v) { return ScenarioFields::setValue(s, path, v); },
        ScenarioFields::value(probe, path), edit == Edit::Continuous, undoText(path, value));
    m_undo->push(cmd);
    return true;
}

bool ScenarioDocument::setPriceCurve(int skuRow, Price which, const PriceCurve &curve, Edit edit)
{
    if (skuRow < 0 || skuRow >= int(m_scenario.skus.size()))
        return false;
    const bool lease = which == Price::Lease;
    const PriceCurve &current = lease ? m_scenario.skus[std::size_t(skuRow)].leasePrice
                                      : m_scenario.skus[std::size_t(skuRow)].cloudPrice;
    if (current == curve)
        return true;
    const QString path = ScenarioFields::skuPath(skuRow, lease ? QStringLiteral("lease_price")
                                                               : QStringLiteral("cloud_price"));
    auto get = [skuRow, lease](const Scenario &s) {
        const Sku &k = s.skus[std::size_t(skuRow)];
        return lease ? k.leasePrice : k.cloudPrice;
    };
    auto set = [skuRow, lease](Scenario &s, const PriceCurve &c) {
        Sku &k = s.skus[std::size_t(skuRow)];
        (lease ? k.leasePrice : k.cloudPrice) = c;
        return true;
    };
    const QString text = tr("Change %1").arg(ScenarioFields::describe(m_scenario, path));
    m_undo->push(
        new ChangeValue<PriceCurve>(this, path, get, set, curve, edit == Edit::Continuous, text));
    return true;
}

bool ScenarioDocument::setInternalDemand(const InternalDemand &demand, Edit edit)
{
    if (demand == m_scenario.internalDemand)
        return true;
    auto get = [](const Scenario &s) {
        return s.internalDemand;
    };
    auto set = [](Scenario &s, const InternalDemand &d) {
        s.internalDemand = d;
        return true;
    };
    const QString text = demand.isSeries != m_scenario.internalDemand.isSeries
                             ? (demand.isSeries ? tr("Enter internal demand as a monthly series")
                                                : tr("Enter internal demand as growth"))
                             : tr("Change internal demand");
    m_undo->push(new ChangeValue<InternalDemand>(this, QStringLiteral("internal_demand"), get, set,
                                                 demand, edit == Edit::Continuous, text));
    return true;
}

int ScenarioDocument::addSku(int copyRow)
{
    Sku sku = copyRow >= 0 && copyRow < int(m_scenario.skus.size())
                  ? m_scenario.skus[std::size_t(copyRow)]
                  : newScenario().skus.front();
    const std::string base = copyRow >= 0 ? sku.id : std::string("gpu");
    for (int n = 2;; ++n) {
        std::string id = base.substr(0, 28) + '-' + std::to_string(n);
        if (m_scenario.skuIndex(id) < 0) {
            sku.id = id;
            break;
        }
    }
    if (copyRow >= 0)
        sku.name += tr(" (copy)").toStdString();
    const int row = int(m_scenario.skus.size());
    m_undo->push(new InsertRemoveRow<Sku>(
        this, Table::Skus, [](Scenario &s) -> std::vector<Sku> & { return s.skus; }, row, sku, true,
        tr("Add GPU type %1").arg(QString::fromStdString(sku.name))));
    return row;
}

bool ScenarioDocument::removeSku(int row, QString *why)
{
    if (row < 0 || row >= int(m_scenario.skus.size()))
        return false;
    const Sku &sku = m_scenario.skus[std::size_t(row)];
    if (m_scenario.skus.size() == 1) {
        if (why)
            *why = tr("A scenario needs at least one GPU type.");
        return false;
    }
    int uses = 0;
    for (const PurchaseTranche &t : m_scenario.purchases)
        uses += t.sku == sku.id ? 1 : 0;
    if (uses > 0) {
        if (why)
            *why = tr("%n purchase(s) buy %1; remove or change them first.", nullptr, uses)
                       .arg(QString::fromStdString(sku.name));
        return false;
    }
    m_undo->push(new InsertRemoveRow<Sku>(
        this, Table::Skus, [](Scenario &s) -> std::vector<Sku> & { return s.skus; }, row, sku,
        false, tr("Remove GPU type %1").arg(QString::fromStdString(sku.name))));
    return true;
}

int ScenarioDocument::addPurchase(int copyRow)
{
    PurchaseTranche t;
    if (copyRow >= 0 && copyRow < int(m_scenario.purchases.size())) {
        t = m_scenario.purchases[std::size_t(copyRow)];
    } else if (!m_scenario.purchases.empty()) {
        t = m_scenario.purchases.back();
        t.label.clear();
        t.gpuPrice.reset();
    } else {
        t.sku = m_scenario.skus.empty() ? std::string() : m_scenario.skus.front().id;
        t.gpus = 1024;
    }
    const int row = int(m_scenario.purchases.size());
    m_undo->push(new InsertRemoveRow<PurchaseTranche>(
        this, Table::Purchases,
        [](Scenario &s) -> std::vector<PurchaseTranche> & { return s.purchases; }, row, t, true,
        tr("Add purchase %1").arg(row + 1)));
    return row;
}

bool ScenarioDocument::removePurchase(int row)
{
    if (row < 0 || row >= int(m_scenario.purchases.size()))
        return false;
    m_undo->push(new InsertRemoveRow<PurchaseTranche>(
        this, Table::Purchases,
        [](Scenario &s) -> std::vector<PurchaseTranche> & { return s.purchases; }, row,
        m_scenario.purchases[std::size_t(row)], false, tr("Remove purchase %1").arg(row + 1)));
    return true;
}

int ScenarioDocument::addProvenance(const Provenance &entry)
{
    const int row = int(m_scenario.provenance.size());
    m_undo->push(new InsertRemoveRow<Provenance>(
        this, Table::Provenance,
        [](Scenario &s) -> std::vector<Provenance> & { return s.provenance; }, row, entry, true,
        tr("Add source for %1")
            .arg(ScenarioFields::describe(m_scenario, QString::fromStdString(entry.field)))));
    return row;
}

bool ScenarioDocument::removeProvenance(int row)
{
    if (row < 0 || row >= int(m_scenario.provenance.size()))
        return false;
    const Provenance &p = m_scenario.provenance[std::size_t(row)];
    m_undo->push(new InsertRemoveRow<Provenance>(
        this, Table::Provenance,
        [](Scenario &s) -> std::vector<Provenance> & { return s.provenance; }, row, p, false,
        tr("Remove source for %1")
            .arg(ScenarioFields::describe(m_scenario, QString::fromStdString(p.field)))));
    return true;
}

bool ScenarioDocument::setProvenanceText(int row, int column, const QString &text)
{
    if (row < 0 || row >= int(m_scenario.provenance.size()) || column < 0 || column > 3)
        return false;
    auto member = [column](Provenance &p) -> std::string & {
        switch (column) {
        case 0:
            return p.field;
        case 1:
            return p.source;
        case 2:
            return p.date;
        default:
            return p.note;
        }
    };
    const std::string value = text.toStdString();
    Provenance current = m_scenario.provenance[std::size_t(row)];
    if (member(current) == value)
        return true;
    const QString key = QStringLiteral("provenance[%1].%2").arg(row).arg(column);
    auto get = [row](const Scenario &s) {
        return s.provenance[std::size_t(row)];
    };
    auto set = [row](Scenario &s, const Provenance &p) {
        s.provenance[std::size_t(row)] = p;
        return true;
    };
    Provenance changed = current;
    member(changed) = value;
    static const char *const names[] = {QT_TR_NOOP("field"), QT_TR_NOOP("source"),
                                        QT_TR_NOOP("date"), QT_TR_NOOP("note")};
    m_undo->push(new ChangeValue<Provenance>(
        this, key, get, set, changed, false,
        tr("Edit %1 of the source for %2")
            .arg(tr(names[column]),
                 ScenarioFields::describe(m_scenario, QString::fromStdString(current.field)))));
    return true;
}

bool ScenarioDocument::applyUsefulLife(const LifePreset &preset, int skuRow)
{
    const int first = skuRow < 0 ? 0 : skuRow;
    const int last = skuRow < 0 ? int(m_scenario.skus.size()) - 1 : skuRow;
    if (first > last || last >= int(m_scenario.skus.size()))
        return false;
    // The presets are accounting choices (the depreciation life disclosed in filings): they
    // change useful_life_months only. The operating life drives the cash flows (months in
    // service, disposal) and is edited on its own, so picking an accounting policy never
    // silently moves revenue or proceeds (issue #16).
    m_undo->beginMacro(tr("Apply book life: %1").arg(preset.name));
    for (int r = first; r <= last; ++r)
        setValue(ScenarioFields::skuPath(r, QStringLiteral("useful_life_months")), preset.months);
    m_undo->endMacro();
    return true;
}

bool ScenarioDocument::setUncertainty(const std::optional<Uncertainty> &uncertainty,
                                      const QString &text, Edit edit, const QString &mergeKey)
{
    if (uncertainty == m_scenario.uncertainty)
        return true;
    auto get = [](const Scenario &s) {
        return s.uncertainty;
    };
    auto set = [](Scenario &s, const std::optional<Uncertainty> &u) {
        s.uncertainty = u;
        return true;
    };
    m_undo->push(new ChangeValue<std::optional<Uncertainty>>(
        this,
        mergeKey.startsWith(QStringLiteral("uncertainty")) ? mergeKey
                                                           : QStringLiteral("uncertainty"),
        get, set, uncertainty, edit == Edit::Continuous, text));
    return true;
}

bool ScenarioDocument::applyCriticsCase()
{
    return setUncertainty(UncertaintyPresets::criticsCase(m_scenario.uncertainty),
                          tr("Apply the critics' case to the risk set-up"));
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

exporting::PurchaseImport ScenarioDocument::pastePurchases(const QString &text)
{
    // Spreadsheets put tab-separated cells on the clipboard: the CSV import reads them with
    // the tab as delimiter and its checks unchanged; the decimal separator is left to its
    // detection (a German Excel copies 24999,5).
    exporting::CsvOptions options;
    options.delimiter = QLatin1Char('\t');
    exporting::PurchaseImport parsed = exporting::parsePurchaseCsv(text, m_scenario, options);
    appendPurchases(parsed.purchases,
                    tr("Paste %n purchase(s)", nullptr, int(parsed.purchases.size())));
    return parsed;
}

bool ScenarioDocument::appendPurchases(const std::vector<PurchaseTranche> &rows,
                                       const QString &text)
{
    if (rows.empty())
        return false;
    m_undo->beginMacro(text);
    for (const PurchaseTranche &t : rows) {
        const int row = int(m_scenario.purchases.size());
        m_undo->push(new InsertRemoveRow<PurchaseTranche>(
            this, Table::Purchases,
            [](Scenario &s) -> std::vector<PurchaseTranche> & { return s.purchases; }, row, t, true,
            tr("Add purchase %1").arg(row + 1)));
    }
    m_undo->endMacro();
    return true;
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
            applyDriverMultiplier(byDemand, "internal_demand", y);
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
