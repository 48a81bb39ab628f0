// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scenario/Scenario.h"

#include <QString>

#include <optional>

namespace fleetroi::cli {

// Reads and validates a scenario file for a command; on failure prints one
// "FILE: path: message" line per problem on stderr (the caller exits with 2).
std::optional<Scenario> loadScenario(const QString &file);

} // namespace fleetroi::cli
