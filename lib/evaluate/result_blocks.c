/* SPDX-License-Identifier: MIT */
/* yjjh_result_part_columns(): several fields of every school part in one pass over the parts (the fast path for
 * data frames, which take a dozen or more part columns at once: one pass per field reads the whole part array
 * each time). The values are those of yjjh_result_part_column(). */
#include <math.h>
#include <stddef.h>

#include "evaluate/evaluate_internal.h"

/* Parts per tile: the tile's parts (about 700 bytes each) stay in the L1 cache while every field is copied. */
#define TILE 32

static int per_indicator(yjjh_part_field f)
{
    return f == YJJH_PART_VALUE || f == YJJH_PART_MET || f == YJJH_PART_RATIO || f == YJJH_PART_SHORTFALL;
}

/* One field of parts [start, end) into o, as yjjh_result_part_column() gives it (the field's case chosen once
 * per tile, not per part). */
static void fill_tile(double *o, const yjjh_result *r, yjjh_part_field field, size_t k, size_t start, size_t end)
{
    const yjjh__part *pt = r->parts;
    const int has_rule = r->has_rule;
#define FILL(expr)                                                                                                     \
  for (size_t i = start; i < end; i++)                                                                                 \
    o[i] = (expr);                                                                                                     \
  break
    switch (field) {
    case YJJH_PART_ROW: FILL((double)pt[i].row);
    case YJJH_PART_COUNTY: FILL((double)pt[i].county);
    case YJJH_PART_STAGE: FILL((double)pt[i].stage);
    case YJJH_PART_IN_SCOPE: FILL(pt[i].in_scope ? 1.0 : 0.0);
    case YJJH_PART_EXCLUDED: FILL((double)pt[i].excluded);
    case YJJH_PART_STUDENTS: FILL(pt[i].students);
    case YJJH_PART_VALUE: FILL(pt[i].in_scope ? pt[i].rule.value[k] : NAN);
    case YJJH_PART_MET: FILL(pt[i].in_scope && has_rule ? (double)pt[i].rule.met[k] : NAN);
    case YJJH_PART_RATIO: FILL(pt[i].in_scope && has_rule ? pt[i].rule.ratio[k] : NAN);
    case YJJH_PART_SHORTFALL: FILL(pt[i].in_scope && has_rule ? pt[i].rule.shortfall[k] : NAN);
    case YJJH_PART_MET_COUNT: FILL(pt[i].in_scope && has_rule ? (double)pt[i].rule.met_count : NAN);
    case YJJH_PART_PASSED: FILL(pt[i].in_scope && has_rule ? (double)pt[i].rule.passed : NAN);
    }
#undef FILL
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
        for (size_t f = 0; f < n_fields; f++)
            fill_tile(out + f * n, result, fields[f], per_indicator(fields[f]) ? indicators[f] : 0, start, end);
    }
    return YJJH_OK;
}
