// SPDX-License-Identifier: GPL-3.0-or-later
// See MonteCarloEngine.h for the approach. This file evaluates blocks of paths on the tables
// that MonteCarloTables.cpp builds (MonteCarloEngineImpl.h).
#include "montecarlo/MonteCarloEngineImpl.h"

#include "engine/FleetStages.h"
#include "engine/Sensitivity.h"

#include <algorithm>
#include <cmath>

namespace fleetroi {

using namespace mc;

namespace {

// The per-month formulas of MODEL.md ("Demand, leasing and utilization", "Operating costs",
// "Tax, profit and cash") for n paths of month t, in one pass: every input is a path array
// (contiguous, so the compiler vectorizes the loop) or a month constant. The arithmetic is
// written in the same order as the scalar-per-path form it replaces (engine results are
// bit-for-bit those of the Eigen version before issue 15).
struct MonthInputs
{
    const double *sumTp, *sumIdle, *sumLoad, *sumCloud, *sumLease; // fleet sums
    const double *kg, *k0, *colocation;                            // capex-related, colocation
    const double *g, *leaseM, *cloudM, *demandM, *availability, *sellable, *electricity;
    const double *dfWhole, *dfFraction;         // per-path discount (dfFraction nullptr: factor 1)
    double hours, demand, escalation, discount; // month constants (discount: fixed rate)
    double afterTax, pue, staff, salesCost;
};

template <bool kLeasing, bool kPathDiscount>
FLEETROI_ALWAYS_INLINE void monthKernel(const MonthInputs &in, std::size_t n,
                                        double *__restrict cumulative, double *__restrict npv)
{
    const double h = in.hours;
    for (std::size_t i = 0; i < n; ++i) {
        // The scalar model's month (engine/FleetStages.h), with this path's multipliers.
        const MonthOperations o = monthOperations<kLeasing>(
            h, in.availability[i], in.sumTp[i], in.demand * in.demandM[i], in.sellable[i],
            in.sumLease[i] * in.leaseM[i], in.sumCloud[i] * in.cloudM[i], in.sumIdle[i],
            in.sumLoad[i], in.pue);
        const double leaseRevenue = o.leaseRevenue, internalValue = o.internalValue,
                     energy = o.energyKwh;
        // ebitda without maintenance (which is in kg/k0), after tax, plus capex-related cash.
        const double ncf =
            in.afterTax * (leaseRevenue + internalValue -
                           (energy * in.electricity[i] * in.escalation + in.colocation[i] +
                            in.staff + leaseRevenue * in.salesCost)) +
            in.g[i] * in.kg[i] + in.k0[i];
        cumulative[i] += ncf;
        if constexpr (kPathDiscount)
            npv[i] += ncf * (in.dfWhole[i] * in.dfFraction[i]); // x * 1.0 == x in month 0
        else
            npv[i] += ncf * in.discount;
    }
}

// One SKU's working GPUs x this month from last month's: x = q x + g (kGrow), x = (q x + g)
// - qO gOut (kGrowRetire, one retiring cohort for every path), the same only on the paths
// whose operating life lives[i] is `life` and x = (q x + g) - qO x 0 on the others
// (kGrowRetireWhere: the same bits as the per-path form x - qO G[t - O], whose G is 0 there),
// or already updated (kKeep).
struct SkuUpdate
{
    enum Kind
    {
        kKeep,
        kGrow,
        kGrowRetire,
        kGrowRetireWhere
    } kind;
    const double *q, *qO;
    double g, gOut;
    int life;
    const int *lives;
};

// A SKU's constants of month t: throughput, idle and load kW, cloud price, full-ladder mean
// lease price.
struct SkuShare
{
    double throughput, idle, load, cloud, lease;
};

// The block's fleet sums of month t (n paths each).
struct SkuSums
{
    double *sumTp, *sumIdle, *sumLoad, *sumCloud, *sumLease;
};

template <bool kStart, SkuUpdate::Kind kKind, bool kLease>
FLEETROI_ALWAYS_INLINE void skuShareLoop(const SkuUpdate &u, const SkuShare &c, std::size_t n,
                                         double *__restrict x, double *__restrict sumTp,
                                         double *__restrict sumIdle, double *__restrict sumLoad,
                                         double *__restrict sumCloud, double *__restrict sumLease)
{
    const double *__restrict q = u.q;
    const double *__restrict qO = u.qO;
    for (std::size_t i = 0; i < n; ++i) {
        double xi = x[i];
        if constexpr (kKind == SkuUpdate::kGrow)
            xi = q[i] * xi + u.g;
        else if constexpr (kKind == SkuUpdate::kGrowRetire)
            xi = (q[i] * xi + u.g) - qO[i] * u.gOut;
        else if constexpr (kKind == SkuUpdate::kGrowRetireWhere)
            xi = (q[i] * xi + u.g) - qO[i] * (u.lives[i] == u.life ? u.gOut : 0.0);
        if constexpr (kKind != SkuUpdate::kKeep)
            x[i] = xi;
        // kStart: the first SKU's share added to 0.0, as to a cleared sum.
        sumTp[i] = (kStart ? 0.0 : sumTp[i]) + c.throughput * xi;
        sumIdle[i] = (kStart ? 0.0 : sumIdle[i]) + c.idle * xi;
        sumLoad[i] = (kStart ? 0.0 : sumLoad[i]) + c.load * xi;
        sumCloud[i] = (kStart ? 0.0 : sumCloud[i]) + c.cloud * xi;
        if constexpr (kLease)
            sumLease[i] = (kStart ? 0.0 : sumLease[i]) + c.lease * xi;
    }
}

// Updates one SKU's working GPUs and adds its share to the fleet sums in one pass (x and the
// sums stay in registers; the arithmetic of each path is that of separate loops). kLease:
// the lease sum too (every operating cohort at the full-ladder price); otherwise the caller
// adds the lease share with its young-cohort correction.
template <bool kStart>
FLEETROI_ALWAYS_INLINE void addSkuShare(const SkuUpdate &u, const SkuShare &c, bool lease,
                                        std::size_t n, double *x, const SkuSums &s)
{
#define FLEETROI_SKU_LOOP(kind, withLease)                                                         \
    skuShareLoop<kStart, kind, withLease>(u, c, n, x, s.sumTp, s.sumIdle, s.sumLoad, s.sumCloud,   \
                                          s.sumLease)
    switch (u.kind) {
    case SkuUpdate::kKeep:
        lease ? FLEETROI_SKU_LOOP(SkuUpdate::kKeep, true)
              : FLEETROI_SKU_LOOP(SkuUpdate::kKeep, false);
        break;
    case SkuUpdate::kGrow:
        lease ? FLEETROI_SKU_LOOP(SkuUpdate::kGrow, true)
              : FLEETROI_SKU_LOOP(SkuUpdate::kGrow, false);
        break;
    case SkuUpdate::kGrowRetire:
        lease ? FLEETROI_SKU_LOOP(SkuUpdate::kGrowRetire, true)
              : FLEETROI_SKU_LOOP(SkuUpdate::kGrowRetire, false);
        break;
    case SkuUpdate::kGrowRetireWhere:
        lease ? FLEETROI_SKU_LOOP(SkuUpdate::kGrowRetireWhere, true)
              : FLEETROI_SKU_LOOP(SkuUpdate::kGrowRetireWhere, false);
        break;
    }
#undef FLEETROI_SKU_LOOP
}

void fill(std::vector<double> &v, std::size_t n, double value)
{
    v.assign(n, value);
}

} // namespace

void MonteCarloEngine::Impl::evaluateBlock(const double *multipliers, std::size_t n, double *npvOut,
                                           double *cumOut, float *fanOut, std::size_t fanStride,
                                           BlockBuffers &b) const
{
    const std::size_t nd = driverIndex.size();
    const std::size_t HH = std::size_t(H);
    const Operations &ops = sc.operations;
    for (int k = 0; k < kDriverCount; ++k)
        fill(b.m[k], n, 1.0);
    for (std::size_t k = 0; k < nd; ++k) {
        if (driverIndex[k] < 0)
            continue;
        double *col = b.m[driverIndex[k]].data();
        for (std::size_t i = 0; i < n; ++i)
            col[i] = multipliers[i * nd + k];
    }
    const LifeTables &lt = lifeTables(lifeKey(1.0));
    const bool lives = uncertain[kUsefulLife];
    if (lives)
        buildPathLives(b.m[kUsefulLife].data(), n, b);
    const PathLives *pl = lives ? &b.pl : nullptr;
    auto operating = [&](int s, std::size_t i) {
        return pl ? pl->operating[std::size_t(s) * n + i] : lt.operating[std::size_t(s)];
    };

    // Path multipliers with the sensitivity rules' caps (engine/Sensitivity.h).
    b.availability.resize(n);
    b.sellable.resize(n);
    b.electricity.resize(n);
    for (std::size_t i = 0; i < n; ++i) {
        b.availability[i] = scaledFraction(ops.availability, b.m[kAvailability][i]);
        b.sellable[i] = scaledFraction(sc.leasing.sellableFraction, b.m[kSellableFraction][i]);
        b.electricity[i] = ops.electricityPricePerKwh * b.m[kElectricityPrice][i];
    }

    // Discount factors per path only when discount_rate is uncertain; same recurrence as
    // fillMonthlyPowers(1 / (1 + r), shift 1).
    const bool pathDiscount = uncertain[kDiscountRate];
    int dfJ = 1;
    if (pathDiscount) {
        b.dfBase.resize(n);
        b.dfFraction.resize(12 * n);
        fill(b.dfWhole, n, 1.0);
        for (std::size_t i = 0; i < n; ++i) {
            const double base = 1.0 / (1.0 + sc.finance.discountRate * b.m[kDiscountRate][i]);
            b.dfBase[i] = base;
            b.dfFraction[i] = 1.0; // pow(base, 0) is exactly 1
            for (int j = 1; j < 12; ++j)
                b.dfFraction[std::size_t(j) * n + i] = base == 1.0 ? 1.0 : std::pow(base, j / 12.0);
        }
    }

    // Failure-rate paths: monthly survival q per SKU and path, and q^O.
    const bool pathFailure = uncertain[kAnnualFailureRate];
    const std::size_t nActive = activeSkus.size();
    const std::size_t terms = std::size_t(std::max(T - 1, 0));
    std::vector<int> &oMin = b.oMin, &oMax = b.oMax; // per active SKU: the block's lives
    oMin.assign(nActive, 0);
    oMax.assign(nActive, -1);
    if (pathFailure) {
        b.q.resize(nActive * n);
        b.qO.resize(nActive * n);
        fill(b.X, nActive * n, 0.0);
        for (std::size_t k = 0; k < nActive; ++k) {
            const int s = activeSkus[k];
            const double f = sc.skus[std::size_t(s)].annualFailureRate;
            // An earlier SKU with the same failure rate has the same q on every path, and
            // the same q^O on the paths where its operating life is the same: copied, as
            // pow() of the same arguments (a third of the run's pow calls otherwise).
            std::size_t same = k;
            for (std::size_t e = 0; e < k && same == k; ++e)
                if (sc.skus[std::size_t(activeSkus[e])].annualFailureRate == f)
                    same = e;
            if (same < k) {
                const int se = activeSkus[same];
                for (std::size_t i = 0; i < n; ++i) {
                    const double keep = 1.0 - scaledFailureRate(f, b.m[kAnnualFailureRate][i]);
                    const int O = operating(s, i);
                    b.q[k * n + i] = b.q[same * n + i];
                    b.qO[k * n + i] = O == operating(se, i) ? b.qO[same * n + i]
                                      : keep == 1.0         ? 1.0
                                                            : std::pow(keep, double(O) / 12.0);
                }
                continue;
            }
            for (std::size_t i = 0; i < n; ++i) {
                const double O = operating(s, i);
                const double keep = 1.0 - scaledFailureRate(f, b.m[kAnnualFailureRate][i]);
                b.q[k * n + i] = keep == 1.0 ? 1.0 : std::pow(keep, 1.0 / 12.0);
                b.qO[k * n + i] = keep == 1.0 ? 1.0 : std::pow(keep, O / 12.0);
            }
        }
        if (pl) {
            for (std::size_t k = 0; k < nActive; ++k) {
                const int *O = &pl->operating[std::size_t(activeSkus[k]) * n];
                oMin[k] = *std::min_element(O, O + n);
                oMax[k] = *std::max_element(O, O + n);
            }
            b.youngTerms.resize(nActive * n);
            for (std::size_t k = 0; k < nActive; ++k)
                for (std::size_t i = 0; i < n; ++i)
                    b.youngTerms[k * n + i] = std::min(T - 1, operating(activeSkus[k], i));
        }
        // q^a for ages a < T-1 (lease-ladder correction), row k * terms + a.
        if (terms > 0) {
            b.qPower.resize(nActive * terms * n);
            for (std::size_t k = 0; k < nActive; ++k) {
                double *row0 = &b.qPower[(k * terms) * n];
                for (std::size_t i = 0; i < n; ++i)
                    row0[i] = 1.0;
                for (std::size_t a = 1; a < terms; ++a) {
                    const double *prev = &b.qPower[(k * terms + a - 1) * n];
                    double *row = &b.qPower[(k * terms + a) * n];
                    for (std::size_t i = 0; i < n; ++i)
                        row[i] = prev[i] * b.q[k * n + i];
                }
            }
        }
    }

    for (auto *v : {&b.sumTp, &b.sumIdle, &b.sumLoad, &b.sumCloud, &b.sumLease, &b.kg, &b.k0,
                    &b.colocation, &b.young, &b.youngPriced})
        v->resize(n);
    fill(b.cumulative, n, 0.0);
    fill(b.npv, n, 0.0);

    MonthInputs in{};
    in.sumTp = b.sumTp.data();
    in.sumIdle = b.sumIdle.data();
    in.sumLoad = b.sumLoad.data();
    in.sumCloud = b.sumCloud.data();
    in.sumLease = b.sumLease.data();
    in.kg = b.kg.data();
    in.k0 = b.k0.data();
    in.colocation = b.colocation.data();
    in.g = b.m[kGpuPrice].data();
    in.leaseM = b.m[kLeasePrice].data();
    in.cloudM = b.m[kCloudPrice].data();
    in.demandM = b.m[kInternalDemand].data();
    in.availability = b.availability.data();
    in.sellable = b.sellable.data();
    in.electricity = b.electricity.data();
    in.dfWhole = b.dfWhole.data();
    in.afterTax = 1.0 - sc.finance.taxRate;
    in.pue = ops.pue;
    in.staff = ops.staffCostPerMonth;
    in.salesCost = sc.leasing.salesCostFraction;
    const bool leasing = sc.leasing.enabled;

    double *__restrict sumTp = b.sumTp.data(), *__restrict sumIdle = b.sumIdle.data(),
                       *__restrict sumLoad = b.sumLoad.data(),
                       *__restrict sumCloud = b.sumCloud.data(),
                       *__restrict sumLease = b.sumLease.data();
    for (int t = 0; t < H; ++t) {
        const std::size_t ti = std::size_t(t);
        if (pathFailure) {
            // The sums start at 0 (0 + v for the first SKU that operates, as the sums always
            // did: that SKU's loop adds its share to 0.0 instead of to the sum).
            bool started = false;
            for (std::size_t k = 0; k < nActive; ++k) {
                const std::size_t s = std::size_t(activeSkus[k]);
                double *__restrict x = &b.X[k * n];
                const double *__restrict q = &b.q[k * n];
                const double *__restrict qO = &b.qO[k * n];
                const double *G = &entering[s * HH];
                // How this month's working GPUs x come from last month's: updated inside the
                // fused sums loop below (grow, grow and retire) or before it (keep).
                SkuUpdate update{SkuUpdate::kKeep, q, qO, 0.0, 0.0, 0, nullptr};
                if (!pl) {
                    if (!lt.active[s * HH + ti]) {
                        std::fill(x, x + n, 0.0); // nothing operates: no rounding residue
                        continue;
                    }
                    const int O = lt.operating[s];
                    // X_t = q X_{t-1} + G_t - q^O G_{t-O}: working GPUs of the SKU.
                    update.g = G[t];
                    if (t - O >= 0 && G[t - O] != 0.0) {
                        update.kind = SkuUpdate::kGrowRetire;
                        update.gOut = G[t - O];
                    } else {
                        update.kind = SkuUpdate::kGrow;
                    }
                } else {
                    // Operating life per path: the retiring cohort differs by path. (No reset
                    // when nothing operates: the residue is rounding of retired GPUs, ~1e-16.)
                    const int *O = &pl->operating[s * n];
                    const double g = G[t];
                    // Months t - O of the block's operating lives: a cohort entering service
                    // then retires now on the paths with that life.
                    int retiringLives = 0, retiringLife = 0;
                    for (int o = oMin[k]; o <= oMax[k] && retiringLives < 2; ++o)
                        if (t - o >= 0 && G[t - o] != 0.0) {
                            ++retiringLives;
                            retiringLife = o;
                        }
                    update.g = g;
                    if (retiringLives == 0) {
                        update.kind = SkuUpdate::kGrow;
                    } else if (retiringLives == 1) {
                        // One cohort retires on the paths whose life is retiringLife; on the
                        // others G[t - O] is 0 (the loop below subtracts qO x 0, as here).
                        update.kind = SkuUpdate::kGrowRetireWhere;
                        update.gOut = G[t - retiringLife];
                        update.life = retiringLife;
                        update.lives = O;
                    } else {
                        for (std::size_t i = 0; i < n; ++i)
                            x[i] = q[i] * x[i] + g;
                        // Without a branch per path (the retiring paths are few and random):
                        // on the others G is 0 and x - qO x 0 is x, bit for bit (qO is finite).
                        for (std::size_t i = 0; i < n; ++i) {
                            const int a = t - O[i];
                            const double gOut = G[a < 0 ? 0 : a];
                            x[i] -= qO[i] * (a < 0 ? 0.0 : gOut);
                        }
                    }
                }
                const std::size_t first = youngFirst.empty() ? 0 : youngFirst[s * HH + ti];
                const std::size_t last = youngFirst.empty() ? 0 : youngFirst[s * HH + ti + 1];
                // Lease-ladder terms min(T-1, O): per SKU, or the largest over the paths
                // (then masked per path below) with per-path lives.
                const int na = pl ? T - 1 : lt.youngTerms[s];
                const double full = leaseFull[s * HH + ti];
                const bool ladderOnly = first == last || youngAge[first] >= na;
                SkuShare share{throughput[s], kwIdle[s], kwLoad[s], cloud[s * HH + ti], full};
                SkuSums sums{sumTp, sumIdle, sumLoad, sumCloud, sumLease};
                const bool start = !started;
                started = true;
                if (start)
                    addSkuShare<true>(update, share, ladderOnly, n, x, sums);
                else
                    addSkuShare<false>(update, share, ladderOnly, n, x, sums);
                if (!ladderOnly) {
                    // Cohorts younger than the contract term earn the mean price since their
                    // own service month, not the full ladder's mean: correct for them.
                    double *young = b.young.data(), *youngPriced = b.youngPriced.data();
                    std::fill(young, young + n, 0.0);
                    std::fill(youngPriced, youngPriced + n, 0.0);
                    for (std::size_t e = first; e < last && youngAge[e] < na; ++e) {
                        const double *qa = &b.qPower[(k * terms + std::size_t(youngAge[e])) * n];
                        const double yg = youngGpus[e], yv = youngValue[e];
                        if (pl) {
                            // Only cohorts still operating (age < O) on each path.
                            const double *terms_ = &b.youngTerms[k * n];
                            const double age = double(youngAge[e]);
                            for (std::size_t i = 0; i < n; ++i) {
                                const bool live = terms_[i] > age;
                                young[i] += live ? yg * qa[i] : 0.0;
                                youngPriced[i] += live ? yv * qa[i] : 0.0;
                            }
                        } else {
                            for (std::size_t i = 0; i < n; ++i) {
                                young[i] += yg * qa[i];
                                youngPriced[i] += yv * qa[i];
                            }
                        }
                    }
                    for (std::size_t i = 0; i < n; ++i)
                        sumLease[i] = (start ? 0.0 : sumLease[i]) +
                                      (full * (x[i] - young[i]) + youngPriced[i]);
                }
            }
            if (!started)
                for (double *v : {sumTp, sumIdle, sumLoad, sumCloud, sumLease})
                    std::fill(v, v + n, 0.0);
        } else if (pl) {
            for (std::size_t i = 0; i < n; ++i) {
                const double *tab = pl->table[i];
                sumTp[i] = tab[3 * HH + ti];
                sumIdle[i] = tab[4 * HH + ti];
                sumLoad[i] = tab[5 * HH + ti];
                sumCloud[i] = tab[6 * HH + ti];
                sumLease[i] = tab[7 * HH + ti];
            }
        } else {
            std::fill(sumTp, sumTp + n, lt.sumThroughput[ti]);
            std::fill(sumIdle, sumIdle + n, lt.sumIdle[ti]);
            std::fill(sumLoad, sumLoad + n, lt.sumLoad[ti]);
            std::fill(sumCloud, sumCloud + n, lt.sumCloud[ti]);
            std::fill(sumLease, sumLease + n, lt.sumLease[ti]);
        }
        if (pl) {
            for (std::size_t i = 0; i < n; ++i) {
                const double *tab = pl->table[i];
                b.kg[i] = tab[ti];
                b.k0[i] = tab[HH + ti];
                b.colocation[i] = tab[2 * HH + ti];
            }
        } else {
            std::fill(b.kg.begin(), b.kg.end(), lt.kg[ti]);
            std::fill(b.k0.begin(), b.k0.end(), lt.k0[ti]);
            std::fill(b.colocation.begin(), b.colocation.end(), lt.colocation[ti]);
        }

        in.hours = hours[ti];
        in.demand = demand[ti];
        in.escalation = escalation[ti];
        in.discount = discount[ti];
        in.dfFraction = pathDiscount ? &b.dfFraction[std::size_t(dfJ) * n] : nullptr;
        // Called directly (not through a pointer) so that each clone inlines its own copy.
        if (leasing && pathDiscount)
            monthKernel<true, true>(in, n, b.cumulative.data(), b.npv.data());
        else if (leasing)
            monthKernel<true, false>(in, n, b.cumulative.data(), b.npv.data());
        else if (pathDiscount)
            monthKernel<false, true>(in, n, b.cumulative.data(), b.npv.data());
        else
            monthKernel<false, false>(in, n, b.cumulative.data(), b.npv.data());
        if (pathDiscount && ++dfJ == 12) {
            dfJ = 0;
            for (std::size_t i = 0; i < n; ++i)
                b.dfWhole[i] *= b.dfBase[i];
        }
        if (cumOut)
            for (std::size_t i = 0; i < n; ++i)
                cumOut[i * HH + ti] = b.cumulative[i];
        if (fanOut) {
            float *row = fanOut + ti * fanStride;
            for (std::size_t i = 0; i < n; ++i)
                row[i] = float(b.cumulative[i]);
        }
    }
    std::copy(b.npv.begin(), b.npv.end(), npvOut);
}

MonteCarloEngine::MonteCarloEngine(const Scenario &scenario,
                                   const std::vector<std::string> &drivers)
    : d(std::make_unique<Impl>(scenario, drivers))
{}

MonteCarloEngine::~MonteCarloEngine() = default;

int MonteCarloEngine::horizonMonths() const
{
    return d->H;
}

std::size_t MonteCarloEngine::driverCount() const
{
    return d->driverIndex.size();
}

void MonteCarloEngine::evaluate(const double *multipliers, std::size_t count, double *npv,
                                double *cumulative) const
{
    const std::size_t nd = d->driverIndex.size();
    const std::size_t HH = std::size_t(d->H);
    BlockBuffers buffers;
    for (std::size_t start = 0; start < count; start += kBlockPaths) {
        const std::size_t nb = std::min(kBlockPaths, count - start);
        d->evaluateBlock(multipliers + start * nd, nb, npv + start,
                         cumulative ? cumulative + start * HH : nullptr, nullptr, 0, buffers);
    }
}

void MonteCarloEngine::evaluateFan(const double *multipliers, std::size_t count, double *npv,
                                   float *fan, std::size_t fanStride) const
{
    const std::size_t nd = d->driverIndex.size();
    BlockBuffers buffers;
    for (std::size_t start = 0; start < count; start += kBlockPaths) {
        const std::size_t nb = std::min(kBlockPaths, count - start);
        d->evaluateBlock(multipliers + start * nd, nb, npv + start, nullptr, fan + start, fanStride,
                         buffers);
    }
}

} // namespace fleetroi
