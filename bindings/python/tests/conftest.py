# SPDX-License-Identifier: MIT
"""Shared fixtures of the yjjh Python tests (run by CTest with PYTHONPATH=<build>/bindings/python)."""

import json
import math
import pathlib

import pytest

REPO = pathlib.Path(__file__).resolve().parents[3]
EXAMPLES_DATA = REPO / "examples" / "data"
GOLDEN = REPO / "tests" / "data" / "golden"


def close(actual, expected, rel=1e-12, abs_=0.0):
    """|actual − expected| ≤ abs + rel·|expected| (NaN equals NaN)."""
    if isinstance(expected, float) and math.isnan(expected):
        return isinstance(actual, float) and math.isnan(actual)
    return abs(actual - expected) <= abs_ + rel * abs(expected)


@pytest.fixture(scope="session")
def examples_data():
    return EXAMPLES_DATA


@pytest.fixture(scope="session")
def golden():
    def load(name):
        with open(GOLDEN / name, encoding="utf-8") as f:
            return json.load(f)
    return load


# The §9 worked example (indicators.md) as a schools table with English headers.
WORKED_EXAMPLE_CSV = GOLDEN / "worked_example.csv"


@pytest.fixture
def worked_frame():
    import pandas as pd

    return pd.read_csv(WORKED_EXAMPLE_CSV, dtype={"school_id": str})
