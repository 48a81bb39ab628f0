// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenario/Scenario.h"
#include "scenario/PurchaseSkuIndex.h"

#include <cmath>
#include <string_view>
#include <unordered_map>

namespace fleetroi {

double PriceCurve::at(int month) const
{
    if (kind == Kind::Growth) {
        // Compounded monthly from month 0 (MODEL.md "Time").
        return start * std::pow(1.0 + annualChange, month / 12.0);
    }
    if (points.empty())
        return 0.0;
    if (month <= points.front().first)
        return points.front().second;
    if (month >= points.back().first)
        return points.back().second;
    for (std::size_t i = 1; i < points.size(); ++i) {
        const auto &[m1, p1] = points[i];
        if (month <= m1) {
            const auto &[m0, p0] = points[i - 1];
            const double w = double(month - m0) / double(m1 - m0);
            return p0 + (p1 - p0) * w;
        }
    }
    return points.back().second;
}

int Scenario::skuIndex(const std::string &id) const
{
    for (std::size_t i = 0; i < skus.size(); ++i)
        if (skus[i].id == id)
            return int(i);
    return -1;
}

std::vector<int> purchaseSkuIndices(const Scenario &scenario)
{
    const std::vector<Sku> &skus = scenario.skus;
    const std::vector<PurchaseTranche> &purchases = scenario.purchases;
    std::unordered_map<std::string_view, int> index;
    index.reserve(skus.size());
    // The first SKU of an id wins, as in skuIndex() (duplicates are a validation error).
    for (std::size_t i = 0; i < skus.size(); ++i)
        index.emplace(skus[i].id, int(i));
    std::vector<int> out(purchases.size(), -1);
    for (std::size_t k = 0; k < purchases.size(); ++k)
        if (const auto it = index.find(purchases[k].sku); it != index.end())
            out[k] = it->second;
    return out;
}

bool Scenario::usesModel11() const
{
    if (finance.impairmentTest || finance.terminalValue == TerminalValueMethod::MarketValue)
        return true;
    for (const Sku &k : skus)
        if (k.marketValue || k.usefulLifeChange || k.marketAgeDiscountPerYear != 0.0)
            return true;
    return false;
}

const char *toString(DriverDistribution::Kind k)
{
    switch (k) {
    case DriverDistribution::Kind::Triangular: return "triangular";
    case DriverDistribution::Kind::Uniform: return "uniform";
    case DriverDistribution::Kind::Normal: return "normal";
    }
    return "triangular";
}

} // namespace fleetroi
