#!/usr/bin/python3
# SPDX-License-Identifier: MIT
"""National-scale benchmark: libyjjh against what a user would pick instead, in one run.

    PYTHONPATH=<build>/bindings/python bench/bench_national.py --build <build> [--scales 1,4,16] [--repeats R]
        [--text] [--baseline OLD_YJJH [--baseline-lib DIR]] [--smoke]

On the file of bench/gen_national.py (written into <build>/national/, generated once per scale and seed):

  CLI         `yjjh evaluate national.csv --facts … --format json|csv [-o out]` CPU and wall time, peak RSS
              (also `--threads 1` when the CLI has it)
              (--text adds --format text, --baseline times an older build in the same run, paired);
  pandas      the same job as a data scientist would write it: read_csv, school parts per stage with the facility
              split, the seven indicators, the school rule, per county-stage students-weighted CVs by vectorised
              groupby sums, the same CVs by groupby-apply, to_json; numpy bincount on the same arrays;
  Python      yjjh.read_schools(path) against pandas.read_csv, yjjh.evaluate(df) against pandas and bincount;
  C           yjjh_bench_floor: C yjjh_schools_evaluate on the in-memory table, a minimal C loop of the same
              arithmetic (the floor), measured memory bandwidth (the limit) and the CSV reader in MB/s.

Every county-stage CV and county value of pandas, numpy and the C floor is checked against yjjh's to 1e-9
(relative) and the school-rule pass count exactly. Prints figures and ratios; asserts nothing about time.
--smoke: a 0.01x file, one repeat, every path once (the ctest `bench_smoke`).
"""

import argparse
import json
import math
import os
import platform
import subprocess
import sys
import tempfile
import time

import numpy as np
import pandas as pd

np.seterr(invalid="ignore")  # 0/0: an undefined CV (a county whose indicator total is 0), compared as such

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gen_national  # noqa: E402

INDICATORS = ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]
# national-2017: minimum standards (primary, junior); R1-R3 and R7 per 100 students
STD = gen_national.STD
CV_MAX = (0.50, 0.45)
WEIGHTS = (1.0, 1.1, 1.32)  # primary, junior, senior: facility split by weighted enrolment
TOL = 1e-9
SERVES_P = {"primary", "nine_year", "twelve_year", "teaching_point"}
SERVES_J = {"junior", "nine_year", "complete_secondary", "twelve_year"}
SERVES_S = {"complete_secondary", "twelve_year"}


# Every timing is taken twice: CPU seconds (user + system) and wall-clock seconds. On a shared machine (the 2-core
# box of issue 12 runs other jobs) wall time also measures the wait for a core, so single-threaded figures are
# compared by CPU time; but libyjjh uses both cores for a large table, and then its CPU time counts both while the
# user waits only the wall time. The targets are printed both ways. --wall makes wall time the headline figure.
HEADLINE = "cpu"


class T:
    """Best CPU and best wall time of some runs, and the peak RSS (KB) of child processes."""

    def __init__(self, cpu=float("inf"), wall=float("inf"), rss=0):
        self.cpu, self.wall, self.rss = cpu, wall, rss

    def add(self, other):
        self.cpu, self.wall, self.rss = min(self.cpu, other.cpu), min(self.wall, other.wall), max(self.rss, other.rss)

    @property
    def head(self):
        return self.wall if HEADLINE == "wall" else self.cpu

    def __str__(self):
        return "%6.2f s CPU %6.2f s wall" % (self.cpu, self.wall)


def best_of(repeats, fn):
    best, out = T(), None
    for _ in range(repeats):
        c0, w0 = time.process_time(), time.perf_counter()
        out = fn()
        best.add(T(time.process_time() - c0, time.perf_counter() - w0))
    return best, out


def run_cli(argv, env=None):
    """CPU and wall time and peak RSS (KB) of one child process. Measured by /usr/bin/time, itself a small process
    started by this one: the ru_maxrss of a direct child would count the forked image of this (large) Python
    process before exec."""
    with tempfile.NamedTemporaryFile("r", suffix=".time") as tf:
        p = subprocess.run(["/usr/bin/time", "-q", "-o", tf.name, "-f", "%e %U %S %M"] + argv,
                           stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env)
        if p.returncode != 0:
            raise SystemExit("%s failed (%d): %s" % (" ".join(argv), p.returncode,
                                                     p.stderr.decode("utf-8", "replace")[:400]))
        wall, user, system, rss = tf.read().split()[-4:]
    return T(float(user) + float(system), float(wall), int(rss))


def ratio(a, b):
    """'CPU x / wall y' of two T figures."""
    return "CPU %5.2f, wall %5.2f" % (a.cpu / b.cpu, a.wall / b.wall)


# ---------------------------------------------------------------- the pandas job (vectorised groupby)

def pandas_parts(df):
    """One row per in-scope school part with its P and the seven indicator values (a data scientist's version)."""
    t = df["school_type"]
    pub = df["ownership"] == "public"
    ps = df["primary_students"].fillna(0)
    js = df["junior_students"].fillna(0)
    ss = df["senior_students"].fillna(0)
    wp = np.where(t.isin(SERVES_P), WEIGHTS[0] * ps, 0.0)
    wj = np.where(t.isin(SERVES_J), WEIGHTS[1] * js, 0.0)
    ws = np.where(t.isin(SERVES_S), WEIGHTS[2] * ss, 0.0)
    d = wp + wj + ws
    frames = []
    for stage, prefix, serves, P, w in (("primary", "primary", SERVES_P, ps, WEIGHTS[0]),
                                         ("junior", "junior", SERVES_J, js, WEIGHTS[1])):
        keep = t.isin(serves) & pub & (P > 0)
        if stage == "primary":
            keep &= ~((t == "teaching_point") & (ps < 50))
        sub = df[keep]
        Ps = P[keep]
        share = (w / d[keep.values])  # facility per student of this stage: F · w / D
        part = pd.DataFrame({"county_code": sub["county_code"], "stage": stage, "P": Ps})
        part["R1"] = sub[prefix + "_teachers_above_degree"] * 100.0 / Ps
        part["R2"] = sub[prefix + "_backbone_teachers"] * 100.0 / Ps
        part["R3"] = sub[prefix + "_pe_art_teachers"] * 100.0 / Ps
        part["R4"] = sub["teaching_area"] * share
        part["R5"] = sub["sports_area"] * share
        part["R6"] = sub["equipment_value"] * share
        part["R7"] = sub["multimedia_rooms"] * share * 100.0
        si = 0 if stage == "primary" else 1
        met = pd.DataFrame({k: part[k] >= STD[k][si] * (1 - TOL) for k in INDICATORS})
        floor = pd.DataFrame({k: part[k] >= 0.85 * STD[k][si] * (1 - TOL) for k in INDICATORS})
        part["met_count"] = met.sum(axis=1)
        part["passed"] = (part["met_count"] >= 6) & floor.all(axis=1)
        frames.append(part)
    return pd.concat(frames, ignore_index=True)


def pandas_counties(parts):
    """County-stage students-weighted CVs by vectorised groupby sums (two passes, population form)."""
    g = parts.groupby(["county_code", "stage"], sort=False)
    P = g["P"].sum()
    out = pd.DataFrame({"students": P, "schools_in_scope": g.size(), "schools_passing": g["passed"].sum()})
    for k in INDICATORS:
        px = (parts["P"] * parts[k]).groupby([parts["county_code"], parts["stage"]], sort=False).sum()
        mean = px / P
        m = parts.join(mean.rename("mean_" + k), on=["county_code", "stage"])["mean_" + k]
        dev = (parts["P"] * (parts[k] - m) ** 2).groupby([parts["county_code"], parts["stage"]], sort=False).sum()
        out[k + "_value"] = mean
        out[k + "_cv"] = np.sqrt(dev / P) / mean
    return out


def weighted_cv(group):
    """The per-group function a data scientist passes to groupby-apply."""
    w = group["P"]
    res = {}
    for k in INDICATORS:
        mean = np.average(group[k], weights=w)
        res[k + "_cv"] = np.sqrt(np.average((group[k] - mean) ** 2, weights=w)) / mean
    return pd.Series(res)


def pandas_pipeline(path, out_path):
    df = pd.read_csv(path, dtype={"county_code": str, "school_id": str, "parent_id": str})
    parts = pandas_parts(df)
    counties = pandas_counties(parts)
    with open(out_path, "w") as f:
        f.write(parts.to_json(orient="records"))
        f.write(counties.reset_index().to_json(orient="records"))
    return df, parts, counties


def pandas_apply_cvs(parts):
    return parts.groupby(["county_code", "stage"], sort=False)[["P"] + INDICATORS].apply(weighted_cv)


def numpy_bincount(parts):
    """The same CVs with np.bincount over factorized county-stage codes (the arrays of the parts frame)."""
    key = parts["county_code"].to_numpy() + "|" + parts["stage"].to_numpy()
    codes, uniq = pd.factorize(key)
    P = parts["P"].to_numpy()
    n = len(uniq)
    sp = np.bincount(codes, weights=P, minlength=n)
    res = {}
    for k in INDICATORS:
        x = parts[k].to_numpy()
        mean = np.bincount(codes, weights=P * x, minlength=n) / sp
        dev = np.bincount(codes, weights=P * (x - mean[codes]) ** 2, minlength=n)
        res[k] = np.sqrt(dev / sp) / mean
    return uniq, res


# ---------------------------------------------------------------- agreement

def yjjh_cvs_from_json(path):
    with open(path) as f:
        doc = json.load(f)
    out = {}
    for c in doc["counties"]:
        for stage, s in c["stages"].items():
            row = {"schools_passing": s.get("schools_passing")}
            for k in INDICATORS:
                row[k + "_cv"] = s["indicators"][k]["cv"]
                row[k + "_value"] = s["indicators"][k]["county_value"]
            out[(c["county_code"], stage)] = row
    return out


def undefined(x):
    """yjjh writes an undefined CV (county mean 0) as null; pandas and numpy give NaN (0/0)."""
    return x is None or (isinstance(x, float) and math.isnan(x))


def rel(a, b):
    a, b = (None if undefined(a) else a), (None if undefined(b) else b)
    if a is None or b is None:
        return 0.0 if a is b else float("inf")
    if a == b:
        return 0.0
    return abs(a - b) / max(abs(a), abs(b), 1e-6)  # relative; a CV of exactly 0 agrees with 1e-16


def check_agreement(ours, counties, apply_cvs, bincount):
    worst = {"pandas": 0.0, "apply": 0.0, "bincount": 0.0}
    passing_bad = 0
    keys, bc = bincount
    bc_index = {k: i for i, k in enumerate(keys)}
    for (code, stage), row in counties.iterrows():
        y = ours.get((code, stage))
        if y is None:
            raise SystemExit("pandas has county-stage %s/%s that yjjh has not" % (code, stage))
        if int(row["schools_passing"]) != y["schools_passing"]:
            passing_bad += 1
        for k in INDICATORS:
            worst["pandas"] = max(worst["pandas"], rel(row[k + "_cv"], y[k + "_cv"]),
                                  rel(row[k + "_value"], y[k + "_value"]))
            worst["apply"] = max(worst["apply"], rel(apply_cvs.loc[(code, stage), k + "_cv"], y[k + "_cv"]))
            worst["bincount"] = max(worst["bincount"], rel(bc[k][bc_index[code + "|" + stage]], y[k + "_cv"]))
    if len(counties) != len(ours):
        raise SystemExit("pandas has %d county-stages, yjjh %d" % (len(counties), len(ours)))
    ok = all(v <= 1e-9 for v in worst.values()) and passing_bad == 0
    return ok, worst, passing_bad


# ---------------------------------------------------------------- main

def machine():
    cpu = platform.processor() or ""
    try:
        with open("/proc/cpuinfo") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    return "%s, %d cores, %s, Python %s, pandas %s, numpy %s" % (cpu, os.cpu_count() or 0, platform.platform(),
                                                                platform.python_version(), pd.__version__,
                                                                np.__version__)


def main(argv):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--build", default=os.path.join(HERE, "..", "build"))
    ap.add_argument("--scales", default="1")
    ap.add_argument("--repeats", type=int, default=3)
    ap.add_argument("--seed", type=int, default=20261201)
    ap.add_argument("--text", action="store_true", help="also time --format text")
    ap.add_argument("--baseline", help="an older yjjh binary, timed in the same run")
    ap.add_argument("--baseline-lib", help="LD_LIBRARY_PATH of the baseline binary")
    ap.add_argument("--smoke", action="store_true")
    ap.add_argument("--wall", action="store_true", help="wall-clock times instead of CPU times")
    a = ap.parse_args(argv)
    global HEADLINE
    if a.wall:
        HEADLINE = "wall"
    build = os.path.abspath(a.build)
    cli = os.path.join(build, "tools", "yjjh")
    floor = os.path.join(build, "bench", "yjjh_bench_floor")
    datadir = os.path.join(build, "national")
    os.makedirs(datadir, exist_ok=True)
    scales = [0.01] if a.smoke else [float(s) for s in a.scales.split(",")]
    reps = 1 if a.smoke else a.repeats
    has_threads = "--threads" in subprocess.run([cli, "evaluate", "--help"], capture_output=True, text=True).stdout
    print("libyjjh national benchmark, %s" % time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    print("machine: %s" % machine())
    print("times: best of %d, CPU seconds (user + system) and wall seconds; ratios use %s; load average %.1f"
          % (reps, "wall" if a.wall else "CPU (wall in brackets)", os.getloadavg()[0]))
    all_ok = True
    per_scale = {}
    for scale in scales:
        tag = ("%g" % scale).replace(".", "_")
        path = os.path.join(datadir, "national_%sx.csv" % tag)
        facts = os.path.join(datadir, "national_%sx_facts.csv" % tag)
        if not os.path.exists(path) or not os.path.exists(facts):
            # in a child process: a child's ru_maxrss would otherwise count this (then large) parent's image
            subprocess.run([sys.executable, os.path.join(HERE, "gen_national.py"), "--scale", "%g" % scale,
                            "--seed", str(a.seed), datadir], check=True, stdout=subprocess.DEVNULL)
        mb = os.path.getsize(path) / 1e6
        out_json = os.path.join(datadir, "out_%sx.json" % tag)
        print("\n== %gx: %s, %.1f MB" % (scale, os.path.basename(path), mb))
        fig = {}
        # CLI, paired with the baseline when given (alternating runs, best of each); with --threads also on one
        # thread, to show what the second core buys
        formats = ["json", "csv"] + (["text"] if a.text else [])
        variants = [(fmt, []) for fmt in formats]
        if has_threads and not a.smoke:
            variants.append(("json", ["--threads", "1"]))
        for fmt, extra in variants:
            key = "cli_" + fmt + ("_1t" if extra else "")
            best, base = T(), T()
            for _ in range(reps):
                best.add(run_cli([cli, "evaluate", path, "--facts", facts, "--format", fmt, "-o",
                                  os.path.join(datadir, "out_%sx.%s" % (tag, fmt))] + extra))
                if a.baseline and not extra:
                    env = dict(os.environ)
                    if a.baseline_lib:
                        env["LD_LIBRARY_PATH"] = a.baseline_lib
                    base.add(run_cli([a.baseline, "evaluate", path, "--facts", facts, "--format", fmt, "-o",
                                      os.path.join(datadir, "base_%sx.%s" % (tag, fmt))], env))
            fig[key] = best
            line = "  yjjh evaluate --format %-4s %-11s %s  peak RSS %6.0f MB (%.1fx the CSV)" % (
                fmt, " ".join(extra), best, best.rss / 1024, best.rss / 1024 / mb)
            if a.baseline and not extra:
                fig["base_" + fmt] = base
                line += "   | before: %s %6.0f MB -> %.1fx faster" % (base, base.rss / 1024, base.head / best.head)
            print(line)
        # pandas pipeline (read_csv + vectorised job + to_json), groupby-apply, numpy bincount
        t_pd, (df, parts, counties) = best_of(reps, lambda: pandas_pipeline(path, os.path.join(datadir, "pd.json")))
        t_read, _ = best_of(reps, lambda: pd.read_csv(path, dtype={"county_code": str, "school_id": str,
                                                                   "parent_id": str}))
        t_job, _ = best_of(reps, lambda: pandas_counties(pandas_parts(df)))
        t_apply, apply_cvs = best_of(1, lambda: pandas_apply_cvs(parts))
        t_bc, bc = best_of(reps, lambda: numpy_bincount(parts))
        fig.update(pandas=t_pd, read_csv=t_read, pandas_job=t_job, apply=t_apply, bincount=t_bc)
        print("  pandas read_csv + vectorised job + to_json %s  (read_csv %.2f s = %.0f MB/s, job %.2f s)"
              % (t_pd, t_read.head, mb / t_read.head, t_job.head))
        print("  pandas groupby-apply CVs                   %s" % t_apply)
        print("  numpy bincount CVs (on the parts arrays)   %s" % t_bc)
        # agreement with yjjh's JSON
        run_cli([cli, "evaluate", path, "--facts", facts, "--format", "json", "-o", out_json])
        ours = yjjh_cvs_from_json(out_json)
        ok, worst, passing_bad = check_agreement(ours, counties, apply_cvs, bc)
        all_ok &= ok
        print("  agreement with yjjh (%d county-stages): max relative difference pandas %.1e, groupby-apply %.1e, "
              "bincount %.1e; schools_passing differences %d -> %s"
              % (len(ours), worst["pandas"], worst["apply"], worst["bincount"], passing_bad,
                 "OK (<= 1e-9)" if ok else "MISMATCH"))
        # Python layer
        try:
            import yjjh
            t_rs, _ = best_of(reps, lambda: yjjh.read_schools(path))
            t_ev, _ = best_of(reps, lambda: yjjh.evaluate(df))
            fig.update(read_schools=t_rs, py_evaluate=t_ev)
            print("  yjjh.read_schools(path)                    %s  (pandas.read_csv / read_schools %s)"
                  % (t_rs, ratio(t_read, t_rs)))
            print("  yjjh.evaluate(df)                          %s  (pandas job / evaluate %s; bincount / "
                  "evaluate %s)" % (t_ev, ratio(t_job, t_ev), ratio(t_bc, t_ev)))
        except Exception as e:  # noqa: BLE001 -- the C figures stand without the Python ones
            print("  (Python package not importable: %s; set PYTHONPATH=<build>/bindings/python)" % e)
        # C: evaluate in memory, the floor, bandwidth, reader
        if os.path.exists(floor):
            p = subprocess.run([floor, path, str(reps)] + (["--wall"] if a.wall else []), capture_output=True,
                               text=True)
            sys.stdout.write(p.stdout)
            if p.returncode != 0:
                sys.stdout.write(p.stderr)
                all_ok = False
            for line in p.stdout.splitlines():
                if line.startswith("FIGURES "):
                    fig.update(json.loads(line[len("FIGURES "):]))
        # ratios against the targets of issue 12
        print("  targets (same run):")
        for key in sorted(k for k in fig if k.startswith("cli_")):
            t = fig[key]
            print("    --format %-7s / pandas pipeline  %s  (target <= 0.33)   peak RSS / CSV %5.1f (target <= 3)"
                  % (key[4:], ratio(t, t_pd), t.rss / 1024 / mb))
        if "reader_mbs" in fig:
            print("    CSV reader %.0f MB/s (target >= 150); read_schools faster than read_csv: %s"
                  % (fig["reader_mbs"], "yes" if "read_schools" in fig and fig["read_schools"].head < t_read.head
                     else "no"))
            print("    C evaluate / C floor %.1f (target <= 3); floor / bandwidth bound %.1f"
                  % (fig["c_evaluate"] / fig["c_floor"], fig["c_floor"] / fig["bandwidth_bound"]))
        if "py_evaluate" in fig:
            print("    pandas job / yjjh.evaluate(df) %s (target >= 5); bincount / evaluate %s (target >= 2)"
                  % (ratio(t_job, fig["py_evaluate"]), ratio(t_bc, fig["py_evaluate"])))
        per_scale[scale] = fig
    if len(per_scale) > 1:
        s0 = min(per_scale)
        print("\n== growth against %gx (linear: 4x data <= 4.4x time)" % s0)
        for s, fig in sorted(per_scale.items()):
            print("  %gx: " % s + ", ".join("%s %.2fx CPU %.2fx wall %.2fx RSS" % (
                k[4:], fig[k].cpu / per_scale[s0][k].cpu, fig[k].wall / per_scale[s0][k].wall,
                fig[k].rss / per_scale[s0][k].rss) for k in sorted(fig) if k.startswith("cli_")))
    print("\nresult: %s" % ("every figure agrees with yjjh to 1e-9" if all_ok else "DISAGREEMENT (see above)"))
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
