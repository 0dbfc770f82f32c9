/* SPDX-License-Identifier: MIT */
/* Equity measures on arrays (yjjh_equity.h; formulas and conventions in docs/equity.md).
 *
 * Accuracy: the weighted mean comes from rules/stats.c (two passes, compensated sums). Every entropy-type measure
 * is a sum of non-negative terms t(dᵢ) of the relative deviations dᵢ = (xᵢ − μ)/μ — GE(α) is written as
 * Σ vᵢ[(1 + dᵢ)^α − 1 − α·dᵢ] / (α(α − 1)), which equals the textbook form because Σ vᵢdᵢ = 0 — and t is
 * evaluated by its Taylor series near d = 0, so nearly equal values lose no digits. The Gini coefficient is a sum
 * of non-negative gap terms of the sorted values. Sums use the Neumaier compensated sum of common/util.h.
 */
#include <float.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yjjh/yjjh_equity.h"
#include "yjjh/yjjh_stats.h"
#include "equity/equity.h"
#include "rules/stats.h"
#include "common/util.h"

#define SERIES_LIMIT 0.25 /* |d| below which the series are used */
#define SERIES_ALPHA 8.0  /* |α| up to which the binomial series is used */
#define PARAM_MAX 1000.0

yjjh_status yjjh__eq_mean(double *mean, const double *x, const double *w, size_t n)
{
    return yjjh__stats_moments(mean, NULL, x, w, n, YJJH__STATS_NONNEG);
}

/* Σ_{k≥2} b_k d^k with b_2 = 1/2, b_{k+1} = b_k (α − k)/(k + 1): ((1 + d)^α − 1 − αd)/(α(α − 1)) for |d| < 1,
 * including the limits α = 0 and α = 1 (no division by α(α − 1)). */
static double binomial_series(double d, double alpha)
{
    double b = 0.5, p = d * d, s = 0.0;
    for (int k = 2; k < 400; k++) {
        double t = b * p;
        s += t;
        if (t == 0.0 || fabs(t) <= 1e-18 * fabs(s))
            break;
        b *= (alpha - k) / (k + 1);
        p *= d;
    }
    return s;
}

/* expm1(y) − y. */
static double expm1_minus(double y)
{
    if (fabs(y) >= 0.5)
        return expm1(y) - y;
    double p = y * y / 2.0, s = 0.0;
    for (int k = 2; k < 60; k++) {
        s += p;
        if (fabs(p) <= 1e-18 * fabs(s))
            break;
        p *= y / (k + 1);
    }
    return s;
}

double yjjh__eq_ge_term(double d, double alpha)
{
    double t;
    if (alpha == 2.0) {
        t = d * d / 2.0;
    } else if (fabs(d) < SERIES_LIMIT) {
        if (fabs(alpha) <= SERIES_ALPHA) {
            t = binomial_series(d, alpha);
        } else {
            /* (expm1(αL) − αL + α(L − d)) / (α(α − 1)), L = ln(1 + d); the two parts cancel by at most α/(α − 1) */
            double L = log1p(d);
            double m = -binomial_series(d, 0.0); /* L − d */
            t = (expm1_minus(alpha * L) + alpha * m) / (alpha * (alpha - 1.0));
        }
    } else if (d == -1.0) {
        t = alpha > 0.0 ? 1.0 / alpha : HUGE_VAL; /* a zero value: lim = 1/α (α > 0) */
    } else if (alpha == 0.0) {
        t = d - log1p(d);
    } else if (alpha == 1.0) {
        t = (1.0 + d) * log1p(d) - d;
    } else {
        double lr = log1p(d);
        if (fabs(alpha) <= 0.5)
            t = (expm1(alpha * lr) / alpha - d) / (alpha - 1.0);
        else
            t = ((1.0 + d) * (expm1((alpha - 1.0) * lr) / (alpha - 1.0)) - d) / alpha;
    }
    return t > 0.0 ? t : 0.0; /* the term is ≥ 0 (convexity); keep rounding from making it negative */
}

yjjh_status yjjh__eq_ge_known_mean(double *out, const double *x, const double *w, size_t n, double mean, double alpha)
{
    /* mean is the rounded weighted mean m0. With dᵢ = (xᵢ − m0)/m0 and ē = Σ vᵢdᵢ = μ/m0 − 1, the deviations
     * from the exact mean are (dᵢ − ē)/(1 + ē): the same correction of the first-pass mean as rules/stats.c, so
     * the rounding of the mean does not show when the deviations are tiny. */
    yjjh__ksum E = {0.0, 0.0}, W = {0.0, 0.0};
    for (size_t i = 0; i < n; i++) {
        double wi = w ? w[i] : 1.0;
        yjjh__ksum_add(&E, wi * ((x[i] - mean) / mean));
        yjjh__ksum_add(&W, wi);
    }
    double wsum = yjjh__ksum_value(&W), e = yjjh__ksum_value(&E) / wsum;
    yjjh__ksum S = {0.0, 0.0};
    for (size_t i = 0; i < n; i++) {
        double wi = w ? w[i] : 1.0;
        double d = x[i] == 0.0 ? -1.0 : ((x[i] - mean) / mean - e) / (1.0 + e);
        yjjh__ksum_add(&S, wi * yjjh__eq_ge_term(d, alpha));
    }
    double r = yjjh__ksum_value(&S) / wsum;
    if (!isfinite(r))
        return YJJH_E_OVERFLOW;
    *out = r;
    return YJJH_OK;
}

static yjjh_status check_positive(const double *x, size_t n)
{
    for (size_t i = 0; i < n; i++)
        if (x[i] == 0.0)
            return YJJH_E_NOT_POSITIVE;
    return YJJH_OK;
}

/* GE(α) of unvalidated data (α already checked). */
static yjjh_status ge(double *out, const double *x, const double *w, size_t n, double alpha)
{
    double mean = 0.0;
    yjjh_status st = yjjh__eq_mean(&mean, x, w, n);
    if (st != YJJH_OK)
        return st;
    if (alpha <= 0.0 && (st = check_positive(x, n)) != YJJH_OK)
        return st;
    if (!(mean > 0.0))
        return YJJH_E_ZERO_MEAN;
    return yjjh__eq_ge_known_mean(out, x, w, n, mean, alpha);
}

static yjjh_status atkinson(double *out, const double *x, const double *w, size_t n, double eps)
{
    double alpha = 1.0 - eps, g = 0.0, a;
    yjjh_status st = ge(&g, x, w, n, eps == 1.0 ? 0.0 : alpha);
    if (st != YJJH_OK)
        return st;
    if (eps == 1.0)
        a = -expm1(-g);
    else
        a = -expm1(log1p(alpha * (alpha - 1.0) * g) / alpha); /* 1 − (Σ v r^α)^(1/α) */
    if (!isfinite(a))
        return YJJH_E_OVERFLOW;
    *out = a < 0.0 ? 0.0 : a;
    return YJJH_OK;
}

static int pair_cmp(const void *pa, const void *pb)
{
    const yjjh__eq_pair *a = pa, *b = pb;
    if (a->x != b->x)
        return a->x < b->x ? -1 : 1;
    return (a->w > b->w) - (a->w < b->w);
}

yjjh__eq_pair *yjjh__eq_sorted_pairs(const double *x, const double *w, size_t n)
{
    if (n > SIZE_MAX / sizeof(yjjh__eq_pair))
        return NULL;
    yjjh__eq_pair *a = malloc(n * sizeof *a);
    if (!a)
        return NULL;
    for (size_t i = 0; i < n; i++) {
        a[i].x = x[i];
        a[i].w = w ? w[i] : 1.0;
    }
    qsort(a, n, sizeof *a, pair_cmp);
    return a;
}

double yjjh__eq_percentile_sorted(const yjjh__eq_pair *a, size_t n, double p)
{
    yjjh__ksum H = {0.0, 0.0};
    for (size_t i = 0; i < n; i++)
        yjjh__ksum_add(&H, a[i].w);
    /* p is meant as the decimal it was written as: a cumulative weight within 4 units of rounding of p·Σw counts
     * as reaching it (5% of 40 schools is 2 schools, though 0.05 is slightly above 1/20 in binary) */
    double target = p * yjjh__ksum_value(&H) * (1.0 - 4.0 * DBL_EPSILON);
    yjjh__ksum C = {0.0, 0.0};
    for (size_t i = 0; i + 1 < n; i++) {
        yjjh__ksum_add(&C, a[i].w);
        if (yjjh__ksum_value(&C) >= target)
            return a[i].x;
    }
    return a[n - 1].x;
}

static yjjh_status gini(double *out, const double *x, const double *w, size_t n)
{
    double mean = 0.0;
    yjjh_status st = yjjh__eq_mean(&mean, x, w, n);
    if (st != YJJH_OK)
        return st;
    if (!(mean > 0.0))
        return YJJH_E_ZERO_MEAN;
    yjjh__eq_pair *a = yjjh__eq_sorted_pairs(x, w, n);
    if (!a)
        return YJJH_E_NOMEM;
    /* tail[k] = Σ_{j>k} w_j, accumulated from the end (no cancellation in 1 − H_k) */
    double *tail = malloc(n * sizeof *tail);
    if (!tail) {
        free(a);
        return YJJH_E_NOMEM;
    }
    yjjh__ksum T = {0.0, 0.0};
    for (size_t k = n; k-- > 0;) {
        tail[k] = yjjh__ksum_value(&T);
        yjjh__ksum_add(&T, a[k].w);
    }
    double W = yjjh__ksum_value(&T);
    yjjh__ksum H = {0.0, 0.0}, G = {0.0, 0.0};
    for (size_t k = 0; k + 1 < n; k++) {
        yjjh__ksum_add(&H, a[k].w);
        double gap = a[k + 1].x - a[k].x;
        if (gap > 0.0)
            yjjh__ksum_add(&G, gap * (yjjh__ksum_value(&H) / W) * (tail[k] / W));
    }
    free(tail);
    free(a);
    double g = yjjh__ksum_value(&G) / mean;
    if (!isfinite(g))
        return YJJH_E_OVERFLOW;
    *out = g;
    return YJJH_OK;
}

/* Percentiles p (ascending) of validated data into out[]. */
static yjjh_status percentiles(double *out, const double *x, const double *w, size_t n, const double *p, size_t np)
{
    yjjh_status st = yjjh__eq_mean(NULL, x, w, n);
    if (st != YJJH_OK)
        return st;
    yjjh__eq_pair *a = yjjh__eq_sorted_pairs(x, w, n);
    if (!a)
        return YJJH_E_NOMEM;
    for (size_t j = 0; j < np; j++)
        out[j] = yjjh__eq_percentile_sorted(a, n, p[j]);
    free(a);
    return YJJH_OK;
}

/* McLoone (above = 0) or Verstegen (above = 1). */
static yjjh_status median_index(double *out, const double *x, const double *w, size_t n, int above)
{
    yjjh_status st = yjjh__eq_mean(NULL, x, w, n);
    if (st != YJJH_OK)
        return st;
    yjjh__eq_pair *a = yjjh__eq_sorted_pairs(x, w, n);
    if (!a)
        return YJJH_E_NOMEM;
    double m = yjjh__eq_percentile_sorted(a, n, 0.5);
    yjjh__ksum SW = {0.0, 0.0}, SWX = {0.0, 0.0};
    for (size_t i = 0; i < n; i++) {
        if (above ? a[i].x >= m : a[i].x <= m) {
            yjjh__ksum_add(&SW, a[i].w);
            yjjh__ksum_add(&SWX, a[i].w * a[i].x);
        }
    }
    free(a);
    if (!(m > 0.0))
        return YJJH_E_NOT_POSITIVE;
    double r = yjjh__ksum_value(&SWX) / yjjh__ksum_value(&SW) / m;
    if (!isfinite(r))
        return YJJH_E_OVERFLOW;
    *out = r;
    return YJJH_OK;
}

static yjjh_status minmax(double *lo, double *hi, const double *x, const double *w, size_t n)
{
    yjjh_status st = yjjh__eq_mean(NULL, x, w, n);
    if (st != YJJH_OK)
        return st;
    double a = x[0], b = x[0];
    for (size_t i = 1; i < n; i++) {
        a = x[i] < a ? x[i] : a;
        b = x[i] > b ? x[i] : b;
    }
    *lo = a;
    *hi = b;
    return YJJH_OK;
}

int yjjh__eq_param_ok(yjjh_equity_measure m, double param)
{
    if (m == YJJH_EQUITY_GE)
        return isfinite(param) && fabs(param) <= PARAM_MAX;
    if (m == YJJH_EQUITY_ATKINSON)
        return param >= 0.0 && param <= PARAM_MAX;
    return 1;
}

yjjh_status yjjh__eq_measure(double *out, const double *x, const double *w, size_t n, yjjh_equity_measure m,
                             double param)
{
    double v = 0.0, q[2] = {0.0, 0.0};
    static const double p5_95[2] = {0.05, 0.95};
    yjjh_status st;
    switch (m) {
    case YJJH_EQUITY_CV: st = yjjh__cv_with_mean(&v, NULL, x, w, n); break;
    case YJJH_EQUITY_CV2:
        st = ge(&v, x, w, n, 2.0);
        v *= 2.0;
        break;
    case YJJH_EQUITY_GINI: st = gini(&v, x, w, n); break;
    case YJJH_EQUITY_THEIL_T: st = ge(&v, x, w, n, 1.0); break;
    case YJJH_EQUITY_THEIL_L: st = ge(&v, x, w, n, 0.0); break;
    case YJJH_EQUITY_GE: st = ge(&v, x, w, n, param); break;
    case YJJH_EQUITY_ATKINSON: st = atkinson(&v, x, w, n, param); break;
    case YJJH_EQUITY_MCLOONE:
    case YJJH_EQUITY_VERSTEGEN: st = median_index(&v, x, w, n, m == YJJH_EQUITY_VERSTEGEN); break;
    case YJJH_EQUITY_RANGE:
        st = minmax(&q[0], &q[1], x, w, n);
        v = q[1] - q[0];
        break;
    case YJJH_EQUITY_MAX_MIN_RATIO:
        st = minmax(&q[0], &q[1], x, w, n);
        if (st == YJJH_OK && !(q[0] > 0.0))
            st = YJJH_E_NOT_POSITIVE;
        v = st == YJJH_OK ? q[1] / q[0] : 0.0;
        break;
    case YJJH_EQUITY_RESTRICTED_RANGE:
    case YJJH_EQUITY_FEDERAL_RANGE_RATIO:
        st = percentiles(q, x, w, n, p5_95, 2);
        v = q[1] - q[0];
        if (st == YJJH_OK && m == YJJH_EQUITY_FEDERAL_RANGE_RATIO) {
            if (!(q[0] > 0.0))
                st = YJJH_E_NOT_POSITIVE;
            else
                v /= q[0];
        }
        break;
    default: return YJJH_E_OUT_OF_RANGE;
    }
    if (st != YJJH_OK)
        return st;
    if (!isfinite(v))
        return YJJH_E_OVERFLOW;
    *out = v;
    return YJJH_OK;
}

yjjh_status yjjh_equity_measure_compute(double *out, const double *values, size_t n, const double *weights,
                                        size_t n_weights, yjjh_equity_measure measure, double param)
{
    yjjh_status st = yjjh__stats_check_args(out, values, n, weights, n_weights);
    if (st != YJJH_OK)
        return st;
    if ((int)measure < 0 || (int)measure >= YJJH_EQUITY_MEASURE_COUNT || !yjjh__eq_param_ok(measure, param))
        return YJJH_E_OUT_OF_RANGE;
    return yjjh__eq_measure(out, values, weights, n, measure, param);
}

#define SIMPLE_MEASURE(fname, m)                                                                                       \
  yjjh_status fname(double *out, const double *values, size_t n, const double *weights, size_t n_weights)              \
  {                                                                                                                    \
    return yjjh_equity_measure_compute(out, values, n, weights, n_weights, m, 0.0);                                    \
  }
SIMPLE_MEASURE(yjjh_equity_cv, YJJH_EQUITY_CV)
SIMPLE_MEASURE(yjjh_equity_cv2, YJJH_EQUITY_CV2)
SIMPLE_MEASURE(yjjh_equity_gini, YJJH_EQUITY_GINI)
SIMPLE_MEASURE(yjjh_equity_theil_t, YJJH_EQUITY_THEIL_T)
SIMPLE_MEASURE(yjjh_equity_theil_l, YJJH_EQUITY_THEIL_L)
SIMPLE_MEASURE(yjjh_equity_mcloone, YJJH_EQUITY_MCLOONE)
SIMPLE_MEASURE(yjjh_equity_verstegen, YJJH_EQUITY_VERSTEGEN)
SIMPLE_MEASURE(yjjh_equity_range, YJJH_EQUITY_RANGE)
SIMPLE_MEASURE(yjjh_equity_restricted_range, YJJH_EQUITY_RESTRICTED_RANGE)
SIMPLE_MEASURE(yjjh_equity_federal_range_ratio, YJJH_EQUITY_FEDERAL_RANGE_RATIO)
SIMPLE_MEASURE(yjjh_equity_max_min_ratio, YJJH_EQUITY_MAX_MIN_RATIO)
#undef SIMPLE_MEASURE

yjjh_status yjjh_equity_ge(double *out, const double *values, size_t n, const double *weights, size_t n_weights,
                           double alpha)
{
    return yjjh_equity_measure_compute(out, values, n, weights, n_weights, YJJH_EQUITY_GE, alpha);
}

yjjh_status yjjh_equity_atkinson(double *out, const double *values, size_t n, const double *weights, size_t n_weights,
                                 double epsilon)
{
    return yjjh_equity_measure_compute(out, values, n, weights, n_weights, YJJH_EQUITY_ATKINSON, epsilon);
}

yjjh_status yjjh_equity_percentile(double *out, const double *values, size_t n, const double *weights, size_t n_weights,
                                   double p)
{
    yjjh_status st = yjjh__stats_check_args(out, values, n, weights, n_weights);
    if (st != YJJH_OK)
        return st;
    if (!(p >= 0.0 && p <= 1.0))
        return YJJH_E_OUT_OF_RANGE;
    return percentiles(out, values, weights, n, &p, 1);
}

yjjh_status yjjh_equity_contributions(double *out, const double *values, size_t n, const double *weights,
                                      size_t n_weights)
{
    yjjh_status st = yjjh__stats_check_args(out, values, n, weights, n_weights);
    if (st != YJJH_OK)
        return st;
    double mean = 0.0;
    if ((st = yjjh__eq_mean(&mean, values, weights, n)) != YJJH_OK)
        return st;
    yjjh__ksum W = {0.0, 0.0};
    for (size_t i = 0; i < n; i++)
        yjjh__ksum_add(&W, weights ? weights[i] : 1.0);
    double wsum = yjjh__ksum_value(&W);
    for (size_t i = 0; i < n; i++) {
        double d = values[i] - mean, c = (weights ? weights[i] : 1.0) / wsum * d * d;
        if (!isfinite(c))
            return YJJH_E_OVERFLOW;
    }
    for (size_t i = 0; i < n; i++) {
        double d = values[i] - mean;
        out[i] = (weights ? weights[i] : 1.0) / wsum * d * d;
    }
    return YJJH_OK;
}

static const char *const measure_names[YJJH_EQUITY_MEASURE_COUNT] = {
    "cv",           "cv2",     "gini",      "theil_t", "theil_l",          "ge",
    "atkinson",     "mcloone", "verstegen", "range",   "restricted_range", "federal_range_ratio",
    "max_min_ratio"};

const char *yjjh_equity_measure_name(yjjh_equity_measure measure)
{
    if ((int)measure < 0 || (int)measure >= YJJH_EQUITY_MEASURE_COUNT)
        return NULL;
    return measure_names[measure];
}

yjjh_status yjjh_equity_measure_from_name(yjjh_equity_measure *out, const char *name)
{
    if (!out || !name)
        return YJJH_E_NULL_ARG;
    for (int i = 0; i < YJJH_EQUITY_MEASURE_COUNT; i++) {
        if (strcmp(measure_names[i], name) == 0) {
            *out = (yjjh_equity_measure)i;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_CODE;
}
