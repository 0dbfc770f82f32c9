/* SPDX-License-Identifier: MIT */
/* County evaluation: the §9 worked example, scope rules, facility split, undefined CV, several counties,
 * the 2012 composite CV. Expected values come from the spec and hand calculation (see comments). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "yjjh_test.h"
#include "school_builder.h"

static yjjh_profile *builtin(const char *name)
{
    yjjh_profile *p = NULL;
    assert_ok(yjjh_profile_builtin(&p, name));
    return p;
}

/* national-2017 with some switches changed, e.g. "\"include_private\": 1". */
static yjjh_profile *variant(const char *standards)
{
    char json[512];
    yjjh_profile *p = NULL;
    snprintf(json, sizeof json, "{\"name\": \"test\", \"extends\": \"national-2017\", \"standards\": {%s}}", standards);
    assert_ok(yjjh_profile_load_json(&p, json, strlen(json), "test.json", NULL));
    return p;
}

static yjjh_result *evaluate_ok(const yjjh_schools *t, const yjjh_profile *p)
{
    yjjh_result *r = NULL;
    yjjh_diag *d = NULL;
    yjjh_status s;
    assert_ok(yjjh_diag_new(&d));
    s = yjjh_schools_evaluate(&r, t, NULL, p, d);
    if (s != YJJH_OK) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        fail_msg("evaluate: %s; first problem: %s", yjjh_strerror(s),
                 yjjh_diag_get(&e, d, 0) == YJJH_OK ? e.message : "(none)");
    }
    yjjh_diag_free(d);
    return r;
}

static yjjh_part_result part(const yjjh_result *r, size_t i)
{
    yjjh_part_result pr;
    pr.version = YJJH_PART_RESULT_VERSION;
    assert_ok(yjjh_result_part_get(&pr, r, i));
    return pr;
}

/* Indicator k of school part i. */
static yjjh_rule_indicator pind(const yjjh_result *r, size_t i, size_t k)
{
    yjjh_rule_indicator ri = YJJH_RULE_INDICATOR_INIT;
    assert_ok(yjjh_result_part_indicator_get(&ri, r, i, k));
    return ri;
}

static yjjh_indicator_result indicator(const yjjh_result *r, size_t ci, yjjh_stage s, size_t k)
{
    yjjh_indicator_result ir;
    ir.version = YJJH_INDICATOR_RESULT_VERSION;
    assert_ok(yjjh_result_indicator_get(&ir, r, ci, s, k));
    return ir;
}

static yjjh_county_summary county(const yjjh_result *r, size_t ci)
{
    yjjh_county_summary cs;
    cs.version = YJJH_COUNTY_SUMMARY_VERSION;
    assert_ok(yjjh_result_county_get(&cs, r, ci));
    return cs;
}

static yjjh_stage_summary stage(const yjjh_result *r, size_t ci, yjjh_stage s)
{
    yjjh_stage_summary ss;
    ss.version = YJJH_STAGE_SUMMARY_VERSION;
    assert_ok(yjjh_result_stage_get(&ss, r, ci, s));
    return ss;
}

static yjjh_reason reason(const yjjh_result *r, size_t ci, size_t j)
{
    yjjh_reason rs;
    rs.version = YJJH_REASON_VERSION;
    assert_ok(yjjh_result_reason_get(&rs, r, ci, j));
    return rs;
}

/* §9: CV(R4) = sqrt((5000/7)/1750) / (34/7) ≈ 0.131533410441164; B: R4 = 4.0, ratio 8/9, shortfall 250 m². */
static void test_worked_example(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    yjjh_schools *t = tbuild(rows, 3);
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r = evaluate_ok(t, p);
    const double expected_cv = sqrt((5000.0 / 7.0) / 1750.0) / (34.0 / 7.0);
    yjjh_county_summary cs = county(r, 0);
    yjjh_stage_summary ss = stage(r, 0, YJJH_STAGE_PRIMARY);
    yjjh_indicator_result r4 = indicator(r, 0, YJJH_STAGE_PRIMARY, 3);
    yjjh_part_result b = part(r, 1);
    yjjh_stage_summary dummy;

    assert_string_equal(yjjh_result_profile_name(r), "national-2017");
    assert_int_equal(yjjh_result_county_count(r), 1);
    assert_string_equal(cs.county_code, "350502");
    /* every catalogue item (15 G + 9 Q + S1 + 5 vetoes + basic-balance eligibility) except the worst basic CVs
     * of the 3 years before, which are checked only "when given" (indicators.md §7); without county facts only
     * G4 (school size, from the enrolment columns) can be assessed, so all the others are the reasons of an
     * incomplete verdict */
    size_t n_optional = 0;
    for (size_t i = 0; i < yjjh_item_catalog_count(); i++) {
        yjjh_item_info info = YJJH_ITEM_INFO_INIT;
        assert_ok(yjjh_item_catalog_get(&info, i));
        n_optional += strncmp(info.code, "eligibility_basic_cv_", 21) == 0;
    }
    assert_int_equal(n_optional, 2);
    assert_int_equal(cs.n_items, yjjh_item_catalog_count() - n_optional);
    assert_int_equal(cs.n_items, 15 + 9 + 1 + 5 + 1);
    assert_int_equal(cs.n_reasons, cs.n_items - 1);
    assert_int_equal(cs.verdict, YJJH_VERDICT_INCOMPLETE); /* resources fine, G/Q/S not assessed */
    assert_true(cs.has_primary);
    assert_false(cs.has_junior);
    dummy.version = YJJH_STAGE_SUMMARY_VERSION;
    assert_status(yjjh_result_stage_get(&dummy, r, 0, YJJH_STAGE_JUNIOR), YJJH_E_NOT_FOUND);

    assert_close(ss.students, 1750, 0, 0);
    assert_int_equal(ss.schools_in_scope, 3);
    assert_int_equal(ss.schools_passing, 3); /* B meets 6 of 7 and R4 is 88.9 % ≥ 85 % */

    assert_string_equal(r4.code, "R4");
    assert_close(r4.standard, 4.5, 0, 0);
    assert_close(r4.county_value, 34.0 / 7.0, 1e-15, 0);
    assert_true(r4.cv_defined);
    assert_close(r4.cv, expected_cv, 1e-13, 0);
    assert_close(r4.cv, 0.131533410441164, 1e-12, 0);
    assert_close(r4.cv_max, 0.50, 0, 0);
    assert_true(r4.cv_met);
    assert_int_equal(r4.schools_meeting, 2);
    for (size_t k = 0; k < 7; k++) {
        if (k == 3)
            continue;
        yjjh_indicator_result ir = indicator(r, 0, YJJH_STAGE_PRIMARY, k);
        assert_close(ir.cv, 0.0, 0, 1e-15); /* every school has the same value */
        assert_int_equal(ir.schools_meeting, 3);
    }

    assert_int_equal(yjjh_result_part_count(r), 3);
    assert_string_equal(b.school_id, "B");
    assert_string_equal(b.school_name, "乙小学");
    assert_int_equal(b.stage, YJJH_STAGE_PRIMARY);
    assert_true(b.in_scope);
    assert_close(b.students, 500, 0, 0);
    assert_close(pind(r, 1, 3).value, 4.0, 0, 0);
    assert_false(pind(r, 1, 3).met);
    assert_close(pind(r, 1, 3).ratio, 8.0 / 9.0, 1e-15, 0);
    assert_close(pind(r, 1, 3).shortfall, 250, 1e-12, 0);
    assert_int_equal(b.rule.met_count, 6);
    assert_true(b.rule.passed);

    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* B also short of sports ground: R5 = 3000/500 = 6.0 < 7.5, ratio 0.8 < 0.85, shortfall 750 m² → B fails. */
static void test_school_rule_reason(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C};
    yjjh_schools *t;
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r;
    yjjh_reason rs;
    rows[1].sports = 3000;
    t = tbuild(rows, 3);
    r = evaluate_ok(t, p);
    assert_int_equal(county(r, 0).verdict, YJJH_VERDICT_FAIL);
    assert_int_equal(county(r, 0).n_reasons, 1);
    assert_int_equal(stage(r, 0, YJJH_STAGE_PRIMARY).schools_passing, 2);
    rs = reason(r, 0, 0);
    assert_string_equal(rs.code, "school_rule");
    assert_int_equal(rs.stage, YJJH_STAGE_PRIMARY);
    assert_string_equal(rs.school_id, "B");
    assert_close(rs.value, 5, 0, 0);
    assert_close(rs.required, 6, 0, 0);
    assert_string_equal(rs.message, "学校 B (乙小学) 小学 未达标: 5/7 项达标; R4 4.000 < 4.5 (缺 250 m²); "
                                    "R5 6.000 < 7.5 (缺 750 m², 低于标准的 85%)");
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* Scope rules of indicators.md §1. */
#define TP1                                                                                                            \
  {                                                                                                                    \
    "TP1", "一教学点", "teaching_point", "public", "350502", "A", 40, M, M, 2, 1, 1, M, M, M, 200, 400, 100000, 1      \
  }
#define TP2                                                                                                            \
  {                                                                                                                    \
    "TP2", "二教学点", "教学点", "公办", "350502", "A", 60, M, M, 3, 1, 1, M, M, M, 300, 500, 150000, 2                \
  }
#define PRIV                                                                                                           \
  {                                                                                                                    \
    "PV", "民办小学", "primary", "private", "350502", NULL, 500, M, M, 30, 10, 6, M, M, M, 2000, 4000, 1200000, 12     \
  }
#define SPEC                                                                                                           \
  {                                                                                                                    \
    "SP", "特校", "special", "public", "350502", NULL, 30, 10, M, M, M, M, M, M, M, M, M, M, M                         \
  }
#define SPEC_PRIV                                                                                                      \
  {                                                                                                                    \
    "SPP", "民办特校", "特殊教育学校", "民办", "350502", NULL, 5, M, M, M, M, M, M, M, M, M, M, M, M                   \
  }

static void check_part(const yjjh_result *r, size_t i, const char *id, yjjh_stage st, yjjh_exclusion ex,
                       double students)
{
    yjjh_part_result pr = part(r, i);
    assert_string_equal(pr.school_id, id);
    assert_int_equal(pr.stage, st);
    assert_int_equal(pr.excluded, ex);
    assert_int_equal(pr.in_scope, ex == YJJH_EXCLUDED_NONE);
    assert_close(pr.students, students, 0, 0);
}

static void test_scope_default(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A, PRIV, SPEC, TP1, TP2, SPEC_PRIV};
    yjjh_schools *t = tbuild(rows, 6);
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r = evaluate_ok(t, p);
    assert_int_equal(yjjh_result_part_count(r), 6);
    check_part(r, 0, "A", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_NONE, 1000);
    check_part(r, 1, "PV", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_PRIVATE, 500);
    check_part(r, 2, "SP", YJJH_STAGE_NONE, YJJH_EXCLUDED_SPECIAL, 40);
    check_part(r, 3, "TP1", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_TEACHING_POINT, 40); /* 40 < 50 */
    check_part(r, 4, "TP2", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_NONE, 60);           /* 60 ≥ 50 */
    check_part(r, 5, "SPP", YJJH_STAGE_NONE, YJJH_EXCLUDED_SPECIAL, 5);            /* special before private */
    assert_close(stage(r, 0, YJJH_STAGE_PRIMARY).students, 1060, 0, 0);
    assert_int_equal(stage(r, 0, YJJH_STAGE_PRIMARY).schools_in_scope, 2);
    /* R4 county value = (5000 + 300) / 1060 */
    assert_close(indicator(r, 0, YJJH_STAGE_PRIMARY, 3).county_value, 5300.0 / 1060.0, 1e-15, 0);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_scope_include_private_and_exclude(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A, PRIV, SPEC, TP1, TP2};
    yjjh_schools *t = tbuild(rows, 5);
    yjjh_profile *p = variant("\"include_private\": 1");
    yjjh_profile *q = variant("\"teaching_points\": \"exclude\"");
    yjjh_result *r = evaluate_ok(t, p);
    check_part(r, 1, "PV", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_NONE, 500);
    assert_close(stage(r, 0, YJJH_STAGE_PRIMARY).students, 1560, 0, 0);
    yjjh_result_free(r);
    r = evaluate_ok(t, q);
    check_part(r, 3, "TP1", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_TEACHING_POINT, 40);
    check_part(r, 4, "TP2", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_TEACHING_POINT, 60);
    assert_close(stage(r, 0, YJJH_STAGE_PRIMARY).students, 1000, 0, 0);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_profile_free(q);
    yjjh_schools_free(t);
}

/* Merge: A gets 40 + 60 students, 2 + 3 R1 teachers, 200 + 300 m² teaching area, 1 + 2 rooms. */
static void test_scope_merge(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A, TP1, TP2};
    tschool bad[] = {SCHOOL_A, TP1};
    yjjh_schools *t = tbuild(rows, 3), *tb;
    yjjh_profile *p = variant("\"teaching_points\": \"merge\"");
    yjjh_result *r = evaluate_ok(t, p);
    yjjh_part_result a = part(r, 0);
    yjjh_diag *d = NULL;
    assert_close(a.students, 1100, 0, 0);
    assert_close(pind(r, 0, 0).value, 6500.0 / 1100.0, 1e-15, 0); /* R1 = 65 × 100 / 1100 */
    assert_close(pind(r, 0, 3).value, 5.0, 1e-15, 0);             /* R4 = 5500 / 1100 */
    assert_close(pind(r, 0, 6).value, 2700.0 / 1100.0, 1e-15, 0); /* R7 = 27 × 100 / 1100 */
    check_part(r, 1, "TP1", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_TEACHING_POINT, 40);
    check_part(r, 2, "TP2", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_TEACHING_POINT, 60);
    assert_int_equal(stage(r, 0, YJJH_STAGE_PRIMARY).schools_in_scope, 1);
    yjjh_result_free(r);

    /* parent not in the table */
    bad[1].parent = "NOPE";
    tb = tbuild(bad, 2);
    assert_ok(yjjh_diag_new(&d));
    r = (yjjh_result *)1;
    assert_status(yjjh_schools_evaluate(&r, tb, NULL, p, d), YJJH_E_INVALID_DATA);
    assert_null(r);
    assert_int_equal(yjjh_diag_count(d), 1);
    assert_string_equal(diag_entry(d, 0).message,
                        "line 3: column parent_id: parent_id \"NOPE\" is not a school_id in the table");
    yjjh_diag_free(d);
    yjjh_schools_free(tb);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* §2.1 split by hand: nine-year school, 166 primary + 210 junior: D = 166 + 1.1·210 = 397;
 * per-student facility = F·w/D. Complete secondary 300 junior + 200 senior: D = 330 + 264 = 594. */
static void test_nine_year_split(void **state)
{
    (void)state;
    const tschool rows[] = {
        {"N", "九年制", "九年一贯制学校", "public", "350502", NULL, 166, 210, M, 10, 2, 2, 12, 3, 2, 23226, 5000,
         1000000, 20},
        {"N0", "九年制无初中", "nine_year", "public", "350502", NULL, 300, 0, M, 15, 3, 3, M, M, M, 1500, 3000, 700000,
         8},
        {"CS", "完中", "complete_secondary", "public", "350502", NULL, M, 300, 200, M, M, M, 18, 3, 3, 10000, 9000,
         1500000, 10},
    };
    yjjh_schools *t = tbuild(rows, 3);
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r;
    yjjh_part_result np, nj;
    assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PRIMARY_SPORTS_AREA, 1000)); /* given per stage: no split */
    r = evaluate_ok(t, p);
    assert_int_equal(yjjh_result_part_count(r), 5);
    np = part(r, 0);
    nj = part(r, 1);
    assert_int_equal(np.stage, YJJH_STAGE_PRIMARY);
    assert_int_equal(nj.stage, YJJH_STAGE_JUNIOR);
    assert_close(pind(r, 0, 3).value, 23226.0 / 397.0, 1e-13, 0);       /* 58.504… */
    assert_close(pind(r, 1, 3).value, 23226.0 * 1.1 / 397.0, 1e-13, 0); /* 64.354… */
    assert_close(pind(r, 0, 3).value, 58.504, 0, 5e-4);
    assert_close(pind(r, 1, 3).value, 64.354, 0, 5e-4);
    assert_close(pind(r, 0, 4).value, 1000.0 / 166.0, 1e-13, 0);       /* given primary sports area */
    assert_close(pind(r, 1, 4).value, 5000.0 * 1.1 / 397.0, 1e-13, 0); /* junior: split of the total */
    assert_close(pind(r, 1, 6).value, 2000.0 * 1.1 / 397.0, 1e-13, 0); /* R7 = 20 × 100 × 1.1 / 397 */
    assert_close(pind(r, 1, 0).value, 1200.0 / 210.0, 1e-15, 0);       /* teachers are per stage */
    /* nine-year school without junior students: junior part out of scope, primary takes the whole facility */
    check_part(r, 2, "N0", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_NONE, 300);
    check_part(r, 3, "N0", YJJH_STAGE_JUNIOR, YJJH_EXCLUDED_NO_STUDENTS, 0);
    {
        yjjh_rule_indicator ri = YJJH_RULE_INDICATOR_INIT;
        assert_status(yjjh_result_part_indicator_get(&ri, r, 3, 0), YJJH_E_NOT_FOUND); /* out of scope */
        assert_int_equal(part(r, 3).rule.n_indicators, 0);
    }
    assert_close(pind(r, 2, 3).value, 5.0, 0, 0);
    /* complete secondary: only its junior part appears */
    check_part(r, 4, "CS", YJJH_STAGE_JUNIOR, YJJH_EXCLUDED_NONE, 300);
    assert_close(pind(r, 4, 3).value, 10000.0 * 1.1 / 594.0, 1e-13, 0);
    assert_close(stage(r, 0, YJJH_STAGE_JUNIOR).students, 510, 0, 0);
    assert_close(stage(r, 0, YJJH_STAGE_PRIMARY).students, 466, 0, 0);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* No school has a multimedia room: R7 county total 0 → CV undefined → verdict fail. */
static void test_undefined_cv(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_C};
    yjjh_schools *t;
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r;
    yjjh_indicator_result r7;
    yjjh_county_summary cs;
    int found = 0;
    rows[0].rooms = rows[1].rooms = 0;
    t = tbuild(rows, 2);
    r = evaluate_ok(t, p);
    r7 = indicator(r, 0, YJJH_STAGE_PRIMARY, 6);
    assert_false(r7.cv_defined);
    assert_true(isnan(r7.cv));
    assert_false(r7.cv_met);
    assert_close(r7.county_value, 0, 0, 0);
    cs = county(r, 0);
    assert_int_equal(cs.verdict, YJJH_VERDICT_FAIL);
    for (size_t j = 0; j < cs.n_reasons; j++) {
        yjjh_reason rs = reason(r, 0, j);
        if (strcmp(rs.code, "R7") == 0) {
            found = 1;
            assert_string_equal(rs.message,
                                "R7 每百名学生拥有网络多媒体教室数 差异系数 undefined (county total is zero)");
            assert_true(isnan(rs.value));
            assert_close(rs.required, 0.5, 0, 0);
            assert_string_equal(rs.school_id, "");
        }
    }
    assert_true(found);
    assert_int_equal(cs.n_reasons, 3); /* R7 CV + both schools (R7 = 0 is below 85 %) */
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* A CV above its maximum: R4 values 1 and 9 with 100 students each → CV = 4/5 = 0.8 > 0.5. */
static void test_cv_above_max(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_A};
    yjjh_schools *t;
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r;
    yjjh_reason rs;
    rows[1].id = "A2";
    rows[0].area = 1000; /* 1 m² per student */
    rows[1].area = 9000; /* 9 m² per student */
    t = tbuild(rows, 2);
    r = evaluate_ok(t, p);
    assert_close(indicator(r, 0, YJJH_STAGE_PRIMARY, 3).cv, 0.8, 1e-14, 0);
    rs = reason(r, 0, 0);
    assert_string_equal(rs.code, "R4");
    assert_string_equal(rs.message, "R4 生均教学及辅助用房面积 差异系数 0.800 > 0.50");
    assert_close(rs.value, 0.8, 1e-14, 0);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

static void test_two_counties(void **state)
{
    (void)state;
    tschool rows[] = {SCHOOL_A, SCHOOL_B, SCHOOL_C, SCHOOL_B};
    yjjh_schools *t;
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r;
    const char *names[] = {"鲤城区", "丰泽区", NULL, NULL};
    double col[4];
    rows[1].county = "350503";
    rows[3].county = "350503";
    rows[3].id = "B2";
    t = tbuild(rows, 4);
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_COUNTY_NAME, names, 4));
    r = evaluate_ok(t, p);
    assert_int_equal(yjjh_result_county_count(r), 2);
    assert_string_equal(county(r, 0).county_code, "350502");
    assert_string_equal(county(r, 0).county_name, "鲤城区");
    assert_string_equal(county(r, 1).county_code, "350503");
    assert_string_equal(county(r, 1).county_name, "丰泽区");
    assert_close(stage(r, 0, YJJH_STAGE_PRIMARY).students, 1250, 0, 0);
    assert_close(stage(r, 1, YJJH_STAGE_PRIMARY).students, 1000, 0, 0);
    /* county 0: A (5.0, 1000) and C (6.0, 250): X̄ = 5.2, S² = (1000·0.04 + 250·0.64)/1250 = 0.16, CV = 0.4/5.2 */
    assert_close(indicator(r, 0, YJJH_STAGE_PRIMARY, 3).cv, 0.4 / 5.2, 1e-13, 0);
    /* county 1: two identical schools */
    assert_close(indicator(r, 1, YJJH_STAGE_PRIMARY, 3).cv, 0, 0, 1e-15);
    assert_ok(yjjh_result_part_column(col, 4, r, YJJH_PART_COUNTY, 0));
    assert_close(col[0], 0, 0, 0);
    assert_close(col[1], 1, 0, 0);
    assert_close(col[2], 0, 0, 0);
    assert_close(col[3], 1, 0, 0);
    assert_ok(yjjh_result_part_column(col, 4, r, YJJH_PART_SHORTFALL, 3));
    assert_close(col[1], 250, 1e-12, 0);
    assert_close(col[0], 0, 0, 0);
    assert_status(yjjh_result_part_column(col, 3, r, YJJH_PART_ROW, 0), YJJH_E_LENGTH_MISMATCH);
    assert_status(yjjh_result_part_column(col, 4, r, YJJH_PART_VALUE, 7), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_part_column(col, 4, r, (yjjh_part_field)12, 0), YJJH_E_OUT_OF_RANGE);
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* 2012: B1–B4 of X are twice Y's (CV = √3/5 for weights 100:300), B5–B8 equal (CV 0): composite = √3/10.
 * For two values a = 2b with weights 1:3: X̄ = 5b/4, S² = 3b²/16, CV = (√3/4)/(5/4) = √3/5. */
static yjjh_schools *basic_table(double computers_x, double computers_y)
{
    const tschool rows[] = {
        {"X", "X小学", "primary", "public", "", NULL, 100, M, M, 5, M, M, M, M, M, 1000, 1600, 400000, M},
        {"Y", "Y小学", "primary", "public", "", NULL, 300, M, M, 15, M, M, M, M, M, 1500, 2400, 600000, M},
        {"T", "教学点", "teaching_point", "public", "", NULL, 80, M, M, 4, M, M, M, M, M, 400, 600, 100000, M},
    };
    const double computers[] = {computers_x, computers_y, 8}, books[] = {3000, 9000, 2400};
    const double fulltime[] = {6, 18, 5}, mid[] = {3, 9, 2};
    yjjh_schools *t = tbuild(rows, 3);
    assert_non_null(t);
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_COMPUTERS, computers, 3));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_BOOKS, books, 3));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_PRIMARY_FULLTIME_TEACHERS, fulltime, 3));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_PRIMARY_MID_TITLE_TEACHERS, mid, 3));
    return t;
}

static void test_basic_2012_composite(void **state)
{
    (void)state;
    yjjh_schools *t = basic_table(20, 30);
    yjjh_profile *p = builtin("national-2012-basic");
    yjjh_result *r = evaluate_ok(t, p);
    yjjh_stage_summary ss = stage(r, 0, YJJH_STAGE_PRIMARY);
    assert_string_equal(county(r, 0).county_code, "");
    assert_int_equal(ss.schools_in_scope, 2);
    assert_int_equal(ss.schools_passing, 0);
    check_part(r, 2, "T", YJJH_STAGE_PRIMARY, YJJH_EXCLUDED_TEACHING_POINT, 80); /* always out in 2012 */
    for (size_t k = 0; k < 8; k++) {
        yjjh_indicator_result ir = indicator(r, 0, YJJH_STAGE_PRIMARY, k);
        assert_close(ir.cv, k < 4 ? sqrt(3.0) / 5.0 : 0.0, 1e-13, 1e-15);
        assert_true(isnan(ir.cv_max));
        assert_true(isnan(ir.standard));
    }
    assert_true(ss.composite_defined);
    assert_close(ss.composite_cv, sqrt(3.0) / 10.0, 1e-13, 0);
    assert_close(ss.composite_cv_max, 0.65, 0, 0);
    assert_true(ss.composite_cv_met);
    assert_int_equal(county(r, 0).verdict, YJJH_VERDICT_PASS); /* 2012 basic balance: the composite CVs only */
    assert_close(pind(r, 0, 3).value, 20.0, 0, 0);             /* B4 = 20 × 100 / 100 */
    assert_close(pind(r, 1, 4).value, 30.0, 0, 0);             /* B5 = 9000 / 300 */
    assert_true(isnan(pind(r, 0, 3).standard));                /* 2012: no per-school standard */
    assert_true(isnan(pind(r, 0, 3).ratio));
    yjjh_result_free(r);
    yjjh_schools_free(t);

    /* no computers anywhere: B4 CV undefined → composite undefined and not met */
    t = basic_table(0, 0);
    r = evaluate_ok(t, p);
    ss = stage(r, 0, YJJH_STAGE_PRIMARY);
    assert_false(ss.composite_defined);
    assert_true(isnan(ss.composite_cv));
    assert_false(ss.composite_cv_met);
    assert_int_equal(county(r, 0).verdict, YJJH_VERDICT_FAIL);
    assert_int_equal(county(r, 0).n_reasons, 1);
    assert_string_equal(reason(r, 0, 0).code, "composite_cv");
    assert_string_equal(reason(r, 0, 0).message, "小学综合差异系数 undefined (county total is zero)");
    yjjh_result_free(r);
    yjjh_schools_free(t);
    yjjh_profile_free(p);
}

static void test_errors(void **state)
{
    (void)state;
    const tschool rows[] = {SCHOOL_A};
    yjjh_schools *t = tbuild(rows, 1), *empty = NULL;
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r = NULL;
    yjjh_county_summary cs = {0};
    yjjh_reason rs;
    assert_status(yjjh_schools_evaluate(NULL, t, NULL, p, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_evaluate(&r, NULL, NULL, p, NULL), YJJH_E_NULL_ARG);
    assert_status(yjjh_schools_evaluate(&r, t, NULL, NULL, NULL), YJJH_E_NULL_ARG);
    assert_ok(yjjh_schools_new(&empty, 0));
    assert_status(yjjh_schools_evaluate(&r, empty, NULL, p, NULL), YJJH_E_EMPTY);
    assert_null(r);
    r = evaluate_ok(t, p);
    assert_status(yjjh_result_county_get(&cs, r, 0), YJJH_E_STRUCT_VERSION);
    cs.version = YJJH_COUNTY_SUMMARY_VERSION;
    assert_status(yjjh_result_county_get(&cs, r, 1), YJJH_E_OUT_OF_RANGE);
    assert_status(yjjh_result_county_get(NULL, r, 0), YJJH_E_NULL_ARG);
    rs.version = YJJH_REASON_VERSION;
    assert_status(yjjh_result_reason_get(&rs, r, 0, county(r, 0).n_reasons), YJJH_E_OUT_OF_RANGE);
    {
        yjjh_indicator_result ir;
        yjjh_item_result it;
        yjjh_part_result pr;
        ir.version = YJJH_INDICATOR_RESULT_VERSION;
        it.version = YJJH_ITEM_RESULT_VERSION;
        pr.version = YJJH_PART_RESULT_VERSION;
        assert_status(yjjh_result_indicator_get(&ir, r, 0, YJJH_STAGE_SENIOR, 0), YJJH_E_BAD_STAGE);
        assert_status(yjjh_result_indicator_get(&ir, r, 0, YJJH_STAGE_PRIMARY, 7), YJJH_E_OUT_OF_RANGE);
        assert_status(yjjh_result_item_get(&it, r, 0, county(r, 0).n_items), YJJH_E_OUT_OF_RANGE);
        assert_status(yjjh_result_part_get(&pr, r, 1), YJJH_E_OUT_OF_RANGE);
        assert_status(yjjh_result_part_get(&pr, NULL, 0), YJJH_E_NULL_ARG);
    }
    {
        yjjh_rule_indicator ri = YJJH_RULE_INDICATOR_INIT;
        assert_ok(yjjh_result_part_indicator_get(&ri, r, 0, 6));
        assert_status(yjjh_result_part_indicator_get(&ri, r, 1, 0), YJJH_E_OUT_OF_RANGE); /* one part */
        assert_status(yjjh_result_part_indicator_get(&ri, r, 0, 7), YJJH_E_OUT_OF_RANGE); /* R1–R7 */
        assert_status(yjjh_result_part_indicator_get(&ri, r, (size_t)-1, 0), YJJH_E_OUT_OF_RANGE);
        assert_status(yjjh_result_part_indicator_get(NULL, r, 0, 0), YJJH_E_NULL_ARG);
        assert_status(yjjh_result_part_indicator_get(&ri, NULL, 0, 0), YJJH_E_NULL_ARG);
        ri.version = YJJH_RULE_INDICATOR_VERSION + 1;
        ri.value = -1;
        assert_status(yjjh_result_part_indicator_get(&ri, r, 0, 0), YJJH_E_STRUCT_VERSION);
        assert_true(ri.value == -1);
    }
    assert_int_equal(yjjh_result_county_count(NULL), 0);
    assert_int_equal(yjjh_result_part_count(NULL), 0);
    assert_string_equal(yjjh_result_profile_name(NULL), "");
    assert_string_equal(yjjh_verdict_name(YJJH_VERDICT_INCOMPLETE), "incomplete");
    assert_string_equal(yjjh_verdict_name((yjjh_verdict)7), "unknown");
    assert_string_equal(yjjh_exclusion_name(YJJH_EXCLUDED_NO_STUDENTS), "no_students");
    assert_string_equal(yjjh_item_status_name(YJJH_ITEM_NOT_ASSESSED), "not_assessed");
    yjjh_result_free(r);
    yjjh_result_free(NULL);
    yjjh_schools_free(empty);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* Size of the national data: 210,000 schools in 2,900 counties, in linear time. */
static void test_national_scale(void **state)
{
    (void)state;
    const size_t n = 210000, nc = 2900;
    yjjh_schools *t = NULL;
    yjjh_profile *p = builtin("national-2017");
    yjjh_result *r;
    char **ids = malloc(n * sizeof *ids), **codes = malloc(n * sizeof *codes), **types = malloc(n * sizeof *types);
    double *cols[11];
    static const yjjh_column cid[11] = {YJJH_COL_PRIMARY_STUDENTS,
                                        YJJH_COL_JUNIOR_STUDENTS,
                                        YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE,
                                        YJJH_COL_PRIMARY_BACKBONE_TEACHERS,
                                        YJJH_COL_PRIMARY_PE_ART_TEACHERS,
                                        YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE,
                                        YJJH_COL_JUNIOR_BACKBONE_TEACHERS,
                                        YJJH_COL_JUNIOR_PE_ART_TEACHERS,
                                        YJJH_COL_TEACHING_AREA,
                                        YJJH_COL_SPORTS_AREA,
                                        YJJH_COL_EQUIPMENT_VALUE};
    double *rooms = malloc(n * sizeof *rooms);
    clock_t c0;
    assert_non_null(ids);
    assert_non_null(codes);
    assert_non_null(types);
    assert_non_null(rooms);
    for (int c = 0; c < 11; c++)
        assert_non_null(cols[c] = malloc(n * sizeof(double)));
    for (size_t i = 0; i < n; i++) {
        int nine = i % 7 == 0;
        assert_non_null(ids[i] = malloc(16));
        assert_non_null(codes[i] = malloc(8));
        snprintf(ids[i], 16, "S%zu", i);
        snprintf(codes[i], 8, "%06zu", (i * 7919) % nc);
        types[i] = nine ? "nine_year" : "primary";
        cols[0][i] = 200 + (double)(i % 300);
        cols[1][i] = nine ? 150 : 0;
        cols[2][i] = 10 + (double)(i % 5);
        cols[3][i] = 3;
        cols[4][i] = 2;
        cols[5][i] = nine ? 9 : NAN;
        cols[6][i] = nine ? 2 : NAN;
        cols[7][i] = nine ? 2 : NAN;
        cols[8][i] = 2000 + (double)(i % 1000);
        cols[9][i] = 4000;
        cols[10][i] = 900000;
        rooms[i] = 8;
    }
    assert_ok(yjjh_schools_new(&t, n));
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_ID, (const char *const *)ids, n));
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_COUNTY_CODE, (const char *const *)codes, n));
    assert_ok(yjjh_schools_set_texts(t, YJJH_COL_SCHOOL_TYPE, (const char *const *)types, n));
    for (int c = 0; c < 11; c++)
        assert_ok(yjjh_schools_set_numbers(t, cid[c], cols[c], n));
    assert_ok(yjjh_schools_set_numbers(t, YJJH_COL_MULTIMEDIA_ROOMS, rooms, n));
    c0 = clock();
    r = evaluate_ok(t, p);
    print_message("evaluate: %zu schools, %zu counties in %.2f s CPU\n", n, yjjh_result_county_count(r),
                  (double)(clock() - c0) / CLOCKS_PER_SEC);
    assert_int_equal(yjjh_result_county_count(r), nc);
    assert_int_equal(yjjh_result_part_count(r), n + (n + 6) / 7);
    yjjh_result_free(r);
    for (size_t i = 0; i < n; i++) {
        free(ids[i]);
        free(codes[i]);
    }
    for (int c = 0; c < 11; c++)
        free(cols[c]);
    free(ids);
    free(codes);
    free(types);
    free(rooms);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_worked_example), cmocka_unit_test(test_school_rule_reason),
        cmocka_unit_test(test_scope_default),  cmocka_unit_test(test_scope_include_private_and_exclude),
        cmocka_unit_test(test_scope_merge),    cmocka_unit_test(test_nine_year_split),
        cmocka_unit_test(test_undefined_cv),   cmocka_unit_test(test_cv_above_max),
        cmocka_unit_test(test_two_counties),   cmocka_unit_test(test_basic_2012_composite),
        cmocka_unit_test(test_errors),         cmocka_unit_test(test_national_scale),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
