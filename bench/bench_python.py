#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""National-scale benchmark of the Python layer (yjjh package over libyjjh).

Builds a synthetic national DataFrame (≈210,000 schools in ≈2,900 counties, the columns of a real schools file,
70 % primary / 22 % junior / 8 % nine_year, Chinese names) and times, best of N runs:

  DataFrame -> C table        yjjh._frame.schools_table(frame)
  C-only evaluate             yjjh.core.schools_evaluate(table) on that table (no Python work: the reference)
  yjjh.evaluate(frame)        DataFrame -> Result (table + evaluate + county summaries)
  .counties .indicators .stages .reasons .schools   each Result table, built from a fresh Result
  .to_json()                  the cli.md JSON document
  read_schools(csv)           the C reader + column-wise copy into a DataFrame
  yjjh.evaluate(csv)          file -> Result
  facts dict -> C, read_facts every fact of every county

and prints ms, ns per school and the Python overhead over the C work (evaluate(frame) vs C-only evaluate,
read_schools vs the C reader alone). Not a test: nothing is asserted about time.

usage: PYTHONPATH=<build>/bindings/python /usr/bin/python3 bench/bench_python.py [--schools N] [--counties M]
       [--repeats R] [--object-columns]
"""

import argparse
import json
import os
import sys
import tempfile
import time

import numpy as np
import pandas as pd

import yjjh
from yjjh import core
from yjjh._frame import facts_handle, schools_table


def make_frame(n: int, counties: int, seed: int = 20240601) -> pd.DataFrame:
    rng = np.random.default_rng(seed)
    r = rng.random(n)
    kind = np.where(r < 0.70, "primary", np.where(r < 0.92, "junior", "nine_year"))
    has_p = kind != "junior"
    has_j = kind != "primary"
    ps = np.where(has_p, 100 + np.floor(rng.random(n) * 1500), 0.0)
    js = np.where(has_j, 100 + np.floor(rng.random(n) * 1200), 0.0)
    tot = ps + js
    county_idx = (np.arange(n) * counties) // n
    county_codes = np.array(["%06d" % (110000 + c) for c in range(counties)], dtype=object)
    county_names = np.array(["县%04d" % c for c in range(counties)], dtype=object)
    ids = np.char.add("S", np.char.zfill(np.arange(n).astype(str), 7)).astype(object)
    names = np.char.add(np.char.add("第", np.arange(n).astype(str)), "学校").astype(object)

    def frac(cond, base, lo, span):
        return np.where(cond, np.floor(base * (lo + span * rng.random(n))), 0.0)

    return pd.DataFrame({
        "school_id": ids,
        "school_name": names,
        "county_code": county_codes[county_idx],
        "county_name": county_names[county_idx],
        "school_type": kind.astype(object),
        "ownership": np.where(rng.random(n) < 0.95, "public", "private").astype(object),
        "location": np.array(["urban", "town", "rural"], dtype=object)[rng.integers(0, 3, n)],
        "primary_students": ps,
        "junior_students": js,
        "primary_teachers_above_degree": frac(has_p, ps, 0.03, 0.04),
        "primary_backbone_teachers": frac(has_p, ps, 0.008, 0.01),
        "primary_pe_art_teachers": frac(has_p, ps, 0.008, 0.004),
        "junior_teachers_above_degree": frac(has_j, js, 0.04, 0.04),
        "junior_backbone_teachers": frac(has_j, js, 0.008, 0.01),
        "junior_pe_art_teachers": frac(has_j, js, 0.008, 0.004),
        "teaching_area": tot * (4.0 + 2.5 * rng.random(n)),
        "sports_area": tot * (6.0 + 8.0 * rng.random(n)),
        "equipment_value": tot * (1800 + 1500 * rng.random(n)),
        "multimedia_rooms": np.floor(tot * (0.02 + 0.01 * rng.random(n))),
        "primary_classes": np.where(has_p, np.floor(ps / 40) + 1, 0.0),
        "junior_classes": np.where(has_j, np.floor(js / 45) + 1, 0.0),
        "primary_max_class_size": np.where(has_p, 40 + np.floor(rng.random(n) * 8), 0.0),
        "junior_max_class_size": np.where(has_j, 44 + np.floor(rng.random(n) * 8), 0.0),
    })


def best_of(repeats: int, fn):
    best, value = float("inf"), None
    for _ in range(repeats):
        t0 = time.perf_counter()
        value = fn()
        best = min(best, time.perf_counter() - t0)
    return best, value


def accepts(key, value):
    """Whether the library takes value for fact key (each fact has its range: a rate, a 0/1, a level, a year)."""
    try:
        facts_handle({"110000": {key: value}})
        return True
    except yjjh.YjjhError:
        return False


_KINDS = {}


def fact_value(key, i):
    """A valid value of fact key for the i-th county, varying between counties within the fact's range."""
    if key not in _KINDS:
        if accepts(key, 0.55):
            _KINDS[key] = "number"
        elif accepts(key, 1) and not accepts(key, 2):
            _KINDS[key] = "bool"
        elif accepts(key, 2) and not accepts(key, 2015):
            _KINDS[key] = "level"
        else:
            _KINDS[key] = "year"
    kind = _KINDS[key]
    if kind == "number":
        return 0.5 + (i % 7) / 20
    if kind == "bool":
        return i % 2
    if kind == "level":
        return 1 + i % 4
    return 2026 if key == "evaluation_year" else 2015 + i % 10


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--schools", type=int, default=210_000)
    ap.add_argument("--counties", type=int, default=2_900)
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--object-columns", action="store_true",
                    help="also time a frame whose number columns are text (object dtype, e.g. read with dtype=str)")
    args = ap.parse_args()
    n, reps = args.schools, args.repeats

    t0 = time.perf_counter()
    frame = make_frame(n, args.counties)
    t_make = time.perf_counter() - t0
    prof = yjjh.load_profile("national-2017")
    rows = []

    def row(name, seconds, note=""):
        rows.append((name, seconds, note))

    t_table, table = best_of(reps, lambda: schools_table(frame))
    row("DataFrame -> C table", t_table)
    t_c, _ = best_of(reps, lambda: core.schools_evaluate(table, None, prof._handle))
    row("C-only evaluate (core)", t_c, "reference")
    t_eval, result = best_of(reps, lambda: yjjh.evaluate(frame, profile=prof))
    row("yjjh.evaluate(frame)", t_eval)
    n_parts = core.result_part_count(result._h)

    def fresh():
        return yjjh._result.Result(result._h, prof)

    props = {}
    for prop in ("counties", "indicators", "stages", "reasons", "schools"):
        def get(prop=prop):
            return getattr(fresh(), prop)
        # fresh() itself (county summaries) is part of evaluate(); subtract it from each table.
        props[prop] = best_of(reps, get)
    t_fresh, _ = best_of(reps, fresh)
    row("Result() county summaries", t_fresh, "%d counties" % core.result_county_count(result._h))
    for prop, (t, df) in props.items():
        row(".%s" % prop, max(t - t_fresh, 0.0), "%d rows x %d cols" % df.shape)
    t_json, text = best_of(reps, result.to_json)
    row(".to_json()", t_json, "%.1f MB" % (len(text.encode("utf-8")) / 1e6))
    t_csv, _ = best_of(reps, result.to_csv)
    row(".to_csv()", t_csv)

    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "schools.csv")
        frame.to_csv(path, index=False)
        size = os.path.getsize(path)
        t_cread, _ = best_of(reps, lambda: core.schools_read_file(path, None))
        row("C reader alone (core)", t_cread, "%.1f MB CSV" % (size / 1e6))
        t_read, back = best_of(reps, lambda: yjjh.read_schools(path))
        row("yjjh.read_schools(csv)", t_read)
        t_evcsv, from_csv = best_of(reps, lambda: yjjh.evaluate(path, profile=prof))
        row("yjjh.evaluate(csv path)", t_evcsv)
        # National county facts: every fact key for every county (as a dict, and as a JSON file).
        keys = list(yjjh.fact_keys()["key"])
        codes = sorted(set(frame["county_code"]))
        facts = {c: {k: fact_value(k, i) for k in keys} for i, c in enumerate(codes)}
        fpath = os.path.join(d, "facts.json")
        with open(fpath, "w", encoding="utf-8") as f:
            json.dump(facts, f)
        t_fdict, _ = best_of(reps, lambda: facts_handle(facts))
        row("facts dict -> C", t_fdict, "%d counties x %d facts" % (len(codes), len(keys)))
        t_fread, fd = best_of(reps, lambda: yjjh.read_facts(fpath))
        row("yjjh.read_facts(json)", t_fread)
        facts_same = fd == {c: {k: float(v) for k, v in d.items()} for c, d in facts.items()}
    same = from_csv.to_json() == text and facts_same
    back_same = back.shape[0] == n and np.array_equal(back["primary_students"].to_numpy(),
                                                      frame["primary_students"].to_numpy())
    if args.object_columns:
        as_text = frame.astype(str)
        t_obj, _ = best_of(1, lambda: schools_table(as_text))
        row("DataFrame(str cells) -> C", t_obj, "object dtype: cells read by the C cell reader")

    print("yjjh %s Python benchmark: %d schools (%d school parts), %d counties, best of %d runs "
          "(synthetic frame built in %.0f ms)" % (yjjh.__version__, n, n_parts, args.counties, reps, t_make * 1e3))
    for name, t, note in rows:
        print("  %-28s %9.1f ms  %7.0f ns/school  %s" % (name, t * 1e3, t * 1e9 / n, note))
    print("  ratios:")
    print("    evaluate(frame) / C-only evaluate        %5.2f  (Python overhead %+.0f %%)"
          % (t_eval / t_c, (t_eval - t_c) * 100.0 / t_c))
    print("    DataFrame -> C table / C-only evaluate   %5.2f" % (t_table / t_c))
    print("    .schools / C-only evaluate               %5.2f" % ((props["schools"][0] - t_fresh) / t_c))
    print("    .indicators / C-only evaluate            %5.2f" % ((props["indicators"][0] - t_fresh) / t_c))
    print("    read_schools / C reader                  %5.2f  (Python overhead %+.0f %%)"
          % (t_read / t_cread, (t_read - t_cread) * 100.0 / t_cread))
    print("    evaluate(csv) / evaluate(frame)          %5.2f" % (t_evcsv / t_eval))
    print("  checks: evaluate(csv).to_json() == evaluate(frame).to_json() and read_facts == facts: %s; "
          "read_schools round trip: %s" % (same, back_same))
    return 0 if same and back_same else 1


if __name__ == "__main__":
    sys.exit(main())
