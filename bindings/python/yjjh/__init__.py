# SPDX-License-Identifier: MIT
"""yjjh — county compulsory-education balance evaluation (县域义务教育优质均衡督导评估) for Python.

A thin, typed layer over libyjjh (the C library, wrapped by SWIG in :mod:`yjjh.core`, which is internal):

>>> import yjjh
>>> round(yjjh.cv([5.0, 4.0, 6.0], weights=[1000, 500, 250]), 6)   # indicators.md §9
0.131533
>>> result = yjjh.evaluate("schools.csv", year=2024)                 # doctest: +SKIP
>>> result.verdict, result.reasons, result.indicators, result.schools  # doctest: +SKIP

Errors raise subclasses of :class:`YjjhError` (see :mod:`yjjh._errors`); data errors raise
:class:`DataError` whose ``problems`` are :class:`Problem` records (row or line, column, code, message), also
as a table: ``DataError.problems_frame()``. A missing file raises :class:`YjjhFileNotFoundError`, a
``FileNotFoundError``. pandas is imported only by the functions that take or return DataFrames.
"""

from . import core
from ._errors import (DataError, DataWarning, DomainError, HandleInUseError, InternalError, InvalidArgumentError, Problem,
                      UnknownCodeError, YjjhError, YjjhFileNotFoundError, YjjhIOError, YjjhMemoryError,
                      status_name)

if core.VERSION_STRING != core.version_string():  # pragma: no cover - only with a mismatched build
    raise ImportError("yjjh: the extension was built with libyjjh headers %s but loaded libyjjh %s; rebuild the "
                      "Python bindings" % (core.VERSION_STRING, core.version_string()))

from ._formulas import (FacilitySplit, SchoolRuleResult, cv, facility_split, indicator, indicators,  # noqa: E402
                        meets_minimum, per100, per_student, profiles, school_rule, staffing, standards,
                        weighted_mean, weighted_sd, within_maximum)
from ._frame import Facts, columns, fact_keys, read_facts, read_schools  # noqa: E402
from ._result import Result, evaluate  # noqa: E402
from ._plan import Plan, costs, plan, plot_trend, trend  # noqa: E402
from ._util import Profile, Stage, load_profile  # noqa: E402

__version__: str = core.version_string()
"""Version of the loaded libyjjh (``yjjh_version_string()``)."""


def version_string() -> str:
    """version_string() -> str: version of the loaded libyjjh, e.g. ``"0.2.0"``."""
    return core.version_string()


def version_number() -> int:
    """version_number() -> int: major*10000 + minor*100 + patch of the loaded libyjjh."""
    return core.version_number()


__all__ = [
    "__version__", "version_string", "version_number",
    "cv", "weighted_mean", "weighted_sd", "per100", "per_student", "indicator", "facility_split", "FacilitySplit",
    "school_rule", "SchoolRuleResult", "staffing", "meets_minimum", "within_maximum",
    "profiles", "load_profile", "Profile", "standards", "indicators", "Stage",
    "columns", "fact_keys", "read_schools", "read_facts", "Facts", "evaluate", "Result",
    "plan", "Plan", "costs", "trend", "plot_trend",
    "YjjhError", "InvalidArgumentError", "DataError", "DomainError", "UnknownCodeError", "YjjhMemoryError",
    "YjjhIOError", "YjjhFileNotFoundError", "InternalError", "HandleInUseError", "status_name", "Problem", "DataWarning",
]
