/* SPDX-License-Identifier: MIT */
/* The streaming JSON writer of common/json_writer.h. Each token reserves its room once and stores its bytes
 * directly (room()/commit()); the text stays NUL-terminated as buf.h promises. */
#include <math.h>
#include <string.h>

#include "common/json_writer.h"
#include "common/number_format.h"

void yjjh__jw_init(yjjh__jw *w, yjjh__buf *b, int pretty)
{
    w->b = b;
    w->pretty = pretty;
    w->depth = 0;
}

/* Tabs of an indent, copied 32 at a time (a constant-size copy the compiler inlines) when the depth allows. */
static const char tabs[32] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";

/* Write n tabs at p (room for max(n, 32) bytes); returns the end. */
static inline char *put_tabs(char *p, int n)
{
    if (n <= 32) {
        memcpy(p, tabs, 32);
        return p + n;
    }
    memset(p, '\t', (size_t)n);
    return p + n;
}

/* Room for n more bytes (and the NUL) at the end of the text, or NULL when out of memory. */
static inline char *room(yjjh__buf *b, size_t n)
{
    if (b->oom)
        return NULL;
    if (n >= b->cap - b->len && !yjjh__buf_reserve(b, n)) /* cap == 0 (len == 0) always reserves */
        return NULL;
    return b->ptr + b->len;
}

static inline void commit(yjjh__buf *b, char *end)
{
    *end = '\0';
    b->len = (size_t)(end - b->ptr);
}

/* Before a value: the separator of an array element (a member's separator came with its key). Writes at p,
 * returns the end. */
static inline char *before_value(yjjh__jw *w, char *p)
{
    if (w->depth > 0 && w->is_array[w->depth - 1]) {
        if (!w->empty[w->depth - 1]) {
            *p++ = ',';
            if (w->pretty)
                *p++ = ' ';
        }
        w->empty[w->depth - 1] = 0;
    }
    return p;
}

static void open_container(yjjh__jw *w, int array)
{
    char *p = room(w->b, 4);
    if (!p)
        return;
    if (w->depth >= YJJH__JW_MAX_DEPTH) {
        w->b->oom = 1;
        return;
    }
    p = before_value(w, p);
    w->is_array[w->depth] = (unsigned char)array;
    w->empty[w->depth] = 1;
    w->depth++;
    if (array) {
        *p++ = '[';
    } else {
        *p++ = '{';
        if (w->pretty)
            *p++ = '\n';
    }
    commit(w->b, p);
}

void yjjh__jw_obj_open(yjjh__jw *w) { open_container(w, 0); }
void yjjh__jw_arr_open(yjjh__jw *w) { open_container(w, 1); }

void yjjh__jw_obj_close(yjjh__jw *w)
{
    char *p;
    if (w->depth == 0)
        return;
    if (!(p = room(w->b, (size_t)w->depth + 34)))
        return;
    if (w->pretty) {
        if (!w->empty[w->depth - 1])
            *p++ = '\n';
        p = put_tabs(p, w->depth - 1);
    }
    *p++ = '}';
    commit(w->b, p);
    w->depth--;
}

void yjjh__jw_arr_close(yjjh__jw *w)
{
    if (w->depth == 0)
        return;
    yjjh__buf_putc(w->b, ']');
    w->depth--;
}

/* Does byte c need an escape in a JSON string? */
static inline int needs_escape(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

static void put_string_escaped(yjjh__buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *run = p;
    yjjh__buf_putc(b, '"');
    for (;; p++) {
        unsigned char c = *p;
        const char *esc;
        char u[7];
        if (!needs_escape(c))
            continue;
        yjjh__buf_put(b, run, (size_t)(p - run));
        if (c == '\0')
            break;
        switch (c) {
        case '"': esc = "\\\""; break;
        case '\\': esc = "\\\\"; break;
        case '\b': esc = "\\b"; break;
        case '\f': esc = "\\f"; break;
        case '\n': esc = "\\n"; break;
        case '\r': esc = "\\r"; break;
        case '\t': esc = "\\t"; break;
        default: {
            static const char hex[] = "0123456789abcdef";
            u[0] = '\\';
            u[1] = 'u';
            u[2] = '0';
            u[3] = '0';
            u[4] = hex[c >> 4];
            u[5] = hex[c & 15];
            u[6] = '\0';
            esc = u;
        } break;
        }
        yjjh__buf_puts(b, esc);
        run = p + 1;
    }
    yjjh__buf_putc(b, '"');
}

/* A string value at the writer's position (after its separator in an array): one scan for its length
 * and anything to escape, then one copy; strings that need escapes take the slow path. */
static void put_string(yjjh__jw *w, const char *s)
{
    const unsigned char *q = (const unsigned char *)s;
    size_t len;
    char *p;
    while (!needs_escape(*q))
        q++;
    if (*q) { /* something to escape */
        if (!(p = room(w->b, 2)))
            return;
        commit(w->b, before_value(w, p));
        put_string_escaped(w->b, s);
        return;
    }
    len = (size_t)(q - (const unsigned char *)s);
    if (!(p = room(w->b, len + 4)))
        return;
    p = before_value(w, p);
    *p++ = '"';
    memcpy(p, s, len);
    p += len;
    *p++ = '"';
    commit(w->b, p);
}

void yjjh__jw_key_n(yjjh__jw *w, const char *key, size_t len)
{
    char *p;
    int first;
    if (w->depth == 0 || w->is_array[w->depth - 1])
        return;
    if (!(p = room(w->b, len + (size_t)w->depth + 38)))
        return;
    first = w->empty[w->depth - 1];
    w->empty[w->depth - 1] = 0;
    if (w->pretty) {
        if (!first) {
            *p++ = ',';
            *p++ = '\n';
        }
        p = put_tabs(p, w->depth);
    } else if (!first) {
        *p++ = ',';
    }
    *p++ = '"';
    memcpy(p, key, len);
    p += len;
    *p++ = '"';
    *p++ = ':';
    if (w->pretty)
        *p++ = '\t';
    commit(w->b, p);
}

void yjjh__jw_key(yjjh__jw *w, const char *key)
{
    const unsigned char *q = (const unsigned char *)key;
    char *p;
    if (w->depth == 0 || w->is_array[w->depth - 1])
        return;
    while (!needs_escape(*q))
        q++;
    if (!*q) {
        yjjh__jw_key_n(w, key, (size_t)(q - (const unsigned char *)key));
        return;
    }
    if (!(p = room(w->b, (size_t)w->depth + 2)))
        return;
    if (!w->empty[w->depth - 1]) {
        *p++ = ',';
        if (w->pretty)
            *p++ = '\n';
    }
    w->empty[w->depth - 1] = 0;
    if (w->pretty) {
        memset(p, '\t', (size_t)w->depth);
        p += w->depth;
    }
    commit(w->b, p);
    put_string_escaped(w->b, key);
    yjjh__buf_put(w->b, ":\t", w->pretty ? 2 : 1);
}

void yjjh__jw_str(yjjh__jw *w, const char *s) { put_string(w, s ? s : ""); }

void yjjh__jw_str_or_null(yjjh__jw *w, const char *s)
{
    if (s && *s)
        put_string(w, s);
    else
        yjjh__jw_null(w);
}

/* A literal token (true, false, null) of len bytes. */
static void put_token(yjjh__jw *w, const char *text, size_t len)
{
    char *p = room(w->b, len + 2);
    if (!p)
        return;
    p = before_value(w, p);
    memcpy(p, text, len);
    commit(w->b, p + len);
}

void yjjh__jw_num(yjjh__jw *w, double v)
{
    char *p;
    if (!isfinite(v)) {
        put_token(w, "null", 4);
        return;
    }
    if (!(p = room(w->b, YJJH__NUMBER_BUF + 2)))
        return;
    p = before_value(w, p);
    p += yjjh__format_double_len(p, YJJH__NUMBER_BUF, v);
    commit(w->b, p);
}

void yjjh__jw_uint(yjjh__jw *w, unsigned long long v)
{
    char tmp[24], *q = tmp + sizeof tmp, *p;
    size_t len;
    if (v >= 1000000000000000ULL) { /* %.15g writes it with an exponent */
        yjjh__jw_num(w, (double)v);
        return;
    }
    do {
        *--q = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    len = (size_t)(tmp + sizeof tmp - q);
    if (!(p = room(w->b, len + 2)))
        return;
    p = before_value(w, p);
    memcpy(p, q, len);
    commit(w->b, p + len);
}

void yjjh__jw_bool(yjjh__jw *w, int b)
{
    if (b)
        put_token(w, "true", 4);
    else
        put_token(w, "false", 5);
}

void yjjh__jw_null(yjjh__jw *w) { put_token(w, "null", 4); }
