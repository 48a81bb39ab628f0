// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi montecarlo FILE [--paths N] [--seed S] [--threads T] [--format json|table]`:
// reads and validates the scenario, refuses one without an `uncertainty` block or with
// inconsistent correlations (exit 2, "FILE: path: message" on stderr), runs the paths on
// T threads and prints the summary (stdout). Progress goes to stderr, only on a terminal.
#include "MonteCarloCli.h"

#include "montecarlo/MonteCarlo.h"
#include "montecarlo/MonteCarloFormat.h"
#include "montecarlo/MonteCarloSampler.h"
#include "scenario/ScenarioReader.h"
#include "scenario/ScenarioSchema.h"

#include <cstdint>
#include <cstdio>
#include <optional>
#include <thread>

#include <unistd.h>

namespace fleetroi::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitInvalidInput = 2;

int usageError(const QString &message)
{
    std::fprintf(stderr, "fleetroi montecarlo: %s\n", message.toUtf8().constData());
    std::fprintf(stderr, "Try 'fleetroi --help'.\n");
    return kExitFailure;
}

// A whole number from lo to hi, C-locale digits only; nullopt when it is not one.
std::optional<std::uint64_t> wholeNumber(const QString &text, std::uint64_t lo, std::uint64_t hi)
{
    bool ok = false;
    const qulonglong v = text.toULongLong(&ok, 10);
    if (!ok || text.startsWith(QLatin1Char('+')) || v < lo || v > hi)
        return std::nullopt;
    return std::uint64_t(v);
}

} // namespace

int runMonteCarlo(const QStringList &args)
{
    QStringList positional;
    std::optional<QString> paths, seed, threads, format;
    for (int i = 1; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (!arg.startsWith(QLatin1String("--")) || arg == QLatin1String("--")) {
            positional << arg;
            continue;
        }
        QString name = arg, value;
        bool hasValue = false;
        if (const qsizetype eq = arg.indexOf(QLatin1Char('=')); eq > 0) {
            name = arg.left(eq);
            value = arg.mid(eq + 1);
            hasValue = true;
        }
        std::optional<QString> *slot = name == QLatin1String("--paths")     ? &paths
                                       : name == QLatin1String("--seed")    ? &seed
                                       : name == QLatin1String("--threads") ? &threads
                                       : name == QLatin1String("--format")  ? &format
                                                                            : nullptr;
        if (!slot)
            return usageError(QStringLiteral("unknown option %1").arg(name));
        if (!hasValue) {
            if (i + 1 >= args.size())
                return usageError(QStringLiteral("%1 needs a value").arg(name));
            value = args[++i];
        }
        *slot = value;
    }
    if (positional.size() != 1)
        return usageError(QStringLiteral("expects exactly one FILE"));
    const QString fmt = format.value_or(QStringLiteral("table"));
    if (fmt != QLatin1String("json") && fmt != QLatin1String("table"))
        return usageError(QStringLiteral("--format must be json or table"));

    MonteCarloOptions options;
    auto badNumber = [](const char *option, const char *rule, const QString &got) {
        std::fprintf(stderr, "fleetroi montecarlo: %s: must be %s, got '%s'\n", option, rule,
                     got.toUtf8().constData());
        return kExitInvalidInput;
    };
    if (paths) {
        const auto v = wholeNumber(*paths, 1, 10'000'000);
        if (!v)
            return badNumber("--paths", "a whole number from 1 to 10000000", *paths);
        options.paths = std::int64_t(*v);
    }
    if (seed) {
        const auto v = wholeNumber(*seed, 0, std::uint64_t(1) << 53);
        if (!v)
            return badNumber("--seed", "a whole number from 0 to 9007199254740992", *seed);
        options.seed = *v;
    }
    options.threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (threads) {
        const auto v = wholeNumber(*threads, 1, 1024);
        if (!v)
            return badNumber("--threads", "a whole number from 1 to 1024", *threads);
        options.threads = int(*v);
    }

    const QByteArray file = positional.front().toUtf8();
    ScenarioReadResult read = readScenarioFile(std::string(file.constData(), size_t(file.size())));
    std::vector<ValidationError> errors = read.errors;
    if (read.ok()) {
        if (!read.scenario->uncertainty)
            errors.push_back({std::string(schemaField(FieldId::Uncertainty).path),
                              "missing: the montecarlo command needs an uncertainty block "
                              "with driver distributions (see SCENARIO_FORMAT.md)"});
        else
            errors = checkCorrelations(*read.scenario->uncertainty);
    } else if (errors.empty()) {
        errors.push_back({"", "not a valid scenario file"});
    }
    if (!errors.empty()) {
        for (const ValidationError &e : errors)
            std::fprintf(stderr, "%s: %s\n", file.constData(), formatError(e).c_str());
        return kExitInvalidInput;
    }
    const Scenario &scenario = *read.scenario;

    if (isatty(fileno(stderr))) {
        options.progress = [](double share) {
            std::fprintf(stderr, "\rMonte Carlo: %3d %%", int(share * 100.0));
            if (share >= 1.0)
                std::fputs("\n", stderr);
            std::fflush(stderr);
        };
    }
    const MonteCarloResults results = runMonteCarlo(scenario, options);
    if (!results.completed()) {
        for (const ValidationError &e : results.errors)
            std::fprintf(stderr, "%s: %s\n", file.constData(), formatError(e).c_str());
        return results.status == MonteCarloResults::Status::Invalid ? kExitInvalidInput
                                                                    : kExitFailure;
    }
    const std::string text = fmt == QLatin1String("json") ? monteCarloToJson(results)
                                                          : monteCarloToTable(scenario, results);
    std::fwrite(text.data(), 1, text.size(), stdout);
    return std::fflush(stdout) == 0 ? kExitOk : kExitFailure;
}

} // namespace fleetroi::cli
