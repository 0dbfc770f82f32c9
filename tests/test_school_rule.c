/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_school_rule_apply() (indicators.md §3, §9). Expected values by hand calculation. */
#include <string.h>
#include "yjjh/yjjh.h"
#include "yjjh_test.h"

static int setup(void **state)
{
    yjjh_profile *p = NULL;
    if (yjjh_profile_builtin(&p, "national-2017") != YJJH_OK)
        return -1;
    *state = p;
    return 0;
}

static int teardown(void **state)
{
    yjjh_profile_free(*state);
    return 0;
}

/* The result and its seven indicators, gathered per field so the checks read r.value[k], r.met[k], … */
typedef struct rule_run {
    unsigned int version;
    size_t n_indicators;
    double value[7], standard[7], ratio[7], shortfall[7];
    int met[7], above_floor[7];
    unsigned int met_count;
    int passed;
} rule_run;

static rule_run run(const yjjh_profile *p, yjjh_stage st, double students, const double *a)
{
    yjjh_rule_result r = YJJH_RULE_RESULT_INIT;
    yjjh_rule_indicator ind[7];
    yjjh_rule_result only = YJJH_RULE_RESULT_INIT;
    rule_run out;
    for (int k = 0; k < 7; k++) {
        yjjh_rule_indicator init = YJJH_RULE_INDICATOR_INIT;
        ind[k] = init;
    }
    assert_ok(yjjh_school_rule_apply(&r, ind, 7, p, st, students, a, 7));
    /* without the indicators (n_out 0): the same summary */
    assert_ok(yjjh_school_rule_apply(&only, NULL, 0, p, st, students, a, 7));
    assert_int_equal(only.n_indicators, r.n_indicators);
    assert_int_equal(only.met_count, r.met_count);
    assert_int_equal(only.passed, r.passed);
    out.version = r.version;
    out.n_indicators = r.n_indicators;
    out.met_count = r.met_count;
    out.passed = r.passed;
    for (int k = 0; k < 7; k++) {
        assert_int_equal(ind[k].version, YJJH_RULE_INDICATOR_VERSION);
        out.value[k] = ind[k].value;
        out.standard[k] = ind[k].standard;
        out.ratio[k] = ind[k].ratio;
        out.shortfall[k] = ind[k].shortfall;
        out.met[k] = ind[k].met;
        out.above_floor[k] = ind[k].above_floor;
    }
    return out;
}

/* Amounts exactly on every standard for P = 1000 (R1–R3, R7 teachers/rooms; R4, R5 m²; R6 元). */
static const double on_primary[7] = {42, 10, 9, 4500, 7500, 2000.0 * 1000, 23};
static const double on_junior[7] = {53, 10, 9, 5800, 10200, 2500.0 * 1000, 24};

static void test_exactly_on_thresholds(void **state)
{
    const yjjh_profile *p = *state;
    const double std_p[7] = {4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3}, std_j[7] = {5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4};
    for (int s = 0; s < 2; s++) {
        rule_run r = run(p, s ? YJJH_STAGE_JUNIOR : YJJH_STAGE_PRIMARY, 1000, s ? on_junior : on_primary);
        const double *std = s ? std_j : std_p;
        assert_int_equal(r.n_indicators, 7);
        for (int k = 0; k < 7; k++) {
            assert_true(r.value[k] == std[k]);
            assert_true(r.standard[k] == std[k]);
            assert_int_equal(r.met[k], 1);
            assert_int_equal(r.above_floor[k], 1);
            assert_close(r.ratio[k], 1.0, 1e-15, 0);
            assert_true(r.shortfall[k] == 0.0);
        }
        assert_int_equal(r.met_count, 7);
        assert_int_equal(r.passed, 1);
        assert_int_equal(r.version, YJJH_RULE_RESULT_VERSION);
    }
    /* equipment exactly 2000 × P for an odd enrolment */
    double a[7];
    memcpy(a, on_primary, sizeof a);
    for (int k = 0; k < 7; k++)
        a[k] = a[k] * 1237.0 / 1000.0;
    a[0] = 52; /* 4.2 × 12.37 = 51.954 → 52 teachers */
    a[1] = 13;
    a[2] = 12;
    a[6] = 29;
    a[5] = 2000.0 * 1237;
    rule_run r = run(p, YJJH_STAGE_PRIMARY, 1237, a);
    assert_int_equal(r.met[5], 1);
    assert_int_equal(r.met_count, 7);
}

static void test_worked_example_school_b(void **state)
{
    const yjjh_profile *p = *state;
    /* §9 school B: 500 primary students, teaching_area 2000 → R4 = 4.0 < 4.5, ratio 0.889 ≥ 0.85,
     * shortfall 4.5 × 500 − 2000 = 250 m². The other six meet their standards. */
    const double a[7] = {21, 5, 5, 2000, 3750, 1000000, 12};
    rule_run r = run(p, YJJH_STAGE_PRIMARY, 500, a);
    assert_true(r.value[3] == 4.0);
    assert_int_equal(r.met[3], 0);
    assert_int_equal(r.above_floor[3], 1);
    assert_close(r.ratio[3], 4.0 / 4.5, 1e-15, 0);
    assert_close(r.ratio[3], 0.889, 0, 0.0005);
    assert_true(r.shortfall[3] == 250.0);
    assert_int_equal(r.met_count, 6);
    assert_int_equal(r.passed, 1);
    for (int k = 0; k < 7; k++)
        if (k != 3)
            assert_true(r.shortfall[k] == 0.0);
}

static void test_floor_both_sides(void **state)
{
    const yjjh_profile *p = *state;
    double a[7];
    memcpy(a, on_primary, sizeof a);
    /* R4 at exactly 85 %: 0.85 × 4.5 × 1000 = 3825 m² → at the floor, passes with 6 of 7 */
    a[3] = 3825;
    rule_run r = run(p, YJJH_STAGE_PRIMARY, 1000, a);
    assert_int_equal(r.met[3], 0);
    assert_int_equal(r.above_floor[3], 1);
    assert_int_equal(r.met_count, 6);
    assert_int_equal(r.passed, 1);
    assert_true(r.shortfall[3] == 675.0);
    /* one m² less: below the floor → fails although 6 of 7 are met */
    a[3] = 3824;
    r = run(p, YJJH_STAGE_PRIMARY, 1000, a);
    assert_int_equal(r.above_floor[3], 0);
    assert_int_equal(r.met_count, 6);
    assert_int_equal(r.passed, 0);
    /* teachers: R3 0.9 × 0.85 = 0.765 per 100; P = 2000 → 15.3 teachers; 16 is above, 15 below */
    memcpy(a, on_primary, sizeof a);
    for (int k = 0; k < 7; k++)
        a[k] *= 2;
    a[2] = 16;
    r = run(p, YJJH_STAGE_PRIMARY, 2000, a);
    assert_int_equal(r.met[2], 0);
    assert_int_equal(r.above_floor[2], 1);
    assert_int_equal(r.passed, 1);
    assert_true(r.shortfall[2] == 2.0); /* 18 needed */
    a[2] = 15;
    r = run(p, YJJH_STAGE_PRIMARY, 2000, a);
    assert_int_equal(r.above_floor[2], 0);
    assert_int_equal(r.passed, 0);
    /* junior R5: 0.85 × 10.2 × 1000 = 8670 m² */
    memcpy(a, on_junior, sizeof a);
    a[4] = 8670;
    r = run(p, YJJH_STAGE_JUNIOR, 1000, a);
    assert_int_equal(r.above_floor[4], 1);
    assert_int_equal(r.passed, 1);
    a[4] = 8669;
    r = run(p, YJJH_STAGE_JUNIOR, 1000, a);
    assert_int_equal(r.above_floor[4], 0);
    assert_int_equal(r.passed, 0);
}

static void test_two_unmet_fails(void **state)
{
    const yjjh_profile *p = *state;
    double a[7];
    memcpy(a, on_junior, sizeof a);
    a[0] = 50; /* 5.0 < 5.3, above 85 % */
    a[6] = 23; /* 2.3 < 2.4 */
    rule_run r = run(p, YJJH_STAGE_JUNIOR, 1000, a);
    assert_int_equal(r.met_count, 5);
    assert_int_equal(r.above_floor[0] && r.above_floor[6], 1);
    assert_int_equal(r.passed, 0);
    assert_true(r.shortfall[0] == 3.0);
    assert_true(r.shortfall[6] == 1.0);
}

static void test_shortfall_rounding(void **state)
{
    const yjjh_profile *p = *state;
    double a[7];
    /* R1 primary, P = 1010: 4.2 × 10.1 = 42.42 teachers needed, 40 present → 2.42 → 3 teachers */
    for (int k = 0; k < 7; k++)
        a[k] = on_primary[k] * 1010.0 / 1000.0;
    a[0] = 40;
    a[1] = 11;
    a[2] = 10;
    a[6] = 24;
    rule_run r = run(p, YJJH_STAGE_PRIMARY, 1010, a);
    assert_int_equal(r.met[0], 0);
    assert_true(r.shortfall[0] == 3.0);
    /* 41 of 42 needed for P = 1000: exactly 1, not 2 (4.2 × 1000 / 100 carries rounding noise) */
    memcpy(a, on_primary, sizeof a);
    a[0] = 41;
    r = run(p, YJJH_STAGE_PRIMARY, 1000, a);
    assert_true(r.shortfall[0] == 1.0);
    /* R3: 0.9 × 30 / 100 = 0.27 → a tiny school without a PE/art teacher needs 1 */
    const double tiny[7] = {2, 1, 0, 135, 225, 60000, 1};
    r = run(p, YJJH_STAGE_PRIMARY, 30, tiny);
    assert_int_equal(r.met[2], 0);
    assert_true(r.shortfall[2] == 1.0);
    assert_int_equal(r.above_floor[2], 0);
    assert_int_equal(r.passed, 0);
    /* R7 rooms: 23 needed for P = 1000, 20 present → 3 rooms; fractional split rooms round up too */
    memcpy(a, on_primary, sizeof a);
    a[6] = 20;
    r = run(p, YJJH_STAGE_PRIMARY, 1000, a);
    assert_true(r.shortfall[6] == 3.0);
    a[6] = 21.4;
    r = run(p, YJJH_STAGE_PRIMARY, 1000, a);
    assert_true(r.shortfall[6] == 2.0); /* 1.6 → 2 */
    /* R6: 元 are not rounded: 2000 × 1000 − 1 500 000.5 = 499 999.5 */
    memcpy(a, on_primary, sizeof a);
    a[5] = 1500000.5;
    r = run(p, YJJH_STAGE_PRIMARY, 1000, a);
    assert_true(r.shortfall[5] == 499999.5);
    /* R5: m² not rounded: 7.5 × 333 = 2497.5, 2400 present → 97.5 */
    for (int k = 0; k < 7; k++)
        a[k] = 1e9; /* everything else far above */
    a[4] = 2400;
    r = run(p, YJJH_STAGE_PRIMARY, 333, a);
    assert_close(r.shortfall[4], 97.5, 1e-12, 0);
    assert_int_equal(r.met_count, 6);
}

static void test_statuses(void **state)
{
    const yjjh_profile *p = *state;
    yjjh_rule_result r;
    memset(&r, 0, sizeof r);
    r.version = YJJH_RULE_RESULT_VERSION;
    r.met_count = 99;
    const double *a = on_primary;
    assert_status(yjjh_school_rule_apply(NULL, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_NULL_ARG);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, NULL, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_NULL_ARG);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, NULL, 7), YJJH_E_NULL_ARG);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_NONE, 1000, a, 7), YJJH_E_BAD_STAGE);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_SENIOR, 1000, a, 7), YJJH_E_BAD_STAGE);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, (yjjh_stage)17, 1000, a, 7), YJJH_E_BAD_STAGE);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, a, 6), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, a, 8), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 0, a, 7), YJJH_E_ZERO_STUDENTS);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, -10, a, 7), YJJH_E_ZERO_STUDENTS);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, NAN, a, 7), YJJH_E_NOT_FINITE);
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, INFINITY, a, 7), YJJH_E_NOT_FINITE);
    double bad[7];
    memcpy(bad, on_primary, sizeof bad);
    bad[4] = NAN;
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, bad, 7), YJJH_E_NOT_FINITE);
    bad[4] = -1;
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, bad, 7), YJJH_E_NEGATIVE);
    bad[4] = 1e308;
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, p, YJJH_STAGE_PRIMARY, 1e-300, bad, 7), YJJH_E_OVERFLOW);
    yjjh_rule_result v0 = r;
    v0.version = 0;
    assert_status(yjjh_school_rule_apply(&v0, NULL, 0, p, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_STRUCT_VERSION);
    assert_int_equal(r.met_count, 99); /* untouched on every error */

    yjjh_profile *basic = NULL;
    assert_ok(yjjh_profile_builtin(&basic, "national-2012-basic"));
    const double eight[8] = {1, 1, 1, 1, 1, 1, 1, 1};
    assert_status(yjjh_school_rule_apply(&r, NULL, 0, basic, YJJH_STAGE_PRIMARY, 1000, eight, 8),
                  YJJH_E_NOT_APPLICABLE);
    yjjh_profile_free(basic);
    assert_int_equal(r.met_count, 99);
}

/* The indicator outputs: n_out 0 or n_amounts, each element with its version; untouched on error. */
static void test_indicator_outputs(void **state)
{
    const yjjh_profile *p = *state;
    yjjh_rule_result r = YJJH_RULE_RESULT_INIT;
    yjjh_rule_indicator ind[8];
    const double *a = on_primary;
    for (int k = 0; k < 8; k++) {
        yjjh_rule_indicator init = YJJH_RULE_INDICATOR_INIT;
        ind[k] = init;
        ind[k].value = -1;
    }
    r.met_count = 99;
    assert_status(yjjh_school_rule_apply(&r, NULL, 7, p, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_NULL_ARG);
    assert_status(yjjh_school_rule_apply(&r, ind, 6, p, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_school_rule_apply(&r, ind, 8, p, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_LENGTH_MISMATCH);
    ind[6].version = YJJH_RULE_INDICATOR_VERSION + 1;
    assert_status(yjjh_school_rule_apply(&r, ind, 7, p, YJJH_STAGE_PRIMARY, 1000, a, 7), YJJH_E_STRUCT_VERSION);
    assert_int_equal(r.met_count, 99);
    for (int k = 0; k < 8; k++)
        assert_true(ind[k].value == -1);
    ind[6].version = YJJH_RULE_INDICATOR_VERSION;
    assert_ok(yjjh_school_rule_apply(&r, ind, 7, p, YJJH_STAGE_PRIMARY, 1000, a, 7));
    assert_true(ind[0].value == 4.2); /* 42 × 100 / 1000 */
    assert_true(ind[6].value == 2.3); /* 23 × 100 / 1000 */
    assert_true(ind[7].value == -1);  /* beyond n_out: untouched */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_exactly_on_thresholds), cmocka_unit_test(test_worked_example_school_b),
        cmocka_unit_test(test_floor_both_sides),      cmocka_unit_test(test_two_unmet_fails),
        cmocka_unit_test(test_shortfall_rounding),    cmocka_unit_test(test_statuses),
        cmocka_unit_test(test_indicator_outputs),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
