/* SPDX-License-Identifier: MIT */
/* The growable byte buffer of buf.h. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/buf.h"
#include "common/number_format.h"

#define MIN_CAP 64

int yjjh__buf_reserve(yjjh__buf *b, size_t extra)
{
    size_t need, ncap;
    char *np;
    if (b->oom)
        return 0;
    if (extra > (size_t)-1 - 1 - b->len) {
        b->oom = 1;
        return 0;
    }
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 1;
    ncap = b->cap ? b->cap : MIN_CAP;
    while (ncap < need) {
        if (ncap > (size_t)-1 / 2) {
            ncap = need;
            break;
        }
        ncap *= 2;
    }
    np = realloc(b->ptr, ncap);
    if (!np) {
        b->oom = 1;
        return 0;
    }
    b->ptr = np;
    b->cap = ncap;
    return 1;
}

void yjjh__buf_put_grow(yjjh__buf *b, const void *data, size_t n)
{
    if (!yjjh__buf_reserve(b, n))
        return;
    if (n)
        memcpy(b->ptr + b->len, data, n);
    b->len += n;
    b->ptr[b->len] = '\0';
}

void yjjh__buf_vprintf(yjjh__buf *b, const char *fmt, va_list ap)
{
    va_list ap2;
    int n;
    size_t avail;
    if (b->oom || (b->cap == 0 && !yjjh__buf_reserve(b, 0)))
        return;
    /* Format once into the spare room; only text that does not fit is formatted a second time, after growing.
     * (Measuring first with vsnprintf(NULL, 0, …) doubled the cost of every reason message.) */
    avail = b->cap - b->len; /* room for the text and its NUL */
    va_copy(ap2, ap);
    n = vsnprintf(b->ptr + b->len, avail, fmt, ap2);
    va_end(ap2);
    if (n >= 0 && (size_t)n >= avail) {
        if (yjjh__buf_reserve(b, (size_t)n))
            vsnprintf(b->ptr + b->len, (size_t)n + 1, fmt, ap);
    } else if (n < 0) {
        b->oom = 1;
    }
    if (b->oom) {
        b->ptr[b->len] = '\0'; /* drop a partial write: the text so far stays as it was */
        return;
    }
    b->len += (size_t)n;
}

void yjjh__buf_printf(yjjh__buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    yjjh__buf_vprintf(b, fmt, ap);
    va_end(ap);
}

void yjjh__buf_put_double(yjjh__buf *b, double v)
{
    char text[YJJH__NUMBER_BUF];
    size_t n = yjjh__format_double_len(text, sizeof text, v);
    yjjh__buf_put(b, text, n);
}

void yjjh__buf_put_uint(yjjh__buf *b, unsigned long long v)
{
    char tmp[24], *p = tmp + sizeof tmp;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    yjjh__buf_put(b, p, (size_t)(tmp + sizeof tmp - p));
}

int yjjh__buf_oom(const yjjh__buf *b) { return b->oom; }

const char *yjjh__buf_cstr(const yjjh__buf *b) { return b->ptr ? b->ptr : ""; }

char *yjjh__buf_detach(yjjh__buf *b)
{
    char *s;
    if (!b->oom && !b->ptr)
        yjjh__buf_reserve(b, 0);
    if (b->oom) {
        yjjh__buf_free(b);
        return NULL;
    }
    b->ptr[b->len] = '\0';
    s = b->ptr;
    b->ptr = NULL;
    b->len = b->cap = 0;
    return s;
}

void yjjh__buf_free(yjjh__buf *b)
{
    free(b->ptr);
    b->ptr = NULL;
    b->len = b->cap = 0;
    b->oom = 0;
}

void yjjh__buf_put_csv_field(yjjh__buf *b, const char *s)
{
    size_t n;
    s = s ? s : "";
    n = strlen(s);
    if (strpbrk(s, ",\"\r\n") == NULL && !(n > 0 && (s[0] == ' ' || s[n - 1] == ' '))) {
        yjjh__buf_put(b, s, n);
        return;
    }
    yjjh__buf_putc(b, '"');
    for (const char *q = s; *q; q++) {
        if (*q == '"')
            yjjh__buf_putc(b, '"');
        yjjh__buf_putc(b, *q);
    }
    yjjh__buf_putc(b, '"');
}
