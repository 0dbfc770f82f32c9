#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Quickstart: evaluate a county with the yjjh Python package (same content as examples/notebook.ipynb).

    PYTHONPATH=<build>/bindings/python python3 examples/quickstart.py [SCHOOLS.csv] [--facts FACTS]
                                                                      [--output-dir DIR]

Loads the fictional 金川区 data, evaluates it with the national-2017 profile (优质均衡), lists the failing
schools and their shortfalls, and draws two figures: the CV of every indicator against its maximum, and a
school × indicator heat map of value / standard.
"""

import argparse
import pathlib
import sys

import matplotlib

matplotlib.use("Agg")  # headless: figures are written to files

import matplotlib.pyplot as plt  # noqa: E402
import numpy as np  # noqa: E402

import yjjh  # noqa: E402

HERE = pathlib.Path(__file__).resolve().parent


def plot_cv(result, path):
    """Bar chart: CV per indicator and stage, with the maximum of each stage as a dashed line."""
    ind = result.indicators
    stages = list(dict.fromkeys(ind["stage"]))
    fig, axes = plt.subplots(1, len(stages), figsize=(5 * len(stages), 3.6), squeeze=False)
    for ax, stage in zip(axes[0], stages):
        rows = ind[ind["stage"] == stage]
        colors = ["tab:green" if met else "tab:red" for met in rows["cv_met"]]
        ax.bar(rows["indicator"], rows["cv"].fillna(0), color=colors)
        ax.axhline(rows["cv_max"].iloc[0], color="black", linestyle="--", label="maximum %.2f" % rows["cv_max"].iloc[0])
        ax.set_title("%s: coefficient of variation" % stage)
        ax.set_ylabel("CV")
        ax.set_ylim(0, 1.3 * max(rows["cv_max"].iloc[0], rows["cv"].max()))
        ax.legend(loc="upper right")
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def plot_ratios(result, path):
    """Heat map: in-scope school parts × indicators, value / standard (red < 1 ≤ green)."""
    schools = result.schools
    parts = schools[schools["in_scope"]]
    codes = result.profile.indicator_codes
    ratios = parts[[c + "_ratio" for c in codes]].to_numpy(dtype=float)
    labels = ["%s %s" % (sid, stage) for sid, stage in zip(parts.index, parts["stage"])]
    fig, ax = plt.subplots(figsize=(7, 0.3 * len(labels) + 1.5))
    image = ax.imshow(np.clip(ratios, 0.5, 1.5), cmap="RdYlGn", vmin=0.5, vmax=1.5, aspect="auto")
    ax.set_xticks(range(len(codes)), codes)
    ax.set_yticks(range(len(labels)), labels, fontsize=7)
    ax.set_title("value / standard")
    fig.colorbar(image, ax=ax)
    fig.tight_layout()
    fig.savefig(path, dpi=100)
    plt.close(fig)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("schools", nargs="?", default=str(HERE / "data" / "jinchuan.csv"))
    parser.add_argument("--facts", default=None, help="county facts CSV/JSON (optional)")
    parser.add_argument("--output-dir", default=".", help="where the figures are written")
    args = parser.parse_args(argv)
    out = pathlib.Path(args.output_dir)
    out.mkdir(parents=True, exist_ok=True)

    print("yjjh", yjjh.__version__)
    result = yjjh.evaluate(args.schools, facts=args.facts, year=2026)
    for county, verdict in result.verdicts.items():
        print("county %s: %s" % (county or "(no code)", verdict))

    print("\nreasons:")
    for r in result.reasons.itertuples():
        print("  %-16s %-8s %s" % (r.code, r.stage or "", r.message))

    codes = result.profile.indicator_codes
    failing = result.failing_schools()
    print("\nschools failing the school rule (每所学校达标): %d" % len(failing))
    for school_id, row in failing.iterrows():  # indexed by school_id
        missed = [c for c in codes if not row[c + "_met"]]
        print("  %s %s (%s): %d/%d met" % (school_id, row["school_name"], row["stage"], row["met_count"],
                                           len(codes)))
        for c in missed:
            print("    %s %.3f (%.1f %% of the standard), shortfall %g"
                  % (c, row[c], 100 * row[c + "_ratio"], row[c + "_shortfall"]))

    print("\ncoefficients of variation:")
    table = result.indicators.pivot(index="indicator", columns="stage", values="cv")
    print(table.round(3).to_string())

    plot_cv(result, out / "quickstart_cv.png")
    plot_ratios(result, out / "quickstart_ratios.png")
    print("\nfigures: %s, %s" % (out / "quickstart_cv.png", out / "quickstart_ratios.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
