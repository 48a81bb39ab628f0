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

int main(int argc, char **argv)
{
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
                                        "(postgresql://[user@]host[:port]/db), to open"),
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
