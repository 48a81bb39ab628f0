#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
# Writes the scenario reader's corpus of bad (and a few tricky but valid) files into this
# folder, and expect.tsv beside them. Run it again after changing a case; the files are
# committed so the tests never need Python.
#
# expect.tsv: file <TAB> expected JSON path ("" = whole file, "(valid)" = must read OK)
#             <TAB> expected number of errors (empty = any) <TAB> text the message contains
import copy
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))

BASE = {
    "format": "fleetroi-scenario",
    "version": 1,
    "name": "Corpus base",
    "description": "A small valid scenario that each case breaks in one way.",
    "currency": "USD",
    "start": "2026-03",
    "horizon_months": 60,
    "finance": {"discount_rate": 0.1, "tax_rate": 0.25, "tax_depreciation": "book",
                "fiscal_year_end_month": 12, "terminal_value": "book_value"},
    "operations": {"availability": 0.97, "pue": 1.35, "electricity_price_per_kwh": 0.09,
                   "electricity_annual_escalation": 0.02, "colocation_per_kw_month": 190,
                   "maintenance_fraction_per_year": 0.02, "staff_cost_per_month": 150000},
    "skus": [
        {"id": "h100", "name": "H100 SXM", "gpu_price": 24000, "power_kw_per_gpu": 1.275,
         "useful_life_months": 72,
         "lease_price": {"points": [[0, 2.2], [3, 2.35], [24, 1.8], [59, 1.2]]},
         "cloud_price": {"start": 2.95, "annual_change": -0.15}},
        {"id": "b200", "name": "B200", "gpu_price": 38000, "power_kw_per_gpu": 1.79,
         "useful_life_months": 66,
         "lease_price": {"start": 4.5, "annual_change": -0.2},
         "cloud_price": {"start": 6, "annual_change": -0.15}},
    ],
    "purchases": [
        {"month": 0, "sku": "h100", "gpus": 4096, "install_lag_months": 2},
        {"month": 6, "sku": "b200", "gpus": 1024, "label": "B200 pod"},
    ],
    "internal_demand": {"compute_hours": 100000, "annual_growth": 0.1},
    "leasing": {"enabled": True, "sellable_fraction": 0.85, "sales_cost_fraction": 0.08,
                "contract_months": 12},
    "provenance": [
        {"field": "skus[0].gpu_price", "source": "Quote", "date": "2026-01-15", "note": ""},
    ],
    "uncertainty": {
        "paths": 1000, "seed": 7,
        "drivers": {"gpu_price": {"triangular": [0.9, 1.0, 1.2]},
                    "lease_price": {"uniform": [0.7, 1.1]},
                    "internal_demand": {"normal": [1.0, 0.1]}},
        "correlations": [{"a": "gpu_price", "b": "lease_price", "rho": -0.3}],
    },
}

cases = []  # (file, path, count, message)


def dump(doc):
    return json.dumps(doc, ensure_ascii=False, indent=1)


def write(name, data, path, count="", message=""):
    if isinstance(data, str):
        data = data.encode("utf-8")
    with open(os.path.join(HERE, name + ".fleetroi.json"), "wb") as f:
        f.write(data)
    cases.append((name, path, str(count), message))


def case(name, path, change, count="", message=""):
    doc = copy.deepcopy(BASE)
    change(doc)
    write(name, dump(doc), path, count, message)


def text_case(name, path, old, new, count="", message=""):
    """A textual change of the base file, for what json.dumps cannot write."""
    text = dump(BASE)
    assert old in text, old
    write(name, text.replace(old, new, 1), path, count, message)


def setter(*keys_and_value):
    *keys, value = keys_and_value

    def change(doc):
        d = doc
        for k in keys[:-1]:
            d = d[k]
        d[keys[-1]] = value
    return change


def deleter(*keys):
    def change(doc):
        d = doc
        for k in keys[:-1]:
            d = d[k]
        del d[keys[-1]]
    return change


# --- strict JSON: duplicates, text, numbers, syntax --------------------------------------
text_case("duplicate-key-top", "name", '"name": "Corpus base",',
          '"name": "Corpus base",\n "name": "Again",', 1, "duplicate key")
text_case("duplicate-key-nested", "operations.pue", '"pue": 1.35,', '"pue": 1.35, "pue": 1.4,',
          1, "duplicate key")
text_case("duplicate-key-in-array", "purchases[1].gpus", '"gpus": 1024,',
          '"gpus": 1024, "gpus": 2048,', 1, "duplicate key")
write("nul-raw", dump(BASE).replace("Corpus base", "Corpus\x00base", 1).encode("utf-8"), "", 1,
      "U+0000")
text_case("nul-escaped", "", "Corpus base", "Corpus\\u0000base", 1, "U+0000")
text_case("control-escaped-cr", "", "A small valid", "A small\\r\\nvalid", 1, "control")
write("control-raw-bell", dump(BASE).replace("Corpus base", "Corpus\x07base", 1).encode("utf-8"),
      "", 1, "U+0007")
write("control-raw-tab", dump(BASE).replace("Corpus base", "Corpus\tbase", 1).encode("utf-8"),
      "", 1, "U+0009")
text_case("control-c1-escaped", "", "Corpus base", "Corpus\\u0085base", 1, "U+0085")
text_case("control-del-escaped", "", "Corpus base", "Corpus\\u007Fbase", 1, "U+007F")
text_case("tab-newline-escaped-valid", "(valid)", "A small valid", "A\\tsmall\\nvalid")
text_case("lone-high-surrogate", "", "Corpus base", "Corpus \\uD800 base", 1, "surrogate")
text_case("lone-low-surrogate", "", "Corpus base", "Corpus \\uDC00 base", 1, "surrogate")
text_case("high-surrogate-then-letter", "", "Corpus base", "Corpus \\uD800\\u0041", 1,
          "surrogate")
text_case("surrogate-pair-valid", "(valid)", "Corpus base", "Corpus \\uD83D\\uDE80 launch")
raw = dump(BASE).encode("utf-8")
write("invalid-utf8-ff", raw.replace(b"Corpus base", b"Corpus \xff base", 1), "", 1, "UTF-8")
write("invalid-utf8-overlong", raw.replace(b"Corpus base", b"Corpus \xc0\xaf base", 1), "", 1,
      "UTF-8")
write("invalid-utf8-encoded-surrogate",
      raw.replace(b"Corpus base", b"Corpus \xed\xa0\x80 base", 1), "", 1, "UTF-8")
write("invalid-utf8-truncated", raw.replace(b"Corpus base", b"Corpus \xe2\x82", 1), "", 1,
      "UTF-8")
write("invalid-utf8-latin1-outside-string", raw.replace(b'"version": 1', b'"version": \xe91', 1),
      "", 1)
write("bom-accepted", b"\xef\xbb\xbf" + raw, "(valid)")
write("bom-twice", b"\xef\xbb\xbf\xef\xbb\xbf" + raw, "", 1)
text_case("number-1e400", "", '"pue": 1.35', '"pue": 1e400', 1, "too large")
text_case("number-minus-1e400", "", '"pue": 1.35', '"pue": -1e400', 1, "too large")
text_case("number-nan", "", '"pue": 1.35', '"pue": NaN', 1, "NaN")
text_case("number-infinity", "", '"pue": 1.35', '"pue": Infinity', 1, "Infinity")
text_case("number-leading-zero", "", '"horizon_months": 60', '"horizon_months": 060', 1,
          "leading zero")
text_case("number-plus-sign", "", '"pue": 1.35', '"pue": +1.35', 1)
text_case("number-trailing-dot", "", '"pue": 1.35', '"pue": 1.', 1)
write("trailing-garbage", raw + b"\nx", "", 1, "after the end")
write("trailing-second-object", raw + b"{}", "", 1, "after the end")
write("trailing-comma", raw[:raw.rindex(b"}")] + b",}", "", 1)
write("comment", b"// scenario\n" + raw, "", 1)
write("single-quotes", raw.replace(b'"name": "Corpus base"', b"'name': 'Corpus base'", 1), "", 1)
write("empty-file", b"", "", 1, "empty")
write("whitespace-only", b"  \n\t ", "", 1)
write("root-array", b"[1, 2, 3]", "", 1, "JSON object")
write("unterminated-string", raw[:200], "", 1)

# --- whole numbers and integers beyond 2^53 ----------------------------------------------
case("seed-2pow53-valid", "(valid)", setter("uncertainty", "seed", 9007199254740992))
case("seed-2pow53-plus-1", "uncertainty.seed", setter("uncertainty", "seed", 9007199254740993),
     1, "9007199254740993")
case("seed-negative", "uncertainty.seed", setter("uncertainty", "seed", -1), 1)
text_case("gpus-30-digits", "purchases[0].gpus", '"gpus": 4096',
          '"gpus": 123456789012345678901234567890', 1, "123456789012345678901234567890")
case("gpus-fraction", "purchases[0].gpus", setter("purchases", 0, "gpus", 1.5), 1,
     "whole number")
text_case("gpus-exponent-valid", "(valid)", '"gpus": 4096', '"gpus": 4.096e3')
text_case("gpus-exponent-fraction", "purchases[0].gpus", '"gpus": 4096', '"gpus": 4096e-1', 1)
text_case("horizon-as-float-valid", "(valid)", '"horizon_months": 60', '"horizon_months": 60.0')

# --- types -------------------------------------------------------------------------------
case("type-string-for-number", "skus[0].gpu_price", setter("skus", 0, "gpu_price", "24000"), 1,
     "must be a number, got string")
case("type-string-for-whole", "horizon_months", setter("horizon_months", "60"), 1, "got string")
case("type-bool", "leasing.enabled", setter("leasing", "enabled", "yes"), 1, "got string")
case("type-array-for-object", "finance", setter("finance", []), 1, "got array")
case("type-null-for-number", "finance.tax_rate", setter("finance", "tax_rate", None), 1,
     "got null")
case("type-number-for-string", "name", setter("name", 42), 1, "got number")
case("type-purchase-not-object", "purchases[1]", setter("purchases", 1, 7), 1, "got number")
case("type-enum", "finance.tax_depreciation", setter("finance", "tax_depreciation", "macrs"), 1,
     "macrs_5_half_year")
case("type-depreciation-enum", "skus[1].depreciation",
     setter("skus", 1, "depreciation", "linear"), 1)

# --- format and version ------------------------------------------------------------------
case("missing-format", "format", deleter("format"), 1)
case("wrong-format", "format", setter("format", "fleetroi-workspace"), 1)
case("version-zero", "version", setter("version", 0), 1)
case("version-string", "version", setter("version", "1"), 1)


def newer(doc):
    doc["version"] = 3
    doc["operations"]["new_v3_key"] = 1


case("newer-version-only-reason", "version", newer, 1, "newer FleetROI")

# --- unknown keys at several depths ------------------------------------------------------
case("unknown-key-top", "colour", setter("colour", "blue"), 1, "unknown key")
case("unknown-key-sku", "skus[0].gpu_pirce", setter("skus", 0, "gpu_pirce", 1), 1)
case("unknown-key-curve", "skus[0].cloud_price.slope", setter("skus", 0, "cloud_price", "slope", 1),
     1)
case("unknown-key-purchase", "purchases[1].qty", setter("purchases", 1, "qty", 3), 1)
case("unknown-key-driver", "uncertainty.drivers.gpu_price.beta",
     setter("uncertainty", "drivers", "gpu_price", "beta", [1, 2]), 1)
case("unknown-key-correlation", "uncertainty.correlations[0].r",
     setter("uncertainty", "correlations", 0, "r", 0.1), 1)

# --- required keys -----------------------------------------------------------------------
case("missing-name", "name", deleter("name"), 1, "required")
case("missing-start", "start", deleter("start"), 1, "required")
case("missing-skus", "skus", deleter("skus"), 1, "required")
case("missing-sku-power", "skus[0].power_kw_per_gpu", deleter("skus", 0, "power_kw_per_gpu"), 1,
     "required")
case("missing-sku-lease-price", "skus[1].lease_price", deleter("skus", 1, "lease_price"), 1)
case("missing-purchase-month", "purchases[0].month", deleter("purchases", 0, "month"), 1)
case("missing-provenance-field", "provenance[0].field", deleter("provenance", 0, "field"), 1)

# --- ranges at each bound ----------------------------------------------------------------


def at_bounds(doc):
    doc["operations"].update({"availability": 1, "pue": 3, "electricity_price_per_kwh": 10,
                              "electricity_annual_escalation": -0.5,
                              "colocation_per_kw_month": 10000,
                              "maintenance_fraction_per_year": 1,
                              "staff_cost_per_month": 1e12})
    doc["finance"].update({"discount_rate": -0.5, "tax_rate": 0.9, "bonus_depreciation": 1,
                           "fiscal_year_end_month": 1})
    doc["skus"][0].update({"gpu_price": 1e9, "gpus_per_server": 1024, "power_kw_per_gpu": 20,
                           "throughput": 1000, "useful_life_months": 240,
                           "operating_life_months": 1, "salvage_fraction": 0.999999,
                           "annual_failure_rate": 0, "idle_power_fraction": 1})
    doc["purchases"][0].update({"month": 59, "gpus": 100000000, "install_lag_months": 60})
    doc["internal_demand"] = {"compute_hours": 1e15, "annual_growth": -1}
    doc["leasing"]["contract_months"] = 60
    doc["uncertainty"]["paths"] = 10000000


case("bounds-all-valid", "(valid)", at_bounds)
case("availability-zero", "operations.availability", setter("operations", "availability", 0), 1,
     "greater than 0")
case("availability-above-one", "operations.availability",
     setter("operations", "availability", 1.0000001), 1)
case("pue-below-one", "operations.pue", setter("operations", "pue", 0.99), 1)
case("pue-above-three", "operations.pue", setter("operations", "pue", 3.01), 1)
case("discount-below", "finance.discount_rate", setter("finance", "discount_rate", -0.51), 1)
case("tax-above", "finance.tax_rate", setter("finance", "tax_rate", 0.91), 1)
case("fiscal-month-13", "finance.fiscal_year_end_month",
     setter("finance", "fiscal_year_end_month", 13), 1)
case("salvage-one", "skus[0].salvage_fraction", setter("skus", 0, "salvage_fraction", 1), 1,
     "less than 1")
case("failure-rate-one", "skus[0].annual_failure_rate",
     setter("skus", 0, "annual_failure_rate", 1), 1)
case("power-zero", "skus[0].power_kw_per_gpu", setter("skus", 0, "power_kw_per_gpu", 0), 1)
case("power-above", "skus[0].power_kw_per_gpu", setter("skus", 0, "power_kw_per_gpu", 20.5), 1)
case("throughput-zero", "skus[1].throughput", setter("skus", 1, "throughput", 0), 1)
case("gpu-price-negative", "skus[0].gpu_price", setter("skus", 0, "gpu_price", -1), 1)
case("gpus-per-server-zero", "skus[0].gpus_per_server", setter("skus", 0, "gpus_per_server", 0),
     1)
case("useful-life-241", "skus[0].useful_life_months", setter("skus", 0, "useful_life_months", 241),
     1)
case("horizon-241", "horizon_months", setter("horizon_months", 241), 1)
case("horizon-zero", "horizon_months", setter("horizon_months", 0), 1)
case("purchase-month-equals-horizon", "purchases[1].month", setter("purchases", 1, "month", 60),
     1, "from 0 to 59")
case("purchase-month-negative", "purchases[0].month", setter("purchases", 0, "month", -1), 1)
case("purchase-gpus-zero", "purchases[0].gpus", setter("purchases", 0, "gpus", 0), 1)
case("purchase-gpus-above", "purchases[0].gpus", setter("purchases", 0, "gpus", 100000001), 1)
case("install-lag-61", "purchases[0].install_lag_months",
     setter("purchases", 0, "install_lag_months", 61), 1)
case("purchase-price-override-negative", "purchases[0].gpu_price",
     setter("purchases", 0, "gpu_price", -5), 1)
case("contract-zero", "leasing.contract_months", setter("leasing", "contract_months", 0), 1)
case("sellable-above", "leasing.sellable_fraction", setter("leasing", "sellable_fraction", 1.5),
     1)
case("staff-cost-above", "operations.staff_cost_per_month",
     setter("operations", "staff_cost_per_month", 1.5e12), 1)
case("demand-above", "internal_demand.compute_hours",
     setter("internal_demand", "compute_hours", 2e15), 1)
case("demand-growth-below", "internal_demand.annual_growth",
     setter("internal_demand", "annual_growth", -1.5), 1)
case("paths-zero", "uncertainty.paths", setter("uncertainty", "paths", 0), 1)

# --- strings -----------------------------------------------------------------------------
case("name-empty", "name", setter("name", ""), 1, "empty")
case("name-201", "name", setter("name", "x" * 201), 1, "got 201")
case("name-200-emoji-valid", "(valid)", setter("name", "\U0001F680" * 200))
case("name-201-emoji", "name", setter("name", "\U0001F680" * 201), 1, "got 201")
case("sku-name-empty", "skus[1].name", setter("skus", 1, "name", ""), 1)
case("description-10001", "description", setter("description", "é" * 10001), 1, "10000")
case("label-10001", "purchases[1].label", setter("purchases", 1, "label", "a" * 10001), 1)
case("currency-lower", "currency", setter("currency", "usd"), 1)
case("currency-four", "currency", setter("currency", "USDT"), 1)
case("start-month-13", "start", setter("start", "2026-13"), 1)
case("start-year-1989", "start", setter("start", "1989-12"), 1)
case("start-year-2101", "start", setter("start", "2101-01"), 1)
case("start-short", "start", setter("start", "2026-3"), 1)
case("start-with-day", "start", setter("start", "2026-03-01"), 1)
case("provenance-bad-date", "provenance[0].date", setter("provenance", 0, "date", "2026-02-30"), 1)
case("provenance-bad-field", "provenance[0].field",
     setter("provenance", 0, "field", "the gpu price"), 1)

# --- SKUs --------------------------------------------------------------------------------
case("sku-id-uppercase", "skus[0].id", setter("skus", 0, "id", "H100"), 1)
case("sku-id-33", "skus[1].id", setter("skus", 1, "id", "b" * 33), 1)
case("sku-id-duplicate", "skus[1].id", setter("skus", 1, "id", "h100"), 1, "duplicate")
case("skus-empty", "skus", setter("skus", []), 1, "1 to 100")
case("purchase-unknown-sku", "purchases[1].sku", setter("purchases", 1, "sku", "b300"), 1)

# --- price curves ------------------------------------------------------------------------
case("curve-points-unordered", "skus[0].lease_price.points[2][0]",
     setter("skus", 0, "lease_price", {"points": [[0, 2.2], [24, 1.8], [3, 2.35]]}), 1,
     "increase")
case("curve-points-equal-months", "skus[0].lease_price.points[1][0]",
     setter("skus", 0, "lease_price", {"points": [[0, 2.2], [0, 1.8]]}), 1)
case("curve-points-empty", "skus[0].lease_price.points",
     setter("skus", 0, "lease_price", {"points": []}), 1)
case("curve-point-month-fraction", "skus[0].lease_price.points[1][0]",
     setter("skus", 0, "lease_price", {"points": [[0, 2.2], [1.5, 1.8]]}), 1)
case("curve-point-month-1001", "skus[0].lease_price.points[1][0]",
     setter("skus", 0, "lease_price", {"points": [[0, 2.2], [1001, 1.8]]}), 1)
case("curve-point-not-pair", "skus[0].lease_price.points[0]",
     setter("skus", 0, "lease_price", {"points": [[0, 2.2, 3]]}), 1)
case("curve-point-price-negative", "skus[0].lease_price.points[0][1]",
     setter("skus", 0, "lease_price", {"points": [[0, -2.2]]}), 1)
case("curve-both-forms", "skus[1].lease_price",
     setter("skus", 1, "lease_price", {"start": 4.5, "points": [[0, 1]]}), 1)
case("curve-change-below", "skus[1].cloud_price.annual_change",
     setter("skus", 1, "cloud_price", "annual_change", -1.01), 1)
case("curve-empty-object", "skus[1].cloud_price", setter("skus", 1, "cloud_price", {}), 1)

# --- internal demand ---------------------------------------------------------------------
case("series-valid", "(valid)", setter("internal_demand", {"series": [1000.5] * 60}))
case("series-59", "internal_demand.series", setter("internal_demand", {"series": [1] * 59}), 1,
     "exactly 60")
case("series-61", "internal_demand.series", setter("internal_demand", {"series": [1] * 61}), 1)
case("series-and-hours", "internal_demand",
     setter("internal_demand", {"series": [1] * 60, "compute_hours": 5}), 1, "not both")
case("series-negative-value", "internal_demand.series[3]",
     setter("internal_demand", {"series": [1, 2, 3, -4] + [1] * 56}), 1)
case("series-string-value", "internal_demand.series[0]",
     setter("internal_demand", {"series": ["1"] + [1] * 59}), 1, "got string")

# --- uncertainty -------------------------------------------------------------------------
case("driver-unknown", "uncertainty.drivers.gpu_cost",
     setter("uncertainty", "drivers", "gpu_cost", {"uniform": [0.9, 1.1]}), 1, "unknown driver")
case("driver-triangular-order", "uncertainty.drivers.gpu_price.triangular",
     setter("uncertainty", "drivers", "gpu_price", {"triangular": [1.2, 1.0, 0.9]}), 1)
case("driver-triangular-two-numbers", "uncertainty.drivers.gpu_price.triangular",
     setter("uncertainty", "drivers", "gpu_price", {"triangular": [0.9, 1.1]}), 1)
case("driver-uniform-order", "uncertainty.drivers.lease_price.uniform",
     setter("uncertainty", "drivers", "lease_price", {"uniform": [1.1, 0.9]}), 1)
case("driver-normal-negative-sd", "uncertainty.drivers.internal_demand.normal",
     setter("uncertainty", "drivers", "internal_demand", {"normal": [1.0, -0.1]}), 1)
case("driver-two-distributions", "uncertainty.drivers.lease_price",
     setter("uncertainty", "drivers", "lease_price", {"uniform": [0.9, 1], "normal": [1, 0.1]}),
     1)
case("correlation-undeclared", "uncertainty.correlations[0].b",
     setter("uncertainty", "correlations", 0, "b", "discount_rate"), 1)
case("correlation-self", "uncertainty.correlations[0].b",
     setter("uncertainty", "correlations", 0, "b", "gpu_price"), 1, "differ")
case("correlation-rho-above", "uncertainty.correlations[0].rho",
     setter("uncertainty", "correlations", 0, "rho", 1.2), 1)
case("correlation-pair-twice", "uncertainty.correlations[1]",
     setter("uncertainty", "correlations",
            [{"a": "gpu_price", "b": "lease_price", "rho": -0.3},
             {"a": "lease_price", "b": "gpu_price", "rho": 0.2}]), 1, "already")


# --- all problems at once ----------------------------------------------------------------
def three(doc):
    doc["purchases"][0]["gpus"] = -5
    doc["operations"]["pue"] = 5
    doc["skus"][1]["colour"] = "green"


case("three-errors", "purchases[0].gpus", three, 3)


def type_and_range(doc):
    doc["skus"][0]["gpu_price"] = "cheap"   # a type error
    doc["leasing"]["sellable_fraction"] = 2  # a range error, reported after it
    doc["skus"][1]["power_kw_per_gpu"] = -1


case("type-errors-before-ranges", "skus[0].gpu_price", type_and_range, 3)

with open(os.path.join(HERE, "expect.tsv"), "w") as f:
    for name, path, count, message in cases:
        f.write("\t".join([name, path, "" if count == "None" else count, message]) + "\n")
print(len(cases), "cases")
