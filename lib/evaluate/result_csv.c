/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_csv() and yjjh_result_write_csv(): one row per school part (cli.md --format csv), RFC 4180 quoting,
 * full precision. */
#include <math.h>
#include <string.h>

#include "common/buf.h"
#include "evaluate/evaluate_internal.h"

/* A number (shortest exact round trip), empty when NaN. */
static void put_num(yjjh__buf *b, double v)
{
    if (isfinite(v))
        yjjh__buf_put_double(b, v);
}

#define FLUSH_AT (64 * 1024)

/* Write the CSV text into b; with write set, hand b's bytes to it whenever FLUSH_AT have collected (and at the
 * end), leaving b empty. */
static yjjh_status write_csv(yjjh__buf *b, const yjjh_result *result, yjjh_write_fn write, void *ctx)
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

    for (size_t i = 0; i < result->n_parts && !yjjh__buf_oom(b); i++) {
        const yjjh__part *pt = &result->parts[i];
        int rule = pt->in_scope && result->has_rule;
        yjjh__buf_put_csv_field(b, result->counties[pt->county].code);
        yjjh__buf_puts(b, ",");
        yjjh__buf_put_csv_field(b, pt->school_id);
        yjjh__buf_puts(b, ",");
        yjjh__buf_put_csv_field(b, pt->school_name);
        yjjh__buf_puts(b, ",");
        if (pt->stage != YJJH_STAGE_NONE)
            yjjh__buf_puts(b, yjjh_stage_name(pt->stage));
        yjjh__buf_puts(b, pt->in_scope ? ",true," : ",false,");
        yjjh__buf_puts(b, pt->in_scope ? "" : yjjh_exclusion_name(pt->excluded));
        yjjh__buf_puts(b, ",");
        put_num(b, pt->students);
        for (size_t k = 0; k < result->n_indicators; k++) {
            yjjh__buf_puts(b, ",");
            if (pt->in_scope)
                put_num(b, pt->rule.value[k]);
            if (result->has_rule) {
                yjjh__buf_puts(b, ",");
                if (rule)
                    yjjh__buf_puts(b, pt->rule.met[k] ? "true" : "false");
                yjjh__buf_puts(b, ",");
                if (rule)
                    put_num(b, pt->rule.shortfall[k]);
            }
        }
        if (result->has_rule) {
            yjjh__buf_puts(b, ",");
            if (rule)
                put_num(b, (double)pt->rule.met_count);
            yjjh__buf_puts(b, ",");
            if (rule)
                yjjh__buf_puts(b, pt->rule.passed ? "true" : "false");
        }
        yjjh__buf_puts(b, "\r\n");
        if (write && b->len >= FLUSH_AT && !yjjh__buf_oom(b)) {
            if (write(ctx, b->ptr, b->len) != 0)
                return YJJH_E_IO_WRITE;
            b->len = 0;
        }
    }
    if (yjjh__buf_oom(b))
        return YJJH_E_NOMEM;
    if (write && b->len > 0) {
        if (write(ctx, b->ptr, b->len) != 0)
            return YJJH_E_IO_WRITE;
        b->len = 0;
    }
    return YJJH_OK;
}

yjjh_status yjjh_result_to_csv(char **out, const yjjh_result *result)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!result)
        return YJJH_E_NULL_ARG;
    st = write_csv(&b, result, NULL, NULL);
    if (st != YJJH_OK) {
        yjjh__buf_free(&b);
        return st;
    }
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_result_write_csv(const yjjh_result *result, yjjh_write_fn write, void *ctx)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!result || !write)
        return YJJH_E_NULL_ARG;
    if (!yjjh__buf_reserve(&b, FLUSH_AT + 4096))
        return YJJH_E_NOMEM;
    st = write_csv(&b, result, write, ctx);
    yjjh__buf_free(&b);
    return st;
}
