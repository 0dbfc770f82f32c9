# SPDX-License-Identifier: MIT
"""`yjjh equity` (cli.md): every measure per stage and indicator with its decomposition on the Jinchuan example;
the CV agrees with `yjjh evaluate`; the decomposition adds up; bad --by values give usage/data errors."""
import csv
import io
import json
import os

from cli_util import EXAMPLES, run, text

JINCHUAN = os.path.join(EXAMPLES, "jinchuan.csv")
MEASURES = ["cv", "cv2", "gini", "theil_t", "theil_l", "atkinson_0.5", "atkinson_1", "mcloone", "verstegen",
            "range", "restricted_range", "federal_range_ratio", "max_min_ratio"]


def test_json_by_location_has_every_measure_and_decomposition():
    p = run("equity", JINCHUAN, "--by", "location", "--format", "json")
    assert p.returncode == 0, text(p.stderr)
    doc = json.loads(text(p.stdout))
    ev = json.loads(text(run("evaluate", JINCHUAN, "--format", "json").stdout))
    assert doc["by"] == "location" and doc["weights"] == "students"
    county = doc["counties"][0]
    stages = {s["stage"]: s for s in county["stages"]}
    assert set(stages) == {"primary", "junior"}
    n = 0
    for stage in county["stages"]:
        for ind in stage["indicators"]:
            n += 1
            assert set(ind["measures"]) == set(MEASURES)
            assert all(ind["measures"][m] is not None for m in MEASURES)
            for name in ("cv2", "theil_t", "theil_l"):
                d = ind["decompositions"][name]
                assert d["within"] >= 0 and d["between"] >= 0
                assert abs(d["between"] + d["within"] - d["total"]) <= 1e-12 * d["total"]
                assert {g["group"] for g in d["groups"]} <= {"urban", "town", "rural"}
                assert abs(sum(g["weight_share"] for g in d["groups"]) - 1) < 1e-12
            assert abs(ind["decompositions"]["cv2"]["total"] - ind["measures"]["cv"] ** 2) <= 1e-12 * ind["measures"]["cv2"]
            lo, hi = ind["cv_interval"]["percentile"]
            assert lo <= hi
            assert len(ind["top_contributions"]) == 3
            shares = [t["variance_share"] for t in ind["top_contributions"]]
            assert shares == sorted(shares, reverse=True) and 0 < sum(shares) <= 1 + 1e-12
    assert n == 14  # R1–R7 in each stage
    # the CV equals the evaluation's 差异系数
    ev_cv = {}
    for st, body in ev["counties"][0]["stages"].items():
        for code, ind in body["indicators"].items():
            ev_cv[(st, code)] = ind["cv"]
    for stage in county["stages"]:
        for ind in stage["indicators"]:
            assert abs(ind["measures"]["cv"] - ev_cv[(stage["stage"], ind["indicator"])]) <= 1e-12 * ind["measures"]["cv"]


def test_text_shows_decomposition_and_schools_driving_the_cv():
    p = run("equity", JINCHUAN, "--by", "location", "--format", "text")
    assert p.returncode == 0, text(p.stderr)
    out = text(p.stdout)
    for word in ("Theil T", "McLoone", "Verstegen", "federal range ratio", "BCa", "decomposition by location",
                 "schools driving the CV", "金川区第一小学"):
        assert word in out, word


def test_csv_long_form_and_deterministic():
    p = run("equity", JINCHUAN, "--by", "location", "--format", "csv")
    assert p.returncode == 0
    rows = list(csv.DictReader(io.StringIO(text(p.stdout))))
    assert {r["section"] for r in rows} >= {"summary", "measure", "decomposition", "group", "contribution",
                                            "cv_interval"}
    assert p.stdout == run("equity", JINCHUAN, "--by", "location", "--format", "csv").stdout


def test_without_by_and_bad_by():
    p = run("equity", JINCHUAN, "--format", "json")
    assert p.returncode == 0
    ind = json.loads(text(p.stdout))["counties"][0]["stages"][0]["indicators"][0]
    assert ind["decompositions"] is None
    p = run("equity", JINCHUAN, "--by", "no_such_column")
    assert p.returncode == 64 and "no_such_column" in text(p.stderr)
    p = run("equity", JINCHUAN, "--by", "ownership", "--format", "json")
    assert p.returncode == 0
