/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_result_part_columns() (yjjh_result.h, lib/evaluate/result_blocks.c): every row of the block equals
 * the column yjjh_result_part_column() gives for its field, bit for bit (NaN where not computed), and every error
 * path returns its documented status without writing. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

#include "yjjh_test.h"
#include "result_helpers.h"

static yjjh_result *evaluate_file(const char *name, const char *profile)
{
    return yjjh_test_evaluate_example(name, profile);
}

/* every field (each indicator of the per-indicator ones) in one block, against the one-field accessor */
static void check_all_fields(const char *file, const char *profile)
{
    yjjh_result *r = evaluate_file(file, profile);
    size_t n = yjjh_result_part_count(r), ni = 0, nf = 0;
    yjjh_part_field fields[12 * 16];
    size_t ks[12 * 16];
    double *block, *one = malloc((n ? n : 1) * sizeof *one);
    assert_non_null(one);
    for (int f = YJJH_PART_ROW; f <= YJJH_PART_PASSED; f++) {
        int per = f == YJJH_PART_VALUE || f == YJJH_PART_MET || f == YJJH_PART_RATIO || f == YJJH_PART_SHORTFALL;
        size_t count = per ? 16 : 1;
        for (size_t k = 0; k < count; k++) {
            if (per && yjjh_result_part_column(one, n, r, (yjjh_part_field)f, k) == YJJH_E_OUT_OF_RANGE)
                break;
            fields[nf] = (yjjh_part_field)f;
            ks[nf++] = per ? k : 99; /* k is ignored for the other fields */
            if (per)
                ni = k + 1;
        }
    }
    assert_true(n > 0 && ni > 0);
    block = malloc(nf * n * sizeof *block);
    assert_non_null(block);
    assert_ok(yjjh_result_part_columns(block, n, r, fields, ks, nf));
    for (size_t f = 0; f < nf; f++) {
        assert_ok(yjjh_result_part_column(one, n, r, fields[f], ks[f] == 99 ? 0 : ks[f]));
        assert_memory_equal(block + f * n, one, n * sizeof *one);
    }
    free(block);
    free(one);
    yjjh_result_free(r);
}

static void test_every_field_as_part_column(void **state)
{
    (void)state;
    check_all_fields("two_counties.csv", "national-2017");
    check_all_fields("jinchuan.csv", "national-2012-basic");
}

static void test_errors(void **state)
{
    yjjh_result *r = evaluate_file("two_counties.csv", "national-2017");
    size_t n = yjjh_result_part_count(r);
    yjjh_part_field fields[2] = {YJJH_PART_STUDENTS, YJJH_PART_VALUE};
    size_t ks[2] = {0, 0};
    double *block = malloc(2 * n * sizeof *block);
    (void)state;
    assert_non_null(block);
    for (size_t i = 0; i < 2 * n; i++)
        block[i] = -1.0;
    assert_status(yjjh_result_part_columns(NULL, n, r, fields, ks, 2), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_part_columns(block, n, NULL, fields, ks, 2), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_part_columns(block, n, r, NULL, ks, 2), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_part_columns(block, n, r, fields, NULL, 2), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_part_columns(block, n + 1, r, fields, ks, 2), YJJH_E_LENGTH_MISMATCH);
    ks[1] = 64; /* no such indicator */
    assert_status(yjjh_result_part_columns(block, n, r, fields, ks, 2), YJJH_E_OUT_OF_RANGE);
    ks[1] = 0;
    fields[1] = (yjjh_part_field)99;
    assert_status(yjjh_result_part_columns(block, n, r, fields, ks, 2), YJJH_E_OUT_OF_RANGE);
    for (size_t i = 0; i < 2 * n; i++)
        assert_true(block[i] == -1.0); /* nothing written */
    assert_ok(yjjh_result_part_columns(NULL, n, r, NULL, NULL, 0));
    free(block);
    yjjh_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_field_as_part_column),
        cmocka_unit_test(test_errors),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
