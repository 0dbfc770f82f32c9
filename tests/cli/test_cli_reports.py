# SPDX-License-Identifier: MIT
"""Reports for people (`--format text|html|xlsx`, `--excel`, `--lang`; docs/reports.md).

Every number a report prints is checked against the JSON of the same run (full precision): a printed number
must be the JSON value rounded to the printed digits (a shortfall: rounded up), and every printed comparison
("4.49999 < 4.5", "0.047 ≤ 0.50") must be true of the printed numbers — so no value is ever shown as meeting a
standard it misses. The HTML is rendered by headless Chromium (PNG and PDF kept in the build directory).
"""
import csv
import io
import json
import os
import re
import shutil
import subprocess
import zipfile
from decimal import Decimal, ROUND_CEILING
from html.parser import HTMLParser

import pytest

from cli_util import EXAMPLES, run, text, write

JIN = os.path.join(EXAMPLES, "jinchuan.csv")
JIN_FACTS = os.path.join(EXAMPLES, "jinchuan_facts.csv")
FAILING_FACTS = os.path.join(EXAMPLES, "jinchuan_facts_failing.json")
ENV_DATE = "1764547200"  # SOURCE_DATE_EPOCH: 2025-12-01
ARTEFACTS = os.environ.get("YJJH_ARTEFACT_DIR", os.path.join(os.getcwd(), "report_artefacts"))


def run_env(*args):
    env = dict(os.environ, SOURCE_DATE_EPOCH=ENV_DATE)
    from cli_util import CLI
    return subprocess.run([CLI, *map(str, args)], capture_output=True, timeout=300, env=env)


def evaluate_json(*args):
    r = run("evaluate", *args, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    return json.loads(r.stdout)


def rounds_to(shown, value):
    """shown (a decimal text) is value rounded to the digits shown."""
    d = Decimal(shown)
    exp = d.as_tuple().exponent
    return abs(Decimal(repr(value)) - d) <= Decimal(1).scaleb(exp) / 2 + Decimal("1e-12")


def rounds_up_to(shown, value):
    """shown is value rounded up to the digits shown (a shortfall: never less than needed)."""
    d = Decimal(shown)
    exp = min(d.as_tuple().exponent, -2) if "." in shown else 0
    need = Decimal(repr(value))
    return d >= need - Decimal("1e-7") and d - need < Decimal(1).scaleb(exp) + Decimal("1e-7")


NUM = r"-?\d+(?:\.\d+)?"
COMPARISON = re.compile(rf"({NUM})(%?) (<|>|≥|≤) ({NUM})(%?)")


def check_comparisons(t):
    """Every printed 'a OP b' is true of the printed numbers; returns how many were checked."""
    n = 0
    for m in COMPARISON.finditer(t):
        a, op, b = Decimal(m.group(1)), m.group(3), Decimal(m.group(4))
        ok = {"<": a < b, ">": a > b, "≥": a >= b, "≤": a <= b}[op]
        assert ok, f"printed comparison is false: {m.group(0)!r}"
        n += 1
    return n


# ---- text ----


def test_text_header_and_numbers_agree_with_json():
    j = evaluate_json(JIN, "--facts", JIN_FACTS)
    r = run_env("evaluate", JIN, "--facts", JIN_FACTS, "--format", "text")
    assert r.returncode == 0, text(r.stderr)
    t = text(r.stdout)
    # the header: input files, profile, library version, injectable date
    assert f"学校数据: {JIN}" in t and f"县级事实数据: {JIN_FACTS}" in t
    assert "评估方案: national-2017" in t
    assert f"libyjjh {j['yjjh_version']}" in t and "2025-12-01" in t
    c = j["counties"][0]
    # the CV table: every CV as the JSON value to the printed digits, limits with their direction
    for stage, st in c["stages"].items():
        for code, ind in st["indicators"].items():
            m = re.search(rf"^  {code} .*?≥ ({NUM})\s+({NUM})\s+({NUM})\s+≤ ({NUM})\s+(是|否)$",
                          t.split("小学:" if stage == "primary" else "初中:")[1], re.M)
            assert m, (stage, code)
            assert Decimal(m.group(1)) == Decimal(repr(ind["standard"]))
            assert rounds_to(m.group(2), ind["county_value"])
            assert rounds_to(m.group(3), ind["cv"])
            assert Decimal(m.group(4)) == Decimal(repr(ind["cv_max"]))
            assert (m.group(5) == "是") == ind["cv_met"]
    # the failing school: each unmet value, its ratio (rounded, not truncated) and shortfall (rounded up)
    failing = [s for s in c["schools"] if s["in_scope"] and not s["passed"]]
    assert failing
    for s in failing:
        line = next(ln for ln in t.splitlines() if ln.startswith("    " + s["school_id"]))
        for code, met in s["met"].items():
            if met:
                continue
            m = re.search(rf"{code} ({NUM}) < ({NUM}) \(({NUM})%[^)]*\), 缺 ({NUM}) ", line)
            assert m, (code, line)
            assert rounds_to(m.group(1), s["values"][code])
            assert rounds_to(m.group(3), s["ratios"][code] * 100)
            assert rounds_up_to(m.group(4), s["shortfalls"][code])
    assert "R4 4.00 < 4.5 (89%), 缺 118 m²" in t  # 4/4.5 = 0.889: 89%, not the truncated 88%
    # county items: rates as %, booleans 是/否, directions, both numbers of two-part items, no internal keys
    assert "G11 教师交流轮岗" in t and re.search(r"交流轮岗教师比例 \d+% ≥ 10%; 交流轮岗骨干教师比例 \d+% ≥ 20%", t)
    assert re.search(r"Q4 .*5\.7% ≥ 5%", t)
    assert re.search(r"G4 学校规模 .*最大学校规模 1760 人 ≤ 2000 人", t)
    assert re.search(r"S1 社会认可度 .*一票否决", t)
    assert "veto_" not in t and "eligibility_" not in t and "值 0, 要求 0" not in t
    assert check_comparisons(t) > 20


def test_text_failing_facts_vetoes_and_english():
    r = run_env("evaluate", JIN, "--facts", FAILING_FACTS, "--format", "text")
    t = text(r.stdout)
    assert r.returncode == 0, text(r.stderr)
    assert "设重点班 (一票否决)" in t and "发生: 是" in t
    check_comparisons(t)
    r = run_env("evaluate", JIN, "--facts", FAILING_FACTS, "--format", "text", "--lang", "en")
    e = text(r.stdout)
    assert r.returncode == 0, text(r.stderr)
    assert "Verdict: fail" in e and "Schools file:" in e and "key classes (veto)" in e
    assert "short by 118 m²" in e
    check_comparisons(e)


def test_lang_is_checked():
    r = run("evaluate", JIN, "--format", "text", "--lang", "fr")
    assert r.returncode == 64


BAD_HEADER = ("county_code,county_name,school_id,school_name,school_type,primary_students,"
              "primary_teachers_above_degree,primary_backbone_teachers,primary_pe_art_teachers,teaching_area,"
              "sports_area,equipment_value,multimedia_rooms")


def test_unmet_values_are_never_printed_as_met(tmp_path):
    """The issue's cases: R4 4.49999 (was "4.500 < 4.5"), R6 1999.996 (was "2000.00 < 2000")."""
    rows = [
        # P = 100000 makes 449999 m² → 4.49999 and 199999600 元 → 1999.996
        "350502,鲤城区,S1,一小,primary,100000,5000,1200,1000,449999,800000,199999600,2400",
        "350502,鲤城区,S2,二小,primary,1000,50,12,10,5000,8000,2500000,24",
    ]
    f = write(tmp_path / "bad.csv", BAD_HEADER + "\n" + "\n".join(rows) + "\n")
    r = run_env("evaluate", f, "--format", "text")
    t = text(r.stdout)
    assert r.returncode == 0, text(r.stderr)
    assert "R4 4.49999 < 4.5 (99.9998%), 缺 1 m²" in t  # 450000 − 449999 m²
    assert "R6 1999.996 < 2000 (99.9998%), 缺 400 元" in t
    check_comparisons(t)
    # the reason messages of the JSON (and of Python's Result.reasons) follow the same rules
    j = json.loads(run("evaluate", f, "--format", "json").stdout)
    msg = next(x["message"] for x in j["counties"][0]["reasons"] if x["code"] == "school_rule")
    assert "R4 4.49999 < 4.5 (缺 1 m²)" in msg and "R6 1999.996 < 2000 (缺 400 元)" in msg
    check_comparisons(msg)
    r = run_env("evaluate", f, "-o", tmp_path / "bad.html")
    h = (tmp_path / "bad.html").read_text(encoding="utf-8")
    assert ">4.49999<" in h and ">1999.996<" in h


# ---- HTML ----


class ReportDom(HTMLParser):
    """The parts of the HTML report the tests read: verdicts, failing schools, cells, CV rows, items."""

    def __init__(self):
        super().__init__()
        self.stack = []
        self.verdicts = {}
        self.county = None
        self.failing = set()
        self.cells = []  # (school, code, attrs, text)
        self.school = None
        self.cell = None
        self.cv_rows = []
        self.svg_bars = 0
        self.links = []
        self.text = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.stack.append((tag, a))
        cls = a.get("class", "") or ""
        if tag == "section" and "county" in cls.split():
            self.county = a["data-county"]
            self.verdicts[self.county] = a["data-verdict"]
        if tag == "tr" and "school" in cls.split():
            self.school = a["data-school"]
            if "fail" in cls.split():
                self.failing.add(self.school)
        if tag == "td" and "cell" in cls.split() and "data-met" in a:
            self.cell = [self.school, a["data-code"], a, ""]
        if tag == "tr" and "data-cv" in a:
            self.cv_rows.append(a)
        if tag == "rect" and "bar" in cls:
            self.svg_bars += 1
        for k in ("href", "src"):
            if k in a:
                self.links.append(a[k])

    def handle_endtag(self, tag):
        if tag == "td" and self.cell is not None:
            self.cells.append(tuple(self.cell))
            self.cell = None
        if self.stack:
            self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)
        if self.cell is not None:
            self.cell[3] += data


def render_html(*args):
    os.makedirs(ARTEFACTS, exist_ok=True)
    out = os.path.join(ARTEFACTS, "jinchuan.html")
    r = run_env("evaluate", *args, "-o", out)
    assert r.returncode == 0, text(r.stderr)
    with open(out, encoding="utf-8") as fh:
        return out, fh.read()


def test_html_agrees_with_json():
    j = evaluate_json(JIN, "--facts", FAILING_FACTS)
    out, h = render_html(JIN, "--facts", FAILING_FACTS)
    assert h.startswith("<!DOCTYPE html>")
    d = ReportDom()
    d.feed(h)
    c = j["counties"][0]
    assert d.verdicts == {c["county_code"]: c["verdict"]}
    assert d.links == []  # self-contained: nothing to fetch
    assert "http://" not in h.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in h
    assert '"Noto Sans CJK SC"' in h and "@page{size:A4" in h
    failing = {s["school_id"] for s in c["schools"] if s["in_scope"] and not s["passed"]}
    assert d.failing == failing
    parts = {(s["school_id"], s["stage"]): s for s in c["schools"] if s["in_scope"]}
    by_school = {}
    for s in c["schools"]:
        if s["in_scope"]:
            by_school.setdefault(s["school_id"], []).append(s)
    checked = 0
    for school, code, attrs, shown in d.cells:
        cand = [s for s in by_school[school] if float(attrs["data-value"]) == s["values"][code]]
        assert cand, (school, code)  # the machine value is the JSON value exactly
        s = cand[0]
        assert (attrs["data-met"] == "true") == s["met"][code]
        value = re.search(NUM, shown).group(0)
        assert rounds_to(value, s["values"][code]), (school, code, shown)
        if not s["met"][code]:
            assert "✗" in shown
            m = re.search(rf"< ({NUM})%, 缺 ({NUM})", shown)
            assert m, shown
            assert rounds_to(m.group(1), s["ratios"][code] * 100)
            assert rounds_up_to(m.group(2), s["shortfalls"][code])
        checked += 1
    assert checked == sum(len(s["values"]) for s in parts.values())
    n_cv = sum(len(st["indicators"]) for st in c["stages"].values())
    assert len(d.cv_rows) == n_cv and d.svg_bars == n_cv
    for stage, st in c["stages"].items():
        for code, ind in st["indicators"].items():
            assert any(float(a["data-cv"]) == ind["cv"] and a["data-code"] == code for a in d.cv_rows)
    check_comparisons("".join(d.text))


def test_html_escapes_data(tmp_path):
    rows = ["350502,<b>&县,S&1,\"<script>alert(1)</script>\",primary,1000,50,12,10,5000,8000,2500000,24"]
    f = write(tmp_path / "esc.csv", BAD_HEADER + "\n" + "\n".join(rows) + "\n")
    r = run_env("evaluate", f, "-o", tmp_path / "esc.html")
    assert r.returncode == 0, text(r.stderr)
    h = (tmp_path / "esc.html").read_text(encoding="utf-8")
    assert "<script>" not in h and "&lt;script&gt;" in h and "&lt;b&gt;&amp;县" in h and "S&amp;1" in h


CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")


@pytest.mark.skipif(not CHROMIUM, reason="chromium not installed")
def test_html_in_headless_chromium():
    out, h = render_html(JIN, "--facts", FAILING_FACTS)
    png = os.path.join(ARTEFACTS, "jinchuan.png")
    pdf = os.path.join(ARTEFACTS, "jinchuan.pdf")
    for f in (png, pdf):
        if os.path.exists(f):
            os.remove(f)
    base = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--no-first-run", "--enable-logging=stderr", "--v=0", f"--user-data-dir={ARTEFACTS}/chromium"]
    url = "file://" + out
    shot = subprocess.run(base + [f"--screenshot={png}", "--window-size=1200,2400", url],
                          capture_output=True, timeout=120)
    printed = subprocess.run(base + [f"--print-to-pdf={pdf}", "--no-pdf-header-footer", url],
                             capture_output=True, timeout=120)
    dom = subprocess.run(base + ["--dump-dom", url], capture_output=True, timeout=120)
    for p in (shot, printed, dom):
        log = p.stderr.decode("utf-8", "replace")
        assert "CONSOLE" not in log, log  # no console message (errors) from the page
        assert "net::ERR" not in log, log  # nothing fetched from anywhere
    with open(png, "rb") as fh:
        assert fh.read(8) == b"\x89PNG\r\n\x1a\n"
    with open(pdf, "rb") as fh:
        assert fh.read(5) == b"%PDF-"
    # the DOM as the browser built it: the verdict and every failing school
    d = ReportDom()
    d.feed(dom.stdout.decode("utf-8"))
    j = evaluate_json(JIN, "--facts", FAILING_FACTS)
    c = j["counties"][0]
    assert d.verdicts == {c["county_code"]: "fail"}
    assert d.failing == {s["school_id"] for s in c["schools"] if s["in_scope"] and not s["passed"]}
    assert "未通过" in "".join(d.text)


# ---- xlsx ----


def read_workbook(path):
    openpyxl = pytest.importorskip("openpyxl")
    return openpyxl.load_workbook(path)


def same(a, b):
    """libxlsxwriter writes numbers with 16 significant digits (Excel keeps 15): equal to that precision."""
    return a == b or abs(a - b) <= 1e-15 * max(abs(a), abs(b))


def test_xlsx_agrees_with_json(tmp_path):
    j = evaluate_json(JIN, "--facts", FAILING_FACTS)
    out = tmp_path / "jinchuan.xlsx"
    r = run_env("evaluate", JIN, "--facts", FAILING_FACTS, "-o", out)  # the suffix picks xlsx
    assert r.returncode == 0, text(r.stderr)
    assert zipfile.is_zipfile(out)
    os.makedirs(ARTEFACTS, exist_ok=True)
    shutil.copy(out, os.path.join(ARTEFACTS, "jinchuan.xlsx"))
    wb = read_workbook(out)
    assert wb.sheetnames == ["结论", "学校", "差异系数", "县级指标"]
    c = j["counties"][0]
    # 结论
    ws = wb["结论"]
    rows = list(ws.iter_rows(values_only=True))
    head = next(i for i, row in enumerate(rows) if row[0] == "县区代码")
    assert ws.freeze_panes == f"A{head + 2}" and ws.auto_filter.ref
    body = rows[head + 1:]
    assert {row[2] for row in body} == {"未通过"}
    assert [row[3] for row in body] == [x["code"] for x in c["reasons"]]
    # 学校: numbers stay numbers, equal to the JSON; formats show the report's digits; failures highlighted
    ws = wb["学校"]
    assert ws.freeze_panes == "E2" and ws.auto_filter.ref.startswith("A1:")
    hdr = [cell.value for cell in ws[1]]
    n = 0
    for row in ws.iter_rows(min_row=2):
        vals = [cell.value for cell in row]
        s = next(x for x in c["schools"] if x["school_id"] == vals[2]
                 and (x["stage"] or "") == {"小学": "primary", "初中": "junior", None: ""}[vals[4]])
        assert vals[5] == ("是" if s["in_scope"] else "否")
        if not s["in_scope"]:
            continue
        assert vals[7] == s["students"]
        for code, v in s["values"].items():
            i = hdr.index(f"{code} 值")
            assert isinstance(vals[i], float) or isinstance(vals[i], int)
            assert same(vals[i], v)
            assert same(vals[i + 1], s["ratios"][code])
            assert row[i + 1].number_format.endswith("%")
            assert vals[i + 2] == ("是" if s["met"][code] else "否")
            if not s["met"][code]:
                assert rounds_up_to(repr(vals[i + 3]), s["shortfalls"][code])
                assert row[i].fill.fgColor.rgb.endswith("FFCC80")  # highlighted
                decimals = len(row[i].number_format.split(".")[1]) if "." in row[i].number_format else 0
                shown = f"{v:.{decimals}f}"
                std = j["counties"][0]["stages"][s["stage"]]["indicators"][code]["standard"]
                assert Decimal(shown) < Decimal(repr(std))  # the cell's format never shows it met
            n += 1
        assert vals[-2] == s["met_count"] and vals[-1] == ("是" if s["passed"] else "否")
    assert n == sum(len(s["values"]) for s in c["schools"] if s["in_scope"])
    # 差异系数
    ws = wb["差异系数"]
    got = {(row[2], row[3]): row for row in ws.iter_rows(min_row=2, values_only=True)}
    for stage, st in c["stages"].items():
        for code, ind in st["indicators"].items():
            row = got[({"primary": "小学", "junior": "初中"}[stage], code)]
            assert row[5] == ind["standard"] and same(row[6], ind["county_value"]) and same(row[7], ind["cv"])
            assert row[8] == ind["cv_max"] and row[9] == ("是" if ind["cv_met"] else "否")
            assert row[10] == ind["schools_meeting"]
    # 县级指标
    ws = wb["县级指标"]
    items = {row[2] or row[3]: row for row in ws.iter_rows(min_row=2, values_only=True)}
    for code, it in c["items"].items():
        if code.startswith(("G", "Q", "S")):
            row = items[code]
            assert row[5] == {"met": "达标", "not_met": "未达标", "not_assessed": "未评估"}[it["status"]]
            if "value" in it:
                assert same(row[6], it["value"]) and same(row[7], it["required"])
    assert items["S1"][4] == "是"  # 一票否决


def test_output_suffix_and_binary_guard(tmp_path):
    r = run("evaluate", JIN, "--format", "xlsx")
    assert r.returncode == 64 and b"-o" in r.stderr
    r = run("evaluate", JIN, "-o", tmp_path / "x.html")
    assert r.returncode == 0 and (tmp_path / "x.html").read_bytes().startswith(b"<!DOCTYPE html>")
    r = run("evaluate", JIN, "-o", tmp_path / "x.XLSX")
    assert r.returncode == 0 and (tmp_path / "x.XLSX").read_bytes()[:2] == b"PK"
    r = run("evaluate", JIN, "-o", tmp_path / "x.json")
    assert json.loads((tmp_path / "x.json").read_bytes())["counties"]
    # an xlsx that cannot be written leaves nothing behind
    r = run("evaluate", JIN, "-o", tmp_path / "nodir" / "x.xlsx")
    assert r.returncode == 73
    assert not any(p.name.startswith(".x.xlsx") for p in tmp_path.iterdir())


def test_excel_csv(tmp_path):
    r = run("evaluate", JIN, "--format", "csv", "--excel")
    assert r.returncode == 0, text(r.stderr)
    assert r.stdout.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(r.stdout[3:].decode("utf-8"))))
    assert rows[0][:7] == ["县区代码", "学校代码", "学校名称", "学段", "是否参评", "不参评原因", "在校生数"]
    assert rows[0][7] == "R1 每百名学生拥有高于规定学历教师数 值"
    plain = list(csv.reader(io.StringIO(text(run("evaluate", JIN, "--format", "csv").stdout))))
    assert rows[1:] == plain[1:] and len(rows[0]) == len(plain[0])
    r = run("evaluate", JIN, "-o", tmp_path / "x.csv", "--excel")
    assert r.returncode == 0 and (tmp_path / "x.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    assert run("evaluate", JIN, "--format", "json", "--excel").returncode == 64


# ---- linear in the number of schools ----


def test_text_report_of_a_national_file_takes_seconds(tmp_path):
    """≈210,000 schools in 2,840 counties: the text report used to be quadratic (every county scanned every
    school part)."""
    import random
    import time
    rnd = random.Random(7)
    lines = [BAD_HEADER]
    for i in range(210000):
        c = 100000 + i // 74
        p = rnd.randint(100, 2000)
        lines.append(f"{c},县{c},{c}{i:06d},学校{i},primary,{p},{p * 5 // 100},{p * 12 // 1000},{p // 100},"
                     f"{p * 4.6:.1f},{p * 8},{p * 2100},{p * 24 // 1000}")
    f = write(tmp_path / "national.csv", "\n".join(lines) + "\n")
    t0 = time.monotonic()
    r = run_env("evaluate", f, "--format", "text", "-o", tmp_path / "national.txt")
    elapsed = time.monotonic() - t0
    assert r.returncode == 0, text(r.stderr)
    assert elapsed < 60, f"text report of 210,000 schools took {elapsed:.1f} s"
    t = (tmp_path / "national.txt").read_text(encoding="utf-8")
    assert t.count("\n============") == 2838


# ---- several counties, the 2012 profile ----


def test_html_and_text_of_two_counties(tmp_path):
    f = os.path.join(EXAMPLES, "two_counties.csv")
    j = evaluate_json(f)
    out = tmp_path / "two.html"
    r = run_env("evaluate", f, "-o", out)
    assert r.returncode == 0, text(r.stderr)
    h = out.read_text(encoding="utf-8")
    d = ReportDom()
    d.feed(h)
    assert d.verdicts == {c["county_code"]: c["verdict"] for c in j["counties"]}
    assert len(d.verdicts) == 2
    assert "section.county{break-before:page" in h  # a page per county when printed
    t = text(run_env("evaluate", f, "--format", "text").stdout)
    assert t.count("\n============") == 2
    for c in j["counties"]:
        assert f"县区 {c['county_code']} " in t
    check_comparisons(t)


def test_reports_with_the_2012_profile(tmp_path):
    """基本均衡: no school rule, the composite CV (综合差异系数) against its limit."""
    j = evaluate_json(JIN, "--profile", "national-2012-basic")
    t = text(run_env("evaluate", JIN, "--profile", "national-2012-basic", "--format", "text").stdout)
    for stage, st in j["counties"][0]["stages"].items():
        m = re.search(rf"{ {'primary': '小学', 'junior': '初中'}[stage]}:.*?综合差异系数: ({NUM}) (≤|>) ({NUM})", t, re.S)
        assert m, stage
        assert rounds_to(m.group(1), st["composite_cv"])
        assert (m.group(2) == "≤") == st["composite_cv_met"]
    check_comparisons(t)
    r = run_env("evaluate", JIN, "--profile", "national-2012-basic", "-o", tmp_path / "b.html")
    assert r.returncode == 0, text(r.stderr)
    r = run_env("evaluate", JIN, "--profile", "national-2012-basic", "-o", tmp_path / "b.xlsx")
    assert r.returncode == 0, text(r.stderr)
    wb = read_workbook(tmp_path / "b.xlsx")
    cv = [row for row in wb["差异系数"].iter_rows(min_row=2, values_only=True)]
    comp = [row for row in cv if row[3] == "composite"]
    assert len(comp) == len(j["counties"][0]["stages"])
    for row in comp:
        st = j["counties"][0]["stages"][{"小学": "primary", "初中": "junior"}[row[2]]]
        assert same(row[7], st["composite_cv"]) and row[8] == st["composite_cv_max"]
