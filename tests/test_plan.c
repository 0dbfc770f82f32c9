/* SPDX-License-Identifier: MIT */
/* The remediation planner (docs/plan.md): hand-computed minimal plans, unit prices, and the proof on generated
 * failing counties that the applied table passes every item the plan targets. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh_test.h"
#include "school_builder.h"

/* A primary school of P students meeting every indicator comfortably except where the test changes it:
 * R1 6, R2 2, R3 1.2 per 100; R4 5, R5 8, R6 2400 per student; R7 2.4 per 100. */
static tschool good_primary(const char *id, const char *county, double P)
{
    tschool s = {id,       id,        "primary", "public", county, NULL,    P,       M,          M,        0.06 * P,
                 0.02 * P, 0.012 * P, M,         M,        M,      5.0 * P, 8.0 * P, 2400.0 * P, 0.024 * P};
    return s;
}

static yjjh_plan *make_plan(const yjjh_schools *t, const yjjh_costs *costs)
{
    yjjh_profile *p = NULL;
    yjjh_plan *pl = NULL;
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_schools_plan(&pl, t, NULL, p, costs, NULL));
    yjjh_profile_free(p);
    return pl;
}

/* The school actions of a plan (county items left out). */
static size_t school_actions(const yjjh_plan *pl, yjjh_plan_action *out, size_t cap)
{
    size_t m = 0;
    for (size_t i = 0; i < yjjh_plan_action_count(pl); i++) {
        yjjh_plan_action a = YJJH_PLAN_ACTION_INIT;
        assert_ok(yjjh_plan_action_get(&a, pl, i));
        if (a.kind != YJJH_ACTION_COUNTY_ITEM && m < cap)
            out[m++] = a;
    }
    return m;
}

/* R4 below its floor by 37.5 m² (every other indicator met): whole m² rounded up gives exactly +38 m². */
static void test_floor_whole_m2(void **state)
{
    tschool rows[1];
    yjjh_plan_action a[8];
    yjjh_plan_county pc = YJJH_PLAN_COUNTY_INIT;
    yjjh_schools *t;
    yjjh_plan *pl;
    (void)state;
    rows[0] = good_primary("S1", "1", 1000);
    rows[0].area = 3787.5; /* floor 0.85 × 4.5 × 1000 = 3825 m²: short by 37.5 */
    t = tbuild(rows, 1);
    pl = make_plan(t, NULL);
    assert_int_equal(school_actions(pl, a, 8), 1);
    assert_int_equal(a[0].kind, YJJH_ACTION_SCHOOL_RULE);
    assert_string_equal(a[0].code, "R4");
    assert_int_equal(a[0].column, YJJH_COL_TEACHING_AREA);
    assert_close(a[0].add, 38.0, 0, 0);
    assert_close(a[0].now, 3.7875, 1e-12, 0);
    assert_close(a[0].target, 0.85 * 4.5, 1e-12, 0);
    assert_close(a[0].cost, 38.0 * 3000.0, 0, 0); /* the example price of 教学及辅助用房 */
    assert_int_equal(a[0].recurring, 0);
    assert_ok(yjjh_plan_county_get(&pc, pl, 0));
    assert_int_equal(pc.n_targets, 1);
    assert_int_equal(pc.targets_met, 1);
    assert_close(pc.cost_once, 114000.0, 0, 0);
    assert_close(pc.cost_per_year, 0.0, 0, 0);
    yjjh_plan_free(pl);
    yjjh_schools_free(t);
}

/* Two indicators unmet (both above the floor): the cheaper one is fixed, the dearer one left unmet. R3 needs 1
 * teacher (8 → 9 for 1000 students), R4 needs 100 m² (4400 → 4500). */
static void test_cheapest_set(void **state)
{
    tschool rows[1];
    yjjh_plan_action a[8];
    yjjh_schools *t;
    yjjh_plan *pl;
    yjjh_costs *costs = NULL;
    (void)state;
    rows[0] = good_primary("S1", "1", 1000);
    rows[0].t3p = 8;
    rows[0].area = 4400;
    t = tbuild(rows, 1);
    /* default prices: a teacher 120000 元/年 < 100 m² × 3000 元 */
    pl = make_plan(t, NULL);
    assert_int_equal(school_actions(pl, a, 8), 1);
    assert_string_equal(a[0].code, "R3");
    assert_close(a[0].add, 1.0, 0, 0);
    assert_int_equal(a[0].recurring, 1);
    assert_close(a[0].cost, 120000.0, 0, 0);
    yjjh_plan_free(pl);
    /* building at 100 元/m²: 100 m² cost 10000 < a teacher */
    assert_ok(yjjh_costs_new(&costs));
    assert_ok(yjjh_costs_set(costs, "teaching_area", 100.0));
    pl = make_plan(t, costs);
    assert_int_equal(school_actions(pl, a, 8), 1);
    assert_string_equal(a[0].code, "R4");
    assert_close(a[0].add, 100.0, 0, 0);
    assert_close(a[0].cost, 10000.0, 0, 0);
    yjjh_plan_free(pl);
    yjjh_costs_free(costs);
    yjjh_schools_free(t);
}

/* Two schools of 1000 students, R5 7.5 and 30 m²/student: CV = (30 − 7.5)/(30 + 7.5) = 0.6 > 0.5. Raising the
 * lower to L gives CV (30 − L)/(30 + L) ≤ 0.5 ⇔ L ≥ 10: +2500 m² (7.5 → 10 for 1000 students), 1000000 元. */
static void test_cv_floor(void **state)
{
    tschool rows[2];
    yjjh_plan_action a[8];
    yjjh_plan_target tg = YJJH_PLAN_TARGET_INIT;
    yjjh_schools *t;
    yjjh_plan *pl;
    (void)state;
    rows[0] = good_primary("LOW", "1", 1000);
    rows[0].sports = 7500;
    rows[1] = good_primary("HIGH", "1", 1000);
    rows[1].sports = 30000;
    t = tbuild(rows, 2);
    pl = make_plan(t, NULL);
    assert_int_equal(school_actions(pl, a, 8), 1);
    assert_int_equal(a[0].kind, YJJH_ACTION_CV);
    assert_string_equal(a[0].school_id, "LOW");
    assert_string_equal(a[0].code, "R5");
    assert_close(a[0].target, 10.0, 1e-9, 0);
    assert_close(a[0].add, 2500.0, 0, 0);
    assert_close(a[0].cost, 2500.0 * 400.0, 0, 0);
    assert_int_equal(yjjh_plan_target_count(pl), 1);
    assert_ok(yjjh_plan_target_get(&tg, pl, 0));
    assert_string_equal(tg.code, "R5");
    assert_close(tg.before, 0.6, 1e-12, 0);
    assert_close(tg.after, 0.5, 1e-12, 0);
    assert_int_equal(tg.met_after, 1);
    yjjh_plan_free(pl);
    yjjh_schools_free(t);
}

/* Every in-scope part passes and every CV is met when the applied table is evaluated afresh. */
static void assert_applied_passes(const yjjh_plan *pl, const yjjh_schools *input)
{
    yjjh_profile *p = NULL;
    yjjh_schools *applied = NULL;
    yjjh_result *r = NULL;
    size_t n = yjjh_schools_row_count(input), nc = yjjh_column_count();
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_plan_schools(&applied, pl));
    assert_ok(yjjh_schools_evaluate(&r, applied, NULL, p, NULL));
    for (size_t i = 0; i < yjjh_result_part_count(r); i++) {
        yjjh_part_result pr = YJJH_PART_RESULT_INIT;
        assert_ok(yjjh_result_part_get(&pr, r, i));
        if (pr.in_scope && !pr.rule.passed)
            fail_msg("school %s %s still fails the school rule after the plan", pr.school_id,
                     yjjh_stage_name(pr.stage));
    }
    for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
        for (int s = 0; s < 2; s++) {
            yjjh_stage st = s ? YJJH_STAGE_JUNIOR : YJJH_STAGE_PRIMARY;
            yjjh_stage_summary ss = YJJH_STAGE_SUMMARY_INIT;
            if (yjjh_result_stage_get(&ss, r, ci, st) != YJJH_OK)
                continue;
            for (size_t k = 0; k < 7; k++) {
                yjjh_indicator_result ir = YJJH_INDICATOR_RESULT_INIT;
                assert_ok(yjjh_result_indicator_get(&ir, r, ci, st, k));
                if (!ir.cv_met)
                    fail_msg("county %zu %s %s CV %.6f over %.2f after the plan", ci, yjjh_stage_name(st), ir.code,
                             ir.cv, ir.cv_max);
            }
        }
    }
    for (size_t ci = 0; ci < yjjh_plan_county_count(pl); ci++) {
        yjjh_plan_county pc = YJJH_PLAN_COUNTY_INIT;
        assert_ok(yjjh_plan_county_get(&pc, pl, ci));
        assert_int_equal(pc.targets_met, pc.n_targets);
    }
    /* only additions, in whole units */
    for (size_t i = 0; i < nc; i++) {
        yjjh_column col;
        assert_ok(yjjh_column_get(&col, i));
        assert_int_equal(yjjh_schools_has_column(input, col), yjjh_schools_has_column(applied, col));
        if (!yjjh_schools_has_column(input, col) || yjjh_column_is_text(col))
            continue;
        for (size_t row = 0; row < n; row++) {
            double a = NAN, b = NAN;
            assert_ok(yjjh_schools_get_number(&a, input, row, col));
            assert_ok(yjjh_schools_get_number(&b, applied, row, col));
            if (isnan(a)) {
                assert_true(isnan(b));
                continue;
            }
            if (b < a || floor(b - a) != b - a)
                fail_msg("row %zu %s: %.17g -> %.17g is not a whole addition", row, yjjh_column_name(col), a, b);
        }
    }
    yjjh_result_free(r);
    yjjh_schools_free(applied);
    yjjh_profile_free(p);
}

/* Fixing a CV raises a shared facility of a 九年一贯制 school and pushes the other stage's CV over its limit: the
 * next round plans it too. Primary R5: A 100, B 7.5, N (九年一贯制, shared) 9.29 m²/student → CV 1.11 > 0.5; the
 * floor L ≈ 41 raises N's shared sports ground, so N's junior R5 becomes 1.1 L ≈ 45 against J's 10.5 → junior CV
 * ≈ 0.6 > 0.45, which was 0.01 before. */
static void test_shared_facility_pushes_other_cv(void **state)
{
    tschool rows[4];
    yjjh_result *before = NULL;
    yjjh_profile *p = NULL;
    yjjh_indicator_result ir = YJJH_INDICATOR_RESULT_INIT;
    yjjh_schools *t;
    yjjh_plan *pl;
    int junior_cv_action = 0;
    (void)state;
    rows[0] = good_primary("A", "1", 1000);
    rows[0].sports = 100000;
    rows[1] = good_primary("B", "1", 1000);
    rows[1].sports = 7500;
    {
        /* N: 1000 primary + 1000 junior, D = 2100; every shared facility scaled by D */
        tschool n = {"N", "N", "nine_year", "public", "1", NULL,       1000,  1000,          M, 60,
                     20,  12,  70,          20,       12,  5.5 * 2100, 19500, 2600.0 * 2100, 55};
        tschool j = {"J", "J", "junior", "public", "1", NULL,       M,     1000,          M, M,
                     M,   M,   70,       20,       12,  6.5 * 1000, 10500, 2700.0 * 1000, 26};
        rows[2] = n;
        rows[3] = j;
    }
    t = tbuild(rows, 4);
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_ok(yjjh_schools_evaluate(&before, t, NULL, p, NULL));
    assert_ok(yjjh_result_indicator_get(&ir, before, 0, YJJH_STAGE_JUNIOR, 4));
    assert_string_equal(ir.code, "R5");
    assert_int_equal(ir.cv_met, 1); /* junior R5 passes before the plan */
    pl = make_plan(t, NULL);
    for (size_t i = 0; i < yjjh_plan_action_count(pl); i++) {
        yjjh_plan_action a = YJJH_PLAN_ACTION_INIT;
        assert_ok(yjjh_plan_action_get(&a, pl, i));
        if (a.kind == YJJH_ACTION_CV && a.stage == YJJH_STAGE_JUNIOR && strcmp(a.code, "R5") == 0)
            junior_cv_action = 1;
    }
    assert_true(junior_cv_action);
    assert_applied_passes(pl, t);
    yjjh_plan_free(pl);
    yjjh_result_free(before);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* ---- generated failing counties -------------------------------------------------------------------- */

static unsigned long long rng_state;
static double urand(void) /* [0, 1) */
{
    rng_state = rng_state * 6364136223846793005ULL + 1442695040888963407ULL;
    return (double)(rng_state >> 11) / 9007199254740992.0;
}
static double uniform(double a, double b) { return a + (b - a) * urand(); }

/* An indicator factor around its standard: mostly 0.7–1.5, sometimes far below or far above (CV). */
static double factor(void)
{
    double u = urand();
    if (u < 0.08)
        return uniform(0.2, 0.6);
    if (u < 0.14)
        return uniform(2.5, 5.0);
    return uniform(0.7, 1.5);
}

#define GEN_COUNTIES 40
#define GEN_MAX_ROWS (GEN_COUNTIES * 12)

static void test_generated_counties(void **state)
{
    static char ids[GEN_MAX_ROWS][16], counties[GEN_COUNTIES][8];
    tschool rows[GEN_MAX_ROWS];
    size_t n = 0;
    yjjh_schools *t;
    yjjh_plan *pl;
    size_t failing_before = 0;
    (void)state;
    rng_state = 20261201ULL;
    for (int c = 0; c < GEN_COUNTIES; c++) {
        int m = 3 + (int)(urand() * 9);
        int zero_r2 = c % 13 == 5; /* a county without any backbone teacher: R2 CV undefined */
        snprintf(counties[c], sizeof counties[c], "%d", 100 + c);
        for (int s = 0; s < m; s++) {
            tschool *r = &rows[n];
            double u = urand(), P = floor(uniform(80, 2200)), J = floor(uniform(80, 1600)), D;
            snprintf(ids[n], sizeof ids[n], "%d-%d", c, s);
            memset(r, 0, sizeof *r);
            r->id = r->name = ids[n];
            r->county = counties[c];
            r->own = urand() < 0.05 ? "private" : "public";
            r->p = r->j = r->s = M;
            r->t1p = r->t2p = r->t3p = r->t1j = r->t2j = r->t3j = M;
            if (u < 0.55) {
                r->type = "primary";
                r->p = P;
                D = P;
            } else if (u < 0.8) {
                r->type = "junior";
                r->j = J;
                D = J;
            } else {
                r->type = "nine_year";
                r->p = P;
                r->j = J;
                D = P + 1.1 * J;
            }
            if (!isnan(r->p)) {
                r->t1p = floor(0.042 * P * factor());
                r->t2p = zero_r2 ? 0 : floor(0.010 * P * factor());
                r->t3p = floor(0.009 * P * factor());
            }
            if (!isnan(r->j)) {
                r->t1j = floor(0.053 * J * factor());
                r->t2j = zero_r2 ? 0 : floor(0.010 * J * factor());
                r->t3j = floor(0.009 * J * factor());
            }
            /* facilities per weighted student (the primary standard, junior ones are about 1.1–1.3 × it) */
            r->area = floor(4.8 * D * factor());
            r->sports = floor(8.5 * D * factor());
            r->equip = floor(2200.0 * D * factor());
            r->rooms = floor(0.024 * D * factor());
            n++;
        }
    }
    t = tbuild(rows, n);
    assert_non_null(t);
    pl = make_plan(t, NULL);
    for (size_t ci = 0; ci < yjjh_plan_county_count(pl); ci++) {
        yjjh_plan_county pc = YJJH_PLAN_COUNTY_INIT;
        assert_ok(yjjh_plan_county_get(&pc, pl, ci));
        failing_before += pc.schools_failing + pc.cvs_failing > 0;
    }
    assert_true(failing_before >= GEN_COUNTIES * 3 / 4); /* the generator makes failing counties */
    assert_applied_passes(pl, t);
    /* private schools (out of scope) are never changed */
    {
        yjjh_schools *applied = NULL;
        assert_ok(yjjh_plan_schools(&applied, pl));
        for (size_t r = 0; r < n; r++) {
            double a, b;
            if (strcmp(rows[r].own, "private") != 0)
                continue;
            assert_ok(yjjh_schools_get_number(&a, t, r, YJJH_COL_TEACHING_AREA));
            assert_ok(yjjh_schools_get_number(&b, applied, r, YJJH_COL_TEACHING_AREA));
            assert_true(a == b);
        }
        yjjh_schools_free(applied);
    }
    yjjh_plan_free(pl);
    yjjh_schools_free(t);
}

/* The bundled failing county: the plan proves itself on re-evaluation, and the CSV of the applied table reads
 * back as the same table. */
static void test_bundled_county(void **state)
{
    yjjh_schools *t = NULL, *back = NULL, *applied = NULL;
    yjjh_plan *pl;
    char *csv = NULL;
    yjjh_plan_county pc = YJJH_PLAN_COUNTY_INIT;
    (void)state;
    assert_ok(yjjh_schools_read_file(&t, YJJH_EXAMPLES_DATA_DIR "/jinchuan.csv", NULL, NULL));
    pl = make_plan(t, NULL);
    assert_ok(yjjh_plan_county_get(&pc, pl, 0));
    assert_int_equal(pc.verdict_before, YJJH_VERDICT_FAIL);
    assert_int_equal(pc.schools_failing, 1);
    assert_true(pc.n_targets >= 1);
    assert_applied_passes(pl, t);
    assert_ok(yjjh_plan_schools(&applied, pl));
    assert_ok(yjjh_schools_to_csv(&csv, applied));
    assert_ok(yjjh_schools_read_buffer(&back, csv, strlen(csv), NULL, NULL, NULL));
    assert_int_equal(yjjh_schools_row_count(back), yjjh_schools_row_count(applied));
    {
        char *again = NULL;
        assert_ok(yjjh_schools_to_csv(&again, back));
        assert_string_equal(again, csv);
        yjjh_free(again);
    }
    yjjh_free(csv);
    yjjh_schools_free(back);
    yjjh_schools_free(applied);
    yjjh_plan_free(pl);
    yjjh_schools_free(t);
}

static void test_costs_json(void **state)
{
    yjjh_costs *c = NULL;
    yjjh_diag *d = NULL;
    double v = 0;
    const char *good = "{\"teacher\": 90000, \"backbone_teachers\": 150000, \"teaching_area\": 2500,"
                       " \"comment\": \"示例\", \"currency\": \"元\"}";
    (void)state;
    assert_ok(yjjh_costs_load_json(&c, good, strlen(good), NULL));
    assert_ok(yjjh_costs_get(&v, c, "teaching_area"));
    assert_close(v, 2500, 0, 0);
    assert_ok(yjjh_costs_get(&v, c, "pe_art_teachers"));
    assert_close(v, 90000, 0, 0); /* "teacher" for every teacher field not given */
    assert_ok(yjjh_costs_get(&v, c, "backbone_teachers"));
    assert_close(v, 150000, 0, 0);
    assert_ok(yjjh_costs_get(&v, c, "sports_area"));
    assert_close(v, 400, 0, 0); /* default kept */
    assert_status(yjjh_costs_get(&v, c, "teacher"), YJJH_E_UNKNOWN_CODE);
    assert_status(yjjh_costs_set(c, "sports_area", -1), YJJH_E_NEGATIVE);
    assert_status(yjjh_costs_set(c, "sports_area", NAN), YJJH_E_NOT_FINITE);
    assert_status(yjjh_costs_set(c, "nonsense", 1), YJJH_E_UNKNOWN_CODE);
    yjjh_costs_free(c);
    assert_ok(yjjh_diag_new(&d));
    assert_status(yjjh_costs_load_json(&c, "{\"teachng_area\": 1}", 19, d), YJJH_E_INVALID_DATA);
    assert_null(c);
    assert_non_null(strstr(diag_entry(d, 0).message, "teachng_area"));
    assert_int_equal(diag_entry(d, 0).code, YJJH_PROBLEM_UNKNOWN_KEY);
    yjjh_diag_clear(d);
    assert_status(yjjh_costs_load_json(&c, "{\"sports_area\": -5}", 19, d), YJJH_E_INVALID_DATA);
    assert_non_null(strstr(diag_entry(d, 0).message, "sports_area"));
    assert_int_equal(diag_entry(d, 0).code, YJJH_PROBLEM_OUT_OF_RANGE);
    assert_status(yjjh_costs_load_json(&c, "[1]", 3, d), YJJH_E_INVALID_DATA);
    assert_status(yjjh_costs_load_json(&c, "{", 1, d), YJJH_E_INVALID_DATA);
    assert_status(yjjh_costs_load_json(NULL, "{}", 2, d), YJJH_E_NULL_ARG);
    assert_status(yjjh_costs_load_file(&c, "/nonexistent/costs.json", d), YJJH_E_IO_OPEN);
    yjjh_diag_free(d);
}

static void test_null_args(void **state)
{
    yjjh_plan *pl = NULL;
    yjjh_profile *p = NULL;
    yjjh_plan_county pc = YJJH_PLAN_COUNTY_INIT;
    char *text = NULL;
    (void)state;
    assert_ok(yjjh_profile_builtin(&p, "national-2017"));
    assert_status(yjjh_schools_plan(NULL, NULL, NULL, p, NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_plan(&pl, NULL, NULL, p, NULL, NULL), YJJH_E_NULL_ARG);
    assert_null(pl);
    assert_status(yjjh_plan_county_get(&pc, NULL, 0), YJJH_E_NULL_ARG);
    assert_status(yjjh_plan_to_json(&text, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_plan_to_csv(NULL, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_to_csv(&text, NULL), YJJH_E_NULL_ARG);
    assert_int_equal(yjjh_plan_county_count(NULL), 0);
    assert_int_equal(yjjh_plan_action_count(NULL), 0);
    assert_null(yjjh_plan_result_before(NULL));
    yjjh_plan_free(NULL);
    yjjh_costs_free(NULL);
    yjjh_profile_free(p);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_floor_whole_m2),     cmocka_unit_test(test_cheapest_set),
        cmocka_unit_test(test_cv_floor),           cmocka_unit_test(test_shared_facility_pushes_other_cv),
        cmocka_unit_test(test_generated_counties), cmocka_unit_test(test_bundled_county),
        cmocka_unit_test(test_costs_json),         cmocka_unit_test(test_null_args),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
