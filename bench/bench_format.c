/* SPDX-License-Identifier: MIT */
/* Number → text: yjjh__format_double (shortest round trip, Schubfach + integer fast path) against the
 * printf search it replaced (%.15g, %.16g, %.17g, each read back with strtod), on the values the writers print:
 * CVs and ratios (17 digits), per-100 values, integers (counts) and random bit patterns. Every text is read back
 * with strtod and must give the same double (the long form of tests/test_number_format.c).
 * usage: yjjh_bench_format [count (default 10,000,000)] */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/number_format.h"

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static uint64_t next_u64(uint64_t *s)
{
    *s ^= *s >> 12;
    *s ^= *s << 25;
    *s ^= *s >> 27;
    return *s * 2685821657736338717ULL;
}

static void printf_shortest(char *buf, size_t n, double v)
{
    for (int prec = 15; prec <= 17; prec++) {
        snprintf(buf, n, "%.*g", prec, v);
        if (strtod(buf, NULL) == v)
            break;
    }
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)atol(argv[1]) : 10000000, bad = 0, differ = 0, bytes = 0;
    double *v = malloc(n * sizeof *v), t0, t_new, t_old;
    char buf[64], old[64];
    uint64_t seed = 20261201;
    if (!v)
        return 1;
    for (size_t i = 0; i < n; i++) {
        uint64_t r = next_u64(&seed), bits;
        double a = (double)(r % 100000), b = (double)(1 + (r >> 20) % 5000);
        switch (i % 4) {
        case 0: v[i] = a / b; break;         /* a ratio, CV-like: 16-17 digits */
        case 1: v[i] = a * 100.0 / b; break; /* per-100 value */
        case 2: v[i] = a; break;             /* a count */
        default:
            bits = next_u64(&seed);
            memcpy(&v[i], &bits, sizeof bits);
            if (!isfinite(v[i]))
                v[i] = 1.5;
            break;
        }
    }
    t0 = now();
    for (size_t i = 0; i < n; i++)
        bytes += yjjh__format_double_len(buf, sizeof buf, v[i]);
    t_new = now() - t0;
    t0 = now();
    for (size_t i = 0; i < n; i++) {
        printf_shortest(old, sizeof old, v[i]);
        bytes += old[0] == '\0';
    }
    t_old = now() - t0;
    for (size_t i = 0; i < n; i++) {
        yjjh__format_double(buf, sizeof buf, v[i]);
        if (strtod(buf, NULL) != v[i] && !(v[i] == 0.0))
            bad++;
        printf_shortest(old, sizeof old, v[i] == 0.0 ? 0.0 : v[i]);
        if (strcmp(buf, old) != 0)
            differ++;
    }
    printf("number -> text, %zu values (1/4 ratios, 1/4 per-100, 1/4 counts, 1/4 random bits):\n", n);
    printf("  yjjh__format_double        %7.1f ns/number  (%.1f MB of text)\n", t_new * 1e9 / (double)n,
           (double)bytes / 1e6);
    printf("  %%.15g/16g/17g + strtod      %7.1f ns/number\n", t_old * 1e9 / (double)n);
    printf("  ratio old/new %.1fx; read back exactly: %zu of %zu (%zu failures); text differs from the old: %zu "
           "(each also reads back, see test_number_format)\n",
           t_old / t_new, n - bad, n, bad, differ);
    free(v);
    return bad != 0;
}
