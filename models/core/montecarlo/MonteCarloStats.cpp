// SPDX-License-Identifier: GPL-3.0-or-later
// Bucket sorting and bucket selection (see MonteCarloStats.h). Written here rather than taken
// from a library: the only candidates (Boost.Sort's spreadsort, pdqsort) are not in the
// core's dependencies (C++ standard library and Eigen only), and the summaries need an
// order that is exactly std::sort's, which this is by construction.
#include "montecarlo/MonteCarloStats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace fleetroi {

namespace {

// Sorts a short range of pairs: insertion sort below 24 elements (most buckets hold 0-3).
void sortSmall(std::pair<double, std::uint32_t> *first, std::pair<double, std::uint32_t> *last)
{
    if (last - first > 24) {
        std::sort(first, last);
        return;
    }
    for (auto *i = first + 1; i < last; ++i) {
        const auto v = *i;
        auto *j = i;
        for (; j > first && v < *(j - 1); --j)
            *j = *(j - 1);
        *j = v;
    }
}

} // namespace

void sortWithIndex(const double *x, std::size_t n,
                   std::vector<std::pair<double, std::uint32_t>> &order, OrderScratch &scratch)
{
    order.resize(n);
    if (n == 0)
        return;
    double lo = x[0], hi = x[0];
    bool finite = true;
    for (std::size_t i = 0; i < n; ++i) {
        lo = std::min(lo, x[i]);
        hi = std::max(hi, x[i]);
        finite = finite && std::isfinite(x[i]);
    }
    const std::size_t nb = std::max<std::size_t>(1, n);
    const double scale = double(nb) / (hi - lo);
    if (!finite || !(hi > lo) || !std::isfinite(scale) || n < 64) {
        for (std::size_t i = 0; i < n; ++i)
            order[i] = {x[i], std::uint32_t(i)};
        std::sort(order.begin(), order.end());
        return;
    }
    // Counting sort by bucket (stable: indices ascend within a bucket), then each bucket.
    std::vector<std::uint32_t> &bucket = scratch.bucket, &start = scratch.count;
    bucket.resize(n);
    start.assign(nb + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t b = std::min(nb - 1, std::size_t((x[i] - lo) * scale));
        bucket[i] = std::uint32_t(b);
        ++start[b + 1];
    }
    for (std::size_t b = 0; b < nb; ++b)
        start[b + 1] += start[b];
    for (std::size_t i = 0; i < n; ++i)
        order[start[bucket[i]]++] = {x[i], std::uint32_t(i)};
    // start[b] is now the end of bucket b.
    std::size_t begin = 0;
    for (std::size_t b = 0; b < nb; ++b) {
        const std::size_t end = start[b];
        if (end - begin > 1)
            sortSmall(order.data() + begin, order.data() + end);
        begin = end;
    }
}

std::vector<double> averageRanksOfSorted(const std::vector<std::pair<double, std::uint32_t>> &order)
{
    std::vector<double> rank(order.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && order[j + 1].first == order[i].first)
            ++j;
        const double r = 0.5 * double(i + j); // mean of the 0-based ranks i..j
        for (std::size_t k = i; k <= j; ++k)
            rank[order[k].second] = r;
        i = j + 1;
    }
    return rank;
}

void floatQuantiles(const float *v, std::size_t n, const double *ps, std::size_t np, double *out,
                    OrderScratch &scratch)
{
    float lo = v[0], hi = v[0];
    std::size_t nans = 0;
    for (std::size_t i = 0; i < n; ++i) {
        lo = std::min(lo, v[i]);
        hi = std::max(hi, v[i]);
        nans += v[i] != v[i] ? 1 : 0;
    }
    const bool finite = nans == 0 && std::isfinite(lo) && std::isfinite(hi);
    const std::size_t nb = std::clamp<std::size_t>(n / 16, 1, 1u << 16);
    const double scale = double(nb) / (double(hi) - double(lo));
    const bool buckets = finite && hi > lo && std::isfinite(scale) && n >= 256;
    std::vector<float> &picked = scratch.picked;
    if (!buckets) {
        // Comparison selection (as std::sort would order the floats).
        picked.assign(v, v + n);
        std::size_t from = 0; // picked[0..from) holds values <= everything after
        for (std::size_t q = 0; q < np; ++q) {
            const double h = double(n - 1) * ps[q];
            const std::size_t r = std::size_t(std::floor(h));
            if (r >= from)
                std::nth_element(picked.begin() + std::ptrdiff_t(from),
                                 picked.begin() + std::ptrdiff_t(r), picked.end());
            from = r + 1;
            const double a = picked[r];
            const double b =
                r + 1 < n ? *std::min_element(picked.begin() + std::ptrdiff_t(r + 1), picked.end())
                          : a;
            out[q] = a + (h - double(r)) * (b - a);
        }
        return;
    }
    // Histogram of bucket indices (a monotone function of the value).
    std::vector<std::uint32_t> &count = scratch.count;
    std::vector<std::uint32_t> &bucket = scratch.bucket;
    count.assign(nb + 1, 0);
    bucket.resize(n);
    const double dlo = double(lo);
    for (std::size_t i = 0; i < n; ++i) {
        const std::size_t b = std::min(nb - 1, std::size_t((double(v[i]) - dlo) * scale));
        bucket[i] = std::uint32_t(b);
        ++count[b + 1];
    }
    for (std::size_t b = 0; b < nb; ++b)
        count[b + 1] += count[b];        // count[b] = values in the buckets before b
    auto bucketOf = [&](std::size_t r) { // the last b with count[b] <= r
        return std::size_t(std::upper_bound(count.begin(), count.begin() + std::ptrdiff_t(nb), r) -
                           count.begin()) -
               1;
    };
    // Every bucket that holds a needed order statistic (ranks r and r + 1 of each share),
    // gathered in one pass.
    std::vector<std::size_t> ranks, wanted;
    if (np > 8) { // at most 16 wanted buckets below; callers ask for a few shares
        for (std::size_t q = 0; q < np; q += 8)
            floatQuantiles(v, n, ps + q, std::min<std::size_t>(8, np - q), out + q, scratch);
        return;
    }
    for (std::size_t q = 0; q < np; ++q) {
        const std::size_t r = std::size_t(std::floor(double(n - 1) * ps[q]));
        ranks.push_back(r);
        wanted.push_back(bucketOf(r));
        if (r + 1 < n)
            wanted.push_back(bucketOf(r + 1));
    }
    std::sort(wanted.begin(), wanted.end());
    wanted.erase(std::unique(wanted.begin(), wanted.end()), wanted.end());
    std::vector<std::size_t> first(wanted.size() + 1, 0);
    for (std::size_t k = 0; k < wanted.size(); ++k)
        first[k + 1] = first[k] + (count[wanted[k] + 1] - count[wanted[k]]);
    picked.resize(first.back());
    {
        // slot[b] = 1 + position of bucket b in `wanted`, 0 when not wanted.
        std::vector<std::uint8_t> &slot = scratch.slot;
        slot.assign(nb, 0);
        for (std::size_t k = 0; k < wanted.size(); ++k)
            slot[wanted[k]] = std::uint8_t(k + 1);
        std::size_t fill[16];
        for (std::size_t k = 0; k < wanted.size(); ++k)
            fill[k] = first[k];
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint8_t k = slot[bucket[i]];
            if (k != 0)
                picked[fill[k - 1]++] = v[i];
        }
    }
    // The order statistic of rank r: selected inside its bucket.
    auto statistic = [&](std::size_t r) {
        const std::size_t b = bucketOf(r);
        const std::size_t k =
            std::size_t(std::lower_bound(wanted.begin(), wanted.end(), b) - wanted.begin());
        const auto begin = picked.begin() + std::ptrdiff_t(first[k]);
        const auto end = picked.begin() + std::ptrdiff_t(first[k + 1]);
        const auto nth = begin + std::ptrdiff_t(r - count[b]);
        std::nth_element(begin, nth, end);
        return *nth;
    };
    for (std::size_t q = 0; q < np; ++q) {
        const std::size_t r = ranks[q];
        const double h = double(n - 1) * ps[q];
        const double a = statistic(r);
        const double b = r + 1 < n ? double(statistic(r + 1)) : a;
        out[q] = a + (h - double(r)) * (b - a);
    }
}

} // namespace fleetroi
