# SPDX-License-Identifier: MIT
"""Inputs are regular files or standard input, within a size limit (cli.md, issue 11 item 9)."""
import json
import os
import subprocess

import pytest

from cli_util import CLI, HEADER, ROWS, run, text, write


@pytest.fixture
def schools(tmp_path):
    return write(tmp_path / "s.csv", HEADER + "\n" + "\n".join(ROWS) + "\n")


def test_fifo_inputs_do_not_hang(tmp_path, schools):
    fifo = tmp_path / "in.fifo"
    os.mkfifo(fifo)  # nobody ever writes to it: opening it for reading would block
    for args in (["evaluate", fifo], ["evaluate", schools, "--facts", fifo], ["evaluate", schools, "--profile", fifo]):
        r = run(*args)
        assert r.returncode == 66, args
        assert "not a regular file" in text(r.stderr), args


def test_profile_extends_a_fifo_or_device(tmp_path, schools):
    os.mkfifo(tmp_path / "parent.json")
    child = write(tmp_path / "child.json", '{"name": "c", "extends": "parent.json"}')
    r = run("validate", schools, "--profile", child)
    assert r.returncode == 65
    assert 'extends: "parent.json"' in text(r.stderr)


def test_size_limit(tmp_path, schools):
    env = dict(os.environ, YJJH_MAX_INPUT_BYTES="100")
    size = os.path.getsize(schools)
    r = subprocess.run([CLI, "evaluate", schools], capture_output=True, env=env, timeout=60)
    assert r.returncode == 66
    assert "larger than the input size limit of 100 bytes (YJJH_MAX_INPUT_BYTES)" in text(r.stderr)
    with open(schools, "rb") as f:  # standard input too
        r = subprocess.run([CLI, "evaluate", "-"], stdin=f, capture_output=True, env=env, timeout=60)
    assert r.returncode == 66 and "<stdin>: larger than" in text(r.stderr).replace("schools file ", "")
    env["YJJH_MAX_INPUT_BYTES"] = str(size)  # exactly the size: accepted
    r = subprocess.run([CLI, "evaluate", schools], capture_output=True, env=env, timeout=60)
    assert r.returncode == 0, text(r.stderr)
    env["YJJH_MAX_INPUT_BYTES"] = "1K"
    assert subprocess.run([CLI, "evaluate", schools], capture_output=True, env=env).returncode == 0
    env["YJJH_MAX_INPUT_BYTES"] = "lots"
    r = subprocess.run([CLI, "evaluate", schools], capture_output=True, env=env, timeout=60)
    assert r.returncode == 64 and "YJJH_MAX_INPUT_BYTES=lots" in text(r.stderr)


def test_facts_and_profile_from_standard_input(tmp_path, schools):
    facts = '{"350502": {"layout_reasonable": true}}'
    r = run("evaluate", schools, "--facts", "-", stdin=facts.encode())
    assert r.returncode == 0, text(r.stderr)
    items = {i: v["status"] for i, v in json.loads(text(r.stdout))["counties"][0]["items"].items()}
    assert items["G1"] == "met"
    write(tmp_path / "parent.json", '{"name": "parent", "extends": "national-2017"}')
    r = run("validate", schools, "--profile", "-", stdin=b'{"name": "p", "extends": "parent.json"}', cwd=tmp_path)
    assert r.returncode == 0, text(r.stderr)  # extends resolves in the current directory
    assert "(profile p)" in text(r.stdout)


def test_extends_never_reads_or_echoes_a_file_elsewhere(tmp_path, schools):
    # secret.json: api_token: unknown key used to be printed for "extends": "../secret.json"
    write(tmp_path / "secret.json", '{"api_token": "hunter2"}')
    os.mkdir(tmp_path / "sub")
    for ext in ("../secret.json", str(tmp_path / "secret.json"), "../../../../etc/passwd", "/proc/self/environ"):
        child = write(tmp_path / "sub" / "child.json", json.dumps({"name": "c", "extends": ext}))
        r = run("validate", schools, "--profile", child)
        err = text(r.stderr)
        assert r.returncode == 65, ext
        assert "is not allowed" in err, ext
        assert "api_token" not in err and "hunter2" not in err and "root:" not in err, ext
