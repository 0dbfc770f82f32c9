/* SPDX-License-Identifier: MIT */
/* yjjh__grow() of lib/common/array.h: capacities 8, 16, … and the overflow checks. */
#include <stdint.h>
#include <stdlib.h>

#include "yjjh_test.h"
#include "common/array.h"

static void test_doubling(void **state)
{
    (void)state;
    int *a = NULL;
    size_t cap = 0;
    assert_ok(yjjh__grow((void **)&a, &cap, 1, sizeof *a));
    assert_non_null(a);
    assert_int_equal(cap, 8);
    a[7] = 7;
    assert_ok(yjjh__grow((void **)&a, &cap, 8, sizeof *a)); /* enough already */
    assert_int_equal(cap, 8);
    assert_ok(yjjh__grow((void **)&a, &cap, 9, sizeof *a));
    assert_int_equal(cap, 16);
    assert_int_equal(a[7], 7); /* contents kept */
    assert_ok(yjjh__grow((void **)&a, &cap, 100, sizeof *a));
    assert_int_equal(cap, 128);
    free(a);
}

static void test_overflow(void **state)
{
    (void)state;
    double *a = NULL;
    size_t cap = 0;
    void *before;
    assert_ok(yjjh__grow((void **)&a, &cap, 3, sizeof *a));
    before = a;
    assert_status(yjjh__grow((void **)&a, &cap, SIZE_MAX / sizeof *a + 1, sizeof *a), YJJH_E_NOMEM);
    assert_ptr_equal(a, before);
    assert_int_equal(cap, 8);
    assert_status(yjjh__grow((void **)&a, &cap, 9, 0), YJJH_E_NOMEM);
    assert_int_equal(cap, 8);
    free(a);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_doubling),
        cmocka_unit_test(test_overflow),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
