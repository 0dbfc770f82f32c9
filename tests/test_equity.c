/* SPDX-License-Identifier: MIT */
/* Tests of yjjh_equity.h (docs/equity.md). Expected values: the indicators.md §9 worked example by hand (exact
 * fractions written out below), textbook values, the decomposition identity and the CV² formula on random data,
 * bad-input statuses. The comparison with fractions/mpmath on many data sets is in
 * bindings/python/tests/test_equity.py. */
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "yjjh/yjjh.h"
#include "yjjh_test.h"

static const double X9[] = {5.0, 4.0, 6.0}, P9[] = {1000, 500, 250};

static void test_worked_example_by_hand(void **state)
{
    (void)state;
    double v = 0;
    assert_ok(yjjh_equity_cv(&v, X9, 3, P9, 3));
    assert_close(v, 0.131533410441164, 1e-13, 0);
    assert_ok(yjjh_equity_cv2(&v, X9, 3, P9, 3));
    /* σ² = (5000/7)/1750 = 20/49, μ = 34/7: CV² = (20/49)/(34/7)² = 20/1156 */
    assert_close(v, 20.0 / 1156.0, 1e-14, 0);
    /* sorted 4 (500), 5 (1000), 6 (250): Σ gap·H·(1 − H) = (500·1250 + 1500·250)/1750² = 16/49; G = 16/49 / (34/7) */
    assert_ok(yjjh_equity_gini(&v, X9, 3, P9, 3));
    assert_close(v, 8.0 / 119.0, 1e-14, 0);
    assert_ok(yjjh_equity_mcloone(&v, X9, 3, P9, 3)); /* median 5: (2000 + 5000)/1500/5 */
    assert_close(v, 14.0 / 15.0, 1e-15, 0);
    assert_ok(yjjh_equity_verstegen(&v, X9, 3, P9, 3)); /* (5000 + 1500)/1250/5 */
    assert_close(v, 26.0 / 25.0, 1e-15, 0);
    assert_ok(yjjh_equity_federal_range_ratio(&v, X9, 3, P9, 3)); /* P5 = 4, P95 = 6 */
    assert_close(v, 0.5, 0, 0);
    assert_ok(yjjh_equity_restricted_range(&v, X9, 3, P9, 3));
    assert_close(v, 2.0, 0, 0);
    assert_ok(yjjh_equity_range(&v, X9, 3, P9, 3));
    assert_close(v, 2.0, 0, 0);
    assert_ok(yjjh_equity_max_min_ratio(&v, X9, 3, P9, 3));
    assert_close(v, 1.5, 0, 0);
    assert_ok(yjjh_equity_percentile(&v, X9, 3, P9, 3, 0.5));
    assert_close(v, 5.0, 0, 0);
    /* Theil T = Σ v r ln r, r = x/μ, v = 4/7, 2/7, 1/7 */
    double mu = 34.0 / 7.0, t = 0, l = 0;
    const double vv[] = {4.0 / 7.0, 2.0 / 7.0, 1.0 / 7.0};
    for (int i = 0; i < 3; i++) {
        t += vv[i] * X9[i] / mu * log(X9[i] / mu);
        l += vv[i] * log(mu / X9[i]);
    }
    assert_ok(yjjh_equity_theil_t(&v, X9, 3, P9, 3));
    assert_close(v, t, 1e-12, 0);
    assert_ok(yjjh_equity_theil_l(&v, X9, 3, P9, 3));
    assert_close(v, l, 1e-12, 0);
    assert_ok(yjjh_equity_ge(&v, X9, 3, P9, 3, 1.0));
    assert_close(v, t, 1e-12, 0);
    assert_ok(yjjh_equity_ge(&v, X9, 3, P9, 3, 2.0));
    assert_close(v, 10.0 / 1156.0, 1e-13, 0);
    assert_ok(yjjh_equity_atkinson(&v, X9, 3, P9, 3, 1.0));
    assert_close(v, 1.0 - exp(-l), 1e-12, 0);
    /* Atkinson(2): μₑ = 1 / Σ v/x */
    double h = 0;
    for (int i = 0; i < 3; i++)
        h += vv[i] / X9[i];
    assert_ok(yjjh_equity_atkinson(&v, X9, 3, P9, 3, 2.0));
    assert_close(v, 1.0 - (1.0 / h) / mu, 1e-12, 0);
}

static void test_unweighted_textbook(void **state)
{
    (void)state;
    const double x[] = {1, 2, 3, 4, 5};
    double v = 0;
    assert_ok(yjjh_equity_gini(&v, x, 5, NULL, 0)); /* Σ|xi − xj| = 40; 40/(2·25·3) */
    assert_close(v, 4.0 / 15.0, 1e-15, 0);
    assert_ok(yjjh_equity_cv2(&v, x, 5, NULL, 0)); /* σ² = 2, μ = 3 */
    assert_close(v, 2.0 / 9.0, 1e-15, 0);
    assert_ok(yjjh_equity_percentile(&v, x, 5, NULL, 0, 0.4)); /* 2 of 5 schools = 40%: the 2nd value */
    assert_close(v, 2.0, 0, 0);
    assert_ok(yjjh_equity_percentile(&v, x, 5, NULL, 0, 0.41));
    assert_close(v, 3.0, 0, 0);
    const double c[] = {7, 7, 7};
    assert_ok(yjjh_equity_theil_l(&v, c, 3, NULL, 0));
    assert_close(v, 0.0, 0, 0);
    assert_ok(yjjh_equity_gini(&v, c, 3, NULL, 0));
    assert_close(v, 0.0, 0, 0);
}

static uint64_t lcg(uint64_t *s)
{
    *s = *s * 6364136223846793005u + 1442695040888963407u;
    return *s >> 11;
}

static void test_decomposition_identity_random(void **state)
{
    (void)state;
    uint64_t seed = 18;
    const yjjh_equity_measure ms[] = {YJJH_EQUITY_CV2, YJJH_EQUITY_THEIL_T, YJJH_EQUITY_THEIL_L, YJJH_EQUITY_GE};
    for (int rep = 0; rep < 50; rep++) {
        size_t n = 2 + lcg(&seed) % 80, k = 1 + lcg(&seed) % 6;
        double x[100], w[100];
        size_t g[100];
        for (size_t i = 0; i < n; i++) {
            x[i] = 0.1 + (double)(lcg(&seed) % 100000) / 1000.0;
            w[i] = (double)(1 + lcg(&seed) % 3000);
            g[i] = lcg(&seed) % k;
        }
        for (int m = 0; m < 4; m++) {
            double alpha = m == 3 ? -1.5 + (double)(rep % 7) : 0.0;
            yjjh_equity_decomposition d = YJJH_EQUITY_DECOMPOSITION_INIT;
            yjjh_equity_group groups[6];
            assert_ok(yjjh_equity_decompose(&d, groups, k, x, n, g, n, w, n, ms[m], alpha));
            assert_true(d.within >= 0.0 && d.between >= 0.0);
            assert_close(d.between + d.within, d.total, 1e-12, 0);
            if (ms[m] == YJJH_EQUITY_CV2) {
                /* CV² = Σ s (μg/μ)² CVg² + Σ s (μg/μ − 1)², with each group's CV from yjjh_stats_cv */
                double mu = 0, b = 0, wi = 0, cv2 = 0;
                assert_ok(yjjh_stats_weighted_mean(&mu, x, n, w, n));
                assert_ok(yjjh_equity_cv2(&cv2, x, n, w, n));
                assert_close(d.total, cv2, 1e-14, 0);
                for (size_t j = 0; j < k; j++) {
                    double gx[100], gw[100], cvg = 0, mg = 0, W = 0, Wg = 0;
                    size_t ng = 0;
                    for (size_t i = 0; i < n; i++) {
                        W += w[i];
                        if (g[i] == j) {
                            gx[ng] = x[i];
                            gw[ng++] = w[i];
                            Wg += w[i];
                        }
                    }
                    assert_int_equal(groups[j].n, ng);
                    if (ng == 0)
                        continue;
                    assert_ok(yjjh_stats_cv(&cvg, gx, ng, gw, ng));
                    assert_ok(yjjh_stats_weighted_mean(&mg, gx, ng, gw, ng));
                    b += Wg / W * (mg / mu - 1) * (mg / mu - 1);
                    wi += Wg / W * (mg / mu) * (mg / mu) * cvg * cvg;
                }
                assert_close(d.between, b, 1e-9, 1e-16);
                assert_close(d.within, wi, 1e-9, 1e-16);
            }
        }
    }
}

static void test_contributions_sum_to_variance(void **state)
{
    (void)state;
    uint64_t seed = 7;
    for (int rep = 0; rep < 20; rep++) {
        size_t n = 1 + lcg(&seed) % 60;
        double x[60], w[60], c[60], sd = 0, sum = 0;
        for (size_t i = 0; i < n; i++) {
            x[i] = (double)(lcg(&seed) % 10000) / 100.0;
            w[i] = (double)(1 + lcg(&seed) % 900);
        }
        assert_ok(yjjh_equity_contributions(c, x, n, w, n));
        assert_ok(yjjh_stats_weighted_sd(&sd, x, n, w, n));
        for (size_t i = 0; i < n; i++) {
            assert_true(c[i] >= 0.0);
            sum += c[i];
        }
        assert_close(sum, sd * sd, 1e-12, 1e-300);
    }
    double c3[3];
    assert_ok(yjjh_equity_contributions(c3, X9, 3, P9, 3)); /* (4/7)(1/7)², (2/7)(6/7)², (1/7)(8/7)² */
    assert_close(c3[0], 4.0 / 343.0, 1e-13, 0);
    assert_close(c3[1], 72.0 / 343.0, 1e-13, 0);
    assert_close(c3[2], 64.0 / 343.0, 1e-13, 0);
}

static void test_bootstrap_deterministic(void **state)
{
    (void)state;
    double r1[200], r2[200];
    yjjh_equity_interval a = YJJH_EQUITY_INTERVAL_INIT, b = YJJH_EQUITY_INTERVAL_INIT;
    const double x[] = {3, 5, 2, 8, 6, 4, 7, 5}, w[] = {100, 400, 250, 80, 300, 120, 60, 500};
    assert_ok(yjjh_equity_bootstrap(&a, r1, x, 8, w, 8, YJJH_EQUITY_GINI, 0.0, 200, 0.9, 5ul));
    assert_ok(yjjh_equity_bootstrap(&b, r2, x, 8, w, 8, YJJH_EQUITY_GINI, 0.0, 200, 0.9, 5ul));
    assert_memory_equal(r1, r2, sizeof r1);
    assert_true(a.pct_low <= a.pct_high && a.n_valid == 200);
    double g = 0;
    assert_ok(yjjh_equity_gini(&g, x, 8, w, 8));
    assert_close(a.estimate, g, 0, 0);
    /* only the low 32 bits of the seed count */
    yjjh_equity_interval c = YJJH_EQUITY_INTERVAL_INIT;
    assert_ok(yjjh_equity_bootstrap(&c, r2, x, 8, w, 8, YJJH_EQUITY_GINI, 0.0, 200, 0.9, 5ul + (1ul << 31) * 2ul));
    if (sizeof(unsigned long) > 4)
        assert_memory_equal(r1, r2, sizeof r1);
}

static void test_bad_input(void **state)
{
    (void)state;
    double v = 0;
    const double ok[] = {1, 2, 3}, nan3[] = {1, NAN, 3}, neg[] = {1, -2, 3}, zero[] = {0, 2, 3}, zeros[] = {0, 0, 0};
    const double badw[] = {1, 0, 1}, negw[] = {1, -1, 1};
    assert_status(yjjh_equity_gini(NULL, ok, 3, NULL, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_equity_gini(&v, NULL, 3, NULL, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_equity_gini(&v, ok, 0, NULL, 0), YJJH_E_EMPTY);
    assert_status(yjjh_equity_gini(&v, ok, 3, ok, 2), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_equity_theil_t(&v, nan3, 3, NULL, 0), YJJH_E_NOT_FINITE);
    assert_status(yjjh_equity_theil_t(&v, ok, 3, badw, 3), YJJH_E_BAD_WEIGHT);
    assert_status(yjjh_equity_theil_t(&v, ok, 3, negw, 3), YJJH_E_BAD_WEIGHT);
    assert_status(yjjh_equity_theil_t(&v, neg, 3, NULL, 0), YJJH_E_NEGATIVE);
    assert_status(yjjh_equity_theil_l(&v, zero, 3, NULL, 0), YJJH_E_NOT_POSITIVE);
    assert_status(yjjh_equity_ge(&v, zero, 3, NULL, 0, -1.0), YJJH_E_NOT_POSITIVE);
    assert_ok(yjjh_equity_ge(&v, zero, 3, NULL, 0, 0.5));
    assert_status(yjjh_equity_atkinson(&v, zero, 3, NULL, 0, 1.0), YJJH_E_NOT_POSITIVE);
    assert_status(yjjh_equity_atkinson(&v, ok, 3, NULL, 0, -0.1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_equity_atkinson(&v, ok, 3, NULL, 0, NAN), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_equity_ge(&v, ok, 3, NULL, 0, INFINITY), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_equity_percentile(&v, ok, 3, NULL, 0, -0.01), YJJH_E_OUT_OF_RANGE);
    v = -1.0;
    assert_status(yjjh_equity_theil_t(&v, zeros, 3, NULL, 0), YJJH_E_ZERO_MEAN);
    assert_status(yjjh_equity_gini(&v, zeros, 3, NULL, 0), YJJH_E_ZERO_MEAN);
    assert_status(yjjh_equity_mcloone(&v, zeros, 3, NULL, 0), YJJH_E_NOT_POSITIVE);
    assert_status(yjjh_equity_max_min_ratio(&v, zero, 3, NULL, 0), YJJH_E_NOT_POSITIVE);
    assert_status(yjjh_equity_measure_compute(&v, ok, 3, NULL, 0, (yjjh_equity_measure)99, 0), YJJH_E_OUT_OF_RANGE);
    assert_close(v, -1.0, 0, 0); /* untouched */

    yjjh_equity_decomposition d = YJJH_EQUITY_DECOMPOSITION_INIT;
    const size_t g[] = {0, 1, 2};
    assert_status(yjjh_equity_decompose(&d, NULL, 2, ok, 3, g, 3, NULL, 0, YJJH_EQUITY_THEIL_T, 0),
                  YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_equity_decompose(&d, NULL, 3, ok, 3, g, 3, NULL, 0, YJJH_EQUITY_GINI, 0), YJJH_E_NOT_APPLICABLE);
    assert_status(yjjh_equity_decompose(&d, NULL, 3, ok, 3, g, 2, NULL, 0, YJJH_EQUITY_THEIL_T, 0),
                  YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_equity_decompose(&d, NULL, 0, ok, 3, g, 3, NULL, 0, YJJH_EQUITY_THEIL_T, 0), YJJH_E_EMPTY);
    d.version = 99;
    assert_status(yjjh_equity_decompose(&d, NULL, 3, ok, 3, g, 3, NULL, 0, YJJH_EQUITY_THEIL_T, 0),
                  YJJH_E_STRUCT_VERSION);
    yjjh_equity_interval in = YJJH_EQUITY_INTERVAL_INIT;
    assert_status(yjjh_equity_bootstrap(&in, NULL, ok, 3, NULL, 0, YJJH_EQUITY_CV, 0, 1, 0.95, 1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_equity_bootstrap(&in, NULL, ok, 3, NULL, 0, YJJH_EQUITY_CV, 0, 10, 1.0, 1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_equity_bootstrap(&in, NULL, zeros, 3, NULL, 0, YJJH_EQUITY_CV, 0, 10, 0.9, 1), YJJH_E_ZERO_MEAN);
    yjjh_equity_measure m;
    assert_ok(yjjh_equity_measure_from_name(&m, "federal_range_ratio"));
    assert_int_equal(m, YJJH_EQUITY_FEDERAL_RANGE_RATIO);
    assert_string_equal(yjjh_equity_measure_name(YJJH_EQUITY_THEIL_L), "theil_l");
    assert_status(yjjh_equity_measure_from_name(&m, "theil"), YJJH_E_UNKNOWN_CODE);
    assert_null(yjjh_equity_measure_name((yjjh_equity_measure)13));
    assert_string_equal(yjjh_strerror(YJJH_E_NOT_POSITIVE), "a value is zero where it must be positive");
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example_by_hand),        cmocka_unit_test(test_unweighted_textbook),
        cmocka_unit_test(test_decomposition_identity_random), cmocka_unit_test(test_contributions_sum_to_variance),
        cmocka_unit_test(test_bootstrap_deterministic),       cmocka_unit_test(test_bad_input),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
