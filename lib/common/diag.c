/* SPDX-License-Identifier: MIT */
/* Caller-owned diagnostics list (yjjh_diag.h): messages "file:line: column NAME: text". */
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_diag.h"
#include "common/array.h"
#include "common/buf.h"
#include "common/diag_report.h"
#include "common/text.h"

typedef struct diag_entry {
    char *message; /* formatted message */
    char *column;  /* column name as written, "" when none */
    char *file;    /* source name, "" when none */
    char *text;    /* the problem without its location */
    char *cell;    /* cell reference ("Sheet1!D14"), "" when none */
    size_t line;
    yjjh_problem_code code;
} diag_entry;

struct yjjh_diag {
    diag_entry *entries;
    size_t count;
    size_t cap;
    int overflowed; /* the "too many errors" entry has been added */
};

/* The names of yjjh_problem_code, indexed by code (docs/cli.md "Problem codes" lists them). */
static const char *const problem_names[] = {
    [YJJH_PROBLEM_OTHER] = "other",
    [YJJH_PROBLEM_TOO_MANY_PROBLEMS] = "too_many_problems",
    [YJJH_PROBLEM_UNKNOWN_ENCODING] = "unknown_encoding",
    [YJJH_PROBLEM_UNSUPPORTED_ENCODING] = "unsupported_encoding",
    [YJJH_PROBLEM_NUL_BYTE] = "nul_byte",
    [YJJH_PROBLEM_INVALID_ENCODING] = "invalid_encoding",
    [YJJH_PROBLEM_CSV_SYNTAX] = "csv_syntax",
    [YJJH_PROBLEM_EMPTY_FILE] = "empty_file",
    [YJJH_PROBLEM_TOO_MANY_FIELDS] = "too_many_fields",
    [YJJH_PROBLEM_DUPLICATE_COLUMN] = "duplicate_column",
    [YJJH_PROBLEM_MISSING_COLUMN] = "missing_column",
    [YJJH_PROBLEM_NOT_A_NUMBER] = "not_a_number",
    [YJJH_PROBLEM_TOO_LARGE] = "too_large",
    [YJJH_PROBLEM_NOT_FINITE] = "not_finite",
    [YJJH_PROBLEM_NEGATIVE_VALUE] = "negative_value",
    [YJJH_PROBLEM_NOT_INTEGER] = "not_integer",
    [YJJH_PROBLEM_MISSING_VALUE] = "missing_value",
    [YJJH_PROBLEM_DUPLICATE_ID] = "duplicate_id",
    [YJJH_PROBLEM_UNKNOWN_SCHOOL_TYPE] = "unknown_school_type",
    [YJJH_PROBLEM_UNKNOWN_OWNERSHIP] = "unknown_ownership",
    [YJJH_PROBLEM_UNKNOWN_LOCATION] = "unknown_location",
    [YJJH_PROBLEM_STAGE_NOT_SERVED] = "stage_not_served",
    [YJJH_PROBLEM_TEACHERS_WITHOUT_STUDENTS] = "teachers_without_students",
    [YJJH_PROBLEM_MISSING_PARENT] = "missing_parent",
    [YJJH_PROBLEM_UNKNOWN_PARENT] = "unknown_parent",
    [YJJH_PROBLEM_INVALID_PARENT] = "invalid_parent",
    [YJJH_PROBLEM_VALUE_OVERFLOW] = "value_overflow",
    [YJJH_PROBLEM_MISSING_COUNTY_CODE] = "missing_county_code",
    [YJJH_PROBLEM_DUPLICATE_COUNTY] = "duplicate_county",
    [YJJH_PROBLEM_UNKNOWN_FACT] = "unknown_fact",
    [YJJH_PROBLEM_DUPLICATE_FACT] = "duplicate_fact",
    [YJJH_PROBLEM_INVALID_FACT_VALUE] = "invalid_fact_value",
    [YJJH_PROBLEM_JSON_SYNTAX] = "json_syntax",
    [YJJH_PROBLEM_WRONG_TYPE] = "wrong_type",
    [YJJH_PROBLEM_DUPLICATE_KEY] = "duplicate_key",
    [YJJH_PROBLEM_UNKNOWN_KEY] = "unknown_key",
    [YJJH_PROBLEM_MISSING_KEY] = "missing_key",
    [YJJH_PROBLEM_OUT_OF_RANGE] = "out_of_range",
    [YJJH_PROBLEM_NOT_APPLICABLE] = "not_applicable",
    [YJJH_PROBLEM_UNKNOWN_STAGE] = "unknown_stage",
    [YJJH_PROBLEM_UNKNOWN_PROFILE] = "unknown_profile",
    [YJJH_PROBLEM_EXTENDS_TOO_DEEP] = "extends_too_deep",
    [YJJH_PROBLEM_TOO_LONG] = "too_long",
    [YJJH_PROBLEM_CANNOT_OPEN] = "cannot_open",
    [YJJH_PROBLEM_CANNOT_WRITE] = "cannot_write",
    [YJJH_PROBLEM_NO_ROWS] = "no_rows",
    [YJJH_PROBLEM_INTERNAL] = "internal",
    [YJJH_PROBLEM_BAD_REQUEST] = "bad_request",
    [YJJH_PROBLEM_NOT_FOUND] = "not_found",
    [YJJH_PROBLEM_METHOD_NOT_ALLOWED] = "method_not_allowed",
    [YJJH_PROBLEM_PAYLOAD_TOO_LARGE] = "payload_too_large",
    [YJJH_PROBLEM_UNSUPPORTED_MEDIA_TYPE] = "unsupported_media_type",
    [YJJH_PROBLEM_UNKNOWN_PROFILE_NAME] = "unknown_profile_name",
    [YJJH_PROBLEM_UNREADABLE_WORKBOOK] = "unreadable_workbook",
    [YJJH_PROBLEM_UNSUPPORTED_FORMAT] = "unsupported_format",
    [YJJH_PROBLEM_UNKNOWN_SHEET] = "unknown_sheet",
    [YJJH_PROBLEM_WORKBOOK_LIMIT] = "workbook_limit",
    [YJJH_PROBLEM_UNKNOWN_COLUMN] = "unknown_column",
    [YJJH_PROBLEM_TOTAL_ROW_SKIPPED] = "total_row_skipped",
    [YJJH_PROBLEM_HEADER_BELOW_TITLE] = "header_below_title",
    [YJJH_PROBLEM_NO_HEADER_ROW] = "no_header_row",
    [YJJH_PROBLEM_INVALID_COLUMN_MAPPING] = "invalid_column_mapping",
    [YJJH_PROBLEM_INVALID_OPTION] = "invalid_option",
};
#define N_PROBLEM_NAMES (sizeof problem_names / sizeof problem_names[0])
_Static_assert(N_PROBLEM_NAMES == (size_t)YJJH_PROBLEM_INVALID_OPTION + 1, "a name for every yjjh_problem_code");

const char *yjjh_problem_code_name(yjjh_problem_code code)
{
    return (size_t)code < N_PROBLEM_NAMES ? problem_names[code] : NULL;
}

yjjh_status yjjh_problem_code_from_name(yjjh_problem_code *out, const char *name)
{
    if (!out || !name)
        return YJJH_E_NULL_ARG;
    for (size_t i = 0; i < N_PROBLEM_NAMES; i++) {
        if (problem_names[i] && strcmp(problem_names[i], name) == 0) {
            *out = (yjjh_problem_code)i;
            return YJJH_OK;
        }
    }
    return YJJH_E_OUT_OF_RANGE;
}

yjjh_status yjjh_diag_new(yjjh_diag **out)
{
    yjjh_diag *d;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    d = calloc(1, sizeof *d);
    if (!d)
        return YJJH_E_NOMEM;
    *out = d;
    return YJJH_OK;
}

void yjjh_diag_clear(yjjh_diag *diag)
{
    if (!diag)
        return;
    for (size_t i = 0; i < diag->count; i++) {
        free(diag->entries[i].message);
        free(diag->entries[i].column);
        free(diag->entries[i].file);
        free(diag->entries[i].text);
        free(diag->entries[i].cell);
    }
    diag->count = 0;
    diag->overflowed = 0;
}

void yjjh_diag_free(yjjh_diag *diag)
{
    if (!diag)
        return;
    yjjh_diag_clear(diag);
    free(diag->entries);
    free(diag);
}

size_t yjjh_diag_count(const yjjh_diag *diag) { return diag ? diag->count : 0; }

yjjh_status yjjh_diag_get(yjjh_diag_entry *out, const yjjh_diag *diag, size_t i)
{
    if (!out || !diag)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_DIAG_ENTRY_VERSION && out->version != 1)
        return YJJH_E_STRUCT_VERSION;
    if (i >= diag->count)
        return YJJH_E_OUT_OF_RANGE;
    out->message = diag->entries[i].message;
    out->line = diag->entries[i].line;
    out->column = diag->entries[i].column;
    if (out->version >= 2) { /* a version-1 struct ends before `code` */
        out->code = diag->entries[i].code;
        out->file = diag->entries[i].file;
        out->text = diag->entries[i].text;
        out->cell = diag->entries[i].cell;
    }
    return YJJH_OK;
}

/* Build "file:line: column NAME: text", or with a cell reference "file: Sheet1!D14: column NAME: text" (parts
 * left out when not given), control characters escaped and cut characters dropped (yjjh__buf_put_escaped(): text
 * from the data never reaches a terminal raw). */
static char *format_message(const char *file, size_t line, const char *ref, const char *column, const char *text)
{
    yjjh__buf b = YJJH__BUF_INIT;
    int has_file = file && *file;
    if (has_file)
        yjjh__buf_put_escaped(&b, file, 0);
    if (ref && *ref) {
        if (has_file)
            yjjh__buf_puts(&b, ": ");
        yjjh__buf_put_escaped(&b, ref, 0);
        yjjh__buf_puts(&b, ": ");
    } else if (line > 0)
        yjjh__buf_printf(&b, has_file ? ":%zu: " : "line %zu: ", line);
    else if (has_file)
        yjjh__buf_puts(&b, ": ");
    if (column && *column) {
        yjjh__buf_puts(&b, "column ");
        yjjh__buf_put_escaped(&b, column, 0);
        yjjh__buf_puts(&b, ": ");
    }
    yjjh__buf_put_escaped(&b, text, 0);
    return yjjh__buf_detach(&b);
}

/* A copy of s with control characters escaped as in the message (yjjh__buf_put_escaped()), or NULL. */
static char *escaped(const char *s)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_put_escaped(&b, s, 0);
    return yjjh__buf_detach(&b); /* NULL when out of memory */
}

static yjjh_status push(yjjh_diag *diag, yjjh_problem_code code, const char *file, size_t line, const char *ref,
                        const char *column, const char *text)
{
    diag_entry e;
    if (yjjh__grow((void **)&diag->entries, &diag->cap, diag->count + 1, sizeof *diag->entries) != YJJH_OK)
        return YJJH_E_NOMEM;
    e.message = format_message(file, line, ref, column, text);
    e.column = escaped(column ? column : "");
    e.file = escaped(file ? file : "");
    e.text = escaped(text);
    e.cell = escaped(ref ? ref : "");
    e.line = line;
    e.code = code;
    if (!e.message || !e.column || !e.file || !e.text || !e.cell) {
        free(e.message);
        free(e.column);
        free(e.file);
        free(e.text);
        free(e.cell);
        return YJJH_E_NOMEM;
    }
    diag->entries[diag->count++] = e;
    return YJJH_OK;
}

/* yjjh_diag_add_problem() with an optional cell reference in place of the line in the message. */
static yjjh_status add_ref(yjjh_diag *diag, yjjh_problem_code code, const char *file, size_t line, const char *ref,
                           const char *column, const char *text)
{
    if (!diag || !text)
        return YJJH_E_NULL_ARG;
    if (!yjjh_problem_code_name(code))
        return YJJH_E_OUT_OF_RANGE;
    if (diag->overflowed)
        return YJJH_OK;
    if (diag->count >= YJJH_DIAG_MAX) {
        yjjh_status s = push(diag, YJJH_PROBLEM_TOO_MANY_PROBLEMS, file, 0, NULL, NULL,
                             "too many errors (only the first 100 are listed)");
        if (s == YJJH_OK)
            diag->overflowed = 1;
        return s;
    }
    return push(diag, code, file, line, ref, column, text);
}

yjjh_status yjjh_diag_add_problem(yjjh_diag *diag, yjjh_problem_code code, const char *file, size_t line,
                                  const char *column, const char *text)
{
    return add_ref(diag, code, file, line, NULL, column, text);
}

yjjh_status yjjh_diag_add(yjjh_diag *diag, const char *file, size_t line, const char *column, const char *text)
{
    return yjjh_diag_add_problem(diag, YJJH_PROBLEM_OTHER, file, line, column, text);
}

yjjh_status yjjh__diag_add_ref(yjjh_diag *diag, yjjh_problem_code code, const char *file, size_t line, const char *ref,
                               const char *column, const char *text)
{
    return add_ref(diag, code, file, line, ref, column, text);
}

yjjh_status yjjh__diag_vreportf(yjjh_diag *d, yjjh_problem_code code, const char *source, size_t line,
                                const char *column, const char *fmt, va_list ap)
{
    return yjjh__diag_vreportf_ref(d, code, source, line, NULL, column, fmt, ap);
}

yjjh_status yjjh__diag_vreportf_ref(yjjh_diag *d, yjjh_problem_code code, const char *source, size_t line,
                                    const char *ref, const char *column, const char *fmt, va_list ap)
{
    char *text;
    yjjh_status st;
    if (!d)
        return YJJH_OK;
    if (!(text = yjjh__vstrprintf(fmt, ap)))
        return YJJH_E_NOMEM;
    st = add_ref(d, code, source, line, ref, column, text);
    free(text);
    return st;
}
