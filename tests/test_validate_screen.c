/* SPDX-License-Identifier: MIT */
/* The row screens of the validation (lib/evaluate/validate.c): on random tables full of every kind of problem, with
 * columns left out and under profiles with every teaching-point mode, the screened validation on 1, 2, 3 and 7
 * threads reports exactly what checking every row in full reports (same codes, lines, columns, messages, order),
 * returns the same status, and on valid tables the same row infos. */
#include <math.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "evaluate/validate.h"
#include "common/buf.h"
#include "profile/profile.h"

static uint64_t rng_state;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* 1 with probability num/1000 */
static int chance(unsigned num) { return rnd() % 1000 < num; }

static const char *pick(const char *const *v, size_t n) { return v[rnd() % n]; }

static const char *const header[] = {"county_code",
                                     "school_id",
                                     "school_name",
                                     "school_type",
                                     "ownership",
                                     "location",
                                     "parent_id",
                                     "primary_students",
                                     "junior_students",
                                     "senior_students",
                                     "primary_classes",
                                     "primary_teachers_above_degree",
                                     "junior_teachers_above_degree",
                                     "primary_backbone_teachers",
                                     "junior_backbone_teachers",
                                     "primary_pe_art_teachers",
                                     "junior_pe_art_teachers",
                                     "teaching_area",
                                     "sports_area",
                                     "equipment_value",
                                     "multimedia_rooms",
                                     "primary_teaching_area",
                                     "junior_sports_area",
                                     "books"};
#define N_HEADER (sizeof header / sizeof header[0])

/* A number cell: a plausible value (integer: a count) or, with probability bad per mille, a bad one. */
static void number_cell(char *out, size_t size, unsigned bad, int integer)
{
    static const char *const bad_values[] = {"-3", "2.5", "1e16", "-0.5", "1000000000000001"};
    if (chance(bad))
        snprintf(out, size, "%s", pick(bad_values, sizeof bad_values / sizeof bad_values[0]));
    else if (integer)
        snprintf(out, size, "%u", (unsigned)(1 + rnd() % 3000));
    else
        snprintf(out, size, "%u.%u", (unsigned)(1 + rnd() % 30000), (unsigned)(rnd() % 10));
}

/* The stage of a per-stage column (0 primary, 1 junior, 2 senior), or -1. */
static int column_stage(const char *h)
{
    return !strncmp(h, "primary_", 8) ? 0 : !strncmp(h, "junior_", 7) ? 1 : !strncmp(h, "senior_", 7) ? 2 : -1;
}

/* A CSV of n schools; drop[i] leaves header column i out. A row is consistent (the cells its type needs, no
 * others) unless a coin with probability bad per mille says otherwise; then any cell may be missing, zero or set. */
static char *make_csv(size_t n, unsigned bad, const int *drop, size_t *len)
{
    static const char *const types[] = {"primary",     "junior",         "nine_year", "complete_secondary",
                                        "twelve_year", "teaching_point", "special",   "小学",
                                        "教学点",      "九年一贯制学校", " primary "};
    /* the stages each of types[] serves */
    static const int serves[][3] = {{1, 0, 0}, {0, 1, 0}, {1, 1, 0}, {0, 1, 1}, {1, 1, 1}, {1, 0, 0},
                                    {1, 1, 0}, {1, 0, 0}, {1, 0, 0}, {1, 1, 0}, {1, 0, 0}};
    static const char *const bad_types[] = {"", "  ", "college", "幼儿园"};
    static const char *const owns[] = {"public", "private", "民办", "", "公办"};
    static const char *const locs[] = {"urban", "town", "rural", "", "乡村"};
    yjjh__buf b = YJJH__BUF_INIT;
    char cell[64];
    size_t cols = 0, parent = 0; /* a row that can take a teaching point */
    for (size_t i = 0; i < N_HEADER; i++)
        if (!drop[i]) {
            yjjh__buf_puts(&b, cols++ ? "," : "");
            yjjh__buf_puts(&b, header[i]);
        }
    yjjh__buf_puts(&b, "\n");
    for (size_t r = 0; r < n; r++) {
        int first = 1, messy = chance(bad);
        size_t ty = rnd() % (sizeof types / sizeof types[0]);
        int stage_zero[3];
        for (int s = 0; s < 3; s++)
            stage_zero[s] = serves[ty][s] && !serves[ty][(s + 1) % 3] && !serves[ty][(s + 2) % 3] ? 0 : chance(100);
        for (size_t i = 0; i < N_HEADER; i++) {
            const char *h = header[i];
            int st = column_stage(h);
            if (drop[i])
                continue;
            cell[0] = '\0';
            if (!strcmp(h, "county_code"))
                snprintf(cell, sizeof cell, "C%u", (unsigned)(r / 50));
            else if (!strcmp(h, "school_id")) {
                if (chance(bad / 2))
                    snprintf(cell, sizeof cell, "%s", chance(500) ? "" : " ");
                else
                    snprintf(cell, sizeof cell, "S%u", (unsigned)(chance(bad) ? rnd() % (r + 1) : r));
            } else if (!strcmp(h, "school_name"))
                snprintf(cell, sizeof cell, "学校%u", (unsigned)r);
            else if (!strcmp(h, "school_type"))
                snprintf(cell, sizeof cell, "%s", chance(bad) ? pick(bad_types, 4) : types[ty]);
            else if (!strcmp(h, "ownership"))
                snprintf(cell, sizeof cell, "%s", chance(bad) ? "state" : pick(owns, 5));
            else if (!strcmp(h, "location"))
                snprintf(cell, sizeof cell, "%s", chance(bad) ? "city" : pick(locs, 5));
            else if (!strcmp(h, "parent_id")) {
                if ((ty == 5 || ty == 8) && !chance(bad))
                    snprintf(cell, sizeof cell, "S%u", (unsigned)parent);
                else if (ty == 5 || ty == 8 || chance(bad))
                    snprintf(cell, sizeof cell, "S%u", (unsigned)(rnd() % (n + n / 10 + 1)));
            } else {
                int integer = strstr(h, "area") == NULL && strstr(h, "value") == NULL;
                if (messy) {
                    switch (rnd() % 4) {
                    case 0: break; /* missing */
                    case 1: snprintf(cell, sizeof cell, "0"); break;
                    default: number_cell(cell, sizeof cell, 200, integer);
                    }
                } else if (!strncmp(h, "primary_students", 16) || !strcmp(h, "junior_students") ||
                           !strcmp(h, "senior_students")) {
                    if (serves[ty][st] || ty == 6)
                        snprintf(cell, sizeof cell, "%u", stage_zero[st] ? 0u : (unsigned)(1 + rnd() % 3000));
                } else if (st < 0 || (serves[ty][st] && !stage_zero[st])) {
                    if (!chance(bad))
                        number_cell(cell, sizeof cell, bad, integer);
                }
            }
            yjjh__buf_puts(&b, first ? "" : ",");
            yjjh__buf_puts(&b, cell);
            first = 0;
        }
        yjjh__buf_puts(&b, "\n");
        if (!messy && serves[ty][0] && !stage_zero[0] && ty != 5 && ty != 6 && ty != 8)
            parent = r;
    }
    *len = b.len;
    return yjjh__buf_detach(&b);
}

/* The entries of d as one text (code, line, column, message per line). */
static char *diag_text(const yjjh_diag *d)
{
    yjjh__buf b = YJJH__BUF_INIT;
    char line[64];
    for (size_t i = 0; i < yjjh_diag_count(d); i++) {
        yjjh_diag_entry e = diag_entry(d, i);
        snprintf(line, sizeof line, "%d %zu ", (int)e.code, e.line);
        yjjh__buf_puts(&b, line);
        yjjh__buf_puts(&b, e.column);
        yjjh__buf_puts(&b, " ");
        yjjh__buf_puts(&b, e.message);
        yjjh__buf_puts(&b, "\n");
    }
    yjjh__buf_puts(&b, "");
    return yjjh__buf_detach(&b);
}

/* Compare the screened validation on several thread counts with the full one. Returns the number of entries. */
static size_t compare(const yjjh_schools *t, const yjjh_profile *p)
{
    static const size_t threads[] = {1, 2, 3, 7, 0};
    yjjh_diag *d0 = NULL;
    yjjh__row_info *rows0 = NULL;
    yjjh_status s0;
    char *text0;
    size_t n = yjjh_schools_row_count(t), count;
    assert_ok(yjjh_diag_new(&d0));
    s0 = yjjh__validate_unscreened(&rows0, t, p, d0);
    text0 = diag_text(d0);
    fputs(text0, stderr);
    count = yjjh_diag_count(d0);
    for (size_t k = 0; k < sizeof threads / sizeof threads[0]; k++) {
        yjjh_diag *d = NULL;
        yjjh__row_info *rows = NULL;
        yjjh_status s;
        char *text;
        assert_ok(yjjh_diag_new(&d));
        s = yjjh__validate_ex(&rows, t, p, d, threads[k]);
        text = diag_text(d);
        assert_int_equal(s, s0);
        assert_string_equal(text, text0);
        assert_int_equal(rows == NULL, rows0 == NULL);
        if (rows)
            assert_memory_equal(rows, rows0, n * sizeof *rows);
        free(text);
        free(rows);
        yjjh_diag_free(d);
    }
    free(text0);
    free(rows0);
    yjjh_diag_free(d0);
    return count;
}

/* Infinities cannot come from a CSV: put a few into the columns set, as an application may. */
static void inject_infinities(yjjh_schools *t, size_t n)
{
    static const yjjh_column cols[] = {YJJH_COL_TEACHING_AREA, YJJH_COL_PRIMARY_STUDENTS,
                                       YJJH_COL_JUNIOR_BACKBONE_TEACHERS};
    double *v = malloc(n * sizeof *v);
    assert_non_null(v);
    for (size_t i = 0; i < sizeof cols / sizeof cols[0]; i++) {
        if (yjjh_schools_get_numbers(v, n, t, cols[i]) != YJJH_OK)
            continue; /* column left out */
        for (int k = 0; k < 3; k++)
            v[rnd() % n] = k == 1 ? -INFINITY : INFINITY;
        assert_ok(yjjh_schools_set_numbers(t, cols[i], v, n));
    }
    free(v);
}

/* Profiles: national-2017 with each teaching-point mode and with private schools in scope, national-2012-basic. */
static yjjh_profile *profile_variant(int v)
{
    yjjh_profile *p = NULL;
    assert_ok(yjjh_profile_builtin(&p, v == 4 ? "national-2012-basic" : "national-2017"));
    if (v == 1)
        p->v[P_TEACHING_POINTS] = YJJH_TP_MERGE;
    else if (v == 2)
        p->v[P_TEACHING_POINTS] = YJJH_TP_EXCLUDE;
    else if (v == 3) {
        p->v[P_TEACHING_POINTS] = YJJH_TP_MERGE;
        p->v[P_INCLUDE_PRIVATE] = 1;
    }
    return p;
}

static void run(size_t n, unsigned bad, unsigned drop_rate, int n_tables, uint64_t seed)
{
    size_t reported = 0, clean = 0, full = 0;
    rng_state = seed;
    for (int k = 0; k < n_tables; k++) {
        int drop[N_HEADER];
        size_t len;
        char *csv;
        yjjh_schools *t = NULL;
        for (size_t i = 0; i < N_HEADER; i++)
            drop[i] = chance(drop_rate);
        csv = make_csv(n, bad, drop, &len);
        assert_ok(yjjh_schools_read_buffer(&t, csv, len, "screen.csv", "utf-8", NULL));
        if (bad)
            inject_infinities(t, n);
        for (int v = 0; v < 5; v++) {
            yjjh_profile *p = profile_variant(v);
            size_t c = compare(t, p);
            reported += c;
            clean += c == 0;
            full += c >= 100;
            yjjh_profile_free(p);
        }
        yjjh_schools_free(t);
        free(csv);
    }
    print_message("  %d tables x 5 profiles: %zu entries (%zu at the limit), %zu clean\n", n_tables, reported, full,
                  clean);
    assert_true(bad == 0 || reported > 0);
}

/* Problems of every kind, a few columns missing. */
static void test_many_problems(void **state)
{
    (void)state;
    run(150, 15, 60, 60, 0x9E3779B97F4A7C15ULL);
}

/* Rare problems among many valid rows (most rows pass the screens). */
static void test_rare_problems(void **state)
{
    (void)state;
    run(4000, 1, 20, 10, 0xD1B54A32D192ED03ULL);
}

/* Whole columns missing. */
static void test_missing_columns(void **state)
{
    (void)state;
    run(300, 2, 250, 30, 0x94D049BB133111EBULL);
}

/* Valid tables (the examples): no entry, and the same row infos. */
static void test_valid_tables(void **state)
{
    static const char *const files[] = {"city_30.csv", "jinchuan.csv", "two_counties.csv"};
    (void)state;
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[1024];
        yjjh_schools *t = NULL;
        snprintf(path, sizeof path, "%s/%s", YJJH_EXAMPLES_DATA_DIR, files[i]);
        assert_ok(yjjh_schools_read_file(&t, path, NULL, NULL));
        for (int v = 0; v < 5; v++) {
            yjjh_profile *p = profile_variant(v);
            (void)compare(t, p);
            yjjh_profile_free(p);
        }
        yjjh_schools_free(t);
    }
}

/* Consistent random tables: most pass, and the row infos (with merged teaching points) must be the same. */
static void test_consistent_tables(void **state)
{
    (void)state;
    run(2000, 0, 0, 6, 0xBF58476D1CE4E5B9ULL);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_consistent_tables), cmocka_unit_test(test_valid_tables),
        cmocka_unit_test(test_many_problems),     cmocka_unit_test(test_rare_problems),
        cmocka_unit_test(test_missing_columns),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
