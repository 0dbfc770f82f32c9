# SPDX-License-Identifier: MIT
"""`yjjh plan`, `yjjh summary`, `yjjh trend` (docs/plan.md, docs/cli.md): the applied table re-evaluates to pass
every item the plan targets, on the bundled county and on seeded generated failing counties."""
import csv
import io
import json
import os
import random

import pytest

from cli_util import EXAMPLES, run, text, write

JINCHUAN = os.path.join(EXAMPLES, "jinchuan.csv")
CITY = os.path.join(EXAMPLES, "city_30.csv")
TREND = os.path.join(EXAMPLES, "trend")


def evaluation(path):
    r = run("evaluate", path, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    return json.loads(r.stdout)


def assert_resources_pass(doc):
    """Every in-scope school part passes the school rule and every CV is within its limit."""
    for county in doc["counties"]:
        for s in county["schools"]:
            if s["in_scope"]:
                assert s["passed"], (county["county_code"], s["school_id"], s["stage"])
        for stage, st in county["stages"].items():
            for code, ind in st["indicators"].items():
                assert ind["cv_met"], (county["county_code"], stage, code, ind["cv"])
        assert not [r for r in county["reasons"] if r["code"] == "school_rule" or r["code"].startswith("R")]


def test_plan_bundled_county_text_and_apply(tmp_path):
    r = run("plan", JINCHUAN, "--format", "text")
    assert r.returncode == 0, text(r.stderr)
    out = text(r.stdout)
    assert "一校一策" in out and "2162030209" in out and "R3" in out and "+1 名" in out
    planned = tmp_path / "planned.csv"
    r = run("plan", JINCHUAN, "--apply", "-o", planned)
    assert r.returncode == 0, text(r.stderr)
    with open(JINCHUAN, encoding="utf-8") as f:
        before = next(csv.reader(f))
    with open(planned, encoding="utf-8") as f:
        after = next(csv.reader(f))
    assert sorted(before) == sorted(after)  # the same columns
    assert evaluation(JINCHUAN)["counties"][0]["verdict"] == "fail"
    assert_resources_pass(evaluation(str(planned)))


def test_plan_json_and_csv():
    r = run("plan", JINCHUAN, "--format", "json", "--costs", os.path.join(EXAMPLES, "..", "costs.json"))
    assert r.returncode == 0, text(r.stderr)
    doc = json.loads(r.stdout)
    c = doc["counties"][0]
    assert doc["planned"] is True and c["targets"] == c["targets_met"] == 1
    assert c["cost_per_year"] == 120000 and c["cost_once"] == 0
    kinds = {a["kind"] for a in c["actions"]}
    assert kinds == {"school_rule", "county_item"}
    assert all(a["cost"] is None for a in c["actions"] if a["kind"] == "county_item")
    r = run("plan", JINCHUAN, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text(r.stdout))))
    assert rows[0]["school_id"] == "2162030209" and rows[0]["add"] == "1" and rows[0]["unit"] == "名"


def test_plan_usage_and_input_errors(tmp_path):
    assert run("plan", JINCHUAN, "--apply", "--format", "json").returncode == 64
    assert run("plan", JINCHUAN, "--costs", tmp_path / "missing.json").returncode == 66
    bad = write(tmp_path / "bad.json", '{"teachng_area": 1}')
    r = run("plan", JINCHUAN, "--costs", bad)
    assert r.returncode == 65 and "teachng_area" in text(r.stderr)
    out = tmp_path / "out.csv"
    assert run("plan", JINCHUAN, "--costs", bad, "--apply", "-o", out).returncode == 65
    assert not out.exists()  # nothing written on bad input


def generated_city(seed, n_counties):
    """Failing counties: values around the standards with low and high outliers, 九年一贯制 schools with shared
    facilities, and counties without backbone teachers (undefined R2 CV)."""
    rng = random.Random(seed)
    header = ["county_code", "school_id", "school_type", "primary_students", "junior_students",
              "primary_teachers_above_degree", "junior_teachers_above_degree", "primary_backbone_teachers",
              "junior_backbone_teachers", "primary_pe_art_teachers", "junior_pe_art_teachers", "teaching_area",
              "sports_area", "equipment_value", "multimedia_rooms"]
    out = io.StringIO()
    w = csv.writer(out, lineterminator="\n")
    w.writerow(header)

    def f():
        u = rng.random()
        return rng.uniform(0.2, 0.6) if u < 0.1 else rng.uniform(2.5, 5) if u < 0.17 else rng.uniform(0.7, 1.5)

    for c in range(n_counties):
        no_backbone = c % 7 == 3
        for s in range(rng.randint(2, 10)):
            kind = rng.choice(["primary", "primary", "junior", "nine_year"])
            p = rng.randint(60, 2000) if kind != "junior" else 0
            j = rng.randint(60, 1500) if kind != "primary" else 0
            d = p + 1.1 * j

            def t(rate, n):
                return round(rate * n * f()) if n else ""

            w.writerow([str(900 + c), "%d-%d" % (c, s), kind, p or "", j or "", t(0.042, p), t(0.053, j),
                        0 if no_backbone and p else t(0.01, p), 0 if no_backbone and j else t(0.01, j),
                        t(0.009, p), t(0.009, j), round(4.8 * d * f(), 1), round(8.5 * d * f()),
                        round(2200 * d * f()), round(0.024 * d * f())])
    return out.getvalue()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_plan_generated_counties(tmp_path, seed):
    src = write(tmp_path / "city.csv", generated_city(seed, 25))
    before = evaluation(src)
    failing = sum(1 for c in before["counties"] if any(r["code"] == "school_rule" or r["code"].startswith("R")
                                                       for r in c["reasons"]))
    assert failing >= 15
    planned = tmp_path / "planned.csv"
    r = run("plan", src, "--apply", "-o", planned)
    assert r.returncode == 0, text(r.stderr)
    assert_resources_pass(evaluation(str(planned)))
    doc = json.loads(run("plan", src, "--format", "json").stdout)
    assert all(c["targets"] == c["targets_met"] for c in doc["counties"])


def test_summary_30_counties():
    r = run("summary", CITY, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    doc = json.loads(r.stdout)
    assert len(doc["counties"]) == 30
    assert [c["county_code"] for c in doc["counties"]] == [str(620401 + i) for i in range(30)]
    total = doc["total"]
    assert total["counties"] == 30
    assert total["pass"] + total["fail"] + total["incomplete"] == 30
    assert abs(total["cost_total"] - sum(c["cost_total"] for c in doc["counties"])) < 1e-6 * total["cost_total"]
    for c in doc["counties"]:
        assert set(c["worst_cv"]) <= {"primary", "junior"}
        if c["schools_failing"] or c["cvs_failing"]:
            assert c["cost_total"] > 0
    by_cost = json.loads(run("summary", CITY, "--format", "json", "--sort", "cost").stdout)["counties"]
    costs = [c["cost_total"] for c in by_cost]
    assert costs == sorted(costs, reverse=True)
    by_failing = json.loads(run("summary", CITY, "--format", "json", "--sort", "failing").stdout)["counties"]
    failing = [c["schools_failing"] for c in by_failing]
    assert failing == sorted(failing, reverse=True)
    rows = list(csv.reader(io.StringIO(text(run("summary", CITY, "--format", "csv").stdout))))
    assert len(rows) == 1 + 30 + 1 and rows[-1][0] == "total"
    out = text(run("summary", CITY, "--format", "text").stdout)
    assert "620430" in out and "合计" in out
    assert run("summary", CITY, "--sort", "nonsense").returncode == 64


def trend_args():
    args = ["trend"]
    for y in (2022, 2023, 2024):
        args.append("%d=%s" % (y, os.path.join(TREND, "jinchuan_%d.csv" % y)))
    for y in (2022, 2023, 2024):
        args += ["--facts", "%d=%s" % (y, os.path.join(TREND, "facts_%d.csv" % y))]
    return args + ["--target-year", "2026"]


def test_trend_flags_the_fall_of_spending_per_student():
    r = run(*trend_args(), "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    doc = json.loads(r.stdout)
    assert doc["years"] == [2022, 2023, 2024] and doc["target_year"] == 2026
    fell = [(b["key"], b["year"]) for b in doc["budget"] if b["fell"]]
    assert fell == [("budget_per_student", 2023)]
    r5 = [x for x in doc["rows"] if x["code"] == "R5" and x["stage"] == "primary"]
    assert [x["year"] for x in r5] == [2022, 2023, 2024]
    assert r5[0]["on_track"] is False and r5[0]["projected_cv"] > 0.5
    out = text(run(*trend_args(), "--format", "text").stdout)
    assert "budget_per_student" in out and "下降" in out and "linear" in out


def test_trend_usage_errors():
    j = os.path.join(TREND, "jinchuan_2022.csv")
    assert run("trend", j).returncode == 64  # no YEAR=
    assert run("trend", "2022=" + j, "2022=" + j).returncode == 64  # a year twice
    assert run("trend", "2022=" + j, "--facts", "2023=" + j).returncode == 64  # facts of a year without schools
    assert run("trend", "2022=" + j, "--target-year", "2020").returncode == 64
    assert run("trend", "2022=/nonexistent.csv").returncode == 66
