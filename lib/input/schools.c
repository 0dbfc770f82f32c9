/* SPDX-License-Identifier: MIT */
/* The school table (yjjh_schools.h): column-oriented, NaN = missing number, NULL = missing text. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_schools.h"
#include "input/schools_internal.h"
#include "common/array.h"
#include "common/diag_report.h"
#include "common/text.h"
#include "input/xlsx_reader.h"

typedef struct table_column {
    int present;
    double *num;             /* number columns: n values */
    void *num_block;         /* NULL, or the malloc'ed block num lies in (yjjh__schools_adopt_numbers_in) */
    char **text;             /* text columns: n strings or NULL */
    unsigned char *borrowed; /* NULL, or per row: text[r] lies in one of the table's blocks (not freed alone) */
    char *header;            /* header as written by the source, or NULL (English name) */
    size_t sheet_col;        /* xlsx column index + 1 of the column, 0 when not from a sheet */
} table_column;

struct yjjh_schools {
    yjjh__schools_cols view; /* first member: read by the inline accessors of schools_internal.h */
    size_t n;
    table_column cols[YJJH__N_COLUMNS];
    char *source;  /* source name or NULL */
    size_t *lines; /* physical lines or NULL */
    char *sheet;   /* xlsx sheet the rows come from, or NULL */
    char **notes;  /* what the reader noted (skipped total rows, unknown columns) */
    size_t n_notes, cap_notes;
    char **blocks; /* memory the borrowed texts lie in (yjjh__schools_adopt_blocks) */
    size_t n_blocks;
};

/* Bring the view of column index i in step with the column (after every change of its arrays). */
static void sync(yjjh_schools *t, int i)
{
    const table_column *c = &t->cols[i];
    yjjh_column col;
    if (yjjh_column_get(&col, (size_t)i) != YJJH_OK || (unsigned)col >= YJJH__COLUMN_ID_SLOTS)
        return;
    t->view.num[col] = c->present ? c->num : NULL;
    t->view.text[col] = c->present ? (const char *const *)c->text : NULL;
}

yjjh_status yjjh_schools_new(yjjh_schools **out, size_t n_rows)
{
    yjjh_schools *t;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (n_rows > ((size_t)-1) / sizeof(double) / 2)
        return YJJH_E_NOMEM;
    t = calloc(1, sizeof *t);
    if (!t)
        return YJJH_E_NOMEM;
    t->n = n_rows;
    *out = t;
    return YJJH_OK;
}

static void free_column(table_column *c, size_t n)
{
    if (c->text) {
        for (size_t r = 0; r < n; r++)
            if (!c->borrowed || !c->borrowed[r])
                free(c->text[r]);
    }
    free(c->text);
    free(c->borrowed);
    free(c->num_block ? c->num_block : c->num);
    free(c->header);
    memset(c, 0, sizeof *c);
}

void yjjh_schools_free(yjjh_schools *schools)
{
    if (!schools)
        return;
    for (size_t i = 0; i < YJJH__N_COLUMNS; i++)
        free_column(&schools->cols[i], schools->n);
    free(schools->source);
    free(schools->lines);
    free(schools->sheet);
    for (size_t i = 0; i < schools->n_notes; i++)
        free(schools->notes[i]);
    free(schools->notes);
    for (size_t i = 0; i < schools->n_blocks; i++)
        free(schools->blocks[i]);
    free(schools->blocks);
    free(schools);
}

static yjjh_status lookup(int *out, yjjh_column col, int want_text);

yjjh_status yjjh__schools_adopt_blocks(yjjh_schools *t, char **blocks, size_t n)
{
    char **all;
    if (n == 0) {
        free(blocks);
        return YJJH_OK;
    }
    if (!t->blocks) {
        t->blocks = blocks;
        t->n_blocks = n;
        return YJJH_OK;
    }
    all = realloc(t->blocks, (t->n_blocks + n) * sizeof *all);
    if (!all)
        return YJJH_E_NOMEM;
    memcpy(all + t->n_blocks, blocks, n * sizeof *blocks);
    t->blocks = all;
    t->n_blocks += n;
    free(blocks);
    return YJJH_OK;
}

yjjh_status yjjh__schools_borrow_texts(yjjh_schools *t, yjjh_column col, char **cells)
{
    table_column *c;
    int ci;
    unsigned char *borrowed;
    yjjh_status s;
    if ((s = lookup(&ci, col, 1)) != YJJH_OK)
        return s;
    c = &t->cols[ci];
    if (!(borrowed = malloc(t->n ? t->n : 1)))
        return YJJH_E_NOMEM;
    memset(borrowed, 1, t->n);
    {
        char *header = c->header;
        size_t sheet_col = c->sheet_col;
        c->header = NULL;
        free_column(c, t->n);
        c->header = header;
        c->sheet_col = sheet_col;
    }
    c->text = cells;
    c->borrowed = borrowed;
    c->present = 1;
    sync(t, ci);
    return YJJH_OK;
}

yjjh_status yjjh__schools_adopt_numbers(yjjh_schools *t, yjjh_column col, double *values)
{
    table_column *c;
    int ci;
    yjjh_status s;
    if ((s = lookup(&ci, col, 0)) != YJJH_OK)
        return s;
    c = &t->cols[ci];
    free(c->num_block ? c->num_block : c->num);
    c->num = values;
    c->num_block = NULL;
    c->present = 1;
    sync(t, ci);
    return YJJH_OK;
}

yjjh_status yjjh__schools_adopt_numbers_in(yjjh_schools *t, yjjh_column col, void *block, double *values)
{
    yjjh_status s = yjjh__schools_adopt_numbers(t, col, values);
    if (s == YJJH_OK)
        t->cols[yjjh__column_index(col)].num_block = block;
    return s;
}

size_t yjjh_schools_row_count(const yjjh_schools *schools) { return schools ? schools->n : 0; }

int yjjh_schools_has_column(const yjjh_schools *schools, yjjh_column col)
{
    int i = yjjh__column_index(col);
    return schools && i >= 0 && schools->cols[i].present;
}

/* Index of the column in the table, checking its kind. want_text: 1 text, 0 number. */
static yjjh_status lookup(int *out, yjjh_column col, int want_text)
{
    int i = yjjh__column_index(col);
    if (i < 0)
        return YJJH_E_UNKNOWN_COLUMN;
    if (yjjh_column_is_text(col) != want_text)
        return YJJH_E_COLUMN_KIND;
    *out = i;
    return YJJH_OK;
}

/* Make sure a number column exists (all missing on creation). */
static yjjh_status ensure_numbers(yjjh_schools *t, table_column *c)
{
    if (c->present)
        return YJJH_OK;
    c->num = malloc((t->n ? t->n : 1) * sizeof *c->num);
    if (!c->num)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < t->n; r++)
        c->num[r] = NAN;
    c->present = 1;
    sync(t, (int)(c - t->cols));
    return YJJH_OK;
}

static yjjh_status ensure_texts(yjjh_schools *t, table_column *c)
{
    if (c->present)
        return YJJH_OK;
    c->text = calloc(t->n ? t->n : 1, sizeof *c->text);
    if (!c->text)
        return YJJH_E_NOMEM;
    c->present = 1;
    sync(t, (int)(c - t->cols));
    return YJJH_OK;
}

yjjh_status yjjh_schools_set_numbers(yjjh_schools *schools, yjjh_column col, const double *values, size_t n)
{
    table_column *c;
    int ci;
    yjjh_status s;
    if (!schools || (!values && n > 0))
        return YJJH_E_NULL_ARG;
    if ((s = lookup(&ci, col, 0)) != YJJH_OK)
        return s;
    c = &schools->cols[ci];
    if (n != schools->n)
        return YJJH_E_LENGTH_MISMATCH;
    if (!c->present) { /* a new column: copied in, without filling it with NaN first */
        double *v = malloc((n ? n : 1) * sizeof *v);
        if (!v)
            return YJJH_E_NOMEM;
        if (n)
            memcpy(v, values, n * sizeof *values);
        if ((s = yjjh__schools_adopt_numbers(schools, col, v)) != YJJH_OK)
            free(v);
        return s;
    }
    if (n)
        memcpy(c->num, values, n * sizeof *values);
    return YJJH_OK;
}

yjjh_status yjjh_schools_set_texts(yjjh_schools *schools, yjjh_column col, const char *const *values, size_t n)
{
    table_column *c;
    int ci;
    char **copy;
    yjjh_status s;
    if (!schools || (!values && n > 0))
        return YJJH_E_NULL_ARG;
    if ((s = lookup(&ci, col, 1)) != YJJH_OK)
        return s;
    c = &schools->cols[ci];
    if (n != schools->n)
        return YJJH_E_LENGTH_MISMATCH;
    copy = calloc(n ? n : 1, sizeof *copy);
    if (!copy)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++) {
        if (values[r] && !(copy[r] = yjjh__strdup(values[r]))) {
            for (size_t q = 0; q < r; q++)
                free(copy[q]);
            free(copy);
            return YJJH_E_NOMEM;
        }
    }
    if (c->text) {
        for (size_t r = 0; r < schools->n; r++)
            if (!c->borrowed || !c->borrowed[r])
                free(c->text[r]);
        free(c->text);
    }
    free(c->borrowed);
    c->borrowed = NULL;
    c->text = copy;
    c->present = 1;
    sync(schools, ci);
    return YJJH_OK;
}

yjjh_status yjjh_schools_set_number(yjjh_schools *schools, size_t row, yjjh_column col, double value)
{
    table_column *c;
    int ci;
    yjjh_status s;
    if (!schools)
        return YJJH_E_NULL_ARG;
    if ((s = lookup(&ci, col, 0)) != YJJH_OK)
        return s;
    c = &schools->cols[ci];
    if (row >= schools->n)
        return YJJH_E_OUT_OF_RANGE;
    if ((s = ensure_numbers(schools, c)) != YJJH_OK)
        return s;
    c->num[row] = value;
    return YJJH_OK;
}

yjjh_status yjjh_schools_set_text(yjjh_schools *schools, size_t row, yjjh_column col, const char *value)
{
    table_column *c;
    int ci;
    char *copy = NULL;
    yjjh_status s;
    if (!schools)
        return YJJH_E_NULL_ARG;
    if ((s = lookup(&ci, col, 1)) != YJJH_OK)
        return s;
    c = &schools->cols[ci];
    if (row >= schools->n)
        return YJJH_E_OUT_OF_RANGE;
    if (value && !(copy = yjjh__strdup(value)))
        return YJJH_E_NOMEM;
    if ((s = ensure_texts(schools, c)) != YJJH_OK) {
        free(copy);
        return s;
    }
    if (!c->borrowed || !c->borrowed[row])
        free(c->text[row]);
    else
        c->borrowed[row] = 0;
    c->text[row] = copy;
    return YJJH_OK;
}

/* The present column col of kind is_text that holds row, for the single-cell getters. */
static yjjh_status cell_column(const table_column **out, const yjjh_schools *schools, size_t row, yjjh_column col,
                               int is_text)
{
    int ci;
    yjjh_status s = lookup(&ci, col, is_text);
    if (s != YJJH_OK)
        return s;
    if (row >= schools->n)
        return YJJH_E_OUT_OF_RANGE;
    if (!schools->cols[ci].present)
        return YJJH_E_NOT_FOUND;
    *out = &schools->cols[ci];
    return YJJH_OK;
}

yjjh_status yjjh_schools_get_number(double *out, const yjjh_schools *schools, size_t row, yjjh_column col)
{
    const table_column *c;
    yjjh_status s;
    if (!out || !schools)
        return YJJH_E_NULL_ARG;
    if ((s = cell_column(&c, schools, row, col, 0)) != YJJH_OK)
        return s;
    *out = c->num[row];
    return YJJH_OK;
}

yjjh_status yjjh_schools_get_text(const char **out, const yjjh_schools *schools, size_t row, yjjh_column col)
{
    const table_column *c;
    yjjh_status s;
    if (!out || !schools)
        return YJJH_E_NULL_ARG;
    if ((s = cell_column(&c, schools, row, col, 1)) != YJJH_OK)
        return s;
    *out = c->text[row];
    return YJJH_OK;
}

yjjh_status yjjh_schools_set_source(yjjh_schools *schools, const char *name, const size_t *lines, size_t n)
{
    char *nm = NULL;
    size_t *ln = NULL;
    if (!schools)
        return YJJH_E_NULL_ARG;
    if (lines && n != schools->n)
        return YJJH_E_LENGTH_MISMATCH;
    if (name && !(nm = yjjh__strdup(name)))
        return YJJH_E_NOMEM;
    if (lines && n > 0) {
        ln = malloc(n * sizeof *ln);
        if (!ln) {
            free(nm);
            return YJJH_E_NOMEM;
        }
        memcpy(ln, lines, n * sizeof *ln);
    }
    free(schools->source);
    free(schools->lines);
    schools->source = nm;
    schools->lines = ln;
    return YJJH_OK;
}

yjjh_status yjjh_schools_set_header_name(yjjh_schools *schools, yjjh_column col, const char *header)
{
    int i;
    char *h;
    if (!schools || !header)
        return YJJH_E_NULL_ARG;
    i = yjjh__column_index(col);
    if (i < 0)
        return YJJH_E_UNKNOWN_COLUMN;
    if (!(h = yjjh__strdup(header)))
        return YJJH_E_NOMEM;
    free(schools->cols[i].header);
    schools->cols[i].header = h;
    return YJJH_OK;
}

/* ---- private access ------------------------------------------------------------------------------ */

const char *yjjh__schools_source(const yjjh_schools *t) { return t ? t->source : NULL; }

size_t yjjh__schools_line(const yjjh_schools *t, size_t row)
{
    if (t && t->lines && row < t->n)
        return t->lines[row];
    return row + 2;
}

const char *yjjh__schools_header(const yjjh_schools *t, yjjh_column col)
{
    int i = yjjh__column_index(col);
    if (t && i >= 0 && t->cols[i].header)
        return t->cols[i].header;
    return yjjh_column_name(col);
}

size_t yjjh_schools_note_count(const yjjh_schools *schools) { return schools ? schools->n_notes : 0; }

yjjh_status yjjh_schools_note_get(const char **out, const yjjh_schools *schools, size_t i)
{
    if (!out || !schools)
        return YJJH_E_NULL_ARG;
    if (i >= schools->n_notes)
        return YJJH_E_OUT_OF_RANGE;
    *out = schools->notes[i];
    return YJJH_OK;
}

yjjh_status yjjh__schools_add_note(yjjh_schools *t, const char *text)
{
    char *c;
    if (yjjh__grow((void **)&t->notes, &t->cap_notes, t->n_notes + 1, sizeof *t->notes) != YJJH_OK ||
        !(c = yjjh__strdup(text)))
        return YJJH_E_NOMEM;
    t->notes[t->n_notes++] = c;
    return YJJH_OK;
}

yjjh_status yjjh__schools_set_sheet(yjjh_schools *t, const char *sheet)
{
    char *s = sheet ? yjjh__strdup(sheet) : NULL;
    if (sheet && !s)
        return YJJH_E_NOMEM;
    free(t->sheet);
    t->sheet = s;
    return YJJH_OK;
}

void yjjh__schools_set_sheet_column(yjjh_schools *t, yjjh_column col, size_t index)
{
    int i = yjjh__column_index(col);
    if (i >= 0)
        t->cols[i].sheet_col = index + 1;
}

void yjjh__cell_ref(char buf[YJJH__CELL_REF_SIZE], const char *sheet, size_t col, size_t row)
{
    char letters[8];
    size_t n = strlen(sheet);
    int quote = 0;
    yjjh__xlsx_column_name(letters, col);
    for (size_t i = 0; i < n; i++)
        if (!((sheet[i] >= 'A' && sheet[i] <= 'Z') || (sheet[i] >= 'a' && sheet[i] <= 'z') ||
              (sheet[i] >= '0' && sheet[i] <= '9') || sheet[i] == '_' || (unsigned char)sheet[i] >= 0x80))
            quote = 1;
    snprintf(buf, YJJH__CELL_REF_SIZE, quote ? "'%.93s'!%s%zu" : "%.93s!%s%zu", sheet, letters, row);
}

void yjjh__row_ref(char buf[YJJH__CELL_REF_SIZE], const char *sheet, size_t row)
{
    snprintf(buf, YJJH__CELL_REF_SIZE, "%.60s!%zu:%zu", sheet, row, row);
}

yjjh_status yjjh__schools_vreport(yjjh_diag *diag, yjjh_problem_code code, const yjjh_schools *t, long row,
                                  yjjh_column col, const char *fmt, va_list ap)
{
    size_t line = row < 0 ? 0 : yjjh__schools_line(t, (size_t)row);
    const char *header = col ? yjjh__schools_header(t, col) : NULL;
    int ci = col ? yjjh__column_index(col) : -1;
    if (t && t->sheet && row >= 0 && ci >= 0 && t->cols[ci].sheet_col) {
        char ref[YJJH__CELL_REF_SIZE];
        yjjh__cell_ref(ref, t->sheet, t->cols[ci].sheet_col - 1, line);
        return yjjh__diag_vreportf_ref(diag, code, yjjh__schools_source(t), line, ref, header, fmt, ap);
    }
    if (t && t->sheet && row >= 0) { /* a row of the sheet, no one cell */
        char ref[YJJH__CELL_REF_SIZE];
        yjjh__row_ref(ref, t->sheet, line);
        return yjjh__diag_vreportf_ref(diag, code, yjjh__schools_source(t), line, ref, header, fmt, ap);
    }
    return yjjh__diag_vreportf(diag, code, yjjh__schools_source(t), line, header, fmt, ap);
}

/* ---- codes of school_type, ownership, location --------------------------------------------------- */

/* text without its surrounding spaces, as (start, *n), NULL text as "". */
static const char *trimmed(const char *text, size_t *n)
{
    if (!text)
        text = "";
    *n = strlen(text);
    return yjjh__trim(text, n);
}

enum value_column { VC_TYPE, VC_OWNERSHIP, VC_LOCATION };

/* The words of values.def. */
static const struct value_word {
    int column;
    const char *word;
    int value;
} value_words[] = {
#define X(column, word, value) {VC_##column, word, value},
#include "input/values.def"
#undef X
};

/* The value of a trimmed word t[0..n) of a column, or fallback when no line of values.def has it. */
static int value_of(int column, const char *t, size_t n, int fallback)
{
    for (size_t i = 0; i < sizeof value_words / sizeof value_words[0]; i++)
        if (value_words[i].column == column && yjjh__ascii_ieq_word(t, n, value_words[i].word))
            return value_words[i].value;
    return fallback;
}

yjjh__school_type yjjh__school_type_parse(const char *text)
{
    size_t n;
    const char *t;
    if (!text)
        return YJJH__T_UNKNOWN;
    t = trimmed(text, &n);
    return (yjjh__school_type)value_of(VC_TYPE, t, n, YJJH__T_UNKNOWN);
}

int yjjh__type_serves(yjjh__school_type t, yjjh_stage s)
{
    switch (t) {
    case YJJH__T_PRIMARY:
    case YJJH__T_TEACHING_POINT: return s == YJJH_STAGE_PRIMARY;
    case YJJH__T_JUNIOR: return s == YJJH_STAGE_JUNIOR;
    case YJJH__T_NINE_YEAR: return s == YJJH_STAGE_PRIMARY || s == YJJH_STAGE_JUNIOR;
    case YJJH__T_COMPLETE_SECONDARY: return s == YJJH_STAGE_JUNIOR || s == YJJH_STAGE_SENIOR;
    case YJJH__T_TWELVE_YEAR: return s == YJJH_STAGE_PRIMARY || s == YJJH_STAGE_JUNIOR || s == YJJH_STAGE_SENIOR;
    default: return 0;
    }
}

int yjjh__ownership_parse(const char *text)
{
    size_t n;
    const char *t = trimmed(text, &n);
    return n == 0 ? 0 : value_of(VC_OWNERSHIP, t, n, -1);
}

int yjjh__location_parse(const char *text)
{
    size_t n;
    const char *t = trimmed(text, &n);
    return n == 0 ? 0 : value_of(VC_LOCATION, t, n, -1);
}

yjjh_status yjjh_schools_get_numbers(double *out, size_t n, const yjjh_schools *schools, yjjh_column col)
{
    const table_column *c;
    int ci;
    yjjh_status s;
    if (!out || !schools)
        return YJJH_E_NULL_ARG;
    if ((s = lookup(&ci, col, 0)) != YJJH_OK)
        return s;
    c = &schools->cols[ci];
    if (n != schools->n)
        return YJJH_E_LENGTH_MISMATCH;
    if (!c->present)
        return YJJH_E_NOT_FOUND;
    if (n)
        memcpy(out, c->num, n * sizeof *out);
    return YJJH_OK;
}
