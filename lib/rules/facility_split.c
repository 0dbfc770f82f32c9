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

int yjjh__part_amount(double *out, const yjjh_schools *t, const yjjh_profile *p, const yjjh__row_info *ri,
                      const yjjh__merge_add *add, size_t row, yjjh_stage stage, const yjjh_indicator_def *d)
{
    static const yjjh_stage stages[3] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR, YJJH_STAGE_SENIOR};
    int si = yjjh__stage_index(stage);
    double sc = yjjh__cell(t, yjjh__numerator_column(d->num, stage), row);
    double students[3], weights[3], amounts[3], total;
    int n_with_students = 0;

    if (!d->is_facility) {
        *out = yjjh__nz(sc) + ((add && si == 0) ? add->teacher[d->num] : 0.0);
        return 0;
    }
    if (!isnan(sc)) {
        *out = sc + ((add && si == 0) ? add->stage_fac[d->num] : 0.0);
        return 0;
    }
    total = yjjh__nz(yjjh__cell(t, yjjh__numerator_column(d->num, YJJH_STAGE_NONE), row)) +
            (add ? add->total_fac[d->num] : 0.0);
    for (int s = 0; s < 3; s++) {
        students[s] = yjjh__type_serves(ri->type, stages[s]) ? ri->merged[s] : 0.0;
        n_with_students += students[s] > 0;
    }
    if (n_with_students == 1 && students[si] > 0) { /* nothing to share: F itself, exactly */
        *out = total;
        return 0;
    }
    yjjh__stage_weights(weights, p);
    if (yjjh_facility_split_compute(amounts, NULL, total, students, weights) != YJJH_OK)
        return -1;
    *out = amounts[si];
    return 0;
}
