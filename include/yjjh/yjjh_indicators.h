/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_indicators.h
 * @brief Indicator catalogue and formulas: R1–R7 (national-2017), B1–B8 (national-2012-basic), and the
 *        一贯制/完全中学 facility split by weighted enrolment (docs/indicators.md §2, §2.1, §8).
 *
 * Formulas multiply before dividing (`count * 100.0 / students`), so values that sit exactly on a
 * standard compute to exactly that standard. All functions are pure and thread-safe; *out is untouched on error.
 * @since 0.1
 */
#ifndef YJJH_INDICATORS_H
#define YJJH_INDICATORS_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** School stage. Values are pinned. */
typedef enum yjjh_stage {
    YJJH_STAGE_NONE = 0,    /**< No stage (stage-independent standards; special-education schools). */
    YJJH_STAGE_PRIMARY = 1, /**< 小学, grades 1–6. */
    YJJH_STAGE_JUNIOR = 2,  /**< 初中, grades 7–9. */
    YJJH_STAGE_SENIOR = 3   /**< 高中: only used to apportion shared facilities. */
} yjjh_stage;

/** How an indicator is computed from its numerator. Values pinned. */
typedef enum yjjh_formula {
    YJJH_FORMULA_PER_100_STUDENTS = 1, /**< amount × 100 / students (每百名学生 …). */
    YJJH_FORMULA_PER_STUDENT = 2       /**< amount / students (生均 …). */
} yjjh_formula;

/** Version of #yjjh_indicator_info understood by this header. */
#define YJJH_INDICATOR_INFO_VERSION 1
/** Static initialiser of #yjjh_indicator_info. */
/* clang-format off */
#define YJJH_INDICATOR_INFO_INIT { YJJH_INDICATOR_INFO_VERSION, 0, 0, 0, 0, 0, (yjjh_formula)0, 0 }
/* clang-format on */

/** Description of one indicator. Strings are static (valid for the life of the process). */
typedef struct yjjh_indicator_info {
    unsigned int version;  /**< Set to #YJJH_INDICATOR_INFO_VERSION before the call. */
    const char *code;      /**< "R1" … "R7", "B1" … "B8". */
    const char *name_zh;   /**< Chinese name, e.g. "生均教学及辅助用房面积". */
    const char *name_en;   /**< English name. */
    const char *unit;      /**< Unit of the value, e.g. "m²/student", "per 100 students", "元/student". */
    const char *numerator; /**< Input field the numerator comes from, e.g. "teaching_area". */
    yjjh_formula formula;  /**< How the value is computed from the numerator. */
    int is_facility;       /**< 1 when the numerator is a school facility apportioned by §2.1, else 0. */
} yjjh_indicator_info;

/**
 * @brief Number of indicators in the built-in catalogue (R1–R7 and B1–B8).
 * @return The number of indicators (15).
 * @since 0.1
 */
YJJH_API size_t yjjh_indicator_catalog_count(void);

/**
 * @brief Describe the i-th indicator of the catalogue.
 * @param[in,out] out Caller's struct with version set to #YJJH_INDICATOR_INFO_VERSION.
 * @param[in]     i   Index, 0 ≤ i < yjjh_indicator_catalog_count().
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_OUT_OF_RANGE.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_indicator_catalog_get(yjjh_indicator_info *out, size_t i);

/**
 * @brief Describe an indicator by code ("R4", "B5", case-sensitive).
 * @param[in,out] out  Caller's struct with version set to #YJJH_INDICATOR_INFO_VERSION.
 * @param[in]     code Indicator code.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_UNKNOWN_CODE.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_indicator_lookup(yjjh_indicator_info *out, const char *code);

/**
 * @brief Per-100-students indicator: `count * 100.0 / students` (R1, R2, R3, R7, B4, B6, B7, B8).
 * @param[out] out      The value.
 * @param[in]  count    Teachers or rooms (≥ 0, finite; fractions allowed because split facilities are fractional).
 * @param[in]  students Enrolment of the stage (> 0, finite).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOT_FINITE; #YJJH_E_NEGATIVE; #YJJH_E_ZERO_STUDENTS
 *         (students ≤ 0); #YJJH_E_OVERFLOW (the value is not representable, e.g. 1e308 / 1e-300).
 * Checks in this order: out, then NaN/inf, then count < 0, then students ≤ 0.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_indicator_per100(double *out, double count, double students);

/**
 * @brief Per-student indicator: `amount / students` (R4, R5, R6, B1, B2, B3, B5).
 * @param[out] out      The value.
 * @param[in]  amount   Area (m²), equipment value (元) or books (≥ 0, finite).
 * @param[in]  students Enrolment of the stage (> 0, finite).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_NOT_FINITE; #YJJH_E_NEGATIVE; #YJJH_E_ZERO_STUDENTS;
 *         #YJJH_E_OVERFLOW.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_indicator_per_student(double *out, double amount, double students);

/**
 * @brief Compute any catalogue indicator by code from its numerator and the enrolment.
 * @param[out] out      The value.
 * @param[in]  code     Indicator code ("R1" … "R7", "B1" … "B8").
 * @param[in]  amount   The numerator (see yjjh_indicator_info::numerator), ≥ 0.
 * @param[in]  students Enrolment (> 0).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE; #YJJH_E_NOT_FINITE; #YJJH_E_NEGATIVE;
 *         #YJJH_E_ZERO_STUDENTS; #YJJH_E_OVERFLOW.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_indicator_compute(double *out, const char *code, double amount,
                                                                    double students);

/**
 * @brief Apportion a shared facility total among stages by weighted enrolment (docs/indicators.md §2.1).
 *
 * D = w₁P₁ + w₂P₂ + w₃P₃; out_amounts[s] = F·wₛ·Pₛ / D; out_per_student[s] = F·wₛ / D (the per-student value
 * of stage s). For a stage with Pₛ = 0 both outputs are 0.
 * @param[out] out_amounts     3 doubles (primary, junior, senior), or NULL if not wanted.
 * @param[out] out_per_student 3 doubles (primary, junior, senior), or NULL if not wanted.
 * @param[in]  total           Facility total F of the school (≥ 0, finite).
 * @param[in]  students        3 enrolments (primary, junior, senior), each ≥ 0 and finite, not all zero.
 * @param[in]  weights         3 stage weights (> 0), or NULL for the defaults 1.0 / 1.1 / 1.32.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (students NULL, or both outputs NULL); #YJJH_E_NOT_FINITE (total,
 *         an enrolment or a weight NaN/inf); #YJJH_E_NEGATIVE; #YJJH_E_BAD_WEIGHT (a weight ≤ 0);
 *         #YJJH_E_ZERO_STUDENTS (all enrolments 0); #YJJH_E_OVERFLOW. Outputs untouched on error.
 * @since 0.2 (a new name; see NEWS.md)
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_facility_split_compute(double *out_amounts, double *out_per_student,
                                                                         double total, const double *students,
                                                                         const double *weights);

/**
 * @brief Name of a stage: "primary", "junior", "senior", or "none".
 * @param[in] stage Any value.
 * @return A static string, never NULL ("none" for #YJJH_STAGE_NONE and unknown values).
 * @since 0.1
 */
YJJH_API const char *yjjh_stage_name(yjjh_stage stage);

/**
 * @brief Chinese name of a stage: "小学", "初中", "高中".
 * @param[in] stage Any value.
 * @return A static string, never NULL ("" for #YJJH_STAGE_NONE and unknown values).
 * @since 0.1
 */
YJJH_API const char *yjjh_stage_name_zh(yjjh_stage stage);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_INDICATORS_H */
