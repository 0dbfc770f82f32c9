/* SPDX-License-Identifier: MIT */
/* Private: locale-independent number text (JSON, CSV and report messages). Never installed.
 *
 * Every function writes '.' as the radix character whatever the host locale (LC_NUMERIC) is, so the library's
 * output does not depend on a setlocale() call of the application. Use these instead of "%g"/"%f" in
 * yjjh__buf_printf() or snprintf(). */
#ifndef YJJH_LIB_NUMBER_FORMAT_H
#define YJJH_LIB_NUMBER_FORMAT_H

#include <stddef.h>

/* Longest text the functions below write for a finite double, with the NUL ("-1.2345678901234567e-308"). */
#define YJJH__NUMBER_BUF 40

/* The shortest decimal that reads back as exactly v (closest to v among the shortest, ties to even), written as
 * printf("%.*g", P, v) with P the larger of 15 and its digit count — the text of "the shortest of %.15g, %.16g and
 * %.17g that reads back", e.g. 0.1 → "0.1", 1.0/3 → "0.3333333333333333", 1e15 → "1e+15"; -0 is written "0".
 * Locale-independent; NaN and infinities as printf writes them. buf has n bytes (≥ YJJH__NUMBER_BUF for every
 * finite v). */
void yjjh__format_double(char *buf, size_t n, double v);

/* yjjh__format_double() returning the length of the text written (without the NUL). */
size_t yjjh__format_double_len(char *buf, size_t n, double v);

/* v as printf("%.*g", precision, v) writes it in the "C" locale ("%g" is precision 6), e.g. (12.5, 6) → "12.5",
 * (1e7, 6) → "1e+07", (123456789, 10) → "123456789". */
void yjjh__format_g(char *buf, size_t n, double v, int precision);

/* v as printf("%.*f", decimals, v) writes it in the "C" locale, e.g. (0.4567, 3) → "0.457". The text of a large
 * v can be long: buf of n bytes receives at most n - 1 characters (cut like snprintf). */
void yjjh__format_fixed(char *buf, size_t n, double v, int decimals);

#endif
