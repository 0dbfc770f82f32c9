/* SPDX-License-Identifier: MIT */
/* National-scale benchmark: ≈210,000 schools in ≈2,900 counties (the design point of DEVELOPERS.md).
 * Prints the time of each phase (build the table column-wise, validate, evaluate, JSON, CSV, and reading the
 * same data back from CSV text), per-school figures, and ratios between phases. Not a test: no assertions on time.
 * usage: yjjh_bench_evaluate [schools] [counties] [repeats] */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yjjh/yjjh.h>

static double now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static unsigned long long rng = 88172645463325252ULL;
static double uni(void) /* xorshift64: reproducible synthetic data */
{
    rng ^= rng << 13;
    rng ^= rng >> 7;
    rng ^= rng << 17;
    return (double)(rng >> 11) / 9007199254740992.0;
}

#define CHECK(call)                                                                                                    \
  do {                                                                                                                 \
    yjjh_status s_ = (call);                                                                                           \
    if (s_ != YJJH_OK) {                                                                                               \
      fprintf(stderr, "%s: %s\n", #call, yjjh_strerror(s_));                                                           \
      exit(1);                                                                                                         \
    }                                                                                                                  \
  } while (0)

typedef struct columns {
    size_t n;
    char **ids, **types, **counties;
    double *v[16];
} columns;

static const yjjh_column num_cols[16] = {
    YJJH_COL_PRIMARY_STUDENTS,
    YJJH_COL_JUNIOR_STUDENTS,
    YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE,
    YJJH_COL_PRIMARY_BACKBONE_TEACHERS,
    YJJH_COL_PRIMARY_PE_ART_TEACHERS,
    YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE,
    YJJH_COL_JUNIOR_BACKBONE_TEACHERS,
    YJJH_COL_JUNIOR_PE_ART_TEACHERS,
    YJJH_COL_TEACHING_AREA,
    YJJH_COL_SPORTS_AREA,
    YJJH_COL_EQUIPMENT_VALUE,
    YJJH_COL_MULTIMEDIA_ROOMS,
    YJJH_COL_PRIMARY_CLASSES,
    YJJH_COL_JUNIOR_CLASSES,
    YJJH_COL_PRIMARY_MAX_CLASS_SIZE,
    YJJH_COL_JUNIOR_MAX_CLASS_SIZE,
};

static columns make_data(size_t n, size_t counties)
{
    columns c;
    c.n = n;
    c.ids = malloc(n * sizeof *c.ids);
    c.types = malloc(n * sizeof *c.types);
    c.counties = malloc(n * sizeof *c.counties);
    for (int k = 0; k < 16; k++)
        c.v[k] = malloc(n * sizeof(double));
    for (size_t i = 0; i < n; i++) {
        double r = uni(), ps = 0, js = 0;
        const char *type = r < 0.70 ? "primary" : r < 0.92 ? "junior" : "nine_year";
        char buf[32];
        snprintf(buf, sizeof buf, "S%07zu", i);
        c.ids[i] = strdup(buf);
        snprintf(buf, sizeof buf, "%06zu", 110000 + (i * counties / n));
        c.counties[i] = strdup(buf);
        c.types[i] = strdup(type);
        if (strcmp(type, "junior") != 0)
            ps = (double)(100 + (int)(uni() * 1500));
        if (strcmp(type, "primary") != 0)
            js = (double)(100 + (int)(uni() * 1200));
        c.v[0][i] = ps;
        c.v[1][i] = js;
        c.v[2][i] = ps > 0 ? (double)(int)(ps * (0.03 + 0.04 * uni())) : 0;
        c.v[3][i] = ps > 0 ? (double)(int)(ps * (0.008 + 0.01 * uni())) : 0;
        c.v[4][i] = ps > 0 ? (double)(int)(ps * (0.008 + 0.004 * uni())) : 0;
        c.v[5][i] = js > 0 ? (double)(int)(js * (0.04 + 0.04 * uni())) : 0;
        c.v[6][i] = js > 0 ? (double)(int)(js * (0.008 + 0.01 * uni())) : 0;
        c.v[7][i] = js > 0 ? (double)(int)(js * (0.008 + 0.004 * uni())) : 0;
        c.v[8][i] = (ps + js) * (4.0 + 2.5 * uni());
        c.v[9][i] = (ps + js) * (6.0 + 8.0 * uni());
        c.v[10][i] = (ps + js) * (1800 + 1500 * uni());
        c.v[11][i] = (double)(int)((ps + js) * (0.02 + 0.01 * uni()));
        c.v[12][i] = ps > 0 ? (double)(int)(ps / 40) + 1 : 0;
        c.v[13][i] = js > 0 ? (double)(int)(js / 45) + 1 : 0;
        c.v[14][i] = ps > 0 ? 40 + (double)(int)(uni() * 8) : 0;
        c.v[15][i] = js > 0 ? 44 + (double)(int)(uni() * 8) : 0;
    }
    return c;
}

static yjjh_schools *build_table(const columns *c)
{
    yjjh_schools *t = NULL;
    CHECK(yjjh_schools_new(&t, c->n));
    CHECK(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_ID, (const char *const *)c->ids, c->n));
    CHECK(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_TYPE, (const char *const *)c->types, c->n));
    CHECK(yjjh_schools_set_texts(t, YJJH_COL_COUNTY_CODE, (const char *const *)c->counties, c->n));
    for (int k = 0; k < 16; k++)
        CHECK(yjjh_schools_set_numbers(t, num_cols[k], c->v[k], c->n));
    return t;
}

/* The same data as CSV text (English headers). */
static char *to_csv_text(const columns *c, size_t *len)
{
    size_t cap = c->n * 200 + 1024, n = 0;
    char *s = malloc(cap);
    n += (size_t)snprintf(s + n, cap - n, "school_id,school_type,county_code");
    for (int k = 0; k < 16; k++)
        n += (size_t)snprintf(s + n, cap - n, ",%s", yjjh_column_name(num_cols[k]));
    n += (size_t)snprintf(s + n, cap - n, "\n");
    for (size_t i = 0; i < c->n; i++) {
        n += (size_t)snprintf(s + n, cap - n, "%s,%s,%s", c->ids[i], c->types[i], c->counties[i]);
        for (int k = 0; k < 16; k++)
            n += (size_t)snprintf(s + n, cap - n, ",%.17g", c->v[k][i]);
        n += (size_t)snprintf(s + n, cap - n, "\n");
    }
    *len = n;
    return s;
}

int main(int argc, char **argv)
{
    size_t n = argc > 1 ? (size_t)atol(argv[1]) : 210000, counties = argc > 2 ? (size_t)atol(argv[2]) : 2900;
    int reps = argc > 3 ? atoi(argv[3]) : 3;
    columns c = make_data(n, counties);
    yjjh_profile *p = NULL;
    double best[7] = {1e9, 1e9, 1e9, 1e9, 1e9, 1e9, 1e9};
    const char *names[7] = {
        "build table (column-wise)", "validate", "evaluate (incl. validation)", "to_json", "to_csv", "read CSV text",
        "CV of 1e6 values"};
    size_t csv_len = 0, json_len = 0;
    char *csv = to_csv_text(&c, &csv_len);
    CHECK(yjjh_profile_builtin(&p, "national-2017"));
    for (int r = 0; r < reps; r++) {
        double t0 = now(), t1;
        yjjh_schools *t = build_table(&c), *t2 = NULL;
        yjjh_result *res = NULL;
        char *text = NULL;
        t1 = now();
        best[0] = t1 - t0 < best[0] ? t1 - t0 : best[0];
        t0 = t1;
        CHECK(yjjh_schools_validate(t, p, NULL));
        t1 = now();
        best[1] = t1 - t0 < best[1] ? t1 - t0 : best[1];
        t0 = t1;
        CHECK(yjjh_schools_evaluate(&res, t, NULL, p, NULL));
        t1 = now();
        best[2] = t1 - t0 < best[2] ? t1 - t0 : best[2];
        t0 = t1;
        CHECK(yjjh_result_to_json(&text, res));
        json_len = strlen(text);
        yjjh_free(text);
        t1 = now();
        best[3] = t1 - t0 < best[3] ? t1 - t0 : best[3];
        t0 = t1;
        CHECK(yjjh_result_to_csv(&text, res));
        yjjh_free(text);
        t1 = now();
        best[4] = t1 - t0 < best[4] ? t1 - t0 : best[4];
        t0 = t1;
        CHECK(yjjh_schools_read_buffer(&t2, csv, csv_len, "bench.csv", "utf-8", NULL));
        t1 = now();
        best[5] = t1 - t0 < best[5] ? t1 - t0 : best[5];
        t0 = t1;
        {
            size_t m = 1000000;
            double *x = malloc(m * sizeof *x), *w = malloc(m * sizeof *w), cv;
            for (size_t i = 0; i < m; i++) {
                x[i] = c.v[8][i % n] / (1 + c.v[0][i % n] + c.v[1][i % n]);
                w[i] = 1 + c.v[0][i % n];
            }
            t0 = now();
            CHECK(yjjh_stats_cv(&cv, x, m, w, m));
            t1 = now();
            best[6] = t1 - t0 < best[6] ? t1 - t0 : best[6];
            free(x);
            free(w);
        }
        yjjh_result_free(res);
        yjjh_schools_free(t);
        yjjh_schools_free(t2);
    }
    printf("libyjjh %s national-scale benchmark: %zu schools, %zu counties, best of %d runs\n", yjjh_version_string(),
           n, counties, reps);
    for (int k = 0; k < 7; k++)
        printf("  %-28s %9.1f ms  %8.0f ns/school\n", names[k], best[k] * 1e3, best[k] * 1e9 / (double)n);
    printf("  CSV input %.1f MB, JSON output %.1f MB\n", (double)csv_len / 1e6, (double)json_len / 1e6);
    printf("  ratios: evaluate/validate %.2f, to_json/evaluate %.2f, read CSV/evaluate %.2f, "
           "evaluate per county %.1f µs\n",
           best[2] / best[1], best[3] / best[2], best[5] / best[2], best[2] * 1e6 / (double)counties);
    yjjh_profile_free(p);
    free(csv);
    for (size_t i = 0; i < n; i++) {
        free(c.ids[i]);
        free(c.types[i]);
        free(c.counties[i]);
    }
    free(c.ids);
    free(c.types);
    free(c.counties);
    for (int k = 0; k < 16; k++)
        free(c.v[k]);
    return 0;
}
