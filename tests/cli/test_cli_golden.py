# SPDX-License-Identifier: MIT
"""`yjjh evaluate` JSON against the independent reference evaluator's golden files (tests/reference/), number by
number (relative 1e-12) for every key the expected file has; and the same result whatever the input encoding,
header language, facts format or way the evaluation year is given."""
import csv
import io
import json
import math
import os

import pytest

from cli_util import EXAMPLES, GOLDEN, run, text, write

REL = 1e-12


def compare(actual, expected, path="$"):
    """Every key of expected must be in actual with an equal value (numbers to REL). Returns a list of problems."""
    problems = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path}: expected an object, got {actual!r:.80}"]
        for k, v in expected.items():
            if k == "generator":
                continue
            if k not in actual:
                problems.append(f"{path}.{k}: missing")
            else:
                problems += compare(actual[k], v, f"{path}.{k}")
    elif isinstance(expected, list):
        if not isinstance(actual, list) or len(actual) != len(expected):
            return [f"{path}: expected a list of {len(expected)}, got {actual!r:.80}"]
        for i, (a, e) in enumerate(zip(actual, expected)):
            problems += compare(a, e, f"{path}[{i}]")
    elif isinstance(expected, bool) or expected is None or isinstance(expected, str):
        if actual != expected or type(actual) is not type(expected):
            problems.append(f"{path}: {actual!r} != expected {expected!r}")
    elif isinstance(expected, (int, float)):
        if isinstance(actual, bool) or not isinstance(actual, (int, float)):
            problems.append(f"{path}: {actual!r} is not a number (expected {expected!r})")
        elif not math.isclose(actual, expected, rel_tol=REL, abs_tol=0.0 if expected else 1e-300):
            problems.append(f"{path}: {actual!r} != expected {expected!r} (rel {REL})")
    return problems


def evaluate_json(*args):
    r = run("evaluate", *args, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    return json.loads(r.stdout)


def test_compare_can_fail():
    assert compare({"a": 1.0, "b": [True]}, {"a": 1.0 + 1e-9, "b": [True]})
    assert compare({"a": 1}, {"a": True})
    assert compare({"x": {}}, {"x": {"y": None}})
    assert not compare({"a": 0.1 + 0.2, "extra": 1}, {"a": 0.3})


@pytest.mark.parametrize("name,schools", [
    ("jinchuan", os.path.join(EXAMPLES, "jinchuan.csv")),
    ("jinchuan", os.path.join(EXAMPLES, "jinchuan_zh_gb18030.csv")),
    ("two_counties", os.path.join(EXAMPLES, "two_counties.csv")),
    ("worked_example", os.path.join(GOLDEN, "worked_example.csv")),
])
def test_golden(name, schools):
    with open(os.path.join(GOLDEN, f"{name}.expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    actual = evaluate_json(schools)
    problems = compare(actual, expected)
    assert not problems, "\n".join(problems[:40])


def test_both_encodings_and_header_languages_identical():
    en = run("evaluate", os.path.join(EXAMPLES, "jinchuan.csv"), "--format", "json")
    zh = run("evaluate", os.path.join(EXAMPLES, "jinchuan_zh_gb18030.csv"), "--format", "json")
    zh_explicit = run("evaluate", os.path.join(EXAMPLES, "jinchuan_zh_gb18030.csv"), "--format", "json",
                      "--encoding", "gb18030")
    assert en.returncode == zh.returncode == zh_explicit.returncode == 0
    assert en.stdout == zh.stdout == zh_explicit.stdout


def test_utf8_bom_crlf_and_gbk_variants_identical(tmp_path):
    with open(os.path.join(EXAMPLES, "jinchuan.csv"), encoding="utf-8") as fh:
        content = fh.read()
    base = evaluate_json(os.path.join(EXAMPLES, "jinchuan.csv"))
    bom = write(tmp_path / "bom.csv", b"\xef\xbb\xbf" + content.replace("\n", "\r\n").encode("utf-8"))
    assert evaluate_json(bom) == base
    gbk = write(tmp_path / "gbk.csv", content.encode("gbk"))
    assert evaluate_json(gbk, "--encoding", "gbk") == base
    assert evaluate_json(gbk) == base
    # GB18030 text read as UTF-8 is an encoding error naming a line
    r = run("evaluate", gbk, "--encoding", "utf-8")
    assert r.returncode == 65
    assert f"{gbk}:2: " in text(r.stderr)


def test_facts_csv_and_json_identical():
    s = os.path.join(EXAMPLES, "jinchuan.csv")
    a = evaluate_json(s, "--facts", os.path.join(EXAMPLES, "jinchuan_facts.csv"))
    b = evaluate_json(s, "--facts", os.path.join(EXAMPLES, "jinchuan_facts.json"))
    assert a == b
    # facts change the items: without them the G/Q/S items are not assessed
    c = evaluate_json(s)
    assert c != a


def test_facts_chinese_headers_identical(tmp_path):
    """The facts CSV with Chinese headers (names from `yjjh standards --facts`) reads the same."""
    r = run("standards", "--facts", "--format", "json")
    assert r.returncode == 0
    zh = {f["key"]: f["name_zh"] for f in json.loads(r.stdout)["facts"]}
    with open(os.path.join(EXAMPLES, "jinchuan_facts.csv"), encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    header = ["县区代码" if h == "county_code" else zh[h] for h in rows[0]]
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([header] + rows[1:])
    f = write(tmp_path / "facts_zh.csv", out.getvalue().encode("gb18030"))
    s = os.path.join(EXAMPLES, "jinchuan.csv")
    assert evaluate_json(s, "--facts", f) == evaluate_json(s, "--facts", os.path.join(EXAMPLES,
                                                                                     "jinchuan_facts.csv"))


def test_year_option_sets_the_default_evaluation_year(tmp_path):
    with open(os.path.join(EXAMPLES, "jinchuan_facts.csv"), encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    i = rows[0].index("evaluation_year")
    year = rows[1][i]
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows([r[:i] + r[i + 1:] for r in rows])
    f = write(tmp_path / "facts_no_year.csv", out.getvalue())
    s = os.path.join(EXAMPLES, "jinchuan.csv")
    full = evaluate_json(s, "--facts", os.path.join(EXAMPLES, "jinchuan_facts.csv"))
    assert evaluate_json(s, "--facts", f, "--year", year) == full
    assert evaluate_json(s, "--facts", f) != full  # without a year the eligibility item is not assessed


def test_text_report_in_chinese(tmp_path):
    s = os.path.join(EXAMPLES, "jinchuan.csv")
    r = run("evaluate", s, "--facts", os.path.join(EXAMPLES, "jinchuan_facts.csv"), "--format", "text")
    assert r.returncode == 0, text(r.stderr)
    t = text(r.stdout)
    assert "金川区" in t and "未通过" in t
    assert "2162030209" in t  # the failing school with its shortfalls (examples/data/README.md)
    assert "118" in t
    # the CV table: R5 primary CV 0.4705926… printed to 3 decimals (golden file)
    assert "0.471" in t


def test_csv_format_one_row_per_school_part():
    r = run("evaluate", os.path.join(EXAMPLES, "jinchuan.csv"), "--format", "csv")
    assert r.returncode == 0, text(r.stderr)
    rows = list(csv.reader(io.StringIO(text(r.stdout))))
    with open(os.path.join(GOLDEN, "jinchuan.expected.json"), encoding="utf-8") as fh:
        expected = json.load(fh)
    n_parts = sum(len(c["schools"]) for c in expected["counties"])
    assert len(rows) == 1 + n_parts


def test_compact_json_is_the_same_document_on_one_line(tmp_path):
    args = ("evaluate", os.path.join(EXAMPLES, "jinchuan.csv"), "--facts", os.path.join(EXAMPLES, "jinchuan_facts.csv"),
            "--format", "json")
    pretty = run(*args)
    compact = run(*args, "--compact")
    assert pretty.returncode == 0 and compact.returncode == 0
    assert compact.stdout.count(b"\n") == 1 and compact.stdout.endswith(b"}\n")
    assert b"\t" not in compact.stdout and len(compact.stdout) < 0.9 * len(pretty.stdout)
    assert json.loads(compact.stdout) == json.loads(pretty.stdout)
    out = tmp_path / "out.json"
    assert run(*args, "--compact", "-o", str(out)).returncode == 0
    assert out.read_bytes() == compact.stdout
