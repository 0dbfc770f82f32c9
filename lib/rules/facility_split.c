/* SPDX-License-Identifier: MIT */
/* The facility split of 一贯制 and 完全中学 schools: a shared total divided between stages by weighted
 * enrolment (indicators.md §2.1) — the public yjjh_facility_split_compute() and the numerator of a school part
 * that the evaluator takes from it. The default weights are those of params.def (stage_weight). */
#include <math.h>
#include "yjjh/yjjh.h"
#include "rules/facility_split.h"
#include "common/util.h"

yjjh_status yjjh_facility_split_compute(double *out_amounts, double *out_per_student, double total,
                                        const double *students, const double *weights)
{
    const double default_weights[3] = {yjjh__params[P_STAGE_WEIGHT_PRIMARY].national_2017,
                                       yjjh__params[P_STAGE_WEIGHT_JUNIOR].national_2017,
                                       yjjh__params[P_STAGE_WEIGHT_SENIOR].national_2017};
    if (!students || (!out_amounts && !out_per_student))
        return YJJH_E_NULL_ARG;
    const double *w = weights ? weights : default_weights;
    if (!isfinite(total))
        return YJJH_E_NOT_FINITE;
    for (int s = 0; s < 3; s++) {
        if (!isfinite(students[s]) || !isfinite(w[s]))
            return YJJH_E_NOT_FINITE;
    }
    if (total < 0.0)
        return YJJH_E_NEGATIVE;
    for (int s = 0; s < 3; s++) {
        if (students[s] < 0.0)
            return YJJH_E_NEGATIVE;
        if (!(w[s] > 0.0))
            return YJJH_E_BAD_WEIGHT;
    }
    double d = w[0] * students[0] + w[1] * students[1] + w[2] * students[2];
    if (!(d > 0.0))
        return YJJH_E_ZERO_STUDENTS;
    if (!isfinite(d))
        return YJJH_E_OVERFLOW;
    double amt[3], per[3];
    for (int s = 0; s < 3; s++) {
        if (students[s] > 0.0) {
            per[s] = total * w[s] / d;
            amt[s] = total * (w[s] * students[s]) / d;
            /* very large totals: divide first rather than overflow */
            if (!isfinite(amt[s]))
                amt[s] = total / d * (w[s] * students[s]);
            if (!isfinite(per[s]))
                per[s] = total / d * w[s];
            if (!isfinite(amt[s]) || !isfinite(per[s]))
                return YJJH_E_OVERFLOW;
        } else {
            per[s] = amt[s] = 0.0;
        }
    }
    for (int s = 0; s < 3; s++) {
        if (out_amounts)
            out_amounts[s] = amt[s];
        if (out_per_student)
            out_per_student[s] = per[s];
    }
    return YJJH_OK;
}

void yjjh__stage_weights(double w[3], const yjjh_profile *p)
{
    w[0] = yjjh__p(p, P_STAGE_WEIGHT_PRIMARY);
    w[1] = yjjh__p(p, P_STAGE_WEIGHT_JUNIOR);
    w[2] = yjjh__p(p, P_STAGE_WEIGHT_SENIOR);
}

/* The numerator of a part from its cells (§2.1): sc the cell of the stage's column, total the school-total cell
 * (facilities only); students/n_with_students of the row are filled on first need (*n_with_students < 0 before).
 * Returns 0 or -1 (a split that overflows). */
static int amount_of(double *out, const yjjh_indicator_def *d, double sc, double total_cell, const yjjh__row_info *ri,
                     const yjjh__merge_add *add, int si, const double *weights, const unsigned char *serves,
                     double *students, int *n_with_students)
{
    double amounts[3], total;
    if (!d->is_facility) {
        *out = yjjh__nz(sc) + ((add && si == 0) ? add->teacher[d->num] : 0.0);
        return 0;
    }
    if (!isnan(sc)) {
        *out = sc + ((add && si == 0) ? add->stage_fac[d->num] : 0.0);
        return 0;
    }
    total = yjjh__nz(total_cell) + (add ? add->total_fac[d->num] : 0.0);
    if (*n_with_students < 0) {
        *n_with_students = 0;
        for (int s = 0; s < 3; s++) {
            students[s] = serves[s] ? ri->merged[s] : 0.0;
            *n_with_students += students[s] > 0;
        }
    }
    if (*n_with_students == 1 && students[si] > 0) { /* nothing to share: F itself, exactly */
        *out = total;
        return 0;
    }
    if (yjjh_facility_split_compute(amounts, NULL, total, students, weights) != YJJH_OK) {
        *out = NAN;
        return -1;
    }
    *out = amounts[si];
    return 0;
}

int yjjh__part_amount(double *out, const yjjh_schools *t, const yjjh_profile *p, const yjjh__row_info *ri,
                      const yjjh__merge_add *add, size_t row, yjjh_stage stage, const yjjh_indicator_def *d)
{
    double students[3], weights[3];
    unsigned char serves[3];
    int n_with_students = -1;
    yjjh__stage_weights(weights, p);
    serves[0] = (unsigned char)yjjh__type_serves(ri->type, YJJH_STAGE_PRIMARY);
    serves[1] = (unsigned char)yjjh__type_serves(ri->type, YJJH_STAGE_JUNIOR);
    serves[2] = (unsigned char)yjjh__type_serves(ri->type, YJJH_STAGE_SENIOR);
    return amount_of(out, d, yjjh__cell(t, yjjh__numerator_column(d->num, stage), row),
                     yjjh__cell(t, yjjh__numerator_column(d->num, YJJH_STAGE_NONE), row), ri, add,
                     yjjh__stage_index(stage), weights, serves, students, &n_with_students);
}

void yjjh__part_plan_init(yjjh__part_plan *pl, const yjjh_schools *t, const yjjh_profile *p)
{
    pl->n = p->n_indicators;
    for (size_t k = 0; k < pl->n; k++) {
        const yjjh_indicator_def *d = p->indicators[k];
        pl->ind[k] = d;
        pl->stage_col[0][k] = yjjh__schools_numbers(t, yjjh__numerator_column(d->num, YJJH_STAGE_PRIMARY));
        pl->stage_col[1][k] = yjjh__schools_numbers(t, yjjh__numerator_column(d->num, YJJH_STAGE_JUNIOR));
        pl->total_col[k] = yjjh__schools_numbers(t, yjjh__numerator_column(d->num, YJJH_STAGE_NONE));
    }
    yjjh__stage_weights(pl->weights, p);
    for (int ty = 0; ty <= YJJH__T_SPECIAL; ty++) {
        pl->serves[ty][0] = (unsigned char)yjjh__type_serves((yjjh__school_type)ty, YJJH_STAGE_PRIMARY);
        pl->serves[ty][1] = (unsigned char)yjjh__type_serves((yjjh__school_type)ty, YJJH_STAGE_JUNIOR);
        pl->serves[ty][2] = (unsigned char)yjjh__type_serves((yjjh__school_type)ty, YJJH_STAGE_SENIOR);
    }
}

int yjjh__part_amounts(double *out, const yjjh__part_plan *pl, const yjjh__row_info *ri, const yjjh__merge_add *add,
                       size_t row, int si)
{
    double students[3];
    int n_with_students = -1, status = 0;
    for (size_t k = 0; k < pl->n; k++) {
        const double *sc = pl->stage_col[si][k], *tc = pl->total_col[k];
        if (amount_of(&out[k], pl->ind[k], sc ? sc[row] : NAN, tc ? tc[row] : NAN, ri, add, si, pl->weights,
                      pl->serves[ri->type], students, &n_with_students) != 0)
            status = -1;
    }
    return status;
}
