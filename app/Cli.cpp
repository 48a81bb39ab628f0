// SPDX-License-Identifier: GPL-3.0-or-later
#include "Cli.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace fleetroi::cli {

namespace {

const char *const kUsage =
    "Usage: fleetroi [--workspace PATH] [FILE.fleetroi.json]   start the desktop app\n"
    "       fleetroi COMMAND [OPTIONS]\n"
    "\n"
    "Commands (headless, no display needed):\n"
    "  compute FILE [--format json|csv|table]         the financial model of a scenario\n"
    "  sensitivity FILE [--swing W] [--format json|table]  NPV tornado\n"
    "  validate FILE...                               check scenario files\n"
    "\n"
    "Options:\n"
    "  -h, --help       show this help\n"
    "  -v, --version    show the version\n"
    "\n"
    "Exit codes: 0 ok, 2 invalid input, 1 any other error.\n";

bool isCommand(const char *arg)
{
    static const char *const commands[] = {"compute", "sensitivity", "validate", "workspace",
                                           "montecarlo", "report", "export"};
    for (const char *c : commands)
        if (std::strcmp(arg, c) == 0)
            return true;
    return false;
}

} // namespace

bool wantsCommandLine(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--version") || !std::strcmp(argv[i], "-v")
            || !std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h"))
            return true;
    }
    return argc > 1 && isCommand(argv[1]);
}

int run(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("FleetROI"));
    QCoreApplication::setOrganizationName(QStringLiteral("FleetROI"));
    QCoreApplication::setApplicationVersion(QStringLiteral(FLEETROI_VERSION));
    const QStringList args = QCoreApplication::arguments();
    if (args.contains(QStringLiteral("--version")) || args.contains(QStringLiteral("-v"))) {
        std::printf("FleetROI %s\n", FLEETROI_VERSION);
        return 0;
    }
    if (args.size() < 2 || args.contains(QStringLiteral("--help"))
        || args.contains(QStringLiteral("-h"))) {
        std::fputs(kUsage, stdout);
        return 0;
    }
    std::fprintf(stderr, "fleetroi: unknown command '%s'\n%s", argv[1], kUsage);
    return 1;
}

} // namespace fleetroi::cli
