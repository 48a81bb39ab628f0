// SPDX-License-Identifier: GPL-3.0-or-later
// Written from shared/spec/MODEL.md section by section; see ReferenceModel11.h.
#include "ReferenceModel11.h"

#include <algorithm>
#include <cmath>

namespace fleetroi::reference {

namespace {

// --- Time -------------------------------------------------------------------------------

// Calendar (year, month 1..12) of month index t.
void calendarOf(const Scenario &sc, int t, int &year, int &month)
{
    const int index = sc.startYear * 12 + (sc.startMonth - 1) + t;
    year = index / 12;
    month = index % 12 + 1;
}

double hoursOf(const Scenario &sc, int t)
{
    int y = 0, m = 0;
    calendarOf(sc, t, y, m);
    static const int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    return 24.0 * (days[m - 1] + (m == 2 && leap ? 1 : 0));
}

// "A month belongs to the fiscal year named by the calendar year in which that fiscal year
// ends."
int fiscalYearOf(const Scenario &sc, int t)
{
    int y = 0, m = 0;
    calendarOf(sc, t, y, m);
    return m > sc.finance.fiscalYearEndMonth ? y + 1 : y;
}

bool isFiscalYearEnd(const Scenario &sc, int t)
{
    int y = 0, m = 0;
    calendarOf(sc, t, y, m);
    return m == sc.finance.fiscalYearEndMonth;
}

// Month index of the last month (calendar month F) of fiscal year fy.
int fiscalYearEndIndex(const Scenario &sc, int fy)
{
    return (fy * 12 + sc.finance.fiscalYearEndMonth - 1) - (sc.startYear * 12 + sc.startMonth - 1);
}

// --- Price curves -----------------------------------------------------------------------

double priceAt(const PriceCurve &c, int t)
{
    if (c.kind == PriceCurve::Kind::Growth)
        return c.start * std::pow(1.0 + c.annualChange, t / 12.0);
    const auto &p = c.points;
    if (t <= p.front().first)
        return p.front().second;
    if (t >= p.back().first)
        return p.back().second;
    std::size_t i = 1;
    while (p[i].first < t)
        ++i;
    const double x0 = p[i - 1].first, y0 = p[i - 1].second, x1 = p[i].first, y1 = p[i].second;
    return y0 + (y1 - y0) * (t - x0) / (x1 - x0);
}

// --- Book depreciation d_j, j = 0 .. count-1 -------------------------------------------------

std::vector<double> schedule(DepreciationMethod method, double B, double V, int L, int count)
{
    std::vector<double> d(std::size_t(std::max(count, 0)), 0.0);
    double bv = B;
    for (int j = 0; j < count; ++j) {
        double x = 0.0;
        if (method == DepreciationMethod::StraightLine)
            x = (B - V) / L;
        else if (method == DepreciationMethod::SumOfYears)
            x = (B - V) * (L - j) / (L * (L + 1) / 2.0);
        else
            x = std::min(std::max(2 * bv / L, (bv - V) / (L - j)), bv - V);
        d[std::size_t(j)] = x;
        bv -= x;
    }
    return d;
}

struct Tranche
{
    const Sku *sku = nullptr;
    double gpus = 0, B = 0, V = 0;
    int m = 0, s = 0, O = 0, L = 0, r = 0;
    bool sold = false;
    int heldEnd = 0;
    bool operating(int t) const { return t >= s && t < s + O; }
    double working(int t) const
    {
        return operating(t) ? gpus * std::pow(1.0 - sku->annualFailureRate, (t - s) / 12.0) : 0.0;
    }
    // MV_{k,t} as if operating at age t - s (or not yet in service before s).
    double market(int t) const
    {
        if (!sku->marketValue)
            return 0.0;
        if (t < s)
            return gpus * priceAt(*sku->marketValue, t);
        return gpus * std::pow(1.0 - sku->annualFailureRate, (t - s) / 12.0) *
               priceAt(*sku->marketValue, t) *
               std::pow(1.0 - sku->marketAgeDiscountPerYear, (t - s) / 12.0);
    }
};

} // namespace

Results compute(const Scenario &sc)
{
    const int H = sc.horizonMonths;
    const Finance &fin = sc.finance;
    const Operations &ops = sc.operations;
    const Leasing &ls = sc.leasing;
    const double rate = fin.taxRate;
    auto zeros = [H] {
        return std::vector<double>(std::size_t(H), 0.0);
    };

    std::vector<Tranche> tranches;
    for (const PurchaseTranche &p : sc.purchases) {
        Tranche k;
        for (const Sku &s : sc.skus)
            if (s.id == p.sku)
                k.sku = &s;
        k.gpus = double(p.gpus);
        const double price = p.gpuPrice ? *p.gpuPrice : k.sku->gpuPrice;
        const double servers = std::ceil(k.gpus / k.sku->gpusPerServer);
        k.B = k.gpus * price + servers * k.sku->serverCost + k.gpus * k.sku->networkCostPerGpu;
        k.V = k.sku->salvageFraction * k.B;
        k.m = p.month;
        k.s = p.month + p.installLagMonths;
        k.O = k.sku->operatingLifeMonths;
        k.L = k.sku->usefulLifeMonths;
        k.r = k.s + k.O;
        k.sold = k.r <= H - 1;
        k.heldEnd = k.sold ? k.r : H;
        tranches.push_back(k);
    }
    const std::size_t K = tranches.size();

    // --- Demand, leasing, utilization -----------------------------------------------------
    std::vector<double> sigma = zeros(), load = zeros(), capex = zeros();
    Results R;
    R.ebitda = zeros();
    for (const Tranche &k : tranches)
        capex[std::size_t(k.m)] += k.B;
    // Per tranche and month: the cash of the impairment test, cf_{k,t}.
    std::vector<std::vector<double>> cf(K, zeros());
    for (int t = 0; t < H; ++t) {
        const double hours = hoursOf(sc, t);
        double C = 0.0;
        for (const Tranche &k : tranches)
            C += k.working(t) * hours * ops.availability * k.sku->throughput;
        const double D = sc.internalDemand.isSeries
                             ? sc.internalDemand.series[std::size_t(t)]
                             : sc.internalDemand.computeHours *
                                   std::pow(1.0 + sc.internalDemand.annualGrowth, t / 12.0);
        const double S = std::min(D, C);
        const double sg = C > 0 ? S / C : 0.0;
        const double Lh = ls.enabled ? (C - S) * ls.sellableFraction : 0.0;
        const double u = C > 0 ? (S + Lh) / C : 0.0;
        sigma[std::size_t(t)] = sg;
        load[std::size_t(t)] = ops.availability * u;
        double lease = 0, internal = 0, energy = 0, colo = 0, maint = 0;
        for (std::size_t i = 0; i < K; ++i) {
            const Tranche &k = tranches[i];
            if (!k.operating(t) || t >= H)
                continue;
            const double n = k.working(t);
            const double G = n * hours * ops.availability;
            double realized = 0.0;
            const int lo = std::max(k.s, t - ls.contractMonths + 1);
            for (int v = lo; v <= t; ++v)
                realized += priceAt(k.sku->leasePrice, v);
            realized /= (t - lo + 1);
            const double kLease = ls.enabled ? G * (1 - sg) * ls.sellableFraction * realized : 0.0;
            const double kInternal = G * sg * priceAt(k.sku->cloudPrice, t);
            const double kEnergy =
                n * hours * k.sku->powerKwPerGpu *
                (k.sku->idlePowerFraction + (1 - k.sku->idlePowerFraction) * load[std::size_t(t)]) *
                ops.pue;
            const double kElec = kEnergy * ops.electricityPricePerKwh *
                                 std::pow(1 + ops.electricityAnnualEscalation, t / 12.0);
            const double kColo = k.gpus * k.sku->powerKwPerGpu * ops.colocationPerKwMonth;
            const double kMaint = k.B * ops.maintenanceFractionPerYear / 12;
            lease += kLease;
            internal += kInternal;
            energy += kEnergy;
            colo += kColo;
            maint += kMaint;
            cf[i][std::size_t(t)] =
                kLease * (1 - ls.salesCostFraction) + kInternal - kElec - kColo - kMaint;
        }
        const double elec = energy * ops.electricityPricePerKwh *
                            std::pow(1 + ops.electricityAnnualEscalation, t / 12.0);
        const double opex =
            elec + colo + maint + ops.staffCostPerMonth + lease * ls.salesCostFraction;
        R.ebitda[std::size_t(t)] = lease + internal - opex;
    }

    // --- Per tranche: book (1.1), tax, market value, disposal, terminal ------------------------
    R.bookDepreciation = zeros(), R.taxDepreciation = zeros(), R.impairment = zeros();
    R.bookGain = zeros(), R.proceeds = zeros(), R.terminalValue = zeros();
    R.bookValue = zeros(), R.taxBasis = zeros(), R.marketValue = zeros();
    std::vector<double> taxGain = zeros();
    for (std::size_t i = 0; i < K; ++i) {
        const Tranche &k = tranches[i];
        const Sku &sku = *k.sku;
        std::vector<double> dep = zeros(), imp = zeros(), tdep = zeros();

        // Tax: "book" = the original schedule (life L), before any change or impairment.
        if (fin.taxDepreciation == TaxDepreciation::Book) {
            const auto d = schedule(sku.depreciation, k.B, k.V, k.L, std::min(k.L, k.O));
            for (std::size_t j = 0; j < d.size(); ++j)
                if (k.s + int(j) < H)
                    tdep[std::size_t(k.s) + j] = d[j];
        } else {
            static const double R6[6] = {0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576};
            const double b = fin.bonusDepreciation;
            const int fy0 = fiscalYearOf(sc, k.s);
            for (int y = 0; y < 6; ++y) {
                const int idx = fiscalYearEndIndex(sc, fy0 + y);
                if (idx < 0 || idx > H - 1 || idx >= k.r)
                    continue;
                tdep[std::size_t(idx)] +=
                    y == 0 ? b * k.B + (1 - b) * k.B * R6[0] : (1 - b) * k.B * R6[y];
            }
        }

        // Book: change in estimate (ASC 250) and impairment test (ASC 360).
        const auto &ch = sku.usefulLifeChange;
        const bool fromStart = ch && ch->month - k.s <= 0;
        const int life = fromStart ? ch->usefulLifeMonths : k.L;
        const auto original = schedule(sku.depreciation, k.B, k.V, life, std::min(life, k.O));
        int lifeEnd = k.s + life;
        bool straight = false;
        double amount = 0.0, salvage = k.V, bv = k.B;
        const bool test = fin.impairmentTest && sku.marketValue;
        const double endValue = k.sold ? k.market(k.r) : k.market(H - 1);
        for (int t = k.s; t < std::min(k.s + k.O, H); ++t) {
            const int j0 = ch ? ch->month - k.s : 0;
            if (ch && !fromStart && t == ch->month && j0 < k.L) {
                const int N = std::max(1, ch->usefulLifeMonths - j0);
                amount = (bv - salvage) / N;
                lifeEnd = t + N;
                straight = true;
            }
            double d = 0.0;
            if (t < lifeEnd)
                d = straight ? amount : original[std::size_t(t - k.s)];
            dep[std::size_t(t)] = d;
            bv -= d;
            if (test && isFiscalYearEnd(sc, t)) {
                double U = endValue;
                for (int v = t + 1; v <= std::min(k.r - 1, H - 1); ++v)
                    U += cf[i][std::size_t(v)];
                if (U < bv) {
                    const double mv = k.market(t);
                    if (bv > mv) {
                        imp[std::size_t(t)] = bv - mv;
                        R.impairments.push_back({int(i), t, bv - mv});
                        bv = mv;
                    }
                    salvage = std::min(salvage, mv);
                    const int left = lifeEnd - (t + 1);
                    amount = left > 0 ? (bv - salvage) / left : 0.0;
                    straight = true;
                }
            }
        }

        // Values at the end of each held month.
        double book = k.B, basis = k.B;
        for (int t = k.m; t < k.heldEnd; ++t) {
            const std::size_t ti = std::size_t(t);
            book -= dep[ti] + imp[ti];
            basis -= tdep[ti];
            R.bookDepreciation[ti] += dep[ti];
            R.impairment[ti] += imp[ti];
            R.taxDepreciation[ti] += tdep[ti];
            R.bookValue[ti] += book;
            R.taxBasis[ti] += basis;
            R.marketValue[ti] += k.market(t);
        }
        if (k.sold) {
            const double proceeds = sku.marketValue ? k.market(k.r) : sku.resaleFraction * k.B;
            R.proceeds[std::size_t(k.r)] += proceeds;
            R.bookGain[std::size_t(k.r)] += proceeds - book;
            taxGain[std::size_t(k.r)] += proceeds - basis;
        } else {
            double tv = 0.0;
            if (fin.terminalValue == TerminalValueMethod::BookValue)
                tv = book;
            else if (fin.terminalValue == TerminalValueMethod::MarketValue)
                tv = k.market(H - 1);
            R.terminalValue[std::size_t(H - 1)] += tv;
            taxGain[std::size_t(H - 1)] += tv - basis;
        }
    }

    // --- Tax, profit, cash, reconciliation ----------------------------------------------------
    R.ebit = zeros(), R.tax = zeros(), R.netIncome = zeros(), R.netCashFlow = zeros();
    R.deferredTaxLiability = zeros(), R.bookTaxExpense = zeros();
    for (int t = 0; t < H; ++t) {
        const std::size_t ti = std::size_t(t);
        R.tax[ti] = rate * (R.ebitda[ti] - R.taxDepreciation[ti] + taxGain[ti]);
        R.ebit[ti] = R.ebitda[ti] - R.bookDepreciation[ti] - R.impairment[ti] + R.bookGain[ti];
        R.bookTaxExpense[ti] = rate * R.ebit[ti];
        R.netIncome[ti] = R.ebit[ti] - R.bookTaxExpense[ti];
        R.deferredTaxLiability[ti] = rate * (R.bookValue[ti] - R.taxBasis[ti]);
        R.netCashFlow[ti] =
            R.ebitda[ti] - capex[ti] + R.proceeds[ti] + R.terminalValue[ti] - R.tax[ti];
        R.npv += R.netCashFlow[ti] * std::pow(1 + fin.discountRate, -(t + 1) / 12.0);
        R.totalImpairment += R.impairment[ti];
        if (!R.firstImpairmentMonth && R.impairment[ti] > 0)
            R.firstImpairmentMonth = t;
    }
    return R;
}

} // namespace fleetroi::reference
