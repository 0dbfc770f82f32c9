#!/usr/bin/python3
# -*- coding: utf-8 -*-
# SPDX-License-Identifier: MIT
"""Rewrite an English-header schools CSV as the Excel-style Chinese file county staff produce.

    /usr/bin/python3 tests/reference/to_chinese_csv.py examples/data/jinchuan.csv \
        examples/data/jinchuan_zh_gb18030.csv

Chinese headers of data-format.md §1-2, Chinese school type / ownership / location names, GB18030
encoding, CRLF line endings.  To exercise the reader it also uses unit suffixes (教学仪器设备值(万元)
with the value divided by 10000, exactly, as a decimal string; (平方米), (元)), full-width brackets
in two headers, a trailing space in one header and thousands separators in 公用经费.  The data are
the same: ref_evaluate.py gives an identical result for both files.
"""
import csv
import io
import sys
from fractions import Fraction

HEADERS = {
    "county_code": "县区代码", "county_name": "县区名称", "school_id": "学校标识码",
    "school_name": "学校名称 ", "school_type": "学校类型", "ownership": "办学性质",
    "location": "城乡分类", "parent_id": "所属中心校",
    "senior_students": "高中在校生数", "certified_teachers": "持证专任教师数",
    "teaching_area": "教学及辅助用房面积(平方米)", "sports_area": "体育运动场馆面积（平方米）",
    "equipment_value": "教学仪器设备值(万元)", "multimedia_rooms": "网络多媒体教室数",
    "computers": "计算机台数", "books": "图书册数", "music_rooms": "音乐专用教室数",
    "music_room_min_area": "最小音乐教室面积", "art_rooms": "美术专用教室数",
    "art_room_min_area": "最小美术教室面积", "training_funds": "教师培训经费(元)",
    "public_funds": "公用经费（元）",
}
STAGE_FIELDS = {
    "students": "在校生数", "classes": "班数", "max_class_size": "最大班额",
    "fulltime_teachers": "专任教师数", "teachers_above_degree": "高于规定学历教师数",
    "backbone_teachers": "县级及以上骨干教师数", "pe_art_teachers": "体育艺术专任教师数",
    "mid_title_teachers": "中级及以上职称教师数", "teaching_area": "教学及辅助用房面积",
    "sports_area": "体育运动场馆面积", "equipment_value": "教学仪器设备值",
    "multimedia_rooms": "网络多媒体教室数", "computers": "计算机台数", "books": "图书册数",
}
for stage, zh in (("primary", "小学"), ("junior", "初中")):
    for f, fz in STAGE_FIELDS.items():
        HEADERS["%s_%s" % (stage, f)] = zh + fz
TYPES = {"primary": "小学", "junior": "初中", "nine_year": "九年一贯制学校",
         "complete_secondary": "完全中学", "twelve_year": "十二年一贯制学校",
         "teaching_point": "教学点", "special": "特殊教育学校"}
OWNERSHIP = {"public": "公办", "private": "民办"}
LOCATION = {"urban": "城区", "town": "镇区", "rural": "乡村"}


def to_wan(text):
    """元 -> 万元 as an exact, shortest decimal string."""
    if text.strip() == "":
        return ""
    v = Fraction(text) / 10000
    s = "%.10f" % v
    s = s.rstrip("0").rstrip(".")
    if Fraction(s) != v:
        raise ValueError("%s 元 is not a whole number of 0.0001 万元" % text)
    return s


def thousands(text):
    t = text.strip()
    if t == "" or "." in t:
        return t
    return "{:,}".format(int(t))


def main(src, dst):
    with open(src, encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    out = io.StringIO(newline="")
    w = csv.writer(out, lineterminator="\r\n")
    w.writerow([HEADERS.get(h, h) for h in header])
    idx = {h: i for i, h in enumerate(header)}
    for r in rows[1:]:
        r = list(r)
        for col, table in (("school_type", TYPES), ("ownership", OWNERSHIP), ("location", LOCATION)):
            if col in idx and r[idx[col]]:
                r[idx[col]] = table[r[idx[col]]]
        for col in ("equipment_value", "primary_equipment_value", "junior_equipment_value"):
            if col in idx and HEADERS[col].endswith("(万元)"):
                r[idx[col]] = to_wan(r[idx[col]])
        if "public_funds" in idx:
            r[idx["public_funds"]] = thousands(r[idx["public_funds"]])
        w.writerow(r)
    with open(dst, "wb") as f:
        f.write(out.getvalue().encode("gb18030"))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
