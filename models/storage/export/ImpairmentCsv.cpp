// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/ImpairmentCsv.h"

#include "engine/FleetModel.h"
#include "engine/ResultsFormat.h"
#include "export/CsvExport.h"

#include <QStringList>

namespace fleetroi {
namespace exporting {

QByteArray trancheImpairmentsCsv(const Scenario &sc, const ModelResults &r)
{
    QByteArray out = "purchase,label,sku,gpus,purchase_month,month,amount\n";
    for (const TrancheImpairment &e : r.impairments) {
        const PurchaseTranche &p = sc.purchases[std::size_t(e.purchaseIndex)];
        out += csvLine({QString::number(e.purchaseIndex), QString::fromStdString(p.label),
                        QString::fromStdString(p.sku), QString::number(p.gpus),
                        QString::fromStdString(monthLabel(sc.startYear, sc.startMonth, p.month)),
                        QString::fromStdString(monthLabel(sc.startYear, sc.startMonth, e.month)),
                        QString::fromStdString(formatCsvNumber(e.amount))});
    }
    return out;
}

} // namespace exporting
} // namespace fleetroi
