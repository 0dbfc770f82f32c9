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
5xx        :class:`YjjhIOError`           ``OSError``
9xx        :class:`InternalError`         ``RuntimeError``
=========  ==========================  ===================

:class:`HandleInUseError` (a ``RuntimeError``, not a status code) is raised by the binding itself when a call
would change or free a handle that another thread is using in a call that released the GIL.
"""

from __future__ import annotations

from typing import Dict, List, Optional, Sequence

__all__ = [
    "YjjhError",
    "InvalidArgumentError",
    "DataError",
    "DomainError",
    "UnknownCodeError",
    "YjjhMemoryError",
    "YjjhIOError",
    "InternalError",
    "HandleInUseError",
    "DataWarning",
    "status_name",
]


class YjjhError(Exception):
    """Base class of every libyjjh error.

    Attributes:
        code: the numeric ``yjjh_status`` (e.g. 101).
        status_name: its C name (e.g. ``"YJJH_E_EMPTY"``).
        diagnostics: the problems found in input data (``"schools.csv:17: column …"``), possibly empty.
        diagnostic_lines: the line of each diagnostic (0 when it has none), or an empty list when unknown.
    """

    code: int
    status_name: str
    diagnostics: List[str]
    diagnostic_lines: List[int]

    def __init__(self, message: str, code: int = 0, diagnostics: Optional[Sequence[str]] = None,
                 diagnostic_lines: Optional[Sequence[int]] = None) -> None:
        super().__init__(message)
        self.code = int(code)
        self.status_name = status_name(self.code)
        self.diagnostics = list(diagnostics or [])
        self.diagnostic_lines = [int(x) for x in diagnostic_lines or []]

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
    """File cannot be opened, read or written (status 5xx)."""


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
                 lines: Optional[Sequence[int]] = None) -> YjjhError:
    """Build the exception for a failed call (used by the extension module; ``lines``: the line of each
    diagnostic)."""
    diagnostics = list(diagnostics)
    message = "%s (%s)" % (text, status_name(code))
    if diagnostics:
        shown = diagnostics
        message += ":\n" + "\n".join(shown)
    return error_class(code)(message, code, diagnostics, lines)
