# SPDX-License-Identifier: MIT
"""The package as installed (issue 15): typed, importable without pandas, and - when run against the wheel in
a venv (install_test/wheel_venv.py sets YJJH_EXPECT_INSTALLED_IN) - imported from that venv."""

import os
import pathlib
import subprocess
import sys

import pytest

import yjjh

PACKAGE = pathlib.Path(yjjh.__file__).resolve().parent


def test_py_typed_ships_with_the_package():
    assert (PACKAGE / "py.typed").is_file()


def test_imported_from_the_installed_wheel():
    venv = os.environ.get("YJJH_EXPECT_INSTALLED_IN")
    if not venv:
        pytest.skip("not run against an installed wheel")
    assert str(PACKAGE).startswith(os.path.realpath(venv) + os.sep), PACKAGE
    assert pathlib.Path(yjjh.core.__file__).resolve().parent == PACKAGE
    import importlib.metadata

    assert importlib.metadata.version("yjjh") == yjjh.__version__


HIDE_PANDAS = """
import sys
sys.modules["pandas"] = None          # import pandas raises ImportError from here on
import yjjh
print(round(yjjh.cv([5.0, 4.0, 6.0], weights=[1000, 500, 250]), 12))
print(yjjh.per100(42, 1000))
try:
    yjjh.standards()
except ImportError:
    print("standards needs pandas")
"""


def test_import_and_cv_work_without_pandas():
    run = subprocess.run([sys.executable, "-c", HIDE_PANDAS], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         universal_newlines=True, env=dict(os.environ))
    assert run.returncode == 0, run.stderr
    # indicators.md §9: CV of (5, 4, 6) weighted (1000, 500, 250) = 0.131533410441164; 42 * 100 / 1000 = 4.2
    assert run.stdout.split("\n")[:3] == ["0.131533410441", "4.2", "standards needs pandas"]


def test_public_functions_have_no_any_return():
    """Return types are real (pandas.DataFrame under TYPE_CHECKING), not Any."""
    frames = [getattr(yjjh, name) for name in ("read_schools", "columns", "fact_keys", "standards", "indicators")]
    frames += [getattr(yjjh.Result, p).fget for p in ("schools", "reasons", "indicators", "items", "stages",
                                                      "counties")]
    frames += [yjjh.Result.failing_schools, yjjh.DataError.problems_frame]
    for fn in frames:
        assert fn.__annotations__["return"] == "pd.DataFrame", fn.__qualname__
    assert yjjh.evaluate.__annotations__["return"] == "Result"
    assert yjjh.cv.__annotations__["return"] == "float"
