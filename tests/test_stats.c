/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_stats.h: weighted mean, SD, CV (indicators.md §4).
 * Expected values: the §9 worked example as a formula, hand calculation, and the exact rational reference
 * tests/data/stats_reference.txt written by tests/reference/exact_cv.py (Python fractions). */
#include <float.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "yjjh/yjjh.h"
#include "yjjh_test.h"

#define REL_EXACT 1e-12

/* ---- §9 worked example ---- */

static void test_worked_example(void **state)
{
    (void)state;
    const double x[] = {5.0, 4.0, 6.0}, p[] = {1000, 500, 250};
    const double mean = 34.0 / 7.0;
    const double sd = sqrt((5000.0 / 7.0) / 1750.0);
    double m = 0, s = 0, cv = 0;
    assert_ok(yjjh_stats_weighted_mean(&m, x, 3, p, 3));
    assert_ok(yjjh_stats_weighted_sd(&s, x, 3, p, 3));
    assert_ok(yjjh_stats_cv(&cv, x, 3, p, 3));
    assert_close(m, mean, 1e-14, 0);
    assert_close(s, sd, 1e-13, 0);
    assert_close(cv, sd / mean, 1e-13, 0);
    assert_close(cv, 0.131533410441164, 1e-13, 0); /* the number printed in the spec */
    /* total resource / total students (8500 m² / 1750) */
    assert_close(m, 8500.0 / 1750.0, 1e-15, 0);
}

static void test_unweighted_by_hand(void **state)
{
    (void)state;
    /* 2, 4, 4, 4, 5, 5, 7, 9: mean 5, population SD 2, CV 0.4 */
    const double x[] = {2, 4, 4, 4, 5, 5, 7, 9};
    double m, s, cv;
    assert_ok(yjjh_stats_weighted_mean(&m, x, 8, NULL, 0));
    assert_ok(yjjh_stats_weighted_sd(&s, x, 8, NULL, 12345)); /* n_weights ignored without weights */
    assert_ok(yjjh_stats_cv(&cv, x, 8, NULL, 0));
    assert_close(m, 5.0, 1e-15, 0);
    assert_close(s, 2.0, 1e-15, 0);
    assert_close(cv, 0.4, 1e-15, 0);
    /* weights all 1 give the same */
    const double one[] = {1, 1, 1, 1, 1, 1, 1, 1};
    assert_ok(yjjh_stats_cv(&cv, x, 8, one, 8));
    assert_close(cv, 0.4, 1e-15, 0);
    /* integer weights = repeated values: {1 ×3, 3 ×1} → mean 1.5, SD sqrt(0.75) */
    const double y[] = {1, 3}, wy[] = {3, 1};
    assert_ok(yjjh_stats_weighted_sd(&s, y, 2, wy, 2));
    assert_close(s, sqrt(0.75), 1e-15, 0);
}

static void test_single_and_constant(void **state)
{
    (void)state;
    const double x1[] = {4.2}, w1[] = {777};
    double cv = -1, s = -1, m = -1;
    assert_ok(yjjh_stats_cv(&cv, x1, 1, w1, 1));
    assert_true(cv == 0.0);
    assert_ok(yjjh_stats_cv(&cv, x1, 1, NULL, 0));
    assert_true(cv == 0.0);
    assert_ok(yjjh_stats_weighted_sd(&s, x1, 1, w1, 1));
    assert_true(s == 0.0);
    assert_ok(yjjh_stats_weighted_mean(&m, x1, 1, w1, 1));
    assert_true(m == 4.2);
    /* equal values that are not exactly representable: still exactly 0 */
    const double x[] = {0.1, 0.1, 0.1, 0.1}, w[] = {3, 17, 1000, 1};
    assert_ok(yjjh_stats_cv(&cv, x, 4, w, 4));
    assert_true(cv == 0.0);
    assert_ok(yjjh_stats_weighted_mean(&m, x, 4, w, 4));
    assert_true(m == 0.1);
}

static void test_zero_mean(void **state)
{
    (void)state;
    const double z[] = {0, 0, 0}, w[] = {10, 20, 30};
    double cv = 42.0, m = 1.0, s = 1.0;
    assert_status(yjjh_stats_cv(&cv, z, 3, w, 3), YJJH_E_ZERO_MEAN);
    assert_true(cv == 42.0); /* untouched */
    assert_status(yjjh_stats_cv(&cv, z, 1, NULL, 0), YJJH_E_ZERO_MEAN);
    assert_true(cv == 42.0);
    /* mean and SD of zeros are fine */
    assert_ok(yjjh_stats_weighted_mean(&m, z, 3, w, 3));
    assert_true(m == 0.0);
    assert_ok(yjjh_stats_weighted_sd(&s, z, 3, w, 3));
    assert_true(s == 0.0);
    /* mixed signs with mean 0: mean and SD work, CV rejects the negative value first */
    const double pm[] = {-1, 1};
    assert_ok(yjjh_stats_weighted_mean(&m, pm, 2, NULL, 0));
    assert_true(m == 0.0);
    assert_ok(yjjh_stats_weighted_sd(&s, pm, 2, NULL, 0));
    assert_close(s, 1.0, 1e-15, 0);
    assert_status(yjjh_stats_cv(&cv, pm, 2, NULL, 0), YJJH_E_NEGATIVE);
}

typedef yjjh_status (*stat_fn)(double *, const double *, size_t, const double *, size_t);

static void check_common_statuses(stat_fn f)
{
    const double x[] = {1, 2, 3}, w[] = {1, 2, 3};
    double out = 99.0;
    assert_status(f(NULL, x, 3, w, 3), YJJH_E_NULL_ARG);
    assert_status(f(&out, NULL, 3, w, 3), YJJH_E_NULL_ARG);
    assert_status(f(NULL, NULL, 0, NULL, 0), YJJH_E_NULL_ARG);
    assert_status(f(&out, x, 0, w, 0), YJJH_E_EMPTY);
    assert_status(f(&out, x, 0, NULL, 0), YJJH_E_EMPTY);
    assert_status(f(&out, x, 3, w, 2), YJJH_E_LENGTH_MISMATCH);
    assert_status(f(&out, x, 2, w, 3), YJJH_E_LENGTH_MISMATCH);

    const double xnan[] = {1, NAN, 3}, xinf[] = {1, 2, INFINITY}, xminf[] = {-INFINITY, 2, 3};
    assert_status(f(&out, xnan, 3, w, 3), YJJH_E_NOT_FINITE);
    assert_status(f(&out, xnan, 3, NULL, 0), YJJH_E_NOT_FINITE);
    assert_status(f(&out, xinf, 3, w, 3), YJJH_E_NOT_FINITE);
    assert_status(f(&out, xminf, 3, NULL, 0), YJJH_E_NOT_FINITE);
    const double wnan[] = {1, NAN, 1}, winf[] = {1, 1, INFINITY};
    assert_status(f(&out, x, 3, wnan, 3), YJJH_E_NOT_FINITE);
    assert_status(f(&out, x, 3, winf, 3), YJJH_E_NOT_FINITE);
    const double wzero[] = {1, 0, 1}, wneg[] = {1, 1, -5}, wnegzero[] = {-0.0, 1, 1};
    assert_status(f(&out, x, 3, wzero, 3), YJJH_E_BAD_WEIGHT);
    assert_status(f(&out, x, 3, wneg, 3), YJJH_E_BAD_WEIGHT);
    assert_status(f(&out, x, 3, wnegzero, 3), YJJH_E_BAD_WEIGHT);
    /* the first failing element decides */
    const double x2[] = {1, 2, NAN};
    assert_status(f(&out, x2, 3, wzero, 3), YJJH_E_BAD_WEIGHT);
    assert_true(out == 99.0); /* untouched on every error */
}

static void test_statuses_mean(void **state)
{
    (void)state;
    check_common_statuses(yjjh_stats_weighted_mean);
    const double neg[] = {-1, -2};
    double m;
    assert_ok(yjjh_stats_weighted_mean(&m, neg, 2, NULL, 0));
    assert_close(m, -1.5, 1e-15, 0);
}

static void test_statuses_sd(void **state)
{
    (void)state;
    check_common_statuses(yjjh_stats_weighted_sd);
    const double neg[] = {-1, -3};
    double s;
    assert_ok(yjjh_stats_weighted_sd(&s, neg, 2, NULL, 0));
    assert_close(s, 1.0, 1e-15, 0);
}

static void test_statuses_cv(void **state)
{
    (void)state;
    check_common_statuses(yjjh_stats_cv);
    const double neg[] = {1, -0.5, 2}, w[] = {1, 1, 1};
    double cv = 7.0;
    assert_status(yjjh_stats_cv(&cv, neg, 3, w, 3), YJJH_E_NEGATIVE);
    assert_status(yjjh_stats_cv(&cv, neg, 3, NULL, 0), YJJH_E_NEGATIVE);
    assert_true(cv == 7.0);
    /* -0.0 is not negative */
    const double nz[] = {-0.0, 2.0};
    assert_ok(yjjh_stats_cv(&cv, nz, 2, NULL, 0));
    assert_close(cv, 1.0, 1e-15, 0);
    /* a positive mean that underflows (weights spanning more than the double range): not representable */
    const double x[] = {0.0, 1.0}, wx[] = {DBL_MAX, 4.9406564584124654e-324};
    cv = 7.0;
    assert_status(yjjh_stats_cv(&cv, x, 2, wx, 2), YJJH_E_OVERFLOW);
    assert_true(cv == 7.0);
}

static void test_extreme_magnitudes(void **state)
{
    (void)state;
    /* no overflow of squares for huge values, no underflow for tiny ones (exact by hand: CV of {a, 3a} = 0.5) */
    const double big[] = {1e300, 3e300}, tiny[] = {1e-310, 3e-310}, w[] = {1, 1};
    double cv, s, m;
    assert_ok(yjjh_stats_cv(&cv, big, 2, w, 2));
    assert_close(cv, 0.5, 1e-15, 0);
    assert_ok(yjjh_stats_cv(&cv, tiny, 2, NULL, 0));
    assert_close(cv, 0.5, 1e-12, 0); /* subnormal inputs carry fewer bits */
    const double span[] = {DBL_MAX, -DBL_MAX};
    assert_ok(yjjh_stats_weighted_sd(&s, span, 2, NULL, 0));
    assert_true(s == DBL_MAX);
    assert_ok(yjjh_stats_weighted_mean(&m, span, 2, NULL, 0));
    assert_true(m == 0.0);
    const double hw[] = {1e300, 1e300}, xx[] = {1.0, 3.0};
    assert_ok(yjjh_stats_cv(&cv, xx, 2, hw, 2));
    assert_close(cv, 0.5, 1e-15, 0);
}

/* ---- exact reference fixtures ---- */

#define MASK31 0x7fffffffu
static uint64_t lcg_next(uint64_t *s)
{
    *s = *s * UINT64_C(6364136223846793005) + UINT64_C(1442695040888963407);
    return *s >> 33;
}

static void check_expect(const char *name, double m, double s, double cv, int cv_status, double em, double es,
                         const char *ecv)
{
    if (!(fabs(m - em) <= REL_EXACT * fabs(em) + 0.0))
        fail_msg("%s: mean %.17g expected %.17g", name, m, em);
    if (es == 0.0) {
        if (s != 0.0)
            fail_msg("%s: sd %.17g expected 0", name, s);
    } else if (!(fabs(s - es) <= REL_EXACT * es)) {
        fail_msg("%s: sd %.17g expected %.17g (rel err %.3g)", name, s, es, fabs(s - es) / es);
    }
    if (strcmp(ecv, "negative") == 0) {
        if (cv_status != YJJH_E_NEGATIVE)
            fail_msg("%s: cv status %d, expected YJJH_E_NEGATIVE", name, cv_status);
        return;
    }
    if (cv_status != YJJH_OK)
        fail_msg("%s: cv status %d (%s)", name, cv_status, yjjh_strerror(cv_status));
    double ec = strtod(ecv, NULL);
    if (ec == 0.0) {
        if (cv != 0.0)
            fail_msg("%s: cv %.17g expected 0", name, cv);
    } else if (!(fabs(cv - ec) <= REL_EXACT * ec)) {
        fail_msg("%s: cv %.17g expected %.17g (rel err %.3g)", name, cv, ec, fabs(cv - ec) / ec);
    }
}

static void run_case(const char *name, const double *x, const double *w, size_t n, double em, double es,
                     const char *ecv)
{
    double m = NAN, s = NAN, cv = NAN;
    assert_ok(yjjh_stats_weighted_mean(&m, x, n, w, w ? n : 0));
    assert_ok(yjjh_stats_weighted_sd(&s, x, n, w, w ? n : 0));
    yjjh_status cs = yjjh_stats_cv(&cv, x, n, w, w ? n : 0);
    check_expect(name, m, s, cv, cs, em, es, ecv);
}

static double *read_doubles(FILE *f, const char *tag, size_t n)
{
    char tok[64];
    if (fscanf(f, "%63s", tok) != 1 || strcmp(tok, tag) != 0)
        fail_msg("fixture: expected '%s'", tag);
    double *v = malloc(n * sizeof *v);
    assert_non_null(v);
    for (size_t i = 0; i < n; i++)
        if (fscanf(f, "%lf", &v[i]) != 1)
            fail_msg("fixture: bad number in '%s' line", tag);
    return v;
}

static void test_exact_reference(void **state)
{
    (void)state;
    const char *path = YJJH_TEST_DATA_DIR "/stats_reference.txt";
    FILE *f = fopen(path, "r");
    if (!f)
        fail_msg("cannot open %s", path);
    char line[512], tok[64], name[128], ecv[64];
    assert_non_null(fgets(line, sizeof line, f)); /* comment line */
    assert_true(line[0] == '#');
    int n_data = 0, n_lcg = 0;
    while (fscanf(f, "%63s", tok) == 1) {
        if (strcmp(tok, "data") == 0) {
            size_t n;
            int weighted;
            double em, es;
            assert_int_equal(fscanf(f, "%127s %zu %d", name, &n, &weighted), 3);
            double *x = read_doubles(f, "x", n);
            double *w = weighted ? read_doubles(f, "w", n) : NULL;
            assert_int_equal(fscanf(f, "%63s %lf %lf %63s", tok, &em, &es, ecv), 4);
            assert_string_equal(tok, "expect");
            run_case(name, x, w, n, em, es, ecv);
            free(x);
            free(w);
            n_data++;
        } else if (strcmp(tok, "lcg") == 0) {
            size_t n;
            unsigned long long seed, base, kmod, wmod;
            int shift;
            double em, es;
            assert_int_equal(fscanf(f, "%127s %zu %llu %llu %d %llu %llu %lf %lf %63s", name, &n, &seed, &base, &shift,
                                    &kmod, &wmod, &em, &es, ecv),
                             10);
            double *x = malloc(n * sizeof *x), *w = wmod ? malloc(n * sizeof *w) : NULL;
            assert_non_null(x);
            uint64_t st = seed;
            const double step = ldexp(1.0, -shift);
            for (size_t i = 0; i < n; i++) {
                uint64_t k = lcg_next(&st) % kmod;
                x[i] = (double)base + (double)k * step; /* exact by construction */
                if (w)
                    w[i] = (double)(1 + lcg_next(&st) % wmod);
            }
            run_case(name, x, w, n, em, es, ecv);
            free(x);
            free(w);
            n_lcg++;
        } else {
            fail_msg("fixture: unexpected token '%s'", tok);
        }
    }
    fclose(f);
    assert_true(n_data >= 20);
    assert_true(n_lcg >= 4);
}

/* The naive one-pass formula loses everything on large offsets; ours must not (sanity of the fixture idea). */
static void test_offset_invariance(void **state)
{
    (void)state;
    /* values 1e9 + {0, 1, 2, 3} × 2^-20 with weights 1, 2, 3, 4: SD is offset-free:
     * k mean = (0+2+6+12)/10 = 2, var = (4·1 + 1·2 + 0·3 + 1·4)/10 = 1, SD = 2^-20 */
    double x[4], w[4] = {1, 2, 3, 4}, s, m;
    for (int i = 0; i < 4; i++)
        x[i] = 1e9 + i * ldexp(1.0, -20);
    assert_ok(yjjh_stats_weighted_sd(&s, x, 4, w, 4));
    assert_close(s, ldexp(1.0, -20), 1e-12, 0);
    assert_ok(yjjh_stats_weighted_mean(&m, x, 4, w, 4));
    assert_true(m == 1e9 + 2 * ldexp(1.0, -20));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example),      cmocka_unit_test(test_unweighted_by_hand),
        cmocka_unit_test(test_single_and_constant), cmocka_unit_test(test_zero_mean),
        cmocka_unit_test(test_statuses_mean),       cmocka_unit_test(test_statuses_sd),
        cmocka_unit_test(test_statuses_cv),         cmocka_unit_test(test_extreme_magnitudes),
        cmocka_unit_test(test_exact_reference),     cmocka_unit_test(test_offset_invariance),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
