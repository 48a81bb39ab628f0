// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fleetroi::cli {

// `fleetroi bridge A B [--format json|table]` (args[0] is "bridge"): the NPV bridge from
// scenario file A to scenario file B (engine/NpvBridge.h). Exit codes as in Cli.h.
int runBridge(const QStringList &args);

// `fleetroi goalseek FILE --driver D --target npv=V|irr=X|payback=M [--format json|table]`
// (args[0] is "goalseek"): the multiplier on driver D that reaches the target
// (engine/GoalSeek.h). Exit 3 when no multiplier in the driver's range reaches it (the
// result is still printed, with "reached": false and the reason); 2 for an invalid file,
// driver or target; 1 for a usage error.
int runGoalSeek(const QStringList &args);

} // namespace fleetroi::cli
