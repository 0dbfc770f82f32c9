/* The facility split of 一贯制 and 完全中学 schools: a shared total divided between stages by weighted
 * enrolment (indicators.md §2.1). */
#include <math.h>
#include "yjjh/yjjh.h"

yjjh_status yjjh_facility_split_compute(double *out_amounts, double *out_per_student, double total, const double *students,
                                const double *weights)
{
    static const double default_weights[3] = {1.0, 1.1, 1.32};
    if (!students || (!out_amounts && !out_per_student)) return YJJH_E_NULL_ARG;
    const double *w = weights ? weights : default_weights;
    if (!isfinite(total)) return YJJH_E_NOT_FINITE;
    for (int s = 0; s < 3; s++) {
        if (!isfinite(students[s]) || !isfinite(w[s])) return YJJH_E_NOT_FINITE;
    }
    if (total < 0.0) return YJJH_E_NEGATIVE;
    for (int s = 0; s < 3; s++) {
        if (students[s] < 0.0) return YJJH_E_NEGATIVE;
        if (!(w[s] > 0.0)) return YJJH_E_BAD_WEIGHT;
    }
    double d = w[0] * students[0] + w[1] * students[1] + w[2] * students[2];
    if (!(d > 0.0)) return YJJH_E_ZERO_STUDENTS;
    if (!isfinite(d)) return YJJH_E_OVERFLOW;
    double amt[3], per[3];
    for (int s = 0; s < 3; s++) {
        if (students[s] > 0.0) {
            per[s] = total * w[s] / d;
            amt[s] = total * (w[s] * students[s]) / d;
            /* very large totals: divide first rather than overflow */
            if (!isfinite(amt[s])) amt[s] = total / d * (w[s] * students[s]);
            if (!isfinite(per[s])) per[s] = total / d * w[s];
            if (!isfinite(amt[s]) || !isfinite(per[s])) return YJJH_E_OVERFLOW;
        } else {
            per[s] = amt[s] = 0.0;
        }
    }
    for (int s = 0; s < 3; s++) {
        if (out_amounts) out_amounts[s] = amt[s];
        if (out_per_student) out_per_student[s] = per[s];
    }
    return YJJH_OK;
}
