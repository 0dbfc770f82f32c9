/* SPDX-License-Identifier: MIT */
/* Profiles as data: JSON loading, "extends" inheritance, validation errors naming the key path, the built-in
 * Gansu/Jinchang data profile, profile JSON output. Expected values are the spec's numbers (indicators.md §8). */
#include <stdio.h>
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static double lookup(const yjjh_profile *p, const char *key, yjjh_stage s)
{
    double v = -1;
    assert_ok(yjjh_standard_lookup(&v, p, key, s));
    return v;
}

/* Load JSON text; expect failure with one diag message containing `fragment`. */
static void expect_invalid(const char *json, yjjh_status expected, const char *fragment)
{
    yjjh_profile *p = (yjjh_profile *)1;
    yjjh_diag *d = NULL;
    int found = 0;
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_profile_load_json(&p, json, strlen(json), "t.json", d), expected);
    assert_null(p);
    for (size_t i = 0; i < yjjh_diag_count(d); i++)
        if (strstr(diag_entry(d, i).message, fragment))
            found = 1;
    if (!found) {
        for (size_t i = 0; i < yjjh_diag_count(d); i++)
            fprintf(stderr, "  diag: %s\n", diag_entry(d, i).message);
        fail_msg("no diag message contains \"%s\" for %s", fragment, json);
    }
    yjjh_diag_free(d);
}

static void test_gansu_builtin(void **state)
{
    yjjh_profile *p = NULL;
    int listed = 0;
    (void)state;
    for (size_t i = 0; i < yjjh_profile_builtin_count(); i++) {
        const char *name = NULL;
        assert_ok(yjjh_profile_builtin_get(&name, i));
        if (strcmp(name, "gansu-jinchang") == 0)
            listed = 1;
    }
    assert_true(listed);
    assert_ok(yjjh_profile_builtin(&p, "gansu-jinchang"));
    assert_string_equal(yjjh_profile_name(p), "gansu-jinchang");
    assert_true(lookup(p, "special_ed_funds_per_student", YJJH_STAGE_NONE) == 7000);
    assert_true(lookup(p, "quota_allocation_rate", YJJH_STAGE_NONE) == 0.60);
    /* everything else as national-2017 */
    assert_true(lookup(p, "R1", YJJH_STAGE_PRIMARY) == 4.2);
    assert_true(lookup(p, "cv_max", YJJH_STAGE_JUNIOR) == 0.45);
    assert_true(lookup(p, "migrant_public_rate", YJJH_STAGE_NONE) == 0.85);
    assert_int_equal(yjjh_profile_scheme(p), YJJH_SCHEME_QUALITY_2017);
    yjjh_profile_free(p);
}

static void test_inheritance_chain(void **state)
{
    yjjh_profile *p = NULL;
    yjjh_diag *d = NULL;
    (void)state;
    assert_ok(yjjh_diag_new(&d));
    assert_ok(yjjh_profile_load_file(&p, YJJH_TEST_DATA_DIR "/profiles/city_child.json", d));
    assert_int_equal(yjjh_diag_count(d), 0);
    assert_string_equal(yjjh_profile_name(p), "city-child");
    assert_string_equal(yjjh_profile_title(p), "某市方案");
    assert_true(lookup(p, "special_ed_funds_per_student", YJJH_STAGE_NONE) == 8000); /* child overrides parent */
    assert_true(lookup(p, "R4", YJJH_STAGE_PRIMARY) == 5.0);                         /* from the parent file */
    assert_true(lookup(p, "R4", YJJH_STAGE_JUNIOR) == 5.8);                          /* from national-2017 */
    assert_true(lookup(p, "cv_max", YJJH_STAGE_JUNIOR) == 0.40);
    assert_true(lookup(p, "cv_max", YJJH_STAGE_PRIMARY) == 0.50);
    assert_true(lookup(p, "teaching_points", YJJH_STAGE_NONE) == 2); /* merge, from the parent */
    assert_true(lookup(p, "cv_weighting", YJJH_STAGE_NONE) == 1);    /* unweighted */
    assert_true(lookup(p, "include_private", YJJH_STAGE_NONE) == 1);
    yjjh_profile_free(p);
    yjjh_diag_free(d);
}

static void test_name_defaults_to_file_name(void **state)
{
    yjjh_profile *p = NULL;
    (void)state;
    assert_ok(yjjh_profile_load_file(&p, YJJH_TEST_DATA_DIR "/profiles/base_province.json", NULL));
    assert_string_equal(yjjh_profile_name(p), "base-province");
    yjjh_profile_free(p);
    {
        const char *j = "{\"extends\":\"national-2012-basic\"}";
        assert_ok(yjjh_profile_load_json(&p, j, strlen(j), "dir/my-prov.json", NULL));
        assert_string_equal(yjjh_profile_name(p), "my-prov");
        assert_int_equal(yjjh_profile_scheme(p), YJJH_SCHEME_BASIC_2012);
        assert_true(lookup(p, "composite_cv_max", YJJH_STAGE_PRIMARY) == 0.65);
        yjjh_profile_free(p);
    }
}

static void test_validation_errors(void **state)
{
    (void)state;
    expect_invalid("{\"extends\":\"national-2017\",\"bogus\":1}", YJJH_E_INVALID_PROFILE, "bogus: unknown key");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"R9\":{\"primary\":1}}}", YJJH_E_INVALID_PROFILE,
                   "standards.R9: unknown key");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"R1\":{\"primary\":\"4.2\"}}}",
                   YJJH_E_INVALID_PROFILE, "standards.R1.primary: expected a number");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"cv_max\":{\"primary\":12}}}",
                   YJJH_E_INVALID_PROFILE, "standards.cv_max.primary: 12 is out of range [0, 10]");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"school_floor_ratio\":1.5}}", YJJH_E_INVALID_PROFILE,
                   "standards.school_floor_ratio: 1.5 is out of range");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"R1\":4.2}}", YJJH_E_INVALID_PROFILE,
                   "standards.R1: expected an object with per-stage values");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"R1\":{\"senior\":4.2}}}", YJJH_E_INVALID_PROFILE,
                   "standards.R1.senior: unknown stage");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"teaching_points\":\"sometimes\"}}",
                   YJJH_E_INVALID_PROFILE, "standards.teaching_points: expected a number or a switch name");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"school_min_met\":5.5}}", YJJH_E_INVALID_PROFILE,
                   "standards.school_min_met: 5.5 must be a whole number");
    expect_invalid("{\"extends\":\"national-2012-basic\",\"standards\":{\"R1\":{\"primary\":1}}}",
                   YJJH_E_INVALID_PROFILE, "standards.R1: does not apply");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"cv_max\":{\"primary\":0.5,\"primary\":0.4}}}",
                   YJJH_E_INVALID_PROFILE, "not valid JSON: duplicate object key near '\"primary\"'");
    expect_invalid("{\"extends\":\"national-2017\",\"name\":7}", YJJH_E_INVALID_PROFILE, "name: expected a string");
    expect_invalid("{\"standards\":{}}", YJJH_E_INVALID_PROFILE, "extends: required");
    expect_invalid("{\"extends\":\"national-1999\"}", YJJH_E_UNKNOWN_PROFILE, "national-1999");
    expect_invalid("{\"extends\": \"national-2017\",\n \"standards\": {\n", YJJH_E_INVALID_PROFILE, "not valid JSON");
    expect_invalid("[1,2]", YJJH_E_INVALID_PROFILE, "must be a JSON object");
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"cv_max\":{\"primary\":1e400}}}",
                   YJJH_E_INVALID_PROFILE, "not valid JSON: real number overflow near '1e400'");
    /* a number that underflows to zero is an error too, not 0 (data-format.md "number cells") */
    expect_invalid("{\"extends\":\"national-2017\",\"standards\":{\"cv_max\":{\"primary\":5e-400}}}",
                   YJJH_E_INVALID_PROFILE, "t.json:1: not valid JSON: number 5e-400 underflows to zero");
}

/* "extends" names a built-in profile or a file in the profile's own directory: no absolute path, no directory
 * part, no ".." (indicators.md §8; issue 11 item 10). */
static void test_extends_path_rule(void **state)
{
    static const char *const bad[] = {
        "/etc/passwd", "../../../../etc/passwd", "/proc/self/environ", "sub/parent.json", "..", ".", "..\\secret.json"};
    (void)state;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        char json[200], want[200];
        snprintf(json, sizeof json, "{\"extends\": \"%s\"}", bad[i]);
        for (char *q = json; *q; q++) /* the backslash of the last case, JSON-escaped */
            if (*q == '\\' && q[1] == 's') {
                memmove(q + 1, q, strlen(q) + 1);
                break;
            }
        snprintf(want, sizeof want, "extends: \"%s\" is not allowed", bad[i]);
        expect_invalid(json, YJJH_E_INVALID_PROFILE, want);
    }
}

static void test_several_errors_in_one_pass(void **state)
{
    const char *j = "{\"extends\":\"national-2017\",\"x\":1,\"standards\":{\"R1\":{\"primary\":-1},\"y\":2}}";
    yjjh_profile *p = NULL;
    yjjh_diag *d = NULL;
    (void)state;
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_profile_load_json(&p, j, strlen(j), "t.json", d), YJJH_E_INVALID_PROFILE);
    assert_int_equal(yjjh_diag_count(d), 3);
    yjjh_diag_free(d);
}

static void test_cycle_and_missing_file(void **state)
{
    yjjh_profile *p = NULL;
    yjjh_diag *d = NULL;
    (void)state;
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_profile_load_file(&p, YJJH_TEST_DATA_DIR "/profiles/cycle_a.json", d), YJJH_E_INVALID_PROFILE);
    assert_null(p);
    assert_true(yjjh_diag_count(d) >= 1);
    assert_status(yjjh_profile_load_file(&p, YJJH_TEST_DATA_DIR "/profiles/no_such_file.json", NULL), YJJH_E_IO_OPEN);
    assert_status(yjjh_profile_load_file(&p, YJJH_TEST_DATA_DIR "/profiles", NULL), YJJH_E_IO_READ);
    yjjh_diag_free(d);
}

static void test_null_arguments(void **state)
{
    yjjh_profile *p = NULL;
    char *s = NULL;
    (void)state;
    assert_status(yjjh_profile_load_json(NULL, "{}", 2, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_profile_load_json(&p, NULL, 2, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_profile_load_file(NULL, "x", NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_profile_load_file(&p, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_profile_to_json(NULL, p), YJJH_E_NULL_ARG);
    assert_status(yjjh_profile_to_json(&s, NULL), YJJH_E_NULL_ARG);
}

static void test_profile_json_has_merged_values(void **state)
{
    yjjh_profile *p = NULL;
    char *json = NULL;
    (void)state;
    assert_ok(yjjh_profile_builtin(&p, "gansu-jinchang"));
    assert_ok(yjjh_profile_to_json(&json, p));
    assert_non_null(strstr(json, "\"profile\":\"gansu-jinchang\""));
    assert_non_null(strstr(json, "\"key\":\"special_ed_funds_per_student\",\"stage\":null,\"value\":7000"));
    assert_non_null(strstr(json, "\"key\":\"R4\",\"stage\":\"primary\",\"value\":4.5"));
    yjjh_free(json);
    yjjh_profile_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_gansu_builtin),
        cmocka_unit_test(test_inheritance_chain),
        cmocka_unit_test(test_name_defaults_to_file_name),
        cmocka_unit_test(test_validation_errors),
        cmocka_unit_test(test_extends_path_rule),
        cmocka_unit_test(test_several_errors_in_one_pass),
        cmocka_unit_test(test_cycle_and_missing_file),
        cmocka_unit_test(test_null_arguments),
        cmocka_unit_test(test_profile_json_has_merged_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
