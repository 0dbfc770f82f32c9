# SPDX-License-Identifier: MIT
"""`-o` and standard output (cli.md, issue 11 item 6): non-regular targets are written directly, never replaced;
`-o -` is standard output; a 250-byte name works; a replaced file loses setuid/setgid; an interrupted run leaves no
temporary file; a write error on standard output is an error with a message."""
import json
import os
import signal
import stat
import subprocess
import threading
import time

import pytest

from cli_util import CLI, HEADER, ROWS, run, text, write


@pytest.fixture
def schools(tmp_path):
    return write(tmp_path / "s.csv", HEADER + "\n" + "\n".join(ROWS) + "\n")


def test_fifo_target_is_written_not_replaced(tmp_path, schools):
    fifo = tmp_path / "out.fifo"
    os.mkfifo(fifo)
    got = {}

    def reader():
        with open(fifo, "rb") as f:
            got["data"] = f.read()

    t = threading.Thread(target=reader, daemon=True)  # an old yjjh replaced the FIFO: the reader never returns
    t.start()
    r = run("evaluate", schools, "--format", "json", "-o", fifo)
    t.join(timeout=60)
    assert r.returncode == 0, text(r.stderr)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)  # still a FIFO, not a regular file
    assert json.loads(got["data"])["counties"][0]["county_code"] == "350502"
    assert sorted(os.listdir(tmp_path)) == ["out.fifo", "s.csv"]


def test_dash_is_standard_output(tmp_path, schools):
    r = run("evaluate", schools, "-o", "-", cwd=tmp_path)
    assert r.returncode == 0, text(r.stderr)
    json.loads(text(r.stdout))  # not a terminal: json
    assert not (tmp_path / "-").exists()


def test_long_file_name(tmp_path, schools):
    name = "r" * 245 + ".json"  # 250 bytes: the temporary name must still fit NAME_MAX
    r = run("evaluate", schools, "-o", tmp_path / name)
    assert r.returncode == 0, text(r.stderr)
    json.loads((tmp_path / name).read_text(encoding="utf-8"))
    assert sorted(os.listdir(tmp_path)) == sorted([name, "s.csv"])


def test_replaced_file_drops_setuid_and_setgid(tmp_path, schools):
    out = tmp_path / "out.json"
    out.write_text("old")
    os.chmod(out, 0o6755)
    r = run("evaluate", schools, "-o", out)
    assert r.returncode == 0, text(r.stderr)
    mode = os.stat(out).st_mode
    assert mode & 0o7000 == 0
    assert mode & 0o777 == 0o755  # the permission bits are kept


def test_write_error_on_standard_output():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    with open("/dev/full", "wb") as full:
        for args in (["--help"], ["profiles"], ["--version"]):
            r = subprocess.run([CLI, *args], stdout=full, stderr=subprocess.PIPE, timeout=60)
            assert r.returncode == 73, args
            assert "cannot write standard output" in text(r.stderr), args


def test_interrupted_run_leaves_no_temporary_file(tmp_path):
    big = write(tmp_path / "big.csv", HEADER + "\n" + "".join(
        f"S{i},School {i},{350500 + i % 40},primary,{100 + i % 900},{5 + i % 50},{1 + i % 20},{1 + i % 10},"
        f"{500 + i % 4000},{800 + i % 7000},{250000 + i},{1 + i % 25}\n" for i in range(60000)))
    for attempt in range(5):
        p = subprocess.Popen([CLI, "evaluate", big, "-o", tmp_path / "out.json"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.DEVNULL)
        seen = False
        while p.poll() is None:
            if any(n.startswith(".out.json.") for n in os.listdir(tmp_path)):
                seen = True
                p.send_signal(signal.SIGTERM)
                break
            time.sleep(0.0005)
        p.wait(timeout=120)
        if seen:
            assert p.returncode == -signal.SIGTERM
            assert not [n for n in os.listdir(tmp_path) if n.startswith(".out.json.")]
            assert not (tmp_path / "out.json").exists()
            return
        (tmp_path / "out.json").unlink(missing_ok=True)
    pytest.skip("the temporary file was never seen (the write was too fast to interrupt)")
