/* SPDX-License-Identifier: MIT */
/* Tests of the table layout, column mappings and header helpers (data-format.md "Table layout as Excel users save
 * it", "Column mappings", synonyms). Expected values are written from the spec, line numbers counted by hand. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"

static yjjh_diag *new_diag(void)
{
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    return d;
}

static yjjh_status read_opts(yjjh_schools **t, const char *csv, const yjjh_read_options *o, yjjh_diag *d)
{
    return yjjh_schools_read_buffer_ex(t, csv, strlen(csv), "s.csv", o, d);
}

static double num(const yjjh_schools *t, size_t row, yjjh_column col)
{
    double v = -1.0;
    assert_ok(yjjh_schools_get_number(&v, t, row, col));
    return v;
}

static const char *txt(const yjjh_schools *t, size_t row, yjjh_column col)
{
    const char *s = NULL;
    assert_ok(yjjh_schools_get_text(&s, t, row, col));
    return s;
}

static const char *note(const yjjh_schools *t, size_t i)
{
    const char *s = NULL;
    assert_ok(yjjh_schools_note_get(&s, t, i));
    return s;
}

static void test_title_blank_and_total_rows(void **state)
{
    const char *csv = "XX县义务教育学校基本情况表,,,\n"               /* line 1: title */
                      ",,,\n"                                         /* line 2: blank */
                      "学校标识码,学校名称,学校类型,小学在校生数,,\n" /* line 3: header, trailing empty cells */
                      "A,甲小学,完全小学,100,,\n"
                      ",,,,,\n" /* blank */
                      "B,乙小学,小学,200,,\n"
                      "小学合计,,,300,,\n"    /* total: first non-empty cell */
                      ",全 县 合计,,300,,\n"; /* total: the school_name cell, spaces inside */
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_opts(&t, csv, NULL, NULL));
    assert_int_equal(yjjh_schools_row_count(t), 2);
    assert_string_equal(txt(t, 1, YJJH_COL_SCHOOL_ID), "B");
    assert_true(num(t, 1, YJJH_COL_PRIMARY_STUDENTS) == 200.0);
    assert_int_equal(yjjh_schools_note_count(t), 3);
    assert_string_equal(note(t, 0), "s.csv:3: header found on line 3 (the rows above it are skipped as a title)");
    assert_string_equal(note(t, 1), "s.csv:7: total row (小学合计) skipped, not evaluated as a school");
    assert_string_equal(note(t, 2), "s.csv:8: total row (全 县 合计) skipped, not evaluated as a school");
    yjjh_schools_free(t);
}

static void test_two_row_csv_header(void **state)
{
    /* 在校生数 over 小学/初中 (the merge lost: the group text over its first column only); 学校名称 alone above an
     * empty lower cell ends the group; 小学 over 班数 the other way round */
    const char *csv = "学校标识码,学校名称,在校生数,,学校类型,小学\n"
                      ",,小学,初中,,班数\n"
                      "A,甲,100,50,九年一贯制,4\n";
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_opts(&t, csv, NULL, NULL));
    assert_int_equal(yjjh_schools_row_count(t), 1);
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 100.0);
    assert_true(num(t, 0, YJJH_COL_JUNIOR_STUDENTS) == 50.0);
    assert_true(num(t, 0, YJJH_COL_PRIMARY_CLASSES) == 4.0);
    assert_string_equal(txt(t, 0, YJJH_COL_SCHOOL_TYPE), "九年一贯制");
    yjjh_schools_free(t);
}

static void test_header_row_option(void **state)
{
    const char *csv = "school_id,school_type,primary_students\n" /* a row that looks like a header */
                      "学校标识码,学校类型,小学在校生数\n"
                      "A,primary,12\n";
    yjjh_read_options o = YJJH_READ_OPTIONS_INIT;
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    o.header_row = 2;
    assert_ok(read_opts(&t, csv, &o, NULL));
    assert_int_equal(yjjh_schools_row_count(t), 1);
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 12.0);
    yjjh_schools_free(t);
    o.header_row = 7;
    assert_int_equal(read_opts(&t, csv, &o, d), YJJH_E_INVALID_DATA);
    assert_null(t);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_string_equal(diag_entry(d, 0).message, "s.csv:7: --header-row 7: the table has no row 7 with text");
    o.version = 99;
    assert_int_equal(read_opts(&t, csv, &o, NULL), YJJH_E_STRUCT_VERSION);
    yjjh_diag_free(d);
}

static void test_unknown_columns_noted_once(void **state)
{
    const char *csv = "school_id,school_type,primary_student,备注\nA,primary,1\nB,primary,2\n";
    yjjh_schools *t = NULL;
    (void)state;
    assert_ok(read_opts(&t, csv, NULL, NULL));
    assert_int_equal(yjjh_schools_note_count(t), 2);
    assert_string_equal(note(t, 0), "s.csv:1: column primary_student: unknown column, ignored (did you mean "
                                    "primary_students / 小学在校生数?)");
    assert_string_equal(note(t, 1), "s.csv:1: column 备注: unknown column, ignored");
    assert_int_equal(yjjh_schools_note_get(NULL, t, 0), YJJH_E_NULL_ARG);
    {
        const char *s;
        assert_int_equal(yjjh_schools_note_get(&s, t, 2), YJJH_E_OUT_OF_RANGE);
    }
    yjjh_schools_free(t);
}

static void test_column_closest(void **state)
{
    yjjh_column c = (yjjh_column)0;
    (void)state;
    assert_ok(yjjh_column_closest(&c, "小学在校学生数"));
    assert_int_equal(c, YJJH_COL_PRIMARY_STUDENTS);
    assert_ok(yjjh_column_closest(&c, "  Teaching_Aera (m²) "));
    assert_int_equal(c, YJJH_COL_TEACHING_AREA);
    assert_ok(yjjh_column_closest(&c, "junior_student"));
    assert_int_equal(c, YJJH_COL_JUNIOR_STUDENTS);
    c = (yjjh_column)0;
    assert_int_equal(yjjh_column_closest(&c, "备注"), YJJH_E_NOT_FOUND);
    assert_int_equal(yjjh_column_closest(&c, ""), YJJH_E_NOT_FOUND);
    assert_int_equal(c, 0);
    assert_int_equal(yjjh_column_closest(NULL, "x"), YJJH_E_NULL_ARG);
}

static void test_missing_student_column_one_error(void **state)
{
    const char *csv = "school_id,school_type,primary_student,primary_fulltime_teachers\n"
                      "A,primary,100,5\nB,primary,200,9\nC,primary,300,12\n";
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(read_opts(&t, csv, NULL, NULL));
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_int_equal(yjjh_schools_validate(t, p, d), YJJH_E_INVALID_DATA);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_string_equal(diag_entry(d, 0).message,
                        "s.csv: column primary_students (小学在校生数) is missing, but the table has primary teachers");
    yjjh_diag_free(d);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_synonyms(void **state)
{
    const char *csv = "school_id,school_type,ownership,primary_students,junior_students\n"
                      "A,初级中学,公立,,10\nB,独立初中,私立,,10\nC,完全小学,公办,10,\nD,九年制学校,民办,10,10\n"
                      "E,小学教学点,,10,\nF,特教学校,,,\nG,完中,,,10\nH,十二年一贯制,,10,10\nI,初中学校,,,5\n"
                      "J,小学校,,7,\nK,九年一贯制,,1,1\n";
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_ok(read_opts(&t, csv, NULL, NULL));
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    /* validation may fail on missing indicator columns, but never on a type or an ownership */
    if (yjjh_schools_validate(t, p, d) == YJJH_E_NOMEM)
        fail_msg("out of memory");
    for (size_t i = 0; i < yjjh_diag_count(d); i++) {
        const char *m = diag_entry(d, i).message;
        assert_null(strstr(m, "unknown school_type"));
        assert_null(strstr(m, "unknown ownership"));
        assert_null(strstr(m, "no primary stage"));
        assert_null(strstr(m, "no junior stage"));
    }
    yjjh_diag_free(d);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_column_mapping(void **state)
{
    const char *csv = "学校代码,办学类型,小学在校学生数,教学及辅助用房,室内体育用房,设备(万元)\n"
                      "A,小学,100,1200,200,12.5\nB,小学,50,,100,1\n";
    const char *map = "{\"comment\": \"x\", \"columns\": {\"school_id\": \"学校代码\", \"学校类型\": \"办学类型\","
                      " \"primary_students\": \"小学在校学生数\","
                      " \"teaching_area\": {\"from\": \"教学及辅助用房\", \"minus\": \"室内体育用房\"},"
                      " \"equipment_value\": {\"from\": \"设备(万元)\", \"scale\": 10000}}}";
    yjjh_read_options o = YJJH_READ_OPTIONS_INIT;
    yjjh_schools *t = NULL;
    (void)state;
    o.columns = map;
    o.columns_len = strlen(map);
    assert_ok(read_opts(&t, csv, &o, NULL));
    assert_string_equal(txt(t, 0, YJJH_COL_SCHOOL_ID), "A");
    assert_true(num(t, 0, YJJH_COL_PRIMARY_STUDENTS) == 100.0);
    assert_true(num(t, 0, YJJH_COL_TEACHING_AREA) == 1000.0);
    assert_true(isnan(num(t, 1, YJJH_COL_TEACHING_AREA))); /* a source cell missing: missing */
    assert_true(num(t, 0, YJJH_COL_EQUIPMENT_VALUE) == 125000.0);
    assert_int_equal(yjjh_schools_note_count(t), 0); /* the mapped headers are not unknown */
    yjjh_schools_free(t);
}

static void test_column_mapping_errors(void **state)
{
    static const struct {
        const char *map, *message;
    } cases[] = {
        {"{\"columns\": {\"teaching_aera\": \"x\"}}",
         "m.json: \"teaching_aera\" is not a column (did you mean teaching_area / 教学及辅助用房面积?)"},
        {"{\"columns\": {\"school_name\": {\"from\": \"a\", \"scale\": 2}}}",
         "m.json: column school_name is a text column: map it to one header, without minus or scale"},
        {"{\"columns\": {\"teaching_area\": {\"minus\": \"a\"}}}", "m.json: column teaching_area: \"from\" is missing"},
        {"{\"columns\": {\"teaching_area\": {\"from\": \"a\", \"scale\": -1}}}",
         "m.json: column teaching_area: \"scale\" must be a positive number"},
        {"{\"columns\": {}, \"colums\": 1}", "m.json: column mapping: unknown key \"colums\" (columns, comment)"},
        {"[1]", "m.json: column mapping: the document must be an object with a \"columns\" object"},
        {"{\"columns\": {\"school_id\": \"nope\"}}", "s.csv:1: column mapping: header \"nope\" (for school_id) is not "
                                                     "in the table"},
    };
    const char *csv = "school_id,school_type,primary_students\nA,primary,1\n";
    (void)state;
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        yjjh_read_options o = YJJH_READ_OPTIONS_INIT;
        yjjh_schools *t = NULL;
        yjjh_diag *d = new_diag();
        o.columns = cases[i].map;
        o.columns_len = strlen(cases[i].map);
        o.columns_name = "m.json";
        assert_int_equal(read_opts(&t, csv, &o, d), YJJH_E_INVALID_DATA);
        assert_null(t);
        assert_true(yjjh_diag_count(d) >= 1);
        if (strcmp(diag_entry(d, 0).message, cases[i].message) != 0)
            fail_msg("case %zu: \"%s\" != \"%s\"", i, diag_entry(d, 0).message, cases[i].message);
        yjjh_diag_free(d);
    }
}

static void test_not_a_workbook(void **state)
{
    static const char ole2[16] = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
    static const char truncated_zip[] = "PK\x03\x04\x14\x00\x00\x00";
    yjjh_schools *t = NULL;
    yjjh_diag *d = new_diag();
    (void)state;
    assert_int_equal(yjjh_schools_read_buffer(&t, ole2, sizeof ole2, "a.xls", NULL, d), YJJH_E_INVALID_DATA);
    assert_string_equal(diag_entry(d, 0).message, "a.xls: an .xls (Excel 97-2003) workbook or another OLE2 file is "
                                                  "not read: save it as .xlsx or CSV");
    yjjh_diag_clear(d);
    assert_int_equal(yjjh_schools_read_buffer(&t, truncated_zip, sizeof truncated_zip - 1, "b.xlsx", NULL, d),
                     YJJH_E_INVALID_DATA);
    assert_non_null(strstr(diag_entry(d, 0).message, "b.xlsx: the file is a damaged or truncated zip archive"));
    assert_null(t);
    yjjh_diag_free(d);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_title_blank_and_total_rows),
        cmocka_unit_test(test_two_row_csv_header),
        cmocka_unit_test(test_header_row_option),
        cmocka_unit_test(test_unknown_columns_noted_once),
        cmocka_unit_test(test_column_closest),
        cmocka_unit_test(test_missing_student_column_one_error),
        cmocka_unit_test(test_synonyms),
        cmocka_unit_test(test_column_mapping),
        cmocka_unit_test(test_column_mapping_errors),
        cmocka_unit_test(test_not_a_workbook),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
