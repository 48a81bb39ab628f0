// SPDX-License-Identifier: GPL-3.0-or-later
// Order statistics of Monte Carlo samples without full comparison sorts: the summaries of
// runMonteCarlo (quantiles of the NPVs and of each month's cumulative cash flow, average
// ranks for the Spearman correlations) on 100,000 paths. Plain C++, no Qt.
//
// Both functions give exactly what sorting gives (same values, same ties), only faster on
// smooth samples: values are first distributed into equal-width buckets between the
// smallest and the largest value (a bucket index is a monotone function of the value, so
// buckets are ordered), then only the buckets that matter are sorted or selected. A sample
// with non-finite values, or one bucket holding everything, still gives the exact answer
// (it falls back to comparison sorting).
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace fleetroi {

// Reusable buffers for the functions below (one per thread).
struct OrderScratch
{
    std::vector<std::uint32_t> bucket, count;
    std::vector<std::pair<double, std::uint32_t>> pairs;
    std::vector<float> picked;
    std::vector<std::uint8_t> slot;
};

// Sorts (x[i], i) for i in 0..n ascending by value, then index (n < 2^32), into `order`:
// the same sequence std::sort of the pairs gives.
void sortWithIndex(const double *x, std::size_t n,
                   std::vector<std::pair<double, std::uint32_t>> &order, OrderScratch &scratch);

// Average ranks (0-based; tied values get the mean of their ranks) of the sorted pairs of
// sortWithIndex: rank[order[k].second] for every k.
std::vector<double>
averageRanksOfSorted(const std::vector<std::pair<double, std::uint32_t>> &order);

// Type-7 quantiles (MonteCarlo.h) of the n > 0 values v at the shares ps[0..np) (each in
// 0..1): out[k] = a + (h - lo) (b - a) with h = (n - 1) ps[k], lo = floor(h), a and b the
// order statistics lo and lo + 1 (b = a for the largest), computed in double from the floats.
// v is not changed.
void floatQuantiles(const float *v, std::size_t n, const double *ps, std::size_t np, double *out,
                    OrderScratch &scratch);

} // namespace fleetroi
