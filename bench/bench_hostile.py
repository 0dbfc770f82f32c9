#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""Hostile-size inputs of issue 11 item 11, each at 1x and 4x its size, timed through the CLI: the ratio of the
times is about 4 when the work is linear (16 when quadratic).

Cases: a facts CSV and a facts JSON with N counties; a profile with N unknown keys (N errors, 100 listed); a
schools file with N ordinary school ids and one with N ids sharing a 200-byte prefix (a hash that looks at a
prefix, or an unkeyed one, degrades on such ids; the map hashes with a keyed SipHash, lib/common/strmap.c).

usage: bench_hostile.py [--smoke] [--n N]    environment: YJJH_CLI (the yjjh binary)
--smoke: small sizes and a check that every run exits as expected (a ctest); figures only when not --smoke.
"""
import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
CLI = os.environ.get("YJJH_CLI", os.path.join(HERE, "..", "build", "tools", "yjjh"))
HEADER = ("school_id,school_name,county_code,school_type,primary_students,primary_teachers_above_degree,"
          "primary_backbone_teachers,primary_pe_art_teachers,teaching_area,sports_area,equipment_value,"
          "multimedia_rooms\n")
ROW = ",S,{c},primary,{p},13,5,3,1500,2000,625000,7\n"


def schools(ids):
    return HEADER + "".join(i + ROW.format(c=350500 + k % 50, p=100 + k % 900) for k, i in enumerate(ids))


def cases(n):
    codes = [str(100000 + i) for i in range(n)]
    yield "facts CSV, counties", "facts.csv", "county_code,social_recognition_rate\n" + "".join(
        f"{c},0.9\n" for c in codes), ["--facts"], 0
    yield "facts JSON, counties", "facts.json", json.dumps(
        {c: {"social_recognition_rate": 0.9} for c in codes}), ["--facts"], 0
    yield "profile, unknown keys", "profile.json", '{"name": "x", "extends": "national-2017", ' + ", ".join(
        f'"k{i}": 1' for i in range(n)) + "}", ["--profile"], 65
    yield "school ids, ordinary", "ids.csv", schools([f"S{i}" for i in range(n)]), [], 0
    yield "school ids, 200-byte prefix", "prefix.csv", schools(["P" * 200 + str(i) for i in range(n)]), [], 0


def run(tmp, n):
    valid = os.path.join(tmp, "valid.csv")
    with open(valid, "w") as f:
        f.write(schools(["A", "B", "C"]))
    out = {}
    for name, fname, text, opt, code in cases(n):
        path = os.path.join(tmp, fname)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
        args = ["validate", path] if not opt else ["validate", valid, opt[0], path]
        t = time.perf_counter()
        r = subprocess.run([CLI] + args, capture_output=True)
        dt = time.perf_counter() - t
        if r.returncode != code:
            sys.exit(f"{name} (n={n}): exit {r.returncode}, expected {code}: {r.stderr[-500:]!r}")
        out[name] = dt
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--n", type=int, default=100000)
    o = ap.parse_args()
    n = 2000 if o.smoke else o.n
    with tempfile.TemporaryDirectory(prefix="yjjh-bench-hostile-") as tmp:
        a, b = run(tmp, n), run(tmp, 4 * n)
    print(f"{'case':32} {'1x (' + str(n) + ')':>14} {'4x (' + str(4 * n) + ')':>14} {'ratio':>7}")
    for name in a:
        print(f"{name:32} {a[name]:13.3f}s {b[name]:13.3f}s {b[name] / max(a[name], 1e-9):7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
