/* SPDX-License-Identifier: MIT */
/* The streaming writers (JSON pretty and compact, CSV, text report) give the same bytes on 1, 2, 3 and 8 threads
 * as the whole-text functions, over several rounds, and call the write function only from the calling thread. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "school_builder.h"

enum { N_SCHOOLS = 9000, N_COUNTIES = 130 };

typedef struct collect {
    char *p;
    size_t len, calls;
    pthread_t caller;
    int other_thread; /* a call came from another thread */
} collect;

static int collect_fn(void *ctx, const char *data, size_t len)
{
    collect *c = ctx;
    char *q;
    c->calls++;
    if (!pthread_equal(pthread_self(), c->caller))
        c->other_thread = 1;
    if (len == 0)
        return 1;
    q = realloc(c->p, c->len + len + 1);
    if (!q)
        return 1;
    memcpy(q + c->len, data, len);
    c->p = q;
    c->len += len;
    c->p[c->len] = '\0';
    return 0;
}

/* Counties of different sizes (a few large ones), every 7th school a nine-year school (two parts), numbers that
 * make some schools fail the school rule. */
static yjjh_result *big_result(void)
{
    tschool *rows = calloc(N_SCHOOLS, sizeof *rows);
    char(*ids)[16] = calloc(N_SCHOOLS, sizeof *ids), (*codes)[16] = calloc(N_COUNTIES, sizeof *codes);
    yjjh_profile *p = NULL;
    yjjh_schools *t;
    yjjh_result *r = NULL;
    assert_true(rows && ids && codes);
    for (int k = 0; k < N_COUNTIES; k++)
        snprintf(codes[k], sizeof codes[k], "%06d", 350000 + k);
    for (int i = 0; i < N_SCHOOLS; i++) {
        int k = (i % 11 == 0) ? i % 3 : (i / 61) % N_COUNTIES; /* counties 0-2 large */
        tschool s = {ids[i],
                     i % 13 ? "第一小学" : NULL,
                     "primary",
                     "public",
                     codes[k],
                     NULL,
                     300 + i % 700,
                     M,
                     M,
                     12 + i % 9,
                     3 + i % 4,
                     2 + i % 3,
                     M,
                     M,
                     M,
                     1100.0 + 37 * (i % 50) + 0.1 * (i % 7),
                     2000 + 31 * (i % 40),
                     400000 + 1000 * (i % 300),
                     4 + i % 6};
        snprintf(ids[i], sizeof ids[i], "S%05d", i);
        if (i % 7 == 0) {
            s.type = "nine_year";
            s.j = 150 + i % 200;
            s.t1j = 9;
            s.t2j = 2;
            s.t3j = 2;
        }
        rows[i] = s;
    }
    t = tbuild(rows, N_SCHOOLS);
    assert_non_null(t);
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
    yjjh_schools_free(t);
    yjjh_profile_free(p);
    free(rows);
    free(ids);
    free(codes);
    return r;
}

static void check_same(const char *want, collect *c, size_t threads, const char *what)
{
    if (c->len != strlen(want) || memcmp(c->p, want, c->len) != 0) {
        print_message("%s on %zu threads differs\n", what, threads);
        fail();
    }
    assert_false(c->other_thread);
    assert_true(c->calls > 2); /* several rounds */
    free(c->p);
    memset(c, 0, sizeof *c);
    c->caller = pthread_self();
}

static void test_same_bytes_any_thread_count(void **state)
{
    static const size_t counts[] = {1, 2, 3, 8, 0};
    yjjh_result *r = big_result();
    yjjh_report_options ro = YJJH_REPORT_OPTIONS_INIT;
    char *json = NULL, *csv = NULL, *text = NULL, *compact = NULL;
    collect c;
    (void)state;
    memset(&c, 0, sizeof c);
    c.caller = pthread_self();
    ro.date = "2026-12-02";
    assert_ok(yjjh_result_to_json(&json, r));
    assert_ok(yjjh_result_to_csv(&csv, r));
    assert_ok(yjjh_result_to_text(&text, r, &ro));
    assert_ok(yjjh_result_write_json_ex(r, YJJH_JSON_COMPACT, 1, collect_fn, &c));
    compact = c.p;
    memset(&c, 0, sizeof c);
    c.caller = pthread_self();
    assert_non_null(strstr(text, "未达标学校")); /* some schools fail: the reasons are long */
    for (size_t i = 0; i < sizeof counts / sizeof counts[0]; i++) {
        size_t k = counts[i];
        assert_ok(yjjh_result_write_json_ex(r, 0, k, collect_fn, &c));
        check_same(json, &c, k, "JSON");
        assert_ok(yjjh_result_write_json_ex(r, YJJH_JSON_COMPACT, k, collect_fn, &c));
        check_same(compact, &c, k, "compact JSON");
        assert_ok(yjjh_result_write_csv_ex(r, k, collect_fn, &c));
        check_same(csv, &c, k, "CSV");
        assert_ok(yjjh_result_write_text(r, &ro, k, collect_fn, &c));
        check_same(text, &c, k, "text");
    }
    assert_status(yjjh_result_write_text(r, &ro, 2, NULL, &c), YJJH_E_NULL_ARG);
    assert_status(yjjh_result_write_text(NULL, &ro, 2, collect_fn, &c), YJJH_E_NULL_ARG);
    yjjh_free(json);
    yjjh_free(csv);
    yjjh_free(text);
    free(compact);
    yjjh_result_free(r);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_same_bytes_any_thread_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
