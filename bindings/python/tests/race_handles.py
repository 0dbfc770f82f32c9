# SPDX-License-Identifier: MIT
"""Race a handle against an evaluation that runs without the GIL (run by test_threads.py in a subprocess, so
that a crash is a failed test and not a dead test runner).

    race_handles.py mutate|delete SECONDS

mutate: one thread evaluates a school table in a loop while another replaces its school_name column and its
        primary_students column with other values and back (names b, students b, students a, names a). Every
        evaluation must see the table between two of these calls: its JSON must equal the result of one of the
        three states (a, a), (b, a), (b, b).
delete: one thread evaluates whatever table a shared slot holds while another puts a fresh table there and
        frees the previous one explicitly (Schools.__swig_destroy__). Every evaluation that runs must give the
        result of the original data; evaluating a freed handle must raise, never read freed memory.

A mutation or a free that the binding refuses while the handle is in use raises RuntimeError (retried).
Prints "ok EVALUATIONS MUTATIONS" and exits 0, or prints the problem and exits 1.
"""

import pathlib
import sys
import threading
import time

import numpy as np
import pandas as pd

import yjjh
from yjjh import core
from yjjh._frame import schools_table

DATA = pathlib.Path(__file__).resolve().parents[3] / "examples" / "data" / "jinchuan.csv"


def big_frame(copies: int = 1500) -> pd.DataFrame:
    """jinchuan.csv repeated (distinct ids, one county): ~36,000 schools, an evaluation of tens of ms."""
    base = yjjh.read_schools(DATA)
    frame = pd.concat([base] * copies, ignore_index=True)
    frame["school_id"] = ["S%07d" % i for i in range(len(frame))]
    return frame


def main() -> int:
    mode, seconds = sys.argv[1], float(sys.argv[2])
    frame = big_frame()
    n = len(frame)
    names_a = ["学校%d" % i for i in range(n)]
    names_b = ["另一所很长名字的学校第%d号" % i for i in range(n)]
    students_a = frame["primary_students"].to_numpy(dtype="float64", na_value=np.nan)
    students_b = students_a * 2  # still valid data, other results

    table = schools_table(frame)
    core.schools_set_texts(table, core.COL_SCHOOL_NAME, names_a)
    expected_a = yjjh.evaluate(table).to_json()
    core.schools_set_texts(table, core.COL_SCHOOL_NAME, names_b)
    expected_ba = yjjh.evaluate(table).to_json()
    core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, students_b)
    expected_b = yjjh.evaluate(table).to_json()
    core.schools_set_texts(table, core.COL_SCHOOL_NAME, names_a)
    core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, students_a)
    assert len({expected_a, expected_ba, expected_b}) == 3

    start = time.monotonic()
    problems = []
    counts = {"evaluations": 0, "mutations": 0}
    slot = [table]

    def running() -> bool:
        """SECONDS, and on until both threads have done their work at least twice (at most 120 s more)."""
        elapsed = time.monotonic() - start
        enough = counts["evaluations"] >= 2 and counts["mutations"] >= 2
        return not problems and (elapsed < seconds or (not enough and elapsed < seconds + 120))

    def evaluator() -> None:
        while running():
            t = slot[0]
            try:
                out = yjjh.evaluate(t).to_json()
            except RuntimeError:
                continue  # the other thread is changing it
            except yjjh.InvalidArgumentError:
                continue  # freed before the call
            counts["evaluations"] += 1
            allowed = (expected_a, expected_ba, expected_b) if mode == "mutate" else (expected_a,)
            if out not in allowed:
                problems.append("evaluation %d saw an inconsistent table" % counts["evaluations"])

    def mutator() -> None:
        while running():
            try:
                if mode == "mutate":
                    core.schools_set_texts(table, core.COL_SCHOOL_NAME, names_b)
                    core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, students_b)
                    core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, students_a)
                    core.schools_set_texts(table, core.COL_SCHOOL_NAME, names_a)
                else:
                    fresh = schools_table(frame)
                    core.schools_set_texts(fresh, core.COL_SCHOOL_NAME, names_a)
                    old, slot[0] = slot[0], fresh
                    core.Schools.__swig_destroy__(old)  # frees the C table now
                counts["mutations"] += 1
            except RuntimeError:
                time.sleep(0.0005)  # in use: try again

    threads = [threading.Thread(target=evaluator), threading.Thread(target=mutator)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
    if mode == "mutate":  # the table ends in state a whatever happened
        try:
            core.schools_set_texts(table, core.COL_SCHOOL_NAME, names_a)
            core.schools_set_numbers(table, core.COL_PRIMARY_STUDENTS, students_a)
        except RuntimeError as e:
            problems.append("handle still busy after the threads ended: %s" % e)
    if problems:
        print("; ".join(problems))
        return 1
    print("ok", counts["evaluations"], counts["mutations"])
    return 0


if __name__ == "__main__":
    sys.exit(main())
