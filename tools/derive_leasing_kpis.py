#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Derives the issue #16 key figures of a worked example from its scenario file and its
expected output alone (MODEL.md's formulas by hand, not the engine), and writes them into
the expected file after "break_even_lease_factor":

  break_even_lease_price  = break_even_lease_factor x each SKU's lease price in month 0
  leasing_value_npv       = NPV - NPV with leasing.enabled = false
  leasing_value_irr       = IRR of (net cash flow - net cash flow with leasing off)
  irr_without_leasing     = IRR of the net cash flow with leasing off
  lease_revenue_net_of_sales = sum(lease_revenue) - sum(sales_cost)

Leasing off (MODEL.md "Demand, leasing and utilization"): L_t = 0, so lease revenue and sales
cost vanish and utilization falls to u_off = S_t / C_t; energy is
hours x pue x sum(n kW) x (idle + (1 - idle) x availability x u), so with one idle fraction
for every SKU electricity_off = electricity x (idle + (1-idle) a u_off) / (idle + (1-idle) a u).
Nothing else changes (capex, depreciation, gains, terminal value), so the after-tax change of
net cash flow is delta_ebitda x (1 - tax_rate).

Usage: tools/derive_leasing_kpis.py tests/data/examples/NAME  (without the suffixes)
"""
import json
import sys


def price_at(curve, t):
    if "points" in curve:
        pts = curve["points"]
        if t <= pts[0][0]:
            return pts[0][1]
        for (m0, p0), (m1, p1) in zip(pts, pts[1:]):
            if t <= m1:
                return p0 + (p1 - p0) * (t - m0) / (m1 - m0)
        return pts[-1][1]
    return curve["start"] * (1 + curve.get("annual_change", 0.0)) ** (t / 12)


def npv_at(flows, rate):
    return sum(f * (1 + rate) ** (-(t + 1) / 12) for t, f in enumerate(flows))


def lowest_irr(flows):
    """Lowest root in (-0.99, 10] by a dense scan and bisection; None when there is none."""
    grid = [-0.99 + (10.99) * i / 20000 for i in range(1, 20001)]
    prev_x, prev_f = None, None
    for x in grid:
        f = npv_at(flows, x)
        if f == 0:
            return x
        if prev_f is not None and (prev_f > 0) != (f > 0):
            lo, hi, flo = prev_x, x, prev_f
            for _ in range(200):
                mid = (lo + hi) / 2
                fm = npv_at(flows, mid)
                if (fm > 0) == (flo > 0):
                    lo, flo = mid, fm
                else:
                    hi = mid
            return (lo + hi) / 2
        prev_x, prev_f = x, f
    return None


def main(base):
    scenario = json.load(open(base + ".fleetroi.json"))
    expected_path = base + ".expected.json"
    expected = json.load(open(expected_path))
    k, m = expected["kpis"], expected["monthly"]
    idles = {s.get("idle_power_fraction", 0.3) for s in scenario["skus"]}
    assert len(idles) == 1, "the electricity ratio needs one idle fraction for every SKU"
    idle = idles.pop()
    a = scenario["operations"].get("availability", 0.97)
    tax = scenario["finance"].get("tax_rate", 0.21)
    rate = scenario["finance"].get("discount_rate", 0.09)
    enabled = scenario.get("leasing", {}).get("enabled", True)

    delta = []  # net cash flow with leasing minus without
    for t in range(len(m["net_cash_flow"])):
        c, s = m["capacity_hours"][t], m["internal_served_hours"][t]
        u_on = m["utilization"][t]
        u_off = s / c if c > 0 else 0.0
        on = idle + (1 - idle) * a * u_on
        off = idle + (1 - idle) * a * u_off
        elec_off = m["electricity_cost"][t] * off / on if on > 0 else 0.0
        d_ebitda = m["lease_revenue"][t] - m["sales_cost"][t] - (m["electricity_cost"][t] - elec_off)
        delta.append(d_ebitda * (1 - tax) if enabled else 0.0)
    without = [f - d for f, d in zip(m["net_cash_flow"], delta)]

    factor = k["break_even_lease_factor"]
    prices = {s["id"]: (None if factor is None else factor * price_at(s["lease_price"], 0))
              for s in scenario["skus"]}
    derived = {
        "break_even_lease_price": prices,
        "leasing_value_npv": sum(d * (1 + rate) ** (-(t + 1) / 12) for t, d in enumerate(delta)),
        "leasing_value_irr": lowest_irr(delta) if enabled else None,
        "irr_without_leasing": lowest_irr(without),
        "lease_revenue_net_of_sales": sum(m["lease_revenue"]) - sum(m["sales_cost"]),
    }
    print(json.dumps(derived, indent=1))

    # Insert after the break_even_lease_factor line, keeping the rest of the file as it is.
    lines = open(expected_path).read().split("\n")
    if any(l.strip().startswith('"break_even_lease_price"') for l in lines):
        sys.exit(expected_path + ": already has the derived keys")
    at = next(i for i, l in enumerate(lines) if l.strip().startswith('"break_even_lease_factor"'))
    def num(v):
        return "null" if v is None else repr(float(v))
    new = ['  "break_even_lease_price": {'
           + ",".join('\n   %s: %s' % (json.dumps(sid), num(p)) for sid, p in prices.items())
           + "\n  },"]
    for key in ("leasing_value_npv", "leasing_value_irr", "irr_without_leasing",
                "lease_revenue_net_of_sales"):
        new.append('  "%s": %s,' % (key, num(derived[key])))
    lines[at + 1:at + 1] = new
    open(expected_path, "w").write("\n".join(lines))


if __name__ == "__main__":
    main(sys.argv[1])
