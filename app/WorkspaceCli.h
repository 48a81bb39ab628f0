// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace fleetroi::cli {

// `fleetroi workspace SUBCOMMAND ...` (args[0] is "workspace"); workspacePath is the
// --workspace option or empty for the default workspace. Exit codes as in Cli.h.
int runWorkspace(const QStringList &args, const QString &workspacePath);

} // namespace fleetroi::cli
