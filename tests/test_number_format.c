/* SPDX-License-Identifier: MIT */
/* Locale-independent number text (lib/common/number_format.h). Expected texts are printf's in the "C" locale,
 * worked out by hand; the locale cases use locales made by ctest's fixture (tests/CMakeLists.txt) with a comma
 * (de_DE) and a two-byte radix U+066B (ps_AF), and are skipped when the fixture could not make them. */
#include <locale.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

#include "yjjh_test.h"
#include "common/number_format.h"
#include "input/cell_value.h"

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

/* Texts worked out by hand from the shortest decimal and printf's %g layout (fixed when -4 <= exponent < P, P the
 * larger of 15 and the digit count). */
static void test_shortest_layout(void **state)
{
    (void)state;
    static const struct {
        double v;
        const char *text;
    } cases[] = {
        {1e15, "1e+15"},                            /* 1 digit, exponent 15 >= P = 15 */
        {123456789012345.0, "123456789012345"},     /* 15 digits, exponent 14 */
        {1234567890123456.0, "1234567890123456"},   /* 16 digits: P = 16, exponent 15 */
        {12345678901234567.0, "12345678901234568"}, /* the double is ...568; 16 digits do not read back */
        {1e16, "1e+16"},
        {1e100, "1e+100"},
        {-1.5e300, "-1.5e+300"},
        {1e-5, "1e-05"},
        {0.0001, "0.0001"},
        {0.000123, "0.000123"},
        {2.2250738585072014e-308, "2.2250738585072014e-308"}, /* smallest normal */
        {1.7976931348623157e308, "1.7976931348623157e+308"},  /* largest */
        {4.9406564584124654e-324, "4.94065645841247e-324"},   /* subnormal: printf path, 15 digits read back */
        {0.5, "0.5"},
        {100.0, "100"},
        {42.125, "42.125"},
        {2.0 / 3.0, "0.6666666666666666"},
        {5e-324 * 0 + 9.5367431640625e-07, "9.5367431640625e-07"}, /* 2^-20, exact in 14 digits */
    };
    char buf[YJJH__NUMBER_BUF];
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        yjjh__format_double(buf, sizeof buf, cases[i].v);
        assert_string_equal(buf, cases[i].text);
        assert_int_equal(yjjh__format_double_len(buf, sizeof buf, cases[i].v), strlen(cases[i].text));
    }
    yjjh__format_double(buf, 4, 1234.5); /* cut like snprintf */
    assert_string_equal(buf, "123");
}

/* The text before 0.3 (an independent formula): the shortest of %.15g, %.16g and %.17g that reads back. */
static void printf_shortest(char *buf, size_t n, double v)
{
    if (v == 0.0)
        v = 0.0;
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
}

static uint64_t next_u64(uint64_t *s) /* xorshift64*: reproducible */
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

/* One value: the text reads back as exactly v (strtod, "C" locale), is never longer than the printf text, and is
 * that text except at a power of two where both read back as v (counted in *differ). */
static void check_one(double v, size_t *differ)
{
    char a[YJJH__NUMBER_BUF], b[64];
    yjjh__format_double(a, sizeof a, v);
    if (isnan(v)) {
        assert_true(isnan(strtod(a, NULL)));
        return;
    }
    if (strtod(a, NULL) != v) {
        print_message("%.17g written as %s\n", v, a);
        fail();
    }
    printf_shortest(b, sizeof b, v);
    if (strcmp(a, b) != 0) {
        int ex;
        assert_true(strtod(b, NULL) == v);
        assert_true(strlen(a) <= strlen(b));
        /* only at a power of two, where the gap below is half the gap above, can the nearest 15 or 16 digits
         * miss while a farther decimal of that length reads back */
        assert_true(fabs(frexp(v, &ex)) == 0.5);
        (*differ)++;
    }
}

/* A million random doubles of every kind (random bit patterns: every exponent, subnormals, infinities and NaN)
 * and a million of the kind the library writes (ratios of counts, per-100 values, integers). */
static void test_shortest_round_trip_random(void **state)
{
    uint64_t seed = 0x9e3779b97f4a7c15ULL;
    size_t differ = 0;
    (void)state;
    for (int i = 0; i < 600000; i++) {
        uint64_t bits = next_u64(&seed);
        double v;
        memcpy(&v, &bits, sizeof v);
        check_one(v, &differ);
    }
    for (int i = 0; i < 400000; i++) {
        uint64_t r = next_u64(&seed);
        double a = (double)(r % 100000), b = (double)(1 + (r >> 20) % 5000);
        switch (i % 4) {
        case 0: check_one(a / b, &differ); break;
        case 1: check_one(a * 100.0 / b, &differ); break;
        case 2: check_one(a, &differ); break;
        default: check_one((double)(r >> 11) * 0x1p-53 * 1e6, &differ); break;
        }
    }
    /* every power of two (the uneven gap below them) and 2^53 ± small integers */
    for (int e = -1074; e <= 1023; e++)
        check_one(ldexp(1.0, e), &differ);
    for (int d = -1000; d <= 1000; d++)
        check_one(9007199254740992.0 + (double)d, &differ);
    print_message("%zu of the values have a shorter text than the %%.15g..%%.17g search, both reading back\n", differ);
}

/* Reading: a number cell gives the double strtod() gives for its text, for the fast path (up to 15 digits,
 * |exponent| <= 22) and around its edges (16-17 digits, large exponents, thousands separators, signs). */
static void test_number_cells_read_as_strtod(void **state)
{
    uint64_t seed = 42;
    char text[64];
    (void)state;
    for (int i = 0; i < 300000; i++) {
        uint64_t r = next_u64(&seed);
        int digits = 1 + (int)(r % 17), point = (int)((r >> 8) % (uint64_t)(digits + 1)), len = 0;
        int exp = (int)((r >> 16) % 61) - 30, with_exp = (r >> 24) % 3 == 0, neg = (r >> 26) % 4 == 0;
        double got = NAN, want;
        if (neg)
            text[len++] = '-';
        for (int d = 0; d < digits; d++) {
            if (d == point && d > 0)
                text[len++] = '.';
            text[len++] = (char)('0' + next_u64(&seed) % 10);
        }
        if (with_exp)
            len += snprintf(text + len, sizeof text - (size_t)len, "e%d", exp);
        text[len] = '\0';
        want = strtod(text, NULL);
        assert_int_equal(yjjh__parse_number(&got, text, (size_t)len), YJJH__CELL_VALUE);
        if (memcmp(&got, &want, sizeof got) != 0) {
            print_message("%s read as %.17g, strtod %.17g\n", text, got, want);
            fail();
        }
    }
    {
        double v = 0;
        assert_int_equal(yjjh__parse_number(&v, "1,234.5", 7), YJJH__CELL_VALUE);
        assert_true(v == 1234.5);
        assert_int_equal(yjjh__parse_number(&v, "9007199254740993", 16), YJJH__CELL_VALUE); /* 16 digits: strtod */
        assert_true(v == 9007199254740992.0);
        assert_int_equal(yjjh__parse_number(&v, "123456789012345e22", 18), YJJH__CELL_VALUE);
        assert_true(v == 1.23456789012345e36);
    }
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

/* yjjh__format_fixed() is printf's %.*f byte for byte (it rounds the exact binary value, ties to even): random
 * bit patterns, values of the magnitudes the reports print (with exact ties such as 0.125), every decimals count. */
static void test_fixed_random(void **state)
{
    uint64_t seed = 0x2545f4914f6cdd1dULL;
    char a[64], b[128];
    (void)state;
    for (int i = 0; i < 1500000; i++) {
        uint64_t r = next_u64(&seed);
        int d = (int)(r % 21);
        double v;
        switch (i % 5) {
        case 0: memcpy(&v, &r, sizeof v); break;
        case 1: v = (double)(int64_t)(next_u64(&seed) % 2000001) / 8.0 - 125000.0; break; /* exact ties */
        case 2: v = (double)(next_u64(&seed) % 100000) / (double)(1 + next_u64(&seed) % 5000); break;
        case 3: v = ldexp((double)(next_u64(&seed) >> 11), (int)(next_u64(&seed) % 140) - 130); break;
        default: v = ((double)(next_u64(&seed) >> 11) * 0x1p-53 - 0.5) * pow(10.0, (double)(r % 40) - 20.0); break;
        }
        yjjh__format_fixed(a, sizeof a, v, d);
        snprintf(b, sizeof b, "%.*f", d, v);
        if (strlen(b) < sizeof a && strcmp(a, b) != 0) {
            print_message("%.17g with %d decimals: %s, printf %s\n", v, d, a, b);
            fail();
        }
    }
    for (int i = 0; i < 500000; i++) { /* %g: the shortest-digits path and its printf fallback */
        uint64_t r = next_u64(&seed);
        int prec = 1 + (int)(r % 17);
        double v = i % 2 ? (double)(next_u64(&seed) % 100000) / (double)(1 + next_u64(&seed) % 64)
                         : ((double)(next_u64(&seed) >> 11) * 0x1p-53) * pow(10.0, (double)(r % 60) - 30.0);
        if (i % 3 == 0)
            v = -v;
        yjjh__format_g(a, sizeof a, v, prec);
        snprintf(b, sizeof b, "%.*g", prec, v);
        if (strcmp(a, b) != 0) {
            print_message("%.17g with %%.%dg: %s, printf %s\n", v, prec, a, b);
            fail();
        }
    }
    yjjh__format_fixed(a, sizeof a, -0.0, 0);
    assert_string_equal(a, "-0");
    yjjh__format_fixed(a, sizeof a, -0.0001, 2);
    assert_string_equal(a, "-0.00");
    yjjh__format_fixed(a, sizeof a, 0.125, 2);
    assert_string_equal(a, "0.12");
    yjjh__format_fixed(a, sizeof a, 0.375, 2);
    assert_string_equal(a, "0.38");
    yjjh__format_fixed(a, 4, 12.345, 2); /* cut like snprintf */
    assert_string_equal(a, "12.");
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
        cmocka_unit_test(test_shortest_layout),
        cmocka_unit_test(test_shortest_round_trip_random),
        cmocka_unit_test(test_number_cells_read_as_strtod),
        cmocka_unit_test(test_g_and_fixed),
        cmocka_unit_test(test_fixed_random),
        cmocka_unit_test(test_comma_locale),
        cmocka_unit_test(test_multibyte_radix_locale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
