// SPDX-License-Identifier: GPL-3.0-or-later
// Bucket sorting and bucket selection (see MonteCarloStats.h). Written here rather than taken
// from a library: the only candidates (Boost.Sort's spreadsort, pdqsort) are not in the
// core's dependencies (C++ standard library and Eigen only), and the summaries need an
// order that is exactly std::sort's, which this is by construction.
#include "montecarlo/MonteCarloStats.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <new>

#if defined(__linux__)
#include <sys/mman.h>
#endif

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
    if (!finite || !(hi > lo) || !std::isfinite(scale) || n < 64 || n > 0x7fffffff) {
        for (std::size_t i = 0; i < n; ++i)
            order[i] = {x[i], std::uint32_t(i)};
        std::sort(order.begin(), order.end());
        return;
    }
    // Counting sort by bucket (stable: indices ascend within a bucket), then each bucket.
    std::vector<std::uint32_t> &bucket = scratch.bucket, &start = scratch.count;
    bucket.resize(n);
    start.assign(nb + 1, 0);
    {
        // Indices first (vectorized: (x - lo) x scale is in [0, nb] and nb < 2^31, so the
        // 32-bit conversion is exact and the 64-bit unsigned one's branches are not needed),
        // then the counts.
        const double *__restrict src = x;
        std::uint32_t *__restrict bucketIndex = bucket.data();
        const std::int32_t top = std::int32_t(nb - 1);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int32_t b = std::int32_t((src[i] - lo) * scale);
            bucketIndex[i] = std::uint32_t(b < top ? b : top);
        }
        std::uint32_t *__restrict counts = start.data();
        for (std::size_t i = 0; i < n; ++i)
            ++counts[bucketIndex[i] + 1];
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

void *allocateLarge(std::size_t bytes, void *&mapping, std::size_t &mappedBytes)
{
    mapping = nullptr;
    mappedBytes = 0;
    if (bytes == 0)
        return nullptr;
#if defined(__linux__)
    // Below one huge page the heap does as well (and reuses freed memory).
    constexpr std::size_t kHuge = std::size_t(2) << 20;
    if (bytes >= kHuge) {
        // A 2 MiB aligned start inside a mapping one huge page larger, so that every
        // 2 MiB of the array can be one huge page.
        const std::size_t length = (bytes + kHuge - 1) / kHuge * kHuge + kHuge;
        void *m = mmap(nullptr, length, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
        if (m == MAP_FAILED)
            throw std::bad_alloc();
        mapping = m;
        mappedBytes = length;
        const std::uintptr_t start =
            (reinterpret_cast<std::uintptr_t>(m) + kHuge - 1) / kHuge * kHuge;
        void *aligned = reinterpret_cast<void *>(start);
#ifdef MADV_HUGEPAGE
        madvise(aligned, length - (start - reinterpret_cast<std::uintptr_t>(m)), MADV_HUGEPAGE);
#endif
        return aligned;
    }
#endif
    void *p = std::malloc(bytes);
    if (!p)
        throw std::bad_alloc();
    mapping = p;
    return p;
}

void freeLarge(void *mapping, std::size_t mappedBytes)
{
    if (!mapping)
        return;
#if defined(__linux__)
    if (mappedBytes > 0) {
        munmap(mapping, mappedBytes);
        return;
    }
#endif
    std::free(mapping);
}

void averageRanksOfSorted(const std::vector<std::pair<double, std::uint32_t>> &order, double *rank)
{
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && order[j + 1].first == order[i].first)
            ++j;
        const double r = 0.5 * double(i + j); // mean of the 0-based ranks i..j
        for (std::size_t k = i; k <= j; ++k)
            rank[order[k].second] = r;
        i = j + 1;
    }
}

std::vector<double> averageRanksOfSorted(const std::vector<std::pair<double, std::uint32_t>> &order)
{
    std::vector<double> rank(order.size());
    averageRanksOfSorted(order, rank.data());
    return rank;
}

void floatQuantiles(const float *v, std::size_t n, const double *ps, std::size_t np, double *out,
                    OrderScratch &scratch)
{
    // Smallest and largest value in 8 independent lanes (so that the loop vectorizes); the
    // order does not matter without NaN, and a NaN takes the comparison path below.
    constexpr std::size_t kLanes = 8;
    float los[kLanes], his[kLanes];
    std::uint32_t nanLanes[kLanes];
    for (std::size_t l = 0; l < kLanes; ++l) {
        los[l] = his[l] = v[0];
        nanLanes[l] = 0;
    }
    const std::size_t whole = n / kLanes * kLanes;
    for (std::size_t i = 0; i < whole; i += kLanes)
        for (std::size_t l = 0; l < kLanes; ++l) {
            const float x = v[i + l];
            los[l] = x < los[l] ? x : los[l];
            his[l] = his[l] < x ? x : his[l];
            nanLanes[l] |= x != x ? 1u : 0u;
        }
    float lo = los[0], hi = his[0];
    std::size_t nans = 0;
    for (std::size_t l = 0; l < kLanes; ++l) {
        lo = std::min(lo, los[l]);
        hi = std::max(hi, his[l]);
        nans += nanLanes[l];
    }
    for (std::size_t i = whole; i < n; ++i) {
        lo = std::min(lo, v[i]);
        hi = std::max(hi, v[i]);
        nans += v[i] != v[i] ? 1 : 0;
    }
    const bool finite = nans == 0 && std::isfinite(lo) && std::isfinite(hi);
    // About 64 values a bucket: the counts stay in the L1 cache.
    const std::size_t nb = std::clamp<std::size_t>(n / 64, 1, 1u << 16);
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
    {
        const float *__restrict src = v;
        std::uint32_t *__restrict counts = count.data();
        std::uint32_t *__restrict bucketIndex = bucket.data();
        // Two loops: the indices (vectorized: (x - lo) x scale is in [0, nb], so a 32-bit
        // conversion is exact where the 64-bit unsigned one is a branchy sequence), then
        // the counts.
        const std::int32_t top = std::int32_t(nb - 1);
        for (std::size_t i = 0; i < n; ++i) {
            const std::int32_t b = std::int32_t((double(src[i]) - dlo) * scale);
            bucketIndex[i] = std::uint32_t(b < top ? b : top);
        }
        for (std::size_t i = 0; i < n; ++i)
            ++counts[bucketIndex[i] + 1];
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
        const std::uint8_t *__restrict slots = slot.data();
        const std::uint32_t *__restrict bucketIndex = bucket.data();
        float *__restrict gathered = picked.data();
        for (std::size_t i = 0; i < n; ++i) {
            const std::uint8_t k = slots[bucketIndex[i]];
            if (k != 0)
                gathered[fill[k - 1]++] = v[i];
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
