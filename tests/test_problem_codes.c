/* SPDX-License-Identifier: MIT */
/* Problem codes (yjjh_diag.h): the name table, yjjh_diag_add_problem(), version-1 entries, and the code each
 * reader and validator gives its problems (docs/cli.md "Problem codes" says which code a problem has). */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include <yjjh/yjjh.h>

/* ---- the table ------------------------------------------------------------------------------------ */

static void test_names(void **state)
{
    (void)state;
    size_t n = 0;
    /* the codes are dense from 0: every value up to the last has a name, unique, [a-z_] only */
    while (yjjh_problem_code_name((yjjh_problem_code)n))
        n++;
    assert_int_equal(n, (size_t)YJJH_PROBLEM_INVALID_OPTION + 1);
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_INVALID_OPTION), "invalid_option");
    for (size_t i = 0; i < n; i++) {
        const char *a = yjjh_problem_code_name((yjjh_problem_code)i);
        yjjh_problem_code back = (yjjh_problem_code)-1;
        assert_true(strlen(a) > 0 && strspn(a, "abcdefghijklmnopqrstuvwxyz_") == strlen(a));
        for (size_t j = 0; j < i; j++)
            assert_string_not_equal(a, yjjh_problem_code_name((yjjh_problem_code)j));
        assert_ok(yjjh_problem_code_from_name(&back, a));
        assert_int_equal(back, i);
    }
    /* the names the issue and the docs promise */
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_OTHER), "other");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_MISSING_COLUMN), "missing_column");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_NOT_A_NUMBER), "not_a_number");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_MISSING_VALUE), "missing_value");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_DUPLICATE_ID), "duplicate_id");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_UNKNOWN_SCHOOL_TYPE), "unknown_school_type");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_NEGATIVE_VALUE), "negative_value");
    assert_string_equal(yjjh_problem_code_name(YJJH_PROBLEM_NOT_INTEGER), "not_integer");
    assert_null(yjjh_problem_code_name((yjjh_problem_code)n));
    assert_null(yjjh_problem_code_name((yjjh_problem_code)-1));
    {
        yjjh_problem_code c = YJJH_PROBLEM_DUPLICATE_ID;
        assert_int_equal(yjjh_problem_code_from_name(&c, "Missing_Column"), YJJH_E_OUT_OF_RANGE);
        assert_int_equal(yjjh_problem_code_from_name(&c, ""), YJJH_E_OUT_OF_RANGE);
        assert_int_equal(c, YJJH_PROBLEM_DUPLICATE_ID);
        assert_int_equal(yjjh_problem_code_from_name(NULL, "other"), YJJH_E_NULL_ARG);
        assert_int_equal(yjjh_problem_code_from_name(&c, NULL), YJJH_E_NULL_ARG);
    }
}

static void test_add_and_get(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    assert_ok(yjjh_diag_add(d, "a.csv", 2, "x", "plain"));
    assert_ok(yjjh_diag_add_problem(d, YJJH_PROBLEM_DUPLICATE_ID, "a.csv", 3, "school_id", "dup"));
    assert_int_equal(yjjh_diag_add_problem(d, (yjjh_problem_code)9999, "a.csv", 3, NULL, "x"), YJJH_E_OUT_OF_RANGE);
    assert_int_equal(yjjh_diag_add_problem(NULL, YJJH_PROBLEM_OTHER, NULL, 0, NULL, "x"), YJJH_E_NULL_ARG);
    assert_int_equal(yjjh_diag_add_problem(d, YJJH_PROBLEM_OTHER, NULL, 0, NULL, NULL), YJJH_E_NULL_ARG);
    assert_int_equal(yjjh_diag_count(d), 2);
    assert_string_equal(diag_entry(d, 0).text, "plain");
    assert_int_equal(diag_entry(d, 0).code, YJJH_PROBLEM_OTHER);
    assert_int_equal(diag_entry(d, 1).code, YJJH_PROBLEM_DUPLICATE_ID);
    assert_string_equal(diag_entry(d, 1).message, "a.csv:3: column school_id: dup");
    assert_string_equal(diag_entry(d, 1).file, "a.csv");
    assert_string_equal(diag_entry(d, 1).text, "dup");
    assert_ok(yjjh_diag_add_problem(d, YJJH_PROBLEM_OTHER, NULL, 0, NULL, "bare"));
    assert_string_equal(diag_entry(d, 2).file, "");
    assert_string_equal(diag_entry(d, 2).text, "bare");
    assert_string_equal(diag_entry(d, 2).column, "");
    {
        /* a caller built against 0.2 passes a version-1 struct, which ends before `code`: it is not written */
        union {
            yjjh_diag_entry e;
            unsigned char bytes[sizeof(yjjh_diag_entry)];
        } v1;
        memset(&v1, 0xAB, sizeof v1);
        v1.e.version = 1;
        assert_ok(yjjh_diag_get(&v1.e, d, 1));
        assert_string_equal(v1.e.message, "a.csv:3: column school_id: dup");
        for (size_t i = offsetof(yjjh_diag_entry, code); i < sizeof v1.bytes; i++)
            assert_int_equal(v1.bytes[i], 0xAB); /* code, file, text untouched */
        v1.e.version = 3;
        assert_int_equal(yjjh_diag_get(&v1.e, d, 1), YJJH_E_STRUCT_VERSION);
    }
    yjjh_diag_free(d);
}

static void test_too_many(void **state)
{
    (void)state;
    yjjh_diag *d = NULL;
    assert_ok(yjjh_diag_new(&d));
    for (int i = 0; i < YJJH_DIAG_MAX + 5; i++)
        assert_ok(yjjh_diag_add_problem(d, YJJH_PROBLEM_NEGATIVE_VALUE, "s.csv", (size_t)i + 2, "x", "neg"));
    assert_int_equal(yjjh_diag_count(d), YJJH_DIAG_MAX + 1);
    assert_int_equal(diag_entry(d, YJJH_DIAG_MAX - 1).code, YJJH_PROBLEM_NEGATIVE_VALUE);
    assert_int_equal(diag_entry(d, YJJH_DIAG_MAX).code, YJJH_PROBLEM_TOO_MANY_PROBLEMS);
    yjjh_diag_free(d);
}

/* ---- the readers and validators ------------------------------------------------------------------- */

/* A valid one-school table of the bundled county's columns; variants replace one field (by header name) of the
 * header or of the school's row. */
static const char HEADER[] =
    "county_code,county_name,school_id,school_name,school_type,ownership,location,parent_id,primary_students,"
    "junior_students,senior_students,primary_classes,junior_classes,primary_max_class_size,junior_max_class_size,"
    "primary_fulltime_teachers,junior_fulltime_teachers,primary_teachers_above_degree,junior_teachers_above_degree,"
    "primary_backbone_teachers,junior_backbone_teachers,primary_pe_art_teachers,junior_pe_art_teachers,"
    "primary_mid_title_teachers,junior_mid_title_teachers,certified_teachers,teaching_area,sports_area,"
    "equipment_value,multimedia_rooms,computers,books,music_rooms,music_room_min_area,art_rooms,art_room_min_area,"
    "training_funds,public_funds";
static const char ROW[] = "620302,金川区,2162030201,金川区第一小学,primary,public,urban,,1760,,,40,,45,,98,,92,,34,,"
                          "20,,52,,98,9150,14100,5283700,46,260,61600,4,108,4,96,89760,1496000";

/* Replace the field named `field` of the comma-separated line `line` (from HEADER's field order) by `value`;
 * value NULL removes the field. Returns a malloc'ed line. */
static char *with_field(const char *line, const char *field, const char *value)
{
    char *out = malloc(strlen(line) + (value ? strlen(value) : 0) + 2);
    size_t idx = 0, k = 0;
    const char *h = HEADER, *p = line;
    size_t o = 0;
    assert_non_null(out);
    if (field) { /* index of the field in HEADER */
        size_t fl = strlen(field);
        while (!(strncmp(h, field, fl) == 0 && (h[fl] == ',' || h[fl] == '\0'))) {
            h = strchr(h, ',');
            assert_non_null(h);
            h++;
            idx++;
        }
    } else {
        idx = (size_t)-1;
    }
    for (;;) {
        const char *e = strchr(p, ',');
        size_t n = e ? (size_t)(e - p) : strlen(p);
        if (k == idx) {
            if (value) {
                memcpy(out + o, value, strlen(value));
                o += strlen(value);
                out[o++] = ',';
            }
        } else {
            memcpy(out + o, p, n);
            o += n;
            out[o++] = ',';
        }
        if (!e)
            break;
        p = e + 1;
        k++;
    }
    out[o ? o - 1 : 0] = '\0';
    return out;
}

/* Read (and validate against `profile_json`, or national-2017) a schools CSV; return the code of the first
 * problem, asserting that there is one and that the reader or validator failed with a data status. */
static yjjh_problem_code first_code(const char *csv, size_t len, const char *encoding, const char *profile_json)
{
    yjjh_diag *d = NULL;
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_status s;
    yjjh_problem_code code;
    assert_ok(yjjh_diag_new(&d));
    if (profile_json)
        assert_ok(yjjh_profile_load_json(&p, profile_json, strlen(profile_json), "p.json", NULL));
    else
        assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    s = yjjh_schools_read_buffer(&t, csv, len, "s.csv", encoding, d);
    if (s == YJJH_OK)
        s = yjjh_schools_validate(t, p, d);
    if (yjjh_diag_count(d) == 0)
        fail_msg("no problem reported for:\n%.300s", csv);
    assert_true(s == YJJH_E_INVALID_DATA || s == YJJH_E_ENCODING);
    code = diag_entry(d, 0).code;
    print_message("  %s: %s\n", yjjh_problem_code_name(code), diag_entry(d, 0).message);
    yjjh_schools_free(t);
    yjjh_profile_free(p);
    yjjh_diag_free(d);
    return code;
}

/* HEADER + (ROW with field := value) [+ extra line] */
static yjjh_problem_code row_code(const char *field, const char *value, const char *extra, const char *profile)
{
    char *row = with_field(ROW, field, value);
    char *csv = malloc(strlen(HEADER) + strlen(row) + (extra ? strlen(extra) : 0) + 4);
    yjjh_problem_code c;
    sprintf(csv, "%s\n%s\n%s", HEADER, row, extra ? extra : "");
    c = first_code(csv, strlen(csv), NULL, profile);
    free(csv);
    free(row);
    return c;
}

/* A column removed from HEADER and ROW, or the header field renamed. */
static yjjh_problem_code header_code(const char *field, const char *new_name)
{
    char *h = with_field(HEADER, field, new_name);
    char *row = new_name ? with_field(ROW, NULL, NULL) : with_field(ROW, field, NULL);
    char *csv = malloc(strlen(h) + strlen(row) + 4);
    yjjh_problem_code c;
    sprintf(csv, "%s\n%s\n", h, row);
    c = first_code(csv, strlen(csv), NULL, NULL);
    free(csv);
    free(row);
    free(h);
    return c;
}

static const char MERGE[] = "{\"extends\": \"national-2017\", \"standards\": {\"teaching_points\": \"merge\"}}";

static void test_schools(void **state)
{
    (void)state;
    char *row = with_field(ROW, NULL, NULL);
    assert_string_equal(row, ROW); /* the helper itself */
    free(row);
    assert_int_equal(row_code("primary_students", "12a", NULL, NULL), YJJH_PROBLEM_NOT_A_NUMBER);
    assert_int_equal(row_code("teaching_area", "-5", NULL, NULL), YJJH_PROBLEM_NEGATIVE_VALUE);
    assert_int_equal(row_code("primary_students", "10.5", NULL, NULL), YJJH_PROBLEM_NOT_INTEGER);
    assert_int_equal(row_code("teaching_area", "2e15", NULL, NULL), YJJH_PROBLEM_TOO_LARGE);
    assert_int_equal(row_code("teaching_area", "", NULL, NULL), YJJH_PROBLEM_MISSING_VALUE);
    assert_int_equal(row_code("school_id", "", NULL, NULL), YJJH_PROBLEM_MISSING_VALUE);
    assert_int_equal(row_code("school_type", "", NULL, NULL), YJJH_PROBLEM_MISSING_VALUE);
    assert_int_equal(row_code("school_type", "college", NULL, NULL), YJJH_PROBLEM_UNKNOWN_SCHOOL_TYPE);
    assert_int_equal(row_code("ownership", "state", NULL, NULL), YJJH_PROBLEM_UNKNOWN_OWNERSHIP);
    assert_int_equal(row_code("location", "moon", NULL, NULL), YJJH_PROBLEM_UNKNOWN_LOCATION);
    assert_int_equal(row_code("junior_students", "100", NULL, NULL), YJJH_PROBLEM_STAGE_NOT_SERVED);
    assert_int_equal(row_code("junior_teachers_above_degree", "5", NULL, NULL), YJJH_PROBLEM_TEACHERS_WITHOUT_STUDENTS);
    {
        char *longer = with_field(ROW, "public_funds", "1,2"); /* a second row with a field more than the header */
        assert_int_equal(row_code(NULL, NULL, longer, NULL), YJJH_PROBLEM_TOO_MANY_FIELDS);
        free(longer);
    }
    assert_int_equal(row_code("school_name", "a\"b", NULL, NULL), YJJH_PROBLEM_CSV_SYNTAX);
    assert_int_equal(row_code("school_name", "\"open", NULL, NULL), YJJH_PROBLEM_CSV_SYNTAX);
    {
        char *second = with_field(ROW, "school_name", "again"); /* same school_id */
        assert_int_equal(row_code(NULL, NULL, second, NULL), YJJH_PROBLEM_DUPLICATE_ID);
        free(second);
    }
    {
        char *tp = with_field(ROW, "school_id", "2162030299");
        char *tp2 = with_field(tp, "school_type", "teaching_point");
        char *tp3 = with_field(tp2, "parent_id", "9999");
        char *tp4 = with_field(tp2, "primary_students", "20");
        assert_int_equal(row_code(NULL, NULL, tp4, MERGE), YJJH_PROBLEM_MISSING_PARENT);
        assert_int_equal(row_code(NULL, NULL, tp3, MERGE), YJJH_PROBLEM_UNKNOWN_PARENT);
        free(tp);
        free(tp2);
        free(tp3);
        free(tp4);
    }
    assert_int_equal(header_code("teaching_area", NULL), YJJH_PROBLEM_MISSING_COLUMN);
    assert_int_equal(header_code("school_id", NULL), YJJH_PROBLEM_MISSING_COLUMN);
    assert_int_equal(header_code("books", "teaching_area"), YJJH_PROBLEM_DUPLICATE_COLUMN);
    assert_int_equal(first_code("", 0, NULL, NULL), YJJH_PROBLEM_EMPTY_FILE);
    assert_int_equal(first_code("a,b\n1,\0\n", 8, NULL, NULL), YJJH_PROBLEM_NUL_BYTE);
    assert_int_equal(first_code("\xFF\xFE"
                                "a\0",
                                4, NULL, NULL),
                     YJJH_PROBLEM_UNSUPPORTED_ENCODING);
    assert_int_equal(first_code("a,b\n\xFF,1\n", 8, "utf-8", NULL), YJJH_PROBLEM_INVALID_ENCODING);
    assert_int_equal(first_code("a,b\n\xFF,1\n", 8, NULL, NULL), YJJH_PROBLEM_INVALID_ENCODING);
    assert_int_equal(first_code("a,b\n1,1\n", 8, "latin-9", NULL), YJJH_PROBLEM_UNKNOWN_ENCODING);
}

/* ---- facts ---------------------------------------------------------------------------------------- */

static yjjh_problem_code facts_code(const char *text)
{
    yjjh_diag *d = NULL;
    yjjh_facts *f = NULL;
    yjjh_problem_code code;
    assert_ok(yjjh_diag_new(&d));
    assert_int_equal(yjjh_facts_read_buffer(&f, text, strlen(text), "f", NULL, d), YJJH_E_INVALID_FACTS);
    assert_true(yjjh_diag_count(d) > 0);
    code = diag_entry(d, 0).code;
    print_message("  %s: %s\n", yjjh_problem_code_name(code), diag_entry(d, 0).message);
    yjjh_diag_free(d);
    return code;
}

static void test_facts(void **state)
{
    (void)state;
    assert_int_equal(facts_code("county_code,teacher_salary\n1,abc\n"), YJJH_PROBLEM_INVALID_FACT_VALUE);
    assert_int_equal(facts_code("county_code,teacher_salary\n1,5,6\n"), YJJH_PROBLEM_TOO_MANY_FIELDS);
    assert_int_equal(facts_code("county_code,teacher_salary,教师平均工资\n1,5,6\n"), YJJH_PROBLEM_DUPLICATE_COLUMN);
    assert_int_equal(facts_code("county_code,county_code\n1,1\n"), YJJH_PROBLEM_DUPLICATE_COLUMN);
    assert_int_equal(facts_code("teacher_salary\n5\n6\n"), YJJH_PROBLEM_MISSING_COUNTY_CODE);
    assert_int_equal(facts_code("county_code,teacher_salary\n1,5\n1,6\n"), YJJH_PROBLEM_DUPLICATE_COUNTY);
    assert_int_equal(facts_code("county_code,teacher_salary\n\"1,5\n"), YJJH_PROBLEM_CSV_SYNTAX);
    assert_int_equal(facts_code("{\"1\": {\"no_such_fact\": 1}}"), YJJH_PROBLEM_UNKNOWN_FACT);
    assert_int_equal(facts_code("{\"no_such_fact\": 1}"), YJJH_PROBLEM_UNKNOWN_FACT);
    assert_int_equal(facts_code("{\"1\": {\"teacher_salary\": 1, \"教师平均工资\": 2}}"), YJJH_PROBLEM_DUPLICATE_FACT);
    assert_int_equal(facts_code("{\"1\": {\"teacher_salary\": \"lots\"}}"), YJJH_PROBLEM_INVALID_FACT_VALUE);
    assert_int_equal(facts_code("{\"1\": {\"teacher_salary\": [1]}}"), YJJH_PROBLEM_INVALID_FACT_VALUE);
    assert_int_equal(facts_code("{\"1\": {}, \"1\": {}}"), YJJH_PROBLEM_DUPLICATE_COUNTY);
    assert_int_equal(facts_code("{\"1\": "), YJJH_PROBLEM_JSON_SYNTAX);
    assert_int_equal(facts_code("{} x"), YJJH_PROBLEM_JSON_SYNTAX);
    assert_int_equal(facts_code("[1]"), YJJH_PROBLEM_WRONG_TYPE);
    assert_int_equal(facts_code(" "), YJJH_PROBLEM_EMPTY_FILE);
}

/* ---- profiles ------------------------------------------------------------------------------------- */

static yjjh_problem_code profile_code(const char *json)
{
    yjjh_diag *d = NULL;
    yjjh_profile *p = NULL;
    yjjh_status s;
    yjjh_problem_code code;
    assert_ok(yjjh_diag_new(&d));
    s = yjjh_profile_load_json(&p, json, strlen(json), "p.json", d);
    assert_true(s == YJJH_E_INVALID_PROFILE || s == YJJH_E_UNKNOWN_PROFILE);
    assert_null(p);
    assert_true(yjjh_diag_count(d) > 0);
    code = diag_entry(d, 0).code;
    print_message("  %s: %s\n", yjjh_problem_code_name(code), diag_entry(d, 0).message);
    yjjh_diag_free(d);
    return code;
}

static void test_profiles(void **state)
{
    (void)state;
#define EXT "\"extends\": \"national-2017\""
    assert_int_equal(profile_code("{"), YJJH_PROBLEM_JSON_SYNTAX);
    assert_int_equal(profile_code("[]"), YJJH_PROBLEM_WRONG_TYPE);
    assert_int_equal(profile_code("{\"name\": \"a\"}"), YJJH_PROBLEM_MISSING_KEY);
    assert_int_equal(profile_code("{" EXT ", \"colour\": 1}"), YJJH_PROBLEM_UNKNOWN_KEY);
    assert_int_equal(profile_code("{" EXT ", " EXT "}"), YJJH_PROBLEM_DUPLICATE_KEY);
    assert_int_equal(profile_code("{\"extends\": \"no-such-profile\"}"), YJJH_PROBLEM_UNKNOWN_PROFILE);
    assert_int_equal(profile_code("{" EXT ", \"name\": 5}"), YJJH_PROBLEM_WRONG_TYPE);
    assert_int_equal(profile_code("{" EXT ", \"name\": \"\"}"), YJJH_PROBLEM_TOO_LONG);
    assert_int_equal(profile_code("{" EXT ", \"standards\": []}"), YJJH_PROBLEM_WRONG_TYPE);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"no_key\": 1}}"), YJJH_PROBLEM_UNKNOWN_KEY);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"cv_max\": {\"primary\": 1, \"primary\": 1}}}"),
                     YJJH_PROBLEM_DUPLICATE_KEY);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"cv_max\": 1}}"), YJJH_PROBLEM_WRONG_TYPE);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"cv_max\": {\"senior\": 1}}}"),
                     YJJH_PROBLEM_UNKNOWN_STAGE);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"composite_cv_max\": {\"primary\": 1}}}"),
                     YJJH_PROBLEM_NOT_APPLICABLE);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"school_min_met\": \"x\"}}"), YJJH_PROBLEM_WRONG_TYPE);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"school_min_met\": 6.5}}"), YJJH_PROBLEM_NOT_INTEGER);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"school_min_met\": 99}}"), YJJH_PROBLEM_OUT_OF_RANGE);
    assert_int_equal(profile_code("{" EXT ", \"standards\": {\"school_min_met\": -1}}"), YJJH_PROBLEM_OUT_OF_RANGE);
#undef EXT
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_names),   cmocka_unit_test(test_add_and_get), cmocka_unit_test(test_too_many),
        cmocka_unit_test(test_schools), cmocka_unit_test(test_facts),       cmocka_unit_test(test_profiles),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
