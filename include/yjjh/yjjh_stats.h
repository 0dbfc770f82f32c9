/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_stats.h
 * @brief Weighted mean, weighted population standard deviation and coefficient of variation (差异系数).
 *
 * Numeric conventions (docs/indicators.md §4):
 * - weights are enrolments; the standard deviation is the **population** form (divisor Σw, not Σw − 1);
 * - `weights == NULL` means every weight is 1 (plain population statistics over the values);
 * - n = 1 gives SD 0 and CV 0 (when the value is not zero);
 * - NaN or infinite values or weights are rejected with #YJJH_E_NOT_FINITE; zero or negative weights with
 *   #YJJH_E_BAD_WEIGHT; n = 0 with #YJJH_E_EMPTY;
 * - the CV of values whose weighted mean is zero is undefined: #YJJH_E_ZERO_MEAN.
 * - checks in this order: NULL pointers, n = 0, n_weights ≠ n, then the first offending element in index
 *   order (value NaN/inf, weight NaN/inf, weight ≤ 0, value < 0 for the CV).
 * - accuracy: relative error ≤ 1e-12 against exact rational arithmetic, also for values with a large
 *   common offset (two-pass algorithm with compensated summation, never Σx² − n·x̄²).
 *
 * All functions are pure: thread-safe, no allocation visible to the caller, *out untouched on error.
 * @since 0.1
 */
#ifndef YJJH_STATS_H
#define YJJH_STATS_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/**
 * @brief Weighted mean Σ wᵢxᵢ / Σ wᵢ.
 * @param[out] out        The mean.
 * @param[in]  values     n finite values.
 * @param[in]  n          Number of values.
 * @param[in]  weights    n positive finite weights, or NULL for equal weights.
 * @param[in]  n_weights  Number of weights; must equal n unless weights is NULL (then it is ignored).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG (out or values NULL); #YJJH_E_EMPTY (n = 0);
 *         #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE; #YJJH_E_BAD_WEIGHT; #YJJH_E_OVERFLOW.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_stats_weighted_mean(double *out, const double *values, size_t n,
                                                                      const double *weights, size_t n_weights);

/**
 * @brief Weighted population standard deviation sqrt(Σ wᵢ(xᵢ − x̄)² / Σ wᵢ).
 * @param[out] out        The standard deviation (≥ 0).
 * @param[in]  values     n finite values.
 * @param[in]  n          Number of values.
 * @param[in]  weights    n positive finite weights, or NULL for equal weights.
 * @param[in]  n_weights  Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_OVERFLOW.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_stats_weighted_sd(double *out, const double *values, size_t n,
                                                                    const double *weights, size_t n_weights);

/**
 * @brief Coefficient of variation CV = S / x̄ (校际差异系数), students-weighted when weights are given.
 *
 * Values must be non-negative (indicator values are); the result is then ≥ 0.
 * @param[out] out        The CV.
 * @param[in]  values     n finite, non-negative values (indicator values Xᵢ of the schools).
 * @param[in]  n          Number of values.
 * @param[in]  weights    n positive finite weights (enrolments Pᵢ), or NULL for the unweighted CV.
 * @param[in]  n_weights  Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_NEGATIVE (a value < 0); #YJJH_E_BAD_WEIGHT; #YJJH_E_ZERO_MEAN (x̄ = 0: undefined);
 *         #YJJH_E_OVERFLOW.
 * @since 0.1
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_stats_cv(double *out, const double *values, size_t n,
                                                           const double *weights, size_t n_weights);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_STATS_H */
