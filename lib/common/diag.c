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
    size_t line;
} diag_entry;

struct yjjh_diag {
    diag_entry *entries;
    size_t count;
    size_t cap;
    int overflowed; /* the "too many errors" entry has been added */
};

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
    if (out->version != YJJH_DIAG_ENTRY_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= diag->count)
        return YJJH_E_OUT_OF_RANGE;
    out->message = diag->entries[i].message;
    out->line = diag->entries[i].line;
    out->column = diag->entries[i].column;
    return YJJH_OK;
}

/* Build "file:line: column NAME: text", or with a cell reference "file: Sheet1!D14: column NAME: text" (parts
 * left out when not given). */
static char *format_message(const char *file, size_t line, const char *ref, const char *column, const char *text)
{
    yjjh__buf b = YJJH__BUF_INIT;
    int has_file = file && *file;
    if (has_file)
        yjjh__buf_puts(&b, file);
    if (ref && *ref)
        yjjh__buf_printf(&b, has_file ? ": %s: " : "%s: ", ref);
    else if (line > 0)
        yjjh__buf_printf(&b, has_file ? ":%zu: " : "line %zu: ", line);
    else if (has_file)
        yjjh__buf_puts(&b, ": ");
    if (column && *column) {
        yjjh__buf_puts(&b, "column ");
        yjjh__buf_puts(&b, column);
        yjjh__buf_puts(&b, ": ");
    }
    yjjh__buf_puts(&b, text);
    return yjjh__buf_detach(&b);
}

static yjjh_status push(yjjh_diag *diag, const char *file, size_t line, const char *ref, const char *column,
                        const char *text)
{
    diag_entry e;
    if (yjjh__grow((void **)&diag->entries, &diag->cap, diag->count + 1, sizeof *diag->entries) != YJJH_OK)
        return YJJH_E_NOMEM;
    e.message = format_message(file, line, ref, column, text);
    e.column = yjjh__strdup(column ? column : "");
    e.line = line;
    if (!e.message || !e.column) {
        free(e.message);
        free(e.column);
        return YJJH_E_NOMEM;
    }
    diag->entries[diag->count++] = e;
    return YJJH_OK;
}

/* yjjh_diag_add() with an optional cell reference in place of the line in the message. */
static yjjh_status add_ref(yjjh_diag *diag, const char *file, size_t line, const char *ref, const char *column,
                           const char *text)
{
    if (!diag || !text)
        return YJJH_E_NULL_ARG;
    if (diag->overflowed)
        return YJJH_OK;
    if (diag->count >= YJJH_DIAG_MAX) {
        yjjh_status s = push(diag, file, 0, NULL, NULL, "too many errors (only the first 100 are listed)");
        if (s == YJJH_OK)
            diag->overflowed = 1;
        return s;
    }
    return push(diag, file, line, ref, column, text);
}

yjjh_status yjjh_diag_add(yjjh_diag *diag, const char *file, size_t line, const char *column, const char *text)
{
    return add_ref(diag, file, line, NULL, column, text);
}

yjjh_status yjjh__diag_add_ref(yjjh_diag *diag, const char *file, size_t line, const char *ref, const char *column,
                               const char *text)
{
    return add_ref(diag, file, line, ref, column, text);
}

yjjh_status yjjh__diag_vreportf(yjjh_diag *d, const char *source, size_t line, const char *column, const char *fmt,
                                va_list ap)
{
    char *text;
    yjjh_status st;
    if (!d)
        return YJJH_OK;
    if (!(text = yjjh__vstrprintf(fmt, ap)))
        return YJJH_E_NOMEM;
    st = yjjh_diag_add(d, source, line, column, text);
    free(text);
    return st;
}

yjjh_status yjjh__diag_vreportf_ref(yjjh_diag *d, const char *source, size_t line, const char *ref, const char *column,
                                    const char *fmt, va_list ap)
{
    char *text;
    yjjh_status st;
    if (!d)
        return YJJH_OK;
    if (!(text = yjjh__vstrprintf(fmt, ap)))
        return YJJH_E_NOMEM;
    st = add_ref(d, source, line, ref, column, text);
    free(text);
    return st;
}
