// SPDX-License-Identifier: GPL-3.0-or-later
// The headless command line: every subcommand runs without a display.
#pragma once

namespace fleetroi::cli {

// True when argv asks for a subcommand, --version or --help (no window is needed).
bool wantsCommandLine(int argc, char **argv);

// Runs the command line under a QCoreApplication. Exit codes: 0 ok, 2 invalid input,
// 1 anything else.
int run(int argc, char **argv);

} // namespace fleetroi::cli
