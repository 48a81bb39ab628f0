// SPDX-License-Identifier: GPL-3.0-or-later
// The per-tranche rules of model version 1.1 (MODEL.md "Version 1.1"): market value of the
// used GPUs with the age discount, the value at disposal and at the end of the horizon, and
// the book schedule under a change in estimate and the ASC 360 impairment test with the
// tranche's own operating cash flows. Internal to the engine (FleetModel uses it); plain
// C++, no Qt.
//
// Conventions: money in the scenario's currency; months are indices of the horizon
// t = 0 .. H-1; "held" months of a tranche are m_k <= t < r_k (sold) or < H.
#pragma once

#include "engine/BookSchedule.h"
#include "scenario/Scenario.h"

#include <cstddef>
#include <optional>
#include <vector>

namespace fleetroi {

// Month and SKU x month tables of one model run that the 1.1 rules read. The pointers are
// runModel's own tables (SKU-major: SKU s, month t at s * H + t; the lease prefix sums at
// s * (H + 1) + t) and must outlive this object.
struct Model11Tables
{
    const Scenario *scenario = nullptr;
    int horizon = 0;
    const double *hours = nullptr;       // hours_t
    const double *escalation = nullptr;  // (1 + electricity escalation)^(t/12)
    const double *sigma = nullptr;       // sigma_t, share of capacity serving internal demand
    const double *load = nullptr;        // availability x u_t
    const double *survival = nullptr;    // (1 - f_s)^(a/12) by SKU and age a
    const double *cloud = nullptr;       // cloud_price_s(t)
    const double *leasePrefix = nullptr; // prefix sums of lease_price_s (x lease factor)
    const double *leaseSpot = nullptr;   // lease_price_s(t) (x lease factor)

    std::vector<char> isTestMonth; // fiscal-year-end months, when impairment_test is on
    std::vector<double> mvPrice;   // market_value_s(t), SKU-major (0 without a curve)
    std::vector<double> ageFactor; // (1 - delta_s)^(a/12), SKU-major by age a = 0 .. H-1

    // Fills isTestMonth, mvPrice and ageFactor from the scenario (the pointers are set by
    // the caller).
    void prepare(const Scenario &sc, int horizon);
};

// What the 1.1 rules give one tranche.
struct Tranche11
{
    bool hasMarketValue = false;
    std::vector<double> marketValue; // MV_{k,t} in the held months, 0 elsewhere (H values)
    double disposalValue = 0.0;      // MV_{k,r_k} as if still operating (sold inside H)
    // The book schedule when a change in estimate or the impairment test applies; empty =
    // the v1 schedule stands.
    std::optional<TrancheBookResult> book;
};

// The facts of tranche k that runModel has already worked out.
struct TrancheFacts11
{
    std::size_t skuIndex = 0;
    double gpus = 0.0;
    double capex = 0.0;   // B
    double salvage = 0.0; // V
    int purchase = 0;     // m_k
    int service = 0;      // s_k
    int disposal = 0;     // r_k = s_k + O (may be >= H)
    bool sold = false;    // r_k <= H - 1
};

// MODEL.md 1.1 for one tranche:
//   MV_{k,t} = n_{k,t} x market_value_s(t) x (1 - delta_s)^((t - s_k)/12) while operating,
//            = gpus_k x market_value_s(t) bought but not yet in service;
//   cf_{k,t} = lease_rev_{k,t} (1 - sales_cost_fraction) + internal_value_{k,t}
//              - electricity_{k,t} - colocation_{k,t} - maintenance_{k,t} (staff not allocated);
//   then trancheBookSchedule() with U = sum of cf after tau + end value.
Tranche11 computeTranche11(const Model11Tables &tables, const TrancheFacts11 &facts);

} // namespace fleetroi
