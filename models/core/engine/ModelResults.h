// SPDX-License-Identifier: GPL-3.0-or-later
// What the financial model (shared/spec/MODEL.md) computes for one scenario.
//
// Conventions:
//  - one value per month t = 0 .. H-1 of the horizon; month 0 is the scenario's start;
//  - every cash flow of month t happens at the end of that month;
//  - money in the scenario's currency; inflows positive, outflows (capex, opex, tax) are
//    stored as positive amounts and subtracted where the formula says so; `tax` is negative
//    when it is a saving; `net_cash_flow` is signed (negative = cash out);
//  - hours are GPU-hours for tranche GPU counts, H100-equivalent compute hours for capacity,
//    demand and leased hours.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace fleetroi {

// Fleet totals by month, named as in the worked examples' expected output.
struct MonthlySeries
{
    std::vector<std::string> month;          // "YYYY-MM"
    std::vector<double> capacityHours;       // C_t, compute hours available
    std::vector<double> internalDemandHours; // D_t
    std::vector<double> internalServedHours; // S_t
    std::vector<double> shortfallHours;      // U_t, reported, not costed
    std::vector<double> leasedHours;         // L_t
    std::vector<double> utilization;         // u_t, share of C_t used (0..1)
    std::vector<double> workingGpus;         // sum of n_{k,t}, GPUs alive and operating
    std::vector<double> energyKwh;           // facility energy (IT x PUE)
    std::vector<double> capex;
    std::vector<double> leaseRevenue;
    std::vector<double> internalValue; // cloud rent avoided
    std::vector<double> electricityCost;
    std::vector<double> colocationCost;
    std::vector<double> maintenanceCost;
    std::vector<double> staffCost;
    std::vector<double> salesCost;
    std::vector<double> opex;
    std::vector<double> ebitda;
    std::vector<double> bookDepreciation;
    std::vector<double> taxDepreciation;
    std::vector<double> bookGain;      // proceeds less book value, on sales in t
    std::vector<double> proceeds;      // resale of tranches at the end of operation
    std::vector<double> terminalValue; // only month H-1 can be non-zero
    std::vector<double> ebit;
    std::vector<double> tax; // negative = tax saving
    std::vector<double> netIncome;
    std::vector<double> netCashFlow;
    std::vector<double> cumulativeCashFlow;
    std::vector<double> bookValue; // fleet net book value at the end of month t
    // Beyond the expected-output names (for charts and reports):
    std::vector<double> taxBasis;       // fleet remaining tax basis at the end of month t
    std::vector<double> discountFactor; // DF_t = (1 + r)^(-(t+1)/12)

    // Model 1.1 (MODEL.md "Version 1.1"): H values each when the scenario uses a 1.1 key
    // (Scenario::usesModel11), else empty, so model-1 output stays byte for byte as before.
    // market value: sum of MV_{k,t} over held tranches with a market value; impairment: ASC
    // 360 write-downs in month t (a book expense); deferred tax liability: tax_rate x sum over
    // held tranches of (BV - TB) at the end of t; book tax expense: tax_rate x ebit_t.
    std::vector<double> marketValue;
    std::vector<double> impairment;
    std::vector<double> deferredTaxLiability;
    std::vector<double> bookTaxExpense;

    int size() const { return int(month.size()); }

    // The numeric series with their file names, in the expected-output order
    // (capacity_hours ... book_value, energy_kwh, working_gpus), then, only when filled, the
    // model 1.1 series market_value, impairment, deferred_tax_liability, book_tax_expense.
    // `month` is not included.
    std::vector<std::pair<const char *, const std::vector<double> *>> namedSeries() const;
};

// One purchase tranche's own schedule (for the Fleet view, depreciation tables and charts).
struct TrancheResults
{
    int purchaseIndex = 0; // index into Scenario::purchases
    std::string skuId;
    std::string label;
    double capex = 0.0;                   // B
    int purchaseMonth = 0;                // m_k
    int serviceMonth = 0;                 // s_k (may be >= H)
    int disposalMonth = -1;               // r_k when sold inside the horizon, else -1
    double proceeds = 0.0;                // resale in r_k (0 when not sold)
    double bookGain = 0.0;                // proceeds less book value before the sale
    double taxGain = 0.0;                 // proceeds less remaining tax basis
    double terminalValue = 0.0;           // its share of the terminal value (unsold tranches)
    std::vector<double> workingGpus;      // n_{k,t}
    std::vector<double> capacityHours;    // C_{k,t}
    std::vector<double> bookDepreciation; // d_j placed in month s_k + j
    std::vector<double> taxDepreciation;
    std::vector<double> bookValue; // end of month t
    std::vector<double> taxBasis;  // end of month t
    // Model 1.1 (empty for a model-1 scenario):
    std::vector<double> marketValue; // MV_{k,t} while held (0 before purchase and from disposal)
    std::vector<double> impairment;  // write-down by month
};

// One ASC 360 impairment of one tranche (model 1.1).
struct TrancheImpairment
{
    int purchaseIndex = 0; // index into Scenario::purchases
    int month = 0;         // the fiscal-year-end month tau of the test
    double amount = 0.0;   // CA - MV_{k,tau} > 0, a book expense of month tau
};

struct KeyFigures
{
    double npv = 0.0;
    std::optional<double> irr;       // lowest annual root in (-0.99, 10]
    int irrRoots = 0;                // how many roots were found
    std::vector<double> irrAllRoots; // every root found, ascending
    std::optional<int> paybackMonth;
    std::optional<int> discountedPaybackMonth;
    double averageUtilization = 0.0;
    std::optional<double> costPerComputeHour;   // null when no hour was used
    std::optional<double> breakEvenLeaseFactor; // null when nothing is leased
    // Filled when ModelOptions::leasingValue (engine/LeasingValue.h says what they mean):
    // NPV minus NPV with leasing.enabled = false; IRR of the incremental cash flow of leasing
    // (usually none: leasing needs no investment of its own) and IRR with leasing off;
    // sum of lease revenue less sales cost; break-even lease price per GPU-hour in month 0 by
    // SKU id, in scenario order (null when nothing is leased; negative = not needed).
    std::optional<double> leasingValueNpv;
    std::optional<double> leasingValueIrr;
    std::optional<double> irrWithoutLeasing; // lowest IRR root of the leasing-off scenario
    double leaseRevenueNetOfSales = 0.0;
    std::vector<std::pair<std::string, std::optional<double>>> breakEvenLeasePrice;
    double totalCapex = 0.0;
    double totalOpex = 0.0;
    double totalLeaseRevenue = 0.0;
    double totalInternalValue = 0.0;
    double totalTax = 0.0;
    double totalBookDepreciation = 0.0;
    double totalNetCashFlow = 0.0;
    // Model 1.1 (reported only when the scenario uses a 1.1 key):
    double totalImpairment = 0.0;
    std::optional<int> firstImpairmentMonth; // first month with an impairment, null when none
};

// How tranches are put into groups for charts that would otherwise draw one series per
// tranche (ModelOptions::groupings).
enum class TrancheGroupBy
{
    Sku,          // the SKU id; groups in the order of Scenario::skus
    PurchaseYear, // calendar year of the purchase month m_k; ascending
    Vintage,      // fiscal year (Finance::fiscalYearEndMonth) of the service month s_k, the
                  // year the tranche is placed in service (MACRS vintage); ascending
};

// Fleet series split by groups of tranches: per group, the sum over its tranches. The
// groups' series add up to the fleet series (MonthlySeries::bookValue) month by month.
// Only groups holding at least one tranche are listed.
struct TrancheGroupSeries
{
    TrancheGroupBy by = TrancheGroupBy::Sku;
    std::vector<std::string> names;             // SKU id, "2027" (calendar or fiscal year)
    std::vector<int> trancheCount;              // tranches in each group
    std::vector<double> capex;                  // sum of the tranches' capex B
    std::vector<std::vector<double>> bookValue; // [group][t], end of month t (as bookValue)
    std::vector<int> groupOfPurchase;           // group index of each Scenario::purchases entry
    // Filled only with ModelOptions::groupBalanceSheet (else empty), [group][t], adding up to
    // the fleet series of the same name: remaining tax basis at the end of month t (every
    // scenario); market value MV_{k,t} and ASC 360 impairment of month t (model 1.1 scenarios
    // only, else empty).
    std::vector<std::vector<double>> taxBasis;
    std::vector<std::vector<double>> marketValue;
    std::vector<std::vector<double>> impairment;
};

struct ModelResults
{
    KeyFigures kpis;
    MonthlySeries monthly;
    // Filled only when asked for (ModelOptions::trancheDetail or ::trancheSummary); in
    // purchase order. With trancheSummary alone the monthly arrays are empty.
    std::vector<TrancheResults> tranches;
    // One entry per ModelOptions::groupings entry, in the same order.
    std::vector<TrancheGroupSeries> groups;
    // Model 1.1: true when the scenario uses a 1.1 key; the 1.1 series, KPIs and impairments
    // are then reported (JSON, CSV, table, exports).
    bool model11 = false;
    std::vector<TrancheImpairment> impairments; // every impairment, by tranche then month
};

// One row of the tornado: NPV with the driver at (1 - swing) and at (1 + swing).
struct SensitivityRow
{
    std::string driver;
    double npvLow = 0.0;
    double npvHigh = 0.0;
    double swing() const { return npvHigh > npvLow ? npvHigh - npvLow : npvLow - npvHigh; }
};

} // namespace fleetroi
