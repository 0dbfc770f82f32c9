/* SPDX-License-Identifier: MIT */
/* RFC 4180 record splitting with libcsv in strict mode, tracking the physical line of each record. The text is
 * fed to libcsv one physical line at a time, so every callback is tied to the line being fed. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <csv.h>

#include "common/array.h"
#include "common/text.h"
#include "input/csv_records.h"

typedef struct rec_ctx {
    yjjh__csv_record rec;
    size_t cap;
    int blocks;  /* one block per record (yjjh__csv_parse_blocks) */
    char *block; /* blocks: the record's block until the callback takes it (rec.block points here) */
    char *text;  /* blocks: the fields of the record so far, each NUL-terminated */
    size_t text_len, text_cap;
    size_t *offset; /* blocks: where each field starts in text */
    size_t offset_cap;
    size_t line;       /* line being fed */
    size_t start_line; /* line the current record started on */
    int between;       /* 1 when no record is in progress */
    yjjh__csv_record_fn fn;
    void *user;
    yjjh_status status; /* first failure (NOMEM or the callback's) */
} rec_ctx;

static void clear_fields(rec_ctx *c)
{
    if (c->blocks) {
        free(c->block);
        c->block = NULL;
        c->text_len = 0;
    } else {
        for (size_t i = 0; i < c->rec.n; i++)
            free(c->rec.fields[i]);
    }
    c->rec.n = 0;
}

static void on_field(void *s, size_t len, void *data)
{
    rec_ctx *c = data;
    char *f;
    if (c->status != YJJH_OK)
        return;
    if (yjjh__grow((void **)&c->rec.fields, &c->cap, c->rec.n + 1, sizeof *c->rec.fields) != YJJH_OK) {
        c->status = YJJH_E_NOMEM;
        return;
    }
    if (c->blocks) { /* append to the record's text; the pointers are set when the record is complete */
        if (yjjh__grow((void **)&c->offset, &c->offset_cap, c->rec.n + 1, sizeof *c->offset) != YJJH_OK ||
            yjjh__grow((void **)&c->text, &c->text_cap, c->text_len + len + 1, 1) != YJJH_OK) {
            c->status = YJJH_E_NOMEM;
            return;
        }
        if (len)
            memcpy(c->text + c->text_len, s, len);
        c->text[c->text_len + len] = '\0';
        c->offset[c->rec.n] = c->text_len;
        c->text_len += len + 1;
        c->rec.fields[c->rec.n++] = NULL;
        return;
    }
    if (!(f = yjjh__strndup(s, len))) {
        c->status = YJJH_E_NOMEM;
        return;
    }
    c->rec.fields[c->rec.n++] = f;
}

static void on_record(int term, void *data)
{
    rec_ctx *c = data;
    (void)term;
    c->between = 1;
    if (c->status == YJJH_OK && c->blocks) {
        c->block = malloc(c->text_len ? c->text_len : 1);
        if (!c->block) {
            c->status = YJJH_E_NOMEM;
        } else {
            memcpy(c->block, c->text, c->text_len);
            for (size_t i = 0; i < c->rec.n; i++)
                c->rec.fields[i] = c->block + c->offset[i];
            c->rec.block = &c->block;
        }
    }
    if (c->status == YJJH_OK) {
        c->rec.line = c->start_line;
        c->status = c->fn(c->user, &c->rec);
    }
    clear_fields(c);
}

static size_t line_end(const char *t, size_t len, size_t i)
{
    while (i < len && t[i] != '\n' && t[i] != '\r')
        i++;
    if (i < len) {
        if (t[i] == '\r' && i + 1 < len && t[i + 1] == '\n')
            i++;
        i++;
    }
    return i;
}

static int has_content(const char *t, size_t from, size_t to)
{
    for (size_t i = from; i < to; i++)
        if (t[i] != ' ' && t[i] != '\t' && t[i] != '\r' && t[i] != '\n')
            return 1;
    return 0;
}

static yjjh_status parse(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx, yjjh__csv_error *err,
                         int blocks)
{
    struct csv_parser p;
    rec_ctx c;
    size_t pos = 0, line = 0;
    yjjh_status st = YJJH_OK;

    memset(&c, 0, sizeof c);
    c.blocks = blocks;
    c.fn = fn;
    c.user = ctx;
    c.between = 1;
    c.status = YJJH_OK;
    err->line = 0;
    err->message[0] = '\0';
    err->code = YJJH_PROBLEM_CSV_SYNTAX;
    if (csv_init(&p, CSV_STRICT | CSV_STRICT_FINI) != 0)
        return YJJH_E_NOMEM;

    while (pos < len) {
        size_t end = line_end(text, len, pos);
        line++;
        c.line = line;
        if (c.between && has_content(text, pos, end)) {
            c.between = 0;
            c.start_line = line;
        }
        /* libcsv grows its field buffer by blk_size bytes at a time: make that geometric, or a 10 MB field
         * costs quadratic copying wherever realloc moves the block (valgrind, ASan). */
        csv_set_blk_size(&p, end - pos > p.entry_size ? (end - pos > 128 ? end - pos : 128)
                                                      : (p.entry_size > 128 ? p.entry_size : 128));
        if (csv_parse(&p, text + pos, end - pos, on_field, on_record, &c) != end - pos) {
            int e = csv_error(&p);
            if (e == CSV_EPARSE) {
                err->line = line;
                err->code = YJJH_PROBLEM_CSV_SYNTAX;
                snprintf(err->message, sizeof err->message, "%s",
                         "CSV syntax error: a quote (\") inside an unquoted field, or text after a closing "
                         "quote (quote the whole field and double the quotes inside it)");
                st = YJJH_E_INVALID_DATA;
            } else {
                st = YJJH_E_NOMEM;
            }
            break;
        }
        if (c.status != YJJH_OK) {
            st = c.status;
            break;
        }
        pos = end;
    }
    if (st == YJJH_OK) {
        if (csv_fini(&p, on_field, on_record, &c) != 0) {
            if (csv_error(&p) == CSV_EPARSE) {
                err->line = line ? line : 1;
                err->code = YJJH_PROBLEM_CSV_SYNTAX;
                snprintf(err->message, sizeof err->message,
                         "CSV syntax error: unterminated quoted field (the record starting on line %zu runs "
                         "to the end of the file)",
                         c.start_line);
                st = YJJH_E_INVALID_DATA;
            } else {
                st = YJJH_E_NOMEM;
            }
        } else if (c.status != YJJH_OK) {
            st = c.status;
        }
    }
    clear_fields(&c);
    free(c.rec.fields);
    free(c.text);
    free(c.offset);
    csv_free(&p);
    return st;
}

yjjh_status yjjh__csv_parse(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx, yjjh__csv_error *err)
{
    return parse(text, len, fn, ctx, err, 0);
}

yjjh_status yjjh__csv_parse_blocks(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx,
                                   yjjh__csv_error *err)
{
    return parse(text, len, fn, ctx, err, 1);
}

/* ---- the fast scanner (yjjh__csv_scan) ------------------------------------------------------------------ */

typedef struct scan_ctx {
    char *buf; /* the fields of the record, each NUL-terminated */
    size_t buf_len, buf_cap;
    size_t *off; /* where each field starts in buf, then its length (lens) */
    size_t *lens;
    char **fields;
    size_t n, cap;
} scan_ctx;

/* The bytes that end an unquoted field or make it need a look: , " CR LF. */
static const unsigned char scan_stop[256] = {['\n'] = 1, ['\r'] = 1, [','] = 1, ['"'] = 1};

#define SCAN_RUN 256

#define ONES ((uint64_t)0x0101010101010101u)

/* The high bit of each zero byte of v, exact up to the lowest one (higher ones may be false). */
static inline uint64_t has_zero(uint64_t v) { return (v - ONES) & ~v & (ONES * 0x80u); }

static int scan_space(char ch) { return ch == ' ' || ch == '\t'; }

static inline yjjh_status scan_append(scan_ctx *s, const char *p, size_t n)
{
    if (s->buf_len + n + 1 > s->buf_cap && yjjh__grow((void **)&s->buf, &s->buf_cap, s->buf_len + n + 1, 1) != YJJH_OK)
        return YJJH_E_NOMEM;
    if (n)
        memcpy(s->buf + s->buf_len, p, n);
    s->buf_len += n;
    return YJJH_OK;
}

/* Close the field that started at buf offset start. */
static yjjh_status scan_field(scan_ctx *s, size_t start)
{
    if (s->n + 1 > s->cap) {
        size_t cap = s->cap;
        if (yjjh__grow((void **)&s->off, &cap, s->n + 1, sizeof *s->off) != YJJH_OK)
            return YJJH_E_NOMEM;
        cap = s->cap;
        if (yjjh__grow((void **)&s->lens, &cap, s->n + 1, sizeof *s->lens) != YJJH_OK)
            return YJJH_E_NOMEM;
        cap = s->cap;
        if (yjjh__grow((void **)&s->fields, &cap, s->n + 1, sizeof *s->fields) != YJJH_OK)
            return YJJH_E_NOMEM;
        s->cap = cap;
    }
    if (scan_append(s, "", 0) != YJJH_OK)
        return YJJH_E_NOMEM;
    s->buf[s->buf_len++] = '\0';
    s->off[s->n] = start;
    s->lens[s->n] = s->buf_len - 1 - start;
    s->n++;
    return YJJH_OK;
}

/* The line ends in t[0..n) counted as yjjh__csv_parse() counts physical lines (LF, CRLF, a lone CR); a CR at
 * t[n - 1] counts as lone when next (the byte after the span) is not LF. */
static size_t scan_lines(const char *t, size_t n)
{
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        if (t[i] == '\n')
            k++;
        else if (t[i] == '\r' && !(i + 1 < n && t[i + 1] == '\n'))
            k++;
    }
    return k;
}

static yjjh_status scan(scan_ctx *s, const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx)
{
    size_t pos = 0, line = 1;
    while (pos < len) {
        yjjh__csv_record rec;
        yjjh_status st;
        char ch = text[pos];
        /* between records: spaces, tabs and line ends start no record */
        if (scan_space(ch)) {
            pos++;
            continue;
        }
        if (ch == '\n' || ch == '\r') {
            pos += (ch == '\r' && pos + 1 < len && text[pos + 1] == '\n') ? 2 : 1;
            line++;
            continue;
        }
        rec.line = line;
        s->n = 0;
        s->buf_len = 0;
        for (;;) {
            size_t start = s->buf_len;
            while (pos < len && scan_space(text[pos]))
                pos++;
            if (pos < len && text[pos] == '"') {
                pos++;
                for (;;) {
                    const char *q = memchr(text + pos, '"', len - pos);
                    size_t k;
                    if (!q)
                        return YJJH__CSV_SLOW; /* unterminated */
                    k = (size_t)(q - (text + pos));
                    line += scan_lines(text + pos, k); /* a CR before the quote is a lone one */
                    if (scan_append(s, text + pos, k) != YJJH_OK)
                        return YJJH_E_NOMEM;
                    pos += k + 1;
                    if (pos < len && text[pos] == '"') { /* a doubled quote */
                        if (scan_append(s, "\"", 1) != YJJH_OK)
                            return YJJH_E_NOMEM;
                        pos++;
                        continue;
                    }
                    break;
                }
                while (pos < len && scan_space(text[pos]))
                    pos++;
                if (pos < len && text[pos] != ',' && text[pos] != '\r' && text[pos] != '\n')
                    return YJJH__CSV_SLOW; /* text after the closing quote */
            } else {
                /* copied as it is scanned, SCAN_RUN bytes at a time (no call per field) */
                char *o;
                for (;;) {
                    size_t lim;
                    if (s->buf_len + SCAN_RUN + 1 > s->buf_cap &&
                        yjjh__grow((void **)&s->buf, &s->buf_cap, s->buf_len + SCAN_RUN + 1, 1) != YJJH_OK)
                        return YJJH_E_NOMEM;
                    o = s->buf + s->buf_len;
                    lim = len - pos < SCAN_RUN ? len : pos + SCAN_RUN;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
                    while (pos + 8 <= lim) { /* eight bytes at a time: the first of , " CR LF */
                        uint64_t w, t;
                        memcpy(&w, text + pos, 8);
                        t = has_zero(w ^ (ONES * ',')) | has_zero(w ^ (ONES * '"')) | has_zero(w ^ (ONES * '\r')) |
                            has_zero(w ^ (ONES * '\n'));
                        memcpy(o, &w, 8); /* the bytes past the stop are overwritten or not counted */
                        if (t) {
                            size_t k = (size_t)__builtin_ctzll(t) >> 3;
                            o += k;
                            pos += k;
                            break;
                        }
                        o += 8;
                        pos += 8;
                    }
#endif
                    while (pos < lim && !scan_stop[(unsigned char)text[pos]])
                        *o++ = text[pos++];
                    s->buf_len = (size_t)(o - s->buf);
                    if (pos < lim || pos == len)
                        break;
                }
                if (pos < len && text[pos] == '"')
                    return YJJH__CSV_SLOW; /* a quote inside an unquoted field */
                while (s->buf_len > start && scan_space(s->buf[s->buf_len - 1]))
                    s->buf_len--;
            }
            if ((st = scan_field(s, start)) != YJJH_OK)
                return st;
            if (pos < len && text[pos] == ',') {
                pos++;
                continue;
            }
            break; /* CR, LF or the end */
        }
        if (pos < len) {
            pos += (text[pos] == '\r' && pos + 1 < len && text[pos + 1] == '\n') ? 2 : 1;
            line++;
        }
        for (size_t i = 0; i < s->n; i++)
            s->fields[i] = s->buf + s->off[i];
        rec.fields = s->fields;
        rec.n = s->n;
        rec.block = NULL;
        rec.lens = s->lens;
        if ((st = fn(ctx, &rec)) != YJJH_OK)
            return st;
    }
    return YJJH_OK;
}

yjjh_status yjjh__csv_scan(const char *text, size_t len, yjjh__csv_record_fn fn, void *ctx)
{
    scan_ctx s;
    yjjh_status st;
    memset(&s, 0, sizeof s);
    st = scan(&s, text, len, fn, ctx);
    free(s.buf);
    free(s.off);
    free(s.lens);
    free(s.fields);
    return st;
}
