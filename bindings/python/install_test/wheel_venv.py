#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Test the yjjh package as a user installs it: build the wheel, install it into a fresh venv, use it there.

    wheel_venv.py setup    SOURCE_DIR WORK_DIR   build the wheel (python -m build --wheel --no-isolation and
                                                 pip wheel --no-build-isolation), create WORK_DIR/venv
                                                 (--system-site-packages: numpy, pandas, pytest from Debian),
                                                 pip install the wheel (offline), register a Jupyter kernel of
                                                 the venv, run a smoke test from a directory outside the
                                                 checkout
    wheel_venv.py pytest   SOURCE_DIR WORK_DIR   the Python test suite against the installed wheel
    wheel_venv.py notebook SOURCE_DIR WORK_DIR   execute examples/notebook.ipynb in the venv's kernel

Run with the interpreter the wheel is for (ctest passes /usr/bin/python3). YJJH_CMAKE_BUILD_DIR (set by ctest)
makes the build backend reuse the CMake build instead of configuring its own. Every step runs with PYTHONPATH
unset and from WORK_DIR/outside, so nothing can come from the build or source tree.
"""

import glob
import os
import shutil
import subprocess
import sys
import zipfile

KERNEL = "yjjh-wheel-venv"


def run(argv, cwd, env=None, capture=False):
    print("+ " + " ".join(argv), flush=True)
    r = subprocess.run(argv, cwd=cwd, env=env, universal_newlines=True,
                       stdout=subprocess.PIPE if capture else None)
    if r.returncode != 0:
        sys.exit("wheel_venv: command failed (%d): %s" % (r.returncode, " ".join(argv)))
    return r.stdout


def clean_env(work):
    env = dict(os.environ)
    for k in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP", "VIRTUAL_ENV", "PIP_REQUIRE_VIRTUALENV"):
        env.pop(k, None)
    env["PIP_NO_INDEX"] = "1"  # offline: the dependencies are the venv's system site packages
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["MPLBACKEND"] = "Agg"
    env["JUPYTER_PLATFORM_DIRS"] = "1"
    env["HOME"] = os.path.join(work, "home")  # no user site, no user Jupyter kernels
    return env


def wheel_files(path):
    with zipfile.ZipFile(path) as z:
        return sorted(n for n in z.namelist() if ".dist-info/" not in n)


def setup(src, work):
    shutil.rmtree(work, ignore_errors=True)
    os.makedirs(os.path.join(work, "home"))
    env = clean_env(work)
    env.setdefault("YJJH_WHEEL_BUILD_BASE", os.path.join(work, "build-base"))
    dist, pipdist = os.path.join(work, "dist"), os.path.join(work, "pip-dist")
    run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", dist, src], cwd=work, env=env)
    run([sys.executable, "-m", "pip", "wheel", "--no-build-isolation", "--no-deps", "-q", "-w", pipdist, src],
        cwd=work, env=env)
    wheels, pipwheels = glob.glob(os.path.join(dist, "yjjh-*.whl")), glob.glob(os.path.join(pipdist, "yjjh-*.whl"))
    if len(wheels) != 1 or len(pipwheels) != 1:
        sys.exit("wheel_venv: expected one wheel from each build, got %s and %s" % (wheels, pipwheels))
    wheel = wheels[0]
    files = wheel_files(wheel)
    if files != wheel_files(pipwheels[0]):
        sys.exit("wheel_venv: python -m build and pip wheel built different wheels:\n%s\n%s"
                 % (files, wheel_files(pipwheels[0])))
    for need in ("yjjh/__init__.py", "yjjh/core.py", "yjjh/py.typed"):
        if need not in files:
            sys.exit("wheel_venv: %s missing from the wheel: %s" % (need, files))
    if not any(f.startswith("yjjh/_core.") and f.endswith(".so") for f in files):
        sys.exit("wheel_venv: no extension module in the wheel: %s" % files)

    venv = os.path.join(work, "venv")
    run([sys.executable, "-m", "venv", "--system-site-packages", venv], cwd=work, env=env)
    py = os.path.join(venv, "bin", "python")
    run([os.path.join(venv, "bin", "pip"), "install", "-q", wheel], cwd=work, env=env)
    run([py, "-m", "ipykernel", "install", "--prefix", venv, "--name", KERNEL, "--display-name",
         "Python (yjjh wheel venv)"], cwd=work, env=env)

    # The smoke test of issue 15 from a directory outside the checkout.
    outside = os.path.join(work, "outside")
    os.makedirs(outside)
    smoke = """
import importlib.metadata, os, sys
import yjjh
venv, src = os.path.realpath(sys.argv[1]), os.path.realpath(sys.argv[2])
where = os.path.realpath(yjjh.__file__)
assert where.startswith(venv + os.sep), "yjjh imported from %s, not from the venv %s" % (where, venv)
for tree in (os.path.join(src, "bindings", "python"), os.environ.get("YJJH_CMAKE_BUILD_DIR")):
    if tree:  # the venv may lie inside the build tree, but not in the package of the source or build tree
        assert not where.startswith(os.path.realpath(tree) + os.sep + "yjjh" + os.sep), where
        assert not where.startswith(os.path.join(os.path.realpath(tree), "bindings", "python", "yjjh") + os.sep)
assert os.path.realpath(yjjh.core.__file__).startswith(venv + os.sep), yjjh.core.__file__
assert importlib.metadata.version("yjjh") == yjjh.__version__ == yjjh.core.version_string(), yjjh.__version__
print(yjjh.evaluate(os.path.join(src, "examples", "data", "jinchuan.csv")).verdict)
"""
    out = run([py, "-c", smoke, venv, src], cwd=outside, env=env, capture=True)
    print(out, end="")
    if out.strip().splitlines()[-1] not in ("pass", "fail", "incomplete"):
        sys.exit("wheel_venv: the smoke test printed no verdict")
    print("wheel_venv: %s installed into %s" % (os.path.basename(wheel), venv))


def venv_python(work):
    py = os.path.join(work, "venv", "bin", "python")
    if not os.path.exists(py):
        sys.exit("wheel_venv: no venv in %s (run the setup step first)" % work)
    return py


def pytest(src, work, extra):
    env = clean_env(work)
    env["YJJH_EXPECT_INSTALLED_IN"] = os.path.join(work, "venv")  # test_packaging.py checks where yjjh is from
    outside = os.path.join(work, "outside")
    run([venv_python(work), "-m", "pytest", "-q", "-p", "no:cacheprovider",
         os.path.join(src, "bindings", "python", "tests")] + extra, cwd=outside, env=env)


def notebook(src, work):
    env = clean_env(work)
    out = os.path.join(work, "notebook-output")
    run([venv_python(work), "-m", "nbconvert", "--to", "notebook", "--execute",
         "--ExecutePreprocessor.kernel_name=" + KERNEL, "--ExecutePreprocessor.timeout=300",
         "--output-dir", out, os.path.join(src, "examples", "notebook.ipynb")],
        cwd=os.path.join(src, "examples"), env=env)


def main(argv):
    if len(argv) < 3 or argv[0] not in ("setup", "pytest", "notebook"):
        sys.exit(__doc__)
    verb, src, work = argv[0], os.path.abspath(argv[1]), os.path.abspath(argv[2])
    if verb == "setup":
        setup(src, work)
    elif verb == "pytest":
        pytest(src, work, argv[3:])
    else:
        notebook(src, work)


if __name__ == "__main__":
    main(sys.argv[1:])
