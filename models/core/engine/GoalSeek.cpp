// SPDX-License-Identifier: GPL-3.0-or-later
#include "engine/GoalSeek.h"

#include "engine/FleetModel.h"
#include "engine/IrrSearch.h"
#include "engine/Sensitivity.h"
#include "finance/RootSearch.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <cmath>
#include <cstdio>
#include <vector>

namespace fleetroi {

namespace {

constexpr int kGridIntervals = 80; // brackets of the range scanned before refining
constexpr int kBisections = 60;    // payback band edges: range / 2^60
constexpr double kMaxMultiplier = 10.0;

struct Evaluation
{
    double npv = 0.0;
    std::vector<double> flows;
};

Scenario scaled(const Scenario &base, DriverId driver, double m)
{
    Scenario s = base;
    applyDriverMultiplier(s, driver, m);
    return s;
}

ModelResults run(const Scenario &base, DriverId driver, double m, bool irr)
{
    ModelOptions o;
    o.irr = irr;
    o.breakEvenLease = false;
    o.leasingValue = false;
    return computeModel(scaled(base, driver, m), o);
}

int paybackKey(const std::optional<int> &p)
{
    return p ? *p : INT_MAX; // never paying back sorts after every month
}

std::string num(double v, const char *format = "%.6g")
{
    char buf[64];
    std::snprintf(buf, sizeof buf, format, v);
    return buf;
}

std::string targetText(const GoalSeekTarget &t)
{
    switch (t.kind) {
    case GoalSeekTarget::Kind::Npv:
        return "NPV = " + num(t.value, "%.2f");
    case GoalSeekTarget::Kind::Irr:
        return "IRR = " + num(t.value * 100.0, "%.4g") + " %";
    case GoalSeekTarget::Kind::Payback:
        break;
    }
    return "payback in month " + std::to_string(int(t.value));
}

std::vector<double> grid(const GoalSeekRange &r)
{
    std::vector<double> g;
    for (int i = 0; i <= kGridIntervals; ++i)
        g.push_back(r.low + (r.high - r.low) * double(i) / kGridIntervals);
    if (1.0 > r.low && 1.0 < r.high)
        g.push_back(1.0);
    std::sort(g.begin(), g.end());
    g.erase(std::unique(g.begin(), g.end()), g.end());
    return g;
}

double distanceToOne(double a, double b)
{
    if (a <= 1.0 && 1.0 <= b)
        return 0.0;
    return std::min(std::fabs(a - 1.0), std::fabs(b - 1.0));
}

void fillModel(GoalSeekResult &r, const Scenario &s, DriverId driver, double m)
{
    const ModelResults res = run(s, driver, m, true);
    r.npv = res.kpis.npv;
    r.irr = res.kpis.irr;
    r.paybackMonth = res.kpis.paybackMonth;
}

// NPV or IRR targets: a continuous (or stepwise) function g(m) whose zero is sought.
GoalSeekResult seekRoot(const Scenario &s, DriverId driver, const GoalSeekTarget &t,
                        const GoalSeekRange &range)
{
    GoalSeekResult r;
    r.range = range;
    const auto g = [&](double m) {
        if (t.kind == GoalSeekTarget::Kind::Npv)
            return run(s, driver, m, false).kpis.npv - t.value;
        return monthlyFlowsNpv(run(s, driver, m, false).monthly.netCashFlow, t.value);
    };
    const std::vector<double> ms = grid(range);
    std::vector<double> gs(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i)
        gs[i] = g(ms[i]);

    // The bracket (or exact zero) nearest to today's value.
    double best = INFINITY;
    std::size_t bi = ms.size();
    bool exactGridZero = false;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        if (gs[i] == 0.0 && std::fabs(ms[i] - 1.0) < best) {
            best = std::fabs(ms[i] - 1.0);
            bi = i;
            exactGridZero = true;
        }
        if (i + 1 < ms.size() && std::isfinite(gs[i]) && std::isfinite(gs[i + 1]) && gs[i] != 0.0 &&
            gs[i + 1] != 0.0 && (gs[i] > 0.0) != (gs[i + 1] > 0.0)) {
            const double d = distanceToOne(ms[i], ms[i + 1]);
            if (d < best) {
                best = d;
                bi = i;
                exactGridZero = false;
            }
        }
    }
    if (bi == ms.size()) {
        fillModel(r, s, driver, 1.0);
        const ModelResults lo = run(s, driver, range.low, true);
        const ModelResults hi = run(s, driver, range.high, true);
        const auto show = [&](const ModelResults &x) {
            if (t.kind == GoalSeekTarget::Kind::Npv)
                return num(x.kpis.npv, "%.2f");
            return x.kpis.irr ? num(*x.kpis.irr * 100.0, "%.4g") + " %" : std::string("none");
        };
        const bool flat = std::all_of(gs.begin(), gs.end(), [&](double v) { return v == gs[0]; });
        r.message = "No value of " + std::string(driverKey(driver)) + " from " + num(range.low) +
                    " x to " + num(range.high) + " x today's reaches " + targetText(t) + ": " +
                    (flat ? std::string(t.kind == GoalSeekTarget::Kind::Npv ? "NPV" : "IRR") +
                                " does not depend on it in this scenario"
                          : (t.kind == GoalSeekTarget::Kind::Npv ? "NPV" : "IRR") +
                                std::string(" goes from ") + show(lo) + " to " + show(hi)) +
                    ".";
        return r;
    }
    double m = ms[bi];
    if (!exactGridZero)
        m = finance::brentRoot(g, ms[bi], ms[bi + 1], gs[bi], gs[bi + 1]);
    r.reached = true;
    r.multiplier = m;
    fillModel(r, s, driver, m);
    // Smooth drivers end within rounding of the target; a stepwise one (whole months) jumps.
    const double residual = std::fabs(g(m));
    double scale = 0.0;
    for (double v : gs)
        scale = std::max(scale, std::fabs(v));
    if (residual > 1e-9 * std::max(1.0, scale)) {
        r.exact = false;
        r.message = std::string(driverKey(driver)) + " moves in steps: " + targetText(t) +
                    " is crossed at this multiplier, not met exactly.";
    }
    return r;
}

GoalSeekResult seekPayback(const Scenario &s, DriverId driver, const GoalSeekTarget &t,
                           const GoalSeekRange &range)
{
    GoalSeekResult r;
    r.range = range;
    const int target = int(t.value);
    const auto p = [&](double m) {
        return paybackKey(run(s, driver, m, false).kpis.paybackMonth);
    };
    const std::vector<double> ms = grid(range);
    std::vector<int> ps(ms.size());
    for (std::size_t i = 0; i < ms.size(); ++i)
        ps[i] = p(ms[i]);

    // Bisection between a (payback == target) and b (payback != target): the band edge.
    const auto edge = [&](double in, double out) {
        for (int i = 0; i < kBisections; ++i) {
            const double mid = 0.5 * (in + out);
            if (mid == in || mid == out)
                break;
            (p(mid) == target ? in : out) = mid;
        }
        return in;
    };

    // A point with payback == target nearest to 1: on the grid, or inside a grid interval
    // that payback crosses (found by bisection on payback < target).
    double best = INFINITY;
    std::optional<double> inside;
    for (std::size_t i = 0; i < ms.size(); ++i)
        if (ps[i] == target && std::fabs(ms[i] - 1.0) < best) {
            best = std::fabs(ms[i] - 1.0);
            inside = ms[i];
        }
    std::optional<std::pair<double, double>> jump;
    for (std::size_t i = 0; i + 1 < ms.size(); ++i) {
        const bool crosses =
            (ps[i] < target && ps[i + 1] > target) || (ps[i] > target && ps[i + 1] < target);
        if (!crosses || distanceToOne(ms[i], ms[i + 1]) >= best)
            continue;
        double a = ms[i], b = ms[i + 1];
        const bool aBelow = ps[i] < target;
        std::optional<double> found;
        for (int k = 0; k < kBisections && !found; ++k) {
            const double mid = 0.5 * (a + b);
            if (mid == a || mid == b)
                break;
            const int pm = p(mid);
            if (pm == target)
                found = mid;
            else
                ((pm < target) == aBelow ? a : b) = mid;
        }
        if (found) {
            best = distanceToOne(ms[i], ms[i + 1]);
            inside = found;
        } else if (!jump) {
            jump = std::make_pair(a, b);
        }
    }
    if (!inside) {
        fillModel(r, s, driver, 1.0);
        r.message = "No value of " + std::string(driverKey(driver)) + " from " + num(range.low) +
                    " x to " + num(range.high) + " x today's gives " + targetText(t);
        if (jump)
            r.message += ": payback jumps over that month near " + num(jump->first) + " x";
        else {
            const auto [lo, hi] = std::minmax_element(ps.begin(), ps.end());
            r.message += *lo == INT_MAX ? ": the fleet never pays back in that range"
                                        : ": payback ranges from month " + std::to_string(*lo) +
                                              (*hi == INT_MAX ? " to never"
                                                              : " to month " + std::to_string(*hi));
        }
        r.message += ".";
        return r;
    }
    // Walk out from `inside` on the grid to the first points with another payback, on both
    // sides, then bisect to each edge of the band.
    const auto bandEdge = [&](double from, bool up) {
        const double limit = up ? range.high : range.low;
        double out = limit;
        bool outside = false;
        for (double m : ms) {
            if (up ? m <= from : m >= from)
                continue;
            if (p(m) != target) {
                if (!outside || (up ? m < out : m > out))
                    out = m;
                outside = true;
            }
        }
        if (!outside)
            return limit; // the band reaches the end of the range
        // The nearest grid point beyond which payback differs; points between are checked by
        // bisection (which assumes one edge in between).
        return edge(from, out);
    };
    const double lowEdge = bandEdge(*inside, false);
    const double highEdge = bandEdge(*inside, true);
    r.bandLow = lowEdge;
    r.bandHigh = highEdge;
    r.reached = true;
    r.multiplier = (lowEdge <= 1.0 && 1.0 <= highEdge) ? 1.0
                   : (highEdge < 1.0)                  ? highEdge
                                                       : lowEdge;
    fillModel(r, s, driver, r.multiplier);
    return r;
}

} // namespace

std::optional<GoalSeekTarget> parseGoalSeekTarget(const std::string &text, std::string &error)
{
    const auto eq = text.find('=');
    if (eq == std::string::npos) {
        error = "the target must be npv=VALUE, irr=RATE or payback=MONTH, got '" + text + "'";
        return std::nullopt;
    }
    const std::string key = text.substr(0, eq), value = text.substr(eq + 1);
    GoalSeekTarget t;
    if (key == "npv")
        t.kind = GoalSeekTarget::Kind::Npv;
    else if (key == "irr")
        t.kind = GoalSeekTarget::Kind::Irr;
    else if (key == "payback")
        t.kind = GoalSeekTarget::Kind::Payback;
    else {
        error = "unknown target '" + key + "': use npv, irr or payback";
        return std::nullopt;
    }
    double v = 0.0;
    const auto res = std::from_chars(value.data(), value.data() + value.size(), v);
    if (value.empty() || res.ec != std::errc() || res.ptr != value.data() + value.size() ||
        !std::isfinite(v)) {
        error = key + ": '" + value + "' is not a number";
        return std::nullopt;
    }
    if (t.kind == GoalSeekTarget::Kind::Irr && (v <= -0.99 || v > 10.0)) {
        error =
            "irr: must be an annual rate as a decimal above -0.99 and at most 10 (0.15 = 15 %), "
            "got " +
            value;
        return std::nullopt;
    }
    if (t.kind == GoalSeekTarget::Kind::Payback && (v != std::floor(v) || v < 0.0 || v > 239.0)) {
        error = "payback: must be a whole month index from 0 to 239, got " + value;
        return std::nullopt;
    }
    t.value = v;
    return t;
}

GoalSeekRange goalSeekRange(const Scenario &s, DriverId driver)
{
    GoalSeekRange r{0.0, kMaxMultiplier};
    const auto capAt = [&r](double value, double limit) {
        if (value > 0.0)
            r.high = std::min(kMaxMultiplier, limit / value);
    };
    switch (driver) {
    case DriverId::ElectricityPrice:
        capAt(s.operations.electricityPricePerKwh, 10.0);
        break;
    case DriverId::DiscountRate:
        capAt(std::fabs(s.finance.discountRate), s.finance.discountRate > 0.0 ? 1.0 : 0.5);
        break;
    case DriverId::UsefulLife: {
        int longest = 1;
        for (const Sku &sku : s.skus)
            longest = std::max({longest, sku.usefulLifeMonths, sku.operatingLifeMonths});
        capAt(double(longest), 240.0);
        break;
    }
    case DriverId::SellableFraction:
        capAt(s.leasing.sellableFraction, 1.0);
        break;
    case DriverId::Availability:
        r.low = 0.01;
        capAt(s.operations.availability, 1.0);
        break;
    case DriverId::AnnualFailureRate: {
        double highest = 0.0;
        for (const Sku &sku : s.skus)
            highest = std::max(highest, sku.annualFailureRate);
        capAt(highest, 0.99);
        break;
    }
    case DriverId::GpuPrice:
    case DriverId::LeasePrice:
    case DriverId::CloudPrice:
    case DriverId::InternalDemand:
    case DriverId::Count:
        break;
    }
    return r;
}

GoalSeekRange goalSeekRange(const Scenario &s, const std::string &driver)
{
    const auto id = findDriver(driver);
    return id ? goalSeekRange(s, *id) : GoalSeekRange{0.0, kMaxMultiplier};
}

GoalSeekResult goalSeek(const Scenario &scenario, const std::string &driver,
                        const GoalSeekTarget &target)
{
    const auto id = findDriver(driver);
    if (!id) {
        GoalSeekResult r;
        r.message = "unknown driver '" + driver + "'";
        return r;
    }
    return goalSeek(scenario, *id, target);
}

GoalSeekResult goalSeek(const Scenario &scenario, DriverId driver, const GoalSeekTarget &target)
{
    const GoalSeekRange range = goalSeekRange(scenario, driver);
    if (target.kind == GoalSeekTarget::Kind::Payback)
        return seekPayback(scenario, driver, target, range);
    return seekRoot(scenario, driver, target, range);
}

} // namespace fleetroi
