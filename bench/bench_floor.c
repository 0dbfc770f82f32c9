/* SPDX-License-Identifier: MIT */
/* The C side of bench/bench_national.py on one schools CSV:
 *   reader   yjjh_schools_read_buffer on the file's bytes (MB/s);
 *   evaluate yjjh_schools_evaluate on the in-memory table (no facts: the school rule and the CVs);
 *   floor    a minimal C loop of the same arithmetic on the same columns: school type parsing, county hashing,
 *            the school parts with the facility split, the seven indicators, the school rule, two-pass
 *            students-weighted CVs per county and stage; checked against yjjh's CVs to 1e-9;
 *   limit    measured memory read bandwidth, and the time to stream the floor's input columns once at it.
 * Prints the figures and a line "FIGURES {json}" for bench_national.py. Not a test: asserts nothing on time.
 * Times are CPU time of the process (best of repeats), wall clock with --wall.
 * usage: yjjh_bench_floor SCHOOLS.csv [repeats] [--wall] */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <yjjh/yjjh.h>

static clockid_t clock_id = CLOCK_PROCESS_CPUTIME_ID; /* CPU time: the machine may be shared; --wall */

static double now(void)
{
    struct timespec ts;
    clock_gettime(clock_id, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

#define CHECK(call)                                                                                                    \
  do {                                                                                                                 \
    yjjh_status s_ = (call);                                                                                           \
    if (s_ != YJJH_OK) {                                                                                               \
      fprintf(stderr, "%s: %s\n", #call, yjjh_strerror(s_));                                                           \
      exit(1);                                                                                                         \
    }                                                                                                                  \
  } while (0)

enum {
    NUM_PS,
    NUM_JS,
    NUM_SS,
    NUM_T1P,
    NUM_T2P,
    NUM_T3P,
    NUM_T1J,
    NUM_T2J,
    NUM_T3J,
    NUM_AREA,
    NUM_SPORTS,
    NUM_EQUIP,
    NUM_ROOMS,
    NUM_N
};
static const yjjh_column num_cols[NUM_N] = {
    YJJH_COL_PRIMARY_STUDENTS,
    YJJH_COL_JUNIOR_STUDENTS,
    YJJH_COL_SENIOR_STUDENTS,
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
};
static const double standard[2][7] = {{4.2, 1.0, 0.9, 4.5, 7.5, 2000, 2.3}, {5.3, 1.0, 0.9, 5.8, 10.2, 2500, 2.4}};

typedef struct input {
    size_t n;
    const char **type, **own, **county;
    double *v[NUM_N];
} input;

typedef struct floor_out {
    size_t n_counties;
    const char **codes;    /* county codes, in order of first appearance */
    double *students, *cv; /* [county][stage], [county][stage][7] */
    size_t *passing;
    /* scratch */
    size_t *slot, cap;
    uint32_t *part_group;
    double *part_p, *part_x, *sum_px, *sum_dev;
} floor_out;

static uint64_t hash(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

/* type → served stages: bit 0 primary, bit 1 junior, bit 2 senior; bit 3 teaching point; -1 special/unknown */
static int parse_type(const char *t)
{
    switch (t[0]) {
    case 'p': return 1;
    case 'j': return 2;
    case 'n': return 3;
    case 'c': return 6;
    case 't': return t[1] == 'w' ? 7 : 9;
    default: return -1;
    }
}

static double nz(double x) { return x == x ? x : 0.0; }

static void floor_loop(floor_out *o, const input *in)
{
    size_t np = 0;
    o->n_counties = 0;
    memset(o->slot, 0xff, o->cap * sizeof *o->slot);
    for (size_t i = 0; i < in->n; i++) {
        int t = parse_type(in->type[i]);
        size_t h, c;
        double ps, js, d;
        if (t < 0 || strcmp(in->own[i], "public") != 0)
            continue;
        for (h = hash(in->county[i]) & (o->cap - 1);; h = (h + 1) & (o->cap - 1)) { /* county hashing */
            if (o->slot[h] == SIZE_MAX) {
                o->slot[h] = o->n_counties;
                o->codes[o->n_counties++] = in->county[i];
                break;
            }
            if (strcmp(o->codes[o->slot[h]], in->county[i]) == 0)
                break;
        }
        c = o->slot[h];
        ps = nz(in->v[NUM_PS][i]);
        js = nz(in->v[NUM_JS][i]);
        d = ((t & 1) ? ps : 0) + ((t & 2) ? 1.1 * js : 0) + ((t & 4) ? 1.32 * nz(in->v[NUM_SS][i]) : 0);
        for (int s = 0; s < 2; s++) {
            double p = s ? js : ps, w = s ? 1.1 : 1.0, *x;
            const double *tc = s ? &in->v[NUM_T1J][i] : &in->v[NUM_T1P][i];
            int met = 0, above_floor = 1;
            if (!(t & (1 << s)) || p <= 0 || (s == 0 && (t & 8) && p < 50))
                continue;
            x = &o->part_x[np * 7];
            x[0] = in->v[s ? NUM_T1J : NUM_T1P][i] * 100.0 / p;
            x[1] = in->v[s ? NUM_T2J : NUM_T2P][i] * 100.0 / p;
            x[2] = in->v[s ? NUM_T3J : NUM_T3P][i] * 100.0 / p;
            (void)tc;
            x[3] = in->v[NUM_AREA][i] * w / d;
            x[4] = in->v[NUM_SPORTS][i] * w / d;
            x[5] = in->v[NUM_EQUIP][i] * w / d;
            x[6] = in->v[NUM_ROOMS][i] * w / d * 100.0;
            for (int k = 0; k < 7; k++) {
                double std = standard[s][k];
                met += x[k] >= std * (1 - 1e-9);
                above_floor &= x[k] >= 0.85 * std * (1 - 1e-9);
            }
            o->part_group[np] = (uint32_t)(c * 2 + (size_t)s);
            o->part_p[np] = p;
            o->passing[c * 2 + (size_t)s] += met >= 6 && above_floor;
            np++;
        }
    }
    /* two passes per county-stage: the mean, then the weighted squared deviations */
    memset(o->students, 0, o->n_counties * 2 * sizeof *o->students);
    memset(o->sum_px, 0, o->n_counties * 14 * sizeof *o->sum_px);
    memset(o->sum_dev, 0, o->n_counties * 14 * sizeof *o->sum_dev);
    for (size_t q = 0; q < np; q++) {
        uint32_t g = o->part_group[q];
        o->students[g] += o->part_p[q];
        for (int k = 0; k < 7; k++)
            o->sum_px[g * 7 + (size_t)k] += o->part_p[q] * o->part_x[q * 7 + (size_t)k];
    }
    for (size_t g = 0; g < o->n_counties * 2; g++)
        for (int k = 0; k < 7; k++)
            o->sum_px[g * 7 + (size_t)k] /= o->students[g] > 0 ? o->students[g] : 1; /* now the mean */
    for (size_t q = 0; q < np; q++) {
        uint32_t g = o->part_group[q];
        for (int k = 0; k < 7; k++) {
            double dv = o->part_x[q * 7 + (size_t)k] - o->sum_px[g * 7 + (size_t)k];
            o->sum_dev[g * 7 + (size_t)k] += o->part_p[q] * dv * dv;
        }
    }
    for (size_t g = 0; g < o->n_counties * 2; g++)
        for (int k = 0; k < 7; k++)
            o->cv[g * 7 + (size_t)k] =
                o->students[g] > 0 ? sqrt(o->sum_dev[g * 7 + (size_t)k] / o->students[g]) / o->sum_px[g * 7 + (size_t)k]
                                   : NAN;
}

static double bandwidth_gbs(void)
{
    size_t n = (size_t)256 << 20 >> 3; /* 256 MiB of doubles */
    double *a = malloc(n * sizeof *a), best = 1e9, sum = 0;
    if (!a)
        return 0;
    for (size_t i = 0; i < n; i++)
        a[i] = (double)(i & 1023);
    for (int r = 0; r < 5; r++) {
        double t0 = now(), s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        for (size_t i = 0; i + 4 <= n; i += 4) {
            s0 += a[i];
            s1 += a[i + 1];
            s2 += a[i + 2];
            s3 += a[i + 3];
        }
        sum += s0 + s1 + s2 + s3;
        t0 = now() - t0;
        best = t0 < best ? t0 : best;
    }
    free(a);
    if (sum < 0)
        printf("%g\n", sum);
    return (double)(n * sizeof(double)) / best / 1e9;
}

int main(int argc, char **argv)
{
    const char *path = argc > 1 ? argv[1] : NULL;
    int reps = argc > 2 ? atoi(argv[2]) : 3;
    FILE *f;
    char *data;
    long len;
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    input in;
    floor_out o;
    double t_read = 1e9, t_eval = 1e9, t_floor = 1e9, bw, bound, worst = 0;
    size_t bad_pass = 0, checked = 0, bytes_in;

    if (argc > 3 && strcmp(argv[3], "--wall") == 0)
        clock_id = CLOCK_MONOTONIC;
    if (!path || !(f = fopen(path, "rb"))) {
        fprintf(stderr, "usage: yjjh_bench_floor SCHOOLS.csv [repeats] [--wall]\n");
        return 64;
    }
    fseek(f, 0, SEEK_END);
    len = ftell(f);
    fseek(f, 0, SEEK_SET);
    data = malloc((size_t)len + 1);
    if (!data || fread(data, 1, (size_t)len, f) != (size_t)len)
        return 1;
    fclose(f);
    if (reps < 1)
        reps = 1;
    CHECK(yjjh_profile_builtin(&p, "national-2017"));
    for (int k = 0; k < reps; k++) {
        double t0 = now();
        yjjh_schools_free(t);
        t = NULL;
        CHECK(yjjh_schools_read_buffer(&t, data, (size_t)len, path, "utf-8", NULL));
        t0 = now() - t0;
        t_read = t0 < t_read ? t0 : t_read;
    }
    for (int k = 0; k < reps; k++) {
        double t0 = now();
        yjjh_result_free(r);
        r = NULL;
        CHECK(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
        t0 = now() - t0;
        t_eval = t0 < t_eval ? t0 : t_eval;
    }

    in.n = yjjh_schools_row_count(t);
    in.type = malloc(in.n * sizeof *in.type);
    in.own = malloc(in.n * sizeof *in.own);
    in.county = malloc(in.n * sizeof *in.county);
    CHECK(yjjh_schools_get_texts(in.type, in.n, t, YJJH_COL_SCHOOL_TYPE));
    CHECK(yjjh_schools_get_texts(in.own, in.n, t, YJJH_COL_OWNERSHIP));
    CHECK(yjjh_schools_get_texts(in.county, in.n, t, YJJH_COL_COUNTY_CODE));
    for (int k = 0; k < NUM_N; k++) {
        in.v[k] = malloc(in.n * sizeof(double));
        CHECK(yjjh_schools_get_numbers(in.v[k], in.n, t, num_cols[k]));
    }
    memset(&o, 0, sizeof o);
    for (o.cap = 1024; o.cap < in.n * 2; o.cap *= 2)
        ;
    o.slot = malloc(o.cap * sizeof *o.slot);
    o.codes = malloc(in.n * sizeof *o.codes);
    o.students = malloc(in.n * 2 * sizeof(double));
    o.passing = malloc(in.n * 2 * sizeof(size_t));
    o.cv = malloc(in.n * 14 * sizeof(double));
    o.sum_px = malloc(in.n * 14 * sizeof(double));
    o.sum_dev = malloc(in.n * 14 * sizeof(double));
    o.part_group = malloc(in.n * 2 * sizeof(uint32_t));
    o.part_p = malloc(in.n * 2 * sizeof(double));
    o.part_x = malloc(in.n * 14 * sizeof(double));
    for (int k = 0; k < reps; k++) {
        double t0;
        memset(o.passing, 0, in.n * 2 * sizeof(size_t));
        t0 = now();
        floor_loop(&o, &in);
        t0 = now() - t0;
        t_floor = t0 < t_floor ? t0 : t_floor;
    }

    /* the floor's CVs against yjjh's */
    for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
        yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
        size_t fc = SIZE_MAX;
        CHECK(yjjh_result_county_get(&cs, r, ci));
        for (size_t c = 0; c < o.n_counties; c++)
            if (strcmp(o.codes[c], cs.county_code) == 0) {
                fc = c;
                break;
            }
        for (int s = 0; s < 2; s++) {
            yjjh_stage_summary ss = YJJH_STAGE_SUMMARY_INIT;
            if (yjjh_result_stage_get(&ss, r, ci, s ? YJJH_STAGE_JUNIOR : YJJH_STAGE_PRIMARY) != YJJH_OK)
                continue;
            if (fc == SIZE_MAX) {
                fprintf(stderr, "county %s missing in the floor\n", cs.county_code);
                return 1;
            }
            if (ss.schools_passing != o.passing[fc * 2 + (size_t)s])
                bad_pass++;
            for (size_t k = 0; k < 7; k++) {
                yjjh_indicator_result ir = YJJH_INDICATOR_RESULT_INIT;
                double a, b, d;
                CHECK(yjjh_result_indicator_get(&ir, r, ci, s ? YJJH_STAGE_JUNIOR : YJJH_STAGE_PRIMARY, k));
                a = ir.cv;
                b = o.cv[(fc * 2 + (size_t)s) * 7 + k];
                d = a == b ? 0 : fabs(a - b) / fmax(fmax(fabs(a), fabs(b)), 1e-6); /* a CV of 0 vs 1e-16 agrees */
                if (d > 1e-9 && getenv("FLOOR_DEBUG"))
                    fprintf(stderr, "%s stage %d R%zu: yjjh %.17g floor %.17g\n", cs.county_code, s, k + 1, a, b);
                worst = d > worst ? d : worst;
                checked++;
            }
        }
    }

    bw = bandwidth_gbs();
    bytes_in = in.n * (NUM_N * sizeof(double) + 3 * sizeof(char *) + 24); /* columns + the type/county texts */
    bound = (double)bytes_in / (bw * 1e9);
    printf("  C reader yjjh_schools_read_buffer        %7.3f s  %6.1f MB/s\n", t_read, (double)len / 1e6 / t_read);
    printf("  C yjjh_schools_evaluate (in memory)      %7.3f s  %6.0f ns/school\n", t_eval,
           t_eval * 1e9 / (double)in.n);
    printf("  C floor loop (same arithmetic)           %7.3f s  %6.0f ns/school\n", t_floor,
           t_floor * 1e9 / (double)in.n);
    printf("  memory read bandwidth %.1f GB/s: the floor's %.0f MB of input once = %.4f s\n", bw,
           (double)bytes_in / 1e6, bound);
    printf("  floor vs yjjh: %zu CVs, max relative difference %.1e, schools_passing differences %zu -> %s\n", checked,
           worst, bad_pass, worst <= 1e-9 && bad_pass == 0 && checked > 0 ? "OK (<= 1e-9)" : "MISMATCH");
    printf("FIGURES {\"reader_mbs\": %.3f, \"c_evaluate\": %.6f, \"c_floor\": %.6f, \"bandwidth_gbs\": %.3f, "
           "\"bandwidth_bound\": %.6f}\n",
           (double)len / 1e6 / t_read, t_eval, t_floor, bw, bound);
    free(in.type);
    free(in.own);
    free(in.county);
    for (int k = 0; k < NUM_N; k++)
        free(in.v[k]);
    free(o.slot);
    free(o.codes);
    free(o.students);
    free(o.passing);
    free(o.cv);
    free(o.sum_px);
    free(o.sum_dev);
    free(o.part_group);
    free(o.part_p);
    free(o.part_x);
    yjjh_result_free(r);
    yjjh_schools_free(t);
    yjjh_profile_free(p);
    free(data);
    return worst <= 1e-9 && bad_pass == 0 && checked > 0 ? 0 : 1;
}
