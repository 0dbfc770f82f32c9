/* SPDX-License-Identifier: MIT */
/* 8 threads evaluate different counties at once (one shared profile); results equal the single-threaded ones. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "result_helpers.h"
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
    char *both = NULL;
    if (t && yjjh_schools_evaluate(&r, t, NULL, p, NULL) == YJJH_OK)
        both = yjjh_test_json_and_csv(r);
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

/* One shared result read by 8 threads at once: the reason messages, formatted on first use, are the same text
 * (one kept copy) in every thread, and equal to what the JSON writer formats without keeping it. */
typedef struct reader_job {
    const yjjh_result *r;
    const char **texts; /* this thread's reason messages */
    size_t n;
    int failures;
} reader_job;

static void *read_reasons(void *arg)
{
    reader_job *j = arg;
    if (yjjh_result_reason_texts(j->texts, j->n, j->r, YJJH_REASON_TEXT_MESSAGE) != YJJH_OK)
        j->failures++;
    return NULL;
}

static void test_shared_result_lazy_messages(void **state)
{
    yjjh_profile *p = NULL;
    yjjh_schools *t = county_table(3);
    yjjh_result *r = NULL;
    reader_job jobs[N_THREADS];
    pthread_t th[N_THREADS];
    char *json = NULL;
    size_t n, school_reasons = 0;
    (void)state;
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
    assert_ok(yjjh_result_to_json(&json, r)); /* before any message was asked for */
    n = yjjh_result_reason_total(r);
    assert_true(n > 2);
    for (int k = 0; k < N_THREADS; k++) {
        jobs[k].r = r;
        jobs[k].n = n;
        jobs[k].failures = 0;
        assert_non_null(jobs[k].texts = calloc(n, sizeof *jobs[k].texts));
        assert_int_equal(pthread_create(&th[k], NULL, read_reasons, &jobs[k]), 0);
    }
    for (int k = 0; k < N_THREADS; k++)
        assert_int_equal(pthread_join(th[k], NULL), 0);
    for (size_t i = 0; i < n; i++) {
        assert_non_null(jobs[0].texts[i]);
        if (strncmp(jobs[0].texts[i], "学校 ", strlen("学校 ")) == 0) { /* in the JSON as formatted there */
            assert_non_null(strstr(json, jobs[0].texts[i]));
            school_reasons++;
        }
        for (int k = 0; k < N_THREADS; k++) {
            assert_int_equal(jobs[k].failures, 0);
            assert_ptr_equal(jobs[k].texts[i], jobs[0].texts[i]); /* one copy, whoever formatted it */
        }
    }
    assert_true(school_reasons > 0);
    for (int k = 0; k < N_THREADS; k++)
        free(jobs[k].texts);
    yjjh_free(json);
    yjjh_result_free(r);
    yjjh_schools_free(t);
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
        cmocka_unit_test(test_shared_result_lazy_messages),
        cmocka_unit_test(test_json_errors_in_threads),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
