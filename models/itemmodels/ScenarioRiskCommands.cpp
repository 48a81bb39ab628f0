// SPDX-License-Identifier: GPL-3.0-or-later
// The risk set-up part of the command facade (ScenarioCommands.h): edits of the scenario's
// `uncertainty` block (SCENARIO_FORMAT.md), each one undo step.
#include "ScenarioCommands.h"

#include "DisplayFormat.h"
#include "ScenarioPath.h"
#include "UncertaintyPresets.h"
#include "UndoCommands.h"
#include "engine/Sensitivity.h"

#include <QUndoStack>

#include <algorithm>
#include <cmath>

namespace fleetroi {

namespace {

using Kind = DriverDistribution::Kind;

QString number(double v)
{
    return DisplayFormat::locale().toString(v, 'g', 6);
}

// Mean and standard deviation of a distribution (to carry them over a change of kind).
std::pair<double, double> moments(const DriverDistribution &d)
{
    switch (d.kind) {
    case Kind::Triangular: {
        const double a = d.a, b = d.b, c = d.c;
        return {(a + b + c) / 3.0,
                std::sqrt(std::max(0.0, (a * a + b * b + c * c - a * b - a * c - b * c) / 18.0))};
    }
    case Kind::Uniform:
        return {(d.a + d.b) / 2.0, (d.b - d.a) / std::sqrt(12.0)};
    case Kind::Normal:
        return {d.a, d.b};
    }
    return {1.0, 0.0};
}

// The same mean and (about) the same spread in another kind, rounded to 0.01.
DriverDistribution convert(const DriverDistribution &from, Kind to)
{
    const auto [mean, sd] = moments(from);
    const auto r = [](double v) {
        return std::round(v * 100.0) / 100.0;
    };
    DriverDistribution d = from;
    d.kind = to;
    switch (to) {
    case Kind::Triangular: {
        // Symmetric triangle with that sd: half-width sd * sqrt(6).
        const double h = sd * std::sqrt(6.0);
        d.a = r(std::max(0.0, mean - h));
        d.b = r(mean);
        d.c = r(mean + h);
        break;
    }
    case Kind::Uniform: {
        const double h = sd * std::sqrt(3.0);
        d.a = r(std::max(0.0, mean - h));
        d.b = r(mean + h);
        d.c = 1.0;
        break;
    }
    case Kind::Normal:
        d.a = r(mean);
        d.b = r(sd);
        d.c = 1.0;
        break;
    }
    return d;
}

int driverOrder(const std::string &driver)
{
    const auto &all = sensitivityDrivers();
    const auto it = std::find(all.begin(), all.end(), driver);
    return it == all.end() ? int(all.size()) : int(it - all.begin());
}

} // namespace

EditResult ScenarioCommands::pushUncertainty(const std::optional<Uncertainty> &uncertainty,
                                             const QString &text, Edit edit,
                                             const QString &mergeKey)
{
    if (uncertainty == scenario().uncertainty)
        return EditResult::done();
    auto get = [](const Scenario &s) {
        return s.uncertainty;
    };
    auto set = [](Scenario &s, const std::optional<Uncertainty> &u) {
        s.uncertainty = u;
        return true;
    };
    // The key views see in valueChanged(): inside the block's path, so a view that follows
    // the block sees every edit of it.
    const QString block = ScenarioPath::of(FieldId::Uncertainty);
    m_doc->undoStack()->push(new detail::ChangeValue<std::optional<Uncertainty>>(
        m_doc, ScenarioPath::within(mergeKey, block) ? mergeKey : block, get, set, uncertainty,
        edit == Edit::Continuous, text));
    return EditResult::done();
}

EditResult ScenarioCommands::setUncertainty(const std::optional<Uncertainty> &uncertainty,
                                            const QString &text, Edit edit, const QString &mergeKey)
{
    return pushUncertainty(uncertainty, text, edit, mergeKey);
}

EditResult ScenarioCommands::setDriverUncertain(const std::string &driver, bool uncertain)
{
    if (!isSensitivityDriver(driver))
        return EditResult::refused(tr("Unknown driver."));
    Uncertainty u =
        scenario().uncertainty ? *scenario().uncertainty : UncertaintyPresets::emptyBlock();
    auto it = std::find_if(u.drivers.begin(), u.drivers.end(),
                           [&](const DriverDistribution &d) { return d.driver == driver; });
    const QString label = UncertaintyPresets::driverLabel(driver);
    if (uncertain) {
        if (it != u.drivers.end())
            return EditResult::done();
        // Keep MODEL.md's order in the file, whatever order the drivers are made uncertain in.
        const int order = driverOrder(driver);
        const auto pos =
            std::find_if(u.drivers.begin(), u.drivers.end(), [&](const DriverDistribution &d) {
                return driverOrder(d.driver) > order;
            });
        u.drivers.insert(pos, UncertaintyPresets::defaultDistribution(driver));
        return pushUncertainty(u, tr("Make %1 uncertain").arg(label));
    }
    if (it == u.drivers.end())
        return EditResult::done();
    u.drivers.erase(it);
    // A correlation needs both of its drivers.
    std::erase_if(u.correlations,
                  [&](const DriverCorrelation &c) { return c.a == driver || c.b == driver; });
    return pushUncertainty(u, tr("Take %1 as entered (not uncertain)").arg(label));
}

QString ScenarioCommands::describeDistribution(const DriverDistribution &d)
{
    switch (d.kind) {
    case Kind::Triangular:
        return tr("triangular %1 / %2 / %3").arg(number(d.a), number(d.b), number(d.c));
    case Kind::Uniform:
        return tr("uniform %1 to %2").arg(number(d.a), number(d.b));
    case Kind::Normal:
        return tr("normal, mean %1, sd %2").arg(number(d.a), number(d.b));
    }
    return {};
}

EditResult ScenarioCommands::setDriverKind(const std::string &driver, DriverDistribution::Kind kind)
{
    if (!scenario().uncertainty)
        return EditResult::refused(
            tr("%1 is not uncertain.").arg(UncertaintyPresets::driverLabel(driver)));
    Uncertainty u = *scenario().uncertainty;
    for (DriverDistribution &d : u.drivers) {
        if (d.driver != driver)
            continue;
        if (d.kind == kind)
            return EditResult::done();
        d = convert(d, kind);
        return pushUncertainty(
            u, tr("Set %1 to %2")
                   .arg(UncertaintyPresets::driverLabel(driver), describeDistribution(d)));
    }
    return EditResult::refused(
        tr("%1 is not uncertain.").arg(UncertaintyPresets::driverLabel(driver)));
}

EditResult ScenarioCommands::setDriverParameter(const std::string &driver, int k, double value,
                                                Edit edit)
{
    if (k < 0 || k > 2)
        return EditResult::refused(tr("A distribution has three parameters at most."));
    if (!scenario().uncertainty)
        return EditResult::refused(
            tr("%1 is not uncertain.").arg(UncertaintyPresets::driverLabel(driver)));
    Uncertainty u = *scenario().uncertainty;
    for (DriverDistribution &d : u.drivers) {
        if (d.driver != driver)
            continue;
        double *p[3] = {&d.a, &d.b, &d.c};
        if (*p[k] == value)
            return EditResult::done();
        // Not range-checked here: a parameter the validation refuses (a minimum above the
        // mode) is marked on the driver's row with the validator's reason.
        *p[k] = value;
        return pushUncertainty(
            u,
            tr("Set %1 to %2")
                .arg(UncertaintyPresets::driverLabel(driver), describeDistribution(d)),
            edit, ScenarioPath::driver(driver));
    }
    return EditResult::refused(
        tr("%1 is not uncertain.").arg(UncertaintyPresets::driverLabel(driver)));
}

EditResult ScenarioCommands::setMonteCarloPaths(std::int64_t paths, Edit edit)
{
    if (!scenario().uncertainty)
        return EditResult::refused(tr("There is no Monte Carlo set-up yet."));
    if (EditResult r = checkNumber(
            QCoreApplication::translate(kSchemaTranslationContext,
                                        schemaField(FieldId::UncertaintyPaths).changeLabel),
            FieldId::UncertaintyPaths, double(paths));
        !r)
        return r;
    Uncertainty u = *scenario().uncertainty;
    u.paths = paths;
    return pushUncertainty(
        u,
        tr("Set Monte Carlo paths to %1").arg(DisplayFormat::locale().toString(qlonglong(paths))),
        edit, ScenarioPath::of(FieldId::UncertaintyPaths));
}

EditResult ScenarioCommands::setMonteCarloSeed(std::uint64_t seed, Edit edit)
{
    if (!scenario().uncertainty)
        return EditResult::refused(tr("There is no Monte Carlo set-up yet."));
    if (EditResult r = checkNumber(
            QCoreApplication::translate(kSchemaTranslationContext,
                                        schemaField(FieldId::UncertaintySeed).changeLabel),
            FieldId::UncertaintySeed, double(seed));
        !r)
        return r;
    Uncertainty u = *scenario().uncertainty;
    u.seed = seed;
    return pushUncertainty(u, tr("Set Monte Carlo seed to %1").arg(u.seed), edit,
                           ScenarioPath::of(FieldId::UncertaintySeed));
}

EditResult ScenarioCommands::setCorrelation(const std::string &a, const std::string &b, double rho)
{
    if (!scenario().uncertainty)
        return EditResult::refused(tr("There is no Monte Carlo set-up yet."));
    const QString la = UncertaintyPresets::driverLabel(a);
    const QString lb = UncertaintyPresets::driverLabel(b);
    if (a == b)
        return EditResult::refused(tr("A driver is fully correlated with itself."));
    if (EditResult r =
            checkNumber(tr("Correlation of %1 and %2").arg(la, lb), FieldId::CorrelationRho, rho);
        !r)
        return r;
    Uncertainty u = *scenario().uncertainty;
    auto it =
        std::find_if(u.correlations.begin(), u.correlations.end(), [&](const DriverCorrelation &c) {
            return (c.a == a && c.b == b) || (c.a == b && c.b == a);
        });
    QString text;
    if (rho == 0.0) {
        if (it == u.correlations.end())
            return EditResult::done();
        u.correlations.erase(it);
        text = tr("Make %1 and %2 independent").arg(la, lb);
    } else {
        if (it == u.correlations.end())
            u.correlations.push_back({a, b, rho});
        else
            it->rho = rho;
        text = tr("Correlate %1 and %2 (rho %3)").arg(la, lb, number(rho));
    }
    return pushUncertainty(u, text);
}

EditResult ScenarioCommands::applyCriticsCase()
{
    return pushUncertainty(UncertaintyPresets::criticsCase(scenario().uncertainty),
                           tr("Apply the critics' case to the risk set-up"));
}

EditResult ScenarioCommands::removeUncertainty()
{
    return pushUncertainty(std::nullopt, tr("Remove the risk set-up"));
}

} // namespace fleetroi
