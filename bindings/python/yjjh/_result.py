# SPDX-License-Identifier: MIT
"""evaluate() and its Result."""

from __future__ import annotations

import html
import io
import json
import os
import tempfile
from typing import IO, TYPE_CHECKING, Any, Callable, Dict, List, Optional, Union, overload

from . import core
from ._errors import DataError, YjjhError, relabel_rows
from ._frame import Source, facts_handle, read_table, schools_table
from ._util import ProfileLike, Profile, load_profile, stage_label

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["evaluate", "Result"]

_STAGES = (core.STAGE_PRIMARY, core.STAGE_JUNIOR)

PathOrBuffer = Union[str, "os.PathLike[str]", IO[str]]
"""Where to_json()/to_csv() write: a path (written atomically) or a text file object."""


def _doubles(b: bytes) -> np.ndarray:
    """A read-only float64 array over bytes of native doubles (no copy), as the column accessors return them."""
    import numpy as np

    return np.frombuffer(b, dtype=np.float64)


class _Columns:
    """Column-wise reads of one kind of result row: ``column(n, result, field[, k])`` gives the bytes of n
    doubles, ``texts(n, result, field)`` a list of str/None (yjjh_result_<kind>_column / _texts)."""

    def __init__(self, handle: Any, count: Callable[[Any], int], column: Callable[..., bytes],
                 texts: Callable[..., List[Optional[str]]], per_indicator: bool = False) -> None:
        self._h = handle
        self.n = count(handle)
        self._column = column
        self._texts = texts
        self._per_indicator = per_indicator  # column(n, result, field, k): k = indicator (0 for other fields)

    def num(self, field: int, k: int = 0) -> np.ndarray:
        if self._per_indicator:
            return _doubles(self._column(self.n, self._h, field, k))
        return _doubles(self._column(self.n, self._h, field))

    def texts(self, field: int) -> np.ndarray:
        """An object array of str / None, decoded by C into the array (equal texts share one str)."""
        import numpy as np

        return self._texts(np.empty(self.n, dtype=object), self._h, field)


def _labels(codes: np.ndarray, name: Callable[[int], Optional[str]]) -> np.ndarray:
    """Object array of name(code) for a float64 array of small non-negative enum codes, by indexing a lookup
    table of the distinct codes (one name() call per distinct code, none per row)."""
    import numpy as np

    ints = codes.astype(np.intp)
    size = int(ints.max()) + 1 if len(ints) else 1
    table = np.empty(size, dtype=object)
    table[:] = [name(i) for i in range(size)]
    return table[ints]


_STAGE_ORDER = [stage_label(s) for s in (core.STAGE_PRIMARY, core.STAGE_JUNIOR, core.STAGE_SENIOR)]


def _stages(codes: np.ndarray) -> pd.Categorical:
    """Stage names of a column of yjjh_stage values as an ordered categorical: primary < junior (< senior when
    present); missing (STAGE_NONE) for county-level rows and special schools."""
    import pandas as pd

    labels = _labels(codes, stage_label)
    present = set(labels.tolist())
    categories = [c for c in _STAGE_ORDER if c in ("primary", "junior") or c in present]
    return pd.Categorical(labels, categories=categories, ordered=True)


def _integers(values: np.ndarray) -> Any:
    """Whole numbers as int64, or as the nullable Int64 (<NA> where NaN: not computed) when some are missing."""
    import numpy as np
    import pandas as pd

    missing = np.isnan(values)
    if not missing.any():
        return values.astype(np.int64)
    return pd.arrays.IntegerArray(np.where(missing, 0, values).astype(np.int64), missing)


def _write_text(text: str, path: PathOrBuffer) -> None:
    """Write text to a text file object, or to a path atomically (a temporary file in the same directory,
    renamed over the target: a failed write never leaves a partial file)."""
    write = getattr(path, "write", None)
    if write is not None:
        if isinstance(path, (io.RawIOBase, io.BufferedIOBase)):
            write(text.encode("utf-8"))
        else:
            write(text)
        return
    target = os.fspath(path)
    fd, tmp = tempfile.mkstemp(prefix=".yjjh-", dir=os.path.dirname(os.path.abspath(target)))
    try:
        try:
            mode = os.stat(target).st_mode & 0o7777
        except OSError:
            mode = 0o644  # mkstemp's 0600 would make the report private
        os.chmod(tmp, mode)
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
            f.write(text)
        os.replace(tmp, target)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


class Result:
    """Result of :func:`evaluate`: verdicts, reasons, indicator CVs and per-school values of every county.

    Data frames are built on first access and cached. The underlying C result is immutable, so a Result may
    be read from several threads.
    """

    def __init__(self, handle: Any, profile: Profile, inputs: Optional[Dict[str, Any]] = None) -> None:
        self._h = handle
        self.profile = profile
        """The :class:`Profile` used."""
        # text columns of the input table by row (school_type, location): a dict, or a private C table that
        # .schools reads them from when it is built
        self._inputs: Any = inputs if inputs is not None else {}
        self._cache: Dict[str, Any] = {}
        self._county_list: Optional[List[Dict[str, Any]]] = None
        self._codes = profile.indicator_codes

    @property
    def _counties(self) -> List[Dict[str, Any]]:
        """The county summaries (dicts), read from C on first use."""
        if self._county_list is None:
            counties = [core.result_county_get(self._h, ci) for ci in range(core.result_county_count(self._h))]
            for c in counties:
                c["verdict"] = core.verdict_name(c["verdict"])
            self._county_list = counties
        return self._county_list

    # ---- verdicts ----

    @property
    def counties(self) -> pd.DataFrame:
        """pandas.DataFrame, one row per county: county_code, county_name, verdict, n_reasons, n_items,
        has_primary, has_junior (counties in order of first appearance in the input)."""
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

    def _county_codes(self, county_index: np.ndarray) -> np.ndarray:
        """County codes of a column of county indexes, by numpy indexing."""
        import numpy as np

        codes = np.array([c["county_code"] for c in self._counties] or [""], dtype=object)
        return codes[county_index.astype(np.intp)]

    @property
    def reasons(self) -> pd.DataFrame:
        """pandas.DataFrame of the reasons behind the verdicts: county_code, code, stage (ordered categorical,
        missing for county-level reasons), school_id, value, required, message (built column-wise in C: one
        row per reason, often one per failing school)."""
        if "reasons" not in self._cache:
            import pandas as pd

            c = _Columns(self._h, core.result_reason_total, core.result_reason_column, core.result_reason_texts)
            self._cache["reasons"] = pd.DataFrame({
                "county_code": self._county_codes(c.num(core.REASON_COL_COUNTY)),
                "code": c.texts(core.REASON_TEXT_CODE),
                "stage": _stages(c.num(core.REASON_COL_STAGE)),
                "school_id": c.texts(core.REASON_TEXT_SCHOOL_ID),
                "value": c.num(core.REASON_COL_VALUE), "required": c.num(core.REASON_COL_REQUIRED),
                "message": c.texts(core.REASON_TEXT_MESSAGE)},
                columns=["county_code", "code", "stage", "school_id", "value", "required", "message"])
        return self._cache["reasons"]

    def _stage(self, ci: int, stage: int) -> Optional[Dict[str, Any]]:
        try:
            return core.result_stage_get(self._h, ci, stage)
        except YjjhError as e:
            if e.code == core.E_NOT_FOUND:
                return None
            raise

    @property
    def stages(self) -> pd.DataFrame:
        """pandas.DataFrame, one row per county and stage with in-scope students: county_code, stage (ordered
        categorical), students, schools_in_scope, schools_passing, composite_defined, composite_cv,
        composite_cv_max, composite_cv_met (2012 profile)."""
        if "stages" not in self._cache:
            import numpy as np
            import pandas as pd

            rows = []
            for ci, c in enumerate(self._counties):
                for st in _STAGES:
                    s = self._stage(ci, st)
                    if s is not None:
                        rows.append(dict(county_code=c["county_code"], stage=st, **s))
            frame = pd.DataFrame(rows, columns=[
                "county_code", "stage", "students", "schools_in_scope", "schools_passing", "composite_defined",
                "composite_cv", "composite_cv_max", "composite_cv_met"])
            frame["stage"] = _stages(frame["stage"].to_numpy(dtype=np.float64))
            self._cache["stages"] = frame
        return self._cache["stages"]

    @property
    def indicators(self) -> pd.DataFrame:
        """pandas.DataFrame, one row per county × stage × indicator: county_code, stage (ordered categorical),
        indicator, standard, county_value, cv (NaN when undefined), cv_max, cv_met, schools_meeting."""
        if "indicators" not in self._cache:
            import pandas as pd

            c = _Columns(self._h, core.result_indicator_total, core.result_indicator_column,
                         core.result_indicator_texts)
            self._cache["indicators"] = pd.DataFrame({
                "county_code": self._county_codes(c.num(core.INDICATOR_COL_COUNTY)),
                "stage": _stages(c.num(core.INDICATOR_COL_STAGE)),
                "indicator": c.texts(core.INDICATOR_TEXT_CODE),
                "standard": c.num(core.INDICATOR_COL_STANDARD),
                "county_value": c.num(core.INDICATOR_COL_COUNTY_VALUE), "cv": c.num(core.INDICATOR_COL_CV),
                "cv_max": c.num(core.INDICATOR_COL_CV_MAX), "cv_met": c.num(core.INDICATOR_COL_CV_MET) == 1.0,
                "schools_meeting": _integers(c.num(core.INDICATOR_COL_SCHOOLS_MEETING))},
                columns=["county_code", "stage", "indicator", "standard", "county_value", "cv", "cv_max",
                         "cv_met", "schools_meeting"])
        return self._cache["indicators"]

    @property
    def items(self) -> pd.DataFrame:
        """pandas.DataFrame of the county items (G1–G15, Q1–Q9, S1, eligibility): county_code, code, status
        ("met", "not_met", "not_assessed"), value, required, message."""
        if "items" not in self._cache:
            import pandas as pd

            c = _Columns(self._h, core.result_item_total, core.result_item_column, core.result_item_texts)
            self._cache["items"] = pd.DataFrame({
                "county_code": self._county_codes(c.num(core.ITEM_COL_COUNTY)),
                "code": c.texts(core.ITEM_TEXT_CODE),
                "status": _labels(c.num(core.ITEM_COL_STATUS), core.item_status_name),
                "value": c.num(core.ITEM_COL_VALUE), "required": c.num(core.ITEM_COL_REQUIRED),
                "message": c.texts(core.ITEM_TEXT_MESSAGE)},
                columns=["county_code", "code", "status", "value", "required", "message"])
        return self._cache["items"]

    @property
    def schools(self) -> pd.DataFrame:
        """pandas.DataFrame, one row per school part (a 九年一贯制 school appears once per stage), in input order,
        indexed by ``school_id`` (``.loc["620302001"]``; both parts of a 一贯制 school share the label):
        school_name, school_type, location (as in the input; None when the input has no such column),
        county_code, stage (ordered categorical: primary < junior; missing for a special school), in_scope,
        excluded_reason, students (int64), then per indicator code (e.g. R4) the value, and with a school rule
        ``R4_met``, ``R4_ratio`` (value / standard), ``R4_shortfall``, and met_count (nullable Int64), passed
        (nullable boolean): <NA> where not computed. Every column is built whole from the C result (numbers as
        float64 buffers, ids and names as one list, labels by indexing)."""
        if "schools" not in self._cache:
            import numpy as np
            import pandas as pd

            n = core.result_part_count(self._h)
            codes = list(self._codes)
            rule = self.profile.has_school_rule
            # the float columns in frame order (one block, no copy), the others as one block of codes and flags;
            # each block filled by C in one pass over the parts (yjjh_result_part_columns)
            float_fields = [(core.PART_VALUE, k) for k in range(len(codes))]
            float_names = list(codes)
            other_fields = [(core.PART_ROW, 0), (core.PART_COUNTY, 0), (core.PART_STAGE, 0), (core.PART_IN_SCOPE, 0),
                            (core.PART_EXCLUDED, 0), (core.PART_STUDENTS, 0)]
            if rule:
                for k, code in enumerate(codes):
                    float_fields += [(core.PART_RATIO, k), (core.PART_SHORTFALL, k)]
                    float_names += [code + "_ratio", code + "_shortfall"]
                other_fields += [(core.PART_MET, k) for k in range(len(codes))]
                other_fields += [(core.PART_MET_COUNT, 0), (core.PART_PASSED, 0)]
            floats = core.result_part_block(np.empty((len(float_fields), n)), self._h, float_fields)
            other = core.result_part_block(np.empty((len(other_fields), n)), self._h, other_fields)
            num = dict(zip([f for f, _ in other_fields[:6]], other[:6]))
            rows = num[core.PART_ROW].astype(np.intp)

            inputs = self._inputs if isinstance(self._inputs, dict) else _input_texts(self._inputs)

            def from_input(name: str) -> Any:
                texts = inputs.get(name)
                if texts is None:
                    return np.full(n, None, dtype=object)
                return np.asarray(texts, dtype=object)[rows] if n else np.empty(0, dtype=object)

            def flags(a: Any) -> Any:
                # 1/0 with NaN = not computed -> nullable boolean, vectorised (values, mask).
                return pd.arrays.BooleanArray(a == 1.0, np.isnan(a))

            def texts(field: int) -> np.ndarray:
                return core.result_part_texts(np.empty(n, dtype=object), self._h, field)

            extra: Dict[str, Any] = {
                "school_name": texts(core.PART_TEXT_SCHOOL_NAME),
                "school_type": from_input("school_type"),
                "location": from_input("location"),
                "county_code": self._county_codes(num[core.PART_COUNTY]),
                "stage": _stages(num[core.PART_STAGE]),
                "in_scope": num[core.PART_IN_SCOPE] == 1.0,
                "excluded_reason": _labels(num[core.PART_EXCLUDED], lambda e: core.exclusion_name(e) or None),
                "students": _integers(num[core.PART_STUDENTS]),
            }
            order = list(extra) + list(codes)
            if rule:
                for k, code in enumerate(codes):
                    extra[code + "_met"] = flags(other[6 + k])
                    order += [code + "_met", code + "_ratio", code + "_shortfall"]
                met_count = other[6 + len(codes)]
                extra["met_count"] = pd.arrays.IntegerArray(np.nan_to_num(met_count).astype(np.int64),
                                                            np.isnan(met_count))
                extra["passed"] = flags(other[7 + len(codes)])
                order += ["met_count", "passed"]
            index = pd.Index(texts(core.PART_TEXT_SCHOOL_ID), dtype=object, name="school_id")
            frame = pd.DataFrame(floats.T, columns=float_names, index=index, copy=False)
            for pos, name in enumerate(order):  # in frame order: each at its final place
                if name in extra:
                    frame.insert(pos, name, extra[name])
            self._cache["schools"] = frame
        return self._cache["schools"]

    def equity(self, by: Optional[str] = None) -> pd.DataFrame:
        """Equity measures per county × stage × indicator (students-weighted; docs/equity.md), with ``by`` (a
        column of :attr:`schools`, e.g. "location") also the between/within parts of CV², Theil T and L. See
        :mod:`yjjh.equity`."""
        from .equity import _result_equity

        return _result_equity(self, by)

    def failing_schools(self) -> pd.DataFrame:
        """failing_schools() -> pandas.DataFrame: in-scope school parts that fail the school rule, with the
        indicators they miss and the shortfalls (empty without a school rule); indexed by school_id."""
        df = self.schools
        if "passed" not in df.columns:
            return df.iloc[0:0]
        return df[df["in_scope"] & (df["passed"] == False)]  # noqa: E712 (nullable boolean)

    # ---- export ----

    @overload
    def to_json(self, path: None = None) -> str: ...

    @overload
    def to_json(self, path: PathOrBuffer) -> None: ...

    def to_json(self, path: Optional[PathOrBuffer] = None) -> Optional[str]:
        """to_json(path=None) -> str | None: the JSON document of cli.md, exactly as ``yjjh evaluate --format
        json`` writes it. Returned as text without ``path`` (as pandas does); else written to ``path`` (a path,
        replaced atomically, or a text file object) as UTF-8 and None is returned."""
        text = core.result_to_json(self._h)
        if path is None:
            return text
        _write_text(text, path)
        return None

    @overload
    def to_csv(self, path: None = None) -> str: ...

    @overload
    def to_csv(self, path: PathOrBuffer) -> None: ...

    def to_csv(self, path: Optional[PathOrBuffer] = None) -> Optional[str]:
        """to_csv(path=None) -> str | None: one row per school part, as ``yjjh evaluate --format csv``; the text
        without ``path``, else written to ``path`` as :meth:`to_json` does."""
        text = core.result_to_csv(self._h)
        if path is None:
            return text
        _write_text(text, path)
        return None

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


_INPUT_TEXTS = {"school_type": core.COL_SCHOOL_TYPE, "location": core.COL_LOCATION}


def _input_texts(table: Any) -> Dict[str, Any]:
    """The input columns the Result's schools frame repeats (school_type, location), by input row (object
    arrays filled by C)."""
    import numpy as np

    n = core.schools_row_count(table)
    return {name: core.schools_get_texts(np.empty(n, dtype=object), table, col) for name, col in _INPUT_TEXTS.items()
            if core.schools_has_column(table, col)}


def evaluate(schools: Union[pd.DataFrame, Source, Any], facts: Any = None, profile: ProfileLike = "national-2017",
             year: Optional[int] = None) -> Result:
    """evaluate(schools, facts=None, profile="national-2017", year=None) -> Result

    Evaluate every county of a school table (县域义务教育优质均衡督导评估).

    Args:
        schools: a pandas DataFrame (English or Chinese column names, as in a schools CSV; NaN = missing), or
            a schools CSV or .xlsx file as a path, its bytes or a file object (read by the C reader, as the CLI
            does; its notes are issued as :class:`yjjh.DataWarning`; :func:`yjjh.read_schools` takes the reader
            options).
        facts: county facts: None, a dict ``{county_code: {key: value}}`` (``""`` = every county), a facts
            CSV/JSON file (path, bytes or file object), or a :class:`Facts`.
        profile: a built-in profile name, a JSON profile file, or a :class:`Profile`.
        year: the evaluation year (sets ``evaluation_year`` for every county without one, like ``--year``).

    Raises:
        DataError: the input has errors; ``problems`` lists each (row or line, column, code, message): for a
            DataFrame the row is the frame's index label.
        FileNotFoundError: a file does not exist (:class:`YjjhFileNotFoundError`, ``filename`` set).
        YjjhIOError: a file cannot be read.
        UnknownCodeError: unknown profile or fact key.
        HandleInUseError: ``schools`` is a ``yjjh.core.Schools`` table that another thread is changing (a frame
            or a path gets a private table, so this cannot happen with them).

    The evaluation runs without the GIL. A ``yjjh.core.Schools`` table passed in is held for the call: another
    thread that tries to change or free it meanwhile gets HandleInUseError instead of changing it underneath.
    """
    prof = load_profile(profile)
    index = None
    if isinstance(schools, core.Schools):
        table = schools
    elif hasattr(schools, "columns") and hasattr(schools, "index") and hasattr(schools, "__len__"):
        table = schools_table(schools)
        index = schools.index
    elif isinstance(schools, (str, os.PathLike, bytes, bytearray, memoryview)) or hasattr(schools, "read"):
        table = read_table(schools)
    else:
        raise TypeError("schools: expected a pandas DataFrame, a path, bytes or a file object, got %s"
                        % type(schools).__name__)
    fh = facts_handle(facts, year)
    try:
        handle = core.schools_evaluate(table, fh, prof._handle)
    except DataError as e:
        if index is None:
            raise
        raise relabel_rows(e, index) from None
    # a table of our own (from a frame or a file) is read for the input texts only when .schools is built; a
    # table the caller passed in may change after the call, so its texts are copied now
    result = Result(handle, prof, _input_texts(table) if table is schools else table)
    result._plan_inputs = (table, fh, prof)  # for Result.summary() (_plan.py)
    result._report_inputs = tuple(os.fspath(x) if isinstance(x, (str, os.PathLike)) else None  # report headers
                                  for x in (schools, facts, profile))
    return result


# to_text, to_html, to_excel, to_excel_csv, plot_cv, plot_schools (the reports live in _report.py)
from . import _report  # noqa: E402

_report.attach(Result)
