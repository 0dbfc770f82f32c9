/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_staffing.h
 * @brief The staffing calculator (教职工编制, 专任教师): required staff for an enrolment by a profile's ratios,
 *        and the shortfall against actual numbers.
 * @since 0.2 (split out of yjjh_profile_file.h)
 */
#ifndef YJJH_STAFFING_H
#define YJJH_STAFFING_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Version of #yjjh_staffing understood by this header. */
#define YJJH_STAFFING_VERSION 1
/** Static initialiser of #yjjh_staffing. @since 0.2 */
/* clang-format off */
#define YJJH_STAFFING_INIT { YJJH_STAFFING_VERSION, 0.0, 0.0, 0.0, 0.0 }
/* clang-format on */

/** Staffing need of a school or county stage (教职工编制, 专任教师). */
typedef struct yjjh_staffing {
    unsigned int version;  /**< Set to #YJJH_STAFFING_VERSION before the call. */
    double staff_required; /**< ceil(students / staff_ratio): 教职工 needed (1:19, 1:13.5, 1:12.5). */
    double fulltime_required; /**< ceil(staff_required × fulltime_teacher_share) 专任教师 (NaN for senior: no share). */
    double staff_shortfall;    /**< max(0, staff_required − staff); NaN when staff was not given (NaN). */
    double fulltime_shortfall; /**< max(0, fulltime_required − fulltime); NaN when not given or not defined. */
} yjjh_staffing;

/**
 * @brief Staffing calculator: required staff for an enrolment by the profile's ratio (教职工与学生比) and the
 *        专任教师 share, and the shortfall against actual numbers.
 *
 * Rounding: a part of a person is a whole person (ceil), with the relative tolerance 1e-9 so that 190 primary
 * students need exactly 10 staff.
 * @param[in,out] out      Caller's struct with version set to #YJJH_STAFFING_VERSION.
 * @param[in]     profile  The profile.
 * @param[in]     stage    Primary, junior or senior.
 * @param[in]     students Enrolment (≥ 0, finite).
 * @param[in]     staff    Actual 教职工 (≥ 0), or NaN when unknown.
 * @param[in]     fulltime Actual 专任教师 (≥ 0), or NaN when unknown.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_BAD_STAGE; #YJJH_E_NOT_FINITE (students
 *         NaN/inf, or staff/fulltime infinite); #YJJH_E_NEGATIVE.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_staffing_compute(yjjh_staffing *out, const yjjh_profile *profile,
                                                                   yjjh_stage stage, double students, double staff,
                                                                   double fulltime);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_STAFFING_H */
