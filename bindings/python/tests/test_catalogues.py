# SPDX-License-Identifier: MIT
"""The catalogues generated from the C tables (lib/profile/indicators.def, lib/input/columns.def,
lib/input/fact_keys.def) as the Python API shows them, against literal values of the spec
(indicators.md §2, §8; data-format.md §1–3)."""

import yjjh

# indicators.md §2 (R1–R7) and §8 (B1–B8): code, Chinese name, numerator, formula
INDICATORS = [
    ("R1", "每百名学生拥有高于规定学历教师数", "teachers_above_degree", "per_100_students"),
    ("R2", "每百名学生拥有县级及以上骨干教师数", "backbone_teachers", "per_100_students"),
    ("R3", "每百名学生拥有体育、艺术(美术、音乐)专任教师数", "pe_art_teachers", "per_100_students"),
    ("R4", "生均教学及辅助用房面积", "teaching_area", "per_student"),
    ("R5", "生均体育运动场馆面积", "sports_area", "per_student"),
    ("R6", "生均教学仪器设备值", "equipment_value", "per_student"),
    ("R7", "每百名学生拥有网络多媒体教室数", "multimedia_rooms", "per_100_students"),
    ("B1", "生均教学及辅助用房面积", "teaching_area", "per_student"),
    ("B2", "生均体育运动场馆面积", "sports_area", "per_student"),
    ("B3", "生均教学仪器设备值", "equipment_value", "per_student"),
    ("B4", "每百名学生拥有计算机台数", "computers", "per_100_students"),
    ("B5", "生均图书册数", "books", "per_student"),
    ("B6", "师生比 (每百名学生拥有专任教师数)", "fulltime_teachers", "per_100_students"),
    ("B7", "每百名学生拥有高于规定学历教师数", "teachers_above_degree", "per_100_students"),
    ("B8", "每百名学生拥有中级及以上专业技术职务教师数", "mid_title_teachers", "per_100_students"),
]


def test_indicator_catalogue():
    df = yjjh.indicators(None)
    assert [tuple(r) for r in df[["code", "name_zh", "numerator", "formula"]].itertuples(index=False)] == INDICATORS


def test_standards_take_indicator_names():
    std = yjjh.standards("national-2017")
    ind = yjjh.indicators("national-2017").set_index("code")
    mins = std[std["key"].str.match(r"^R[1-7]$")]
    assert len(mins) == 14  # R1–R7, primary and junior
    for row in mins.itertuples(index=False):
        assert row.name_zh == ind.loc[row.key, "name_zh"]
        assert row.unit == ind.loc[row.key, "unit"]
    r1 = mins[mins["key"] == "R1"].iloc[0]
    assert r1["name_en"] == "teachers above the required degree per 100 students"  # one name in both tables
    assert ind.loc["R1", "name_en"] == "teachers above the required degree per 100 students"


def test_columns():
    df = yjjh.columns()
    assert len(df) == 50
    first = [tuple(r) for r in df[["id", "name", "name_zh", "is_text"]].head(9).itertuples(index=False)]
    assert first == [
        (1, "school_id", "学校标识码", True), (2, "school_name", "学校名称", True),
        (3, "county_code", "县区代码", True), (4, "county_name", "县区名称", True),
        (5, "school_type", "学校类型", True), (6, "ownership", "办学性质", True),
        (7, "location", "城乡分类", True), (8, "parent_id", "所属中心校", True),
        (20, "primary_students", "小学在校生数", False),
    ]
    last = df.iloc[-1]
    assert (last["id"], last["name"], last["name_zh"]) == (106, "public_funds", "公用经费")


def test_fact_keys():
    df = yjjh.fact_keys()
    assert len(df) == 38
    keys = list(df["key"])
    assert keys[:3] == ["evaluation_year", "basic_balance_year", "layout_reasonable"]
    assert keys[-4:] == ["basic_cv_primary_3y", "basic_cv_junior_3y", "education_budget", "budget_per_student"]
    assert dict(zip(df["key"], df["name_zh"]))["veto_key_classes"] == "设重点班"
