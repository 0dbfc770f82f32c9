/* SPDX-License-Identifier: MIT */
/* The column catalogue against data-format.md §1–2, written out by hand: every known column with its pinned
 * id (yjjh_schools.h), its English and Chinese header, and whether it is a text column; in documentation
 * order. The catalogue is generated from lib/input/columns.def, so this is the check of that table. */
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static const struct {
    int id;
    const char *en, *zh;
    int text;
} spec_columns[] = {
    {1, "school_id", "学校标识码", 1},
    {2, "school_name", "学校名称", 1},
    {3, "county_code", "县区代码", 1},
    {4, "county_name", "县区名称", 1},
    {5, "school_type", "学校类型", 1},
    {6, "ownership", "办学性质", 1},
    {7, "location", "城乡分类", 1},
    {8, "parent_id", "所属中心校", 1},
    {20, "primary_students", "小学在校生数", 0},
    {21, "primary_classes", "小学班数", 0},
    {22, "primary_max_class_size", "小学最大班额", 0},
    {23, "primary_fulltime_teachers", "小学专任教师数", 0},
    {24, "primary_teachers_above_degree", "小学高于规定学历教师数", 0},
    {25, "primary_backbone_teachers", "小学县级及以上骨干教师数", 0},
    {26, "primary_pe_art_teachers", "小学体育艺术专任教师数", 0},
    {27, "primary_mid_title_teachers", "小学中级及以上职称教师数", 0},
    {40, "junior_students", "初中在校生数", 0},
    {41, "junior_classes", "初中班数", 0},
    {42, "junior_max_class_size", "初中最大班额", 0},
    {43, "junior_fulltime_teachers", "初中专任教师数", 0},
    {44, "junior_teachers_above_degree", "初中高于规定学历教师数", 0},
    {45, "junior_backbone_teachers", "初中县级及以上骨干教师数", 0},
    {46, "junior_pe_art_teachers", "初中体育艺术专任教师数", 0},
    {47, "junior_mid_title_teachers", "初中中级及以上职称教师数", 0},
    {60, "senior_students", "高中在校生数", 0},
    {70, "teaching_area", "教学及辅助用房面积", 0},
    {71, "sports_area", "体育运动场馆面积", 0},
    {72, "equipment_value", "教学仪器设备值", 0},
    {73, "multimedia_rooms", "网络多媒体教室数", 0},
    {74, "computers", "计算机台数", 0},
    {75, "books", "图书册数", 0},
    {80, "primary_teaching_area", "小学教学及辅助用房面积", 0},
    {81, "primary_sports_area", "小学体育运动场馆面积", 0},
    {82, "primary_equipment_value", "小学教学仪器设备值", 0},
    {83, "primary_multimedia_rooms", "小学网络多媒体教室数", 0},
    {84, "primary_computers", "小学计算机台数", 0},
    {85, "primary_books", "小学图书册数", 0},
    {90, "junior_teaching_area", "初中教学及辅助用房面积", 0},
    {91, "junior_sports_area", "初中体育运动场馆面积", 0},
    {92, "junior_equipment_value", "初中教学仪器设备值", 0},
    {93, "junior_multimedia_rooms", "初中网络多媒体教室数", 0},
    {94, "junior_computers", "初中计算机台数", 0},
    {95, "junior_books", "初中图书册数", 0},
    {100, "certified_teachers", "持证专任教师数", 0},
    {101, "music_rooms", "音乐专用教室数", 0},
    {102, "music_room_min_area", "最小音乐教室面积", 0},
    {103, "art_rooms", "美术专用教室数", 0},
    {104, "art_room_min_area", "最小美术教室面积", 0},
    {105, "training_funds", "教师培训经费", 0},
    {106, "public_funds", "公用经费", 0},
};

static void test_columns_match_the_spec(void **state)
{
    const size_t n = sizeof spec_columns / sizeof spec_columns[0];
    (void)state;
    assert_int_equal(n, 50);
    assert_int_equal(yjjh_column_count(), n);
    for (size_t i = 0; i < n; i++) {
        yjjh_column c;
        assert_ok(yjjh_column_get(&c, i));
        assert_int_equal((int)c, spec_columns[i].id);
        assert_string_equal(yjjh_column_name(c), spec_columns[i].en);
        assert_string_equal(yjjh_column_name_zh(c), spec_columns[i].zh);
        assert_int_equal(yjjh_column_is_text(c), spec_columns[i].text);
        if (spec_columns[i].text)
            assert_int_equal(yjjh_column_is_integer(c), 0);
    }
    assert_status(yjjh_column_get(NULL, 0), YJJH_E_NULL_ARG);
    {
        yjjh_column c;
        assert_status(yjjh_column_get(&c, n), YJJH_E_OUT_OF_RANGE);
    }
}

/* Ids that are not columns have no names; counts are whole numbers, amounts are not. */
static void test_unknown_ids_and_kinds(void **state)
{
    static const int not_columns[] = {0, 9, 19, 28, 39, 48, 59, 61, 69, 76, 79, 86, 89, 96, 99, 107, 127, 128, -1};
    (void)state;
    for (size_t i = 0; i < sizeof not_columns / sizeof not_columns[0]; i++) {
        yjjh_column c = (yjjh_column)not_columns[i];
        assert_string_equal(yjjh_column_name(c), "");
        assert_string_equal(yjjh_column_name_zh(c), "");
        assert_int_equal(yjjh_column_is_text(c), 0);
        assert_int_equal(yjjh_column_is_integer(c), 0);
    }
    assert_int_equal(yjjh_column_is_integer(YJJH_COL_PRIMARY_STUDENTS), 1);
    assert_int_equal(yjjh_column_is_integer(YJJH_COL_JUNIOR_BACKBONE_TEACHERS), 1);
    assert_int_equal(yjjh_column_is_integer(YJJH_COL_MULTIMEDIA_ROOMS), 1);
    assert_int_equal(yjjh_column_is_integer(YJJH_COL_TEACHING_AREA), 0);
    assert_int_equal(yjjh_column_is_integer(YJJH_COL_EQUIPMENT_VALUE), 0);
    assert_int_equal(yjjh_column_is_integer(YJJH_COL_PUBLIC_FUNDS), 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_columns_match_the_spec),
        cmocka_unit_test(test_unknown_ids_and_kinds),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
