/* SPDX-License-Identifier: MIT */
/* County items and the county verdict (indicators.md §5–8): G1–G15, Q1–Q9, S1, vetoes, eligibility, profiles.
 *
 * Every expected value is written here by hand from the spec. The school table is built in code so that the
 * resource side (school rule, CVs) is plainly met: every school gets generous per-student amounts (see
 * add_school) and each stage has schools with equal per-student values, so the only thing that can fail is the
 * item under test. Thresholds (national-2017): G3 1 music + 1 art room per 12 classes, ≥ 96 / 90 m²; G4 2000
 * students (primary, junior), 2500 (nine_year); G5 45 / 50; G7 6000 (gansu-jinchang 7000); G14 0.50
 * (gansu-jinchang 0.60); rates 0.95 / 0.85 / 1.0; Q9 level ≥ 3 and gap < 0.15; S1 0.85; eligibility 3 years,
 * basic CVs 0.60 / 0.50. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <yjjh/yjjh.h>
#include "yjjh_test.h"

#define COUNTY "620302"

/* ---- the school table ---------------------------------------------------------------------------- */

typedef struct sch {
    const char *id, *name, *type;
    double p, j;              /* primary / junior students (NAN: none) */
    double pc, jc;            /* classes */
    double pmax, jmax;        /* largest class */
    double music, music_area; /* music rooms, smallest music room (m²) */
    double art, art_area;     /* art rooms, smallest art room (m²) */
} sch;

/* The compliant base county: one primary school (1000 students, 24 classes → 2 rooms each needed) and one
 * junior school (900 students, 20 classes → 2 rooms each). */
#define P1                                                                                                             \
  {                                                                                                                    \
    "P1", "甲小学", "primary", 1000, NAN, 24, NAN, 40, NAN, 2, 100, 2, 95                                              \
  }
#define J1                                                                                                             \
  {                                                                                                                    \
    "J1", "乙中学", "junior", NAN, 900, NAN, 20, NAN, 48, 2, 100, 2, 95                                                \
  }

static int setn(yjjh_schools *t, size_t r, yjjh_column c, double v)
{
    return yjjh_schools_set_number(t, r, c, v) == YJJH_OK;
}

static double z(double v) { return isnan(v) ? 0.0 : v; }

/* One row. Teachers per stage S: 6 above degree, 2 backbone, 1.2 PE/art, 8 full-time per 100 students
 * (rounded up: R1 ≥ 6 > 5.3, R2 ≥ 2 > 1.0, R3 ≥ 1.2 > 0.9). Facilities F = k × (P + 1.1 J) so that the §2.1
 * split gives k per primary student and 1.1 k per junior student: area k = 6 (6 > 4.5, 6.6 > 5.8), sports
 * k = 11 (11 > 7.5, 12.1 > 10.2), equipment k = 2500 (2500 ≥ 2000, 2750 > 2500), multimedia rooms
 * ceil(2.5 × D / 100) (≥ 2.5 > 2.3, ≥ 2.75 > 2.4). */
static int add_school(yjjh_schools *t, size_t r, const sch *s)
{
    double d = z(s->p) + 1.1 * z(s->j);
    int ok = yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_ID, s->id) == YJJH_OK &&
             yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_NAME, s->name) == YJJH_OK &&
             yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_TYPE, s->type) == YJJH_OK &&
             yjjh_schools_set_text(t, r, YJJH_COL_COUNTY_CODE, COUNTY) == YJJH_OK &&
             setn(t, r, YJJH_COL_PRIMARY_STUDENTS, s->p) && setn(t, r, YJJH_COL_JUNIOR_STUDENTS, s->j) &&
             setn(t, r, YJJH_COL_PRIMARY_CLASSES, s->pc) && setn(t, r, YJJH_COL_JUNIOR_CLASSES, s->jc) &&
             setn(t, r, YJJH_COL_PRIMARY_MAX_CLASS_SIZE, s->pmax) &&
             setn(t, r, YJJH_COL_JUNIOR_MAX_CLASS_SIZE, s->jmax) && setn(t, r, YJJH_COL_MUSIC_ROOMS, s->music) &&
             setn(t, r, YJJH_COL_MUSIC_ROOM_MIN_AREA, s->music_area) && setn(t, r, YJJH_COL_ART_ROOMS, s->art) &&
             setn(t, r, YJJH_COL_ART_ROOM_MIN_AREA, s->art_area) && setn(t, r, YJJH_COL_TEACHING_AREA, 6 * d) &&
             setn(t, r, YJJH_COL_SPORTS_AREA, 11 * d) && setn(t, r, YJJH_COL_EQUIPMENT_VALUE, 2500 * d) &&
             setn(t, r, YJJH_COL_MULTIMEDIA_ROOMS, ceil(2.5 * d / 100));
    static const struct {
        yjjh_column students, above, backbone, pe_art, fulltime;
    } st[2] = {
        {YJJH_COL_PRIMARY_STUDENTS, YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE, YJJH_COL_PRIMARY_BACKBONE_TEACHERS,
         YJJH_COL_PRIMARY_PE_ART_TEACHERS, YJJH_COL_PRIMARY_FULLTIME_TEACHERS},
        {YJJH_COL_JUNIOR_STUDENTS, YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE, YJJH_COL_JUNIOR_BACKBONE_TEACHERS,
         YJJH_COL_JUNIOR_PE_ART_TEACHERS, YJJH_COL_JUNIOR_FULLTIME_TEACHERS},
    };
    for (int k = 0; k < 2 && ok; k++) {
        double n = k == 0 ? s->p : s->j;
        if (isnan(n)) {
            ok = setn(t, r, st[k].above, NAN) && setn(t, r, st[k].backbone, NAN) && setn(t, r, st[k].pe_art, NAN) &&
                 setn(t, r, st[k].fulltime, NAN);
        } else {
            ok = setn(t, r, st[k].above, ceil(6 * n / 100)) && setn(t, r, st[k].backbone, ceil(2 * n / 100)) &&
                 setn(t, r, st[k].pe_art, ceil(1.2 * n / 100)) && setn(t, r, st[k].fulltime, ceil(8 * n / 100));
        }
    }
    return ok;
}

static yjjh_schools *build(const sch *rows, size_t n)
{
    yjjh_schools *t = NULL;
    assert_ok(yjjh_schools_new(&t, n));
    for (size_t r = 0; r < n; r++)
        assert_true(add_school(t, r, &rows[r]));
    return t;
}

/* ---- the county facts ---------------------------------------------------------------------------- */

typedef struct fact_def {
    const char *key;
    double value;     /* a value meeting its item */
    const char *item; /* the item that needs it (data-format.md §3, indicators.md §5–7) */
} fact_def;

/* Every fact key of data-format.md §3 with a compliant value, except the optional basic CVs. */
static const fact_def FACTS[] = {
    {"evaluation_year", 2026, "eligibility_basic_balance"},
    {"basic_balance_year", 2020, "eligibility_basic_balance"},
    {"layout_reasonable", 1, "G1"},
    {"standards_enforced", 1, "G2"},
    {"small_school_funding", 1, "G6"},
    {"special_ed_funds_per_student", 7500, "G7"},
    {"teacher_salary", 98600, "G8"},
    {"civil_servant_salary", 96200, "G8"},
    {"training_360h_rate", 1.0, "G9"},
    {"staffing_coordinated", 1, "G10"},
    {"rotation_rate", 0.12, "G11"},
    {"rotation_backbone_share", 0.26, "G11"},
    {"certified_rate", 1.0, "G12"},
    {"nearby_enrolment_primary", 1.0, "G13"},
    {"nearby_enrolment_junior", 0.97, "G13"},
    {"quota_allocation_rate", 0.62, "G14"},
    {"left_behind_care", 1, "G15"},
    {"migrant_public_rate", 0.93, "G15"},
    {"junior_retention_rate", 0.985, "Q1"},
    {"disabled_enrolment_rate", 0.97, "Q2"},
    {"school_charters_it", 1, "Q3"},
    {"training_funds_share", 0.058, "Q4"},
    {"teacher_it_use", 1, "Q5"},
    {"moral_education_good", 1, "Q6"},
    {"curriculum_complete", 1, "Q7"},
    {"no_excess_burden", 1, "Q8"},
    {"monitoring_level", 4, "Q9"},
    {"monitoring_school_gap", 0.11, "Q9"},
    {"social_recognition_rate", 0.91, "S1"},
    {"veto_exam_admission", 0, "veto_exam_admission"},
    {"veto_school_choice", 0, "veto_school_choice"},
    {"veto_key_schools", 0, "veto_key_schools"},
    {"veto_key_classes", 0, "veto_key_classes"},
    {"veto_major_incident", 0, "veto_major_incident"},
};
#define N_FACTS (sizeof FACTS / sizeof FACTS[0])

/* The complete compliant fact set for COUNTY, without `omit` (NULL: none), with key = value (key NULL: none). */
static yjjh_facts *facts_with(const char *omit, const char *key, double value)
{
    yjjh_facts *f = NULL;
    assert_ok(yjjh_facts_new(&f));
    for (size_t i = 0; i < N_FACTS; i++)
        if (!omit || strcmp(omit, FACTS[i].key) != 0)
            assert_ok(yjjh_facts_set(f, COUNTY, FACTS[i].key, FACTS[i].value));
    if (key)
        assert_ok(yjjh_facts_set(f, COUNTY, key, value));
    return f;
}

/* ---- evaluation and result helpers --------------------------------------------------------------- */

static yjjh_profile *profile(const char *name)
{
    yjjh_profile *p = NULL;
    assert_ok(yjjh_profile_builtin(&p, name));
    return p;
}

static yjjh_result *eval_rows(const sch *rows, size_t n, const yjjh_facts *f, const char *profile_name)
{
    yjjh_schools *t = build(rows, n);
    yjjh_profile *p = profile(profile_name);
    yjjh_result *r = NULL;
    assert_ok(yjjh_schools_evaluate(&r, t, f, p, NULL));
    yjjh_profile_free(p);
    yjjh_schools_free(t);
    return r;
}

static yjjh_result *eval_table(const yjjh_schools *t, const yjjh_facts *f, const char *profile_name)
{
    yjjh_profile *p = profile(profile_name);
    yjjh_result *r = NULL;
    assert_ok(yjjh_schools_evaluate(&r, t, f, p, NULL));
    yjjh_profile_free(p);
    return r;
}

static yjjh_county_summary county(const yjjh_result *r)
{
    yjjh_county_summary c = {YJJH_COUNTY_SUMMARY_VERSION, NULL, NULL, YJJH_VERDICT_PASS, 0, 0, 0, 0};
    assert_int_equal(yjjh_result_county_count(r), 1);
    assert_ok(yjjh_result_county_get(&c, r, 0));
    assert_string_equal(c.county_code, COUNTY);
    return c;
}

/* Item `code`; fails the test when the county has no such item. */
static yjjh_item_result item(const yjjh_result *r, const char *code)
{
    yjjh_county_summary c = county(r);
    for (size_t j = 0; j < c.n_items; j++) {
        yjjh_item_result it = {YJJH_ITEM_RESULT_VERSION, NULL, 0, 0, 0, NULL};
        assert_ok(yjjh_result_item_get(&it, r, 0, j));
        if (strcmp(it.code, code) == 0)
            return it;
    }
    fail_msg("no item %s", code);
    return (yjjh_item_result){0};
}

static int has_item(const yjjh_result *r, const char *code)
{
    yjjh_county_summary c = county(r);
    for (size_t j = 0; j < c.n_items; j++) {
        yjjh_item_result it = {YJJH_ITEM_RESULT_VERSION, NULL, 0, 0, 0, NULL};
        assert_ok(yjjh_result_item_get(&it, r, 0, j));
        if (strcmp(it.code, code) == 0)
            return 1;
    }
    return 0;
}

static yjjh_reason reason(const yjjh_result *r, size_t j)
{
    yjjh_reason x = {YJJH_REASON_VERSION, NULL, 0, NULL, 0, 0, NULL};
    assert_ok(yjjh_result_reason_get(&x, r, 0, j));
    return x;
}

/* The county passes: verdict pass, no reasons, item `code` (NULL: none) met. */
static void expect_pass(const yjjh_result *r, const char *code)
{
    yjjh_county_summary c = county(r);
    if (c.verdict != YJJH_VERDICT_PASS || c.n_reasons != 0)
        fail_msg("%s: verdict %s with %zu reasons (first: %s), expected pass", code ? code : "county",
                 yjjh_verdict_name(c.verdict), c.n_reasons, c.n_reasons ? reason(r, 0).message : "");
    if (code)
        assert_int_equal(item(r, code).status, YJJH_ITEM_MET);
}

/* The county fails because of item `code` alone: verdict fail, exactly one reason, with that code. Returns the
 * reason's message. */
static const char *expect_fail_only(const yjjh_result *r, const char *code)
{
    yjjh_county_summary c = county(r);
    yjjh_reason x;
    assert_int_equal(c.verdict, YJJH_VERDICT_FAIL);
    if (c.n_reasons != 1)
        fail_msg("%s: %zu reasons (first %s), expected 1", code, c.n_reasons, c.n_reasons ? reason(r, 0).code : "");
    x = reason(r, 0);
    assert_string_equal(x.code, code);
    assert_int_equal(item(r, code).status, YJJH_ITEM_NOT_MET);
    return x.message;
}

/* Number of facts of FACTS that item `code` needs. */
static size_t facts_of_item(const char *code)
{
    size_t n = 0;
    for (size_t i = 0; i < N_FACTS; i++)
        n += strcmp(FACTS[i].item, code) == 0;
    return n;
}

/* Base county with the complete facts and key = value; `met` selects the expectation. The item's value is the
 * fact's value when the item has one fact, or when the fact is the (only) one failing a two-fact item. */
static void check_fact(const char *key, double value, const char *code, int met, const char *profile_name)
{
    static const sch rows[] = {P1, J1};
    yjjh_facts *f = facts_with(NULL, key, value);
    yjjh_result *r = eval_rows(rows, 2, f, profile_name);
    if (met)
        expect_pass(r, code);
    else
        (void)expect_fail_only(r, code);
    if (strncmp(code, "eligibility_basic_balance", 25) != 0 && (!met || facts_of_item(code) <= 1))
        assert_close(item(r, code).value, value, 0, 0);
    yjjh_result_free(r);
    yjjh_facts_free(f);
}

static void check_rows(const sch *rows, size_t n, const char *code, int met)
{
    yjjh_facts *f = facts_with(NULL, NULL, 0);
    yjjh_result *r = eval_rows(rows, n, f, "national-2017");
    if (met)
        expect_pass(r, code);
    else
        (void)expect_fail_only(r, code);
    yjjh_result_free(r);
    yjjh_facts_free(f);
}

/* ---- tests: the compliant county ------------------------------------------------------------------- */

static void compliant_county_passes(void **state)
{
    static const sch rows[] = {P1, J1};
    yjjh_facts *f = facts_with(NULL, NULL, 0);
    yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
    static const char *const codes[] = {
        "G1",  "G2",  "G3", "G4", "G5", "G6", "G7", "G8", "G9", "G10", "G11", "G12", "G13",
        "G14", "G15", "Q1", "Q2", "Q3", "Q4", "Q5", "Q6", "Q7", "Q8",  "Q9",  "S1",  "eligibility_basic_balance"};
    (void)state;
    expect_pass(r, NULL);
    for (size_t i = 0; i < sizeof codes / sizeof codes[0]; i++)
        if (item(r, codes[i]).status != YJJH_ITEM_MET)
            fail_msg("%s: %s", codes[i], item(r, codes[i]).message);
    /* optional basic CV facts absent: no such items */
    assert_false(has_item(r, "eligibility_basic_cv_primary"));
    assert_false(has_item(r, "eligibility_basic_cv_junior"));
    /* G4 value/required: the closest school to its limit; P1 1000 / 2000 and J1 900 / 2000 → 1000 */
    assert_close(item(r, "G4").value, 1000, 0, 0);
    assert_close(item(r, "G4").required, 2000, 0, 0);
    yjjh_result_free(r);
    yjjh_facts_free(f);
}

static void without_facts_every_fact_item_is_not_assessed(void **state)
{
    static const sch rows[] = {P1, J1};
    yjjh_result *r = eval_rows(rows, 2, NULL, "national-2017");
    yjjh_county_summary c = county(r);
    (void)state;
    assert_int_equal(c.verdict, YJJH_VERDICT_INCOMPLETE);
    /* computed from rows: met */
    assert_int_equal(item(r, "G3").status, YJJH_ITEM_MET);
    assert_int_equal(item(r, "G4").status, YJJH_ITEM_MET);
    assert_int_equal(item(r, "G5").status, YJJH_ITEM_MET);
    for (size_t i = 0; i < N_FACTS; i++)
        assert_int_equal(item(r, FACTS[i].item).status, YJJH_ITEM_NOT_ASSESSED);
    yjjh_result_free(r);
}

/* ---- tests: G3, G4, G5 from the school rows -------------------------------------------------------- */

static void g3_rooms_per_12_classes(void **state)
{
    (void)state;
    { /* 12 classes, 1 music and 1 art room: ceil(12/12) = 1 → met */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 12, NAN, 40, NAN, 1, 96, 1, 90}, J1};
        check_rows(rows, 2, "G3", 1);
    }
    { /* 13 classes, 1 each: ceil(13/12) = 2 → not met, naming the school */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 13, NAN, 40, NAN, 1, 96, 1, 90}, J1};
        yjjh_facts *f = facts_with(NULL, NULL, 0);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        const char *m = expect_fail_only(r, "G3");
        assert_non_null(strstr(m, "甲小学"));
        assert_null(strstr(m, "乙中学"));
        assert_non_null(strstr(item(r, "G3").message, "甲小学"));
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
    { /* 13 classes with 2 rooms each: met */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 13, NAN, 40, NAN, 2, 96, 2, 90}, J1};
        check_rows(rows, 2, "G3", 1);
    }
    { /* only the art rooms short: 13 classes, 2 music, 1 art */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 13, NAN, 40, NAN, 2, 96, 1, 90}, J1};
        check_rows(rows, 2, "G3", 0);
    }
    { /* nine_year: classes of both stages count, 7 + 6 = 13 → 2 rooms needed */
        const sch rows[] = {P1, J1, {"N1", "丙学校", "nine_year", 300, 250, 7, 6, 43, 45, 1, 96, 1, 90}};
        check_rows(rows, 3, "G3", 0);
    }
    { /* nine_year 6 + 6 = 12 → 1 room */
        const sch rows[] = {P1, J1, {"N1", "丙学校", "nine_year", 300, 250, 6, 6, 43, 45, 1, 96, 1, 90}};
        check_rows(rows, 3, "G3", 1);
    }
}

static void g3_room_areas(void **state)
{
    (void)state;
    { /* music 96 m², art 90 m²: met */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 40, NAN, 2, 96, 2, 90}, J1};
        check_rows(rows, 2, "G3", 1);
    }
    { /* music 95.9 m² */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 40, NAN, 2, 95.9, 2, 90}, J1};
        check_rows(rows, 2, "G3", 0);
    }
    { /* art 89.9 m² */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 40, NAN, 2, 96, 2, 89.9}, J1};
        check_rows(rows, 2, "G3", 0);
    }
}

/* A school with music/art rooms but no smallest-room area cannot be checked against 96 / 90 m²: G3 is not
 * assessed (never met), the verdict incomplete. */
static void g3_missing_room_area_is_not_assessed(void **state)
{
    (void)state;
    for (int which = 0; which < 2; which++) {
        const sch rows[] = {
            {"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 40, NAN, 2, which ? 96 : NAN, 2, which ? NAN : 90}, J1};
        yjjh_facts *f = facts_with(NULL, NULL, 0);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        assert_int_equal(item(r, "G3").status, YJJH_ITEM_NOT_ASSESSED);
        assert_int_equal(county(r).verdict, YJJH_VERDICT_INCOMPLETE);
        assert_string_equal(reason(r, 0).code, "G3");
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
    { /* no rooms at all and no area: the missing area does not matter, the room count fails */
        const sch rows[] = {{"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 40, NAN, 0, NAN, 0, NAN}, J1};
        check_rows(rows, 2, "G3", 0);
    }
}

static void g4_school_size(void **state)
{
    (void)state;
    { /* primary school of 2000: met */
        const sch rows[] = {{"P1", "甲小学", "primary", 2000, NAN, 48, NAN, 42, NAN, 4, 96, 4, 90}, J1};
        check_rows(rows, 2, "G4", 1);
    }
    { /* 2001: not met */
        const sch rows[] = {{"P1", "甲小学", "primary", 2001, NAN, 48, NAN, 42, NAN, 4, 96, 4, 90}, J1};
        yjjh_facts *f = facts_with(NULL, NULL, 0);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        assert_non_null(strstr(expect_fail_only(r, "G4"), "甲小学"));
        assert_close(item(r, "G4").value, 2001, 0, 0);
        assert_close(item(r, "G4").required, 2000, 0, 0);
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
    { /* junior school of 2000 / 2001 */
        const sch ok[] = {P1, {"J1", "乙中学", "junior", NAN, 2000, NAN, 40, NAN, 50, 4, 96, 4, 90}};
        const sch bad[] = {P1, {"J1", "乙中学", "junior", NAN, 2001, NAN, 41, NAN, 50, 4, 96, 4, 90}};
        check_rows(ok, 2, "G4", 1);
        check_rows(bad, 2, "G4", 0);
    }
    { /* nine_year: primary + junior 1500 + 1000 = 2500 met; 1500 + 1001 = 2501 not met (each stage alone is
         well below 2000) */
        const sch ok[] = {P1, J1, {"N1", "丙学校", "nine_year", 1500, 1000, 34, 20, 45, 50, 5, 96, 5, 90}};
        const sch bad[] = {P1, J1, {"N1", "丙学校", "nine_year", 1500, 1001, 34, 21, 45, 50, 5, 96, 5, 90}};
        yjjh_facts *f = facts_with(NULL, NULL, 0);
        yjjh_result *r;
        check_rows(ok, 3, "G4", 1);
        r = eval_rows(bad, 3, f, "national-2017");
        assert_non_null(strstr(expect_fail_only(r, "G4"), "丙学校"));
        assert_close(item(r, "G4").value, 2501, 0, 0);
        assert_close(item(r, "G4").required, 2500, 0, 0);
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
}

static void g5_class_size(void **state)
{
    (void)state;
    {
        const sch ok[] = {{"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 45, NAN, 2, 96, 2, 90}, J1};
        const sch bad[] = {{"P1", "甲小学", "primary", 1000, NAN, 24, NAN, 46, NAN, 2, 96, 2, 90}, J1};
        check_rows(ok, 2, "G5", 1);
        check_rows(bad, 2, "G5", 0);
    }
    {
        const sch ok[] = {P1, {"J1", "乙中学", "junior", NAN, 900, NAN, 20, NAN, 50, 2, 96, 2, 90}};
        const sch bad[] = {P1, {"J1", "乙中学", "junior", NAN, 900, NAN, 20, NAN, 51, 2, 96, 2, 90}};
        check_rows(ok, 2, "G5", 1);
        check_rows(bad, 2, "G5", 0);
    }
    { /* a nine_year school: 46 in its primary part fails although 46 ≤ 50 (junior limit) */
        const sch ok[] = {P1, J1, {"N1", "丙学校", "nine_year", 300, 250, 7, 5, 45, 50, 1, 96, 1, 90}};
        const sch bad_p[] = {P1, J1, {"N1", "丙学校", "nine_year", 300, 250, 7, 5, 46, 50, 1, 96, 1, 90}};
        const sch bad_j[] = {P1, J1, {"N1", "丙学校", "nine_year", 300, 250, 7, 5, 45, 51, 1, 96, 1, 90}};
        check_rows(ok, 3, "G5", 1);
        check_rows(bad_p, 3, "G5", 0);
        check_rows(bad_j, 3, "G5", 0);
    }
}

/* ---- tests: G12 and Q4 from school columns --------------------------------------------------------- */

/* Base county plus certified_teachers (P1 full-time: ceil(8 × 1000 / 100) = 80; J1: 72). */
static void g12_from_columns(void **state)
{
    static const sch rows[] = {P1, J1};
    (void)state;
    for (int fewer = 0; fewer <= 1; fewer++) {
        yjjh_schools *t = build(rows, 2);
        /* the county fact says 0.5: ignored when the columns are present */
        yjjh_facts *f = facts_with(NULL, "certified_rate", 0.5);
        yjjh_result *r;
        assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_CERTIFIED_TEACHERS, 80 - fewer));
        assert_ok(yjjh_schools_set_number(t, 1, YJJH_COL_CERTIFIED_TEACHERS, 72));
        r = eval_table(t, f, "national-2017");
        if (fewer) {
            assert_non_null(strstr(expect_fail_only(r, "G12"), "甲小学"));
        } else {
            expect_pass(r, "G12");
        }
        yjjh_result_free(r);
        yjjh_facts_free(f);
        yjjh_schools_free(t);
    }
}

static void g12_from_fact(void **state)
{
    (void)state;
    check_fact("certified_rate", 1.0, "G12", 1, "national-2017");
    check_fact("certified_rate", 0.999, "G12", 0, "national-2017");
}

/* training_funds ≥ 5 % of public_funds in every school: 11800 = 5 % of 236000 exactly; 11799 is not. */
static void q4_from_columns(void **state)
{
    static const sch rows[] = {P1, J1};
    (void)state;
    for (int less = 0; less <= 1; less++) {
        yjjh_schools *t = build(rows, 2);
        yjjh_facts *f = facts_with(NULL, "training_funds_share", 0.01); /* ignored: columns present */
        yjjh_result *r;
        assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_TRAINING_FUNDS, 20000));
        assert_ok(yjjh_schools_set_number(t, 0, YJJH_COL_PUBLIC_FUNDS, 300000));
        assert_ok(yjjh_schools_set_number(t, 1, YJJH_COL_TRAINING_FUNDS, 11800 - less));
        assert_ok(yjjh_schools_set_number(t, 1, YJJH_COL_PUBLIC_FUNDS, 236000));
        r = eval_table(t, f, "national-2017");
        if (less) {
            assert_non_null(strstr(expect_fail_only(r, "Q4"), "乙中学"));
            assert_close(item(r, "Q4").value, 11799.0 / 236000.0, 1e-12, 0);
        } else {
            expect_pass(r, "Q4");
            assert_close(item(r, "Q4").value, 0.05, 1e-12, 0); /* the lowest share */
        }
        yjjh_result_free(r);
        yjjh_facts_free(f);
        yjjh_schools_free(t);
    }
    check_fact("training_funds_share", 0.05, "Q4", 1, "national-2017");
    check_fact("training_funds_share", 0.0499, "Q4", 0, "national-2017");
}

/* ---- tests: fact thresholds ------------------------------------------------------------------------ */

static void rate_facts_at_and_below_threshold(void **state)
{
    (void)state;
    check_fact("junior_retention_rate", 0.95, "Q1", 1, "national-2017");
    check_fact("junior_retention_rate", 0.949, "Q1", 0, "national-2017");
    check_fact("disabled_enrolment_rate", 0.95, "Q2", 1, "national-2017");
    check_fact("disabled_enrolment_rate", 0.949, "Q2", 0, "national-2017");
    check_fact("training_360h_rate", 1.0, "G9", 1, "national-2017");
    check_fact("training_360h_rate", 0.999, "G9", 0, "national-2017");
    check_fact("special_ed_funds_per_student", 6000, "G7", 1, "national-2017");
    check_fact("special_ed_funds_per_student", 5999, "G7", 0, "national-2017");
    check_fact("quota_allocation_rate", 0.50, "G14", 1, "national-2017");
    check_fact("quota_allocation_rate", 0.499, "G14", 0, "national-2017");
    check_fact("social_recognition_rate", 0.85, "S1", 1, "national-2017");
    check_fact("social_recognition_rate", 0.849, "S1", 0, "national-2017");
}

/* Items made of two facts (G11, G13, G15, Q9): each fact at and just past its limit. */
static void two_fact_items(void **state)
{
    (void)state;
    check_fact("rotation_rate", 0.10, "G11", 1, "national-2017");
    check_fact("rotation_rate", 0.099, "G11", 0, "national-2017");
    check_fact("rotation_backbone_share", 0.20, "G11", 1, "national-2017");
    check_fact("rotation_backbone_share", 0.199, "G11", 0, "national-2017");
    check_fact("nearby_enrolment_primary", 1.0, "G13", 1, "national-2017");
    check_fact("nearby_enrolment_primary", 0.999, "G13", 0, "national-2017");
    check_fact("nearby_enrolment_junior", 0.95, "G13", 1, "national-2017");
    check_fact("nearby_enrolment_junior", 0.949, "G13", 0, "national-2017");
    check_fact("migrant_public_rate", 0.85, "G15", 1, "national-2017");
    check_fact("migrant_public_rate", 0.849, "G15", 0, "national-2017");
    check_fact("left_behind_care", 0, "G15", 0, "national-2017");
    check_fact("monitoring_level", 3, "Q9", 1, "national-2017");
    check_fact("monitoring_level", 2, "Q9", 0, "national-2017");
}

/* Q9's gap is "低于0.15": strictly below. 0.15 itself is not met, 0.149 is. */
static void q9_gap_is_strict(void **state)
{
    static const sch rows[] = {P1, J1};
    (void)state;
    {
        yjjh_facts *f = facts_with(NULL, "monitoring_school_gap", 0.15);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        assert_non_null(strstr(expect_fail_only(r, "Q9"), "monitoring_school_gap"));
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
    {
        yjjh_facts *f = facts_with(NULL, "monitoring_school_gap", 0.149);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        expect_pass(r, "Q9");
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
}

static void g8_salary(void **state)
{
    static const sch rows[] = {P1, J1};
    (void)state;
    for (int less = 0; less <= 1; less++) {
        yjjh_facts *f = facts_with(NULL, "teacher_salary", 96200 - less); /* civil servants: 96200 */
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        if (less)
            (void)expect_fail_only(r, "G8");
        else
            expect_pass(r, "G8");
        assert_close(item(r, "G8").value, 96200 - less, 0, 0);
        assert_close(item(r, "G8").required, 96200, 0, 0);
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
}

static void boolean_facts_false_fail(void **state)
{
    static const struct {
        const char *key, *code;
    } b[] = {{"layout_reasonable", "G1"},     {"standards_enforced", "G2"},  {"small_school_funding", "G6"},
             {"staffing_coordinated", "G10"}, {"school_charters_it", "Q3"},  {"teacher_it_use", "Q5"},
             {"moral_education_good", "Q6"},  {"curriculum_complete", "Q7"}, {"no_excess_burden", "Q8"}};
    (void)state;
    for (size_t i = 0; i < sizeof b / sizeof b[0]; i++)
        check_fact(b[i].key, 0, b[i].code, 0, "national-2017");
}

/* ---- tests: gansu-jinchang ----------------------------------------------------------------------- */

static void gansu_jinchang_overrides(void **state)
{
    (void)state;
    /* G7 ≥ 7000 */
    check_fact("special_ed_funds_per_student", 7000, "G7", 1, "gansu-jinchang");
    check_fact("special_ed_funds_per_student", 6999, "G7", 0, "gansu-jinchang");
    /* G14 ≥ 0.60: 0.50 (met nationally) is not met here */
    check_fact("quota_allocation_rate", 0.60, "G14", 1, "gansu-jinchang");
    check_fact("quota_allocation_rate", 0.50, "G14", 0, "gansu-jinchang");
    check_fact("quota_allocation_rate", 0.599, "G14", 0, "gansu-jinchang");
    /* everything else as national */
    check_fact("junior_retention_rate", 0.95, "Q1", 1, "gansu-jinchang");
    check_fact("social_recognition_rate", 0.849, "S1", 0, "gansu-jinchang");
    {
        yjjh_profile *p = profile("gansu-jinchang");
        double v = 0;
        assert_string_equal(yjjh_profile_name(p), "gansu-jinchang");
        assert_ok(yjjh_standard_lookup(&v, p, "special_ed_funds_per_student", YJJH_STAGE_NONE));
        assert_close(v, 7000, 0, 0);
        assert_ok(yjjh_standard_lookup(&v, p, "quota_allocation_rate", YJJH_STAGE_NONE));
        assert_close(v, 0.60, 0, 0);
        yjjh_profile_free(p);
    }
}

/* A JSON profile file extending national-2017 (in memory). */
static void profile_json_extends(void **state)
{
    static const char json[] = "{\"name\":\"t\",\"extends\":\"gansu-jinchang\","
                               "\"standards\":{\"special_ed_funds_per_student\":8000}}";
    static const sch rows[] = {P1, J1};
    yjjh_profile *p = NULL;
    yjjh_schools *t = build(rows, 2);
    (void)state;
    assert_ok(yjjh_profile_load_json(&p, json, strlen(json), NULL, NULL));
    for (int k = 0; k < 3; k++) {
        /* G7 8000 from the file, G14 0.60 inherited from gansu-jinchang */
        static const double g7[] = {8000, 7999, 8000};
        static const double g14[] = {0.60, 0.60, 0.599};
        yjjh_facts *f = facts_with(NULL, "special_ed_funds_per_student", g7[k]);
        yjjh_result *r = NULL;
        assert_ok(yjjh_facts_set(f, COUNTY, "quota_allocation_rate", g14[k]));
        assert_ok(yjjh_schools_evaluate(&r, t, f, p, NULL));
        if (k == 0)
            expect_pass(r, NULL);
        else
            (void)expect_fail_only(r, k == 1 ? "G7" : "G14");
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
    yjjh_profile_free(p);
    yjjh_schools_free(t);
}

/* ---- tests: missing facts, vetoes, eligibility ----------------------------------------------------- */

static void the_fact_keys_are_those_of_the_spec(void **state)
{
    size_t n = yjjh_fact_key_count();
    (void)state;
    assert_int_equal(n, N_FACTS + 4); /* + basic_cv_primary_3y, basic_cv_junior_3y, and the two budget facts of
                                         the multi-year 两个只增不减 check (docs/plan.md) */
    for (size_t i = 0; i < n; i++) {
        const char *k = NULL;
        int found;
        assert_ok(yjjh_fact_key_get(&k, i));
        found = strcmp(k, "basic_cv_primary_3y") == 0 || strcmp(k, "basic_cv_junior_3y") == 0 ||
                strcmp(k, "education_budget") == 0 || strcmp(k, "budget_per_student") == 0;
        for (size_t j = 0; j < N_FACTS && !found; j++)
            found = strcmp(k, FACTS[j].key) == 0;
        if (!found)
            fail_msg("fact key %s is not in the test's list", k);
    }
}

static void each_missing_fact_makes_its_item_not_assessed(void **state)
{
    static const sch rows[] = {P1, J1};
    (void)state;
    for (size_t i = 0; i < N_FACTS; i++) {
        yjjh_facts *f = facts_with(FACTS[i].key, NULL, 0);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        yjjh_county_summary c = county(r);
        yjjh_reason x;
        if (c.verdict != YJJH_VERDICT_INCOMPLETE)
            fail_msg("without %s: verdict %s, expected incomplete", FACTS[i].key, yjjh_verdict_name(c.verdict));
        for (size_t j = 0; j < c.n_items; j++) {
            yjjh_item_result it = {YJJH_ITEM_RESULT_VERSION, NULL, 0, 0, 0, NULL};
            assert_ok(yjjh_result_item_get(&it, r, 0, j));
            if (strcmp(it.code, FACTS[i].item) == 0) {
                if (it.status != YJJH_ITEM_NOT_ASSESSED)
                    fail_msg("without %s: %s is %s", FACTS[i].key, it.code, yjjh_item_status_name(it.status));
                assert_non_null(strstr(it.message, FACTS[i].key));
            } else if (it.status != YJJH_ITEM_MET) {
                fail_msg("without %s: %s is %s", FACTS[i].key, it.code, yjjh_item_status_name(it.status));
            }
        }
        if (c.n_reasons != 1)
            fail_msg("without %s: %zu reasons", FACTS[i].key, c.n_reasons);
        x = reason(r, 0);
        assert_string_equal(x.code, FACTS[i].item);
        if (!strstr(x.message, FACTS[i].key))
            fail_msg("without %s: reason '%s' does not name the fact", FACTS[i].key, x.message);
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
}

/* A missing fact never hides a failure: with S1 unmet and another fact missing the verdict is fail. */
static void missing_fact_with_a_failure_is_fail(void **state)
{
    static const sch rows[] = {P1, J1};
    yjjh_facts *f = facts_with("layout_reasonable", "social_recognition_rate", 0.80);
    yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
    (void)state;
    assert_int_equal(county(r).verdict, YJJH_VERDICT_FAIL);
    assert_int_equal(item(r, "G1").status, YJJH_ITEM_NOT_ASSESSED);
    assert_int_equal(item(r, "S1").status, YJJH_ITEM_NOT_MET);
    yjjh_result_free(r);
    yjjh_facts_free(f);
}

static void each_veto_fails_the_county(void **state)
{
    static const char *const vetoes[] = {"veto_exam_admission", "veto_school_choice", "veto_key_schools",
                                         "veto_key_classes", "veto_major_incident"};
    (void)state;
    for (size_t i = 0; i < sizeof vetoes / sizeof vetoes[0]; i++)
        check_fact(vetoes[i], 1, vetoes[i], 0, "national-2017");
}

static void eligibility_years(void **state)
{
    (void)state;
    /* evaluation 2026: basic balance 2023 → 3 years, met; 2024 → 2 years, not met */
    check_fact("basic_balance_year", 2023, "eligibility_basic_balance", 1, "national-2017");
    {
        static const sch rows[] = {P1, J1};
        yjjh_facts *f = facts_with(NULL, "basic_balance_year", 2024);
        yjjh_result *r = eval_rows(rows, 2, f, "national-2017");
        (void)expect_fail_only(r, "eligibility_basic_balance");
        assert_close(item(r, "eligibility_basic_balance").value, 2, 0, 0);
        assert_close(item(r, "eligibility_basic_balance").required, 3, 0, 0);
        yjjh_result_free(r);
        yjjh_facts_free(f);
    }
    /* the default county "" gives evaluation_year to a county that has none (the CLI's --year) */
    {
        static const sch rows[] = {P1, J1};
        for (int y = 2022; y <= 2023; y++) {
            yjjh_facts *f = facts_with("evaluation_year", "basic_balance_year", 2020);
            yjjh_result *r;
            assert_ok(yjjh_facts_set(f, "", "evaluation_year", y));
            r = eval_rows(rows, 2, f, "national-2017");
            if (y == 2023)
                expect_pass(r, "eligibility_basic_balance");
            else
                (void)expect_fail_only(r, "eligibility_basic_balance");
            yjjh_result_free(r);
            yjjh_facts_free(f);
        }
    }
}

static void eligibility_basic_cvs(void **state)
{
    (void)state;
    check_fact("basic_cv_primary_3y", 0.60, "eligibility_basic_cv_primary", 1, "national-2017");
    check_fact("basic_cv_primary_3y", 0.601, "eligibility_basic_cv_primary", 0, "national-2017");
    check_fact("basic_cv_junior_3y", 0.50, "eligibility_basic_cv_junior", 1, "national-2017");
    check_fact("basic_cv_junior_3y", 0.501, "eligibility_basic_cv_junior", 0, "national-2017");
}

/* The failing facts of examples/data/jinchuan_facts_failing.json on the compliant base county: S1 0.80,
 * veto_key_classes true, quota 0.45 → fail with exactly S1, veto_key_classes, G14. */
static void failing_facts_name_exactly_the_failing_items(void **state)
{
    static const sch rows[] = {P1, J1};
    yjjh_facts *f = facts_with(NULL, "social_recognition_rate", 0.80);
    yjjh_result *r;
    yjjh_county_summary c;
    int seen[3] = {0, 0, 0};
    static const char *const want[3] = {"S1", "veto_key_classes", "G14"};
    (void)state;
    assert_ok(yjjh_facts_set(f, COUNTY, "veto_key_classes", 1));
    assert_ok(yjjh_facts_set(f, COUNTY, "quota_allocation_rate", 0.45));
    r = eval_rows(rows, 2, f, "national-2017");
    c = county(r);
    assert_int_equal(c.verdict, YJJH_VERDICT_FAIL);
    assert_int_equal(c.n_reasons, 3);
    for (size_t j = 0; j < 3; j++) {
        yjjh_reason x = reason(r, j);
        int k = -1;
        for (int w = 0; w < 3; w++)
            if (strcmp(x.code, want[w]) == 0)
                k = w;
        if (k < 0)
            fail_msg("unexpected reason %s", x.code);
        seen[k]++;
        assert_int_equal(x.stage, YJJH_STAGE_NONE);
        assert_string_equal(x.school_id, "");
    }
    assert_int_equal(seen[0] + seen[1] + seen[2], 3);
    assert_true(seen[0] == 1 && seen[1] == 1 && seen[2] == 1);
    yjjh_result_free(r);
    yjjh_facts_free(f);
}

/* ---- national-2012-basic: the composite CV only ---------------------------------------------------- */

/* Two schools of one stage with equal enrolment (100) and every amount in the ratio a : b; with equal weights
 * X̄ = (x_a + x_b) / 2 and S = |x_a − x_b| / 2, so each of the 8 CVs is (b − a) / (a + b) and so is their
 * mean, the composite. Base amounts per school and unit: area 100, sports 100, equipment 10000, computers 1,
 * books 100, full-time 1, above degree 1, mid title 1. */
static yjjh_schools *basic_table(const char *type, double a_mult, double b_mult)
{
    yjjh_schools *t = NULL;
    int junior = strcmp(type, "junior") == 0;
    assert_ok(yjjh_schools_new(&t, 2));
    for (size_t r = 0; r < 2; r++) {
        double m = r == 0 ? a_mult : b_mult;
        assert_ok(yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_ID, r == 0 ? "A" : "B"));
        assert_ok(yjjh_schools_set_text(t, r, YJJH_COL_SCHOOL_TYPE, type));
        assert_ok(yjjh_schools_set_text(t, r, YJJH_COL_COUNTY_CODE, COUNTY));
        assert_ok(yjjh_schools_set_number(t, r, junior ? YJJH_COL_JUNIOR_STUDENTS : YJJH_COL_PRIMARY_STUDENTS, 100));
        assert_ok(yjjh_schools_set_number(t, r, YJJH_COL_TEACHING_AREA, 100 * m));
        assert_ok(yjjh_schools_set_number(t, r, YJJH_COL_SPORTS_AREA, 100 * m));
        assert_ok(yjjh_schools_set_number(t, r, YJJH_COL_EQUIPMENT_VALUE, 10000 * m));
        assert_ok(yjjh_schools_set_number(t, r, YJJH_COL_COMPUTERS, m));
        assert_ok(yjjh_schools_set_number(t, r, YJJH_COL_BOOKS, 100 * m));
        assert_ok(yjjh_schools_set_number(
            t, r, junior ? YJJH_COL_JUNIOR_FULLTIME_TEACHERS : YJJH_COL_PRIMARY_FULLTIME_TEACHERS, m));
        assert_ok(yjjh_schools_set_number(
            t, r, junior ? YJJH_COL_JUNIOR_TEACHERS_ABOVE_DEGREE : YJJH_COL_PRIMARY_TEACHERS_ABOVE_DEGREE, m));
        assert_ok(yjjh_schools_set_number(
            t, r, junior ? YJJH_COL_JUNIOR_MID_TITLE_TEACHERS : YJJH_COL_PRIMARY_MID_TITLE_TEACHERS, m));
    }
    return t;
}

static void check_basic(const char *type, double a, double b, double composite, yjjh_verdict verdict)
{
    yjjh_schools *t = basic_table(type, a, b);
    /* vetoes and missing facts play no part in the 2012 profile */
    yjjh_facts *f = facts_with("layout_reasonable", "veto_key_schools", 1);
    yjjh_result *r = eval_table(t, f, "national-2012-basic");
    yjjh_county_summary c = county(r);
    yjjh_stage stage = strcmp(type, "junior") == 0 ? YJJH_STAGE_JUNIOR : YJJH_STAGE_PRIMARY;
    yjjh_stage_summary s = {YJJH_STAGE_SUMMARY_VERSION, 0, 0, 0, 0, 0, 0, 0};
    assert_int_equal(c.n_items, 0);
    assert_ok(yjjh_result_stage_get(&s, r, 0, stage));
    assert_true(s.composite_defined);
    assert_close(s.composite_cv, composite, 1e-12, 0);
    assert_close(s.composite_cv_max, stage == YJJH_STAGE_JUNIOR ? 0.55 : 0.65, 0, 0);
    if (c.verdict != verdict)
        fail_msg("%s %g:%g: verdict %s", type, a, b, yjjh_verdict_name(c.verdict));
    if (verdict == YJJH_VERDICT_PASS) {
        assert_int_equal(c.n_reasons, 0);
        assert_true(s.composite_cv_met);
    } else {
        yjjh_reason x;
        assert_int_equal(c.n_reasons, 1);
        x = reason(r, 0);
        assert_string_equal(x.code, "composite_cv");
        assert_int_equal(x.stage, stage);
        assert_false(s.composite_cv_met);
    }
    yjjh_result_free(r);
    yjjh_facts_free(f);
    yjjh_schools_free(t);
}

static void national_2012_composite_only(void **state)
{
    (void)state;
    check_basic("primary", 1, 3, 0.5, YJJH_VERDICT_PASS);          /* 2/4 */
    check_basic("primary", 7, 33, 0.65, YJJH_VERDICT_PASS);        /* 26/40 = 0.65, on the maximum */
    check_basic("primary", 7, 34, 27.0 / 41.0, YJJH_VERDICT_FAIL); /* 0.6585… > 0.65 */
    check_basic("junior", 9, 31, 0.55, YJJH_VERDICT_PASS);         /* 22/40 = 0.55, on the maximum */
    check_basic("junior", 9, 32, 23.0 / 41.0, YJJH_VERDICT_FAIL);  /* 0.5609… > 0.55 */
    check_basic("junior", 7, 33, 0.65, YJJH_VERDICT_FAIL);         /* passes primary's 0.65, not 0.55 */
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(compliant_county_passes),
        cmocka_unit_test(without_facts_every_fact_item_is_not_assessed),
        cmocka_unit_test(g3_rooms_per_12_classes),
        cmocka_unit_test(g3_room_areas),
        cmocka_unit_test(g3_missing_room_area_is_not_assessed),
        cmocka_unit_test(g4_school_size),
        cmocka_unit_test(g5_class_size),
        cmocka_unit_test(g12_from_columns),
        cmocka_unit_test(g12_from_fact),
        cmocka_unit_test(q4_from_columns),
        cmocka_unit_test(rate_facts_at_and_below_threshold),
        cmocka_unit_test(two_fact_items),
        cmocka_unit_test(q9_gap_is_strict),
        cmocka_unit_test(g8_salary),
        cmocka_unit_test(boolean_facts_false_fail),
        cmocka_unit_test(gansu_jinchang_overrides),
        cmocka_unit_test(profile_json_extends),
        cmocka_unit_test(the_fact_keys_are_those_of_the_spec),
        cmocka_unit_test(each_missing_fact_makes_its_item_not_assessed),
        cmocka_unit_test(missing_fact_with_a_failure_is_fail),
        cmocka_unit_test(each_veto_fails_the_county),
        cmocka_unit_test(eligibility_years),
        cmocka_unit_test(eligibility_basic_cvs),
        cmocka_unit_test(failing_facts_name_exactly_the_failing_items),
        cmocka_unit_test(national_2012_composite_only),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
