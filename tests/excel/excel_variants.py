# SPDX-License-Identifier: MIT
"""The bundled county (examples/data/jinchuan.csv) saved the way county offices save it: an .xlsx workbook made
by openpyxl with a title row, a merged two-row Chinese header, blank rows, a total row and the statistics
system's school-type names; and a CSV from Excel on Chinese Windows (GBK, CRLF) with a title row, blank rows and
a total row. Each holds exactly the data of the clean CSV, so it must evaluate to the same JSON."""
import csv
import os

SOURCE_DIR = os.environ.get("YJJH_SOURCE_DIR",
                            os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..")))
CLEAN_CSV = os.path.join(SOURCE_DIR, "examples", "data", "jinchuan.csv")

TITLE = "金川区义务教育学校基本情况表"

# the statistics system's words for the codes of the clean file (data-format.md synonyms)
TYPE_WORDS = {"primary": "完全小学", "junior": "初级中学", "nine_year": "九年制学校", "teaching_point": "小学教学点",
              "complete_secondary": "完中", "twelve_year": "十二年一贯制", "special": "特教学校"}
OWNERSHIP_WORDS = {"public": "公立", "private": "民办"}
LOCATION_WORDS = {"urban": "城区", "town": "镇区", "rural": "乡村"}

# Chinese headers of data-format.md §1-2
ZH = {
    "county_code": "县区代码", "county_name": "县区名称", "school_id": "学校标识码", "school_name": "学校名称",
    "school_type": "学校类型", "ownership": "办学性质", "location": "城乡分类", "parent_id": "所属中心校",
    "certified_teachers": "持证专任教师数", "teaching_area": "教学及辅助用房面积", "sports_area": "体育运动场馆面积",
    "equipment_value": "教学仪器设备值", "multimedia_rooms": "网络多媒体教室数", "computers": "计算机台数",
    "books": "图书册数", "music_rooms": "音乐专用教室数", "music_room_min_area": "最小音乐教室面积",
    "art_rooms": "美术专用教室数", "art_room_min_area": "最小美术教室面积", "training_funds": "教师培训经费",
    "public_funds": "公用经费",
}
STAGE_ZH = {"primary": "小学", "junior": "初中", "senior": "高中"}
GROUP_ZH = {"students": "在校生数", "classes": "班数", "max_class_size": "最大班额",
            "fulltime_teachers": "专任教师数", "teachers_above_degree": "高于规定学历教师数",
            "backbone_teachers": "县级及以上骨干教师数", "pe_art_teachers": "体育艺术专任教师数",
            "mid_title_teachers": "中级及以上职称教师数"}


def clean_table():
    """(header, rows) of the clean CSV, as text."""
    with open(CLEAN_CSV, encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return rows[0], rows[1:]


def two_row_header(header):
    """(upper, lower) header rows: stage columns grouped under their quantity, the others alone in the upper row."""
    upper, lower = [], []
    for name in header:
        stage, _, rest = name.partition("_")
        if stage in STAGE_ZH and rest in GROUP_ZH:
            upper.append(GROUP_ZH[rest])
            lower.append(STAGE_ZH[stage])
        else:
            upper.append(ZH[name])
            lower.append("")
    return upper, lower


def spreadsheet_value(name, text):
    """A clean CSV cell as the county's spreadsheet holds it: numbers as numbers, codes as Chinese words."""
    if text == "":
        return None
    if name == "school_type":
        return TYPE_WORDS[text]
    if name == "ownership":
        return OWNERSHIP_WORDS[text]
    if name == "location":
        return LOCATION_WORDS[text]
    if name in ("county_code", "school_id", "parent_id", "county_name", "school_name"):
        return text
    v = float(text)
    return int(v) if v.is_integer() else v


def total_row(header, rows):
    """The 合计 row Excel users put at the bottom: the label in the first column, sums of the counts."""
    out = []
    for j, name in enumerate(header):
        if j == 0:
            out.append("合计")
        elif name.endswith("students") or name.endswith("teachers"):
            out.append(sum(float(r[j]) for r in rows if r[j] != ""))
        else:
            out.append(None)
    return out


def write_xlsx(path, sheet_title="学校基本情况", extra_sheet=True):
    """The county's workbook: a notes sheet first when extra_sheet (so the data is a named, not the first, sheet)
    ... no: the data sheet is first; a second sheet of notes follows."""
    import openpyxl
    header, rows = clean_table()
    upper, lower = two_row_header(header)
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet_title
    width = len(header)
    ws.cell(row=1, column=1, value=TITLE)
    ws.merge_cells(start_row=1, start_column=1, end_row=1, end_column=width)
    # row 2 blank; header on rows 3-4
    j = 0
    while j < width:
        ws.cell(row=3, column=j + 1, value=upper[j])
        if lower[j] == "":
            ws.merge_cells(start_row=3, start_column=j + 1, end_row=4, end_column=j + 1)
            j += 1
            continue
        k = j
        while k + 1 < width and upper[k + 1] == upper[j] and lower[k + 1] != "":
            k += 1
        if k > j:
            ws.merge_cells(start_row=3, start_column=j + 1, end_row=3, end_column=k + 1)
        for q in range(j, k + 1):
            ws.cell(row=4, column=q + 1, value=lower[q])
        j = k + 1
    r = 5
    for i, row in enumerate(rows):
        if i in (3, 10):  # blank rows inside the table
            r += 1
        for j, (name, text) in enumerate(zip(header, row)):
            v = spreadsheet_value(name, text)
            if v is not None:
                ws.cell(row=r, column=j + 1, value=v)
        r += 1
    r += 1
    for j, v in enumerate(total_row(header, rows)):
        if v is not None:
            ws.cell(row=r, column=j + 1, value=v)
    if extra_sheet:
        notes = wb.create_sheet("填表说明")
        notes["A1"] = "本表数据来自教育事业统计"
    wb.save(path)
    return path


def excel_csv_bytes():
    """The CSV Excel on Chinese Windows writes: GBK, CRLF, a title row, Chinese headers and words, blank rows
    (",,,,"), a 合计 row."""
    header, rows = clean_table()
    width = len(header)
    lines = [TITLE + "," * (width - 1), ",".join(ZH.get(h) or (STAGE_ZH[h.split("_")[0]] + GROUP_ZH[h.partition("_")[2]])
                                                  for h in header)]
    for i, row in enumerate(rows):
        if i in (5, 6, 15):
            lines.append("," * (width - 1))
        cells = []
        for name, text in zip(header, row):
            v = spreadsheet_value(name, text)
            cells.append("" if v is None else str(v))
        lines.append(",".join(cells))
    lines.append("," * (width - 1))
    lines.append(",".join("" if v is None else (str(int(v)) if isinstance(v, float) else v)
                          for v in total_row(header, rows)))
    return ("\r\n".join(lines) + "\r\n").encode("gbk")


def excel_csv_two_row_bytes():
    """A CSV saved from a workbook with a two-row header (the merges are lost: a group's text stands over its
    first column only), UTF-8 with BOM."""
    header, rows = clean_table()
    upper, lower = two_row_header(header)
    shown = [u if (j == 0 or upper[j - 1] != u or lower[j] == "") else "" for j, u in enumerate(upper)]
    lines = [TITLE, ",".join(shown), ",".join(lower)]
    for row in rows:
        lines.append(",".join("" if spreadsheet_value(n, t) is None else str(spreadsheet_value(n, t))
                              for n, t in zip(header, row)))
    return ("\ufeff" + "\r\n".join(lines) + "\r\n").encode("utf-8")
