// SPDX-License-Identifier: GPL-3.0-or-later
// FleetROI entry point: the command line when a subcommand is given, else the window.
#include "Cli.h"

#ifdef FLEETROI_WITH_GUI
#include "AppSettings.h"
#include "DisplayFormat.h"
#include "MainWindow.h"
#include "ScenarioView.h"
#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTimer>
#include <QTranslator>
#include <cstdio>
#endif

#ifdef FLEETROI_GUI_PROGRAM
#include <cerrno>
#include <climits>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace {

// Whether argv is for fleetroi-gui: the window (no command), or the commands that draw
// (report, export). The command is the first argument that is not an option, after
// "--workspace PATH".
bool needsGuiProgram(int argc, char **argv)
{
    if (!fleetroi::cli::wantsCommandLine(argc, argv))
        return true;
    const char *command = fleetroi::cli::commandWord(argc, argv);
    return command && (!std::strcmp(command, "report") || !std::strcmp(command, "export"));
}

// Replaces this process by fleetroi-gui with the same arguments: next to this program (the
// build tree), else FLEETROI_GUI_INSTALLED relative to it (the installed layout). Returns 1
// with a message on stderr when neither can be started.
int execGuiProgram(char **argv)
{
    char self[PATH_MAX];
    const ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    std::string dir = ".";
    if (length > 0) {
        self[length] = '\0';
        dir.assign(self, std::size_t(length));
        dir.erase(dir.rfind('/') == std::string::npos ? 0 : dir.rfind('/'));
    }
    const std::string candidates[] = {dir + "/" FLEETROI_GUI_PROGRAM,
                                      dir + "/" FLEETROI_GUI_INSTALLED};
    int error = ENOENT;
    for (const std::string &path : candidates) {
        if (access(path.c_str(), X_OK) != 0)
            continue;
        execv(path.c_str(), argv);
        error = errno; // only reached when execv failed
    }
    std::fprintf(stderr,
                 "fleetroi: cannot start the desktop part of FleetROI (%s next to %s, or %s): "
                 "%s\nThe installation is incomplete; the commands of 'fleetroi --help' other "
                 "than report and export still work.\n",
                 FLEETROI_GUI_PROGRAM, dir.c_str(), candidates[1].c_str(), std::strerror(error));
    return 1;
}

} // namespace
#endif

int main(int argc, char **argv)
{
#ifdef FLEETROI_GUI_PROGRAM
    // This build's fleetroi links no GUI library (see app/CMakeLists.txt).
    if (needsGuiProgram(argc, argv))
        return execGuiProgram(argv);
#endif
    if (fleetroi::cli::wantsCommandLine(argc, argv))
        return fleetroi::cli::run(argc, argv);
#ifdef FLEETROI_WITH_GUI
    // QApplication aborts with a core dump when it cannot reach a display: say so instead.
    if (!fleetroi::cli::displayAvailable(argc, argv))
        return fleetroi::cli::reportNoDisplay();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FleetROI"));
    QApplication::setOrganizationName(QStringLiteral("FleetROI"));
    QApplication::setApplicationVersion(QStringLiteral(FLEETROI_VERSION));

    // The UI language: the setting, else the system's. Screen numbers follow it; files and
    // the command line keep the C locale (the reader and writer never use QLocale).
    const QString language = fleetroi::settings::language.value();
    const QLocale uiLocale = language.isEmpty() ? QLocale::system() : QLocale(language);
    QLocale::setDefault(uiLocale);
    fleetroi::DisplayFormat::setLocale(uiLocale);
    fleetroi::DisplayFormat::setMoneyStyle(
        fleetroi::DisplayFormat::MoneyStyle(fleetroi::settings::moneyStyle.value()));
    QTranslator appTranslator;
    QTranslator qtTranslator;
    if (uiLocale.language() != QLocale::English && uiLocale.language() != QLocale::C) {
        if (appTranslator.load(uiLocale, QStringLiteral("fleetroi"), QStringLiteral("_"),
                               QStringLiteral(":/i18n")))
            QApplication::installTranslator(&appTranslator);
        if (qtTranslator.load(uiLocale, QStringLiteral("qtbase"), QStringLiteral("_"),
                              QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QApplication::installTranslator(&qtTranslator);
    } else if (appTranslator.load(QStringLiteral(":/i18n/fleetroi_en.qm"))) {
        // English: only the plural forms ("%n tranche(s)" reads "1 tranche", "2 tranches").
        QApplication::installTranslator(&appTranslator);
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "ROI of AI GPU fleets"));
    parser.addPositionalArgument(
        QStringLiteral("file"),
        QApplication::translate("main", "Scenario files to import and open"),
        QStringLiteral("[file.fleetroi.json...]"));
    QCommandLineOption workspaceOption(
        QStringLiteral("workspace"),
        QApplication::translate("main", "Workspace file, or team workspace "
                                        "(postgresql://[user@]host[:port]/db), to open "
                                        "(default: the one chosen in Settings, else "
                                        "workspace.sqlite in the data directory)"),
        QStringLiteral("path"));
    parser.addOption(workspaceOption);
    // Developer options, hidden from --help.
    QCommandLineOption screenshotOption(QStringLiteral("screenshot"), QString(),
                                        QStringLiteral("dir"));
    screenshotOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(screenshotOption);
    QCommandLineOption measureOption(QStringLiteral("measure-edit"), QString(),
                                     QStringLiteral("edits"));
    measureOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(measureOption);
    parser.process(app);

    fleetroi::MainWindow window;
    QString workspacePath = parser.value(workspaceOption);
    if (workspacePath.isEmpty())
        workspacePath = fleetroi::settings::defaultWorkspace.value();
    window.openWorkspace(workspacePath);
    for (const QString &file : parser.positionalArguments())
        window.openPath(file);
    window.show();

    if (parser.isSet(screenshotOption) || parser.isSet(measureOption)) {
        const QString dir = parser.value(screenshotOption);
        const int edits = parser.value(measureOption).toInt();
        QTimer::singleShot(300, &window, [&window, dir, edits] {
            int rc = 0;
            if (!dir.isEmpty() && !window.saveScreenshots(dir))
                rc = 1;
            if (edits > 0)
                std::printf("%s\n", qPrintable(window.measureEditLatency(edits)));
            std::fflush(stdout);
            QApplication::exit(rc);
        });
    }
    return app.exec();
#else
    return fleetroi::cli::run(argc, argv);
#endif
}
