/* SPDX-License-Identifier: MIT */
/* Private: small helpers shared by the library sources (one definition instead of copies). Never installed. */
#ifndef YJJH_LIB_UTIL_H
#define YJJH_LIB_UTIL_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A missing (NaN) count as 0. */
static inline double yjjh__nz(double v) { return isnan(v) ? 0.0 : v; }

/* Neumaier (improved Kahan–Babuška) compensated sum. */
typedef struct yjjh__ksum {
    double s, c;
} yjjh__ksum;

static inline void yjjh__ksum_add(yjjh__ksum *k, double x)
{
    double t = k->s + x;
    if (fabs(k->s) >= fabs(x))
        k->c += (k->s - t) + x;
    else
        k->c += (x - t) + k->s;
    k->s = t;
}

static inline double yjjh__ksum_value(const yjjh__ksum *k) { return k->s + k->c; }

#endif
