# SPDX-License-Identifier: MIT
"""The county verdict through `yjjh evaluate` (indicators.md §5–8, cli.md): items, vetoes, eligibility, profiles.

Expected values are written here by hand from the spec; the fixtures are described in tests/data/verdict/README.md.
"""
import json
import os

import pytest

from cli_util import EXAMPLES, SOURCE_DIR, run, text, write

DATA = os.path.join(SOURCE_DIR, "tests", "data", "verdict")
COMPLIANT = os.path.join(DATA, "jinchuan_compliant.csv")
FACTS = os.path.join(DATA, "facts_complete.json")
FAILING = os.path.join(DATA, "facts_failing.json")
COUNTY = "620302"

with open(FACTS, encoding="utf-8") as _f:
    COMPLETE = json.load(_f)[COUNTY]

# Fact key → the item that needs it (data-format.md §3, indicators.md §5–7). The optional basic_cv_*_3y are
# handled separately.
ITEM_OF = {
    "evaluation_year": "eligibility_basic_balance", "basic_balance_year": "eligibility_basic_balance",
    "layout_reasonable": "G1", "standards_enforced": "G2", "small_school_funding": "G6",
    "special_ed_funds_per_student": "G7", "teacher_salary": "G8", "civil_servant_salary": "G8",
    "training_360h_rate": "G9", "staffing_coordinated": "G10", "rotation_rate": "G11",
    "rotation_backbone_share": "G11", "certified_rate": "G12", "nearby_enrolment_primary": "G13",
    "nearby_enrolment_junior": "G13", "quota_allocation_rate": "G14", "left_behind_care": "G15",
    "migrant_public_rate": "G15", "junior_retention_rate": "Q1", "disabled_enrolment_rate": "Q2",
    "school_charters_it": "Q3", "training_funds_share": "Q4", "teacher_it_use": "Q5",
    "moral_education_good": "Q6", "curriculum_complete": "Q7", "no_excess_burden": "Q8",
    "monitoring_level": "Q9", "monitoring_school_gap": "Q9", "social_recognition_rate": "S1",
    "veto_exam_admission": "veto_exam_admission", "veto_school_choice": "veto_school_choice",
    "veto_key_schools": "veto_key_schools", "veto_key_classes": "veto_key_classes",
    "veto_major_incident": "veto_major_incident",
}
ITEMS = [f"G{i}" for i in range(1, 16)] + [f"Q{i}" for i in range(1, 10)] + ["S1"]
VETOES = ["veto_exam_admission", "veto_school_choice", "veto_key_schools", "veto_key_classes",
          "veto_major_incident"]


def evaluate(*args, schools=COMPLIANT, rc=0):
    r = run("evaluate", schools, "--format", "json", *args)
    assert r.returncode == rc, text(r.stderr)
    doc = json.loads(r.stdout)
    assert len(doc["counties"]) == 1
    return doc, doc["counties"][0]


def facts_file(tmp_path, drop=(), name="facts.json", **changes):
    """The complete facts without `drop`, with `changes`, as a JSON file."""
    f = {k: v for k, v in COMPLETE.items() if k not in drop}
    f.update(changes)
    return write(tmp_path / name, json.dumps({COUNTY: f}, ensure_ascii=False))


def codes(county):
    return sorted(r["code"] for r in county["reasons"])


# ---- pass and fail of the whole county ----

def test_compliant_county_passes_and_check_exits_0():
    doc, c = evaluate("--facts", FACTS)
    assert doc["profile"] == "national-2017"
    assert c["county_code"] == COUNTY
    assert c["verdict"] == "pass"
    assert c["reasons"] == []
    for code in ITEMS + VETOES + ["eligibility_basic_balance", "eligibility_basic_cv_primary",
                                 "eligibility_basic_cv_junior"]:
        assert c["items"][code]["status"] == "met", (code, c["items"][code])
    # G4 from the rows: the school closest to its limit is 金川区第一小学, 1760 of 2000
    assert c["items"]["G4"]["value"] == 1760 and c["items"]["G4"]["required"] == 2000
    assert run("evaluate", COMPLIANT, "--facts", FACTS, "--check").returncode == 0


def test_failing_facts_name_exactly_the_failing_items_and_check_exits_2():
    doc, c = evaluate("--facts", FAILING)
    assert c["verdict"] == "fail"
    assert codes(c) == ["G14", "S1", "veto_key_classes"]
    reasons = {r["code"]: r for r in c["reasons"]}
    assert reasons["S1"]["value"] == 0.8 and reasons["S1"]["required"] == 0.85
    assert reasons["G14"]["value"] == 0.45 and reasons["G14"]["required"] == 0.5
    assert c["items"]["S1"]["status"] == "not_met"
    assert c["items"]["G14"]["status"] == "not_met"
    assert c["items"]["veto_key_classes"]["status"] == "not_met"
    assert c["items"]["G7"]["status"] == "met"
    assert run("evaluate", COMPLIANT, "--facts", FAILING, "--check").returncode == 2


def test_example_county_fails_only_on_school_2162030209():
    # examples/data/jinchuan.csv: 2162030209 has R3 2 × 100 / 236 = 0.847 < 0.9 and R4 944 / 236 = 4.0 < 4.5,
    # so 5 of 7 indicators: the school rule (6 of 7) fails; everything else of the county is met.
    doc, c = evaluate("--facts", FACTS, schools=os.path.join(EXAMPLES, "jinchuan.csv"))
    assert c["verdict"] == "fail"
    assert codes(c) == ["school_rule"]
    assert c["reasons"][0]["school_id"] == "2162030209"
    assert all(c["items"][k]["status"] == "met" for k in ITEMS)
    assert run("evaluate", os.path.join(EXAMPLES, "jinchuan.csv"), "--facts", FACTS, "--check").returncode == 2


def test_csv_facts_file_gives_the_same_verdict():
    doc, c = evaluate("--facts", os.path.join(EXAMPLES, "jinchuan_facts.csv"))
    assert c["verdict"] == "pass" and c["reasons"] == []


def test_without_facts_incomplete_never_pass():
    doc, c = evaluate()
    assert c["verdict"] == "incomplete"
    for k in ("G3", "G4", "G5", "G12", "Q4"):   # computed from the rows
        assert c["items"][k]["status"] == "met", k
    for k in ("G1", "G7", "S1", "veto_key_classes"):
        assert c["items"][k]["status"] == "not_assessed", k
    assert run("evaluate", COMPLIANT, "--check").returncode == 2


# ---- each fact missing, each veto ----

@pytest.mark.parametrize("key", sorted(ITEM_OF))
def test_each_missing_fact_makes_exactly_its_item_not_assessed(tmp_path, key):
    if key in ("certified_rate", "training_funds_share"):
        # G12 and Q4 come from the school columns of this file; the facts are then not needed
        doc, c = evaluate("--facts", facts_file(tmp_path, drop=[key]))
        assert c["verdict"] == "pass"
        return
    doc, c = evaluate("--facts", facts_file(tmp_path, drop=[key]))
    item = ITEM_OF[key]
    assert c["verdict"] == "incomplete"
    assert c["items"][item]["status"] == "not_assessed"
    assert [k for k, v in c["items"].items() if v["status"] != "met"] == [item]
    assert codes(c) == [item]
    assert key in c["reasons"][0]["message"]


@pytest.mark.parametrize("key", ["certified_rate", "training_funds_share"])
def test_missing_g12_q4_facts_matter_without_the_school_columns(tmp_path, key):
    # drop the certified_teachers / training_funds + public_funds columns: G12 / Q4 come from the fact
    with open(COMPLIANT, encoding="utf-8") as f:
        lines = f.read().splitlines()
    header = lines[0].split(",")
    gone = {"certified_rate": {"certified_teachers"},
            "training_funds_share": {"training_funds", "public_funds"}}[key]
    keep = [i for i, h in enumerate(header) if h not in gone]
    rows = [",".join(ln.split(",")[i] for i in keep) for ln in lines]
    schools = write(tmp_path / "schools.csv", "\n".join(rows) + "\n")
    item = ITEM_OF[key]
    doc, c = evaluate("--facts", FACTS, schools=schools)
    assert c["verdict"] == "pass"
    doc, c = evaluate("--facts", facts_file(tmp_path, drop=[key]), schools=schools)
    assert c["verdict"] == "incomplete" and codes(c) == [item]
    assert c["items"][item]["status"] == "not_assessed"


@pytest.mark.parametrize("key", ["basic_cv_primary_3y", "basic_cv_junior_3y"])
def test_optional_basic_cv_facts_missing_means_no_item(tmp_path, key):
    doc, c = evaluate("--facts", facts_file(tmp_path, drop=[key]))
    assert c["verdict"] == "pass"
    assert key.replace("_3y", "").replace("basic_cv", "eligibility_basic_cv") not in c["items"]


@pytest.mark.parametrize("veto", VETOES)
def test_each_veto_fails(tmp_path, veto):
    doc, c = evaluate("--facts", facts_file(tmp_path, **{veto: True}))
    assert c["verdict"] == "fail"
    assert codes(c) == [veto]
    assert c["items"][veto]["status"] == "not_met"


# ---- thresholds: at the limit and just past it ----

@pytest.mark.parametrize("key,value,item,met", [
    ("junior_retention_rate", 0.95, "Q1", True), ("junior_retention_rate", 0.949, "Q1", False),
    ("nearby_enrolment_junior", 0.95, "G13", True), ("nearby_enrolment_junior", 0.949, "G13", False),
    ("migrant_public_rate", 0.85, "G15", True), ("migrant_public_rate", 0.849, "G15", False),
    ("social_recognition_rate", 0.85, "S1", True), ("social_recognition_rate", 0.849, "S1", False),
    ("social_recognition_rate", "85%", "S1", True), ("social_recognition_rate", "84.9%", "S1", False),
    ("monitoring_school_gap", 0.15, "Q9", False), ("monitoring_school_gap", 0.149, "Q9", True),
    ("monitoring_level", 3, "Q9", True), ("monitoring_level", 2, "Q9", False),
    ("special_ed_funds_per_student", 6000, "G7", True), ("special_ed_funds_per_student", 5999, "G7", False),
    ("quota_allocation_rate", 0.50, "G14", True), ("quota_allocation_rate", 0.499, "G14", False),
    ("teacher_salary", 96200, "G8", True), ("teacher_salary", 96199, "G8", False),   # civil servants 96200
    ("basic_balance_year", 2023, "eligibility_basic_balance", True),                # 2026 − 2023 = 3
    ("basic_balance_year", 2024, "eligibility_basic_balance", False),               # 2 years
    ("basic_cv_primary_3y", 0.60, "eligibility_basic_cv_primary", True),
    ("basic_cv_primary_3y", 0.61, "eligibility_basic_cv_primary", False),
    ("basic_cv_junior_3y", 0.50, "eligibility_basic_cv_junior", True),
    ("basic_cv_junior_3y", 0.51, "eligibility_basic_cv_junior", False),
])
def test_fact_thresholds(tmp_path, key, value, item, met):
    doc, c = evaluate("--facts", facts_file(tmp_path, **{key: value}))
    if met:
        assert c["verdict"] == "pass", c["reasons"]
        assert c["items"][item]["status"] == "met"
    else:
        assert c["verdict"] == "fail"
        assert codes(c) == [item]
        assert c["items"][item]["status"] == "not_met"


def test_year_option_gives_the_evaluation_year(tmp_path):
    # facts without evaluation_year; basic balance recognised in 2020
    f = facts_file(tmp_path, drop=["evaluation_year"])
    doc, c = evaluate("--facts", f)
    assert c["verdict"] == "incomplete" and codes(c) == ["eligibility_basic_balance"]
    doc, c = evaluate("--facts", f, "--year", "2023")          # 3 years
    assert c["verdict"] == "pass"
    doc, c = evaluate("--facts", f, "--year", "2022")          # 2 years
    assert c["verdict"] == "fail" and codes(c) == ["eligibility_basic_balance"]
    assert c["items"]["eligibility_basic_balance"]["value"] == 2
    assert run("evaluate", COMPLIANT, "--facts", f, "--year", "2022", "--check").returncode == 2


def test_year_option_without_facts_file():
    doc, c = evaluate("--year", "2026")
    assert c["verdict"] == "incomplete"
    # basic_balance_year is still missing: the eligibility item names it
    assert "basic_balance_year" in c["items"]["eligibility_basic_balance"]["message"]


def test_year_option_and_the_facts_evaluation_year(tmp_path):
    # `yjjh evaluate --help`: --year is the evaluation year "for counties whose facts do not give one"; the facts
    # give 2026 (2026 − 2020 = 6 years), so --year 2021 (1 year) does not change the verdict.
    doc, c = evaluate("--facts", FACTS, "--year", "2021")
    assert c["items"]["eligibility_basic_balance"]["status"] == "met"
    assert c["items"]["eligibility_basic_balance"]["value"] == 6


# ---- profiles ----

def standards_table(*args):
    r = run("standards", "--format", "json", *args)
    assert r.returncode == 0, text(r.stderr)
    doc = json.loads(r.stdout)
    return doc, {(s["key"], s["stage"]): s["value"] for s in doc["standards"]}


def test_standards_gansu_jinchang_is_national_except_two_values():
    doc, gansu = standards_table("--profile", "gansu-jinchang")
    _, national = standards_table("--profile", "national-2017")
    assert doc["profile"] == "gansu-jinchang"
    assert gansu[("special_ed_funds_per_student", None)] == 7000
    assert gansu[("quota_allocation_rate", None)] == 0.6
    assert national[("special_ed_funds_per_student", None)] == 6000
    assert national[("quota_allocation_rate", None)] == 0.5
    assert set(gansu) == set(national)
    diff = sorted(k for k in gansu if gansu[k] != national[k])
    assert diff == [("quota_allocation_rate", None), ("special_ed_funds_per_student", None)]
    r = run("standards", "--profile", "gansu-jinchang")
    assert r.returncode == 0
    lines = {ln.split()[0]: ln.split()[2] for ln in text(r.stdout).splitlines()
             if len(ln.split()) > 2 and ln.split()[0] in ("special_ed_funds_per_student", "quota_allocation_rate")}
    assert float(lines["special_ed_funds_per_student"]) == 7000
    assert float(lines["quota_allocation_rate"]) == 0.6


@pytest.mark.parametrize("profile,key,value,verdict", [
    ("national-2017", "quota_allocation_rate", 0.50, "pass"),
    ("gansu-jinchang", "quota_allocation_rate", 0.50, "fail"),
    ("gansu-jinchang", "quota_allocation_rate", 0.60, "pass"),
    ("gansu-jinchang", "special_ed_funds_per_student", 7000, "pass"),
    ("gansu-jinchang", "special_ed_funds_per_student", 6999, "fail"),
])
def test_gansu_jinchang_verdicts(tmp_path, profile, key, value, verdict):
    doc, c = evaluate("--facts", facts_file(tmp_path, **{key: value}), "--profile", profile)
    assert doc["profile"] == profile
    assert c["verdict"] == verdict
    if verdict == "fail":
        assert codes(c) == [ITEM_OF[key]]


def test_failing_facts_with_gansu_jinchang():
    # quota 0.45 < 0.60 still fails; special education 7500 ≥ 7000 is met
    doc, c = evaluate("--facts", FAILING, "--profile", "gansu-jinchang")
    assert codes(c) == ["G14", "S1", "veto_key_classes"]
    assert c["items"]["G14"]["required"] == 0.6
    assert c["items"]["G7"]["status"] == "met"


@pytest.mark.parametrize("g7,g14,verdict,failing", [
    (6500, 0.40, "pass", []), (6499, 0.40, "fail", ["G7"]), (6500, 0.399, "fail", ["G14"]),
])
def test_profile_file_extending_national(tmp_path, g7, g14, verdict, failing):
    f = facts_file(tmp_path, special_ed_funds_per_student=g7, quota_allocation_rate=g14)
    doc, c = evaluate("--facts", f, "--profile", os.path.join(DATA, "profile_special_ed_6500.json"))
    assert doc["profile"] == "test-special-ed-6500"
    assert c["verdict"] == verdict
    assert codes(c) == failing


def test_invalid_profile_file_exit_65_naming_the_key_path(tmp_path):
    bad = os.path.join(DATA, "profile_invalid.json")
    r = run("evaluate", COMPLIANT, "--facts", FACTS, "--profile", bad)
    assert r.returncode == 65
    assert "standards.quota_allocation_rate" in text(r.stderr)
    assert r.stdout == b""
    bad2 = write(tmp_path / "bad2.json", json.dumps(
        {"name": "x", "extends": "national-2017", "standards": {"cv_max": {"junior": "0.4"}}}))
    r = run("evaluate", COMPLIANT, "--profile", bad2)
    assert r.returncode == 65
    assert "standards.cv_max.junior" in text(r.stderr)
    out = tmp_path / "out.json"
    r = run("evaluate", COMPLIANT, "--profile", bad2, "-o", out)
    assert r.returncode == 65 and not out.exists()


# ---- national-2012-basic: the composite CV alone ----

@pytest.mark.parametrize("name,composite,verdict", [
    ("basic_2012_pass.csv", 0.65, "pass"),          # every CV (33 − 7) / (33 + 7) = 0.65 = maximum
    ("basic_2012_fail.csv", 27 / 41, "fail"),       # (34 − 7) / (34 + 7) = 0.6585… > 0.65
])
def test_national_2012_verdict_is_the_composite(name, composite, verdict):
    # the failing facts (vetoes, S1) play no part in the 2012 profile
    doc, c = evaluate("--facts", FAILING, "--profile", "national-2012-basic", schools=os.path.join(DATA, name))
    assert c["verdict"] == verdict
    assert c["items"] == {}
    st = c["stages"]["primary"]
    assert st["composite_cv"] == pytest.approx(composite, rel=1e-12)
    assert st["composite_cv_max"] == 0.65
    assert st["composite_cv_met"] == (verdict == "pass")
    assert codes(c) == ([] if verdict == "pass" else ["composite_cv"])
    check = run("evaluate", os.path.join(DATA, name), "--profile", "national-2012-basic", "--check")
    assert check.returncode == (0 if verdict == "pass" else 2)
