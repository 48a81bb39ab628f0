// SPDX-License-Identifier: GPL-3.0-or-later
// Item data roles shared by FleetROI's item models and the delegates that edit them.
#pragma once

#include <Qt>

namespace fleetroi {

enum ItemRole
{
    FieldPathRole = Qt::UserRole + 1, // QString: file path of the cell's field, "skus[0].gpu_price"
    ValidationRole,                   // QString: the validator's message for the cell, or empty
    CurrencyRole,                     // QString: the scenario's currency
    StartMonthRole,                   // QDate: first day of month 0 (for month editors)
    ChoicesRole,                      // QVariantList of QStringList{value, label}
    ProvenanceRole,                   // QString: source of the assumption, or empty
    SortRole,                         // raw number for sorting read-only tables
    HorizonRole,                      // int: the scenario's horizon in months (month editors)
    // What a copied cell puts on the clipboard (TableTsv): a number (double or integer, full
    // precision) or plain text. On headerData: the column's clipboard title (the file key
    // for scenario tables, so a copied block imports back) or the row's label ("2026-01").
    CopyRole,
};

} // namespace fleetroi
