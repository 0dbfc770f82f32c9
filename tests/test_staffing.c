/* SPDX-License-Identifier: MIT */
/* Staffing calculator: 教职工与学生比 1:19 / 1:13.5 / 1:12.5 and 专任教师 share 91 % / 85 % (indicators.md §8).
 * Expected values by hand. */
#include <math.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static yjjh_profile *prof;

static int setup(void **state)
{
    (void)state;
    return yjjh_profile_builtin(&prof, "national-2017") == YJJH_OK ? 0 : -1;
}

static int teardown(void **state)
{
    (void)state;
    yjjh_profile_free(prof);
    return 0;
}

static yjjh_staffing calc(yjjh_stage s, double students, double staff, double fulltime)
{
    yjjh_staffing r = {YJJH_STAFFING_VERSION, 0, 0, 0, 0};
    assert_ok(yjjh_staffing_compute(&r, prof, s, students, staff, fulltime));
    return r;
}

static void test_primary_boundaries(void **state)
{
    yjjh_staffing r;
    (void)state;
    r = calc(YJJH_STAGE_PRIMARY, 190, NAN, NAN); /* 190 / 19 = 10 exactly */
    assert_true(r.staff_required == 10);
    assert_true(r.fulltime_required == 10); /* ceil(10 × 0.91 = 9.1) */
    assert_true(isnan(r.staff_shortfall) && isnan(r.fulltime_shortfall));
    r = calc(YJJH_STAGE_PRIMARY, 191, 10, 9); /* 191 / 19 = 10.05 → 11 */
    assert_true(r.staff_required == 11);
    assert_true(r.fulltime_required == 11); /* ceil(11 × 0.91 = 10.01) */
    assert_true(r.staff_shortfall == 1);
    assert_true(r.fulltime_shortfall == 2);
    r = calc(YJJH_STAGE_PRIMARY, 1900, 120, 100); /* 100 staff, 91 full-time; more than enough */
    assert_true(r.staff_required == 100 && r.fulltime_required == 91);
    assert_true(r.staff_shortfall == 0 && r.fulltime_shortfall == 0);
}

static void test_junior_and_senior(void **state)
{
    yjjh_staffing r;
    (void)state;
    r = calc(YJJH_STAGE_JUNIOR, 27, NAN, NAN); /* 27 / 13.5 = 2 */
    assert_true(r.staff_required == 2);
    assert_true(r.fulltime_required == 2);     /* ceil(1.7) */
    r = calc(YJJH_STAGE_JUNIOR, 1350, 99, 85); /* 100 staff, 85 full-time */
    assert_true(r.staff_required == 100 && r.fulltime_required == 85);
    assert_true(r.staff_shortfall == 1 && r.fulltime_shortfall == 0);
    r = calc(YJJH_STAGE_SENIOR, 125, 10, NAN); /* 125 / 12.5 = 10; no 专任 share for senior */
    assert_true(r.staff_required == 10 && isnan(r.fulltime_required) && r.staff_shortfall == 0);
    r = calc(YJJH_STAGE_JUNIOR, 0, 0, 0);
    assert_true(r.staff_required == 0 && r.fulltime_required == 0);
}

static void test_errors(void **state)
{
    yjjh_staffing r = {YJJH_STAFFING_VERSION, 0, 0, 0, 0};
    yjjh_staffing bad = {0, 0, 0, 0, 0};
    (void)state;
    assert_status(yjjh_staffing_compute(NULL, prof, YJJH_STAGE_PRIMARY, 1, 1, 1), YJJH_E_NULL_ARG);
    assert_status(yjjh_staffing_compute(&r, NULL, YJJH_STAGE_PRIMARY, 1, 1, 1), YJJH_E_NULL_ARG);
    assert_status(yjjh_staffing_compute(&bad, prof, YJJH_STAGE_PRIMARY, 1, 1, 1), YJJH_E_STRUCT_VERSION);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_NONE, 1, 1, 1), YJJH_E_BAD_STAGE);
    assert_status(yjjh_staffing_compute(&r, prof, (yjjh_stage)9, 1, 1, 1), YJJH_E_BAD_STAGE);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_PRIMARY, NAN, 1, 1), YJJH_E_NOT_FINITE);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_PRIMARY, INFINITY, 1, 1), YJJH_E_NOT_FINITE);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_PRIMARY, 1, INFINITY, 1), YJJH_E_NOT_FINITE);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_PRIMARY, -1, 1, 1), YJJH_E_NEGATIVE);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_PRIMARY, 1, -1, 1), YJJH_E_NEGATIVE);
    assert_status(yjjh_staffing_compute(&r, prof, YJJH_STAGE_PRIMARY, 1, 1, -1), YJJH_E_NEGATIVE);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_primary_boundaries),
        cmocka_unit_test(test_junior_and_senior),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
