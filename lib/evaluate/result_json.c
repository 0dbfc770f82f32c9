/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_json(): the JSON document of cli.md, full-precision numbers, NaN as null. */
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <cjson/cJSON.h>

#include "common/number_format.h"
#include "common/text.h"
#include "evaluate/evaluate_internal.h"

typedef struct jctx {
    int fail; /* an allocation failed */
} jctx;

static cJSON *check(jctx *j, cJSON *item)
{
    if (!item)
        j->fail = 1;
    return item;
}

static void add_num(jctx *j, cJSON *obj, const char *key, double v)
{
    char buf[YJJH__NUMBER_BUF];
    if (!obj)
        return;
    if (!isfinite(v)) {
        check(j, cJSON_AddNullToObject(obj, key));
        return;
    }
    yjjh__format_double(buf, sizeof buf, v); /* not cJSON's printer: it only checks closeness */
    check(j, cJSON_AddRawToObject(obj, key, buf));
}

static void add_str(jctx *j, cJSON *obj, const char *key, const char *s)
{
    if (obj)
        check(j, cJSON_AddStringToObject(obj, key, s));
}

/* A string, or null when empty. */
static void add_str_or_null(jctx *j, cJSON *obj, const char *key, const char *s)
{
    if (!obj)
        return;
    if (s && *s)
        check(j, cJSON_AddStringToObject(obj, key, s));
    else
        check(j, cJSON_AddNullToObject(obj, key));
}

static void add_bool(jctx *j, cJSON *obj, const char *key, int b)
{
    if (obj)
        check(j, cJSON_AddBoolToObject(obj, key, b ? 1 : 0));
}

static cJSON *add_obj(jctx *j, cJSON *obj, const char *key)
{
    return obj ? check(j, cJSON_AddObjectToObject(obj, key)) : NULL;
}

static cJSON *add_arr(jctx *j, cJSON *obj, const char *key)
{
    return obj ? check(j, cJSON_AddArrayToObject(obj, key)) : NULL;
}

static cJSON *append_obj(jctx *j, cJSON *arr)
{
    cJSON *o;
    if (!arr)
        return NULL;
    if (!(o = check(j, cJSON_CreateObject())))
        return NULL;
    if (!cJSON_AddItemToArray(arr, o)) {
        cJSON_Delete(o);
        j->fail = 1;
        return NULL;
    }
    return o;
}

static void stage_json(jctx *j, cJSON *stages, const yjjh_result *r, const yjjh__stage_result *sr, const char *name)
{
    cJSON *so = add_obj(j, stages, name), *inds;
    add_num(j, so, "students", sr->students);
    add_num(j, so, "schools_in_scope", (double)sr->schools_in_scope);
    if (r->has_rule)
        add_num(j, so, "schools_passing", (double)sr->schools_passing);
    if (r->composite) {
        add_num(j, so, "composite_cv", sr->composite_defined ? sr->composite_cv : NAN);
        add_num(j, so, "composite_cv_max", sr->composite_cv_max);
        add_bool(j, so, "composite_cv_met", sr->composite_cv_met);
    }
    inds = add_obj(j, so, "indicators");
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        cJSON *io = add_obj(j, inds, r->indicators[k]->code);
        if (r->has_rule)
            add_num(j, io, "standard", ir->standard);
        add_num(j, io, "county_value", ir->county_value);
        add_num(j, io, "cv", ir->cv_defined ? ir->cv : NAN);
        if (r->has_rule) {
            add_num(j, io, "cv_max", ir->cv_max);
            add_bool(j, io, "cv_met", ir->cv_met);
            add_num(j, io, "schools_meeting", (double)ir->schools_meeting);
        }
    }
}

static void part_json(jctx *j, cJSON *arr, const yjjh_result *r, const yjjh__part *pt)
{
    cJSON *o = append_obj(j, arr), *values, *met, *ratio, *shortfalls;
    add_str(j, o, "school_id", pt->school_id);
    add_str(j, o, "school_name", pt->school_name);
    if (pt->stage == YJJH_STAGE_NONE)
        check(j, o ? cJSON_AddNullToObject(o, "stage") : o);
    else
        add_str(j, o, "stage", yjjh_stage_name(pt->stage));
    add_bool(j, o, "in_scope", pt->in_scope);
    add_str_or_null(j, o, "excluded_reason", pt->in_scope ? "" : yjjh_exclusion_name(pt->excluded));
    add_num(j, o, "students", pt->students);
    if (!pt->in_scope)
        return;
    values = add_obj(j, o, "values");
    for (size_t k = 0; k < r->n_indicators; k++)
        add_num(j, values, r->indicators[k]->code, pt->rule.value[k]);
    if (!r->has_rule)
        return;
    met = add_obj(j, o, "met");
    for (size_t k = 0; k < r->n_indicators; k++)
        add_bool(j, met, r->indicators[k]->code, pt->rule.met[k]);
    ratio = add_obj(j, o, "ratios");
    for (size_t k = 0; k < r->n_indicators; k++)
        add_num(j, ratio, r->indicators[k]->code, pt->rule.ratio[k]);
    add_num(j, o, "met_count", (double)pt->rule.met_count);
    add_bool(j, o, "passed", pt->rule.passed);
    shortfalls = add_obj(j, o, "shortfalls");
    for (size_t k = 0; k < r->n_indicators; k++)
        if (!pt->rule.met[k])
            add_num(j, shortfalls, r->indicators[k]->code, pt->rule.shortfall[k]);
}

yjjh_status yjjh_result_to_json(char **out, const yjjh_result *result)
{
    jctx j = {0};
    cJSON *root, *counties;
    size_t *start = NULL, *order = NULL;
    char *text, *copy = NULL;
    size_t nc;

    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!result)
        return YJJH_E_NULL_ARG;
    nc = result->n_counties;

    /* school parts of each county, in input order */
    start = calloc(nc + 1, sizeof *start);
    order = malloc((result->n_parts ? result->n_parts : 1) * sizeof *order);
    if (!start || !order) {
        free(start);
        free(order);
        return YJJH_E_NOMEM;
    }
    for (size_t i = 0; i < result->n_parts; i++)
        start[result->parts[i].county + 1]++;
    for (size_t c = 0; c < nc; c++)
        start[c + 1] += start[c];
    {
        size_t *fill = malloc((nc + 1) * sizeof *fill);
        if (!fill) {
            free(start);
            free(order);
            return YJJH_E_NOMEM;
        }
        memcpy(fill, start, (nc + 1) * sizeof *fill);
        for (size_t i = 0; i < result->n_parts; i++)
            order[fill[result->parts[i].county]++] = i;
        free(fill);
    }

    root = check(&j, cJSON_CreateObject());
    add_str(&j, root, "schema_version", YJJH_JSON_SCHEMA_VERSION);
    add_str(&j, root, "yjjh_version", yjjh_version_string());
    add_str(&j, root, "profile", result->profile_name);
    counties = add_arr(&j, root, "counties");
    for (size_t c = 0; c < nc && !j.fail; c++) {
        const yjjh__county *cy = &result->counties[c];
        cJSON *co = append_obj(&j, counties), *reasons, *stages, *schools, *items;
        add_str_or_null(&j, co, "county_code", cy->code);
        add_str_or_null(&j, co, "county_name", cy->name);
        add_str(&j, co, "verdict", yjjh_verdict_name(cy->verdict));
        reasons = add_arr(&j, co, "reasons");
        for (size_t q = 0; q < cy->n_reasons; q++) {
            const yjjh__reason *rs = &cy->reasons[q];
            cJSON *ro = append_obj(&j, reasons);
            add_str(&j, ro, "code", rs->code);
            if (rs->stage == YJJH_STAGE_NONE)
                check(&j, ro ? cJSON_AddNullToObject(ro, "stage") : ro);
            else
                add_str(&j, ro, "stage", yjjh_stage_name(rs->stage));
            add_str(&j, ro, "message", rs->message);
            if (rs->school_id && rs->school_id[0])
                add_str(&j, ro, "school_id", rs->school_id);
            if (!isnan(rs->value))
                add_num(&j, ro, "value", rs->value);
            if (!isnan(rs->required))
                add_num(&j, ro, "required", rs->required);
        }
        stages = add_obj(&j, co, "stages");
        if (cy->stage[0].present)
            stage_json(&j, stages, result, &cy->stage[0], "primary");
        if (cy->stage[1].present)
            stage_json(&j, stages, result, &cy->stage[1], "junior");
        schools = add_arr(&j, co, "schools");
        for (size_t q = start[c]; q < start[c + 1] && !j.fail; q++)
            part_json(&j, schools, result, &result->parts[order[q]]);
        items = add_obj(&j, co, "items");
        for (size_t q = 0; q < cy->items.n; q++) {
            const yjjh__item *it = &cy->items.items[q];
            cJSON *io = add_obj(&j, items, it->code);
            add_str(&j, io, "status", yjjh_item_status_name(it->status));
            if (!isnan(it->value))
                add_num(&j, io, "value", it->value);
            if (!isnan(it->required))
                add_num(&j, io, "required", it->required);
            if (it->message && it->message[0])
                add_str(&j, io, "message", it->message);
        }
    }
    free(start);
    free(order);
    if (j.fail) {
        cJSON_Delete(root);
        return YJJH_E_NOMEM;
    }
    text = cJSON_Print(root);
    cJSON_Delete(root);
    if (!text)
        return YJJH_E_NOMEM;
    copy = yjjh__strdup(text); /* our own allocator (yjjh_free), whatever hooks cJSON was given */
    cJSON_free(text);
    if (!copy)
        return YJJH_E_NOMEM;
    *out = copy;
    return YJJH_OK;
}
