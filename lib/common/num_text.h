/* SPDX-License-Identifier: MIT */
/* Private: a number as text inside a printf argument list, locale-independent. Never installed.
 *
 *     yjjh__buf_printf(&b, "%s < %s", yjjh__num_g(v, 6).s, yjjh__num_fixed(t, 2).s);
 *
 * Each call returns a small struct by value; its array lives until the end of the full expression (C11 6.2.4),
 * so several numbers can be formatted in one call without naming a buffer for each. The text is that of
 * common/number_format.h (printf's "%.*g" / "%.*f" in the "C" locale). */
#ifndef YJJH_LIB_NUM_TEXT_H
#define YJJH_LIB_NUM_TEXT_H

#include "common/number_format.h"

typedef struct yjjh__num_text {
    char s[YJJH__NUMBER_BUF];
} yjjh__num_text;

/* v as printf("%.*g", precision, v) in the "C" locale ("%g": precision 6). */
static inline yjjh__num_text yjjh__num_g(double v, int precision)
{
    yjjh__num_text t;
    yjjh__format_g(t.s, sizeof t.s, v, precision);
    return t;
}

/* v as printf("%.*f", decimals, v) in the "C" locale (cut to YJJH__NUMBER_BUF - 1 characters). */
static inline yjjh__num_text yjjh__num_fixed(double v, int decimals)
{
    yjjh__num_text t;
    yjjh__format_fixed(t.s, sizeof t.s, v, decimals);
    return t;
}

#endif
