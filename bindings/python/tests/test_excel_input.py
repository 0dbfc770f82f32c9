# SPDX-License-Identifier: MIT
"""County data as it really comes (issue 13): the bundled county saved as an Excel user would (an openpyxl
workbook with a title row, a merged two-row header, blank rows and a total row; a GBK CSV from Excel) evaluates
to exactly the JSON of the clean CSV; hostile or broken workbooks give a clear DataError; templates read back."""

import io
import json
import pathlib
import subprocess
import sys
import warnings
import zipfile

import pytest

import yjjh

REPO = pathlib.Path(__file__).resolve().parents[3]
sys.path.insert(0, str(REPO / "tests" / "excel"))
import excel_variants  # noqa: E402

openpyxl = pytest.importorskip("openpyxl")

CLEAN = REPO / "examples" / "data" / "jinchuan.csv"
FACTS = REPO / "examples" / "data" / "jinchuan_facts.csv"


def clean_json():
    return yjjh.evaluate(str(CLEAN), FACTS).to_json()


def evaluate_quietly(path, **kw):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if kw:
            frame = yjjh.read_schools(path, **kw)
            result = yjjh.evaluate(frame, FACTS)
        else:
            result = yjjh.evaluate(str(path), FACTS)
    return result, [str(w.message) for w in caught if issubclass(w.category, yjjh.DataWarning)]


def test_excel_workbook_evaluates_like_the_clean_csv(tmp_path):
    path = excel_variants.write_xlsx(tmp_path / "schools.xlsx")
    result, notes = evaluate_quietly(path)
    assert result.to_json() == clean_json()
    # the total row is noted with its cell reference, never evaluated
    assert any("学校基本情况!" in n and "total row (合计) skipped" in n for n in notes), notes


def test_read_schools_of_the_workbook_equals_the_clean_csv(tmp_path):
    path = excel_variants.write_xlsx(tmp_path / "schools.xlsx")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", yjjh.DataWarning)
        frame = yjjh.read_schools(path)
    clean = yjjh.read_schools(CLEAN)
    assert list(frame.columns) == list(clean.columns)
    assert len(frame) == 24
    # codes come back as the statistics system's words, every number equal
    for col in clean.columns:
        if clean[col].dtype.kind == "f":
            assert frame[col].equals(clean[col]), col
    assert list(frame["school_type"][:2]) == ["完全小学", "完全小学"]
    # the county name, merged down over the schools, is every school's
    assert list(frame["county_name"]) == list(clean["county_name"])
    assert list(frame["school_name"]) == list(clean["school_name"])


def test_gbk_csv_from_excel_evaluates_like_the_clean_csv(tmp_path):
    path = tmp_path / "schools_gbk.csv"
    path.write_bytes(excel_variants.excel_csv_bytes())
    result, notes = evaluate_quietly(path)
    assert result.to_json() == clean_json()
    assert any("total row (合计) skipped" in n for n in notes)


def test_two_row_csv_header_without_merges(tmp_path):
    path = tmp_path / "two_rows.csv"
    path.write_bytes(excel_variants.excel_csv_two_row_bytes())
    result, _ = evaluate_quietly(path)
    assert result.to_json() == clean_json()


def test_named_sheet_and_header_row(tmp_path):
    path = tmp_path / "book.xlsx"
    wb = openpyxl.Workbook()
    wb.active.title = "说明"
    wb.active["A1"] = "见下一张表"
    ws = wb.create_sheet("数据")
    header, rows = excel_variants.clean_table()
    ws.append(["备注: 数据截至 9 月 1 日"])
    ws.append(header)
    for r in rows:
        ws.append([excel_variants.spreadsheet_value(n, t) for n, t in zip(header, r)])
    wb.save(path)
    result, _ = evaluate_quietly(path, sheet="数据", header_row=2)
    assert result.to_json() == clean_json()
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(path, sheet="学校")
    assert 'no sheet "学校"' in str(e.value) and "说明, 数据" in str(e.value)


def test_cell_reference_in_messages(tmp_path):
    path = tmp_path / "bad.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Sheet1"
    ws.append(["学校标识码", "学校类型", "小学在校生数", "小学专任教师数"])
    for i in range(12):
        ws.append(["S%d" % i, "小学", 100, 5])
    ws["C14"] = "12a"
    wb.save(path)
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(path)
    assert e.value.diagnostics == ['%s: Sheet1!C14: column 小学在校生数: "12a" is not a number' % path]


def test_misspelled_header_gets_did_you_mean_and_one_error(tmp_path):
    text = CLEAN.read_text(encoding="utf-8").replace("primary_students", "primary_student", 1)
    path = tmp_path / "typo.csv"
    path.write_text(text, encoding="utf-8")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with pytest.raises(yjjh.DataError) as e:
            yjjh.evaluate(str(path))
    notes = [str(w.message) for w in caught if issubclass(w.category, yjjh.DataWarning)]
    assert notes == ["%s:1: column primary_student: unknown column, ignored (did you mean primary_students / "
                     "小学在校生数?)" % path]
    assert len(e.value.diagnostics) == 1, e.value.diagnostics
    assert "column primary_students (小学在校生数) is missing" in e.value.diagnostics[0]


def test_dataframe_unknown_column_did_you_mean():
    frame = yjjh.read_schools(CLEAN).rename(columns={"teaching_area": "教学及辅助用房面"})
    with pytest.warns(yjjh.DataWarning, match="did you mean teaching_area / 教学及辅助用房面积"):
        with pytest.raises(yjjh.DataError):
            yjjh.evaluate(frame)


def test_synonyms_of_types_and_ownership(tmp_path):
    header = "学校标识码,学校类型,办学性质,小学在校生数,初中在校生数"
    rows = ["A,初级中学,公立,,10", "B,独立初中,私立,,10", "C,初中学校,公办,,10", "D,完全小学,民办,10,",
            "E,小学校,公办,10,", "F,九年制学校,公办,10,10", "G,九年一贯制,公办,10,10", "H,小学教学点,公办,10,",
            "I,特教学校,公办,,", "J,完中,公办,,10", "K,十二年一贯制,公办,10,10"]
    path = tmp_path / "types.csv"
    path.write_text("\n".join([header] + rows) + "\n", encoding="utf-8")
    frame = yjjh.read_schools(path)
    assert len(frame) == 11


def test_full_width_digits_rejected_with_a_hint(tmp_path):
    path = tmp_path / "fw.csv"
    path.write_text("school_id,school_type,primary_students\nA,primary,１２０\n", encoding="utf-8")
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(path)
    assert "write the digits as ASCII 0-9" in e.value.diagnostics[0]


# ---- broken and hostile workbooks ----

def workbook_bytes(tmp_path):
    path = tmp_path / "ok.xlsx"
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["school_id", "school_type", "primary_students"])
    ws.append(["A", "primary", 10])
    wb.save(path)
    return path.read_bytes()


def rewrite(data, replace):
    """The zip data with entries replaced (name -> bytes, or None to drop it)."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            if item.filename in replace:
                if replace[item.filename] is not None:
                    zout.writestr(item.filename, replace[item.filename])
            else:
                zout.writestr(item, zin.read(item.filename))
        for name, content in replace.items():
            if content is not None and name not in zin.namelist():
                zout.writestr(name, content)
    return out.getvalue()


def expect_error(tmp_path, data, fragment):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(data)
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(path)
    assert any(fragment in d for d in e.value.diagnostics), e.value.diagnostics


def test_truncated_zip(tmp_path):
    data = workbook_bytes(tmp_path)
    expect_error(tmp_path, data[: len(data) // 2], "damaged or truncated zip archive")


def test_missing_sheet_part(tmp_path):
    data = rewrite(workbook_bytes(tmp_path), {"xl/worksheets/sheet1.xml": None})
    expect_error(tmp_path, data, "is missing from the workbook")


def test_bad_xml(tmp_path):
    data = rewrite(workbook_bytes(tmp_path), {"xl/worksheets/sheet1.xml": b"<worksheet><sheetData><row>"})
    expect_error(tmp_path, data, "is not well-formed XML")


def test_doctype_refused(tmp_path):
    evil = (b'<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "y">]><worksheet><sheetData/></worksheet>')
    data = rewrite(workbook_bytes(tmp_path), {"xl/worksheets/sheet1.xml": evil})
    expect_error(tmp_path, data, "DOCTYPE")


def test_zip_bomb(tmp_path):
    # a sheet of 300 MB of spaces inside a row compresses to a few hundred kB; the cap is 256 MiB
    out = io.BytesIO()
    data = workbook_bytes(tmp_path)
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED,
                                                                     compresslevel=1) as zout:
        for item in zin.infolist():
            if item.filename == "xl/worksheets/sheet1.xml":
                with zout.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
                    f.write(b"<worksheet><sheetData><row>")
                    chunk = b" " * (1 << 20)
                    for _ in range(300):
                        f.write(chunk)
                    f.write(b"</row></sheetData></worksheet>")
            else:
                zout.writestr(item, zin.read(item.filename))
    assert len(out.getvalue()) < 2 * 1024 * 1024
    expect_error(tmp_path, out.getvalue(), "above the limit")


def test_oversize_cell(tmp_path):
    # openpyxl cuts cells at Excel's 32767 characters: write the sheet by hand, one inline string of 100,000 bytes
    sheet = ('<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
             '<row r="1"><c r="A1" t="inlineStr"><is><t>school_id</t></is></c></row>'
             '<row r="2"><c r="A2" t="inlineStr"><is><t>' + "A" * 100000 + '</t></is></c></row>'
             '</sheetData></worksheet>').encode()
    data = rewrite(workbook_bytes(tmp_path), {"xl/worksheets/sheet1.xml": sheet})
    expect_error(tmp_path, data, "cell A2 is longer than 98301 bytes")


def test_xls_and_ods_are_refused_with_a_hint(tmp_path):
    expect_error(tmp_path, b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + b"\0" * 504, "save it as .xlsx or CSV")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", "<office:document-content/>")
    expect_error(tmp_path, out.getvalue(), "OpenDocument (.ods) spreadsheet is not read: save it as .xlsx or CSV")


# ---- column mappings ----

def test_column_mapping_with_arithmetic(tmp_path):
    header, rows = excel_variants.clean_table()
    ti, si, ei = header.index("teaching_area"), header.index("sports_area"), header.index("equipment_value")
    new_header = list(header)
    new_header[ti], new_header[si], new_header[ei] = "教学及辅助用房", "室外运动场地", "仪器设备(万元)"
    new_header.append("室内体育用房")
    lines = [",".join(new_header)]
    for r in rows:
        r = list(r)
        indoor = 300
        if r[ti]:
            r[ti] = str(int(r[ti]) + indoor)
        if r[si]:
            r[si] = str(int(r[si]) - indoor)
        if r[ei]:
            r[ei] = str(int(r[ei]) / 10000)
        lines.append(",".join(r + [str(indoor)]))
    path = tmp_path / "export.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    mapping = {"columns": {"teaching_area": {"from": "教学及辅助用房", "minus": "室内体育用房"},
                           "sports_area": {"from": ["室外运动场地", "室内体育用房"]},
                           "equipment_value": {"from": "仪器设备(万元)", "scale": 10000}}}
    frame = yjjh.read_schools(path, columns=mapping)
    clean = yjjh.read_schools(CLEAN)
    for col in ("teaching_area", "sports_area"):
        assert frame[col].equals(clean[col]), col
    assert (abs(frame["equipment_value"] - clean["equipment_value"]) <= 1e-6 * clean["equipment_value"]).all()


def test_bad_column_mapping(tmp_path):
    with pytest.raises(yjjh.DataError) as e:
        yjjh.read_schools(CLEAN, columns={"columns": {"teaching_aera": "x"}})
    assert "did you mean teaching_area" in e.value.diagnostics[0]


# ---- templates ----

def cli():
    build = pathlib.Path(yjjh.__file__).resolve().parents[3]
    return build / "tools" / "yjjh"


@pytest.mark.skipif(not cli().exists(), reason="the yjjh CLI is not built")
def test_template_reads_back_and_a_filled_template_evaluates(tmp_path):
    path = tmp_path / "template.xlsx"
    subprocess.run([str(cli()), "template", "-o", str(path)], check=True)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["学校数据", "填表说明"]
    header = [c.value for c in wb["学校数据"][1]]
    assert header[:5] == ["学校标识码", "学校名称", "县区代码", "县区名称", "学校类型"]
    notes = {row[0].value: row for row in wb["填表说明"].iter_rows(min_row=4)}
    assert notes["小学在校生数"][2].value == "人"
    assert "半角数字" in notes["小学在校生数"][3].value
    # fill it in with the county: every template column the clean data has
    clean_header, rows = excel_variants.clean_table()
    zh_to_en = {yjjh.columns().set_index("name_zh").loc[h, "name"]: h for h in header}
    ws = wb["学校数据"]
    for r in rows:
        ws.append([excel_variants.spreadsheet_value(en, r[clean_header.index(en)]) for en in zh_to_en])
    wb.save(path)
    result = yjjh.evaluate(str(path), FACTS)
    csv_subset = tmp_path / "subset.csv"
    csv_subset.write_text("\n".join([",".join(zh_to_en)] + [",".join(r[clean_header.index(en)] for en in zh_to_en)
                                                             for r in rows]) + "\n", encoding="utf-8")
    assert result.to_json() == yjjh.evaluate(str(csv_subset), FACTS).to_json()


@pytest.mark.skipif(not cli().exists(), reason="the yjjh CLI is not built")
def test_facts_template_csv_reads_back(tmp_path):
    path = tmp_path / "facts.csv"
    subprocess.run([str(cli()), "template", "--facts", "-o", str(path)], check=True)
    text = path.read_text(encoding="utf-8-sig")
    assert text.startswith('"# 县级事实数据模板')
    header = text.splitlines()[-1].split(",")
    assert header[:2] == ["县区代码", "评估年份"]
    row = ["620302", "2026"] + [""] * (len(header) - 2)
    row[header.index("社会认可度")] = "91%"
    path.write_text(text + ",".join(row) + "\n", encoding="utf-8")
    assert yjjh.read_facts(path) == {"620302": {"evaluation_year": 2026.0, "social_recognition_rate": 0.91}}


@pytest.mark.skipif(not cli().exists(), reason="the yjjh CLI is not built")
def test_facts_template_xlsx_reads_back(tmp_path):
    path = tmp_path / "facts.xlsx"
    subprocess.run([str(cli()), "template", "--facts", "--lang", "en", "-o", str(path)], check=True)
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["county facts", "notes"]
    ws = wb["county facts"]
    header = [c.value for c in ws[1]]
    assert header[:2] == ["county_code", "evaluation_year"]
    row = [None] * len(header)
    row[0], row[1], row[header.index("veto_key_classes")] = "620302", 2026, True
    ws.append(row)
    wb.save(path)
    assert yjjh.read_facts(path) == {"620302": {"evaluation_year": 2026.0, "veto_key_classes": 1.0}}
