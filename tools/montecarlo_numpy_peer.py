#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The Monte Carlo of `fleetroi montecarlo`, written again in numpy, vectorized over paths.

It is the yardstick of issue 15 ("Monte Carlo at least 10x the vectorized-numpy peer"): the
same scenario file, the same drivers, distributions and correlations (Gaussian copula), the
same model per path (MODEL.md as models/core/engine/FleetModel.cpp computes it, with each
driver's multiplier applied as applyDriverMultiplier() does) and the same summary:
mean, sd (divisor P - 1), P5/P10/P50/P90/P95 (type 7 = numpy's "linear"), P(NPV < 0), a
50-bin histogram from the smallest to the largest NPV, the P10/P50/P90 fan of the cumulative
net cash flow per month and the Spearman rank correlation of each driver with NPV.

What differs, on purpose:
  - The random numbers: numpy's PCG64 (default_rng(seed)) standard normals instead of
    FleetROI's per-path SplitMix64 + Box-Muller, so the figures agree within sampling error,
    not digit for digit.
  - Phi(z) = erfc(-z / sqrt 2) / 2 uses the Chebyshev-fitted erfc of Numerical Recipes
    ("erfcc", fractional error < 1.2e-7) because numpy has no vectorized erf; python3-scipy's
    ndtr would be exact but costs ~0.2 s more to import.
  - Powers are exp(a log b) instead of the C++ engine's whole-year x twelfth products
    (relative differences ~1e-15).

How it is vectorized: paths are taken in chunks (default 8,192, the fastest on the 2-core
reference machine); every monthly quantity is a (paths x months) float64 array. Cohorts
(tranches of one SKU bought and put into service in the same month) are looped over in
Python; the depreciation, tax-basis and disposal cash per unit of capex depends only on the
cohort's integer lives, so it is tabulated once per distinct (useful life, operating life)
and gathered per path.

Usage: python3 tools/montecarlo_numpy_peer.py FILE [--paths N] [--seed S] [--chunk C]
Prints JSON with the keys of `fleetroi montecarlo --format json` to stdout. The file must be
a valid scenario (check it with `fleetroi validate FILE`); only errors this tool needs to
stop on are reported (exit 2).
"""

import argparse
import json
import math
import sys

import numpy as np

DRIVERS = ["gpu_price", "lease_price", "cloud_price", "internal_demand", "electricity_price",
           "discount_rate", "useful_life", "sellable_fraction", "availability",
           "annual_failure_rate"]
MACRS5 = [0.20, 0.32, 0.192, 0.1152, 0.1152, 0.0576]
MAX_FAN_VALUES = 32_000_000  # as kMaxFanValues in MonteCarlo.h


def fail(path, message):
    sys.stderr.write(f"{path}: {message}\n")
    sys.exit(2)


# --- Scenario (defaults as models/core/scenario/Scenario.h and ScenarioReader.cpp) --------

def curve_table(curve, H):
    t = np.arange(H, dtype=np.float64)
    if "points" in curve:
        pts = curve["points"]
        months = np.array([p[0] for p in pts], dtype=np.float64)
        prices = np.array([p[1] for p in pts], dtype=np.float64)
        return np.interp(t, months, prices)  # flat before the first / after the last point
    return curve["start"] * (1.0 + curve.get("annual_change", 0.0)) ** (t / 12.0)


def read_scenario(path):
    try:
        with open(path, "rb") as f:
            s = json.load(f)
    except (OSError, ValueError) as e:
        fail(path, f"cannot read the scenario: {e}")
    if "uncertainty" not in s:
        fail(path, "uncertainty: missing: the Monte Carlo needs an uncertainty block")
    return s


def scale_life(months, m):
    """scaleLifeMonths (MonthlyTables.cpp): rounded half up, at least 1; m may be an array."""
    return np.maximum(1, np.floor(months * m + 0.5)).astype(np.int64)


class Model:
    """Path-independent tables of one scenario."""

    def __init__(self, s):
        self.H = H = s["horizon_months"]
        y, mo = (int(x) for x in s["start"].split("-"))
        fin, ops, lea = s.get("finance", {}), s.get("operations", {}), s.get("leasing", {})
        self.discount_rate = fin.get("discount_rate", 0.09)
        self.tax = fin.get("tax_rate", 0.21)
        self.macrs = fin.get("tax_depreciation", "book") == "macrs_5_half_year"
        self.bonus = fin.get("bonus_depreciation", 0.0)
        self.fy_end = fin.get("fiscal_year_end_month", 12)
        self.book_tv = fin.get("terminal_value", "book_value") == "book_value"
        self.availability = ops.get("availability", 0.97)
        self.pue = ops.get("pue", 1.3)
        self.electricity = ops.get("electricity_price_per_kwh", 0.08)
        self.colocation_kw = ops.get("colocation_per_kw_month", 0.0)
        self.maintenance = ops.get("maintenance_fraction_per_year", 0.0)
        self.staff = ops.get("staff_cost_per_month", 0.0)
        self.leasing = lea.get("enabled", True)
        self.sellable = lea.get("sellable_fraction", 0.8)
        self.sales_cost = lea.get("sales_cost_fraction", 0.1)
        self.T = T = lea.get("contract_months", 1)
        self.start_year, self.start_month = y, mo

        t = np.arange(H)
        self.t = t
        days = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], dtype=np.float64)
        z = (mo - 1) + t
        years, months = y + z // 12, z % 12
        leap = ((years % 4 == 0) & (years % 100 != 0)) | (years % 400 == 0)
        self.hours = 24.0 * (days[months] + ((months == 1) & leap))
        self.escalation = (1.0 + ops.get("electricity_annual_escalation", 0.0)) ** (t / 12.0)
        dem = s["internal_demand"]
        if "series" in dem:
            d = np.zeros(H)
            series = np.asarray(dem["series"], dtype=np.float64)[:H]
            d[:len(series)] = series
            self.demand = d
        else:
            self.demand = dem["compute_hours"] * (1.0 + dem.get("annual_growth", 0.0)) ** (t / 12.0)

        self.skus = []
        index = {}
        for k in s["skus"]:
            life = k["useful_life_months"]
            sku = {
                "gpu_price": k["gpu_price"], "per_server": k.get("gpus_per_server", 8),
                "server_cost": k.get("server_cost", 0.0),
                "network": k.get("network_cost_per_gpu", 0.0), "kw": k["power_kw_per_gpu"],
                "idle": k.get("idle_power_fraction", 0.3), "throughput": k.get("throughput", 1.0),
                "life": life, "operating": k.get("operating_life_months", life),
                "salvage": k.get("salvage_fraction", 0.0),
                "depreciation": k.get("depreciation", "straight_line"),
                "failure": k.get("annual_failure_rate", 0.0),
                "cloud": curve_table(k["cloud_price"], H), "spot": curve_table(k["lease_price"], H),
            }
            sku["resale"] = k.get("resale_fraction", sku["salvage"])
            sku["prefix"] = np.concatenate([[0.0], np.cumsum(sku["spot"])])
            index[k["id"]] = len(self.skus)
            self.skus.append(sku)

        # Cohorts: (SKU, purchase month, service month) with GPUs and capex summed.
        cohorts = {}
        for p in s.get("purchases", []):
            si = index[p["sku"]]
            sku = self.skus[si]
            key = (si, p["month"], p["month"] + p.get("install_lag_months", 1))
            c = cohorts.setdefault(key, {"sku": si, "purchase": key[1], "service": key[2],
                                         "gpus": 0.0, "gpu_capex": 0.0, "other_capex": 0.0})
            gpus = p["gpus"]
            servers = (gpus + sku["per_server"] - 1) // sku["per_server"]
            c["gpus"] += gpus
            c["gpu_capex"] += gpus * p.get("gpu_price", sku["gpu_price"])
            c["other_capex"] += servers * sku["server_cost"] + gpus * sku["network"]
        self.cohorts = list(cohorts.values())
        for c in self.cohorts:
            sku = self.skus[c["sku"]]
            svc = c["service"]
            # Realized lease price of the cohort in month t: mean spot price over the running
            # contracts, signed from max(service, t - T + 1) to t.
            lo = np.maximum(svc, t - T + 1)
            hi = np.maximum(t + 1, lo + 1)
            c["realized"] = np.where(t >= svc, (sku["prefix"][hi] - sku["prefix"][lo]) / (hi - lo), 0.0)
            c["unit_cache"] = {}

    def fiscal_year_of(self, t):
        z = (self.start_month - 1) + t
        y, m = self.start_year + z // 12, z % 12 + 1
        return y if m <= self.fy_end else y + 1

    def fiscal_year_end_index(self, fy):
        return (fy - self.start_year) * 12 + (self.fy_end - self.start_month)

    def unit_cash(self, c, L, O):
        """Cash per unit of capex from tax depreciation (the tax it saves), proceeds or terminal
        value and the tax on their gain, by month: as FleetModel.cpp with capex B = 1."""
        key = (L, O)
        if key in c["unit_cache"]:
            return c["unit_cache"][key]
        H, sku, rate = self.H, self.skus[c["sku"]], self.tax
        svc = c["service"]
        disposal = svc + O
        sold = disposal <= H - 1
        book_dep = np.zeros(H)
        V, bv = sku["salvage"], 1.0
        for j in range(min(L, O)):
            if sku["depreciation"] == "straight_line":
                d = (1.0 - V) / L
            elif sku["depreciation"] == "sum_of_years":
                d = (1.0 - V) * (L - j) / (L * (L + 1) / 2.0)
            else:
                d = min(max(2.0 * bv / L, (bv - V) / (L - j)), bv - V)
            bv -= d
            if svc + j < H:
                book_dep[svc + j] += d
        if self.macrs:
            tax_dep = np.zeros(H)
            fy0 = self.fiscal_year_of(svc)
            for i in range(6):
                idx = self.fiscal_year_end_index(fy0 + i)
                if idx < 0 or idx > H - 1 or idx >= disposal:
                    continue
                tax_dep[idx] += (self.bonus + (1 - self.bonus) * MACRS5[0] if i == 0
                                 else (1 - self.bonus) * MACRS5[i])
        else:
            tax_dep = book_dep
        last = disposal if sold else H
        unit = np.zeros(H)
        p = c["purchase"]
        unit[p:last] = rate * tax_dep[p:last]
        book = 1.0 - book_dep[p:last].sum()
        basis = 1.0 - tax_dep[p:last].sum()
        if sold:
            proceeds = sku["resale"]
            unit[disposal] += proceeds - rate * (proceeds - basis)
        else:
            tv = book if self.book_tv else 0.0
            unit[H - 1] += tv - rate * (tv - basis)
        c["unit_cache"][key] = unit
        return unit

    def run_chunk(self, m):
        """NPV (n,) and cumulative net cash flow (n x H) of n paths; m: driver -> (n,) array
        of multipliers (drivers not given are 1)."""
        H, t = self.H, self.t
        n = len(next(iter(m.values())))
        one = np.ones(n)
        g = m.get("gpu_price", one)
        life_m = m.get("useful_life", None)
        fail_m = m.get("annual_failure_rate", one)
        A = np.minimum(1.0, self.availability * m.get("availability", one))[:, None]
        sell = np.minimum(1.0, self.sellable * m.get("sellable_fraction", one))[:, None]

        sum_tp = np.zeros((n, H))
        sum_idle = np.zeros((n, H))
        sum_load = np.zeros((n, H))
        sum_cloud = np.zeros((n, H))
        sum_lease = np.zeros((n, H))
        fixed_cost = np.zeros((n, H))  # colocation + maintenance
        capex_cash = np.zeros((n, H))  # -capex + (tax saving, disposal, terminal value) x capex
        for c in self.cohorts:
            sku = self.skus[c["sku"]]
            svc = c["service"]
            if life_m is None:
                L = np.full(n, sku["life"])
                O = np.full(n, sku["operating"])
            else:
                L = scale_life(sku["life"], life_m)
                O = scale_life(sku["operating"], life_m)
            capex = g * c["gpu_capex"] + c["other_capex"]
            operating = (t >= svc)[None, :] & (t[None, :] < (svc + O)[:, None])
            keep = 1.0 - np.minimum(0.99, sku["failure"] * fail_m)
            age = np.maximum(t - svc, 0)[None, :]
            working = np.where(operating, c["gpus"] * np.exp(age * (np.log(keep) / 12.0)[:, None]), 0.0)
            sum_tp += working * sku["throughput"]
            sum_idle += working * (sku["kw"] * sku["idle"])
            sum_load += working * (sku["kw"] * (1.0 - sku["idle"]))
            sum_cloud += working * sku["cloud"][None, :]
            sum_lease += working * c["realized"][None, :]
            fixed_cost += operating * (c["gpus"] * sku["kw"] * self.colocation_kw
                                       + capex[:, None] * (self.maintenance / 12.0))
            capex_cash[:, c["purchase"]] -= capex
            keys, inverse = np.unique(L * 1_000_000_000 + O, return_inverse=True)
            units = np.stack([self.unit_cash(c, int(k // 1_000_000_000), int(k % 1_000_000_000))
                              for k in keys])
            capex_cash += capex[:, None] * units[inverse.reshape(-1)]

        hours = self.hours[None, :]
        scale = hours * A  # GPU-hours per working GPU
        C = sum_tp * scale
        S = np.minimum(self.demand[None, :] * m.get("internal_demand", one)[:, None], C)
        positive = C > 0.0
        safe_c = np.where(positive, C, 1.0)
        sigma = np.where(positive, S / safe_c, 0.0)
        if self.leasing:
            leased = (C - S) * sell
            lease_rev = scale * (1.0 - sigma) * sell * sum_lease * m.get("lease_price", one)[:, None]
        else:
            leased = 0.0
            lease_rev = np.zeros((n, H))
        u = np.where(positive, (S + leased) / safe_c, 0.0)
        internal = scale * sigma * sum_cloud * m.get("cloud_price", one)[:, None]
        energy = hours * (sum_idle + sum_load * (A * u)) * self.pue
        electricity = energy * (self.electricity * m.get("electricity_price", one))[:, None] \
            * self.escalation[None, :]
        opex = electricity + fixed_cost + self.staff + lease_rev * self.sales_cost
        ebitda = lease_rev + internal - opex
        ncf = (1.0 - self.tax) * ebitda + capex_cash
        rate = self.discount_rate * m.get("discount_rate", one)
        discount = np.exp(np.log(1.0 / (1.0 + rate))[:, None] * ((t + 1) / 12.0)[None, :])
        return (ncf * discount).sum(axis=1), np.cumsum(ncf, axis=1)


# --- Sampling (Gaussian copula; MODEL.md "Monte Carlo") ------------------------------------

def normal_cdf(z):
    """Phi(z) = erfc(-z / sqrt 2) / 2 with Numerical Recipes' erfcc (fractional error < 1.2e-7)."""
    x = -z / math.sqrt(2.0)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.5 * a)
    r = t * np.exp(-a * a - 1.26551223 + t * (1.00002368 + t * (0.37409196 + t * (0.09678418 + t * (
        -0.18628806 + t * (0.27886807 + t * (-1.13520398 + t * (1.48851587 + t * (
            -0.82215223 + t * 0.17087277)))))))))
    return 0.5 * np.where(x >= 0.0, r, 2.0 - r)


def multipliers(unc, paths, seed):
    drivers = list(unc["drivers"].items())
    names = [d for d, _ in drivers]
    nd = len(names)
    corr = np.eye(nd)
    for pair in unc.get("correlations", []):
        if pair["a"] in names and pair["b"] in names and pair["a"] != pair["b"]:
            i, j = names.index(pair["a"]), names.index(pair["b"])
            corr[i, j] = corr[j, i] = pair["rho"]
    try:
        chol = np.linalg.cholesky(corr)
    except np.linalg.LinAlgError:
        fail("uncertainty.correlations", "not positive definite")
    z = np.random.default_rng(seed).standard_normal((paths, nd)) @ chol.T
    out = {}
    for k, (name, spec) in enumerate(drivers):
        zk = z[:, k]
        if "normal" in spec:
            mean, sd = spec["normal"]
            out[name] = np.maximum(0.0, mean + sd * zk)
        elif "uniform" in spec:
            lo, hi = spec["uniform"]
            out[name] = np.full(paths, lo) if lo == hi else lo + normal_cdf(zk) * (hi - lo)
        else:
            lo, mode, hi = spec["triangular"]
            if lo == hi:
                out[name] = np.full(paths, lo)
                continue
            u = normal_cdf(zk)
            w = hi - lo
            below = u < (mode - lo) / w
            v = np.where(below, lo + np.sqrt(u * w * (mode - lo)),
                         hi - np.sqrt((1.0 - u) * w * (hi - mode)))
            out[name] = np.clip(v, lo, hi)
    return names, out


# --- Summary -------------------------------------------------------------------------------

def average_ranks(x):
    order = np.argsort(x, kind="stable")
    xs = x[order]
    starts = np.flatnonzero(np.concatenate([[True], xs[1:] != xs[:-1]]))
    ends = np.concatenate([starts[1:], [len(x)]]) - 1
    group_rank = 0.5 * (starts + ends)
    ranks = np.empty(len(x))
    ranks[order] = np.repeat(group_rank, ends - starts + 1)
    return ranks


def pearson(x, y):
    dx, dy = x - x.mean(), y - y.mean()
    sxx, syy = (dx * dx).sum(), (dy * dy).sum()
    return float((dx * dy).sum() / math.sqrt(sxx * syy)) if sxx > 0 and syy > 0 else 0.0


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("file")
    ap.add_argument("--paths", type=int)
    ap.add_argument("--seed", type=int)
    ap.add_argument("--chunk", type=int, default=8192)
    args = ap.parse_args()
    s = read_scenario(args.file)
    unc = s["uncertainty"]
    P = args.paths or unc.get("paths", 10000)
    seed = args.seed if args.seed is not None else unc.get("seed", 1)
    model = Model(s)
    H = model.H
    names, mult = multipliers(unc, P, seed)
    for name in names:
        if name not in DRIVERS:
            fail(f"uncertainty.drivers.{name}", "not a driver of the sensitivity list")

    stride = max(1, (P * H + MAX_FAN_VALUES - 1) // MAX_FAN_VALUES)
    kept = (P + stride - 1) // stride
    npv = np.empty(P)
    fan = np.empty((kept, H), dtype=np.float32)
    for p0 in range(0, P, args.chunk):
        p1 = min(P, p0 + args.chunk)
        npv[p0:p1], cum = model.run_chunk({k: v[p0:p1] for k, v in mult.items()})
        first = -(-p0 // stride)  # first kept path index >= p0
        rows = np.arange(first * stride, p1, stride)
        fan[first:first + len(rows)] = cum[rows - p0]

    mean = float(npv.mean())
    sd = float(npv.std(ddof=1)) if P > 1 else 0.0
    q = np.percentile(npv, [5, 10, 50, 90, 95])
    lo, hi = float(npv.min()), float(npv.max())
    if hi > lo:
        counts, edges = np.histogram(npv, bins=50, range=(lo, hi))
    else:
        half = max(1.0, abs(lo) * 1e-9)
        counts, edges = np.array([P]), np.array([lo - half, lo + half])
    fq = np.percentile(fan, [10, 50, 90], axis=0)
    npv_ranks = average_ranks(npv[::stride])
    drivers = [{"driver": name, "rank_correlation": pearson(average_ranks(mult[name][::stride]), npv_ranks)}
               for name in names]
    drivers.sort(key=lambda d: -abs(d["rank_correlation"]))
    out = {
        "paths": P, "mean": mean, "sd": sd,
        "p5": q[0], "p10": q[1], "p50": q[2], "p90": q[3], "p95": q[4],
        "prob_negative": float((npv < 0).mean()),
        "histogram": {"edges": edges.tolist(), "counts": counts.tolist()},
        "fan": {"p10": fq[0].tolist(), "p50": fq[1].tolist(), "p90": fq[2].tolist()},
        "drivers": drivers,
    }
    json.dump(out, sys.stdout, indent=1, default=float)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
