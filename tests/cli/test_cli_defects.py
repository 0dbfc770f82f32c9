# SPDX-License-Identifier: MIT
"""Issue 11 through the CLI: inputs that used to give a wrong verdict or surprising output.

Expected values are written by hand from docs/data-format.md, docs/indicators.md §7 and docs/cli.md.
"""
import json
import os

import pytest

from cli_util import SOURCE_DIR, run, text

DATA = os.path.join(SOURCE_DIR, "tests", "data", "verdict")
PRIVATE_ONLY = os.path.join(DATA, "private_only_2012.csv")


@pytest.mark.parametrize("profile", ["national-2012-basic", "national-2017"])
def test_nothing_in_scope_is_incomplete(profile):
    r = run("evaluate", PRIVATE_ONLY, "--profile", profile, "--check")
    assert r.returncode == 2, text(r.stderr)
    county = json.loads(text(r.stdout))["counties"][0]
    assert county["verdict"] == "incomplete"
    assert county["stages"] == {}
    if profile == "national-2012-basic":  # no county items: the one reason is the empty scope
        assert [x["code"] for x in county["reasons"]] == ["no_schools_in_scope"]


def test_text_report_escapes_control_characters(tmp_path):
    # a school id that clears the screen and writes a fake line; the school fails, so the report lists its id
    from cli_util import HEADER, ROWS, write
    evil = "\x1b[2J\x1b[H\x9bno problems found"
    rows = ROWS[:2] + [f"{evil},Gamma,350502,primary,250,1,1,1,1500,2000,625000,7"]
    path = write(tmp_path / "evil.csv", HEADER + "\n" + "\n".join(rows) + "\n")
    r = run("evaluate", path, "--format", "text")
    assert r.returncode == 0, text(r.stderr)
    assert b"\x1b" not in r.stdout and b"\xc2\x9b" not in r.stdout
    assert "\\x1b[2J\\x1b[H\\u009bno problems found" in text(r.stdout)
