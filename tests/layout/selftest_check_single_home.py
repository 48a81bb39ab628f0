#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Proves tools/check_single_home.py finds what it must: builds small source trees in a
temporary directory and checks the exit status and the finding printed for each case."""
import os
import subprocess
import sys
import tempfile

CHECKER = sys.argv[1]
# 20+ schema keys so the checker accepts the schema's shape.
KEYS = ["k%02d_field" % i for i in range(24)]
SCHEMA = "\n".join('add(field(F::K%d, "group.%s"));' % (i, k) for i, k in enumerate(KEYS))
MACRS = "const double r[] = {0.2, 0.32, 0.192, 0.1152, 0.1152, 0.0576};\n"


def tree(files, data):
    root = tempfile.mkdtemp(prefix="single_home_")
    files = dict(files)
    files.setdefault("models/core/scenario/ScenarioSchema.cpp", SCHEMA)
    files.setdefault("models/core/finance/Macrs.h", MACRS)
    for rel, text in files.items():
        os.makedirs(os.path.join(root, os.path.dirname(rel)), exist_ok=True)
        with open(os.path.join(root, rel), "w") as f:
            f.write(text)
    path = os.path.join(root, "data.txt")
    with open(path, "w") as f:
        f.write("home models/core/scenario/ScenarioSchema.cpp\ndrivers drv_key\n" + data)
    return root, path


def run(files, data=""):
    root, path = tree(files, data)
    p = subprocess.run([sys.executable, CHECKER, root, path], capture_output=True, text=True)
    return p.returncode, p.stdout


failures = 0


def expect(name, result, code, text):
    global failures
    rc, out = result
    if rc != code or text not in out:
        failures += 1
        print("FAIL %s: exit %d (want %d), output:\n%s(want to contain %r)" % (name, rc, code, out, text))
    else:
        print("ok   %s" % name)


k = KEYS[3]
expect("clean tree", run({"ui/A.cpp": 'x("%s");' % k}), 0, "0 finding(s)")
expect("key in two files", run({"ui/A.cpp": 'x("%s");' % k, "models/B.cpp": 'y("group.%s");' % k}),
       1, 'NEW: key "%s"' % k)
expect("header and source are one unit",
       run({"ui/A.cpp": 'x("%s");' % k, "ui/A.h": 'y("%s");' % k}), 0, "0 finding(s)")
expect("comments and prose do not count",
       run({"ui/A.cpp": '// "%s"\nx("%s");' % (k, k), "ui/B.cpp": 'tr("Edit %s now");' % k}),
       0, "0 finding(s)")
expect("adjacent literals are one literal",
       run({"ui/A.cpp": 'x("%s");' % k, "ui/B.cpp": 'tr("pick a "\n   "%s");' % k}), 0, "0 finding(s)")
expect("driver keys count",
       run({"ui/A.cpp": 'x("drv_key");', "ui/B.cpp": 'x("drv_key.%1");'}), 1, 'NEW: key "drv_key"')
expect("pending offender tolerated",
       run({"ui/A.cpp": 'x("%s");' % k, "ui/B.cpp": 'x("%s");' % k},
           "pending-key %s ui/A.cpp ui/B.cpp\n" % k), 0, "pending: key")
expect("pending offender spreading fails",
       run({"ui/A.cpp": 'x("%s");' % k, "ui/B.cpp": 'x("%s");' % k, "ui/C.cpp": 'x("%s");' % k},
           "pending-key %s ui/A.cpp ui/B.cpp\n" % k), 1, "(new: ui/C)")
expect("stale pending line fails", run({"ui/A.cpp": 'x("%s");' % k}, "pending-key %s ui/A ui/B\n" % k),
       1, "stale")
expect("other meaning not counted",
       run({"ui/A.cpp": 'x("%s");' % k, "ui/B.cpp": 'x("%s");' % k}, "other %s ui/B.cpp\n" % k),
       0, "0 finding(s)")
expect("long file fails", run({"ui/Long.cpp": "x;\n" * 701}), 1, "ui/Long.cpp has 701 lines")
expect("700 lines allowed", run({"ui/Long.cpp": "x;\n" * 700}), 0, "0 finding(s)")
expect("MACRS twice fails", run({"models/core/engine/M.cpp": MACRS}), 1, "MACRS")
print("%d failure(s)" % failures)
sys.exit(1 if failures else 0)
