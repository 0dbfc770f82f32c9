/* SPDX-License-Identifier: MIT */
/* Column-wise accessors of the evaluation result (yjjh_evaluate.h): one field of every school part, reason,
 * county item or indicator row into a caller-provided array, so bindings build whole columns in one call
 * (the GEOSCoordSeq_copyToBuffer_r idea) instead of fetching one record per row. */
#include <math.h>
#include <stddef.h>

#include "evaluate/evaluate_internal.h"

/* The checks every accessor makes: arguments, length, field range. */
static yjjh_status check(const void *out, const yjjh_result *result, size_t n, size_t total, int field, int last)
{
    if (!out || !result)
        return YJJH_E_NULL_ARG;
    if (n != total)
        return YJJH_E_LENGTH_MISMATCH;
    if (field < 0 || field > last)
        return YJJH_E_OUT_OF_RANGE;
    return YJJH_OK;
}

yjjh_status yjjh_result_part_texts(const char **out, size_t n, const yjjh_result *result, yjjh_part_text field)
{
    yjjh_status st = check(out, result, n, result ? result->n_parts : 0, (int)field, (int)YJJH_PART_TEXT_SCHOOL_NAME);
    if (st != YJJH_OK)
        return st;
    for (size_t i = 0; i < n; i++) {
        const yjjh__part *pt = &result->parts[i];
        if (field == YJJH_PART_TEXT_SCHOOL_ID)
            out[i] = pt->school_id;
        else
            out[i] = pt->school_name && *pt->school_name ? pt->school_name : NULL;
    }
    return YJJH_OK;
}

size_t yjjh_result_reason_total(const yjjh_result *result)
{
    size_t total = 0;
    if (result)
        for (size_t ci = 0; ci < result->n_counties; ci++)
            total += result->counties[ci].n_reasons;
    return total;
}

yjjh_status yjjh_result_reason_column(double *out, size_t n, const yjjh_result *result, yjjh_reason_field field)
{
    size_t row = 0;
    yjjh_status st = check(out, result, n, yjjh_result_reason_total(result), (int)field, (int)YJJH_REASON_COL_REQUIRED);
    if (st != YJJH_OK)
        return st;
    for (size_t ci = 0; ci < result->n_counties; ci++) {
        const yjjh__county *cy = &result->counties[ci];
        for (size_t j = 0; j < cy->n_reasons; j++, row++) {
            const yjjh__reason *r = &cy->reasons[j];
            switch (field) {
            case YJJH_REASON_COL_COUNTY: out[row] = (double)ci; break;
            case YJJH_REASON_COL_STAGE: out[row] = (double)r->stage; break;
            case YJJH_REASON_COL_VALUE: out[row] = r->value; break;
            case YJJH_REASON_COL_REQUIRED: out[row] = r->required; break;
            }
        }
    }
    return YJJH_OK;
}

yjjh_status yjjh_result_reason_texts(const char **out, size_t n, const yjjh_result *result, yjjh_reason_text field)
{
    size_t row = 0;
    yjjh_status st = check(out, result, n, yjjh_result_reason_total(result), (int)field, (int)YJJH_REASON_TEXT_MESSAGE);
    if (st != YJJH_OK)
        return st;
    for (size_t ci = 0; ci < result->n_counties; ci++) {
        const yjjh__county *cy = &result->counties[ci];
        for (size_t j = 0; j < cy->n_reasons; j++, row++) {
            const yjjh__reason *r = &cy->reasons[j];
            switch (field) {
            case YJJH_REASON_TEXT_CODE: out[row] = r->code; break;
            case YJJH_REASON_TEXT_SCHOOL_ID: out[row] = r->school_id && *r->school_id ? r->school_id : NULL; break;
            case YJJH_REASON_TEXT_MESSAGE:
                if (!(out[row] = yjjh__reason_message(result, r)))
                    return YJJH_E_NOMEM;
                break;
            }
        }
    }
    return YJJH_OK;
}

size_t yjjh_result_item_total(const yjjh_result *result)
{
    size_t total = 0;
    if (result)
        for (size_t ci = 0; ci < result->n_counties; ci++)
            total += result->counties[ci].items.n;
    return total;
}

yjjh_status yjjh_result_item_column(double *out, size_t n, const yjjh_result *result, yjjh_item_field field)
{
    size_t row = 0;
    yjjh_status st = check(out, result, n, yjjh_result_item_total(result), (int)field, (int)YJJH_ITEM_COL_REQUIRED);
    if (st != YJJH_OK)
        return st;
    for (size_t ci = 0; ci < result->n_counties; ci++) {
        const yjjh__item_list *items = &result->counties[ci].items;
        for (size_t j = 0; j < items->n; j++, row++) {
            const yjjh__item *it = &items->items[j];
            switch (field) {
            case YJJH_ITEM_COL_COUNTY: out[row] = (double)ci; break;
            case YJJH_ITEM_COL_STATUS: out[row] = (double)it->status; break;
            case YJJH_ITEM_COL_VALUE: out[row] = it->value; break;
            case YJJH_ITEM_COL_REQUIRED: out[row] = it->required; break;
            }
        }
    }
    return YJJH_OK;
}

yjjh_status yjjh_result_item_texts(const char **out, size_t n, const yjjh_result *result, yjjh_item_text field)
{
    size_t row = 0;
    yjjh_status st = check(out, result, n, yjjh_result_item_total(result), (int)field, (int)YJJH_ITEM_TEXT_MESSAGE);
    if (st != YJJH_OK)
        return st;
    for (size_t ci = 0; ci < result->n_counties; ci++) {
        const yjjh__item_list *items = &result->counties[ci].items;
        for (size_t j = 0; j < items->n; j++, row++) {
            const yjjh__item *it = &items->items[j];
            out[row] = field == YJJH_ITEM_TEXT_CODE ? it->code : it->message ? it->message : "";
        }
    }
    return YJJH_OK;
}

size_t yjjh_result_indicator_total(const yjjh_result *result)
{
    size_t total = 0;
    if (result)
        for (size_t ci = 0; ci < result->n_counties; ci++)
            for (int si = 0; si < 2; si++)
                if (result->counties[ci].stage[si].present)
                    total += result->n_indicators;
    return total;
}

yjjh_status yjjh_result_indicator_column(double *out, size_t n, const yjjh_result *result, yjjh_indicator_field field)
{
    size_t row = 0;
    yjjh_status st =
        check(out, result, n, yjjh_result_indicator_total(result), (int)field, (int)YJJH_INDICATOR_COL_SCHOOLS_MEETING);
    if (st != YJJH_OK)
        return st;
    for (size_t ci = 0; ci < result->n_counties; ci++) {
        for (int si = 0; si < 2; si++) {
            const yjjh__stage_result *sr = &result->counties[ci].stage[si];
            if (!sr->present)
                continue;
            for (size_t k = 0; k < result->n_indicators; k++, row++) {
                const yjjh_indicator_result *r = &sr->ind[k];
                switch (field) {
                case YJJH_INDICATOR_COL_COUNTY: out[row] = (double)ci; break;
                case YJJH_INDICATOR_COL_STAGE:
                    out[row] = (double)(si == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR);
                    break;
                case YJJH_INDICATOR_COL_STANDARD: out[row] = r->standard; break;
                case YJJH_INDICATOR_COL_COUNTY_VALUE: out[row] = r->county_value; break;
                case YJJH_INDICATOR_COL_CV: out[row] = r->cv; break;
                case YJJH_INDICATOR_COL_CV_MAX: out[row] = r->cv_max; break;
                case YJJH_INDICATOR_COL_CV_MET: out[row] = r->cv_met ? 1.0 : 0.0; break;
                case YJJH_INDICATOR_COL_SCHOOLS_MEETING: out[row] = (double)r->schools_meeting; break;
                }
            }
        }
    }
    return YJJH_OK;
}

yjjh_status yjjh_result_indicator_texts(const char **out, size_t n, const yjjh_result *result,
                                        yjjh_indicator_text field)
{
    size_t row = 0;
    yjjh_status st =
        check(out, result, n, yjjh_result_indicator_total(result), (int)field, (int)YJJH_INDICATOR_TEXT_CODE);
    if (st != YJJH_OK)
        return st;
    for (size_t ci = 0; ci < result->n_counties; ci++)
        for (int si = 0; si < 2; si++)
            if (result->counties[ci].stage[si].present)
                for (size_t k = 0; k < result->n_indicators; k++, row++)
                    out[row] = result->counties[ci].stage[si].ind[k].code;
    return YJJH_OK;
}
