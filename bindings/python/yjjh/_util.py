# SPDX-License-Identifier: MIT
"""Internal helpers: stages, profiles, conversion of pandas/numpy inputs for the C layer."""

from __future__ import annotations

import enum
import math
import os
import threading
from typing import Any, Dict, List, Optional, Union

from . import core
from ._errors import InvalidArgumentError, UnknownCodeError, opening

__all__ = ["Stage", "Profile", "load_profile", "stage_of", "stage_label", "as_numbers", "ProfileLike", "StageLike"]


class Stage(enum.IntEnum):
    """School stage (``yjjh_stage``)."""

    NONE = core.STAGE_NONE
    PRIMARY = core.STAGE_PRIMARY
    JUNIOR = core.STAGE_JUNIOR
    SENIOR = core.STAGE_SENIOR


_STAGE_NAMES = {
    "none": Stage.NONE, "": Stage.NONE,
    "primary": Stage.PRIMARY, "小学": Stage.PRIMARY,
    "junior": Stage.JUNIOR, "初中": Stage.JUNIOR,
    "senior": Stage.SENIOR, "高中": Stage.SENIOR,
}

StageLike = Union[Stage, int, str]


def stage_of(stage: StageLike) -> Stage:
    """``"primary"``/``"小学"``/``1``/``Stage.PRIMARY`` → ``Stage.PRIMARY`` (ValueError for anything else)."""
    if isinstance(stage, str):
        key = stage.strip().lower()
        if key in _STAGE_NAMES:
            return _STAGE_NAMES[key]
        raise InvalidArgumentError("unknown stage %r (primary, junior, senior, 小学, 初中, 高中)" % stage,
                                   core.E_BAD_STAGE)
    try:
        return Stage(int(stage))
    except (TypeError, ValueError):
        raise InvalidArgumentError("unknown stage %r" % (stage,), core.E_BAD_STAGE) from None


def stage_label(stage: int) -> Optional[str]:
    """English name of a stage value, None for ``STAGE_NONE``."""
    return None if int(stage) == core.STAGE_NONE else core.stage_name(int(stage))


class Profile:
    """An evaluation profile (评估方案): a built-in one or one loaded from a JSON profile file.

    Immutable and safe to share between threads. Create with :func:`load_profile`.
    """

    __slots__ = ("_handle", "source")

    def __init__(self, handle: Any, source: Optional[str] = None) -> None:
        self._handle = handle
        self.source = source

    @property
    def name(self) -> str:
        """Profile name, e.g. ``"national-2017"``."""
        return core.profile_name(self._handle)

    @property
    def title(self) -> str:
        """Chinese title."""
        return core.profile_title(self._handle)

    @property
    def has_school_rule(self) -> bool:
        """Whether the profile has the per-school rule (每所学校达标)."""
        return core.profile_scheme(self._handle) == core.SCHEME_QUALITY_2017

    @property
    def uses_composite_cv(self) -> bool:
        """Whether the CV rule is on the composite (综合差异系数, 2012 profile)."""
        return core.profile_scheme(self._handle) == core.SCHEME_BASIC_2012

    @property
    def indicator_codes(self) -> List[str]:
        """Indicator codes in profile order (``["R1", …, "R7"]``)."""
        return [core.profile_indicator_get(self._handle, k)["code"]
                for k in range(core.profile_indicator_count(self._handle))]

    def lookup(self, key: str, stage: StageLike = Stage.NONE) -> float:
        """lookup(key: str, stage="none") -> float: one threshold or parameter, e.g. ``lookup("R4", "primary")``."""
        return core.standard_lookup(self._handle, key, int(stage_of(stage)))

    def to_json(self) -> str:
        """to_json() -> str: the merged profile as JSON (as ``yjjh standards --format json``)."""
        return core.profile_to_json(self._handle)

    def __repr__(self) -> str:
        return "<yjjh.Profile %r>" % self.name


_builtin_cache: Dict[str, Profile] = {}
_builtin_lock = threading.Lock()

ProfileLike = Union[str, "os.PathLike[str]", Profile]


def load_profile(profile: ProfileLike = "national-2017") -> Profile:
    """load_profile(profile="national-2017") -> Profile

    A built-in profile by name (see :func:`profiles`), or a JSON profile file (a path, or a string ending in
    ``.json`` / naming an existing file). A :class:`Profile` is returned unchanged. Built-in profiles are cached.

    Raises:
        UnknownCodeError: unknown profile name.
        DataError: invalid profile file (``diagnostics`` lists the problems).
        FileNotFoundError: the file does not exist (:class:`YjjhFileNotFoundError`).
        YjjhIOError: the file cannot be read.
    """
    if isinstance(profile, Profile):
        return profile
    if isinstance(profile, os.PathLike):
        path = os.fspath(profile)
        with opening(path):
            return Profile(core.profile_load_file(path), path)
    if not isinstance(profile, str):
        raise TypeError("profile: expected a name, a path or a yjjh.Profile, got %s" % type(profile).__name__)
    builtin = {core.profile_builtin_get(i) for i in range(core.profile_builtin_count())}
    if profile in builtin:
        with _builtin_lock:
            cached = _builtin_cache.get(profile)
            if cached is None:
                cached = Profile(core.profile_builtin(profile), None)
                _builtin_cache[profile] = cached
            return cached
    if profile.lower().endswith(".json") or os.path.isfile(profile):
        with opening(profile):
            return Profile(core.profile_load_file(profile), profile)
    raise UnknownCodeError("unknown profile %r (built-in: %s)" % (profile, ", ".join(sorted(builtin))),
                           core.E_UNKNOWN_PROFILE)


def as_numbers(values: Any) -> Any:
    """Hand pandas objects to the C typemap as numpy arrays (float64 with NaN for missing when numeric);
    everything else (lists, tuples, array('d'), numpy arrays) goes as is and is checked by the typemap."""
    to_numpy = getattr(values, "to_numpy", None)
    if to_numpy is not None and hasattr(values, "dtype"):
        try:
            from pandas.api.types import is_numeric_dtype
        except ImportError:  # pragma: no cover
            return to_numpy()
        if is_numeric_dtype(values.dtype):
            return to_numpy(dtype="float64", na_value=math.nan)
        return to_numpy()
    return values


def num(x: Any, name: str) -> float:
    """A scalar number as float; str, bytes and None are a TypeError (no silent parsing)."""
    if x is None or isinstance(x, (str, bytes, bytearray)):
        raise TypeError("%s: expected a number, got %s" % (name, type(x).__name__))
    try:
        return float(x)
    except (TypeError, ValueError):
        raise TypeError("%s: expected a number, got %s" % (name, type(x).__name__)) from None
