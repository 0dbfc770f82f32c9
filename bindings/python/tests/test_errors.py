# SPDX-License-Identifier: MIT
"""Every exception class, raised by real library calls where the library can produce it."""

import math

import pytest

import yjjh
from yjjh import core
from yjjh._errors import _from_status, error_class

from conftest import EXAMPLES_DATA


def test_hierarchy():
    assert issubclass(yjjh.InvalidArgumentError, (yjjh.YjjhError, ValueError))
    assert issubclass(yjjh.DataError, yjjh.InvalidArgumentError)
    assert issubclass(yjjh.DomainError, ArithmeticError)
    assert issubclass(yjjh.UnknownCodeError, LookupError)
    assert issubclass(yjjh.YjjhMemoryError, MemoryError)
    assert issubclass(yjjh.YjjhIOError, OSError)
    assert issubclass(yjjh.InternalError, RuntimeError)
    for cls in (yjjh.InvalidArgumentError, yjjh.DataError, yjjh.DomainError, yjjh.UnknownCodeError,
                yjjh.YjjhMemoryError, yjjh.YjjhIOError, yjjh.InternalError):
        assert issubclass(cls, yjjh.YjjhError)


# Every status code of yjjh_status.h with the exception class _errors.py documents for it, written out code by
# code (not derived from the category rule the implementation uses, so a wrong rule or a new code fails here).
EXPECTED_CLASS = {
    "E_NULL_ARG": (100, yjjh.InvalidArgumentError),
    "E_EMPTY": (101, yjjh.InvalidArgumentError),
    "E_NOT_FINITE": (102, yjjh.InvalidArgumentError),
    "E_NEGATIVE": (103, yjjh.InvalidArgumentError),
    "E_BAD_WEIGHT": (104, yjjh.InvalidArgumentError),
    "E_ZERO_STUDENTS": (105, yjjh.InvalidArgumentError),
    "E_OUT_OF_RANGE": (106, yjjh.InvalidArgumentError),
    "E_LENGTH_MISMATCH": (107, yjjh.InvalidArgumentError),
    "E_STRUCT_VERSION": (108, yjjh.InvalidArgumentError),
    "E_BAD_STAGE": (109, yjjh.InvalidArgumentError),
    "E_COLUMN_KIND": (110, yjjh.InvalidArgumentError),
    "E_NOT_POSITIVE": (111, yjjh.InvalidArgumentError),
    "E_INVALID_DATA": (150, yjjh.DataError),
    "E_INVALID_PROFILE": (151, yjjh.DataError),
    "E_INVALID_FACTS": (152, yjjh.DataError),
    "E_ENCODING": (153, yjjh.DataError),
    "E_ZERO_MEAN": (200, yjjh.DomainError),
    "E_OVERFLOW": (201, yjjh.DomainError),
    "E_NOT_APPLICABLE": (202, yjjh.DomainError),
    "E_UNKNOWN_CODE": (300, yjjh.UnknownCodeError),
    "E_UNKNOWN_PROFILE": (301, yjjh.UnknownCodeError),
    "E_UNKNOWN_COLUMN": (302, yjjh.UnknownCodeError),
    "E_NOT_FOUND": (303, yjjh.UnknownCodeError),
    "E_NOMEM": (400, yjjh.YjjhMemoryError),
    "E_IO_OPEN": (500, yjjh.YjjhIOError),
    "E_IO_READ": (501, yjjh.YjjhIOError),
    "E_IO_WRITE": (502, yjjh.YjjhIOError),
    "E_INTERNAL": (900, yjjh.InternalError),
}


def test_every_status_code_maps_to_its_class():
    codes = {name: value for name, value in vars(core).items() if name.startswith("E_") and isinstance(value, int)}
    assert set(codes) == set(EXPECTED_CLASS)  # a new status code needs its expected class here
    for name, (code, cls) in EXPECTED_CLASS.items():
        assert codes[name] == code, name
        assert error_class(code) is cls, name
        exc = _from_status(code, core.strerror(code), [])
        assert type(exc) is cls, name
        assert exc.code == code
        assert exc.status_name == "YJJH_" + name
        assert core.strerror(code) in str(exc)


def test_invalid_argument_from_c():
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.cv([])
    assert e.value.code == core.E_EMPTY and e.value.status_name == "YJJH_E_EMPTY"
    with pytest.raises(ValueError) as e:
        yjjh.per100(3, 0)
    assert e.value.code == core.E_ZERO_STUDENTS
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.per_student(-1, 10)
    assert e.value.code == core.E_NEGATIVE
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.cv([1.0, 2.0], [1.0])
    assert e.value.code == core.E_LENGTH_MISMATCH
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.cv([1.0, 2.0], [1.0, 0.0])
    assert e.value.code == core.E_BAD_WEIGHT


def test_domain_error_from_c():
    with pytest.raises(yjjh.DomainError) as e:
        yjjh.cv([0.0, 0.0, 0.0], [1, 2, 3])
    assert e.value.code == core.E_ZERO_MEAN
    with pytest.raises(ArithmeticError):
        yjjh.school_rule("primary", 100, [1] * 8, profile="national-2012-basic")


def test_unknown_code_error_from_c():
    with pytest.raises(yjjh.UnknownCodeError) as e:
        yjjh.indicator("R99", 1, 1)
    assert e.value.code == core.E_UNKNOWN_CODE
    with pytest.raises(LookupError):
        yjjh.standards("no-such-profile")
    with pytest.raises(yjjh.UnknownCodeError) as e:
        yjjh.load_profile("national-2017").lookup("no_such_key")
    assert e.value.code == core.E_UNKNOWN_CODE


def test_io_error_from_c(tmp_path):
    missing = tmp_path / "missing.csv"
    with pytest.raises(yjjh.YjjhIOError) as e:
        yjjh.read_schools(missing)
    assert e.value.code == core.E_IO_OPEN
    assert isinstance(e.value, OSError)
    with pytest.raises(OSError):
        yjjh.evaluate(str(missing))


def test_data_error_lists_diagnostics(tmp_path):
    bad = tmp_path / "schools.csv"
    bad.write_text("school_id,school_type,primary_students,teaching_area\n"
                   "A,primary,12a,5000\n"
                   "B,primary,300,abc\n", encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(bad)
    err = e.value
    assert err.code == core.E_INVALID_DATA
    assert len(err.diagnostics) >= 2
    assert err.diagnostics[0].endswith('schools.csv:2: column primary_students: "12a" is not a number')
    assert err.diagnostics[1].endswith('schools.csv:3: column teaching_area: "abc" is not a number')
    for d in err.diagnostics:
        assert d in str(err)
    with pytest.raises(ValueError):
        yjjh.evaluate(bad)


def test_invalid_profile_and_facts(tmp_path):
    prof = tmp_path / "bad.json"
    prof.write_text('{"name": "x", "extends": "national-2017", "standards": {"cv_max": {"primary": 12}}}',
                    encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.load_profile(prof)
    assert e.value.code == core.E_INVALID_PROFILE
    assert e.value.diagnostics and "cv_max" in str(e.value)
    facts = tmp_path / "facts.json"
    facts.write_text('{"620302": {"no_such_fact": 1}}', encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_facts(facts)
    assert e.value.code == core.E_INVALID_FACTS
    assert e.value.diagnostics


def test_encoding_error():
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(EXAMPLES_DATA / "jinchuan.csv", encoding="klingon-8")
    assert e.value.code == core.E_ENCODING


def test_memory_and_internal_categories():
    exc = _from_status(core.E_NOMEM, core.strerror(core.E_NOMEM))
    assert isinstance(exc, MemoryError) and isinstance(exc, yjjh.YjjhMemoryError)
    exc = _from_status(core.E_INTERNAL, core.strerror(core.E_INTERNAL))
    assert isinstance(exc, yjjh.InternalError) and exc.status_name == "YJJH_E_INTERNAL"
    exc = _from_status(777, "unknown status")
    assert type(exc) is yjjh.YjjhError and exc.code == 777


def test_raw_core_raises_the_same_classes():
    with pytest.raises(yjjh.InvalidArgumentError):
        core.stats_cv([math.nan, 1.0], None)
    with pytest.raises(yjjh.UnknownCodeError):
        core.profile_builtin("nope")
