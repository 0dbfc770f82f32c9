/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_json() and yjjh_result_write_json(): the JSON document of cli.md, full-precision numbers, NaN as
 * null, written by the streaming writer of common/json_writer.h (no document tree), county by county. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/json_writer.h"
#include "common/text.h"
#include "evaluate/evaluate_internal.h"

#include "common/chunked_write.h"

/* School parts one thread formats per round (about 1 KB of pretty JSON each), and the fewest parts worth a
 * second thread when the thread count is automatic. */
#define ROUND_PARTS 2048
#define MIN_PARTS_PER_THREAD 20000

typedef struct json_ctx {
    const yjjh_result *r;
    const size_t *start, *order; /* the parts of each county (yjjh__result_part_index) */
    size_t code_len[YJJH__MAX_INDICATORS];
    yjjh__jw at_counties; /* the writer's state inside the "counties" array, before the first county */
} json_ctx;

static void stage_json(yjjh__jw *w, const yjjh_result *r, const size_t *code_len, const yjjh__stage_result *sr,
                       const char *name)
{
    yjjh__jw_key(w, name);
    yjjh__jw_obj_open(w);
    YJJH__JW_KEY(w, "students");
    yjjh__jw_num(w, sr->students);
    YJJH__JW_KEY(w, "schools_in_scope");
    yjjh__jw_uint(w, sr->schools_in_scope);
    if (r->has_rule) {
        YJJH__JW_KEY(w, "schools_passing");
        yjjh__jw_uint(w, sr->schools_passing);
    }
    if (r->composite) {
        YJJH__JW_KEY(w, "composite_cv");
        yjjh__jw_num(w, sr->composite_defined ? sr->composite_cv : NAN);
        YJJH__JW_KEY(w, "composite_cv_max");
        yjjh__jw_num(w, sr->composite_cv_max);
        YJJH__JW_KEY(w, "composite_cv_met");
        yjjh__jw_bool(w, sr->composite_cv_met);
    }
    YJJH__JW_KEY(w, "indicators");
    yjjh__jw_obj_open(w);
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
        yjjh__jw_obj_open(w);
        if (r->has_rule) {
            YJJH__JW_KEY(w, "standard");
            yjjh__jw_num(w, ir->standard);
        }
        YJJH__JW_KEY(w, "county_value");
        yjjh__jw_num(w, ir->county_value);
        YJJH__JW_KEY(w, "cv");
        yjjh__jw_num(w, ir->cv_defined ? ir->cv : NAN);
        if (r->has_rule) {
            YJJH__JW_KEY(w, "cv_max");
            yjjh__jw_num(w, ir->cv_max);
            YJJH__JW_KEY(w, "cv_met");
            yjjh__jw_bool(w, ir->cv_met);
            YJJH__JW_KEY(w, "schools_meeting");
            yjjh__jw_uint(w, ir->schools_meeting);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
    yjjh__jw_obj_close(w);
}

static void part_json(yjjh__jw *w, const yjjh_result *r, const size_t *code_len, const yjjh__part *pt)
{
    yjjh__jw_obj_open(w);
    YJJH__JW_KEY(w, "school_id");
    yjjh__jw_str(w, pt->school_id);
    YJJH__JW_KEY(w, "school_name");
    yjjh__jw_str(w, pt->school_name);
    YJJH__JW_KEY(w, "stage");
    if (pt->stage == YJJH_STAGE_NONE)
        yjjh__jw_null(w);
    else
        yjjh__jw_str(w, yjjh_stage_name(pt->stage));
    YJJH__JW_KEY(w, "in_scope");
    yjjh__jw_bool(w, pt->in_scope);
    YJJH__JW_KEY(w, "excluded_reason");
    yjjh__jw_str_or_null(w, pt->in_scope ? "" : yjjh_exclusion_name(pt->excluded));
    YJJH__JW_KEY(w, "students");
    yjjh__jw_num(w, pt->students);
    if (pt->in_scope) {
        YJJH__JW_KEY(w, "values");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
            yjjh__jw_num(w, pt->rule.value[k]);
        }
        yjjh__jw_obj_close(w);
    }
    if (pt->in_scope && r->has_rule) {
        YJJH__JW_KEY(w, "met");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
            yjjh__jw_bool(w, pt->rule.met[k]);
        }
        yjjh__jw_obj_close(w);
        YJJH__JW_KEY(w, "ratios");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
            yjjh__jw_num(w, pt->rule.ratio[k]);
        }
        yjjh__jw_obj_close(w);
        YJJH__JW_KEY(w, "met_count");
        yjjh__jw_uint(w, pt->rule.met_count);
        YJJH__JW_KEY(w, "passed");
        yjjh__jw_bool(w, pt->rule.passed);
        YJJH__JW_KEY(w, "shortfalls");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++)
            if (!pt->rule.met[k]) {
                yjjh__jw_key_n(w, r->indicators[k]->code, code_len[k]);
                yjjh__jw_num(w, pt->rule.shortfall[k]);
            }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
}

static void county_json(yjjh__jw *w, yjjh__buf *scratch, const json_ctx *x, size_t c)
{
    const yjjh_result *result = x->r;
    const yjjh__county *cy = &result->counties[c];
    yjjh__jw_obj_open(w);
    YJJH__JW_KEY(w, "county_code");
    yjjh__jw_str_or_null(w, cy->code);
    YJJH__JW_KEY(w, "county_name");
    yjjh__jw_str_or_null(w, cy->name);
    YJJH__JW_KEY(w, "verdict");
    yjjh__jw_str(w, yjjh_verdict_name(cy->verdict));
    YJJH__JW_KEY(w, "reasons");
    yjjh__jw_arr_open(w);
    for (size_t q = 0; q < cy->n_reasons; q++) {
        const yjjh__reason *rs = &cy->reasons[q];
        yjjh__jw_obj_open(w);
        YJJH__JW_KEY(w, "code");
        yjjh__jw_str(w, rs->code);
        YJJH__JW_KEY(w, "stage");
        if (rs->stage == YJJH_STAGE_NONE)
            yjjh__jw_null(w);
        else
            yjjh__jw_str(w, yjjh_stage_name(rs->stage));
        YJJH__JW_KEY(w, "message");
        scratch->len = 0; /* formatted here, not kept in the result */
        yjjh__reason_message_put(scratch, result, rs);
        if (yjjh__buf_oom(scratch))
            w->b->oom = 1;
        yjjh__jw_str(w, yjjh__buf_cstr(scratch));
        if (rs->school_id && rs->school_id[0]) {
            YJJH__JW_KEY(w, "school_id");
            yjjh__jw_str(w, rs->school_id);
        }
        if (!isnan(rs->value)) {
            YJJH__JW_KEY(w, "value");
            yjjh__jw_num(w, rs->value);
        }
        if (!isnan(rs->required)) {
            YJJH__JW_KEY(w, "required");
            yjjh__jw_num(w, rs->required);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_arr_close(w);
    YJJH__JW_KEY(w, "stages");
    yjjh__jw_obj_open(w);
    if (cy->stage[0].present)
        stage_json(w, result, x->code_len, &cy->stage[0], "primary");
    if (cy->stage[1].present)
        stage_json(w, result, x->code_len, &cy->stage[1], "junior");
    yjjh__jw_obj_close(w);
    YJJH__JW_KEY(w, "schools");
    yjjh__jw_arr_open(w);
    for (size_t q = x->start[c]; q < x->start[c + 1]; q++)
        part_json(w, result, x->code_len, &result->parts[x->order[q]]);
    yjjh__jw_arr_close(w);
    YJJH__JW_KEY(w, "items");
    yjjh__jw_obj_open(w);
    for (size_t q = 0; q < cy->items.n; q++) {
        const yjjh__item *it = &cy->items.items[q];
        yjjh__jw_key(w, it->code);
        yjjh__jw_obj_open(w);
        YJJH__JW_KEY(w, "status");
        yjjh__jw_str(w, yjjh_item_status_name(it->status));
        if (!isnan(it->value)) {
            YJJH__JW_KEY(w, "value");
            yjjh__jw_num(w, it->value);
        }
        if (!isnan(it->required)) {
            YJJH__JW_KEY(w, "required");
            yjjh__jw_num(w, it->required);
        }
        if (it->message && it->message[0]) {
            YJJH__JW_KEY(w, "message");
            yjjh__jw_str(w, it->message);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
    yjjh__jw_obj_close(w);
}

/* chunked_write: counties [begin, end) continue the "counties" array from a copy of the writer's state */
static void counties_json(void *ctx, yjjh__buf *out, yjjh__buf *scratch, size_t begin, size_t end)
{
    const json_ctx *x = ctx;
    yjjh__jw w = x->at_counties;
    w.b = out;
    if (begin > 0)
        w.empty[w.depth - 1] = 0; /* a county before this one: the separator */
    for (size_t c = begin; c < end && !yjjh__buf_oom(out); c++)
        county_json(&w, scratch, x, c);
}

static size_t county_weight(const void *ctx, size_t c)
{
    const json_ctx *x = ctx;
    return x->start[c] + c; /* the parts before county c, and one for each county */
}

/* The document: into b alone when write is NULL (on the calling thread), else through write, the counties
 * formatted on up to threads threads (chunked_write.h). */
static yjjh_status write_json(yjjh__buf *b, const yjjh_result *result, int pretty, size_t threads, yjjh_write_fn write,
                              void *ctx)
{
    json_ctx x;
    yjjh__jw w;
    size_t *start = NULL, *order = NULL;
    yjjh_status st = YJJH_OK;

    if (yjjh__result_part_index(result, &start, &order) != YJJH_OK)
        return YJJH_E_NOMEM;
    x.r = result;
    x.start = start;
    x.order = order;
    for (size_t k = 0; k < result->n_indicators; k++)
        x.code_len[k] = strlen(result->indicators[k]->code); /* catalogue codes: nothing to escape */
    yjjh__jw_init(&w, b, pretty);
    yjjh__jw_obj_open(&w);
    YJJH__JW_KEY(&w, "schema_version");
    yjjh__jw_str(&w, YJJH_JSON_SCHEMA_VERSION);
    YJJH__JW_KEY(&w, "yjjh_version");
    yjjh__jw_str(&w, yjjh_version_string());
    YJJH__JW_KEY(&w, "profile");
    yjjh__jw_str(&w, result->profile_name);
    YJJH__JW_KEY(&w, "counties");
    yjjh__jw_arr_open(&w);
    x.at_counties = w;
    if (!write) {
        yjjh__buf scratch = YJJH__BUF_INIT;
        counties_json(&x, b, &scratch, 0, result->n_counties);
        if (yjjh__buf_oom(&scratch))
            b->oom = 1;
        yjjh__buf_free(&scratch);
    } else if (!yjjh__buf_oom(b)) {
        yjjh__chunked job;
        if (b->len > 0 && write(ctx, b->ptr, b->len) != 0)
            st = YJJH_E_IO_WRITE;
        b->len = 0;
        job.n = result->n_counties;
        job.weight = county_weight;
        job.weight_ctx = &x;
        job.round_weight = ROUND_PARTS;
        job.min_weight = MIN_PARTS_PER_THREAD;
        job.threads = threads;
        job.fmt = counties_json;
        job.ctx = &x;
        if (st == YJJH_OK)
            st = yjjh__chunked_write(&job, write, ctx);
    }
    /* the document's end, from the state after the last county */
    w.empty[w.depth - 1] = result->n_counties == 0;
    yjjh__jw_arr_close(&w);
    yjjh__jw_obj_close(&w);
    free(start);
    free(order);
    if (st == YJJH_OK && yjjh__buf_oom(b))
        st = YJJH_E_NOMEM;
    if (st == YJJH_OK && write && b->len > 0) {
        if (write(ctx, b->ptr, b->len) != 0)
            st = YJJH_E_IO_WRITE;
        b->len = 0;
    }
    return st;
}

yjjh_status yjjh_result_to_json(char **out, const yjjh_result *result)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!result)
        return YJJH_E_NULL_ARG;
    st = write_json(&b, result, 1, 1, NULL, NULL);
    if (st != YJJH_OK) {
        yjjh__buf_free(&b);
        return st;
    }
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_result_write_json_ex(const yjjh_result *result, unsigned int flags, size_t threads,
                                      yjjh_write_fn write, void *ctx)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!result || !write)
        return YJJH_E_NULL_ARG;
    if (flags & ~(unsigned int)YJJH_JSON_COMPACT)
        return YJJH_E_OUT_OF_RANGE;
    st = write_json(&b, result, !(flags & YJJH_JSON_COMPACT), threads, write, ctx);
    yjjh__buf_free(&b);
    return st;
}

yjjh_status yjjh_result_write_json(const yjjh_result *result, unsigned int flags, yjjh_write_fn write, void *ctx)
{
    return yjjh_result_write_json_ex(result, flags, 0, write, ctx);
}
