# SPDX-License-Identifier: MIT
"""Equity measures beyond the 差异系数 (docs/equity.md): Gini, Theil T and L, GE(α), Atkinson(ε), McLoone,
Verstegen, range ratios; exact between/within decompositions; each school's share of the variance; bootstrap
intervals over schools.

Every function takes 1-D ``values`` (a list, numpy array or pandas Series) and optional ``weights`` (enrolments;
None = every weight 1). Weighted measures are in population form: school i counts with share wᵢ/Σw. Values must
be finite and ≥ 0, weights finite and > 0; bad input raises the exception of its status (e.g.
:class:`yjjh.InvalidArgumentError` for NaN, negative weights or a zero value in a log measure,
:class:`yjjh.DomainError` for a zero mean).

>>> from yjjh import equity
>>> round(equity.cv([5.0, 4.0, 6.0], weights=[1000, 500, 250]), 12)
0.131533410441
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Dict, List, Optional, Sequence

from . import core

if TYPE_CHECKING:  # pragma: no cover
    import pandas as pd

__all__ = ["cv", "cv2", "gini", "theil_t", "theil_l", "ge", "atkinson", "mcloone", "verstegen", "percentile",
           "federal_range_ratio", "restricted_range", "max_min_ratio", "range", "decompose", "Decomposition",
           "contributions", "bootstrap", "Bootstrap", "MEASURES"]

MEASURES = {
    "cv": core.EQUITY_CV, "cv2": core.EQUITY_CV2, "gini": core.EQUITY_GINI, "theil_t": core.EQUITY_THEIL_T,
    "theil_l": core.EQUITY_THEIL_L, "ge": core.EQUITY_GE, "atkinson": core.EQUITY_ATKINSON,
    "mcloone": core.EQUITY_MCLOONE, "verstegen": core.EQUITY_VERSTEGEN, "range": core.EQUITY_RANGE,
    "restricted_range": core.EQUITY_RESTRICTED_RANGE, "federal_range_ratio": core.EQUITY_FEDERAL_RANGE_RATIO,
    "max_min_ratio": core.EQUITY_MAX_MIN_RATIO,
}
"""Names of the measures (for :func:`decompose` and :func:`bootstrap`) and their C enum values."""


def _arr(values: Any) -> Any:
    """values as a C-contiguous float64 numpy array (a Series loses its index)."""
    import numpy as np

    a = np.ascontiguousarray(np.asarray(values, dtype=np.float64))
    if a.ndim != 1:
        raise ValueError("values must be one-dimensional")
    return a


def _w(weights: Any) -> Any:
    return None if weights is None else _arr(weights)


def cv(values: Any, weights: Any = None) -> float:
    """Coefficient of variation σ/μ (差异系数), σ² = Σ vᵢ(xᵢ − μ)², vᵢ = wᵢ/Σw."""
    return core.equity_cv(_arr(values), _w(weights))


def cv2(values: Any, weights: Any = None) -> float:
    """Squared coefficient of variation σ²/μ² (= 2·GE(2))."""
    return core.equity_cv2(_arr(values), _w(weights))


def gini(values: Any, weights: Any = None) -> float:
    """Gini coefficient Σᵢ Σⱼ vᵢvⱼ|xᵢ − xⱼ| / (2μ) (population form, no n/(n − 1) correction)."""
    return core.equity_gini(_arr(values), _w(weights))


def theil_t(values: Any, weights: Any = None) -> float:
    """Theil T index GE(1) = Σ vᵢ (xᵢ/μ) ln(xᵢ/μ)."""
    return core.equity_theil_t(_arr(values), _w(weights))


def theil_l(values: Any, weights: Any = None) -> float:
    """Theil L index (mean log deviation) GE(0) = Σ vᵢ ln(μ/xᵢ); values must be > 0."""
    return core.equity_theil_l(_arr(values), _w(weights))


def ge(values: Any, alpha: float, weights: Any = None) -> float:
    """Generalised entropy GE(α) = Σ vᵢ[(xᵢ/μ)^α − 1] / (α(α − 1)) (α = 0, 1: the Theil limits)."""
    return core.equity_ge(_arr(values), _w(weights), float(alpha))


def atkinson(values: Any, epsilon: float, weights: Any = None) -> float:
    """Atkinson index 1 − (Σ vᵢ xᵢ^(1−ε))^(1/(1−ε)) / μ (ε = 1: 1 − exp(Σ vᵢ ln xᵢ)/μ), ε ≥ 0."""
    return core.equity_atkinson(_arr(values), _w(weights), float(epsilon))


def percentile(values: Any, p: float, weights: Any = None) -> float:
    """Weighted percentile: the smallest value whose cumulative weight reaches p·Σw (0 ≤ p ≤ 1)."""
    return core.equity_percentile(_arr(values), _w(weights), float(p))


def mcloone(values: Any, weights: Any = None) -> float:
    """McLoone index: mean of the students at or below the weighted median, divided by the median."""
    return core.equity_mcloone(_arr(values), _w(weights))


def verstegen(values: Any, weights: Any = None) -> float:
    """Verstegen index: mean of the students at or above the weighted median, divided by the median."""
    return core.equity_verstegen(_arr(values), _w(weights))


def range(values: Any, weights: Any = None) -> float:  # noqa: A001 - the measure's name
    """max − min."""
    return core.equity_range(_arr(values), _w(weights))


def restricted_range(values: Any, weights: Any = None) -> float:
    """P95 − P5 (weighted percentiles)."""
    return core.equity_restricted_range(_arr(values), _w(weights))


def federal_range_ratio(values: Any, weights: Any = None) -> float:
    """(P95 − P5) / P5 (weighted percentiles)."""
    return core.equity_federal_range_ratio(_arr(values), _w(weights))


def max_min_ratio(values: Any, weights: Any = None) -> float:
    """max / min."""
    return core.equity_max_min_ratio(_arr(values), _w(weights))


def _measure(measure: str) -> int:
    try:
        return MEASURES[measure]
    except KeyError:
        raise ValueError("unknown measure %r (one of %s)" % (measure, ", ".join(MEASURES))) from None


class Decomposition:
    """Result of :func:`decompose`: ``total``, ``between``, ``within`` (between + within = total to rounding),
    ``measure``, ``alpha`` and ``groups``, a DataFrame indexed by group label with columns schools, weight,
    weight_share, mean, index (the measure within the group), within_term, between_term."""

    def __init__(self, measure: str, alpha: Optional[float], total: float, between: float, within: float,
                 groups: "pd.DataFrame") -> None:
        self.measure = measure
        self.alpha = alpha
        self.total = total
        self.between = between
        self.within = within
        self.groups = groups

    @property
    def between_share(self) -> float:
        """between / total (NaN when the total is 0)."""
        return self.between / self.total if self.total > 0 else float("nan")

    def __repr__(self) -> str:
        return "Decomposition(%s: total=%.6g, between=%.6g, within=%.6g, %d groups)" % (
            self.measure, self.total, self.between, self.within, len(self.groups))


def decompose(values: Any, groups: Any, weights: Any = None, measure: str = "theil_t",
              alpha: Optional[float] = None) -> Decomposition:
    """Exact between/within decomposition of ``measure`` ("theil_t", "theil_l", "cv2" or "ge" with ``alpha``) by
    the labels ``groups`` (any hashable values, one per school; groups appear in order of first appearance)."""
    import numpy as np
    import pandas as pd

    m = _measure(measure)
    if measure == "ge":
        if alpha is None:
            raise ValueError("measure='ge' needs alpha")
    elif measure not in ("theil_t", "theil_l", "cv2"):
        raise ValueError("decompose: measure must be theil_t, theil_l, cv2 or ge, not %r" % (measure,))
    x = _arr(values)
    labels = list(groups)
    if len(labels) != len(x):
        raise ValueError("groups has %d labels for %d values" % (len(labels), len(x)))
    codes, uniques = pd.factorize(np.array(labels, dtype=object), sort=False)
    if (codes < 0).any():
        raise ValueError("groups contains missing labels")
    total, between, within, _, rows = core.equity_decompose_py(
        x, np.ascontiguousarray(codes, dtype=np.float64), _w(weights), len(uniques), m,
        float(alpha) if alpha is not None else 0.0)
    frame = pd.DataFrame(rows, columns=["schools", "weight", "weight_share", "mean", "index", "within_term",
                                        "between_term"],
                         index=pd.Index(list(uniques), name="group"))
    return Decomposition(measure, alpha, total, between, within, frame)


def contributions(values: Any, weights: Any = None) -> "pd.DataFrame":
    """Each school's contribution to the weighted variance: DataFrame (index as ``values`` when it is a Series)
    with value, weight, deviation (xᵢ − μ), direction (+1 above the mean, −1 below, 0 at it),
    variance_contribution wᵢ(xᵢ − μ)²/Σw (sums to σ²), share (of σ², sums to 1; NaN when σ = 0) and
    cv2_contribution (share × CV²)."""
    import numpy as np
    import pandas as pd

    x = _arr(values)
    w = _w(weights)
    c = np.array(core.equity_contributions_py(x, w), dtype=np.float64)
    mean = core.stats_weighted_mean(x, w)
    total = float(c.sum())
    share = c / total if total > 0 else np.full(len(c), np.nan)
    index = values.index if isinstance(values, pd.Series) else None
    dev = x - mean
    return pd.DataFrame({
        "value": x, "weight": w if w is not None else np.ones(len(x)), "deviation": dev,
        "direction": np.sign(dev).astype(np.int64), "variance_contribution": c, "share": share,
        "cv2_contribution": c / (mean * mean) if mean > 0 else np.full(len(c), np.nan)}, index=index)


class Bootstrap:
    """Result of :func:`bootstrap`: estimate, se, bias, level, percentile (low, high), bca (low, high), z0,
    acceleration, n_valid and replicates (numpy array, NaN where the measure was undefined)."""

    def __init__(self, measure: str, level: float, seed: int, stats: Sequence[float], replicates: List[float]) -> None:
        import numpy as np

        (self.estimate, self.se, self.bias, lo, hi, blo, bhi, self.z0, self.acceleration, n_valid) = stats
        self.n_valid = int(n_valid)
        self.measure = measure
        self.level = level
        self.seed = seed
        self.percentile = (lo, hi)
        self.bca = (blo, bhi)
        self.replicates = np.array(replicates, dtype=np.float64)

    def to_dict(self) -> Dict[str, Any]:
        """The numbers as a dict (without the replicates)."""
        return {"measure": self.measure, "estimate": self.estimate, "se": self.se, "bias": self.bias,
                "level": self.level, "percentile_low": self.percentile[0], "percentile_high": self.percentile[1],
                "bca_low": self.bca[0], "bca_high": self.bca[1], "n_valid": self.n_valid, "seed": self.seed}

    def __repr__(self) -> str:
        return "Bootstrap(%s=%.6g, %g%% percentile [%.6g, %.6g], BCa [%.6g, %.6g])" % (
            self.measure, self.estimate, 100 * self.level, self.percentile[0], self.percentile[1], self.bca[0],
            self.bca[1])


def bootstrap(values: Any, weights: Any = None, measure: str = "cv", n: int = 2000, seed: int = 0,
              level: float = 0.95, param: Optional[float] = None) -> Bootstrap:
    """Bootstrap interval of ``measure`` resampling schools with their enrolments (``n`` replicates, seeded:
    deterministic across platforms; seed 0 … 2³² − 1). Describes the sampling variability of schools, not
    measurement error. ``param`` is α for "ge" and ε for "atkinson"."""
    m = _measure(measure)
    if measure in ("ge", "atkinson") and param is None:
        raise ValueError("measure=%r needs param" % (measure,))
    if not 0 <= int(seed) < 2 ** 32:
        raise ValueError("seed must be in 0 … 2**32 - 1")
    stats, reps = core.equity_bootstrap_py(_arr(values), _w(weights), m, float(param or 0.0), int(n),
                                           float(level), int(seed))
    return Bootstrap(measure, level, int(seed), stats, reps)


def _result_equity(result: Any, by: Optional[str] = None) -> "pd.DataFrame":
    """Result.equity(by=None): one row per county × stage × indicator (× group with ``by``). Without ``by``:
    county_code, stage, indicator, schools, students, and one column per measure (cv, cv2, gini, theil_t,
    theil_l, atkinson_0.5, atkinson_1, mcloone, verstegen, range, restricted_range, federal_range_ratio,
    max_min_ratio; NaN where undefined). With ``by`` (a column of ``result.schools``, e.g. "location"):
    additionally cv2/theil_t/theil_l ``_between`` and ``_within`` columns. Last: level (county value / standard),
    balance (CV / its maximum) and quadrant ("high_level_balanced", …; None when undefined)."""
    import numpy as np
    import pandas as pd

    from ._errors import YjjhError

    s = result.schools
    s = s[s["in_scope"]]
    if by is not None and by not in s.columns:
        raise KeyError("by=%r is not a column of Result.schools" % (by,))
    simple = [("cv", cv), ("cv2", cv2), ("gini", gini), ("theil_t", theil_t), ("theil_l", theil_l),
              ("atkinson_0.5", lambda x, w: atkinson(x, 0.5, w)), ("atkinson_1", lambda x, w: atkinson(x, 1.0, w)),
              ("mcloone", mcloone), ("verstegen", verstegen), ("range", range), ("restricted_range", restricted_range),
              ("federal_range_ratio", federal_range_ratio), ("max_min_ratio", max_min_ratio)]
    rows = []
    for (county, stage), part in s.groupby(["county_code", "stage"], sort=False, observed=True):
        for code in result.profile.indicator_codes:
            sel = part[part[code].notna()]
            if len(sel) == 0:
                continue
            x = sel[code].to_numpy(dtype=np.float64)
            w = sel["students"].to_numpy(dtype=np.float64)
            row: Dict[str, Any] = {"county_code": county, "stage": stage, "indicator": code, "schools": len(sel),
                                   "students": float(w.sum())}
            for name, f in simple:
                try:
                    row[name] = f(x, w)
                except (YjjhError, ArithmeticError, ValueError):
                    row[name] = np.nan
            if by is not None:
                labels = sel[by].astype(object).where(sel[by].notna(), "(missing)")
                for m in ("cv2", "theil_t", "theil_l"):
                    try:
                        d = decompose(x, list(labels), w, measure=m)
                        row[m + "_between"], row[m + "_within"] = d.between, d.within
                    except (YjjhError, ArithmeticError, ValueError):
                        row[m + "_between"] = row[m + "_within"] = np.nan
            rows.append(row)
    frame = pd.DataFrame(rows)
    if len(frame) == 0:
        return frame
    # level × balance quadrant (docs/equity.md §3): county value / standard, CV / its maximum
    ind = result.indicators[["county_code", "stage", "indicator", "standard", "county_value", "cv_max"]]
    frame = frame.merge(ind, on=["county_code", "stage", "indicator"], how="left")
    frame["level"] = frame["county_value"] / frame["standard"].where(frame["standard"] > 0)
    frame["balance"] = frame["cv"] / frame["cv_max"].where(frame["cv_max"] > 0)
    high, balanced = frame["level"] >= 1, frame["balance"] <= 1
    q = np.where(high, np.where(balanced, "high_level_balanced", "high_level_unbalanced"),
                 np.where(balanced, "low_level_balanced", "low_level_unbalanced")).astype(object)
    q[(frame["level"].isna() | frame["balance"].isna()).to_numpy()] = None
    frame["quadrant"] = q
    return frame.drop(columns=["standard", "county_value", "cv_max"])
