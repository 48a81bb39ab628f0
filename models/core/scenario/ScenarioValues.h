// SPDX-License-Identifier: GPL-3.0-or-later
// Every value of a scenario, one by one, as the assumption tables list them (the XLSX
// Assumptions sheet; usable by the report's assumption table): a walk over the scenario
// schema (ScenarioSchema.h) that yields each value with its schema entry, its concrete path
// in the file, its unit and the value itself, in the file's order (schema order).
//
// The values listed are those the file holds when written (ScenarioWriter, isWrittenValue):
// an optional number only when set (an optional text only when not empty), model 1.1 keys
// only when used, a curve as its start and
// annual change or as one value per point, internal demand as month 0 and growth or one value
// per month. Provenance entries and the "format"/"version" header are not values of the
// scenario and are not listed. Plain C++, no Qt.
#pragma once

#include "scenario/ScenarioSchema.h"

#include <string>
#include <vector>

namespace fleetroi {

struct ScenarioValue
{
    enum class Kind
    {
        Number, // `number`, in stored units (a fraction, not a percent) of `unit`
        Text,   // `text`: free text, "YYYY-MM" for the start, a driver's distribution, or a
                // whole number too large for a double (a seed above 2^53) in decimal digits
        Bool,   // `flag`
        Choice, // `choice` (its file spelling and label)
    };

    // The entry of the value. A curve's start and annual change are CurveStart and
    // CurveAnnualChange, a curve point CurvePoints, a demand month DemandSeries, a Monte
    // Carlo driver UncertaintyDrivers.
    const SchemaField *field = nullptr;
    // The top-level entry the value belongs to (Finance, Skus, InternalDemand, ...), or
    // nullptr for a plain top-level field (name, currency, start, horizon).
    const SchemaField *section = nullptr;
    // The curve (SkuLeasePrice, ...) or nested object (SkuUsefulLifeChange) the value is part
    // of, else nullptr.
    const SchemaField *within = nullptr;
    int item = -1;    // index in its list (skus, purchases, correlations), -1 outside a list
    int month = -1;   // a curve point's or a demand value's month index (0 .. H-1), else -1
    std::string path; // concrete path: "operations.pue", "skus[2].lease_price.points[1][1]"
    FieldUnit unit = FieldUnit::None; // a curve's start and points take the curve's unit
    Kind kind = Kind::Number;
    double number = 0.0;
    bool whole = false; // stored as a whole number (months, GPUs, counts)
    std::string text;
    bool flag = false;
    const FieldChoice *choice = nullptr;
};

// The values of `scenario` in file order. Indices and months are as stored; the scenario need
// not be valid (a missing SKU or an empty curve is listed as it is).
std::vector<ScenarioValue> scenarioValues(const Scenario &scenario);

// The unit's short text for people, an English source string for
// QCoreApplication::translate(kSchemaTranslationContext, ...): "%1/GPU-h", "%/year", "kW",
// "months"; "%1" stands for the currency code (money units only: FieldUnit Money and
// MoneyPer...). "" for FieldUnit::None and Ratio.
const char *fieldUnitText(FieldUnit unit);

// Whether the unit's text holds the currency placeholder "%1".
bool isMoneyUnit(FieldUnit unit);

} // namespace fleetroi
