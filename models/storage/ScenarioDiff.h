// SPDX-License-Identifier: GPL-3.0-or-later
// Which fields changed between two revisions of a scenario, in the analyst's words:
//   skus[h100].useful_life_months: 66 -> 72
//   purchases[2]: added {"gpus":512,...}
//   uncertainty: removed
// Both inputs are canonical scenario JSON written by writeScenario (trusted text), so they
// are walked as JSON trees. SKUs are matched by id (`skus[h100]`), so reordering SKUs is
// not a change; purchases and every other array are matched by position (`purchases[2]`).
// Object keys are compared in alphabetical order.
#pragma once

#include "StorageStatus.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace fleetroi {

struct FieldChange
{
    enum class Kind
    {
        Changed,
        Added,
        Removed
    };
    Kind kind = Kind::Changed;
    QString path;     // e.g. "skus[h100].useful_life_months"
    QString oldValue; // display text, empty for Added
    QString newValue; // display text, empty for Removed

    // "path: old -> new", "path: added VALUE", "path: removed (was VALUE)"
    QString toString() const;
    bool operator==(const FieldChange &) const = default;
};

class ScenarioDiff
{
public:
    static StorageResult<QList<FieldChange>> compare(const QByteArray &oldJson,
                                                     const QByteArray &newJson);
    // A value as shown in a diff: numbers in the C locale with the fewest digits that
    // read back exactly, strings in double quotes, objects and arrays as compact JSON cut
    // at 80 characters.
    static QString displayValue(const QJsonValue &value);
};

} // namespace fleetroi
