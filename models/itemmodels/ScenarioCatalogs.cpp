// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScenarioCatalogs.h"

#include <QDate>

#include <algorithm>

namespace fleetroi {

QList<LifePreset> ScenarioCatalogs::usefulLifePresets()
{
    // Server and network equipment lives as disclosed in 10-K filings (FY2024/2025).
    return {{tr("Meta (5.5 years)"), 66},
            {tr("Microsoft, Alphabet, CoreWeave (6 years)"), 72},
            {tr("Amazon (5 years)"), 60},
            {tr("Nebius (4 years)"), 48},
            {tr("Critics' case (3 years)"), 36}};
}

Sku ScenarioCatalogs::defaultSku()
{
    Sku h100;
    h100.id = "h100";
    h100.name = "H100 SXM";
    h100.gpuPrice = 25000;
    h100.serverCost = 60000;
    h100.networkCostPerGpu = 3500;
    h100.powerKwPerGpu = 1.275;
    h100.usefulLifeMonths = 60;
    h100.operatingLifeMonths = 60;
    h100.leasePrice = {PriceCurve::Kind::Growth, 2.2, -0.2, {}};
    h100.cloudPrice = {PriceCurve::Kind::Growth, 3.0, -0.15, {}};
    return h100;
}

PurchaseTranche ScenarioCatalogs::defaultPurchase(const std::string &skuId)
{
    PurchaseTranche t;
    t.sku = skuId;
    t.gpus = 1024;
    return t;
}

PurchaseTranche ScenarioCatalogs::nextPurchase(const Scenario &scenario)
{
    if (scenario.purchases.empty())
        return defaultPurchase(scenario.skus.empty() ? std::string() : scenario.skus.front().id);
    PurchaseTranche t = scenario.purchases.back();
    t.label.clear();
    t.gpuPrice.reset();
    return t;
}

Scenario ScenarioCatalogs::newScenario()
{
    Scenario s;
    s.name = tr("New scenario").toStdString();
    const QDate today = QDate::currentDate();
    s.startYear = today.year();
    s.startMonth = today.month();
    s.horizonMonths = 60;
    s.skus.push_back(defaultSku());
    s.purchases.push_back(defaultPurchase(s.skus.front().id));
    s.internalDemand.computeHours = 300000;
    return s;
}

PriceCurve defaultMarketValueCurve(const Sku &sku)
{
    PriceCurve c;
    c.kind = PriceCurve::Kind::Growth;
    c.start = sku.gpuPrice + sku.serverCost / double(std::max(1, sku.gpusPerServer)) +
              sku.networkCostPerGpu;
    c.annualChange = 0.0;
    return c;
}

} // namespace fleetroi
