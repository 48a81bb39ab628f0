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
    std::vector<std::pair<double, std::uint32_t>> pairs, order;
    std::vector<float> picked;
    std::vector<std::uint8_t> slot;
};

// The memory of LargeArray: `bytes` bytes aligned for any scalar type; `mapping` and
// `mappedBytes` are what freeLarge() needs. Throws std::bad_alloc when there is no memory.
void *allocateLarge(std::size_t bytes, void *&mapping, std::size_t &mappedBytes);
void freeLarge(void *mapping, std::size_t mappedBytes);

// An array of `count` trivially copyable T for the run's large buffers (the fan, the kept
// multipliers, the ranks: tens of MB). Uninitialised: every element must be written before it
// is read. On Linux it is mapped with transparent huge pages (madvise), so that touching it
// costs a few page faults, not one per 4 KiB page (7,000 for the 29 MB fan of 100,000 paths,
// a tenth of the run); elsewhere it is plain heap memory.
template <typename T> class LargeArray
{
public:
    LargeArray() = default;
    explicit LargeArray(std::size_t count) { reset(count); }
    ~LargeArray() { release(); }
    LargeArray(const LargeArray &) = delete;
    LargeArray &operator=(const LargeArray &) = delete;

    // Replaces the contents by `count` uninitialised elements.
    void reset(std::size_t count)
    {
        release();
        m_data = static_cast<T *>(allocateLarge(count * sizeof(T), m_mapping, m_mappedBytes));
        m_size = count;
    }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    std::size_t size() const { return m_size; }
    T &operator[](std::size_t i) { return m_data[i]; }
    const T &operator[](std::size_t i) const { return m_data[i]; }

private:
    void release()
    {
        freeLarge(m_mapping, m_mappedBytes);
        m_data = nullptr;
        m_mapping = nullptr;
        m_size = m_mappedBytes = 0;
    }
    T *m_data = nullptr;
    void *m_mapping = nullptr; // what freeLarge releases
    std::size_t m_size = 0, m_mappedBytes = 0;
};

// Sorts (x[i], i) for i in 0..n ascending by value, then index (n < 2^32), into `order`:
// the same sequence std::sort of the pairs gives.
void sortWithIndex(const double *x, std::size_t n,
                   std::vector<std::pair<double, std::uint32_t>> &order, OrderScratch &scratch);

// Average ranks (0-based; tied values get the mean of their ranks) of the sorted pairs of
// sortWithIndex: rank[order[k].second] for every k.
std::vector<double>
averageRanksOfSorted(const std::vector<std::pair<double, std::uint32_t>> &order);
// The same into rank[0..n) (n = order.size()).
void averageRanksOfSorted(const std::vector<std::pair<double, std::uint32_t>> &order, double *rank);

// Type-7 quantiles (MonteCarlo.h) of the n > 0 values v at the shares ps[0..np) (each in
// 0..1): out[k] = a + (h - lo) (b - a) with h = (n - 1) ps[k], lo = floor(h), a and b the
// order statistics lo and lo + 1 (b = a for the largest), computed in double from the floats.
// v is not changed.
void floatQuantiles(const float *v, std::size_t n, const double *ps, std::size_t np, double *out,
                    OrderScratch &scratch);

} // namespace fleetroi
