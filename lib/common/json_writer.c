/* SPDX-License-Identifier: MIT */
/* The streaming JSON writer of common/json_writer.h. */
#include <math.h>

#include "common/json_writer.h"
#include "common/number_format.h"

void yjjh__jw_init(yjjh__jw *w, yjjh__buf *b, int pretty)
{
    w->b = b;
    w->pretty = pretty;
    w->depth = 0;
}

static void indent(yjjh__jw *w, int n)
{
    static const char tabs[] = "\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t\t";
    while (n > 0) {
        int k = n > 16 ? 16 : n;
        yjjh__buf_put(w->b, tabs, (size_t)k);
        n -= k;
    }
}

/* Before a value: the separator of an array element (a member's separator came with its key). */
static void before_value(yjjh__jw *w)
{
    if (w->depth > 0 && w->is_array[w->depth - 1]) {
        if (!w->empty[w->depth - 1])
            yjjh__buf_put(w->b, ", ", w->pretty ? 2 : 1);
        w->empty[w->depth - 1] = 0;
    }
}

static void open_container(yjjh__jw *w, int array)
{
    before_value(w);
    if (w->depth >= YJJH__JW_MAX_DEPTH) {
        w->b->oom = 1;
        return;
    }
    w->is_array[w->depth] = (unsigned char)array;
    w->empty[w->depth] = 1;
    w->depth++;
    if (array)
        yjjh__buf_putc(w->b, '[');
    else
        yjjh__buf_put(w->b, "{\n", w->pretty ? 2 : 1);
}

void yjjh__jw_obj_open(yjjh__jw *w) { open_container(w, 0); }
void yjjh__jw_arr_open(yjjh__jw *w) { open_container(w, 1); }

void yjjh__jw_obj_close(yjjh__jw *w)
{
    if (w->depth == 0)
        return;
    if (w->pretty) {
        if (!w->empty[w->depth - 1])
            yjjh__buf_putc(w->b, '\n');
        indent(w, w->depth - 1);
    }
    yjjh__buf_putc(w->b, '}');
    w->depth--;
}

void yjjh__jw_arr_close(yjjh__jw *w)
{
    if (w->depth == 0)
        return;
    yjjh__buf_putc(w->b, ']');
    w->depth--;
}

static void put_string(yjjh__buf *b, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *run = p;
    yjjh__buf_putc(b, '"');
    for (;; p++) {
        unsigned char c = *p;
        const char *esc;
        char u[7];
        if (c >= 0x20 && c != '"' && c != '\\')
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

void yjjh__jw_key(yjjh__jw *w, const char *key)
{
    if (w->depth == 0 || w->is_array[w->depth - 1])
        return;
    if (!w->empty[w->depth - 1])
        yjjh__buf_put(w->b, ",\n", w->pretty ? 2 : 1);
    w->empty[w->depth - 1] = 0;
    if (w->pretty)
        indent(w, w->depth);
    put_string(w->b, key);
    yjjh__buf_put(w->b, ":\t", w->pretty ? 2 : 1);
}

void yjjh__jw_str(yjjh__jw *w, const char *s)
{
    before_value(w);
    put_string(w->b, s ? s : "");
}

void yjjh__jw_str_or_null(yjjh__jw *w, const char *s)
{
    if (s && *s)
        yjjh__jw_str(w, s);
    else
        yjjh__jw_null(w);
}

void yjjh__jw_num(yjjh__jw *w, double v)
{
    char text[YJJH__NUMBER_BUF];
    before_value(w);
    if (!isfinite(v)) {
        yjjh__buf_put(w->b, "null", 4);
        return;
    }
    yjjh__buf_put(w->b, text, yjjh__format_double_len(text, sizeof text, v));
}

void yjjh__jw_bool(yjjh__jw *w, int b)
{
    before_value(w);
    if (b)
        yjjh__buf_put(w->b, "true", 4);
    else
        yjjh__buf_put(w->b, "false", 5);
}

void yjjh__jw_null(yjjh__jw *w)
{
    before_value(w);
    yjjh__buf_put(w->b, "null", 4);
}
