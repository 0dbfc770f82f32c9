/* SPDX-License-Identifier: MIT */
/* Accessors of the evaluation result (yjjh_result.h). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/evaluate_internal.h"

const char *yjjh_result_profile_name(const yjjh_result *result) { return result ? result->profile_name : ""; }

size_t yjjh_result_county_count(const yjjh_result *result) { return result ? result->n_counties : 0; }

yjjh_status yjjh_result_county_get(yjjh_county_summary *out, const yjjh_result *result, size_t ci)
{
    const yjjh__county *cy;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_COUNTY_SUMMARY_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (ci >= result->n_counties)
        return YJJH_E_OUT_OF_RANGE;
    cy = &result->counties[ci];
    out->county_code = cy->code;
    out->county_name = cy->name;
    out->verdict = cy->verdict;
    out->n_reasons = cy->n_reasons;
    out->n_items = cy->items.n;
    out->has_primary = cy->stage[0].present;
    out->has_junior = cy->stage[1].present;
    return YJJH_OK;
}

/* The stage result of county ci, or a status. */
static yjjh_status find_stage(const yjjh__stage_result **out, const yjjh_result *result, size_t ci, yjjh_stage stage)
{
    int si;
    if (ci >= result->n_counties)
        return YJJH_E_OUT_OF_RANGE;
    if (stage != YJJH_STAGE_PRIMARY && stage != YJJH_STAGE_JUNIOR)
        return YJJH_E_BAD_STAGE;
    si = stage == YJJH_STAGE_PRIMARY ? 0 : 1;
    if (!result->counties[ci].stage[si].present)
        return YJJH_E_NOT_FOUND;
    *out = &result->counties[ci].stage[si];
    return YJJH_OK;
}

yjjh_status yjjh_result_stage_get(yjjh_stage_summary *out, const yjjh_result *result, size_t ci, yjjh_stage stage)
{
    const yjjh__stage_result *sr;
    yjjh_status st;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_STAGE_SUMMARY_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if ((st = find_stage(&sr, result, ci, stage)) != YJJH_OK)
        return st;
    out->students = sr->students;
    out->schools_in_scope = sr->schools_in_scope;
    out->schools_passing = sr->schools_passing;
    out->composite_defined = sr->composite_defined;
    out->composite_cv = sr->composite_cv;
    out->composite_cv_max = sr->composite_cv_max;
    out->composite_cv_met = sr->composite_cv_met;
    return YJJH_OK;
}

yjjh_status yjjh_result_indicator_get(yjjh_indicator_result *out, const yjjh_result *result, size_t ci,
                                      yjjh_stage stage, size_t k)
{
    const yjjh__stage_result *sr;
    yjjh_status st;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_INDICATOR_RESULT_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if ((st = find_stage(&sr, result, ci, stage)) != YJJH_OK)
        return st;
    if (k >= result->n_indicators)
        return YJJH_E_OUT_OF_RANGE;
    *out = sr->ind[k];
    return YJJH_OK;
}

yjjh_status yjjh_result_reason_get(yjjh_reason *out, const yjjh_result *result, size_t ci, size_t j)
{
    const yjjh__reason *r;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_REASON_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (ci >= result->n_counties || j >= result->counties[ci].n_reasons)
        return YJJH_E_OUT_OF_RANGE;
    r = &result->counties[ci].reasons[j];
    out->code = r->code;
    out->stage = r->stage;
    out->school_id = r->school_id;
    out->value = r->value;
    out->required = r->required;
    out->message = yjjh__reason_message(result, r);
    return out->message ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_result_item_get(yjjh_item_result *out, const yjjh_result *result, size_t ci, size_t j)
{
    const yjjh__item *it;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_ITEM_RESULT_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (ci >= result->n_counties || j >= result->counties[ci].items.n)
        return YJJH_E_OUT_OF_RANGE;
    it = &result->counties[ci].items.items[j];
    out->code = it->code;
    out->status = it->status;
    out->value = it->value;
    out->required = it->required;
    out->message = it->message ? it->message : "";
    return YJJH_OK;
}

size_t yjjh_result_part_count(const yjjh_result *result) { return result ? result->n_parts : 0; }

yjjh_status yjjh_result_part_get(yjjh_part_result *out, const yjjh_result *result, size_t i)
{
    const yjjh__part *pt;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_PART_RESULT_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= result->n_parts)
        return YJJH_E_OUT_OF_RANGE;
    pt = &result->parts[i];
    out->row = pt->row;
    out->county = pt->county;
    out->school_id = pt->school_id;
    out->school_name = pt->school_name;
    out->stage = pt->stage;
    out->in_scope = pt->in_scope;
    out->excluded = pt->excluded;
    out->students = pt->students;
    out->rule.version = YJJH_RULE_RESULT_VERSION;
    out->rule.n_indicators = pt->rule.n_indicators;
    out->rule.met_count = pt->rule.met_count;
    out->rule.passed = pt->rule.passed;
    return YJJH_OK;
}

yjjh_status yjjh_result_part_indicator_get(yjjh_rule_indicator *out, const yjjh_result *result, size_t i, size_t k)
{
    const yjjh__part *pt;
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_RULE_INDICATOR_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= result->n_parts || k >= result->n_indicators)
        return YJJH_E_OUT_OF_RANGE;
    pt = &result->parts[i];
    if (k >= pt->rule.n_indicators)
        return YJJH_E_NOT_FOUND;
    yjjh__rule_indicator_fill(out, &pt->rule, k);
    return YJJH_OK;
}

yjjh_status yjjh_result_part_column(double *out, size_t n, const yjjh_result *result, yjjh_part_field field, size_t k)
{
    /* the one-field case of the block getter (result_blocks.c): the same checks, in the same order, and values */
    return yjjh_result_part_columns(out, n, result, &field, &k, 1);
}

const char *yjjh_verdict_name(yjjh_verdict verdict)
{
    switch (verdict) {
    case YJJH_VERDICT_PASS: return "pass";
    case YJJH_VERDICT_FAIL: return "fail";
    case YJJH_VERDICT_INCOMPLETE: return "incomplete";
    }
    return "unknown";
}

const char *yjjh_exclusion_name(yjjh_exclusion reason)
{
    switch (reason) {
    case YJJH_EXCLUDED_NONE: return "";
    case YJJH_EXCLUDED_SPECIAL: return "special";
    case YJJH_EXCLUDED_PRIVATE: return "private";
    case YJJH_EXCLUDED_TEACHING_POINT: return "teaching_point";
    case YJJH_EXCLUDED_NO_STUDENTS: return "no_students";
    }
    return "";
}

const char *yjjh_item_status_name(yjjh_item_status status)
{
    switch (status) {
    case YJJH_ITEM_MET: return "met";
    case YJJH_ITEM_NOT_MET: return "not_met";
    case YJJH_ITEM_NOT_ASSESSED: return "not_assessed";
    }
    return "unknown";
}

yjjh_status yjjh__result_part_index(const yjjh_result *r, size_t **start_out, size_t **order_out)
{
    size_t nc = r->n_counties, *start, *order, *fill;
    *start_out = NULL;
    *order_out = NULL;
    start = calloc(nc + 1, sizeof *start);
    order = malloc((r->n_parts ? r->n_parts : 1) * sizeof *order);
    fill = malloc((nc + 1) * sizeof *fill);
    if (!start || !order || !fill) {
        free(start);
        free(order);
        free(fill);
        return YJJH_E_NOMEM;
    }
    for (size_t i = 0; i < r->n_parts; i++)
        start[r->parts[i].county + 1]++;
    for (size_t c = 0; c < nc; c++)
        start[c + 1] += start[c];
    memcpy(fill, start, (nc + 1) * sizeof *fill);
    for (size_t i = 0; i < r->n_parts; i++)
        order[fill[r->parts[i].county]++] = i;
    free(fill);
    *start_out = start;
    *order_out = order;
    return YJJH_OK;
}
