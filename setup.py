# SPDX-License-Identifier: MIT
"""setuptools entry of the yjjh Python package (metadata: pyproject.toml; build: bindings/python/backend)."""

import os
import sys

from setuptools import setup

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "bindings", "python", "backend"))
from yjjh_backend import setup_kwargs  # noqa: E402

setup(**setup_kwargs())
