/* SPDX-License-Identifier: MIT */
/* The schools CSV reader (data-format.md): encoding, RFC 4180 syntax, header matching, number cells.
 * Reports syntax and number problems only; value checks that need a profile are yjjh_schools_validate()'s. */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_reader.h"
#include "input/text_decode.h"
#include "input/csv_records.h"
#include "input/cell_value.h"
#include "input/schools_internal.h"
#include "common/file_util.h"
#include "common/array.h"
#include "common/text.h"

/* One data record kept until the table is built. */
typedef struct row {
    char **cells;
    size_t n;
    size_t line;
    char *block; /* the record's one allocation the cells point into (NULL once the table owns it) */
} row;

/* A problem found, kept until the end so that the diag lists problems in line order. */
typedef struct problem {
    size_t line, seq;
    yjjh_problem_code code;
    char *column;
    char *text;
} problem;

#define MAX_KEPT_PROBLEMS 10000

typedef struct read_ctx {
    const char *source;
    yjjh_diag *diag;
    size_t errors;
    problem *problems;
    size_t n_problems, cap_problems;
    int have_header;
    char **header; /* trimmed header texts */
    size_t n_header;
    size_t header_line;
    row *rows;
    size_t n_rows, cap_rows;
} read_ctx;

/* Count an error and keep it for the diag (flush_problems() adds them in line order, as the columns are filled
 * one after the other). Returns YJJH_OK or YJJH_E_NOMEM. */
static yjjh_status report(read_ctx *c, yjjh_problem_code code, size_t line, const char *column, const char *fmt, ...)
    YJJH__PRINTF(5, 6);
static yjjh_status report(read_ctx *c, yjjh_problem_code code, size_t line, const char *column, const char *fmt, ...)
{
    problem *p;
    va_list ap;
    c->errors++;
    if (!c->diag || c->n_problems >= MAX_KEPT_PROBLEMS)
        return YJJH_OK;
    if (yjjh__grow((void **)&c->problems, &c->cap_problems, c->n_problems + 1, sizeof *c->problems) != YJJH_OK)
        return YJJH_E_NOMEM;
    p = &c->problems[c->n_problems];
    p->line = line;
    p->code = code;
    p->seq = c->n_problems;
    p->column = column ? yjjh__strdup(column) : NULL;
    va_start(ap, fmt);
    p->text = yjjh__vstrprintf(fmt, ap);
    va_end(ap);
    if (!p->text || (column && !p->column)) {
        free(p->column);
        free(p->text);
        return YJJH_E_NOMEM;
    }
    c->n_problems++;
    return YJJH_OK;
}

static int problem_cmp(const void *a, const void *b)
{
    const problem *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

/* Hand the collected problems to the diag, in line order. */
static yjjh_status flush_problems(read_ctx *c)
{
    yjjh_status st = YJJH_OK;
    if (c->n_problems > 1)
        qsort(c->problems, c->n_problems, sizeof *c->problems, problem_cmp);
    for (size_t i = 0; i < c->n_problems && st == YJJH_OK; i++)
        st = yjjh_diag_add_problem(c->diag, c->problems[i].code, c->source, c->problems[i].line, c->problems[i].column,
                                   c->problems[i].text);
    return st;
}

static char *dup_trimmed(const char *s)
{
    size_t n = strlen(s);
    const char *t = yjjh__trim(s, &n);
    return yjjh__strndup(t, n);
}

static yjjh_status on_record(void *ctx, const yjjh__csv_record *rec)
{
    read_ctx *c = ctx;
    char **cells;
    if (!c->have_header) {
        c->header = calloc(rec->n ? rec->n : 1, sizeof *c->header);
        if (!c->header)
            return YJJH_E_NOMEM;
        for (size_t i = 0; i < rec->n; i++) {
            c->header[i] = dup_trimmed(rec->fields[i]);
            if (!c->header[i])
                return YJJH_E_NOMEM;
            c->n_header = i + 1;
        }
        c->have_header = 1;
        c->header_line = rec->line;
        return YJJH_OK;
    }
    if (yjjh__grow((void **)&c->rows, &c->cap_rows, c->n_rows + 1, sizeof *c->rows) != YJJH_OK)
        return YJJH_E_NOMEM;
    cells = calloc(rec->n ? rec->n : 1, sizeof *cells);
    if (!cells)
        return YJJH_E_NOMEM;
    c->rows[c->n_rows].cells = cells;
    c->rows[c->n_rows].n = rec->n;
    c->rows[c->n_rows].line = rec->line;
    c->rows[c->n_rows].block = *rec->block; /* take the record's one block over (the cells point into it) */
    *rec->block = NULL;
    c->n_rows++;
    for (size_t i = 0; i < rec->n; i++)
        cells[i] = rec->fields[i];
    return YJJH_OK;
}

static void free_ctx(read_ctx *c)
{
    for (size_t i = 0; i < c->n_problems; i++) {
        free(c->problems[i].column);
        free(c->problems[i].text);
    }
    free(c->problems);
    for (size_t i = 0; i < c->n_header; i++)
        free(c->header[i]);
    free(c->header);
    for (size_t r = 0; r < c->n_rows; r++) {
        free(c->rows[r].block);
        free(c->rows[r].cells);
    }
    free(c->rows);
}

/* The cell of row r in header position j (the reader's own text), or NULL when the row is short. */
static char *cell(const read_ctx *c, size_t r, size_t j) { return j < c->rows[r].n ? c->rows[r].cells[j] : NULL; }

static yjjh_status fill_number_column(read_ctx *c, yjjh_schools *t, yjjh_column col, double scale, size_t j)
{
    double *vals = malloc((c->n_rows ? c->n_rows : 1) * sizeof *vals);
    yjjh_status st = YJJH_OK;
    if (!vals)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < c->n_rows && st == YJJH_OK; r++) {
        const char *s = cell(c, r, j);
        char msg[YJJH__CELL_MSG_SIZE];
        yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
        vals[r] = NAN;
        if (s && yjjh__number_cell(&vals[r], msg, &code, s, strlen(s), scale) == YJJH__CELL_BAD)
            st = report(c, code, c->rows[r].line, c->header[j], "%s", msg);
    }
    if (st == YJJH_OK)
        st = yjjh_schools_set_numbers(t, col, vals, c->n_rows);
    free(vals);
    return st;
}

/* Hand the rows' blocks to the table, which then owns the text of every cell: its text columns point into them.
 * The rows keep their cell pointers (valid as long as the table) but no longer own the text. */
static yjjh_status give_blocks(read_ctx *c, yjjh_schools *t)
{
    size_t n = 0;
    char **blocks = malloc((c->n_rows ? c->n_rows : 1) * sizeof *blocks);
    if (!blocks)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < c->n_rows; r++)
        if (c->rows[r].block)
            blocks[n++] = c->rows[r].block;
    if (yjjh__schools_adopt_blocks(t, blocks, n) != YJJH_OK) {
        free(blocks);
        return YJJH_E_NOMEM;
    }
    for (size_t r = 0; r < c->n_rows; r++)
        c->rows[r].block = NULL;
    return YJJH_OK;
}

/* Build the table from the collected header and rows; errors are counted in c->errors. */
static yjjh_status build_table(read_ctx *c, yjjh_schools **out)
{
    yjjh_schools *t = NULL;
    yjjh_column *cols = NULL;
    double *scales = NULL;
    size_t *lines = NULL;
    double **nums = NULL;      /* the values of each number column */
    char ***texts = NULL;      /* the cells of each text column */
    unsigned char *bad = NULL; /* a number column with a bad cell */
    yjjh_status st;

    st = yjjh_schools_new(&t, c->n_rows);
    if (st != YJJH_OK)
        return st;
    cols = calloc(c->n_header ? c->n_header : 1, sizeof *cols);
    scales = calloc(c->n_header ? c->n_header : 1, sizeof *scales);
    lines = malloc((c->n_rows ? c->n_rows : 1) * sizeof *lines);
    if (!cols || !scales || !lines) {
        st = YJJH_E_NOMEM;
        goto done;
    }

    /* header: known columns, duplicates; unknown columns are kept out of the table and ignored */
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++) {
        yjjh_column col;
        double scale = 1.0;
        yjjh_status hs = c->header[j][0] ? yjjh_column_from_header(&col, &scale, c->header[j]) : YJJH_E_UNKNOWN_COLUMN;
        if (hs == YJJH_E_UNKNOWN_COLUMN)
            continue;
        if (hs != YJJH_OK) {
            st = hs;
            break;
        }
        for (size_t k = 0; k < j; k++) {
            if (cols[k] == col) {
                st = report(c, YJJH_PROBLEM_DUPLICATE_COLUMN, c->header_line, c->header[j],
                            "duplicate column (field %zu \"%.100s\" is the same column)", k + 1, c->header[k]);
                col = (yjjh_column)0;
                break;
            }
        }
        cols[j] = col;
        scales[j] = scale;
    }

    /* rows longer than the header */
    for (size_t r = 0; r < c->n_rows && st == YJJH_OK; r++) {
        lines[r] = c->rows[r].line;
        if (c->rows[r].n > c->n_header)
            st = report(c, YJJH_PROBLEM_TOO_MANY_FIELDS, c->rows[r].line, NULL,
                        "the row has %zu fields but the header has %zu", c->rows[r].n, c->n_header);
    }

    /* every cell, row by row (the cells of a row lie together in memory; column by column would walk all rows
     * once per column); a number column with a bad cell is then gone over again by fill_number_column(), so the
     * problems are reported in the same order (and the same ones kept) as before. The text columns point into
     * the records' blocks, which the table now owns: no copy per text. */
    if (st == YJJH_OK && (!(nums = calloc(c->n_header ? c->n_header : 1, sizeof *nums)) ||
                          !(texts = calloc(c->n_header ? c->n_header : 1, sizeof *texts)) ||
                          !(bad = calloc(c->n_header ? c->n_header : 1, 1))))
        st = YJJH_E_NOMEM;
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++) {
        if (cols[j] == (yjjh_column)0)
            continue;
        if (yjjh_column_is_text(cols[j]) ? !(texts[j] = calloc(c->n_rows ? c->n_rows : 1, sizeof **texts))
                                         : !(nums[j] = malloc((c->n_rows ? c->n_rows : 1) * sizeof **nums)))
            st = YJJH_E_NOMEM;
    }
    if (st == YJJH_OK)
        st = give_blocks(c, t);
    for (size_t r = 0; r < c->n_rows && st == YJJH_OK; r++) {
        const row *rw = &c->rows[r];
        for (size_t j = 0; j < c->n_header; j++) {
            char *cs = j < rw->n ? rw->cells[j] : NULL;
            char msg[YJJH__CELL_MSG_SIZE];
            yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
            if (texts[j] && cs) {
                size_t n = strlen(cs);
                const char *tr = yjjh__text_cell(cs, &n);
                if (tr) {
                    memmove(cs, tr, n); /* trim in place: the cell belongs to the table now */
                    cs[n] = '\0';
                    texts[j][r] = cs;
                }
            }
            if (!nums[j])
                continue;
            nums[j][r] = NAN;
            if (cs && yjjh__number_cell(&nums[j][r], msg, &code, cs, strlen(cs), scales[j]) == YJJH__CELL_BAD)
                bad[j] = 1;
        }
    }
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++) {
        if (cols[j] == (yjjh_column)0)
            continue;
        if (texts[j]) {
            st = yjjh__schools_borrow_texts(t, cols[j], texts[j]);
            if (st == YJJH_OK)
                texts[j] = NULL;
        } else if (bad[j]) {
            st = fill_number_column(c, t, cols[j], scales[j], j);
        } else {
            st = yjjh_schools_set_numbers(t, cols[j], nums[j], c->n_rows);
        }
        if (nums[j]) {
            free(nums[j]);
            nums[j] = NULL;
        }
        if (st == YJJH_OK)
            st = yjjh_schools_set_header_name(t, cols[j], c->header[j]);
    }
    if (st == YJJH_OK)
        st = yjjh_schools_set_source(t, c->source, c->n_rows ? lines : NULL, c->n_rows);

done:
    for (size_t j = 0; j < c->n_header && (nums || texts); j++) {
        if (nums)
            free(nums[j]);
        if (texts)
            free(texts[j]);
    }
    free(nums);
    free(texts);
    free(bad);
    free(cols);
    free(scales);
    free(lines);
    if (st == YJJH_OK && c->errors == 0) {
        *out = t;
        return YJJH_OK;
    }
    yjjh_schools_free(t);
    return st != YJJH_OK ? st : YJJH_E_INVALID_DATA;
}

yjjh_status yjjh_schools_read_buffer(yjjh_schools **out, const char *data, size_t len, const char *source_name,
                                     const char *encoding, yjjh_diag *diag)
{
    read_ctx c;
    yjjh__csv_error err;
    char *text = NULL;
    size_t text_len = 0;
    yjjh_status st, pst;

    if (out)
        *out = NULL;
    if (!out || (!data && len > 0))
        return YJJH_E_NULL_ARG;
    memset(&c, 0, sizeof c);
    c.source = source_name ? source_name : "<buffer>";
    c.diag = diag;

    st = yjjh__decode_text(&text, &text_len, data ? data : "", len, c.source, encoding, diag);
    if (st != YJJH_OK)
        return st;

    pst = yjjh__csv_parse_blocks(text, text_len, on_record, &c, &err);
    free(text);
    if (pst == YJJH_E_INVALID_DATA) {
        /* still report the cell problems of the rows before the syntax error */
        st = report(&c, err.code, err.line, NULL, "%s", err.message);
    } else if (pst != YJJH_OK) {
        free_ctx(&c);
        return pst;
    } else if (!c.have_header) {
        st = report(&c, YJJH_PROBLEM_EMPTY_FILE, 1, NULL, "the file is empty (no header row)");
    }
    if (st == YJJH_OK && c.have_header)
        st = build_table(&c, out);
    else if (st == YJJH_OK)
        st = YJJH_E_INVALID_DATA;
    if (c.n_problems && flush_problems(&c) == YJJH_E_NOMEM)
        st = YJJH_E_NOMEM;
    if (st != YJJH_OK) {
        yjjh_schools_free(*out);
        *out = NULL;
    }
    free_ctx(&c);
    return st;
}

yjjh_status yjjh_schools_read_file(yjjh_schools **out, const char *path, const char *encoding, yjjh_diag *diag)
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
    st = yjjh_schools_read_buffer(out, buf, len, path, encoding, diag);
    free(buf);
    return st;
}
