# SPDX-License-Identifier: MIT
"""Version agreement between the build's project version, the headers the extension was built with and the
loaded library."""

import os
import re

import pytest

import yjjh
from yjjh import core


def project_version():
    """PROJECT_VERSION of the CMake build (set by CTest, bindings/python/CMakeLists.txt)."""
    version = os.environ.get("YJJH_PROJECT_VERSION")
    if not version:
        pytest.skip("YJJH_PROJECT_VERSION not set (run through ctest)")
    return version


def test_version_string_matches_runtime():
    """Runs everywhere (also outside ctest): the package, the wrapper and the loaded library agree."""
    assert yjjh.__version__ == yjjh.version_string() == core.version_string() == core.VERSION_STRING
    assert re.fullmatch(r"\d+\.\d+\.\d+", yjjh.__version__)


def test_version_is_the_project_version():
    assert yjjh.__version__ == project_version()


def test_header_and_library_agree():
    assert core.VERSION_STRING == core.version_string()
    assert core.VERSION_NUMBER == core.version_number() == yjjh.version_number()
    major, minor, patch = (int(x) for x in core.version_string().split("."))
    assert core.VERSION_NUMBER == major * 10000 + minor * 100 + patch
    assert (core.VERSION_MAJOR, core.VERSION_MINOR, core.VERSION_PATCH) == (major, minor, patch)


def test_public_api_is_documented():
    for name in yjjh.__all__:
        obj = getattr(yjjh, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__doc__ and obj.__doc__.strip(), name


def test_handles_have_no_public_constructor():
    with pytest.raises(AttributeError):
        core.Profile()
