// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the workspace lands: refuses clearly instead of pretending.
#include "WorkspaceCli.h"

#include <cstdio>

namespace fleetroi::cli {

int runWorkspace(const QStringList &, const QString &)
{
    std::fputs("fleetroi: the workspace commands are not available in this build yet\n", stderr);
    return 1;
}

} // namespace fleetroi::cli
