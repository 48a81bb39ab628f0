// SPDX-License-Identifier: GPL-3.0-or-later
// The worked examples of tests/data/examples, read for tests that need a valid scenario.
// Header-only; needs FLEETROI_TEST_DATA_DIR (set by fleetroi_add_qtest) and fleetroi_core.
#pragma once

#include "scenario/ScenarioReader.h"

#include <QString>
#include <QtGlobal>

namespace fleetroi_test {

// Directory of the worked examples (tests/data/examples), without a trailing slash.
inline QString examplesDir()
{
    return QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples");
}

// Reads examples/<file>; a file that does not read is a broken test set-up: qFatal.
inline fleetroi::Scenario readExample(const QString &file)
{
    fleetroi::ScenarioReadResult r =
        fleetroi::readScenarioFile(QString(examplesDir() + QLatin1Char('/') + file).toStdString());
    if (!r.ok())
        qFatal("example %s is not valid", qPrintable(file));
    return *r.scenario;
}

} // namespace fleetroi_test
