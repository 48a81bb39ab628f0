// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include "AnalysisCli.h"
#include "ImportCsvCli.h"
#include "MonteCarloCli.h"
#ifdef FLEETROI_WITH_GUI
#include "ReportCli.h"
#include <QApplication>
#endif
#include "WorkspaceCli.h"

#include "ScenarioInput.h"
#include "engine/FleetModel.h"
#include "engine/ImpairmentSensitivity.h"
#include "engine/Model11Format.h"
#include "engine/ResultsFormat.h"
#include "engine/Sensitivity.h"
#include "export/ImpairmentCsv.h"
#include "scenario/ScenarioReader.h"

#include <QCoreApplication>
#include <QStringList>

#include <sys/stat.h>

#include <clocale>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <optional>
#include <string>

namespace fleetroi::cli {

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitInvalidInput = 2;

const char *const kUsage =
    "Usage: fleetroi [--workspace PATH] [FILE.fleetroi.json...]   start the desktop app\n"
    "       fleetroi COMMAND [OPTIONS]\n"
    "\n"
    "Commands (headless, no display needed):\n"
    "  compute FILE [--format json|csv|table]              the financial model of a scenario\n"
    "      [--table monthly|impairments]                   CSV: monthly series (default) or\n"
    "                                                      impairments by tranche (model 1.1)\n"
    "  sensitivity FILE [--swing W] [--format json|table]  NPV tornado (default swing 0.2)\n"
    "      [--of npv|impairment]                           or total impairment with the lease\n"
    "                                                      and market curves x(1-W), x(1+W)\n"
    "  validate FILE...                                    check scenario files\n"
    "  montecarlo FILE [--paths N] [--seed S] [--threads T] [--format json|table]\n"
    "                                                      NPV distribution (uncertainty block)\n"
    "  report FILE -o OUT.pdf [--paper a4|letter] [--lang de|zh_CN]\n"
    "                                                      PDF report\n"
    "  report --compare FILE FILE... -o OUT.pdf            comparison of 2 to 4 scenarios\n"
    "  export FILE --xlsx OUT.xlsx | --csv OUT.csv         spreadsheet exports\n"
    "  import-csv FILE --purchases|--demand IN.csv -o OUT.fleetroi.json\n"
    "      [--delimiter ,|;|tab] [--decimal .|,] [--encoding E] [--skip-bad-rows]\n"
    "                                                      add purchases or a demand series\n"
    "                                                      from CSV (rejected rows: IN.csv:LINE:\n"
    "                                                      reason, exit 2, nothing written)\n"
    "  bridge A B [--format json|table]                    NPV bridge from scenario A to B\n"
    "  goalseek FILE --driver D --target npv=V|irr=X|payback=M [--format json|table]\n"
    "                                                      driver multiplier that meets a target\n"
    "  workspace import FILE...                            add scenario files to the workspace\n"
    "  workspace list [--format json]                      scenarios in the workspace\n"
    "  workspace history NAME [--format json]              revisions of a scenario\n"
    "  workspace export NAME -o FILE [--revision N]        write a scenario file\n"
    "  workspace diff NAME REV_A REV_B [--format json]     what changed between two revisions\n"
    "  workspace copy --from A --to B                      every scenario and revision of\n"
    "                                                      workspace A into B (idempotent)\n"
    "\n"
    "Options:\n"
    "  --workspace PATH  the workspace file, or a team workspace on a PostgreSQL server:\n"
    "                    postgresql://[user@]host[:port]/dbname[?sslmode=...] (password from\n"
    "                    ~/.pgpass or PGPASSWORD). Default: workspace.sqlite in the user's\n"
    "                    data directory, ~/.local/share/FleetROI/FleetROI/workspace.sqlite\n"
    "  -h, --help        show this help\n"
    "  -v, --version     show the version\n"
    "\n"
    "Numbers are read and written in the C locale. Exit codes: 0 ok, 2 invalid input\n"
    "(stderr: FILE: path: message), 1 any other error; goalseek: 3 when no value in the\n"
    "driver's range reaches the target.\n";

bool isCommand(const char *arg)
{
    static const char *const commands[] = {"compute",    "sensitivity", "validate", "workspace",
                                           "montecarlo", "report",      "export",   "import-csv",
                                           "bridge",     "goalseek"};
    for (const char *c : commands)
        if (std::strcmp(arg, c) == 0)
            return true;
    return false;
}

bool isCommandWithoutGui(const QString &command)
{
#ifdef FLEETROI_WITH_GUI
    Q_UNUSED(command);
    return false;
#else
    return command == QLatin1String("report") || command == QLatin1String("export");
#endif
}

void writeOut(const std::string &text)
{
    std::fwrite(text.data(), 1, text.size(), stdout);
}

// Command-line arguments after the command: positional words and --option values.
struct Arguments
{
    QStringList positional;
    QString format;
    std::optional<QString> swing;
    QString table; // compute --table
    QString of;    // sensitivity --of
    QString error;
};

Arguments parseArguments(const QStringList &args, int first, const QStringList &valueOptions)
{
    Arguments a;
    for (int i = first; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg, value;
            const qsizetype eq = arg.indexOf(QLatin1Char('='));
            if (eq > 0) {
                name = arg.left(eq);
                value = arg.mid(eq + 1);
            } else if (valueOptions.contains(arg) && i + 1 < args.size()) {
                value = args[++i];
            }
            if (!valueOptions.contains(name)) {
                a.error = QStringLiteral("unknown option '%1'").arg(name);
                return a;
            }
            if (value.isEmpty()) {
                a.error = QStringLiteral("option '%1' needs a value").arg(name);
                return a;
            }
            if (name == QLatin1String("--format"))
                a.format = value;
            else if (name == QLatin1String("--swing"))
                a.swing = value;
            else if (name == QLatin1String("--table"))
                a.table = value;
            else if (name == QLatin1String("--of"))
                a.of = value;
        } else {
            a.positional << arg;
        }
    }
    return a;
}

int usageError(const QString &command, const QString &message)
{
    std::fprintf(stderr, "fleetroi %s: %s\n", command.toUtf8().constData(),
                 message.toUtf8().constData());
    std::fprintf(stderr, "Try 'fleetroi --help'.\n");
    return kExitFailure;
}

int runCompute(const QStringList &args)
{
    const Arguments a =
        parseArguments(args, 2, {QStringLiteral("--format"), QStringLiteral("--table")});
    if (!a.error.isEmpty())
        return usageError(QStringLiteral("compute"), a.error);
    if (a.positional.size() != 1)
        return usageError(QStringLiteral("compute"), QStringLiteral("expects exactly one FILE"));
    const QString format = a.format.isEmpty() ? QStringLiteral("table") : a.format;
    if (format != QLatin1String("json") && format != QLatin1String("csv") &&
        format != QLatin1String("table"))
        return usageError(QStringLiteral("compute"),
                          QStringLiteral("--format must be json, csv or table"));
    const bool impairmentTable = a.table == QLatin1String("impairments");
    if (!a.table.isEmpty() && !impairmentTable && a.table != QLatin1String("monthly"))
        return usageError(QStringLiteral("compute"),
                          QStringLiteral("--table must be monthly or impairments"));
    if (!a.table.isEmpty() && format != QLatin1String("csv"))
        return usageError(QStringLiteral("compute"), QStringLiteral("--table needs --format csv"));
    const std::optional<Scenario> scenario = loadScenario(a.positional.front());
    if (!scenario)
        return kExitInvalidInput;
    const ModelResults results = computeModel(*scenario);
    if (format == QLatin1String("json"))
        writeOut(resultsToJson(results));
    else if (format == QLatin1String("csv") && impairmentTable) {
        const QByteArray csv = exporting::trancheImpairmentsCsv(*scenario, results);
        std::fwrite(csv.constData(), 1, std::size_t(csv.size()), stdout);
    } else if (format == QLatin1String("csv"))
        writeOut(monthlyToCsv(results.monthly));
    else
        writeOut(resultsToTable(*scenario, results));
    return kExitOk;
}

int runSensitivity(const QStringList &args)
{
    const Arguments a = parseArguments(
        args, 2, {QStringLiteral("--format"), QStringLiteral("--swing"), QStringLiteral("--of")});
    if (!a.error.isEmpty())
        return usageError(QStringLiteral("sensitivity"), a.error);
    const bool ofImpairment = a.of == QLatin1String("impairment");
    if (!a.of.isEmpty() && !ofImpairment && a.of != QLatin1String("npv"))
        return usageError(QStringLiteral("sensitivity"),
                          QStringLiteral("--of must be npv or impairment"));
    if (a.positional.size() != 1)
        return usageError(QStringLiteral("sensitivity"),
                          QStringLiteral("expects exactly one FILE"));
    const QString format = a.format.isEmpty() ? QStringLiteral("table") : a.format;
    if (format != QLatin1String("json") && format != QLatin1String("table"))
        return usageError(QStringLiteral("sensitivity"),
                          QStringLiteral("--format must be json or table"));
    double swing = 0.2;
    if (a.swing) {
        // C-locale parse whatever the user's locale: QString::toDouble is locale-independent.
        bool ok = false;
        swing = a.swing->toDouble(&ok);
        if (!ok || !std::isfinite(swing) || swing < 0.0 || swing >= 1.0) {
            std::fprintf(
                stderr,
                "fleetroi sensitivity: --swing: must be a number from 0 to below 1, got '%s'\n",
                a.swing->toUtf8().constData());
            return kExitInvalidInput;
        }
    }
    const std::optional<Scenario> scenario = loadScenario(a.positional.front());
    if (!scenario)
        return kExitInvalidInput;
    if (ofImpairment) {
        const ImpairmentSensitivity sens = computeImpairmentSensitivity(*scenario, swing);
        if (format == QLatin1String("json"))
            writeOut(impairmentSensitivityToJson(sens));
        else
            writeOut(impairmentSensitivityToTable(sens, scenario->currency));
        return kExitOk;
    }
    const std::vector<SensitivityRow> rows = computeSensitivity(*scenario, swing);
    if (format == QLatin1String("json"))
        writeOut(sensitivityToJson(rows));
    else
        writeOut(sensitivityToTable(rows, computeNpv(*scenario), swing));
    return kExitOk;
}

int runValidate(const QStringList &args)
{
    const Arguments a = parseArguments(args, 2, {});
    if (!a.error.isEmpty())
        return usageError(QStringLiteral("validate"), a.error);
    if (a.positional.isEmpty())
        return usageError(QStringLiteral("validate"), QStringLiteral("expects at least one FILE"));
    int exitCode = kExitOk;
    for (const QString &file : a.positional) {
        if (loadScenario(file))
            std::printf("%s: valid\n", file.toUtf8().constData());
        else
            exitCode = kExitInvalidInput;
    }
    return exitCode;
}

} // namespace

namespace {

// Options of the desktop app (main.cpp) taking a value, and Qt's own GUI options.
bool isGuiOptionWithValue(const char *arg)
{
    static const char *const options[] = {
        "--workspace",   "--screenshot",     "--measure-edit",
        "-platform",     "--platform",       "-display",
        "-style",        "--style",          "-stylesheet",
        "-geometry",     "-qwindowgeometry", "-title",
        "-qwindowtitle", "-qwindowicon",     "-session",
        "-name",         "-plugin",          "-platformpluginpath",
        "-platformtheme"};
    for (const char *o : options)
        if (!std::strcmp(arg, o))
            return true;
    return false;
}

bool isGuiFlag(const char *arg)
{
    static const char *const flags[] = {"-reverse", "--reverse", "-widgetcount",
                                        "-nograb",  "-dograb",   "-sync"};
    for (const char *f : flags)
        if (!std::strcmp(arg, f))
            return true;
    return false;
}

// A positional argument the desktop app would open: an existing path, or a name that looks
// like a file (has a '.' or a directory separator). "frobnicate" is neither.
bool looksLikeFile(const char *arg)
{
    if (std::strchr(arg, '.') || std::strchr(arg, '/') || std::strchr(arg, '\\'))
        return true;
    struct stat st
    {};
    return ::stat(arg, &st) == 0;
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v") ||
            !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return true;
    }
    // The command may follow "--workspace PATH".
    int first = 1;
    if (argc > 2 && !std::strcmp(argv[1], "--workspace"))
        first = 3;
    if (argc > first && isCommand(argv[first]))
        return true;
    // Anything the window would not understand goes to the command line, which names it.
    for (int i = 1; i < argc; ++i) {
        const char *arg = argv[i];
        if (std::strncmp(arg, "--workspace=", 12) == 0 ||
            std::strncmp(arg, "--screenshot=", 13) == 0 ||
            std::strncmp(arg, "--measure-edit=", 15) == 0 || isGuiFlag(arg))
            continue;
        if (isGuiOptionWithValue(arg)) {
            ++i;
            continue;
        }
        if (arg[0] == '-' || !looksLikeFile(arg))
            return true;
    }
    return false;
}

bool displayAvailable(int argc, char **argv)
{
#if defined(Q_OS_WIN) || defined(Q_OS_MACOS)
    Q_UNUSED(argc);
    Q_UNUSED(argv);
    return true;
#else
    std::string platform;
    if (const char *p = std::getenv("QT_QPA_PLATFORM"))
        platform = p;
    for (int i = 1; i + 1 < argc; ++i)
        if (!std::strcmp(argv[i], "-platform") || !std::strcmp(argv[i], "--platform"))
            platform = argv[i + 1];
    // "xcb:wayland" style fallback lists: the first entry decides what needs a display.
    const std::string first = platform.substr(0, platform.find_first_of(":;"));
    const auto set = [](const char *name) {
        const char *v = std::getenv(name);
        return v && *v;
    };
    if (first.empty())
        return set("DISPLAY") || set("WAYLAND_DISPLAY");
    if (first == "xcb")
        return set("DISPLAY");
    if (first.rfind("wayland", 0) == 0)
        return set("WAYLAND_DISPLAY");
    return true; // offscreen, minimal, vnc, eglfs, linuxfb, ...: no display server needed
#endif
}

int reportNoDisplay()
{
    std::fputs("fleetroi: the desktop app needs a display, and none was found (DISPLAY and "
               "WAYLAND_DISPLAY are not set).\n"
               "The commands run without one, e.g. 'fleetroi compute FILE'; see "
               "'fleetroi --help'.\n",
               stderr);
    return kExitFailure;
}

int run(int argc, char **argv)
{
    // `report` draws chart widgets: it needs a QApplication, on the offscreen platform when
    // there is no display. Every other command runs under a plain QCoreApplication.
    std::unique_ptr<QCoreApplication> app;
#ifdef FLEETROI_WITH_GUI
    if (commandNeedsWidgets(argc, argv)) {
        prepareHeadlessPlatform();
        app = std::make_unique<QApplication>(argc, argv);
    }
#endif
    if (!app)
        app = std::make_unique<QCoreApplication>(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FleetROI"));
    QCoreApplication::setOrganizationName(QStringLiteral("FleetROI"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETROI_VERSION));
    // QCoreApplication adopts the user's locale for the C library; files and the command
    // line stay in the C locale (decimal point, no grouping) whatever the user's settings.
    std::setlocale(LC_NUMERIC, "C");

    QStringList args = QCoreApplication::arguments();
    // --workspace PATH (or --workspace=PATH) may stand anywhere; it only matters to
    // the workspace commands.
    QString workspacePath;
    for (int i = 1; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--workspace") && i + 1 < args.size()) {
            workspacePath = args[i + 1];
            args.remove(i, 2);
            break;
        }
        if (args[i].startsWith(QLatin1String("--workspace="))) {
            workspacePath = args[i].mid(12);
            args.remove(i);
            break;
        }
    }
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        std::printf("FleetROI %s\n", FLEETROI_VERSION);
        return kExitOk;
    }
    if (args.size() < 2 || args.contains(QStringLiteral("--help")) ||
        args.contains(QStringLiteral("-h"))) {
        std::fputs(kUsage, stdout);
        return kExitOk;
    }
    const QString command = args[1];
    if (command == QLatin1String("compute"))
        return runCompute(args);
    if (command == QLatin1String("sensitivity"))
        return runSensitivity(args);
    if (command == QLatin1String("validate"))
        return runValidate(args);
#ifdef FLEETROI_WITH_GUI
    if (command == QLatin1String("report"))
        return runReport(args.mid(1));
    if (command == QLatin1String("export"))
        return runExport(args.mid(1));
#endif
    if (command == QLatin1String("montecarlo"))
        return runMonteCarlo(args.mid(1));
    if (command == QLatin1String("import-csv"))
        return runImportCsv(args.mid(1));
    if (command == QLatin1String("bridge"))
        return runBridge(args.mid(1));
    if (command == QLatin1String("goalseek"))
        return runGoalSeek(args.mid(1));
    if (command == QLatin1String("workspace"))
        return runWorkspace(args.mid(1), workspacePath);
    // What was not understood: the first argument that is neither a command, a file for the
    // window, nor an option of the window (see wantsCommandLine).
    QString unknown = command;
    for (int i = 1; i < args.size(); ++i) {
        const QByteArray a = args[i].toLocal8Bit();
        if (isGuiOptionWithValue(a.constData())) {
            ++i;
            continue;
        }
        if (isGuiFlag(a.constData()) || a.startsWith("--screenshot=") ||
            a.startsWith("--measure-edit="))
            continue;
        if (a.startsWith('-') || !looksLikeFile(a.constData())) {
            unknown = args[i];
            break;
        }
    }
    if (unknown.startsWith(QLatin1Char('-')))
        std::fprintf(stderr, "fleetroi: unknown option '%s'\n\n%s", unknown.toUtf8().constData(),
                     kUsage);
    else if (unknown != command && !isCommandWithoutGui(unknown))
        std::fprintf(stderr, "fleetroi: unknown command '%s'\n\n%s", unknown.toUtf8().constData(),
                     kUsage);
    else if (isCommandWithoutGui(command))
        std::fprintf(stderr, "fleetroi: '%s' is not available in this build (no GUI)\n\n%s",
                     command.toUtf8().constData(), kUsage);
    else
        std::fprintf(stderr, "fleetroi: unknown command '%s'\n\n%s", command.toUtf8().constData(),
                     kUsage);
    return kExitFailure;
}

} // namespace fleetroi::cli
