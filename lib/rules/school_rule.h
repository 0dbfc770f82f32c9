/* SPDX-License-Identifier: MIT */
/* Private: the school rule on already-validated input (used by the evaluator). Never installed. */
#ifndef YJJH_LIB_SCHOOL_RULE_H
#define YJJH_LIB_SCHOOL_RULE_H

#include "profile/profile.h"

/* The school rule of one school part with every indicator (the public API hands out its summary and one
 * yjjh_rule_indicator per indicator). */
typedef struct yjjh__rule_result {
    size_t n_indicators; /* 0 when nothing was computed */
    double value[YJJH__MAX_INDICATORS];
    double standard[YJJH__MAX_INDICATORS];
    double ratio[YJJH__MAX_INDICATORS];
    unsigned char met[YJJH__MAX_INDICATORS];         /* 0 or 1; bytes, not ints: 230k parts per national table */
    unsigned char above_floor[YJJH__MAX_INDICATORS]; /* 0 or 1 */
    double shortfall[YJJH__MAX_INDICATORS];
    unsigned int met_count;
    int passed;
} yjjh__rule_result;

/*
 * Same semantics as yjjh_school_rule_apply() without any argument check: r, p and amounts not NULL; p has a
 * school rule; stage is YJJH_STAGE_PRIMARY or YJJH_STAGE_JUNIOR; students > 0 and finite; amounts holds
 * yjjh_profile_indicator_count(p) finite values >= 0 in profile order (after the §2.1 split).
 * Fills every field of *r. Per indicator k:
 *   value      amount*100/students (per-100) or amount/students (per-student)
 *   standard   yjjh__indicator_min(p, k, stage)
 *   ratio      value / standard (NaN when the standard is 0 or NaN)
 *   met        yjjh_standard_meets_min(value, standard) (1 when the standard is NaN: nothing to meet)
 *   above_floor yjjh_standard_meets_min(value, floor_ratio * standard)
 *   shortfall  0 when met; else standard*students/100 - amount (per-100) or standard*students - amount
 *              (per-student), rounded up to a whole number for whole-unit indicators (teachers, rooms),
 *              with the 1e-9 tolerance relative to the required total.
 * passed = met_count >= school_min_met and every above_floor.
 */
void yjjh__school_rule_apply(yjjh__rule_result *r, const yjjh_profile *p, yjjh_stage stage, double students,
                             const double *amounts);

/* What the school rule of a profile compares, per stage (0 primary, 1 junior) and indicator, computed once for
 * every part of an evaluation (yjjh__rule_plan_init()): the standard and the two thresholds the tolerance makes
 * of it, so a part's rule is a few comparisons. */
typedef struct yjjh__rule_plan {
    size_t n;
    double min_met; /* school_min_met */
    const yjjh_indicator_def *ind[YJJH__MAX_INDICATORS];
    double standard[2][YJJH__MAX_INDICATORS]; /* yjjh__indicator_min(); NaN: nothing to meet */
    double met_at[2][YJJH__MAX_INDICATORS];   /* standard - 1e-9 |standard|: met when value >= met_at */
    double floor_at[2][YJJH__MAX_INDICATORS]; /* the same of floor_ratio × standard */
} yjjh__rule_plan;

void yjjh__rule_plan_init(yjjh__rule_plan *pl, const yjjh_profile *p);

/* yjjh__school_rule_apply() with a plan, for stage si (0 primary, 1 junior): the same results. */
void yjjh__school_rule_apply_plan(yjjh__rule_result *r, const yjjh__rule_plan *pl, int si, double students,
                                  const double *amounts);

/* Copy indicator k (< YJJH__MAX_INDICATORS) of r into out, keeping out->version. */
void yjjh__rule_indicator_fill(yjjh_rule_indicator *out, const yjjh__rule_result *r, size_t k);

#endif
