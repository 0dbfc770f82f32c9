/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_standards.h
 * @brief The standards table of a profile: indicator minimums, CV maxima, school-rule parameters, class-size
 *        and school-size limits, staffing ratios, room areas, funding floors…, and the tolerance comparisons.
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
#include "yjjh/yjjh_profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Relative tolerance of every "≥ / ≤ threshold" comparison (docs/indicators.md §2): v meets t when v ≥ t − 1e-9·t. */
#define YJJH_TOLERANCE 1e-9

/** Kind of an entry of a standards table. Values pinned. */
typedef enum yjjh_standard_kind {
    YJJH_STANDARD_KIND_MINIMUM = 0,   /**< A value must be at least this (indicator standards, rates). */
    YJJH_STANDARD_KIND_MAXIMUM = 1,   /**< A value must be at most this (CV maxima, class and school size). */
    YJJH_STANDARD_KIND_PARAMETER = 2, /**< A number the rules use (ratios, stage weights, counts). */
    YJJH_STANDARD_KIND_SWITCH = 3     /**< A choice encoded as a number (teaching_points, cv_weighting, …). */
} yjjh_standard_kind;

/** Version of #yjjh_standard understood by this header. */
#define YJJH_STANDARD_VERSION 1
/** Static initialiser of #yjjh_standard. */
/* clang-format off */
#define YJJH_STANDARD_INIT { YJJH_STANDARD_VERSION, 0, YJJH_STAGE_NONE, 0.0, 0, 0, 0, YJJH_STANDARD_KIND_MINIMUM }
/* clang-format on */

/** One entry of a standards table. Strings are static (valid for the life of the process). */
typedef struct yjjh_standard {
    unsigned int version;    /**< Set to #YJJH_STANDARD_VERSION before the call. */
    const char *key;         /**< Lookup key, e.g. "R1", "cv_max", "max_class_size". */
    yjjh_stage stage;        /**< Stage the value applies to, #YJJH_STAGE_NONE when stage-independent. */
    double value;            /**< The value in this profile. */
    const char *unit;        /**< Unit, e.g. "m²/student", "ratio", "persons", "元/student". */
    const char *name_zh;     /**< Chinese description. */
    const char *name_en;     /**< English description. */
    yjjh_standard_kind kind; /**< Minimum, maximum, parameter or switch (yjjh_standard_kind_name()). */
} yjjh_standard;

/**
 * @brief Name of a standard kind as printed by `yjjh standards`: "minimum", "maximum", "parameter", "switch";
 *        "unknown" otherwise.
 * @param[in] kind Any value.
 * @return A static string, never NULL.
 * @since 0.2
 */
YJJH_API const char *yjjh_standard_kind_name(yjjh_standard_kind kind);

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
 * @brief Number of entries of the profile's standards table.
 * @param[in] profile The profile, or NULL.
 * @return The number of entries; 0 for NULL.
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
 * @param[in] v The value.
 * @param[in] t The minimum.
 * @return 1 or 0 (0 when either is NaN).
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API int yjjh_standard_meets_min(double v, double t);

/**
 * @brief Whether value v is within maximum t with the relative tolerance (v ≤ t + 1e-9·|t|).
 * @param[in] v The value.
 * @param[in] t The maximum.
 * @return 1 or 0 (0 when either is NaN).
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API int yjjh_standard_within_max(double v, double t);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_STANDARDS_H */
