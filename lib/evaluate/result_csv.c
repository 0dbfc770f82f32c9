/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_csv() and yjjh_result_write_csv(): one row per school part (cli.md --format csv), RFC 4180 quoting,
 * full precision. The rows are formatted in rounds on several threads (common/chunked_write.h). */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "common/buf.h"
#include "common/chunked_write.h"
#include "common/number_format.h"
#include "evaluate/evaluate_internal.h"

/* Rows one thread formats per round (about 230 bytes each), and the fewest rows worth a second thread when the
 * thread count is automatic. */
#define ROUND_ROWS 2048
#define MIN_ROWS_PER_THREAD 20000

/* The longest row piece written with one reservation: a number, its comma, a met flag and a shortfall. */
#define PIECE (2 * YJJH__NUMBER_BUF + 16)

/* Room for n more bytes at the end of b (and its NUL), or NULL when out of memory. */
static char *room(yjjh__buf *b, size_t n)
{
    if (b->oom)
        return NULL;
    if (n >= b->cap - b->len && !yjjh__buf_reserve(b, n))
        return NULL;
    return b->ptr + b->len;
}

static void commit(yjjh__buf *b, char *end)
{
    *end = '\0';
    b->len = (size_t)(end - b->ptr);
}

/* A number (shortest exact round trip), nothing when NaN. */
static char *put_num(char *p, double v)
{
    if (isfinite(v))
        p += yjjh__format_double_len(p, YJJH__NUMBER_BUF, v);
    return p;
}

static char *put_lit(char *p, const char *s, size_t n)
{
    memcpy(p, s, n);
    return p + n;
}

static void header(yjjh__buf *b, const yjjh_result *result)
{
    yjjh__buf_puts(b, "county_code,school_id,school_name,stage,in_scope,excluded_reason,students");
    for (size_t k = 0; k < result->n_indicators; k++) {
        const char *code = result->indicators[k]->code;
        yjjh__buf_puts(b, ",");
        yjjh__buf_puts(b, code);
        yjjh__buf_puts(b, "_value");
        if (result->has_rule) {
            yjjh__buf_puts(b, ",");
            yjjh__buf_puts(b, code);
            yjjh__buf_puts(b, "_met,");
            yjjh__buf_puts(b, code);
            yjjh__buf_puts(b, "_shortfall");
        }
    }
    if (result->has_rule)
        yjjh__buf_puts(b, ",met_count,passed");
    yjjh__buf_puts(b, "\r\n");
}

/* chunked_write: the rows of parts [begin, end) */
static void rows_csv(void *ctx, yjjh__buf *b, yjjh__buf *scratch, size_t begin, size_t end)
{
    const yjjh_result *result = ctx;
    const int has_rule = result->has_rule;
    (void)scratch;
    for (size_t i = begin; i < end && !yjjh__buf_oom(b); i++) {
        const yjjh__part *pt = &result->parts[i];
        int rule = pt->in_scope && has_rule;
        char *p;
        yjjh__buf_put_csv_field(b, result->counties[pt->county].code);
        yjjh__buf_putc(b, ',');
        yjjh__buf_put_csv_field(b, pt->school_id);
        yjjh__buf_putc(b, ',');
        yjjh__buf_put_csv_field(b, pt->school_name);
        yjjh__buf_putc(b, ',');
        if (pt->stage != YJJH_STAGE_NONE)
            yjjh__buf_puts(b, yjjh_stage_name(pt->stage));
        if (pt->in_scope) {
            YJJH__BUF_LIT(b, ",true,,");
        } else {
            YJJH__BUF_LIT(b, ",false,");
            yjjh__buf_puts(b, yjjh_exclusion_name(pt->excluded));
            yjjh__buf_putc(b, ',');
        }
        if (!(p = room(b, PIECE)))
            return;
        p = put_num(p, pt->students);
        commit(b, p);
        for (size_t k = 0; k < result->n_indicators; k++) {
            if (!(p = room(b, PIECE)))
                return;
            *p++ = ',';
            if (pt->in_scope)
                p = put_num(p, pt->rule.value[k]);
            if (has_rule) {
                *p++ = ',';
                if (rule)
                    p = pt->rule.met[k] ? put_lit(p, "true", 4) : put_lit(p, "false", 5);
                *p++ = ',';
                if (rule)
                    p = put_num(p, pt->rule.shortfall[k]);
            }
            commit(b, p);
        }
        if (!(p = room(b, PIECE)))
            return;
        if (has_rule) {
            *p++ = ',';
            if (rule)
                p = put_num(p, (double)pt->rule.met_count);
            *p++ = ',';
            if (rule)
                p = pt->rule.passed ? put_lit(p, "true", 4) : put_lit(p, "false", 5);
        }
        *p++ = '\r';
        *p++ = '\n';
        commit(b, p);
    }
}

yjjh_status yjjh_result_to_csv(char **out, const yjjh_result *result)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf scratch = YJJH__BUF_INIT;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!result)
        return YJJH_E_NULL_ARG;
    header(&b, result);
    rows_csv((void *)(uintptr_t)result, &b, &scratch, 0, result->n_parts);
    if (yjjh__buf_oom(&b)) {
        yjjh__buf_free(&b);
        return YJJH_E_NOMEM;
    }
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_result_write_csv_ex(const yjjh_result *result, size_t threads, yjjh_write_fn write, void *ctx)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__chunked job;
    yjjh_status st = YJJH_OK;
    if (!result || !write)
        return YJJH_E_NULL_ARG;
    header(&b, result);
    if (yjjh__buf_oom(&b))
        st = YJJH_E_NOMEM;
    else if (write(ctx, b.ptr, b.len) != 0)
        st = YJJH_E_IO_WRITE;
    yjjh__buf_free(&b);
    if (st != YJJH_OK)
        return st;
    job.n = result->n_parts;
    job.weight = NULL;
    job.weight_ctx = NULL;
    job.round_weight = ROUND_ROWS;
    job.min_weight = MIN_ROWS_PER_THREAD;
    job.threads = threads;
    job.fmt = rows_csv;
    job.ctx = (void *)(uintptr_t)result;
    return yjjh__chunked_write(&job, write, ctx);
}

yjjh_status yjjh_result_write_csv(const yjjh_result *result, yjjh_write_fn write, void *ctx)
{
    return yjjh_result_write_csv_ex(result, 0, write, ctx);
}
