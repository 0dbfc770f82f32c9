/* SPDX-License-Identifier: MIT */
/* Tests of the column-wise result accessors (yjjh_evaluate.h, lib/evaluate/result_columns.c): every column
 * equals the field of the per-row record accessor in row order over counties, and every error path returns
 * its documented status. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"
#include "result_helpers.h"

/* A zeroed versioned record. */
#define RECORD(type, name, ver)                                                                                        \
  type name;                                                                                                           \
  memset(&name, 0, sizeof name);                                                                                       \
  name.version = ver

static yjjh_result *evaluate_file(const char *name) { return yjjh_test_evaluate_example(name, "national-2017"); }

/* same text: both NULL, or equal strings */
static void assert_same_text(const char *a, const char *b)
{
    if (!a || !b)
        assert_true(a == b);
    else
        assert_string_equal(a, b);
}

static void test_reasons_and_items(void **state)
{
    yjjh_result *r = evaluate_file("two_counties.csv");
    size_t nr = yjjh_result_reason_total(r), ni = yjjh_result_item_total(r), row = 0, irow = 0, sum_r = 0, sum_i = 0;
    double *county = calloc(nr + 1, sizeof *county), *stage = calloc(nr + 1, sizeof *stage),
           *value = calloc(nr + 1, sizeof *value), *required = calloc(nr + 1, sizeof *required);
    const char **code = calloc(nr + 1, sizeof *code), **school = calloc(nr + 1, sizeof *school),
               **message = calloc(nr + 1, sizeof *message);
    double *icounty = calloc(ni + 1, sizeof *icounty), *istatus = calloc(ni + 1, sizeof *istatus);
    const char **icode = calloc(ni + 1, sizeof *icode);
    (void)state;
    assert_true(yjjh_result_county_count(r) == 2);
    for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
        RECORD(yjjh_county_summary, s, YJJH_COUNTY_SUMMARY_VERSION);
        assert_ok(yjjh_result_county_get(&s, r, ci));
        sum_r += s.n_reasons;
        sum_i += s.n_items;
    }
    assert_int_equal(nr, sum_r);
    assert_int_equal(ni, sum_i);
    assert_true(nr > 0 && ni > 0);
    assert_ok(yjjh_result_reason_column(county, nr, r, YJJH_REASON_COL_COUNTY));
    assert_ok(yjjh_result_reason_column(stage, nr, r, YJJH_REASON_COL_STAGE));
    assert_ok(yjjh_result_reason_column(value, nr, r, YJJH_REASON_COL_VALUE));
    assert_ok(yjjh_result_reason_column(required, nr, r, YJJH_REASON_COL_REQUIRED));
    assert_ok(yjjh_result_reason_texts(code, nr, r, YJJH_REASON_TEXT_CODE));
    assert_ok(yjjh_result_reason_texts(school, nr, r, YJJH_REASON_TEXT_SCHOOL_ID));
    assert_ok(yjjh_result_reason_texts(message, nr, r, YJJH_REASON_TEXT_MESSAGE));
    assert_ok(yjjh_result_item_column(icounty, ni, r, YJJH_ITEM_COL_COUNTY));
    assert_ok(yjjh_result_item_column(istatus, ni, r, YJJH_ITEM_COL_STATUS));
    assert_ok(yjjh_result_item_texts(icode, ni, r, YJJH_ITEM_TEXT_CODE));
    for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
        RECORD(yjjh_county_summary, s, YJJH_COUNTY_SUMMARY_VERSION);
        assert_ok(yjjh_result_county_get(&s, r, ci));
        for (size_t j = 0; j < s.n_reasons; j++, row++) {
            RECORD(yjjh_reason, x, YJJH_REASON_VERSION);
            assert_ok(yjjh_result_reason_get(&x, r, ci, j));
            assert_true(county[row] == (double)ci && stage[row] == (double)x.stage);
            assert_true(value[row] == x.value || (isnan(value[row]) && isnan(x.value)));
            assert_true(required[row] == x.required || (isnan(required[row]) && isnan(x.required)));
            assert_same_text(code[row], x.code);
            assert_same_text(message[row], x.message);
            /* a county-level reason ("" in the record) has no school: NULL in the column */
            assert_same_text(school[row], x.school_id[0] ? x.school_id : NULL);
        }
        for (size_t j = 0; j < s.n_items; j++, irow++) {
            RECORD(yjjh_item_result, x, YJJH_ITEM_RESULT_VERSION);
            assert_ok(yjjh_result_item_get(&x, r, ci, j));
            assert_true(icounty[irow] == (double)ci && istatus[irow] == (double)x.status);
            assert_same_text(icode[irow], x.code);
        }
    }
    free(county), free(stage), free(value), free(required), free(code), free(school), free(message);
    free(icounty), free(istatus), free(icode);
    yjjh_result_free(r);
}

static void test_indicators_and_part_texts(void **state)
{
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    yjjh_result *r = evaluate_file("jinchuan.csv");
    size_t n = yjjh_result_indicator_total(r), np = yjjh_result_part_count(r), row = 0;
    double *cv = calloc(n + 1, sizeof *cv), *stg = calloc(n + 1, sizeof *stg), *met = calloc(n + 1, sizeof *met);
    const char **code = calloc(n + 1, sizeof *code), **ids = calloc(np + 1, sizeof *ids);
    (void)state;
    assert_ok(yjjh_result_indicator_column(cv, n, r, YJJH_INDICATOR_COL_CV));
    assert_ok(yjjh_result_indicator_column(stg, n, r, YJJH_INDICATOR_COL_STAGE));
    assert_ok(yjjh_result_indicator_column(met, n, r, YJJH_INDICATOR_COL_CV_MET));
    assert_ok(yjjh_result_indicator_texts(code, n, r, YJJH_INDICATOR_TEXT_CODE));
    for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
        for (int si = 0; si < 2; si++) {
            RECORD(yjjh_stage_summary, s, YJJH_STAGE_SUMMARY_VERSION);
            yjjh_status st = yjjh_result_stage_get(&s, r, ci, stages[si]);
            if (st == YJJH_E_NOT_FOUND)
                continue;
            assert_ok(st);
            for (size_t k = 0; k < 7; k++, row++) { /* national-2017: R1-R7 */
                RECORD(yjjh_indicator_result, x, YJJH_INDICATOR_RESULT_VERSION);
                assert_ok(yjjh_result_indicator_get(&x, r, ci, stages[si], k));
                assert_true(stg[row] == (double)stages[si]);
                assert_true(cv[row] == x.cv || (isnan(cv[row]) && isnan(x.cv)));
                assert_true(met[row] == (x.cv_met ? 1.0 : 0.0));
                assert_string_equal(code[row], x.code);
            }
        }
    }
    assert_int_equal(row, n);
    assert_ok(yjjh_result_part_texts(ids, np, r, YJJH_PART_TEXT_SCHOOL_ID));
    for (size_t i = 0; i < np; i++) {
        RECORD(yjjh_part_result, p, YJJH_PART_RESULT_VERSION);
        assert_ok(yjjh_result_part_get(&p, r, i));
        assert_string_equal(ids[i], p.school_id);
    }
    free(cv), free(stg), free(met), free(code), free(ids);
    yjjh_result_free(r);
}

static void test_errors(void **state)
{
    yjjh_result *r = evaluate_file("jinchuan.csv");
    size_t n = yjjh_result_indicator_total(r);
    double *d = calloc(n + 1, sizeof *d);
    const char **s = calloc(n + 1, sizeof *s);
    (void)state;
    assert_int_equal(yjjh_result_reason_total(NULL), 0);
    assert_int_equal(yjjh_result_item_total(NULL), 0);
    assert_int_equal(yjjh_result_indicator_total(NULL), 0);
    assert_status(yjjh_result_indicator_column(NULL, n, r, YJJH_INDICATOR_COL_CV), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_indicator_column(d, n, NULL, YJJH_INDICATOR_COL_CV), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_indicator_column(d, n + 1, r, YJJH_INDICATOR_COL_CV), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_result_indicator_column(d, n, r, (yjjh_indicator_field)8), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_indicator_texts(s, n, r, (yjjh_indicator_text)1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_reason_column(d, yjjh_result_reason_total(r), r, (yjjh_reason_field)-1),
                  YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_reason_texts(NULL, 0, r, YJJH_REASON_TEXT_CODE), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_item_column(d, yjjh_result_item_total(r) + 1, r, YJJH_ITEM_COL_VALUE),
                  YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_result_item_texts(s, yjjh_result_item_total(r), r, (yjjh_item_text)2), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_part_texts(s, yjjh_result_part_count(r) + 1, r, YJJH_PART_TEXT_SCHOOL_ID),
                  YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_result_part_texts(NULL, 0, r, YJJH_PART_TEXT_SCHOOL_ID), YJJH_E_NULL_ARG);
    free(d);
    free(s);
    yjjh_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_reasons_and_items),
        cmocka_unit_test(test_indicators_and_part_texts),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
