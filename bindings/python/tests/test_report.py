# SPDX-License-Identifier: MIT
"""Result.to_text(), to_html(), to_excel(), to_excel_csv(), plot_cv(), plot_schools() (yjjh/_report.py).

Each report is read back (the HTML with html.parser, the workbook with openpyxl) and compared number for
number with the JSON of the same result (to_dict()); the plots are checked for the CJK font and for a mark on
every failing cell of the heat map."""
import re
from decimal import Decimal
from html.parser import HTMLParser

import pytest

import yjjh

DATE = "2025-12-01"


@pytest.fixture(scope="module")
def result(examples_data):
    return yjjh.evaluate(str(examples_data / "jinchuan.csv"), facts=str(examples_data / "jinchuan_facts_failing.json"))


def rounds_to(shown, value):
    d = Decimal(shown)
    return abs(Decimal(repr(value)) - d) <= Decimal(1).scaleb(d.as_tuple().exponent) / 2 + Decimal("1e-12")


def test_to_text_header_and_failing_school(result, examples_data):
    t = result.to_text(date=DATE)
    assert t.startswith("县域义务教育优质均衡发展督导评估")
    assert "学校数据: %s" % (examples_data / "jinchuan.csv") in t  # the file evaluate() read
    assert "libyjjh %s, 日期 %s" % (yjjh.__version__, DATE) in t
    doc = result.to_dict()
    s = next(x for x in doc["counties"][0]["schools"] if x["school_id"] == "2162030209")
    m = re.search(r"R4 (\S+) < 4\.5 \((\d+)%\), 缺 (\S+) m²", t)
    assert m and rounds_to(m.group(1), s["values"]["R4"]) and m.group(2) == "89" and m.group(3) == "118"
    en = result.to_text(lang="en", date=DATE)
    assert "Verdict: fail" in en and "short by 118 m²" in en
    with pytest.raises(ValueError):
        result.to_text(lang="fr")


class Cells(HTMLParser):
    def __init__(self):
        super().__init__()
        self.cells, self.verdicts, self.failing, self.school = [], {}, set(), None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        cls = (a.get("class") or "").split()
        if tag == "section" and "county" in cls:
            self.verdicts[a["data-county"]] = a["data-verdict"]
        if tag == "tr" and "school" in cls:
            self.school = a["data-school"]
            if "fail" in cls:
                self.failing.add(self.school)
        if tag == "td" and "cell" in cls and "data-value" in a:
            self.cells.append((self.school, a["data-code"], float(a["data-value"]), a["data-met"] == "true"))


def test_to_html_agrees_with_json(result, tmp_path):
    h = result.to_html(tmp_path / "r.html", date=DATE)
    assert (tmp_path / "r.html").read_text(encoding="utf-8") == h
    p = Cells()
    p.feed(h)
    c = result.to_dict()["counties"][0]
    assert p.verdicts == {c["county_code"]: c["verdict"]}
    assert p.failing == {s["school_id"] for s in c["schools"] if s["in_scope"] and not s["passed"]}
    values = {(s["school_id"], k): (v, s["met"][k]) for s in c["schools"] if s["in_scope"]
              for k, v in s["values"].items()}
    got = {(sid, k): (v, met) for sid, k, v, met in p.cells}
    assert got == values  # every value, exactly, and its met flag


def test_to_excel_agrees_with_json(result, tmp_path):
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "r.xlsx"
    assert result.to_excel(path, date=DATE) is None
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["结论", "学校", "差异系数", "县级指标"]
    c = result.to_dict()["counties"][0]
    ws = wb["学校"]
    hdr = [x.value for x in ws[1]]
    for row in ws.iter_rows(min_row=2, values_only=True):
        for s in c["schools"]:
            if s["school_id"] == row[2] and s["in_scope"] and row[5] == "是" and \
                    {"primary": "小学", "junior": "初中"}[s["stage"]] == row[4]:
                for k, v in s["values"].items():
                    got = row[hdr.index("%s 值" % k)]
                    assert abs(got - v) <= 1e-15 * abs(v)  # 16 significant digits in the file
    ws = wb["差异系数"]
    for row in ws.iter_rows(min_row=2, values_only=True):
        stage = {"小学": "primary", "初中": "junior"}[row[2]]
        ind = c["stages"][stage]["indicators"][row[3]]
        assert abs(row[7] - ind["cv"]) <= 1e-15 * ind["cv"]


def test_to_excel_failure_is_quiet(result, tmp_path, capfd):
    """The library never prints: libxlsxwriter's own message on a file it cannot create must not appear."""
    with pytest.raises(yjjh.YjjhIOError):
        result.to_excel(tmp_path / "no" / "such" / "dir.xlsx")
    out, err = capfd.readouterr()
    assert out == "" and err == ""
    assert not (tmp_path / "no").exists()


def test_to_excel_csv(result):
    t = result.to_excel_csv()
    assert t.startswith("\ufeff县区代码,学校代码")
    assert t.split("\r\n", 1)[1] == result.to_csv().split("\r\n", 1)[1]


def test_plots(result, tmp_path):
    mpl = pytest.importorskip("matplotlib")
    mpl.use("Agg")
    from matplotlib.text import Text

    font = yjjh._report.cjk_font()
    assert font and "CJK" in font  # Debian fonts-noto-cjk
    fig = result.plot_cv()
    assert len(fig.axes) == 2
    texts = [t for t in fig.findobj(Text) if t.get_text()]
    assert any("差异系数" in t.get_text() for t in texts)
    assert all(t.get_fontfamily()[0] == font for t in texts)
    fig.savefig(tmp_path / "cv.png")
    fig = result.plot_schools(stage="primary")
    c = result.to_dict()["counties"][0]
    missed = sum(1 for s in c["schools"] if s["in_scope"] and s["stage"] == "primary"
                 for m in s["met"].values() if not m)
    marks = [t for t in fig.findobj(Text) if t.get_text().startswith("✗ ")]
    frames = [p for p in fig.axes[0].patches if p.get_gid() == "miss-frame"]
    assert missed > 0 and len(marks) == missed and len(frames) == missed
    fig.savefig(tmp_path / "schools.png")
