/* Private: small helpers shared by the library sources (one definition instead of copies). Never installed. */
#ifndef YJJH_LIB_UTIL_H
#define YJJH_LIB_UTIL_H

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* FNV-1a hash of a NUL-terminated string. Superseded by common/strmap.h: delete once evaluate.c and validate.c
 * group with a yjjh__strmap. */
static inline size_t yjjh__hash_str(const char *s)
{
    size_t h = (size_t)1469598103934665603ULL;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= (size_t)1099511628211ULL;
    }
    return h;
}

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
