/* SPDX-License-Identifier: MIT */
/* The display rules of the reports (lib/report/display.h, docs/reports.md), on every kind of threshold, with
 * the bad cases of issue 14: an unmet value never printed equal to (or beyond) its standard ("4.500 < 4.5",
 * "2000.00 < 2000", "0.500 > 0.50"), ratios rounded and not truncated ("88%" for 0.889), shortfalls rounded up
 * and printed one way. Expected texts worked out by hand from the decimal expansions. */
#include <math.h>
#include <string.h>

#include "yjjh_test.h"
#include "common/display.h"

#define BUF YJJH__DISP_BUF

static void test_compare_text(void **state)
{
    (void)state;
    assert_int_equal(yjjh__disp_cmp_text("4.500", "4.5"), 0);
    assert_int_equal(yjjh__disp_cmp_text("4.49999", "4.5"), -1);
    assert_int_equal(yjjh__disp_cmp_text("0.50004", "0.50"), 1);
    assert_int_equal(yjjh__disp_cmp_text("10", "9.99"), 1);
    assert_int_equal(yjjh__disp_cmp_text("2000.00", "2000"), 0);
    assert_int_equal(yjjh__disp_cmp_text("-0.00", "0"), 0);
    assert_int_equal(yjjh__disp_cmp_text("-1.5", "1"), -1);
    assert_int_equal(yjjh__disp_cmp_text("-2", "-1.5"), -1);
    assert_int_equal(yjjh__disp_cmp_text("007.1", "7.10"), 0);
}

static void test_standard_text(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_standard(b, sizeof b, 4.5, 0);
    assert_string_equal(b, "4.5");
    yjjh__disp_standard(b, sizeof b, 2000, 0);
    assert_string_equal(b, "2000");
    yjjh__disp_standard(b, sizeof b, 0.5, 2); /* a CV limit keeps two decimals */
    assert_string_equal(b, "0.50");
    yjjh__disp_standard(b, sizeof b, 0.45, 2);
    assert_string_equal(b, "0.45");
    yjjh__disp_standard(b, sizeof b, 0.1 + 0.2, 0); /* never rounded: it reads back as itself */
    assert_string_equal(b, "0.30000000000000004");
    yjjh__disp_standard(b, sizeof b, 0.6, 2);
    assert_string_equal(b, "0.60");
    yjjh__disp_standard(b, sizeof b, 10.2, 2);
    assert_string_equal(b, "10.20");
    yjjh__disp_standard(b, sizeof b, 2500, 2);
    assert_string_equal(b, "2500.00");
    yjjh__disp_standard(b, sizeof b, NAN, 0);
    assert_string_equal(b, "-");
}

/* minimums (R1–R7, per school): 2 decimals, more while they would hide the miss */
static void test_minimum(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_against(b, sizeof b, 4.49999, 4.5, 0, YJJH__DIR_MIN, 0, 2); /* not "4.50" nor "4.500" */
    assert_string_equal(b, "4.49999");
    yjjh__disp_against(b, sizeof b, 4.4999999, 4.5, 0, YJJH__DIR_MIN, 0, 2);
    assert_string_equal(b, "4.4999999");
    yjjh__disp_against(b, sizeof b, 1999.996, 2000, 0, YJJH__DIR_MIN, 0, 2); /* not "2000.00" */
    assert_string_equal(b, "1999.996");
    yjjh__disp_against(b, sizeof b, 4.0, 4.5, 0, YJJH__DIR_MIN, 0, 2);
    assert_string_equal(b, "4.00");
    yjjh__disp_against(b, sizeof b, 0.847457627118644, 0.9, 0, YJJH__DIR_MIN, 0, 2);
    assert_string_equal(b, "0.85");
    yjjh__disp_against(b, sizeof b, 0.8999, 0.9, 0, YJJH__DIR_MIN, 0, 2); /* "0.90" would hide it */
    assert_string_equal(b, "0.8999");
    yjjh__disp_against(b, sizeof b, 2000.004, 2000, 0, YJJH__DIR_MIN, 1, 2); /* met: shown equal is fine */
    assert_string_equal(b, "2000.00");
    /* met within the 1e-9 tolerance: shown equal, never below */
    yjjh__disp_against(b, sizeof b, 4.5 * (1 - 1e-10), 4.5, 0, YJJH__DIR_MIN, 1, 2);
    assert_string_equal(b, "4.50");
    assert_string_equal(yjjh__disp_rel(YJJH__DIR_MIN, 0), "<");
    assert_string_equal(yjjh__disp_rel(YJJH__DIR_MIN, 1), "≥");
    yjjh__disp_against(b, sizeof b, NAN, 4.5, 0, YJJH__DIR_MIN, 0, 2);
    assert_string_equal(b, "-");
}

/* maximums (CV ≤ 0.50 / 0.45): 3 decimals unless that hides the comparison */
static void test_cv_maximum(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_against(b, sizeof b, 0.50004, 0.5, 2, YJJH__DIR_MAX, 0, 3); /* not "0.500 > 0.50" */
    assert_string_equal(b, "0.50004");
    yjjh__disp_against(b, sizeof b, 0.5004, 0.5, 2, YJJH__DIR_MAX, 0, 3);
    assert_string_equal(b, "0.5004");
    yjjh__disp_against(b, sizeof b, 0.512, 0.5, 2, YJJH__DIR_MAX, 0, 3);
    assert_string_equal(b, "0.512");
    yjjh__disp_against(b, sizeof b, 0.45000001, 0.45, 2, YJJH__DIR_MAX, 0, 3);
    assert_string_equal(b, "0.45000001");
    yjjh__disp_against(b, sizeof b, 0.4996, 0.5, 2, YJJH__DIR_MAX, 1, 3); /* met, rounds to the limit */
    assert_string_equal(b, "0.500");
    yjjh__disp_against(b, sizeof b, 0.4705926, 0.5, 2, YJJH__DIR_MAX, 1, 3);
    assert_string_equal(b, "0.471");
    assert_string_equal(yjjh__disp_rel(YJJH__DIR_MAX, 0), ">");
    assert_string_equal(yjjh__disp_rel(YJJH__DIR_MAX, 1), "≤");
}

/* strict maximum (Q9 校际差异率 < 0.15): equal is a miss */
static void test_strict_maximum(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_against(b, sizeof b, 0.15, 0.15, 2, YJJH__DIR_BELOW, 0, 2);
    assert_string_equal(b, "0.15");
    yjjh__disp_against(b, sizeof b, 0.1499999, 0.15, 2, YJJH__DIR_BELOW, 1, 2); /* met: must show below */
    assert_string_equal(b, "0.1499999");
    assert_string_equal(yjjh__disp_rel(YJJH__DIR_BELOW, 0), "≥");
    assert_string_equal(yjjh__disp_rel(YJJH__DIR_BELOW, 1), "<");
}

/* ratio to the standard: rounded, more decimals at 100 % and at the 85 % floor */
static void test_ratio(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_ratio(b, sizeof b, 0.889, 0, 0.85, 1); /* rounded, not truncated to 88% */
    assert_string_equal(b, "89%");
    yjjh__disp_ratio(b, sizeof b, 4.0 / 4.5, 0, 0.85, 1);
    assert_string_equal(b, "89%");
    yjjh__disp_ratio(b, sizeof b, 0.9999, 0, 0.85, 1); /* not "100%" for a miss */
    assert_string_equal(b, "99.99%");
    yjjh__disp_ratio(b, sizeof b, 0.99999, 0, 0.85, 1);
    assert_string_equal(b, "99.999%");
    yjjh__disp_ratio(b, sizeof b, 0.8499, 0, 0.85, 0); /* below the floor: not "85%" */
    assert_string_equal(b, "84.99%");
    yjjh__disp_ratio(b, sizeof b, 0.85, 0, 0.85, 1);
    assert_string_equal(b, "85%");
    yjjh__disp_ratio(b, sizeof b, 0.8504, 0, 0.85, 1);
    assert_string_equal(b, "85%");
    yjjh__disp_ratio(b, sizeof b, 1.2445887, 1, 0.85, 1);
    assert_string_equal(b, "124%");
    yjjh__disp_ratio(b, sizeof b, NAN, 0, 0.85, 1);
    assert_string_equal(b, "-");
}

/* rates of county items as percentages with at most one decimal, comparisons kept */
static void test_rate(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_rate(b, sizeof b, 0.0570342, 0.05, YJJH__DIR_MIN, 1); /* was "值 0.0570342" */
    assert_string_equal(b, "5.7%");
    yjjh__disp_rate(b, sizeof b, 0.12, 0.1, YJJH__DIR_MIN, 1); /* was "值 0.12, 要求 0.1" */
    assert_string_equal(b, "12%");
    yjjh__disp_rate(b, sizeof b, 0.985, 0.95, YJJH__DIR_MIN, 1);
    assert_string_equal(b, "98.5%");
    yjjh__disp_rate(b, sizeof b, 0.0999999, 0.1, YJJH__DIR_MIN, 0); /* not "10%" for a miss */
    assert_string_equal(b, "9.99999%");
    yjjh__disp_rate(b, sizeof b, 0.8499, 0.85, YJJH__DIR_MIN, 0);
    assert_string_equal(b, "84.99%");
    yjjh__disp_rate(b, sizeof b, 0.80, 0.85, YJJH__DIR_MIN, 0);
    assert_string_equal(b, "80%");
    yjjh__disp_rate_standard(b, sizeof b, 0.1);
    assert_string_equal(b, "10%");
    yjjh__disp_rate_standard(b, sizeof b, 0.95);
    assert_string_equal(b, "95%");
    yjjh__disp_rate_standard(b, sizeof b, 0.05);
    assert_string_equal(b, "5%");
}

/* shortfalls rounded up, one text per value */
static void test_shortfall(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_shortfall(b, sizeof b, 24657.5213, 0); /* never "24657.5" elsewhere, never rounded down */
    assert_string_equal(b, "24657.53");
    assert_true(yjjh__disp_shortfall_value(24657.5213, 0) == 24657.53);
    yjjh__disp_shortfall(b, sizeof b, 24657.525, 0);
    assert_string_equal(b, "24657.53");
    yjjh__disp_shortfall(b, sizeof b, 4.5 * 500 - 2000 + 3e-11, 0); /* noise of standard × students */
    assert_string_equal(b, "250");
    yjjh__disp_shortfall(b, sizeof b, 118, 0);
    assert_string_equal(b, "118");
    yjjh__disp_shortfall(b, sizeof b, 312.5, 0);
    assert_string_equal(b, "312.5");
    yjjh__disp_shortfall(b, sizeof b, 0.001, 0); /* a tiny m² shortfall is not shown as 0 */
    assert_string_equal(b, "0.01");
    yjjh__disp_shortfall(b, sizeof b, 1.2, 1); /* whole teachers / rooms */
    assert_string_equal(b, "2");
    yjjh__disp_shortfall(b, sizeof b, 1, 1);
    assert_string_equal(b, "1");
    yjjh__disp_shortfall(b, sizeof b, 0, 0);
    assert_string_equal(b, "0");
}

/* fact values in messages: %g, with more digits when %g would hide the miss */
static void test_g(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_g(b, sizeof b, 0.9999999, 1, YJJH__DIR_MIN, 0); /* %g alone: "1 < 1" */
    assert_string_equal(b, "0.9999999");
    yjjh__disp_g(b, sizeof b, 0.0570342, 0.05, YJJH__DIR_MIN, 1);
    assert_string_equal(b, "0.0570342");
    yjjh__disp_g(b, sizeof b, 0.45, 0.5, YJJH__DIR_MIN, 0);
    assert_string_equal(b, "0.45");
    yjjh__disp_g(b, sizeof b, 0.15000001, 0.15, YJJH__DIR_BELOW, 0); /* "0.15 ≥ 0.15" is true and shown so */
    assert_string_equal(b, "0.15");
    yjjh__disp_g(b, sizeof b, 96199.9999, 96200, YJJH__DIR_MIN, 0); /* a salary a fraction below */
    assert_string_equal(b, "96199.9999");
}

static void test_plain(void **state)
{
    char b[BUF];
    (void)state;
    yjjh__disp_plain(b, sizeof b, 7500, 2);
    assert_string_equal(b, "7500");
    yjjh__disp_plain(b, sizeof b, 0.38, 3);
    assert_string_equal(b, "0.38");
    yjjh__disp_plain(b, sizeof b, 11498, 0);
    assert_string_equal(b, "11498");
    assert_string_equal(yjjh__disp_dir(YJJH__DIR_MIN), "≥");
    assert_string_equal(yjjh__disp_dir(YJJH__DIR_MAX), "≤");
    assert_string_equal(yjjh__disp_dir(YJJH__DIR_BELOW), "<");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_compare_text), cmocka_unit_test(test_standard_text),  cmocka_unit_test(test_minimum),
        cmocka_unit_test(test_cv_maximum),   cmocka_unit_test(test_strict_maximum), cmocka_unit_test(test_ratio),
        cmocka_unit_test(test_rate),         cmocka_unit_test(test_shortfall),      cmocka_unit_test(test_g),
        cmocka_unit_test(test_plain),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
