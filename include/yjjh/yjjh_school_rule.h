/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_school_rule.h
 * @brief The school rule (每所学校达标, docs/indicators.md §3): at least `school_min_met` (6) of the 7
 *        indicators meet their standard and every one is at least `school_floor_ratio` (85 %) of it.
 * @since 0.1
 */
#ifndef YJJH_SCHOOL_RULE_H
#define YJJH_SCHOOL_RULE_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"
#include "yjjh/yjjh_indicators.h"
#include "yjjh/yjjh_profile.h"

#ifdef __cplusplus
extern "C" {
#endif

/** Version of #yjjh_rule_indicator understood by this header. */
#define YJJH_RULE_INDICATOR_VERSION 1
/** Static initialiser of #yjjh_rule_indicator. @since 0.2 */
/* clang-format off */
#define YJJH_RULE_INDICATOR_INIT { YJJH_RULE_INDICATOR_VERSION, 0.0, 0.0, 0.0, 0, 0, 0.0 }
/* clang-format on */

/** One indicator of the school rule for one school part. */
typedef struct yjjh_rule_indicator {
    unsigned int version; /**< Set to #YJJH_RULE_INDICATOR_VERSION before the call. */
    double value;         /**< Indicator value. */
    double standard;      /**< The standard (minimum) for the stage (NaN when the profile has none). */
    double ratio;         /**< value / standard (NaN when the standard is 0 or NaN). */
    int met;              /**< 1 when value meets its standard (with tolerance). */
    int above_floor;      /**< 1 when value ≥ floor ratio × standard (with tolerance). */
    double shortfall;     /**< Shortfall in natural units when not met, else 0: whole teachers/rooms
                               (rounded up) for per-100 indicators, m² or 元 for per-student ones. */
} yjjh_rule_indicator;

/** Version of #yjjh_rule_result understood by this header. */
#define YJJH_RULE_RESULT_VERSION 1
/** Static initialiser of #yjjh_rule_result. @since 0.2 */
/* clang-format off */
#define YJJH_RULE_RESULT_INIT { YJJH_RULE_RESULT_VERSION, 0, 0, 0 }
/* clang-format on */

/** Result of the school rule for one school part (one stage of one school); the indicators are separate
 *  (#yjjh_rule_indicator). */
typedef struct yjjh_rule_result {
    unsigned int version;   /**< Set to #YJJH_RULE_RESULT_VERSION before the call. */
    size_t n_indicators;    /**< Number of indicators of the profile (7), 0 when nothing was computed. */
    unsigned int met_count; /**< Number of indicators met. */
    int passed;             /**< 1 when the school part passes the rule. */
} yjjh_rule_result;

/**
 * @brief Apply the school rule to one school part.
 * @param[in,out] out            Caller's struct with version set to #YJJH_RULE_RESULT_VERSION.
 * @param[in,out] out_indicators n_out structs, each with version set to #YJJH_RULE_INDICATOR_VERSION; they
 *                               receive the indicators in profile order. May be NULL when n_out is 0.
 * @param[in]     n_out          0 (only *out is wanted) or n_amounts.
 * @param[in]     profile        A profile with a school rule (national-2017).
 * @param[in]     stage          #YJJH_STAGE_PRIMARY or #YJJH_STAGE_JUNIOR.
 * @param[in]     students       Enrolment of the stage (> 0).
 * @param[in]     amounts        The numerators in profile indicator order (teachers, m², 元, rooms), after
 *                               the docs/indicators.md §2.1 split for facilities; each ≥ 0 and finite.
 * @param[in]     n_amounts      Must equal yjjh_profile_indicator_count(profile).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (out, profile or amounts NULL, or out_indicators NULL with n_out > 0);
 *         #YJJH_E_STRUCT_VERSION (out or an element of out_indicators); #YJJH_E_BAD_STAGE;
 *         #YJJH_E_ZERO_STUDENTS; #YJJH_E_NOT_FINITE; #YJJH_E_NEGATIVE; #YJJH_E_LENGTH_MISMATCH (n_amounts, or
 *         n_out neither 0 nor n_amounts); #YJJH_E_NOT_APPLICABLE (profile without a school rule);
 *         #YJJH_E_OVERFLOW (an indicator value is not representable).
 *         The outputs are untouched on error (their version members are kept on success).
 * @since 0.2 (a new name; see NEWS.md)
 * @note Thread-safe.
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_school_rule_apply(yjjh_rule_result *out,
                                                                    yjjh_rule_indicator *out_indicators, size_t n_out,
                                                                    const yjjh_profile *profile, yjjh_stage stage,
                                                                    double students, const double *amounts,
                                                                    size_t n_amounts);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_SCHOOL_RULE_H */
