# SPDX-License-Identifier: MIT
"""`yjjh` with county data as it really comes (issue 13): Excel-saved variants of the bundled county give the
clean CSV's JSON byte for byte; broken workbooks exit 65 with one clear message and write nothing; the
statistics-export mapping of examples/columns; templates; --header-row and --sheet."""
import io
import json
import os
import sys
import zipfile

import pytest

from cli_util import EXAMPLES, SOURCE_DIR, run, text, write

sys.path.insert(0, os.path.join(SOURCE_DIR, "tests", "excel"))
import excel_variants  # noqa: E402

openpyxl = pytest.importorskip("openpyxl")

CLEAN = os.path.join(EXAMPLES, "jinchuan.csv")
FACTS = os.path.join(EXAMPLES, "jinchuan_facts.csv")
MAPPING = os.path.join(SOURCE_DIR, "examples", "columns", "statistics-export.json")


@pytest.fixture(scope="module")
def clean_json():
    r = run("evaluate", CLEAN, "--facts", FACTS, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    return r.stdout


def test_xlsx_and_gbk_csv_give_the_clean_json(tmp_path, clean_json):
    xlsx = excel_variants.write_xlsx(tmp_path / "schools.xlsx")
    gbk = write(tmp_path / "schools_gbk.csv", excel_variants.excel_csv_bytes())
    for path in (xlsx, gbk):
        r = run("evaluate", path, "--facts", FACTS, "--format", "json")
        assert r.returncode == 0, text(r.stderr)
        assert r.stdout == clean_json
        err = text(r.stderr)
        assert "warning:" in err and "total row (合计) skipped, not evaluated as a school" in err
    # validate reads the same way
    r = run("validate", xlsx)
    assert r.returncode == 0 and "24 schools, no problems found" in text(r.stdout)


def test_header_row_and_sheet(tmp_path, clean_json):
    path = str(tmp_path / "s.xlsx")
    wb = openpyxl.Workbook()
    wb.active.title = "封面"
    ws = wb.create_sheet("学校")
    header, rows = excel_variants.clean_table()
    ws.append(["school_id", "school_name", "school_type", "(a note that looks like a header)"])
    ws.append(header)
    for r in rows:
        ws.append([excel_variants.spreadsheet_value(n, t) for n, t in zip(header, r)])
    wb.save(path)
    r = run("evaluate", path, "--sheet", "学校", "--header-row", "2", "--facts", FACTS, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    assert r.stdout == clean_json
    r = run("evaluate", path, "--sheet", "学校", "--header-row", "99", "--format", "json")
    assert r.returncode == 65 and r.stdout == b""
    assert "--header-row 99: the table has no row 99 with text" in text(r.stderr)


def broken_workbooks(tmp_path):
    good = tmp_path / "good.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["school_id", "school_type", "primary_students"])
    wb.active.append(["A", "primary", 10])
    wb.save(good)
    data = good.read_bytes()

    def replaced(name, content):
        out = io.BytesIO()
        with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
            for item in zin.infolist():
                if item.filename != name:
                    zout.writestr(item, zin.read(item.filename))
                elif content is not None:
                    zout.writestr(name, content)
        return out.getvalue()

    return {
        "truncated.xlsx": (data[:len(data) // 3], "damaged or truncated zip archive"),
        "nosheet.xlsx": (replaced("xl/worksheets/sheet1.xml", None), "is missing from the workbook"),
        "badxml.xlsx": (replaced("xl/worksheets/sheet1.xml", b"<worksheet><sheetData><row><c>"),
                        "is not well-formed XML"),
        "noworkbook.xlsx": (replaced("xl/workbook.xml", None), "without xl/workbook.xml is not an .xlsx"),
        "old.xls": (b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 1024, "save it as .xlsx or CSV"),
    }


def test_broken_workbooks_exit_65_and_write_nothing(tmp_path):
    for name, (data, fragment) in broken_workbooks(tmp_path).items():
        path = write(tmp_path / name, data)
        out = tmp_path / (name + ".json")
        r = run("evaluate", path, "-o", out)
        assert r.returncode == 65, (name, text(r.stderr))
        assert fragment in text(r.stderr), (name, text(r.stderr))
        assert not out.exists(), name
    r = run("evaluate", os.path.join(tmp_path, "missing.xlsx"))
    assert r.returncode == 66


def test_statistics_export_mapping_recipe(tmp_path, clean_json):
    """The bundled county as the statistics export lays it out, read with examples/columns/statistics-export.json."""
    with open(MAPPING, encoding="utf-8") as f:
        recipe = json.load(f)["columns"]
    header, rows = excel_variants.clean_table()
    out_header, out_rows = [], [[] for _ in rows]
    indoor = [150 + 10 * i for i in range(len(rows))]
    for j, name in enumerate(header):
        spec = recipe.get(name)
        if name == "teaching_area":
            out_header += ["教学及辅助用房"]
            for i, r in enumerate(rows):
                out_rows[i].append(str(int(r[j]) + indoor[i]) if r[j] else "")
        elif name == "sports_area":
            out_header += ["室外运动场地", "室内体育用房"]
            for i, r in enumerate(rows):
                out_rows[i] += [str(int(r[j]) - indoor[i]) if r[j] else "", str(indoor[i])]
        elif name == "equipment_value":
            out_header.append("教学仪器设备资产值(万元)")
            for i, r in enumerate(rows):
                out_rows[i].append(repr(int(r[j]) / 10000) if r[j] else "")
        else:
            out_header.append(spec if isinstance(spec, str) else name)
            for i, r in enumerate(rows):
                out_rows[i].append(r[j])
    path = write(tmp_path / "export.csv", "\n".join([",".join(out_header)] + [",".join(r) for r in out_rows]) + "\n")
    r = run("evaluate", path, "--columns", MAPPING, "--facts", FACTS, "--format", "json")
    assert r.returncode == 0, text(r.stderr)
    got, want = json.loads(r.stdout), json.loads(clean_json)
    # equipment in 万元 × 10000 may differ from the 元 figure in the last bit: compare numbers to 1e-12
    from test_cli_golden import compare
    assert compare(got, want) == []
    # without the mapping the office headers are unknown: each named once, nothing per row
    r = run("validate", path)
    assert r.returncode == 65
    assert text(r.stderr).count("unknown column") >= 5


def test_bad_mapping_file(tmp_path):
    bad = write(tmp_path / "m.json", '{"columns": {"school_id": 5}}')
    r = run("evaluate", CLEAN, "--columns", bad)
    assert r.returncode == 65 and "column school_id: the value must be a header text" in text(r.stderr)
    r = run("evaluate", CLEAN, "--columns", tmp_path / "none.json")
    assert r.returncode == 66


def test_misspelled_header_did_you_mean_and_nothing_else(tmp_path):
    with open(CLEAN, encoding="utf-8") as f:
        content = f.read().replace("primary_students", "primary_student", 1)
    path = write(tmp_path / "typo.csv", content)
    r = run("evaluate", path, "--format", "json")
    assert r.returncode == 65 and r.stdout == b""
    lines = text(r.stderr).splitlines()
    assert lines == [
        "yjjh: warning: %s:1: column primary_student: unknown column, ignored (did you mean primary_students / "
        "小学在校生数?)" % path,
        "%s: column primary_students (小学在校生数) is missing, but the table has primary teachers" % path,
    ]


def test_template_csv_and_xlsx(tmp_path):
    csv_path = tmp_path / "t.csv"
    r = run("template", "-o", csv_path)
    assert r.returncode == 0, text(r.stderr)
    lines = csv_path.read_text(encoding="utf-8-sig").splitlines()
    assert all(line.lstrip('"').startswith('#') for line in lines[:-1])
    assert lines[-1].startswith("学校标识码,学校名称,县区代码")
    # read back: the header is found under the comment rows; an empty template has no schools
    r = run("validate", csv_path)
    assert r.returncode == 65 and "no schools" in text(r.stderr)
    en = tmp_path / "t_en.csv"
    assert run("template", "--lang", "en", "--profile", "national-2012-basic", "-o", en).returncode == 0
    header = en.read_text(encoding="utf-8-sig").splitlines()[-1].split(",")
    assert "primary_mid_title_teachers" in header and "multimedia_rooms" not in header
    x = tmp_path / "t.xlsx"
    assert run("template", "-o", x).returncode == 0
    assert openpyxl.load_workbook(x).sheetnames == ["学校数据", "填表说明"]
    assert run("template", "-o", tmp_path / "t.txt").returncode == 64
    assert run("template").returncode == 64
    assert run("template", "--lang", "fr", "-o", x).returncode == 64
