/* SPDX-License-Identifier: MIT */
/* yjjh_schools_evaluate_ex() on 1, 2, 3 and 8 threads gives the same bytes: the JSON and CSV of the result (every
 * value, CV, reason and item) and the problems of a table that does not validate, in the same order. The tables
 * interleave the rows of many counties of uneven sizes, so the county chunks of the threads interleave too.
 * Run under TSan by `scripts/dev tsan`. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "result_helpers.h"
#include "school_builder.h"

#define N_ROWS 3000
#define N_COUNTIES 47

static const size_t thread_counts[] = {2, 3, 8, 0};

/* Row i of the synthetic table: county (i * 7 + i / 13) % N_COUNTIES, every school type, numbers that make some
 * parts fail the school rule and some CVs miss their limit. bad_row >= 0 makes that row's students negative. */
static yjjh_schools *synthetic(long bad_row, long bad_row2)
{
    static char ids[N_ROWS][16], names[N_ROWS][24], codes[N_COUNTIES][8];
    tschool *rows = calloc(N_ROWS, sizeof *rows);
    yjjh_schools *t;
    if (!rows)
        return NULL;
    for (int c = 0; c < N_COUNTIES; c++)
        snprintf(codes[c], sizeof codes[c], "62%04d", c);
    for (int i = 0; i < N_ROWS; i++) {
        tschool s = {ids[i],
                     names[i],
                     "primary",
                     "public",
                     codes[(i * 7 + i / 13) % N_COUNTIES],
                     NULL,
                     120 + (i * 37) % 900,
                     M,
                     M,
                     6 + (i * 5) % 17,
                     1 + i % 4,
                     1 + (i / 3) % 3,
                     M,
                     M,
                     M,
                     800 + (i * 131) % 5000,
                     1500 + (i * 71) % 9000,
                     200000 + (i * 7919) % 900000,
                     3 + i % 9};
        snprintf(ids[i], sizeof ids[i], "S%05d", i);
        snprintf(names[i], sizeof names[i], "学校%d", i);
        if (i % 7 == 0) { /* nine-year school: both stages */
            s.type = "nine_year";
            s.j = 90 + (i * 13) % 600;
            s.t1j = 5 + i % 11;
            s.t2j = 1 + i % 3;
            s.t3j = 1 + i % 2;
        } else if (i % 11 == 0) { /* junior school */
            s.type = "junior";
            s.j = s.p;
            s.p = M;
            s.t1j = s.t1p;
            s.t2j = s.t2p;
            s.t3j = s.t3p;
            s.t1p = s.t2p = s.t3p = M;
        } else if (i % 29 == 0) {
            s.type = "special";
        } else if (i % 19 == 0) {
            s.own = "private";
        }
        if (i % 31 == 0)
            s.name = NULL;
        if (i == bad_row || i == bad_row2)
            s.p = -5;
        rows[i] = s;
    }
    t = tbuild(rows, N_ROWS);
    free(rows);
    return t;
}

/* JSON and CSV of the evaluation on the given number of threads; NULL on failure. */
static char *render(const yjjh_schools *t, const yjjh_facts *f, const yjjh_profile *p, size_t threads)
{
    yjjh_evaluate_options o = YJJH_EVALUATE_OPTIONS_INIT;
    yjjh_result *r = NULL;
    char *both = NULL;
    o.threads = threads;
    if (yjjh_schools_evaluate_ex(&r, t, f, p, &o, NULL) == YJJH_OK)
        both = yjjh_test_json_and_csv(r);
    yjjh_result_free(r);
    return both;
}

static void same_on_every_thread_count(const yjjh_schools *t, const yjjh_facts *f, const char *profile)
{
    yjjh_profile *p = NULL;
    char *one;
    assert_ok(yjjh_profile_builtin(&p, profile));
    assert_non_null(one = render(t, f, p, 1));
    for (size_t i = 0; i < sizeof thread_counts / sizeof thread_counts[0]; i++) {
        char *got = render(t, f, p, thread_counts[i]);
        assert_non_null(got);
        if (strcmp(got, one) != 0)
            fail_msg("%s on %zu threads: not the same bytes as on one", profile, thread_counts[i]);
        free(got);
    }
    free(one);
    yjjh_profile_free(p);
}

static void test_synthetic_same_bytes(void **state)
{
    yjjh_schools *t = synthetic(-1, -1);
    (void)state;
    assert_non_null(t);
    same_on_every_thread_count(t, NULL, "national-2017");
    yjjh_schools_free(t);
}

/* The example data (items, vetoes and their messages with the failing facts; the 2012 scheme) and a golden input. */
static void test_examples_same_bytes(void **state)
{
    static const char *const files[][3] = {
        {YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", YJJH_EXAMPLES_DATA_DIR "/jinchuan_facts_failing.json",
         "national-2017"},
        {YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", YJJH_EXAMPLES_DATA_DIR "/jinchuan_facts.csv", "national-2017"},
        {YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", NULL, "national-2012-basic"},
        {YJJH_EXAMPLES_DATA_DIR "/two_counties.csv", NULL, "national-2017"},
        {YJJH_TEST_DATA_DIR "/golden/worked_example.csv", NULL, "national-2017"},
    };
    (void)state;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        yjjh_schools *t = NULL;
        yjjh_facts *f = NULL;
        assert_ok(yjjh_schools_read_file(&t, files[i][0], NULL, NULL));
        if (files[i][1])
            assert_ok(yjjh_facts_read_file(&f, files[i][1], NULL, NULL));
        same_on_every_thread_count(t, f, files[i][2]);
        yjjh_facts_free(f);
        yjjh_schools_free(t);
    }
}

/* The problems of a table that does not validate: the same entries in the same order on any number of threads. */
static char *problems(const yjjh_schools *t, const yjjh_profile *p, size_t threads)
{
    yjjh_evaluate_options o = YJJH_EVALUATE_OPTIONS_INIT;
    yjjh_result *r = NULL;
    yjjh_diag *d = NULL;
    size_t len = 1, n;
    char *all;
    o.threads = threads;
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_schools_evaluate_ex(&r, t, NULL, p, &o, d), YJJH_E_INVALID_DATA);
    assert_null(r);
    n = yjjh_diag_count(d);
    assert_true(n >= 2);
    for (size_t i = 0; i < n; i++)
        len += strlen(diag_entry(d, i).message) + 1;
    assert_non_null(all = malloc(len));
    all[0] = '\0';
    for (size_t i = 0; i < n; i++) {
        strcat(all, diag_entry(d, i).message);
        strcat(all, "\n");
    }
    yjjh_diag_free(d);
    return all;
}

static void test_problems_same_order(void **state)
{
    yjjh_schools *t = synthetic(2900, 17);
    yjjh_profile *p = NULL;
    char *one;
    (void)state;
    assert_non_null(t);
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    one = problems(t, p, 1);
    assert_true(strstr(one, "line 19:") != NULL && strstr(one, "line 2902:") != NULL);
    assert_true(strstr(one, "line 19:") < strstr(one, "line 2902:")); /* input order */
    for (size_t i = 0; i < sizeof thread_counts / sizeof thread_counts[0]; i++) {
        char *got = problems(t, p, thread_counts[i]);
        assert_string_equal(got, one);
        free(got);
    }
    free(one);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_options(void **state)
{
    yjjh_schools *t = synthetic(-1, -1);
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    yjjh_evaluate_options o = YJJH_EVALUATE_OPTIONS_INIT;
    (void)state;
    assert_int_equal(o.version, YJJH_EVALUATE_OPTIONS_VERSION);
    assert_int_equal(o.threads, 0);
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_status(yjjh_schools_evaluate_ex(NULL, t, NULL, p, &o, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_evaluate_ex(&r, NULL, NULL, p, &o, NULL), YJJH_E_NULL_ARG);
    o.version = YJJH_EVALUATE_OPTIONS_VERSION + 1;
    assert_status(yjjh_schools_evaluate_ex(&r, t, NULL, p, &o, NULL), YJJH_E_STRUCT_VERSION);
    assert_null(r);
    assert_ok(yjjh_schools_evaluate_ex(&r, t, NULL, p, NULL, NULL)); /* NULL: the defaults */
    assert_int_equal(yjjh_result_county_count(r), N_COUNTIES);
    yjjh_result_free(r);
    o.version = YJJH_EVALUATE_OPTIONS_VERSION;
    o.threads = 1000; /* more than the counties: capped */
    assert_ok(yjjh_schools_evaluate_ex(&r, t, NULL, p, &o, NULL));
    assert_int_equal(yjjh_result_county_count(r), N_COUNTIES);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_synthetic_same_bytes),
        cmocka_unit_test(test_examples_same_bytes),
        cmocka_unit_test(test_problems_same_order),
        cmocka_unit_test(test_options),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
