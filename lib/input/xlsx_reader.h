/* SPDX-License-Identifier: MIT */
/* Private: the rows of one sheet of an .xlsx workbook (Office Open XML, read with libzip and expat), handed out
 * as the same records as the CSV splitter (csv_records.h), so every table reader takes both. */
#ifndef YJJH_LIB_XLSX_READER_H
#define YJJH_LIB_XLSX_READER_H

#include <stddef.h>
#include "yjjh/yjjh_status.h"
#include "input/csv_records.h"

/* Limits against hostile workbooks (docs/data-format.md "Excel workbooks"). */
#define YJJH__XLSX_MAX_ENTRIES 10000u                   /* zip entries */
#define YJJH__XLSX_MAX_PART ((size_t)256 * 1024 * 1024) /* uncompressed bytes of one XML part */
#define YJJH__XLSX_MAX_CELL ((size_t)32767 * 3)         /* bytes of one cell's text (Excel: 32767 characters) */
#define YJJH__XLSX_MAX_SLOTS ((size_t)16 * 1024 * 1024) /* cells of the sheet, empty ones within a row included */
#define YJJH__XLSX_MAX_COLUMNS 16384u                   /* columns (A to XFD) */
#define YJJH__XLSX_MAX_ROWS 1048576u                    /* rows */

/* What a byte buffer is, by its first bytes and, for a zip, by its entries. */
typedef enum yjjh__book_kind {
    YJJH__BOOK_TEXT = 0, /* not a known binary container: text (CSV) */
    YJJH__BOOK_XLSX,     /* a zip archive with xl/workbook.xml */
    YJJH__BOOK_XLS,      /* an OLE2 compound file (Excel 97-2003 .xls, or another old Office file) */
    YJJH__BOOK_ODS,      /* an OpenDocument spreadsheet */
    YJJH__BOOK_ZIP       /* another zip archive, or a damaged one */
} yjjh__book_kind;

/* The kind of data[0..len) from its magic bytes alone (a zip is XLSX until yjjh__xlsx_parse() looks inside). */
yjjh__book_kind yjjh__book_sniff(const char *data, size_t len);

/* A problem of the workbook: the text, and the cell it is about ("" when none). */
typedef struct yjjh__xlsx_error {
    char message[300];
} yjjh__xlsx_error;

/* Read the sheet named sheet (NULL or "": the first sheet of the workbook) and hand each row with a non-empty
 * cell to fn, in row order: fields[j] is column j (A = 0) as text (shared and inline strings, numbers as
 * written in the file, booleans as "true"/"false", errors as Excel writes them; empty cells ""), line is the
 * sheet's row number. A merged range's text is copied into every cell of the range that lies in a row of the
 * sheet. *sheet_out receives the name of the sheet read (malloc'ed; NULL on error).
 * Returns YJJH_OK; YJJH_E_INVALID_DATA (not a readable workbook, sheet not found, a limit exceeded: *err);
 * YJJH_E_NOMEM; or the callback's status. */
yjjh_status yjjh__xlsx_parse(const char *data, size_t len, const char *sheet, char **sheet_out, yjjh__csv_record_fn fn,
                             void *ctx, yjjh__xlsx_error *err);

/* Column letters of a 0-based column index ("A", …, "XFD") into buf (size ≥ 8). */
void yjjh__xlsx_column_name(char buf[8], size_t col);

#endif
