/* SPDX-License-Identifier: MIT */
/* Column catalogue, header matching (English, Chinese, full-width, 万元), the school table, county facts. */
#include <stdio.h>
#include <string.h>

#include "yjjh_test.h"
#include <yjjh/yjjh.h>

/* The column catalogue in documentation order (yjjh_schools.h, docs/data-format.md §1–2), written out by hand. */
static void test_catalogue_table(void **state)
{
    static const struct {
        yjjh_column id;
        const char *name;
    } expected[] = {{YJJH_COL_SCHOOL_ID, "school_id"},
                    {YJJH_COL_SCHOOL_NAME, "school_name"},
                    {YJJH_COL_COUNTY_CODE, "county_code"},
                    {YJJH_COL_COUNTY_NAME, "county_name"},
                    {YJJH_COL_SCHOOL_TYPE, "school_type"},
                    {YJJH_COL_OWNERSHIP, "ownership"},
                    {YJJH_COL_LOCATION, "location"},
                    {YJJH_COL_PARENT_ID, "parent_id"},
                    {YJJH_COL_PRIMARY_STUDENTS, "primary_students"},
                    {YJJH_COL_PRIMARY_CLASSES, "primary_classes"},
                    {YJJH_COL_PRIMARY_MAX_CLASS_SIZE, "primary_max_class_size"},
                    {YJJH_COL_PRIMARY_FULLTIME_TEACHERS, "primary_fulltime_teachers"},
                    {YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE, "primary_teachers_above_degree"},
                    {YJJH_COL_PRIMARY_BACKBONE_TEACHERS, "primary_backbone_teachers"},
                    {YJJH_COL_PRIMARY_PE_ART_TEACHERS, "primary_pe_art_teachers"},
                    {YJJH_COL_PRIMARY_MID_TITLE_TEACHERS, "primary_mid_title_teachers"},
                    {YJJH_COL_JUNIOR_STUDENTS, "junior_students"},
                    {YJJH_COL_JUNIOR_CLASSES, "junior_classes"},
                    {YJJH_COL_JUNIOR_MAX_CLASS_SIZE, "junior_max_class_size"},
                    {YJJH_COL_JUNIOR_FULLTIME_TEACHERS, "junior_fulltime_teachers"},
                    {YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE, "junior_teachers_above_degree"},
                    {YJJH_COL_JUNIOR_BACKBONE_TEACHERS, "junior_backbone_teachers"},
                    {YJJH_COL_JUNIOR_PE_ART_TEACHERS, "junior_pe_art_teachers"},
                    {YJJH_COL_JUNIOR_MID_TITLE_TEACHERS, "junior_mid_title_teachers"},
                    {YJJH_COL_SENIOR_STUDENTS, "senior_students"},
                    {YJJH_COL_TEACHING_AREA, "teaching_area"},
                    {YJJH_COL_SPORTS_AREA, "sports_area"},
                    {YJJH_COL_EQUIPMENT_VALUE, "equipment_value"},
                    {YJJH_COL_MULTIMEDIA_ROOMS, "multimedia_rooms"},
                    {YJJH_COL_COMPUTERS, "computers"},
                    {YJJH_COL_BOOKS, "books"},
                    {YJJH_COL_PRIMARY_TEACHING_AREA, "primary_teaching_area"},
                    {YJJH_COL_PRIMARY_SPORTS_AREA, "primary_sports_area"},
                    {YJJH_COL_PRIMARY_EQUIPMENT_VALUE, "primary_equipment_value"},
                    {YJJH_COL_PRIMARY_MULTIMEDIA_ROOMS, "primary_multimedia_rooms"},
                    {YJJH_COL_PRIMARY_COMPUTERS, "primary_computers"},
                    {YJJH_COL_PRIMARY_BOOKS, "primary_books"},
                    {YJJH_COL_JUNIOR_TEACHING_AREA, "junior_teaching_area"},
                    {YJJH_COL_JUNIOR_SPORTS_AREA, "junior_sports_area"},
                    {YJJH_COL_JUNIOR_EQUIPMENT_VALUE, "junior_equipment_value"},
                    {YJJH_COL_JUNIOR_MULTIMEDIA_ROOMS, "junior_multimedia_rooms"},
                    {YJJH_COL_JUNIOR_COMPUTERS, "junior_computers"},
                    {YJJH_COL_JUNIOR_BOOKS, "junior_books"},
                    {YJJH_COL_CERTIFIED_TEACHERS, "certified_teachers"},
                    {YJJH_COL_MUSIC_ROOMS, "music_rooms"},
                    {YJJH_COL_MUSIC_ROOM_MIN_AREA, "music_room_min_area"},
                    {YJJH_COL_ART_ROOMS, "art_rooms"},
                    {YJJH_COL_ART_ROOM_MIN_AREA, "art_room_min_area"},
                    {YJJH_COL_TRAINING_FUNDS, "training_funds"},
                    {YJJH_COL_PUBLIC_FUNDS, "public_funds"}};
    yjjh_column c = YJJH_COL_SCHOOL_ID;
    (void)state;
    assert_int_equal(yjjh_column_count(), sizeof expected / sizeof expected[0]);
    for (size_t i = 0; i < sizeof expected / sizeof expected[0]; i++) {
        assert_ok(yjjh_column_get(&c, i));
        assert_int_equal(c, expected[i].id);
        assert_string_equal(yjjh_column_name(c), expected[i].name);
    }
    c = YJJH_COL_PUBLIC_FUNDS;
    assert_status(yjjh_column_get(&c, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_int_equal(c, YJJH_COL_PUBLIC_FUNDS); /* untouched on error */
}

static void test_catalogue(void **state)
{
    (void)state;
    yjjh_column c;
    assert_int_equal(yjjh_column_count(), 50);
    for (size_t i = 0; i < yjjh_column_count(); i++) {
        yjjh_column back;
        double scale = 0;
        assert_ok(yjjh_column_get(&c, i));
        assert_true(strlen(yjjh_column_name(c)) > 0);
        assert_true(strlen(yjjh_column_name_zh(c)) > 0);
        assert_ok(yjjh_column_from_header(&back, &scale, yjjh_column_name(c)));
        assert_int_equal(back, c);
        assert_close(scale, 1, 0, 0);
        assert_ok(yjjh_column_from_header(&back, NULL, yjjh_column_name_zh(c)));
        assert_int_equal(back, c);
        for (size_t j = 0; j < i; j++) { /* names are unique */
            yjjh_column o;
            assert_ok(yjjh_column_get(&o, j));
            assert_string_not_equal(yjjh_column_name(o), yjjh_column_name(c));
            assert_string_not_equal(yjjh_column_name_zh(o), yjjh_column_name_zh(c));
        }
    }
    assert_status(yjjh_column_get(&c, 50), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_column_get(NULL, 0), YJJH_E_NULL_ARG);
    assert_string_equal(yjjh_column_name(YJJH_COL_JUNIOR_MID_TITLE_TEACHERS), "junior_mid_title_teachers");
    assert_string_equal(yjjh_column_name_zh(YJJH_COL_PRIMARY_BACKBONE_TEACHERS), "小学县级及以上骨干教师数");
    assert_string_equal(yjjh_column_name_zh(YJJH_COL_PARENT_ID), "所属中心校");
    assert_string_equal(yjjh_column_name((yjjh_column)999), "");
    assert_string_equal(yjjh_column_name_zh((yjjh_column)-1), "");
    assert_true(yjjh_column_is_text(YJJH_COL_SCHOOL_ID));
    assert_false(yjjh_column_is_text(YJJH_COL_BOOKS));
    assert_true(yjjh_column_is_integer(YJJH_COL_JUNIOR_STUDENTS));
    assert_true(yjjh_column_is_integer(YJJH_COL_PRIMARY_PE_ART_TEACHERS));
    assert_true(yjjh_column_is_integer(YJJH_COL_MULTIMEDIA_ROOMS));
    assert_false(yjjh_column_is_integer(YJJH_COL_TEACHING_AREA));
    assert_false(yjjh_column_is_integer(YJJH_COL_SCHOOL_NAME));
}

static void expect_header(const char *h, yjjh_column col, double scale)
{
    yjjh_column c = (yjjh_column)0;
    double s = 0;
    yjjh_status st = yjjh_column_from_header(&c, &s, h);
    if (st != YJJH_OK)
        fail_msg("header \"%s\": %s", h, yjjh_strerror(st));
    assert_int_equal(c, col);
    assert_close(s, scale, 0, 0);
}

static void test_headers(void **state)
{
    (void)state;
    yjjh_column c;
    expect_header(" Primary_Students ", YJJH_COL_PRIMARY_STUDENTS, 1);
    expect_header("\xE3\x80\x80学校标识码\xE3\x80\x80", YJJH_COL_SCHOOL_ID, 1); /* full-width spaces */
    expect_header("教学仪器设备值（万元）", YJJH_COL_EQUIPMENT_VALUE, 10000);   /* full-width brackets */
    expect_header("教学仪器设备值(万元)", YJJH_COL_EQUIPMENT_VALUE, 10000);
    expect_header("EQUIPMENT_VALUE (万元)", YJJH_COL_EQUIPMENT_VALUE, 10000);
    expect_header("教学仪器设备值(元)", YJJH_COL_EQUIPMENT_VALUE, 1);
    expect_header("小学教学及辅助用房面积(平方米)", YJJH_COL_PRIMARY_TEACHING_AREA, 1);
    expect_header("体育运动场馆面积（m²）", YJJH_COL_SPORTS_AREA, 1);
    expect_header("sports_area(M2)", YJJH_COL_SPORTS_AREA, 1);
    expect_header("初中中级及以上职称教师数", YJJH_COL_JUNIOR_MID_TITLE_TEACHERS, 1);
    expect_header("公用经费（万元）", YJJH_COL_PUBLIC_FUNDS, 10000);
    /* the space set of cells (common/text.h): no-break spaces count, vertical tab and form feed do not */
    expect_header("\xC2\xA0"
                  "books\xC2\xA0",
                  YJJH_COL_BOOKS, 1);
    expect_header("books\xC2\xA0(万元)", YJJH_COL_BOOKS, 10000);
    assert_status(yjjh_column_from_header(&c, NULL, "\vbooks"), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_column_from_header(&c, NULL, "books\f"), YJJH_E_UNKNOWN_COLUMN);
    assert_ok(yjjh_column_from_header(&c, NULL, "books"));
    assert_status(yjjh_column_from_header(&c, NULL, "备注"), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_column_from_header(&c, NULL, ""), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_column_from_header(&c, NULL, "学校名称(万元)"), YJJH_E_UNKNOWN_COLUMN); /* text column */
    assert_status(yjjh_column_from_header(&c, NULL, "primary students"), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_column_from_header(NULL, NULL, "books"), YJJH_E_NULL_ARG);
    assert_status(yjjh_column_from_header(&c, NULL, NULL), YJJH_E_NULL_ARG);
}

static void test_table(void **state)
{
    (void)state;
    yjjh_schools *t = NULL;
    const double v[3] = {1, NAN, 3};
    char buf[8] = "abc";
    const char *texts[3] = {buf, NULL, "x"};
    double x;
    const char *s;
    assert_status(yjjh_schools_new(NULL, 3), YJJH_E_NULL_ARG);
    assert_ok(yjjh_schools_new(&t, 3));
    assert_int_equal(yjjh_schools_row_count(t), 3);
    assert_int_equal(yjjh_schools_row_count(NULL), 0);
    assert_false(yjjh_schools_has_column(t, YJJH_COL_BOOKS));
    assert_status(yjjh_schools_get_number(&x, t, 0, YJJH_COL_BOOKS), YJJH_E_NOT_FOUND);
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_BOOKS, v, 3));
    assert_true(yjjh_schools_has_column(t, YJJH_COL_BOOKS));
    assert_ok(yjjh_schools_get_number(&x, t, 2, YJJH_COL_BOOKS));
    assert_close(x, 3, 0, 0);
    assert_ok(yjjh_schools_get_number(&x, t, 1, YJJH_COL_BOOKS));
    assert_true(isnan(x));
    assert_status(yjjh_schools_set_numbers(t, YJJH_COL_BOOKS, v, 2), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_schools_set_numbers(t, YJJH_COL_SCHOOL_ID, v, 3), YJJH_E_COLUMN_KIND);
    assert_status(yjjh_schools_set_numbers(t, (yjjh_column)55, v, 3), YJJH_E_UNKNOWN_COLUMN);
    assert_status(yjjh_schools_set_numbers(NULL, YJJH_COL_BOOKS, v, 3), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_number(t, 3, YJJH_COL_BOOKS, 1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_schools_get_number(&x, t, 3, YJJH_COL_BOOKS), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_schools_get_number(NULL, t, 0, YJJH_COL_BOOKS), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_get_number(&x, t, 0, YJJH_COL_SCHOOL_NAME), YJJH_E_COLUMN_KIND);
    /* cell by cell: the column is created all missing */
    assert_ok(yjjh_schools_set_number(t, 1, YJJH_COL_COMPUTERS, 7));
    assert_ok(yjjh_schools_get_number(&x, t, 0, YJJH_COL_COMPUTERS));
    assert_true(isnan(x));
    assert_ok(yjjh_schools_get_number(&x, t, 1, YJJH_COL_COMPUTERS));
    assert_close(x, 7, 0, 0);
    /* texts are copied */
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_NAME, texts, 3));
    strcpy(buf, "zzz");
    assert_ok(yjjh_schools_get_text(&s, t, 0, YJJH_COL_SCHOOL_NAME));
    assert_string_equal(s, "abc");
    assert_ok(yjjh_schools_get_text(&s, t, 1, YJJH_COL_SCHOOL_NAME));
    assert_null(s);
    assert_ok(yjjh_schools_set_text(t, 1, YJJH_COL_SCHOOL_NAME, "新名"));
    assert_ok(yjjh_schools_get_text(&s, t, 1, YJJH_COL_SCHOOL_NAME));
    assert_string_equal(s, "新名");
    assert_ok(yjjh_schools_set_text(t, 1, YJJH_COL_SCHOOL_NAME, NULL));
    assert_ok(yjjh_schools_get_text(&s, t, 1, YJJH_COL_SCHOOL_NAME));
    assert_null(s);
    assert_status(yjjh_schools_get_text(&s, t, 0, YJJH_COL_COUNTY_CODE), YJJH_E_NOT_FOUND);
    assert_status(yjjh_schools_set_text(t, 0, YJJH_COL_BOOKS, "1"), YJJH_E_COLUMN_KIND);
    assert_status(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_NAME, NULL, 3), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_set_text(NULL, 0, YJJH_COL_SCHOOL_NAME, "a"), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_get_text(&s, t, 9, YJJH_COL_SCHOOL_NAME), YJJH_E_OUT_OF_RANGE);
    /* source and header names */
    {
        const size_t lines[3] = {2, 5, 9};
        assert_status(yjjh_schools_set_source(t, "a.csv", lines, 2), YJJH_E_LENGTH_MISMATCH);
        assert_ok(yjjh_schools_set_source(t, "a.csv", lines, 3));
        assert_status(yjjh_schools_set_source(NULL, "a.csv", NULL, 0), YJJH_E_NULL_ARG);
        assert_ok(yjjh_schools_set_header_name(t, YJJH_COL_BOOKS, "图书册数"));
        assert_status(yjjh_schools_set_header_name(t, (yjjh_column)0, "x"), YJJH_E_UNKNOWN_COLUMN);
        assert_status(yjjh_schools_set_header_name(t, YJJH_COL_BOOKS, NULL), YJJH_E_NULL_ARG);
    }
    yjjh_schools_free(t);
    yjjh_schools_free(NULL);
}

static void test_facts(void **state)
{
    (void)state;
    yjjh_facts *f = NULL;
    double v;
    const char *k;
    /* data-format.md §3, in its order */
    static const char *const expected[] = {"evaluation_year",         "basic_balance_year",
                                           "layout_reasonable",       "standards_enforced",
                                           "small_school_funding",    "special_ed_funds_per_student",
                                           "teacher_salary",          "civil_servant_salary",
                                           "training_360h_rate",      "staffing_coordinated",
                                           "rotation_rate",           "rotation_backbone_share",
                                           "certified_rate",          "nearby_enrolment_primary",
                                           "nearby_enrolment_junior", "quota_allocation_rate",
                                           "left_behind_care",        "migrant_public_rate",
                                           "junior_retention_rate",   "disabled_enrolment_rate",
                                           "school_charters_it",      "training_funds_share",
                                           "teacher_it_use",          "moral_education_good",
                                           "curriculum_complete",     "no_excess_burden",
                                           "monitoring_level",        "monitoring_school_gap",
                                           "social_recognition_rate", "veto_exam_admission",
                                           "veto_school_choice",      "veto_key_schools",
                                           "veto_key_classes",        "veto_major_incident",
                                           "basic_cv_primary_3y",     "basic_cv_junior_3y",
                                           "education_budget",        "budget_per_student"};
    assert_int_equal(yjjh_fact_key_count(), 38);
    assert_int_equal(sizeof expected / sizeof expected[0], 38);
    for (size_t i = 0; i < yjjh_fact_key_count(); i++) {
        const char *key = NULL;
        assert_ok(yjjh_fact_key_get(&key, i));
        assert_string_equal(key, expected[i]);
        assert_true(strlen(yjjh_fact_key_name_zh(key)) > 0);
        assert_ok(yjjh_fact_key_from_name(&k, key));
        assert_ptr_equal(k, key);
        assert_ok(yjjh_fact_key_from_name(&k, yjjh_fact_key_name_zh(key)));
        assert_ptr_equal(k, key);
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(yjjh_fact_key_name_zh(expected[j]), yjjh_fact_key_name_zh(key));
    }
    k = "untouched";
    assert_status(yjjh_fact_key_get(&k, 38), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_fact_key_get(&k, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_string_equal(k, "untouched");
    assert_status(yjjh_fact_key_get(NULL, 0), YJJH_E_NULL_ARG);
    assert_string_equal(yjjh_fact_key_name_zh("evaluation_year"), "评估年份");
    assert_string_equal(yjjh_fact_key_name_zh("basic_balance_year"), "基本均衡认定年份");
    assert_string_equal(yjjh_fact_key_name_zh("layout_reasonable"), "规划布局合理");
    assert_string_equal(yjjh_fact_key_name_zh("nope"), "");
    assert_ok(yjjh_fact_key_from_name(&k, "  Social_Recognition_Rate "));
    assert_string_equal(k, "social_recognition_rate");
    assert_ok(yjjh_fact_key_from_name(&k, "\xE3\x80\x80社会认可度"));
    assert_string_equal(k, "social_recognition_rate");
    assert_ok(yjjh_fact_key_from_name(&k, "社会认可度\xC2\xA0")); /* no-break space: one space set */
    assert_string_equal(k, "social_recognition_rate");
    assert_status(yjjh_fact_key_from_name(&k, "\vsocial_recognition_rate"), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_fact_key_from_name(&k, "社会"), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_fact_key_from_name(NULL, "x"), YJJH_E_NULL_ARG);

    assert_ok(yjjh_facts_new(&f));
    assert_status(yjjh_facts_get(&v, f, "620302", "rotation_rate"), YJJH_E_NOT_FOUND);
    assert_ok(yjjh_facts_set(f, "", "evaluation_year", 2024));
    assert_ok(yjjh_facts_set(f, "620302", "rotation_rate", 0.12));
    assert_ok(yjjh_facts_set(f, "620302", "evaluation_year", 2023));
    assert_ok(yjjh_facts_get(&v, f, "620302", "evaluation_year"));
    assert_close(v, 2023, 0, 0);
    assert_ok(yjjh_facts_get(&v, f, "620321", "evaluation_year")); /* default */
    assert_close(v, 2024, 0, 0);
    assert_ok(yjjh_facts_get(&v, f, "620302", "rotation_rate"));
    assert_close(v, 0.12, 0, 0);
    assert_status(yjjh_facts_get(&v, f, "620321", "rotation_rate"), YJJH_E_NOT_FOUND);
    assert_status(yjjh_facts_set(f, "620302", "bogus", 1), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_facts_get(&v, f, "620302", "bogus"), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_facts_set(f, "620302", "rotation_rate", NAN), YJJH_E_NOT_FINITE);
    assert_status(yjjh_facts_set(f, "620302", "rotation_rate", INFINITY), YJJH_E_NOT_FINITE);
    assert_status(yjjh_facts_set(NULL, "620302", "rotation_rate", 1), YJJH_E_NULL_ARG);
    assert_status(yjjh_facts_get(NULL, f, "620302", "rotation_rate"), YJJH_E_NULL_ARG);
    /* many counties (hash growth) */
    for (int i = 0; i < 5000; i++) {
        char code[16];
        snprintf(code, sizeof code, "%06d", i);
        assert_ok(yjjh_facts_set(f, code, "teacher_salary", i));
    }
    for (int i = 0; i < 5000; i += 97) {
        char code[16];
        snprintf(code, sizeof code, "%06d", i);
        assert_ok(yjjh_facts_get(&v, f, code, "teacher_salary"));
        assert_close(v, i, 0, 0);
    }
    yjjh_facts_free(f);
    yjjh_facts_free(NULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_catalogue_table), cmocka_unit_test(test_catalogue), cmocka_unit_test(test_headers),
        cmocka_unit_test(test_table),           cmocka_unit_test(test_facts),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
