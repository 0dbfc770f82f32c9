/* SPDX-License-Identifier: MIT */
/* yjjh_schools_evaluate(): the orchestration of an evaluation (indicators.md §1–4, §7) — validation (validate.c),
 * school parts with their scope (rules/scope.c), numerators (rules/facility_split.c) and school rule
 * (rules/school_rule.c), county values and CVs per stage, then the county items and verdicts (verdict.c).
 * Everything is O(n) in the number of rows (hash for county grouping, counting sort of parts by county). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/evaluate_internal.h"
#include "evaluate/validate.h"
#include "evaluate/verdict.h"
#include "rules/school_rule.h"
#include "rules/scope.h"
#include "rules/facility_split.h"
#include "rules/formulas.h"
#include "common/array.h"
#include "common/diag_report.h"
#include "common/display.h"
#include "common/num_text.h"
#include "common/strmap.h"
#include "common/util.h"

/* ---- string pool ----------------------------------------------------------------------------------- */

const char *yjjh__result_strdup(yjjh_result *r, const char *s)
{
    size_t len = strlen(s) + 1;
    yjjh__pool_block *b = r->pool;
    if (!b || b->cap - b->used < len) {
        size_t cap = len > 65536 ? len : 65536;
        b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = r->pool;
        b->used = 0;
        b->cap = cap;
        r->pool = b;
    }
    memcpy(b->data + b->used, s, len);
    b->used += len;
    return b->data + b->used - len;
}

void yjjh_result_free(yjjh_result *result)
{
    yjjh__pool_block *b;
    if (!result)
        return;
    for (size_t c = 0; c < result->n_counties; c++) {
        yjjh__county *cy = &result->counties[c];
        for (size_t j = 0; j < cy->n_reasons; j++)
            free(atomic_load_explicit(&cy->reasons[j].message, memory_order_relaxed));
        free(cy->reasons);
        yjjh__item_list_free(&cy->items);
    }
    free(result->counties);
    free(result->parts);
    b = result->pool;
    while (b) {
        yjjh__pool_block *next = b->next;
        free(b);
        b = next;
    }
    free(result);
}

/* ---- evaluation context ---------------------------------------------------------------------------- */

typedef struct ectx {
    const yjjh_schools *t;
    const yjjh_profile *p;
    yjjh_diag *diag;
    const yjjh__row_info *rows;
    yjjh__merges merges; /* teaching points merged into their 中心校 (merge mode only) */
    size_t data_errors;
    int nomem;
} ectx;

/* Count and report a data error at a row (the one kind: an indicator value too large to compute). */
static void data_error(ectx *e, size_t row, const char *fmt, ...) YJJH__PRINTF(3, 4);
static void data_error(ectx *e, size_t row, const char *fmt, ...)
{
    va_list ap;
    e->data_errors++;
    if (e->nomem)
        return;
    va_start(ap, fmt);
    if (yjjh__diag_vreportf(e->diag, YJJH_PROBLEM_VALUE_OVERFLOW, yjjh__schools_source(e->t),
                            yjjh__schools_line(e->t, row), NULL, fmt, ap) == YJJH_E_NOMEM)
        e->nomem = 1;
    va_end(ap);
}

/* ---- counties -------------------------------------------------------------------------------------- */

/* Group rows by county_code in order of first appearance: county_of[r]. */
static yjjh_status group_counties(yjjh_result *res, size_t *county_of, const yjjh_schools *t)
{
    const char *const *codes = yjjh__schools_texts(t, YJJH_COL_COUNTY_CODE);
    const char *const *names = yjjh__schools_texts(t, YJJH_COL_COUNTY_NAME);
    size_t n = yjjh_schools_row_count(t), cap = 0;
    yjjh__strmap index = YJJH__STRMAP_INIT; /* county code (in the result's pool) -> county */
    yjjh_status st = YJJH_OK;
    for (size_t r = 0; r < n && st == YJJH_OK; r++) {
        const char *code = (codes && codes[r]) ? codes[r] : "";
        size_t c;
        if (!yjjh__strmap_get(&index, code, &c)) {
            yjjh__county *cy;
            if ((st = yjjh__grow((void **)&res->counties, &cap, res->n_counties + 1, sizeof *res->counties)) != YJJH_OK)
                break;
            cy = &res->counties[res->n_counties];
            memset(cy, 0, sizeof *cy);
            if (!(cy->code = yjjh__result_strdup(res, code)) || !(cy->name = yjjh__result_strdup(res, ""))) {
                st = YJJH_E_NOMEM;
                break;
            }
            c = res->n_counties++;
            if ((st = yjjh__strmap_put(&index, cy->code, c, NULL, NULL)) != YJJH_OK)
                break;
        }
        county_of[r] = c;
        if (names && !yjjh__text_blank(names[r]) && res->counties[c].name[0] == '\0' &&
            !(res->counties[c].name = yjjh__result_strdup(res, names[r])))
            st = YJJH_E_NOMEM;
    }
    yjjh__strmap_free(&index);
    return st;
}

/* ---- per county statistics ------------------------------------------------------------------------- */

typedef struct scratch {
    double *x, *w;
} scratch;

static yjjh_status county_stage(yjjh_result *res, yjjh__county *cy, int si, const size_t *idx, size_t m,
                                const yjjh__ksum *sum_amount, double sum_students, const yjjh_profile *p, scratch *sc)
{
    yjjh_stage stage = si == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR;
    yjjh__stage_result *sr = &cy->stage[si];
    int weighted = (int)yjjh__p(p, P_CV_WEIGHTING) == YJJH_CVW_STUDENTS;
    double cv_max = res->has_rule ? yjjh__p(p, si == 0 ? P_CV_MAX_PRIMARY : P_CV_MAX_JUNIOR) : NAN;
    double cv_sum = 0.0;
    int all_defined = 1;
    yjjh_status st;

    sr->present = m > 0 && sum_students > 0;
    sr->students = sum_students;
    sr->schools_in_scope = m;
    sr->composite_defined = 0;
    sr->composite_cv = sr->composite_cv_max = NAN;
    sr->composite_cv_met = 0;
    if (!sr->present)
        return YJJH_OK; /* no in-scope students in this stage: nothing to assess */
    for (size_t j = 0; j < m; j++) {
        sc->w[j] = res->parts[idx[j]].students;
        if (res->has_rule && res->parts[idx[j]].rule.passed)
            sr->schools_passing++;
    }
    for (size_t k = 0; k < res->n_indicators; k++) {
        const yjjh_indicator_def *d = res->indicators[k];
        yjjh_indicator_result *ir = &sr->ind[k];
        double total = yjjh__ksum_value(&sum_amount[k]);
        double cv = NAN;
        yjjh_status cs = YJJH_E_EMPTY;
        ir->version = YJJH_INDICATOR_RESULT_VERSION;
        ir->code = d->code;
        ir->standard = res->has_rule ? yjjh__indicator_min(p, k, stage) : NAN;
        ir->county_value = yjjh__indicator_value(d->formula, total, sum_students);
        ir->schools_meeting = 0;
        for (size_t j = 0; j < m; j++) {
            const yjjh__part *pt = &res->parts[idx[j]];
            sc->x[j] = pt->rule.value[k];
            if (res->has_rule && pt->rule.met[k])
                ir->schools_meeting++;
        }
        if (m > 0)
            cs = yjjh_stats_cv(&cv, sc->x, m, weighted ? sc->w : NULL, m);
        ir->cv_defined = cs == YJJH_OK;
        ir->cv = cs == YJJH_OK ? cv : NAN;
        ir->cv_max = cv_max;
        ir->cv_met = ir->cv_defined && res->has_rule && yjjh_standard_within_max(cv, cv_max);
        if (ir->cv_defined)
            cv_sum += cv;
        else
            all_defined = 0;
        if (res->has_rule && !ir->cv_met) {
            char cvs[YJJH__DISP_BUF], maxs[YJJH__DISP_BUF]; /* docs/reports.md: never "0.500 > 0.50" */
            yjjh__disp_against(cvs, sizeof cvs, cv, cv_max, 2, YJJH__DIR_MAX, 0, 3);
            yjjh__disp_standard(maxs, sizeof maxs, cv_max, 2);
            if (ir->cv_defined)
                st = yjjh__add_reason(cy, d->code, stage, "", cv, cv_max, "%s %s 差异系数 %s > %s", d->code, d->name_zh,
                                      cvs, maxs);
            else
                st = yjjh__add_reason(cy, d->code, stage, "", NAN, cv_max, "%s %s 差异系数 undefined (%s)", d->code,
                                      d->name_zh, cs == YJJH_E_ZERO_MEAN ? "county total is zero" : yjjh_strerror(cs));
            if (st != YJJH_OK)
                return st;
        }
    }
    if (res->composite) {
        double cmax = yjjh__p(p, si == 0 ? P_COMPOSITE_CV_MAX_PRIMARY : P_COMPOSITE_CV_MAX_JUNIOR);
        sr->composite_cv_max = cmax;
        sr->composite_defined = all_defined && res->n_indicators > 0;
        if (sr->composite_defined) {
            sr->composite_cv = cv_sum / (double)res->n_indicators;
            sr->composite_cv_met = yjjh_standard_within_max(sr->composite_cv, cmax);
        }
        if (!sr->composite_cv_met) {
            char cvs[YJJH__DISP_BUF], maxs[YJJH__DISP_BUF];
            yjjh__disp_against(cvs, sizeof cvs, sr->composite_cv, cmax, 2, YJJH__DIR_MAX, 0, 3);
            yjjh__disp_standard(maxs, sizeof maxs, cmax, 2);
            if (sr->composite_defined)
                st = yjjh__add_reason(cy, "composite_cv", stage, "", sr->composite_cv, cmax, "%s综合差异系数 %s > %s",
                                      yjjh_stage_name_zh(stage), cvs, maxs);
            else
                st = yjjh__add_reason(cy, "composite_cv", stage, "", NAN, cmax,
                                      "%s综合差异系数 undefined (county total is zero)", yjjh_stage_name_zh(stage));
            if (st != YJJH_OK)
                return st;
        }
    }
    /* failing school parts, in input order */
    if (res->has_rule) {
        for (size_t j = 0; j < m; j++) {
            const yjjh__part *pt = &res->parts[idx[j]];
            if (!pt->rule.passed && (st = yjjh__school_reason(cy, res, pt, p)) != YJJH_OK)
                return st;
        }
    }
    return YJJH_OK;
}

/* ---- the evaluation -------------------------------------------------------------------------------- */

static yjjh_status make_parts(yjjh_result *res, ectx *e, const size_t *county_of, yjjh__ksum *sums,
                              double *sum_students)
{
    const yjjh_schools *t = e->t;
    const yjjh_profile *p = e->p;
    size_t n = yjjh_schools_row_count(t), np = 0, ni = res->n_indicators;
    const char *const *ids = yjjh__schools_texts(t, YJJH_COL_SCHOOL_ID);
    const char *const *names = yjjh__schools_texts(t, YJJH_COL_SCHOOL_NAME);
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    yjjh__part_plan plan; /* the numerator columns and stage weights, looked up once (rules/facility_split.h) */
    yjjh__rule_plan rule_plan;

    yjjh__part_plan_init(&plan, t, p);
    yjjh__rule_plan_init(&rule_plan, p);
    for (size_t r = 0; r < n; r++) {
        if (e->rows[r].type == YJJH__T_SPECIAL)
            np++;
        else
            np += (size_t)yjjh__type_serves(e->rows[r].type, YJJH_STAGE_PRIMARY) +
                  (size_t)yjjh__type_serves(e->rows[r].type, YJJH_STAGE_JUNIOR);
    }
    if (!(res->parts = calloc(np ? np : 1, sizeof *res->parts)))
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++) {
        const yjjh__row_info *ri = &e->rows[r];
        const char *sid, *sname;
        if (!(sid = yjjh__result_strdup(res, ids[r])) ||
            !(sname = yjjh__result_strdup(res, (names && names[r]) ? names[r] : "")))
            return YJJH_E_NOMEM;
        for (int s = 0; s < 2; s++) {
            yjjh__part *pt;
            if (ri->type == YJJH__T_SPECIAL ? s > 0 : !yjjh__type_serves(ri->type, stages[s]))
                continue;
            pt = &res->parts[res->n_parts++];
            pt->row = r;
            pt->county = county_of[r];
            pt->school_id = sid;
            pt->school_name = sname;
            if (ri->type == YJJH__T_SPECIAL) {
                pt->stage = YJJH_STAGE_NONE;
                pt->excluded = YJJH_EXCLUDED_SPECIAL;
                pt->students = ri->students[0] + ri->students[1];
                continue;
            }
            pt->stage = stages[s];
            pt->excluded = yjjh__part_scope(p, ri, stages[s]);
            pt->in_scope = pt->excluded == YJJH_EXCLUDED_NONE;
            pt->students = ri->merged[s];
            if (!pt->in_scope)
                continue;
            {
                double amounts[YJJH__MAX_INDICATORS];
                double P = pt->students;
                int bad = 0;
                if (yjjh__part_amounts(amounts, &plan, ri, yjjh__merge_of(&e->merges, r), r, s) != 0)
                    bad = 1;
                for (size_t k = 0; k < ni; k++)
                    if (!isfinite(amounts[k]))
                        bad = 1;
                if (!bad) {
                    if (res->has_rule) {
                        yjjh__school_rule_apply_plan(&pt->rule, &rule_plan, s, P, amounts);
                    } else {
                        pt->rule.n_indicators = ni;
                        for (size_t k = 0; k < ni; k++) {
                            pt->rule.value[k] = yjjh__indicator_value(res->indicators[k]->formula, amounts[k], P);
                            pt->rule.standard[k] = pt->rule.ratio[k] = NAN;
                        }
                    }
                    for (size_t k = 0; k < ni; k++)
                        if (!isfinite(pt->rule.value[k]))
                            bad = 1;
                }
                if (bad) {
                    data_error(e, r, "school %s: a %s indicator value is too large to compute", ids[r],
                               yjjh_stage_name(pt->stage));
                    continue;
                }
                sum_students[county_of[r] * 2 + (size_t)s] += P;
                for (size_t k = 0; k < ni; k++)
                    yjjh__ksum_add(&sums[(county_of[r] * 2 + (size_t)s) * YJJH__MAX_INDICATORS + k], amounts[k]);
            }
        }
    }
    return YJJH_OK;
}

yjjh_status yjjh_schools_evaluate(yjjh_result **out, const yjjh_schools *schools, const yjjh_facts *facts,
                                  const yjjh_profile *profile, yjjh_diag *diag)
{
    yjjh_result *res = NULL;
    yjjh__row_info *rows = NULL;
    size_t *county_of = NULL, *start = NULL, *order = NULL;
    yjjh__ksum *sums = NULL;
    double *sum_students = NULL;
    scratch sc = {NULL, NULL};
    ectx e;
    size_t n;
    yjjh_status st;

    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!schools || !profile)
        return YJJH_E_NULL_ARG;
    if ((st = yjjh__validate(&rows, schools, profile, diag)) != YJJH_OK)
        return st;
    n = yjjh_schools_row_count(schools);
    memset(&e, 0, sizeof e);
    e.t = schools;
    e.p = profile;
    e.diag = diag;
    e.rows = rows;

    if (!(res = calloc(1, sizeof *res))) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    snprintf(res->profile_name, sizeof res->profile_name, "%s", profile->name);
    res->has_rule = profile->scheme == YJJH_SCHEME_QUALITY_2017;
    if (res->has_rule)
        res->floor_pct = yjjh__p(profile, P_SCHOOL_FLOOR_RATIO) * 100.0;
    res->composite = profile->scheme == YJJH_SCHEME_BASIC_2012;
    res->n_indicators = profile->n_indicators;
    for (size_t k = 0; k < profile->n_indicators; k++)
        res->indicators[k] = profile->indicators[k];

    if (!(county_of = malloc(n * sizeof *county_of))) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    if ((st = group_counties(res, county_of, schools)) != YJJH_OK)
        goto done;
    if (yjjh__merge_mode(profile) && (st = yjjh__merges_build(&e.merges, schools, rows, n)) != YJJH_OK)
        goto done;

    sums = calloc(res->n_counties * 2 * YJJH__MAX_INDICATORS, sizeof *sums);
    sum_students = calloc(res->n_counties * 2, sizeof *sum_students);
    if (!sums || !sum_students) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    if ((st = make_parts(res, &e, county_of, sums, sum_students)) != YJJH_OK)
        goto done;
    if (e.nomem) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    if (e.data_errors) {
        st = YJJH_E_INVALID_DATA;
        goto done;
    }

    /* in-scope parts grouped by county and stage (counting sort, input order kept) */
    start = calloc(res->n_counties * 2 + 1, sizeof *start);
    order = malloc((res->n_parts ? res->n_parts : 1) * sizeof *order);
    sc.x = malloc((res->n_parts ? res->n_parts : 1) * sizeof *sc.x);
    sc.w = malloc((res->n_parts ? res->n_parts : 1) * sizeof *sc.w);
    if (!start || !order || !sc.x || !sc.w) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < res->n_parts; i++)
        if (res->parts[i].in_scope)
            start[res->parts[i].county * 2 + (size_t)yjjh__stage_index(res->parts[i].stage) + 1]++;
    for (size_t g = 0; g < res->n_counties * 2; g++)
        start[g + 1] += start[g];
    {
        size_t *fill = malloc((res->n_counties * 2 + 1) * sizeof *fill);
        if (!fill) {
            st = YJJH_E_NOMEM;
            goto done;
        }
        memcpy(fill, start, (res->n_counties * 2 + 1) * sizeof *fill);
        for (size_t i = 0; i < res->n_parts; i++)
            if (res->parts[i].in_scope)
                order[fill[res->parts[i].county * 2 + (size_t)yjjh__stage_index(res->parts[i].stage)]++] = i;
        free(fill);
    }
    for (size_t c = 0; c < res->n_counties; c++) {
        yjjh__county *cy = &res->counties[c];
        for (int s = 0; s < 2; s++) {
            size_t g = c * 2 + (size_t)s;
            st = county_stage(res, cy, s, order + start[g], start[g + 1] - start[g], &sums[g * YJJH__MAX_INDICATORS],
                              sum_students[g], profile, &sc);
            if (st != YJJH_OK)
                goto done;
        }
    }
    /* county items (G/Q/S, vetoes, eligibility) and the verdict of every county */
    if ((st = yjjh__verdicts(res, schools, rows, facts, profile)) != YJJH_OK)
        goto done;
    st = YJJH_OK;
done:
    free(rows);
    free(county_of);
    yjjh__merges_free(&e.merges);
    free(sums);
    free(sum_students);
    free(start);
    free(order);
    free(sc.x);
    free(sc.w);
    if (st == YJJH_OK)
        *out = res;
    else
        yjjh_result_free(res);
    return st;
}
