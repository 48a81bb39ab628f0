// SPDX-License-Identifier: GPL-3.0-or-later
// The path-independent stages of the model (shared/spec/MODEL.md), shared by the scalar model
// (FleetModel.cpp) and the Monte Carlo engine's tables (MonteCarloTables.cpp), so both compute
// every table with the same arithmetic in the same order: month tables (hours, escalation,
// discount, demand), SKU x month tables (prices, lease ladder, survival), a tranche's cost
// and service window, its working GPUs in the fleet sums, the walk of its book value and tax
// basis, and its exit (sale or terminal value). Plain C++, no Qt, no state.
//
// Conventions: months are indices of the horizon 0 .. H-1; money in the scenario's
// currency; tables are row-major, one row of H values per SKU (in the scenario's SKU order).
#pragma once

#include "scenario/Scenario.h"

#include <algorithm>
#include <cstddef>
#include <vector>

namespace fleetroi {

// MODEL.md "Time" and the month-only inputs, H values each.
struct MonthTables
{
    std::vector<double> hours;          // hours of calendar month t (hoursInMonth)
    std::vector<double> escalation;     // (1 + electricity escalation)^(t / 12)
    std::vector<double> discountFactor; // DF_t = (1 + r)^(-(t + 1) / 12)
    std::vector<double> demand;         // internal demand in compute hours (series or growth)
};
MonthTables buildMonthTables(const Scenario &sc);

// SKU x month tables: cloud price, spot lease price (x leaseFactor), survival by age
// ((1 - annual failure rate)^(a / 12)), each nSku x H; leasePrefix is nSku x (H + 1) with
// leasePrefix[s][t] = sum of the spot lease prices of months 0 .. t-1 (for contract ladders).
struct SkuMonthTables
{
    std::size_t H = 0;
    std::vector<double> cloud, leaseSpot, leasePrefix, survival;

    const double *cloudOf(std::size_t s) const { return &cloud[s * H]; }
    const double *spotOf(std::size_t s) const { return &leaseSpot[s * H]; }
    const double *prefixOf(std::size_t s) const { return &leasePrefix[s * (H + 1)]; }
    const double *survivalOf(std::size_t s) const { return &survival[s * H]; }
};
// leaseFactor scales every spot lease price (1 for the scenario as entered).
SkuMonthTables buildSkuMonthTables(const Scenario &sc, double leaseFactor);

// The realized lease price in month t of GPUs in service since month `service` (MODEL.md
// "Leasing"): contracts of T months signed every month from `service` on, so the mean spot
// price over months max(service, t - T + 1) .. t; the spot price itself for T = 1. spot and
// prefix are one SKU's rows of SkuMonthTables.
inline double realizedLeasePrice(const double *spot, const double *prefix, int T, int service,
                                 int t)
{
    const int lo = std::max(service, t - T + 1);
    return T == 1 ? spot[t] : (prefix[t + 1] - prefix[lo]) / double(t + 1 - lo);
}

// What one purchase tranche costs (MODEL.md "Capex"), by part, so the Monte Carlo can scale
// the GPU part by the gpu_price multiplier. capex() adds the parts in the model's order.
struct TrancheCost
{
    double gpus = 0.0;
    double gpu = 0.0;        // gpus x GPU price (the tranche's own, else the SKU's)
    double server = 0.0;     // ceil(gpus / gpus_per_server) x server cost
    double network = 0.0;    // gpus x network cost per GPU
    double colocation = 0.0; // per operating month: gpus x kW per GPU x colocation price

    double capex() const { return gpu + server + network; }
    double otherCapex() const { return server + network; } // the part not scaled by gpu_price
};
TrancheCost trancheCost(const Scenario &sc, const Sku &sku, const PurchaseTranche &p);

// When a tranche operates and leaves (MODEL.md "Fleet" and "Disposal"): service month
// s = purchase + install lag, operating months s .. end-1 (end = min(s + O, H), at least s),
// disposal month r = s + O (capped at 2^30), sold when r <= H - 1 (else held at the end).
struct ServiceWindow
{
    int purchase = 0, service = 0, end = 0, disposal = 0;
    bool sold = false;
};
ServiceWindow serviceWindow(int purchase, int service, int operatingLife, int horizon);

// Fleet sums by month over operating GPUs n_t (working GPUs, after failures), H values each:
// sum n x throughput, n x kW x idle fraction, n x kW x (1 - idle fraction), n x cloud price,
// n x realized lease price.
// FleetSumRows points at the five rows (wherever the caller keeps them).
struct FleetSumRows
{
    double *throughput, *idlePower, *loadPower, *cloud, *lease;
};
struct FleetSums
{
    std::vector<double> throughput, idlePower, loadPower, cloud, lease;
    void assign(std::size_t H);
    FleetSumRows rows()
    {
        return {throughput.data(), idlePower.data(), loadPower.data(), cloud.data(), lease.data()};
    }
};

// Adds `gpus` GPUs of SKU s (row s of the tables) operating in months [service, end) to the
// fleet sums: n_t = gpus x survival(t - service). extra(t, n) is called for each of those
// months (for the caller's own per-month sums in the same pass). T = contract months.
template <class Extra>
inline void addOperatingGpus(const FleetSumRows &sums, const SkuMonthTables &tab, std::size_t s,
                             const Sku &sku, double gpus, int service, int end, int T,
                             Extra &&extra)
{
    const double kwIdle = sku.powerKwPerGpu * sku.idlePowerFraction;
    const double kwLoad = sku.powerKwPerGpu * (1.0 - sku.idlePowerFraction);
    const double *surv = tab.survivalOf(s);
    const double *cl = tab.cloudOf(s);
    const double *spot = tab.spotOf(s);
    const double *pre = tab.prefixOf(s);
    for (int t = service; t < end; ++t) {
        const std::size_t ti = std::size_t(t);
        const double n = gpus * surv[t - service];
        sums.throughput[ti] += n * sku.throughput;
        sums.idlePower[ti] += n * kwIdle;
        sums.loadPower[ti] += n * kwLoad;
        sums.cloud[ti] += n * cl[t];
        sums.lease[ti] += n * realizedLeasePrice(spot, pre, T, service, t);
        extra(ti, n);
    }
}

// One month of MODEL.md "Demand, leasing and utilization" and the fleet's energy ("Operating
// costs"), from that month's fleet sums. Inputs: hours of the month, availability, sum of
// n x throughput, internal demand D (compute hours), sellable fraction, sum of n x realized
// lease price ("leaseValue") and of n x cloud price ("cloudValue"), idle and load kW, PUE.
// Written once for the scalar model (FleetModel, one month) and the Monte Carlo kernel (one
// path of a vectorized loop: kLeasing is a compile-time constant there, and the divisions
// sit outside the selects, by a divisor that is 1 when there is no capacity, so GCC can
// vectorize the loop; the values are exactly those of "C > 0 ? S / C : 0").
struct MonthOperations
{
    double gpuHourScale;  // hours x availability: compute hours = working GPUs x throughput x this
    double capacity;      // C_t, compute hours
    double served;        // S_t = min(D_t, C_t)
    double servedShare;   // sigma_t = S_t / C_t (0 without capacity)
    double leased;        // L_t = (C_t - S_t) x sellable (0 without leasing)
    double utilization;   // u_t = (S_t + L_t) / C_t (0 without capacity)
    double leaseRevenue;  // gpuHourScale x (1 - sigma) x sellable x leaseValue (0 without leasing)
    double internalValue; // gpuHourScale x sigma x cloudValue
    double energyKwh;     // hours x (idle kW + load kW x availability x u) x PUE
};

template <bool kLeasing>
#if defined(__GNUC__)
__attribute__((always_inline))
#endif
inline MonthOperations
monthOperations(double hours, double availability, double throughputSum, double demand,
                double sellable, double leaseValue, double cloudValue, double idlePower,
                double loadPower, double pue)
{
    MonthOperations o;
    o.gpuHourScale = hours * availability;
    o.capacity = throughputSum * o.gpuHourScale;
    o.served = std::min(demand, o.capacity);
    const bool positive = o.capacity > 0.0;
    const double divisor = positive ? o.capacity : 1.0;
    const double served = o.served / divisor;
    o.servedShare = positive ? served : 0.0;
    o.leased = 0.0;
    o.leaseRevenue = 0.0;
    if constexpr (kLeasing) {
        o.leased = (o.capacity - o.served) * sellable;
        o.leaseRevenue = o.gpuHourScale * (1.0 - o.servedShare) * sellable * leaseValue;
    }
    const double used = (o.served + o.leased) / divisor;
    o.utilization = positive ? used : 0.0;
    o.internalValue = o.gpuHourScale * o.servedShare * cloudValue;
    o.energyKwh = hours * (idlePower + loadPower * (availability * o.utilization)) * pue;
    return o;
}

// Walks a tranche's book value and tax basis from its purchase month `from` to `to`
// (exclusive): both start at `cost`; each month the book value falls by bookD[t] (and by
// impairment[t] when not null), the basis by taxD[t]. f(t, book, basis) sees the values at
// the end of each month. book and basis end as the values at the end of month to - 1.
template <class F>
inline void walkCarryingAmounts(double cost, int from, int to, const double *bookD,
                                const double *taxD, const double *impairment, double &book,
                                double &basis, F &&f)
{
    book = cost;
    basis = cost;
    for (int t = from; t < to; ++t) {
        const std::size_t ti = std::size_t(t);
        book -= bookD[ti];
        basis -= taxD[ti];
        if (impairment)
            book -= impairment[ti];
        f(ti, book, basis);
    }
}

// How a tranche leaves the model (MODEL.md "Disposal and terminal value"): sold in month r
// for resale_fraction x cost (or `marketDisposal` when not null, model 1.1), or held at the
// end and valued in month H-1 by the terminal-value method (book value, market value
// `marketAtEnd` when not null, else 0). Gains are against the book value and basis just
// before (taxed as ordinary income; a negative tax gain is a deductible loss).
struct TrancheExit
{
    int month = 0;         // r, or H - 1
    bool sold = false;     // value is proceeds (else terminal value)
    double value = 0.0;    // proceeds or terminal value
    double bookGain = 0.0; // proceeds - book (sold only; 0 otherwise)
    double taxGain = 0.0;  // value - basis
};
TrancheExit trancheExit(const Scenario &sc, const Sku &sku, const ServiceWindow &w, double cost,
                        double book, double basis, const double *marketDisposal,
                        const double *marketAtEnd);

} // namespace fleetroi
