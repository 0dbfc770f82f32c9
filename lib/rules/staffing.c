/* SPDX-License-Identifier: MIT */
/* Staffing calculator (教职工编制): required staff by 教职工与学生比 and the 专任教师 share (indicators.md §8). */
#include <math.h>
#include "profile/profile.h"

/* Whole persons: ceil with the relative tolerance, so 190 / 19 = 10.000000000000002 still needs 10. */
static double ceil_tol(double x) { return ceil(x - YJJH_TOLERANCE * fabs(x)); }

yjjh_status yjjh_staffing_compute(yjjh_staffing *out, const yjjh_profile *profile, yjjh_stage stage, double students,
                                  double staff, double fulltime)
{
    int si;
    double ratio, share = NAN;
    if (!out || !profile)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_STAFFING_VERSION)
        return YJJH_E_STRUCT_VERSION;
    si = yjjh__stage_index(stage);
    if (si < 0)
        return YJJH_E_BAD_STAGE;
    if (!isfinite(students) || isinf(staff) || isinf(fulltime))
        return YJJH_E_NOT_FINITE;
    if (students < 0 || staff < 0 || fulltime < 0)
        return YJJH_E_NEGATIVE;
    ratio = profile->v[si == 0 ? P_STAFF_RATIO_PRIMARY : si == 1 ? P_STAFF_RATIO_JUNIOR : P_STAFF_RATIO_SENIOR];
    if (si < 2)
        share = profile->v[si == 0 ? P_FULLTIME_SHARE_PRIMARY : P_FULLTIME_SHARE_JUNIOR];
    out->staff_required = ceil_tol(students / ratio);
    out->fulltime_required = isnan(share) ? NAN : ceil_tol(out->staff_required * share);
    out->staff_shortfall = isnan(staff) ? NAN : fmax(0.0, out->staff_required - staff);
    out->fulltime_shortfall =
        (isnan(fulltime) || isnan(out->fulltime_required)) ? NAN : fmax(0.0, out->fulltime_required - fulltime);
    return YJJH_OK;
}
