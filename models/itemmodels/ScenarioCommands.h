// SPDX-License-Identifier: GPL-3.0-or-later
// The command facade of a scenario document (Subsurface's commands/command.h): every edit a
// user can make, in the analyst's terms, each ONE undoable step. Widgets call these and learn
// about the change from the document's signals; they never see an undo command, never open
// an undo macro and never spell a path of the scenario file. A step made of several changes
// (a book-life preset on every GPU type, removing a market value together with its age
// discount, a goal-seek answer) is composed here.
//
// Every value is checked against the format's rule for its field (ScenarioSchema.h, the rules
// the file validation applies) before anything changes: a refused edit pushes no step, leaves
// the scenario as it was and says why in EditResult::message, naming the field, its range with
// the unit, and the value given.
//
// A ScenarioCommands is a light handle on one document; make one where needed
// (ScenarioCommands(doc) or doc->commands()).
#pragma once

#include "ScenarioCatalogs.h"
#include "ScenarioDocument.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioSchema.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace fleetroi {

namespace exporting {
struct PurchaseImport;
} // namespace exporting

// The outcome of one edit: done (possibly with nothing to change, then no step is pushed) or
// refused with the reason in the analyst's words.
struct EditResult
{
    bool ok = true;
    QString message; // why it was refused ("" when ok)

    explicit operator bool() const { return ok; }
    static EditResult done() { return {}; }
    static EditResult refused(const QString &why) { return {false, why}; }
};

class ScenarioCommands
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::ScenarioCommands)
public:
    using Edit = ScenarioDocument::Edit;

    explicit ScenarioCommands(ScenarioDocument *doc);

    // ---- scalar fields ------------------------------------------------------------------------
    // A scalar field outside the lists: top level, finance, operations, leasing and the
    // growth form of the internal demand (FieldId::DiscountRate, FieldId::DemandComputeHours
    // ...). `value` in stored units (a fraction, not a percent): double, int, QString for
    // text and the file spelling of a choice, bool. Continuous edits of the same field merge.
    EditResult setField(FieldId field, const QVariant &value, Edit edit = Edit::Single);
    // A scalar field of the GPU type in row `sku` (FieldId::SkuGpuPrice ...). Renaming the id
    // renames the purchases' references in the same step; an id in use is refused.
    EditResult setSkuField(int sku, FieldId field, const QVariant &value, Edit edit = Edit::Single);
    // A field of the purchase in row `purchase` (FieldId::PurchaseGpus ...); an invalid or
    // empty value clears the optional GPU-price override.
    EditResult setPurchaseField(int purchase, FieldId field, const QVariant &value,
                                Edit edit = Edit::Single);
    // The same by the field's file path ("skus[0].gpu_price"), for the generic editors whose
    // cells carry a path (ScenarioTableModel, FieldEditor).
    EditResult setValue(const QString &path, const QVariant &value, Edit edit = Edit::Single);
    // The calendar month of month 0 (month 1-12).
    EditResult setStart(int year, int month, Edit edit = Edit::Single);

    // ---- curves and the model 1.1 inputs of a GPU type --------------------------------------
    // Sets the lease price (FieldId::SkuLeasePrice), the cloud price (SkuCloudPrice) or the
    // market value (SkuMarketValue; turns it on when it was off) of the GPU type in row `sku`.
    // Prices per GPU-hour (lease, cloud) or per GPU (market value) in the scenario's
    // currency. Checked as the file validation checks a curve: start and each point's price
    // in the price range, annual change -100 %..+1000 %, at least one point, point months
    // strictly increasing in 0..1000.
    EditResult setPriceCurve(int sku, FieldId curve, const PriceCurve &value,
                             Edit edit = Edit::Single);
    // Gives (curve) or takes (nullopt) the market value of a GPU type. Taking it also sets
    // the age discount to 0 in the same step (the format refuses an age discount without a
    // curve).
    EditResult setMarketValue(int sku, const std::optional<PriceCurve> &curve,
                              Edit edit = Edit::Single);
    // Sets (or removes) the change in estimate of the book life: from month `change.month`
    // (0..H-1) the book life is `change.usefulLifeMonths` (1..240).
    EditResult setUsefulLifeChange(int sku, const std::optional<UsefulLifeChange> &change);
    // A book-life preset as the book life of every GPU type (sku -1) or of one, one step
    // named "Apply book life: <preset>". The operating life is left as it is (issue #16).
    EditResult applyBookLife(const LifePreset &preset, int sku = -1);
    // A book-life preset as a change in accounting estimate from `month` (0..H-1) for every
    // GPU type (sku -1) or one, one step; earlier changes in estimate are replaced.
    EditResult applyBookLifeFrom(const LifePreset &preset, int month, int sku = -1);

    // ---- internal demand -----------------------------------------------------------------------
    // Replaces the whole internal demand (growth form or series) in one step. Not checked
    // here beyond equality (a series of the wrong length shows as a validation message).
    EditResult setInternalDemand(const InternalDemand &demand, Edit edit = Edit::Single);
    // Switches between the growth form and a monthly series without changing a number: the
    // series starts as the growth path (compute_hours x (1 + growth)^(t / 12)), the growth
    // form from the series' first month with the growth kept.
    EditResult enterDemandAsSeries(bool series);
    // The monthly series, one value per month of the horizon (compute hours per month), each
    // in the format's range.
    EditResult setDemandSeries(const std::vector<double> &hoursByMonth);

    // ---- risk set-up (the `uncertainty` block) ---------------------------------------------
    // Makes a sensitivity driver uncertain with UncertaintyPresets::defaultDistribution
    // (the block is created when there is none; drivers stay in MODEL.md's order), or takes
    // it as entered again (its correlations go with it).
    EditResult setDriverUncertain(const std::string &driver, bool uncertain);
    // Changes the kind of a driver's distribution, keeping its mean and about its spread
    // (rounded to 0.01).
    EditResult setDriverKind(const std::string &driver, DriverDistribution::Kind kind);
    // Parameter k (0: a = min / min / mean, 1: b = mode / max / sd, 2: c = max of a
    // triangle) of an uncertain driver. Continuous edits of one driver merge.
    EditResult setDriverParameter(const std::string &driver, int k, double value,
                                  Edit edit = Edit::Single);
    // Monte Carlo paths and seed of an existing block, in the format's ranges.
    EditResult setMonteCarloPaths(std::int64_t paths, Edit edit = Edit::Single);
    EditResult setMonteCarloSeed(std::uint64_t seed, Edit edit = Edit::Single);
    // The correlation of two uncertain drivers, -1..1; 0 removes the pair.
    EditResult setCorrelation(const std::string &a, const std::string &b, double rho);
    // The critics' case (UncertaintyPresets::criticsCase), and removing the block.
    EditResult applyCriticsCase();
    EditResult removeUncertainty();
    // A distribution in words for undo texts and tooltips: "triangular 0.8 / 1 / 1.2".
    static QString describeDistribution(const DriverDistribution &d);
    // Replaces the block (nullopt removes it) in one step named `text`; continuous edits with
    // the same `mergeKey` merge (valueChanged(mergeKey) follows; a key not inside the block's
    // path is replaced by it).
    EditResult setUncertainty(const std::optional<Uncertainty> &uncertainty, const QString &text,
                              Edit edit, const QString &mergeKey);

    // ---- rows --------------------------------------------------------------------------------
    // Appends a copy of the GPU type in `copyRow` (or ScenarioCatalogs::defaultSku() for -1)
    // with a fresh id; the new row.
    int addSku(int copyRow = -1);
    // Refused while purchases buy the GPU type or it is the last one.
    EditResult removeSku(int row);
    // Appends a copy of `copyRow`, or ScenarioCatalogs::nextPurchase(); the new row.
    int addPurchase(int copyRow = -1);
    EditResult removePurchase(int row);
    // Appends tranches in one step named `text`; refused when `rows` is empty.
    EditResult appendPurchases(const std::vector<PurchaseTranche> &rows, const QString &text);
    // Tab-separated cells from a spreadsheet through the CSV import's checks; the accepted
    // rows in one step (ScenarioDocument::pastePurchases).
    exporting::PurchaseImport pastePurchases(const QString &text);
    int addProvenance(const Provenance &entry);
    EditResult removeProvenance(int row);
    // One text of a source entry: `field` is ProvenanceField, ProvenanceSource,
    // ProvenanceDate or ProvenanceNote.
    EditResult setProvenanceText(int row, FieldId field, const QString &text);

    // ---- whole-scenario steps ---------------------------------------------------------------
    // Makes the scenario equal `target` on every scalar input, the price curves, the model 1.1
    // inputs of the GPU types and the internal demand as one step named `text`. Lists must
    // keep their lengths. On refusal nothing changes.
    EditResult applyScenario(const Scenario &target, const QString &text);
    // `driver` multiplied by `multiplier` as engine/Sensitivity.h applies it, one step
    // "Goal seek: <driver> x <multiplier>".
    EditResult applyDriverMultiplier(const std::string &driver, double multiplier);

private:
    class Step;
    const Scenario &scenario() const;
    EditResult checkSkuRow(int sku) const;
    EditResult checkCurve(int sku, FieldId curve, const PriceCurve &value) const;
    EditResult checkNumber(const QString &label, FieldId field, double value) const;
    QString undoText(const QString &path, const QVariant &value) const;
    EditResult pushUncertainty(const std::optional<Uncertainty> &uncertainty, const QString &text,
                               Edit edit = Edit::Single, const QString &mergeKey = QString());

    ScenarioDocument *m_doc;
};

} // namespace fleetroi
