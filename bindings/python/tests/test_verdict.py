# SPDX-License-Identifier: MIT
"""The county verdict through yjjh.evaluate(..., facts=...) (indicators.md §5–8): items, vetoes, eligibility,
profiles. Expected values by hand from the spec; fixtures in tests/data/verdict (see its README.md)."""

import json
import math

import pandas as pd
import pytest

import yjjh

from conftest import EXAMPLES_DATA, REPO

DATA = REPO / "tests" / "data" / "verdict"
COMPLIANT = DATA / "jinchuan_compliant.csv"
FACTS = DATA / "facts_complete.json"
FAILING = DATA / "facts_failing.json"
COUNTY = "620302"
COMPLETE = json.loads(FACTS.read_text(encoding="utf-8"))[COUNTY]

ITEM_OF = {
    "evaluation_year": "eligibility_basic_balance", "basic_balance_year": "eligibility_basic_balance",
    "layout_reasonable": "G1", "standards_enforced": "G2", "small_school_funding": "G6",
    "special_ed_funds_per_student": "G7", "teacher_salary": "G8", "civil_servant_salary": "G8",
    "training_360h_rate": "G9", "staffing_coordinated": "G10", "rotation_rate": "G11",
    "rotation_backbone_share": "G11", "nearby_enrolment_primary": "G13", "nearby_enrolment_junior": "G13",
    "quota_allocation_rate": "G14", "left_behind_care": "G15", "migrant_public_rate": "G15",
    "junior_retention_rate": "Q1", "disabled_enrolment_rate": "Q2", "school_charters_it": "Q3",
    "teacher_it_use": "Q5", "moral_education_good": "Q6", "curriculum_complete": "Q7", "no_excess_burden": "Q8",
    "monitoring_level": "Q9", "monitoring_school_gap": "Q9", "social_recognition_rate": "S1",
    "veto_exam_admission": "veto_exam_admission", "veto_school_choice": "veto_school_choice",
    "veto_key_schools": "veto_key_schools", "veto_key_classes": "veto_key_classes",
    "veto_major_incident": "veto_major_incident",
}
# certified_rate (G12) and training_funds_share (Q4) are not needed: the compliant file has the school columns.
VETOES = [k for k in ITEM_OF if k.startswith("veto_")]


def facts(drop=(), **changes):
    f = {k: v for k, v in COMPLETE.items() if k not in drop}
    f.update(changes)
    return {COUNTY: f}


def codes(result):
    return sorted(result.reasons.code)


def status(result, code):
    items = result.items
    row = items[items.code == code]
    assert len(row) == 1, code
    return row.iloc[0]["status"]


@pytest.fixture(scope="module")
def compliant_frame():
    return pd.read_csv(COMPLIANT, dtype={"school_id": str, "county_code": str, "parent_id": str})


def test_compliant_county_passes():
    r = yjjh.evaluate(COMPLIANT, facts=FACTS)
    assert r.verdict == "pass"
    assert r.verdicts == {COUNTY: "pass"}
    assert len(r.reasons) == 0
    assert set(r.items.status) == {"met"}
    expected = {f"G{i}" for i in range(1, 16)} | {f"Q{i}" for i in range(1, 10)} | {"S1"} | set(VETOES) | {
        "eligibility_basic_balance", "eligibility_basic_cv_primary", "eligibility_basic_cv_junior"}
    assert set(r.items.code) == expected


def test_failing_facts_name_exactly_the_failing_items():
    for f in (FAILING, str(FAILING), yjjh.read_facts(FAILING), facts(social_recognition_rate=0.80,
                                                                       veto_key_classes=True,
                                                                       quota_allocation_rate=0.45)):
        r = yjjh.evaluate(COMPLIANT, facts=f)
        assert r.verdict == "fail"
        assert codes(r) == ["G14", "S1", "veto_key_classes"]
        s1 = r.reasons[r.reasons.code == "S1"].iloc[0]
        assert s1["value"] == 0.8 and s1["required"] == 0.85
        assert pd.isna(s1["stage"]) and s1["school_id"] is None


def test_data_frame_input_same_verdicts(compliant_frame):
    assert yjjh.evaluate(compliant_frame, facts=FACTS).verdict == "pass"
    r = yjjh.evaluate(compliant_frame, facts=FAILING)
    assert codes(r) == ["G14", "S1", "veto_key_classes"]


def test_example_county_fails_on_one_school():
    r = yjjh.evaluate(EXAMPLES_DATA / "jinchuan.csv", facts=FACTS)
    assert r.verdict == "fail"
    assert codes(r) == ["school_rule"]
    assert r.reasons.iloc[0]["school_id"] == "2162030209"


def test_no_facts_is_incomplete():
    r = yjjh.evaluate(COMPLIANT)
    assert r.verdict == "incomplete"
    assert status(r, "G4") == "met" and status(r, "S1") == "not_assessed"


@pytest.mark.parametrize("key", sorted(ITEM_OF))
def test_each_missing_fact(key):
    r = yjjh.evaluate(COMPLIANT, facts=facts(drop=[key]))
    item = ITEM_OF[key]
    assert r.verdict == "incomplete"
    assert codes(r) == [item]
    assert key in r.reasons.iloc[0]["message"]
    not_met = r.items[r.items.status != "met"]
    assert list(not_met.code) == [item] and list(not_met.status) == ["not_assessed"]


@pytest.mark.parametrize("key", ["basic_cv_primary_3y", "basic_cv_junior_3y"])
def test_optional_facts(key):
    r = yjjh.evaluate(COMPLIANT, facts=facts(drop=[key]))
    assert r.verdict == "pass"
    assert key.replace("basic_cv", "eligibility_basic_cv").replace("_3y", "") not in set(r.items.code)


def test_missing_value_as_none_or_nan_is_missing():
    for v in (None, float("nan"), "", "NA"):
        r = yjjh.evaluate(COMPLIANT, facts=facts(layout_reasonable=v))
        assert r.verdict == "incomplete" and codes(r) == ["G1"], v


@pytest.mark.parametrize("veto", VETOES)
def test_each_veto(veto):
    r = yjjh.evaluate(COMPLIANT, facts=facts(**{veto: True}))
    assert r.verdict == "fail"
    assert codes(r) == [veto]


@pytest.mark.parametrize("key,value,item,met", [
    ("junior_retention_rate", 0.95, "Q1", True), ("junior_retention_rate", 0.949, "Q1", False),
    ("nearby_enrolment_junior", 0.95, "G13", True), ("nearby_enrolment_junior", 0.949, "G13", False),
    ("migrant_public_rate", 0.85, "G15", True), ("migrant_public_rate", "84.9%", "G15", False),
    ("social_recognition_rate", "85%", "S1", True), ("social_recognition_rate", 0.849, "S1", False),
    ("monitoring_school_gap", 0.15, "Q9", False), ("monitoring_school_gap", 0.149, "Q9", True),
    ("monitoring_level", 3, "Q9", True), ("monitoring_level", 2, "Q9", False),
    ("special_ed_funds_per_student", 6000, "G7", True), ("special_ed_funds_per_student", 5999, "G7", False),
    ("quota_allocation_rate", 0.50, "G14", True),
    ("teacher_salary", 96200, "G8", True), ("teacher_salary", 96199.5, "G8", False),
    ("left_behind_care", "否", "G15", False), ("layout_reasonable", False, "G1", False),
])
def test_thresholds(key, value, item, met):
    r = yjjh.evaluate(COMPLIANT, facts=facts(**{key: value}))
    assert status(r, item) == ("met" if met else "not_met")
    assert r.verdict == ("pass" if met else "fail")
    assert codes(r) == ([] if met else [item])


def test_year_argument():
    f = facts(drop=["evaluation_year"])          # basic balance 2020
    assert yjjh.evaluate(COMPLIANT, facts=f).verdict == "incomplete"
    assert yjjh.evaluate(COMPLIANT, facts=f, year=2023).verdict == "pass"      # 3 years
    r = yjjh.evaluate(COMPLIANT, facts=f, year=2022)                          # 2 years
    assert r.verdict == "fail" and codes(r) == ["eligibility_basic_balance"]
    assert "evaluation_year" not in f[COUNTY]    # the caller's dict is not changed


@pytest.mark.parametrize("profile,key,value,verdict", [
    ("national-2017", "quota_allocation_rate", 0.50, "pass"),
    ("gansu-jinchang", "quota_allocation_rate", 0.50, "fail"),
    ("gansu-jinchang", "quota_allocation_rate", 0.60, "pass"),
    ("gansu-jinchang", "special_ed_funds_per_student", 7000, "pass"),
    ("gansu-jinchang", "special_ed_funds_per_student", 6999, "fail"),
    (str(DATA / "profile_special_ed_6500.json"), "special_ed_funds_per_student", 6500, "pass"),
    (str(DATA / "profile_special_ed_6500.json"), "special_ed_funds_per_student", 6499, "fail"),
    (str(DATA / "profile_special_ed_6500.json"), "quota_allocation_rate", 0.40, "pass"),
])
def test_profiles(profile, key, value, verdict):
    r = yjjh.evaluate(COMPLIANT, facts=facts(**{key: value}), profile=profile)
    assert r.verdict == verdict
    assert codes(r) == ([] if verdict == "pass" else [ITEM_OF[key]])


def test_gansu_standards():
    t = yjjh.standards("gansu-jinchang")
    n = yjjh.standards("national-2017")
    key = ["key", "stage"]
    merged = t.merge(n, on=key, suffixes=("_g", "_n"), how="outer")
    assert len(merged) == len(t) == len(n)
    diff = merged[merged.value_g != merged.value_n]
    assert sorted(diff.key) == ["quota_allocation_rate", "special_ed_funds_per_student"]
    assert float(diff[diff.key == "special_ed_funds_per_student"].value_g.iloc[0]) == 7000
    assert float(diff[diff.key == "quota_allocation_rate"].value_g.iloc[0]) == 0.6


def test_invalid_profile_file():
    with pytest.raises(yjjh.YjjhError) as e:
        yjjh.evaluate(COMPLIANT, facts=FACTS, profile=str(DATA / "profile_invalid.json"))
    assert "standards.quota_allocation_rate" in str(e.value)


@pytest.mark.parametrize("name,composite,verdict", [
    ("basic_2012_pass.csv", 0.65, "pass"), ("basic_2012_fail.csv", 27 / 41, "fail")])
def test_national_2012_composite(name, composite, verdict):
    r = yjjh.evaluate(DATA / name, facts=FAILING, profile="national-2012-basic")
    assert r.verdict == verdict
    assert len(r.items) == 0
    st = r.stages.iloc[0]
    assert st["stage"] == "primary"
    assert math.isclose(st["composite_cv"], composite, rel_tol=1e-12)
    assert codes(r) == ([] if verdict == "pass" else ["composite_cv"])
