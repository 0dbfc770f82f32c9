# SPDX-License-Identifier: MIT
"""Statistics, indicator formulas, facility split, school rule and standards tables."""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Callable, Dict, List, Mapping, NamedTuple, Optional, Sequence, Union

from . import core
from ._errors import InvalidArgumentError, YjjhError
from ._util import ProfileLike, StageLike, Stage, as_numbers, load_profile, num, stage_label, stage_of

__all__ = [
    "cv", "weighted_mean", "weighted_sd", "per100", "per_student", "indicator", "facility_split",
    "FacilitySplit", "school_rule", "SchoolRuleResult", "standards", "profiles", "indicators", "staffing",
    "meets_minimum", "within_maximum",
]

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

Numbers = Any  # list/tuple of numbers, array('d'), numpy array, pandas Series
ArrayOrScalar = Union[float, "np.ndarray", "pd.Series"]


def _element_name(what: str, values: Any, i: int) -> str:
    """``values[3]``, with the index label of a pandas Series: ``values[3] (index 'S07')``."""
    index = getattr(values, "index", None)
    if index is not None and hasattr(values, "iloc") and i < len(index):
        label = index[i]
        label = label.item() if hasattr(label, "item") and not isinstance(label, str) else label
        if label != i:
            return "%s[%d] (index %r)" % (what, i, label)
    return "%s[%d]" % (what, i)


def _which_element(exc: YjjhError, values: Any, weights: Any) -> YjjhError:
    """The error of a statistics call, naming the element the status is about (the first one): NaN or
    infinite (YJJH_E_NOT_FINITE), negative value (YJJH_E_NEGATIVE), weight not > 0 (YJJH_E_BAD_WEIGHT)."""
    def floats(x: Any) -> List[float]:
        try:
            return [float(v) for v in as_numbers(x)]
        except (TypeError, ValueError):
            return []

    xs = floats(values)
    ws = floats(weights) if weights is not None else []
    found = None
    if exc.code == core.E_NOT_FINITE:
        for i in range(max(len(xs), len(ws))):
            if i < len(xs) and not math.isfinite(xs[i]):
                found = (_element_name("values", values, i), xs[i])
            elif i < len(ws) and not math.isfinite(ws[i]):
                found = (_element_name("weights", weights, i), ws[i])
            if found:
                break
    elif exc.code == core.E_NEGATIVE:
        found = next(((_element_name("values", values, i), x) for i, x in enumerate(xs) if x < 0), None)
    elif exc.code == core.E_BAD_WEIGHT:
        found = next(((_element_name("weights", weights, i), w) for i, w in enumerate(ws) if not w > 0), None)
    if found is None:
        return exc
    where, value = found
    text = str(exc.args[0]) if exc.args else ""
    new = type(exc)("%s = %r: %s" % (where, value, text), exc.code, problems=exc.problems)
    return new


def _stats(fn: Callable[..., float], values: Numbers, weights: Optional[Numbers]) -> float:
    try:
        return fn(as_numbers(values), None if weights is None else as_numbers(weights))
    except YjjhError as e:
        raise _which_element(e, values, weights) from None


def cv(values: Numbers, weights: Optional[Numbers] = None) -> float:
    """cv(values, weights=None) -> float

    Coefficient of variation S / X̄ (校际差异系数, indicators.md §4): students-weighted when ``weights``
    (enrolments) are given, population form (divisor Σw). Values must be finite and ≥ 0.

    Accepts lists, tuples, ``array('d')``, numpy arrays (float64 is copied without a Python loop) and pandas
    Series.

    Raises:
        InvalidArgumentError: empty input, NaN/inf, negative value, bad weight, length mismatch; the message
            names the first element concerned (``values[3] = nan: …``).
        DomainError: the (weighted) mean is zero, so the CV is undefined.
        TypeError: an element is not a number (str, None, …).
    """
    return _stats(core.stats_cv, values, weights)


def weighted_mean(values: Numbers, weights: Optional[Numbers] = None) -> float:
    """weighted_mean(values, weights=None) -> float: Σ wᵢxᵢ / Σ wᵢ (plain mean without weights)."""
    return _stats(core.stats_weighted_mean, values, weights)


def weighted_sd(values: Numbers, weights: Optional[Numbers] = None) -> float:
    """weighted_sd(values, weights=None) -> float: weighted population standard deviation
    sqrt(Σ wᵢ(xᵢ − x̄)² / Σ wᵢ)."""
    return _stats(core.stats_weighted_sd, values, weights)


def _is_array(x: Any) -> bool:
    return not isinstance(x, (str, bytes, bytearray)) and (hasattr(x, "__len__") or hasattr(x, "__array__"))


def _elementwise(fn: Callable[[float, float], float], names: Sequence[str], a: Any, b: Any) -> ArrayOrScalar:
    """fn(a, b) for two numbers, or element by element over numpy-broadcast arrays (every element goes
    through the C formula, with its checks); a pandas Series argument gives a Series with its index."""
    if not _is_array(a) and not _is_array(b):
        return fn(num(a, names[0]), num(b, names[1]))
    import numpy as np

    arrays = []
    for x, name in zip((a, b), names):
        arr = np.asarray(as_numbers(x))
        if arr.dtype.kind not in "biuf":
            raise TypeError("%s: expected numbers, got an array of %s" % (name, arr.dtype))
        arrays.append(arr.astype(np.float64))
    try:
        xa, xb = np.broadcast_arrays(*arrays)
    except ValueError:
        raise InvalidArgumentError("%s and %s: shapes %s and %s do not broadcast" % (
            names[0], names[1], arrays[0].shape, arrays[1].shape), core.E_LENGTH_MISMATCH) from None
    out = np.empty(xa.shape, dtype=np.float64)
    for idx in np.ndindex(xa.shape):
        try:
            out[idx] = fn(float(xa[idx]), float(xb[idx]))
        except YjjhError as e:
            where = "[%s]" % ", ".join(str(i) for i in idx)
            text = str(e.args[0]) if e.args else ""
            raise type(e)("element %s (%s = %r, %s = %r): %s" % (where, names[0], float(xa[idx]), names[1],
                                                                 float(xb[idx]), text), e.code) from None
    for x in (a, b):
        if hasattr(x, "index") and hasattr(x, "iloc") and out.ndim == 1 and len(x) == len(out):
            import pandas as pd

            return pd.Series(out, index=x.index)
    return out


def per100(count: Union[float, Numbers], students: Union[float, Numbers]) -> ArrayOrScalar:
    """per100(count, students) -> float | numpy.ndarray | pandas.Series: ``count * 100 / students``
    (每百名学生…, R1–R3, R7).

    Numbers give a float; arrays (lists, numpy arrays, pandas Series) are computed element by element with
    numpy broadcasting (``per100(teachers, 1000)``), each element by the C formula with its checks; an error
    names the element (``element [2] (count = 5.0, students = 0.0): zero students``). A Series argument gives a
    Series with its index."""
    return _elementwise(core.indicator_per100, ("count", "students"), count, students)


def per_student(amount: Union[float, Numbers], students: Union[float, Numbers]) -> ArrayOrScalar:
    """per_student(amount, students) -> float | numpy.ndarray | pandas.Series: ``amount / students`` (生均…,
    R4–R6); arrays element by element with numpy broadcasting, as :func:`per100`."""
    return _elementwise(core.indicator_per_student, ("amount", "students"), amount, students)


def indicator(code: str, amount: float, students: float) -> float:
    """indicator(code, amount, students) -> float: any catalogue indicator ("R1"…"R7", "B1"…"B8") from its
    numerator and the enrolment. Raises UnknownCodeError for an unknown code."""
    return core.indicator_compute(code, num(amount, "amount"), num(students, "students"))


class FacilitySplit(NamedTuple):
    """Result of :func:`facility_split`: per stage (``"primary"``, ``"junior"``, ``"senior"``)."""

    amounts: Dict[str, float]
    """Share of the facility total of each stage (F·wₛ·Pₛ / D)."""
    per_student: Dict[str, float]
    """Per-student value of each stage (F·wₛ / D); 0 for a stage without students."""


_STAGE_KEYS = ("primary", "junior", "senior")


def facility_split(total: float, primary: float, junior: float, senior: float = 0,
                   weights: Optional[Union[Sequence[float], Mapping[str, float]]] = None) -> FacilitySplit:
    """facility_split(total, primary, junior, senior=0, weights=None) -> FacilitySplit

    Apportion a shared facility total of a 一贯制学校 / 完全中学 among stages by weighted enrolment
    (indicators.md §2.1): D = w₁P₁ + w₂P₂ + w₃P₃. ``weights`` are the stage weights (default 1.0 / 1.1 / 1.32)
    as a 3-sequence or a mapping ``{"primary": …, "junior": …, "senior": …}``.

    >>> s = facility_split(23226, 166, 210)
    >>> round(s.per_student["primary"], 3), round(s.per_student["junior"], 3)
    (58.504, 64.354)
    """
    if isinstance(weights, Mapping):
        defaults = {"primary": 1.0, "junior": 1.1, "senior": 1.32}
        unknown = set(weights) - set(defaults)
        if unknown:
            raise InvalidArgumentError("weights: unknown stage(s) %s" % sorted(unknown), core.E_BAD_STAGE)
        weights = [float(weights.get(k, defaults[k])) for k in _STAGE_KEYS]
    amounts, per = core.facility_split_compute(num(total, "total"), [primary, junior, senior],
                                       None if weights is None else as_numbers(weights))
    return FacilitySplit(dict(zip(_STAGE_KEYS, amounts)), dict(zip(_STAGE_KEYS, per)))


@dataclass
class SchoolRuleResult:
    """Result of :func:`school_rule` for one school part."""

    passed: bool
    """Whether the part passes (≥ school_min_met indicators met and all ≥ the floor ratio)."""
    met_count: int
    """Number of indicators met."""
    table: pd.DataFrame = field(repr=False)
    """pandas DataFrame indexed by indicator code: value, standard, ratio, met, above_floor, shortfall."""


def school_rule(stage: StageLike, students: float, amounts: Union[Sequence[float], Mapping[str, float]],
                profile: ProfileLike = "national-2017") -> SchoolRuleResult:
    """school_rule(stage, students, amounts, profile="national-2017") -> SchoolRuleResult

    The school rule (每所学校达标, indicators.md §3) for one school part. ``amounts`` are the numerators
    (teachers, m², 元, rooms; facilities already split by §2.1) in profile order, or a mapping by indicator
    code (``{"R1": 50, …, "R7": 25}``).

    Raises:
        InvalidArgumentError: bad stage, students ≤ 0, negative or NaN amounts, wrong number of amounts.
        DomainError: the profile has no school rule (national-2012-basic).
    """
    import pandas as pd

    prof = load_profile(profile)
    codes = prof.indicator_codes
    if isinstance(amounts, Mapping):
        missing = [c for c in codes if c not in amounts]
        extra = [c for c in amounts if c not in codes]
        if missing or extra:
            raise InvalidArgumentError("amounts: expected the keys %s (missing %s, unknown %s)"
                                       % (codes, missing, extra), core.E_LENGTH_MISMATCH)
        amounts = [amounts[c] for c in codes]
    r = core.school_rule_apply_dict(prof._handle, int(stage_of(stage)), num(students, "students"), as_numbers(amounts))
    n = r["n_indicators"]
    table = pd.DataFrame({
        "value": r["value"], "standard": r["standard"], "ratio": r["ratio"], "met": r["met"],
        "above_floor": r["above_floor"], "shortfall": r["shortfall"],
    }, index=pd.Index(codes[:n], name="indicator"))
    return SchoolRuleResult(bool(r["passed"]), int(r["met_count"]), table)


def profiles() -> List[str]:
    """profiles() -> list[str]: names of the built-in profiles ("national-2017" first)."""
    return [core.profile_builtin_get(i) for i in range(core.profile_builtin_count())]


def standards(profile: ProfileLike = "national-2017") -> pd.DataFrame:
    """standards(profile="national-2017") -> pandas.DataFrame

    The profile's standards table, one row per (key, stage): columns key, stage ("primary", "junior",
    "senior", or None when stage-independent), value, unit, name_zh, name_en, kind ("minimum", "maximum",
    "parameter", "switch").
    """
    import pandas as pd

    prof = load_profile(profile)
    rows = [core.standard_get(prof._handle, i) for i in range(core.standard_count(prof._handle))]
    for r in rows:
        r["stage"] = stage_label(r["stage"])
    return pd.DataFrame(rows, columns=["key", "stage", "value", "unit", "name_zh", "name_en", "kind"])


_FORMULAS = {core.FORMULA_PER_100_STUDENTS: "per_100_students", core.FORMULA_PER_STUDENT: "per_student"}


def indicators(profile: Optional[ProfileLike] = "national-2017") -> pd.DataFrame:
    """indicators(profile="national-2017") -> pandas.DataFrame

    The indicators the profile evaluates, in profile order (``profile=None``: the whole catalogue R1–R7,
    B1–B8): code, name_zh, name_en, unit, numerator, formula ("per_100_students" / "per_student"),
    is_facility.
    """
    import pandas as pd

    if profile is None:
        rows = [core.indicator_catalog_get(i) for i in range(core.indicator_catalog_count())]
    else:
        prof = load_profile(profile)
        rows = [core.profile_indicator_get(prof._handle, k) for k in range(core.profile_indicator_count(prof._handle))]
    for r in rows:
        r["formula"] = _FORMULAS.get(r["formula"], str(r["formula"]))
    return pd.DataFrame(rows, columns=["code", "name_zh", "name_en", "unit", "numerator", "formula", "is_facility"])


def staffing(stage: StageLike, students: float, staff: Optional[float] = None, fulltime: Optional[float] = None,
             profile: ProfileLike = "national-2017") -> Dict[str, float]:
    """staffing(stage, students, staff=None, fulltime=None, profile="national-2017") -> dict

    Staff needed for an enrolment (教职工编制 by the profile's ratio, 专任教师 share) and the shortfall against
    the actual numbers when given: keys staff_required, fulltime_required, staff_shortfall, fulltime_shortfall
    (NaN when not defined).
    """
    prof = load_profile(profile)
    return core.staffing_compute(prof._handle, int(stage_of(stage)), num(students, "students"),
                              math.nan if staff is None else num(staff, "staff"),
                              math.nan if fulltime is None else num(fulltime, "fulltime"))


def meets_minimum(value: float, threshold: float) -> bool:
    """meets_minimum(value, threshold) -> bool: value ≥ threshold with the relative tolerance 1e-9."""
    return bool(core.standard_meets_min(num(value, "value"), num(threshold, "threshold")))


def within_maximum(value: float, threshold: float) -> bool:
    """within_maximum(value, threshold) -> bool: value ≤ threshold with the relative tolerance 1e-9."""
    return bool(core.standard_within_max(num(value, "value"), num(threshold, "threshold")))


_ = Stage  # re-exported by the package
