// SPDX-License-Identifier: GPL-3.0-or-later
// The financial model, following shared/spec/MODEL.md section by section.
//
// Speed: the model must recompute on every keystroke and run thousands of times in the
// tornado and Monte Carlo. Everything that depends only on (SKU, month) - prices, survival,
// hours - is tabulated once; the per-tranche inner loop then only accumulates sums of
// working GPUs weighted by those tables. Money that is proportional to GPU-hours is summed
// as "working GPUs x per-GPU factor" per month and multiplied by hours x availability once.
#include "engine/FleetModel.h"

#include "engine/BalanceSheet.h"
#include "engine/BookSchedule.h"
#include "engine/FleetStages.h"
#include "engine/IrrSearch.h"
#include "engine/LeasingValue.h"
#include "engine/MonthlyTables.h"
#include "engine/TaxDepreciation.h"
#include "finance/RootSearch.h"
#include "scenario/PurchaseSkuIndex.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <future>

namespace fleetroi {

namespace {

// From this many purchases computeModel runs the leasing-off model on a second thread.
constexpr std::size_t kParallelLeasingValuePurchases = 1000;

// Everything one run of the model produces. `leaseFactor` scales every lease price (1 for
// the scenario as entered).
struct Run
{
    MonthlySeries m;
    std::vector<TrancheResults> tranches;
    std::vector<TrancheGroupSeries> groups;
    double npv = 0.0;
    double sumUsed = 0.0;                       // sum of S_t + L_t
    double sumCapacity = 0.0;                   // sum of C_t
    double sumLeased = 0.0;                     // sum of L_t
    std::vector<TrancheImpairment> impairments; // model 1.1
};

void resizeAll(MonthlySeries &m, int h)
{
    for (std::vector<double> *v : {&m.capacityHours,
                                   &m.internalDemandHours,
                                   &m.internalServedHours,
                                   &m.shortfallHours,
                                   &m.leasedHours,
                                   &m.utilization,
                                   &m.workingGpus,
                                   &m.energyKwh,
                                   &m.capex,
                                   &m.leaseRevenue,
                                   &m.internalValue,
                                   &m.electricityCost,
                                   &m.colocationCost,
                                   &m.maintenanceCost,
                                   &m.staffCost,
                                   &m.salesCost,
                                   &m.opex,
                                   &m.ebitda,
                                   &m.bookDepreciation,
                                   &m.taxDepreciation,
                                   &m.bookGain,
                                   &m.proceeds,
                                   &m.terminalValue,
                                   &m.ebit,
                                   &m.tax,
                                   &m.netIncome,
                                   &m.netCashFlow,
                                   &m.cumulativeCashFlow,
                                   &m.bookValue,
                                   &m.taxBasis,
                                   &m.discountFactor})
        v->assign(std::size_t(h), 0.0);
}

// Group index of every purchase for one grouping, and the group names, capex and counts
// (book-value rows sized H, filled later). Groups without tranches are left out.
TrancheGroupSeries groupTranches(const Scenario &sc, const std::vector<int> &purchaseSku,
                                 TrancheGroupBy by)
{
    TrancheGroupSeries g;
    g.by = by;
    const std::size_t n = sc.purchases.size();
    std::vector<int> key(n); // SKU index or year
    for (std::size_t k = 0; k < n; ++k) {
        const PurchaseTranche &p = sc.purchases[k];
        int y = 0, m = 0;
        switch (by) {
        case TrancheGroupBy::Sku:
            key[k] = purchaseSku[k];
            break;
        case TrancheGroupBy::PurchaseYear:
            calendarMonth(sc.startYear, sc.startMonth, p.month, y, m);
            key[k] = y;
            break;
        case TrancheGroupBy::Vintage:
            key[k] = fiscalYearOf(sc.startYear, sc.startMonth, sc.finance.fiscalYearEndMonth,
                                  p.month + p.installLagMonths);
            break;
        }
    }
    // Keys in ascending order (SKU index = the scenario's SKU order) -> dense group indices.
    std::vector<int> keys = key;
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    g.names.reserve(keys.size());
    for (int k : keys)
        g.names.push_back(by == TrancheGroupBy::Sku ? sc.skus[std::size_t(k)].id
                                                    : std::to_string(k));
    g.trancheCount.assign(keys.size(), 0);
    g.capex.assign(keys.size(), 0.0);
    g.groupOfPurchase.resize(n);
    for (std::size_t k = 0; k < n; ++k) {
        const int gi = int(std::lower_bound(keys.begin(), keys.end(), key[k]) - keys.begin());
        g.groupOfPurchase[k] = gi;
        ++g.trancheCount[std::size_t(gi)];
    }
    return g;
}

void runModel(const Scenario &sc, double leaseFactor, bool withLabels, const ModelOptions &opt,
              Run &run)
{
    const bool trancheDetail = opt.trancheDetail;
    const bool trancheFacts = opt.trancheDetail || opt.trancheSummary;
    const int H = sc.horizonMonths;
    const Operations &ops = sc.operations;
    const Finance &fin = sc.finance;
    MonthlySeries &M = run.m;
    resizeAll(M, H);
    if (withLabels) {
        M.month.resize(std::size_t(H));
        for (int t = 0; t < H; ++t)
            M.month[std::size_t(t)] = monthLabel(sc.startYear, sc.startMonth, t);
    }

    // --- Month and SKU x month tables (FleetStages.h) ----------------------------------
    const std::size_t HH = std::size_t(H);
    MonthTables months = buildMonthTables(sc);
    const std::vector<double> &hours = months.hours, &escalation = months.escalation;
    M.discountFactor = std::move(months.discountFactor);
    M.internalDemandHours = std::move(months.demand);
    const SkuMonthTables tab = buildSkuMonthTables(sc, leaseFactor);
    // Lease contracts of T months (realizedLeasePrice: the ladder of running contracts).
    const int T = sc.leasing.contractMonths;

    // --- Fleet: per-month sums over operating tranches ----------------------------------
    FleetSums sums; // sum n x throughput, kW idle/load, cloud price, realized lease price
    sums.assign(HH);
    const FleetSumRows sumRows = sums.rows();

    struct TrancheFacts
    {
        double capex, salvage;
        ServiceWindow w;
    };
    std::vector<TrancheFacts> facts(sc.purchases.size());
    const std::vector<int> purchaseSku = purchaseSkuIndices(sc); // valid scenario: all >= 0

    if (trancheFacts)
        run.tranches.resize(sc.purchases.size());
    run.groups.clear();
    for (TrancheGroupBy by : opt.groupings) {
        run.groups.push_back(groupTranches(sc, purchaseSku, by));
        TrancheGroupSeries &g = run.groups.back();
        const std::vector<double> zeros(HH, 0.0);
        g.bookValue.assign(g.names.size(), zeros);
        if (opt.groupBalanceSheet) {
            g.taxBasis.assign(g.names.size(), zeros);
            if (sc.usesModel11()) {
                g.marketValue.assign(g.names.size(), zeros);
                g.impairment.assign(g.names.size(), zeros);
            }
        }
    }

    for (std::size_t k = 0; k < sc.purchases.size(); ++k) {
        const PurchaseTranche &p = sc.purchases[k];
        const std::size_t s = std::size_t(purchaseSku[k]);
        const Sku &sku = sc.skus[s];
        const TrancheCost cost = trancheCost(sc, sku, p);
        const double capex = cost.capex();
        M.capex[std::size_t(p.month)] += capex;

        const int service = p.month + p.installLagMonths;
        const ServiceWindow w = serviceWindow(p.month, service, sku.operatingLifeMonths, H);
        TrancheFacts &f = facts[k];
        f = {capex, sku.salvageFraction * capex, w};

        const double maintenance = capex * ops.maintenanceFractionPerYear / 12.0;
        for (TrancheGroupSeries &g : run.groups)
            g.capex[std::size_t(g.groupOfPurchase[k])] += capex;
        TrancheResults *tr = trancheFacts ? &run.tranches[k] : nullptr;
        if (tr) {
            tr->purchaseIndex = int(k);
            tr->skuId = sku.id;
            tr->label = p.label;
            tr->capex = capex;
            tr->purchaseMonth = p.month;
            tr->serviceMonth = service;
        }
        if (trancheDetail) {
            tr->workingGpus.assign(HH, 0.0);
            tr->capacityHours.assign(HH, 0.0);
        }
        addOperatingGpus(
            sumRows, tab, s, sku, cost.gpus, service, w.end, T, [&](std::size_t ti, double n) {
                M.workingGpus[ti] += n;
                M.colocationCost[ti] += cost.colocation;
                M.maintenanceCost[ti] += maintenance;
                if (trancheDetail) {
                    tr->workingGpus[ti] = n;
                    tr->capacityHours[ti] = n * hours[ti] * ops.availability * sku.throughput;
                }
            });
    }

    // --- Demand, leasing, utilization, money by month -----------------------------------
    const bool leasing = sc.leasing.enabled;
    const double sellable = sc.leasing.sellableFraction;
    std::vector<double> sigmaOf(HH, 0.0), loadOf(HH, 0.0); // per month, for the 1.1 test
    for (int t = 0; t < H; ++t) {
        const std::size_t ti = std::size_t(t);
        const double D = M.internalDemandHours[ti];
        const MonthOperations o =
            leasing ? monthOperations<true>(hours[ti], ops.availability, sums.throughput[ti], D,
                                            sellable, sums.lease[ti], sums.cloud[ti],
                                            sums.idlePower[ti], sums.loadPower[ti], ops.pue)
                    : monthOperations<false>(hours[ti], ops.availability, sums.throughput[ti], D,
                                             sellable, sums.lease[ti], sums.cloud[ti],
                                             sums.idlePower[ti], sums.loadPower[ti], ops.pue);
        const double C = o.capacity, S = o.served, L = o.leased;
        M.capacityHours[ti] = C;
        M.internalServedHours[ti] = S;
        M.shortfallHours[ti] = D - S;
        M.leasedHours[ti] = L;
        M.utilization[ti] = o.utilization;
        run.sumUsed += S + L;
        run.sumCapacity += C;
        run.sumLeased += L;
        M.leaseRevenue[ti] = o.leaseRevenue;
        M.internalValue[ti] = o.internalValue;
        sigmaOf[ti] = o.servedShare;
        loadOf[ti] = ops.availability * o.utilization;
        M.energyKwh[ti] = o.energyKwh;
        M.electricityCost[ti] = M.energyKwh[ti] * ops.electricityPricePerKwh * escalation[ti];
        M.staffCost[ti] = ops.staffCostPerMonth;
        M.salesCost[ti] = M.leaseRevenue[ti] * sc.leasing.salesCostFraction;
        M.opex[ti] = M.electricityCost[ti] + M.colocationCost[ti] + M.maintenanceCost[ti] +
                     M.staffCost[ti] + M.salesCost[ti];
        M.ebitda[ti] = M.leaseRevenue[ti] + M.internalValue[ti] - M.opex[ti];
    }

    // --- Depreciation, disposal, terminal value per tranche -----------------------------
    std::vector<double> taxGain(HH, 0.0);
    const bool macrs = fin.taxDepreciation == TaxDepreciation::Macrs5HalfYear;
    std::vector<double> bookDep, taxDep; // this tranche's amounts by month (reused buffers)
    std::vector<double> schedule;        // d_j of the tranche's book life
    // Model 1.1 (MODEL.md "Version 1.1"): only when the scenario uses one of its keys, so a
    // model-1 scenario runs exactly the v1 arithmetic.
    const bool v11 = sc.usesModel11();
    Model11Tables tables11;
    if (v11) {
        for (std::vector<double> *v :
             {&M.marketValue, &M.impairment, &M.deferredTaxLiability, &M.bookTaxExpense})
            v->assign(HH, 0.0);
        tables11.prepare(sc, H);
        tables11.hours = hours.data();
        tables11.escalation = escalation.data();
        tables11.sigma = sigmaOf.data();
        tables11.load = loadOf.data();
        tables11.survival = tab.survival.data();
        tables11.cloud = tab.cloud.data();
        tables11.leasePrefix = tab.leasePrefix.data();
        tables11.leaseSpot = tab.leaseSpot.data();
    }
    for (std::size_t k = 0; k < sc.purchases.size(); ++k) {
        const TrancheFacts &f = facts[k];
        const Sku &sku = sc.skus[std::size_t(purchaseSku[k])];
        const double B = f.capex, V = f.salvage;
        bookDep.assign(HH, 0.0);
        // Book depreciation d_j in month service + j, 0 <= j < min(L, O).
        addBookDepreciation(sku.depreciation, B, V, sku.usefulLifeMonths, sku.operatingLifeMonths,
                            f.w.service, H, schedule, bookDep.data());
        // Tax depreciation: book amounts, or MACRS deductions at fiscal-year ends.
        if (macrs) {
            taxDep.assign(HH, 0.0);
            addMacrsDeductions(sc, B, f.w.service, f.w.disposal, taxDep.data());
        }
        // With tax_depreciation = "book" the deductions follow the original schedule, before
        // any change in estimate or impairment (MODEL.md 1.1).
        const std::vector<double> &taxD = macrs ? taxDep : bookDep;

        // Model 1.1: market value, change in estimate, impairment test (BalanceSheet.h).
        std::optional<Tranche11> tranche11;
        if (v11) {
            TrancheFacts11 f11;
            f11.skuIndex = std::size_t(purchaseSku[k]);
            f11.gpus = double(sc.purchases[k].gpus);
            f11.capex = f.capex;
            f11.salvage = f.salvage;
            f11.purchase = f.w.purchase;
            f11.service = f.w.service;
            f11.disposal = f.w.disposal;
            f11.sold = f.w.sold;
            tranche11 = computeTranche11(tables11, f11);
        }
        const Tranche11 *t11 = tranche11 ? &*tranche11 : nullptr;
        const std::vector<double> &bookD = t11 && t11->book ? t11->book->depreciation : bookDep;
        const std::vector<double> *impairment = t11 && t11->book ? &t11->book->impairment : nullptr;

        // Book value and tax basis from the purchase month until the sale (or horizon end).
        double book = B, basis = B;
        const int last = f.w.sold ? f.w.disposal : H; // exclusive
        TrancheResults *tr = trancheFacts ? &run.tranches[k] : nullptr;
        if (trancheDetail) {
            tr->bookDepreciation = bookD;
            tr->taxDepreciation = taxD;
            tr->bookValue.assign(HH, 0.0);
            tr->taxBasis.assign(HH, 0.0);
            if (v11) {
                tr->marketValue.assign(HH, 0.0);
                tr->impairment.assign(HH, 0.0);
            }
        }
        const double *imp = impairment ? impairment->data() : nullptr;
        walkCarryingAmounts(B, f.w.purchase, last, bookD.data(), taxD.data(), imp, book, basis,
                            [&](std::size_t ti, double bookT, double basisT) {
                                M.bookDepreciation[ti] += bookD[ti];
                                M.taxDepreciation[ti] += taxD[ti];
                                if (imp)
                                    M.impairment[ti] += imp[ti];
                                M.bookValue[ti] += bookT;
                                M.taxBasis[ti] += basisT;
                                if (t11 && t11->hasMarketValue)
                                    M.marketValue[ti] += t11->marketValue[ti];
                                if (trancheDetail) {
                                    tr->bookValue[ti] = bookT;
                                    tr->taxBasis[ti] = basisT;
                                    if (t11 && t11->hasMarketValue)
                                        tr->marketValue[ti] = t11->marketValue[ti];
                                    if (imp)
                                        tr->impairment[ti] = imp[ti];
                                }
                            });
        // The same book values into this tranche's group of every grouping (model 1.1: after
        // a change in estimate and impairments, as the fleet's).
        for (TrancheGroupSeries &g : run.groups) {
            const std::size_t gi = std::size_t(g.groupOfPurchase[k]);
            // Balance-sheet view (ModelOptions::groupBalanceSheet): also the same basis,
            // market value and impairments as the fleet's, summed by group.
            double *row = g.bookValue[gi].data();
            double *basisRow = g.taxBasis.empty() ? nullptr : g.taxBasis[gi].data();
            double groupBook = 0.0, groupBasis = 0.0;
            walkCarryingAmounts(B, f.w.purchase, last, bookD.data(), taxD.data(), imp, groupBook,
                                groupBasis, [&](std::size_t ti, double bookT, double basisT) {
                                    row[ti] += bookT;
                                    if (basisRow)
                                        basisRow[ti] += basisT;
                                });
            if (!basisRow)
                continue;
            if (!g.marketValue.empty() && t11 && t11->hasMarketValue) {
                double *mvRow = g.marketValue[gi].data();
                for (int t = f.w.purchase; t < last; ++t)
                    mvRow[t] += t11->marketValue[std::size_t(t)];
            }
            if (!g.impairment.empty() && t11 && t11->book)
                for (int month : t11->book->impairmentMonths)
                    g.impairment[gi][std::size_t(month)] +=
                        t11->book->impairment[std::size_t(month)];
        }
        if (t11 && t11->book)
            for (int month : t11->book->impairmentMonths)
                run.impairments.push_back(
                    {int(k), month, t11->book->impairment[std::size_t(month)]});
        // Sold in month r_k = s_k + O for resale_fraction x B (model 1.1: at market value
        // MV_{k,r_k} when the SKU has one), or held at the end and valued by the terminal-value
        // method in month H-1; gains against the values just before. After a sale the book
        // value and basis are 0 from r_k on.
        const bool mv = t11 && t11->hasMarketValue;
        const TrancheExit exit =
            trancheExit(sc, sku, f.w, B, book, basis, mv ? &t11->disposalValue : nullptr,
                        mv ? &t11->marketValue[std::size_t(H - 1)] : nullptr);
        const std::size_t r = std::size_t(exit.month);
        taxGain[r] += exit.taxGain;
        if (exit.sold) {
            M.proceeds[r] += exit.value;
            M.bookGain[r] += exit.bookGain;
            if (tr) {
                tr->disposalMonth = f.w.disposal;
                tr->proceeds = exit.value;
                tr->bookGain = exit.bookGain;
                tr->taxGain = exit.taxGain;
            }
        } else {
            M.terminalValue[r] += exit.value;
            if (tr)
                tr->terminalValue = exit.value;
        }
    }

    // --- Tax, profit and cash -----------------------------------------------------------
    double cumulative = 0.0;
    run.npv = 0.0;
    for (int t = 0; t < H; ++t) {
        const std::size_t ti = std::size_t(t);
        const double taxable = M.ebitda[ti] - M.taxDepreciation[ti] + taxGain[ti];
        M.tax[ti] = fin.taxRate * taxable;
        M.ebit[ti] = M.ebitda[ti] - M.bookDepreciation[ti] + M.bookGain[ti];
        if (v11) {
            // MODEL.md 1.1 "Book and tax reconciliation": the impairment is a book expense;
            // the income-statement tax is tax_rate x ebit, the deferred tax liability is
            // tax_rate x (book value - tax basis) of the tranches held at the end of t.
            M.ebit[ti] -= M.impairment[ti];
            M.bookTaxExpense[ti] = fin.taxRate * M.ebit[ti];
            M.netIncome[ti] = M.ebit[ti] - M.bookTaxExpense[ti];
            M.deferredTaxLiability[ti] = fin.taxRate * (M.bookValue[ti] - M.taxBasis[ti]);
        } else {
            M.netIncome[ti] = M.ebit[ti] * (1.0 - fin.taxRate);
        }
        M.netCashFlow[ti] =
            M.ebitda[ti] - M.capex[ti] + M.proceeds[ti] + M.terminalValue[ti] - M.tax[ti];
        cumulative += M.netCashFlow[ti];
        M.cumulativeCashFlow[ti] = cumulative;
        run.npv += M.netCashFlow[ti] * M.discountFactor[ti];
    }
}

double sum(const std::vector<double> &v)
{
    double s = 0.0;
    for (double x : v)
        s += x;
    return s;
}

// Smallest t from which the running sum of `flows` stays >= 0 to the end; none when it
// ends below 0.
std::optional<int> paybackMonth(const std::vector<double> &flows)
{
    std::vector<double> cumulative(flows.size());
    double acc = 0.0;
    for (std::size_t t = 0; t < flows.size(); ++t)
        cumulative[t] = acc += flows[t];
    if (cumulative.empty() || cumulative.back() < 0.0)
        return std::nullopt;
    int t = int(cumulative.size()) - 1;
    while (t > 0 && cumulative[std::size_t(t - 1)] >= 0.0)
        --t;
    return t;
}

// NPV with every lease price x m.
double npvAtLeaseFactor(const Scenario &sc, double m)
{
    Run run;
    runModel(sc, m, false, ModelOptions{}, run);
    return run.npv;
}

// The lease factor m with npv(m) = 0 when NPV is not affine in m (model 1.1 impairments with
// terminal value at book value): bracketed from the affine guess outwards, then Brent.
// nullopt when no sign change is found for m in [-1e6, 1e6].
std::optional<double> breakEvenBySearch(const Scenario &sc, std::optional<double> guess)
{
    const double g = guess && std::isfinite(*guess) ? *guess : 1.0;
    double a = std::min(0.0, g) - 0.5, b = std::max(1.0, g) + 0.5;
    double fa = npvAtLeaseFactor(sc, a), fb = npvAtLeaseFactor(sc, b);
    for (int i = 0; i < 40 && (fa > 0.0) == (fb > 0.0) && fa != 0.0 && fb != 0.0; ++i) {
        if (std::fabs(a) > 1e6 && std::fabs(b) > 1e6)
            return std::nullopt;
        a = a * 2.0 - 1.0;
        b = b * 2.0 + 1.0;
        fa = npvAtLeaseFactor(sc, a);
        fb = npvAtLeaseFactor(sc, b);
    }
    if (fa == 0.0)
        return a;
    if (fb == 0.0)
        return b;
    if ((fa > 0.0) == (fb > 0.0))
        return std::nullopt;
    return finance::brentRoot([&](double m) { return npvAtLeaseFactor(sc, m); }, a, b, fa, fb);
}

} // namespace

ModelResults computeModel(const Scenario &scenario, const ModelOptions &options)
{
    // The value of leasing needs a second run with leasing off. For a big fleet it runs on
    // a thread of its own beside this one: at 10,000 tranches each run takes 15-20 ms, and
    // the window waits for both after every edit. Small fleets run both here (a thread
    // costs more than their run). Same results either way: the runs share nothing.
    std::future<ModelResults> withoutLeasing;
    if (options.leasingValue && scenario.leasing.enabled &&
        scenario.purchases.size() >= kParallelLeasingValuePurchases)
        withoutLeasing = std::async(std::launch::async, [&scenario] {
            return computeModel(leasingOff(scenario), leasingOffOptions());
        });
    Run run;
    runModel(scenario, 1.0, true, options, run);
    ModelResults out;
    KeyFigures &k = out.kpis;
    const MonthlySeries &M = run.m;
    k.npv = run.npv;

    if (options.irr) {
        k.irrAllRoots = annualIrrRoots(M.netCashFlow);
        k.irrRoots = int(k.irrAllRoots.size());
        if (!k.irrAllRoots.empty())
            k.irr = k.irrAllRoots.front();
    }
    k.paybackMonth = paybackMonth(M.netCashFlow);
    std::vector<double> discounted(M.netCashFlow.size());
    for (std::size_t t = 0; t < discounted.size(); ++t)
        discounted[t] = M.netCashFlow[t] * M.discountFactor[t];
    k.discountedPaybackMonth = paybackMonth(discounted);

    k.averageUtilization = run.sumCapacity > 0.0 ? run.sumUsed / run.sumCapacity : 0.0;
    k.totalCapex = sum(M.capex);
    k.totalOpex = sum(M.opex);
    k.totalLeaseRevenue = sum(M.leaseRevenue);
    k.totalInternalValue = sum(M.internalValue);
    k.totalTax = sum(M.tax);
    k.totalBookDepreciation = sum(M.bookDepreciation);
    k.totalNetCashFlow = sum(M.netCashFlow);
    if (run.sumUsed > 0.0)
        k.costPerComputeHour =
            (k.totalCapex + k.totalOpex - sum(M.proceeds) - sum(M.terminalValue)) / run.sumUsed;

    // NPV is affine in a factor m on every lease price: m = -npv(0) / (npv(1) - npv(0)).
    // Lease revenue enters each month's cash flow once, net of the sales cost and of the
    // tax on it, and nothing else depends on the price (utilization does not), so
    // npv(1) - npv(0) = sum_t DF_t x lease_revenue_t x (1 - sales fraction) x (1 - tax rate),
    // exactly - no second run of the model is needed.
    if (options.breakEvenLease && run.sumLeased > 0.0) {
        double slope = 0.0;
        for (std::size_t t = 0; t < M.leaseRevenue.size(); ++t)
            slope += M.discountFactor[t] * M.leaseRevenue[t];
        slope *= (1.0 - scenario.leasing.salesCostFraction) * (1.0 - scenario.finance.taxRate);
        if (slope != 0.0)
            k.breakEvenLeaseFactor = -(run.npv - slope) / slope;
        // Model 1.1: with the impairment test and terminal value at book value, the lease
        // price also moves impairments and so the terminal value: NPV is then only piecewise
        // affine (and non-decreasing) in m, and the factor is found by a root search.
        if (scenario.finance.impairmentTest &&
            scenario.finance.terminalValue == TerminalValueMethod::BookValue)
            k.breakEvenLeaseFactor = breakEvenBySearch(scenario, k.breakEvenLeaseFactor);
    }

    out.model11 = scenario.usesModel11();
    if (out.model11) {
        k.totalImpairment = sum(M.impairment);
        for (int t = 0; t < M.size() && !k.firstImpairmentMonth; ++t)
            if (M.impairment[std::size_t(t)] > 0.0)
                k.firstImpairmentMonth = t;
        out.impairments = std::move(run.impairments);
    }
    out.monthly = std::move(run.m);
    out.tranches = std::move(run.tranches);
    out.groups = std::move(run.groups);
    if (withoutLeasing.valid())
        addLeasingAnalysis(scenario, out, withoutLeasing.get());
    else if (options.leasingValue)
        addLeasingAnalysis(scenario, out);
    return out;
}

double computeNpv(const Scenario &scenario)
{
    Run run;
    runModel(scenario, 1.0, false, ModelOptions{}, run);
    return run.npv;
}

std::vector<std::pair<const char *, const std::vector<double> *>> MonthlySeries::namedSeries() const
{
    std::vector<std::pair<const char *, const std::vector<double> *>> named = {
        {"capacity_hours", &capacityHours},
        {"internal_demand_hours", &internalDemandHours},
        {"internal_served_hours", &internalServedHours},
        {"shortfall_hours", &shortfallHours},
        {"leased_hours", &leasedHours},
        {"utilization", &utilization},
        {"capex", &capex},
        {"lease_revenue", &leaseRevenue},
        {"internal_value", &internalValue},
        {"electricity_cost", &electricityCost},
        {"colocation_cost", &colocationCost},
        {"maintenance_cost", &maintenanceCost},
        {"staff_cost", &staffCost},
        {"sales_cost", &salesCost},
        {"opex", &opex},
        {"ebitda", &ebitda},
        {"book_depreciation", &bookDepreciation},
        {"tax_depreciation", &taxDepreciation},
        {"book_gain", &bookGain},
        {"proceeds", &proceeds},
        {"terminal_value", &terminalValue},
        {"ebit", &ebit},
        {"tax", &tax},
        {"net_income", &netIncome},
        {"net_cash_flow", &netCashFlow},
        {"cumulative_cash_flow", &cumulativeCashFlow},
        {"book_value", &bookValue},
        {"energy_kwh", &energyKwh},
        {"working_gpus", &workingGpus}};
    // Model 1.1 series exist only for a scenario that uses a 1.1 key.
    if (!marketValue.empty()) {
        named.push_back({"market_value", &marketValue});
        named.push_back({"impairment", &impairment});
        named.push_back({"deferred_tax_liability", &deferredTaxLiability});
        named.push_back({"book_tax_expense", &bookTaxExpense});
    }
    return named;
}

} // namespace fleetroi
