# SPDX-License-Identifier: MIT
"""Indicator formulas, facility split, school rule, standards and profile tables (spec values)."""

import math

import pandas as pd
import pytest

import yjjh

from conftest import close


def test_per100_multiplies_before_dividing():
    assert yjjh.per100(9, 1000) == 0.9          # indicators.md §2: exactly the double 0.9
    assert yjjh.per100(2, 200) == 1.0
    assert yjjh.per_student(3596, 620) == 3596 / 620
    assert yjjh.indicator("R4", 5000, 1000) == 5.0
    assert yjjh.indicator("R1", 55, 1000) == 5.5
    with pytest.raises(TypeError):
        yjjh.per100("9", 1000)


def test_facility_split_published_example():
    # indicators.md §9: 166 primary / 210 junior students, 23 226 books
    s = yjjh.facility_split(23226, 166, 210)
    assert close(s.amounts["primary"], 23226 * 166 / 397, rel=1e-13)
    assert close(s.amounts["junior"], 23226 * 231 / 397, rel=1e-13)
    assert round(s.amounts["primary"], 2) == 9711.63 and round(s.amounts["junior"], 2) == 13514.37
    assert close(s.per_student["primary"], 23226 / 397, rel=1e-13)
    assert close(s.per_student["junior"], 23226 * 1.1 / 397, rel=1e-13)
    assert s.amounts["senior"] == 0.0 and s.per_student["senior"] == 0.0


def test_facility_split_weights():
    s = yjjh.facility_split(1000, 100, 100, 0, weights=[1, 1, 1])
    assert s.amounts == {"primary": 500.0, "junior": 500.0, "senior": 0.0}
    t = yjjh.facility_split(1000, 100, 100, 0, weights={"junior": 1.0})
    assert t.amounts["primary"] == 500.0
    with pytest.raises(yjjh.InvalidArgumentError):
        yjjh.facility_split(1000, 0, 0, 0)
    with pytest.raises(yjjh.InvalidArgumentError):
        yjjh.facility_split(1000, 100, 100, 0, weights=[1, 0, 1])


def test_school_rule_worked_example_school_b():
    # §9 school B: 500 students, R4 area 2000 → 4.0 < 4.5, ratio 0.889 ≥ 0.85, shortfall 250 m²;
    # other amounts from tests/data/golden/worked_example.csv (all met) → 6 of 7 met, passes.
    amounts = {"R1": 28, "R2": 7, "R3": 6, "R4": 2000, "R5": 4500, "R6": 1400000, "R7": 14}
    r = yjjh.school_rule("primary", 500, amounts)
    assert r.passed and r.met_count == 6
    row = r.table.loc["R4"]
    assert row["value"] == 4.0 and row["standard"] == 4.5 and not row["met"] and row["above_floor"]
    assert close(row["ratio"], 4.0 / 4.5, rel=1e-15)
    assert close(row["shortfall"], 250.0, rel=1e-12)
    assert list(r.table.index) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]


def test_school_rule_floor_and_count():
    base = {"R1": 42, "R2": 10, "R3": 9, "R4": 4500, "R5": 7500, "R6": 2000000, "R7": 23}
    assert yjjh.school_rule("小学", 1000, base).met_count == 7      # everything exactly on the standard
    below_floor = dict(base, R5=6000)                              # 6.0 / 7.5 = 0.8 < 0.85
    r = yjjh.school_rule(yjjh.Stage.PRIMARY, 1000, below_floor)
    assert not r.passed and r.met_count == 6
    two_missed = dict(base, R4=4400, R5=7400)
    assert not yjjh.school_rule("primary", 1000, two_missed).passed
    with pytest.raises(yjjh.InvalidArgumentError):
        yjjh.school_rule("primary", 1000, [1, 2, 3])
    with pytest.raises(yjjh.InvalidArgumentError):
        yjjh.school_rule("kindergarten", 1000, base)


def test_standards_table():
    df = yjjh.standards()
    assert list(df.columns) == ["key", "stage", "value", "unit", "name_zh", "name_en", "kind"]
    by = {(k, s): v for k, s, v in zip(df["key"], df["stage"], df["value"])}
    # indicators.md §2 and §4
    expected = {("R1", "primary"): 4.2, ("R1", "junior"): 5.3, ("R4", "primary"): 4.5, ("R4", "junior"): 5.8,
                ("R5", "primary"): 7.5, ("R5", "junior"): 10.2, ("R6", "primary"): 2000, ("R6", "junior"): 2500,
                ("R7", "primary"): 2.3, ("R7", "junior"): 2.4, ("cv_max", "primary"): 0.50,
                ("cv_max", "junior"): 0.45}
    for key, value in expected.items():
        assert by[key] == value, key
    assert by[("school_min_met", None)] == 6
    assert by[("school_floor_ratio", None)] == 0.85
    basic = yjjh.standards("national-2012-basic")
    by_basic = {(k, s): v for k, s, v in zip(basic["key"], basic["stage"], basic["value"])}
    assert by_basic[("composite_cv_max", "primary")] == 0.65      # indicators.md §8
    assert by_basic[("composite_cv_max", "junior")] == 0.55


def test_profiles_and_indicators():
    names = yjjh.profiles()
    assert names[0] == "national-2017" and "national-2012-basic" in names
    ind = yjjh.indicators()
    assert list(ind["code"]) == ["R1", "R2", "R3", "R4", "R5", "R6", "R7"]
    assert ind.set_index("code").loc["R4", "name_zh"] == "生均教学及辅助用房面积"
    assert list(yjjh.indicators("national-2012-basic")["code"]) == ["B%d" % i for i in range(1, 9)]
    assert len(yjjh.indicators(None)) == 15
    p = yjjh.load_profile("national-2017")
    assert p is yjjh.load_profile("national-2017")  # cached
    assert p.name == "national-2017" and p.has_school_rule and not p.uses_composite_cv
    assert p.lookup("R4", "junior") == 5.8
    assert yjjh.load_profile("national-2012-basic").uses_composite_cv


def test_profile_file(tmp_path):
    f = tmp_path / "gansu.json"
    f.write_text('{"name": "my-county", "extends": "national-2017", '
                 '"standards": {"R4": {"primary": 5.0}}}', encoding="utf-8")
    p = yjjh.load_profile(f)
    assert p.name == "my-county" and p.lookup("R4", "primary") == 5.0 and p.lookup("R4", "junior") == 5.8
    assert yjjh.standards(str(f)).set_index(["key", "stage"]).loc[("R4", "primary"), "value"] == 5.0


def test_staffing():
    s = yjjh.staffing("primary", 190)   # 1:19 → exactly 10 staff
    assert s["staff_required"] == 10
    assert math.isnan(s["staff_shortfall"])
    assert yjjh.staffing("primary", 191, staff=10)["staff_shortfall"] == 1


def test_tolerance_helpers():
    assert yjjh.meets_minimum(4.5 * (1 - 1e-10), 4.5)
    assert not yjjh.meets_minimum(4.49, 4.5)
    assert yjjh.within_maximum(0.5 * (1 + 1e-10), 0.5)


def test_columns_and_fact_keys():
    cols = yjjh.columns()
    row = cols.set_index("name").loc["primary_students"]
    assert row["name_zh"] == "小学在校生数" and not row["is_text"] and row["is_integer"]
    assert "evaluation_year" in set(yjjh.fact_keys()["key"])
    assert isinstance(cols, pd.DataFrame)
