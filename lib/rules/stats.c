/* SPDX-License-Identifier: MIT */
/* Weighted mean, weighted population SD and CV (indicators.md §4).
 *
 * Algorithm (accuracy target: relative error <= 1e-12 against exact rational arithmetic, n up to 1e6,
 * values with large common offsets):
 *   pass 1  validate, track min/max, W = Σw and Σw·x with Neumaier compensated sums; m0 = Σw·x / W;
 *   pass 2  d = x − m0 (exact by Sterbenz when the values are close to the mean), e = Σw·d, q = Σw·d²
 *           (compensated); mean = m0 + e / W (correction of the first-pass mean);
 *           SS = q − e²/W (corrected two-pass sum of squares, Chan/Golub/LeVeque), SD = sqrt(SS / W).
 * Values (or weights) whose magnitude is outside [2^-250, 2^250] are scaled by a power of two first, so
 * intermediate squares neither overflow nor underflow; scaling by 2^k is exact.
 * Constant data (min == max, including n = 1) gives exactly mean = x, SD = 0.
 */
#include <float.h>
#include <math.h>
#include "yjjh/yjjh_stats.h"
#include "rules/stats.h"
#include "common/util.h"

#define SCALE_HI 0x1p250
#define SCALE_LO 0x1p-250

/* First failing element, in index order; checks per element: value finite, weight finite, weight > 0,
 * value >= 0 (when required). Only called when the fast loop found a problem. */
static yjjh_status diagnose(const double *x, const double *w, size_t n, unsigned int flags)
{
    for (size_t i = 0; i < n; i++) {
        if (!isfinite(x[i]))
            return YJJH_E_NOT_FINITE;
        if (w) {
            if (!isfinite(w[i]))
                return YJJH_E_NOT_FINITE;
            if (!(w[i] > 0.0))
                return YJJH_E_BAD_WEIGHT;
        }
        if ((flags & YJJH__STATS_NONNEG) && x[i] < 0.0)
            return YJJH_E_NEGATIVE;
    }
    return YJJH_E_INTERNAL;
}

/* Power-of-two factor that brings m (> 0) into [0.5, 1) when it is outside [SCALE_LO, SCALE_HI], else 1. */
static double scale_for(double m)
{
    int e;
    if (m > SCALE_HI || (m > 0.0 && m < SCALE_LO)) {
        (void)frexp(m, &e);
        if (e < -1000)
            e = -1000; /* subnormal maxima: 2^1000 is enough and representable */
        return ldexp(1.0, -e);
    }
    return 1.0;
}

/* Σw and Σw·x of the scaled data (used only when scaling is needed). */
static void sums_scaled(yjjh__ksum *sw_sum, yjjh__ksum *swx_sum, const double *x, const double *w, size_t n, double sx,
                        double sw)
{
    yjjh__ksum a = {0.0, 0.0}, b = {0.0, 0.0};
    for (size_t i = 0; i < n; i++) {
        double wi = w ? w[i] * sw : sw;
        yjjh__ksum_add(&a, wi);
        yjjh__ksum_add(&b, wi * (x[i] * sx));
    }
    *sw_sum = a;
    *swx_sum = b;
}

/* yjjh__stats_moments() that also reports the largest value (to tell an all-zero input from an underflow). */
static yjjh_status moments(double *mean, double *sd, double *max_value, const double *x, const double *w, size_t n,
                           unsigned int flags)
{
    if (n == 0)
        return YJJH_E_EMPTY;

    /* pass 1: validation, range, Σw, Σw·x */
    yjjh__ksum W = {0.0, 0.0}, WX = {0.0, 0.0};
    double xmin = x[0], xmax = x[0], wmax = 0.0;
    int bad = 0;
    const int nonneg = (flags & YJJH__STATS_NONNEG) != 0;
    if (w) {
        for (size_t i = 0; i < n; i++) {
            double xi = x[i], wi = w[i];
            bad |= (!isfinite(xi)) | (!(wi > 0.0 && wi <= DBL_MAX)) | (nonneg & (xi < 0.0));
            xmin = xi < xmin ? xi : xmin;
            xmax = xi > xmax ? xi : xmax;
            wmax = wi > wmax ? wi : wmax;
            yjjh__ksum_add(&W, wi);
            yjjh__ksum_add(&WX, wi * xi);
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            double xi = x[i];
            bad |= (!isfinite(xi)) | (nonneg & (xi < 0.0));
            xmin = xi < xmin ? xi : xmin;
            xmax = xi > xmax ? xi : xmax;
            yjjh__ksum_add(&WX, xi);
        }
        W.s = (double)n;
        wmax = 1.0;
    }
    if (bad)
        return diagnose(x, w, n, flags);

    if (max_value)
        *max_value = xmax;
    if (xmin == xmax) { /* constant data, n = 1 included: exact */
        if (mean)
            *mean = xmin;
        if (sd)
            *sd = 0.0;
        return YJJH_OK;
    }

    double amax = fabs(xmin) > fabs(xmax) ? fabs(xmin) : fabs(xmax);
    double sx = scale_for(amax), sw = w ? scale_for(wmax) : 1.0;
    if (sx != 1.0 || sw != 1.0)
        sums_scaled(&W, &WX, x, w, n, sx, sw);

    double wsum = yjjh__ksum_value(&W);
    double m0 = yjjh__ksum_value(&WX) / wsum;
    if (!isfinite(wsum) || !isfinite(m0) || !(wsum > 0.0))
        return YJJH_E_OVERFLOW;

    /* pass 2: deviations from the first-pass mean */
    yjjh__ksum E = {0.0, 0.0}, Q = {0.0, 0.0};
    if (sx == 1.0 && sw == 1.0) {
        if (w) {
            for (size_t i = 0; i < n; i++) {
                double d = x[i] - m0, wd = w[i] * d;
                yjjh__ksum_add(&E, wd);
                yjjh__ksum_add(&Q, wd * d);
            }
        } else {
            for (size_t i = 0; i < n; i++) {
                double d = x[i] - m0;
                yjjh__ksum_add(&E, d);
                yjjh__ksum_add(&Q, d * d);
            }
        }
    } else {
        for (size_t i = 0; i < n; i++) {
            double d = x[i] * sx - m0, wd = (w ? w[i] * sw : sw) * d;
            yjjh__ksum_add(&E, wd);
            yjjh__ksum_add(&Q, wd * d);
        }
    }
    double e = yjjh__ksum_value(&E), q = yjjh__ksum_value(&Q);
    double m = m0 + e / wsum;
    double ss = q - e * (e / wsum);
    if (ss < 0.0)
        ss = 0.0;
    double s = sqrt(ss / wsum);

    m /= sx;
    s /= sx;
    /* the mean lies within the range of the values */
    if (m < xmin)
        m = xmin;
    if (m > xmax)
        m = xmax;
    if (!isfinite(m) || !isfinite(s))
        return YJJH_E_OVERFLOW;
    if (mean)
        *mean = m;
    if (sd)
        *sd = s;
    return YJJH_OK;
}

yjjh_status yjjh__stats_moments(double *mean, double *sd, const double *x, const double *w, size_t n,
                                unsigned int flags)
{
    return moments(mean, sd, NULL, x, w, n, flags);
}

yjjh_status yjjh__cv_with_mean(double *cv, double *mean, const double *x, const double *w, size_t n)
{
    double m, s, xmax = 0.0;
    yjjh_status st = moments(&m, &s, &xmax, x, w, n, YJJH__STATS_NONNEG);
    if (st != YJJH_OK)
        return st;
    if (!(m > 0.0)) {
        if (xmax > 0.0)
            return YJJH_E_OVERFLOW; /* a positive mean underflowed (absurd weight range) */
        if (mean)
            *mean = 0.0;
        return YJJH_E_ZERO_MEAN;
    }
    double c = s / m;
    if (!isfinite(c))
        return YJJH_E_OVERFLOW;
    if (cv)
        *cv = c;
    if (mean)
        *mean = m;
    return YJJH_OK;
}

yjjh_status yjjh__stats_check_args(const void *out, const double *values, size_t n, const double *weights,
                                   size_t n_weights)
{
    if (!out || !values)
        return YJJH_E_NULL_ARG;
    if (n == 0)
        return YJJH_E_EMPTY;
    if (weights && n_weights != n)
        return YJJH_E_LENGTH_MISMATCH;
    return YJJH_OK;
}

yjjh_status yjjh_stats_weighted_mean(double *out, const double *values, size_t n, const double *weights,
                                     size_t n_weights)
{
    yjjh_status st = yjjh__stats_check_args(out, values, n, weights, n_weights);
    if (st != YJJH_OK)
        return st;
    return yjjh__stats_moments(out, NULL, values, weights, n, 0u);
}

yjjh_status yjjh_stats_weighted_sd(double *out, const double *values, size_t n, const double *weights, size_t n_weights)
{
    yjjh_status st = yjjh__stats_check_args(out, values, n, weights, n_weights);
    if (st != YJJH_OK)
        return st;
    return yjjh__stats_moments(NULL, out, values, weights, n, 0u);
}

yjjh_status yjjh_stats_cv(double *out, const double *values, size_t n, const double *weights, size_t n_weights)
{
    yjjh_status st = yjjh__stats_check_args(out, values, n, weights, n_weights);
    if (st != YJJH_OK)
        return st;
    return yjjh__cv_with_mean(out, NULL, values, weights, n);
}
