// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioInput.h"

#include "scenario/ScenarioReader.h"

#include <cstdio>

namespace fleetroi::cli {

std::optional<Scenario> loadScenario(const QString &file)
{
    const QByteArray name = file.toUtf8();
    ScenarioReadResult read = readScenarioFile(std::string(name.constData(), size_t(name.size())));
    if (read.ok())
        return std::move(read.scenario);
    for (const ValidationError &e : read.errors)
        std::fprintf(stderr, "%s: %s\n", name.constData(), formatError(e).c_str());
    if (read.errors.empty())
        std::fprintf(stderr, "%s: not a valid scenario file\n", name.constData());
    return std::nullopt;
}

} // namespace fleetroi::cli
