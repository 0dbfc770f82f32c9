# SPDX-License-Identifier: MIT
"""yjjh.plan(), Result.summary() and yjjh.trend() (docs/plan.md); expected values by hand."""

import math

import pandas as pd
import pytest

import yjjh


def good_primary(sid, county, p):
    """A primary school meeting every indicator: R1 6, R2 2, R3 1.2, R4 5, R5 8, R6 2400, R7 2.4."""
    return {"school_id": sid, "county_code": county, "school_type": "primary", "primary_students": p,
            "primary_teachers_above_degree": 0.06 * p, "primary_backbone_teachers": 0.02 * p,
            "primary_pe_art_teachers": 0.012 * p, "teaching_area": 5.0 * p, "sports_area": 8.0 * p,
            "equipment_value": 2400.0 * p, "multimedia_rooms": 0.024 * p}


def test_plan_floor_whole_units():
    # R4 3787.5 m² for 1000 students: its floor 0.85 × 4.5 × 1000 = 3825 m² is 37.5 m² away -> +38 m²
    s = good_primary("S1", "1", 1000)
    s["teaching_area"] = 3787.5
    pl = yjjh.plan(pd.DataFrame([s]))
    acts = pl.actions[pl.actions["kind"] != "county_item"]
    assert len(acts) == 1
    a = acts.iloc[0]
    assert (a["code"], a["column"], a["add"], a["unit"]) == ("R4", "teaching_area", 38.0, "m²")
    assert a["cost"] == 38 * 3000.0
    c = pl.counties.iloc[0]
    assert c["targets"] == c["targets_met"] == 1
    assert c["cost_once"] == 114000.0 and c["cost_per_year"] == 0.0
    # the applied table re-evaluates with every school passing
    applied = pl.schools
    assert applied.loc[0, "teaching_area"] == 3825.5
    assert yjjh.evaluate(applied).schools["passed"].all()


def test_plan_prices_choose_the_set():
    # R3 8 teachers for 1000 (needs 9), R4 4400 m² (needs 4500): fix the cheaper, leave the other unmet
    s = good_primary("S1", "1", 1000)
    s["primary_pe_art_teachers"], s["teaching_area"] = 8, 4400
    default = yjjh.plan(pd.DataFrame([s])).actions
    assert list(default[default["kind"] == "school_rule"]["code"]) == ["R3"]
    cheap_building = yjjh.plan(pd.DataFrame([s]), costs={"teaching_area": 100}).actions
    a = cheap_building[cheap_building["kind"] == "school_rule"]
    assert list(a["code"]) == ["R4"] and list(a["add"]) == [100.0] and list(a["cost"]) == [10000.0]


def test_plan_cv_floor():
    # R5 7.5 and 30 m²/student, 1000 students each: CV 0.6; floor L with (30 − L)/(30 + L) = 0.5 is 10
    lo, hi = good_primary("LOW", "1", 1000), good_primary("HIGH", "1", 1000)
    lo["sports_area"], hi["sports_area"] = 7500, 30000
    pl = yjjh.plan(pd.DataFrame([lo, hi]))
    a = pl.actions[pl.actions["kind"] == "cv"]
    assert list(a["school_id"]) == ["LOW"] and list(a["add"]) == [2500.0]
    assert math.isclose(a["target"].iloc[0], 10.0, rel_tol=1e-9)
    t = pl.targets.iloc[0]
    assert t["code"] == "R5" and math.isclose(t["before"], 0.6) and math.isclose(t["after"], 0.5) and t["met_after"]


def test_bundled_county_and_json(examples_data):
    pl = yjjh.plan(examples_data / "jinchuan.csv", costs=examples_data.parent / "costs.json")
    doc = pl.to_json()
    county = doc["counties"][0]
    assert county["verdict_before"] == "fail" and county["targets"] == county["targets_met"] >= 1
    first = county["actions"][0]
    # costs.json: a PE/art teacher at the "teacher" price 120000
    assert (first["school_id"], first["code"], first["add"], first["cost"]) == ("2162030209", "R3", 1, 120000)
    assert pl.to_csv().startswith("county_code,county_name,kind,")
    assert yjjh.evaluate(pl.schools).schools.query("in_scope")["passed"].all()


def test_result_summary_30_counties(examples_data):
    r = yjjh.evaluate(examples_data / "city_30.csv")
    s = r.summary()
    assert len(s) == 30 and list(s["county_code"]) == [str(620401 + i) for i in range(30)]
    by_cost = r.summary(sort="cost")["cost_total"].tolist()
    assert by_cost == sorted(by_cost, reverse=True)
    assert set(s["verdict"]) <= {"pass", "fail", "incomplete"}
    failing = s[s["schools_failing"] > 0]
    assert (failing["cost_total"] > 0).all()
    with pytest.raises(ValueError):
        r.summary(sort="nonsense")


def test_trend_flags_a_fall(examples_data):
    d = examples_data / "trend"
    years = {y: d / ("jinchuan_%d.csv" % y) for y in (2022, 2023, 2024)}
    facts = {y: d / ("facts_%d.csv" % y) for y in (2022, 2023, 2024)}
    t = yjjh.trend(years, facts=facts, target_year=2026)
    r5 = t[(t["code"] == "R5") & (t["stage"] == "primary")]
    assert list(r5["year"]) == [2022, 2023, 2024]
    cv = list(r5["cv"])
    # least-squares slope of three equally spaced points: (last − first) / 2; the line at 2026: mean + 3 × slope
    slope = (cv[2] - cv[0]) / 2
    assert math.isclose(r5["slope"].iloc[0], slope, rel_tol=1e-9)
    assert math.isclose(r5["projected_cv"].iloc[0], sum(cv) / 3 + 3 * slope, rel_tol=1e-9)
    assert not r5["on_track"].iloc[0]  # about 0.517 > 0.50 by 2026
    assert math.isclose(r5["cv_change"].iloc[1], cv[1] - cv[0])
    b = t.attrs["budget"]
    fell = b[b["fell"]]
    assert list(zip(fell["key"], fell["year"])) == [("budget_per_student", 2023)]


def test_costs_errors(tmp_path):
    with pytest.raises(yjjh.UnknownCodeError):
        yjjh.costs({"teachng_area": 1})
    bad = tmp_path / "c.json"
    bad.write_text('{"sports_area": -1}', encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.costs(bad)
    assert "sports_area" in str(e.value)


def test_plot_trend(examples_data):
    mpl = pytest.importorskip("matplotlib")
    mpl.use("Agg")
    d = examples_data / "trend"
    t = yjjh.trend({y: d / ("jinchuan_%d.csv" % y) for y in (2022, 2023, 2024)}, target_year=2026)
    ax = yjjh.plot_trend(t, stage="primary")
    assert len(ax.lines) == 7 * 2 + 1  # seven CV lines, seven trend lines, the limit
    assert ax.lines[-1].get_ydata()[0] == 0.5
    with pytest.raises(ValueError):
        yjjh.plot_trend(t, county_code="nowhere")
