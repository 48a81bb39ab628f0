// SPDX-License-Identifier: GPL-3.0-or-later
// A worked example (tests/data/examples) opened as a ScenarioDocument, for the item-model and
// command tests. Header-only; needs FLEETROI_TEST_DATA_DIR and fleetroi_itemmodels.
#pragma once

#include "ExampleScenarios.h"
#include "ScenarioDocument.h"

#include <QDebug>
#include <QStringList>

#include <memory>

namespace fleetroi_test {

// Opens examples/<file> (by default the hyperscaler leasing example) as a document; on failure
// prints the reader's errors and returns null, so the calling test fails at its QVERIFY(doc).
inline std::unique_ptr<fleetroi::ScenarioDocument> openExampleDocument(
    const QString &file = QStringLiteral("hyperscaler-surplus-leasing.fleetroi.json"))
{
    QStringList errors;
    std::unique_ptr<fleetroi::ScenarioDocument> doc(
        fleetroi::ScenarioDocument::openFile(examplesDir() + QLatin1Char('/') + file, &errors));
    if (!doc)
        qWarning() << errors;
    return doc;
}

} // namespace fleetroi_test
