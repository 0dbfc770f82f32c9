"""Threaded smoke test: the %thread functions (GIL released) give the same results from 8 threads."""

import concurrent.futures

import numpy as np

import yjjh

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
