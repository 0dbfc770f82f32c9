/* SPDX-License-Identifier: MIT */
/* Input text decoding: UTF-8 (with or without BOM) or GB18030/GBK through iconv, to UTF-8 (data-format.md). */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <iconv.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/diag_report.h"
#include "common/text.h"
#include "input/text_decode.h"

static int ascii_ieq(const char *a, const char *b) { return yjjh__ascii_icmp(a, b) == 0; }

/* Parse an encoding name: NULL, "" or "auto"; "utf-8"/"utf8"; "gb18030"; "gbk"/"cp936" (case-insensitive).
 * Returns YJJH_OK or YJJH_E_ENCODING (unknown name). */
static yjjh_status encoding_from_name(yjjh__encoding *out, const char *name)
{
    *out = YJJH__ENC_AUTO;
    if (name == NULL || name[0] == '\0' || ascii_ieq(name, "auto"))
        return YJJH_OK;
    if (ascii_ieq(name, "utf-8") || ascii_ieq(name, "utf8")) {
        *out = YJJH__ENC_UTF8;
        return YJJH_OK;
    }
    if (ascii_ieq(name, "gb18030")) {
        *out = YJJH__ENC_GB18030;
        return YJJH_OK;
    }
    if (ascii_ieq(name, "gbk") || ascii_ieq(name, "cp936")) {
        *out = YJJH__ENC_GBK;
        return YJJH_OK;
    }
    return YJJH_E_ENCODING;
}

int yjjh__utf8_valid(const char *str, size_t n, size_t *bad_offset)
{
    /* the well-formed sequences of Unicode Table 3-7: the second byte's range excludes overlongs (E0, F0),
     * surrogates (ED) and code points above U+10FFFF (F4) */
    const unsigned char *s = (const unsigned char *)str;
    size_t i = 0;
    while (i < n) {
        unsigned char c = s[i];
        if (c < 0x80) {
            uint64_t w;
            i++;
            while (i + 8 <= n) { /* ASCII runs eight bytes at a time */
                memcpy(&w, s + i, 8);
                if (w & 0x8080808080808080u)
                    break;
                i += 8;
            }
            continue;
        }
        if (c >= 0xC2 && c <= 0xDF) {
            if (n - i < 2 || (s[i + 1] & 0xC0u) != 0x80u)
                goto bad;
            i += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            unsigned char lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
            if (n - i < 3 || s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0u) != 0x80u)
                goto bad;
            i += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            unsigned char lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
            if (n - i < 4 || s[i + 1] < lo || s[i + 1] > hi || (s[i + 2] & 0xC0u) != 0x80u ||
                (s[i + 3] & 0xC0u) != 0x80u)
                goto bad;
            i += 4;
        } else {
            goto bad;
        }
    }
    return 1;
bad:
    if (bad_offset)
        *bad_offset = i;
    return 0;
}

size_t yjjh__line_of_offset(const char *s, size_t off)
{
    size_t line = 1;
    for (size_t i = 0; i < off; i++) {
        if (s[i] == '\n')
            line++;
        else if (s[i] == '\r' && (i + 1 >= off || s[i + 1] != '\n'))
            line++;
    }
    return line;
}

/* Report an encoding problem: returns YJJH_E_ENCODING, or YJJH_E_NOMEM when the diag could not take it. */
static yjjh_status encoding_error(yjjh_diag *diag, yjjh_problem_code code, const char *source, size_t line,
                                  const char *fmt, ...) YJJH__PRINTF(5, 6);
static yjjh_status encoding_error(yjjh_diag *diag, yjjh_problem_code code, const char *source, size_t line,
                                  const char *fmt, ...)
{
    va_list ap;
    yjjh_status st;
    va_start(ap, fmt);
    st = yjjh__diag_vreportf(diag, code, source, line, NULL, fmt, ap);
    va_end(ap);
    return st == YJJH_E_NOMEM ? YJJH_E_NOMEM : YJJH_E_ENCODING;
}

/* Convert with iconv from `from` to UTF-8. On an invalid sequence returns YJJH_E_ENCODING and *bad_offset. */
static yjjh_status iconv_to_utf8(char **out, size_t *out_len, const char *data, size_t len, const char *from,
                                 size_t *bad_offset)
{
    iconv_t cd;
    yjjh__buf b = YJJH__BUF_INIT;
    char *inp, *outp;
    size_t inleft, outleft;
    yjjh_status st = YJJH_OK;

    *out = NULL;
    *out_len = 0;
    cd = iconv_open("UTF-8", from);
    if (cd == (iconv_t)-1)
        return errno == ENOMEM ? YJJH_E_NOMEM : YJJH_E_INTERNAL;
    /* GB18030 → UTF-8 grows at most 2 → 3 bytes */
    if (len > (SIZE_MAX - 16) / 2 || !yjjh__buf_reserve(&b, len + len / 2 + 16)) {
        iconv_close(cd);
        return YJJH_E_NOMEM;
    }
    inp = (char *)(uintptr_t)data; /* iconv() takes char ** (POSIX) but never writes the input */
    inleft = len;
    outp = b.ptr;
    outleft = b.cap - 1; /* room for the NUL stays */
    while (inleft > 0) {
        size_t r = iconv(cd, &inp, &inleft, &outp, &outleft);
        if (r != (size_t)-1)
            break;
        if (errno == E2BIG) {
            b.len = (size_t)(outp - b.ptr);
            if (!yjjh__buf_reserve(&b, b.cap)) { /* at least double */
                st = YJJH_E_NOMEM;
                break;
            }
            outp = b.ptr + b.len;
            outleft = b.cap - b.len - 1;
            continue;
        }
        /* EILSEQ (invalid sequence) or EINVAL (incomplete sequence at the end) */
        *bad_offset = (size_t)(inp - data);
        st = YJJH_E_ENCODING;
        break;
    }
    iconv_close(cd);
    if (st != YJJH_OK) {
        yjjh__buf_free(&b);
        return st;
    }
    b.len = (size_t)(outp - b.ptr);
    *out_len = b.len;
    *out = yjjh__buf_detach(&b); /* NUL-terminated, never NULL: the buffer was reserved */
    return YJJH_OK;
}

yjjh_status yjjh__decode_text_view(const char **view, size_t *out_len, char **out, const char *data, size_t len,
                                   const char *source, const char *encoding, yjjh_diag *diag)
{
    yjjh__encoding enc;
    const void *nul;
    size_t bad = 0;
    yjjh_status st;

    *view = NULL;
    *out = NULL;
    *out_len = 0;
    if (encoding_from_name(&enc, encoding) != YJJH_OK)
        return encoding_error(diag, YJJH_PROBLEM_UNKNOWN_ENCODING, source, 0,
                              "unknown encoding \"%.40s\" (use auto, utf-8, gb18030 or gbk)", encoding);
    if (len >= 2 && (((unsigned char)data[0] == 0xFF && (unsigned char)data[1] == 0xFE) ||
                     ((unsigned char)data[0] == 0xFE && (unsigned char)data[1] == 0xFF))) {
        return encoding_error(diag, YJJH_PROBLEM_UNSUPPORTED_ENCODING, source, 1,
                              "UTF-16 text is not supported: save the file as CSV in UTF-8 or GB18030");
    }
    nul = len ? memchr(data, '\0', len) : NULL;
    if (nul) {
        size_t off = (size_t)((const char *)nul - data);
        return encoding_error(diag, YJJH_PROBLEM_NUL_BYTE, source, yjjh__line_of_offset(data, off),
                              "NUL byte in the input (not a text file, or UTF-16 text?)");
    }
    if (enc == YJJH__ENC_AUTO || enc == YJJH__ENC_UTF8) {
        if (len >= 3 && (unsigned char)data[0] == 0xEF && (unsigned char)data[1] == 0xBB &&
            (unsigned char)data[2] == 0xBF) {
            data += 3;
            len -= 3;
        }
        if (yjjh__utf8_valid(data, len, &bad)) {
            *view = data;
            *out_len = len;
            return YJJH_OK;
        }
        if (enc == YJJH__ENC_UTF8)
            return encoding_error(diag, YJJH_PROBLEM_INVALID_ENCODING, source, yjjh__line_of_offset(data, bad),
                                  "invalid UTF-8 byte 0x%02X (is the file GB18030? try --encoding gb18030)",
                                  (unsigned)(unsigned char)data[bad]);
    }
    st = iconv_to_utf8(out, out_len, data, len, enc == YJJH__ENC_GBK ? "GBK" : "GB18030", &bad);
    if (st == YJJH_E_ENCODING) {
        if (bad >= len)
            return encoding_error(diag, YJJH_PROBLEM_INVALID_ENCODING, source, yjjh__line_of_offset(data, bad), "%s",
                                  "incomplete multi-byte character at the end of the file");
        return encoding_error(diag, YJJH_PROBLEM_INVALID_ENCODING, source, yjjh__line_of_offset(data, bad),
                              "%s (byte 0x%02X)",
                              enc == YJJH__ENC_AUTO  ? "text is neither UTF-8 nor GB18030"
                              : enc == YJJH__ENC_GBK ? "invalid GBK byte sequence"
                                                     : "invalid GB18030 byte sequence",
                              (unsigned)(unsigned char)data[bad]);
    }
    if (st != YJJH_OK)
        return st;
    if (!yjjh__utf8_valid(*out, *out_len, NULL)) { /* defensive: iconv must produce UTF-8 */
        free(*out);
        *out = NULL;
        *out_len = 0;
        return YJJH_E_INTERNAL;
    }
    *view = *out;
    return YJJH_OK;
}

yjjh_status yjjh__decode_text(char **out, size_t *out_len, const char *data, size_t len, const char *source,
                              const char *encoding, yjjh_diag *diag)
{
    const char *view;
    yjjh_status st = yjjh__decode_text_view(&view, out_len, out, data, len, source, encoding, diag);
    if (st != YJJH_OK || *out)
        return st;
    if (!(*out = yjjh__strndup(view, *out_len))) {
        *out_len = 0;
        return YJJH_E_NOMEM;
    }
    return YJJH_OK;
}
