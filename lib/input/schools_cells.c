/* SPDX-License-Identifier: MIT */
/* yjjh_schools_set_cells(): a whole column of a school table from its cells as text, read by the cell rules of
 * the CSV reader (input/cell_value.c), so that every path into a table (CSV, the C cell API, the bindings'
 * data frames) accepts and rejects the same cells with the same messages (data-format.md). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_schools.h"
#include "common/text.h"
#include "input/cell_value.h"
#include "input/schools_internal.h"

/* Number column: every bad cell is reported; the column is set only when all cells are good. */
static yjjh_status set_number_cells(yjjh_schools *t, yjjh_column col, const char *const *cells, size_t n, double scale,
                                    yjjh_diag *diag)
{
    double *vals = malloc((n ? n : 1) * sizeof *vals);
    size_t bad = 0;
    yjjh_status st = YJJH_OK;
    if (!vals)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n && st == YJJH_OK; r++) {
        char msg[YJJH__CELL_MSG_SIZE];
        yjjh_problem_code code = YJJH_PROBLEM_NOT_A_NUMBER;
        vals[r] = NAN;
        if (!cells[r] || yjjh__number_cell(&vals[r], msg, &code, cells[r], strlen(cells[r]), scale) != YJJH__CELL_BAD)
            continue;
        bad++;
        if (diag)
            st = yjjh_diag_add_problem(diag, code, yjjh__schools_source(t), yjjh__schools_line(t, r),
                                       yjjh__schools_header(t, col), msg);
    }
    if (st == YJJH_OK)
        st = bad ? YJJH_E_INVALID_DATA : yjjh_schools_set_numbers(t, col, vals, n);
    free(vals);
    return st;
}

/* Text column: cells trimmed, missing-value tokens as NULL (copies only of the cells that trimming changes). */
static yjjh_status set_text_cells(yjjh_schools *t, yjjh_column col, const char *const *cells, size_t n)
{
    const char **vals = calloc(n ? n : 1, sizeof *vals);
    char **owned = calloc(n ? n : 1, sizeof *owned);
    yjjh_status st = YJJH_OK;
    if (!vals || !owned) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    for (size_t r = 0; r < n; r++) {
        size_t len, tlen;
        const char *tr;
        if (!cells[r])
            continue;
        len = tlen = strlen(cells[r]);
        if (!(tr = yjjh__text_cell(cells[r], &tlen)))
            continue;
        if (tlen == len) {
            vals[r] = cells[r];
            continue;
        }
        if (!(owned[r] = yjjh__strndup(tr, tlen))) {
            st = YJJH_E_NOMEM;
            goto done;
        }
        vals[r] = owned[r];
    }
    st = yjjh_schools_set_texts(t, col, vals, n);
done:
    if (owned)
        for (size_t r = 0; r < n; r++)
            free(owned[r]);
    free(owned);
    free(vals);
    return st;
}

yjjh_status yjjh_schools_set_cells(yjjh_schools *schools, yjjh_column col, const char *const *cells, size_t n,
                                   double scale, yjjh_diag *diag)
{
    if (!schools || (!cells && n > 0))
        return YJJH_E_NULL_ARG;
    if (yjjh__column_index(col) < 0)
        return YJJH_E_UNKNOWN_COLUMN;
    if (n != yjjh_schools_row_count(schools))
        return YJJH_E_LENGTH_MISMATCH;
    if (yjjh_column_is_text(col))
        return set_text_cells(schools, col, cells, n);
    if (!isfinite(scale) || scale <= 0.0)
        return YJJH_E_OUT_OF_RANGE;
    return set_number_cells(schools, col, cells, n, scale, diag);
}

yjjh_status yjjh_schools_get_texts(const char **out, size_t n, const yjjh_schools *schools, yjjh_column col)
{
    const char *const *texts;
    if (!out || !schools)
        return YJJH_E_NULL_ARG;
    if (yjjh__column_index(col) < 0)
        return YJJH_E_UNKNOWN_COLUMN;
    if (!yjjh_column_is_text(col))
        return YJJH_E_COLUMN_KIND;
    if (n != yjjh_schools_row_count(schools))
        return YJJH_E_LENGTH_MISMATCH;
    if (!(texts = yjjh__schools_texts(schools, col)))
        return YJJH_E_NOT_FOUND;
    for (size_t r = 0; r < n; r++)
        out[r] = texts[r];
    return YJJH_OK;
}
