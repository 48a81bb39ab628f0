#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Checks issue #13's acceptance rules over the source tree.

1. Every scenario-field key (the last segment of each JSON path declared in
   models/core/scenario/ScenarioSchema.cpp) and every sensitivity/uncertainty driver key
   (listed in the data file) appears as a string literal in at most ONE non-test source file
   (models/, ui/, app/) besides the home files named in the data file. A header and its .cpp
   count as one unit. A literal counts when it is key-like: lower-case words, digits, '_',
   '.', '%', '[]' only (so "internal_demand.%1" counts, "Start month" does not).
2. No source file in models/ or ui/ is over 700 lines.
3. The MACRS 5-year rates (0.2, 0.32, 0.192, 0.1152, 0.1152, 0.0576) appear in one file in
   models/ (recognised by the literal 0.1152).

Offenders that existed when the check was introduced are listed in the data file
(tests/data/single_home_pending.txt) and tolerated; the check fails on a NEW offender (a key
in a file outside its pending list, a new long file) and on a STALE pending line (an offender
that was mended: delete the line). Prints every finding with the file names.

Usage: check_single_home.py SOURCE_DIR [DATA_FILE]
Exit status 0 when clean, 1 on findings, 2 on a usage or data-file error.
"""
import os
import re
import sys

LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
KEYLIKE = re.compile(r'^[a-z0-9_.%\[\]]+$')
TOKEN = re.compile(r'[a-z0-9_]+')
SOURCE_DIRS = ("models", "ui", "app")
MAX_LINES = 700


def literals(text):
    """The string literals of C++ source text, outside comments (raw strings aside)."""
    out, i, n, last_end = [], 0, len(text), -1
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            j = text.find("\n", i)
            i = n if j < 0 else j
        elif text.startswith("/*", i):
            j = text.find("*/", i + 2)
            i = n if j < 0 else j + 2
        elif c == "'":
            m = re.match(r"'(?:[^'\\\n]|\\.)*'", text[i:])
            i += len(m.group(0)) if m else 1
        elif c == '"':
            m = LITERAL.match(text, i)
            if not m:
                i += 1
                continue
            if out and last_end >= 0 and not text[last_end:i].strip():
                out[-1] += m.group(1)  # "a" "b" is one literal in C++
            else:
                out.append(m.group(1))
            i = last_end = m.end()
        else:
            i += 1
    return out


def unit_of(path):
    stem, _ = os.path.splitext(path)
    return stem


def schema_keys(root):
    path = os.path.join(root, "models/core/scenario/ScenarioSchema.cpp")
    text = open(path, encoding="utf-8").read()
    keys = set()
    for p in re.findall(r'F::\w+,\s*"([a-z_.0-9\[\]]+)"', text):
        last = p.split(".")[-1].replace("[]", "")
        keys.add(last)
    if len(keys) < 20:
        raise SystemExit("check_single_home: found only %d schema keys in %s; the parser of "
                         "this check no longer matches the schema's shape" % (len(keys), path))
    return keys


def read_data(path):
    homes, allows, drivers, pending_keys, pending_lines = set(), {}, set(), {}, set()
    others = set()
    for n, raw in enumerate(open(path, encoding="utf-8"), 1):
        line = raw.split("#", 1)[0].split()
        if not line:
            continue
        kind, args = line[0], line[1:]
        if kind == "home" and len(args) == 1:
            homes.add(unit_of(args[0]))
        elif kind == "allow" and len(args) >= 1:
            allows[args[0]] = n
        elif kind == "other" and len(args) >= 2:
            others.update((args[0], unit_of(a)) for a in args[1:])
        elif kind == "drivers" and args:
            drivers.update(args)
        elif kind == "pending-key" and len(args) >= 2:
            pending_keys[args[0]] = (set(unit_of(a) for a in args[1:]), n)
        elif kind == "pending-lines" and len(args) == 1:
            pending_lines.add((args[0], n))
        else:
            print("%s:%d: cannot read this line" % (path, n))
            sys.exit(2)
    return homes, allows, drivers, pending_keys, pending_lines, others


def source_files(root):
    for top in SOURCE_DIRS:
        for dirpath, _, names in os.walk(os.path.join(root, top)):
            for name in names:
                if name.endswith((".cpp", ".h")):
                    full = os.path.join(dirpath, name)
                    yield os.path.relpath(full, root), full


def main():
    if len(sys.argv) < 2:
        print(__doc__)
        return 2
    root = sys.argv[1]
    data = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        root, "tests/data/single_home_pending.txt")
    homes, allows, drivers, pending_keys, pending_lines, others = read_data(data)
    keys = (schema_keys(root) | drivers) - set(allows)

    users = {k: set() for k in keys}
    long_files = {}
    macrs_files = set()
    for rel, full in source_files(root):
        text = open(full, encoding="utf-8", errors="replace").read()
        lines = text.count("\n")
        if rel.startswith(("models/", "ui/")) and lines > MAX_LINES:
            long_files[rel] = lines
        if rel.startswith("models/") and re.search(r'\b0\.1152\b', text):
            macrs_files.add(rel)
        unit = unit_of(rel)
        if unit in homes:
            continue
        for lit in literals(text):
            if not KEYLIKE.match(lit):
                continue
            for tok in TOKEN.findall(lit):
                if tok in users and (tok, unit) not in others:
                    users[tok].add(unit)

    findings = 0
    for key in sorted(users):
        units = users[key]
        pending = pending_keys.get(key)
        if len(units) <= 1:
            if pending:
                print("%s:%d: stale: key \"%s\" now has one home; delete this line"
                      % (data, pending[1], key))
                findings += 1
            continue
        if pending and units <= pending[0]:
            print("pending: key \"%s\" in %d files: %s" % (key, len(units), " ".join(sorted(units))))
            continue
        extra = units - (pending[0] if pending else set())
        print("NEW: key \"%s\" appears in %d non-test source files besides its home: %s "
              "(new: %s)" % (key, len(units), " ".join(sorted(units)), " ".join(sorted(extra))))
        findings += 1
    for key in sorted(set(pending_keys) - set(users)):
        print("%s:%d: stale: key \"%s\" is not a schema or driver key (or is allowed)"
              % (data, pending_keys[key][1], key))
        findings += 1

    pending_long = {p for p, _ in pending_lines}
    for rel, lines in sorted(long_files.items()):
        if rel in pending_long:
            print("pending: %s has %d lines (limit %d)" % (rel, lines, MAX_LINES))
        else:
            print("NEW: %s has %d lines (limit %d)" % (rel, lines, MAX_LINES))
            findings += 1
    for rel, n in sorted(pending_lines):
        if rel not in long_files:
            print("%s:%d: stale: %s is within %d lines; delete this line" % (data, n, rel, MAX_LINES))
            findings += 1

    if len(macrs_files) != 1:
        print("NEW: the MACRS rates (0.1152) appear in %d files of models/: %s"
              % (len(macrs_files), " ".join(sorted(macrs_files)) or "none"))
        findings += 1

    npending = sum(1 for k in pending_keys if len(users.get(k, ())) > 1) + len(
        pending_long & set(long_files))
    print("check_single_home: %d finding(s), %d pending offender(s)" % (findings, npending))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
