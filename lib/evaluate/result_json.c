/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_json() and yjjh_result_write_json(): the JSON document of cli.md, full-precision numbers, NaN as
 * null, written by the streaming writer of common/json_writer.h (no document tree), county by county. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "common/json_writer.h"
#include "common/text.h"
#include "evaluate/evaluate_internal.h"

/* Bytes collected before they are handed to the caller's write function. */
#define FLUSH_AT (64 * 1024)

static void stage_json(yjjh__jw *w, const yjjh_result *r, const yjjh__stage_result *sr, const char *name)
{
    yjjh__jw_key(w, name);
    yjjh__jw_obj_open(w);
    yjjh__jw_key(w, "students");
    yjjh__jw_num(w, sr->students);
    yjjh__jw_key(w, "schools_in_scope");
    yjjh__jw_num(w, (double)sr->schools_in_scope);
    if (r->has_rule) {
        yjjh__jw_key(w, "schools_passing");
        yjjh__jw_num(w, (double)sr->schools_passing);
    }
    if (r->composite) {
        yjjh__jw_key(w, "composite_cv");
        yjjh__jw_num(w, sr->composite_defined ? sr->composite_cv : NAN);
        yjjh__jw_key(w, "composite_cv_max");
        yjjh__jw_num(w, sr->composite_cv_max);
        yjjh__jw_key(w, "composite_cv_met");
        yjjh__jw_bool(w, sr->composite_cv_met);
    }
    yjjh__jw_key(w, "indicators");
    yjjh__jw_obj_open(w);
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        yjjh__jw_key(w, r->indicators[k]->code);
        yjjh__jw_obj_open(w);
        if (r->has_rule) {
            yjjh__jw_key(w, "standard");
            yjjh__jw_num(w, ir->standard);
        }
        yjjh__jw_key(w, "county_value");
        yjjh__jw_num(w, ir->county_value);
        yjjh__jw_key(w, "cv");
        yjjh__jw_num(w, ir->cv_defined ? ir->cv : NAN);
        if (r->has_rule) {
            yjjh__jw_key(w, "cv_max");
            yjjh__jw_num(w, ir->cv_max);
            yjjh__jw_key(w, "cv_met");
            yjjh__jw_bool(w, ir->cv_met);
            yjjh__jw_key(w, "schools_meeting");
            yjjh__jw_num(w, (double)ir->schools_meeting);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
    yjjh__jw_obj_close(w);
}

static void part_json(yjjh__jw *w, const yjjh_result *r, const yjjh__part *pt)
{
    yjjh__jw_obj_open(w);
    yjjh__jw_key(w, "school_id");
    yjjh__jw_str(w, pt->school_id);
    yjjh__jw_key(w, "school_name");
    yjjh__jw_str(w, pt->school_name);
    yjjh__jw_key(w, "stage");
    if (pt->stage == YJJH_STAGE_NONE)
        yjjh__jw_null(w);
    else
        yjjh__jw_str(w, yjjh_stage_name(pt->stage));
    yjjh__jw_key(w, "in_scope");
    yjjh__jw_bool(w, pt->in_scope);
    yjjh__jw_key(w, "excluded_reason");
    yjjh__jw_str_or_null(w, pt->in_scope ? "" : yjjh_exclusion_name(pt->excluded));
    yjjh__jw_key(w, "students");
    yjjh__jw_num(w, pt->students);
    if (pt->in_scope) {
        yjjh__jw_key(w, "values");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key(w, r->indicators[k]->code);
            yjjh__jw_num(w, pt->rule.value[k]);
        }
        yjjh__jw_obj_close(w);
    }
    if (pt->in_scope && r->has_rule) {
        yjjh__jw_key(w, "met");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key(w, r->indicators[k]->code);
            yjjh__jw_bool(w, pt->rule.met[k]);
        }
        yjjh__jw_obj_close(w);
        yjjh__jw_key(w, "ratios");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__jw_key(w, r->indicators[k]->code);
            yjjh__jw_num(w, pt->rule.ratio[k]);
        }
        yjjh__jw_obj_close(w);
        yjjh__jw_key(w, "met_count");
        yjjh__jw_num(w, (double)pt->rule.met_count);
        yjjh__jw_key(w, "passed");
        yjjh__jw_bool(w, pt->rule.passed);
        yjjh__jw_key(w, "shortfalls");
        yjjh__jw_obj_open(w);
        for (size_t k = 0; k < r->n_indicators; k++)
            if (!pt->rule.met[k]) {
                yjjh__jw_key(w, r->indicators[k]->code);
                yjjh__jw_num(w, pt->rule.shortfall[k]);
            }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
}

static void county_json(yjjh__jw *w, yjjh__buf *scratch, const yjjh_result *result, const yjjh__county *cy,
                        const size_t *order, size_t from, size_t to)
{
    yjjh__jw_obj_open(w);
    yjjh__jw_key(w, "county_code");
    yjjh__jw_str_or_null(w, cy->code);
    yjjh__jw_key(w, "county_name");
    yjjh__jw_str_or_null(w, cy->name);
    yjjh__jw_key(w, "verdict");
    yjjh__jw_str(w, yjjh_verdict_name(cy->verdict));
    yjjh__jw_key(w, "reasons");
    yjjh__jw_arr_open(w);
    for (size_t q = 0; q < cy->n_reasons; q++) {
        const yjjh__reason *rs = &cy->reasons[q];
        yjjh__jw_obj_open(w);
        yjjh__jw_key(w, "code");
        yjjh__jw_str(w, rs->code);
        yjjh__jw_key(w, "stage");
        if (rs->stage == YJJH_STAGE_NONE)
            yjjh__jw_null(w);
        else
            yjjh__jw_str(w, yjjh_stage_name(rs->stage));
        yjjh__jw_key(w, "message");
        scratch->len = 0; /* formatted here, not kept in the result */
        yjjh__reason_message_put(scratch, result, rs);
        if (yjjh__buf_oom(scratch))
            w->b->oom = 1;
        yjjh__jw_str(w, yjjh__buf_cstr(scratch));
        if (rs->school_id && rs->school_id[0]) {
            yjjh__jw_key(w, "school_id");
            yjjh__jw_str(w, rs->school_id);
        }
        if (!isnan(rs->value)) {
            yjjh__jw_key(w, "value");
            yjjh__jw_num(w, rs->value);
        }
        if (!isnan(rs->required)) {
            yjjh__jw_key(w, "required");
            yjjh__jw_num(w, rs->required);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_arr_close(w);
    yjjh__jw_key(w, "stages");
    yjjh__jw_obj_open(w);
    if (cy->stage[0].present)
        stage_json(w, result, &cy->stage[0], "primary");
    if (cy->stage[1].present)
        stage_json(w, result, &cy->stage[1], "junior");
    yjjh__jw_obj_close(w);
    yjjh__jw_key(w, "schools");
    yjjh__jw_arr_open(w);
    for (size_t q = from; q < to; q++)
        part_json(w, result, &result->parts[order[q]]);
    yjjh__jw_arr_close(w);
    yjjh__jw_key(w, "items");
    yjjh__jw_obj_open(w);
    for (size_t q = 0; q < cy->items.n; q++) {
        const yjjh__item *it = &cy->items.items[q];
        yjjh__jw_key(w, it->code);
        yjjh__jw_obj_open(w);
        yjjh__jw_key(w, "status");
        yjjh__jw_str(w, yjjh_item_status_name(it->status));
        if (!isnan(it->value)) {
            yjjh__jw_key(w, "value");
            yjjh__jw_num(w, it->value);
        }
        if (!isnan(it->required)) {
            yjjh__jw_key(w, "required");
            yjjh__jw_num(w, it->required);
        }
        if (it->message && it->message[0]) {
            yjjh__jw_key(w, "message");
            yjjh__jw_str(w, it->message);
        }
        yjjh__jw_obj_close(w);
    }
    yjjh__jw_obj_close(w);
    yjjh__jw_obj_close(w);
}

/* Write the document into b; with write set, hand b's bytes to it whenever FLUSH_AT have collected (and at the
 * end), leaving b empty. */
static yjjh_status write_json(yjjh__buf *b, const yjjh_result *result, int pretty, yjjh_write_fn write, void *ctx)
{
    yjjh__jw w;
    yjjh__buf scratch = YJJH__BUF_INIT;
    size_t *start = NULL, *order = NULL;
    size_t nc = result->n_counties;
    yjjh_status st = YJJH_OK;

    if (yjjh__result_part_index(result, &start, &order) != YJJH_OK)
        return YJJH_E_NOMEM;
    yjjh__jw_init(&w, b, pretty);
    yjjh__jw_obj_open(&w);
    yjjh__jw_key(&w, "schema_version");
    yjjh__jw_str(&w, YJJH_JSON_SCHEMA_VERSION);
    yjjh__jw_key(&w, "yjjh_version");
    yjjh__jw_str(&w, yjjh_version_string());
    yjjh__jw_key(&w, "profile");
    yjjh__jw_str(&w, result->profile_name);
    yjjh__jw_key(&w, "counties");
    yjjh__jw_arr_open(&w);
    for (size_t c = 0; c < nc && !yjjh__buf_oom(b) && st == YJJH_OK; c++) {
        county_json(&w, &scratch, result, &result->counties[c], order, start[c], start[c + 1]);
        if (write && b->len >= FLUSH_AT && !yjjh__buf_oom(b)) {
            if (write(ctx, b->ptr, b->len) != 0)
                st = YJJH_E_IO_WRITE;
            b->len = 0;
        }
    }
    yjjh__jw_arr_close(&w);
    yjjh__jw_obj_close(&w);
    free(start);
    free(order);
    yjjh__buf_free(&scratch);
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
    st = write_json(&b, result, 1, NULL, NULL);
    if (st != YJJH_OK) {
        yjjh__buf_free(&b);
        return st;
    }
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_result_write_json(const yjjh_result *result, unsigned int flags, yjjh_write_fn write, void *ctx)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!result || !write)
        return YJJH_E_NULL_ARG;
    if (flags & ~(unsigned int)YJJH_JSON_COMPACT)
        return YJJH_E_OUT_OF_RANGE;
    if (!yjjh__buf_reserve(&b, FLUSH_AT + 4096))
        return YJJH_E_NOMEM;
    st = write_json(&b, result, !(flags & YJJH_JSON_COMPACT), write, ctx);
    yjjh__buf_free(&b);
    return st;
}
