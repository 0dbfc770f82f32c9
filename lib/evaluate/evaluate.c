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
#include "common/parallel.h"
#include "common/diag_report.h"
#include "common/display.h"
#include "common/num_text.h"
#include "common/strmap.h"
#include "common/util.h"

/* ---- string pool ----------------------------------------------------------------------------------- */

/* Copy s into the pool *pool (a list of blocks, newest first); NULL on out of memory. */
static const char *pool_strdup(yjjh__pool_block **pool, const char *s)
{
    size_t len = strlen(s) + 1;
    yjjh__pool_block *b = *pool;
    if (!b || b->cap - b->used < len) {
        size_t cap = len > 65536 ? len : 65536;
        b = malloc(sizeof *b + cap);
        if (!b)
            return NULL;
        b->next = *pool;
        b->used = 0;
        b->cap = cap;
        *pool = b;
    }
    memcpy(b->data + b->used, s, len);
    b->used += len;
    return b->data + b->used - len;
}

const char *yjjh__result_strdup(yjjh_result *r, const char *s) { return pool_strdup(&r->pool, s); }

/* Free a pool's blocks. */
static void pool_free(yjjh__pool_block *b)
{
    while (b) {
        yjjh__pool_block *next = b->next;
        free(b);
        b = next;
    }
}

/* Put the blocks of pool in front of the result's pool (a chunk's strings become the result's). */
static void pool_join(yjjh_result *r, yjjh__pool_block *pool)
{
    yjjh__pool_block *last = pool;
    if (!pool)
        return;
    while (last->next)
        last = last->next;
    last->next = r->pool;
    r->pool = pool;
}

void yjjh_result_free(yjjh_result *result)
{
    if (!result)
        return;
    for (size_t c = 0; c < result->n_counties; c++) {
        yjjh__county *cy = &result->counties[c];
        for (size_t j = 0; j < cy->n_reasons; j++)
            if (!cy->reasons[j].borrowed)
                free(atomic_load_explicit(&cy->reasons[j].message, memory_order_relaxed));
        free(cy->reasons);
        yjjh__item_list_free(&cy->items);
    }
    free(result->counties);
    free(result->parts);
    pool_free(result->pool);
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
    double *x, *w; /* YJJH__MAX_INDICATORS values and one weight per part of the largest county */
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
    /* one pass over the parts: weights and every indicator's values (x holds indicator k at x[k * m]) */
    for (size_t k = 0; k < res->n_indicators; k++)
        sr->ind[k].schools_meeting = 0;
    for (size_t j = 0; j < m; j++) {
        const yjjh__part *pt = &res->parts[idx[j]];
        sc->w[j] = pt->students;
        if (res->has_rule && pt->rule.passed)
            sr->schools_passing++;
        for (size_t k = 0; k < res->n_indicators; k++) {
            sc->x[k * m + j] = pt->rule.value[k];
            if (res->has_rule && pt->rule.met[k])
                sr->ind[k].schools_meeting++;
        }
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
        if (m > 0)
            cs = yjjh_stats_cv(&cv, sc->x + k * m, m, weighted ? sc->w : NULL, m);
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

/* Work is split into chunks of whole counties (contiguous county ranges of about equal rows), so that every
 * county's sums are added in input order by one thread and the result is the same bits on any number of
 * threads. Each chunk has its own string pool and its own list of data errors; the caller joins them in order. */

/* Rows per chunk below which another thread does not pay (about 10 ms of work). */
#define ROWS_PER_CHUNK 8192

/* A school part whose indicator values are too large to compute (reported after the parts, in input order). */
typedef struct bad_part {
    size_t row;
    int s; /* stage index */
} bad_part;

typedef struct chunk_out {
    yjjh__pool_block *pool; /* the chunk's strings (school ids and names) */
    bad_part *bad;
    size_t n_bad, cap_bad;
    yjjh_status st; /* YJJH_OK or YJJH_E_NOMEM */
} chunk_out;

typedef struct job {
    yjjh_result *res;
    const ectx *e;
    const yjjh_facts *facts;
    const size_t *county_of;
    const size_t *bound; /* chunk k: counties [bound[k], bound[k + 1]) */
    yjjh__ksum *sums;    /* per county and stage: Σ amounts of every indicator */
    double *sum_students;
    const size_t *cstart, *corder; /* in-scope parts by county (county pass) */
    chunk_out *out;
} job;

/* Parts of a row (a special school has one, without a stage). */
static size_t row_parts(const yjjh__row_info *ri)
{
    if (ri->type == YJJH__T_SPECIAL)
        return 1;
    return (size_t)yjjh__type_serves(ri->type, YJJH_STAGE_PRIMARY) +
           (size_t)yjjh__type_serves(ri->type, YJJH_STAGE_JUNIOR);
}

/* The school parts of the rows of counties [c0, c1), at their places in res->parts (input order), and the county
 * sums of those counties (in input order). */
static void make_parts(job *j, size_t c0, size_t c1, chunk_out *o)
{
    yjjh_result *res = j->res;
    const ectx *e = j->e;
    const yjjh_schools *t = e->t;
    const yjjh_profile *p = e->p;
    size_t n = yjjh_schools_row_count(t), ni = res->n_indicators, next = 0;
    const char *const *ids = yjjh__schools_texts(t, YJJH_COL_SCHOOL_ID);
    const char *const *names = yjjh__schools_texts(t, YJJH_COL_SCHOOL_NAME);
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};
    yjjh__part_plan plan; /* the numerator columns and stage weights, looked up once (rules/facility_split.h) */
    yjjh__rule_plan rule_plan;

    yjjh__part_plan_init(&plan, t, p);
    yjjh__rule_plan_init(&rule_plan, p);
    for (size_t r = 0; r < n; r++) {
        const yjjh__row_info *ri = &e->rows[r];
        size_t c = j->county_of[r], first = next;
        const char *sid, *sname;
        next += row_parts(ri);
        if (c < c0 || c >= c1)
            continue;
        if (!(sid = pool_strdup(&o->pool, ids[r])) ||
            !(sname = pool_strdup(&o->pool, (names && names[r]) ? names[r] : ""))) {
            o->st = YJJH_E_NOMEM;
            return;
        }
        for (int s = 0; s < 2; s++) {
            yjjh__part *pt;
            if (ri->type == YJJH__T_SPECIAL ? s > 0 : !yjjh__type_serves(ri->type, stages[s]))
                continue;
            pt = &res->parts[first++];
            pt->row = r;
            pt->county = c;
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
                    if (yjjh__grow((void **)&o->bad, &o->cap_bad, o->n_bad + 1, sizeof *o->bad) != YJJH_OK) {
                        o->st = YJJH_E_NOMEM;
                        return;
                    }
                    o->bad[o->n_bad].row = r;
                    o->bad[o->n_bad++].s = s;
                    continue;
                }
                j->sum_students[c * 2 + (size_t)s] += P;
                for (size_t k = 0; k < ni; k++)
                    yjjh__ksum_add(&j->sums[(c * 2 + (size_t)s) * YJJH__MAX_INDICATORS + k], amounts[k]);
            }
        }
    }
}

static void parts_chunk(void *ctx, size_t begin, size_t end, size_t chunk)
{
    job *j = ctx;
    (void)end;
    (void)chunk;
    make_parts(j, j->bound[begin], j->bound[begin + 1], &j->out[begin]);
}

/* The county pass of counties [c0, c1): per stage the county values and CVs with their reasons, then the county
 * items and the verdict. */
static yjjh_status county_pass(job *j, size_t c0, size_t c1)
{
    yjjh_result *res = j->res;
    const ectx *e = j->e;
    size_t most = 0;
    scratch sc = {NULL, NULL};
    size_t *idx = NULL;
    yjjh__item_school *ibuf = NULL;
    yjjh_status st = YJJH_OK;

    for (size_t c = c0; c < c1; c++)
        if (j->cstart[c + 1] - j->cstart[c] > most)
            most = j->cstart[c + 1] - j->cstart[c];
    sc.x = malloc((most ? most : 1) * YJJH__MAX_INDICATORS * sizeof *sc.x);
    sc.w = malloc((most ? most : 1) * sizeof *sc.w);
    idx = malloc((most ? most : 1) * sizeof *idx);
    ibuf = malloc((most ? most : 1) * sizeof *ibuf);
    if (!sc.x || !sc.w || !idx || !ibuf)
        st = YJJH_E_NOMEM;
    for (size_t c = c0; c < c1 && st == YJJH_OK; c++) {
        yjjh__county *cy = &res->counties[c];
        const size_t *parts = j->corder + j->cstart[c];
        size_t np = j->cstart[c + 1] - j->cstart[c];
        for (int s = 0; s < 2 && st == YJJH_OK; s++) {
            size_t g = c * 2 + (size_t)s, m = 0;
            yjjh_stage stage = s == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR;
            for (size_t q = 0; q < np; q++) /* the county's in-scope parts of this stage, in input order */
                if (res->parts[parts[q]].stage == stage)
                    idx[m++] = parts[q];
            st = county_stage(res, cy, s, idx, m, &j->sums[g * YJJH__MAX_INDICATORS], j->sum_students[g], e->p, &sc);
        }
        if (st == YJJH_OK) /* county items (G/Q/S, vetoes, eligibility) and the verdict */
            st = yjjh__county_verdict(res, cy, e->t, e->rows, j->facts, e->p, ibuf, parts, np);
    }
    free(sc.x);
    free(sc.w);
    free(idx);
    free(ibuf);
    return st;
}

static void county_chunk(void *ctx, size_t begin, size_t end, size_t chunk)
{
    job *j = ctx;
    (void)end;
    (void)chunk;
    j->out[begin].st = county_pass(j, j->bound[begin], j->bound[begin + 1]);
}

/* Split the counties into chunks ranges of about equal rows: bound[0 … chunks]. */
static void split_counties(size_t *bound, size_t chunks, const size_t *county_of, size_t n, size_t nc, size_t *rows_of)
{
    size_t c = 0, acc = 0;
    memset(rows_of, 0, nc * sizeof *rows_of);
    for (size_t r = 0; r < n; r++)
        rows_of[county_of[r]]++;
    bound[0] = 0;
    for (size_t k = 1; k < chunks; k++) {
        size_t want = yjjh__chunk_start(n, chunks, k);
        while (c < nc && acc + rows_of[c] / 2 < want) /* whole counties, each where its middle row falls */
            acc += rows_of[c++];
        bound[k] = c;
    }
    bound[chunks] = nc;
}

static int bad_part_cmp(const void *a, const void *b)
{
    const bad_part *x = a, *y = b;
    if (x->row != y->row)
        return x->row < y->row ? -1 : 1;
    return (x->s > y->s) - (x->s < y->s);
}

yjjh_status yjjh_schools_evaluate_ex(yjjh_result **out, const yjjh_schools *schools, const yjjh_facts *facts,
                                     const yjjh_profile *profile, const yjjh_evaluate_options *options, yjjh_diag *diag)
{
    yjjh_result *res = NULL;
    yjjh__row_info *rows = NULL;
    size_t *county_of = NULL, *cstart = NULL, *corder = NULL, *rows_of = NULL;
    yjjh__ksum *sums = NULL;
    double *sum_students = NULL;
    chunk_out outs[YJJH__MAX_THREADS];
    size_t bound[YJJH__MAX_THREADS + 1];
    size_t chunks = 1, threads = 0;
    ectx e;
    job j;
    size_t n;
    yjjh_status st;

    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!schools || !profile)
        return YJJH_E_NULL_ARG;
    if (options) {
        if (options->version != YJJH_EVALUATE_OPTIONS_VERSION)
            return YJJH_E_STRUCT_VERSION;
        threads = options->threads;
    }
    memset(outs, 0, sizeof outs);
    if ((st = yjjh__validate_ex(&rows, schools, profile, diag, threads)) != YJJH_OK)
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
    rows_of = malloc((res->n_counties ? res->n_counties : 1) * sizeof *rows_of);
    if (!sums || !sum_students || !rows_of) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    for (size_t r = 0; r < n; r++)
        res->n_parts += row_parts(&rows[r]);
    if (!(res->parts = calloc(res->n_parts ? res->n_parts : 1, sizeof *res->parts))) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    chunks = yjjh__parallel_chunks(n, threads, ROWS_PER_CHUNK);
    if (chunks > res->n_counties)
        chunks = res->n_counties ? res->n_counties : 1;
    split_counties(bound, chunks, county_of, n, res->n_counties, rows_of);

    memset(&j, 0, sizeof j);
    j.res = res;
    j.e = &e;
    j.facts = facts;
    j.county_of = county_of;
    j.bound = bound;
    j.sums = sums;
    j.sum_students = sum_students;
    j.out = outs;

    /* the school parts, on the chunks; then their strings and data errors joined in order */
    yjjh__parallel_for(chunks, chunks, parts_chunk, &j);
    for (size_t k = 0; k < chunks; k++) {
        pool_join(res, outs[k].pool);
        outs[k].pool = NULL;
        if (outs[k].st != YJJH_OK)
            st = outs[k].st;
    }
    if (st != YJJH_OK)
        goto done;
    {
        size_t n_bad = 0;
        for (size_t k = 0; k < chunks; k++)
            n_bad += outs[k].n_bad;
        if (n_bad) {
            const char *const *ids = yjjh__schools_texts(schools, YJJH_COL_SCHOOL_ID);
            bad_part *all = malloc(n_bad * sizeof *all);
            size_t q = 0;
            if (!all) {
                st = YJJH_E_NOMEM;
                goto done;
            }
            for (size_t k = 0; k < chunks; k++) {
                memcpy(all + q, outs[k].bad, outs[k].n_bad * sizeof *all);
                q += outs[k].n_bad;
            }
            qsort(all, n_bad, sizeof *all, bad_part_cmp); /* input order, as one thread finds them */
            for (q = 0; q < n_bad; q++)
                data_error(&e, all[q].row, "school %s: a %s indicator value is too large to compute", ids[all[q].row],
                           yjjh_stage_name(all[q].s == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR));
            free(all);
        }
    }
    if (e.nomem) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    if (e.data_errors) {
        st = YJJH_E_INVALID_DATA;
        goto done;
    }

    /* in-scope parts grouped by county (counting sort, input order kept) */
    cstart = calloc(res->n_counties + 1, sizeof *cstart);
    corder = malloc((res->n_parts ? res->n_parts : 1) * sizeof *corder);
    if (!cstart || !corder) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < res->n_parts; i++)
        if (res->parts[i].in_scope)
            cstart[res->parts[i].county + 1]++;
    for (size_t c = 0; c < res->n_counties; c++)
        cstart[c + 1] += cstart[c];
    memcpy(rows_of, cstart, res->n_counties * sizeof *rows_of); /* now the next free place of each county */
    for (size_t i = 0; i < res->n_parts; i++)
        if (res->parts[i].in_scope)
            corder[rows_of[res->parts[i].county]++] = i;
    j.cstart = cstart;
    j.corder = corder;

    /* county values, CVs, items and verdicts, on the chunks */
    yjjh__parallel_for(chunks, chunks, county_chunk, &j);
    for (size_t k = 0; k < chunks; k++)
        if (outs[k].st != YJJH_OK)
            st = outs[k].st;
done:
    for (size_t k = 0; k < YJJH__MAX_THREADS; k++) {
        pool_free(outs[k].pool);
        free(outs[k].bad);
    }
    free(rows);
    free(county_of);
    free(rows_of);
    yjjh__merges_free(&e.merges);
    free(sums);
    free(sum_students);
    free(cstart);
    free(corder);
    if (st == YJJH_OK)
        *out = res;
    else
        yjjh_result_free(res);
    return st;
}

yjjh_status yjjh_schools_evaluate(yjjh_result **out, const yjjh_schools *schools, const yjjh_facts *facts,
                                  const yjjh_profile *profile, yjjh_diag *diag)
{
    return yjjh_schools_evaluate_ex(out, schools, facts, profile, NULL, diag);
}
