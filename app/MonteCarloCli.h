// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fleetroi::cli {

// `fleetroi montecarlo FILE [--paths N] [--seed S] [--threads T] [--format json|table]`
// (args[0] is "montecarlo"). Exit codes as in Cli.h.
int runMonteCarlo(const QStringList &args);

} // namespace fleetroi::cli
