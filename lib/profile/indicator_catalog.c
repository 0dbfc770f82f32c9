/* The indicator catalogue (indicators.md §2 and §8): R1–R7 (national-2017) then B1–B8 (national-2012-basic). */
#include <string.h>
#include "profile/profile.h"

#define PER100 YJJH_FORMULA_PER_100_STUDENTS
#define PERSTU YJJH_FORMULA_PER_STUDENT
#define U100 "per 100 students"

const yjjh_indicator_def yjjh__indicator_catalog[] = {
    /* code, 中文, English, unit, numerator, formula, is_facility, numerator id, whole units, shortfall unit */
    {"R1", "每百名学生拥有高于规定学历教师数", "teachers above the required degree per 100 students", U100,
     "teachers_above_degree", PER100, 0, YJJH_NUM_TEACHERS_ABOVE_DEGREE, 1, "名"},
    {"R2", "每百名学生拥有县级及以上骨干教师数", "county-level or higher backbone teachers per 100 students", U100,
     "backbone_teachers", PER100, 0, YJJH_NUM_BACKBONE_TEACHERS, 1, "名"},
    {"R3", "每百名学生拥有体育、艺术(美术、音乐)专任教师数", "PE and art (fine art, music) teachers per 100 students",
     U100, "pe_art_teachers", PER100, 0, YJJH_NUM_PE_ART_TEACHERS, 1, "名"},
    {"R4", "生均教学及辅助用房面积", "teaching and auxiliary floor area per student", "m²/student", "teaching_area",
     PERSTU, 1, YJJH_NUM_TEACHING_AREA, 0, "m²"},
    {"R5", "生均体育运动场馆面积", "sports ground and hall area per student", "m²/student", "sports_area", PERSTU, 1,
     YJJH_NUM_SPORTS_AREA, 0, "m²"},
    {"R6", "生均教学仪器设备值", "teaching equipment value per student", "元/student", "equipment_value", PERSTU, 1,
     YJJH_NUM_EQUIPMENT_VALUE, 0, "元"},
    {"R7", "每百名学生拥有网络多媒体教室数", "networked multimedia classrooms per 100 students", U100,
     "multimedia_rooms", PER100, 1, YJJH_NUM_MULTIMEDIA_ROOMS, 1, "间"},

    {"B1", "生均教学及辅助用房面积", "teaching and auxiliary floor area per student", "m²/student", "teaching_area",
     PERSTU, 1, YJJH_NUM_TEACHING_AREA, 0, "m²"},
    {"B2", "生均体育运动场馆面积", "sports ground and hall area per student", "m²/student", "sports_area", PERSTU, 1,
     YJJH_NUM_SPORTS_AREA, 0, "m²"},
    {"B3", "生均教学仪器设备值", "teaching equipment value per student", "元/student", "equipment_value", PERSTU, 1,
     YJJH_NUM_EQUIPMENT_VALUE, 0, "元"},
    {"B4", "每百名学生拥有计算机台数", "computers per 100 students", U100, "computers", PER100, 1,
     YJJH_NUM_COMPUTERS, 1, "台"},
    {"B5", "生均图书册数", "library books per student", "books/student", "books", PERSTU, 1, YJJH_NUM_BOOKS, 1, "册"},
    {"B6", "师生比 (每百名学生拥有专任教师数)", "full-time teachers per 100 students", U100, "fulltime_teachers",
     PER100, 0, YJJH_NUM_FULLTIME_TEACHERS, 1, "名"},
    {"B7", "每百名学生拥有高于规定学历教师数", "teachers above the required degree per 100 students", U100,
     "teachers_above_degree", PER100, 0, YJJH_NUM_TEACHERS_ABOVE_DEGREE, 1, "名"},
    {"B8", "每百名学生拥有中级及以上专业技术职务教师数",
     "teachers with an intermediate or higher professional title per 100 students", U100, "mid_title_teachers",
     PER100, 0, YJJH_NUM_MID_TITLE_TEACHERS, 1, "名"},
};

const size_t yjjh__indicator_catalog_size = sizeof yjjh__indicator_catalog / sizeof yjjh__indicator_catalog[0];

/* ---- catalogue accessors ---- */

size_t yjjh_indicator_catalog_count(void) { return yjjh__indicator_catalog_size; }

const yjjh_indicator_def *yjjh__indicator_find(const char *code)
{
    if (!code) return NULL;
    for (size_t i = 0; i < yjjh__indicator_catalog_size; i++)
        if (strcmp(yjjh__indicator_catalog[i].code, code) == 0) return &yjjh__indicator_catalog[i];
    return NULL;
}

yjjh_status yjjh__indicator_info_fill(yjjh_indicator_info *out, const yjjh_indicator_def *d)
{
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    out->code = d->code;
    out->name_zh = d->name_zh;
    out->name_en = d->name_en;
    out->unit = d->unit;
    out->numerator = d->numerator;
    out->formula = d->formula;
    out->is_facility = d->is_facility;
    return YJJH_OK;
}

yjjh_status yjjh_indicator_catalog_get(yjjh_indicator_info *out, size_t i)
{
    if (!out) return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    if (i >= yjjh__indicator_catalog_size) return YJJH_E_OUT_OF_RANGE;
    return yjjh__indicator_info_fill(out, &yjjh__indicator_catalog[i]);
}

yjjh_status yjjh_indicator_lookup(yjjh_indicator_info *out, const char *code)
{
    if (!out || !code) return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_INFO_VERSION) return YJJH_E_STRUCT_VERSION;
    const yjjh_indicator_def *d = yjjh__indicator_find(code);
    if (!d) return YJJH_E_UNKNOWN_CODE;
    return yjjh__indicator_info_fill(out, d);
}
