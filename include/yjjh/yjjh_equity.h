/* SPDX-License-Identifier: MIT */
/**
 * @file yjjh_equity.h
 * @brief Equity measures beyond the 差异系数: Gini, Theil T and L, GE(α), Atkinson(ε), McLoone, Verstegen, range
 *        ratios; exact between/within decompositions by group; each school's share of the variance; bootstrap
 *        intervals over schools (docs/equity.md has every formula, its convention and a reference).
 *
 * Conventions shared by every function (docs/equity.md §1):
 * - values xᵢ are the schools' indicator values, weights wᵢ their enrolments; every measure is the
 *   **population** form over students: the share of school i is vᵢ = wᵢ / Σw (a school counts once per student);
 * - `weights == NULL` means every weight is 1 (the unweighted measure over schools);
 * - μ is the weighted mean Σ vᵢxᵢ (computed as in yjjh_stats.h: two passes, compensated sums);
 * - values must be finite and ≥ 0 (indicator values are), weights finite and > 0;
 * - checks in this order: NULL pointers (#YJJH_E_NULL_ARG), n = 0 (#YJJH_E_EMPTY), n_weights ≠ n
 *   (#YJJH_E_LENGTH_MISMATCH), the parameter (α, ε, p, …: #YJJH_E_OUT_OF_RANGE), then the first offending
 *   element in index order (value NaN/inf or weight NaN/inf: #YJJH_E_NOT_FINITE; weight ≤ 0: #YJJH_E_BAD_WEIGHT;
 *   value < 0: #YJJH_E_NEGATIVE), then a zero value where the measure takes its logarithm or a negative power
 *   (#YJJH_E_NOT_POSITIVE), then μ = 0 (#YJJH_E_ZERO_MEAN);
 * - accuracy: relative error ≤ 1e-12 against exact (rational or high-precision) arithmetic, also for nearly
 *   equal values: every sum is of non-negative terms, computed from the deviations dᵢ = (xᵢ − μ)/μ with series
 *   near d = 0, so there is no cancellation.
 *
 * All functions are thread-safe, keep no state, leave *out untouched on error; those that sort allocate a scratch
 * array (#YJJH_E_NOMEM when that fails).
 * @since 0.3
 */
#ifndef YJJH_EQUITY_H
#define YJJH_EQUITY_H

#include <stddef.h>
#include "yjjh/yjjh_export.h"
#include "yjjh/yjjh_status.h"

#ifdef __cplusplus
extern "C" {
#endif

/** The measures, for yjjh_equity_measure_compute(), decompositions and the bootstrap. Values pinned. @since 0.3 */
typedef enum yjjh_equity_measure {
    YJJH_EQUITY_CV = 0,                   /**< coefficient of variation σ/μ (差异系数) */
    YJJH_EQUITY_CV2 = 1,                  /**< squared coefficient of variation σ²/μ² (= 2·GE(2)) */
    YJJH_EQUITY_GINI = 2,                 /**< Gini coefficient */
    YJJH_EQUITY_THEIL_T = 3,              /**< Theil T index, GE(1) */
    YJJH_EQUITY_THEIL_L = 4,              /**< Theil L index = mean log deviation, GE(0) */
    YJJH_EQUITY_GE = 5,                   /**< generalised entropy GE(α); parameter α */
    YJJH_EQUITY_ATKINSON = 6,             /**< Atkinson index A(ε); parameter ε */
    YJJH_EQUITY_MCLOONE = 7,              /**< McLoone index (below the median) */
    YJJH_EQUITY_VERSTEGEN = 8,            /**< Verstegen index (above the median) */
    YJJH_EQUITY_RANGE = 9,                /**< max − min */
    YJJH_EQUITY_RESTRICTED_RANGE = 10,    /**< P95 − P5 */
    YJJH_EQUITY_FEDERAL_RANGE_RATIO = 11, /**< (P95 − P5) / P5 */
    YJJH_EQUITY_MAX_MIN_RATIO = 12        /**< max / min */
} yjjh_equity_measure;

/** Number of #yjjh_equity_measure values (they run from 0 to YJJH_EQUITY_MEASURE_COUNT − 1). @since 0.3 */
#define YJJH_EQUITY_MEASURE_COUNT 13

/**
 * @brief Coefficient of variation CV = σ/μ, σ² = Σ vᵢ(xᵢ − μ)² (the 差异系数 of yjjh_stats_cv()).
 * @param[out] out       The CV (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights (enrolments), or NULL for equal weights.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_cv(double *out, const double *values, size_t n,
                                                            const double *weights, size_t n_weights);

/**
 * @brief Squared coefficient of variation CV² = σ²/μ² (the measure whose decomposition is exact).
 * @param[out] out       CV² (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_cv2(double *out, const double *values, size_t n,
                                                             const double *weights, size_t n_weights);

/**
 * @brief Gini coefficient G = Σᵢ Σⱼ vᵢvⱼ|xᵢ − xⱼ| / (2μ) (population form, no n/(n − 1) correction).
 *
 * Computed from the sorted values as G = Σₖ (x₍ₖ₊₁₎ − x₍ₖ₎)·Hₖ·(1 − Hₖ) / μ, Hₖ the weight share of the k
 * smallest values (all terms ≥ 0). 0 for equal values; < 1.
 * @param[out] out       The Gini coefficient.
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_gini(double *out, const double *values, size_t n,
                                                              const double *weights, size_t n_weights);

/**
 * @brief Generalised entropy GE(α) = 1/(α(α − 1)) · Σ vᵢ[(xᵢ/μ)^α − 1], any real α.
 *
 * Limits: GE(1) = Σ vᵢ (xᵢ/μ) ln(xᵢ/μ) (Theil T), GE(0) = Σ vᵢ ln(μ/xᵢ) (Theil L, mean log deviation);
 * GE(2) = CV²/2. α ≤ 0 needs every value > 0; α > 0 allows zeros.
 * @param[out] out       GE(α) (≥ 0).
 * @param[in]  values    n finite values ≥ 0 (> 0 when α ≤ 0).
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @param[in]  alpha     The sensitivity parameter α (finite; |α| ≤ 1000).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (α);
 *         #YJJH_E_NOT_FINITE; #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (a zero value, α ≤ 0);
 *         #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_ge(double *out, const double *values, size_t n,
                                                            const double *weights, size_t n_weights, double alpha);

/**
 * @brief Theil T index GE(1) = Σ vᵢ (xᵢ/μ) ln(xᵢ/μ) (0·ln 0 = 0).
 * @param[out] out       Theil T (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_theil_t(double *out, const double *values, size_t n,
                                                                 const double *weights, size_t n_weights);

/**
 * @brief Theil L index (mean log deviation) GE(0) = Σ vᵢ ln(μ/xᵢ).
 * @param[out] out       Theil L (≥ 0).
 * @param[in]  values    n finite values > 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (a zero value);
 *         #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_theil_l(double *out, const double *values, size_t n,
                                                                 const double *weights, size_t n_weights);

/**
 * @brief Atkinson index A(ε) = 1 − μₑ/μ, μₑ = (Σ vᵢ xᵢ^(1−ε))^(1/(1−ε)); for ε = 1 μₑ = exp(Σ vᵢ ln xᵢ).
 *
 * Computed from GE(1 − ε) as A = 1 − (1 + α(α − 1)·GE(α))^(1/α), α = 1 − ε (A = 1 − exp(−GE(0)) for ε = 1),
 * with expm1/log1p, so small values keep their digits. ε ≥ 1 needs every value > 0.
 * @param[out] out       A(ε) in [0, 1).
 * @param[in]  values    n finite values ≥ 0 (> 0 when ε ≥ 1).
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @param[in]  epsilon   Inequality aversion ε, 0 ≤ ε ≤ 1000.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (ε < 0, NaN
 *         or > 1000); #YJJH_E_NOT_FINITE; #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (a zero
 *         value, ε ≥ 1); #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_atkinson(double *out, const double *values, size_t n,
                                                                  const double *weights, size_t n_weights,
                                                                  double epsilon);

/**
 * @brief Weighted percentile: the smallest value x₍ₖ₎ (values sorted) whose cumulative weight Hₖ = Σⱼ≤ₖ w₍ⱼ₎
 *        reaches p·Σw (inverted empirical distribution of the students; with equal weights Hyndman–Fan type 1).
 *
 * p = 0 gives the minimum, p = 1 the maximum; the median P50 is the lower weighted median.
 * @param[out] out       The percentile (one of the values).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @param[in]  p         The probability, 0 ≤ p ≤ 1.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (p);
 *         #YJJH_E_NOT_FINITE; #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_OVERFLOW; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_percentile(double *out, const double *values, size_t n,
                                                                    const double *weights, size_t n_weights, double p);

/**
 * @brief McLoone index Σ_{xᵢ ≤ M} wᵢxᵢ / (M · Σ_{xᵢ ≤ M} wᵢ), M the weighted median (P50 of
 *        yjjh_equity_percentile()): the mean of the students at or below the median relative to the median (≤ 1).
 * @param[out] out       The McLoone index in [0, 1].
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (M = 0);
 *         #YJJH_E_OVERFLOW; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_mcloone(double *out, const double *values, size_t n,
                                                                 const double *weights, size_t n_weights);

/**
 * @brief Verstegen index Σ_{xᵢ ≥ M} wᵢxᵢ / (M · Σ_{xᵢ ≥ M} wᵢ), M the weighted median: the mirror of the McLoone
 *        index above the median (≥ 1).
 * @param[out] out       The Verstegen index (≥ 1).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (M = 0);
 *         #YJJH_E_OVERFLOW; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_verstegen(double *out, const double *values, size_t n,
                                                                   const double *weights, size_t n_weights);

/**
 * @brief Range max − min.
 * @param[out] out       The range (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights (checked, otherwise unused), or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_range(double *out, const double *values, size_t n,
                                                               const double *weights, size_t n_weights);

/**
 * @brief Restricted range P95 − P5 (weighted percentiles of yjjh_equity_percentile()).
 * @param[out] out       The restricted range (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_OVERFLOW; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_restricted_range(double *out, const double *values, size_t n,
                                                                          const double *weights, size_t n_weights);

/**
 * @brief Federal range ratio (P95 − P5) / P5 (weighted percentiles of yjjh_equity_percentile()).
 * @param[out] out       The ratio (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (P5 = 0);
 *         #YJJH_E_OVERFLOW; #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_federal_range_ratio(double *out, const double *values,
                                                                             size_t n, const double *weights,
                                                                             size_t n_weights);

/**
 * @brief Max/min ratio max / min.
 * @param[out] out       The ratio (≥ 1).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights (checked, otherwise unused), or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE (min = 0);
 *         #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_max_min_ratio(double *out, const double *values, size_t n,
                                                                       const double *weights, size_t n_weights);

/**
 * @brief Any measure by its enum value (the parameter is α for GE, ε for Atkinson, ignored otherwise).
 * @param[out] out       The measure.
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values.
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @param[in]  measure   The measure.
 * @param[in]  param     α or ε.
 * @return The status of the measure's function: #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY;
 *         #YJJH_E_LENGTH_MISMATCH; #YJJH_E_OUT_OF_RANGE (unknown measure, or the parameter); #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_NOT_POSITIVE; #YJJH_E_ZERO_MEAN; #YJJH_E_OVERFLOW;
 *         #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_measure_compute(double *out, const double *values, size_t n,
                                                                         const double *weights, size_t n_weights,
                                                                         yjjh_equity_measure measure, double param);

/**
 * @brief The name of a measure: "cv", "cv2", "gini", "theil_t", "theil_l", "ge", "atkinson", "mcloone",
 *        "verstegen", "range", "restricted_range", "federal_range_ratio", "max_min_ratio".
 * @param[in] measure The measure.
 * @return A static string; NULL for an unknown value.
 * @since 0.3
 */
YJJH_API const char *yjjh_equity_measure_name(yjjh_equity_measure measure);

/**
 * @brief The measure of a name of yjjh_equity_measure_name().
 * @param[out] out  The measure.
 * @param[in]  name The name (ASCII, exact).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_UNKNOWN_CODE.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_measure_from_name(yjjh_equity_measure *out, const char *name);

/** Version of #yjjh_equity_decomposition. @since 0.3 */
#define YJJH_EQUITY_DECOMPOSITION_VERSION 1
/** Static initialiser of #yjjh_equity_decomposition. @since 0.3 */
/* clang-format off */
#define YJJH_EQUITY_DECOMPOSITION_INIT { YJJH_EQUITY_DECOMPOSITION_VERSION, 0.0, 0.0, 0.0, 0 }
/* clang-format on */
/** Total, between-group and within-group parts of a decomposable measure (between + within = total). */
typedef struct yjjh_equity_decomposition {
    unsigned int version; /**< Set to #YJJH_EQUITY_DECOMPOSITION_VERSION before the call. */
    double total;         /**< The measure over all values. */
    double between;       /**< The measure of the group means with the group weights (every school at its
                               group's mean). */
    double within;        /**< Σ_g s_g (μ_g/μ)^α I_g (≥ 0); for CV² α = 2. */
    size_t n_groups;      /**< Number of groups with at least one value. */
} yjjh_equity_decomposition;

/** One group of a decomposition (an element of the caller's array; layout pinned). @since 0.3 */
typedef struct yjjh_equity_group {
    size_t n;            /**< Number of values in the group (0: the other fields are 0, index and mean NaN). */
    double weight;       /**< Σ w of the group. */
    double weight_share; /**< s_g = Σ w of the group / Σ w. */
    double mean;         /**< The group's weighted mean μ_g. */
    double index;        /**< The measure within the group I_g (NaN when μ_g = 0). */
    double within_term;  /**< Its part of the within term, s_g (μ_g/μ)^α I_g. */
    double between_term; /**< Its part of the between term (the group-mean term of the total's formula). */
} yjjh_equity_group;

/**
 * @brief Exact between/within decomposition of CV², Theil T, Theil L or GE(α) by a grouping.
 *
 * With s_g the weight share and μ_g the weighted mean of group g:
 * GE(α): within = Σ s_g (μ_g/μ)^α GE_g(α), between = 1/(α(α − 1)) Σ s_g[(μ_g/μ)^α − 1]
 * (α = 1: Σ s_g (μ_g/μ) ln(μ_g/μ); α = 0: Σ s_g ln(μ/μ_g)); CV²: within = Σ s_g (μ_g/μ)² CV_g²,
 * between = Σ s_g (μ_g/μ − 1)². total is computed directly from the values, so between + within = total up to
 * rounding (a check, not a definition).
 * @param[in,out] out        Caller's struct with version set to #YJJH_EQUITY_DECOMPOSITION_VERSION.
 * @param[out]    out_groups n_groups elements (group code order), or NULL; unspecified on error.
 * @param[in]     n_groups   Number of group codes (codes run from 0 to n_groups − 1; groups may be empty).
 * @param[in]     values     n finite values ≥ 0.
 * @param[in]     n          Number of values.
 * @param[in]     groups     n group codes, each < n_groups.
 * @param[in]     n_codes    Number of group codes; must equal n.
 * @param[in]     weights    n positive finite weights, or NULL.
 * @param[in]     n_weights  Number of weights; must equal n unless weights is NULL.
 * @param[in]     measure    #YJJH_EQUITY_CV2, #YJJH_EQUITY_THEIL_T, #YJJH_EQUITY_THEIL_L or #YJJH_EQUITY_GE.
 * @param[in]     alpha      α for #YJJH_EQUITY_GE (ignored otherwise).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_EMPTY (n = 0 or n_groups = 0);
 *         #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_APPLICABLE (another measure); #YJJH_E_OUT_OF_RANGE (α, or a
 *         group code ≥ n_groups); the statuses of yjjh_equity_ge(); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_decompose(yjjh_equity_decomposition *out,
                                                                   yjjh_equity_group *out_groups, size_t n_groups,
                                                                   const double *values, size_t n, const size_t *groups,
                                                                   size_t n_codes, const double *weights,
                                                                   size_t n_weights, yjjh_equity_measure measure,
                                                                   double alpha);

/**
 * @brief Each school's contribution to the weighted variance: cᵢ = wᵢ(xᵢ − μ)² / Σw, so Σ cᵢ = σ² and
 *        cᵢ/σ² is its share of the CV² (and of the variance). Whether the school is above or below the mean is the
 *        sign of xᵢ − μ (yjjh_equity_cv() and yjjh_stats_weighted_mean() give μ).
 * @param[out] out       n contributions (≥ 0).
 * @param[in]  values    n finite values ≥ 0.
 * @param[in]  n         Number of values (and of out).
 * @param[in]  weights   n positive finite weights, or NULL.
 * @param[in]  n_weights Number of weights; must equal n unless weights is NULL.
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH; #YJJH_E_NOT_FINITE;
 *         #YJJH_E_BAD_WEIGHT; #YJJH_E_NEGATIVE; #YJJH_E_OVERFLOW.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_contributions(double *out, const double *values, size_t n,
                                                                       const double *weights, size_t n_weights);

/** Version of #yjjh_equity_interval. @since 0.3 */
#define YJJH_EQUITY_INTERVAL_VERSION 1
/** Static initialiser of #yjjh_equity_interval. @since 0.3 */
/* clang-format off */
#define YJJH_EQUITY_INTERVAL_INIT { YJJH_EQUITY_INTERVAL_VERSION, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0 }
/* clang-format on */
/** A bootstrap interval of a measure. */
typedef struct yjjh_equity_interval {
    unsigned int version; /**< Set to #YJJH_EQUITY_INTERVAL_VERSION before the call. */
    double estimate;      /**< The measure on the data. */
    double se;            /**< Standard deviation of the replicates (divisor B − 1). */
    double bias;          /**< Mean of the replicates − estimate. */
    double pct_low;       /**< Percentile interval: lower end. */
    double pct_high;      /**< Percentile interval: upper end. */
    double bca_low;       /**< BCa interval: lower end (NaN when it is undefined, e.g. every replicate equal). */
    double bca_high;      /**< BCa interval: upper end (NaN when undefined). */
    double z0;            /**< BCa bias correction Φ⁻¹(share of replicates below the estimate). */
    double acceleration;  /**< BCa acceleration from the jackknife. */
    size_t n_valid;       /**< Replicates on which the measure was defined (the others are left out). */
} yjjh_equity_interval;

/**
 * @brief Bootstrap confidence intervals (percentile and BCa) of a measure, resampling schools with their
 *        enrolments: each of the B replicates draws n schools with replacement (uniformly over schools) and
 *        computes the measure with the drawn schools' weights.
 *
 * Describes the sampling variability of schools (as if the county's schools were a sample of possible schools),
 * not measurement error of the data. Deterministic: the generator is xoshiro256** seeded by splitmix64 from
 * seed, indices are drawn by rejection (no modulo bias), so equal inputs give equal results on every platform.
 * Replicate quantiles are linear interpolations of the sorted replicates (Hyndman–Fan type 7); BCa follows
 * Efron (1987) with the acceleration from the leave-one-school-out jackknife.
 * @param[in,out] out          Caller's struct with version set to #YJJH_EQUITY_INTERVAL_VERSION.
 * @param[out]    replicates   n_replicates doubles receiving the replicates (NaN where undefined), or NULL.
 * @param[in]     values       n finite values ≥ 0.
 * @param[in]     n            Number of values.
 * @param[in]     weights      n positive finite weights, or NULL.
 * @param[in]     n_weights    Number of weights; must equal n unless weights is NULL.
 * @param[in]     measure      The measure.
 * @param[in]     param        α or ε for GE and Atkinson.
 * @param[in]     n_replicates Number of replicates B, 2 ≤ B ≤ 10⁷.
 * @param[in]     level        Confidence level, 0 < level < 1 (e.g. 0.95).
 * @param[in]     seed         Seed (only its low 32 bits are used, so that it means the same everywhere).
 * @return #YJJH_OK; #YJJH_E_NULL_ARG; #YJJH_E_STRUCT_VERSION; #YJJH_E_EMPTY; #YJJH_E_LENGTH_MISMATCH;
 *         #YJJH_E_OUT_OF_RANGE (measure, param, B or level); the statuses of the measure on the data;
 *         #YJJH_E_NOT_APPLICABLE (fewer than 2 replicates defined); #YJJH_E_NOMEM.
 * @since 0.3
 */
YJJH_API YJJH_WARN_UNUSED_RESULT yjjh_status yjjh_equity_bootstrap(
    yjjh_equity_interval *out, double *replicates, const double *values, size_t n, const double *weights,
    size_t n_weights, yjjh_equity_measure measure, double param, size_t n_replicates, double level, unsigned long seed);

#ifdef __cplusplus
}
#endif

#endif /* YJJH_EQUITY_H */
