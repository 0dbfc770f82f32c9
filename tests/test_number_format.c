/* SPDX-License-Identifier: MIT */
/* Locale-independent number text (lib/common/number_format.h). Expected texts are printf's in the "C" locale,
 * worked out by hand; the locale cases use locales made by ctest's fixture (tests/CMakeLists.txt) with a comma
 * (de_DE) and a two-byte radix U+066B (ps_AF), and are skipped when the fixture could not make them. */
#include <locale.h>
#include <stdio.h>
#include <string.h>

#include "yjjh_test.h"
#include "common/number_format.h"

static void test_shortest(void **state)
{
    (void)state;
    char buf[YJJH__NUMBER_BUF];
    yjjh__format_double(buf, sizeof buf, 0.1);
    assert_string_equal(buf, "0.1");
    yjjh__format_double(buf, sizeof buf, 0.1 + 0.2); /* 0.30000000000000004440892… needs 17 digits */
    assert_string_equal(buf, "0.30000000000000004");
    yjjh__format_double(buf, sizeof buf, 1.0 / 3.0); /* 16 digits read back exactly */
    assert_string_equal(buf, "0.3333333333333333");
    yjjh__format_double(buf, sizeof buf, 9007199254740992.0); /* 2^53: 15 digits give …990 */
    assert_string_equal(buf, "9007199254740992");
    yjjh__format_double(buf, sizeof buf, -0.0);
    assert_string_equal(buf, "0");
    yjjh__format_double(buf, sizeof buf, -1234.5);
    assert_string_equal(buf, "-1234.5");
    yjjh__format_double(buf, sizeof buf, 1e21);
    assert_string_equal(buf, "1e+21");
}

static void test_g_and_fixed(void **state)
{
    (void)state;
    char buf[64];
    yjjh__format_g(buf, sizeof buf, 12.5, 6);
    assert_string_equal(buf, "12.5");
    yjjh__format_g(buf, sizeof buf, 1e7, 6);
    assert_string_equal(buf, "1e+07");
    yjjh__format_g(buf, sizeof buf, 123456789.0, 6);
    assert_string_equal(buf, "1.23457e+08");
    yjjh__format_g(buf, sizeof buf, 0.0001, 6);
    assert_string_equal(buf, "0.0001");
    yjjh__format_g(buf, sizeof buf, 123456789.0, 10);
    assert_string_equal(buf, "123456789");
    yjjh__format_g(buf, sizeof buf, 2.0 / 3.0, 10);
    assert_string_equal(buf, "0.6666666667");
    yjjh__format_fixed(buf, sizeof buf, 0.4567, 3);
    assert_string_equal(buf, "0.457");
    yjjh__format_fixed(buf, sizeof buf, 2.5, 0); /* exact tie: to even */
    assert_string_equal(buf, "2");
    yjjh__format_fixed(buf, sizeof buf, -1.25, 1);
    assert_string_equal(buf, "-1.2");
    yjjh__format_fixed(buf, sizeof buf, 0.65, 2); /* 0.65 is 0.6500000000000000222… in binary */
    assert_string_equal(buf, "0.65");
}

static void check_in_locale(const char *name)
{
    char buf[64];
    if (!setlocale(LC_NUMERIC, name)) {
        print_message("locale %s not available\n", name);
        skip();
    }
    snprintf(buf, sizeof buf, "%g", 0.5);
    assert_string_not_equal(buf, "0.5"); /* the locale really has another radix */
    yjjh__format_double(buf, sizeof buf, 0.1 + 0.2);
    assert_string_equal(buf, "0.30000000000000004");
    yjjh__format_double(buf, sizeof buf, -2.5e-7);
    assert_string_equal(buf, "-2.5e-07");
    yjjh__format_g(buf, sizeof buf, 12.5, 6);
    assert_string_equal(buf, "12.5");
    yjjh__format_fixed(buf, sizeof buf, 0.4567, 3);
    assert_string_equal(buf, "0.457");
    yjjh__format_fixed(buf, sizeof buf, 1234567.0, 2); /* no thousands grouping without the ' flag */
    assert_string_equal(buf, "1234567.00");
    setlocale(LC_NUMERIC, "C");
}

static void test_comma_locale(void **state)
{
    (void)state;
    check_in_locale("de_DE.UTF-8");
}

static void test_multibyte_radix_locale(void **state)
{
    (void)state;
    check_in_locale("ps_AF.UTF-8");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_shortest),
        cmocka_unit_test(test_g_and_fixed),
        cmocka_unit_test(test_comma_locale),
        cmocka_unit_test(test_multibyte_radix_locale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
