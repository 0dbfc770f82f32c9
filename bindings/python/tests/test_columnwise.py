# SPDX-License-Identifier: MIT
"""The Python layer hands whole columns to C and back (no per-row Python loops).

Two kinds of checks:
- equality: a 2,000-school, 40-county frame gives the same results through a DataFrame (several dtypes), a CSV
  file and read_schools(); every Result table equals one built independently from the JSON document;
- guards: the per-row C entry points (one school, one cell, one reason, one fact) are replaced by functions
  that fail, so a per-row path that comes back makes these tests fail.
"""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import yjjh
from yjjh import _frame, core

from conftest import EXAMPLES_DATA

N = 2000
COUNTIES = 40


def national_like(n=N, counties=COUNTIES, seed=7):
    """A synthetic multi-county table: primary / junior / nine_year / special schools, private schools, missing
    cells, Chinese names (reproducible)."""
    rng = np.random.default_rng(seed)
    r = rng.random(n)
    kind = np.where(r < 0.62, "primary", np.where(r < 0.85, "junior", np.where(r < 0.98, "nine_year", "special")))
    has_p = (kind == "primary") | (kind == "nine_year")
    has_j = (kind == "junior") | (kind == "nine_year")
    ps = np.where(has_p, 20 + np.floor(rng.random(n) * 1500), np.nan)
    js = np.where(has_j, 20 + np.floor(rng.random(n) * 1200), np.nan)
    ps[kind == "special"] = 80
    tot = np.nan_to_num(ps) + np.nan_to_num(js)
    county = (np.arange(n) * counties) // n
    frame = pd.DataFrame({
        "school_id": ["X%05d" % i for i in range(n)],
        "school_name": np.where(rng.random(n) < 0.9, np.char.add("学校", np.arange(n).astype(str)), None),
        "county_code": ["%06d" % (620300 + c) for c in county],
        "school_type": kind,
        "ownership": np.where(rng.random(n) < 0.9, "public", "private"),
        "primary_students": ps,
        "junior_students": js,
        "primary_teachers_above_degree": np.where(has_p, np.floor(np.nan_to_num(ps) * 0.05), np.nan),
        "primary_backbone_teachers": np.where(has_p, np.floor(np.nan_to_num(ps) * 0.012), np.nan),
        "primary_pe_art_teachers": np.where(has_p, np.floor(np.nan_to_num(ps) * 0.01), np.nan),
        "junior_teachers_above_degree": np.where(has_j, np.floor(np.nan_to_num(js) * 0.06), np.nan),
        "junior_backbone_teachers": np.where(has_j, np.floor(np.nan_to_num(js) * 0.013), np.nan),
        "junior_pe_art_teachers": np.where(has_j, np.floor(np.nan_to_num(js) * 0.011), np.nan),
        "teaching_area": np.round(tot * (3.5 + 3 * rng.random(n)), 2),
        "sports_area": np.round(tot * (5 + 9 * rng.random(n)), 2),
        "equipment_value": np.round(tot * (1500 + 2000 * rng.random(n)), 2),
        "multimedia_rooms": np.floor(tot * (0.018 + 0.012 * rng.random(n))),
    })
    return frame.astype({"school_type": object, "ownership": object, "school_name": object})


@pytest.fixture(scope="module")
def frame():
    return national_like()


@pytest.fixture(scope="module")
def csv_path(frame, tmp_path_factory):
    path = tmp_path_factory.mktemp("columnwise") / "schools.csv"
    frame.to_csv(path, index=False)
    return path


@pytest.fixture(scope="module")
def result(frame):
    return yjjh.evaluate(frame)


@pytest.fixture
def no_per_row(monkeypatch):
    """Every per-row C entry point fails when called."""
    def forbidden(name):
        def f(*args, **kwargs):
            raise AssertionError("per-row call core.%s" % name)
        return f
    for name in ("result_part_get", "result_reason_get", "result_item_get", "result_indicator_get", "schools_get_number",
                 "schools_get_text", "schools_set_number", "schools_set_text", "facts_set", "facts_get"):
        monkeypatch.setattr(core, name, forbidden(name))
    calls = []
    real = _frame._text_cell
    monkeypatch.setattr(_frame, "_text_cell", lambda v: calls.append(v) or real(v))
    return calls


def test_dataframe_csv_and_read_schools_agree(frame, csv_path, result):
    from_csv = yjjh.evaluate(csv_path)
    assert result.to_json() == from_csv.to_json()
    back = yjjh.read_schools(csv_path)
    assert yjjh.evaluate(back).to_json() == result.to_json()
    # read_schools gives the frame back: text as str/None, numbers as float64 with NaN for empty cells.
    assert sorted(back.columns) == sorted(frame.columns)                # (in catalogue order)
    for name in frame.columns:
        if frame[name].dtype == object:
            assert back[name].tolist() == frame[name].tolist(), name
        else:
            assert back[name].dtype == np.float64
            np.testing.assert_array_equal(back[name].to_numpy(), frame[name].to_numpy(), err_msg=name)
    assert len(result.verdicts) == COUNTIES


def test_other_dtypes_give_the_same_result(frame, result):
    ints = frame.copy()
    for name in ("multimedia_rooms",):
        ints[name] = ints[name].astype(np.int64)                    # int64 numbers
    ints["primary_students"] = ints["primary_students"].astype("Int64")  # nullable integers (pd.NA)
    ints["school_id"] = ints["school_id"].astype("string")          # pandas string dtype
    ints["county_code"] = ints["county_code"].astype(np.int64)      # codes as numbers: "620300"
    ints["school_name"] = ints["school_name"].where(ints["school_name"].notna(), np.nan)  # NaN = missing text
    assert yjjh.evaluate(ints).to_json() == result.to_json()
    text = frame.astype(str).replace({"nan": "", "None": ""})       # every cell as text (object dtype)
    assert yjjh.evaluate(text).to_json() == result.to_json()


def test_result_tables_equal_the_json_document(result):
    doc = result.to_dict()
    schools = result.schools
    rows = [(c["county_code"], p) for c in doc["counties"] for p in c["schools"]]
    assert len(schools) == len(rows)
    assert schools["county_code"].tolist() == [c for c, _ in rows]
    assert schools.index.name == "school_id"
    assert schools.index.tolist() == [p["school_id"] for _, p in rows]
    assert [None if pd.isna(s) else s for s in schools["stage"]] == [p["stage"] for _, p in rows]
    assert schools["in_scope"].tolist() == [p["in_scope"] for _, p in rows]
    assert schools["excluded_reason"].tolist() == [p["excluded_reason"] for _, p in rows]
    in_scope = schools[schools.in_scope]
    expected_passed = [p["passed"] for _, p in rows if p["in_scope"]]
    assert in_scope["passed"].tolist() == expected_passed
    assert schools.loc[~schools.in_scope, "passed"].isna().all()          # not computed = <NA>, not False
    assert str(schools["passed"].dtype) == "boolean" and str(schools["R4_met"].dtype) == "boolean"
    r4 = [p["values"]["R4"] for _, p in rows if p["in_scope"] and "R4" in p["values"]]
    assert in_scope["R4"].tolist() == r4
    # reasons and indicators
    reasons = result.reasons
    expected = [(c["county_code"], r["code"]) for c in doc["counties"] for r in c["reasons"]]
    assert list(zip(reasons.county_code, reasons.code)) == expected
    assert len(reasons) > COUNTIES   # failing schools: one reason each
    ind = result.indicators
    exp_ind = [(c["county_code"], stage, code, i["cv"]) for c in doc["counties"]
               for stage, s in c["stages"].items() for code, i in s["indicators"].items()]
    got = [(c, s, k, None if math.isnan(v) else v) for c, s, k, v in zip(ind.county_code, ind.stage, ind.indicator,
                                                                         ind.cv)]
    assert sorted(got) == sorted(exp_ind)
    assert ind["schools_meeting"].dtype == np.int64 and ind["cv_met"].dtype == bool


def test_no_per_row_calls(frame, csv_path, result, no_per_row):
    r = yjjh.evaluate(frame, facts={"": {"evaluation_year": 2026}, 620300: {"social_recognition_rate": "91%"}})
    assert len(r.schools) == len(result.schools)
    for table in (r.reasons, r.indicators, r.items, r.stages, r.counties):
        assert len(table) > 0
    yjjh.read_schools(csv_path)
    assert no_per_row == [620300]   # _text_cell only for the int county key of the facts dict


def texts(table, col):
    """A whole text column (yjjh_schools_get_texts)."""
    return core.schools_get_texts(core.schools_row_count(table), table, col)


def numbers(table, col):
    """A whole number column as bytes of doubles (yjjh_schools_get_numbers)."""
    return core.schools_get_numbers(core.schools_row_count(table), table, col)


def test_int_and_float_text_cells_converted_in_c(no_per_row):
    frame = pd.DataFrame({"school_id": [101, 102, 103], "county_code": [620302.0, 620302.0, 620302.0],
                          "school_type": "primary", "primary_students": [100, 200, 300],
                          "teaching_area": [500, 900, 1600]})
    table = _frame.schools_table(frame)
    assert texts(table, core.COL_SCHOOL_ID) == ["101", "102", "103"]
    assert texts(table, core.COL_COUNTY_CODE) == ["620302"] * 3
    assert no_per_row == []


# text that has a UTF-8 form: no NUL, no lone surrogate (both are errors, tested in test_text_column_errors)
cells = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)),
                                     max_size=8),
                  st.integers(-10**20, 10**20), st.booleans(),
                  st.floats(allow_nan=True, allow_infinity=True), st.just(np.int64(7)), st.just(np.float32(0.5)),
                  st.just(pd.NA))


@settings(max_examples=60, deadline=None)
@given(st.lists(cells, min_size=1, max_size=12))
def test_text_column_conversion_matches_text_cell(values):
    """The C conversion of text cells equals the Python reference _text_cell() cell by cell."""
    table = core.schools_new(len(values))
    core.schools_set_texts(table, core.COL_SCHOOL_NAME, values)
    assert texts(table, core.COL_SCHOOL_NAME) == [_frame._text_cell(v) for v in values]


def test_text_column_errors(monkeypatch):
    table = core.schools_new(2)
    with pytest.raises(ValueError, match=r"cells\[1\]: embedded NUL"):
        core.schools_set_texts(table, core.COL_SCHOOL_NAME, ["a", "b\0c"])
    with pytest.raises(ValueError, match=r"cells\[1\]: not valid Unicode text"):
        core.schools_set_texts(table, core.COL_SCHOOL_NAME, ["a", "b\ud800"])
    with pytest.raises(yjjh.YjjhError):
        core.schools_set_texts(table, core.COL_SCHOOL_NAME, ["a"])  # length
    with pytest.raises(yjjh.YjjhError):
        core.schools_set_texts(table, core.COL_PRIMARY_STUDENTS, ["1", "2"])  # kind
    with pytest.raises(TypeError):
        core.schools_set_texts(table, core.COL_SCHOOL_NAME, "ab")
    monkeypatch.setattr(_frame, "_text_cell", lambda v: 3)  # the fallback for other cell types: not a str
    with pytest.raises(TypeError):
        core.schools_set_texts(table, core.COL_SCHOOL_NAME, ["a", object()])
    monkeypatch.setattr(_frame, "_text_cell", lambda v: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        core.schools_set_texts(table, core.COL_SCHOOL_NAME, ["a", object()])


def test_number_column_bytes_round_trip():
    table = core.schools_new(3)
    core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, [1.5, math.nan, 3e10])
    got = np.frombuffer(numbers(table, core.COL_PRIMARY_STUDENTS), dtype=np.float64)
    assert got[0] == 1.5 and math.isnan(got[1]) and got[2] == 3e10
    with pytest.raises(yjjh.YjjhError):
        numbers(table, core.COL_JUNIOR_STUDENTS)      # not set
    with pytest.raises(yjjh.YjjhError):
        numbers(table, core.COL_SCHOOL_ID)            # a text column
    empty = yjjh.read_schools.__globals__["_table_to_frame"](core.schools_new(0))
    assert len(empty) == 0


def test_facts_dict_round_trip_and_defaults():
    facts = {"": {"evaluation_year": 2026, "veto_key_classes": False},
             "A": {"evaluation_year": 2026, "social_recognition_rate": "91%", "设重点班": True},
             "B": {"评估年份": 2025.0, "layout_reasonable": "是", "rotation_rate": None,
                   "teacher_salary": math.nan}}
    handle = _frame.facts_handle(facts)
    # A's evaluation_year equals the "" default: listed under "" only; None / NaN are "not given".
    assert core.facts_to_dict(handle) == {
        "": {"evaluation_year": 2026.0, "veto_key_classes": 0.0},
        "A": {"social_recognition_rate": 0.91, "veto_key_classes": 1.0},
        "B": {"evaluation_year": 2025.0, "layout_reasonable": 1.0}}
    with pytest.raises(yjjh.UnknownCodeError, match="no_such"):
        _frame.facts_handle({"A": {"no_such": 1}})
    with pytest.raises(yjjh.DataError):
        _frame.facts_handle({"A": {"rotation_rate": "many"}})
    with pytest.raises(TypeError):
        _frame.facts_handle({"A": [1, 2]})
    with pytest.raises(yjjh.YjjhError):
        _frame.facts_handle({"A": {"rotation_rate": math.inf}})


def test_read_facts_is_a_plain_dict(tmp_path):
    path = tmp_path / "facts.csv"
    path.write_text("county_code,evaluation_year,quota_allocation_rate,veto_key_classes\n"
                    "620302,2026,45%,否\n620321,2025,,是\n", encoding="utf-8")
    assert yjjh.read_facts(path) == {"620302": {"evaluation_year": 2026.0, "quota_allocation_rate": 0.45,
                                                "veto_key_classes": 0.0},
                                     "620321": {"evaluation_year": 2025.0, "veto_key_classes": 1.0}}
    jinchuan = EXAMPLES_DATA / "jinchuan.csv"
    assert yjjh.evaluate(jinchuan, facts=yjjh.read_facts(path)).to_json() == \
        yjjh.evaluate(jinchuan, facts=path).to_json()


def test_cells_are_converted_without_touching_the_callers_sequence():
    """The binding converts non-str cells into a private list (kept for a call that releases the GIL): the
    caller's tuple or list keeps its own objects."""
    table = core.schools_new(3)
    cells = ("a", 5, 2.5)
    core.schools_set_texts(table, core.COL_SCHOOL_NAME, cells)
    assert cells == ("a", 5, 2.5) and type(cells[1]) is int
    assert texts(table, core.COL_SCHOOL_NAME) == ["a", "5", "2.5"]
    as_list = [1, None, "b"]
    core.schools_set_cells(table, core.COL_SCHOOL_NAME, as_list, 1.0)
    assert as_list == [1, None, "b"]
    assert texts(table, core.COL_SCHOOL_NAME) == ["1", None, "b"]
