/* SPDX-License-Identifier: MIT */
/* Private: turning input bytes into UTF-8 text for the CSV and facts readers (data-format.md "Encoding"). */
#ifndef YJJH_LIB_TEXT_DECODE_H
#define YJJH_LIB_TEXT_DECODE_H

#include <stddef.h>
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_diag.h"

/* Input encodings a reader accepts. */
typedef enum yjjh__encoding {
    YJJH__ENC_AUTO = 0, /* UTF-8 (BOM optional) when valid, else GB18030 */
    YJJH__ENC_UTF8 = 1,
    YJJH__ENC_GB18030 = 2,
    YJJH__ENC_GBK = 3
} yjjh__encoding;

/* 1 when the n bytes are well-formed UTF-8 (no overlongs, no surrogates, ≤ U+10FFFF), else 0 with the offset of
 * the first byte of the first bad sequence in *bad_offset (may be NULL). */
int yjjh__utf8_valid(const char *s, size_t n, size_t *bad_offset);

/* Physical line (1-based) of byte offset off in s: 1 + the number of line ends (LF, CRLF, lone CR) before it. */
size_t yjjh__line_of_offset(const char *s, size_t off);

/* Decode data (len bytes) to a NUL-terminated UTF-8 buffer *out (malloc'ed, *out_len without the NUL):
 * strips a UTF-8 BOM; rejects NUL bytes and UTF-16 input; validates UTF-8 or converts GB18030/GBK with iconv.
 * Problems go to diag (may be NULL) as "source:LINE: problem".
 * Returns YJJH_OK; YJJH_E_ENCODING (bad encoding name, NUL byte, text invalid in the encoding); YJJH_E_NOMEM. */
yjjh_status yjjh__decode_text(char **out, size_t *out_len, const char *data, size_t len, const char *source,
                              const char *encoding, yjjh_diag *diag);

/* yjjh__decode_text() without a copy of UTF-8 text: *out points into data (after a BOM) and *owned is NULL, or,
 * for converted text, *out is the malloc'ed buffer *owned (the caller frees it). Same checks, messages and
 * statuses. */
yjjh_status yjjh__decode_text_view(const char **out, size_t *out_len, char **owned, const char *data, size_t len,
                                   const char *source, const char *encoding, yjjh_diag *diag);

#endif
