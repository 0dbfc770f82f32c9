/* SPDX-License-Identifier: MIT */
/* Locale-independent number text: printf's conversions, with the radix character of the locale rewritten as '.'.
 *
 * snprintf() writes the radix character of LC_NUMERIC ("," in de_DE, a two-byte "٫" in ps_AF). Its output for a
 * double is [-]digits[RADIX digits][e±digits] (or inf/nan), so the bytes between the integer digits and the next
 * digit are the radix and are replaced by '.'. No locale object and no global state are needed, and strtod()
 * still reads the unconverted text in the same locale. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/number_format.h"

/* Rewrite the radix of buf as '.', in place. printf writes the radix right after the integer digits (and only
 * there), followed by a digit; anything else there — the end, 'e', "inf"/"nan" or '.' itself — needs nothing. */
static void c_radix(char *buf)
{
    char *p = buf, *q;
    if (*p == '-' || *p == '+')
        p++;
    while (*p >= '0' && *p <= '9')
        p++;
    if (*p == '\0' || *p == '.' || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z'))
        return;
    for (q = p; *q && !(*q >= '0' && *q <= '9'); q++)
        ;
    *p = '.';
    memmove(p + 1, q, strlen(q) + 1);
}

void yjjh__format_double(char *buf, size_t n, double v)
{
    if (n == 0)
        return;
    if (v == 0.0)
        v = 0.0; /* -0 reads back as 0 in every consumer; "-0" would only surprise */
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v) /* read back in the same locale as written */
            break;
    }
    c_radix(buf);
}

void yjjh__format_g(char *buf, size_t n, double v, int precision)
{
    if (n == 0)
        return;
    snprintf(buf, n, "%.*g", precision, v);
    c_radix(buf);
}

void yjjh__format_fixed(char *buf, size_t n, double v, int decimals)
{
    if (n == 0)
        return;
    snprintf(buf, n, "%.*f", decimals < 0 ? 0 : decimals, v);
    c_radix(buf);
}
