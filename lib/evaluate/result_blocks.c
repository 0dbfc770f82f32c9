/* SPDX-License-Identifier: MIT */
/* yjjh_result_part_columns(): several fields of every school part in one pass over the parts (the fast path for
 * data frames, which take a dozen or more part columns at once: one pass per field reads the whole part array
 * each time). The values are those of yjjh_result_part_column(). */
#include <math.h>
#include <stddef.h>

#include "evaluate/evaluate_internal.h"

/* Parts per tile: the tile's parts stay in cache while every field is copied from them. */
#define TILE 256

static int per_indicator(yjjh_part_field f)
{
    return f == YJJH_PART_VALUE || f == YJJH_PART_MET || f == YJJH_PART_RATIO || f == YJJH_PART_SHORTFALL;
}

/* One field of one part, as yjjh_result_part_column() gives it. */
static double part_value(const yjjh_result *r, const yjjh__part *pt, yjjh_part_field field, size_t k)
{
    int values = pt->in_scope;              /* indicator values computed */
    int rule = pt->in_scope && r->has_rule; /* school rule computed */
    switch (field) {
    case YJJH_PART_ROW: return (double)pt->row;
    case YJJH_PART_COUNTY: return (double)pt->county;
    case YJJH_PART_STAGE: return (double)pt->stage;
    case YJJH_PART_IN_SCOPE: return pt->in_scope ? 1.0 : 0.0;
    case YJJH_PART_EXCLUDED: return (double)pt->excluded;
    case YJJH_PART_STUDENTS: return pt->students;
    case YJJH_PART_VALUE: return values ? pt->rule.value[k] : NAN;
    case YJJH_PART_MET: return rule ? (double)pt->rule.met[k] : NAN;
    case YJJH_PART_RATIO: return rule ? pt->rule.ratio[k] : NAN;
    case YJJH_PART_SHORTFALL: return rule ? pt->rule.shortfall[k] : NAN;
    case YJJH_PART_MET_COUNT: return rule ? (double)pt->rule.met_count : NAN;
    case YJJH_PART_PASSED: return rule ? (double)pt->rule.passed : NAN;
    }
    return NAN;
}

yjjh_status yjjh_result_part_columns(double *out, size_t n, const yjjh_result *result, const yjjh_part_field *fields,
                                     const size_t *indicators, size_t n_fields)
{
    if (!result || (n_fields > 0 && (!out || !fields || !indicators)))
        return YJJH_E_NULL_ARG;
    if (n != result->n_parts)
        return YJJH_E_LENGTH_MISMATCH;
    for (size_t f = 0; f < n_fields; f++) {
        if ((int)fields[f] < (int)YJJH_PART_ROW || (int)fields[f] > (int)YJJH_PART_PASSED)
            return YJJH_E_OUT_OF_RANGE;
        if (per_indicator(fields[f]) && indicators[f] >= result->n_indicators)
            return YJJH_E_OUT_OF_RANGE;
    }
    for (size_t start = 0; start < n; start += TILE) {
        size_t end = n - start < TILE ? n : start + TILE;
        for (size_t f = 0; f < n_fields; f++) {
            double *o = out + f * n;
            yjjh_part_field field = fields[f];
            size_t k = per_indicator(field) ? indicators[f] : 0;
            for (size_t i = start; i < end; i++)
                o[i] = part_value(result, &result->parts[i], field, k);
        }
    }
    return YJJH_OK;
}
