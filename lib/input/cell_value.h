/* Private: interpreting CSV cells and fact values (data-format.md "Numbers", §3 booleans and rates). */
#ifndef YJJH_LIB_CELL_VALUE_H
#define YJJH_LIB_CELL_VALUE_H

#include <stddef.h>

/* Result of interpreting a cell. */
typedef enum yjjh__cell_kind {
    YJJH__CELL_MISSING = 0,  /* empty, "-", "NA", "N/A", "无" */
    YJJH__CELL_VALUE = 1,    /* *out holds the value */
    YJJH__CELL_BAD = 2       /* not a valid value */
} yjjh__cell_kind;

/* 1 when the text, trimmed (yjjh__trim() of common/text.h), is one of the missing-value tokens. */
int yjjh__is_missing(const char *s, size_t n);

/* A number: optional sign, digits with optional thousands separators ("1,234,567"), optional fraction and
 * exponent, surrounding spaces allowed. Locale-independent and correctly rounded. */
yjjh__cell_kind yjjh__parse_number(double *out, const char *s, size_t n);

/* A fact value: a number as above, a percentage ("95%", "95 %", "95％" → 0.95), or a boolean
 * (true/false, yes/no, 是/否 → 1/0; 1/0 are numbers anyway). */
yjjh__cell_kind yjjh__parse_fact_value(double *out, const char *s, size_t n);

/* Copy at most max bytes of s (cut at a UTF-8 character boundary, "…" appended when cut) into buf (size ≥ max+4),
 * replacing control characters by spaces: for quoting input text in messages. */
void yjjh__quote_excerpt(char *buf, size_t max, const char *s, size_t n);

#endif
