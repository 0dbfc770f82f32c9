/* yjjh_schools_evaluate(): scope, facility split, school rule, county values and CVs, verdict (indicators.md §1–4, §7).
 * Everything is O(n) in the number of rows (hash for county grouping, counting sort of parts by county). */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "evaluate/evaluate_internal.h"
#include "rules/school_rule.h"
#include "common/util.h"

#define N_NUMERATORS (YJJH_NUM_BOOKS + 1)

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
            free(cy->reasons[j].message);
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

/* What merged teaching points add to their 中心校 (merge mode only). */
typedef struct merge_add {
    double teacher[N_NUMERATORS];   /* primary teacher counts */
    double stage_fac[N_NUMERATORS]; /* added to the parent's primary_* facility */
    double total_fac[N_NUMERATORS]; /* added to the parent's school-total facility */
} merge_add;


typedef struct ectx {
    const yjjh_schools *t;
    const yjjh_profile *p;
    yjjh_diag *diag;
    const yjjh__row_info *rows;
    merge_add *adds;      /* merge records, or NULL */
    long *add_of;         /* row -> index into adds, -1 (merge mode only) */
    size_t data_errors;
    int nomem;
} ectx;


#if defined(__GNUC__)
__attribute__((format(printf, 3, 4)))
#endif
static void data_error(ectx *e, size_t row, const char *fmt, ...)
{
    char buf[512];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    e->data_errors++;
    if (e->diag && !e->nomem
        && yjjh_diag_add(e->diag, yjjh__schools_source(e->t), yjjh__schools_line(e->t, row), NULL, buf) == YJJH_E_NOMEM)
        e->nomem = 1;
}

/* Numerator of indicator d for one stage of a row (§2.1), after merging teaching points. Returns 0 on success,
 * -1 when the facility split fails (overflow). */
static int part_amount(double *out, const ectx *e, size_t row, yjjh_stage stage, const yjjh_indicator_def *d)
{
    const yjjh__row_info *ri = &e->rows[row];
    const merge_add *add = (e->add_of && e->add_of[row] >= 0) ? &e->adds[e->add_of[row]] : NULL;
    int si = yjjh__stage_index(stage);
    double sc = yjjh__cell(e->t, yjjh__numerator_column(d->num, stage), row);
    double students[3], weights[3], amounts[3], total;
    int n_with_students = 0;

    if (!d->is_facility) {
        *out = yjjh__nz(sc) + ((add && si == 0) ? add->teacher[d->num] : 0.0);
        return 0;
    }
    if (!isnan(sc)) {
        *out = sc + ((add && si == 0) ? add->stage_fac[d->num] : 0.0);
        return 0;
    }
    total = yjjh__nz(yjjh__cell(e->t, yjjh__numerator_column(d->num, YJJH_STAGE_NONE), row))
            + (add ? add->total_fac[d->num] : 0.0);
    for (int s = 0; s < 3; s++) {
        yjjh_stage st = s == 0 ? YJJH_STAGE_PRIMARY : s == 1 ? YJJH_STAGE_JUNIOR : YJJH_STAGE_SENIOR;
        students[s] = yjjh__type_serves(ri->type, st) ? ri->merged[s] : 0.0;
        n_with_students += students[s] > 0;
    }
    if (n_with_students == 1 && students[si] > 0) {   /* nothing to share: F itself, exactly */
        *out = total;
        return 0;
    }
    weights[0] = yjjh__p(e->p, P_STAGE_WEIGHT_PRIMARY);
    weights[1] = yjjh__p(e->p, P_STAGE_WEIGHT_JUNIOR);
    weights[2] = yjjh__p(e->p, P_STAGE_WEIGHT_SENIOR);
    if (yjjh_facility_split_compute(amounts, NULL, total, students, weights) != YJJH_OK)
        return -1;
    *out = amounts[si];
    return 0;
}

/* Build the merge records: what each 中心校 receives from its teaching points (reference rules of §1). */
static yjjh_status build_merges(ectx *e, size_t n)
{
    size_t n_adds = 0;
    e->add_of = malloc(n * sizeof *e->add_of);
    if (!e->add_of)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++)
        e->add_of[r] = -1;
    for (size_t r = 0; r < n; r++)
        if (e->rows[r].parent >= 0 && e->add_of[e->rows[r].parent] < 0)
            e->add_of[e->rows[r].parent] = (long)n_adds++;
    if (n_adds == 0)
        return YJJH_OK;
    e->adds = calloc(n_adds, sizeof *e->adds);
    if (!e->adds)
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++) {
        size_t pr;
        merge_add *a;
        if (e->rows[r].parent < 0)
            continue;
        pr = (size_t)e->rows[r].parent;
        a = &e->adds[e->add_of[pr]];
        for (int num = 0; num < N_NUMERATORS; num++) {
            yjjh_column pc = yjjh__numerator_column((yjjh_numerator)num, YJJH_STAGE_PRIMARY);
            yjjh_column tc = yjjh__numerator_column((yjjh_numerator)num, YJJH_STAGE_NONE);
            double v = yjjh__cell(e->t, pc, r);
            if (!tc) {
                if (!isnan(v))
                    a->teacher[num] += v;
                continue;
            }
            if (isnan(v))
                v = yjjh__cell(e->t, tc, r);
            if (isnan(v))
                continue;
            if (!isnan(yjjh__cell(e->t, pc, pr)) || isnan(yjjh__cell(e->t, tc, pr)))
                a->stage_fac[num] += v;
            else
                a->total_fac[num] += v;
        }
    }
    return YJJH_OK;
}

/* ---- counties -------------------------------------------------------------------------------------- */


/* Group rows by county_code in order of first appearance: county_of[r]. */
static yjjh_status group_counties(yjjh_result *res, size_t *county_of, const yjjh_schools *t)
{
    const char *const *codes = yjjh__schools_texts(t, YJJH_COL_COUNTY_CODE);
    const char *const *names = yjjh__schools_texts(t, YJJH_COL_COUNTY_NAME);
    size_t n = yjjh_schools_row_count(t), nslots = 16, cap = 0;
    size_t *slots;   /* county index + 1 */
    yjjh_status st = YJJH_OK;
    while (nslots < 2 * n)
        nslots *= 2;
    if (!(slots = calloc(nslots, sizeof *slots)))
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++) {
        const char *code = (codes && codes[r]) ? codes[r] : "";
        size_t i = yjjh__hash_str(code) & (nslots - 1);
        while (slots[i] && strcmp(res->counties[slots[i] - 1].code, code) != 0)
            i = (i + 1) & (nslots - 1);
        if (!slots[i]) {
            yjjh__county *cy;
            if (res->n_counties == cap) {
                size_t ncap = cap ? cap * 2 : 16;
                yjjh__county *nc = realloc(res->counties, ncap * sizeof *nc);
                if (!nc) {
                    st = YJJH_E_NOMEM;
                    break;
                }
                res->counties = nc;
                cap = ncap;
            }
            cy = &res->counties[res->n_counties];
            memset(cy, 0, sizeof *cy);
            if (!(cy->code = yjjh__result_strdup(res, code)) || !(cy->name = yjjh__result_strdup(res, ""))) {
                st = YJJH_E_NOMEM;
                break;
            }
            res->n_counties++;
            slots[i] = res->n_counties;
        }
        county_of[r] = slots[i] - 1;
        if (names && !yjjh__text_blank(names[r]) && res->counties[county_of[r]].name[0] == '\0'
            && !(res->counties[county_of[r]].name = yjjh__result_strdup(res, names[r]))) {
            st = YJJH_E_NOMEM;
            break;
        }
    }
    free(slots);
    return st;
}

/* ---- reasons and verdict --------------------------------------------------------------------------- */

#if defined(__GNUC__)
__attribute__((format(printf, 7, 8)))
#endif
static yjjh_status add_reason(yjjh__county *cy, const char *code, yjjh_stage stage, const char *school_id,
                              double value, double required, const char *fmt, ...)
{
    va_list ap;
    yjjh__reason *rs;
    int len;
    va_start(ap, fmt);
    len = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (len < 0)
        return YJJH_E_INTERNAL;
    if (cy->n_reasons == cy->cap_reasons) {
        size_t ncap = cy->cap_reasons ? cy->cap_reasons * 2 : 8;
        yjjh__reason *nr = realloc(cy->reasons, ncap * sizeof *nr);
        if (!nr)
            return YJJH_E_NOMEM;
        cy->reasons = nr;
        cy->cap_reasons = ncap;
    }
    rs = &cy->reasons[cy->n_reasons];
    if (!(rs->message = malloc((size_t)len + 1)))
        return YJJH_E_NOMEM;
    va_start(ap, fmt);
    vsnprintf(rs->message, (size_t)len + 1, fmt, ap);
    va_end(ap);
    rs->code = code;
    rs->stage = stage;
    rs->school_id = school_id;
    rs->value = value;
    rs->required = required;
    cy->n_reasons++;
    return YJJH_OK;
}

/* Format a quantity with at most 2 decimals and no trailing zeros ("250", "312.5"). */
static void fmt_amount(char *buf, size_t n, double x)
{
    char *dot;
    snprintf(buf, n, "%.2f", x);
    if ((dot = strchr(buf, '.')) != NULL) {
        char *end = buf + strlen(buf) - 1;
        while (end > dot && *end == '0')
            *end-- = '\0';
        if (end == dot)
            *end = '\0';
    }
}

/* Reason for a school part failing the school rule, e.g.
 * "学校 3505020001 (XX小学) 小学 未达标: 6/7 项达标; R4 4.000 < 4.5 (缺 250 m²)". */
static yjjh_status school_reason(yjjh__county *cy, const yjjh_result *res, const yjjh__part *pt,
                                 const yjjh_profile *p)
{
    char buf[900], amount[64];
    size_t used;
    const yjjh__rule_result *r = &pt->rule;
    double floor_pct = yjjh__p(p, P_SCHOOL_FLOOR_RATIO) * 100.0;
    used = (size_t)snprintf(buf, sizeof buf, "%u/%zu 项达标", r->met_count, r->n_indicators);
    for (size_t k = 0; k < r->n_indicators && used < sizeof buf; k++) {
        char floor_note[48] = "";
        if (r->met[k])
            continue;
        fmt_amount(amount, sizeof amount, r->shortfall[k]);
        if (!r->above_floor[k])
            snprintf(floor_note, sizeof floor_note, ", 低于标准的 %g%%", floor_pct);
        used += (size_t)snprintf(buf + used, sizeof buf - used, "; %s %.3f < %g (缺 %s %s%s)",
                                 res->indicators[k]->code, r->value[k], r->standard[k], amount,
                                 res->indicators[k]->shortfall_unit_zh, floor_note);
    }
    if (pt->school_name[0])
        return add_reason(cy, "school_rule", pt->stage, pt->school_id, (double)r->met_count,
                          yjjh__p(p, P_SCHOOL_MIN_MET), "学校 %s (%s) %s 未达标: %s", pt->school_id,
                          pt->school_name, yjjh_stage_name_zh(pt->stage), buf);
    return add_reason(cy, "school_rule", pt->stage, pt->school_id, (double)r->met_count,
                      yjjh__p(p, P_SCHOOL_MIN_MET), "学校 %s %s 未达标: %s", pt->school_id,
                      yjjh_stage_name_zh(pt->stage), buf);
}

/*
 * The county verdict (indicators.md §7) from what has been assessed.
 *
 * Now: only the resource part is assessed (every in-scope school part passes the school rule, every CV is within
 * its maximum — their failures are the county's reasons so far). Any reason → fail; otherwise incomplete, because
 * the government-assurance, quality and social-recognition items, the vetoes and the eligibility conditions are
 * not assessed yet.
 *
 * Extension point for the county items (G/Q/S, vetoes, eligibility): fill cy->items (yjjh__items_evaluate()),
 * add a reason per item not met, and combine with yjjh__items_outcome(): fail if anything failed, pass when
 * everything is met and assessed, else incomplete.
 */
/* County items (indicators.md §5–7) and the verdict. The resource reasons (school rule, CVs) are already in
 * cy->reasons. The G/Q/S items, vetoes and eligibility are evaluated over the county's in-scope schools; every
 * item that is not met becomes a reason. Verdict: fail when there is any reason; else incomplete when some
 * item lacks its input (then the not-assessed items are the reasons); else pass. */
static yjjh_status county_items_and_verdict(const yjjh_result *res, yjjh__county *cy, const yjjh_schools *t,
                                            const yjjh__row_info *rows, const yjjh_facts *facts,
                                            const yjjh_profile *p, yjjh__item_school *buf, const size_t *parts,
                                            size_t n_parts)
{
    size_t m = 0;
    int outcome;
    yjjh_status st;
    /* schools with at least one in-scope part, in input order (parts of one school are adjacent) */
    for (size_t q = 0; q < n_parts; q++) {
        const yjjh__part *pt = &res->parts[parts[q]];
        const yjjh__row_info *ri;
        if (!pt->in_scope || (m > 0 && buf[m - 1].row == pt->row))
            continue;
        ri = &rows[pt->row];
        buf[m].row = pt->row;
        buf[m].size_class = (ri->type == YJJH__T_NINE_YEAR || ri->type == YJJH__T_TWELVE_YEAR) ? YJJH__SIZE_COMBINED
                            : (ri->type == YJJH__T_JUNIOR || ri->type == YJJH__T_COMPLETE_SECONDARY) ? YJJH__SIZE_JUNIOR
                                                                                                  : YJJH__SIZE_PRIMARY;
        m++;
    }
    if ((st = yjjh__items_evaluate(&cy->items, p, facts, cy->code, t, buf, m)) != YJJH_OK)
        return st;
    outcome = yjjh__items_outcome(&cy->items);
    if (outcome == 1 || (cy->n_reasons > 0)) {
        for (size_t i = 0; i < cy->items.n; i++) {
            const yjjh__item *it = &cy->items.items[i];
            if (it->status == YJJH_ITEM_NOT_MET
                && (st = add_reason(cy, it->code, YJJH_STAGE_NONE, "", it->value, it->required, "%s", it->message))
                       != YJJH_OK)
                return st;
        }
        cy->verdict = YJJH_VERDICT_FAIL;
    } else if (outcome == 2) {
        for (size_t i = 0; i < cy->items.n; i++) {
            const yjjh__item *it = &cy->items.items[i];
            if (it->status == YJJH_ITEM_NOT_ASSESSED
                && (st = add_reason(cy, it->code, YJJH_STAGE_NONE, "", NAN, NAN, "%s", it->message)) != YJJH_OK)
                return st;
        }
        cy->verdict = YJJH_VERDICT_INCOMPLETE;
    } else {
        cy->verdict = YJJH_VERDICT_PASS;
    }
    return YJJH_OK;
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
        return YJJH_OK;   /* no in-scope students in this stage: nothing to assess */
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
        ir->county_value = d->formula == YJJH_FORMULA_PER_100_STUDENTS ? total * 100.0 / sum_students
                                                                       : total / sum_students;
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
            if (ir->cv_defined)
                st = add_reason(cy, d->code, stage, "", cv, cv_max, "%s %s 差异系数 %.3f > %.2f", d->code,
                                d->name_zh, cv, cv_max);
            else
                st = add_reason(cy, d->code, stage, "", NAN, cv_max, "%s %s 差异系数 undefined (%s)", d->code,
                                d->name_zh,
                                cs == YJJH_E_ZERO_MEAN ? "county total is zero" : yjjh_strerror(cs));
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
            if (sr->composite_defined)
                st = add_reason(cy, "composite_cv", stage, "", sr->composite_cv, cmax, "%s综合差异系数 %.3f > %.2f",
                                yjjh_stage_name_zh(stage), sr->composite_cv, cmax);
            else
                st = add_reason(cy, "composite_cv", stage, "", NAN, cmax,
                                "%s综合差异系数 undefined (county total is zero)", yjjh_stage_name_zh(stage));
            if (st != YJJH_OK)
                return st;
        }
    }
    /* failing school parts, in input order */
    if (res->has_rule) {
        for (size_t j = 0; j < m; j++) {
            const yjjh__part *pt = &res->parts[idx[j]];
            if (!pt->rule.passed && (st = school_reason(cy, res, pt, p)) != YJJH_OK)
                return st;
        }
    }
    return YJJH_OK;
}

/* ---- the evaluation -------------------------------------------------------------------------------- */

static yjjh_status make_parts(yjjh_result *res, ectx *e, const size_t *county_of, yjjh__ksum *sums, double *sum_students)
{
    const yjjh_schools *t = e->t;
    const yjjh_profile *p = e->p;
    size_t n = yjjh_schools_row_count(t), np = 0, ni = res->n_indicators;
    const char *const *ids = yjjh__schools_texts(t, YJJH_COL_SCHOOL_ID);
    const char *const *names = yjjh__schools_texts(t, YJJH_COL_SCHOOL_NAME);
    static const yjjh_stage stages[2] = {YJJH_STAGE_PRIMARY, YJJH_STAGE_JUNIOR};

    for (size_t r = 0; r < n; r++) {
        if (e->rows[r].type == YJJH__T_SPECIAL)
            np++;
        else
            np += (size_t)yjjh__type_serves(e->rows[r].type, YJJH_STAGE_PRIMARY)
                  + (size_t)yjjh__type_serves(e->rows[r].type, YJJH_STAGE_JUNIOR);
    }
    if (!(res->parts = calloc(np ? np : 1, sizeof *res->parts)))
        return YJJH_E_NOMEM;
    for (size_t r = 0; r < n; r++) {
        const yjjh__row_info *ri = &e->rows[r];
        const char *sid, *sname;
        if (!(sid = yjjh__result_strdup(res, ids[r]))
            || !(sname = yjjh__result_strdup(res, (names && names[r]) ? names[r] : "")))
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
                for (size_t k = 0; k < ni; k++)
                    if (part_amount(&amounts[k], e, r, pt->stage, res->indicators[k]) != 0 || !isfinite(amounts[k]))
                        bad = 1;
                if (!bad) {
                    if (res->has_rule) {
                        yjjh__school_rule_apply(&pt->rule, p, pt->stage, P, amounts);
                    } else {
                        pt->rule.n_indicators = ni;
                        for (size_t k = 0; k < ni; k++) {
                            pt->rule.value[k] = res->indicators[k]->formula == YJJH_FORMULA_PER_100_STUDENTS
                                                    ? amounts[k] * 100.0 / P
                                                    : amounts[k] / P;
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
    if (yjjh__merge_mode(profile) && (st = build_merges(&e, n)) != YJJH_OK)
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
            st = county_stage(res, cy, s, order + start[g], start[g + 1] - start[g],
                              &sums[g * YJJH__MAX_INDICATORS], sum_students[g], profile, &sc);
            if (st != YJJH_OK)
                goto done;
        }
    }
    /* county items and verdicts: in-scope parts by county, input order kept (counting sort) */
    {
        size_t *cstart = calloc(res->n_counties + 1, sizeof *cstart);
        yjjh__item_school *ibuf = malloc((res->n_parts ? res->n_parts : 1) * sizeof *ibuf);
        if (!cstart || !ibuf) {
            free(cstart);
            free(ibuf);
            st = YJJH_E_NOMEM;
            goto done;
        }
        for (size_t i = 0; i < res->n_parts; i++)
            if (res->parts[i].in_scope)
                cstart[res->parts[i].county + 1]++;
        for (size_t c = 0; c < res->n_counties; c++)
            cstart[c + 1] += cstart[c];
        for (size_t i = 0, *fill = order; i < res->n_parts; i++) /* reuse `order`: same size */
            if (res->parts[i].in_scope)
                fill[cstart[res->parts[i].county]++] = i;
        for (size_t c = res->n_counties; c > 0; c--) /* cstart[c] now holds the end of county c: shift back */
            cstart[c] = cstart[c - 1];
        cstart[0] = 0;
        for (size_t c = 0; c < res->n_counties && st == YJJH_OK; c++)
            st = county_items_and_verdict(res, &res->counties[c], schools, rows, facts, profile, ibuf,
                                          order + cstart[c], cstart[c + 1] - cstart[c]);
        free(cstart);
        free(ibuf);
        if (st != YJJH_OK)
            goto done;
    }
    st = YJJH_OK;
done:
    free(rows);
    free(county_of);
    free(e.add_of);
    free(e.adds);
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
