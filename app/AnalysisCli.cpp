// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi bridge` and `fleetroi goalseek`: the analyst's questions of issue #16 for batch
// use. Both read and validate their files like every command (ScenarioInput), compute in
// the core and print JSON or a table on stdout.
#include "AnalysisCli.h"

#include "ScenarioInput.h"
#include "engine/AnalysisFormat.h"
#include "engine/GoalSeek.h"
#include "engine/NpvBridge.h"
#include "engine/Sensitivity.h"

#include <QFileInfo>
#include <QMap>

#include <cstdio>
#include <optional>
#include <string>

namespace fleetroi::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitInvalidInput = 2;
constexpr int kExitTargetNotReached = 3;

int usageError(const char *command, const QString &message)
{
    std::fprintf(stderr, "fleetroi %s: %s\n", command, message.toUtf8().constData());
    std::fprintf(stderr, "Try 'fleetroi --help'.\n");
    return kExitFailure;
}

// Positional words and "--name value" / "--name=value" options among `known`.
struct Parsed
{
    QStringList positional;
    QMap<QString, QString> options;
    QString error;
};

Parsed parse(const QStringList &args, const QStringList &known)
{
    Parsed p;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(QLatin1String("--"))) {
            p.positional << arg;
            continue;
        }
        QString name = arg, value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        if (!known.contains(name)) {
            p.error = QStringLiteral("unknown option '%1'").arg(name);
            return p;
        }
        if (!hasValue) {
            if (i + 1 >= args.size()) {
                p.error = QStringLiteral("option '%1' needs a value").arg(name);
                return p;
            }
            value = args[++i];
        }
        if (value.isEmpty()) {
            p.error = QStringLiteral("option '%1' needs a value").arg(name);
            return p;
        }
        p.options[name] = value;
    }
    return p;
}

void writeOut(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

} // namespace

int runBridge(const QStringList &args)
{
    const Parsed p = parse(args, {QStringLiteral("--format")});
    if (!p.error.isEmpty())
        return usageError("bridge", p.error);
    if (p.positional.size() != 2)
        return usageError("bridge", QStringLiteral("expects two scenario files, A and B"));
    const QString format = p.options.value(QStringLiteral("--format"), QStringLiteral("table"));
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError("bridge", QStringLiteral("--format must be json or table"));
    const std::optional<Scenario> a = loadScenario(p.positional[0]);
    const std::optional<Scenario> b = loadScenario(p.positional[1]);
    if (!a || !b)
        return kExitInvalidInput;
    if (a->currency != b->currency)
        std::fprintf(stderr,
                     "fleetroi bridge: warning: the scenarios use different currencies (%s, %s); "
                     "amounts are not converted\n",
                     a->currency.c_str(), b->currency.c_str());
    const NpvBridge bridge = computeNpvBridge(*a, *b);
    const std::string nameA = QFileInfo(p.positional[0]).fileName().toStdString();
    const std::string nameB = QFileInfo(p.positional[1]).fileName().toStdString();
    writeOut(format == QLatin1String("json") ? bridgeToJson(bridge, nameA, nameB)
                                             : bridgeToTable(bridge, nameA, nameB, b->currency));
    return kExitOk;
}

int runGoalSeek(const QStringList &args)
{
    const Parsed p = parse(
        args, {QStringLiteral("--format"), QStringLiteral("--driver"), QStringLiteral("--target")});
    if (!p.error.isEmpty())
        return usageError("goalseek", p.error);
    if (p.positional.size() != 1)
        return usageError("goalseek", QStringLiteral("expects exactly one FILE"));
    const QString format = p.options.value(QStringLiteral("--format"), QStringLiteral("table"));
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError("goalseek", QStringLiteral("--format must be json or table"));
    if (!p.options.contains(QStringLiteral("--driver")) ||
        !p.options.contains(QStringLiteral("--target")))
        return usageError("goalseek", QStringLiteral("needs --driver D and --target T"));
    const std::string driver = p.options.value(QStringLiteral("--driver")).toStdString();
    const std::optional<DriverId> driverId = findDriver(driver);
    if (!driverId) {
        std::string names;
        for (const DriverInfo &d : driverCatalog())
            names += (names.empty() ? "" : ", ") + std::string(d.key);
        std::fprintf(stderr, "fleetroi goalseek: --driver: unknown driver '%s'; one of %s\n",
                     driver.c_str(), names.c_str());
        return kExitInvalidInput;
    }
    std::string error;
    const std::optional<GoalSeekTarget> target =
        parseGoalSeekTarget(p.options.value(QStringLiteral("--target")).toStdString(), error);
    if (!target) {
        std::fprintf(stderr, "fleetroi goalseek: --target: %s\n", error.c_str());
        return kExitInvalidInput;
    }
    const std::optional<Scenario> scenario = loadScenario(p.positional.front());
    if (!scenario)
        return kExitInvalidInput;
    const GoalSeekResult result = goalSeek(*scenario, *driverId, *target);
    writeOut(format == QLatin1String("json")
                 ? goalSeekToJson(result, driver, *target)
                 : goalSeekToTable(result, driver, *target, scenario->currency));
    if (!result.reached) {
        std::fprintf(stderr, "fleetroi goalseek: %s\n", result.message.c_str());
        return kExitTargetNotReached;
    }
    return kExitOk;
}

} // namespace fleetroi::cli
