# SPDX-License-Identifier: MIT
"""pandas-shaped results (issue 15): schools indexed by school_id with school_type and location, integers as
integers, stage an ordered categorical, to_csv/to_json like pandas, read_schools from a path, bytes or a
file object."""

import csv
import io
import json

import numpy as np
import pandas as pd
import pytest

import yjjh

from conftest import EXAMPLES_DATA

JINCHUAN = EXAMPLES_DATA / "jinchuan.csv"


@pytest.fixture(scope="module")
def result():
    return yjjh.evaluate(JINCHUAN)


def input_rows():
    """The example's rows as the csv module reads them (independent of the C reader)."""
    with open(JINCHUAN, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_schools_indexed_by_school_id_with_type_and_location(result):
    schools = result.schools
    assert schools.index.name == "school_id" and "school_id" not in schools.columns
    by_id = {r["school_id"]: r for r in input_rows()}
    assert set(schools.index) == set(by_id)
    for sid, row in schools.iterrows():
        assert row["school_type"] == by_id[sid]["school_type"], sid
        assert row["location"] == by_id[sid]["location"], sid
        assert row["school_name"] == by_id[sid]["school_name"], sid
    one = schools.loc["2162030201"]  # 金川区第一小学, urban primary school with 1760 pupils (the CSV above)
    assert (one["school_type"], one["location"], one["students"]) == ("primary", "urban", 1760)


def test_school_columns_absent_from_the_input_are_none():
    frame = yjjh.read_schools(JINCHUAN).drop(columns=["location"])
    schools = yjjh.evaluate(frame).schools
    assert schools["location"].isna().all() and schools["school_type"].notna().all()


def test_integers_are_integers(result):
    schools = result.schools
    assert schools["students"].dtype == np.int64
    assert str(schools["met_count"].dtype) == "Int64"
    in_scope = schools[schools["in_scope"]]
    assert in_scope["met_count"].notna().all()
    assert schools.loc[~schools["in_scope"], "met_count"].isna().all()   # not computed: <NA>
    assert result.indicators["schools_meeting"].dtype == np.int64
    doc = result.to_dict()
    parts = [p for c in doc["counties"] for p in c["schools"] if p["in_scope"]]
    assert in_scope["met_count"].tolist() == [p["met_count"] for p in parts]


def test_stage_is_an_ordered_categorical(result):
    for frame in (result.schools, result.indicators, result.reasons, result.stages):
        stage = frame["stage"]
        assert isinstance(stage.dtype, pd.CategoricalDtype) and stage.dtype.ordered
        assert list(stage.cat.categories[:2]) == ["primary", "junior"]
    schools = result.schools
    assert (schools.loc["2162030221", "stage"] < "junior").tolist() == [True, False]  # 一贯制: primary < junior
    ordered = schools.dropna(subset=["stage"]).sort_values("stage", kind="stable")["stage"].tolist()
    assert ordered == sorted(ordered, key=["primary", "junior"].index)


def test_to_json_and_to_csv_return_text_or_write_a_file(result, tmp_path):
    text = result.to_json()
    assert json.loads(text)["counties"][0]["verdict"] == result.verdict
    assert result.to_json(tmp_path / "r.json") is None
    assert (tmp_path / "r.json").read_bytes() == text.encode("utf-8")
    csv_text = result.to_csv()
    assert result.to_csv(str(tmp_path / "r.csv")) is None
    assert (tmp_path / "r.csv").read_bytes() == csv_text.encode("utf-8")
    buf = io.StringIO()
    assert result.to_csv(buf) is None and buf.getvalue() == csv_text
    raw = io.BytesIO()
    result.to_json(raw)
    assert raw.getvalue() == text.encode("utf-8")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.csv", "r.json"]  # no temporary file left


def test_failed_write_leaves_no_file(result, tmp_path):
    with pytest.raises(OSError):
        result.to_json(tmp_path / "no-such-dir" / "r.json")
    assert list(tmp_path.iterdir()) == []


def test_read_schools_from_path_bytes_and_file_objects():
    by_path = yjjh.read_schools(JINCHUAN)
    data = JINCHUAN.read_bytes()
    pd.testing.assert_frame_equal(yjjh.read_schools(data), by_path)
    pd.testing.assert_frame_equal(yjjh.read_schools(io.BytesIO(data)), by_path)
    with open(JINCHUAN, "rb") as f:
        pd.testing.assert_frame_equal(yjjh.read_schools(f), by_path)
    with open(JINCHUAN, encoding="utf-8") as f:
        pd.testing.assert_frame_equal(yjjh.read_schools(f), by_path)
    gbk = (EXAMPLES_DATA / "jinchuan_zh_gb18030.csv").read_bytes()
    pd.testing.assert_frame_equal(yjjh.read_schools(gbk)[["primary_students"]], by_path[["primary_students"]])
    with pytest.raises(TypeError):
        yjjh.read_schools(12)


def test_file_object_errors_name_the_stream():
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(io.BytesIO(b"school_id,primary_students\nA,12a\n"))
    assert e.value.problems[0].line == 2
    assert e.value.problems[0].message.startswith("<stream>:2: column primary_students")


def test_evaluate_and_facts_from_bytes():
    facts = (EXAMPLES_DATA / "jinchuan_facts.json").read_bytes()
    a = yjjh.evaluate(JINCHUAN.read_bytes(), facts=facts)
    b = yjjh.evaluate(JINCHUAN, facts=EXAMPLES_DATA / "jinchuan_facts.json")
    assert a.to_json() == b.to_json()
    assert yjjh.read_facts(io.BytesIO(facts)) == yjjh.read_facts(EXAMPLES_DATA / "jinchuan_facts.json")
