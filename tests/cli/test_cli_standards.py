# SPDX-License-Identifier: MIT
"""`yjjh standards` against the tables of indicators.md (numbers written here from the spec, not from the code)."""
import json

import pytest

from cli_util import run, text

# indicators.md §2 (primary, junior), §4 CV maxima, §3 school rule, §1 teaching points, §2.1 weights,
# §5 G3/G4/G5/G7/G14/G15, §6 Q1/Q2/Q9/S1, §7 eligibility, §8 staffing and class sizes.
NATIONAL_2017 = {
    ("R1", "primary"): 4.2, ("R1", "junior"): 5.3,
    ("R2", "primary"): 1.0, ("R2", "junior"): 1.0,
    ("R3", "primary"): 0.9, ("R3", "junior"): 0.9,
    ("R4", "primary"): 4.5, ("R4", "junior"): 5.8,
    ("R5", "primary"): 7.5, ("R5", "junior"): 10.2,
    ("R6", "primary"): 2000, ("R6", "junior"): 2500,
    ("R7", "primary"): 2.3, ("R7", "junior"): 2.4,
    ("cv_max", "primary"): 0.50, ("cv_max", "junior"): 0.45,
    ("school_min_met", None): 6, ("school_floor_ratio", None): 0.85,
    ("teaching_point_min_students", None): 50,
    ("stage_weight", "primary"): 1.0, ("stage_weight", "junior"): 1.1, ("stage_weight", "senior"): 1.32,
    ("max_class_size", "primary"): 45, ("max_class_size", "junior"): 50,
    ("large_class_size", None): 55, ("super_large_class_size", None): 65,
    ("max_school_size", "primary"): 2000, ("max_school_size", "junior"): 2000,
    ("max_school_size_nine_year", None): 2500,
    ("staff_ratio", "primary"): 19, ("staff_ratio", "junior"): 13.5, ("staff_ratio", "senior"): 12.5,
    ("fulltime_teacher_share", "primary"): 0.91, ("fulltime_teacher_share", "junior"): 0.85,
    ("music_room_min_area", None): 96, ("art_room_min_area", None): 90,
    ("special_ed_funds_per_student", None): 6000,
    ("quota_allocation_rate", None): 0.50, ("migrant_public_rate", None): 0.85,
    ("junior_retention_rate", None): 0.95, ("disabled_enrolment_rate", None): 0.95,
    ("training_funds_share", None): 0.05, ("monitoring_school_gap", None): 0.15,
    ("social_recognition_rate", None): 0.85,
    ("rotation_rate", None): 0.10, ("rotation_backbone_share", None): 0.20,
    ("nearby_enrolment", "primary"): 1.0, ("nearby_enrolment", "junior"): 0.95,
    ("basic_cv_3y", "primary"): 0.60, ("basic_cv_3y", "junior"): 0.50,
    ("basic_balance_years", None): 3,
}


def standards(*args):
    r = run("standards", *args, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    doc = json.loads(r.stdout)
    table = {}
    for s in doc["standards"]:
        key = (s["key"], s["stage"])
        assert key not in table, f"duplicate entry {key}"
        table[key] = s["value"]
    return doc, table


def test_national_2017_json_matches_spec():
    doc, table = standards()
    assert doc["profile"] == "national-2017"
    wrong = {k: (table.get(k), v) for k, v in NATIONAL_2017.items() if table.get(k) != pytest.approx(v, rel=1e-15)}
    assert not wrong, wrong


def test_national_2017_text_lists_the_same_numbers():
    r = run("standards")
    assert r.returncode == 0
    rows = {}
    for ln in text(r.stdout).splitlines():
        parts = ln.split()
        if len(parts) >= 3 and parts[1] in ("primary", "junior", "senior", "-"):
            try:
                rows[(parts[0], None if parts[1] == "-" else parts[1])] = float(parts[2])
            except ValueError:
                pass
    wrong = {k: (rows.get(k), v) for k, v in NATIONAL_2017.items() if rows.get(k) != pytest.approx(v, rel=1e-9)}
    assert not wrong, wrong
    assert "生均教学及辅助用房面积" in text(r.stdout)


def test_2012_profile_has_b1_to_b8_and_composite_maxima():
    doc, table = standards("--profile", "national-2012-basic")
    codes = [i["code"] for i in doc["indicators"]]
    assert codes == [f"B{i}" for i in range(1, 9)]
    values = {k: v for k, v in table.items()}
    # §8: composite CV ≤ 0.65 (primary) and ≤ 0.55 (junior)
    composite = [v for (k, st), v in values.items() if "composite" in k]
    assert pytest.approx(0.65) in composite and pytest.approx(0.55) in composite, values


def test_gansu_profile_overrides():
    doc, table = standards("--profile", "gansu-jinchang")
    # indicators.md §8: 特殊教育生均公用经费 ≥ 7000, 优质高中名额分配 ≥ 60 %
    assert table[("special_ed_funds_per_student", None)] == 7000
    assert table[("quota_allocation_rate", None)] == pytest.approx(0.60, rel=1e-15)
    assert table[("R4", "junior")] == pytest.approx(5.8, rel=1e-15)  # inherited


def test_facts_list_has_every_fact_of_the_spec():
    r = run("standards", "--facts", "--format", "json")
    assert r.returncode == 0
    facts = {f["key"]: f["name_zh"] for f in json.loads(r.stdout)["facts"]}
    spec = """evaluation_year basic_balance_year layout_reasonable standards_enforced small_school_funding
        special_ed_funds_per_student teacher_salary civil_servant_salary training_360h_rate staffing_coordinated
        rotation_rate rotation_backbone_share certified_rate nearby_enrolment_primary nearby_enrolment_junior
        quota_allocation_rate left_behind_care migrant_public_rate junior_retention_rate disabled_enrolment_rate
        school_charters_it training_funds_share teacher_it_use moral_education_good curriculum_complete
        no_excess_burden monitoring_level monitoring_school_gap social_recognition_rate veto_exam_admission
        veto_school_choice veto_key_schools veto_key_classes veto_major_incident basic_cv_primary_3y
        basic_cv_junior_3y education_budget budget_per_student""".split()
    assert sorted(facts) == sorted(spec)
    assert facts["evaluation_year"] == "评估年份"
    assert facts["basic_balance_year"] == "基本均衡认定年份"
    assert all(facts.values())
    r = run("standards", "--facts")
    assert r.returncode == 0 and "评估年份" in text(r.stdout)


def test_standards_profile_file(tmp_path):
    p = tmp_path / "p.json"
    p.write_text(json.dumps({"name": "t", "extends": "national-2017", "standards": {"R4": {"primary": 5.0}}}))
    doc, table = standards("--profile", str(p))
    assert table[("R4", "primary")] == 5.0
    assert table[("R4", "junior")] == pytest.approx(5.8)
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"name": "t", "extends": "national-2017", "standards": {"nonsense": 1}}))
    r = run("standards", "--profile", str(bad))
    assert r.returncode == 65
    assert "nonsense" in text(r.stderr)
