/* SPDX-License-Identifier: MIT */
/* Private: column catalogue indices, direct access to the school table, school type / ownership codes.
 * Never installed. Owned by the school-table area (columns.c, schools.c, validate.c, evaluate.c). */
#ifndef YJJH_LIB_SCHOOLS_INTERNAL_H
#define YJJH_LIB_SCHOOLS_INTERNAL_H

#include <math.h>
#include <stdarg.h>
#include <stddef.h>
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_reader.h"
#include "yjjh/yjjh_schools.h"
#include "common/text.h"

/** Number of known columns: the lines of columns.def. */
enum {
    YJJH__N_COLUMNS = 0
#define X(name, id, en, zh, kind) +1
#include "input/columns.def"
#undef X
};

/** Catalogue index of a column id (0 ≤ index < YJJH__N_COLUMNS), or -1 for an unknown id. */
int yjjh__column_index(yjjh_column col);

/** The table takes over blocks (a malloc'ed array of n malloc'ed blocks), freed with the table: the memory that
 * the cells of yjjh__schools_borrow_texts() lie in. Returns YJJH_OK or YJJH_E_NOMEM (then the caller keeps them). */
yjjh_status yjjh__schools_adopt_blocks(yjjh_schools *t, char **blocks, size_t n);

/** Text column col becomes cells (a malloc'ed array of n pointers or NULL, taken over), the texts lying in blocks
 * the table owns (yjjh__schools_adopt_blocks): no copy of each text. A later set_text()/set_texts() replaces
 * them as usual. Returns YJJH_OK; YJJH_E_NOMEM; the status of a bad column (then cells stay the caller's). */
yjjh_status yjjh__schools_borrow_texts(yjjh_schools *t, yjjh_column col, char **cells);

/** Slots of yjjh__schools_cols: every column id is below it (columns.c checks the ids against 127). */
#define YJJH__COLUMN_ID_SLOTS 128

/** The first member of every table (schools.c keeps it in step with the columns): the values of each present
 *  column by column id, NULL for a column that is not set or of the other kind. The accessors below read it
 *  inline: validation and evaluation ask for a column per cell. */
typedef struct yjjh__schools_cols {
    const double *num[YJJH__COLUMN_ID_SLOTS];
    const char *const *text[YJJH__COLUMN_ID_SLOTS];
} yjjh__schools_cols;

/** Number column values (NaN = missing), or NULL when the column is not set / not a number column (t NULL too). */
static inline const double *yjjh__schools_numbers(const yjjh_schools *t, yjjh_column col)
{
    unsigned id = (unsigned)col;
    return t && id < YJJH__COLUMN_ID_SLOTS ? ((const yjjh__schools_cols *)(const void *)t)->num[id] : NULL;
}

/** One number cell: the value, or NaN when missing or when the column is not set (col 0 included). */
static inline double yjjh__cell(const yjjh_schools *t, yjjh_column col, size_t row)
{
    const double *v = yjjh__schools_numbers(t, col);
    return v ? v[row] : NAN;
}

/** Text column values (NULL elements = missing), or NULL when the column is not set / not a text column. */
static inline const char *const *yjjh__schools_texts(const yjjh_schools *t, yjjh_column col)
{
    unsigned id = (unsigned)col;
    return t && id < YJJH__COLUMN_ID_SLOTS ? ((const yjjh__schools_cols *)(const void *)t)->text[id] : NULL;
}

/** Number column col becomes values (a malloc'ed array of the table's row count, taken over: no copy). Returns
 *  YJJH_OK or the status of a bad column (then values stay the caller's). */
yjjh_status yjjh__schools_adopt_numbers(yjjh_schools *t, yjjh_column col, double *values);

/** As yjjh__schools_adopt_numbers(), values lying inside the malloc'ed block (taken over and freed with the table):
 *  the reader starts its columns at staggered offsets of their blocks (see csv_reader.c). */
yjjh_status yjjh__schools_adopt_numbers_in(yjjh_schools *t, yjjh_column col, void *block, double *values);

/** yjjh_schools_read_buffer_ex() with its fast CSV path (fast = 1, as that function) or the full way only (fast =
 *  0): the tests compare the two. */
yjjh_status yjjh__schools_read_buffer_mode(yjjh_schools **out, const char *data, size_t len, const char *source_name,
                                           const yjjh_read_options *options, yjjh_diag *diag, int fast);

/** Source name for messages (NULL in "row numbers" mode). */
const char *yjjh__schools_source(const yjjh_schools *t);

/** Physical line of row r for messages (r + 2 without lines). */
size_t yjjh__schools_line(const yjjh_schools *t, size_t row);

/** Header name as the source wrote it (default: the English name). */
const char *yjjh__schools_header(const yjjh_schools *t, yjjh_column col);

/** Add a note of the reader (a skipped total row, an unknown column) to the table. YJJH_OK or YJJH_E_NOMEM. */
yjjh_status yjjh__schools_add_note(yjjh_schools *t, const char *text);

/** The rows come from this xlsx sheet (messages then name cells, "Sheet1!D14"). YJJH_OK or YJJH_E_NOMEM. */
yjjh_status yjjh__schools_set_sheet(yjjh_schools *t, const char *sheet);

/** Column col is the sheet's column index (A = 0). */
void yjjh__schools_set_sheet_column(yjjh_schools *t, yjjh_column col, size_t index);

/** Size of a cell reference buffer. */
#define YJJH__CELL_REF_SIZE 128

/** "Sheet1!D14" (the sheet name quoted when it has spaces or punctuation: "'My data'!D14"). */
void yjjh__cell_ref(char buf[YJJH__CELL_REF_SIZE], const char *sheet, size_t col, size_t row);

/** "Sheet1!14:14", a whole row of a sheet. */
void yjjh__row_ref(char buf[YJJH__CELL_REF_SIZE], const char *sheet, size_t row);

/** Report a problem of row (row < 0: the table) and column col (0: none) with the table's source, line or cell
 *  reference and header name. Returns what yjjh__diag_vreportf() returns. */
yjjh_status yjjh__schools_vreport(yjjh_diag *diag, yjjh_problem_code code, const yjjh_schools *t, long row,
                                  yjjh_column col, const char *fmt, va_list ap) YJJH__PRINTF(6, 0);

/** School types (indicators.md §1). */
typedef enum yjjh__school_type {
    YJJH__T_UNKNOWN = -1,
    YJJH__T_PRIMARY = 0,
    YJJH__T_JUNIOR,
    YJJH__T_NINE_YEAR,
    YJJH__T_COMPLETE_SECONDARY,
    YJJH__T_TWELVE_YEAR,
    YJJH__T_TEACHING_POINT,
    YJJH__T_SPECIAL
} yjjh__school_type;

/** Parse a school_type cell (code or Chinese name, surrounding spaces ignored); YJJH__T_UNKNOWN when unknown
 *  or missing. */
yjjh__school_type yjjh__school_type_parse(const char *text);

/** Whether a school type serves a stage (senior: complete_secondary and twelve_year only). */
int yjjh__type_serves(yjjh__school_type t, yjjh_stage s);

/** Ownership: 0 public (also for NULL / empty), 1 private, -1 unknown. */
int yjjh__ownership_parse(const char *text);

/** Location: 0 none (NULL / empty), 1 urban, 2 town, 3 rural, -1 unknown. */
int yjjh__location_parse(const char *text);

#endif
