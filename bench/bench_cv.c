/* SPDX-License-Identifier: MIT */
/* Benchmark of yjjh_stats_cv: ns/element and elements/s at n = 1e3, 1e5, 1e6, and the ratio to a naive
 * one-pass implementation (Σw, Σwx, Σwx² — fast but inaccurate with large common offsets). */
#define _POSIX_C_SOURCE 199309L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "yjjh/yjjh.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + 1e-9 * (double)ts.tv_nsec;
}

static double naive_cv(const double *x, const double *w, size_t n)
{
    double sw = 0, swx = 0, swx2 = 0;
    for (size_t i = 0; i < n; i++) {
        sw += w[i];
        swx += w[i] * x[i];
        swx2 += w[i] * x[i] * x[i];
    }
    double m = swx / sw, var = swx2 / sw - m * m;
    return sqrt(var > 0 ? var : 0) / m;
}

int main(void)
{
    const size_t sizes[] = {1000, 100000, 1000000};
    volatile double sink = 0;
    uint64_t s = 42;
    printf("%10s %12s %14s %12s %10s\n", "n", "ns/element", "elements/s", "naive ns/el", "ratio");
    for (size_t k = 0; k < sizeof sizes / sizeof sizes[0]; k++) {
        size_t n = sizes[k];
        double *x = malloc(n * sizeof *x), *w = malloc(n * sizeof *w);
        if (!x || !w)
            return 1;
        for (size_t i = 0; i < n; i++) {
            s = s * 6364136223846793005u + 1442695040888963407u;
            x[i] = 2.0 + (double)(s >> 40) / (double)(1u << 24) * 10.0;
            w[i] = (double)(1 + (s >> 20) % 3000);
        }
        size_t reps = 20000000 / n + 1;
        double t0 = now();
        for (size_t r = 0; r < reps; r++) {
            double cv;
            if (yjjh_stats_cv(&cv, x, n, w, n) != YJJH_OK)
                return 1;
            sink += cv;
        }
        double t1 = now();
        for (size_t r = 0; r < reps; r++)
            sink += naive_cv(x, w, n);
        double t2 = now();
        double ns = (t1 - t0) / (double)(reps * n) * 1e9, ns_naive = (t2 - t1) / (double)(reps * n) * 1e9;
        printf("%10zu %12.3f %14.3e %12.3f %10.2f\n", n, ns, 1e9 / ns, ns_naive, ns / ns_naive);
        free(x);
        free(w);
    }
    return sink == 12345.0;
}
