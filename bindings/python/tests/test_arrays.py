# SPDX-License-Identifier: MIT
"""Array inputs of the statistics functions: every accepted container, wrong element types, empty, NaN."""

import array
import math

import numpy as np
import pandas as pd
import pytest

import yjjh
from yjjh import core

from conftest import close

VALUES = [5.0, 4.0, 6.0]
WEIGHTS = [1000.0, 500.0, 250.0]
CV_9 = 0.131533410441164  # indicators.md §9


@pytest.mark.parametrize("make", [
    list,
    tuple,
    lambda v: array.array("d", v),
    lambda v: array.array("f", v),
    lambda v: array.array("l", [int(x) for x in v]),
    lambda v: np.asarray(v, dtype=np.float64),
    lambda v: np.asarray(v, dtype=np.float32),
    lambda v: np.asarray(v, dtype=np.int64),
    lambda v: np.asarray(v, dtype=">f8"),             # non-native byte order
    lambda v: np.repeat(np.asarray(v), 2)[::2],      # not contiguous
    lambda v: pd.Series(v),
    lambda v: pd.Series(v, dtype="Int64"),
    lambda v: (x for x in v),                         # any iterable
], ids=["list", "tuple", "array_d", "array_f", "array_l", "np_f64", "np_f32", "np_i64", "np_be", "np_strided",
        "series", "series_Int64", "generator"])
def test_containers(make):
    assert close(yjjh.cv(make(VALUES), make(WEIGHTS)), CV_9, rel=1e-13)


def test_numpy_input_is_copied_not_modified():
    v = np.asarray(VALUES)
    w = np.asarray(WEIGHTS)
    yjjh.cv(v, w)
    assert v.tolist() == VALUES and w.tolist() == WEIGHTS


def test_large_numpy_array():
    rng = np.random.default_rng(1)
    x = rng.uniform(1, 10, 200_000)
    w = rng.integers(1, 2000, 200_000).astype(np.float64)
    mean = np.sum(w * x) / np.sum(w)
    ref = math.sqrt(np.sum(w * (x - mean) ** 2) / np.sum(w)) / mean
    assert close(yjjh.cv(x, w), ref, rel=1e-9)


@pytest.mark.parametrize("bad", [["1.0", 2.0], [1.0, None], [b"1", 2.0], [1.0, object()], [1.0, [2.0]]])
def test_wrong_element_types(bad):
    with pytest.raises(TypeError) as e:
        yjjh.cv(bad)
    assert "values[" in str(e.value)


@pytest.mark.parametrize("bad", ["123", b"123", 5.0, None, np.float64(3.0)])
def test_not_a_sequence(bad):
    with pytest.raises(TypeError):
        yjjh.cv(bad)


def test_object_and_string_arrays():
    with pytest.raises(TypeError):
        yjjh.cv(np.array(["1", "2"]))
    with pytest.raises(TypeError):
        yjjh.cv(pd.Series(["1", "2"]))
    assert close(yjjh.cv(np.array([5, 4, 6], dtype=object), WEIGHTS), CV_9, rel=1e-13)


def test_two_dimensional_array():
    with pytest.raises(TypeError):
        yjjh.cv(np.ones((2, 2)))


def test_empty_input():
    for empty in ([], (), np.array([], dtype=np.float64), array.array("d")):
        with pytest.raises(yjjh.InvalidArgumentError) as e:
            yjjh.cv(empty)
        assert e.value.code == core.E_EMPTY
        with pytest.raises(yjjh.InvalidArgumentError):
            yjjh.weighted_mean(empty)


def test_nan_and_inf_are_rejected():
    for bad in ([1.0, math.nan], np.array([1.0, np.inf]), pd.Series([1.0, None])):
        with pytest.raises(yjjh.InvalidArgumentError) as e:
            yjjh.cv(bad)
        assert e.value.code == core.E_NOT_FINITE
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.cv([1.0, 2.0], [1.0, math.nan])
    assert e.value.code == core.E_NOT_FINITE


def test_weighted_mean_and_sd():
    # §9: mean 34/7, S = sqrt((5000/7)/1750)
    assert close(yjjh.weighted_mean(VALUES, WEIGHTS), 34 / 7, rel=1e-15)
    assert close(yjjh.weighted_sd(VALUES, WEIGHTS), math.sqrt(5000 / 7 / 1750), rel=1e-13)
    assert close(yjjh.weighted_sd(VALUES, WEIGHTS), 0.638876564999940, rel=1e-13)
    assert yjjh.weighted_mean([2.0, 4.0]) == 3.0
    assert yjjh.weighted_sd([2.0, 4.0]) == 1.0  # population form


def test_single_value_has_zero_cv():
    assert yjjh.cv([7.5]) == 0.0
    assert yjjh.cv([7.5], [300]) == 0.0


def test_weights_none_means_unweighted():
    assert close(yjjh.cv([1.0, 3.0]), 0.5, rel=1e-15)
    assert yjjh.cv([1.0, 3.0], None) == yjjh.cv([1.0, 3.0])
