/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_profile.h
 * @brief Profiles (评估方案): the built-in ones, profiles loaded from JSON files, their names, scheme and
 *        indicators, and their JSON view. The thresholds of a profile are in yjjh_standards.h.
 *
 * A profile is an immutable object: built-in ones are created by yjjh_profile_builtin(), others are loaded by
 * yjjh_profile_load_file() / yjjh_profile_load_json(); every profile is freed with yjjh_profile_free(). A profile
 * may be shared by any number of threads for reading.
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
 * @since 0.2 (split out of yjjh_standards.h and yjjh_profile_file.h)
 */
#ifndef YJJH_PROFILE_H
#define YJJH_PROFILE_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_diag.h"

#ifdef __cplusplus
extern "C" {
#endif

/** An evaluation profile (opaque). */
typedef struct yjjh_profile yjjh_profile;

/** Evaluation scheme of a profile: which indicators, CV rule and school rule it has. Values pinned. */
typedef enum yjjh_scheme {
    YJJH_SCHEME_NONE = 0,         /**< No profile (yjjh_profile_scheme() of NULL). */
    YJJH_SCHEME_QUALITY_2017 = 1, /**< 优质均衡 (2017): R1–R7, school rule, a CV maximum per indicator. */
    YJJH_SCHEME_BASIC_2012 = 2    /**< 基本均衡 (2012): B1–B8, composite CV, no school rule. */
} yjjh_scheme;

/**
 * @brief Number of built-in profiles (the two national ones and the data profiles compiled in).
 * @return The number of built-in profiles (at least 2).
 * @since 0.1
 */
YJJH_API size_t yjjh_profile_builtin_count(void);

/**
 * @brief Name of the i-th built-in profile ("national-2017" is index 0, "national-2012-basic" index 1,
 *        then the data profiles compiled in from profiles/NAME.json, e.g. "gansu-jinchang").
 * @param[out] out The name (static string).
 * @param[in]  i   Index, 0 ≤ i < yjjh_profile_builtin_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_builtin_get(const char **out, size_t i);

/**
 * @brief Create a built-in profile by name.
 * @param[out] out  New profile; free with yjjh_profile_free(). Set to NULL on error.
 * @param[in]  name "national-2017" (优质均衡, the default) or another name of yjjh_profile_builtin_get().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_PROFILE; #YJJH_E_NOMEM; #YJJH_E_INTERNAL (a
 *         compiled-in data profile is invalid: a build error).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_builtin(yjjh_profile **out, const char *name);

/**
 * @brief Free a profile.
 * @param[in] profile The profile, or NULL (then nothing happens).
 * @since 0.1
 */
YJJH_API void yjjh_profile_free(yjjh_profile *profile);

/**
 * @brief Name of a profile, e.g. "national-2017".
 * @param[in] profile The profile, or NULL.
 * @return A string owned by the profile; "" for NULL.
 * @since 0.1
 */
YJJH_API const char *yjjh_profile_name(const yjjh_profile *profile);

/**
 * @brief Chinese title of a profile, e.g. "县域义务教育优质均衡发展督导评估 (2017)".
 * @param[in] profile The profile, or NULL.
 * @return A string owned by the profile; "" for NULL.
 * @since 0.1
 */
YJJH_API const char *yjjh_profile_title(const yjjh_profile *profile);

/**
 * @brief Evaluation scheme of a profile. #YJJH_SCHEME_QUALITY_2017 has the per-school rule (每所学校达标) and a
 *        CV maximum per indicator; #YJJH_SCHEME_BASIC_2012 has the composite CV (综合差异系数) and no school rule.
 * @param[in] profile The profile, or NULL.
 * @return The scheme; #YJJH_SCHEME_NONE for NULL.
 * @since 0.2
 */
YJJH_API yjjh_scheme yjjh_profile_scheme(const yjjh_profile *profile);

/**
 * @brief Name of a scheme as in the profile JSON: "quality_2017", "basic_2012"; "none" otherwise.
 * @param[in] scheme Any value.
 * @return A static string, never NULL.
 * @since 0.2
 */
YJJH_API const char *yjjh_scheme_name(yjjh_scheme scheme);

/**
 * @brief Number of resource indicators the profile evaluates.
 * @param[in] profile The profile, or NULL.
 * @return 7 for national-2017, 8 for national-2012-basic; 0 for NULL.
 * @since 0.1
 */
YJJH_API size_t yjjh_profile_indicator_count(const yjjh_profile *profile);

/**
 * @brief Describe the k-th indicator of the profile, in the profile's order (R1…R7 or B1…B8).
 * @param[in,out] out     Caller's struct with version set to #YJJH_INDICATOR_INFO_VERSION.
 * @param[in]     profile The profile.
 * @param[in]     k       0 ≤ k < yjjh_profile_indicator_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_indicator_get(yjjh_indicator_info *out,
                                                                        const yjjh_profile *profile, size_t k);

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
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_IO_OPEN, #YJJH_E_IO_READ (a relative `extends` file);
 *         #YJJH_E_INVALID_PROFILE; #YJJH_E_UNKNOWN_PROFILE; #YJJH_E_NOMEM.
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

#ifdef __cplusplus
}
#endif

#endif /* YJJH_PROFILE_H */
