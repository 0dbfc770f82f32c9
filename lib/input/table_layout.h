/* SPDX-License-Identifier: MIT */
/* Private: the layout of a table as Excel users save it (data-format.md "Table layout"): which row is the header
 * (title rows above it, or --header-row), a two-row header combined into one name per column, blank rows, total
 * rows, trailing empty columns. The same for every record source (CSV, xlsx). */
#ifndef YJJH_LIB_TABLE_LAYOUT_H
#define YJJH_LIB_TABLE_LAYOUT_H

#include <stddef.h>
#include "yjjh/yjjh_status.h"

/* One record as read: cells (NUL-terminated texts, owned by the caller) and its line (CSV) or sheet row. */
typedef struct yjjh__raw_row {
    char **cells;
    size_t n;
    size_t line;
} yjjh__raw_row;

/* What a header text names: a column id (> 0), -1 for a header the caller knows otherwise (a --columns mapping
 * source), 0 for an unknown text. */
typedef int (*yjjh__header_fn)(void *ctx, const char *header);

/* How many leading rows the header search looks at. */
#define YJJH__LAYOUT_SEARCH_ROWS 100

typedef enum yjjh__row_role {
    YJJH__ROW_DATA = 0,
    YJJH__ROW_ABOVE, /* above the header (a title), skipped */
    YJJH__ROW_HEADER,
    YJJH__ROW_BLANK, /* every cell empty, skipped */
    YJJH__ROW_TOTAL  /* a total row (合计, 总计, 小计), skipped and noted */
} yjjh__row_role;

typedef struct yjjh__layout {
    size_t header;        /* index of the (first) header row */
    size_t header_rows;   /* 1 or 2 */
    char **names;         /* n_names header names (malloc'ed, trimmed; "" for an empty header cell) */
    size_t n_names;       /* without trailing empty header cells */
    yjjh__row_role *role; /* per row */
    size_t reach;         /* the rows the decision looked at: rows[0..reach) (a row past the end counts) */
    size_t idcols[4];     /* the header positions of school_id, school_name, county_code, county_name */
    size_t n_id;
} yjjh__layout;

/* Find the layout of rows[0..n). header_line: the line / sheet row of the header (--header-row), 0 to search
 * for it (the first row, or pair of rows, naming at least 3 known columns; the first non-blank row when none
 * does; rows whose first cell starts with '#' are comments, never the header). Returns YJJH_OK; YJJH_E_INVALID_DATA
 * when header_line names no row (msg says why); YJJH_E_NOMEM. */
yjjh_status yjjh__layout_find(yjjh__layout *out, const yjjh__raw_row *rows, size_t n, size_t header_line,
                              yjjh__header_fn known, void *kctx, char msg[200]);

void yjjh__layout_free(yjjh__layout *l);

/* The role of a row below the header of l (YJJH__ROW_BLANK, YJJH__ROW_TOTAL or YJJH__ROW_DATA), as
 * yjjh__layout_find() gives it: for rows read after the layout was found on the first rows. When reach ≤ the
 * number of rows it was given, the layout of those rows is the layout of any longer table starting with them. */
yjjh__row_role yjjh__layout_row_role(const yjjh__layout *l, const yjjh__raw_row *row);

/* 1 when the trimmed text is a total label: 合计, 总计, 小计 (spaces inside ignored) or a text ending in
 * 合计 / 总计 (全县合计). */
int yjjh__is_total_label(const char *s);

#endif
