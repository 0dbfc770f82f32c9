/* A growable string for building reports. */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

static int reserve(cli_buf *b, size_t extra)
{
    size_t need, ncap;
    char *ns;
    if (b->failed)
        return 0;
    need = b->len + extra + 1;
    if (need <= b->cap)
        return 1;
    ncap = b->cap ? b->cap : 4096;
    while (ncap < need)
        ncap *= 2;
    ns = realloc(b->s, ncap);
    if (!ns) {
        b->failed = 1;
        return 0;
    }
    b->s = ns;
    b->cap = ncap;
    return 1;
}

void cli_buf_printf(cli_buf *b, const char *fmt, ...)
{
    va_list ap;
    int n;
    va_start(ap, fmt);
    n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) {
        b->failed = 1;
        return;
    }
    if (!reserve(b, (size_t)n))
        return;
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

void cli_buf_puts(cli_buf *b, const char *s)
{
    size_t n = strlen(s);
    if (!reserve(b, n))
        return;
    memcpy(b->s + b->len, s, n + 1);
    b->len += n;
}

size_t cli_display_width(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t w = 0;
    while (*s) {
        unsigned int cp;
        size_t k;
        if (*s < 0x80) {
            cp = *s;
            k = 1;
        } else if ((*s & 0xE0) == 0xC0) {
            cp = *s & 0x1Fu;
            k = 2;
        } else if ((*s & 0xF0) == 0xE0) {
            cp = *s & 0x0Fu;
            k = 3;
        } else {
            cp = *s & 0x07u;
            k = 4;
        }
        for (size_t i = 1; i < k; i++) {
            if (!s[i]) {
                k = i;
                break;
            }
            cp = (cp << 6) | (s[i] & 0x3Fu);
        }
        s += k;
        /* East Asian wide ranges (CJK, Hangul, full-width forms, CJK punctuation) */
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
            w += 2;
        else
            w += 1;
    }
    return w;
}

void cli_buf_pad(cli_buf *b, const char *s, size_t width)
{
    size_t w = cli_display_width(s);
    cli_buf_puts(b, s);
    if (w >= width) /* too long for the column: keep one space before the next one */
        cli_buf_puts(b, " ");
    while (w < width) {
        cli_buf_puts(b, " ");
        w++;
    }
}

char *cli_buf_take(cli_buf *b)
{
    char *s;
    if (b->failed || !reserve(b, 0)) {
        free(b->s);
        b->s = NULL;
        b->len = b->cap = 0;
        return NULL;
    }
    s = b->s;
    b->s = NULL;
    b->len = b->cap = 0;
    return s;
}
