/**
 * @file yjjh_profile_file.h
 * @brief Profiles as data: JSON profile files with `"extends"` inheritance, and the staffing calculator.
 *
 * A profile file is a JSON object:
 * @code{.json}
 * {
 *   "name": "gansu-jinchang",
 *   "title": "甘肃省金昌市县域义务教育优质均衡发展督导评估",
 *   "extends": "national-2017",
 *   "standards": {
 *     "special_ed_funds_per_student": 7000,
 *     "quota_allocation_rate": 0.60,
 *     "R4": { "primary": 4.5, "junior": 5.8 },
 *     "teaching_points": "merge"
 *   }
 * }
 * @endcode
 * - `extends` (required) names a built-in profile or another profile file (a path relative to the file that
 *   extends it); chains are followed up to 8 levels, cycles are errors.
 * - `standards` overrides values of the parent. Keys are those of yjjh_standard_get() (`yjjh standards`);
 *   a key that has per-stage values takes an object with `primary` / `junior` / `senior` members (any subset),
 *   a stage-independent key takes a number. Switches also accept names: `teaching_points`
 *   "min_students" | "exclude" | "merge", `cv_weighting` "students" | "unweighted", `include_private`
 *   true | false.
 * - Optional `description` (ignored text). Any other key, a wrong type, an out-of-range value, a duplicate key,
 *   or a key that does not apply to the parent's scheme is an error naming the key path, e.g.
 *   `gansu.json: standards.cv_max.primary: 12 is out of range [0, 10]`.
 * @since 0.1
 */
#ifndef YJJH_PROFILE_FILE_H
#define YJJH_PROFILE_FILE_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_standards.h"
#include "yjjh/yjjh_diag.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Load a profile from a JSON file.
 * @param[out]    out  New profile (free with yjjh_profile_free()); NULL on error.
 * @param[in]     path Path of the file.
 * @param[in,out] diag Receives every problem found (may be NULL).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_IO_OPEN; #YJJH_E_IO_READ; #YJJH_E_INVALID_PROFILE;
 *         #YJJH_E_UNKNOWN_PROFILE (`extends` names no built-in profile and no file); #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_load_file(yjjh_profile **out, const char *path,
                                                                   yjjh_diag *diag);

/**
 * @brief Load a profile from JSON text in memory.
 * @param[out]    out         New profile; NULL on error.
 * @param[in]     json        UTF-8 JSON text (need not be NUL-terminated).
 * @param[in]     len         Its length in bytes.
 * @param[in]     source_name Name used in messages and as the base for relative `extends` paths; NULL for
 *                            "<profile>" (then `extends` must name a built-in profile).
 * @param[in,out] diag        Receives every problem (may be NULL).
 * @return as yjjh_profile_load_file().
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_load_json(yjjh_profile **out, const char *json, size_t len,
                                                                   const char *source_name, yjjh_diag *diag);

/**
 * @brief The profile as a JSON document: name, title, scheme, indicators and every standard (the merged table
 *        of an inheriting profile), as printed by `yjjh standards --format json`.
 * @param[out] out     NUL-terminated JSON text; free with yjjh_free().
 * @param[in]  profile The profile.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOMEM.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_to_json(char **out, const yjjh_profile *profile);

/** Version of #yjjh_staffing understood by this header. */
#define YJJH_STAFFING_VERSION 1
/** Static initialiser of #yjjh_staffing. @since 0.2 */
#define YJJH_STAFFING_INIT { YJJH_STAFFING_VERSION, 0.0, 0.0, 0.0, 0.0 }

/** Staffing need of a school or county stage (教职工编制, 专任教师). */
typedef struct yjjh_staffing {
    unsigned int version;        /**< Set to #YJJH_STAFFING_VERSION before the call. */
    double staff_required;       /**< ceil(students / staff_ratio): 教职工 needed (1:19, 1:13.5, 1:12.5). */
    double fulltime_required;    /**< ceil(staff_required × fulltime_teacher_share) 专任教师 (NaN for senior: no share). */
    double staff_shortfall;      /**< max(0, staff_required − staff); NaN when staff was not given (NaN). */
    double fulltime_shortfall;   /**< max(0, fulltime_required − fulltime); NaN when not given or not defined. */
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
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_staffing_compute(yjjh_staffing *out, const yjjh_profile *profile,
                                                               yjjh_stage stage, double students, double staff,
                                                               double fulltime);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_PROFILE_FILE_H */
