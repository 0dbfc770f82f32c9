/* SPDX-License-Identifier: MIT */
/* The string → index map of lib/common/strmap.h: insertion, lookup, duplicates, growth, the empty key, the
 * per-map seed and the size limit. */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "yjjh_test.h"
#include "common/strmap.h"

#define N 1000

static void test_put_get(void **state)
{
    (void)state;
    static char keys[N][16];
    yjjh__strmap m = YJJH__STRMAP_INIT;
    size_t v = 99;
    int found = -1;
    assert_int_equal(yjjh__strmap_get(&m, "k0", &v), 0); /* empty map */
    for (size_t i = 0; i < N; i++) {
        snprintf(keys[i], sizeof keys[i], "k%zu", i);
        assert_ok(yjjh__strmap_put(&m, keys[i], i, &v, &found));
        assert_int_equal(found, 0);
        assert_int_equal(v, i);
    }
    assert_int_equal(m.count, N);
    assert_true(m.nslots >= 2 * N); /* kept at most half full */
    for (size_t i = 0; i < N; i++) {
        char probe[16];
        snprintf(probe, sizeof probe, "k%zu", i); /* another pointer, same text */
        assert_int_equal(yjjh__strmap_get(&m, probe, &v), 1);
        assert_int_equal(v, i);
    }
    assert_int_equal(yjjh__strmap_get(&m, "k1000", &v), 0);
    assert_int_equal(yjjh__strmap_get(&m, "", NULL), 0);
    /* a duplicate keeps the first value */
    assert_ok(yjjh__strmap_put(&m, "k17", 5000, &v, &found));
    assert_int_equal(found, 1);
    assert_int_equal(v, 17);
    assert_int_equal(m.count, N);
    /* the empty key is a key like any other (the default county of the facts) */
    assert_ok(yjjh__strmap_put(&m, "", 7, NULL, NULL));
    assert_int_equal(yjjh__strmap_get(&m, "", &v), 1);
    assert_int_equal(v, 7);
    yjjh__strmap_free(&m);
    assert_null(m.slots);
    assert_int_equal(m.count, 0);
    assert_int_equal(yjjh__strmap_get(&m, "k1", NULL), 0);
}

static void test_seed_per_map(void **state)
{
    (void)state;
    yjjh__strmap a = YJJH__STRMAP_INIT, b = YJJH__STRMAP_INIT;
    assert_ok(yjjh__strmap_put(&a, "520102", 0, NULL, NULL));
    assert_ok(yjjh__strmap_put(&b, "520102", 0, NULL, NULL));
    assert_true(a.key[0] != b.key[0] || a.key[1] != b.key[1]);
    yjjh__strmap_free(&a);
    yjjh__strmap_free(&b);
}

static void test_reserve(void **state)
{
    (void)state;
    yjjh__strmap m = YJJH__STRMAP_INIT;
    assert_ok(yjjh__strmap_reserve(&m, 100));
    assert_int_equal(m.nslots, 256); /* the power of two >= 2 × 100 */
    assert_status(yjjh__strmap_reserve(&m, SIZE_MAX / 2), YJJH_E_NOMEM);
    assert_int_equal(m.nslots, 256); /* unchanged */
    yjjh__strmap_free(&m);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_put_get),
        cmocka_unit_test(test_seed_per_map),
        cmocka_unit_test(test_reserve),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
