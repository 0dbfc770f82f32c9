/* SPDX-License-Identifier: MIT */
/* The text helpers of text.h. */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "common/text.h"

/* Width in bytes of the space starting at s[i] of s[0..n), 0 when none. */
static size_t space_at(const char *s, size_t n, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        return 1;
    if (c == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) /* U+00A0 */
        return 2;
    if (c == 0xE3 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 && (unsigned char)s[i + 2] == 0x80)
        return 3; /* U+3000 */
    return 0;
}

/* Width in bytes of the space ending at s[n - 1], 0 when none. */
static size_t space_before(const char *s, size_t n)
{
    unsigned char c;
    if (n == 0)
        return 0;
    c = (unsigned char)s[n - 1];
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
        return 1;
    if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && c == 0xA0)
        return 2;
    if (n >= 3 && (unsigned char)s[n - 3] == 0xE3 && (unsigned char)s[n - 2] == 0x80 && c == 0x80)
        return 3;
    return 0;
}

const char *yjjh__trim(const char *s, size_t *n)
{
    size_t w;
    while (*n > 0 && (w = space_at(s, *n, 0)) > 0) {
        s += w;
        *n -= w;
    }
    while ((w = space_before(s, *n)) > 0)
        *n -= w;
    return s;
}

int yjjh__text_blank(const char *s)
{
    size_t w;
    if (!s)
        return 1;
    /* space_at() reads s[1] and s[2] only after a matching lead byte, so a NUL stops it: no strlen needed */
    while (*s && (w = space_at(s, (size_t)-1, 0)) > 0)
        s += w;
    return *s == '\0';
}

static unsigned char lower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c - 'A' + 'a') : c; }

int yjjh__ascii_icmp(const char *a, const char *b)
{
    const unsigned char *x = (const unsigned char *)a, *y = (const unsigned char *)b;
    while (*x && lower(*x) == lower(*y)) {
        x++;
        y++;
    }
    return (int)lower(*x) - (int)lower(*y);
}

char *yjjh__strdup(const char *s) { return yjjh__strndup(s, strlen(s)); }

char *yjjh__strndup(const char *s, size_t n)
{
    char *d;
    if (n == (size_t)-1)
        return NULL;
    d = malloc(n + 1);
    if (d) {
        if (n)
            memcpy(d, s, n);
        d[n] = '\0';
    }
    return d;
}

char *yjjh__vstrprintf(const char *fmt, va_list ap)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_vprintf(&b, fmt, ap);
    return yjjh__buf_detach(&b);
}

char *yjjh__strprintf(const char *fmt, ...)
{
    va_list ap;
    char *s;
    va_start(ap, fmt);
    s = yjjh__vstrprintf(fmt, ap);
    va_end(ap);
    return s;
}

/* Length of the UTF-8 sequence starting with lead byte c (2-4), or 0 when c does not start one. */
static size_t utf8_len(unsigned char c)
{
    return (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
}

void yjjh__buf_put_escaped(yjjh__buf *b, const char *s, int keep_newline)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *p = (const unsigned char *)s, *run = p; /* bytes from run to p are copied as they are */
    while (*p) {
        unsigned char c = *p;
        size_t n, k;
        if (c >= 0x20 && c < 0x7F) { /* the common cases first: printable ASCII, a complete 3-byte character */
            p++;
            continue;
        }
        if (c >= 0xE1 && c <= 0xEF && c != 0xED && (p[1] & 0xC0u) == 0x80u && (p[2] & 0xC0u) == 0x80u) {
            p += 3;
            continue;
        }
        if (c < 0x80) {
            if ((c < 0x20 && !(keep_newline && c == '\n')) || c == 0x7F) {
                char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]};
                yjjh__buf_put(b, run, (size_t)(p - run));
                yjjh__buf_put(b, e, 4);
                run = p + 1;
            }
            p++;
            continue;
        }
        n = utf8_len(c);
        for (k = 1; n && k < n && (p[k] & 0xC0u) == 0x80u; k++)
            ;
        if (n && k < n) { /* cut short: drop it (a NUL or another character follows) */
            yjjh__buf_put(b, run, (size_t)(p - run));
            p += k;
            run = p;
            continue;
        }
        if (!n || (n == 3 && c == 0xE0 && p[1] < 0xA0) || (n == 3 && c == 0xED && p[1] >= 0xA0) ||
            (n == 4 && c == 0xF0 && p[1] < 0x90) || (n == 4 && c == 0xF4 && p[1] >= 0x90)) {
            char e[4] = {'\\', 'x', hex[c >> 4], hex[c & 15]}; /* not UTF-8 */
            yjjh__buf_put(b, run, (size_t)(p - run));
            yjjh__buf_put(b, e, 4);
            p++;
            run = p;
            continue;
        }
        if (n == 2 && c == 0xC2 && p[1] <= 0x9F) { /* C1 control U+0080-U+009F */
            char e[6] = {'\\', 'u', '0', '0', hex[p[1] >> 4], hex[p[1] & 15]};
            yjjh__buf_put(b, run, (size_t)(p - run));
            yjjh__buf_put(b, e, 6);
            p += n;
            run = p;
            continue;
        }
        p += n;
    }
    if (p > run)
        yjjh__buf_put(b, run, (size_t)(p - run));
}

size_t yjjh__display_width(const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    size_t w = 0;
    while (*s) {
        unsigned int cp;
        size_t k = *s < 0x80 ? 1 : (*s & 0xE0) == 0xC0 ? 2 : (*s & 0xF0) == 0xE0 ? 3 : 4;
        cp = k == 1 ? *s : k == 2 ? (*s & 0x1Fu) : k == 3 ? (*s & 0x0Fu) : (*s & 0x07u);
        for (size_t i = 1; i < k; i++) {
            if (!s[i]) {
                k = i;
                break;
            }
            cp = (cp << 6) | (s[i] & 0x3Fu);
        }
        s += k;
        if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3) ||
            (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
            (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x20000 && cp <= 0x3FFFD))
            w += 2;
        else
            w += 1;
    }
    return w;
}
