// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the Monte Carlo engine lands: refuses clearly instead of pretending.
#include "MonteCarloCli.h"

#include <cstdio>

namespace fleetroi::cli {

int runMonteCarlo(const QStringList &)
{
    std::fputs("fleetroi: the montecarlo command is not available in this build yet\n", stderr);
    return 1;
}

} // namespace fleetroi::cli
