/* The column catalogue (data-format.md §1–2): ids, English names, Chinese aliases, header matching. */
#include <string.h>

#include "yjjh/yjjh_schools.h"
#include "common/text.h"
#include "input/schools_internal.h"

enum { KIND_NUMBER = 0, KIND_TEXT = 1, KIND_INTEGER = 2 };

typedef struct column_def {
    yjjh_column id;
    const char *en;
    const char *zh;
    int kind;
} column_def;

static const column_def columns[YJJH__N_COLUMNS] = {
    {YJJH_COL_SCHOOL_ID, "school_id", "学校标识码", KIND_TEXT},
    {YJJH_COL_SCHOOL_NAME, "school_name", "学校名称", KIND_TEXT},
    {YJJH_COL_COUNTY_CODE, "county_code", "县区代码", KIND_TEXT},
    {YJJH_COL_COUNTY_NAME, "county_name", "县区名称", KIND_TEXT},
    {YJJH_COL_SCHOOL_TYPE, "school_type", "学校类型", KIND_TEXT},
    {YJJH_COL_OWNERSHIP, "ownership", "办学性质", KIND_TEXT},
    {YJJH_COL_LOCATION, "location", "城乡分类", KIND_TEXT},
    {YJJH_COL_PARENT_ID, "parent_id", "所属中心校", KIND_TEXT},

    {YJJH_COL_PRIMARY_STUDENTS, "primary_students", "小学在校生数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_CLASSES, "primary_classes", "小学班数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_MAX_CLASS_SIZE, "primary_max_class_size", "小学最大班额", KIND_INTEGER},
    {YJJH_COL_PRIMARY_FULLTIME_TEACHERS, "primary_fulltime_teachers", "小学专任教师数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE, "primary_teachers_above_degree", "小学高于规定学历教师数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_BACKBONE_TEACHERS, "primary_backbone_teachers", "小学县级及以上骨干教师数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_PE_ART_TEACHERS, "primary_pe_art_teachers", "小学体育艺术专任教师数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_MID_TITLE_TEACHERS, "primary_mid_title_teachers", "小学中级及以上职称教师数", KIND_INTEGER},

    {YJJH_COL_JUNIOR_STUDENTS, "junior_students", "初中在校生数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_CLASSES, "junior_classes", "初中班数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_MAX_CLASS_SIZE, "junior_max_class_size", "初中最大班额", KIND_INTEGER},
    {YJJH_COL_JUNIOR_FULLTIME_TEACHERS, "junior_fulltime_teachers", "初中专任教师数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE, "junior_teachers_above_degree", "初中高于规定学历教师数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_BACKBONE_TEACHERS, "junior_backbone_teachers", "初中县级及以上骨干教师数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_PE_ART_TEACHERS, "junior_pe_art_teachers", "初中体育艺术专任教师数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_MID_TITLE_TEACHERS, "junior_mid_title_teachers", "初中中级及以上职称教师数", KIND_INTEGER},

    {YJJH_COL_SENIOR_STUDENTS, "senior_students", "高中在校生数", KIND_INTEGER},

    {YJJH_COL_TEACHING_AREA, "teaching_area", "教学及辅助用房面积", KIND_NUMBER},
    {YJJH_COL_SPORTS_AREA, "sports_area", "体育运动场馆面积", KIND_NUMBER},
    {YJJH_COL_EQUIPMENT_VALUE, "equipment_value", "教学仪器设备值", KIND_NUMBER},
    {YJJH_COL_MULTIMEDIA_ROOMS, "multimedia_rooms", "网络多媒体教室数", KIND_INTEGER},
    {YJJH_COL_COMPUTERS, "computers", "计算机台数", KIND_NUMBER},
    {YJJH_COL_BOOKS, "books", "图书册数", KIND_NUMBER},

    {YJJH_COL_PRIMARY_TEACHING_AREA, "primary_teaching_area", "小学教学及辅助用房面积", KIND_NUMBER},
    {YJJH_COL_PRIMARY_SPORTS_AREA, "primary_sports_area", "小学体育运动场馆面积", KIND_NUMBER},
    {YJJH_COL_PRIMARY_EQUIPMENT_VALUE, "primary_equipment_value", "小学教学仪器设备值", KIND_NUMBER},
    {YJJH_COL_PRIMARY_MULTIMEDIA_ROOMS, "primary_multimedia_rooms", "小学网络多媒体教室数", KIND_INTEGER},
    {YJJH_COL_PRIMARY_COMPUTERS, "primary_computers", "小学计算机台数", KIND_NUMBER},
    {YJJH_COL_PRIMARY_BOOKS, "primary_books", "小学图书册数", KIND_NUMBER},

    {YJJH_COL_JUNIOR_TEACHING_AREA, "junior_teaching_area", "初中教学及辅助用房面积", KIND_NUMBER},
    {YJJH_COL_JUNIOR_SPORTS_AREA, "junior_sports_area", "初中体育运动场馆面积", KIND_NUMBER},
    {YJJH_COL_JUNIOR_EQUIPMENT_VALUE, "junior_equipment_value", "初中教学仪器设备值", KIND_NUMBER},
    {YJJH_COL_JUNIOR_MULTIMEDIA_ROOMS, "junior_multimedia_rooms", "初中网络多媒体教室数", KIND_INTEGER},
    {YJJH_COL_JUNIOR_COMPUTERS, "junior_computers", "初中计算机台数", KIND_NUMBER},
    {YJJH_COL_JUNIOR_BOOKS, "junior_books", "初中图书册数", KIND_NUMBER},

    {YJJH_COL_CERTIFIED_TEACHERS, "certified_teachers", "持证专任教师数", KIND_INTEGER},
    {YJJH_COL_MUSIC_ROOMS, "music_rooms", "音乐专用教室数", KIND_INTEGER},
    {YJJH_COL_MUSIC_ROOM_MIN_AREA, "music_room_min_area", "最小音乐教室面积", KIND_NUMBER},
    {YJJH_COL_ART_ROOMS, "art_rooms", "美术专用教室数", KIND_INTEGER},
    {YJJH_COL_ART_ROOM_MIN_AREA, "art_room_min_area", "最小美术教室面积", KIND_NUMBER},
    {YJJH_COL_TRAINING_FUNDS, "training_funds", "教师培训经费", KIND_NUMBER},
    {YJJH_COL_PUBLIC_FUNDS, "public_funds", "公用经费", KIND_NUMBER},
};

/* Column ids are at most 106: a direct lookup table id -> index + 1 (0 = unknown). */
#define MAX_ID 127
static const unsigned char id_to_index1[MAX_ID + 1] = {
    [YJJH_COL_SCHOOL_ID] = 1, [YJJH_COL_SCHOOL_NAME] = 2, [YJJH_COL_COUNTY_CODE] = 3,
    [YJJH_COL_COUNTY_NAME] = 4, [YJJH_COL_SCHOOL_TYPE] = 5, [YJJH_COL_OWNERSHIP] = 6,
    [YJJH_COL_LOCATION] = 7, [YJJH_COL_PARENT_ID] = 8,
    [YJJH_COL_PRIMARY_STUDENTS] = 9, [YJJH_COL_PRIMARY_CLASSES] = 10, [YJJH_COL_PRIMARY_MAX_CLASS_SIZE] = 11,
    [YJJH_COL_PRIMARY_FULLTIME_TEACHERS] = 12, [YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE] = 13,
    [YJJH_COL_PRIMARY_BACKBONE_TEACHERS] = 14, [YJJH_COL_PRIMARY_PE_ART_TEACHERS] = 15,
    [YJJH_COL_PRIMARY_MID_TITLE_TEACHERS] = 16,
    [YJJH_COL_JUNIOR_STUDENTS] = 17, [YJJH_COL_JUNIOR_CLASSES] = 18, [YJJH_COL_JUNIOR_MAX_CLASS_SIZE] = 19,
    [YJJH_COL_JUNIOR_FULLTIME_TEACHERS] = 20, [YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE] = 21,
    [YJJH_COL_JUNIOR_BACKBONE_TEACHERS] = 22, [YJJH_COL_JUNIOR_PE_ART_TEACHERS] = 23,
    [YJJH_COL_JUNIOR_MID_TITLE_TEACHERS] = 24,
    [YJJH_COL_SENIOR_STUDENTS] = 25,
    [YJJH_COL_TEACHING_AREA] = 26, [YJJH_COL_SPORTS_AREA] = 27, [YJJH_COL_EQUIPMENT_VALUE] = 28,
    [YJJH_COL_MULTIMEDIA_ROOMS] = 29, [YJJH_COL_COMPUTERS] = 30, [YJJH_COL_BOOKS] = 31,
    [YJJH_COL_PRIMARY_TEACHING_AREA] = 32, [YJJH_COL_PRIMARY_SPORTS_AREA] = 33,
    [YJJH_COL_PRIMARY_EQUIPMENT_VALUE] = 34, [YJJH_COL_PRIMARY_MULTIMEDIA_ROOMS] = 35,
    [YJJH_COL_PRIMARY_COMPUTERS] = 36, [YJJH_COL_PRIMARY_BOOKS] = 37,
    [YJJH_COL_JUNIOR_TEACHING_AREA] = 38, [YJJH_COL_JUNIOR_SPORTS_AREA] = 39,
    [YJJH_COL_JUNIOR_EQUIPMENT_VALUE] = 40, [YJJH_COL_JUNIOR_MULTIMEDIA_ROOMS] = 41,
    [YJJH_COL_JUNIOR_COMPUTERS] = 42, [YJJH_COL_JUNIOR_BOOKS] = 43,
    [YJJH_COL_CERTIFIED_TEACHERS] = 44, [YJJH_COL_MUSIC_ROOMS] = 45, [YJJH_COL_MUSIC_ROOM_MIN_AREA] = 46,
    [YJJH_COL_ART_ROOMS] = 47, [YJJH_COL_ART_ROOM_MIN_AREA] = 48, [YJJH_COL_TRAINING_FUNDS] = 49,
    [YJJH_COL_PUBLIC_FUNDS] = 50,
};

int yjjh__column_index(yjjh_column col)
{
    int id = (int)col;
    if (id < 0 || id > MAX_ID || id_to_index1[id] == 0)
        return -1;
    return (int)id_to_index1[id] - 1;
}

size_t yjjh_column_count(void) { return YJJH__N_COLUMNS; }

yjjh_status yjjh_column_get(yjjh_column *out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (i >= YJJH__N_COLUMNS)
        return YJJH_E_OUT_OF_RANGE;
    *out = columns[i].id;
    return YJJH_OK;
}

const char *yjjh_column_name(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i < 0 ? "" : columns[i].en;
}

const char *yjjh_column_name_zh(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i < 0 ? "" : columns[i].zh;
}

int yjjh_column_is_text(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i >= 0 && columns[i].kind == KIND_TEXT;
}

int yjjh_column_is_integer(yjjh_column col)
{
    int i = yjjh__column_index(col);
    return i >= 0 && columns[i].kind == KIND_INTEGER;
}

/* ---- header matching ---------------------------------------------------------------------------- */

#define HEADER_MAX 256

/* Trim [*b, *e) with the one space set (common/text.h). */
static void trim(const char **b, const char **e)
{
    size_t n = (size_t)(*e - *b);
    *b = yjjh__trim(*b, &n);
    *e = *b + n;
}

/* Normalise: trimmed, ASCII lower case, full-width （） as (). Returns 0 when too long. */
static int normalise(char *buf, const char *header)
{
    const char *b = header, *e = header + strlen(header);
    size_t n = 0;
    trim(&b, &e);
    while (b < e) {
        char c;
        if (e - b >= 3 && memcmp(b, "\xEF\xBC\x88", 3) == 0) {
            c = '(';
            b += 3;
        } else if (e - b >= 3 && memcmp(b, "\xEF\xBC\x89", 3) == 0) {
            c = ')';
            b += 3;
        } else {
            unsigned char u = (unsigned char)*b++;
            c = (char)((u >= 'A' && u <= 'Z') ? u - 'A' + 'a' : u);
        }
        if (n + 1 >= HEADER_MAX)
            return 0;
        buf[n++] = c;
    }
    buf[n] = '\0';
    return 1;
}

static const struct unit_suffix {
    const char *suffix;
    double scale;
} unit_suffixes[] = {
    {"(万元)", 10000.0}, {"(元)", 1.0}, {"(m²)", 1.0}, {"(m2)", 1.0}, {"(平方米)", 1.0},
};

yjjh_status yjjh_column_from_header(yjjh_column *out_col, double *out_scale, const char *header)
{
    char buf[HEADER_MAX];
    double scale = 1.0;
    int has_suffix = 0;
    if (!out_col || !header)
        return YJJH_E_NULL_ARG;
    if (!normalise(buf, header))
        return YJJH_E_UNKNOWN_COLUMN;
    for (size_t k = 0; k < sizeof unit_suffixes / sizeof unit_suffixes[0]; k++) {
        size_t ls = strlen(unit_suffixes[k].suffix), lb = strlen(buf);
        if (lb > ls && memcmp(buf + lb - ls, unit_suffixes[k].suffix, ls) == 0) {
            const char *b = buf, *e = buf + lb - ls;
            trim(&b, &e);
            memmove(buf, b, (size_t)(e - b));
            buf[e - b] = '\0';
            scale = unit_suffixes[k].scale;
            has_suffix = 1;
            break;
        }
    }
    for (size_t i = 0; i < YJJH__N_COLUMNS; i++) {
        if (strcmp(buf, columns[i].en) == 0 || strcmp(buf, columns[i].zh) == 0) {
            if (has_suffix && columns[i].kind == KIND_TEXT)
                return YJJH_E_UNKNOWN_COLUMN;
            *out_col = columns[i].id;
            if (out_scale)
                *out_scale = scale;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_COLUMN;
}
