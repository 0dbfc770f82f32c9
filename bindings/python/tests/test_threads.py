# SPDX-License-Identifier: MIT
"""Threads: the %thread functions (GIL released) give the same results from 8 threads, and a handle in use by
such a call can be neither changed nor freed by another thread (swig/guards.i)."""

import concurrent.futures
import pathlib
import subprocess
import sys

import numpy as np
import pytest

import yjjh
from yjjh import core

from conftest import EXAMPLES_DATA


def test_cv_from_8_threads():
    rng = np.random.default_rng(7)
    data = [(rng.uniform(1, 100, 50_000), rng.integers(1, 3000, 50_000).astype(float)) for _ in range(8)]
    expected = [yjjh.cv(x, w) for x, w in data]

    def work(i):
        x, w = data[i]
        return [yjjh.cv(x, w) for _ in range(20)]

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        results = list(pool.map(work, range(8)))
    for i, rs in enumerate(results):
        assert all(r == expected[i] for r in rs)


def test_evaluate_from_8_threads():
    path = EXAMPLES_DATA / "jinchuan.csv"
    frame = yjjh.read_schools(path)
    expected = yjjh.evaluate(path).to_json()

    def work(i):
        out = []
        for _ in range(5):
            r = yjjh.evaluate(frame if i % 2 else path, year=None)
            out.append(r.to_json())
            r.schools  # build the frames concurrently too
        return out

    with concurrent.futures.ThreadPoolExecutor(8) as pool:
        for outs in pool.map(work, range(8)):
            assert all(o == expected for o in outs)


RACE = pathlib.Path(__file__).with_name("race_handles.py")


@pytest.mark.parametrize("mode", ["mutate", "delete"])
def test_handle_changed_or_freed_during_evaluate(mode):
    """evaluate() releases the GIL on a Schools handle: another thread that changes the table or frees it must
    neither crash the process nor change the table under the running evaluation (race_handles.py; on the
    binding without handle guards this fails: inconsistent results or a segmentation fault)."""
    run = subprocess.run([sys.executable, str(RACE), mode, "3"], capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, (run.returncode, run.stdout[-2000:], run.stderr[-2000:])
    ok, evaluations, mutations = run.stdout.split()
    assert ok == "ok" and int(evaluations) > 0 and int(mutations) > 0


def test_freed_handle_raises_instead_of_reading_freed_memory():
    table = core.schools_read_file(str(EXAMPLES_DATA / "jinchuan.csv"), None)
    assert len(yjjh.evaluate(table).verdicts) == 1
    core.Schools.__swig_destroy__(table)  # frees the C table now
    with pytest.raises(yjjh.InvalidArgumentError) as e:
        yjjh.evaluate(table)
    assert e.value.code == core.E_NULL_ARG
    with pytest.raises(yjjh.InvalidArgumentError):
        core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, [1.0] * 24)
    core.Schools.__swig_destroy__(table)  # a second free is harmless
    del table  # and so is the garbage collection of the proxy


def test_handle_in_use_error_is_a_runtime_error():
    assert issubclass(yjjh.HandleInUseError, RuntimeError)
    assert not issubclass(yjjh.HandleInUseError, yjjh.YjjhError)  # not a libyjjh status
