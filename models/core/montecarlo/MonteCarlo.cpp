// SPDX-License-Identifier: GPL-3.0-or-later
#include "montecarlo/MonteCarlo.h"

#include "engine/FleetModel.h"
#include "engine/Sensitivity.h"
#include "montecarlo/MonteCarloEngine.h"
#include "montecarlo/MonteCarloSampler.h"
#include "montecarlo/MonteCarloStats.h"
#include "scenario/ScenarioSchema.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <numeric>
#include <thread>

namespace fleetroi {

namespace {

// Paths handed to a worker at a time. Fixed (not derived from the thread count), so each
// path is computed the same way whatever the number of threads.
constexpr std::int64_t kChunkPaths = 1024;

// Runs f(i, w) for i in 0..count-1 on up to `threads` threads (w = 0..threads-1: which
// thread, for per-thread buffers); f must only touch item i.
template <typename F> void parallelFor(int threads, std::size_t count, F f)
{
    std::atomic<std::size_t> next{0};
    auto work = [&](int w) {
        for (std::size_t i = next++; i < count; i = next++)
            f(i, w);
    };
    const int extra = std::max(0, std::min(threads, int(count)) - 1);
    std::vector<std::thread> pool;
    for (int k = 0; k < extra; ++k)
        pool.emplace_back(work, k + 1);
    work(0);
    for (std::thread &th : pool)
        th.join();
}

std::vector<double> averageRanks(const std::vector<double> &x, OrderScratch &scratch)
{
    std::vector<std::pair<double, std::uint32_t>> order;
    sortWithIndex(x.data(), x.size(), order, scratch);
    return averageRanksOfSorted(order);
}

double pearson(const double *x, const double *y, std::size_t n)
{
    if (n < 2)
        return 0.0;
    double mx = 0.0, my = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        mx += x[i];
        my += y[i];
    }
    mx /= double(n);
    my /= double(n);
    double sxy = 0.0, sxx = 0.0, syy = 0.0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0.0 && syy > 0.0 ? sxy / std::sqrt(sxx * syy) : 0.0;
}

} // namespace

double sortedQuantile(const std::vector<double> &sorted, double p)
{
    if (sorted.empty())
        return 0.0;
    const double h = double(sorted.size() - 1) * p;
    const std::size_t lo = std::size_t(std::floor(h));
    const std::size_t hi = std::min(lo + 1, sorted.size() - 1);
    return sorted[lo] + (h - double(lo)) * (sorted[hi] - sorted[lo]);
}

double spearman(const std::vector<double> &x, const std::vector<double> &y)
{
    OrderScratch scratch;
    const std::vector<double> rx = averageRanks(x, scratch), ry = averageRanks(y, scratch);
    return pearson(rx.data(), ry.data(), std::min(rx.size(), ry.size()));
}

double scalarPathNpv(const Scenario &scenario, const std::vector<std::string> &drivers,
                     const double *multipliers)
{
    Scenario s = scenario;
    for (std::size_t k = 0; k < drivers.size(); ++k)
        applyDriverMultiplier(s, drivers[k], multipliers[k]);
    return computeNpv(s);
}

MonteCarloResults runMonteCarlo(const Scenario &sc, const MonteCarloOptions &opt)
{
    MonteCarloResults r;
    if (!sc.uncertainty) {
        r.errors.push_back({std::string(schemaField(FieldId::Uncertainty).path),
                            "the scenario has no uncertainty block: give drivers "
                            "distributions there to run a Monte Carlo"});
        return r;
    }
    const Uncertainty &unc = *sc.uncertainty;
    r.errors = checkCorrelations(unc);
    const std::int64_t P = opt.paths.value_or(unc.paths);
    if (P < 1)
        r.errors.push_back({std::string(schemaField(FieldId::UncertaintyPaths).path),
                            "must be at least 1, got " + std::to_string(P)});
    if (!r.errors.empty())
        return r;
    r.paths = P;
    r.seed = opt.seed.value_or(unc.seed);
    int threads = opt.threads > 0 ? opt.threads : int(std::thread::hardware_concurrency());
    const std::int64_t chunks = (P + kChunkPaths - 1) / kChunkPaths;
    threads = int(std::clamp<std::int64_t>(threads, 1, chunks));
    r.threads = threads;
    r.deterministicNpv = computeNpv(sc);

    std::vector<std::string> names;
    for (const DriverDistribution &d : unc.drivers)
        names.push_back(d.driver);
    const std::size_t nd = names.size();
    const MultiplierSampler sampler(unc, r.seed);
    std::unique_ptr<MonteCarloEngine> engine;
    // The vectorized engine implements model 1; a scenario using model 1.1 keys (market
    // value, impairment, change in estimate) runs every path through the scalar model.
    if (!opt.scalarReference && !sc.usesModel11())
        engine = std::make_unique<MonteCarloEngine>(sc, names);
    const std::size_t H = std::size_t(sc.horizonMonths);

    // Paths p with p % stride == 0 keep their monthly cumulative cash flow (fan) and their
    // multipliers (rank correlations).
    const std::int64_t stride =
        std::max<std::int64_t>(1, (P * std::int64_t(H) + kMaxFanValues - 1) / kMaxFanValues);
    const std::size_t kept = std::size_t((P + stride - 1) / stride);
    r.fanPaths = std::int64_t(kept);
    std::vector<double> npv(static_cast<std::size_t>(P));
    // Month-major: fan[t * kept + i]. Not zero-filled (every entry is written by its path):
    // clearing 29 MB for 100,000 paths x 72 months took a tenth of the run.
    LargeArray<float> fan(kept * H);
    LargeArray<double> keptMultipliers(kept * nd); // driver-major

    std::atomic<std::int64_t> nextChunk{0}, doneChunks{0};
    std::atomic<int> running{threads};
    std::mutex mutex;
    std::condition_variable wake;
    auto cancelled = [&] {
        return opt.cancel && opt.cancel->load(std::memory_order_relaxed);
    };

    auto worker = [&] {
        std::vector<double> mult(std::size_t(kChunkPaths) * nd);
        std::vector<double> cum(stride == 1 && engine ? 0 : std::size_t(kChunkPaths) * H);
        for (;;) {
            if (cancelled())
                break;
            const std::int64_t c = nextChunk++;
            if (c >= chunks)
                break;
            const std::int64_t p0 = c * kChunkPaths;
            const std::size_t nb = std::size_t(std::min(kChunkPaths, P - p0));
            for (std::size_t i = 0; i < nb; ++i)
                sampler.draw(std::uint64_t(p0) + i, &mult[i * nd]);
            const bool direct = engine && stride == 1; // the engine writes the fan itself
            if (direct) {
                engine->evaluateFan(mult.data(), nb, &npv[std::size_t(p0)],
                                    fan.data() + std::size_t(p0), kept);
            } else if (engine) {
                engine->evaluate(mult.data(), nb, &npv[std::size_t(p0)], cum.data());
            } else {
                ModelOptions mo;
                mo.irr = false;
                mo.breakEvenLease = false;
                mo.leasingValue = false;
                for (std::size_t i = 0; i < nb; ++i) {
                    Scenario s = sc;
                    for (std::size_t k = 0; k < nd; ++k)
                        applyDriverMultiplier(s, names[k], mult[i * nd + k]);
                    const ModelResults res = computeModel(s, mo);
                    npv[std::size_t(p0) + i] = res.kpis.npv;
                    std::copy(res.monthly.cumulativeCashFlow.begin(),
                              res.monthly.cumulativeCashFlow.end(),
                              cum.begin() + std::ptrdiff_t(i * H));
                }
            }
            for (std::size_t i = 0; i < nb; ++i) {
                const std::int64_t p = p0 + std::int64_t(i);
                if (p % stride != 0)
                    continue;
                const std::size_t a = std::size_t(p / stride);
                if (!direct)
                    for (std::size_t t = 0; t < H; ++t)
                        fan[t * kept + a] = float(cum[i * H + t]);
                for (std::size_t k = 0; k < nd; ++k)
                    keptMultipliers[k * kept + a] = mult[i * nd + k];
            }
            ++doneChunks;
        }
        if (--running == 0) {
            std::lock_guard lock(mutex);
            wake.notify_all();
        }
    };

    std::vector<std::thread> pool;
    for (int k = 0; k < threads; ++k)
        pool.emplace_back(worker);
    {
        std::unique_lock lock(mutex);
        while (running.load() > 0) {
            wake.wait_for(lock, std::chrono::milliseconds(50));
            if (opt.progress && running.load() > 0) {
                lock.unlock();
                opt.progress(double(doneChunks.load()) / double(chunks));
                lock.lock();
            }
        }
    }
    for (std::thread &th : pool)
        th.join();
    if (doneChunks.load() < chunks) {
        r.status = MonteCarloResults::Status::Cancelled;
        return r;
    }

    // --- Summary ------------------------------------------------------------------------
    // Tasks on the threads: 0 sorts the NPVs (quantiles, histogram, ranks), 1..nd rank one
    // driver's multipliers, nd + 1 + t selects month t's fan quantiles.
    std::vector<std::pair<double, std::uint32_t>> sortedNpv;
    // Average ranks: row 0 the NPVs', row 1 + k driver k's (kept paths each).
    LargeArray<double> ranks((1 + nd) * kept);
    std::vector<OrderScratch> scratch(std::size_t(std::max(1, threads)));
    r.months.resize(H);
    r.fanP10.resize(H);
    r.fanP50.resize(H);
    r.fanP90.resize(H);
    parallelFor(threads, 1 + nd + H, [&](std::size_t task, int w) {
        OrderScratch &buf = scratch[std::size_t(w)];
        if (task == 0) {
            sortWithIndex(npv.data(), npv.size(), sortedNpv, buf);
            if (stride == 1) {
                averageRanksOfSorted(sortedNpv, ranks.data());
            } else {
                std::vector<double> keptNpv(kept);
                for (std::size_t a = 0; a < kept; ++a)
                    keptNpv[a] = npv[a * std::size_t(stride)];
                sortWithIndex(keptNpv.data(), kept, buf.order, buf);
                averageRanksOfSorted(buf.order, ranks.data());
            }
        } else if (task <= nd) {
            const std::size_t k = task - 1;
            sortWithIndex(keptMultipliers.data() + k * kept, kept, buf.order, buf);
            averageRanksOfSorted(buf.order, ranks.data() + (1 + k) * kept);
        } else {
            const std::size_t t = task - 1 - nd;
            r.months[t] = monthLabel(sc.startYear, sc.startMonth, int(t));
            static constexpr double ps[3] = {0.10, 0.50, 0.90};
            double q[3];
            floatQuantiles(fan.data() + t * kept, kept, ps, 3, q, buf);
            r.fanP10[t] = q[0];
            r.fanP50[t] = q[1];
            r.fanP90[t] = q[2];
        }
    });

    double sum = 0.0;
    for (double v : npv)
        sum += v;
    r.mean = sum / double(P);
    double squares = 0.0;
    std::int64_t negative = 0;
    for (double v : npv) {
        squares += (v - r.mean) * (v - r.mean);
        negative += v < 0.0 ? 1 : 0;
    }
    r.sd = P > 1 ? std::sqrt(squares / double(P - 1)) : 0.0;
    r.probNegative = double(negative) / double(P);
    {
        // Type-7 quantiles as sortedQuantile, read from the sorted pairs.
        const std::size_t n = sortedNpv.size();
        auto quantile = [&](double p) {
            const double h = double(n - 1) * p;
            const std::size_t lo = std::size_t(std::floor(h));
            const std::size_t hi = std::min(lo + 1, n - 1);
            return sortedNpv[lo].first +
                   (h - double(lo)) * (sortedNpv[hi].first - sortedNpv[lo].first);
        };
        r.p5 = quantile(0.05);
        r.p10 = quantile(0.10);
        r.p50 = quantile(0.50);
        r.p90 = quantile(0.90);
        r.p95 = quantile(0.95);

        const double lo = sortedNpv.front().first, hi = sortedNpv.back().first;
        const int bins = std::max(1, opt.histogramBins);
        if (hi > lo) {
            const double width = (hi - lo) / bins;
            for (int b = 0; b <= bins; ++b)
                r.histogramEdges.push_back(b == bins ? hi : lo + width * b);
            r.histogramCounts.assign(std::size_t(bins), 0);
            for (const auto &[v, index] : sortedNpv) {
                const int b = std::min(bins - 1, int((v - lo) / width));
                ++r.histogramCounts[std::size_t(std::max(0, b))];
            }
        } else {
            const double half = std::max(1.0, std::abs(lo) * 1e-9);
            r.histogramEdges = {lo - half, lo + half};
            r.histogramCounts = {P};
        }
    }

    r.drivers.resize(nd);
    for (std::size_t k = 0; k < nd; ++k)
        r.drivers[k] = {names[k], pearson(ranks.data() + (1 + k) * kept, ranks.data(), kept)};
    std::stable_sort(r.drivers.begin(), r.drivers.end(),
                     [](const DriverRankCorrelation &a, const DriverRankCorrelation &b) {
                         return std::abs(a.rankCorrelation) > std::abs(b.rankCorrelation);
                     });

    if (opt.progress)
        opt.progress(1.0);
    if (opt.keepPathNpv)
        r.pathNpv = std::move(npv);
    r.status = MonteCarloResults::Status::Completed;
    return r;
}

} // namespace fleetroi
