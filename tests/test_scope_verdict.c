/* SPDX-License-Identifier: MIT */
/* A county with nothing in scope (only private schools) cannot be assessed: its verdict is incomplete with the
 * reason no_schools_in_scope under the 2012 profile as under the 2017 one (indicators.md §7; issue 11 item 3). */
#include <math.h>
#include <string.h>
#include <yjjh/yjjh.h>
#include "yjjh_test.h"

static void check(const char *profile, int only_reason)
{
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
    yjjh_reason rs = YJJH_REASON_INIT;
    assert_ok(yjjh_schools_read_file(&t, YJJH_TEST_DATA_DIR "/verdict/private_only_2012.csv", NULL, NULL));
    assert_ok(yjjh_profile_builtin(&p, profile));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
    assert_ok(yjjh_result_county_get(&cs, r, 0));
    assert_int_equal(cs.verdict, YJJH_VERDICT_INCOMPLETE);
    if (only_reason) {
        assert_int_equal(cs.n_reasons, 1);
        assert_ok(yjjh_result_reason_get(&rs, r, 0, 0));
        assert_string_equal(rs.code, "no_schools_in_scope");
        assert_int_equal(rs.stage, YJJH_STAGE_NONE);
        assert_true(isnan(rs.value));
    }
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_2012(void **state)
{
    (void)state;
    check("national-2012-basic", 1);
}

static void test_2017(void **state)
{
    (void)state;
    check("national-2017", 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {cmocka_unit_test(test_2012), cmocka_unit_test(test_2017)};
    return cmocka_run_group_tests(tests, NULL, NULL);
}
