/* SPDX-License-Identifier: MIT */
/* Text helpers of lib/common/text.h: the one space set of yjjh__trim(), ASCII case-insensitive comparison,
 * copies and yjjh__strprintf(). */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "common/text.h"

/* Trim s and compare the result with want. */
static void check_trim(const char *s, const char *want)
{
    size_t n = strlen(s);
    const char *t = yjjh__trim(s, &n);
    if (n != strlen(want) || memcmp(t, want, n) != 0)
        fail_msg("trim(\"%s\") = \"%.*s\", expected \"%s\"", s, (int)n, t, want);
}

static void test_trim_space_set(void **state)
{
    (void)state;
    check_trim("  a b \t", "a b");
    check_trim("\r\n x \r\n", "x");
    check_trim("\xC2\xA0x\xC2\xA0", "x");                               /* U+00A0 */
    check_trim("\xE3\x80\x80\xE5\xAD\xA6\xE3\x80\x80", "\xE5\xAD\xA6"); /* U+3000 around 学 */
    check_trim(" \xC2\xA0\xE3\x80\x80 \t", "");
    check_trim("", "");
    check_trim("\vx\f", "\vx\f"); /* vertical tab and form feed are not spaces */
    check_trim("x\xC2", "x\xC2"); /* a lone lead byte is kept */
    check_trim("\x80\x80x", "\x80\x80x");
    check_trim("x\xE3\x80", "x\xE3\x80");
    check_trim("\xE2\x80\x83x", "\xE2\x80\x83x"); /* U+2003 em space: not in the set */
}

static void test_trim_respects_length(void **state)
{
    (void)state;
    const char s[] = "ab \xC2\xA0";
    size_t n = 3; /* "ab ": the NBSP after it is outside */
    const char *t = yjjh__trim(s, &n);
    assert_ptr_equal(t, s);
    assert_int_equal(n, 2);
    n = 4; /* "ab \xC2": a cut NBSP is no space */
    t = yjjh__trim(s, &n);
    assert_int_equal(n, 4);
}

static void test_blank(void **state)
{
    (void)state;
    assert_true(yjjh__text_blank(NULL));
    assert_true(yjjh__text_blank(""));
    assert_true(yjjh__text_blank(" \t\r\n\xC2\xA0\xE3\x80\x80"));
    assert_false(yjjh__text_blank(" x "));
    assert_false(yjjh__text_blank("\v"));
    assert_false(yjjh__text_blank("\xC2"));      /* a lone lead byte: not a space, and no read past the NUL */
    assert_false(yjjh__text_blank(" \xE3\x80")); /* a cut U+3000 */
}

static void test_ascii_case(void **state)
{
    (void)state;
    assert_true(yjjh__ascii_ieq("School_ID", 9, "school_id", 9));
    assert_false(yjjh__ascii_ieq("school", 6, "schools", 7));
    assert_false(yjjh__ascii_ieq("a", 1, "b", 1));
    assert_true(yjjh__ascii_ieq("\xC3\x84x", 3, "\xC3\x84X", 3)); /* other bytes compare as they are */
    assert_false(yjjh__ascii_ieq("\xC3\x84", 2, "\xC3\xA4", 2));  /* Ä is not ä: ASCII only */
    assert_true(yjjh__ascii_ieq("", 0, "", 0));
    assert_int_equal(yjjh__ascii_icmp("GBK", "gbk"), 0);
    assert_true(yjjh__ascii_icmp("a", "B") < 0);
    assert_true(yjjh__ascii_icmp("b", "A") > 0);
    assert_true(yjjh__ascii_icmp("utf", "UTF-8") < 0);
}

static void test_copies(void **state)
{
    (void)state;
    char *a = yjjh__strdup("县区");
    char *b = yjjh__strndup("abcdef", 3);
    char *c = yjjh__strndup("xyz", 0);
    assert_string_equal(a, "县区");
    assert_string_equal(b, "abc");
    assert_string_equal(c, "");
    assert_null(yjjh__strndup("x", SIZE_MAX)); /* n + 1 would overflow */
    free(a);
    free(b);
    free(c);
}

static void test_strprintf(void **state)
{
    (void)state;
    char *s = yjjh__strprintf("%s=%d, %zu%%", "x", 42, (size_t)3);
    char *e = yjjh__strprintf("%s", "");
    assert_string_equal(s, "x=42, 3%");
    assert_non_null(e);
    assert_string_equal(e, "");
    free(s);
    free(e);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_trim_space_set), cmocka_unit_test(test_trim_respects_length),
        cmocka_unit_test(test_blank),          cmocka_unit_test(test_ascii_case),
        cmocka_unit_test(test_copies),         cmocka_unit_test(test_strprintf),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
