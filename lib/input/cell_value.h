/* SPDX-License-Identifier: MIT */
/* Private: interpreting CSV cells and fact values (data-format.md "Numbers", §3 booleans and rates). */
#ifndef YJJH_LIB_CELL_VALUE_H
#define YJJH_LIB_CELL_VALUE_H

#include <stddef.h>

#include "yjjh/yjjh_diag.h"

/* Result of interpreting a cell. */
typedef enum yjjh__cell_kind {
    YJJH__CELL_MISSING = 0, /* empty, "-", "NA", "N/A", "无" */
    YJJH__CELL_VALUE = 1,   /* *out holds the value */
    YJJH__CELL_BAD = 2      /* not a valid value */
} yjjh__cell_kind;

/* 1 when the text, trimmed (yjjh__trim() of common/text.h), is one of the missing-value tokens. */
int yjjh__is_missing(const char *s, size_t n);

/* A number: optional sign, digits with optional thousands separators ("1,234,567"), optional fraction and
 * exponent, surrounding spaces allowed. Locale-independent and correctly rounded. A value that overflows to
 * infinity or underflows to zero (a non-zero mantissa, "5e-400") is BAD (data-format.md "number cells"). */
yjjh__cell_kind yjjh__parse_number(double *out, const char *s, size_t n);

/* A fact value: a number as above, a percentage ("95%", "95 %", "95％" → 0.95), or a boolean
 * (true/false, yes/no, 是/否 → 1/0; 1/0 are numbers anyway). */
yjjh__cell_kind yjjh__parse_fact_value(double *out, const char *s, size_t n);

/* Size of the message buffer of yjjh__number_cell(). */
#define YJJH__CELL_MSG_SIZE 200

/* One number cell of school data, read the same way by every path (the CSV reader, yjjh_schools_set_cells()):
 * MISSING (*out = NaN), VALUE (*out = the number times scale) or BAD, with the problem written to msg
 * ("\"12a\" is not a number", with a hint when the text has non-ASCII digits; "\"9e307\" is too large" when the
 * scaled value overflows) and its code to *code (YJJH_PROBLEM_NOT_A_NUMBER or YJJH_PROBLEM_TOO_LARGE). */
yjjh__cell_kind yjjh__number_cell(double *out, char msg[YJJH__CELL_MSG_SIZE], yjjh_problem_code *code, const char *s,
                                  size_t n, double scale);

/* 1 when the text has a digit of another script that users type for a number: full-width ０-９, Arabic-Indic. */
int yjjh__has_foreign_digit(const char *s, size_t n);

/* The hint a number message gets when the text has such digits (data-format.md: only ASCII digits are numbers). */
#define YJJH__DIGIT_HINT " (write the digits as ASCII 0-9)"

/* One text cell of school data: the trimmed text (start returned, length in *n), or NULL when it is missing. */
const char *yjjh__text_cell(const char *s, size_t *n);

/* Copy at most max bytes of s (cut at a UTF-8 character boundary, "…" appended when cut) into buf (size ≥ max+4),
 * replacing control characters by spaces: for quoting input text in messages. */
void yjjh__quote_excerpt(char *buf, size_t max, const char *s, size_t n);

#endif
