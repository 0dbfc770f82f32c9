/* SPDX-License-Identifier: MIT */
/* Private: RFC 4180 record splitting on top of libcsv (strict mode) with the physical line of every record. */
#ifndef YJJH_LIB_CSV_RECORDS_H
#define YJJH_LIB_CSV_RECORDS_H

#include <stddef.h>
#include "yjjh/yjjh_diag.h"
#include "yjjh/yjjh_status.h"

/* One record handed to the callback: n NUL-terminated fields (owned by the parser, valid during the call) and
 * the physical line the record starts on (header = line 1; lines end at LF, CRLF or a lone CR).
 *
 * From yjjh__csv_parse() every field is its own malloc'ed string and block is NULL: the callback may take a field
 * over by storing NULL in its slot. From yjjh__csv_parse_blocks() the fields lie one after the other in one
 * malloc'ed block (fields[i] points into it) and block is the address of the parser's pointer to it: the
 * callback may take the whole record over by copying *block and storing NULL there (it then frees that block
 * once and never a field), or copy what it needs. Other producers of records (the xlsx reader) set block to
 * NULL. */
typedef struct yjjh__csv_record {
    char **fields;
    size_t n;
    size_t line;
    char **block;
    const size_t *lens; /* yjjh__csv_scan(): the length of each field (strlen); NULL from the other producers */
} yjjh__csv_record;

/* Return YJJH_OK to go on; any other status stops parsing and is returned by yjjh__csv_parse(). */
typedef yjjh_status (*yjjh__csv_record_fn)(void *ctx, const yjjh__csv_record *rec);

/* A syntax error: the physical line and the problem text. */
typedef struct yjjh__csv_error {
    size_t line;
    yjjh_problem_code code; /* the problem code of the diag entry the caller makes of it */
    char message[200];
} yjjh__csv_error;

/* Split UTF-8 text (len bytes) into records. Blank lines are skipped. A syntax error (a quote inside an unquoted
 * field, text after a closing quote, an unterminated quoted field) stops parsing and is described in *err; an
 * unterminated quote is reported at the last line of the text.
 * Returns YJJH_OK; YJJH_E_INVALID_DATA (syntax error, see *err); YJJH_E_NOMEM; or the callback's status. */
yjjh_status yjjh__csv_parse(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx, yjjh__csv_error *err);

/* yjjh__csv_parse() with the fields of each record in one allocation (see yjjh__csv_record): one malloc per
 * record instead of one per field, and the cells of a row next to each other in memory. Same statuses. */
yjjh_status yjjh__csv_parse_blocks(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx,
                                   yjjh__csv_error *err);

/* Returned by yjjh__csv_scan() (or by its callback, to stop it) when the text needs the full parser: never
 * returned to a caller of the library. */
#define YJJH__CSV_SLOW ((yjjh_status)1)

/* The fast path of yjjh__csv_parse_blocks() for a text in memory: the same records (fields, lines, blank lines
 * skipped, spaces and tabs around unquoted fields and around quotes dropped, quotes undoubled) split by a scanner
 * of its own, the fields NUL-terminated in one buffer reused for every record (valid during the callback only;
 * rec->block is NULL and rec->lens holds the lengths). Whatever it does not take exactly as libcsv's strict mode
 * does (a quote inside an unquoted field, text after a closing quote, an unterminated quoted field) stops it with
 * YJJH__CSV_SLOW before the callback sees the record: the caller then parses the text with yjjh__csv_parse*().
 * Returns YJJH_OK; YJJH__CSV_SLOW; YJJH_E_NOMEM; or the callback's status. */
yjjh_status yjjh__csv_scan(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx);

#endif
