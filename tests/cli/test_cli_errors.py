# SPDX-License-Identifier: MIT
"""Exit codes and error messages of the yjjh CLI (cli.md, data-format.md "Errors")."""
import json
import os
import re

import pytest

from cli_util import CLI, EXAMPLES, HEADER, ROWS, SOURCE_DIR, run, small_csv, text, write


def assert_problem(stderr, fname, line, column=None):
    """stderr has a line `fname:line: column COLUMN: …` (or `fname:line: …` when column is None)."""
    err = text(stderr)
    if column is None:
        pat = rf"^{re.escape(fname)}:{line}: "
    else:
        pat = rf"^{re.escape(fname)}:{line}: column {re.escape(column)}: "
    assert re.search(pat, err, re.M), f"no problem matching {pat!r} in:\n{err}"


def test_valid_small_file_exit_0(tmp_path):
    f = write(tmp_path / "s.csv", small_csv())
    r = run("evaluate", f, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    doc = json.loads(r.stdout)
    assert doc["counties"][0]["county_code"] == "350502"


# ---- every error class of data-format.md: exit 65, message naming line and column ----

def test_not_a_number(tmp_path):
    rows = list(ROWS)
    rows[1] = rows[1].replace(",500,", ",12a,")
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert f'{f}:3: column primary_students: "12a" is not a number' in text(r.stderr)
    assert r.stdout == b""


def test_not_a_number_chinese_header_names_the_chinese_column(tmp_path):
    f = write(tmp_path / "s.csv", "学校标识码,学校类型,小学在校生数\n1,小学,100\n2,小学,12a\n")
    r = run("validate", f)
    assert r.returncode == 65
    assert f'{f}:3: column 小学在校生数: "12a" is not a number' in text(r.stderr)


def test_duplicate_school_id(tmp_path):
    rows = list(ROWS)
    rows[2] = rows[2].replace("C,", "A,", 1)
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 4, "school_id")


def test_negative_area(tmp_path):
    rows = list(ROWS)
    rows[0] = rows[0].replace(",5000,", ",-5000,")
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 2, "teaching_area")


def test_non_integer_students(tmp_path):
    rows = list(ROWS)
    rows[2] = rows[2].replace(",250,", ",250.5,")
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 4, "primary_students")


def test_teachers_but_no_students(tmp_path):
    rows = list(ROWS) + ["D,Delta,350502,primary,0,3,1,1,100,100,1000,1"]
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert re.search(rf"^{re.escape(f)}:5: column ", text(r.stderr), re.M), text(r.stderr)


def test_missing_value_an_indicator_needs(tmp_path):
    rows = list(ROWS)
    rows[1] = rows[1].replace(",4000,", ",,")  # sports_area empty = missing, not zero
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 3, "sports_area")


def test_unknown_school_type(tmp_path):
    rows = list(ROWS)
    rows[0] = rows[0].replace(",primary,", ",kindergarten,")
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 2, "school_type")


def test_teaching_point_parent_not_in_file_merge_mode(tmp_path):
    prof = write(tmp_path / "merge.json", json.dumps(
        {"name": "merge-test", "extends": "national-2017", "standards": {"teaching_points": "merge"}}))
    header = HEADER + ",parent_id"
    rows = [r + "," for r in ROWS] + ["T,Tp,350502,teaching_point,30,1,0,0,100,200,20000,1,NOPE"]
    f = write(tmp_path / "s.csv", small_csv(rows, header))
    r = run("evaluate", f, "--profile", prof)
    assert r.returncode == 65, text(r.stderr)
    assert_problem(r.stderr, f, 5, "parent_id")


def test_row_with_more_fields_than_header(tmp_path):
    rows = list(ROWS)
    rows[1] = rows[1] + ",extra"
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 3)
    assert "fields" in text(r.stderr)


def test_row_with_fewer_fields_is_missing_values(tmp_path):
    # the last cell (multimedia_rooms) is absent: a missing value R7 needs
    rows = list(ROWS)
    rows[2] = rows[2].rsplit(",", 1)[0]
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 4, "multimedia_rooms")


def test_unterminated_quote_reported_at_last_line(tmp_path):
    rows = list(ROWS)
    rows[0] = rows[0].replace("Alpha", '"Alpha')
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 4)
    assert "unterminated" in text(r.stderr)


def test_stray_quote_in_unquoted_field(tmp_path):
    rows = list(ROWS)
    rows[1] = rows[1].replace("Beta", 'Be"ta')
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 3)


def test_duplicate_known_column(tmp_path):
    f = write(tmp_path / "s.csv", "school_id,primary_students,小学在校生数\n1,2,3\n")
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 1, "小学在校生数")


def test_all_problems_in_one_pass_in_line_order(tmp_path):
    rows = list(ROWS)
    rows[0] = rows[0].replace(",8000,", ",8k,")
    rows[1] = rows[1] + ",x"
    rows[2] = rows[2].replace(",1500,", ",1.5.0,")
    f = write(tmp_path / "s.csv", small_csv(rows))
    r = run("evaluate", f)
    assert r.returncode == 65
    lines = [ln for ln in text(r.stderr).splitlines() if ln.startswith(f + ":")]
    assert [int(ln.split(":")[1]) for ln in lines] == [2, 3, 4], lines
    assert 'column sports_area: "8k" is not a number' in lines[0]
    assert 'column teaching_area: "1.5.0" is not a number' in lines[2]


def test_invalid_utf8_with_explicit_encoding_names_line(tmp_path):
    data = small_csv().encode() + b"D,\xff\xfe,350502,primary,1,1,1,1,1,1,1,1\n"
    f = write(tmp_path / "s.csv", data)
    r = run("evaluate", f, "--encoding", "utf-8")
    assert r.returncode == 65
    assert_problem(r.stderr, f, 5)
    r = run("evaluate", f)  # auto: not UTF-8, and not GB18030 either
    assert r.returncode == 65
    assert_problem(r.stderr, f, 5)


def test_nul_byte_names_line(tmp_path):
    data = small_csv().encode().replace(b"Gamma", b"Gam\0ma")
    f = write(tmp_path / "s.csv", data)
    r = run("evaluate", f)
    assert r.returncode == 65
    assert_problem(r.stderr, f, 4)


def test_header_only_is_no_schools(tmp_path):
    f = write(tmp_path / "s.csv", HEADER + "\n")
    r = run("evaluate", f)
    assert r.returncode == 65
    assert "no schools" in text(r.stderr)


def test_bad_facts_value_names_line_and_column(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    facts = write(tmp_path / "f.csv", "county_code,layout_reasonable,social_recognition_rate\n"
                                      "350502,maybe,91%\n")
    r = run("evaluate", s, "--facts", facts)
    assert r.returncode == 65
    assert_problem(r.stderr, facts, 2, "layout_reasonable")


def test_bad_facts_json_names_key_path(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    facts = write(tmp_path / "f.json", json.dumps({"350502": {"layout_reasonable": "maybe"}}))
    r = run("evaluate", s, "--facts", facts)
    assert r.returncode == 65
    assert "350502.layout_reasonable" in text(r.stderr)


# ---- usage errors: 64 ----

@pytest.mark.parametrize("args", [
    [],
    ["frobnicate"],
    ["evaluate"],
    ["evaluate", "x.csv", "--bogus"],
    ["evaluate", "x.csv", "--format"],
    ["evaluate", "x.csv", "--format", "xml"],
    ["evaluate", "x.csv", "--year", "twenty"],
    ["evaluate", "x.csv", "--encoding", "latin-9"],
    ["evaluate", "x.csv", "y.csv"],
    ["evaluate", "x.csv", "--profile", "no-such-profile"],
    ["validate", "x.csv", "--check"],
    ["standards", "--format", "csv"],
    ["profiles", "extra"],
])
def test_usage_errors_exit_64(args):
    r = run(*args)
    assert r.returncode == 64, (args, text(r.stderr))
    assert r.stderr


# ---- input and output files ----

def test_missing_schools_file_exit_66(tmp_path):
    r = run("evaluate", tmp_path / "nope.csv")
    assert r.returncode == 66
    assert "nope.csv" in text(r.stderr)


def test_missing_facts_file_exit_66(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    r = run("evaluate", s, "--facts", tmp_path / "nope.json")
    assert r.returncode == 66


def test_unwritable_output_exit_73(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    r = run("evaluate", s, "-o", tmp_path / "no-such-dir" / "out.json")
    assert r.returncode == 73
    os.mkdir(tmp_path / "adir")
    r = run("evaluate", s, "-o", tmp_path / "adir")  # a directory cannot be replaced by a file
    assert r.returncode == 73
    assert os.listdir(tmp_path / "adir") == []
    assert sorted(os.listdir(tmp_path)) == ["adir", "s.csv"]  # no temporary file left


def test_failed_run_leaves_existing_output_untouched(tmp_path):
    out = write(tmp_path / "out.json", "previous content\n")
    bad = write(tmp_path / "bad.csv", small_csv([ROWS[0].replace(",1000,", ",1OOO,")]))
    r = run("evaluate", bad, "-o", out)
    assert r.returncode == 65
    with open(out, encoding="utf-8") as fh:
        assert fh.read() == "previous content\n"
    assert sorted(os.listdir(tmp_path)) == ["bad.csv", "out.json"]


def test_output_file_written_atomically_and_formats(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    out = write(tmp_path / "out.json", "old")
    r = run("evaluate", s, "-o", out)
    assert r.returncode == 0, text(r.stderr)
    assert r.stdout == b""
    with open(out, encoding="utf-8") as fh:
        doc = json.load(fh)  # .json → JSON by default
    assert doc["profile"] == "national-2017"
    r = run("evaluate", s, "-o", tmp_path / "out.txt")
    assert r.returncode == 0
    with open(tmp_path / "out.txt", encoding="utf-8") as fh:
        assert "350502" in fh.read()
    assert sorted(os.listdir(tmp_path)) == ["out.json", "out.txt", "s.csv"]


def test_stdout_not_a_terminal_defaults_to_json(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    r = run("evaluate", s)
    assert r.returncode == 0
    json.loads(r.stdout)


def test_stdin_dash_gives_the_same_result(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    a = run("evaluate", s, "--format", "json")
    b = run("evaluate", "-", "--format", "json", stdin=small_csv().encode())
    assert a.returncode == b.returncode == 0
    assert json.loads(a.stdout) == json.loads(b.stdout)


def test_check_exit_2_when_not_pass():
    f = os.path.join(EXAMPLES, "jinchuan.csv")
    facts = os.path.join(EXAMPLES, "jinchuan_facts.csv")
    r = run("evaluate", f, "--facts", facts, "--format", "json")
    assert r.returncode == 0  # whatever the verdict
    assert json.loads(r.stdout)["counties"][0]["verdict"] == "fail"  # school 09 fails the school rule
    r = run("evaluate", f, "--facts", facts, "--format", "json", "--check")
    assert r.returncode == 2
    json.loads(r.stdout)  # the result is still written


def test_validate_ok_and_error(tmp_path):
    s = write(tmp_path / "s.csv", small_csv())
    r = run("validate", s)
    assert r.returncode == 0, text(r.stderr)
    bad = write(tmp_path / "b.csv", small_csv([ROWS[0].replace(",25", ",-25")]))
    r = run("validate", bad)
    assert r.returncode == 65
    assert_problem(r.stderr, bad, 2, "multimedia_rooms")


def test_help_and_version():
    for args in (["--help"], ["help"], ["evaluate", "--help"], ["help", "evaluate"], ["standards", "-h"]):
        r = run(*args)
        assert r.returncode == 0, args
        assert "Usage" in text(r.stdout)
    with open(os.path.join(SOURCE_DIR, "CMakeLists.txt"), encoding="utf-8") as fh:
        version = re.search(r"project\(yjjh VERSION (\d+\.\d+\.\d+)", fh.read()).group(1)
    r = run("--version")
    assert r.returncode == 0
    assert text(r.stdout).strip() == f"yjjh {version}"


def test_profiles_lists_builtins():
    r = run("profiles")
    assert r.returncode == 0
    names = [ln.split()[0] for ln in text(r.stdout).splitlines() if ln.strip()]
    assert names[0] == "national-2017"
    assert "national-2012-basic" in names


def test_cli_binary_exists():
    assert os.access(CLI, os.X_OK), CLI
