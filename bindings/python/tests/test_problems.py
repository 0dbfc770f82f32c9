# SPDX-License-Identifier: MIT
"""Errors that point at the row (issue 15): DataError.problems records and their frame, DataFrame rows by
index label, FileNotFoundError with the file name, the element of cv() that is NaN, NUL and lone surrogates
in text cells named with their column."""

import errno
import math

import numpy as np
import pandas as pd
import pytest

import yjjh
from yjjh import core

from conftest import EXAMPLES_DATA

JINCHUAN = EXAMPLES_DATA / "jinchuan.csv"


def test_csv_problems_are_records_with_line_and_column(tmp_path):
    bad = tmp_path / "schools.csv"
    bad.write_text("school_id,school_type,primary_students,teaching_area\n"
                   "A,primary,12a,5000\n"
                   "B,primary,300,abc\n", encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(bad)
    p = e.value.problems
    assert [(x.row, x.line, x.column) for x in p[:2]] == [(None, 2, "primary_students"), (None, 3, "teaching_area")]
    assert p[0].message.endswith('schools.csv:2: column primary_students: "12a" is not a number')
    assert [x.code for x in p[:2]] == ["not_a_number", "not_a_number"]  # the stable codes of libyjjh
    assert str(p[0]) == p[0].message
    frame = e.value.problems_frame()
    assert list(frame.columns) == ["row", "line", "column", "code", "message"]
    assert str(frame["line"].dtype) == "Int64"
    assert frame["line"].tolist()[:2] == [2, 3] and frame["column"].tolist()[:2] == ["primary_students",
                                                                                     "teaching_area"]


def test_frame_problems_name_the_index_label():
    frame = yjjh.read_schools(JINCHUAN)
    frame.index = ["s%02d" % i for i in range(len(frame))]
    frame["teaching_area"] = frame["teaching_area"].astype(object)
    frame.loc["s03", "teaching_area"] = "12a"
    frame.loc["s05", "teaching_area"] = float("inf")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    got = [(p.row, p.line, p.column) for p in e.value.problems]
    assert got == [("s03", None, "teaching_area"), ("s05", None, "teaching_area")]
    assert e.value.problems[0].message == "row 's03': column teaching_area: \"12a\" is not a number"
    assert e.value.problems_frame()["row"].tolist() == ["s03", "s05"]
    assert "row 's03'" in str(e.value)


def test_evaluate_time_problems_of_a_frame_name_the_index_label():
    """Problems found by the evaluation's validation (not the cell reader) are relabelled too."""
    frame = pd.read_csv(JINCHUAN, dtype={"school_id": str})
    frame.index = range(100, 100 + len(frame))
    frame.loc[102, "school_id"] = frame.loc[101, "school_id"]  # duplicate id, found by validation
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    rows = {(p.row, p.column, p.code) for p in e.value.problems}
    assert (102, "school_id", "duplicate_id") in rows, e.value.problems
    dup = next(p for p in e.value.problems if p.code == "duplicate_id")
    assert dup.message.startswith("row 102: column school_id: duplicate school_id") and \
        dup.message.endswith("(first in row 101)"), dup.message
    assert all(p.line is None for p in e.value.problems)


def test_duplicate_column_is_a_column_problem_without_row():
    frame = yjjh.read_schools(JINCHUAN)
    frame["小学在校生数"] = frame["primary_students"]
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    p = e.value.problems[0]
    assert (p.row, p.line, p.column) == (None, None, "小学在校生数")
    assert p.message.startswith("column 小学在校生数: duplicate column")
    assert p.code == "duplicate_column"


@pytest.mark.parametrize("cell,problem,code", [("a\0b", "embedded NUL character", "nul_byte"),
                                               ("x\ud800", "not valid Unicode text (a lone surrogate)",
                                                "invalid_encoding"),
                                               (b"\xff", "bytes that are not valid UTF-8", "invalid_encoding")])
def test_unconvertible_text_cells_name_row_and_column(cell, problem, code):
    frame = yjjh.read_schools(JINCHUAN)
    frame.index = ["r%d" % i for i in range(len(frame))]
    frame.loc["r2", "school_name"] = cell
    with pytest.raises(yjjh.DataError) as e:
        yjjh.evaluate(frame)
    assert [(p.row, p.column) for p in e.value.problems] == [("r2", "school_name")]
    assert e.value.problems[0].message == "row 'r2': column school_name: " + problem
    assert e.value.problems[0].code == code


@pytest.mark.parametrize("call", [yjjh.read_schools, yjjh.evaluate, yjjh.read_facts, yjjh.load_profile,
                                  lambda p: yjjh.evaluate(JINCHUAN, facts=p)])
def test_missing_file_is_file_not_found_with_its_name(tmp_path, call):
    missing = tmp_path / "missing.json"
    with pytest.raises(FileNotFoundError) as e:
        call(missing)
    assert isinstance(e.value, yjjh.YjjhIOError) and isinstance(e.value, yjjh.YjjhFileNotFoundError)
    assert e.value.filename == str(missing) and e.value.errno == errno.ENOENT
    assert e.value.code == core.E_IO_OPEN
    assert str(missing) in str(e.value)


def test_unreadable_path_keeps_its_class_and_gets_the_name(tmp_path):
    with pytest.raises(yjjh.YjjhIOError) as e:
        yjjh.read_schools(tmp_path)  # a directory
    assert not isinstance(e.value, FileNotFoundError)
    assert e.value.filename == str(tmp_path)


@pytest.mark.parametrize("values,weights,where", [
    ([1.0, 2.0, math.nan, 4.0], None, "values[2] = nan"),
    ([1.0, 2.0, 3.0], [1.0, math.inf, 1.0], "weights[1] = inf"),
    ([1.0, -2.0, 3.0], [1.0, 1.0, 1.0], "values[1] = -2.0"),
    ([1.0, 2.0, 3.0], [1.0, 1.0, 0.0], "weights[2] = 0.0"),
    (np.array([1.0, 2.0, 3.0, math.nan]), None, "values[3] = nan"),
])
def test_cv_names_the_element(values, weights, where):
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.cv(values, weights)
    assert str(e.value).startswith(where + ": "), str(e.value)


def test_cv_of_a_series_names_the_index_label():
    s = pd.Series([1.0, math.nan, 3.0], index=["a", "b", "c"])
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.weighted_mean(s)
    assert str(e.value).startswith("values[1] (index 'b') = nan: ")
    assert e.value.code == core.E_NOT_FINITE


def test_per100_and_per_student_broadcast():
    # hand values: 42 * 100 / 1000 = 4.2, 9 * 100 / 1000 = 0.9, 45 * 100 / 500 = 9; 23226 / 166 etc. below
    got = yjjh.per100([42, 9, 45], [1000, 1000, 500])
    assert isinstance(got, np.ndarray) and got.tolist() == [4.2, 0.9, 9.0]
    assert yjjh.per100(np.array([42.0, 9.0]), 1000).tolist() == [4.2, 0.9]
    grid = yjjh.per_student(np.array([[300.0], [600.0]]), np.array([100.0, 200.0, 300.0]))
    assert grid.shape == (2, 3) and grid.tolist() == [[3.0, 1.5, 1.0], [6.0, 3.0, 2.0]]
    s = yjjh.per_student(pd.Series([500.0, 90.0], index=["x", "y"]), pd.Series([100.0, 30.0], index=["x", "y"]))
    assert isinstance(s, pd.Series) and s.index.tolist() == ["x", "y"] and s.tolist() == [5.0, 3.0]
    assert yjjh.per100(42, 1000) == 4.2 and isinstance(yjjh.per100(42, 1000), float)


def test_per100_array_error_names_the_element():
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.per100([42, 9, 5], [1000, 1000, 0])
    assert e.value.code == core.E_ZERO_STUDENTS
    assert str(e.value).startswith("element [2] (count = 5.0, students = 0.0): ")
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.per100([1, 2, 3], [1, 2])
    assert e.value.code == core.E_LENGTH_MISMATCH
    with pytest.raises(TypeError):
        yjjh.per100(["1", "2"], 10)
