/* SPDX-License-Identifier: MIT */
/* yjjh_schools_set_cells_packed(): a whole column from its cells packed one after the other in one buffer, the
 * form a binding converts a column of its own strings into. Read by the same cell rules as yjjh_schools_set_cells()
 * (input/cell_value.c); a text column keeps one copy of the buffer and its cells point into it (no allocation per
 * cell). */
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_schools.h"
#include "input/cell_value.h"
#include "input/schools_internal.h"

/* Text column: one copy of the bytes, each cell trimmed in place (cut by a NUL) or NULL when missing. */
static yjjh_status set_text_packed(yjjh_schools *t, yjjh_column col, const char *bytes, size_t len,
                                   const size_t *offsets, size_t n)
{
    char *block = malloc(len ? len : 1);
    char **cells = calloc(n ? n : 1, sizeof *cells);
    char **blocks = malloc(sizeof *blocks);
    yjjh_status st;
    if (!block || !cells || !blocks) {
        free(block);
        free(cells);
        free(blocks);
        return YJJH_E_NOMEM;
    }
    if (len)
        memcpy(block, bytes, len);
    for (size_t r = 0; r < n; r++) {
        char *cell, *tr;
        const char *trimmed;
        size_t tlen;
        if (offsets[r] == YJJH_CELL_MISSING)
            continue;
        if (r > 0 && offsets[r] == offsets[r - 1]) { /* the same text again (already trimmed) */
            cells[r] = cells[r - 1];
            continue;
        }
        cell = block + offsets[r];
        tlen = strlen(cell);
        if (!(trimmed = yjjh__text_cell(cell, &tlen)))
            continue;
        tr = cell + (trimmed - cell);
        tr[tlen] = '\0'; /* within the cell: the trimmed text is a part of it */
        cells[r] = tr;
    }
    /* the table owns the block from here (also when taking the cells fails: then it is freed with the table) */
    blocks[0] = block;
    if ((st = yjjh__schools_adopt_blocks(t, blocks, 1)) != YJJH_OK) {
        free(block);
        free(blocks);
        free(cells);
        return st;
    }
    if ((st = yjjh__schools_borrow_texts(t, col, cells)) != YJJH_OK)
        free(cells);
    return st;
}

yjjh_status yjjh_schools_set_cells_packed(yjjh_schools *schools, yjjh_column col, const char *bytes, size_t len,
                                          const size_t *offsets, size_t n, double scale, yjjh_diag *diag)
{
    const char **cells;
    yjjh_status st;
    if (!schools || (!offsets && n > 0) || (!bytes && len > 0))
        return YJJH_E_NULL_ARG;
    if (yjjh__column_index(col) < 0)
        return YJJH_E_UNKNOWN_COLUMN;
    if (n != yjjh_schools_row_count(schools))
        return YJJH_E_LENGTH_MISMATCH;
    for (size_t r = 0; r < n; r++)
        if (offsets[r] != YJJH_CELL_MISSING && offsets[r] >= len)
            return YJJH_E_OUT_OF_RANGE;
    if (len > 0 && bytes[len - 1] != '\0') /* then every text ends inside the buffer */
        return YJJH_E_OUT_OF_RANGE;
    if (yjjh_column_is_text(col))
        return set_text_packed(schools, col, bytes, len, offsets, n);
    /* number column: the cells as pointers, read by yjjh_schools_set_cells() (no copy of the texts) */
    if (!(cells = malloc((n ? n : 1) * sizeof *cells)))
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++)
        cells[r] = offsets[r] == YJJH_CELL_MISSING ? NULL : bytes + offsets[r];
    st = yjjh_schools_set_cells(schools, col, cells, n, scale, diag);
    free(cells);
    return st;
}
