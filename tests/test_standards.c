/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_profile.h and yjjh_standards.h: built-in profiles and their standards tables (indicators.md §1–§8).
 * The expected numbers are copied from the spec here, not read from lib/params.def. */
#include <string.h>
#include "yjjh/yjjh.h"
#include "yjjh_test.h"

typedef struct spec_entry {
    const char *key;
    yjjh_stage stage;
    double value;
} spec_entry;

#define P YJJH_STAGE_PRIMARY
#define J YJJH_STAGE_JUNIOR
#define S YJJH_STAGE_SENIOR
#define N YJJH_STAGE_NONE

/* national-2017 (indicators.md §1–§8) */
static const spec_entry spec_2017[] = {
    {"R1", P, 4.2},
    {"R1", J, 5.3},
    {"R2", P, 1.0},
    {"R2", J, 1.0},
    {"R3", P, 0.9},
    {"R3", J, 0.9},
    {"R4", P, 4.5},
    {"R4", J, 5.8},
    {"R5", P, 7.5},
    {"R5", J, 10.2},
    {"R6", P, 2000},
    {"R6", J, 2500},
    {"R7", P, 2.3},
    {"R7", J, 2.4},
    {"cv_max", P, 0.50},
    {"cv_max", J, 0.45},
    {"school_min_met", N, 6},
    {"school_floor_ratio", N, 0.85},
    {"cv_weighting", N, 0},
    {"include_private", N, 0},
    {"teaching_points", N, 0},
    {"teaching_point_min_students", N, 50},
    {"stage_weight", P, 1.0},
    {"stage_weight", J, 1.1},
    {"stage_weight", S, 1.32},
    {"max_class_size", P, 45},
    {"max_class_size", J, 50},
    {"large_class_size", N, 55},
    {"super_large_class_size", N, 65},
    {"max_school_size", P, 2000},
    {"max_school_size", J, 2000},
    {"max_school_size_nine_year", N, 2500},
    {"staff_ratio", P, 19},
    {"staff_ratio", J, 13.5},
    {"staff_ratio", S, 12.5},
    {"fulltime_teacher_share", P, 0.91},
    {"fulltime_teacher_share", J, 0.85},
    {"classes_per_special_room", N, 12},
    {"music_room_min_area", N, 96},
    {"art_room_min_area", N, 90},
    {"small_school_funding_students", N, 100},
    {"special_ed_funds_per_student", N, 6000},
    {"training_360h_rate", N, 1.0},
    {"rotation_rate", N, 0.10},
    {"rotation_backbone_share", N, 0.20},
    {"certified_rate", N, 1.0},
    {"nearby_enrolment", P, 1.0},
    {"nearby_enrolment", J, 0.95},
    {"quota_allocation_rate", N, 0.50},
    {"migrant_public_rate", N, 0.85},
    {"junior_retention_rate", N, 0.95},
    {"disabled_enrolment_rate", N, 0.95},
    {"training_funds_share", N, 0.05},
    {"monitoring_level", N, 3},
    {"monitoring_school_gap", N, 0.15},
    {"social_recognition_rate", N, 0.85},
    {"basic_balance_years", N, 3},
    {"basic_cv_3y", P, 0.60},
    {"basic_cv_3y", J, 0.50},
};
#define N_2017 (sizeof spec_2017 / sizeof spec_2017[0])

static yjjh_profile *load(const char *name)
{
    yjjh_profile *p = NULL;
    assert_ok(yjjh_profile_builtin(&p, name));
    assert_non_null(p);
    return p;
}

static int is_2017_only(const char *key) { return key[0] == 'R' || strcmp(key, "cv_max") == 0; }

static const spec_entry *find_spec(const spec_entry *t, size_t n, const char *key, yjjh_stage st)
{
    for (size_t i = 0; i < n; i++)
        if (strcmp(t[i].key, key) == 0 && t[i].stage == st)
            return &t[i];
    return NULL;
}

static void test_builtin_list(void **state)
{
    const char *name = NULL;
    (void)state;
    assert_true(yjjh_profile_builtin_count() >= 2);
    assert_ok(yjjh_profile_builtin_get(&name, 0));
    assert_string_equal(name, "national-2017");
    assert_ok(yjjh_profile_builtin_get(&name, 1));
    assert_string_equal(name, "national-2012-basic");
    name = "untouched";
    assert_status(yjjh_profile_builtin_get(&name, yjjh_profile_builtin_count()), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_profile_builtin_get(&name, (size_t)-1), YJJH_E_OUT_OF_RANGE);
    assert_string_equal(name, "untouched");
    assert_status(yjjh_profile_builtin_get(NULL, 0), YJJH_E_NULL_ARG);
    /* every listed built-in can be created and carries its name */
    for (size_t i = 0; i < yjjh_profile_builtin_count(); i++) {
        yjjh_profile *p;
        assert_ok(yjjh_profile_builtin_get(&name, i));
        p = load(name);
        assert_string_equal(yjjh_profile_name(p), name);
        yjjh_profile_free(p);
    }
    yjjh_profile *p = (yjjh_profile *)&p;
    assert_status(yjjh_profile_builtin(&p, "national-2020"), YJJH_E_UNKNOWN_PROFILE);
    assert_null(p);
    assert_status(yjjh_profile_builtin(&p, ""), YJJH_E_UNKNOWN_PROFILE);
    assert_status(yjjh_profile_builtin(&p, "National-2017"), YJJH_E_UNKNOWN_PROFILE);
    p = (yjjh_profile *)&p;
    assert_status(yjjh_profile_builtin(&p, NULL), YJJH_E_NULL_ARG);
    assert_null(p);
    assert_status(yjjh_profile_builtin(NULL, "national-2017"), YJJH_E_NULL_ARG);
    yjjh_profile_free(NULL);
}

static void test_profile_properties(void **state)
{
    (void)state;
    yjjh_profile *q = load("national-2017"), *b = load("national-2012-basic");
    assert_string_equal(yjjh_profile_name(q), "national-2017");
    assert_string_equal(yjjh_profile_title(q), "县域义务教育优质均衡发展督导评估 (2017)");
    assert_string_equal(yjjh_profile_name(b), "national-2012-basic");
    assert_true(strstr(yjjh_profile_title(b), "基本均衡") != NULL);
    assert_int_equal(yjjh_profile_scheme(q), YJJH_SCHEME_QUALITY_2017);
    assert_int_equal(yjjh_profile_scheme(b), YJJH_SCHEME_BASIC_2012);
    assert_int_equal(yjjh_profile_indicator_count(q), 7);
    assert_int_equal(yjjh_profile_indicator_count(b), 8);
    static const char *rq[] = {"R1", "R2", "R3", "R4", "R5", "R6", "R7"};
    static const char *rb[] = {"B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8"};
    yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
    for (size_t k = 0; k < 7; k++) {
        assert_ok(yjjh_profile_indicator_get(&info, q, k));
        assert_string_equal(info.code, rq[k]);
    }
    for (size_t k = 0; k < 8; k++) {
        assert_ok(yjjh_profile_indicator_get(&info, b, k));
        assert_string_equal(info.code, rb[k]);
    }
    assert_status(yjjh_profile_indicator_get(&info, q, 7), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_profile_indicator_get(&info, b, 8), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_profile_indicator_get(NULL, q, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_profile_indicator_get(&info, NULL, 0), YJJH_E_NULL_ARG);
    info.version = 0;
    assert_status(yjjh_profile_indicator_get(&info, q, 0), YJJH_E_STRUCT_VERSION);
    /* NULL profile getters */
    assert_string_equal(yjjh_profile_name(NULL), "");
    assert_string_equal(yjjh_profile_title(NULL), "");
    assert_int_equal(yjjh_profile_scheme(NULL), YJJH_SCHEME_NONE);
    assert_int_equal(yjjh_profile_indicator_count(NULL), 0);
    assert_int_equal(yjjh_standard_count(NULL), 0);
    yjjh_profile_free(q);
    yjjh_profile_free(b);
}

static void test_lookup_2017(void **state)
{
    (void)state;
    yjjh_profile *q = load("national-2017");
    for (size_t i = 0; i < N_2017; i++) {
        double v = -1;
        assert_ok(yjjh_standard_lookup(&v, q, spec_2017[i].key, spec_2017[i].stage));
        if (v != spec_2017[i].value)
            fail_msg("%s/%s = %.17g, spec %.17g", spec_2017[i].key, yjjh_stage_name(spec_2017[i].stage), v,
                     spec_2017[i].value);
    }
    double v = 5.0;
    assert_status(yjjh_standard_lookup(&v, q, "composite_cv_max", P), YJJH_E_NOT_APPLICABLE);
    assert_status(yjjh_standard_lookup(&v, q, "no_such_key", N), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_standard_lookup(&v, q, "r1", P), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_standard_lookup(&v, q, "", N), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_standard_lookup(&v, q, "R1", N), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(&v, q, "R1", S), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(&v, q, "cv_max", S), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(&v, q, "school_min_met", P), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(&v, q, "stage_weight", N), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(&v, q, "R1", (yjjh_stage)42), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(NULL, q, "R1", P), YJJH_E_NULL_ARG);
    assert_status(yjjh_standard_lookup(&v, NULL, "R1", P), YJJH_E_NULL_ARG);
    assert_status(yjjh_standard_lookup(&v, q, NULL, P), YJJH_E_NULL_ARG);
    assert_true(v == 5.0);
    yjjh_profile_free(q);
}

static void test_lookup_2012(void **state)
{
    (void)state;
    yjjh_profile *b = load("national-2012-basic");
    double v = 5.0;
    for (size_t i = 0; i < N_2017; i++) {
        const spec_entry *e = &spec_2017[i];
        if (is_2017_only(e->key)) {
            assert_status(yjjh_standard_lookup(&v, b, e->key, e->stage), YJJH_E_NOT_APPLICABLE);
            continue;
        }
        assert_ok(yjjh_standard_lookup(&v, b, e->key, e->stage));
        double expect = strcmp(e->key, "teaching_points") == 0 ? 1.0 /* exclude */ : e->value;
        if (v != expect)
            fail_msg("2012 %s/%s = %.17g, expected %.17g", e->key, yjjh_stage_name(e->stage), v, expect);
    }
    assert_ok(yjjh_standard_lookup(&v, b, "composite_cv_max", P));
    assert_true(v == 0.65);
    assert_ok(yjjh_standard_lookup(&v, b, "composite_cv_max", J));
    assert_true(v == 0.55);
    v = 5.0;
    assert_status(yjjh_standard_lookup(&v, b, "R1", P), YJJH_E_NOT_APPLICABLE);
    assert_status(yjjh_standard_lookup(&v, b, "R1", N), YJJH_E_NOT_APPLICABLE);
    assert_status(yjjh_standard_lookup(&v, b, "cv_max", J), YJJH_E_NOT_APPLICABLE);
    assert_status(yjjh_standard_lookup(&v, b, "composite_cv_max", N), YJJH_E_BAD_STAGE);
    assert_status(yjjh_standard_lookup(&v, b, "B1", P), YJJH_E_UNKNOWN_CODE); /* indicators have no per-school min */
    assert_true(v == 5.0);
    yjjh_profile_free(b);
}

static void check_table(const yjjh_profile *p, size_t expect_count, int is_2012)
{
    assert_int_equal(yjjh_standard_count(p), expect_count);
    for (size_t i = 0; i < expect_count; i++) {
        yjjh_standard st = YJJH_STANDARD_INIT;
        assert_ok(yjjh_standard_get(&st, p, i));
        assert_non_null(st.key);
        assert_true(st.unit && st.name_zh && st.name_zh[0] && st.name_en && st.name_en[0]);
        assert_true(st.kind == YJJH_STANDARD_KIND_MINIMUM || st.kind == YJJH_STANDARD_KIND_MAXIMUM ||
                    st.kind == YJJH_STANDARD_KIND_PARAMETER || st.kind == YJJH_STANDARD_KIND_SWITCH);
        if (st.key[0] == 'R')
            assert_int_equal(st.kind, YJJH_STANDARD_KIND_MINIMUM);
        if (strcmp(st.key, "cv_max") == 0 || strcmp(st.key, "composite_cv_max") == 0 ||
            strcmp(st.key, "max_class_size") == 0)
            assert_int_equal(st.kind, YJJH_STANDARD_KIND_MAXIMUM);
        if (strcmp(st.key, "teaching_points") == 0 || strcmp(st.key, "cv_weighting") == 0 ||
            strcmp(st.key, "include_private") == 0)
            assert_int_equal(st.kind, YJJH_STANDARD_KIND_SWITCH);
        if (strcmp(st.key, "school_floor_ratio") == 0 || strcmp(st.key, "stage_weight") == 0)
            assert_int_equal(st.kind, YJJH_STANDARD_KIND_PARAMETER);
        double v;
        assert_ok(yjjh_standard_lookup(&v, p, st.key, st.stage));
        assert_true(v == st.value);
        if (strcmp(st.key, "composite_cv_max") == 0) {
            assert_true(is_2012);
            continue;
        }
        const spec_entry *e = find_spec(spec_2017, N_2017, st.key, st.stage);
        if (!e)
            fail_msg("entry %s/%s is not in the spec table of this test", st.key, yjjh_stage_name(st.stage));
        if (is_2012)
            assert_false(is_2017_only(st.key));
    }
    yjjh_standard st = YJJH_STANDARD_INIT;
    assert_status(yjjh_standard_get(&st, p, expect_count), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_standard_get(NULL, p, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_standard_get(&st, NULL, 0), YJJH_E_NULL_ARG);
    st.version = 2;
    assert_status(yjjh_standard_get(&st, p, 0), YJJH_E_STRUCT_VERSION);
    assert_null(st.key);
}

static void test_standard_tables(void **state)
{
    (void)state;
    yjjh_profile *q = load("national-2017"), *b = load("national-2012-basic");
    /* 2017: every spec entry; 2012: without R1–R7 (14) and cv_max (2), with composite_cv_max (2) */
    check_table(q, N_2017, 0);
    check_table(b, N_2017 - 14 - 2 + 2, 1);
    /* first entry is R1 primary (params order = table order) */
    yjjh_standard st = YJJH_STANDARD_INIT;
    assert_ok(yjjh_standard_get(&st, q, 0));
    assert_string_equal(st.key, "R1");
    assert_int_equal(st.stage, P);
    assert_int_equal(st.kind, YJJH_STANDARD_KIND_MINIMUM);
    yjjh_profile_free(q);
    yjjh_profile_free(b);
}

/* The minimums R1–R7 of the standards table carry the names and units of the indicator catalogue; R1's English
 * name is the one exception, kept as the standards table has always printed it. */
static void test_standard_names_follow_indicators(void **state)
{
    (void)state;
    yjjh_profile *q = load("national-2017");
    size_t seen = 0;
    for (size_t i = 0; i < yjjh_standard_count(q); i++) {
        yjjh_standard st = YJJH_STANDARD_INIT;
        yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
        assert_ok(yjjh_standard_get(&st, q, i));
        if (st.key[0] != 'R')
            continue;
        seen++;
        assert_ok(yjjh_indicator_lookup(&info, st.key));
        assert_string_equal(st.name_zh, info.name_zh);
        assert_string_equal(st.unit, info.unit);
        assert_string_equal(st.name_en, info.name_en);
        if (strcmp(st.key, "R1") == 0) /* 0.1 spelled it without "the" in the standards table only */
            assert_string_equal(st.name_en, "teachers above the required degree per 100 students");
    }
    assert_int_equal(seen, 14); /* R1–R7, primary and junior */
    yjjh_standard st = YJJH_STANDARD_INIT;
    assert_ok(yjjh_standard_get(&st, q, 6)); /* R4 primary */
    assert_string_equal(st.key, "R4");
    assert_string_equal(st.name_zh, "生均教学及辅助用房面积");
    assert_string_equal(st.unit, "m²/student");
    yjjh_profile_free(q);
}

static void test_enum_names(void **state)
{
    (void)state;
    /* pinned values (yjjh_profile.h, yjjh_standards.h) and the texts of `yjjh standards` and the profile JSON */
    assert_int_equal(YJJH_SCHEME_NONE, 0);
    assert_int_equal(YJJH_SCHEME_QUALITY_2017, 1);
    assert_int_equal(YJJH_SCHEME_BASIC_2012, 2);
    assert_string_equal(yjjh_scheme_name(YJJH_SCHEME_QUALITY_2017), "quality_2017");
    assert_string_equal(yjjh_scheme_name(YJJH_SCHEME_BASIC_2012), "basic_2012");
    assert_string_equal(yjjh_scheme_name(YJJH_SCHEME_NONE), "none");
    assert_string_equal(yjjh_scheme_name((yjjh_scheme)99), "none");
    assert_int_equal(YJJH_STANDARD_KIND_MINIMUM, 0);
    assert_int_equal(YJJH_STANDARD_KIND_MAXIMUM, 1);
    assert_int_equal(YJJH_STANDARD_KIND_PARAMETER, 2);
    assert_int_equal(YJJH_STANDARD_KIND_SWITCH, 3);
    assert_string_equal(yjjh_standard_kind_name(YJJH_STANDARD_KIND_MINIMUM), "minimum");
    assert_string_equal(yjjh_standard_kind_name(YJJH_STANDARD_KIND_MAXIMUM), "maximum");
    assert_string_equal(yjjh_standard_kind_name(YJJH_STANDARD_KIND_PARAMETER), "parameter");
    assert_string_equal(yjjh_standard_kind_name(YJJH_STANDARD_KIND_SWITCH), "switch");
    assert_string_equal(yjjh_standard_kind_name((yjjh_standard_kind)-1), "unknown");
    assert_string_equal(yjjh_standard_kind_name((yjjh_standard_kind)4), "unknown");
}

static void test_profiles_are_independent(void **state)
{
    (void)state;
    yjjh_profile *a = load("national-2017"), *c = load("national-2017");
    assert_ptr_not_equal(a, c);
    yjjh_profile_free(a);
    double v;
    assert_ok(yjjh_standard_lookup(&v, c, "R4", J));
    assert_true(v == 5.8);
    yjjh_profile_free(c);
}

static void test_tolerance(void **state)
{
    (void)state;
    assert_int_equal(yjjh_standard_meets_min(4.5, 4.5), 1);
    assert_int_equal(yjjh_standard_meets_min(4.5 * (1 - 0.5e-9), 4.5), 1); /* rounding noise */
    assert_int_equal(yjjh_standard_meets_min(4.5 * (1 - 2e-9), 4.5), 0);
    assert_int_equal(yjjh_standard_meets_min(4.49, 4.5), 0);
    assert_int_equal(yjjh_standard_meets_min(9.0 / 1000 * 100, 0.9), 1); /* 0.8999999999999999 */
    assert_int_equal(yjjh_standard_meets_min(0.0, 0.0), 1);
    assert_int_equal(yjjh_standard_meets_min(-1.0, -1.0), 1);
    assert_int_equal(yjjh_standard_meets_min(-1.0 - 0.5e-9, -1.0), 1); /* |t| */
    assert_int_equal(yjjh_standard_meets_min(-1.0 - 2e-9, -1.0), 0);
    assert_int_equal(yjjh_standard_meets_min(NAN, 1.0), 0);
    assert_int_equal(yjjh_standard_meets_min(1.0, NAN), 0);
    assert_int_equal(yjjh_standard_within_max(0.50, 0.50), 1);
    assert_int_equal(yjjh_standard_within_max(0.50 * (1 + 0.5e-9), 0.50), 1);
    assert_int_equal(yjjh_standard_within_max(0.50 * (1 + 2e-9), 0.50), 0);
    assert_int_equal(yjjh_standard_within_max(0.4, 0.45), 1);
    assert_int_equal(yjjh_standard_within_max(0.451, 0.45), 0);
    assert_int_equal(yjjh_standard_within_max(NAN, 0.45), 0);
    assert_int_equal(yjjh_standard_within_max(0.1, NAN), 0);
    assert_int_equal(yjjh_standard_within_max(-INFINITY, 0.45), 1);
    assert_int_equal(yjjh_standard_meets_min(INFINITY, 4.5), 1);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_builtin_list),    cmocka_unit_test(test_profile_properties),
        cmocka_unit_test(test_lookup_2017),     cmocka_unit_test(test_lookup_2012),
        cmocka_unit_test(test_standard_tables), cmocka_unit_test(test_standard_names_follow_indicators),
        cmocka_unit_test(test_enum_names),      cmocka_unit_test(test_profiles_are_independent),
        cmocka_unit_test(test_tolerance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
