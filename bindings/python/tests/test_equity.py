# SPDX-License-Identifier: MIT
"""yjjh.equity against independent references: exact rational arithmetic (fractions) where the measure is
rational, mpmath at 60 digits (textbook formulas: pairwise Gini, (x/μ)^α sums, μ_ede for Atkinson) otherwise; the
decomposition identities on random data; contributions; bootstrap determinism and its BCa recomputed here."""

import math
import random
import statistics
from fractions import Fraction

import mpmath
import numpy as np
import pandas as pd
import pytest

import yjjh
from yjjh import equity as eq

mpmath.mp.dps = 60
REL = 1e-12


def close(a, b, rel=REL, abs_=0.0):
    return abs(a - b) <= abs_ + rel * abs(b)


# ---- references (no code shared with the library) ----

def ref_mean(x, w):
    W = sum(Fraction(v) for v in w)
    return sum(Fraction(a) * Fraction(b) for a, b in zip(x, w)) / W, W


def ref_cv2(x, w):
    m, W = ref_mean(x, w)
    var = sum(Fraction(b) * (Fraction(a) - m) ** 2 for a, b in zip(x, w)) / W
    return var / m ** 2


def ref_gini(x, w):
    m, W = ref_mean(x, w)
    s = sum(Fraction(wi) * Fraction(wj) * abs(Fraction(xi) - Fraction(xj))
            for xi, wi in zip(x, w) for xj, wj in zip(x, w))
    return s / (2 * W * W * m)


def ref_ge(x, w, alpha):
    m, W = ref_mean(x, w)
    mu = mpmath.mpf(m.numerator) / m.denominator
    a = mpmath.mpf(alpha)
    v = [mpmath.mpf(b) / mpmath.mpf(W.numerator) * W.denominator for b in w]
    if alpha == 1:
        return mpmath.fsum(vi * (xi / mu) * mpmath.log(xi / mu) for vi, xi in zip(v, x) if xi > 0)
    if alpha == 0:
        return mpmath.fsum(vi * mpmath.log(mu / xi) for vi, xi in zip(v, x))
    return mpmath.fsum(vi * ((mpmath.mpf(xi) / mu) ** a - 1) for vi, xi in zip(v, x)) / (a * (a - 1))


def ref_atkinson(x, w, eps):
    m, W = ref_mean(x, w)
    mu = mpmath.mpf(m.numerator) / m.denominator
    v = [mpmath.mpf(b) / (mpmath.mpf(W.numerator) / W.denominator) for b in w]
    if eps == 1:
        ede = mpmath.exp(mpmath.fsum(vi * mpmath.log(xi) for vi, xi in zip(v, x)))
    else:
        e = 1 - mpmath.mpf(eps)
        ede = mpmath.fsum(vi * mpmath.mpf(xi) ** e for vi, xi in zip(v, x)) ** (1 / e)
    return 1 - ede / mu


def ref_percentile(x, w, p):
    pairs = sorted(zip(x, w))
    W = sum(Fraction(b) for _, b in pairs)
    target = Fraction(str(p)) * W  # p as the decimal it is written as
    c = Fraction(0)
    for a, b in pairs:
        c += Fraction(b)
        if c >= target:
            return a
    return pairs[-1][0]


def ref_mcloone(x, w, above=False):
    m = Fraction(ref_percentile(x, w, 0.5))
    sel = [(Fraction(a), Fraction(b)) for a, b in zip(x, w) if (a >= m if above else a <= m)]
    return sum(a * b for a, b in sel) / sum(b for _, b in sel) / m


def data_sets():
    rnd = random.Random(18)
    yield [5.0, 4.0, 6.0], [1000.0, 500.0, 250.0]  # indicators.md §9
    yield [1.0, 2.0, 3.0, 4.0, 5.0], [1.0] * 5
    yield [7.25, 7.25, 7.25 + 2 ** -40, 7.25 - 2 ** -41], [3.0, 1.0, 2.0, 5.0]  # nearly equal values
    yield [1e6 + 0.5, 1e6 + 1.5, 1e6 + 3.0], [10.0, 20.0, 30.0]  # large common offset
    for n in (2, 7, 40):
        x = [rnd.uniform(0.5, 20.0) for _ in range(n)]
        w = [float(rnd.randint(1, 3000)) for _ in range(n)]
        yield x, w
    yield [rnd.lognormvariate(1.0, 0.8) for _ in range(25)], [float(rnd.randint(20, 2500)) for _ in range(25)]


DATA = list(data_sets())


@pytest.mark.parametrize("x,w", DATA)
@pytest.mark.parametrize("weighted", [True, False])
def test_measures_against_exact_references(x, w, weighted):
    wt = w if weighted else [1.0] * len(x)
    arg = w if weighted else None
    cv2 = ref_cv2(x, wt)
    assert close(eq.cv2(x, arg), float(cv2))
    assert close(eq.cv(x, arg), math.sqrt(float(cv2)), rel=1e-12)
    assert close(eq.gini(x, arg), float(ref_gini(x, wt)))
    for alpha in (-2.0, -0.5, 0.0, 0.3, 1.0, 1.5, 2.0, 3.0, 12.0):
        assert close(eq.ge(x, alpha, arg), float(ref_ge(x, wt, alpha)), rel=1e-11), alpha
    assert close(eq.theil_t(x, arg), float(ref_ge(x, wt, 1)))
    assert close(eq.theil_l(x, arg), float(ref_ge(x, wt, 0)))
    assert close(eq.ge(x, 2.0, arg), float(cv2) / 2)
    for e in (0.0, 0.5, 1.0, 2.0, 3.5):
        ref = ref_atkinson(x, wt, e)
        assert close(eq.atkinson(x, e, arg), float(ref), rel=1e-11, abs_=1e-40 if e == 0 else 1e-300), e
    for p in (0.0, 0.05, 0.3, 0.5, 0.95, 1.0):
        assert eq.percentile(x, p, arg) == ref_percentile(x, wt, p)
    assert close(eq.mcloone(x, arg), float(ref_mcloone(x, wt)))
    assert close(eq.verstegen(x, arg), float(ref_mcloone(x, wt, above=True)))
    p5, p95 = Fraction(ref_percentile(x, wt, 0.05)), Fraction(ref_percentile(x, wt, 0.95))
    assert eq.restricted_range(x, arg) == float(p95 - p5)
    assert close(eq.federal_range_ratio(x, arg), float((p95 - p5) / p5))
    assert eq.range(x, arg) == max(x) - min(x)
    assert close(eq.max_min_ratio(x, arg), float(Fraction(max(x)) / Fraction(min(x))))


def test_worked_example_by_hand():
    x, w = [5.0, 4.0, 6.0], [1000, 500, 250]
    assert close(eq.cv(x, w), 0.131533410441164, rel=1e-14)
    assert close(eq.gini(x, w), 8 / 119)  # gaps 1·(500·1250 + 1500·250)/1750² / (34/7)
    assert close(eq.mcloone(x, w), 14 / 15)  # median 5: (2000 + 5000)/1500/5
    assert close(eq.verstegen(x, w), 26 / 25)  # (5000 + 1500)/1250/5
    assert eq.federal_range_ratio(x, w) == 0.5  # P5 = 4, P95 = 6
    assert eq.restricted_range(x, w) == 2.0


def test_unweighted_textbook_values():
    # 1..5: Σ|xi − xj| = 40, G = 40/(2·25·3) = 4/15; CV² = 2/9
    assert close(eq.gini([1, 2, 3, 4, 5]), 4 / 15)
    assert close(eq.cv2([1, 2, 3, 4, 5]), 2 / 9)
    # two values 1 and 3 (μ = 2): T = (1/2)(½ ln ½ + 3/2 ln 3/2), L = (1/2)(ln 2 + ln 2/3)
    assert close(eq.theil_t([1, 3]), 0.5 * (0.5 * math.log(0.5) + 1.5 * math.log(1.5)))
    assert close(eq.theil_l([1, 3]), 0.5 * (math.log(2) + math.log(2 / 3)))
    assert close(eq.atkinson([1, 3], 1.0), 1 - math.sqrt(3) / 2)


def test_tiny_inequality_keeps_its_digits():
    x = [100.0 * (1 + 1e-9 * k) for k in range(10)]
    exact = float(ref_ge(x, [1.0] * 10, 1))
    assert close(eq.theil_t(x), exact, rel=1e-10)
    assert close(eq.theil_l(x), float(ref_ge(x, [1.0] * 10, 0)), rel=1e-10)
    assert close(eq.atkinson(x, 0.5), float(ref_atkinson(x, [1.0] * 10, 0.5)), rel=1e-9)


def test_zero_values_where_allowed():
    x, w = [0.0, 2.0, 4.0], [1, 2, 1]
    assert close(eq.theil_t(x, w), float(ref_ge(x, w, 1)))
    assert close(eq.ge(x, 0.5, w), float(ref_ge(x, w, 0.5)))
    assert close(eq.gini(x, w), float(ref_gini(x, w)))
    assert close(eq.atkinson(x, 0.5, w), float(ref_atkinson(x, w, 0.5)))


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("measure,alpha", [("cv2", None), ("theil_t", None), ("theil_l", None), ("ge", -1.0),
                                           ("ge", 0.5), ("ge", 3.0)])
def test_decomposition_identity_on_random_data(seed, measure, alpha):
    rnd = random.Random(seed)
    n = rnd.randint(2, 60)
    x = [rnd.uniform(0.1, 50.0) for _ in range(n)]
    w = [float(rnd.randint(1, 2000)) for _ in range(n)]
    g = [rnd.choice(["urban", "town", "rural", "x"]) for _ in range(n)]
    d = eq.decompose(x, g, w, measure=measure, alpha=alpha)
    assert d.within >= 0 and d.between >= 0
    assert abs(d.between + d.within - d.total) <= 1e-12 * d.total
    assert close(d.total, {"cv2": eq.cv2(x, w), "theil_t": eq.theil_t(x, w), "theil_l": eq.theil_l(x, w),
                           "ge": eq.ge(x, alpha or 0.0, w)}[measure])
    # the textbook between term: the measure of the group means with the group weights
    frame = d.groups
    assert close(frame["weight_share"].sum(), 1.0)
    gm, gw = frame["mean"].tolist(), frame["weight"].tolist()
    between_ref = (ref_cv2(gm, gw) if measure == "cv2" else
                   ref_ge(gm, gw, {"theil_t": 1, "theil_l": 0}.get(measure, alpha)))
    assert close(d.between, float(between_ref), rel=1e-10, abs_=1e-15)
    assert abs(frame["within_term"].sum() - d.within) <= 1e-14 * max(d.within, 1e-300)


def test_decomposition_cv2_formula_by_hand():
    # groups u = {5 (1000), 4 (500)}, r = {6 (250)}: μ = 34/7, μ_u = 14/3, s_u = 6/7, s_r = 1/7
    d = eq.decompose([5.0, 4.0, 6.0], ["u", "u", "r"], [1000, 500, 250], measure="cv2")
    mu, mu_u, mu_r = Fraction(34, 7), Fraction(14, 3), Fraction(6)
    cv2_u = (Fraction(1000) * (5 - mu_u) ** 2 + 500 * (4 - mu_u) ** 2) / 1500 / mu_u ** 2
    between = Fraction(6, 7) * (mu_u / mu - 1) ** 2 + Fraction(1, 7) * (mu_r / mu - 1) ** 2
    within = Fraction(6, 7) * (mu_u / mu) ** 2 * cv2_u
    assert close(d.between, float(between))
    assert close(d.within, float(within))
    assert list(d.groups.index) == ["u", "r"]


@pytest.mark.parametrize("seed", range(5))
def test_contributions_sum_to_the_variance(seed):
    rnd = random.Random(100 + seed)
    n = rnd.randint(1, 50)
    x = np.array([rnd.uniform(0, 30) for _ in range(n)])
    w = np.array([float(rnd.randint(1, 900)) for _ in range(n)])
    c = eq.contributions(pd.Series(x, index=["s%d" % i for i in range(n)]), w)
    var = yjjh.weighted_sd(x, w) ** 2
    assert abs(c["variance_contribution"].sum() - var) <= 1e-12 * var + 1e-300
    m, W = ref_mean(x.tolist(), w.tolist())
    for i in range(n):
        exact = Fraction(w[i]) * (Fraction(x[i]) - m) ** 2 / W
        assert close(c["variance_contribution"].iloc[i], float(exact), rel=1e-10, abs_=1e-14 * var)
    if var > 0:
        assert close(c["share"].sum(), 1.0)
        assert close(c["cv2_contribution"].sum(), eq.cv2(x, w), rel=1e-11)
    assert list(c.index)[:1] == ["s0"]


def _bca_reference(x, w, measure_fn, reps, estimate, level):
    reps = sorted(r for r in reps if not math.isnan(r))
    B = len(reps)
    below = sum(1.0 if r < estimate else 0.5 if r == estimate else 0.0 for r in reps)
    nd = statistics.NormalDist()
    z0 = nd.inv_cdf(below / B)
    jack = [measure_fn(x[:i] + x[i + 1:], w[:i] + w[i + 1:]) for i in range(len(x))]
    jm = sum(jack) / len(jack)
    s2 = sum((jm - j) ** 2 for j in jack)
    s3 = sum((jm - j) ** 3 for j in jack)
    a = s3 / (6 * s2 ** 1.5)
    zl = nd.inv_cdf((1 - level) / 2)

    def q(p):
        h = (B - 1) * p
        lo = math.floor(h)
        return reps[-1] if lo >= B - 1 else reps[lo] + (h - lo) * (reps[lo + 1] - reps[lo])

    a1 = nd.cdf(z0 + (z0 + zl) / (1 - a * (z0 + zl)))
    a2 = nd.cdf(z0 + (z0 - zl) / (1 - a * (z0 - zl)))
    return q((1 - level) / 2), q((1 + level) / 2), q(a1), q(a2), z0, a


def test_bootstrap_is_deterministic_and_its_intervals_follow_the_definitions():
    rnd = random.Random(7)
    x = [rnd.uniform(1, 10) for _ in range(30)]
    w = [float(rnd.randint(50, 1500)) for _ in range(30)]
    b1 = eq.bootstrap(x, w, "cv", n=999, seed=42)
    b2 = eq.bootstrap(np.array(x), pd.Series(w), "cv", n=999, seed=42)
    assert np.array_equal(b1.replicates, b2.replicates)
    assert not np.array_equal(b1.replicates, eq.bootstrap(x, w, "cv", n=999, seed=43).replicates)
    assert b1.estimate == eq.cv(x, w) and b1.n_valid == 999
    lo, hi, blo, bhi, z0, a = _bca_reference(x, w, eq.cv, b1.replicates.tolist(), b1.estimate, 0.95)
    assert close(b1.percentile[0], lo) and close(b1.percentile[1], hi)
    assert close(b1.z0, z0, rel=1e-9) and close(b1.acceleration, a, rel=1e-9)
    assert close(b1.bca[0], blo, rel=1e-9) and close(b1.bca[1], bhi, rel=1e-9)
    assert close(b1.se, statistics.stdev(b1.replicates.tolist()), rel=1e-10)
    # each replicate is the measure of a resample of the schools: its value lies in the attainable range
    assert b1.replicates.min() >= 0
    g = eq.bootstrap(x, w, "gini", n=200, seed=1)
    assert g.percentile[0] <= g.estimate <= g.percentile[1] or g.n_valid == 200


def test_bootstrap_first_replicate_is_a_resample():
    # with two schools every replicate is the CV of one of the three multisets {a,a}, {a,b}, {b,b}
    x, w = [2.0, 5.0], [100.0, 300.0]
    b = eq.bootstrap(x, w, "cv", n=300, seed=9)
    allowed = {0.0, eq.cv(x, w)}
    assert set(np.round(b.replicates, 15)) <= {round(v, 15) for v in allowed}


@pytest.mark.parametrize("call,exc,code", [
    (lambda: eq.cv([1.0, float("nan")]), yjjh.InvalidArgumentError, "E_NOT_FINITE"),
    (lambda: eq.gini([1.0, 2.0], [1.0, -1.0]), yjjh.InvalidArgumentError, "E_BAD_WEIGHT"),
    (lambda: eq.gini([1.0, 2.0], [0.0, 0.0]), yjjh.InvalidArgumentError, "E_BAD_WEIGHT"),
    (lambda: eq.theil_t([1.0, -2.0]), yjjh.InvalidArgumentError, "E_NEGATIVE"),
    (lambda: eq.theil_l([0.0, 2.0]), yjjh.InvalidArgumentError, "E_NOT_POSITIVE"),
    (lambda: eq.ge([0.0, 2.0], -1.0), yjjh.InvalidArgumentError, "E_NOT_POSITIVE"),
    (lambda: eq.atkinson([0.0, 2.0], 1.0), yjjh.InvalidArgumentError, "E_NOT_POSITIVE"),
    (lambda: eq.atkinson([1.0, 2.0], -0.5), yjjh.InvalidArgumentError, "E_OUT_OF_RANGE"),
    (lambda: eq.ge([1.0, 2.0], float("nan")), yjjh.InvalidArgumentError, "E_OUT_OF_RANGE"),
    (lambda: eq.percentile([1.0, 2.0], 1.5), yjjh.InvalidArgumentError, "E_OUT_OF_RANGE"),
    (lambda: eq.cv([]), yjjh.InvalidArgumentError, "E_EMPTY"),
    (lambda: eq.gini([1.0, 2.0], [1.0]), yjjh.InvalidArgumentError, "E_LENGTH_MISMATCH"),
    (lambda: eq.theil_t([0.0, 0.0]), yjjh.DomainError, "E_ZERO_MEAN"),
    (lambda: eq.mcloone([0.0, 0.0, 1.0]), yjjh.InvalidArgumentError, "E_NOT_POSITIVE"),
    (lambda: eq.federal_range_ratio([0.0, 1.0, 2.0]), yjjh.InvalidArgumentError, "E_NOT_POSITIVE"),
    (lambda: eq.max_min_ratio([0.0, 1.0]), yjjh.InvalidArgumentError, "E_NOT_POSITIVE"),
    (lambda: eq.bootstrap([1.0, 2.0], None, "cv", n=1), yjjh.InvalidArgumentError, "E_OUT_OF_RANGE"),
])
def test_bad_input_raises_its_status(call, exc, code):
    with pytest.raises(exc) as e:
        call()
    assert e.value.code == getattr(yjjh.core, code)


def test_bad_python_arguments():
    with pytest.raises(ValueError):
        eq.decompose([1.0, 2.0], ["a", "b"], measure="gini")
    with pytest.raises(ValueError):
        eq.decompose([1.0, 2.0], ["a"])
    with pytest.raises(ValueError):
        eq.decompose([1.0, 2.0], ["a", "b"], measure="ge")
    with pytest.raises(ValueError):
        eq.bootstrap([1.0, 2.0], measure="nonsense")


def test_result_equity_per_county_stage_indicator(examples_data):
    r = yjjh.evaluate(yjjh.read_schools(examples_data / "jinchuan.csv"))
    e = r.equity(by="location")
    assert isinstance(e, pd.DataFrame)
    ind = r.indicators
    merged = e.merge(ind, on=["county_code", "stage", "indicator"], suffixes=("", "_eval"))
    assert len(merged) == len(ind[ind["cv"].notna()])
    assert np.allclose(merged["cv"], merged["cv_eval"], rtol=1e-12, atol=0)
    for m in ("cv2", "theil_t", "theil_l"):
        assert np.allclose(e[m + "_between"] + e[m + "_within"], e[m], rtol=1e-12, atol=1e-18)
    assert set(e["quadrant"].dropna()) <= {"high_level_balanced", "high_level_unbalanced", "low_level_balanced",
                                           "low_level_unbalanced"}
    row = merged.iloc[0]
    assert close(e["level"].iloc[0], row["county_value"] / row["standard"])
    assert close(e["balance"].iloc[0], row["cv_eval"] / row["cv_max"])
    plain = r.equity()
    assert "cv2_between" not in plain.columns and len(plain) == len(e)
    with pytest.raises(KeyError):
        r.equity(by="no_such_column")
