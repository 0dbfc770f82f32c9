/* SPDX-License-Identifier: MIT */
/* Private helpers of the equity measures (never installed). Conventions as yjjh_equity.h. */
#ifndef YJJH_LIB_EQUITY_H
#define YJJH_LIB_EQUITY_H

#include <stddef.h>
#include "yjjh/yjjh_equity.h"

/* (value, weight) pair for the sort-based measures. */
typedef struct yjjh__eq_pair {
    double x, w;
} yjjh__eq_pair;

/* Validate values (finite, >= 0) and weights (finite, > 0; NULL = 1) in index order and give the weighted mean
 * (yjjh__stats_moments of rules/stats.c). mean may be NULL. n > 0, x not NULL. */
yjjh_status yjjh__eq_mean(double *mean, const double *x, const double *w, size_t n);

/* The GE(α) term of one relative deviation d = x/μ − 1 (d ≥ −1): ((1 + d)^α − 1 − α·d) / (α(α − 1)), with its
 * limits α → 0 (d − ln(1 + d)) and α → 1 ((1 + d) ln(1 + d) − d). Always ≥ 0; no cancellation near d = 0. d = −1
 * needs α > 0. */
double yjjh__eq_ge_term(double d, double alpha);

/* GE(α) of validated data with known mean μ > 0: Σ wᵢ t(dᵢ) / Σ w. Checks zero values for α ≤ 0
 * (YJJH_E_NOT_POSITIVE) and overflow. */
yjjh_status yjjh__eq_ge_known_mean(double *out, const double *x, const double *w, size_t n, double mean, double alpha);

/* Copy into a new array of pairs sorted by value (ascending). NULL on out of memory. */
yjjh__eq_pair *yjjh__eq_sorted_pairs(const double *x, const double *w, size_t n);

/* Weighted percentile of sorted pairs (n > 0), 0 <= p <= 1. */
double yjjh__eq_percentile_sorted(const yjjh__eq_pair *a, size_t n, double p);

/* The measure on validated input without NULL/length checks (the bootstrap's inner call). */
yjjh_status yjjh__eq_measure(double *out, const double *x, const double *w, size_t n, yjjh_equity_measure m,
                             double param);

/* Whether the parameter suits the measure (α finite with |α| ≤ 1000, 0 ≤ ε ≤ 1000). */
int yjjh__eq_param_ok(yjjh_equity_measure m, double param);

#endif
