// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line: every subcommand runs without a display.
#pragma once

#include <cstring>

namespace fleetroi::cli {

// True when argv asks for a subcommand, --version or --help (no window is needed), and also
// when it holds something the desktop app does not understand (an unknown command such as
// "frobnicate", an unknown option): run() then names it and prints the usage, exit 1, rather
// than the window starting (or aborting without a display).
bool wantsCommandLine(int argc, char **argv);

// The command word of argv: the first argument that is not an option, skipping the value of
// "--workspace PATH"; nullptr when there is none (the window). Only looks, never validates.
// Inline: the report and export code is linked into tests without the rest of the CLI.
inline const char *commandWord(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (!std::strcmp(argv[i], "--workspace")) {
            ++i;
            continue;
        }
        if (argv[i][0] != '-')
            return argv[i];
    }
    return nullptr;
}

// Whether the desktop app can reach a display, checked before any QApplication exists (its
// constructor aborts with a core dump when it cannot connect): on X11/Wayland systems,
// QT_QPA_PLATFORM or -platform naming a platform that needs none (offscreen, minimal, vnc,
// eglfs, linuxfb, ...), or DISPLAY / WAYLAND_DISPLAY set. Always true on Windows and macOS.
bool displayAvailable(int argc, char **argv);

// Says on stderr that the desktop app needs a display and that the commands run without
// one; returns the exit code 1.
int reportNoDisplay();

// Runs the command line under a QCoreApplication. Exit codes: 0 ok, 2 invalid input,
// 1 anything else.
int run(int argc, char **argv);

} // namespace fleetroi::cli
