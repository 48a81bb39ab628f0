// SPDX-License-Identifier: GPL-3.0-or-later
// The worked examples as scenarios, for the analysis tests.
#pragma once

#include "scenario/ScenarioReader.h"

#include <QString>
#include <QTest>

namespace fleetroi::testing {

inline Scenario loadExample(const QString &name)
{
    const QString path = QStringLiteral(FLEETROI_TEST_DATA_DIR "/examples/") + name +
                         QStringLiteral(".fleetroi.json");
    const ScenarioReadResult r = readScenarioFile(path.toStdString());
    if (!r.ok())
        qFatal("cannot read example %s", qPrintable(name));
    return *r.scenario;
}

inline QStringList exampleNames()
{
    return {QStringLiteral("neocloud-h100-lessor"), QStringLiteral("hyperscaler-surplus-leasing")};
}

} // namespace fleetroi::testing
