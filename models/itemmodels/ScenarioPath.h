// SPDX-License-Identifier: GPL-3.0-or-later
// Where a value lives in the scenario file, built from and read back into the schema's field
// ids (models/core/scenario/ScenarioSchema.h). The one place in the Qt layers where paths of
// the scenario file are spelt: editors and views name a field by FieldId (and row), and match
// the document's change and validation paths through these functions, never by string.
#pragma once

#include "scenario/ScenarioSchema.h"

#include <QString>

#include <string_view>

namespace fleetroi {

class ScenarioPath
{
public:
    // The concrete path of a field: DiscountRate -> "finance.discount_rate",
    // (SkuGpuPrice, 2) -> "skus[2].gpu_price", (Skus, 2) -> "skus[2]", Skus -> "skus",
    // Uncertainty -> "uncertainty". `row` fills the list index of a field inside a list (or
    // of the list itself); without it a field inside a list gives its list's path ("skus").
    // A curve's own fields (CurveStart, CurveAnnualChange, CurvePoints) belong to no single
    // path: "".
    static QString of(FieldId field, int row = -1);

    // The path of one driver's distribution in the risk set-up:
    // "uncertainty.drivers.lease_price".
    static QString driver(std::string_view driver);

    // True when `path` is `prefix` or lies inside it: "skus[0].lease_price.points[2][1]" lies
    // inside "skus[0].lease_price" and "skus[0]"; "skus[10]" does not lie inside "skus[1]".
    // An empty prefix contains nothing.
    static bool within(const QString &path, const QString &prefix);
    static bool within(const QString &path, FieldId field, int row = -1)
    {
        return within(path, of(field, row));
    }

    // The top-level field of the file a path lies in: "skus[2].gpu_price" -> Skus,
    // "finance.tax_rate" -> Finance, "start" -> Start; FieldId::Count for "" or an unknown
    // path.
    static FieldId topLevel(const QString &path);
};

} // namespace fleetroi
