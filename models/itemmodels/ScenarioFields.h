// SPDX-License-Identifier: GPL-3.0-or-later
// Every scalar assumption of a scenario, addressed by its path in the scenario file
// (SCENARIO_FORMAT.md), e.g. "finance.discount_rate" or "skus[0].gpu_price". The same paths
// name provenance entries and validation messages, so an editor, its error label and its
// provenance all meet on one string. Everything here walks the scenario schema
// (scenario/ScenarioSchema.h): the fields, their order, labels, help, units, ranges, decimals
// and choices, and value()/setValue() reach the member through the schema's accessor, so no
// field is named in this file.
#pragma once

#include "scenario/FieldRanges.h"
#include "scenario/Scenario.h"
#include "scenario/ScenarioSchema.h"

#include <QCoreApplication>
#include <QList>
#include <QPair>
#include <QString>
#include <QVariant>

namespace fleetroi {

// How a value is shown and edited.
enum class FieldKind
{
    Number,  // double
    Integer, // whole number
    Text,    // free text
    Choice,  // one of a fixed list of file spellings (ChoiceOption)
    Boolean,
    Month,  // month index from the scenario's start, shown as a calendar month
    SkuRef, // the id of one of the scenario's SKUs
};

struct ChoiceOption
{
    QString value; // file spelling
    QString label; // translated
};

// What an editor needs to know about one field.
struct FieldInfo
{
    QString key;   // file key of the field, e.g. "gpu_price"
    QString label; // the schema's label, translated (context kSchemaTranslationContext)
    QString toolTip;
    FieldKind kind = FieldKind::Number;
    FieldUnit unit = FieldUnit::None;
    // Numeric fields: the range of the file format (the schema's rule, which the file
    // validation uses), in stored units (a fraction, not a percent); minimum/maximum are its
    // bounds. Text fields: minimum/maximum are the format's lengths in characters.
    double minimum = 0.0;
    double maximum = 1e9;
    scenario_detail::NumberRule rule;
    bool hasRule = false;
    int decimals = 2;      // shown decimals, in display units
    bool optional = false; // may be empty (purchase gpu price override)
    QList<ChoiceOption> choices;

    bool isPercent() const
    {
        return unit == FieldUnit::Fraction || unit == FieldUnit::FractionPerYear;
    }
    // Stored value -> value shown in a spin box (percent fields x 100).
    double toDisplay(double stored) const { return isPercent() ? stored * 100.0 : stored; }
    double fromDisplay(double shown) const { return isPercent() ? shown / 100.0 : shown; }
    // Suffix for a spin box, e.g. " USD/GPU-h" or " %".
    QString suffix(const QString &currency) const;
};

class ScenarioFields
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::ScenarioFields)
public:
    // Columns of the SKU and purchase tables, in display order (keys of FieldInfo).
    static QStringList skuKeys();
    static QStringList purchaseKeys();
    // Scalar top-level, finance, operations, leasing and demand fields.
    static QStringList generalPaths();
    static QStringList financePaths();
    static QStringList operationsPaths();
    static QStringList leasingPaths();

    // Description of a path such as "skus[2].gpu_price" (indices are ignored). An unknown
    // path gives a FieldInfo with an empty key.
    static FieldInfo info(const QString &path);

    // Stored value at path (double, int, QString or bool), or an invalid QVariant.
    static QVariant value(const Scenario &scenario, const QString &path);
    // Sets the value; false when the path is unknown, the value cannot be converted (a
    // fraction for a whole-number field, a word that is not one of a choice's file
    // spellings) or breaks an identity rule (a SKU id already in use). Ranges are not
    // checked here (FieldInput does, before an edit reaches the document). Renaming a SKU id
    // renames the purchases' references too, so the pair stays consistent through undo.
    static bool setValue(Scenario &scenario, const QString &path, const QVariant &value);

    // Splits "skus[3].gpu_price" into ("skus", 3, "gpu_price"); index -1 when there is none.
    struct PathParts
    {
        QString list;
        int index = -1;
        QString key;
    };
    static PathParts split(const QString &path);
    // The file key of a schema field ("skus", "gpu_price"), so callers name fields by FieldId.
    static QString key(FieldId id);
    static QString skuPath(int row, const QString &key);
    static QString purchasePath(int row, const QString &key);
    // A translated one-line name for a path, e.g. "H100 SXM: GPU price".
    static QString describe(const Scenario &scenario, const QString &path);
};

} // namespace fleetroi
