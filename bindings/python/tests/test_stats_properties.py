# SPDX-License-Identifier: MIT
"""Properties of the CV (hypothesis) and the §9 worked example against independent computations."""

import decimal
import math
from fractions import Fraction

import numpy as np
from hypothesis import given, settings, strategies as st

import yjjh

from conftest import close


def exact_cv(values, weights):
    """CV by exact rational arithmetic (sqrt at 50 digits): the independent reference."""
    xs = [Fraction(v) for v in values]
    ws = [Fraction(w) for w in weights]
    total = sum(ws)
    mean = sum(w * x for w, x in zip(ws, xs)) / total
    var = sum(w * (x - mean) ** 2 for w, x in zip(ws, xs)) / total
    ratio = var / (mean * mean)
    with decimal.localcontext() as ctx:
        ctx.prec = 50
        return float((decimal.Decimal(ratio.numerator) / decimal.Decimal(ratio.denominator)).sqrt())


def test_worked_example_section_9():
    assert close(yjjh.cv([5.0, 4.0, 6.0], [1000, 500, 250]), 0.131533410441164, rel=1e-13)
    assert close(yjjh.cv([5.0, 4.0, 6.0], [1000, 500, 250]), exact_cv([5, 4, 6], [1000, 500, 250]), rel=1e-13)


def test_large_common_offset():
    values = [1e6 + 0.1, 1e6 + 0.2, 1e6 + 0.4]
    weights = [3, 1, 2]
    assert close(yjjh.cv(values, weights), exact_cv(values, weights), rel=1e-9)


positive = st.floats(min_value=0.01, max_value=1e6, allow_nan=False, allow_infinity=False)
enrolment = st.integers(min_value=1, max_value=5000)
schools = st.lists(st.tuples(positive, enrolment), min_size=1, max_size=40)


@settings(max_examples=200, deadline=None)
@given(schools)
def test_cv_matches_exact_arithmetic(data):
    values = [v for v, _ in data]
    weights = [w for _, w in data]
    assert close(yjjh.cv(values, weights), exact_cv(values, weights), rel=1e-12, abs_=1e-15)


@settings(max_examples=200, deadline=None)
@given(schools)
def test_cv_matches_numpy_weighted_formula(data):
    x = np.array([v for v, _ in data], dtype=np.float64)
    p = np.array([w for _, w in data], dtype=np.float64)
    mean = np.sum(p * x) / np.sum(p)
    s = np.sqrt(np.sum(p * (x - mean) ** 2) / np.sum(p))
    assert close(yjjh.cv(x, p), s / mean, rel=1e-9, abs_=1e-12)


@settings(max_examples=200, deadline=None)
@given(schools, st.floats(min_value=1e-3, max_value=1e3))
def test_cv_is_scale_invariant(data, c):
    values = [v for v, _ in data]
    weights = [w for _, w in data]
    assert close(yjjh.cv([c * v for v in values], weights), yjjh.cv(values, weights), rel=1e-9, abs_=1e-12)


@settings(max_examples=200, deadline=None)
@given(schools, st.randoms(use_true_random=False))
def test_cv_is_permutation_invariant(data, rnd):
    shuffled = list(data)
    rnd.shuffle(shuffled)
    a = yjjh.cv([v for v, _ in data], [w for _, w in data])
    b = yjjh.cv([v for v, _ in shuffled], [w for _, w in shuffled])
    assert close(a, b, rel=1e-12, abs_=1e-15)


@settings(max_examples=100, deadline=None)
@given(st.lists(positive, min_size=1, max_size=30))
def test_unweighted_equals_unit_weights(values):
    assert close(yjjh.cv(values), yjjh.cv(values, [1.0] * len(values)), rel=1e-12, abs_=1e-15)
    assert math.isfinite(yjjh.cv(values))
