// SPDX-License-Identifier: GPL-3.0-or-later
// The report's words and numbers for the fields of the scenario schema
// (models/core/scenario/ScenarioSchema.h): the translated label, the unit, and a stored value
// in display units. The Assumptions section and the balance-sheet assumptions table walk the
// schema and print every field through this class, so a field added to the schema reaches the
// report with its label, unit and decimals and no report code of its own.
//
// Numbers are never rounded away: a value shows at least the field's `decimals` (in display
// units, percent for fractions) and as many more as it needs to read back exactly (up to 10),
// so 0.0825 USD/kWh with 3 decimals prints "0.0825", not "0.083".
#pragma once

#include "report/ReportFormat.h"

#include "scenario/ScenarioSchema.h"

#include <QCoreApplication>
#include <QString>

namespace fleetroi {
namespace report {

class AssumptionText
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::report::AssumptionText)

public:
    AssumptionText(const Scenario &scenario, const ReportFormat &format);

    // The field's label in the installed translation (kSchemaTranslationContext).
    static QString label(const SchemaField &field);
    // "USD", "USD/GPU-h", "%", "%/year", "kW", "months", "h/month", "× H100"; empty for
    // plain numbers (counts, ratios, months of the calendar).
    QString unit(FieldUnit unit) const;
    // "GPU price (USD)", "Idle power (%)"; the label alone when the field has no unit.
    QString labelWithUnit(const SchemaField &field) const;

    // The value of `field` in `owner` (an object of type field.owner: the Scenario, a Sku, a
    // PurchaseTranche, ...) as the report prints it: numbers in display units (see above),
    // month indices as their calendar month (YYYY-MM), choices by their translated label,
    // yes/no, text as written ("–" when empty), an unset optional number as "–". With
    // `withUnit` a unit follows the number ("30,000 USD", "9.00 %", "48 months"). Shaped
    // fields: the start month (YYYY-MM) and price curves (see curve()); others give "".
    QString value(const SchemaField &field, const void *owner, bool withUnit) const;

    // A number stored in `field`'s unit, in display units (percent for fractions).
    QString number(const SchemaField &field, double stored) const;

    // A price curve whose prices are in `curveField`'s unit and decimals: "2.35 USD/GPU-h,
    // -20.0 %/year" (start and annual change) or "4.50 in 2024-01; 1.70 in 2025-10" (points).
    QString curve(const SchemaField &curveField, const PriceCurve &c, bool withUnit) const;

    // A plain number with at least `leastDecimals` decimals and as many more as it needs to
    // read back exactly (up to 10): the rule of every number of this class.
    QString exact(double v, int leastDecimals) const;

    const ReportFormat &format() const { return m_f; }

private:
    QString withUnitText(const QString &number, FieldUnit unit, double value) const;

    const Scenario &m_sc;
    const ReportFormat &m_f;
};

} // namespace report
} // namespace fleetroi
