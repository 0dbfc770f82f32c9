/* SPDX-License-Identifier: MIT */
/* Interpreting CSV cells and fact values: missing-value tokens, numbers with thousands separators, percentages
 * and booleans. Conversion is locale-independent: numbers are rewritten without a radix character (see
 * clean_number()) before strtod(). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/text.h"
#include "input/cell_value.h"

#define MAX_NUMBER_TEXT 120

/* s[0..n) equals the lower-case literal lit, ignoring ASCII case. */
int yjjh__is_missing(const char *s, size_t n)
{
    s = yjjh__trim(s, &n);
    return n == 0 || yjjh__ascii_ieq_word(s, n, "-") || yjjh__ascii_ieq_word(s, n, "na") ||
           yjjh__ascii_ieq_word(s, n, "n/a") || yjjh__ascii_ieq_word(s, n, "\xE6\x97\xA0" /* 无 */);
}

static int is_digit(char c) { return c >= '0' && c <= '9'; }

/* Validate the number grammar ([+-]digits[,ddd…][.digits][e[+-]digits], thousands separators optional) and
 * write it to buf (NUL-terminated, size ≥ n + 32) as an integer mantissa with a decimal exponent, e.g.
 * "1,234.5e2" → "12345e1" and, with extra_exp = -2, "95" → "95e-2". The result has no radix character, so
 * strtod() reads it the same in every locale (no per-call locale object needed) and rounds it correctly:
 * the value is mathematically the one written. */
static int clean_number(char *buf, const char *s, size_t n, long extra_exp)
{
    size_t i = 0, o = 0, digits = 0;
    long frac = 0, exp = 0;
    if (n > MAX_NUMBER_TEXT)
        return 0;
    if (i < n && (s[i] == '+' || s[i] == '-'))
        buf[o++] = s[i++];
    /* integer part, possibly grouped */
    {
        size_t group = 0, groups = 0;
        int grouped = 0;
        while (i < n && (is_digit(s[i]) || s[i] == ',')) {
            if (s[i] == ',') {
                if (group == 0 || (groups == 0 && group > 3) || (groups > 0 && group != 3))
                    return 0;
                grouped = 1;
                groups++;
                group = 0;
            } else {
                buf[o++] = s[i];
                group++;
                digits++;
            }
            i++;
        }
        if (grouped && group != 3)
            return 0;
    }
    if (i < n && s[i] == '.') {
        i++;
        while (i < n && is_digit(s[i])) {
            buf[o++] = s[i++];
            digits++;
            frac++;
        }
    }
    if (digits == 0)
        return 0;
    if (i < n && (s[i] == 'e' || s[i] == 'E')) {
        size_t ed = 0;
        int neg = 0;
        i++;
        if (i < n && (s[i] == '+' || s[i] == '-'))
            neg = s[i++] == '-';
        while (i < n && is_digit(s[i])) {
            if (exp < 1000000) /* beyond this the value over- or underflows anyway */
                exp = exp * 10 + (s[i] - '0');
            i++;
            ed++;
        }
        if (ed == 0)
            return 0;
        if (neg)
            exp = -exp;
    }
    if (i != n)
        return 0;
    { /* append "e<exponent>" (no snprintf: this runs for every number cell) */
        long e = exp - frac + extra_exp;
        char digits_rev[24];
        size_t nd = 0;
        unsigned long u = e < 0 ? (unsigned long)(-e) : (unsigned long)e;
        buf[o++] = 'e';
        if (e < 0)
            buf[o++] = '-';
        do {
            digits_rev[nd++] = (char)('0' + u % 10);
            u /= 10;
        } while (u);
        while (nd)
            buf[o++] = digits_rev[--nd];
        buf[o] = '\0';
    }
    return 1;
}

/* strtod() of clean_number()'s output; 0 when the value overflows to infinity or a non-zero mantissa underflows
 * to zero (both out of the range of a double: data-format.md "number cells"). */
static int convert(double *out, const char *buf)
{
    char *end = NULL;
    double v = strtod(buf, &end);
    if (end == buf || *end != '\0' || !isfinite(v))
        return 0;
    if (v == 0.0) {
        for (const char *p = buf; *p && *p != 'e'; p++)
            if (*p >= '1' && *p <= '9')
                return 0; /* underflow */
    }
    *out = v;
    return 1;
}

yjjh__cell_kind yjjh__parse_number(double *out, const char *s, size_t n)
{
    char buf[MAX_NUMBER_TEXT + 32];
    s = yjjh__trim(s, &n);
    if (yjjh__is_missing(s, n))
        return YJJH__CELL_MISSING;
    if (!clean_number(buf, s, n, 0) || !convert(out, buf))
        return YJJH__CELL_BAD;
    return YJJH__CELL_VALUE;
}

yjjh__cell_kind yjjh__parse_fact_value(double *out, const char *s, size_t n)
{
    char buf[MAX_NUMBER_TEXT + 32];
    size_t m;
    s = yjjh__trim(s, &n);
    if (yjjh__is_missing(s, n))
        return YJJH__CELL_MISSING;
    if (yjjh__ascii_ieq_word(s, n, "true") || yjjh__ascii_ieq_word(s, n, "yes") ||
        yjjh__ascii_ieq_word(s, n, "\xE6\x98\xAF" /* 是 */)) {
        *out = 1.0;
        return YJJH__CELL_VALUE;
    }
    if (yjjh__ascii_ieq_word(s, n, "false") || yjjh__ascii_ieq_word(s, n, "no") ||
        yjjh__ascii_ieq_word(s, n, "\xE5\x90\xA6" /* 否 */)) {
        *out = 0.0;
        return YJJH__CELL_VALUE;
    }
    /* percentage: "95%", "95 %", "95％" (U+FF05) */
    m = n;
    if (m >= 1 && s[m - 1] == '%')
        m -= 1;
    else if (m >= 3 && (unsigned char)s[m - 3] == 0xEF && (unsigned char)s[m - 2] == 0xBC &&
             (unsigned char)s[m - 1] == 0x85)
        m -= 3;
    if (m != n) {
        const char *t = yjjh__trim(s, &m);
        /* value × 10⁻² written as an exponent, so "33.3%" rounds exactly like "0.333" */
        if (m == 0 || memchr(t, 'e', m) || memchr(t, 'E', m) || !clean_number(buf, t, m, -2))
            return YJJH__CELL_BAD;
        return convert(out, buf) ? YJJH__CELL_VALUE : YJJH__CELL_BAD;
    }
    if (!clean_number(buf, s, n, 0) || !convert(out, buf))
        return YJJH__CELL_BAD;
    return YJJH__CELL_VALUE;
}

void yjjh__quote_excerpt(char *buf, size_t max, const char *s, size_t n)
{
    size_t o = 0, i = 0;
    int cut = 0;
    if (n > max) {
        size_t k = max;
        while (k > 0 && ((unsigned char)s[k] & 0xC0u) == 0x80u) /* do not split a character */
            k--;
        n = k;
        cut = 1;
    }
    for (; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        buf[o++] = (c < 0x20 || c == 0x7F) ? ' ' : (char)c;
    }
    if (cut) {
        memcpy(buf + o, "\xE2\x80\xA6", 3); /* … */
        o += 3;
    }
    buf[o] = '\0';
}

/* Whether the text has a digit of another script that users type for a number: full-width ０-９ (U+FF10-FF19),
 * Arabic-Indic ٠-٩ (U+0660-0669) or extended Arabic-Indic ۰-۹ (U+06F0-06F9). */
int yjjh__has_foreign_digit(const char *s, size_t n)
{
    for (size_t i = 0; i + 1 < n; i++) {
        unsigned char a = (unsigned char)s[i], b = (unsigned char)s[i + 1];
        if (a == 0xEF && b == 0xBC && i + 2 < n && (unsigned char)s[i + 2] >= 0x90 && (unsigned char)s[i + 2] <= 0x99)
            return 1;
        if ((a == 0xD9 && b >= 0xA0 && b <= 0xA9) || (a == 0xDB && b >= 0xB0 && b <= 0xB9))
            return 1;
    }
    return 0;
}

yjjh__cell_kind yjjh__number_cell(double *out, char msg[YJJH__CELL_MSG_SIZE], yjjh_problem_code *code, const char *s,
                                  size_t n, double scale)
{
    char ex[64];
    double v = NAN;
    *out = NAN;
    switch (yjjh__parse_number(&v, s, n)) {
    case YJJH__CELL_MISSING: return YJJH__CELL_MISSING;
    case YJJH__CELL_VALUE:
        if (isfinite(v * scale)) {
            *out = v * scale;
            return YJJH__CELL_VALUE;
        }
        yjjh__quote_excerpt(ex, 40, s, n);
        snprintf(msg, YJJH__CELL_MSG_SIZE, "\"%s\" is too large", ex);
        *code = YJJH_PROBLEM_TOO_LARGE;
        return YJJH__CELL_BAD;
    default:
        s = yjjh__trim(s, &n);
        yjjh__quote_excerpt(ex, 40, s, n);
        snprintf(msg, YJJH__CELL_MSG_SIZE, "\"%s\" is not a number%s", ex,
                 yjjh__has_foreign_digit(s, n) ? YJJH__DIGIT_HINT : "");
        *code = YJJH_PROBLEM_NOT_A_NUMBER;
        return YJJH__CELL_BAD;
    }
}

const char *yjjh__text_cell(const char *s, size_t *n)
{
    s = yjjh__trim(s, n);
    return yjjh__is_missing(s, *n) ? NULL : s;
}
