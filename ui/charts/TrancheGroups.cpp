// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/TrancheGroups.h"

#include <algorithm>
#include <map>
#include <numeric>

namespace fleetroi {
namespace charts {

std::vector<ChartGroup> largestGroups(const TrancheGroupSeries &series, int maxSeries)
{
    maxSeries = std::max(maxSeries, 2);
    const std::size_t n = series.names.size();
    std::vector<std::size_t> order(n);
    std::iota(order.begin(), order.end(), std::size_t(0));
    const auto capexOf = [&](std::size_t g) {
        return g < series.capex.size() ? series.capex[g] : 0.0;
    };
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t a, std::size_t b) { return capexOf(a) > capexOf(b); });
    const std::size_t own = n <= std::size_t(maxSeries) ? n : std::size_t(maxSeries - 1);
    std::vector<ChartGroup> out;
    out.reserve(own + 1);
    const auto rowOf = [&](std::size_t g) -> const std::vector<double> & {
        static const std::vector<double> none;
        return g < series.bookValue.size() ? series.bookValue[g] : none;
    };
    for (std::size_t i = 0; i < own; ++i) {
        const std::size_t g = order[i];
        ChartGroup c;
        c.name = series.names[g];
        c.tranches = g < series.trancheCount.size() ? series.trancheCount[g] : 0;
        c.capex = capexOf(g);
        c.values = rowOf(g);
        out.push_back(std::move(c));
    }
    if (own < n) {
        ChartGroup other;
        other.other = true;
        other.groups = int(n - own);
        for (std::size_t i = own; i < n; ++i) {
            const std::size_t g = order[i];
            other.tranches += g < series.trancheCount.size() ? series.trancheCount[g] : 0;
            other.capex += capexOf(g);
            const std::vector<double> &row = rowOf(g);
            if (other.values.size() < row.size())
                other.values.resize(row.size(), 0.0);
            for (std::size_t t = 0; t < row.size(); ++t)
                other.values[t] += row[t];
        }
        out.push_back(std::move(other));
    }
    return out;
}

TrancheGroupSeries groupBySkuFromDetail(const std::vector<TrancheResults> &tranches, int months)
{
    TrancheGroupSeries g;
    g.by = TrancheGroupBy::Sku;
    const std::size_t h = std::size_t(std::max(months, 0));
    std::map<std::string, int> index;
    g.groupOfPurchase.reserve(tranches.size());
    for (const TrancheResults &t : tranches) {
        auto [it, added] = index.emplace(t.skuId, int(g.names.size()));
        if (added) {
            g.names.push_back(t.skuId);
            g.trancheCount.push_back(0);
            g.capex.push_back(0.0);
            g.bookValue.emplace_back(h, 0.0);
        }
        const std::size_t gi = std::size_t(it->second);
        g.groupOfPurchase.push_back(it->second);
        ++g.trancheCount[gi];
        g.capex[gi] += t.capex;
        const std::size_t m = std::min(h, t.bookValue.size());
        for (std::size_t k = 0; k < m; ++k)
            g.bookValue[gi][k] += t.bookValue[k];
    }
    return g;
}

} // namespace charts
} // namespace fleetroi
