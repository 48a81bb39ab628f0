// SPDX-License-Identifier: GPL-3.0-or-later
// One open scenario: the Scenario value, its undo stack and modified state, where it lives,
// its validation messages and its computed results, and the signals views follow. Widgets
// edit it only through the command facade (commands(), ScenarioCommands.h: one undoable
// step per call) and learn about changes from the signals below: they never see an undo
// command.
#pragma once

#include "ScenarioCatalogs.h"
#include "engine/FleetModel.h"
#include "engine/ModelResults.h"
#include "scenario/Scenario.h"

#include <QList>
#include <QObject>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>
#include <vector>

class QUndoStack;
class QTimer;
template <typename T> class QFutureWatcher;

namespace fleetroi {

namespace exporting {
struct PurchaseImport;
} // namespace exporting

class ScenarioCommands;

class ScenarioDocument : public QObject
{
    Q_OBJECT
public:
    enum class Table
    {
        Skus,
        Purchases,
        Provenance
    };
    // Continuous edits (a spin box stepping while the mouse is held) merge into one undo step.
    enum class Edit
    {
        Single,
        Continuous
    };
    enum class Price
    {
        Lease,
        Cloud
    };

    struct Message
    {
        QString path; // file path of the field, "" for the whole scenario
        QString text; // the validator's rule, in the file's words
    };

    // Book-life presets from company filings (the business catalog, ScenarioCatalogs.h).
    using LifePreset = fleetroi::LifePreset;
    static QList<LifePreset> usefulLifePresets() { return ScenarioCatalogs::usefulLifePresets(); }

    // A small valid scenario to start from (ScenarioCatalogs::newScenario).
    static Scenario newScenario() { return ScenarioCatalogs::newScenario(); }

    explicit ScenarioDocument(Scenario scenario, QObject *parent = nullptr);
    ~ScenarioDocument() override;

    // Reads and validates a .fleetroi.json file; nullptr with every problem in `errors`.
    static ScenarioDocument *openFile(const QString &path, QStringList *errors,
                                      QObject *parent = nullptr);
    // Writes the scenario as a .fleetroi.json file (C locale, every key spelled out).
    bool saveFile(const QString &path, QString *error) const;
    // The scenario as file text (UTF-8 JSON), or empty when no writer is available.
    static QByteArray toJson(const Scenario &scenario);

    const Scenario &scenario() const { return m_scenario; }
    QString name() const { return QString::fromStdString(m_scenario.name); }
    QString currency() const { return QString::fromStdString(m_scenario.currency); }
    QUndoStack *undoStack() const { return m_undo; }

    // Where the scenario lives: a file path and/or a workspace scenario and revision.
    QString filePath() const { return m_filePath; }
    void setFilePath(const QString &path);
    qint64 workspaceScenarioId() const { return m_workspaceId; }
    qint64 workspaceRevisionId() const { return m_revisionId; }
    void setWorkspaceIds(qint64 scenarioId, qint64 revisionId);

    // Modified = the undo stack is not at its clean index (Tiled).
    bool isModified() const;
    void markSaved();

    // ---- editing -------------------------------------------------------------------------------
    // The command facade of this document: every user edit, in the analyst's terms, as one
    // undoable step (ScenarioCommands.h). A light handle; include ScenarioCommands.h to use it.
    ScenarioCommands commands();

    // The facade's calls that existed on the document before the facade, kept for their
    // callers with the same meaning (false = refused, nothing changed). New code calls
    // commands(), which also says why a value is refused.
    // A scalar field by its path (ScenarioFields); out-of-range values are refused.
    bool setValue(const QString &path, const QVariant &value, Edit edit = Edit::Single);
    bool setPriceCurve(int skuRow, Price which, const PriceCurve &curve, Edit edit = Edit::Single);
    bool setInternalDemand(const InternalDemand &demand, Edit edit = Edit::Single);
    int addSku(int copyRow = -1);
    // Refused (false, reason in `why`) while purchases use the SKU or it is the last one.
    bool removeSku(int row, QString *why = nullptr);
    int addPurchase(int copyRow = -1);
    bool removePurchase(int row);
    int addProvenance(const Provenance &entry);
    bool removeProvenance(int row);
    // column: 0 field, 1 source, 2 date, 3 note.
    bool setProvenanceText(int row, int column, const QString &text);
    // The book life of every SKU (row -1) or of one SKU in one step; the operating life stays.
    bool applyUsefulLife(const LifePreset &preset, int skuRow = -1);
    // Replaces the `uncertainty` block (nullopt removes it) in one step named `text`;
    // continuous edits with the same `mergeKey` merge; valueChanged(mergeKey) follows.
    bool setUncertainty(const std::optional<Uncertainty> &uncertainty, const QString &text,
                        Edit edit = Edit::Single, const QString &mergeKey = QString());
    bool applyCriticsCase();
    // Pasted spreadsheet cells as purchases in one step (ScenarioCommands::pastePurchases):
    // the accepted rows and every refused row with its 1-based line and reason.
    exporting::PurchaseImport pastePurchases(const QString &text);
    bool appendPurchases(const std::vector<PurchaseTranche> &rows, const QString &text);

    // The core's consistency check of the correlations (checkCorrelations in
    // models/core/montecarlo): one message per inconsistent group of correlated drivers,
    // naming its pairs; empty when the set is consistent or there is no block.
    static QStringList correlationProblems(const Uncertainty &uncertainty);
    QStringList correlationProblems() const;

    // Index of the provenance entry for a field path, or -1.
    int provenanceIndex(const QString &path) const;

    // ---- validation and results -------------------------------------------------------------
    const QList<Message> &validationMessages() const { return m_messages; }
    // The first message for a path ("" when it is fine).
    QString validationMessage(const QString &path) const;
    bool isValid() const { return m_messages.isEmpty(); }

    // The model's results for the current scenario, recomputed now (on the calling thread)
    // if an edit is pending. When the scenario is invalid these are the last valid results
    // (resultsCurrent() is false). They hold the KPIs, the monthly series, book value by
    // SKU, purchase year and vintage (ModelResults::groups) and the tranche summary (scalar
    // facts), never per-tranche monthly arrays (exports compute those themselves).
    const ModelResults &results();
    // The results as they are, without computing: after an edit they describe the scenario
    // of resultsGeneration() until the background recompute lands (resultsChanged). Views
    // use this so that drawing never waits for the model.
    const ModelResults &lastResults() const { return m_results; }
    bool hasResults() const { return m_hasResults; }
    bool resultsCurrent() const { return m_hasResults && m_messages.isEmpty() && !m_dirty; }
    double lastComputeMilliseconds() const { return m_computeMs; }
    // Increases with every change of the scenario (for caches in views).
    quint64 generation() const { return m_generation; }
    // The generation of the scenario that lastResults() describe.
    quint64 resultsGeneration() const { return m_resultsGeneration; }

    // Background recompute (default on): edits are computed on a worker thread, at most one
    // run at a time; a result that an edit made stale while it ran is dropped and the newest
    // scenario computed next, so typing never waits for the model. Off: the recompute runs
    // on the GUI thread once per event-loop turn.
    void setBackgroundRecompute(bool on) { m_background = on; }
    bool backgroundRecompute() const { return m_background; }
    // True while a background run is under way.
    bool isComputing() const;
    // The options every recompute uses (tests compare a synchronous run with them).
    static ModelOptions modelOptions();

    // Tornado rows for a swing (0.2 = +-20 %); cached per generation and swing.
    const std::vector<SensitivityRow> &sensitivity(double swing);
    // NPV over lease-price factor (x) and internal-demand factor (y), row-major by y:
    // npv[iy * xFactors.size() + ix].
    struct NpvGrid
    {
        std::vector<double> xFactors;
        std::vector<double> yFactors;
        std::vector<double> npv;
    };
    const NpvGrid &leaseDemandGrid();
    // The same grid for any valid scenario (empty npv when the engine refuses it).
    static NpvGrid computeLeaseDemandGrid(const Scenario &scenario);

    // The Sensitivity tab's figures, computed on a worker thread so that editing never waits
    // for them (the tornado is 20 model runs, the grid 11: about 1 s at 10,000 tranches).
    struct SensitivityAnalysis
    {
        quint64 generation = 0; // of the scenario they describe
        double swing = 0.0;
        double baseNpv = 0.0;             // computeNpv of that scenario
        std::vector<SensitivityRow> rows; // computeSensitivity(scenario, swing)
        NpvGrid grid;                     // computeLeaseDemandGrid(scenario)
    };
    // Starts a run for the current scenario and `swing` unless its result is here already or
    // under way; at most one run at a time, and a request made while one runs is computed
    // when it lands (only the newest). Invalid scenarios are not computed.
    // sensitivityAnalysisChanged() says when a result lands.
    void requestSensitivityAnalysis(double swing);
    // The last result that landed (nullptr before the first): it may describe an older
    // scenario or swing (sensitivityAnalysisCurrent()).
    const SensitivityAnalysis *sensitivityAnalysis() const { return m_analysis.get(); }
    bool sensitivityAnalysisCurrent(double swing) const;
    bool isComputingSensitivity() const;

    // Recomputes now on the calling thread (normally this happens in the background after
    // edits); a background run still under way is then dropped when it lands.
    void recompute();

    // ---- for the undo commands (detail::), not for widgets -----------------------------------
    Scenario &mutableScenario() { return m_scenario; }
    void notifyValueChanged(const QString &path);
    void notifyRowsAboutToChange(Table table, int row, bool insert);
    void notifyRowsChanged(Table table, int row, bool insert);

signals:
    // A scalar field or a whole value (price curve "skus[0].lease_price", "internal_demand")
    // changed.
    void valueChanged(const QString &path);
    void rowsAboutToBeInserted(fleetroi::ScenarioDocument::Table table, int row);
    void rowsInserted(fleetroi::ScenarioDocument::Table table, int row);
    void rowsAboutToBeRemoved(fleetroi::ScenarioDocument::Table table, int row);
    void rowsRemoved(fleetroi::ScenarioDocument::Table table, int row);
    // Any change of the scenario (after the specific signal above).
    void changed();
    void validationChanged();
    void resultsChanged();
    // A requestSensitivityAnalysis() result landed (sensitivityAnalysis()).
    void sensitivityAnalysisChanged();
    void modifiedChanged(bool modified);
    void locationChanged();

private:
    struct Computed;
    void scheduledRecompute();
    void startBackgroundRecompute();
    void backgroundFinished();
    void startSensitivityAnalysis();
    void sensitivityAnalysisFinished();
    void scenarioTouched();
    void revalidate();

    Scenario m_scenario;
    QUndoStack *m_undo = nullptr;
    QTimer *m_recomputeTimer = nullptr;
    QString m_filePath;
    qint64 m_workspaceId = -1;
    qint64 m_revisionId = -1;
    QList<Message> m_messages;
    ModelResults m_results;
    quint64 m_resultsGeneration = 0;
    bool m_background = true;
    QFutureWatcher<std::shared_ptr<Computed>> *m_watcher = nullptr;
    bool m_hasResults = false;
    bool m_dirty = true;
    double m_computeMs = 0.0;
    quint64 m_generation = 0;
    std::vector<SensitivityRow> m_sensitivity;
    quint64 m_sensitivityGeneration = ~quint64(0);
    double m_sensitivitySwing = -1.0;
    NpvGrid m_grid;
    quint64 m_gridGeneration = ~quint64(0);
    QFutureWatcher<std::shared_ptr<SensitivityAnalysis>> *m_analysisWatcher = nullptr;
    std::shared_ptr<const SensitivityAnalysis> m_analysis;
    double m_analysisSwing = -1.0; // of the newest request (< 0: none)
};

} // namespace fleetroi
