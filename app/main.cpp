// SPDX-License-Identifier: GPL-3.0-or-later
// FleetROI entry point: the command line when a subcommand is given, else the window.
#include "Cli.h"

#ifdef FLEETROI_WITH_GUI
#include "MainWindow.h"
#include <QApplication>
#endif

int main(int argc, char **argv)
{
    if (fleetroi::cli::wantsCommandLine(argc, argv))
        return fleetroi::cli::run(argc, argv);
#ifdef FLEETROI_WITH_GUI
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("FleetROI"));
    QApplication::setOrganizationName(QStringLiteral("FleetROI"));
    QApplication::setApplicationVersion(QStringLiteral(FLEETROI_VERSION));
    fleetroi::MainWindow window;
    window.show();
    return app.exec();
#else
    return fleetroi::cli::run(argc, argv);
#endif
}
