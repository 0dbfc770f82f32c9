# SPDX-License-Identifier: MIT
"""School tables and county facts: CSV files (read by the C reader) and pandas DataFrames."""

from __future__ import annotations

import json
import math
import numbers
import os
import warnings
from typing import IO, TYPE_CHECKING, Any, Dict, List, Mapping, Optional, Tuple, Union

from . import core
from ._errors import DataError, DataWarning, Problem, UnknownCodeError, YjjhError, _build, opening, relabel_rows

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["read_schools", "read_facts", "Facts", "schools_table", "facts_handle", "columns", "read_table"]

PathLike = Union[str, "os.PathLike[str]"]
Source = Union[str, "os.PathLike[str]", bytes, bytearray, memoryview, IO[bytes], IO[str]]
"""A file to read: a path, the file's bytes, or an open file object (binary, or text: then its str is UTF-8)."""


def _all_columns() -> List[int]:
    return [core.column_get(i) for i in range(core.column_count())]


def columns() -> pd.DataFrame:
    """columns() -> pandas.DataFrame: every known school column: id, name (English header), name_zh (Chinese
    header), is_text, is_integer."""
    import pandas as pd

    rows = [{"id": c, "name": core.column_name(c), "name_zh": core.column_name_zh(c),
             "is_text": bool(core.column_is_text(c)), "is_integer": bool(core.column_is_integer(c))}
            for c in _all_columns()]
    return pd.DataFrame(rows, columns=["id", "name", "name_zh", "is_text", "is_integer"])


def read_table(source: Source, encoding: Optional[str] = None, *, sheet: Optional[str] = None,
               header_row: Optional[int] = None, columns: Any = None) -> core.Schools:
    """The C school table (``yjjh.core.Schools``) of a schools file (CSV or .xlsx) given as a path, bytes or a
    file object, read with the reader options of :func:`read_schools`; the reader's notes are issued as
    :class:`yjjh.DataWarning`."""
    opts = _read_options(encoding, sheet, header_row, columns)
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        with opening(path):
            table = core.schools_read_file_ex(path, opts)
    else:
        data, name = _source_bytes(source)
        if isinstance(data, str):
            data, opts["encoding"] = data.encode("utf-8", "surrogatepass"), "utf-8"
        table = core.schools_read_buffer_ex(data, name, opts)
    _warn_notes(table)
    return table


def _read_options(encoding: Optional[str], sheet: Optional[str], header_row: Optional[int],
                  columns: Any) -> Dict[str, Any]:
    opts: Dict[str, Any] = {"encoding": encoding, "sheet": sheet, "header_row": header_row or 0}
    if columns is not None:
        if isinstance(columns, dict):
            opts["columns"] = json.dumps(columns, ensure_ascii=False)
            opts["columns_name"] = "<columns>"
        else:
            with opening(os.fspath(columns)):
                with open(os.fspath(columns), "rb") as f:
                    opts["columns"] = f.read()
            opts["columns_name"] = os.fspath(columns)
    return opts


def _warn_notes(table: Any) -> None:
    for i in range(core.schools_note_count(table)):
        warnings.warn(core.schools_note_get(table, i), DataWarning, stacklevel=4)


def _source_bytes(source: Any) -> Tuple[Union[bytes, str], Optional[str]]:
    """(content, name for messages) of bytes or a file object; TypeError for anything else."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        return bytes(source), "<bytes>"
    read = getattr(source, "read", None)
    if read is None:
        raise TypeError("expected a path, bytes or a file object, got %s" % type(source).__name__)
    data = read()
    name = getattr(source, "name", None)
    name = os.fspath(name) if isinstance(name, (str, os.PathLike)) else "<stream>"
    if isinstance(data, (bytes, bytearray, memoryview)):
        return bytes(data), name
    if isinstance(data, str):
        return data, name
    raise TypeError("%s.read() returned %s, expected bytes or str" % (type(source).__name__, type(data).__name__))


def read_schools(source: Source, encoding: Optional[str] = None, *, sheet: Optional[str] = None,
                 header_row: Optional[int] = None, columns: Any = None) -> pd.DataFrame:
    """read_schools(source, encoding=None, *, sheet=None, header_row=None, columns=None) -> pandas.DataFrame

    Read a schools file, CSV or an ``.xlsx`` workbook (detected by content), with the C reader: the same rules
    and messages as the ``yjjh`` CLI (UTF-8 or GB18030/GBK, English or Chinese headers, ``(万元)`` converted to
    元, empty/``-``/``NA``/``无`` = missing; title rows, two-row headers, blank and total rows as
    docs/data-format.md "Table layout" describes). ``source`` is a path, the file's bytes, or an open file object
    (binary; a text-mode file is read as UTF-8 whatever ``encoding`` says). ``sheet`` names the sheet of a
    workbook (default the first), ``header_row`` the 1-based line or sheet row of the header (default: found),
    ``columns`` a column mapping (a path to its JSON file, or the mapping as a dict, docs/data-format.md "Column
    mappings"). Returns one row per school with the English column names of the known columns that the file has;
    number columns are float64 with NaN for missing, text columns hold str or None. What the reader notes (total
    rows skipped, unknown columns with the closest known name) is issued as :class:`yjjh.DataWarning` warnings.

    Raises:
        DataError: the file has errors; ``problems`` lists them with their line and column
            (``"schools.csv:17: column …"``, ``"schools.xlsx: Sheet1!D14: column …"``).
        FileNotFoundError: the file does not exist (:class:`YjjhFileNotFoundError`, ``filename`` set).
        YjjhIOError: the file cannot be opened or read.
    """
    return _table_to_frame(read_table(source, encoding, sheet=sheet, header_row=header_row, columns=columns))


def _table_to_frame(table: Any) -> pd.DataFrame:
    """Column-wise copy of a C school table into a DataFrame, with no per-row Python work: the number columns are
    filled by C (``yjjh_schools_get_numbers``) straight into the rows of one float64 block, the text columns
    decoded by C (``yjjh_schools_get_texts``; equal texts share one str) into the rows of one object block; the
    two blocks become the frame's blocks without a copy."""
    import numpy as np
    import pandas as pd

    n = core.schools_row_count(table)
    index = pd.RangeIndex(n)
    present = [col for col in _all_columns() if core.schools_has_column(table, col)]
    numbers = [col for col in present if not core.column_is_text(col)]
    texts = [col for col in present if core.column_is_text(col)]
    block = np.empty((len(numbers), n), dtype=np.float64)
    for i, col in enumerate(numbers):
        core.schools_get_numbers(block[i], table, col)
    objects = np.empty((len(texts), n), dtype=object)
    for i, col in enumerate(texts):
        core.schools_get_texts(objects[i], table, col)
    frame_numbers = pd.DataFrame(block.T, columns=[core.column_name(c) for c in numbers], index=index, copy=False)
    if present[:len(texts)] == texts:  # the catalogue lists the text columns first: the two blocks side by side
        frame_texts = pd.DataFrame(objects.T, columns=[core.column_name(c) for c in texts], index=index, copy=False)
        return pd.concat([frame_texts, frame_numbers], axis=1, copy=False) if texts else frame_numbers
    for pos, col in enumerate(present):  # (any other order: each text column inserted at its place)
        if core.column_is_text(col):
            frame_numbers.insert(pos, core.column_name(col), objects[texts.index(col)])
    return frame_numbers


def _text_cell(v: Any) -> Optional[str]:
    """The text of a cell handed to C (yjjh_schools_set_cells reads it like a CSV cell), for the cell types the
    C conversion (swig/typemaps.i, yjjh_py_text_cell) passes on: str as is; None, NaN, pd.NA, pd.NaT missing;
    integers as their digits; a real number as its digits when it is whole and below 1e16 in magnitude, else
    as repr(), the shortest text that reads back as exactly that double; bytes as UTF-8; anything else str()."""
    if v is None:
        return None
    if isinstance(v, str):
        return v
    if isinstance(v, float) and math.isnan(v):
        return None
    try:
        import pandas as pd

        if v is pd.NA or v is pd.NaT:
            return None
    except ImportError:  # pragma: no cover
        pass
    if isinstance(v, numbers.Integral):
        return str(int(v))
    if isinstance(v, numbers.Real):
        f = float(v)
        if math.isnan(f):
            return None
        return str(int(f)) if f.is_integer() and abs(f) < 1e16 else repr(f)
    if isinstance(v, bytes):
        return v.decode("utf-8")
    return str(v)


_MAX_PROBLEMS = core.DIAG_MAX  # as many as a yjjh_diag lists


def _number_problems(values: Any, scaled: Any, header: str) -> List[Problem]:
    """The problems of the cells of a float64 column that the C cell reader rejects: infinities ("inf" is
    not a number, as the CSV cell "inf") and finite values that overflow when scaled ("too large"); ``scaled``
    is ``values`` times the column's unit scale."""
    import numpy as np

    bad_value = np.isinf(values)
    too_large = np.isfinite(values) & ~np.isfinite(scaled)
    out = []
    for r in np.flatnonzero(bad_value | too_large):
        what = "is not a number" if bad_value[r] else "is too large"
        code = core.PROBLEM_NOT_A_NUMBER if bad_value[r] else core.PROBLEM_TOO_LARGE
        out.append(_problem(int(r) + 2, header, '"%s" %s' % (repr(float(values[r])), what), code))
    return out


def _problem(line: int, header: str, text: str, code: int) -> Problem:
    """A problem at the line a row would have in a CSV file, worded and coded as the C diagnostics."""
    return Problem(None, line, header, core.problem_code_name(code), "line %d: column %s: %s" % (line, header, text))


def _text_problems(cells: List[Any], header: str) -> List[Problem]:
    """The problems of text cells that cannot reach C at all (the SWIG conversion refuses them without naming
    the column): an embedded NUL character, a lone surrogate, bytes that are not UTF-8."""
    out = []
    for r, v in enumerate(cells):
        try:
            t = _text_cell(v)
        except UnicodeDecodeError:
            out.append(_problem(r + 2, header, "bytes that are not valid UTF-8", core.PROBLEM_INVALID_ENCODING))
            continue
        if t is None:
            continue
        if "\0" in t:
            out.append(_problem(r + 2, header, "embedded NUL character", core.PROBLEM_NUL_BYTE))
            continue
        try:
            t.encode("utf-8")
        except UnicodeEncodeError:
            out.append(_problem(r + 2, header, "not valid Unicode text (a lone surrogate)",
                                core.PROBLEM_INVALID_ENCODING))
    return out


def _cells(series: Any) -> Any:
    """The cells of a column for yjjh_schools_set_cells: a C-contiguous object array for object columns (and
    pandas string columns, missing as None), whose cells C converts without Python work; else a list."""
    import numpy as np
    import pandas as pd

    if series.dtype == object:
        return np.ascontiguousarray(series.to_numpy())
    if isinstance(series.dtype, pd.StringDtype):
        return np.ascontiguousarray(series.to_numpy(dtype=object, na_value=None))
    return series.tolist()


def schools_table(frame: pd.DataFrame) -> core.Schools:
    """The C school table (``yjjh.core.Schools``) of a DataFrame with English or Chinese column names.

    Columns are matched with ``yjjh_column_from_header`` (unit suffixes like ``(万元)`` scale the values);
    unknown columns are ignored. Every column goes to C in one call, and every cell is judged by the C cell
    reader of the CSV files, so a frame accepts and rejects exactly the cells the ``yjjh`` CLI does: numeric
    columns (float, int, bool dtypes) as one float64 buffer (NaN = missing; infinities rejected like the CSV
    cell "inf"), every other column as its cells (``yjjh_schools_set_cells``: text as is, numbers as their exact
    text). Problems are reported as one DataError whose ``problems`` name the row by the frame's index label
    and the column as written in the frame, in row order.
    """
    import numpy as np
    from pandas.api.types import is_complex_dtype, is_numeric_dtype

    n = len(frame)
    table = core.schools_new(n)
    seen: Dict[int, str] = {}
    problems: List[Problem] = []

    for name, series in frame.items():  # items(): duplicate labels are separate columns
        header = str(name)
        try:
            col, scale = core.column_from_header(header)
        except UnknownCodeError:
            # unknown columns are ignored, with a note naming the closest known one (data-format.md)
            try:
                near = core.column_closest(header)
                hint = " (did you mean %s / %s?)" % (core.column_name(near), core.column_name_zh(near))
            except YjjhError:
                hint = ""
            warnings.warn("column %s: unknown column, ignored%s" % (header, hint), DataWarning, stacklevel=3)
            continue
        if col in seen:
            problems.append(_problem(1, header, "duplicate column (\"%s\" is the same column)" % seen[col],
                                     core.PROBLEM_DUPLICATE_COLUMN))
            continue
        seen[col] = header
        if header != core.column_name(col):
            core.schools_set_header_name(table, col, header)  # messages name the column as the frame does
        if not core.column_is_text(col) and is_numeric_dtype(series.dtype) and not is_complex_dtype(series.dtype):
            # float/int/bool (numpy or nullable pandas dtypes): one float64 buffer, NaN = missing, read by C in
            # place (a float64 column is not copied in Python; other dtypes are converted by numpy).
            if series.dtype == np.float64:
                values = series.to_numpy()
            else:
                values = series.to_numpy(dtype="float64", na_value=math.nan)
            if scale != 1.0:
                with np.errstate(over="ignore", invalid="ignore"):
                    scaled = values * scale
            else:
                scaled = values
            # an infinity in values, or a finite value that overflows when scaled, is infinite in scaled
            bad = _number_problems(values, scaled, header) if np.isinf(scaled).any() else []
            problems.extend(bad)
            if not bad:
                core.schools_set_numbers(table, col, np.ascontiguousarray(scaled, dtype=np.float64))
        else:
            # text columns, and number columns of other dtypes (e.g. object, as from read_csv(dtype=str)):
            # the cells go to the C cell reader, converted to text in C (an object array is read in place:
            # str, None and NaN, int and float cells without any per-cell Python work).
            cells = _cells(series)
            try:
                core.schools_set_cells_packed(table, col, cells, scale)
            except DataError as e:
                # (line 0: the diag's own "too many errors" entry; counted again below)
                problems.extend(p for p in e.problems if p.line)
            except ValueError:  # NUL, lone surrogate, bad bytes: refused before C, found again here by row
                bad = _text_problems(cells, header)
                if not bad:
                    raise
                problems.extend(bad)
    if problems:
        problems.sort(key=lambda p: p.line or 0)  # stable: columns in frame order within a line
        shown = problems[:_MAX_PROBLEMS]
        if len(problems) > _MAX_PROBLEMS:
            shown.append(Problem(None, None, None, core.problem_code_name(core.PROBLEM_TOO_MANY_PROBLEMS),
                                 "too many errors (only the first %d are listed)" % _MAX_PROBLEMS))
        raise relabel_rows(_build(core.E_INVALID_DATA, core.strerror(core.E_INVALID_DATA), shown), frame.index)
    return table


class Facts:
    """County facts (县级事实数据, data-format.md §3) held by the C library, with their source (a path or a dict
    ``{county_code: {key: value}}``, county code ``""`` = default for every county). Kept for compatibility:
    :func:`read_facts` now returns a plain dict, and :func:`evaluate` accepts a dict, a path or a Facts.

    Keys may be English or Chinese (``"evaluation_year"`` / ``"评估年份"``); values are numbers, booleans, or
    strings like ``"95%"`` / ``"是"``.
    """

    __slots__ = ("_handle", "source")

    def __init__(self, handle: Any, source: Any) -> None:
        self._handle = handle
        self.source = source

    def get(self, county_code: str, key: str, default: Optional[float] = None) -> Optional[float]:
        """get(county_code, key, default=None) -> float | None: a fact of a county (falling back to the ""
        default), or ``default`` when not given."""
        canonical = core.fact_key_from_name(key)
        try:
            return core.facts_get(self._handle, str(county_code), canonical)
        except YjjhError as e:
            if e.code == core.E_NOT_FOUND:
                return default
            raise

    def __repr__(self) -> str:
        src = self.source if isinstance(self.source, str) else "<dict>"
        return "<yjjh.Facts from %s>" % src


def fact_keys() -> pd.DataFrame:
    """fact_keys() -> pandas.DataFrame: every known county fact key with its Chinese name."""
    import pandas as pd

    keys = [core.fact_key_get(i) for i in range(core.fact_key_count())]
    return pd.DataFrame({"key": keys, "name_zh": [core.fact_key_name_zh(k) for k in keys]})


def read_facts(source: Source, encoding: Optional[str] = None) -> Dict[str, Dict[str, float]]:
    """read_facts(source, encoding=None) -> dict

    Read county facts from a CSV file (one row per county) or a JSON file (object keyed by county code) with
    the C reader (``source``: a path, the file's bytes or a file object), as a plain dict ``{county_code: {key: value}}``: canonical English keys (see
    :func:`fact_keys`), float values (booleans 1.0/0.0, rates as fractions: ``"95%"`` -> 0.95), counties in
    file order. County code ``""`` holds the defaults of every county, when the file has them; a county's value
    equal to its ``""`` default is listed under ``""`` only. The dict can be edited and passed to
    :func:`evaluate` (``facts=``) like the path itself.

    Raises DataError (with ``problems``) for invalid files, FileNotFoundError (:class:`YjjhFileNotFoundError`)
    when the file does not exist, YjjhIOError when it cannot be read.
    """
    return core.facts_to_dict(_facts_read(source, encoding))


def _facts_read(source: Any, encoding: Optional[str] = None) -> core.Facts:
    if isinstance(source, (str, os.PathLike)):
        path = os.fspath(source)
        with opening(path):
            return core.facts_read_file(path, encoding)
    data, name = _source_bytes(source)
    if isinstance(data, str):
        data, encoding = data.encode("utf-8", "surrogatepass"), "utf-8"
    return core.facts_read_buffer(data, name, encoding)


def _fact_value(v: Any, where: str) -> Optional[float]:
    if v is None:
        return None
    if isinstance(v, bool):
        return 1.0 if v else 0.0
    if isinstance(v, numbers.Real):
        f = float(v)
        return None if math.isnan(f) else f
    if isinstance(v, str) and "\0" not in v:
        # read by the C facts reader's rules (yjjh_fact_value_parse): numbers, "95%", 是/否, missing tokens
        try:
            f = core.fact_value_parse(v)
        except DataError:
            pass
        else:
            return None if math.isnan(f) else f
    raise DataError("invalid fact value (YJJH_E_INVALID_FACTS):\n%s: %r is not a number, rate or boolean"
                    % (where, v), core.E_INVALID_FACTS, ["%s: %r is not a number, rate or boolean" % (where, v)])


def facts_handle(facts: Any, year: Optional[int] = None) -> Optional[core.Facts]:
    """A fresh C fact set (``yjjh.core.Facts``) for evaluate(), or None when there are no facts and no year.

    ``facts``: None, a :class:`Facts`, a path, or a dict ``{county_code: {key: value}}``; ``year`` sets
    ``evaluation_year`` as the default of every county (as the CLI's ``--year``) without changing ``facts``.
    """
    if isinstance(facts, Facts):
        facts = facts.source
    if facts is None:
        handle = core.facts_new() if year is not None else None
    elif isinstance(facts, (str, os.PathLike, bytes, bytearray, memoryview)) or hasattr(facts, "read"):
        handle = _facts_read(facts)
    elif isinstance(facts, Mapping):
        handle = core.facts_new()
        for county, values in facts.items():  # per county; each county's values are set in one C call
            code = county if isinstance(county, str) else "" if county is None else _text_cell(county) or ""
            if not isinstance(values, Mapping):
                raise TypeError("facts[%r]: expected a dict of fact values, got %s" % (county, type(values).__name__))

            def slow(name: Any, v: Any, county: Any = county) -> Tuple[str, Optional[float]]:
                try:
                    key = core.fact_key_from_name(str(name))
                except UnknownCodeError as e:
                    raise UnknownCodeError("facts[%r]: unknown fact key %r" % (county, name), e.code) from None
                return key, _fact_value(v, "facts[%r][%r]" % (county, name))

            core.facts_set_values(handle, code, values if isinstance(values, dict) else dict(values), slow)
    else:
        raise TypeError("facts: expected None, a path, a dict or yjjh.Facts, got %s" % type(facts).__name__)
    if year is not None:
        core.facts_set(handle, "", "evaluation_year", float(year))
    return handle
