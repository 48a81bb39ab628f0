// SPDX-License-Identifier: GPL-3.0-or-later
// Business catalogs: the starting values and published company policies an analyst picks
// from when building a scenario. Data, not editing: the command facade (ScenarioCommands)
// applies them as undoable edits.
#pragma once

#include "scenario/Scenario.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace fleetroi {

// A book (accounting) life disclosed by a company, in months.
struct LifePreset
{
    QString name; // translated, e.g. "Meta (5.5 years)"
    int months = 0;
};

class ScenarioCatalogs
{
    Q_DECLARE_TR_FUNCTIONS(fleetroi::ScenarioCatalogs)
public:
    // Book lives of server and network equipment as disclosed in 10-K filings (FY2024/2025),
    // longest first, ending with the critics' case of 3 years.
    static QList<LifePreset> usefulLifePresets();

    // The GPU type a new scenario or "Add GPU type" starts from: an H100 SXM at list prices
    // (25,000 per GPU, 60,000 per 8-GPU server, 3,500 network per GPU, 1.275 kW per GPU with
    // its server share), 60 months book and operating life, lease 2.20 and cloud 3.00 per
    // GPU-hour falling 20 % and 15 % a year. Id "h100".
    static Sku defaultSku();

    // A purchase of the default size: 1,024 GPUs in month 0 of `skuId`.
    static PurchaseTranche defaultPurchase(const std::string &skuId);

    // The purchase "Add purchase" appends to `scenario`: a copy of the last one without its
    // label and GPU-price override, or defaultPurchase() of the first GPU type when there is
    // none.
    static PurchaseTranche nextPurchase(const Scenario &scenario);

    // A small valid scenario to start from: defaultSku(), defaultPurchase() of it, a
    // five-year horizon from the current month and 300,000 compute hours of internal demand
    // per month.
    static Scenario newScenario();
};

// The curve a GPU type gets when the analyst turns its market value on: flat at the cost of
// one GPU with its share of server and network (gpu_price + server_cost / gpus_per_server +
// network_cost_per_gpu), per GPU. A starting point to edit, not an estimate.
PriceCurve defaultMarketValueCurve(const Sku &sku);

} // namespace fleetroi
