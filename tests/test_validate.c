/* SPDX-License-Identifier: MIT */
/* yjjh_schools_validate(): every error class of data-format.md "Errors", with the exact line and column. */
#include <stdio.h>
#include <string.h>

#include "yjjh_test.h"
#include "school_builder.h"

static yjjh_profile *profile_2017(void)
{
    yjjh_profile *p = NULL;
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    return p;
}

/* Validate and expect exactly the given messages, in order. */
static void expect(const yjjh_schools *t, const yjjh_profile *p, const char *const *messages, size_t n)
{
    yjjh_diag *d = NULL;
    yjjh_status s;
    assert_ok(yjjh_diag_new(&d));
    s = yjjh_schools_validate(t, p, d);
    for (size_t i = 0; i < yjjh_diag_count(d); i++)
        print_message("  %s\n", diag_entry(d, i).message);
    assert_int_equal(s, n ? YJJH_E_INVALID_DATA : YJJH_OK);
    assert_int_equal(yjjh_diag_count(d), n);
    for (size_t i = 0; i < n; i++)
        assert_string_equal(diag_entry(d, i).message, messages[i]);
    yjjh_diag_free(d);
}

static void test_valid_table(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    yjjh_schools *t = tbuild(rows, 3);
    yjjh_profile *p = profile_2017();
    expect(t, p, NULL, 0);
    assert_ok(yjjh_schools_validate(t, p, NULL));
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_ids(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C, SCHOOL_A};
    const char *msgs[] = {
        "line 3: column school_id: school_id is missing",
        "line 5: column school_id: duplicate school_id \"A\" (first on line 2)",
    };
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    rows[1].id = "  ";
    t = tbuild(rows, 4);
    expect(t, p, msgs, 2);
    assert_status(yjjh_schools_validate(t, p, NULL), YJJH_E_INVALID_DATA);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_codes(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C, SCHOOL_A};
    const char *msgs[] = {
        "line 2: column school_type: unknown school_type \"college\" (expected primary, junior, nine_year, "
        "complete_secondary, twelve_year, teaching_point, special or 小学, 初中, 九年一贯制学校, 完全中学, "
        "十二年一贯制学校, 教学点, 特殊教育学校)",
        "line 3: column ownership: unknown ownership \"state\" (expected public/公办 or private/民办)",
        "line 4: column location: unknown location \"moon\" (expected urban/城区, town/镇区 or rural/乡村)",
        "line 5: column school_type: school_type is missing",
    };
    const char *loc[] = {"urban", "乡村", "moon", NULL};
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    rows[0].type = "college";
    rows[1].own = "state";
    rows[3].id = "D";
    rows[3].type = NULL;
    t = tbuild(rows, 4);
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_LOCATION, loc, 4));
    expect(t, p, msgs, 4);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_numbers(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    const char *msgs[] = {
        "line 2: column primary_students: 1000.5 is not a whole number",
        "line 2: column teaching_area: negative value -5",
        "line 3: column sports_area: inf is not a finite number",
        "line 4: column multimedia_rooms: 6.5 is not a whole number",
    };
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    rows[0].p = 1000.5;
    rows[0].area = -5;
    rows[1].sports = INFINITY;
    rows[2].rooms = 6.5;
    t = tbuild(rows, 3);
    expect(t, p, msgs, 4);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_stages(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    const char *msgs[] = {
        "line 2: column junior_students: 120 junior students, but a primary school has no junior stage",
        "line 3: column senior_students: 80 senior students, but a nine_year school has no senior stage",
        "line 4: column junior_backbone_teachers: 2 teachers but no junior students",
    };
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    rows[0].j = 120;
    rows[1].type = "nine_year";
    rows[1].j = 0;
    rows[1].s = 80;
    rows[2].t2j = 2;
    t = tbuild(rows, 3);
    expect(t, p, msgs, 3);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* An empty enrolment cell is missing, not zero (data-format.md "Missing values and number cells"). */
static void test_missing_enrolment(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C, SCHOOL_A, SCHOOL_B, SCHOOL_C};
    const char *msgs[] = {
        "line 2: column primary_students: primary enrolment is missing (write 0 for a primary school without "
        "students)",
        "line 3: column primary_students: primary enrolment is missing (write 0 for a teaching_point school "
        "without students)",
        "line 4: column junior_students: junior enrolment is missing but other junior cells of the school have "
        "numbers (write 0 for a stage without students)",
        "line 7: column primary_students: primary enrolment is missing and no stage of this nine_year school has "
        "students (write 0 where a stage has none)",
        "line 7: column junior_students: junior enrolment is missing and no stage of this nine_year school has "
        "students (write 0 where a stage has none)",
    };
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    rows[0].p = M; /* single-stage: always an error */
    rows[1].type = "teaching_point";
    rows[1].p = M;
    rows[2].type = "nine_year"; /* junior empty but junior teachers given */
    rows[2].t1j = 3;
    rows[3].id = "D"; /* nine_year with an empty junior stage: a stage without students, no error */
    rows[3].type = "nine_year";
    rows[4].id = "E"; /* an explicit 0 is a school without students, no error */
    rows[4].p = 0;
    rows[4].t1p = rows[4].t2p = rows[4].t3p = 0;
    rows[5].id = "F"; /* nine_year with no enrolment at all */
    rows[5].type = "nine_year";
    rows[5].p = M;
    t = tbuild(rows, 6);
    expect(t, p, msgs, 5);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* A value an indicator needs: required for in-scope parts only. */
static void test_needed_values(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    const char *msgs[] = {
        "line 2: column sports_area: missing value needed for R5 生均体育运动场馆面积 of the primary part (in scope)",
        "line 4: column primary_backbone_teachers: missing value needed for R2 每百名学生拥有县级及以上骨干教师数 "
        "of the primary part (in scope)",
    };
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    rows[0].sports = M;
    rows[1].sports = M; /* private: out of scope, not needed */
    rows[1].own = "民办";
    rows[2].t2p = M;
    t = tbuild(rows, 3);
    expect(t, p, msgs, 2);
    /* the per-stage column is enough */
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PRIMARY_SPORTS_AREA, 8000));
    expect(t, p, msgs + 1, 1);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_missing_columns(void **state)
{
    (void)state;
    yjjh_schools *t = NULL;
    yjjh_profile *p = profile_2017();
    const double students[] = {100};
    const char *msgs[] = {
        "column school_id (学校标识码) is missing",
        "column school_type (学校类型) is missing",
    };
    const char *msgs2[] = {
        "column primary_teachers_above_degree is missing: needed for R1 每百名学生拥有高于规定学历教师数",
        "column primary_backbone_teachers is missing: needed for R2 每百名学生拥有县级及以上骨干教师数",
        "column primary_pe_art_teachers is missing: needed for R3 每百名学生拥有体育、艺术(美术、音乐)专任教师数",
        "column teaching_area (or primary_teaching_area) is missing: needed for R4 生均教学及辅助用房面积",
        "column sports_area (or primary_sports_area) is missing: needed for R5 生均体育运动场馆面积",
        "column equipment_value (or primary_equipment_value) is missing: needed for R6 生均教学仪器设备值",
        "column multimedia_rooms (or primary_multimedia_rooms) is missing: needed for R7 每百名学生拥有网络多媒体教室数",
    };
    const char *id[] = {"S1"}, *type[] = {"小学"};
    assert_ok(yjjh_schools_new(&t, 1));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_PRIMARY_STUDENTS, students, 1));
    expect(t, p, msgs, 2);
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_ID, id, 1));
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_TYPE, type, 1));
    expect(t, p, msgs2, 7);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_merge_parent(void **state)
{
    (void)state;
    tschool rows[] = {
        SCHOOL_A,
        {"T1", "点1", "teaching_point", "public", "350502", "ZZ", 20, M, M, 1, 1, 1, M, M, M, 1, 1, 1, 1},
        {"T2", "点2", "teaching_point", "public", "350502", NULL, 20, M, M, 1, 1, 1, M, M, M, 1, 1, 1, 1},
        {"T3", "点3", "teaching_point", "public", "350502", "T1", 20, M, M, 1, 1, 1, M, M, M, 1, 1, 1, 1}};
    const char *msgs[] = {
        "line 3: column parent_id: parent_id \"ZZ\" is not a school_id in the table",
        "line 4: column parent_id: teaching point without parent_id (needed to merge it)",
        ("line 5: column parent_id: parent_id \"T1\" is not a school with a primary stage (a teaching point merges "
         "into one)"),
    };
    const char *json =
        "{\"name\": \"m\", \"extends\": \"national-2017\", \"standards\": {\"teaching_points\": \"merge\"}}";
    yjjh_schools *t = tbuild(rows, 4);
    yjjh_profile *p = NULL, *p2017 = profile_2017();
    assert_ok(yjjh_profile_load_json(&p, json, strlen(json), "m.json", NULL));
    expect(t, p, msgs, 3);
    expect(t, p2017, NULL, 0); /* parent_id only matters in merge mode */
    yjjh_profile_free(p);
    yjjh_profile_free(p2017);
    yjjh_schools_free(t);
}

/* Source name, physical lines and the header as the user wrote it. */
static void test_source_lines_and_headers(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B};
    const size_t lines[] = {2, 17};
    const char *msgs[] = {"schools.csv:17: column 小学在校生数: 12.5 is not a whole number"};
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    yjjh_diag *d = NULL;
    rows[1].p = 12.5;
    rows[1].t1p = 1;
    rows[1].t2p = 1;
    rows[1].t3p = 1;
    rows[1].area = 60;
    rows[1].sports = 100;
    rows[1].equip = 30000;
    rows[1].rooms = 1;
    t = tbuild(rows, 2);
    assert_ok(yjjh_schools_set_source(t, "schools.csv", lines, 2));
    assert_ok(yjjh_schools_set_header_name(t, YJJH_COL_PRIMARY_STUDENTS, "小学在校生数"));
    expect(t, p, msgs, 1);
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_schools_validate(t, p, d), YJJH_E_INVALID_DATA);
    assert_int_equal(diag_entry(d, 0).line, 17);
    assert_string_equal(diag_entry(d, 0).column, "小学在校生数");
    yjjh_diag_free(d);
    /* back to row numbers */
    assert_ok(yjjh_schools_set_source(t, NULL, NULL, 0));
    {
        const char *m2[] = {"line 3: column 小学在校生数: 12.5 is not a whole number"};
        expect(t, p, m2, 1);
    }
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* Every problem of a big file in one pass, capped at YJJH_DIAG_MAX + 1 entries. */
static void test_cap(void **state)
{
    (void)state;
    enum { N = 150 };
    tschool rows[N];
    char ids[N][8];
    yjjh_schools *t;
    yjjh_profile *p = profile_2017();
    yjjh_diag *d = NULL;
    const tschool a = SCHOOL_A;
    for (int i = 0; i < N; i++) {
        rows[i] = a;
        snprintf(ids[i], sizeof ids[i], "S%d", i);
        rows[i].id = ids[i];
        rows[i].area = -1;
    }
    t = tbuild(rows, N);
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_schools_validate(t, p, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), YJJH_DIAG_MAX + 1);
    assert_string_equal(diag_entry(d, 99).message, "line 101: column teaching_area: negative value -1");
    assert_string_equal(diag_entry(d, 100).message, "too many errors (only the first 100 are listed)");
    yjjh_diag_free(d);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_args(void **state)
{
    (void)state;
    yjjh_schools *t = NULL;
    yjjh_profile *p = profile_2017();
    assert_ok(yjjh_schools_new(&t, 0));
    assert_status(yjjh_schools_validate(NULL, p, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_validate(t, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_validate(t, p, NULL), YJJH_E_EMPTY);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_valid_table),   cmocka_unit_test(test_ids),
        cmocka_unit_test(test_codes),         cmocka_unit_test(test_numbers),
        cmocka_unit_test(test_stages),        cmocka_unit_test(test_missing_enrolment),
        cmocka_unit_test(test_needed_values), cmocka_unit_test(test_missing_columns),
        cmocka_unit_test(test_merge_parent),  cmocka_unit_test(test_source_lines_and_headers),
        cmocka_unit_test(test_cap),           cmocka_unit_test(test_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
