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
};

} // namespace fleetroi
