"""Version agreement between the headers the extension was built with and the loaded library."""

import re

import yjjh
from yjjh import core


def test_version_string_matches_runtime():
    assert yjjh.__version__ == yjjh.version_string() == core.version_string()
    assert re.fullmatch(r"\d+\.\d+\.\d+", yjjh.__version__)


def test_header_and_library_agree():
    assert core.VERSION_STRING == core.version_string()
    assert core.VERSION_NUMBER == core.version_number() == yjjh.version_number()
    major, minor, patch = (int(x) for x in yjjh.__version__.split("."))
    assert core.VERSION_NUMBER == major * 10000 + minor * 100 + patch
    assert (core.VERSION_MAJOR, core.VERSION_MINOR, core.VERSION_PATCH) == (major, minor, patch)


def test_public_api_is_documented():
    for name in yjjh.__all__:
        obj = getattr(yjjh, name)
        if callable(obj) and not isinstance(obj, type):
            assert obj.__doc__ and obj.__doc__.strip(), name


def test_handles_have_no_public_constructor():
    import pytest

    with pytest.raises(AttributeError):
        core.Profile()
