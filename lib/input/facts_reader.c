/* SPDX-License-Identifier: MIT */
/* The county facts reader (data-format.md §3): CSV, one row per county, or JSON, an object keyed by county code.
 * Values: numbers, booleans (true/false, 1/0, 是/否), rates as fractions or percentages ("95%"). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "yjjh/yjjh_reader.h"
#include "input/text_decode.h"
#include "input/csv_records.h"
#include "input/xlsx_reader.h"
#include "input/cell_value.h"
#include "common/file_util.h"
#include "common/array.h"
#include "common/diag_report.h"
#include "common/strmap.h"
#include "common/text.h"

#define BAD_VALUE_HINT "is not a number, a boolean (true/false, 1/0, 是/否) or a percentage (95%)"

typedef struct facts_ctx {
    const char *source;
    yjjh_diag *diag;
    size_t errors;
    yjjh_facts *facts;
    /* CSV state */
    int have_header;
    char **header;     /* trimmed header texts */
    const char **keys; /* fact key of each field, NULL when ignored */
    size_t n_header;
    size_t code_field; /* field of county_code, or (size_t)-1 */
    size_t data_rows;
    char **codes;       /* county codes seen, for duplicates */
    size_t *code_lines; /* line of each code's first row */
    size_t n_codes, cap_codes, cap_lines;
    yjjh__strmap code_index; /* code -> index into codes */
} facts_ctx;

/* Count an error and add it to the diag (when there is one). Returns YJJH_OK or YJJH_E_NOMEM. */
static yjjh_status report(facts_ctx *c, yjjh_problem_code code, size_t line, const char *column, const char *fmt, ...)
    YJJH__PRINTF(5, 6);
static yjjh_status report(facts_ctx *c, yjjh_problem_code code, size_t line, const char *column, const char *fmt, ...)
{
    va_list ap;
    yjjh_status st;
    c->errors++;
    va_start(ap, fmt);
    st = yjjh__diag_vreportf(c->diag, code, c->source, line, column, fmt, ap);
    va_end(ap);
    return st;
}

/* Remember a county code; *dup_line receives the line of an earlier row with the same code (0 when new). */
static yjjh_status remember_code(facts_ctx *c, const char *code, size_t line, size_t *dup_line)
{
    size_t i;
    char *copy;
    *dup_line = 0;
    if (yjjh__strmap_get(&c->code_index, code, &i)) {
        *dup_line = c->code_lines[i];
        return YJJH_OK;
    }
    if (yjjh__grow((void **)&c->codes, &c->cap_codes, c->n_codes + 1, sizeof *c->codes) != YJJH_OK ||
        yjjh__grow((void **)&c->code_lines, &c->cap_lines, c->n_codes + 1, sizeof *c->code_lines) != YJJH_OK ||
        !(copy = yjjh__strdup(code)))
        return YJJH_E_NOMEM;
    if (yjjh__strmap_put(&c->code_index, copy, c->n_codes, NULL, NULL) != YJJH_OK) {
        free(copy);
        return YJJH_E_NOMEM;
    }
    c->codes[c->n_codes] = copy;
    c->code_lines[c->n_codes++] = line;
    return YJJH_OK;
}

static void free_ctx(facts_ctx *c)
{
    for (size_t i = 0; i < c->n_header; i++)
        free(c->header[i]);
    free(c->header);
    free((void *)c->keys);
    for (size_t i = 0; i < c->n_codes; i++)
        free(c->codes[i]);
    free(c->codes);
    free(c->code_lines);
    yjjh__strmap_free(&c->code_index);
}

/* ---- CSV ---- */

static yjjh_status csv_header(facts_ctx *c, const yjjh__csv_record *rec)
{
    yjjh_status st = YJJH_OK;
    size_t n = rec->n ? rec->n : 1;
    c->header = calloc(n, sizeof *c->header);
    c->keys = calloc(n, sizeof *c->keys);
    if (!c->header || !c->keys)
        return YJJH_E_NOMEM;
    c->code_field = (size_t)-1;
    for (size_t j = 0; j < rec->n && st == YJJH_OK; j++) {
        size_t len = strlen(rec->fields[j]);
        const char *t = yjjh__trim(rec->fields[j], &len);
        const char *key = NULL;
        yjjh_column col;
        double scale;
        c->header[j] = yjjh__strndup(t, len);
        if (!c->header[j])
            return YJJH_E_NOMEM;
        c->n_header = j + 1;
        if (len == 0)
            continue;
        if (yjjh_column_from_header(&col, &scale, c->header[j]) == YJJH_OK &&
            (col == YJJH_COL_COUNTY_CODE || col == YJJH_COL_COUNTY_NAME)) {
            if (col == YJJH_COL_COUNTY_CODE) {
                if (c->code_field != (size_t)-1)
                    st = report(c, YJJH_PROBLEM_DUPLICATE_COLUMN, rec->line, c->header[j],
                                "duplicate county_code column");
                else
                    c->code_field = j;
            }
            continue;
        }
        if (yjjh_fact_key_from_name(&key, c->header[j]) != YJJH_OK)
            continue; /* unknown columns are kept and ignored (data-format.md) */
        for (size_t k = 0; k < j; k++) {
            if (c->keys[k] && strcmp(c->keys[k], key) == 0) {
                st = report(c, YJJH_PROBLEM_DUPLICATE_COLUMN, rec->line, c->header[j],
                            "duplicate column (field %zu \"%.100s\" is the same fact)", k + 1, c->header[k]);
                key = NULL;
                break;
            }
        }
        c->keys[j] = key;
    }
    c->have_header = 1;
    return st;
}

static yjjh_status csv_row(facts_ctx *c, const yjjh__csv_record *rec)
{
    const char *code = "";
    char *code_buf = NULL;
    size_t dup_line;
    yjjh_status st;

    c->data_rows++;
    if (rec->n > c->n_header)
        return report(c, YJJH_PROBLEM_TOO_MANY_FIELDS, rec->line, NULL, "the row has %zu fields but the header has %zu",
                      rec->n, c->n_header);
    if (c->code_field != (size_t)-1 && c->code_field < rec->n) {
        size_t len = strlen(rec->fields[c->code_field]);
        const char *t = yjjh__trim(rec->fields[c->code_field], &len);
        if (!yjjh__is_missing(t, len)) {
            code_buf = yjjh__strndup(t, len);
            if (!code_buf)
                return YJJH_E_NOMEM;
            code = code_buf;
        }
    } else if (c->data_rows > 1) {
        free(code_buf);
        return report(c, YJJH_PROBLEM_MISSING_COUNTY_CODE, rec->line, NULL,
                      "several rows but no county_code (县区代码) column: each row must name its county");
    }
    st = remember_code(c, code, rec->line, &dup_line);
    if (st == YJJH_OK && dup_line) {
        st = report(c, YJJH_PROBLEM_DUPLICATE_COUNTY, rec->line,
                    c->code_field != (size_t)-1 ? c->header[c->code_field] : NULL,
                    "county \"%.40s\" is given twice (also on line %zu)", code, dup_line);
        free(code_buf);
        return st;
    }
    for (size_t j = 0; j < rec->n && st == YJJH_OK; j++) {
        double v = NAN;
        if (!c->keys[j])
            continue;
        switch (yjjh__parse_fact_value(&v, rec->fields[j], strlen(rec->fields[j]))) {
        case YJJH__CELL_VALUE: st = yjjh_facts_set(c->facts, code, c->keys[j], v); break;
        case YJJH__CELL_MISSING: break;
        default: {
            char ex[64];
            size_t len = strlen(rec->fields[j]);
            const char *t = yjjh__trim(rec->fields[j], &len);
            yjjh__quote_excerpt(ex, 40, t, len);
            st = report(c, YJJH_PROBLEM_INVALID_FACT_VALUE, rec->line, c->header[j], "\"%s\" %s%s", ex, BAD_VALUE_HINT,
                        yjjh__has_foreign_digit(t, len) ? YJJH__DIGIT_HINT : "");
        }
        }
    }
    free(code_buf);
    return st;
}

/* Above the header, a record whose first non-empty field starts with '#' is a comment (the explanation rows of
 * `yjjh template --facts`), and a record of empty fields is skipped. */
static int comment_record(const yjjh__csv_record *rec)
{
    for (size_t i = 0; i < rec->n; i++) {
        size_t n = strlen(rec->fields[i]);
        const char *t = yjjh__trim(rec->fields[i], &n);
        if (n > 0)
            return t[0] == '#';
    }
    return 1;
}

static yjjh_status on_csv_record(void *ctx, const yjjh__csv_record *rec)
{
    facts_ctx *c = ctx;
    if (!c->have_header && comment_record(rec))
        return YJJH_OK;
    return c->have_header ? csv_row(c, rec) : csv_header(c, rec);
}

/* ---- JSON ---- */

static int is_ignored_json_key(const char *k)
{
    return strcmp(k, "county_name") == 0 ||
           strcmp(k, "\xE5\x8E\xBF\xE5\x8C\xBA\xE5\x90\x8D\xE7\xA7\xB0") == 0
           /* 县区名称 */
           || strcmp(k, "description") == 0;
}

/* One fact: key path for messages is "<county>.<key>" (or "<key>" for the default level). */
static yjjh_status json_fact(facts_ctx *c, const char *county, const cJSON *item, const char **seen, size_t *n_seen)
{
    const char *key = NULL;
    char path[300];
    double v = NAN;
    yjjh__cell_kind kind;

    if (county[0])
        snprintf(path, sizeof path, "%.60s.%.200s", county, item->string);
    else
        snprintf(path, sizeof path, "%.200s", item->string);
    if (is_ignored_json_key(item->string))
        return YJJH_OK;
    if (yjjh_fact_key_from_name(&key, item->string) != YJJH_OK) {
        return report(c, YJJH_PROBLEM_UNKNOWN_FACT, 0, NULL, "%s: unknown fact (see `yjjh standards --facts`)", path);
    }
    for (size_t i = 0; i < *n_seen; i++) {
        if (strcmp(seen[i], key) == 0)
            return report(c, YJJH_PROBLEM_DUPLICATE_FACT, 0, NULL, "%s: fact %s is given twice", path, key);
    }
    seen[(*n_seen)++] = key;
    if (cJSON_IsNull(item))
        return YJJH_OK;
    if (cJSON_IsBool(item)) {
        v = cJSON_IsTrue(item) ? 1.0 : 0.0;
        kind = YJJH__CELL_VALUE;
    } else if (cJSON_IsNumber(item)) {
        v = item->valuedouble;
        kind = isfinite(v) ? YJJH__CELL_VALUE : YJJH__CELL_BAD;
    } else if (cJSON_IsString(item)) {
        kind = yjjh__parse_fact_value(&v, item->valuestring, strlen(item->valuestring));
    } else {
        kind = YJJH__CELL_BAD;
    }
    if (kind == YJJH__CELL_MISSING)
        return YJJH_OK;
    if (kind == YJJH__CELL_BAD) {
        if (cJSON_IsString(item)) {
            char ex[64];
            yjjh__quote_excerpt(ex, 40, item->valuestring, strlen(item->valuestring));
            return report(c, YJJH_PROBLEM_INVALID_FACT_VALUE, 0, NULL, "%s: \"%s\" %s%s", path, ex, BAD_VALUE_HINT,
                          yjjh__has_foreign_digit(item->valuestring, strlen(item->valuestring)) ? YJJH__DIGIT_HINT
                                                                                                : "");
        }
        return report(c, YJJH_PROBLEM_INVALID_FACT_VALUE, 0, NULL, "%s: an object or array is not a fact value (it %s)",
                      path, BAD_VALUE_HINT);
    }
    return yjjh_facts_set(c->facts, county, key, v);
}

static yjjh_status read_json(facts_ctx *c, const char *text, size_t len)
{
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(text, len, &end, 0);
    const cJSON *it;
    const char **seen_default = NULL;
    size_t n_default = 0;
    yjjh_status st = YJJH_OK;

    if (!root) {
        size_t off = (end && end >= text && end <= text + len) ? (size_t)(end - text) : 0;
        return report(c, YJJH_PROBLEM_JSON_SYNTAX, yjjh__line_of_offset(text, off), NULL, "JSON syntax error");
    }
    {
        size_t off = (end && end >= text && end <= text + len) ? (size_t)(end - text) : len;
        while (off < len && (text[off] == ' ' || text[off] == '\t' || text[off] == '\n' || text[off] == '\r'))
            off++;
        if (off < len) {
            cJSON_Delete(root);
            return report(c, YJJH_PROBLEM_JSON_SYNTAX, yjjh__line_of_offset(text, off), NULL,
                          "JSON syntax error: text after the end of the JSON value");
        }
    }
    if (!cJSON_IsObject(root)) {
        cJSON_Delete(root);
        return report(c, YJJH_PROBLEM_WRONG_TYPE, 1, NULL, "the facts JSON must be an object keyed by county code");
    }
    seen_default = calloc(yjjh_fact_key_count() + 1, sizeof *seen_default);
    if (!seen_default) {
        cJSON_Delete(root);
        return YJJH_E_NOMEM;
    }
    for (it = root->child; it && st == YJJH_OK; it = it->next) {
        size_t dup_line;
        if (cJSON_IsObject(it)) {
            const char *county = it->string;
            const char **seen;
            size_t n_seen = 0;
            if (strcmp(county, "*") == 0 || strcmp(county, "default") == 0)
                county = "";
            st = remember_code(c, county, 1, &dup_line);
            if (st != YJJH_OK)
                break;
            if (dup_line) {
                st = report(c, YJJH_PROBLEM_DUPLICATE_COUNTY, 0, NULL, "%.60s: county is given twice", it->string);
                continue;
            }
            seen = calloc(yjjh_fact_key_count() + 1, sizeof *seen);
            if (!seen) {
                st = YJJH_E_NOMEM;
                break;
            }
            for (const cJSON *f = it->child; f && st == YJJH_OK; f = f->next) {
                st = json_fact(c, county, f, seen, &n_seen);
            }
            free((void *)seen);
        } else {
            /* a fact at the top level is the default of every county */
            const char *k = NULL;
            /* json_fact() adds only distinct known keys, so `seen` never holds more than yjjh_fact_key_count() */
            if (yjjh_fact_key_from_name(&k, it->string) != YJJH_OK && !is_ignored_json_key(it->string)) {
                st = report(c, YJJH_PROBLEM_UNKNOWN_FACT, 0, NULL,
                            "%.200s: expected an object of facts for a county code, or a fact name at the top level",
                            it->string);
                continue;
            }
            st = json_fact(c, "", it, seen_default, &n_default);
        }
    }
    free((void *)seen_default);
    cJSON_Delete(root);
    return st;
}

/* ---- entry points ---- */

static int looks_like_json(const char *text, size_t len)
{
    for (size_t i = 0; i < len; i++) {
        char ch = text[i];
        if (ch == ' ' || ch == '\t' || ch == '\r' || ch == '\n')
            continue;
        return ch == '{' || ch == '[';
    }
    return 0;
}

yjjh_status yjjh_facts_read_buffer(yjjh_facts **out, const char *data, size_t len, const char *source_name,
                                   const char *encoding, yjjh_diag *diag)
{
    facts_ctx c;
    char *text = NULL;
    size_t text_len = 0;
    yjjh_status st;

    if (out)
        *out = NULL;
    if (!out || (!data && len > 0))
        return YJJH_E_NULL_ARG;
    memset(&c, 0, sizeof c);
    c.source = source_name ? source_name : "<buffer>";
    c.diag = diag;
    c.code_field = (size_t)-1;

    st = yjjh_facts_new(&c.facts);
    if (st != YJJH_OK)
        return st;
    if (data && yjjh__book_sniff(data, len) == YJJH__BOOK_XLS) {
        st = report(&c, YJJH_PROBLEM_UNSUPPORTED_FORMAT, 0, NULL, "%s",
                    "an .xls (Excel 97-2003) workbook or another OLE2 file is not read: save it as .xlsx or CSV");
    } else if (data && yjjh__book_sniff(data, len) != YJJH__BOOK_TEXT) {
        /* a workbook: its first sheet, the header in its first row with text (comment rows above it skipped) */
        char *sheet = NULL;
        yjjh__xlsx_error xerr;
        st = yjjh__xlsx_parse(data, len, NULL, &sheet, on_csv_record, &c, &xerr);
        if (st == YJJH_E_INVALID_DATA)
            st = report(&c, YJJH_PROBLEM_INVALID_WORKBOOK, 0, NULL, "%s", xerr.message);
        if (st == YJJH_OK && !c.have_header && c.errors == 0)
            st = report(&c, YJJH_PROBLEM_EMPTY_FILE, 0, NULL, "the workbook's first sheet is empty (no header row)");
        free(sheet);
    } else {
        st = yjjh__decode_text(&text, &text_len, data ? data : "", len, c.source, encoding, diag);
        if (st != YJJH_OK) {
            yjjh_facts_free(c.facts);
            return st;
        }
        if (looks_like_json(text, text_len)) {
            st = read_json(&c, text, text_len);
        } else {
            yjjh__csv_error err;
            st = yjjh__csv_parse(text, text_len, on_csv_record, &c, &err);
            if (st == YJJH_E_INVALID_DATA)
                st = report(&c, err.code, err.line, NULL, "%s", err.message);
            if (st == YJJH_OK && !c.have_header && c.errors == 0)
                st = report(&c, YJJH_PROBLEM_EMPTY_FILE, 1, NULL, "the file is empty (no header row)");
        }
    }
    free(text);
    free_ctx(&c);
    if (st == YJJH_OK && c.errors == 0) {
        *out = c.facts;
        return YJJH_OK;
    }
    yjjh_facts_free(c.facts);
    return st != YJJH_OK ? st : YJJH_E_INVALID_FACTS;
}

yjjh_status yjjh_facts_read_file(yjjh_facts **out, const char *path, const char *encoding, yjjh_diag *diag)
{
    char *buf = NULL;
    size_t len = 0;
    yjjh_status st;
    if (out)
        *out = NULL;
    if (!out || !path)
        return YJJH_E_NULL_ARG;
    st = yjjh__read_file(&buf, &len, path);
    if (st != YJJH_OK)
        return st;
    st = yjjh_facts_read_buffer(out, buf, len, path, encoding, diag);
    free(buf);
    return st;
}
