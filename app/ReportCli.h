// SPDX-License-Identifier: GPL-3.0-or-later
// `fleetroi report` (PDF) and `fleetroi export` (XLSX, CSV) on the command line.
//
//   fleetroi report FILE -o OUT.pdf [--paper a4|letter] [--lang de|zh_CN] [--no-montecarlo]
//   fleetroi report --compare FILE FILE [FILE [FILE]] -o OUT.pdf [--paper ...] [--lang ...]
//   fleetroi export FILE [--xlsx OUT.xlsx] [--csv OUT.csv]
//
// Exit codes as in Cli.h: 0 ok, 2 invalid input (stderr "FILE: path: message"), 1 otherwise.
// Output files are written whole or not at all (AtomicFileWriter).
//
// `report` draws charts, which are widgets: it needs a QApplication (not a QCoreApplication).
// Construct it for this command after prepareHeadlessPlatform(), which selects the offscreen
// platform when there is no display. `export` runs under a plain QCoreApplication.
#pragma once

#include <QStringList>

namespace fleetroi::cli {

// args[0] is "report".
int runReport(const QStringList &args);

// args[0] is "export".
int runExport(const QStringList &args);

// True when the command word in argv needs a QApplication ("report").
bool commandNeedsWidgets(int argc, char **argv);

// Before constructing the QApplication: QT_QPA_PLATFORM=offscreen unless a platform is set
// or a display (DISPLAY, WAYLAND_DISPLAY) is available.
void prepareHeadlessPlatform();

} // namespace fleetroi::cli
