# SPDX-License-Identifier: MIT
"""The JSON Schemas of schemas/ (draft 2020-12, Debian python3-jsonschema): each is a valid schema; every JSON
document the CLI writes validates against its schema (evaluate for every golden input and profile, validate,
standards, profiles, the error document of every failing case of the bad-input matrix); the inputs (profile
files, facts JSON) validate against theirs; and broken documents do not."""
import copy
import json
import os
import re
import subprocess
import sys
import tempfile

import jsonschema
import pytest

SOURCE_DIR = os.environ.get("YJJH_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLI = os.environ.get("YJJH_CLI", os.path.join(SOURCE_DIR, "build", "tools", "yjjh"))
SCHEMAS = os.path.join(SOURCE_DIR, "schemas")
EXAMPLES = os.path.join(SOURCE_DIR, "examples", "data")
GOLDEN = os.path.join(SOURCE_DIR, "tests", "data", "golden")
sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "bad_input"))
import run_bad_input  # noqa: E402  (the matrix and its generated files)


def load_schemas():
    out = {}
    for name in sorted(os.listdir(SCHEMAS)):
        if name.endswith(".schema.json"):
            with open(os.path.join(SCHEMAS, name), encoding="utf-8") as f:
                out[name] = json.load(f)
    return out


ALL = load_schemas()
STORE = {s["$id"]: s for s in ALL.values()}  # cross-file $refs resolve here, never over the network


def validator(name):
    # Debian's python3-jsonschema (4.10) resolves with RefResolver; newer ones would use a referencing.Registry
    resolver = jsonschema.RefResolver.from_schema(ALL[name], store=STORE)
    return jsonschema.Draft202012Validator(ALL[name], resolver=resolver,
                                           format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER)


def errors_of(name, doc):
    return [f"{'/'.join(map(str, e.absolute_path))}: {e.message}" for e in validator(name).iter_errors(doc)]


def strict(data):
    def reject(token):
        raise ValueError(f"non-standard JSON token {token}")
    return json.loads(data.decode("utf-8") if isinstance(data, bytes) else data, parse_constant=reject)


def run(*args, cwd=None, stdin=None):
    return subprocess.run([CLI, *args], capture_output=True, cwd=cwd, input=stdin, timeout=300)


def test_schemas_are_valid_and_versioned():
    assert {"evaluate.schema.json", "errors.schema.json", "facts.schema.json", "profile.schema.json",
            "validate.schema.json", "standards.schema.json", "profiles.schema.json",
            "fact-keys.schema.json", "plan.schema.json", "summary.schema.json", "trend.schema.json"} <= set(ALL)
    for name, s in ALL.items():
        jsonschema.Draft202012Validator.check_schema(s)
        assert s["$schema"] == "https://json-schema.org/draft/2020-12/schema", name
        assert s["$id"].endswith("/" + name), name
        if "schema_version" in s.get("properties", {}):
            assert "schema_version" in s["required"], name


EVALUATE_RUNS = [
    ("jinchuan", [os.path.join(EXAMPLES, "jinchuan.csv")]),
    ("jinchuan_facts", [os.path.join(EXAMPLES, "jinchuan.csv"), "--facts", os.path.join(EXAMPLES, "jinchuan_facts.json")]),
    ("jinchuan_failing", [os.path.join(EXAMPLES, "jinchuan.csv"), "--facts",
                          os.path.join(EXAMPLES, "jinchuan_facts_failing.json")]),
    ("jinchuan_zh", [os.path.join(EXAMPLES, "jinchuan_zh_gb18030.csv")]),
    ("two_counties", [os.path.join(EXAMPLES, "two_counties.csv")]),
    ("worked_example", [os.path.join(GOLDEN, "worked_example.csv")]),
    ("basic_2012", [os.path.join(EXAMPLES, "jinchuan.csv"), "--profile", "national-2012-basic"]),
    ("gansu", [os.path.join(EXAMPLES, "two_counties.csv"), "--profile", "gansu-jinchang", "--year", "2026"]),
]


@pytest.mark.parametrize("name,args", EVALUATE_RUNS, ids=[n for n, _ in EVALUATE_RUNS])
def test_evaluate_output(name, args):
    r = run("evaluate", *args, "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    doc = strict(r.stdout)
    assert errors_of("evaluate.schema.json", doc) == []
    assert doc["schema_version"] == "1.0"


def test_golden_files_carry_the_schema_version():
    """The golden files are the reference's expected values (a subset of the keys); the field they share with
    every output is schema_version, and test_cli_golden compares it with the CLI's."""
    for name in ("jinchuan", "two_counties", "worked_example"):
        with open(os.path.join(GOLDEN, f"{name}.expected.json"), encoding="utf-8") as f:
            assert json.load(f)["schema_version"] == "1.0"


def test_evaluate_schema_rejects_broken_documents():
    r = run("evaluate", os.path.join(EXAMPLES, "jinchuan.csv"), "--format", "json")
    good = strict(r.stdout)
    breakages = [
        lambda d: d.pop("schema_version"),
        lambda d: d.update(schema_version="2.0"),
        lambda d: d["counties"][0].update(verdict="maybe"),
        lambda d: d["counties"][0]["schools"][0].update(in_scope="yes"),
        lambda d: d["counties"][0]["stages"]["primary"]["indicators"]["R1"].update(cv="0.1"),
        lambda d: d["counties"][0]["items"]["G1"].update(status="fine"),
        lambda d: d["counties"][0]["schools"][0].update(excluded_reason="other"),
        lambda d: d["counties"][0].pop("reasons"),
    ]
    for i, brk in enumerate(breakages):
        d = copy.deepcopy(good)
        brk(d)
        assert errors_of("evaluate.schema.json", d), f"breakage {i} validates"


def test_validate_standards_profiles_outputs():
    ok = run("validate", os.path.join(EXAMPLES, "jinchuan.csv"), "--format", "json")
    assert ok.returncode == 0 and ok.stderr == b""
    doc = strict(ok.stdout)
    assert errors_of("validate.schema.json", doc) == [] and doc["valid"] is True and doc["schools"] == 24
    for profile in ("national-2017", "national-2012-basic", "gansu-jinchang"):
        r = run("standards", "--profile", profile, "--format", "json")
        assert r.returncode == 0
        assert errors_of("standards.schema.json", strict(r.stdout)) == []
    r = run("standards", "--facts", "--format", "json")
    assert r.returncode == 0 and errors_of("fact-keys.schema.json", strict(r.stdout)) == []
    r = run("profiles", "--format", "json")
    assert r.returncode == 0
    doc = strict(r.stdout)
    assert errors_of("profiles.schema.json", doc) == []
    assert [p["name"] for p in doc["profiles"]][:1] == ["national-2017"] and doc["profiles"][0]["default"]


PLAN_RUNS = [
    ("plan", "plan.schema.json", ["plan", JINCHUAN_CSV := os.path.join(EXAMPLES, "jinchuan.csv"), "--facts",
                                  os.path.join(EXAMPLES, "jinchuan_facts.json")]),
    ("plan_no_facts", "plan.schema.json", ["plan", os.path.join(EXAMPLES, "two_counties.csv")]),
    ("summary", "summary.schema.json", ["summary", os.path.join(EXAMPLES, "two_counties.csv")]),
    ("summary_2012", "summary.schema.json", ["summary", os.path.join(EXAMPLES, "jinchuan.csv"), "--profile",
                                             "national-2012-basic"]),
    ("trend", "trend.schema.json", ["trend", "2025=" + os.path.join(EXAMPLES, "jinchuan.csv"),
                                    "2026=" + os.path.join(EXAMPLES, "jinchuan.csv"), "--facts",
                                    "2026=" + os.path.join(EXAMPLES, "jinchuan_facts.json")]),
]


@pytest.mark.parametrize("name,schema,args", PLAN_RUNS, ids=[n for n, _, _ in PLAN_RUNS])
def test_plan_summary_trend_outputs(name, schema, args):
    r = run(*args, "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    doc = strict(r.stdout)
    assert errors_of(schema, doc) == []
    assert doc["schema_version"] == "1.0"


def test_inputs_validate():
    for name in os.listdir(os.path.join(SOURCE_DIR, "profiles")):
        with open(os.path.join(SOURCE_DIR, "profiles", name), encoding="utf-8") as f:
            assert errors_of("profile.schema.json", json.load(f)) == [], name
    for name in ("jinchuan_facts.json", "jinchuan_facts_failing.json"):
        with open(os.path.join(EXAMPLES, name), encoding="utf-8") as f:
            assert errors_of("facts.schema.json", json.load(f)) == [], name
    assert errors_of("profile.schema.json", {"name": "x"})  # extends is required
    assert errors_of("profile.schema.json", {"extends": "national-2017", "colour": 1})
    assert errors_of("profile.schema.json", {"extends": "national-2017", "standards": {"no_such": 1}})
    assert errors_of("facts.schema.json", {"620302": {"no_such_fact": 1}})
    assert errors_of("facts.schema.json", {"620302": {"teacher_salary": [1]}})
    assert errors_of("facts.schema.json", [1])


def test_enumerations_follow_the_tool():
    """The fact names, standard keys and problem codes the schemas list are those the tool knows."""
    keys = strict(run("standards", "--facts", "--format", "json").stdout)["facts"]
    names = set(ALL["facts.schema.json"]["$defs"]["fact_name"]["enum"])
    assert {k["key"] for k in keys} | {k["name_zh"] for k in keys} <= names
    assert names - {k["key"] for k in keys} - {k["name_zh"] for k in keys} == {"county_name", "县区名称", "description"}
    std = set()
    for profile in ("national-2017", "national-2012-basic"):
        std |= {s["key"] for s in strict(run("standards", "--profile", profile, "--format", "json").stdout)["standards"]}
    assert set(ALL["profile.schema.json"]["properties"]["standards"]["propertyNames"]["enum"]) == std
    with open(os.path.join(SOURCE_DIR, "include", "yjjh", "yjjh_diag.h"), encoding="utf-8") as f:
        header = re.findall(r"YJJH_PROBLEM_\w+ = \d+,?\s*/\*\*< `([a-z_]+)`", f.read())
    assert ALL["errors.schema.json"]["$defs"]["code"]["enum"] == header


def location(p):
    """The text-mode line of a problem (docs/cli.md; lib/common/diag.c): FILE:LINE: column NAME: message."""
    s = p["file"] or ""
    if p.get("cell"):
        s += f": {p['cell']}: " if s else f"{p['cell']}: "
    elif p["line"]:
        s += f":{p['line']}: " if s else f"line {p['line']}: "
    elif s:
        s += ": "
    if p["column"]:
        s += f"column {p['column']}: "
    return s + p["message"]


# Commands that take --errors (cli_commands.def). The usage errors (exit 64) of the option parser are text (it runs
# before --errors is known); those plan, summary, trend, template and equity find after parsing are problems too.
ERRORS_COMMANDS = ("evaluate", "validate", "standards", "plan", "summary", "trend", "template", "equity")
LATE_USAGE_COMMANDS = ("plan", "summary", "trend", "template", "equity")


def error_cases():
    cases = run_bad_input.parse_cases(os.path.join(SOURCE_DIR, "tests", "bad_input", "cases.tsv"))
    return [c for c in cases if c["exit"] not in (0, 2) and c["args"][0] in ERRORS_COMMANDS and
            (c["exit"] != 64 or c["args"][0] in LATE_USAGE_COMMANDS)]


def test_late_usage_errors_are_in_the_matrix():
    """The bad-input matrix has usage errors found after parsing of plan, summary, trend, template and equity."""
    cases = error_cases()
    for command in LATE_USAGE_COMMANDS:
        assert any(c["args"][0] == command and c["exit"] == 64 for c in cases), command


@pytest.fixture(scope="module")
def work():
    with tempfile.TemporaryDirectory(prefix="yjjh-schema-") as tmp:
        files = os.path.join(SOURCE_DIR, "tests", "bad_input", "files")
        for name in os.listdir(files):
            with open(os.path.join(files, name), "rb") as src, open(os.path.join(tmp, name), "wb") as dst:
                dst.write(src.read())
        for name, data in run_bad_input.generated_files().items():
            with open(os.path.join(tmp, name), "wb") as f:
                f.write(data)
        yield tmp


def test_error_documents_of_the_bad_input_matrix(work):
    """Every failing case gives the same exit status with --errors json, and one error document on stderr that
    validates, whose problems are the text mode's lines one for one, each with a code other than `other`."""
    cases = error_cases()
    assert len(cases) > 40
    failures = []
    for case in cases:
        args = [a for a in case["args"] if not a.startswith("<")]
        stdin = next((a[1:] for a in case["args"] if a.startswith("<")), None)
        data = open(os.path.join(work, stdin), "rb").read() if stdin else None
        text_run = run(*args, cwd=work, stdin=data)
        json_run = run(*args, "--errors", "json", cwd=work, stdin=data)
        what = f"{case['id']} (cases.tsv:{case['line']})"
        if json_run.returncode != case["exit"] or text_run.returncode != case["exit"]:
            failures.append(f"{what}: exit {json_run.returncode}/{text_run.returncode}, expected {case['exit']}")
            continue
        if json_run.stdout:
            failures.append(f"{what}: wrote on stdout")
        try:
            doc = strict(json_run.stderr)
        except ValueError as e:
            failures.append(f"{what}: stderr is not one JSON document ({e}): {json_run.stderr[:300]!r}")
            continue
        errs = errors_of("errors.schema.json", doc)
        if errs:
            failures.append(f"{what}: {errs[:3]}")
            continue
        codes = [p["code"] for p in doc["problems"]]
        if not codes or "other" in codes:
            failures.append(f"{what}: codes {codes}")
        lines = text_run.stderr.decode("utf-8", "replace").splitlines()
        if case["exit"] == 64:  # text mode adds the hint; the JSON document has none
            hint = f"Try 'yjjh {args[0]} --help'."
            lines = [line for line in lines if line != hint]
        # a problem of the library is its diag message; one of the tool is "yjjh: " + message
        if len(lines) != len(doc["problems"]) or any(
                line not in (location(p), "yjjh: " + p["message"]) for line, p in zip(lines, doc["problems"])):
            failures.append(f"{what}: text lines {lines[:3]} != problems {doc['problems'][:3]}")
    assert not failures, "\n".join(failures[:20])


def test_validate_json_lists_the_problems(work):
    bad = os.path.join(work, "codes.csv")
    with open(bad, "w", encoding="utf-8") as f:
        f.write("county_code,school_id,school_type,primary_students\n1,a,primary,12a\n1,b,primary,x\n")
    r = run("validate", "codes.csv", "--format", "json", cwd=work)
    assert r.returncode == 65 and r.stderr == b""
    doc = strict(r.stdout)
    assert errors_of("validate.schema.json", doc) == []
    assert doc["valid"] is False and doc["schools"] is None
    assert [(p["code"], p["line"], p["column"]) for p in doc["problems"]] == [
        ("not_a_number", 2, "primary_students"), ("not_a_number", 3, "primary_students")]
    both = run("validate", "codes.csv", "--format", "json", "--errors", "json", cwd=work)
    assert both.returncode == 65 and strict(both.stderr)["problems"] == doc["problems"]


@pytest.mark.parametrize("args", [["jinchuan.csv", "--by", "location"], ["jinchuan.csv"],
                                  ["two_counties.csv", "--by", "school_type"],
                                  ["jinchuan.csv", "--profile", "national-2012-basic", "--by", "ownership"]])
def test_equity_output(args):
    r = run("equity", os.path.join(EXAMPLES, args[0]), *args[1:], "--format", "json")
    assert r.returncode == 0, r.stderr.decode()
    doc = strict(r.stdout)
    assert errors_of("equity.schema.json", doc) == []
    broken = copy.deepcopy(doc)
    broken["counties"][0]["stages"][0]["indicators"][0]["measures"].pop("gini")
    assert errors_of("equity.schema.json", broken) != []
