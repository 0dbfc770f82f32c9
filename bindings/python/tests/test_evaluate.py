# SPDX-License-Identifier: MIT
"""evaluate(): files and DataFrames, against the independent reference results (tests/data/golden)."""

import json
import math
import os
import subprocess
import tempfile

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import yjjh

from conftest import EXAMPLES_DATA, GOLDEN, close

JINCHUAN = EXAMPLES_DATA / "jinchuan.csv"
JINCHUAN_ZH = EXAMPLES_DATA / "jinchuan_zh_gb18030.csv"


@pytest.fixture(scope="module")
def jinchuan():
    return yjjh.evaluate(JINCHUAN)


def compare_with_golden(result, golden):
    """Resource results (stages, indicators, school parts) equal the reference evaluator's."""
    ind = result.indicators
    stages = result.stages
    for gc in golden["counties"]:
        code = gc["county_code"] or ""
        for stage, gs in gc["stages"].items():
            srow = stages[(stages.county_code == code) & (stages.stage == stage)].iloc[0]
            assert srow["students"] == gs["students"]
            assert srow["schools_in_scope"] == gs["schools_in_scope"]
            assert srow["schools_passing"] == gs["schools_passing"]
            for icode, gi in gs["indicators"].items():
                row = ind[(ind.county_code == code) & (ind.stage == stage) & (ind.indicator == icode)].iloc[0]
                assert close(row["standard"], gi["standard"], rel=0), (stage, icode)
                assert close(row["county_value"], gi["county_value"], rel=1e-14), (stage, icode)
                if gi["cv"] is None:
                    assert math.isnan(row["cv"]) and not row["cv_met"]
                else:
                    assert close(row["cv"], gi["cv"], rel=1e-12), (stage, icode)
                    assert bool(row["cv_met"]) == gi["cv_met"]
                assert row["schools_meeting"] == gi["schools_meeting"], (stage, icode)
        schools = result.schools[result.schools.county_code == code].reset_index()  # index school_id -> column
        assert len(schools) == len(gc["schools"])
        for (_, row), gp in zip(schools.iterrows(), gc["schools"]):
            assert row["school_id"] == gp["school_id"]
            assert (None if pd.isna(row["stage"]) else row["stage"]) == gp["stage"]
            assert bool(row["in_scope"]) == gp["in_scope"]
            assert row["excluded_reason"] == gp["excluded_reason"]
            if not gp["in_scope"]:
                continue
            assert row["students"] == gp["students"]
            for icode, v in gp["values"].items():
                assert close(row[icode], v, rel=1e-14), (gp["school_id"], icode)
                assert bool(row[icode + "_met"]) == gp["met"][icode]
                assert close(row[icode + "_ratio"], gp["ratios"][icode], rel=1e-14)
            for icode, v in gp["shortfalls"].items():
                assert close(row[icode + "_shortfall"], v, rel=1e-12), (gp["school_id"], icode)
            assert row["met_count"] == gp["met_count"]
            assert bool(row["passed"]) == gp["passed"]


def load_golden(name):
    with open(GOLDEN / name, encoding="utf-8") as f:
        return json.load(f)


def test_jinchuan_file_matches_golden(jinchuan):
    compare_with_golden(jinchuan, load_golden("jinchuan.expected.json"))


def test_two_counties_matches_golden():
    r = yjjh.evaluate(EXAMPLES_DATA / "two_counties.csv")
    compare_with_golden(r, load_golden("two_counties.expected.json"))
    assert set(r.verdicts) == {"620302", "620321"}
    with pytest.raises(ValueError):
        r.verdict
    assert set(r.stages[r.stages.county_code == "620321"]["stage"]) == {"primary"}


def test_worked_example(worked_frame):
    r = yjjh.evaluate(worked_frame)
    compare_with_golden(r, load_golden("worked_example.expected.json"))
    row = r.indicators.set_index("indicator").loc["R4"]
    assert close(row["cv"], 0.131533410441164, rel=1e-13)
    assert close(row["county_value"], 34 / 7, rel=1e-15)
    b = r.schools.loc["B"]  # indexed by school_id
    assert not b["R4_met"] and close(b["R4_shortfall"], 250.0, rel=1e-12) and b["passed"]


def test_jinchuan_verdict_and_failing_school(jinchuan):
    # examples/data/README.md: only school 09 fails the school rule; without facts the verdict is fail.
    assert jinchuan.verdict == "fail"
    failing = jinchuan.failing_schools()
    assert list(failing.index) == ["2162030209"]
    assert not failing.iloc[0]["R3_met"] and not failing.iloc[0]["R4_met"]
    assert failing.iloc[0]["R3_shortfall"] == 1 and close(failing.iloc[0]["R4_shortfall"], 118, rel=1e-12)
    assert (jinchuan.reasons["school_id"] == "2162030209").any()
    parts = jinchuan.schools
    assert len(parts.loc["2162030221"]) == 2                          # 九年一贯制: two parts, one label
    assert parts.loc["2162030221", "stage"].tolist() == ["primary", "junior"]
    special = parts.loc["2162030224"]
    assert pd.isna(special["stage"]) and special["excluded_reason"] == "special"


def test_facts_dict_file_and_year(jinchuan):
    with_file = yjjh.evaluate(JINCHUAN, facts=EXAMPLES_DATA / "jinchuan_facts.json")
    assert with_file.verdict == "fail"
    codes = set(with_file.reasons["code"])
    assert "S1" not in codes and "G14" not in codes
    facts = yjjh.read_facts(EXAMPLES_DATA / "jinchuan_facts.csv")
    assert type(facts) is dict and list(facts) == ["620302"]
    # The CSV ("100%", "是", "true", …) and the JSON file hold the same facts: read_facts gives the JSON's
    # values as floats (booleans 1.0/0.0, rates as fractions), keys in the catalogue order.
    with open(EXAMPLES_DATA / "jinchuan_facts.json", encoding="utf-8") as f:
        expected = {c: {k: float(v) for k, v in d.items()} for c, d in json.load(f).items()}
    assert facts == expected
    assert list(facts["620302"]) == [k for k in yjjh.fact_keys()["key"] if k in expected["620302"]]
    assert yjjh.read_facts(EXAMPLES_DATA / "jinchuan_facts.json") == expected
    assert yjjh.evaluate(JINCHUAN, facts=facts).to_json() == with_file.to_json()
    zh = {"620302": {"评估年份": 2026, **{k: v for k, v in facts["620302"].items() if k != "evaluation_year"}}}
    assert yjjh.evaluate(JINCHUAN, facts=zh).to_json() == with_file.to_json()
    failing = yjjh.evaluate(JINCHUAN, facts=EXAMPLES_DATA / "jinchuan_facts_failing.json")
    items = failing.items.set_index("code")
    assert items.loc["S1", "status"] == "not_met" and items.loc["G14", "status"] == "not_met"
    by_year = yjjh.evaluate(JINCHUAN, facts={"": {"evaluation_year": 2026}})
    assert by_year.to_json() == yjjh.evaluate(JINCHUAN, year=2026).to_json()
    assert yjjh.evaluate(JINCHUAN, facts={"620302": {"social_recognition_rate": "80%"}}) \
        .items.set_index("code").loc["S1", "status"] == "not_met"
    with pytest.raises(yjjh.UnknownCodeError):
        yjjh.evaluate(JINCHUAN, facts={"620302": {"no_such_fact": 1}})


def test_dataframe_equals_file(jinchuan):
    frame = pd.read_csv(JINCHUAN, dtype=str)                 # every cell as text
    assert yjjh.evaluate(frame).to_json() == jinchuan.to_json()
    frame = pd.read_csv(JINCHUAN)                            # numbers as numbers, ids as int64
    assert yjjh.evaluate(frame).to_json() == jinchuan.to_json()
    assert yjjh.evaluate(yjjh.read_schools(JINCHUAN)).to_json() == jinchuan.to_json()


def test_chinese_gb18030_dataframe_equals_file(jinchuan):
    frame = pd.read_csv(JINCHUAN_ZH, encoding="gb18030", dtype=str)
    assert "教学仪器设备值(万元)" in frame.columns
    result = yjjh.evaluate(frame)
    assert result.to_json() == yjjh.evaluate(JINCHUAN_ZH).to_json()
    pd.testing.assert_frame_equal(result.indicators, jinchuan.indicators, rtol=1e-13)


def test_read_schools(jinchuan):
    df = yjjh.read_schools(JINCHUAN)
    assert len(df) == 24
    assert df["school_id"].iloc[0] == "2162030201" and df["primary_students"].iloc[0] == 1760
    assert math.isnan(df["junior_students"].iloc[0])                   # empty cell = missing, not 0
    zh = yjjh.read_schools(JINCHUAN_ZH)
    assert list(zh.columns) == list(df.columns)
    pd.testing.assert_frame_equal(zh[["primary_students", "equipment_value"]],
                                  df[["primary_students", "equipment_value"]])


def test_dataframe_errors_name_row_and_column():
    """A frame's problems name the row by the frame's index label (issue 15), not a CSV line."""
    frame = pd.read_csv(JINCHUAN, dtype=str)
    frame.loc[1, "primary_students"] = "12a"
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert e.value.diagnostics == ['row 1: column primary_students: "12a" is not a number']
    frame = pd.read_csv(JINCHUAN)
    frame.loc[2, "school_id"] = frame.loc[1, "school_id"]
    frame.loc[5, "primary_students"] = -3
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert len(e.value.diagnostics) >= 2
    assert any(d.startswith("row 2: column school_id") for d in e.value.diagnostics), e.value.diagnostics
    assert any(d.startswith("row 5: column primary_students") for d in e.value.diagnostics), e.value.diagnostics
    assert {(p.row, p.column) for p in e.value.problems} >= {(2, "school_id"), (5, "primary_students")}
    assert all(p.line is None for p in e.value.problems)
    zh = pd.read_csv(JINCHUAN_ZH, encoding="gb18030", dtype=str)
    zh.loc[0, "小学在校生数"] = "-5"
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(zh)
    assert any("小学在校生数" in d for d in e.value.diagnostics), e.value.diagnostics


def test_result_exports(jinchuan):
    d = jinchuan.to_dict()
    assert d["profile"] == "national-2017" and d["yjjh_version"] == yjjh.__version__
    assert d["counties"][0]["verdict"] == jinchuan.verdict
    assert jinchuan.to_csv().splitlines()[0].startswith(("school_id", "county_code"))
    html = jinchuan._repr_html_()
    assert "fail" in html and "R5" in html
    assert "fail" in repr(jinchuan)


def test_to_json_identical_to_cli(jinchuan):
    cli = os.environ.get("YJJH_CLI")
    if not cli:
        pytest.skip("YJJH_CLI not set (the yjjh tool is not built)")
    # The sanitizer build preloads the ASan runtime for Python; the CLI carries its own.
    env = {k: v for k, v in os.environ.items() if k != "LD_PRELOAD"}
    out = subprocess.run([cli, "evaluate", str(JINCHUAN), "--format", "json"], capture_output=True, check=True,
                         env=env)
    assert out.stdout.decode("utf-8").strip() == jinchuan.to_json().strip()


def test_profile_2012(jinchuan):
    r = yjjh.evaluate(JINCHUAN, profile="national-2012-basic")
    assert set(r.indicators["indicator"]) == {"B%d" % i for i in range(1, 9)}
    assert "passed" not in r.schools.columns
    assert r.stages["composite_cv"].notna().all()


# A small random county (primary schools only): DataFrame and CSV must give the same result.
school = st.fixed_dictionaries({
    "students": st.integers(min_value=1, max_value=3000),
    "above": st.integers(0, 200), "backbone": st.integers(0, 60), "pe": st.integers(0, 40),
    "area": st.integers(0, 20000), "sports": st.integers(0, 40000), "equipment": st.integers(0, 9_000_000),
    "rooms": st.integers(0, 80),
})


@settings(max_examples=25, deadline=None)
@given(st.lists(school, min_size=1, max_size=8))
def test_dataframe_and_csv_agree(rows):
    frame = pd.DataFrame({
        "school_id": ["S%d" % i for i in range(len(rows))],
        "school_type": "primary",
        "primary_students": [r["students"] for r in rows],
        "primary_teachers_above_degree": [r["above"] for r in rows],
        "primary_backbone_teachers": [r["backbone"] for r in rows],
        "primary_pe_art_teachers": [r["pe"] for r in rows],
        "teaching_area": [r["area"] for r in rows],
        "sports_area": [r["sports"] for r in rows],
        "equipment_value": [r["equipment"] for r in rows],
        "multimedia_rooms": [r["rooms"] for r in rows],
    })
    with tempfile.TemporaryDirectory() as d:
        path = os.path.join(d, "schools.csv")
        frame.to_csv(path, index=False)
        from_file = yjjh.evaluate(path)
    from_frame = yjjh.evaluate(frame)
    assert from_frame.to_json() == from_file.to_json()
    ind = from_frame.indicators.set_index("indicator")
    x = np.array([r["area"] / r["students"] for r in rows])
    p = np.array([r["students"] for r in rows], dtype=float)
    if x.sum() > 0:
        mean = np.sum(p * x) / np.sum(p)
        assert close(ind.loc["R4", "cv"], np.sqrt(np.sum(p * (x - mean) ** 2) / np.sum(p)) / mean,
                     rel=1e-9, abs_=1e-12)
    else:
        assert math.isnan(ind.loc["R4", "cv"])


def test_dataframe_duplicate_and_unknown_columns():
    frame = pd.read_csv(JINCHUAN)
    frame["my_notes"] = "x"                                  # unknown columns are ignored
    assert yjjh.evaluate(frame).verdict == "fail"
    frame["小学在校生数"] = frame["primary_students"]            # same column twice (English + Chinese)
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert "duplicate column" in e.value.diagnostics[0]


def test_dataframe_unit_suffix_scales():
    frame = pd.read_csv(JINCHUAN)
    wan = frame.rename(columns={"equipment_value": "教学仪器设备值(万元)"})
    wan["教学仪器设备值(万元)"] = wan["教学仪器设备值(万元)"] / 10000
    a = yjjh.evaluate(frame).indicators
    b = yjjh.evaluate(wan).indicators
    pd.testing.assert_frame_equal(a, b, rtol=1e-13)
