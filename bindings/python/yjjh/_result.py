# SPDX-License-Identifier: MIT
"""evaluate() and its Result."""

from __future__ import annotations

import html
import json
import os
from typing import Any, Dict, List, Optional

from . import core
from ._errors import YjjhError
from ._frame import _warn_notes, facts_handle, schools_table
from ._util import ProfileLike, Profile, load_profile, stage_label

__all__ = ["evaluate", "Result"]

_STAGES = (core.STAGE_PRIMARY, core.STAGE_JUNIOR)


def _doubles(b: bytes) -> Any:
    """A read-only float64 array over bytes of native doubles (no copy), as the column accessors return them."""
    import numpy as np

    return np.frombuffer(b, dtype=np.float64)


def _labels(codes: Any, name: Any) -> Any:
    """Object array of name(code) for a float64 array of small non-negative enum codes, by indexing a lookup
    table of the distinct codes (one name() call per distinct code, none per row)."""
    import numpy as np

    ints = codes.astype(np.intp)
    size = int(ints.max()) + 1 if len(ints) else 1
    table = np.empty(size, dtype=object)
    table[:] = [name(i) for i in range(size)]
    return table[ints]


def _stage_labels(b: bytes) -> Any:
    """Stage names ("primary", "junior"; None for STAGE_NONE) of a column of yjjh_stage values (bytes)."""
    return _labels(_doubles(b), stage_label)


class Result:
    """Result of :func:`evaluate`: verdicts, reasons, indicator CVs and per-school values of every county.

    Data frames are built on first access and cached. The underlying C result is immutable, so a Result may
    be read from several threads.
    """

    def __init__(self, handle: Any, profile: Profile) -> None:
        self._h = handle
        self.profile = profile
        """The :class:`Profile` used."""
        self._cache: Dict[str, Any] = {}
        self._counties = [core.result_county_get(handle, ci) for ci in range(core.result_county_count(handle))]
        for c in self._counties:
            c["verdict"] = core.verdict_name(c["verdict"])
        self._codes = profile.indicator_codes

    # ---- verdicts ----

    @property
    def counties(self) -> Any:
        """pandas.DataFrame, one row per county: county_code, county_name, verdict, n_reasons, has_primary,
        has_junior (counties in order of first appearance in the input)."""
        import pandas as pd

        return pd.DataFrame(self._counties, columns=["county_code", "county_name", "verdict", "n_reasons",
                                                     "n_items", "has_primary", "has_junior"])

    @property
    def verdicts(self) -> Dict[str, str]:
        """``{county_code: "pass" | "fail" | "incomplete"}``."""
        return {c["county_code"]: c["verdict"] for c in self._counties}

    @property
    def verdict(self) -> str:
        """The verdict of the only county (ValueError when the input has several counties: use ``verdicts``)."""
        if len(self._counties) != 1:
            raise ValueError("the result has %d counties; use .verdicts" % len(self._counties))
        return self._counties[0]["verdict"]

    # ---- tables ----

    @property
    def reasons(self) -> Any:
        """pandas.DataFrame of the reasons behind the verdicts: county_code, code, stage, school_id, value,
        required, message (built column-wise in C: one row per reason, often one per failing school)."""
        if "reasons" not in self._cache:
            import pandas as pd

            n = core.result_reason_total(self._h)

            def num(field: int) -> Any:
                return core.result_reason_column(n, self._h, field)

            def texts(field: int) -> Any:
                return core.result_reason_texts(n, self._h, field)

            county, stage, value, required = (num(core.REASON_COL_COUNTY), num(core.REASON_COL_STAGE),
                                              num(core.REASON_COL_VALUE), num(core.REASON_COL_REQUIRED))
            code, school_id, message = (texts(core.REASON_TEXT_CODE), texts(core.REASON_TEXT_SCHOOL_ID),
                                        texts(core.REASON_TEXT_MESSAGE))
            self._cache["reasons"] = pd.DataFrame({
                "county_code": self._county_codes(county), "code": code, "stage": _stage_labels(stage),
                "school_id": school_id, "value": _doubles(value), "required": _doubles(required),
                "message": message}, columns=["county_code", "code", "stage", "school_id", "value", "required",
                                              "message"])
        return self._cache["reasons"]

    def _stage(self, ci: int, stage: int) -> Optional[Dict[str, Any]]:
        try:
            return core.result_stage_get(self._h, ci, stage)
        except YjjhError as e:
            if e.code == core.E_NOT_FOUND:
                return None
            raise

    @property
    def stages(self) -> Any:
        """pandas.DataFrame, one row per county and stage with in-scope students: county_code, stage, students,
        schools_in_scope, schools_passing, composite_cv, composite_cv_max, composite_cv_met (2012 profile)."""
        if "stages" not in self._cache:
            import pandas as pd

            rows = []
            for ci, c in enumerate(self._counties):
                for st in _STAGES:
                    s = self._stage(ci, st)
                    if s is not None:
                        rows.append(dict(county_code=c["county_code"], stage=stage_label(st), **s))
            self._cache["stages"] = pd.DataFrame(rows, columns=[
                "county_code", "stage", "students", "schools_in_scope", "schools_passing", "composite_defined",
                "composite_cv", "composite_cv_max", "composite_cv_met"])
        return self._cache["stages"]

    @property
    def indicators(self) -> Any:
        """pandas.DataFrame, one row per county × stage × indicator: county_code, stage, indicator, standard,
        county_value, cv (NaN when undefined), cv_max, cv_met, schools_meeting."""
        if "indicators" not in self._cache:
            import numpy as np
            import pandas as pd

            n = core.result_indicator_total(self._h)

            def num(field: int) -> Any:
                return core.result_indicator_column(n, self._h, field)

            county, stage, standard, county_value, cv, cv_max, cv_met, meeting = (
                num(core.INDICATOR_COL_COUNTY), num(core.INDICATOR_COL_STAGE), num(core.INDICATOR_COL_STANDARD),
                num(core.INDICATOR_COL_COUNTY_VALUE), num(core.INDICATOR_COL_CV), num(core.INDICATOR_COL_CV_MAX),
                num(core.INDICATOR_COL_CV_MET), num(core.INDICATOR_COL_SCHOOLS_MEETING))
            code = core.result_indicator_texts(n, self._h, core.INDICATOR_TEXT_CODE)
            self._cache["indicators"] = pd.DataFrame({
                "county_code": self._county_codes(county), "stage": _stage_labels(stage), "indicator": code,
                "standard": _doubles(standard), "county_value": _doubles(county_value), "cv": _doubles(cv),
                "cv_max": _doubles(cv_max), "cv_met": _doubles(cv_met) == 1.0,
                "schools_meeting": _doubles(meeting).astype(np.int64)},
                columns=["county_code", "stage", "indicator", "standard", "county_value", "cv", "cv_max",
                         "cv_met", "schools_meeting"])
        return self._cache["indicators"]

    @property
    def items(self) -> Any:
        """pandas.DataFrame of the county items (G1–G15, Q1–Q9, S1, eligibility): county_code, code, status
        ("met", "not_met", "not_assessed"), value, required, message."""
        if "items" not in self._cache:
            import pandas as pd

            n = core.result_item_total(self._h)

            def num(field: int) -> Any:
                return core.result_item_column(n, self._h, field)

            county, status, value, required = (num(core.ITEM_COL_COUNTY), num(core.ITEM_COL_STATUS),
                                               num(core.ITEM_COL_VALUE), num(core.ITEM_COL_REQUIRED))
            code = core.result_item_texts(n, self._h, core.ITEM_TEXT_CODE)
            message = core.result_item_texts(n, self._h, core.ITEM_TEXT_MESSAGE)
            self._cache["items"] = pd.DataFrame({
                "county_code": self._county_codes(county), "code": code,
                "status": _labels(_doubles(status), core.item_status_name), "value": _doubles(value),
                "required": _doubles(required), "message": message},
                columns=["county_code", "code", "status", "value", "required", "message"])
        return self._cache["items"]

    def _county_codes(self, county_index: Any) -> Any:
        """County codes of a column of county indexes (bytes of doubles), by numpy indexing."""
        import numpy as np

        codes = np.array([c["county_code"] for c in self._counties] or [""], dtype=object)
        return codes[_doubles(county_index).astype(np.intp)]

    def _column_bytes(self, field: int, k: int = 0) -> bytes:
        return core.result_part_column(core.result_part_count(self._h), self._h, field, k)

    def _column(self, field: int, k: int = 0) -> Any:
        return _doubles(self._column_bytes(field, k))

    @property
    def schools(self) -> Any:
        """pandas.DataFrame, one row per school part (a 九年一贯制 school appears once per stage), in input order:
        school_id, school_name, county_code, stage, in_scope, excluded_reason, students, then per indicator
        code (e.g. R4) the value, and with a school rule ``R4_met``, ``R4_ratio`` (value / standard),
        ``R4_shortfall``, and met_count, passed (nullable booleans: <NA> where not computed). Every column is built
        whole from the C result (numbers as float64 buffers, ids and names as one list, labels by indexing)."""
        if "schools" not in self._cache:
            import numpy as np
            import pandas as pd

            n = core.result_part_count(self._h)
            data: Dict[str, Any] = {
                "school_id": core.result_part_texts(n, self._h, core.PART_TEXT_SCHOOL_ID),
                "school_name": core.result_part_texts(n, self._h, core.PART_TEXT_SCHOOL_NAME),
                "county_code": self._county_codes(self._column_bytes(core.PART_COUNTY)),
                "stage": _stage_labels(self._column_bytes(core.PART_STAGE)),
                "in_scope": self._column(core.PART_IN_SCOPE) == 1.0,
                "excluded_reason": _labels(self._column(core.PART_EXCLUDED),
                                           lambda e: core.exclusion_name(e) or None),
                "students": self._column(core.PART_STUDENTS),
            }
            rule = self.profile.has_school_rule

            def flags(a: Any) -> Any:
                # 1/0 with NaN = not computed -> nullable boolean, vectorised (values, mask).
                return pd.arrays.BooleanArray(a == 1.0, np.isnan(a))

            for k, code in enumerate(self._codes):
                data[code] = self._column(core.PART_VALUE, k)
            if rule:
                for k, code in enumerate(self._codes):
                    data[code + "_met"] = flags(self._column(core.PART_MET, k))
                    data[code + "_ratio"] = self._column(core.PART_RATIO, k)
                    data[code + "_shortfall"] = self._column(core.PART_SHORTFALL, k)
                data["met_count"] = self._column(core.PART_MET_COUNT)
                data["passed"] = flags(self._column(core.PART_PASSED))
            self._cache["schools"] = pd.DataFrame(data, index=pd.RangeIndex(n))
        return self._cache["schools"]

    def failing_schools(self) -> Any:
        """failing_schools() -> pandas.DataFrame: in-scope school parts that fail the school rule, with the
        indicators they miss and the shortfalls (empty without a school rule)."""
        df = self.schools
        if "passed" not in df.columns:
            return df.iloc[0:0]
        return df[df["in_scope"] & (df["passed"] == False)]  # noqa: E712 (nullable boolean)

    # ---- export ----

    def to_json(self) -> str:
        """to_json() -> str: the JSON document of cli.md, exactly as ``yjjh evaluate --format json`` writes it."""
        return core.result_to_json(self._h)

    def to_csv(self) -> str:
        """to_csv() -> str: one row per school part, as ``yjjh evaluate --format csv``."""
        return core.result_to_csv(self._h)

    def to_dict(self) -> Dict[str, Any]:
        """to_dict() -> dict: the JSON document parsed (``json.loads(to_json())``)."""
        return json.loads(self.to_json())

    def __repr__(self) -> str:
        v = ", ".join("%s: %s" % (c["county_code"] or "(county)", c["verdict"]) for c in self._counties)
        return "<yjjh.Result profile=%s {%s}>" % (core.result_profile_name(self._h), v)

    def _repr_html_(self) -> str:
        parts: List[str] = ["<div class='yjjh-result'>"]
        parts.append("<p><b>yjjh</b> profile <code>%s</code></p>" % html.escape(core.result_profile_name(self._h)))
        colors = {"pass": "#1a7f37", "fail": "#cf222e", "incomplete": "#9a6700"}
        for c in self._counties:
            name = " ".join(x for x in (c["county_code"], c["county_name"]) if x) or "county"
            parts.append("<h4>%s: <span style='color:%s'>%s</span></h4>"
                         % (html.escape(name), colors.get(c["verdict"], "black"), html.escape(c["verdict"])))
        reasons = self.reasons
        if len(reasons):
            parts.append("<p>Reasons</p>")
            parts.append(reasons.to_html(index=False, max_rows=30, na_rep=""))
        ind = self.indicators
        if len(ind):
            parts.append("<p>Coefficients of variation (差异系数)</p>")
            table = ind[["county_code", "stage", "indicator", "county_value", "cv", "cv_max", "cv_met"]]
            parts.append(table.to_html(index=False, float_format=lambda x: "%.3f" % x, na_rep="—"))
        parts.append("</div>")
        return "\n".join(parts)


def evaluate(schools: Any, facts: Any = None, profile: ProfileLike = "national-2017",
             year: Optional[int] = None) -> Result:
    """evaluate(schools, facts=None, profile="national-2017", year=None) -> Result

    Evaluate every county of a school table (县域义务教育优质均衡督导评估).

    Args:
        schools: a pandas DataFrame (English or Chinese column names, as in a schools CSV; NaN = missing), or
            the path of a schools CSV or .xlsx file (read by the C reader, as the CLI does; its notes are
            issued as :class:`yjjh.DataWarning`; :func:`yjjh.read_schools` takes the reader options).
        facts: county facts: None, a dict ``{county_code: {key: value}}`` (``""`` = every county), the path
            of a facts CSV/JSON file, or a :class:`Facts`.
        profile: a built-in profile name, a JSON profile file, or a :class:`Profile`.
        year: the evaluation year (sets ``evaluation_year`` for every county without one, like ``--year``).

    Raises:
        DataError: the input has errors; the message and ``diagnostics`` list each (line, column, problem).
        YjjhIOError: a file cannot be read.
        UnknownCodeError: unknown profile or fact key.
        HandleInUseError: ``schools`` is a ``yjjh.core.Schools`` table that another thread is changing (a frame
            or a path gets a private table, so this cannot happen with them).

    The evaluation runs without the GIL. A ``yjjh.core.Schools`` table passed in is held for the call: another
    thread that tries to change or free it meanwhile gets HandleInUseError instead of changing it underneath.
    """
    prof = load_profile(profile)
    if isinstance(schools, (str, os.PathLike)):
        table = core.schools_read_file_ex(os.fspath(schools), None)
        _warn_notes(table)
    elif isinstance(schools, core.Schools):
        table = schools
    elif hasattr(schools, "columns") and hasattr(schools, "__len__"):
        table = schools_table(schools)
    else:
        raise TypeError("schools: expected a pandas DataFrame or a path, got %s" % type(schools).__name__)
    fh = facts_handle(facts, year)
    res = Result(core.schools_evaluate(table, fh, prof._handle), prof)
    res._report_inputs = tuple(os.fspath(x) if isinstance(x, (str, os.PathLike)) else None  # report headers
                               for x in (schools, facts, profile))
    return res


# to_text, to_html, to_excel, to_excel_csv, plot_cv, plot_schools (the reports live in _report.py)
from . import _report  # noqa: E402

_report.attach(Result)
