/* SPDX-License-Identifier: MIT */
/* yjjh_schools_plan(): the remediation planner (docs/plan.md). It works on a copy of the school table and adds
 * whole units to its cells, round by round, re-evaluating the copy after each round:
 *   - while some in-scope school part fails the school rule: for each such part the cheapest additions that make
 *     it meet school_min_met indicators and every floor (the indicators left unmet are those whose full fix
 *     costs most more than their floor fix);
 *   - else, for each stage × indicator whose CV is over its limit: raise the schools below a common floor level
 *     L to L, with L the lowest level that brings the CV within the limit (bisection: the CV of max(x, L) does
 *     not increase with L), rounded up to whole units and re-checked.
 * Additions only ever increase values, so a later round never undoes an earlier one; a round that raises a
 * shared facility of a 一贯制 school or the county mean may make another item fail, which the next round plans.
 * Every cell changed is the one the evaluator reads (rules/facility_split.c): the per-stage column when the row
 * gives one, else the school total, whose share of the stage is w_s·P_s / D (indicators.md §2.1). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/plan_internal.h"
#include "evaluate/evaluate_internal.h"
#include "evaluate/validate.h"
#include "rules/facility_split.h"
#include "rules/formulas.h"
#include "rules/items.h"
#include "common/array.h"
#include "common/num_text.h"
#include "common/text.h"
#include "common/util.h"

#define MAX_ROUNDS 60

typedef struct pctx {
    yjjh_plan *plan;
    yjjh_schools *t; /* the applied table */
    const yjjh_profile *p;
    const yjjh_costs *costs;
    const yjjh__row_info *rows;
    size_t round;
    size_t round_first; /* first action of this round */
    struct added_map *added;
} pctx;

/* ---- cells ----------------------------------------------------------------------------------------- */

/* Where the numerator of indicator d of a part comes from, and how much of one unit of that cell reaches the
 * part's amount. */
static void part_cell(yjjh_column *col, double *factor, const pctx *c, size_t row, yjjh_stage stage,
                      const yjjh_indicator_def *d)
{
    static const yjjh_stage stages[3] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR, YJJH_STAGE_SENIOR};
    const yjjh__row_info *ri = &c->rows[row];
    yjjh_column sc = yjjh__numerator_column(d->num, stage);
    double w[3], dsum = 0.0;
    int with_students = 0, si = yjjh__stage_index(stage);
    *col = sc;
    *factor = 1.0;
    if (!d->is_facility || !isnan(yjjh__cell(c->t, sc, row)))
        return;
    *col = yjjh__numerator_column(d->num, YJJH_STAGE_NONE);
    yjjh__stage_weights(w, c->p);
    for (int s = 0; s < 3; s++) {
        double P = yjjh__type_serves(ri->type, stages[s]) ? ri->merged[s] : 0.0;
        with_students += P > 0;
        dsum += w[s] * P;
    }
    if (with_students > 1 && dsum > 0)
        *factor = w[si] * ri->merged[si] / dsum;
}

/* Whole units of a cell that add at least `need` to an amount when one unit adds `factor` (need ≤ 0: none).
 * The 1e-9 allowance keeps floating-point noise from adding a whole unit; the next round re-checks. */
static double whole_units(double need, double factor)
{
    double x;
    if (!(need > 0) || !(factor > 0))
        return 0.0;
    x = need / factor;
    return fmax(0.0, ceil(x - 1e-9 * fmax(1.0, x)));
}

/* Units added to each (row, column) cell in the current round: an open-addressing hash, emptied every round (a
 * sibling part of the same school shares a school-total cell, so its additions count for both). */
typedef struct added_map {
    size_t *keys; /* row * 256 + column + 1; 0 = empty */
    double *vals;
    size_t cap, n;
} added_map;

static size_t cell_key(size_t row, yjjh_column col) { return row * 256u + (size_t)col + 1u; }

static size_t slot_of(const added_map *m, size_t key)
{
    size_t h = (key * (size_t)0x9E3779B97F4A7C15ull) & (m->cap - 1);
    while (m->keys[h] && m->keys[h] != key)
        h = (h + 1) & (m->cap - 1);
    return h;
}

static double added_this_round(const pctx *c, size_t row, yjjh_column col)
{
    const added_map *m = c->added;
    size_t h;
    if (!m->cap)
        return 0.0;
    h = slot_of(m, cell_key(row, col));
    return m->keys[h] ? m->vals[h] : 0.0;
}

static yjjh_status note_added(added_map *m, size_t row, yjjh_column col, double units)
{
    size_t h, key = cell_key(row, col);
    if ((m->n + 1) * 2 > m->cap) {
        size_t ncap = m->cap ? m->cap * 2 : 64;
        size_t *ok = m->keys;
        double *ov = m->vals;
        size_t ocap = m->cap;
        m->keys = calloc(ncap, sizeof *m->keys);
        m->vals = malloc(ncap * sizeof *m->vals);
        if (!m->keys || !m->vals) {
            free(m->keys);
            free(m->vals);
            m->keys = ok;
            m->vals = ov;
            return YJJH_E_NOMEM;
        }
        m->cap = ncap;
        for (size_t i = 0; i < ocap; i++)
            if (ok[i]) {
                size_t s = slot_of(m, ok[i]);
                m->keys[s] = ok[i];
                m->vals[s] = ov[i];
            }
        free(ok);
        free(ov);
    }
    h = slot_of(m, key);
    if (!m->keys[h]) {
        m->keys[h] = key;
        m->vals[h] = 0.0;
        m->n++;
    }
    m->vals[h] += units;
    return YJJH_OK;
}

static void added_clear(added_map *m)
{
    if (m->cap)
        memset(m->keys, 0, m->cap * sizeof *m->keys);
    m->n = 0;
}

static const char *unit_of(const yjjh_indicator_def *d) { return d->shortfall_unit_zh; }

static yjjh_status add_action(pctx *c, yjjh_action_kind kind, const yjjh_result *res, const yjjh__part *pt,
                              const yjjh_indicator_def *d, yjjh_column col, double now, double target, double add)
{
    yjjh_plan *pl = c->plan;
    yjjh__action *a;
    yjjh_status st;
    double v;
    /* the texts of the round's result die with it: take them from the plan's own first evaluation, whose parts
     * are the same (the same rows in the same order) */
    const yjjh__part *keep = &pl->before->parts[pt - res->parts];
    if ((st = yjjh__grow((void **)&pl->actions, &pl->cap_actions, pl->n_actions + 1, sizeof *pl->actions)) != YJJH_OK)
        return st;
    a = &pl->actions[pl->n_actions];
    memset(a, 0, sizeof *a);
    a->kind = kind;
    a->county = pt->county;
    a->row = pt->row;
    a->school_id = keep->school_id;
    a->school_name = keep->school_name;
    a->stage = pt->stage;
    a->code = d->code;
    a->column = col;
    a->field = d->numerator;
    a->unit = unit_of(d);
    a->now = now;
    a->target = target;
    a->add = add;
    a->recurring = !d->is_facility;
    a->cost = add * c->costs->price[d->num];
    a->round = c->round;
    a->message = yjjh__strprintf("%s %s %s %s: %s %s → %s, +%s %s (%s)", keep->school_id, keep->school_name,
                                 yjjh_stage_name_zh(pt->stage), d->code, d->name_zh, yjjh__num_g(now, 6).s,
                                 yjjh__num_g(target, 6).s, yjjh__num_g(add, 15).s, a->unit,
                                 kind == YJJH_ACTION_CV ? "差异系数" : "学校达标");
    if (!a->message)
        return YJJH_E_NOMEM;
    pl->n_actions++;
    /* the addition itself */
    v = yjjh__nz(yjjh__cell(c->t, col, pt->row)) + add;
    if ((st = note_added(c->added, pt->row, col, add)) != YJJH_OK)
        return st;
    return yjjh_schools_set_number(c->t, pt->row, col, v);
}

/* ---- targets --------------------------------------------------------------------------------------- */

static yjjh_status note_target(pctx *c, size_t county, yjjh_stage stage, const char *code, size_t part, size_t k,
                               const char *school_id, double before, double required)
{
    yjjh_plan *pl = c->plan;
    yjjh__target *tg;
    yjjh_status st;
    for (size_t i = 0; i < pl->n_targets; i++)
        if (pl->targets[i].county == county && pl->targets[i].stage == stage && pl->targets[i].part == part &&
            pl->targets[i].k == k)
            return YJJH_OK;
    if ((st = yjjh__grow((void **)&pl->targets, &pl->cap_targets, pl->n_targets + 1, sizeof *pl->targets)) != YJJH_OK)
        return st;
    tg = &pl->targets[pl->n_targets++];
    memset(tg, 0, sizeof *tg);
    tg->county = county;
    tg->stage = stage;
    tg->code = code;
    tg->part = part;
    tg->k = k;
    tg->school_id = school_id;
    tg->before = before;
    tg->required = required;
    tg->after = NAN;
    return YJJH_OK;
}

/* ---- school rule ----------------------------------------------------------------------------------- */

static yjjh_status plan_school(pctx *c, const yjjh_result *res, const yjjh__part *pt)
{
    size_t n = res->n_indicators;
    double P = pt->students, floor_ratio = yjjh__p(c->p, P_SCHOOL_FLOOR_RATIO);
    unsigned int min_met = (unsigned int)yjjh__p(c->p, P_SCHOOL_MIN_MET);
    double units_met[YJJH__MAX_INDICATORS], units_floor[YJJH__MAX_INDICATORS], saving[YJJH__MAX_INDICATORS];
    yjjh_column col[YJJH__MAX_INDICATORS];
    int leave[YJJH__MAX_INDICATORS] = {0};
    size_t allowed = min_met >= n ? 0 : n - min_met;

    for (size_t k = 0; k < n; k++) {
        const yjjh_indicator_def *d = res->indicators[k];
        double f, t = pt->rule.standard[k], A = yjjh__indicator_amount(d->formula, pt->rule.value[k], P);
        double price = c->costs->price[d->num];
        part_cell(&col[k], &f, c, pt->row, pt->stage, d);
        units_met[k] = pt->rule.met[k] ? 0.0 : whole_units(yjjh__indicator_amount(d->formula, t, P) - A, f);
        units_floor[k] =
            pt->rule.above_floor[k] ? 0.0 : whole_units(yjjh__indicator_amount(d->formula, floor_ratio * t, P) - A, f);
        if (units_floor[k] > units_met[k])
            units_floor[k] = units_met[k];
        /* what leaving k at its floor saves; with equal money the larger number of units */
        saving[k] = (units_met[k] - units_floor[k]) * price + (units_met[k] - units_floor[k]) * 1e-12;
    }
    /* leave unmet the `allowed` indicators with the largest saving (already-met ones save nothing) */
    for (size_t a = 0; a < allowed; a++) {
        size_t best = n;
        for (size_t k = 0; k < n; k++)
            if (!leave[k] && saving[k] > 0 && (best == n || saving[k] > saving[best]))
                best = k;
        if (best == n)
            break;
        leave[best] = 1;
    }
    for (size_t k = 0; k < n; k++) {
        const yjjh_indicator_def *d = res->indicators[k];
        double units = leave[k] ? units_floor[k] : units_met[k];
        double target = leave[k] ? floor_ratio * pt->rule.standard[k] : pt->rule.standard[k];
        yjjh_status st;
        units -= added_this_round(c, pt->row, col[k]);
        if (units > 0 && (st = add_action(c, YJJH_ACTION_SCHOOL_RULE, res, pt, d, col[k], pt->rule.value[k], target,
                                          units)) != YJJH_OK)
            return st;
    }
    return YJJH_OK;
}

/* ---- CV -------------------------------------------------------------------------------------------- */

/* CV of max(x_i, L) with weights w (NULL: unweighted); NaN when undefined. */
static double floored_cv(const double *x, const double *w, size_t m, double L, double *y)
{
    double cv;
    for (size_t i = 0; i < m; i++)
        y[i] = x[i] < L ? L : x[i];
    if (yjjh_stats_cv(&cv, y, m, w, w ? m : 0) != YJJH_OK)
        return NAN;
    return cv;
}

static yjjh_status plan_cv(pctx *c, const yjjh_result *res, size_t county, int si, size_t k, const size_t *idx,
                           size_t m, double cv_max)
{
    const yjjh_indicator_def *d = res->indicators[k];
    yjjh_stage stage = si == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR;
    int weighted = (int)yjjh__p(c->p, P_CV_WEIGHTING) == YJJH_CVW_STUDENTS;
    double *x = malloc(m * sizeof *x), *w = malloc(m * sizeof *w), *y = malloc(m * sizeof *y);
    double *f = malloc(m * sizeof *f), *units = malloc(m * sizeof *units);
    yjjh_column *col = malloc(m * sizeof *col);
    double lo, hi, L, xmax = 0.0;
    yjjh_status st = YJJH_OK;
    const yjjh__stage_result *sr = &res->counties[county].stage[si];

    if (!x || !w || !y || !f || !units || !col) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    lo = INFINITY;
    for (size_t j = 0; j < m; j++) {
        const yjjh__part *pt = &res->parts[idx[j]];
        x[j] = pt->rule.value[k];
        w[j] = pt->students;
        lo = fmin(lo, x[j]);
        xmax = fmax(xmax, x[j]);
        part_cell(&col[j], &f[j], c, pt->row, pt->stage, d);
    }
    if (!sr->ind[k].cv_defined || !(xmax > 0)) {
        L = yjjh__indicator_min(c->p, k, stage); /* nothing anywhere: every school to the standard */
        if (!(L > 0))
            L = 1.0;
    } else {
        /* the lowest L with cv(max(x, L)) <= cv_max: cv(lo) > cv_max, cv(xmax) = 0 */
        hi = xmax;
        for (int it = 0; it < 200 && hi - lo > 1e-15 * hi; it++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi)
                break;
            /* the exact level (no tolerance); the whole-unit plan below is checked with the tolerance */
            if (floored_cv(x, weighted ? w : NULL, m, mid, y) <= cv_max)
                hi = mid;
            else
                lo = mid;
        }
        L = hi;
    }
    /* whole units, re-checked: step L up towards xmax until the rounded plan is within the limit */
    for (int attempt = 0;; attempt++) {
        for (size_t j = 0; j < m; j++) {
            double need = yjjh__indicator_amount(d->formula, L - x[j], w[j]);
            units[j] = x[j] < L ? whole_units(need, f[j]) : 0.0;
            y[j] = x[j] + yjjh__indicator_value(d->formula, units[j] * f[j], w[j]);
        }
        {
            double cv;
            if (yjjh_stats_cv(&cv, y, m, weighted ? w : NULL, weighted ? m : 0) == YJJH_OK &&
                yjjh_standard_within_max(cv, cv_max))
                break;
        }
        if (attempt >= 40 || L >= xmax) {
            if (L >= xmax)
                break;
            L = xmax;
            continue;
        }
        L += (xmax - L) * ldexp(1.0, attempt - 40);
    }
    for (size_t j = 0; j < m && st == YJJH_OK; j++) {
        double u = units[j] - added_this_round(c, res->parts[idx[j]].row, col[j]);
        if (u > 0)
            st = add_action(c, YJJH_ACTION_CV, res, &res->parts[idx[j]], d, col[j], x[j], L, u);
    }
done:
    free(x);
    free(w);
    free(y);
    free(f);
    free(units);
    free(col);
    return st;
}

/* ---- rounds ---------------------------------------------------------------------------------------- */

static yjjh_status one_round(pctx *c, const yjjh_result *res, int *did)
{
    /* in-scope parts grouped by county and stage, input order kept (counting sort) */
    size_t ng = res->n_counties * 2;
    size_t *idx = malloc((res->n_parts ? res->n_parts : 1) * sizeof *idx);
    size_t *start = calloc(ng + 2, sizeof *start);
    yjjh_status st = YJJH_OK;
    int school_round = 0;
    *did = 0;
    if (!idx || !start) {
        free(idx);
        free(start);
        return YJJH_E_NOMEM;
    }
    for (size_t i = 0; i < res->n_parts; i++)
        if (res->parts[i].in_scope && yjjh__stage_index(res->parts[i].stage) >= 0)
            start[res->parts[i].county * 2 + (size_t)yjjh__stage_index(res->parts[i].stage) + 2]++;
    for (size_t g = 0; g < ng; g++)
        start[g + 2] += start[g + 1];
    for (size_t i = 0; i < res->n_parts; i++)
        if (res->parts[i].in_scope && yjjh__stage_index(res->parts[i].stage) >= 0)
            idx[start[res->parts[i].county * 2 + (size_t)yjjh__stage_index(res->parts[i].stage) + 1]++] = i;
    /* now group g is idx[start[g] .. start[g + 1]) */
    c->round_first = c->plan->n_actions;
    added_clear(c->added);
    for (size_t i = 0; i < res->n_parts && st == YJJH_OK; i++) {
        const yjjh__part *pt = &res->parts[i];
        if (!pt->in_scope || pt->rule.n_indicators == 0 || pt->rule.passed)
            continue;
        school_round = 1;
        st = note_target(c, pt->county, pt->stage, "school_rule", i, 0, c->plan->before->parts[i].school_id,
                         (double)pt->rule.met_count, yjjh__p(c->p, P_SCHOOL_MIN_MET));
        if (st == YJJH_OK)
            st = plan_school(c, res, pt);
    }
    for (size_t cy = 0; cy < res->n_counties && st == YJJH_OK; cy++) {
        for (int si = 0; si < 2 && st == YJJH_OK; si++) {
            const yjjh__stage_result *sr = &res->counties[cy].stage[si];
            size_t m;
            if (!sr->present)
                continue;
            m = start[cy * 2 + (size_t)si + 1] - start[cy * 2 + (size_t)si];
            for (size_t k = 0; k < res->n_indicators && st == YJJH_OK; k++) {
                if (sr->ind[k].cv_met)
                    continue;
                st = note_target(c, cy, si == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR, res->indicators[k]->code,
                                 (size_t)-1, k, "", sr->ind[k].cv, sr->ind[k].cv_max);
                if (st == YJJH_OK && !school_round)
                    st = plan_cv(c, res, cy, si, k, idx + start[cy * 2 + (size_t)si], m, sr->ind[k].cv_max);
            }
        }
    }
    free(idx);
    free(start);
    *did = c->plan->n_actions > c->round_first;
    return st;
}

/* ---- county items (actions without cost) ----------------------------------------------------------- */

static yjjh_status county_actions(yjjh_plan *pl, const yjjh_result *res)
{
    yjjh_status st;
    for (size_t cy = 0; cy < res->n_counties; cy++) {
        const yjjh__item_list *il = &res->counties[cy].items;
        for (size_t j = 0; j < il->n; j++) {
            const yjjh__item *it = &il->items[j];
            yjjh__action *a;
            if (it->status == YJJH_ITEM_MET)
                continue;
            if ((st = yjjh__grow((void **)&pl->actions, &pl->cap_actions, pl->n_actions + 1, sizeof *pl->actions)) !=
                YJJH_OK)
                return st;
            a = &pl->actions[pl->n_actions];
            memset(a, 0, sizeof *a);
            a->kind = YJJH_ACTION_COUNTY_ITEM;
            a->county = cy;
            a->school_id = a->school_name = a->field = a->unit = "";
            a->stage = YJJH_STAGE_NONE;
            a->code = it->code;
            a->now = it->value;
            a->target = it->required;
            a->cost = NAN;
            a->message = yjjh__strprintf("%s: %s",
                                         it->status == YJJH_ITEM_NOT_MET ? "整改 (not met)" : "补充材料 (not assessed)",
                                         it->message ? it->message : "");
            if (!a->message)
                return YJJH_E_NOMEM;
            pl->n_actions++;
        }
    }
    return YJJH_OK;
}

/* ---- the table copy -------------------------------------------------------------------------------- */

static yjjh_status copy_table(yjjh_schools **out, const yjjh_schools *t)
{
    size_t n = yjjh_schools_row_count(t), nc = yjjh_column_count();
    yjjh_schools *c = NULL;
    yjjh_status st = yjjh_schools_new(&c, n);
    for (size_t i = 0; i < nc && st == YJJH_OK; i++) {
        yjjh_column col;
        if ((st = yjjh_column_get(&col, i)) != YJJH_OK || !yjjh_schools_has_column(t, col))
            continue;
        if (yjjh_column_is_text(col))
            st = yjjh_schools_set_texts(c, col, yjjh__schools_texts(t, col), n);
        else
            st = yjjh_schools_set_numbers(c, col, yjjh__schools_numbers(t, col), n);
    }
    if (st != YJJH_OK) {
        yjjh_schools_free(c);
        c = NULL;
    }
    *out = c;
    return st;
}

yjjh_status yjjh_plan_schools(yjjh_schools **out, const yjjh_plan *plan)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!plan)
        return YJJH_E_NULL_ARG;
    return copy_table(out, plan->applied);
}

/* ---- the plan -------------------------------------------------------------------------------------- */

void yjjh_plan_free(yjjh_plan *plan)
{
    if (!plan)
        return;
    for (size_t i = 0; i < plan->n_actions; i++)
        free(plan->actions[i].message);
    free(plan->actions);
    free(plan->targets);
    free(plan->counties);
    yjjh_result_free(plan->before);
    yjjh_result_free(plan->after);
    yjjh_schools_free(plan->applied);
    free(plan);
}

/* Actions in county order (stable: within a county in the order they were planned, county items last). */
static yjjh_status sort_actions(yjjh_plan *pl)
{
    size_t n = pl->n_actions, *start;
    yjjh__action *sorted;
    if (n < 2)
        return YJJH_OK;
    start = calloc(pl->n_counties + 1, sizeof *start);
    sorted = malloc(n * sizeof *sorted);
    if (!start || !sorted) {
        free(start);
        free(sorted);
        return YJJH_E_NOMEM;
    }
    for (size_t i = 0; i < n; i++)
        start[pl->actions[i].county + 1]++;
    for (size_t c = 0; c < pl->n_counties; c++)
        start[c + 1] += start[c];
    for (size_t i = 0; i < n; i++)
        sorted[start[pl->actions[i].county]++] = pl->actions[i];
    free(pl->actions);
    free(start);
    pl->actions = sorted;
    pl->cap_actions = n;
    return YJJH_OK;
}

/* Counties, targets met and costs, from the before and after results. */
static void finish(yjjh_plan *pl)
{
    const yjjh_result *b = pl->before, *a = pl->after;
    for (size_t cy = 0; cy < pl->n_counties; cy++) {
        yjjh_plan_county *pc = &pl->counties[cy];
        pc->version = YJJH_PLAN_COUNTY_VERSION;
        pc->county_code = b->counties[cy].code;
        pc->county_name = b->counties[cy].name;
        pc->verdict_before = b->counties[cy].verdict;
        pc->verdict_after = a->counties[cy].verdict;
        pc->planned = pl->planned;
        pc->cost_once = pc->cost_per_year = pl->planned ? 0.0 : NAN;
        for (int si = 0; si < 2; si++) {
            const yjjh__stage_result *sr = &b->counties[cy].stage[si];
            if (!sr->present)
                continue;
            pc->schools_in_scope += sr->schools_in_scope;
            if (b->has_rule) {
                pc->schools_failing += sr->schools_in_scope - sr->schools_passing;
                for (size_t k = 0; k < b->n_indicators; k++)
                    pc->cvs_failing += !sr->ind[k].cv_met;
            }
        }
    }
    for (size_t i = 0; i < pl->n_actions; i++) {
        const yjjh__action *ac = &pl->actions[i];
        yjjh_plan_county *pc = &pl->counties[ac->county];
        if (ac->kind == YJJH_ACTION_COUNTY_ITEM) {
            pc->n_county_actions++;
            continue;
        }
        pc->n_school_actions++;
        if (ac->recurring)
            pc->cost_per_year += ac->cost;
        else
            pc->cost_once += ac->cost;
    }
    for (size_t i = 0; i < pl->n_targets; i++) {
        yjjh__target *tg = &pl->targets[i];
        if (tg->part != (size_t)-1) {
            const yjjh__part *pt = &a->parts[tg->part];
            tg->after = (double)pt->rule.met_count;
            tg->met_after = pt->rule.passed;
        } else {
            const yjjh_indicator_result *ir = &a->counties[tg->county].stage[yjjh__stage_index(tg->stage)].ind[tg->k];
            tg->after = ir->cv;
            tg->met_after = ir->cv_met;
        }
        pl->counties[tg->county].n_targets++;
        pl->counties[tg->county].targets_met += (size_t)tg->met_after;
    }
    for (size_t cy = 0; cy < pl->n_counties; cy++) {
        yjjh_plan_county *pc = &pl->counties[cy];
        pc->cost_total = pc->cost_once + pc->cost_per_year;
    }
}

yjjh_status yjjh_schools_plan(yjjh_plan **out, const yjjh_schools *schools, const yjjh_facts *facts,
                              const yjjh_profile *profile, const yjjh_costs *costs, yjjh_diag *diag)
{
    yjjh_plan *pl;
    yjjh_costs defaults;
    yjjh__row_info *rows = NULL;
    yjjh_result *cur = NULL;
    yjjh_status st;
    pctx c;
    added_map added = {NULL, NULL, 0, 0};

    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!schools || !profile)
        return YJJH_E_NULL_ARG;
    if (!costs) {
        yjjh__costs_defaults(&defaults);
        costs = &defaults;
    }
    if (!(pl = calloc(1, sizeof *pl)))
        return YJJH_E_NOMEM;
    if ((st = yjjh_schools_evaluate(&pl->before, schools, facts, profile, diag)) != YJJH_OK)
        goto fail;
    pl->n_counties = pl->before->n_counties;
    if (!(pl->counties = calloc(pl->n_counties ? pl->n_counties : 1, sizeof *pl->counties))) {
        st = YJJH_E_NOMEM;
        goto fail;
    }
    if ((st = copy_table(&pl->applied, schools)) != YJJH_OK)
        goto fail;
    pl->planned = pl->before->has_rule;
    memset(&c, 0, sizeof c);
    c.added = &added;
    c.plan = pl;
    c.t = pl->applied;
    c.p = profile;
    c.costs = costs;
    if (pl->planned) {
        if ((st = yjjh__validate(&rows, schools, profile, NULL)) != YJJH_OK)
            goto fail;
        c.rows = rows;
        for (size_t round = 0; round < MAX_ROUNDS; round++) {
            const yjjh_result *res = cur ? cur : pl->before;
            int did = 0;
            c.round = round;
            if ((st = one_round(&c, res, &did)) != YJJH_OK)
                goto fail;
            if (!did)
                break;
            yjjh_result_free(cur);
            cur = NULL;
            if ((st = yjjh_schools_evaluate(&cur, pl->applied, facts, profile, diag)) != YJJH_OK)
                goto fail;
        }
    }
    if (!cur && (st = yjjh_schools_evaluate(&cur, pl->applied, facts, profile, diag)) != YJJH_OK)
        goto fail;
    pl->after = cur;
    cur = NULL;
    if ((st = county_actions(pl, pl->before)) != YJJH_OK || (st = sort_actions(pl)) != YJJH_OK)
        goto fail;
    finish(pl);
    free(rows);
    free(added.keys);
    free(added.vals);
    *out = pl;
    return YJJH_OK;
fail:
    free(rows);
    free(added.keys);
    free(added.vals);
    yjjh_result_free(cur);
    yjjh_plan_free(pl);
    return st;
}
