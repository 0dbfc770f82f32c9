/* SPDX-License-Identifier: MIT */
/* 8 threads evaluate different counties at once (one shared profile); results equal the single-threaded ones. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "school_builder.h"

#define N_THREADS 8
#define ROUNDS 20

typedef struct job {
    const yjjh_profile *profile;
    int county;     /* which county this thread builds */
    char *expected; /* single-threaded JSON + CSV */
    int mismatches;
    int failures;
} job;

/* County k: 40 schools (every 5th a nine-year school), numbers depending on k. */
static yjjh_schools *county_table(int k)
{
    enum { N = 40 };
    tschool rows[N];
    static char ids[N_THREADS][N][16], code[N_THREADS][8];
    snprintf(code[k], sizeof code[k], "6203%02d", k);
    for (int i = 0; i < N; i++) {
        tschool s = {ids[k][i],
                     NULL,
                     "primary",
                     "public",
                     code[k],
                     NULL,
                     200 + 13 * i + k,
                     M,
                     M,
                     10 + i % 4,
                     2 + k % 3,
                     2,
                     M,
                     M,
                     M,
                     1000 + 97 * i + 11 * k,
                     2000 + 31 * i,
                     500000 + 1000 * k,
                     5 + i % 3};
        snprintf(ids[k][i], sizeof ids[k][i], "%d-%d", k, i);
        if (i % 5 == 0) {
            s.type = "nine_year";
            s.j = 150 + k;
            s.t1j = 9;
            s.t2j = 2;
            s.t3j = 2;
        }
        rows[i] = s;
    }
    return tbuild(rows, N);
}

static char *render(const yjjh_profile *p, int k)
{
    yjjh_schools *t = county_table(k);
    yjjh_result *r = NULL;
    char *json = NULL, *csv = NULL, *both = NULL;
    if (t && yjjh_schools_evaluate(&r, t, NULL, p, NULL) == YJJH_OK && yjjh_result_to_json(&json, r) == YJJH_OK &&
        yjjh_result_to_csv(&csv, r) == YJJH_OK && (both = malloc(strlen(json) + strlen(csv) + 1)) != NULL) {
        strcpy(both, json);
        strcat(both, csv);
    }
    yjjh_free(json);
    yjjh_free(csv);
    yjjh_result_free(r);
    yjjh_schools_free(t);
    return both;
}

static void *worker(void *arg)
{
    job *j = arg;
    for (int round = 0; round < ROUNDS; round++) {
        char *got = render(j->profile, j->county);
        if (!got)
            j->failures++;
        else if (strcmp(got, j->expected) != 0)
            j->mismatches++;
        free(got);
    }
    return NULL;
}

static void test_threads(void **state)
{
    (void)state;
    yjjh_profile *p = NULL;
    job jobs[N_THREADS];
    pthread_t th[N_THREADS];
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    for (int k = 0; k < N_THREADS; k++) { /* single-threaded reference, built before any thread starts */
        jobs[k].profile = p;
        jobs[k].county = k;
        jobs[k].mismatches = jobs[k].failures = 0;
        assert_non_null(jobs[k].expected = render(p, k));
    }
    for (int k = 1; k < N_THREADS; k++) /* different counties really differ */
        assert_string_not_equal(jobs[k].expected, jobs[0].expected);
    for (int k = 0; k < N_THREADS; k++)
        assert_int_equal(pthread_create(&th[k], NULL, worker, &jobs[k]), 0);
    for (int k = 0; k < N_THREADS; k++)
        assert_int_equal(pthread_join(th[k], NULL), 0);
    for (int k = 0; k < N_THREADS; k++) {
        assert_int_equal(jobs[k].failures, 0);
        assert_int_equal(jobs[k].mismatches, 0);
        free(jobs[k].expected);
    }
    yjjh_profile_free(p);
}

/* 8 threads parse bad facts and profile JSON at once: each call reports its own error (message and line) and
 * nothing is shared (cJSON kept a process-global error pointer; jansson reports per call). Run under TSan by
 * `scripts/dev tsan`. */
typedef struct json_job {
    int k;
    int wrong;
} json_job;

static void *json_worker(void *arg)
{
    json_job *j = arg;
    char facts[160], profile[200], want_f[200], want_p[200];
    /* the error is on line 2 + k, a different place for each thread */
    int pad = 2 + j->k;
    snprintf(facts, sizeof facts, "{%.*s\"62030%d\": {\"layout_reasonable\": tru}}", pad - 1, "\n\n\n\n\n\n\n\n\n\n",
             j->k);
    snprintf(profile, sizeof profile, "{\"extends\": \"national-2017\",%.*s\"standards\": {\"cv_max\": [}}", pad - 1,
             "\n\n\n\n\n\n\n\n\n\n");
    snprintf(want_f, sizeof want_f, "f%d.json:%d: JSON syntax error", j->k, pad);
    snprintf(want_p, sizeof want_p, "p%d.json:%d: not valid JSON", j->k, pad);
    for (int r = 0; r < 200; r++) {
        yjjh_diag *d = NULL;
        yjjh_facts *f = NULL;
        yjjh_profile *p = NULL;
        char src[16];
        if (yjjh_diag_new(&d) != YJJH_OK) {
            j->wrong++;
            continue;
        }
        snprintf(src, sizeof src, "f%d.json", j->k);
        if (yjjh_facts_read_buffer(&f, facts, strlen(facts), src, NULL, d) != YJJH_E_INVALID_FACTS ||
            yjjh_diag_count(d) != 1 || strncmp(diag_entry(d, 0).message, want_f, strlen(want_f)) != 0)
            j->wrong++;
        yjjh_diag_clear(d);
        snprintf(src, sizeof src, "p%d.json", j->k);
        if (yjjh_profile_load_json(&p, profile, strlen(profile), src, d) != YJJH_E_INVALID_PROFILE ||
            yjjh_diag_count(d) != 1 || strncmp(diag_entry(d, 0).message, want_p, strlen(want_p)) != 0)
            j->wrong++;
        yjjh_diag_free(d);
    }
    return NULL;
}

static void test_json_errors_in_threads(void **state)
{
    json_job jobs[N_THREADS];
    pthread_t th[N_THREADS];
    (void)state;
    for (int k = 0; k < N_THREADS; k++) {
        jobs[k].k = k;
        jobs[k].wrong = 0;
        assert_int_equal(pthread_create(&th[k], NULL, json_worker, &jobs[k]), 0);
    }
    for (int k = 0; k < N_THREADS; k++)
        assert_int_equal(pthread_join(th[k], NULL), 0);
    for (int k = 0; k < N_THREADS; k++)
        assert_int_equal(jobs[k].wrong, 0);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_threads),
        cmocka_unit_test(test_json_errors_in_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
