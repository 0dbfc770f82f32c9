# SPDX-License-Identifier: MIT
"""Columns handed to C and back whole (issue 12 item 4): the typemaps that read a numpy array in place, pack an
object column in C (yjjh_schools_set_cells_packed) and fill numpy arrays from C give exactly what the cell-by-cell
paths give, for every dtype a frame may hold, and name bad cells by row and column as before."""

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings, strategies as st

import yjjh
from yjjh import _frame, core

from test_columnwise import national_like


@pytest.fixture(scope="module")
def frame():
    return national_like(n=300, counties=6, seed=11)


@pytest.fixture(scope="module")
def expected(frame):
    return yjjh.evaluate(frame).to_json()


def texts(table, col):
    return core.schools_get_texts(core.schools_row_count(table), table, col)


# ---- DataFrame -> C ----

def test_number_dtypes_give_the_same_result(frame, expected):
    other = frame.copy()
    other["teaching_area"] = other["teaching_area"].astype(np.float32).astype(np.float64)  # values float32 holds
    base = yjjh.evaluate(other).to_json()
    other["teaching_area"] = other["teaching_area"].astype(np.float32)                   # float32 column
    other["multimedia_rooms"] = other["multimedia_rooms"].astype(np.int64)              # int64
    other["primary_students"] = other["primary_students"].astype("Int64")                # nullable, <NA>
    other["junior_students"] = other["junior_students"].astype("Float64")                # nullable float
    other["primary_pe_art_teachers"] = other["primary_pe_art_teachers"].astype(np.float64).astype("Int64")
    assert yjjh.evaluate(other).to_json() == base
    bools = pd.DataFrame({"school_id": ["a", "b"], "books": [True, False], "multimedia_rooms": [1, 0]})
    table = _frame.schools_table(bools)
    got = np.frombuffer(core.schools_get_numbers(2, table, core.COL_BOOKS))
    assert got.tolist() == [1.0, 0.0]


def test_non_contiguous_columns(frame, expected):
    # every second row of a frame twice as long (strided columns), and a frame over one C-order 2-D block
    doubled = pd.concat([frame, frame]).sort_index(kind="stable").reset_index(drop=True)
    sliced = doubled.iloc[::2]
    assert yjjh.evaluate(sliced.reset_index(drop=True)).to_json() == expected
    numbers = [c for c in frame.columns if frame[c].dtype == np.float64]
    block = np.ascontiguousarray(frame[numbers].to_numpy())  # (rows, columns): each column strided
    over_block = pd.DataFrame(block, columns=numbers)
    assert not over_block[numbers[0]].to_numpy().flags.c_contiguous
    for name in frame.columns:
        if name not in numbers:
            over_block[name] = frame[name]
    assert yjjh.evaluate(over_block[list(frame.columns)]).to_json() == expected
    # an object column that is a strided view
    strided = np.empty((len(frame), 2), dtype=object)
    strided[:, 0] = frame["school_id"].to_numpy()
    view = frame.copy()
    view["school_id"] = pd.Series(strided[:, 0], index=view.index)
    assert yjjh.evaluate(view).to_json() == expected


def test_empty_frame():
    empty = pd.DataFrame({"school_id": pd.Series([], dtype=object), "primary_students": pd.Series([], dtype=float)})
    table = _frame.schools_table(empty)
    assert core.schools_row_count(table) == 0
    back = _frame._table_to_frame(table)
    assert list(back.columns) == ["school_id", "primary_students"] and len(back) == 0
    assert back["primary_students"].dtype == np.float64 and back["school_id"].dtype == object


@pytest.mark.parametrize("bad, text", [("b\0c", "embedded NUL character"),
                                       ("b\ud800", "not valid Unicode text (a lone surrogate)"),
                                       (b"\xff\xfe", "bytes that are not valid UTF-8")])
def test_a_bad_text_cell_is_named_by_row_and_column(bad, text):
    names = np.array(["学校%d" % i for i in range(8)], dtype=object)
    names[5] = bad
    frame = pd.DataFrame({"school_id": ["S%d" % i for i in range(8)], "学校名称": names},
                         index=[10 * i for i in range(8)])
    with pytest.raises(yjjh.DataError) as e:
        _frame.schools_table(frame)
    (p,) = e.value.problems
    assert p.row == 50 and p.column == "学校名称" and p.message == "row 50: column 学校名称: " + text


def test_a_bad_number_cell_in_an_object_column_is_named_by_row_and_column():
    rooms = np.array([str(i) for i in range(8)], dtype=object)
    rooms[5] = "12a"
    frame = pd.DataFrame({"school_id": ["S%d" % i for i in range(8)], "multimedia_rooms": rooms})
    with pytest.raises(yjjh.DataError) as e:
        _frame.schools_table(frame)
    (p,) = e.value.problems
    assert p.row == 5 and p.column == "multimedia_rooms"
    assert p.message == 'row 5: column multimedia_rooms: "12a" is not a number'


# cells of object columns: the fast C path (str, None, int, float) and the others (bool, numpy scalars, pd.NA)
cells = st.one_of(st.none(), st.text(alphabet=st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)),
                                     max_size=8),
                  st.sampled_from([" town ", "NA", "-", "无", "\u3000x", "学校", "\U0001F600", "é"]),
                  st.integers(-10**20, 10**20), st.booleans(),
                  st.floats(allow_nan=True, allow_infinity=True), st.just(np.int64(7)), st.just(np.float32(0.5)),
                  st.just(pd.NA))


@settings(max_examples=80, deadline=None)
@given(st.lists(cells, max_size=12))
def test_packed_cells_equal_set_cells(values):
    """yjjh_schools_set_cells_packed from a list, a tuple or an object array reads every cell as
    yjjh_schools_set_cells does from the list."""
    n = len(values)
    ref = core.schools_new(n)
    core.schools_set_cells(ref, core.COL_SCHOOL_NAME, values, 1.0)
    want = texts(ref, core.COL_SCHOOL_NAME)
    arr = np.empty(n, dtype=object)
    arr[:] = values
    for seq in (values, tuple(values), arr):
        table = core.schools_new(n)
        core.schools_set_cells_packed(table, core.COL_SCHOOL_NAME, seq, 1.0)
        assert texts(table, core.COL_SCHOOL_NAME) == want


def test_shared_str_objects_packed_once_and_read_back():
    town = "".join(["to", "wn "])  # one str object in many cells
    cells = np.array([town, "x", town, None, town] * 3, dtype=object)
    table = core.schools_new(len(cells))
    core.schools_set_cells_packed(table, core.COL_LOCATION, cells, 1.0)
    assert texts(table, core.COL_LOCATION) == ["town", "x", "town", None, "town"] * 3


def test_packed_cells_errors():
    table = core.schools_new(2)
    with pytest.raises(ValueError, match=r"cells\[1\]: embedded NUL"):
        core.schools_set_cells_packed(table, core.COL_SCHOOL_NAME, np.array(["a", "b\0"], dtype=object), 1.0)
    with pytest.raises(ValueError, match=r"cells\[1\]: not valid Unicode text"):
        core.schools_set_cells_packed(table, core.COL_SCHOOL_NAME, ("a", "\udc80"), 1.0)
    with pytest.raises(yjjh.YjjhError):
        core.schools_set_cells_packed(table, core.COL_SCHOOL_NAME, ["a"], 1.0)  # length
    with pytest.raises(TypeError):
        core.schools_set_cells_packed(table, core.COL_SCHOOL_NAME, "ab", 1.0)
    with pytest.raises(yjjh.DataError, match="not a number"):
        core.schools_set_cells_packed(table, core.COL_BOOKS, ["1", "x"], 1.0)


def test_float64_columns_read_in_place_and_other_buffers_copied():
    table = core.schools_new(3)
    a = np.array([1.0, 2.0, 3.0, 4.0, 5.0, 6.0])
    core.schools_set_numbers(table, core.COL_BOOKS, a[::2])                        # strided: copied
    core.schools_set_numbers(table, core.COL_MULTIMEDIA_ROOMS, a[3:])               # a view, read in place
    core.schools_set_numbers(table, core.COL_TEACHING_AREA, np.array([1, 2, 3], dtype=np.int32))
    a[:] = 0.0  # the table has its own copy
    assert np.frombuffer(core.schools_get_numbers(3, table, core.COL_BOOKS)).tolist() == [1.0, 3.0, 5.0]
    assert np.frombuffer(core.schools_get_numbers(3, table, core.COL_MULTIMEDIA_ROOMS)).tolist() == [4.0, 5.0, 6.0]
    assert np.frombuffer(core.schools_get_numbers(3, table, core.COL_TEACHING_AREA)).tolist() == [1.0, 2.0, 3.0]
    w = np.array([2.0, 1.0, 1.0])
    assert core.stats_cv(np.array([1.0, 2.0, 3.0]), w) == core.stats_cv([1.0, 2.0, 3.0], [2, 1, 1])
    for empty in (np.array([], dtype=np.float64), []):   # an empty buffer reaches C as an empty array
        with pytest.raises(yjjh.YjjhError, match="YJJH_E_EMPTY"):
            core.stats_cv(empty, None)


# ---- C -> numpy arrays ----

def test_columns_filled_into_arrays():
    table = core.schools_new(4)
    core.schools_set_cells(table, core.COL_SCHOOL_NAME, ["甲", None, "甲", "b"], 1.0)
    core.schools_set_numbers(table, core.COL_BOOKS, [1.0, math.nan, 3.0, 4.0])
    out = np.empty(4, dtype=object)
    assert core.schools_get_texts(out, table, core.COL_SCHOOL_NAME) is out
    assert out.tolist() == ["甲", None, "甲", "b"] and out[0] is out[2]   # equal texts share one str
    block = np.zeros((2, 4))
    assert core.schools_get_numbers(block[1], table, core.COL_BOOKS) is not None
    assert block[0].tolist() == [0.0] * 4 and block[1][[0, 2, 3]].tolist() == [1.0, 3.0, 4.0]
    assert math.isnan(block[1][1])
    with pytest.raises(ValueError):
        core.schools_get_texts(np.empty(3, dtype=object), table, core.COL_SCHOOL_NAME)     # length
    with pytest.raises(ValueError):
        core.schools_get_texts(np.array(["x"] * 4, dtype=object), table, core.COL_SCHOOL_NAME)  # not empty
    with pytest.raises(TypeError):
        core.schools_get_texts(np.empty(4, dtype="U4"), table, core.COL_SCHOOL_NAME)        # not objects
    with pytest.raises(TypeError):
        core.schools_get_texts(np.empty((2, 2), dtype=object), table, core.COL_SCHOOL_NAME)
    with pytest.raises(yjjh.YjjhError):
        core.schools_get_numbers(np.empty(3), table, core.COL_BOOKS)                         # length
    with pytest.raises(TypeError):
        core.schools_get_numbers(np.empty(4, dtype=np.float32), table, core.COL_BOOKS)
    with pytest.raises(TypeError):
        core.schools_get_numbers(np.empty(8)[::2], table, core.COL_BOOKS)                    # strided
    class Sub(np.ndarray):
        pass
    with pytest.raises(TypeError):   # numpy.ndarray itself only (its __array_interface__ is its memory)
        core.schools_get_texts(np.empty(4, dtype=object).view(Sub), table, core.COL_SCHOOL_NAME)
    cells = np.array(["x", None, "y", "z"], dtype=object).view(Sub)   # in: the general path
    core.schools_set_cells_packed(table, core.COL_SCHOOL_NAME, cells, 1.0)
    assert texts(table, core.COL_SCHOOL_NAME) == ["x", None, "y", "z"]
    ro = np.empty(4)
    ro.flags.writeable = False
    with pytest.raises(TypeError):
        core.schools_get_numbers(ro, table, core.COL_BOOKS)


def test_read_schools_frame_layout(tmp_path):
    path = tmp_path / "s.csv"
    path.write_text("school_id,school_name,county_code,school_type,primary_students,teaching_area,location\n"
                    "1,甲,620302,primary,100,,town\n2,,620302,primary,200,300.5,town\n", encoding="utf-8")
    df = yjjh.read_schools(path)
    catalogue = [core.column_name(c) for c in _frame._all_columns()]
    assert list(df.columns) == sorted(df.columns, key=catalogue.index)   # texts and numbers in catalogue order
    assert sorted(df.columns) == sorted(["school_id", "school_name", "county_code", "school_type", "location",
                                         "primary_students", "teaching_area"])
    assert df["school_name"].tolist() == ["甲", None]
    assert df["location"].tolist() == ["town", "town"]
    assert df["teaching_area"].dtype == np.float64 and math.isnan(df["teaching_area"][0])
    assert df["primary_students"].tolist() == [100.0, 200.0]
    df.loc[0, "primary_students"] = 5.0   # the frame owns writable memory
    df["school_name"] = df["school_name"].fillna("乙")
    assert df["primary_students"].tolist() == [5.0, 200.0]


# ---- result frames ----

def schools_one_column_at_a_time(result):
    """The .schools frame built as 0.2 did: one yjjh_result_part_column call per column, one dict."""
    from yjjh._result import _integers, _labels, _stages

    h = result._h
    n = core.result_part_count(h)

    def num(field, k=0):
        return np.frombuffer(core.result_part_column(n, h, field, k), dtype=np.float64)

    def flags(a):
        return pd.arrays.BooleanArray(a == 1.0, np.isnan(a))

    rows = num(core.PART_ROW).astype(np.intp)
    inputs = result._inputs if isinstance(result._inputs, dict) else yjjh._result._input_texts(result._inputs)

    def from_input(name):
        texts = inputs.get(name)
        return np.full(n, None, dtype=object) if texts is None else np.asarray(texts, dtype=object)[rows]

    data = {"school_name": core.result_part_texts(n, h, core.PART_TEXT_SCHOOL_NAME),
            "school_type": from_input("school_type"), "location": from_input("location"),
            "county_code": result._county_codes(num(core.PART_COUNTY)), "stage": _stages(num(core.PART_STAGE)),
            "in_scope": num(core.PART_IN_SCOPE) == 1.0,
            "excluded_reason": _labels(num(core.PART_EXCLUDED), lambda e: core.exclusion_name(e) or None),
            "students": _integers(num(core.PART_STUDENTS))}
    codes = result.profile.indicator_codes
    for k, code in enumerate(codes):
        data[code] = num(core.PART_VALUE, k)
    if result.profile.has_school_rule:
        for k, code in enumerate(codes):
            data[code + "_met"] = flags(num(core.PART_MET, k))
            data[code + "_ratio"] = num(core.PART_RATIO, k)
            data[code + "_shortfall"] = num(core.PART_SHORTFALL, k)
        met_count = num(core.PART_MET_COUNT)
        data["met_count"] = pd.arrays.IntegerArray(np.nan_to_num(met_count).astype(np.int64), np.isnan(met_count))
        data["passed"] = flags(num(core.PART_PASSED))
    index = pd.Index(core.result_part_texts(n, h, core.PART_TEXT_SCHOOL_ID), dtype=object, name="school_id")
    return pd.DataFrame(data, index=index)


@pytest.mark.parametrize("profile", ["national-2017", "national-2012-basic"])
def test_schools_frame_equals_the_one_column_at_a_time_frame(frame, profile):
    from conftest import EXAMPLES_DATA

    source = frame if profile == "national-2017" else EXAMPLES_DATA / "jinchuan.csv"
    result = yjjh.evaluate(source, profile=profile)
    pd.testing.assert_frame_equal(result.schools, schools_one_column_at_a_time(result), check_exact=True)


def test_result_part_block_errors(frame):
    h = yjjh.evaluate(frame)._h
    n = core.result_part_count(h)
    fields = [(core.PART_STUDENTS, 0), (core.PART_VALUE, 2)]
    block = core.result_part_block(np.empty((2, n)), h, fields)
    assert block[0].tolist() == np.frombuffer(core.result_part_column(n, h, core.PART_STUDENTS, 0)).tolist()
    with pytest.raises(ValueError):
        core.result_part_block(np.empty((3, n)), h, fields)            # shape
    with pytest.raises(ValueError):
        core.result_part_block(np.empty((n, 2)).T, h, fields)          # not C-contiguous (numpy says so)
    with pytest.raises(TypeError):
        core.result_part_block(np.empty((2, n)), h, [core.PART_STUDENTS, core.PART_ROW])
    with pytest.raises(yjjh.YjjhError, match="YJJH_E_OUT_OF_RANGE"):
        core.result_part_block(np.empty((2, n)), h, [(core.PART_STUDENTS, 0), (99, 0)])
    with pytest.raises(yjjh.YjjhError, match="YJJH_E_OUT_OF_RANGE"):
        core.result_part_block(np.empty((1, n)), h, [(core.PART_VALUE, 64)])


edge_chars = st.sampled_from(["a", "\x7f", "\x80", "\xe9", "\xff", "\u0100", "\u07ff", "\u0800", "学", "\ud7ff",
                              "\ue000", "\uffff", "\U00010000", "\U0001F600", "\U0010FFFF"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.none(), st.text(alphabet=edge_chars, max_size=6),
                          st.text(alphabet=st.characters(blacklist_characters="\0", blacklist_categories=("Cs",)),
                                  max_size=8)),
                max_size=10))
def test_texts_decoded_by_c_round_trip(values):
    """Every text set (yjjh_schools_set_texts: as is) comes back equal, whatever its characters (UTF-8 of 1 to 4
    bytes, every str kind), through the list and the array getters."""
    table = core.schools_new(len(values))
    core.schools_set_texts(table, core.COL_SCHOOL_NAME, values)
    assert texts(table, core.COL_SCHOOL_NAME) == values
    out = core.schools_get_texts(np.empty(len(values), dtype=object), table, core.COL_SCHOOL_NAME)
    assert out.tolist() == values


def test_table_to_frame_in_any_column_order(monkeypatch, tmp_path):
    """The frame's columns follow the catalogue: texts first (two blocks side by side), or, were the catalogue
    another order, each text column inserted at its place."""
    path = tmp_path / "s.csv"
    path.write_text("school_id,primary_students,school_name,teaching_area\n1,100,甲,5.5\n2,,乙,\n", encoding="utf-8")
    table = _frame.read_table(path)
    first = _frame._table_to_frame(table)
    assert first._mgr.nblocks == 2   # one object block, one float64 block, as read_csv gives
    real = _frame._all_columns
    monkeypatch.setattr(_frame, "_all_columns", lambda: list(reversed(real())))
    other = _frame._table_to_frame(table)
    assert list(other.columns) == list(reversed(first.columns))
    pd.testing.assert_frame_equal(other[list(first.columns)], first, check_exact=True)
