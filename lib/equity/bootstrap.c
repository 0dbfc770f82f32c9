/* SPDX-License-Identifier: MIT */
/* Bootstrap intervals over schools (yjjh_equity.h, docs/equity.md §5).
 *
 * Generator: xoshiro256** (Blackman and Vigna), its state filled by splitmix64 from the seed; an index in
 * [0, n) is drawn by rejection of the lowest 2^64 mod n outputs, so the draw has no modulo bias and the sequence
 * is the same on every platform. Percentile interval: replicate quantiles (type 7). BCa (Efron 1987): bias
 * correction z0 = Φ⁻¹(share below the estimate, ties counted half), acceleration from the leave-one-out
 * jackknife a = Σ(θ̄ − θ₍ᵢ₎)³ / (6 (Σ(θ̄ − θ₍ᵢ₎)²)^{3/2}).
 */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include "yjjh/yjjh_equity.h"
#include "equity/equity.h"

typedef struct rng {
    uint64_t s[4];
} rng;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9E3779B97F4A7C15u);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9u;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBu;
    return z ^ (z >> 31);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static uint64_t rng_next(rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5u, 7) * 9u;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* Uniform in [0, n), n > 0. */
static size_t rng_below(rng *r, size_t n)
{
    uint64_t m = (uint64_t)n, threshold = (0u - m) % m;
    for (;;) {
        uint64_t x = rng_next(r);
        if (x >= threshold)
            return (size_t)(x % m);
    }
}

/* Standard normal distribution function. */
static double norm_cdf(double z) { return 0.5 * erfc(-z / sqrt(2.0)); }

/* Its inverse for 0 < p < 1: Abramowitz–Stegun 26.2.23 as the start, then Newton steps on ln Φ. */
static double norm_quantile(double p)
{
    if (p == 0.5)
        return 0.0;
    if (p > 0.5)
        return -norm_quantile(1.0 - p);
    double t = sqrt(-2.0 * log(p));
    double x = -(t - (2.515517 + 0.802853 * t + 0.010328 * t * t) /
                         (1.0 + 1.432788 * t + 0.189269 * t * t + 0.001308 * t * t * t));
    for (int i = 0; i < 50; i++) {
        double F = norm_cdf(x), f = exp(-0.5 * x * x) / sqrt(2.0 * 3.14159265358979323846);
        double step = (log(F) - log(p)) * F / f;
        x -= step;
        if (fabs(step) <= 1e-15 * (1.0 + fabs(x)))
            break;
    }
    return x;
}

static int dbl_cmp(const void *pa, const void *pb)
{
    double a = *(const double *)pa, b = *(const double *)pb;
    return (a > b) - (a < b);
}

/* Type-7 quantile of sorted s[0..n), 0 <= q <= 1. */
static double quantile7(const double *s, size_t n, double q)
{
    double h = (double)(n - 1) * q;
    size_t lo = (size_t)floor(h);
    if (lo >= n - 1)
        return s[n - 1];
    double f = h - (double)lo;
    return s[lo] + f * (s[lo + 1] - s[lo]);
}

yjjh_status yjjh_equity_bootstrap(yjjh_equity_interval *out, double *replicates, const double *values, size_t n,
                                  const double *weights, size_t n_weights, yjjh_equity_measure measure, double param,
                                  size_t n_replicates, double level, unsigned long seed)
{
    if (!out || !values)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_EQUITY_INTERVAL_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (n == 0)
        return YJJH_E_EMPTY;
    if (weights && n_weights != n)
        return YJJH_E_LENGTH_MISMATCH;
    if ((int)measure < 0 || (int)measure >= YJJH_EQUITY_MEASURE_COUNT || !yjjh__eq_param_ok(measure, param) ||
        n_replicates < 2 || n_replicates > 10000000u || !(level > 0.0 && level < 1.0))
        return YJJH_E_OUT_OF_RANGE;

    double estimate = 0.0;
    yjjh_status st = yjjh__eq_measure(&estimate, values, weights, n, measure, param);
    if (st != YJJH_OK)
        return st;

    double *bx = malloc(2 * n * sizeof *bx), *sorted = malloc(n_replicates * sizeof *sorted);
    if (!bx || !sorted) {
        free(bx);
        free(sorted);
        return YJJH_E_NOMEM;
    }
    double *bw = bx + n;

    rng r;
    uint64_t sm = (uint64_t)(seed & 0xFFFFFFFFul);
    for (int k = 0; k < 4; k++)
        r.s[k] = splitmix64(&sm);

    size_t nv = 0;
    for (size_t b = 0; b < n_replicates; b++) {
        for (size_t i = 0; i < n; i++) {
            size_t j = rng_below(&r, n);
            bx[i] = values[j];
            bw[i] = weights ? weights[j] : 1.0;
        }
        double v = NAN;
        if (yjjh__eq_measure(&v, bx, bw, n, measure, param) != YJJH_OK)
            v = NAN;
        if (replicates)
            replicates[b] = v;
        if (!isnan(v))
            sorted[nv++] = v;
    }
    if (nv < 2) {
        free(bx);
        free(sorted);
        return YJJH_E_NOT_APPLICABLE;
    }
    qsort(sorted, nv, sizeof *sorted, dbl_cmp);

    /* mean and SD of the replicates (two passes) */
    double sum = 0.0, below = 0.0;
    for (size_t b = 0; b < nv; b++) {
        sum += sorted[b];
        below += sorted[b] < estimate ? 1.0 : sorted[b] == estimate ? 0.5 : 0.0;
    }
    double rmean = sum / (double)nv, ss = 0.0;
    for (size_t b = 0; b < nv; b++)
        ss += (sorted[b] - rmean) * (sorted[b] - rmean);

    double tail = (1.0 - level) / 2.0;
    yjjh_equity_interval res = *out;
    res.estimate = estimate;
    res.se = sqrt(ss / (double)(nv - 1));
    res.bias = rmean - estimate;
    res.pct_low = quantile7(sorted, nv, tail);
    res.pct_high = quantile7(sorted, nv, 1.0 - tail);
    res.n_valid = nv;
    res.z0 = NAN;
    res.acceleration = NAN;
    res.bca_low = NAN;
    res.bca_high = NAN;

    /* jackknife: leave each school out once */
    double prop = below / (double)nv;
    if (n >= 2 && prop > 0.0 && prop < 1.0) {
        double *jack = malloc(n * sizeof *jack);
        int ok = jack != NULL;
        for (size_t i = 0; ok && i < n; i++) {
            size_t m = 0;
            for (size_t j = 0; j < n; j++) {
                if (j == i)
                    continue;
                bx[m] = values[j];
                bw[m] = weights ? weights[j] : 1.0;
                m++;
            }
            ok = yjjh__eq_measure(&jack[i], bx, bw, n - 1, measure, param) == YJJH_OK;
        }
        if (ok) {
            double jm = 0.0, s2 = 0.0, s3 = 0.0;
            for (size_t i = 0; i < n; i++)
                jm += jack[i];
            jm /= (double)n;
            for (size_t i = 0; i < n; i++) {
                double d = jm - jack[i];
                s2 += d * d;
                s3 += d * d * d;
            }
            double acc = s2 > 0.0 ? s3 / (6.0 * pow(s2, 1.5)) : 0.0;
            double z0 = norm_quantile(prop);
            double zl = norm_quantile(tail), zh = -zl;
            double dl = 1.0 - acc * (z0 + zl), dh = 1.0 - acc * (z0 + zh);
            double q1 = dl > 0.0 ? norm_cdf(z0 + (z0 + zl) / dl) : NAN;
            double q2 = dh > 0.0 ? norm_cdf(z0 + (z0 + zh) / dh) : NAN;
            res.z0 = z0;
            res.acceleration = acc;
            if (isfinite(q1) && isfinite(q2) && q1 >= 0.0 && q2 <= 1.0) {
                res.bca_low = quantile7(sorted, nv, q1);
                res.bca_high = quantile7(sorted, nv, q2);
            }
        }
        free(jack);
    }
    free(bx);
    free(sorted);
    *out = res;
    return YJJH_OK;
}
