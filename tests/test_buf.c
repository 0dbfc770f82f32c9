/* SPDX-License-Identifier: MIT */
/* The growable buffer of lib/common/buf.h: appends, NUL bytes, growth, the sticky out-of-memory flag on size
 * overflow, detach and free. Expected texts are written by hand. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "common/buf.h"

static void test_empty(void **state)
{
    (void)state;
    yjjh__buf b = YJJH__BUF_INIT;
    char *s;
    assert_string_equal(yjjh__buf_cstr(&b), "");
    assert_int_equal(yjjh__buf_oom(&b), 0);
    s = yjjh__buf_detach(&b);
    assert_non_null(s);
    assert_string_equal(s, "");
    free(s);
    assert_null(b.ptr);
    yjjh__buf_free(&b); /* freeing an empty buffer is allowed */
}

static void test_appends(void **state)
{
    (void)state;
    yjjh__buf b = YJJH__BUF_INIT;
    char *s;
    yjjh__buf_puts(&b, "a");
    yjjh__buf_putc(&b, 'b');
    yjjh__buf_printf(&b, "%d-%s-%zu", -12, "xy", (size_t)7);
    yjjh__buf_put(&b, "|\0|", 3);
    assert_int_equal(b.len, 13);
    assert_memory_equal(b.ptr, "ab-12-xy-7|\0|", 14); /* with the final NUL */
    assert_int_equal(yjjh__buf_oom(&b), 0);
    s = yjjh__buf_detach(&b);
    assert_memory_equal(s, "ab-12-xy-7|\0|", 14);
    assert_int_equal(b.len, 0);
    assert_null(b.ptr);
    free(s);
}

static void test_growth(void **state)
{
    (void)state;
    yjjh__buf b = YJJH__BUF_INIT;
    char line[200];
    memset(line, 'y', 150);
    line[150] = '\0';
    for (int i = 0; i < 10000; i++)
        yjjh__buf_putc(&b, 'x');
    yjjh__buf_printf(&b, "%s", line); /* longer than any small initial capacity */
    assert_int_equal(b.len, 10150);
    assert_true(b.cap > b.len);
    for (size_t i = 0; i < 10000; i++)
        assert_int_equal(b.ptr[i], 'x');
    assert_string_equal(b.ptr + 10000, line);
    yjjh__buf_free(&b);
    assert_null(b.ptr);
    assert_int_equal(b.len, 0);
}

/* printf text of every length around the capacity boundaries: it fits exactly, lacks one byte for its NUL, or
 * needs a second formatting after growing; the text and the bytes before it must come out whole. */
static void test_printf_at_capacity_boundaries(void **state)
{
    (void)state;
    char text[300], prefix[140];
    memset(text, 't', sizeof text - 1);
    text[sizeof text - 1] = '\0';
    memset(prefix, 'p', sizeof prefix - 1);
    prefix[sizeof prefix - 1] = '\0';
    for (size_t k = 0; k < sizeof prefix; k += 7) {
        for (int len = 0; len < (int)sizeof text; len++) {
            yjjh__buf b = YJJH__BUF_INIT;
            yjjh__buf_put(&b, prefix, k);
            yjjh__buf_printf(&b, "%.*s|", len, text);
            assert_false(yjjh__buf_oom(&b));
            assert_int_equal(b.len, k + (size_t)len + 1);
            assert_true(b.cap > b.len);
            assert_int_equal(strspn(b.ptr, "p"), k);
            assert_int_equal(strspn(b.ptr + k, "t"), (size_t)len);
            assert_string_equal(b.ptr + k + len, "|");
            yjjh__buf_free(&b);
        }
    }
}

static void test_doubles(void **state)
{
    (void)state;
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_put_double(&b, 0.1);
    yjjh__buf_putc(&b, ' ');
    yjjh__buf_put_double(&b, -0.0);
    yjjh__buf_putc(&b, ' ');
    yjjh__buf_put_double(&b, 1.0 / 3.0);
    yjjh__buf_putc(&b, ' ');
    yjjh__buf_put_double(&b, 1e21);
    yjjh__buf_putc(&b, ' ');
    yjjh__buf_put_double(&b, 100.0);
    assert_string_equal(yjjh__buf_cstr(&b), "0.1 0 0.3333333333333333 1e+21 100");
    yjjh__buf_free(&b);
}

/* A size that cannot be allocated sets the sticky flag without calling realloc with it; every later append is
 * ignored, detach returns NULL and frees, free clears the flag. */
static void test_overflow_is_sticky(void **state)
{
    (void)state;
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_puts(&b, "abc");
    assert_int_equal(yjjh__buf_reserve(&b, SIZE_MAX), 0);
    assert_int_equal(yjjh__buf_oom(&b), 1);
    assert_int_equal(yjjh__buf_reserve(&b, SIZE_MAX - 3), 0); /* len + extra + NUL overflows by one */
    yjjh__buf_puts(&b, "def");
    yjjh__buf_putc(&b, 'g');
    yjjh__buf_printf(&b, "%d", 1);
    assert_int_equal(b.len, 3);
    assert_int_equal(yjjh__buf_oom(&b), 1);
    assert_int_equal(yjjh__buf_reserve(&b, 1), 0); /* even a small request fails once the flag is set */
    assert_null(yjjh__buf_detach(&b));
    assert_null(b.ptr);
    assert_int_equal(yjjh__buf_oom(&b), 0);
    yjjh__buf_puts(&b, "ok");
    assert_string_equal(yjjh__buf_cstr(&b), "ok");
    yjjh__buf_free(&b);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_empty),   cmocka_unit_test(test_appends),
        cmocka_unit_test(test_growth),  cmocka_unit_test(test_printf_at_capacity_boundaries),
        cmocka_unit_test(test_doubles), cmocka_unit_test(test_overflow_is_sticky),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
