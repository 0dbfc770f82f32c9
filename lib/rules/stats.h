/* SPDX-License-Identifier: MIT */
/* Private statistics helpers (never installed). Same conventions as yjjh_stats.h. */
#ifndef YJJH_LIB_STATS_H
#define YJJH_LIB_STATS_H

#include <stddef.h>
#include "yjjh/yjjh_status.h"

/* Flags of yjjh__stats_moments(). */
#define YJJH__STATS_NONNEG 1u /* values must be >= 0 (YJJH_E_NEGATIVE otherwise) */

/*
 * Weighted mean and weighted population SD in one call (two passes over the data, compensated sums, mean
 * correction, corrected two-pass sum of squares). w may be NULL (all weights 1). Either output may be NULL.
 * No NULL check on x; n must be > 0. Returns YJJH_OK, YJJH_E_EMPTY, YJJH_E_NOT_FINITE, YJJH_E_BAD_WEIGHT,
 * YJJH_E_NEGATIVE (only with YJJH__STATS_NONNEG) or YJJH_E_OVERFLOW. Outputs untouched on error.
 */
yjjh_status yjjh__stats_moments(double *mean, double *sd, const double *x, const double *w, size_t n,
                                unsigned int flags);

/*
 * CV and the weighted mean in one call (values must be non-negative). On YJJH_E_ZERO_MEAN *mean is set to 0
 * (when mean is not NULL) and *cv is untouched, so a caller can report the county level even then.
 * cv and mean may be NULL. Same statuses as yjjh_stats_cv() except NULL/length checks.
 */
yjjh_status yjjh__cv_with_mean(double *cv, double *mean, const double *x, const double *w, size_t n);
/* The argument checks every public statistic shares: out and values not NULL (YJJH_E_NULL_ARG), n > 0
 * (YJJH_E_EMPTY), weights, when given, as many as the values (YJJH_E_LENGTH_MISMATCH). */
yjjh_status yjjh__stats_check_args(const void *out, const double *values, size_t n, const double *weights,
                                   size_t n_weights);

#endif
