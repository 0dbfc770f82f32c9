/**
 * @file yjjh_standards.h
 * @brief Profiles (评估方案) and their standards tables: indicator minimums, CV maxima, school-rule
 *        parameters, class-size and school-size limits, staffing ratios, room areas, funding floors…
 *
 * A profile is an immutable object: built-in ones are created by yjjh_profile_builtin(); every profile is
 * freed with yjjh_profile_free(). A profile may be shared by any number of threads for reading.
 *
 * Every threshold is identified by a key and a stage (#YJJH_STAGE_NONE for stage-independent values):
 * e.g. ("R4", primary) = 4.5 m²/student, ("cv_max", junior) = 0.45, ("staff_ratio", junior) = 13.5.
 * yjjh_standard_count() / yjjh_standard_get() list them all with Chinese and English names and units.
 * @since 0.1
 */
#ifndef YJJH_STANDARDS_H
#define YJJH_STANDARDS_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Relative tolerance of every "≥ / ≤ threshold" comparison (indicators.md §2): v meets t when v ≥ t − 1e-9·t. */
#define YJJH_TOLERANCE 1e-9

/** An evaluation profile (opaque). */
typedef struct yjjh_profile yjjh_profile;

/** Evaluation scheme of a profile: which indicators, CV rule and school rule it has. Values pinned. */
typedef enum yjjh_scheme {
    YJJH_SCHEME_NONE = 0,           /**< No profile (yjjh_profile_scheme() of NULL). */
    YJJH_SCHEME_QUALITY_2017 = 1,   /**< 优质均衡 (2017): R1–R7, school rule, a CV maximum per indicator. */
    YJJH_SCHEME_BASIC_2012 = 2      /**< 基本均衡 (2012): B1–B8, composite CV, no school rule. */
} yjjh_scheme;

/** Kind of an entry of a standards table. Values pinned. */
typedef enum yjjh_standard_kind {
    YJJH_STANDARD_KIND_MINIMUM = 0,    /**< A value must be at least this (indicator standards, rates). */
    YJJH_STANDARD_KIND_MAXIMUM = 1,    /**< A value must be at most this (CV maxima, class and school size). */
    YJJH_STANDARD_KIND_PARAMETER = 2,  /**< A number the rules use (ratios, stage weights, counts). */
    YJJH_STANDARD_KIND_SWITCH = 3      /**< A choice encoded as a number (teaching_points, cv_weighting, …). */
} yjjh_standard_kind;

/** Version of #yjjh_standard understood by this header. */
#define YJJH_STANDARD_VERSION 1
/** Static initialiser of #yjjh_standard. */
#define YJJH_STANDARD_INIT { YJJH_STANDARD_VERSION, 0, YJJH_STAGE_NONE, 0.0, 0, 0, 0, YJJH_STANDARD_KIND_MINIMUM }

/** One entry of a standards table. Strings are static (valid for the life of the process). */
typedef struct yjjh_standard {
    unsigned int version;   /**< Set to #YJJH_STANDARD_VERSION before the call. */
    const char *key;        /**< Lookup key, e.g. "R1", "cv_max", "max_class_size". */
    yjjh_stage stage;       /**< Stage the value applies to, #YJJH_STAGE_NONE when stage-independent. */
    double value;           /**< The value in this profile. */
    const char *unit;       /**< Unit, e.g. "m²/student", "ratio", "persons", "元/student". */
    const char *name_zh;    /**< Chinese description. */
    const char *name_en;    /**< English description. */
    yjjh_standard_kind kind; /**< Minimum, maximum, parameter or switch (yjjh_standard_kind_name()). */
} yjjh_standard;

/**
 * @brief Number of built-in profiles.
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
 * @brief Free a profile. NULL is allowed.
 * @since 0.1
 */
YJJH_API void yjjh_profile_free(yjjh_profile *profile);

/**
 * @brief Name of a profile (e.g. "national-2017"); owned by the profile; "" for NULL.
 * @since 0.1
 */
YJJH_API const char *yjjh_profile_name(const yjjh_profile *profile);

/**
 * @brief Chinese title of a profile (e.g. "县域义务教育优质均衡发展督导评估 (2017)"); owned by the profile; "" for NULL.
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
 * @brief Name of a standard kind as printed by `yjjh standards`: "minimum", "maximum", "parameter", "switch";
 *        "unknown" otherwise.
 * @param[in] kind Any value.
 * @return A static string, never NULL.
 * @since 0.2
 */
YJJH_API const char *yjjh_standard_kind_name(yjjh_standard_kind kind);

/**
 * @brief Number of resource indicators the profile evaluates (7 for national-2017, 8 for national-2012-basic;
 *        0 for NULL).
 * @since 0.1
 */
YJJH_API size_t yjjh_profile_indicator_count(const yjjh_profile *profile);

/**
 * @brief Describe the k-th indicator of the profile, in the profile's order (R1…R7 or B1…B8).
 * @param[in,out] out     Caller's struct with version set to #YJJH_INDICATOR_INFO_VERSION.
 * @param[in]     profile The profile.
 * @param[in]     k       0 ≤ k < yjjh_profile_indicator_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_profile_indicator_get(yjjh_indicator_info *out,
                                                                   const yjjh_profile *profile, size_t k);

/**
 * @brief Look up one threshold or parameter.
 * @param[out] out     The value.
 * @param[in]  profile The profile.
 * @param[in]  key     Key as listed by yjjh_standard_get(), e.g. "R1", "cv_max", "school_min_met".
 * @param[in]  stage   The stage; #YJJH_STAGE_NONE for stage-independent keys.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE (no such key); #YJJH_E_BAD_STAGE (the key exists
 *         but not for this stage); #YJJH_E_NOT_APPLICABLE (the key does not apply to this profile, e.g. "R1"
 *         in national-2012-basic).
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_standard_lookup(double *out, const yjjh_profile *profile,
                                                                 const char *key, yjjh_stage stage);

/**
 * @brief Number of entries of the profile's standards table (0 for NULL).
 * @since 0.1
 */
YJJH_API size_t yjjh_standard_count(const yjjh_profile *profile);

/**
 * @brief The i-th entry of the profile's standards table.
 * @param[in,out] out     Caller's struct with version set to #YJJH_STANDARD_VERSION.
 * @param[in]     profile The profile.
 * @param[in]     i       0 ≤ i < yjjh_standard_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_standard_get(yjjh_standard *out, const yjjh_profile *profile,
                                                              size_t i);

/**
 * @brief Whether value v meets minimum t with the relative tolerance #YJJH_TOLERANCE (v ≥ t − 1e-9·|t|).
 * @return 1 or 0 (0 when either is NaN).
 * @since 0.1
 */
YJJH_API int yjjh_standard_meets_min(double v, double t);

/**
 * @brief Whether value v is within maximum t with the relative tolerance (v ≤ t + 1e-9·|t|).
 * @return 1 or 0 (0 when either is NaN).
 * @since 0.1
 */
YJJH_API int yjjh_standard_within_max(double v, double t);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_STANDARDS_H */
