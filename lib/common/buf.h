/* SPDX-License-Identifier: MIT */
/* Private: a growable byte buffer with a sticky out-of-memory flag (libgit2's git_str style). Never installed.
 *
 * Append freely and check once at the end:
 *
 *     yjjh__buf b = YJJH__BUF_INIT;
 *     yjjh__buf_puts(&b, "county ");
 *     yjjh__buf_printf(&b, "%s: %zu schools", code, n);
 *     if (yjjh__buf_oom(&b)) { yjjh__buf_free(&b); return YJJH_E_NOMEM; }
 *     text = yjjh__buf_detach(&b);
 *
 * After a failed allocation every append is a no-op and yjjh__buf_oom() stays 1 until yjjh__buf_free(). The
 * text is NUL-terminated whenever it is not empty. Formatting is locale-independent for %s, %c and the integer
 * conversions (without the ' flag); never pass a double to yjjh__buf_printf() ("%g" and "%f" write the radix
 * character of the host locale): use yjjh__buf_put_double() or the functions of common/number_format.h. */
#ifndef YJJH_LIB_BUF_H
#define YJJH_LIB_BUF_H

#include <stdarg.h>
#include <stddef.h>
#include <string.h>

typedef struct yjjh__buf {
    char *ptr;  /* the text, NUL-terminated; NULL while nothing was appended */
    size_t len; /* bytes of text, without the NUL */
    size_t cap; /* bytes allocated at ptr */
    int oom;    /* an allocation failed (sticky) */
} yjjh__buf;

/* clang-format off */
#define YJJH__BUF_INIT { NULL, 0, 0, 0 }
/* clang-format on */

#if defined(__GNUC__)
#  define YJJH__PRINTF(f, a) __attribute__((format(printf, f, a)))
#else
#  define YJJH__PRINTF(f, a)
#endif

/* Make room for extra more bytes (and the NUL). Returns 1, or 0 when out of memory (then b->oom is set). */
int yjjh__buf_reserve(yjjh__buf *b, size_t extra);

/* Append n bytes of data (which may hold NUL bytes). The writers append millions of short pieces: the common
 * case (room left, no failure) is inline, growing is yjjh__buf_put_grow(). */
void yjjh__buf_put_grow(yjjh__buf *b, const void *data, size_t n);
static inline void yjjh__buf_put(yjjh__buf *b, const void *data, size_t n)
{
    if (!b->oom && n < b->cap - b->len) { /* cap == 0 (len == 0) never passes */
        memcpy(b->ptr + b->len, data, n);
        b->len += n;
        b->ptr[b->len] = '\0';
    } else {
        yjjh__buf_put_grow(b, data, n);
    }
}

/* Append a NUL-terminated string. */
static inline void yjjh__buf_puts(yjjh__buf *b, const char *s) { yjjh__buf_put(b, s, strlen(s)); }

/* Append one byte. */
static inline void yjjh__buf_putc(yjjh__buf *b, char c) { yjjh__buf_put(b, &c, 1); }

/* Append a literal string (its length known at compile time, no strlen). */
#define YJJH__BUF_LIT(b, lit) yjjh__buf_put((b), "" lit, sizeof(lit) - 1)

/* Append v in decimal (printf "%llu", "%zu", "%u"). */
void yjjh__buf_put_uint(yjjh__buf *b, unsigned long long v);

/* Append printf-formatted text (vsnprintf; see the note on doubles above). A formatting error sets b->oom. */
void yjjh__buf_printf(yjjh__buf *b, const char *fmt, ...) YJJH__PRINTF(2, 3);
void yjjh__buf_vprintf(yjjh__buf *b, const char *fmt, va_list ap) YJJH__PRINTF(2, 0);

/* Append v as the shortest text that reads back exactly (yjjh__format_double(), which writes -0 as "0"). */
void yjjh__buf_put_double(yjjh__buf *b, double v);
/* Append s (NULL: empty) as one CSV field (RFC 4180): quoted, with doubled quotes, when it holds a comma, a
 * quote, CR or LF or begins or ends with a space; else as it is. */
void yjjh__buf_put_csv_field(yjjh__buf *b, const char *s);

/* 1 when an allocation (or a formatting) failed since the buffer was initialised or freed. */
int yjjh__buf_oom(const yjjh__buf *b);

/* The text so far ("" while empty); valid until the next append. */
const char *yjjh__buf_cstr(const yjjh__buf *b);

/* Hand the malloc'ed NUL-terminated text to the caller (free() it) and reset b to YJJH__BUF_INIT. Returns NULL
 * when out of memory (then the text is freed); "" (allocated) when nothing was appended. */
char *yjjh__buf_detach(yjjh__buf *b);

/* Free the text and reset b to YJJH__BUF_INIT (the out-of-memory flag too). */
void yjjh__buf_free(yjjh__buf *b);

#endif
