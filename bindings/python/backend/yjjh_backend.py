# SPDX-License-Identifier: MIT
"""PEP 517 build backend of the yjjh Python package: setuptools, with a build_ext that runs our CMake build.

pyproject.toml names this module (``backend-path``). It is setuptools' own backend with two additions:

* ``get_requires_for_build_wheel`` asks for the PyPI ``cmake`` and ``swig`` packages only when no usable
  ``cmake`` (>= 3.16) or ``swig`` (>= 4.0) is on PATH, so an offline build with Debian's packages
  (``pip install --no-build-isolation .``, ``python3 -m build --wheel --no-isolation``) needs nothing more
  and an online build in an isolated environment gets both from PyPI;
* :class:`CMakeBuildExt` (used by setup.py) configures and builds the CMake target ``yjjh_python`` (the SWIG
  module linked with the static libyjjh, so the wheel needs no other copy of the library and no rpath) and
  copies ``_core`` and the generated ``core.py`` into the wheel.

The CMake build directory is ``<build_base>/cmake`` (kept, so a second ``pip install .`` rebuilds only what
changed). ``YJJH_CMAKE_BUILD_DIR=DIR`` reuses an existing, configured build directory instead (the ctest
``python_wheel`` passes the build it runs in); it must have been configured with a Python of the same ABI.
``YJJH_WHEEL_BUILD_BASE=DIR`` moves setuptools' scratch directories (default ``build/python-wheel``).
The version is the C library's: ``project(yjjh VERSION x.y.z)`` in the top-level CMakeLists.txt.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import sysconfig
from typing import Any, Dict, List, Optional

from setuptools import build_meta as _setuptools
from setuptools import Extension
from setuptools.command.build_ext import build_ext

# The PEP 517 hooks setuptools provides, re-exported unchanged (the two get_requires hooks are extended below).
build_wheel = _setuptools.build_wheel
build_sdist = _setuptools.build_sdist
prepare_metadata_for_build_wheel = _setuptools.prepare_metadata_for_build_wheel
get_requires_for_build_sdist = _setuptools.get_requires_for_build_sdist
if hasattr(_setuptools, "build_editable"):  # setuptools >= 64 (PEP 660)
    build_editable = _setuptools.build_editable
    prepare_metadata_for_build_editable = _setuptools.prepare_metadata_for_build_editable

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))

CMAKE_MIN = (3, 16)
SWIG_MIN = (4, 0)


def _tool_version(argv: List[str], pattern: str) -> Optional[tuple]:
    """Version tuple printed by a tool (``cmake --version``, ``swig -version``), None when it is not there."""
    if shutil.which(argv[0]) is None:
        return None
    try:
        out = subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, check=False,
                             universal_newlines=True).stdout
    except OSError:
        return None
    m = re.search(pattern, out)
    return tuple(int(x) for x in m.groups()) if m else None


def _tool_requires() -> List[str]:
    """PyPI packages for the build tools this machine lacks (none when cmake and swig are installed)."""
    reqs = []
    cmake = _tool_version(["cmake", "--version"], r"cmake version (\d+)\.(\d+)")
    if cmake is None or cmake < CMAKE_MIN:
        reqs.append("cmake>=%d.%d" % CMAKE_MIN)
    swig = _tool_version(["swig", "-version"], r"SWIG Version (\d+)\.(\d+)")
    if swig is None or swig < SWIG_MIN:
        reqs.append("swig>=%d.%d" % SWIG_MIN)
    return reqs


def get_requires_for_build_wheel(config_settings: Optional[Dict[str, Any]] = None) -> List[str]:
    return _setuptools.get_requires_for_build_wheel(config_settings) + _tool_requires()


def get_requires_for_build_editable(config_settings: Optional[Dict[str, Any]] = None) -> List[str]:
    return _setuptools.get_requires_for_build_editable(config_settings) + _tool_requires()


def project_version() -> str:
    """The version of ``project(yjjh VERSION x.y.z …)`` in the top-level CMakeLists.txt (the only place it is
    set: the headers, the library and the wheel all report it)."""
    with open(os.path.join(ROOT, "CMakeLists.txt"), encoding="utf-8") as f:
        m = re.search(r"project\(\s*yjjh\s+VERSION\s+([0-9]+\.[0-9]+\.[0-9]+)", f.read())
    if not m:
        raise RuntimeError("CMakeLists.txt: no project(yjjh VERSION x.y.z)")
    return m.group(1)


def _cache_value(build_dir: str, name: str) -> Optional[str]:
    try:
        with open(os.path.join(build_dir, "CMakeCache.txt"), encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.startswith(name + ":"):
                    return line.split("=", 1)[1].strip()
    except OSError:
        return None
    return None


def _soabi(python: str) -> str:
    out = subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_config_var('SOABI'))"],
                         stdout=subprocess.PIPE, check=True, universal_newlines=True).stdout
    return out.strip()


class CMakeBuildExt(build_ext):
    """build_ext for the one extension ``yjjh._core``: the CMake target ``yjjh_python``."""

    def _run(self, argv: List[str]) -> None:
        print("yjjh: " + " ".join(argv), flush=True)
        subprocess.run(argv, check=True)

    def _build_dir(self) -> str:
        reuse = os.environ.get("YJJH_CMAKE_BUILD_DIR")
        if reuse:
            reuse = os.path.abspath(reuse)
            python = _cache_value(reuse, "Python3_EXECUTABLE")
            if python is None:
                raise RuntimeError("YJJH_CMAKE_BUILD_DIR=%s: not a configured CMake build of yjjh with the "
                                   "Python bindings (no Python3_EXECUTABLE in CMakeCache.txt)" % reuse)
            if _soabi(python) != sysconfig.get_config_var("SOABI"):
                raise RuntimeError("YJJH_CMAKE_BUILD_DIR=%s was configured with %s, whose ABI differs from the "
                                   "Python building this wheel (%s)" % (reuse, python, sys.executable))
            return reuse
        build_dir = os.path.abspath(os.path.join(self.build_temp, "cmake"))
        if _cache_value(build_dir, "Python3_EXECUTABLE") != sys.executable:
            config = os.environ.get("YJJH_CMAKE_BUILD_TYPE", "Release")
            self._run(["cmake", "-S", ROOT, "-B", build_dir, "-DCMAKE_BUILD_TYPE=" + config,
                       "-DPython3_EXECUTABLE=" + sys.executable, "-DYJJH_BUILD_PYTHON=ON",
                       "-DYJJH_BUILD_TESTS=OFF", "-DYJJH_BUILD_EXAMPLES=OFF", "-DYJJH_BUILD_TOOLS=OFF",
                       "-DYJJH_BUILD_BENCH=OFF", "-DBUILD_TESTING=OFF"])
        return build_dir

    def build_extension(self, ext: Extension) -> None:
        build_dir = self._build_dir()
        jobs = os.environ.get("CMAKE_BUILD_PARALLEL_LEVEL") or str(self.parallel or os.cpu_count() or 1)
        self._run(["cmake", "--build", build_dir, "--target", "yjjh_python", "--parallel", jobs])
        generated = os.path.join(build_dir, "bindings", "python", "yjjh")
        module = os.path.join(generated, "_core" + sysconfig.get_config_var("EXT_SUFFIX"))
        if not os.path.exists(module):
            module = os.path.join(generated, "_core.so")  # UseSWIG's plain suffix; renamed with the ABI tag below
        target = self.get_ext_fullpath(ext.name)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        shutil.copyfile(module, target)
        shutil.copymode(module, target)
        shutil.copyfile(os.path.join(generated, "core.py"), os.path.join(os.path.dirname(target), "core.py"))


def setup_kwargs() -> Dict[str, Any]:
    """Arguments of setup() in the top-level setup.py (the metadata itself is in pyproject.toml)."""
    build_base = os.environ.get("YJJH_WHEEL_BUILD_BASE") or os.path.join("build", "python-wheel")
    return {
        "version": project_version(),
        "ext_modules": [Extension("yjjh._core", sources=[])],
        "cmdclass": {"build_ext": CMakeBuildExt},
        "options": {"build": {"build_base": build_base}, "egg_info": {"egg_base": _egg_base(build_base)}},
    }


def _egg_base(build_base: str) -> str:
    os.makedirs(build_base, exist_ok=True)
    return build_base
