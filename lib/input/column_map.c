/* SPDX-License-Identifier: MIT */
/* --columns mappings (column_map.h), parsed with jansson. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "common/buf.h"
#include "common/diag_report.h"
#include "common/number_format.h"
#include "common/text.h"
#include "input/column_map.h"

typedef struct mctx {
    const char *source;
    yjjh_diag *diag;
    size_t errors;
    int nomem;
} mctx;

static void report(mctx *c, yjjh_problem_code code, const char *fmt, ...) YJJH__PRINTF(3, 4);
static void report(mctx *c, yjjh_problem_code code, const char *fmt, ...)
{
    va_list ap;
    c->errors++;
    va_start(ap, fmt);
    if (yjjh__diag_vreportf(c->diag, code, c->source, 0, NULL, fmt, ap) == YJJH_E_NOMEM)
        c->nomem = 1;
    va_end(ap);
}

int yjjh__map_header_eq(const char *header, const char *h)
{
    size_t na = strlen(header), nb = strlen(h);
    const char *a = yjjh__trim(header, &na), *b = yjjh__trim(h, &nb);
    return na > 0 && yjjh__ascii_ieq(a, na, b, nb);
}

/* A header or an array of headers into *list. Returns 1, or 0 after reporting. */
static int header_list(mctx *c, char ***list, size_t *n, const json_t *v, const char *key, const char *what)
{
    size_t count = json_is_array(v) ? json_array_size(v) : 1;
    if (!json_is_string(v) && !(json_is_array(v) && count > 0)) {
        report(c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING,
               "column %s: \"%s\" must be a header text or a list of header texts", key, what);
        return 0;
    }
    *list = calloc(count, sizeof **list);
    if (!*list) {
        c->nomem = 1;
        return 0;
    }
    for (size_t i = 0; i < count; i++) {
        const json_t *e = json_is_array(v) ? json_array_get(v, i) : v;
        if (!json_is_string(e) || yjjh__text_blank(json_string_value(e))) {
            report(c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING, "column %s: \"%s\" must list non-empty header texts", key,
                   what);
            return 0;
        }
        if (!((*list)[i] = yjjh__strdup(json_string_value(e)))) {
            c->nomem = 1;
            return 0;
        }
        *n = i + 1;
    }
    return 1;
}

static void free_entry(yjjh__map_entry *e)
{
    for (size_t i = 0; i < e->n_plus; i++)
        free(e->plus[i]);
    free(e->plus);
    for (size_t i = 0; i < e->n_minus; i++)
        free(e->minus[i]);
    free(e->minus);
    free(e->label);
    memset(e, 0, sizeof *e);
}

void yjjh__column_map_free(yjjh__column_map *m)
{
    for (size_t i = 0; i < m->n; i++)
        free_entry(&m->entries[i]);
    free(m->entries);
    memset(m, 0, sizeof *m);
}

static char *make_label(const yjjh__map_entry *e)
{
    yjjh__buf b = YJJH__BUF_INIT;
    for (size_t i = 0; i < e->n_plus; i++)
        yjjh__buf_printf(&b, "%s%s", i ? " + " : "", e->plus[i]);
    for (size_t i = 0; i < e->n_minus; i++)
        yjjh__buf_printf(&b, " - %s", e->minus[i]);
    if (e->scale != 1.0) {
        char num[40];
        yjjh__format_double(num, sizeof num, e->scale);
        yjjh__buf_printf(&b, " × %s", num);
    }
    return yjjh__buf_detach(&b);
}

static void parse_entry(mctx *c, yjjh__map_entry *e, const char *key, json_t *v)
{
    double scale_dummy;
    if (yjjh_column_from_header(&e->col, &scale_dummy, key) != YJJH_OK) {
        yjjh_column near;
        if (yjjh_column_closest(&near, key) == YJJH_OK)
            report(c, YJJH_PROBLEM_UNKNOWN_COLUMN, "\"%s\" is not a column (did you mean %s / %s?)", key,
                   yjjh_column_name(near), yjjh_column_name_zh(near));
        else
            report(c, YJJH_PROBLEM_UNKNOWN_COLUMN,
                   "\"%s\" is not a column (the column names are listed in docs/data-format.md)", key);
        return;
    }
    e->scale = 1.0;
    if (json_is_string(v)) {
        if (!header_list(c, &e->plus, &e->n_plus, v, key, "header"))
            return;
    } else if (json_is_object(v)) {
        const char *k;
        json_t *x;
        json_object_foreach(v, k, x)
        {
            if (strcmp(k, "from") == 0) {
                if (!header_list(c, &e->plus, &e->n_plus, x, key, "from"))
                    return;
            } else if (strcmp(k, "minus") == 0) {
                if (!header_list(c, &e->minus, &e->n_minus, x, key, "minus"))
                    return;
            } else if (strcmp(k, "scale") == 0) {
                if (!json_is_number(x) || !(json_number_value(x) > 0) || !isfinite(json_number_value(x))) {
                    report(c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING, "column %s: \"scale\" must be a positive number",
                           key);
                    return;
                }
                e->scale = json_number_value(x);
            } else if (strcmp(k, "comment") != 0) {
                report(c, YJJH_PROBLEM_UNKNOWN_KEY, "column %s: unknown key \"%s\" (from, minus, scale, comment)", key,
                       k);
                return;
            }
        }
        if (e->n_plus == 0) {
            report(c, YJJH_PROBLEM_MISSING_KEY, "column %s: \"from\" is missing", key);
            return;
        }
    } else {
        report(c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING,
               "column %s: the value must be a header text or an object {\"from\", \"minus\", \"scale\"}", key);
        return;
    }
    if (yjjh_column_is_text(e->col) && !yjjh__map_entry_plain(e)) {
        report(c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING,
               "column %s is a text column: map it to one header, without minus or scale", key);
        return;
    }
    if (!(e->label = make_label(e)))
        c->nomem = 1;
}

yjjh_status yjjh__column_map_parse(yjjh__column_map *out, const char *json, size_t len, const char *source,
                                   yjjh_diag *diag)
{
    mctx c = {source ? source : "<columns>", diag, 0, 0};
    json_error_t jerr;
    json_t *root, *cols;
    memset(out, 0, sizeof *out);
    root = json_loadb(json ? json : "", len, JSON_REJECT_DUPLICATES, &jerr);
    if (!root) {
        report(&c, YJJH_PROBLEM_JSON_SYNTAX, "column mapping: not valid JSON (line %d: %s)", jerr.line, jerr.text);
        return c.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_DATA;
    }
    cols = json_object_get(root, "columns");
    if (!json_is_object(root) || !json_is_object(cols)) {
        report(&c, YJJH_PROBLEM_WRONG_TYPE, "column mapping: the document must be an object with a \"columns\" object");
    } else {
        const char *k;
        json_t *v;
        json_object_foreach(root, k, v)
        {
            if (strcmp(k, "columns") != 0 && strcmp(k, "comment") != 0)
                report(&c, YJJH_PROBLEM_UNKNOWN_KEY, "column mapping: unknown key \"%s\" (columns, comment)", k);
        }
        out->entries = calloc(json_object_size(cols) ? json_object_size(cols) : 1, sizeof *out->entries);
        if (!out->entries)
            c.nomem = 1;
        json_object_foreach(cols, k, v)
        {
            if (c.nomem)
                break;
            parse_entry(&c, &out->entries[out->n], k, v);
            out->n++;
            for (size_t i = 0; i + 1 < out->n && !c.errors; i++)
                if (out->entries[i].col == out->entries[out->n - 1].col)
                    report(&c, YJJH_PROBLEM_DUPLICATE_KEY, "column mapping: column %s is mapped twice", k);
        }
        /* a header renamed to a column is the source of that column only (it may feed several computed ones) */
        for (size_t i = 0; i < out->n && !c.errors; i++) {
            const yjjh__map_entry *e = &out->entries[i];
            for (size_t h = 0; h < e->n_plus + e->n_minus; h++) {
                const char *hh = h < e->n_plus ? e->plus[h] : e->minus[h - e->n_plus];
                for (size_t j = 0; j < i; j++) {
                    const yjjh__map_entry *f = &out->entries[j];
                    if (!yjjh__map_entry_plain(e) && !yjjh__map_entry_plain(f))
                        continue;
                    for (size_t g = 0; g < f->n_plus + f->n_minus; g++)
                        if (yjjh__map_header_eq(hh, g < f->n_plus ? f->plus[g] : f->minus[g - f->n_plus]))
                            report(&c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING,
                                   "column mapping: header \"%s\" is used for both %s and %s", hh,
                                   yjjh_column_name(f->col), yjjh_column_name(e->col));
                }
            }
        }
    }
    json_decref(root);
    if (c.nomem || c.errors) {
        yjjh__column_map_free(out);
        return c.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_DATA;
    }
    return YJJH_OK;
}

const yjjh__map_entry *yjjh__column_map_find(const yjjh__column_map *m, const char *header)
{
    for (size_t i = 0; m && i < m->n; i++) {
        const yjjh__map_entry *e = &m->entries[i];
        for (size_t h = 0; h < e->n_plus; h++)
            if (yjjh__map_header_eq(header, e->plus[h]))
                return e;
        for (size_t h = 0; h < e->n_minus; h++)
            if (yjjh__map_header_eq(header, e->minus[h]))
                return e;
    }
    return NULL;
}

int yjjh__map_entry_plain(const yjjh__map_entry *e) { return e->n_plus == 1 && e->n_minus == 0 && e->scale == 1.0; }
