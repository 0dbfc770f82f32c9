/* SPDX-License-Identifier: MIT */
/* Private: the numerator of a school part, with the facility split of indicators.md §2.1. Never installed. */
#ifndef YJJH_LIB_FACILITY_SPLIT_H
#define YJJH_LIB_FACILITY_SPLIT_H

#include <stddef.h>
#include "profile/profile.h"
#include "rules/scope.h"

/* The stage weights of the profile (stage_weight primary, junior, senior) into w[3]. */
void yjjh__stage_weights(double w[3], const yjjh_profile *p);

/* Numerator of indicator d for one stage of a validated row (§2.1): a teacher count of the stage; a facility
 * given for the stage; else the school total split between the stages the school type serves by weighted
 * enrolment (exactly the total when only this stage has students). `add` (or NULL) is what merged teaching
 * points add to this row (scope.h). Returns 0, or -1 when the split overflows. */
int yjjh__part_amount(double *out, const yjjh_schools *t, const yjjh_profile *p, const yjjh__row_info *ri,
                      const yjjh__merge_add *add, size_t row, yjjh_stage stage, const yjjh_indicator_def *d);

/* The numerator columns of a profile's indicators in one table and the stage weights, looked up once for every
 * part of an evaluation (yjjh__part_plan_init()); the table and profile must outlive it. */
typedef struct yjjh__part_plan {
    size_t n; /* the profile's indicators */
    const yjjh_indicator_def *ind[YJJH__MAX_INDICATORS];
    const double *stage_col[2][YJJH__MAX_INDICATORS]; /* primary, junior column of each numerator (NULL: not set) */
    const double *total_col[YJJH__MAX_INDICATORS];    /* school-total facility column (NULL: none or not set) */
    double weights[3];
    unsigned char serves[YJJH__T_SPECIAL + 1][3]; /* yjjh__type_serves() of each known type and stage */
} yjjh__part_plan;

void yjjh__part_plan_init(yjjh__part_plan *pl, const yjjh_schools *t, const yjjh_profile *p);

/* yjjh__part_amount() of every indicator of the plan, in profile order, for stage si (0 primary, 1 junior) of
 * row (a school of known type): out[k] for k < pl->n. Returns 0, or -1 when a split overflows (that out[k] is then
 * NaN). */
int yjjh__part_amounts(double *out, const yjjh__part_plan *pl, const yjjh__row_info *ri, const yjjh__merge_add *add,
                       size_t row, int si);

#endif
