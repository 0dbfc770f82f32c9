/* SPDX-License-Identifier: MIT */
/* The schools reader (data-format.md): CSV (encoding, RFC 4180 syntax) or an .xlsx sheet, the table layout
 * (input/table_layout.h), header matching and --columns mappings, number cells. Reports syntax and number
 * problems only; value checks that need a profile are yjjh_schools_validate()'s. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_reader.h"
#include "input/text_decode.h"
#include "input/csv_records.h"
#include "input/cell_value.h"
#include "input/column_map.h"
#include "input/schools_internal.h"
#include "input/table_layout.h"
#include "input/xlsx_reader.h"
#include "common/diag_report.h"
#include "common/file_util.h"
#include "common/array.h"
#include "common/text.h"

/* One data record kept until the table is built. */
typedef struct row {
    char **cells;
    size_t n;
    size_t line;
} row;

/* A problem found, kept until the end so that the diag lists problems in line order. */
typedef struct problem {
    size_t line, seq;
    size_t col1; /* xlsx: the cell's column index + 1 (0: the whole row) */
    int note;    /* a note, not an error */
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
    yjjh__raw_row *raw; /* every record as read (owns the cells) */
    char **raw_block;   /* per raw row: the record's one allocation its cells point into, or NULL (cells each own) */
    size_t n_raw, cap_raw, cap_block;
    char *sheet; /* xlsx: the sheet read; NULL for CSV */
    const yjjh__column_map *map;
    int have_header;
    char **header; /* header names of the layout (owned) */
    size_t n_header;
    size_t header_line;
    size_t header_fields; /* fields of the header row(s) as written */
    row *rows;            /* data rows (cells of raw) */
    size_t n_rows, cap_rows;
} read_ctx;

/* Keep a problem (an error, or a note) for the diag; col1 = xlsx column index + 1 or 0. Returns YJJH_OK or
 * YJJH_E_NOMEM. */
static yjjh_status keep(read_ctx *c, yjjh_problem_code code, int is_note, size_t line, size_t col1, const char *column,
                        const char *fmt, va_list ap) YJJH__PRINTF(7, 0);
static yjjh_status keep(read_ctx *c, yjjh_problem_code code, int is_note, size_t line, size_t col1, const char *column,
                        const char *fmt, va_list ap)
{
    problem *p;
    if (!is_note)
        c->errors++;
    if ((!c->diag && !is_note) || c->n_problems >= MAX_KEPT_PROBLEMS)
        return YJJH_OK;
    if (yjjh__grow((void **)&c->problems, &c->cap_problems, c->n_problems + 1, sizeof *c->problems) != YJJH_OK)
        return YJJH_E_NOMEM;
    p = &c->problems[c->n_problems];
    p->line = line;
    p->seq = c->n_problems;
    p->col1 = col1;
    p->note = is_note;
    p->code = code;
    p->column = column ? yjjh__strdup(column) : NULL;
    p->text = yjjh__vstrprintf(fmt, ap);
    if (!p->text || (column && !p->column)) {
        free(p->column);
        free(p->text);
        return YJJH_E_NOMEM;
    }
    c->n_problems++;
    return YJJH_OK;
}

/* Count an error and keep it for the diag (flush_problems() adds them in line order, as the columns are filled
 * one after the other). field: the field index + 1 of the cell (0: none). Returns YJJH_OK or YJJH_E_NOMEM. */
static yjjh_status report(read_ctx *c, yjjh_problem_code code, size_t line, size_t field, const char *column,
                          const char *fmt, ...) YJJH__PRINTF(6, 7);
static yjjh_status report(read_ctx *c, yjjh_problem_code code, size_t line, size_t field, const char *column,
                          const char *fmt, ...)
{
    va_list ap;
    yjjh_status st;
    va_start(ap, fmt);
    st = keep(c, code, 0, line, field, column, fmt, ap);
    va_end(ap);
    return st;
}

/* A note (a skipped total row, an unknown column): kept with the problems, for the diag when reading fails and for
 * the table's notes when it succeeds. */
static yjjh_status note(read_ctx *c, yjjh_problem_code code, size_t line, size_t field, const char *column,
                        const char *fmt, ...) YJJH__PRINTF(6, 7);
static yjjh_status note(read_ctx *c, yjjh_problem_code code, size_t line, size_t field, const char *column,
                        const char *fmt, ...)
{
    va_list ap;
    yjjh_status st;
    va_start(ap, fmt);
    st = keep(c, code, 1, line, field, column, fmt, ap);
    va_end(ap);
    return st;
}

static int problem_cmp(const void *a, const void *b)
{
    const problem *x = a, *y = b;
    if (x->line != y->line)
        return x->line < y->line ? -1 : 1;
    return x->seq < y->seq ? -1 : (x->seq > y->seq);
}

/* Hand the collected problems (and the notes with them; only the notes when notes_only) to diag, in line order;
 * xlsx problems name the cell. */
static yjjh_status flush_problems(read_ctx *c, yjjh_diag *diag, int notes_only)
{
    yjjh_status st = YJJH_OK;
    if (c->n_problems > 1)
        qsort(c->problems, c->n_problems, sizeof *c->problems, problem_cmp);
    for (size_t i = 0; i < c->n_problems && st == YJJH_OK; i++) {
        const problem *p = &c->problems[i];
        if (notes_only && !p->note)
            continue;
        char ref[YJJH__CELL_REF_SIZE] = "";
        if (c->sheet && p->col1)
            yjjh__cell_ref(ref, c->sheet, p->col1 - 1, p->line);
        else if (c->sheet && p->line)
            yjjh__row_ref(ref, c->sheet, p->line);
        st = yjjh__diag_add_ref(diag, p->code, c->source, p->line, ref, p->column, p->text);
    }
    return st;
}

/* The notes as the table's notes (whole messages, as the diag formats them). */
static yjjh_status notes_to_table(read_ctx *c, yjjh_schools *t)
{
    yjjh_diag *d = NULL;
    yjjh_status st = yjjh_diag_new(&d);
    if (st == YJJH_OK)
        st = flush_problems(c, d, 1);
    for (size_t i = 0; st == YJJH_OK && i < yjjh_diag_count(d); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        st = yjjh_diag_get(&e, d, i);
        if (st == YJJH_OK)
            st = yjjh__schools_add_note(t, e.message);
    }
    yjjh_diag_free(d);
    return st;
}

/* Every record is kept as read: the layout (title rows, the header, blank and total rows) is found afterwards. */
static yjjh_status on_record(void *ctx, const yjjh__csv_record *rec)
{
    read_ctx *c = ctx;
    yjjh__raw_row *r;
    if (yjjh__grow((void **)&c->raw, &c->cap_raw, c->n_raw + 1, sizeof *c->raw) != YJJH_OK ||
        yjjh__grow((void **)&c->raw_block, &c->cap_block, c->n_raw + 1, sizeof *c->raw_block) != YJJH_OK)
        return YJJH_E_NOMEM;
    r = &c->raw[c->n_raw];
    r->cells = calloc(rec->n ? rec->n : 1, sizeof *r->cells);
    if (!r->cells)
        return YJJH_E_NOMEM;
    r->n = 0;
    r->line = rec->line;
    c->raw_block[c->n_raw] = NULL;
    c->n_raw++;
    if (rec->block && *rec->block) {
        /* one block for the record (yjjh__csv_parse_blocks): take it over, the cells point into it */
        c->raw_block[c->n_raw - 1] = *rec->block;
        *rec->block = NULL;
        for (size_t i = 0; i < rec->n; i++)
            r->cells[i] = rec->fields[i];
        r->n = rec->n;
        return YJJH_OK;
    }
    for (size_t i = 0; i < rec->n; i++) {
        /* take the field over from the parser: it frees only what is left in rec->fields */
        r->cells[i] = rec->fields[i];
        rec->fields[i] = NULL;
        r->n = i + 1;
    }
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
    for (size_t r = 0; r < c->n_raw; r++) {
        if (c->raw_block[r])
            free(c->raw_block[r]);
        else
            for (size_t i = 0; i < c->raw[r].n; i++)
                free(c->raw[r].cells[i]);
        free(c->raw[r].cells);
    }
    free(c->raw);
    free(c->raw_block);
    free(c->rows);
    free(c->sheet);
}

/* The cell of row r in header position j (the reader's own text), or NULL when the row is short. */
static char *cell(const read_ctx *c, size_t r, size_t j) { return j < c->rows[r].n ? c->rows[r].cells[j] : NULL; }

static yjjh_status fill_text_column(read_ctx *c, yjjh_schools *t, yjjh_column col, size_t j)
{
    const char **vals = calloc(c->n_rows ? c->n_rows : 1, sizeof *vals);
    yjjh_status st;
    if (!vals)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < c->n_rows; r++) {
        char *s = cell(c, r, j);
        size_t n;
        const char *tr;
        if (!s)
            continue;
        n = strlen(s);
        if (!(tr = yjjh__text_cell(s, &n)))
            continue;
        memmove(s, tr, n); /* trim in place: the cell belongs to the reader */
        s[n] = '\0';
        vals[r] = s;
    }
    st = yjjh_schools_set_texts(t, col, vals, c->n_rows);
    free(vals);
    return st;
}

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
            st = report(c, code, c->rows[r].line, j + 1, c->header[j], "%s", msg);
    }
    if (st == YJJH_OK)
        st = yjjh_schools_set_numbers(t, col, vals, c->n_rows);
    free(vals);
    return st;
}

/* A column computed by a --columns mapping: (Σ from − Σ minus) × scale of the source cells, each read by the
 * number cell rules; missing when any source cell is missing. pos: the source positions (plus, then minus). */
static yjjh_status fill_mapped_column(read_ctx *c, yjjh_schools *t, const yjjh__map_entry *e, const size_t *pos)
{
    double *vals = malloc((c->n_rows ? c->n_rows : 1) * sizeof *vals);
    yjjh_status st = YJJH_OK;
    size_t n_src = e->n_plus + e->n_minus;
    if (!vals)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < c->n_rows && st == YJJH_OK; r++) {
        double sum = 0.0;
        int missing = 0, bad = 0;
        for (size_t k = 0; k < n_src && st == YJJH_OK; k++) {
            const char *s = cell(c, r, pos[k]);
            char msg[YJJH__CELL_MSG_SIZE];
            double v = NAN;
            yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
            yjjh__cell_kind kind = s ? yjjh__number_cell(&v, msg, &code, s, strlen(s), 1.0) : YJJH__CELL_MISSING;
            if (kind == YJJH__CELL_BAD) {
                bad = 1;
                st = report(c, code, c->rows[r].line, pos[k] + 1, c->header[pos[k]], "%s", msg);
            } else if (kind == YJJH__CELL_MISSING) {
                missing = 1;
            } else {
                sum += k < e->n_plus ? v : -v;
            }
        }
        vals[r] = (missing || bad) ? NAN : sum * e->scale;
    }
    if (st == YJJH_OK)
        st = yjjh_schools_set_numbers(t, e->col, vals, c->n_rows);
    if (st == YJJH_OK)
        st = yjjh_schools_set_header_name(t, e->col, e->label);
    free(vals);
    return st;
}

/* The position of header h in the header, or (size_t)-1. */
static size_t header_pos(const read_ctx *c, const char *h)
{
    for (size_t j = 0; j < c->n_header; j++)
        if (yjjh__map_header_eq(c->header[j], h))
            return j;
    return (size_t)-1;
}

/* The columns of the mapping: a plain rename is read like a column of its own (*cols), the others computed. */
static yjjh_status apply_map(read_ctx *c, yjjh_schools *t, yjjh_column *cols)
{
    yjjh_status st = YJJH_OK;
    for (size_t i = 0; c->map && i < c->map->n && st == YJJH_OK; i++) {
        const yjjh__map_entry *e = &c->map->entries[i];
        size_t n_src = e->n_plus + e->n_minus, missing = 0;
        size_t *pos = calloc(n_src, sizeof *pos);
        if (!pos)
            return YJJH_E_NOMEM;
        for (size_t k = 0; k < n_src && st == YJJH_OK; k++) {
            const char *h = k < e->n_plus ? e->plus[k] : e->minus[k - e->n_plus];
            pos[k] = header_pos(c, h);
            if (pos[k] == (size_t)-1) {
                missing++;
                st = report(c, YJJH_PROBLEM_INVALID_COLUMN_MAPPING, c->header_line, 0, NULL,
                            "column mapping: header \"%s\" (for %s) is not in the table", h, yjjh_column_name(e->col));
            }
        }
        if (st == YJJH_OK && !missing) {
            if (yjjh__map_entry_plain(e)) {
                for (size_t j = 0; j < c->n_header; j++) {
                    if (cols[j] == e->col && j != pos[0]) {
                        st = report(c, YJJH_PROBLEM_DUPLICATE_COLUMN, c->header_line, j + 1, c->header[j],
                                    "duplicate column (the column mapping reads %s from \"%.100s\")",
                                    yjjh_column_name(e->col), c->header[pos[0]]);
                        break;
                    }
                }
                cols[pos[0]] = e->col;
            } else {
                for (size_t j = 0; j < c->n_header; j++) {
                    if (cols[j] == e->col) {
                        st = report(c, YJJH_PROBLEM_DUPLICATE_COLUMN, c->header_line, j + 1, c->header[j],
                                    "duplicate column (the column mapping computes %s as %s)", yjjh_column_name(e->col),
                                    e->label);
                        break;
                    }
                }
                if (st == YJJH_OK)
                    st = fill_mapped_column(c, t, e, pos);
                if (st == YJJH_OK && c->sheet)
                    yjjh__schools_set_sheet_column(t, e->col, pos[0]);
            }
        }
        free(pos);
    }
    return st;
}

/* Copy the (trimmed) cells of the text columns into one arena the table owns, column after column: the table
 * then holds only its texts (not every record's block) and each column's strings lie together. Returns YJJH_OK or
 * YJJH_E_NOMEM. */
static yjjh_status pack_texts(read_ctx *c, yjjh_schools *t, char ***texts)
{
    size_t total = 0, at = 0;
    char *arena, **one;
    for (size_t j = 0; j < c->n_header; j++)
        for (size_t r = 0; texts[j] && r < c->n_rows; r++)
            if (texts[j][r])
                total += strlen(texts[j][r]) + 1;
    if (!(arena = malloc(total ? total : 1)))
        return YJJH_E_NOMEM;
    if (!(one = malloc(sizeof *one))) {
        free(arena);
        return YJJH_E_NOMEM;
    }
    for (size_t j = 0; j < c->n_header; j++)
        for (size_t r = 0; texts[j] && r < c->n_rows; r++)
            if (texts[j][r]) {
                size_t n = strlen(texts[j][r]) + 1;
                memcpy(arena + at, texts[j][r], n);
                texts[j][r] = arena + at;
                at += n;
            }
    one[0] = arena;
    if (yjjh__schools_adopt_blocks(t, one, 1) != YJJH_OK) {
        free(one);
        free(arena);
        return YJJH_E_NOMEM;
    }
    return YJJH_OK;
}

/* Whether every record came in one block (CSV): then the text columns are packed (pack_texts()). */
static int all_blocks(const read_ctx *c)
{
    if (c->sheet)
        return 0;
    for (size_t r = 0; r < c->n_raw; r++)
        if (!c->raw_block[r] && c->raw[r].n > 0)
            return 0;
    return 1;
}

/* The columns the header names (cols[j], 0 when none; scales[j] from a unit in the header): unknown columns are
 * noted once with the closest known name and ignored, duplicates reported; the headers a mapping uses are the
 * mapping's (apply_map()). Returns YJJH_OK, YJJH_E_NOMEM or the status of a header that cannot be looked up;
 * problems are counted in c->errors. */
static yjjh_status match_header(read_ctx *c, yjjh_column *cols, double *scales)
{
    yjjh_status st = YJJH_OK;
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++) {
        yjjh_column col;
        double scale = 1.0;
        yjjh_status hs;
        scales[j] = 1.0;
        if (!c->header[j][0] || yjjh__column_map_find(c->map, c->header[j]))
            continue;
        hs = yjjh_column_from_header(&col, &scale, c->header[j]);
        if (hs == YJJH_E_UNKNOWN_COLUMN) {
            yjjh_column near;
            if (yjjh_column_closest(&near, c->header[j]) == YJJH_OK)
                st = note(c, YJJH_PROBLEM_UNKNOWN_COLUMN, c->header_line, j + 1, c->header[j],
                          "unknown column, ignored (did you mean %s / %s?)", yjjh_column_name(near),
                          yjjh_column_name_zh(near));
            else
                st = note(c, YJJH_PROBLEM_UNKNOWN_COLUMN, c->header_line, j + 1, c->header[j],
                          "unknown column, ignored");
            continue;
        }
        if (hs != YJJH_OK) {
            st = hs;
            break;
        }
        for (size_t k = 0; k < j; k++) {
            if (cols[k] == col) {
                st = report(c, YJJH_PROBLEM_DUPLICATE_COLUMN, c->header_line, j + 1, c->header[j],
                            "duplicate column (field %zu \"%.100s\" is the same column)", k + 1, c->header[k]);
                col = (yjjh_column)0;
                break;
            }
        }
        cols[j] = col;
        scales[j] = scale;
    }
    return st;
}

/* Build the table from the collected header and rows; errors are counted in c->errors. */
static yjjh_status build_table(read_ctx *c, yjjh_schools **out)
{
    yjjh_schools *t = NULL;
    yjjh_column *cols = NULL;
    double *scales = NULL;
    size_t *lines = NULL;
    double **nums = NULL;      /* the values of each number column */
    char ***texts = NULL;      /* CSV: the cells of each text column */
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

    st = match_header(c, cols, scales);
    if (st == YJJH_OK && c->sheet)
        st = yjjh__schools_set_sheet(t, c->sheet);
    if (st == YJJH_OK)
        st = apply_map(c, t, cols);

    /* rows longer than the header row as written (its trailing empty cells included) */
    for (size_t r = 0; r < c->n_rows && st == YJJH_OK; r++) {
        lines[r] = c->rows[r].line;
        if (c->rows[r].n > c->header_fields)
            st = report(c, YJJH_PROBLEM_TOO_MANY_FIELDS, c->rows[r].line, 0, NULL,
                        "the row has %zu fields but the header has %zu", c->rows[r].n, c->header_fields);
    }

    /* every number cell, row by row (the cells of a row lie together in memory; column by column would walk
     * all rows once per column); a column with a bad cell is then gone over again by fill_number_column(), so
     * the problems are reported in the same order (and the same ones are kept) as column by column */
    if (st == YJJH_OK && !(nums = calloc(c->n_header ? c->n_header : 1, sizeof *nums)))
        st = YJJH_E_NOMEM;
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++)
        if (cols[j] != (yjjh_column)0 && !yjjh_column_is_text(cols[j]) &&
            !(nums[j] = malloc((c->n_rows ? c->n_rows : 1) * sizeof **nums)))
            st = YJJH_E_NOMEM;
    if (st == YJJH_OK && !(bad = calloc(c->n_header ? c->n_header : 1, 1)))
        st = YJJH_E_NOMEM;
    /* CSV: the text cells stay where the tokenizer put them (one block per record) are trimmed in place, then packed */
    if (st == YJJH_OK && all_blocks(c) && !(texts = calloc(c->n_header ? c->n_header : 1, sizeof *texts)))
        st = YJJH_E_NOMEM;
    for (size_t j = 0; j < c->n_header && st == YJJH_OK && texts; j++)
        if (cols[j] != (yjjh_column)0 && yjjh_column_is_text(cols[j]) &&
            !(texts[j] = calloc(c->n_rows ? c->n_rows : 1, sizeof **texts)))
            st = YJJH_E_NOMEM;
    for (size_t r = 0; r < c->n_rows && st == YJJH_OK; r++) {
        const row *rw = &c->rows[r];
        for (size_t j = 0; j < c->n_header; j++) {
            char *cs = j < rw->n ? rw->cells[j] : NULL;
            char msg[YJJH__CELL_MSG_SIZE];
            yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
            if (texts && texts[j] && cs) {
                size_t n = strlen(cs);
                const char *tr = yjjh__text_cell(cs, &n);
                if (tr) {
                    memmove(cs, tr, n); /* trim in place, as fill_text_column() */
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
    if (st == YJJH_OK && texts)
        st = pack_texts(c, t, texts);
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++) {
        if (cols[j] == (yjjh_column)0)
            continue;
        if (yjjh_column_is_text(cols[j]) && texts) {
            st = yjjh__schools_borrow_texts(t, cols[j], texts[j]);
            if (st == YJJH_OK)
                texts[j] = NULL;
        } else if (yjjh_column_is_text(cols[j])) {
            st = fill_text_column(c, t, cols[j], j);
        } else if (bad[j]) {
            st = fill_number_column(c, t, cols[j], scales[j], j);
        } else {
            st = yjjh_schools_set_numbers(t, cols[j], nums[j], c->n_rows);
        }
        free(nums[j]);
        nums[j] = NULL;
        if (st == YJJH_OK)
            st = yjjh_schools_set_header_name(t, cols[j], c->header[j]);
        if (st == YJJH_OK && c->sheet)
            yjjh__schools_set_sheet_column(t, cols[j], j);
    }
    if (st == YJJH_OK)
        st = yjjh_schools_set_source(t, c->source, c->n_rows ? lines : NULL, c->n_rows);
    if (st == YJJH_OK && c->errors == 0)
        st = notes_to_table(c, t);

done:
    if (nums)
        for (size_t j = 0; j < c->n_header; j++)
            free(nums[j]);
    free(nums);
    if (texts)
        for (size_t j = 0; j < c->n_header; j++)
            free(texts[j]);
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

/* What a header names, for the layout: a mapping source, else a known column. */
static int known_header(void *ctx, const char *h)
{
    const read_ctx *c = ctx;
    const yjjh__map_entry *e = yjjh__column_map_find(c->map, h);
    yjjh_column col;
    double scale;
    if (e)
        return yjjh__map_entry_plain(e) ? (int)e->col : -1;
    return yjjh_column_from_header(&col, &scale, h) == YJJH_OK ? (int)col : 0;
}

/* The note of a skipped total row. */
static yjjh_status total_note(read_ctx *c, const yjjh__raw_row *raw)
{
    const char *label = "";
    for (size_t j = 0; j < raw->n && !*label; j++)
        if (raw->cells[j] && yjjh__is_total_label(raw->cells[j]))
            label = raw->cells[j];
    return note(c, YJJH_PROBLEM_TOTAL_ROW_SKIPPED, raw->line, 0, NULL,
                "total row (%.60s) skipped, not evaluated as a school", label);
}

/* The note of a header below title rows (none when the header is the first row). */
static yjjh_status title_note(read_ctx *c, const yjjh__layout *l)
{
    if (l->header == 0)
        return YJJH_OK;
    return note(c, YJJH_PROBLEM_HEADER_BELOW_TITLE, c->header_line, 0, NULL,
                "header found on %s %zu (the rows above it are skipped as a title)%s", c->sheet ? "row" : "line",
                c->header_line, l->header_rows == 2 ? "; a two-row header" : "");
}

/* The layout of the records: header names, data rows; skipped total rows are noted. */
static yjjh_status apply_layout(read_ctx *c, size_t header_row)
{
    yjjh__layout l;
    char msg[200];
    yjjh_status st = yjjh__layout_find(&l, c->raw, c->n_raw, header_row, known_header, c, msg);
    if (st == YJJH_E_EMPTY)
        return report(c, YJJH_PROBLEM_EMPTY_FILE, 1, 0, NULL, "the file is empty (no header row)");
    if (st == YJJH_E_INVALID_DATA)
        return report(c, YJJH_PROBLEM_NO_HEADER_ROW, header_row, 0, NULL, "%s", msg);
    if (st != YJJH_OK)
        return st;
    c->have_header = 1;
    c->header = l.names;
    c->n_header = l.n_names;
    l.names = NULL;
    l.n_names = 0;
    c->header_line = c->raw[l.header].line;
    c->header_fields = c->raw[l.header].n;
    if (l.header_rows == 2 && c->raw[l.header + 1].n > c->header_fields)
        c->header_fields = c->raw[l.header + 1].n;
    c->rows = calloc(c->n_raw ? c->n_raw : 1, sizeof *c->rows);
    if (!c->rows) {
        yjjh__layout_free(&l);
        return YJJH_E_NOMEM;
    }
    for (size_t r = 0; r < c->n_raw && st == YJJH_OK; r++) {
        const yjjh__raw_row *raw = &c->raw[r];
        if (l.role[r] == YJJH__ROW_DATA) {
            c->rows[c->n_rows].cells = raw->cells;
            c->rows[c->n_rows].n = raw->n;
            c->rows[c->n_rows].line = raw->line;
            c->n_rows++;
        } else if (l.role[r] == YJJH__ROW_TOTAL) {
            st = total_note(c, raw);
        }
    }
    if (st == YJJH_OK)
        st = title_note(c, &l);
    yjjh__layout_free(&l);
    return st;
}

/* ---- the fast path: CSV text straight into the table's columns ------------------------------------------ */

/* Records of the first rows are copied until the layout is known; then every record goes straight into the
 * columns (numbers parsed, texts trimmed into one arena) and is forgotten: no row store. Only a table without
 * errors is made this way: at the first problem that is not a note (a syntax error, a bad cell, a ragged row, a
 * duplicate column, a mapping that does not fit, no header) it gives up with YJJH__CSV_SLOW and the caller reads the
 * text again the full way, which reports every problem as always. */
typedef struct fast_ctx {
    read_ctx *c;
    size_t header_row;
    size_t text_len;
    yjjh__raw_row *raw; /* the first records (each in one malloc'ed block, cells[0] its start) */
    size_t n_raw, cap_raw, raw_bytes, next_try;
    int ready; /* the layout is known */
    yjjh__layout l;
    yjjh_column *cols;
    double *scales;
    double **nums;  /* per header position: a number column's values */
    size_t **texts; /* per header position: a text column's arena offsets + 1 (0: missing) */
    char *arena;    /* the trimmed texts, NUL-terminated */
    size_t arena_len, arena_cap;
    size_t *lines;
    size_t n_rows, cap_rows;
    const yjjh__map_entry **computed; /* the computed columns of a --columns mapping */
    size_t **computed_pos;            /* their source positions (plus, then minus) */
    double **computed_nums;           /* their values */
    size_t n_computed;
} fast_ctx;

#define FAST_AGAIN ((yjjh_status)2) /* the layout needs more rows */

_Static_assert(sizeof(size_t) == sizeof(char *), "read_fast() turns the offsets into addresses in place");

/* Number columns of the fast path start at staggered offsets of their blocks, 64 bytes (a cache line) apart per
 * header position: large blocks come from mmap at the same offset of a page, and a row-wise pass that reads 30
 * columns at one row (validation, the parts) would otherwise find every column's cell in the same cache set. */
static size_t stagger(size_t j) { return (j % 64) * 64; }

static double *column_alloc(size_t j, size_t cap)
{
    char *b = malloc(cap * sizeof(double) + stagger(j));
    return b ? (double *)(void *)(b + stagger(j)) : NULL;
}

static double *column_realloc(double *p, size_t j, size_t cap)
{
    char *b = realloc((char *)p - stagger(j), cap * sizeof(double) + stagger(j));
    return b ? (double *)(void *)(b + stagger(j)) : NULL;
}

static void column_free(double *p, size_t j)
{
    if (p)
        free((char *)p - stagger(j));
}

static void fast_free(fast_ctx *f)
{
    for (size_t r = 0; r < f->n_raw; r++) {
        if (f->raw[r].n)
            free(f->raw[r].cells[0]);
        free(f->raw[r].cells);
    }
    free(f->raw);
    yjjh__layout_free(&f->l);
    for (size_t j = 0; j < f->c->n_header; j++) {
        if (f->nums)
            column_free(f->nums[j], j);
        if (f->texts)
            free(f->texts[j]);
    }
    free(f->nums);
    free(f->texts);
    for (size_t k = 0; k < f->n_computed; k++) {
        free(f->computed_pos[k]);
        free(f->computed_nums[k]);
    }
    free(f->computed);
    free(f->computed_pos);
    free(f->computed_nums);
    free(f->cols);
    free(f->scales);
    free(f->arena);
    free(f->lines);
}

/* Make room for row f->n_rows in every column. */
static yjjh_status fast_room(fast_ctx *f)
{
    size_t cap = f->cap_rows + f->cap_rows / 2 + 64;
    if (f->n_rows < f->cap_rows)
        return YJJH_OK;
    if (cap > ((size_t)-1) / sizeof(double) / 2)
        return YJJH_E_NOMEM;
    for (size_t j = 0; j < f->c->n_header; j++) {
        if (f->nums[j]) {
            double *p = column_realloc(f->nums[j], j, cap);
            if (!p)
                return YJJH_E_NOMEM;
            f->nums[j] = p;
        }
        if (f->texts[j]) {
            size_t *p = realloc(f->texts[j], cap * sizeof *p);
            if (!p)
                return YJJH_E_NOMEM;
            f->texts[j] = p;
        }
    }
    for (size_t k = 0; k < f->n_computed; k++) {
        double *p = realloc(f->computed_nums[k], cap * sizeof *p);
        if (!p)
            return YJJH_E_NOMEM;
        f->computed_nums[k] = p;
    }
    {
        size_t *p = realloc(f->lines, cap * sizeof *p);
        if (!p)
            return YJJH_E_NOMEM;
        f->lines = p;
    }
    f->cap_rows = cap;
    return YJJH_OK;
}

/* The common number cell, digits with at most one '.' (at most 15 digits, no sign, no spaces): *out as
 * yjjh__parse_number() reads it (its exact path: the digits as an integer, one correctly rounded division by a
 * power of ten). 0 for any other text (then yjjh__number_cell() reads it). */
static int plain_number(double *out, const char *s, size_t n)
{
    static const double p10[16] = {1e0, 1e1, 1e2,  1e3,  1e4,  1e5,  1e6,  1e7,
                                   1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15};
    uint64_t m = 0;
    size_t i = 0, nd = 0, frac = 0;
    if (n == 0 || n > 16)
        return 0;
    while (i < n && s[i] >= '0' && s[i] <= '9') {
        m = m * 10 + (uint64_t)(s[i++] - '0');
        nd++;
    }
    if (i < n && s[i] == '.') {
        size_t f0 = ++i;
        while (i < n && s[i] >= '0' && s[i] <= '9') {
            m = m * 10 + (uint64_t)(s[i++] - '0');
            nd++;
        }
        frac = i - f0;
    }
    if (i != n || nd == 0 || nd > 15)
        return 0;
    *out = frac ? (double)m / p10[frac] : (double)m;
    return 1;
}

/* Whether a byte can start / end a space of yjjh__trim() (ASCII spaces, U+00A0, U+3000). */
static int edge_space_lead(unsigned char b)
{
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xC2 || b == 0xE3;
}
static int edge_space_tail(unsigned char b)
{
    return b == ' ' || b == '\t' || b == '\r' || b == '\n' || b == 0xA0 || b == 0x80;
}

/* One data row: its cells into the columns. lens: the cells' lengths, or NULL (strlen). */
static yjjh_status fast_row(fast_ctx *f, char *const *cells, size_t n, const size_t *lens, size_t line)
{
    read_ctx *c = f->c;
    size_t r = f->n_rows;
    yjjh_status st;
    if (n > c->header_fields)
        return YJJH__CSV_SLOW; /* too many fields: reported by the full way */
    if ((st = fast_room(f)) != YJJH_OK)
        return st;
    f->lines[r] = line;
    for (size_t j = 0; j < c->n_header; j++) {
        const char *cs = j < n ? cells[j] : NULL;
        size_t len;
        if (f->cols[j] == (yjjh_column)0)
            continue;
        len = cs ? (lens ? lens[j] : strlen(cs)) : 0;
        if (f->texts[j]) {
            /* a text longer than the missing-value words (at most 3 bytes) with no space at either end is its own
             * trimmed text (the first and last bytes of every space of common/text.h are tested) */
            const char *tr =
                cs && len > 3 && !edge_space_lead((unsigned char)cs[0]) && !edge_space_tail((unsigned char)cs[len - 1])
                    ? cs
                : cs ? yjjh__text_cell(cs, &len)
                     : NULL;
            f->texts[j][r] = 0;
            if (tr) {
                if (f->arena_len + len + 1 > f->arena_cap &&
                    yjjh__grow((void **)&f->arena, &f->arena_cap, f->arena_len + len + 1, 1) != YJJH_OK)
                    return YJJH_E_NOMEM;
                memcpy(f->arena + f->arena_len, tr, len);
                f->arena[f->arena_len + len] = '\0';
                f->texts[j][r] = f->arena_len + 1;
                f->arena_len += len + 1;
            }
        } else {
            char msg[YJJH__CELL_MSG_SIZE];
            yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
            double v = NAN;
            if (cs && len > 0 && plain_number(&v, cs, len) && isfinite(v * f->scales[j]))
                v *= f->scales[j];
            else if (cs && len > 0 && yjjh__number_cell(&v, msg, &code, cs, len, f->scales[j]) == YJJH__CELL_BAD)
                return YJJH__CSV_SLOW;
            f->nums[j][r] = v;
        }
    }
    for (size_t k = 0; k < f->n_computed; k++) { /* as fill_mapped_column() */
        const yjjh__map_entry *e = f->computed[k];
        double sum = 0.0;
        int missing = 0;
        for (size_t q = 0; q < e->n_plus + e->n_minus; q++) {
            size_t j = f->computed_pos[k][q];
            const char *cs = j < n ? cells[j] : NULL;
            char msg[YJJH__CELL_MSG_SIZE];
            double v = NAN;
            yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
            yjjh__cell_kind kind =
                cs ? yjjh__number_cell(&v, msg, &code, cs, lens ? lens[j] : strlen(cs), 1.0) : YJJH__CELL_MISSING;
            if (kind == YJJH__CELL_BAD)
                return YJJH__CSV_SLOW;
            if (kind == YJJH__CELL_MISSING)
                missing = 1;
            else
                sum += q < e->n_plus ? v : -v;
        }
        f->computed_nums[k][r] = missing ? NAN : sum * e->scale;
    }
    f->n_rows++;
    return YJJH_OK;
}

/* The columns of the mapping as apply_map() makes them, without its problems (any sends the table to the full
 * way): a plain rename is read like a column of its own (f->cols), the others computed for each row. */
static yjjh_status fast_map(fast_ctx *f)
{
    read_ctx *c = f->c;
    if (!c->map)
        return YJJH_OK;
    if (!(f->computed = calloc(c->map->n ? c->map->n : 1, sizeof *f->computed)) ||
        !(f->computed_pos = calloc(c->map->n ? c->map->n : 1, sizeof *f->computed_pos)) ||
        !(f->computed_nums = calloc(c->map->n ? c->map->n : 1, sizeof *f->computed_nums)))
        return YJJH_E_NOMEM;
    for (size_t i = 0; i < c->map->n; i++) {
        const yjjh__map_entry *e = &c->map->entries[i];
        size_t n_src = e->n_plus + e->n_minus;
        size_t *pos = calloc(n_src ? n_src : 1, sizeof *pos);
        if (!pos)
            return YJJH_E_NOMEM;
        f->computed_pos[f->n_computed] = pos; /* freed with f (the count is raised below when it stays) */
        for (size_t k = 0; k < n_src; k++) {
            pos[k] = header_pos(c, k < e->n_plus ? e->plus[k] : e->minus[k - e->n_plus]);
            if (pos[k] == (size_t)-1) {
                free(pos);
                f->computed_pos[f->n_computed] = NULL;
                return YJJH__CSV_SLOW;
            }
        }
        for (size_t j = 0; j < c->n_header; j++) {
            if (f->cols[j] == e->col && (!yjjh__map_entry_plain(e) || j != pos[0])) {
                free(pos);
                f->computed_pos[f->n_computed] = NULL;
                return YJJH__CSV_SLOW; /* a duplicate column */
            }
        }
        if (yjjh__map_entry_plain(e)) {
            f->cols[pos[0]] = e->col;
            free(pos);
            f->computed_pos[f->n_computed] = NULL;
            continue;
        }
        if (yjjh_column_is_text(e->col)) {
            free(pos);
            f->computed_pos[f->n_computed] = NULL;
            return YJJH__CSV_SLOW;
        }
        f->computed[f->n_computed++] = e;
    }
    return YJJH_OK;
}

/* A row below the header: a data row into the columns, a total row noted, a blank row skipped. */
static yjjh_status fast_body_row(fast_ctx *f, const yjjh__raw_row *rw, yjjh__row_role role, const size_t *lens)
{
    if (role == YJJH__ROW_TOTAL) {
        if (f->c->n_problems + 1 >= MAX_KEPT_PROBLEMS)
            return YJJH__CSV_SLOW; /* the full way keeps what it keeps */
        return total_note(f->c, rw);
    }
    if (role != YJJH__ROW_DATA)
        return YJJH_OK;
    return fast_row(f, rw->cells, rw->n, lens, rw->line);
}

/* Find the layout on the first records (at_end: they are all the records). FAST_AGAIN when more rows could
 * change it; YJJH__CSV_SLOW for a table with errors. Then the header's columns and the first data rows. */
static yjjh_status fast_layout(fast_ctx *f, int at_end)
{
    read_ctx *c = f->c;
    char msg[200];
    size_t cap;
    yjjh_status st = yjjh__layout_find(&f->l, f->raw, f->n_raw, f->header_row, known_header, c, msg);
    if (!at_end && (st == YJJH_E_EMPTY || st == YJJH_E_INVALID_DATA || (st == YJJH_OK && f->l.reach > f->n_raw))) {
        yjjh__layout_free(&f->l);
        return FAST_AGAIN;
    }
    if (st == YJJH_E_EMPTY || st == YJJH_E_INVALID_DATA)
        return YJJH__CSV_SLOW;
    if (st != YJJH_OK)
        return st;
    c->have_header = 1;
    c->header = f->l.names;
    c->n_header = f->l.n_names;
    f->l.names = NULL;
    f->l.n_names = 0;
    c->header_line = f->raw[f->l.header].line;
    c->header_fields = f->raw[f->l.header].n;
    if (f->l.header_rows == 2 && f->raw[f->l.header + 1].n > c->header_fields)
        c->header_fields = f->raw[f->l.header + 1].n;
    if ((st = title_note(c, &f->l)) != YJJH_OK)
        return st;
    f->cols = calloc(c->n_header ? c->n_header : 1, sizeof *f->cols);
    f->scales = calloc(c->n_header ? c->n_header : 1, sizeof *f->scales);
    f->nums = calloc(c->n_header ? c->n_header : 1, sizeof *f->nums);
    f->texts = calloc(c->n_header ? c->n_header : 1, sizeof *f->texts);
    if (!f->cols || !f->scales || !f->nums || !f->texts)
        return YJJH_E_NOMEM;
    if ((st = match_header(c, f->cols, f->scales)) != YJJH_OK)
        return st;
    if (c->errors || c->n_problems + 1 >= MAX_KEPT_PROBLEMS)
        return YJJH__CSV_SLOW;
    if ((st = fast_map(f)) != YJJH_OK)
        return st;
    /* room for the rows the text holds at the size of the first ones (grown when there are more) */
    cap = f->raw_bytes / f->n_raw;
    cap = f->text_len / (cap ? cap : 1);
    cap += cap / 16 + 16;
    if (cap > ((size_t)-1) / sizeof(double) / 2)
        cap = 1024;
    for (size_t j = 0; j < c->n_header; j++) {
        if (f->cols[j] == (yjjh_column)0)
            continue;
        if (yjjh_column_is_text(f->cols[j]))
            f->texts[j] = malloc(cap * sizeof **f->texts);
        else
            f->nums[j] = column_alloc(j, cap);
        if (!f->texts[j] && !f->nums[j])
            return YJJH_E_NOMEM;
    }
    for (size_t k = 0; k < f->n_computed; k++)
        if (!(f->computed_nums[k] = malloc(cap * sizeof **f->computed_nums)))
            return YJJH_E_NOMEM;
    if (!(f->lines = malloc(cap * sizeof *f->lines)))
        return YJJH_E_NOMEM;
    f->cap_rows = cap;
    f->ready = 1;
    for (size_t r = 0; r < f->n_raw; r++)
        if ((st = fast_body_row(f, &f->raw[r], f->l.role[r], NULL)) != YJJH_OK)
            return st;
    for (size_t r = 0; r < f->n_raw; r++) {
        if (f->raw[r].n)
            free(f->raw[r].cells[0]);
        free(f->raw[r].cells);
    }
    f->n_raw = 0;
    return YJJH_OK;
}

static yjjh_status fast_record(void *ctx, const yjjh__csv_record *rec)
{
    fast_ctx *f = ctx;
    yjjh__raw_row *r;
    size_t bytes = 0;
    char *block;
    yjjh_status st;
    if (f->ready) {
        yjjh__raw_row rw;
        rw.cells = rec->fields;
        rw.n = rec->n;
        rw.line = rec->line;
        return fast_body_row(f, &rw, yjjh__layout_row_role(&f->l, &rw), rec->lens);
    }
    /* a first record: kept (a copy) until the layout is known */
    if (yjjh__grow((void **)&f->raw, &f->cap_raw, f->n_raw + 1, sizeof *f->raw) != YJJH_OK)
        return YJJH_E_NOMEM;
    for (size_t i = 0; i < rec->n; i++)
        bytes += rec->lens[i] + 1;
    r = &f->raw[f->n_raw];
    r->cells = calloc(rec->n ? rec->n : 1, sizeof *r->cells);
    block = rec->n ? malloc(bytes) : NULL;
    if (!r->cells || (rec->n && !block)) {
        free(r->cells);
        free(block);
        return YJJH_E_NOMEM;
    }
    if (rec->n)
        memcpy(block, rec->fields[0], bytes); /* the fields lie one after the other */
    for (size_t i = 0; i < rec->n; i++)
        r->cells[i] = block + (rec->fields[i] - rec->fields[0]);
    r->n = rec->n;
    r->line = rec->line;
    f->n_raw++;
    f->raw_bytes += bytes;
    if (f->n_raw < f->next_try)
        return YJJH_OK;
    st = fast_layout(f, 0);
    if (st == FAST_AGAIN) {
        f->next_try *= 2;
        return YJJH_OK;
    }
    return st;
}

/* The table of a UTF-8 text the fast way: YJJH_OK (*out, the notes in c), YJJH__CSV_SLOW (read it the full way:
 * nothing went to the diag) or YJJH_E_NOMEM. */
static yjjh_status read_fast(read_ctx *c, const char *text, size_t len, size_t header_row, yjjh_schools **out)
{
    fast_ctx f;
    yjjh_schools *t = NULL;
    yjjh_status st;
    memset(&f, 0, sizeof f);
    f.c = c;
    f.header_row = header_row;
    f.text_len = len;
    f.next_try = 128;
    st = yjjh__csv_scan(text, len, fast_record, &f);
    if (st == YJJH_OK && !f.ready)
        st = f.n_raw == 0 ? YJJH__CSV_SLOW : fast_layout(&f, 1);
    if (st == YJJH_OK && c->errors)
        st = YJJH__CSV_SLOW;
    if (st == YJJH_OK)
        st = yjjh_schools_new(&t, f.n_rows);
    for (size_t k = 0; k < f.n_computed && st == YJJH_OK; k++) {
        double *p = realloc(f.computed_nums[k], (f.n_rows ? f.n_rows : 1) * sizeof *p);
        if (p)
            f.computed_nums[k] = p;
        st = yjjh__schools_adopt_numbers(t, f.computed[k]->col, f.computed_nums[k]);
        if (st == YJJH_OK) {
            f.computed_nums[k] = NULL;
            st = yjjh_schools_set_header_name(t, f.computed[k]->col, f.computed[k]->label);
        }
    }
    for (size_t j = 0; j < c->n_header && st == YJJH_OK; j++) {
        yjjh_column col = f.cols[j];
        if (col == (yjjh_column)0)
            continue;
        if (f.nums[j]) {
            double *p = column_realloc(f.nums[j], j, f.n_rows ? f.n_rows : 1); /* give back the room */
            if (p)
                f.nums[j] = p;
            st = yjjh__schools_adopt_numbers_in(t, col, (char *)f.nums[j] - stagger(j), f.nums[j]);
            if (st == YJJH_OK)
                f.nums[j] = NULL;
        } else {
            /* the offsets become the cells' addresses, in place (a pointer is as wide as a size_t here) */
            char **cells = (char **)(void *)f.texts[j];
            for (size_t r = 0; r < f.n_rows; r++) {
                size_t o = f.texts[j][r];
                char *p = o ? f.arena + (o - 1) : NULL;
                memcpy(&cells[r], &p, sizeof p);
            }
            st = yjjh__schools_borrow_texts(t, col, cells);
            if (st == YJJH_OK)
                f.texts[j] = NULL;
        }
        if (st == YJJH_OK)
            st = yjjh_schools_set_header_name(t, col, c->header[j]);
    }
    if (st == YJJH_OK && f.arena) {
        char **one = malloc(sizeof *one);
        if (!one)
            st = YJJH_E_NOMEM;
        else if ((one[0] = f.arena), (st = yjjh__schools_adopt_blocks(t, one, 1)) != YJJH_OK)
            free(one);
        else
            f.arena = NULL;
    }
    if (st == YJJH_OK)
        st = yjjh_schools_set_source(t, c->source, f.n_rows ? f.lines : NULL, f.n_rows);
    if (st == YJJH_OK)
        st = notes_to_table(c, t);
    fast_free(&f);
    if (st != YJJH_OK) {
        yjjh_schools_free(t);
        return st;
    }
    *out = t;
    return YJJH_OK;
}

/* The records of data: an xlsx sheet, or CSV text (decoded already: text). The workbook formats that are not read
 * get their hint. */
static yjjh_status read_records(read_ctx *c, const char *data, size_t len, const char *text, size_t text_len,
                                const yjjh_read_options *o)
{
    yjjh_status st;
    switch (yjjh__book_sniff(data, len)) {
    case YJJH__BOOK_XLS:
        return report(c, YJJH_PROBLEM_UNSUPPORTED_FORMAT, 0, 0, NULL,
                      "an .xls (Excel 97-2003) workbook or another OLE2 file is not read: save it as .xlsx or CSV");
    case YJJH__BOOK_XLSX:
    case YJJH__BOOK_ZIP:
    case YJJH__BOOK_ODS: {
        yjjh__xlsx_error err;
        st = yjjh__xlsx_parse(data, len, o->sheet, &c->sheet, on_record, c, &err);
        if (st == YJJH_E_INVALID_DATA)
            return report(c, err.code, 0, 0, NULL, "%s", err.message);
        return st;
    }
    case YJJH__BOOK_TEXT: break;
    }
    {
        yjjh__csv_error err;
        st = yjjh__csv_parse_blocks(text, text_len, on_record, c, &err);
        if (st == YJJH_E_INVALID_DATA)
            /* still report the cell problems of the rows before the syntax error */
            return report(c, err.code, err.line, 0, NULL, "%s", err.message);
        return st;
    }
}

yjjh_status yjjh__schools_read_buffer_mode(yjjh_schools **out, const char *data, size_t len, const char *source_name,
                                           const yjjh_read_options *options, yjjh_diag *diag, int fast)
{
    static const yjjh_read_options defaults = YJJH_READ_OPTIONS_INIT;
    read_ctx c;
    yjjh__column_map map;
    yjjh_status st;
    size_t syntax_errors;
    const char *text = NULL;
    size_t text_len = 0;
    char *decoded = NULL;

    if (out)
        *out = NULL;
    if (!out || (!data && len > 0))
        return YJJH_E_NULL_ARG;
    if (!options)
        options = &defaults;
    if (options->version != YJJH_READ_OPTIONS_VERSION)
        return YJJH_E_STRUCT_VERSION;
    memset(&c, 0, sizeof c);
    memset(&map, 0, sizeof map);
    c.source = source_name ? source_name : "<buffer>";
    c.diag = diag;
    if (!data)
        data = "";

    if (options->columns) {
        st = yjjh__column_map_parse(&map, options->columns, options->columns_len, options->columns_name, diag);
        if (st != YJJH_OK)
            return st;
        c.map = &map;
    }
    if (yjjh__book_sniff(data, len) == YJJH__BOOK_TEXT) {
        st = yjjh__decode_text_view(&text, &text_len, &decoded, data, len, c.source, options->encoding, diag);
        if (st != YJJH_OK) {
            yjjh__column_map_free(&map);
            return st;
        }
        if (fast) {
            st = read_fast(&c, text, text_len, options->header_row, out);
            if (st != YJJH__CSV_SLOW) {
                if (st == YJJH_OK && c.n_problems && flush_problems(&c, diag, 0) == YJJH_E_NOMEM)
                    st = YJJH_E_NOMEM;
                if (st != YJJH_OK) {
                    yjjh_schools_free(*out);
                    *out = NULL;
                }
                free_ctx(&c);
                free(decoded);
                yjjh__column_map_free(&map);
                return st;
            }
            /* a table with problems: read again the full way (nothing went to the diag yet) */
            free_ctx(&c);
            memset(&c, 0, sizeof c);
            c.source = source_name ? source_name : "<buffer>";
            c.diag = diag;
            c.map = options->columns ? &map : NULL;
        }
    }
    st = read_records(&c, data, len, text, text_len, options);
    free(decoded);
    if (st == YJJH_E_ENCODING || (st != YJJH_OK && st != YJJH_E_INVALID_DATA)) {
        free_ctx(&c);
        yjjh__column_map_free(&map);
        return st;
    }
    syntax_errors = c.errors;
    if (st == YJJH_OK && c.n_raw == 0 && c.errors == 0)
        st = report(&c, YJJH_PROBLEM_EMPTY_FILE, c.sheet ? 0 : 1, 0, NULL, "the file is empty (no header row)");
    else if (st == YJJH_OK && c.n_raw > 0)
        st = apply_layout(&c, options->header_row);
    if (st == YJJH_OK && c.have_header && (c.errors == 0 || syntax_errors > 0))
        st = build_table(&c, out);
    if (st == YJJH_OK && c.errors)
        st = YJJH_E_INVALID_DATA;
    if (c.n_problems && flush_problems(&c, diag, 0) == YJJH_E_NOMEM)
        st = YJJH_E_NOMEM;
    if (st != YJJH_OK) {
        yjjh_schools_free(*out);
        *out = NULL;
    }
    free_ctx(&c);
    yjjh__column_map_free(&map);
    return st;
}

yjjh_status yjjh_schools_read_buffer_ex(yjjh_schools **out, const char *data, size_t len, const char *source_name,
                                        const yjjh_read_options *options, yjjh_diag *diag)
{
    return yjjh__schools_read_buffer_mode(out, data, len, source_name, options, diag, 1);
}

yjjh_status yjjh_schools_read_buffer(yjjh_schools **out, const char *data, size_t len, const char *source_name,
                                     const char *encoding, yjjh_diag *diag)
{
    yjjh_read_options o = YJJH_READ_OPTIONS_INIT;
    o.encoding = encoding;
    return yjjh_schools_read_buffer_ex(out, data, len, source_name, &o, diag);
}

yjjh_status yjjh_schools_read_file_ex(yjjh_schools **out, const char *path, const yjjh_read_options *options,
                                      yjjh_diag *diag)
{
    char *buf = NULL;
    size_t len = 0;
    yjjh_status st;
    if (out)
        *out = NULL;
    if (!out || !path)
        return YJJH_E_NULL_ARG;
    if (options && options->version != YJJH_READ_OPTIONS_VERSION)
        return YJJH_E_STRUCT_VERSION;
    st = yjjh__read_file(&buf, &len, path);
    if (st != YJJH_OK)
        return st;
    st = yjjh_schools_read_buffer_ex(out, buf, len, path, options, diag);
    free(buf);
    return st;
}

yjjh_status yjjh_schools_read_file(yjjh_schools **out, const char *path, const char *encoding, yjjh_diag *diag)
{
    yjjh_read_options o = YJJH_READ_OPTIONS_INIT;
    o.encoding = encoding;
    return yjjh_schools_read_file_ex(out, path, &o, diag);
}
