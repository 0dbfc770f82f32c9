# SPDX-License-Identifier: MIT
"""Exceptions raised by :mod:`yjjh`.

Every failing libyjjh call raises a subclass of :class:`YjjhError` chosen by the category of its status code
(``yjjh_status``, grouped by hundreds as in ``yjjh_status.h``). The classes also derive from the matching
built-in exception, so ``except ValueError`` keeps working:

=========  ==========================  ===================
codes      class                       built-in base
=========  ==========================  ===================
1xx        :class:`InvalidArgumentError`  ``ValueError``
150–153    :class:`DataError`             ``ValueError`` (carries the diagnostics)
2xx        :class:`DomainError`           ``ArithmeticError``
3xx        :class:`UnknownCodeError`      ``LookupError``
4xx        :class:`YjjhMemoryError`       ``MemoryError``
5xx        :class:`YjjhIOError`           ``OSError``; a file that does not exist:
           :class:`YjjhFileNotFoundError`  ``FileNotFoundError`` (``filename`` set)
9xx        :class:`InternalError`         ``RuntimeError``
=========  ==========================  ===================

:class:`HandleInUseError` (a ``RuntimeError``, not a status code) is raised by the binding itself when a call
would change or free a handle that another thread is using in a call that released the GIL.

Problems in input data are :class:`Problem` records in ``DataError.problems`` (row or line, column, code,
message) and a DataFrame from ``DataError.problems_frame()``. For a DataFrame input ``row`` is the frame's index
label; for a file ``line`` is the physical line (header = line 1).
"""

from __future__ import annotations

import contextlib
import errno as _errno
import os
import re
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING, Any, Dict, Hashable, Iterator, List, Optional, Sequence

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "YjjhError",
    "InvalidArgumentError",
    "DataError",
    "DomainError",
    "UnknownCodeError",
    "YjjhMemoryError",
    "YjjhIOError",
    "YjjhFileNotFoundError",
    "InternalError",
    "HandleInUseError",
    "DataWarning",
    "status_name",
    "Problem",
]


@dataclass(frozen=True)
class Problem:
    """One problem found in input data (one entry of the C library's diagnostics list, ``yjjh_diag``).

    Attributes:
        row: for a DataFrame input, the index label of the row (None when the problem is not tied to a row);
            None for files (see ``line``).
        line: the physical line of a file (header = line 1); None for a DataFrame row or when not tied to a
            line.
        column: the column as written in the input ("小学在校生数", "primary_students"), None when not tied to
            a column.
        code: the stable problem code of libyjjh (e.g. ``"not_a_number"``), None when the library gives none.
        message: the whole message, e.g. ``schools.csv:17: column 小学在校生数: "12a" is not a number`` or, for a
            DataFrame, ``row 'S07': column primary_students: "12a" is not a number``.
    """

    row: Optional[Hashable]
    line: Optional[int]
    column: Optional[str]
    code: Optional[str]
    message: str

    def __str__(self) -> str:
        return self.message


PROBLEM_FIELDS = ("row", "line", "column", "code", "message")


def problems_frame(problems: Sequence[Problem]) -> pd.DataFrame:
    """A DataFrame of problems, one row each: row, line (nullable integer), column, code, message."""
    import pandas as pd

    frame = pd.DataFrame([asdict(p) for p in problems], columns=list(PROBLEM_FIELDS))
    frame["line"] = frame["line"].astype("Int64")
    return frame


class YjjhError(Exception):
    """Base class of every libyjjh error.

    Attributes:
        code: the numeric ``yjjh_status`` (e.g. 101).
        status_name: its C name (e.g. ``"YJJH_E_EMPTY"``).
        problems: the problems found in input data as :class:`Problem` records, possibly empty.
        diagnostics: their messages (``"schools.csv:17: column …"``).
        diagnostic_lines: the line of each (0 when it has none).
    """

    code: int
    status_name: str
    problems: List[Problem]

    def __init__(self, message: str, code: int = 0, diagnostics: Optional[Sequence[str]] = None,
                 diagnostic_lines: Optional[Sequence[int]] = None,
                 problems: Optional[Sequence[Problem]] = None) -> None:
        super().__init__(message)
        self.code = int(code)
        self.status_name = status_name(self.code)
        if problems is None:
            lines = list(diagnostic_lines or [])
            problems = [Problem(None, (int(lines[i]) or None) if i < len(lines) else None, None, None, str(m))
                        for i, m in enumerate(diagnostics or [])]
        self.problems = list(problems)

    @property
    def diagnostics(self) -> List[str]:
        """The message of every problem (``"schools.csv:17: column …: problem"``)."""
        return [p.message for p in self.problems]

    @property
    def diagnostic_lines(self) -> List[int]:
        """The line of every problem, 0 when it has none (DataFrame rows have none: see ``problems``)."""
        return [p.line or 0 for p in self.problems]

    def problems_frame(self) -> pd.DataFrame:
        """problems_frame() -> pandas.DataFrame: ``problems`` as a table (row, line, column, code, message)."""
        return problems_frame(self.problems)

    def __str__(self) -> str:  # OSError would otherwise format its own way
        return str(self.args[0]) if self.args else ""


class InvalidArgumentError(YjjhError, ValueError):
    """Invalid argument or input value (status 1xx): NULL, empty input, NaN, negative, zero students…"""


class DataError(InvalidArgumentError):
    """Input data, profile or facts file with errors (status 150–153); ``diagnostics`` lists every problem."""


class DomainError(YjjhError, ArithmeticError):
    """Numerical or domain problem (status 2xx): zero mean (CV undefined), overflow, not applicable."""


class UnknownCodeError(YjjhError, LookupError):
    """Lookup failure (status 3xx): unknown indicator, profile, column or key, or entry not found."""


class YjjhMemoryError(YjjhError, MemoryError):
    """Out of memory (status 4xx)."""


class YjjhIOError(YjjhError, OSError):
    """File cannot be opened, read or written (status 5xx). ``filename`` is the file, when known."""


class YjjhFileNotFoundError(YjjhIOError, FileNotFoundError):
    """The file does not exist (status YJJH_E_IO_OPEN): also a ``FileNotFoundError`` with ``filename`` and
    ``errno`` ENOENT."""


class InternalError(YjjhError, RuntimeError):
    """Internal error of libyjjh (status 9xx): a bug, please report it."""


class HandleInUseError(RuntimeError):
    """A call would change or free a table, fact set, profile or result that another thread is using in a call
    that released the GIL (e.g. :func:`yjjh.evaluate`). Nothing was changed; retry when that call has returned.
    Raised at once, never waited for, so threads cannot deadlock on a handle."""


class DataWarning(UserWarning):
    """What a reader noted about input it accepted: a total row (合计) it skipped, an unknown column it ignored
    (with the closest known name), the header it found below title rows (docs/data-format.md "Table layout").
    The message is the library's note, formatted like a diagnostic (``"schools.csv:40: total row …"``)."""


_CATEGORY = {
    1: InvalidArgumentError,
    2: DomainError,
    3: UnknownCodeError,
    4: YjjhMemoryError,
    5: YjjhIOError,
    9: InternalError,
}

_names: Optional[Dict[int, str]] = None


def status_name(code: int) -> str:
    """C name of a status code (``101`` → ``"YJJH_E_EMPTY"``), or ``"YJJH_E_<code>"`` for unknown codes."""
    global _names
    if _names is None:
        try:
            from . import core
        except ImportError:  # pragma: no cover - only when the extension is missing
            return "YJJH_E_%d" % code
        table: Dict[int, str] = {}
        for name, value in vars(core).items():
            if (name == "OK" or name.startswith("E_")) and isinstance(value, int):
                table[value] = "YJJH_" + name
        _names = table
    return _names.get(int(code), "YJJH_E_%d" % code)


def error_class(code: int) -> type:
    """The exception class for a status code."""
    if 150 <= code <= 153:
        return DataError
    return _CATEGORY.get(code // 100, YjjhError)


def _from_status(code: int, text: str, diagnostics: Sequence[str] = (),
                 lines: Optional[Sequence[int]] = None, columns: Optional[Sequence[str]] = None,
                 codes: Optional[Sequence[Optional[str]]] = None) -> YjjhError:
    """Build the exception for a failed call (used by the extension module with the diag entries' messages,
    lines, columns and problem codes)."""
    diagnostics = list(diagnostics)
    lines = list(lines or [])
    columns = list(columns or [])
    codes = list(codes or [])

    def at(seq: List[Any], i: int) -> Any:
        return seq[i] if i < len(seq) else None

    problems = [Problem(None, int(at(lines, i) or 0) or None, at(columns, i) or None, at(codes, i) or None, str(m))
                for i, m in enumerate(diagnostics)]
    return _build(code, text, problems)


def _build(code: int, text: str, problems: Sequence[Problem]) -> YjjhError:
    message = "%s (%s)" % (text, status_name(code))
    if problems:
        message += ":\n" + "\n".join(p.message for p in problems)
    return error_class(code)(message, code, problems=problems)


def _row_text(label: Any) -> str:
    item = getattr(label, "item", None)  # numpy scalars: their Python value
    if item is not None and not isinstance(label, (str, bytes)):
        try:
            label = item()
        except (TypeError, ValueError):
            pass
    return "row %r" % (label,)


def at_row(problem: Problem, label: Any, has_row: bool = True) -> Problem:
    """The problem of a DataFrame input moved from its CSV-style line to the frame's index label: ``row`` set,
    ``line`` None, the ``line N:`` prefix of the message replaced by ``row LABEL:`` (or removed for the header,
    ``has_row`` False)."""
    message = problem.message
    if problem.line is not None:
        prefix = "line %d: " % problem.line
        if message.startswith(prefix):
            message = message[len(prefix):]
    if has_row:
        message = "%s: %s" % (_row_text(label), message)
    return replace(problem, row=label if has_row else None, line=None, message=message)


_FIRST_ON_LINE = re.compile(r"\(first on line (\d+)\)")  # validate.c: duplicate school_id "X" (first on line N)


def relabel_rows(exc: YjjhError, index: Sequence[Any]) -> YjjhError:
    """The exception of a DataFrame input with every problem pointing at the frame's index label instead of the
    line the row would have in a CSV file (row r = line r + 2, header = line 1)."""
    if not exc.problems:
        return exc
    def first_row(m: "re.Match[str]") -> str:
        line = int(m.group(1))
        return "(first in %s)" % _row_text(index[line - 2]) if 2 <= line < len(index) + 2 else m.group(0)

    moved = []
    for p in exc.problems:
        if p.line is not None and 2 <= p.line < len(index) + 2:
            p = replace(p, message=_FIRST_ON_LINE.sub(first_row, p.message))
            moved.append(at_row(p, index[p.line - 2]))
        elif p.line == 1:
            moved.append(at_row(p, None, has_row=False))
        else:
            moved.append(p)
    text = str(exc.args[0]).split(" (YJJH_", 1)[0] if exc.args else "error"
    new = _build(exc.code, text, moved)
    new.__traceback__ = exc.__traceback__
    return new


def with_filename(exc: YjjhError, path: str) -> YjjhError:
    """A file error with the file's name: a :class:`YjjhFileNotFoundError` when the file does not exist (the
    library's YJJH_E_IO_OPEN), else the same class with ``filename`` (and ``errno`` from the OS) set."""
    if not isinstance(exc, YjjhIOError) or getattr(exc, "filename", None):
        return exc
    reason, err = "", None
    try:
        os.stat(path)
    except OSError as e:
        err, reason = e.errno, e.strerror
    text = str(exc.args[0]) if exc.args else "I/O error"
    message = "%s: %r%s" % (text, path, ": " + reason if reason else "")
    cls = YjjhFileNotFoundError if err == _errno.ENOENT and exc.code == _IO_OPEN else type(exc)
    new = cls(message, exc.code, problems=exc.problems)
    new.errno, new.strerror, new.filename = err, reason or None, path
    return new


_IO_OPEN = 500  # YJJH_E_IO_OPEN (yjjh_status.h; values never change)


@contextlib.contextmanager
def opening(path: str) -> Iterator[None]:
    """Raise the library's file errors of the block with the file name (see :func:`with_filename`)."""
    try:
        yield
    except YjjhIOError as e:
        raise with_filename(e, path) from None
