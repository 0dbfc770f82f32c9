/* County items of indicators.md §5–7: G1–G15, Q1–Q9, S1, vetoes and eligibility.
 * Items computable from school rows (G3, G4, G5, and G12 / Q4 when their columns are present) are computed
 * over the county's in-scope schools; the others come from county facts. A missing fact makes its item
 * not assessed, never met. */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules/items.h"
#include "input/schools_internal.h"
#include "common/util.h"

#define MAX_LISTED_SCHOOLS 10

/* ---- a small growable string ---- */
typedef struct sbuf {
    char *s;
    size_t n, cap;
    int oom;
} sbuf;

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static void sb_printf(sbuf *b, const char *fmt, ...)
{
    va_list ap;
    int need;
    if (b->oom)
        return;
    va_start(ap, fmt);
    need = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (need < 0) {
        b->oom = 1;
        return;
    }
    if (b->n + (size_t)need + 1 > b->cap) {
        size_t cap = (b->n + (size_t)need + 1) * 2;
        char *ns = realloc(b->s, cap);
        if (!ns) {
            b->oom = 1;
            return;
        }
        b->s = ns;
        b->cap = cap;
    }
    va_start(ap, fmt);
    vsnprintf(b->s + b->n, b->cap - b->n, fmt, ap);
    va_end(ap);
    b->n += (size_t)need;
}

/* ---- evaluation context ---- */
typedef struct ctx {
    const yjjh_profile *p;
    const yjjh_facts *facts;
    const char *county;
    const yjjh_schools *t;
    const yjjh__item_school *schools;
    size_t n_schools;
    yjjh__item_list *out;
    size_t cap;
    int oom;
} ctx;

static int fact(const ctx *c, const char *key, double *v)
{
    return c->facts && yjjh_facts_get(v, c->facts, c->county, key) == YJJH_OK && !isnan(*v);
}

static double num(const ctx *c, size_t row, yjjh_column col) { return yjjh__cell(c->t, col, row); }

static const char *school_label(const ctx *c, size_t row)
{
    const char *s = NULL;
    if (yjjh_schools_get_text(&s, c->t, row, YJJH_COL_SCHOOL_NAME) == YJJH_OK && s && *s)
        return s;
    if (yjjh_schools_get_text(&s, c->t, row, YJJH_COL_SCHOOL_ID) == YJJH_OK && s)
        return s;
    return "?";
}

/* Append an item; takes ownership of msg (a malloc'ed string or NULL for ""). */
static void add(ctx *c, const char *code, yjjh_item_status st, double value, double required, char *msg, int veto)
{
    yjjh__item *it;
    if (c->oom) {
        free(msg);
        return;
    }
    if (!msg) {
        msg = calloc(1, 1);
        if (!msg) {
            c->oom = 1;
            return;
        }
    }
    if (c->out->n == c->cap) {
        size_t ncap = c->cap ? c->cap * 2 : 48;
        yjjh__item *ni = realloc(c->out->items, ncap * sizeof *ni);
        if (!ni) {
            free(msg);
            c->oom = 1;
            return;
        }
        c->out->items = ni;
        c->cap = ncap;
    }
    it = &c->out->items[c->out->n++];
    it->code = code;
    it->status = st;
    it->value = value;
    it->required = required;
    it->message = msg;
    it->is_veto = veto;
}

#if defined(__GNUC__)
__attribute__((format(printf, 1, 2)))
#endif
static char *fmt(const char *f, ...)
{
    va_list ap;
    char *s;
    int n;
    va_start(ap, f);
    n = vsnprintf(NULL, 0, f, ap);
    va_end(ap);
    if (n < 0)
        return NULL;
    s = malloc((size_t)n + 1);
    if (!s)
        return NULL;
    va_start(ap, f);
    vsnprintf(s, (size_t)n + 1, f, ap);
    va_end(ap);
    return s;
}

static void not_assessed(ctx *c, const char *code, const char *name, const char *missing)
{
    char *m = fmt("%s %s: 未提供 %s (%s), 未评估", code, name, missing, yjjh_fact_key_name_zh(missing));
    if (!m)
        c->oom = 1;
    add(c, code, YJJH_ITEM_NOT_ASSESSED, NAN, NAN, m, 0);
}

/* Boolean fact: met when true. */
static void item_bool(ctx *c, const char *code, const char *name, const char *key)
{
    double v;
    if (!fact(c, key, &v)) {
        not_assessed(c, code, name, key);
    } else if (v != 0) {
        add(c, code, YJJH_ITEM_MET, 1, 1, NULL, 0);
    } else {
        char *m = fmt("%s %s: 否", code, name);
        if (!m)
            c->oom = 1;
        add(c, code, YJJH_ITEM_NOT_MET, 0, 1, m, 0);
    }
}

/* Numeric fact against a minimum. */
static void item_min(ctx *c, const char *code, const char *name, const char *key, double required, int veto)
{
    double v;
    if (!fact(c, key, &v)) {
        not_assessed(c, code, name, key);
        if (!c->oom && c->out->n > 0) /* S1 stays a veto item even when not assessed */
            c->out->items[c->out->n - 1].is_veto = veto;
    } else if (yjjh_standard_meets_min(v, required)) {
        add(c, code, YJJH_ITEM_MET, v, required, NULL, veto);
    } else {
        char *m = fmt("%s %s %g < %g", code, name, v, required);
        if (!m)
            c->oom = 1;
        add(c, code, YJJH_ITEM_NOT_MET, v, required, m, veto);
    }
}

/* Two facts that must both hold (G11, G15, Q9): each a minimum, or for `strict_max` a strict upper bound. */
typedef struct cond {
    const char *key;
    double required;
    int kind; /* 0 minimum, 1 strict maximum (value < required), 2 boolean true */
} cond;

static void item_all(ctx *c, const char *code, const char *name, const cond *conds, size_t n)
{
    sbuf b = {0};
    double first_v = NAN, first_r = NAN;
    int missing = 0, failed = 0;
    for (size_t i = 0; i < n; i++) {
        double v;
        int ok;
        if (!fact(c, conds[i].key, &v)) {
            if (!missing && !failed)
                sb_printf(&b, "%s %s: 未提供 %s (%s), 未评估", code, name, conds[i].key,
                          yjjh_fact_key_name_zh(conds[i].key));
            missing = 1;
            continue;
        }
        ok = conds[i].kind == 0 ? yjjh_standard_meets_min(v, conds[i].required)
           : conds[i].kind == 1 ? v < conds[i].required
                                : v != 0;
        if (!ok) {
            if (!failed) {
                b.n = 0;
                sb_printf(&b, "%s %s:", code, name);
                first_v = v;
                first_r = conds[i].required;
            }
            failed = 1;
            if (conds[i].kind == 2)
                sb_printf(&b, " %s (%s) 否;", conds[i].key, yjjh_fact_key_name_zh(conds[i].key));
            else
                sb_printf(&b, " %s (%s) %g %s %g;", conds[i].key, yjjh_fact_key_name_zh(conds[i].key), v,
                          conds[i].kind == 0 ? "<" : "≥", conds[i].required);
        } else if (isnan(first_v)) {
            first_v = v;
            first_r = conds[i].required;
        }
    }
    if (b.oom) {
        free(b.s);
        c->oom = 1;
        return;
    }
    if (failed) {
        if (b.n && b.s[b.n - 1] == ';')
            b.s[--b.n] = '\0';
        add(c, code, YJJH_ITEM_NOT_MET, first_v, first_r, b.s, 0);
    } else if (missing) {
        add(c, code, YJJH_ITEM_NOT_ASSESSED, NAN, NAN, b.s, 0);
    } else {
        free(b.s);
        add(c, code, YJJH_ITEM_MET, first_v, first_r, NULL, 0);
    }
}

/* ---- items from school rows ---- */

/* Per-school check helper: collects offending schools into a message. */
typedef struct school_check {
    sbuf msg;
    size_t failing, missing, checked;
    double worst_value, worst_required, worst_ratio;
} school_check;

static void check_fail(school_check *k, const ctx *c, size_t row, const char *what)
{
    if (k->failing < MAX_LISTED_SCHOOLS)
        sb_printf(&k->msg, "%s%s %s", k->failing ? "; " : " ", school_label(c, row), what);
    else if (k->failing == MAX_LISTED_SCHOOLS)
        sb_printf(&k->msg, " 等");
    k->failing++;
}

static void finish_check(ctx *c, const char *code, const char *name, school_check *k, const char *needs)
{
    char *m = NULL;
    if (k->msg.oom) {
        free(k->msg.s);
        c->oom = 1;
        return;
    }
    if (k->failing) {
        m = fmt("%s %s: %zu 所学校未达标:%s", code, name, k->failing, k->msg.s ? k->msg.s : "");
        if (!m)
            c->oom = 1;
        add(c, code, YJJH_ITEM_NOT_MET, k->worst_value, k->worst_required, m, 0);
    } else if (k->missing || k->checked == 0) {
        m = k->checked == 0 && !k->missing ? fmt("%s %s: 无在评学校数据 (%s), 未评估", code, name, needs)
                                           : fmt("%s %s: %zu 所学校缺少 %s, 未评估", code, name, k->missing, needs);
        if (!m)
            c->oom = 1;
        add(c, code, YJJH_ITEM_NOT_ASSESSED, NAN, NAN, m, 0);
    } else {
        add(c, code, YJJH_ITEM_MET, k->worst_value, k->worst_required, NULL, 0);
    }
    free(k->msg.s);
}

static void note_worst(school_check *k, double value, double required, double ratio)
{
    if (isnan(k->worst_ratio) || ratio > k->worst_ratio) {
        k->worst_ratio = ratio;
        k->worst_value = value;
        k->worst_required = required;
    }
}


/* G3: music and art rooms per 12 classes, smallest music room ≥ 96 m², art room ≥ 90 m². */
static void item_g3(ctx *c)
{
    school_check k = {{0}, 0, 0, 0, NAN, NAN, NAN};
    const double per = yjjh__p(c->p, P_CLASSES_PER_SPECIAL_ROOM);
    const double music_area = yjjh__p(c->p, P_MUSIC_ROOM_MIN_AREA), art_area = yjjh__p(c->p, P_ART_ROOM_MIN_AREA);
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double pc = num(c, row, YJJH_COL_PRIMARY_CLASSES), jc = num(c, row, YJJH_COL_JUNIOR_CLASSES);
        double mr = num(c, row, YJJH_COL_MUSIC_ROOMS), ar = num(c, row, YJJH_COL_ART_ROOMS);
        double ma = num(c, row, YJJH_COL_MUSIC_ROOM_MIN_AREA), aa = num(c, row, YJJH_COL_ART_ROOM_MIN_AREA);
        double classes, need;
        char what[256];
        int bad = 0;
        size_t w = 0;
        /* a school with rooms but no smallest-room area cannot be checked against 96 / 90 m² */
        if ((isnan(pc) && isnan(jc)) || isnan(mr) || isnan(ar) || (mr > 0 && isnan(ma)) || (ar > 0 && isnan(aa))) {
            k.missing++;
            continue;
        }
        k.checked++;
        classes = yjjh__nz(pc) + yjjh__nz(jc);
        need = ceil(classes / per - YJJH_TOLERANCE * (classes / per)); /* 12 classes → 1, 13 → 2 */
        what[0] = '\0';
        if (mr < need) {
            w += (size_t)snprintf(what + w, sizeof what - w, "%g 班需音乐教室 %g 间, 有 %g 间", classes, need, mr);
            bad = 1;
        }
        if (ar < need && w < sizeof what) {
            w += (size_t)snprintf(what + w, sizeof what - w, "%s%g 班需美术教室 %g 间, 有 %g 间", bad ? ", " : "",
                                  classes, need, ar);
            bad = 1;
        }
        if (mr > 0 && !isnan(ma) && !yjjh_standard_meets_min(ma, music_area) && w < sizeof what) {
            w += (size_t)snprintf(what + w, sizeof what - w, "%s最小音乐教室 %g m² < %g m²", bad ? ", " : "", ma,
                                  music_area);
            bad = 1;
        }
        if (ar > 0 && !isnan(aa) && !yjjh_standard_meets_min(aa, art_area) && w < sizeof what) {
            snprintf(what + w, sizeof what - w, "%s最小美术教室 %g m² < %g m²", bad ? ", " : "", aa, art_area);
            bad = 1;
        }
        note_worst(&k, fmin(mr, ar), need, need > 0 ? need / fmax(fmin(mr, ar), 1e-300) : 0);
        if (bad)
            check_fail(&k, c, row, what);
    }
    finish_check(c, "G3", yjjh__item_name_zh("G3"), &k, "班数、音乐/美术专用教室数");
}

/* G4: school size. */
static void item_g4(ctx *c)
{
    school_check k = {{0}, 0, 0, 0, NAN, NAN, NAN};
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double ps = num(c, row, YJJH_COL_PRIMARY_STUDENTS), js = num(c, row, YJJH_COL_JUNIOR_STUDENTS);
        double size, limit;
        char what[160];
        switch (c->schools[i].size_class) {
        case YJJH__SIZE_PRIMARY: size = yjjh__nz(ps); limit = yjjh__p(c->p, P_MAX_SCHOOL_SIZE_PRIMARY); break;
        case YJJH__SIZE_JUNIOR: size = yjjh__nz(js); limit = yjjh__p(c->p, P_MAX_SCHOOL_SIZE_JUNIOR); break;
        default: size = yjjh__nz(ps) + yjjh__nz(js); limit = yjjh__p(c->p, P_MAX_SCHOOL_SIZE_NINE_YEAR); break;
        }
        k.checked++;
        note_worst(&k, size, limit, size / limit);
        if (!yjjh_standard_within_max(size, limit)) {
            if (k.failing < MAX_LISTED_SCHOOLS)
                snprintf(what, sizeof what, "%g 人 > %g 人", size, limit);
            check_fail(&k, c, row, what);
        }
    }
    finish_check(c, "G4", yjjh__item_name_zh("G4"), &k, "在校生数");
}

/* G5: largest class ≤ 45 (primary) / 50 (junior). */
static void item_g5(ctx *c)
{
    school_check k = {{0}, 0, 0, 0, NAN, NAN, NAN};
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        static const struct { yjjh_column students, max; yjjh_param_id limit; const char *zh; } st[2] = {
            {YJJH_COL_PRIMARY_STUDENTS, YJJH_COL_PRIMARY_MAX_CLASS_SIZE, P_MAX_CLASS_SIZE_PRIMARY, "小学"},
            {YJJH_COL_JUNIOR_STUDENTS, YJJH_COL_JUNIOR_MAX_CLASS_SIZE, P_MAX_CLASS_SIZE_JUNIOR, "初中"},
        };
        int counted = 0, missing = 0;
        char what[200];
        size_t w = 0;
        what[0] = '\0';
        for (int s = 0; s < 2; s++) {
            double students = num(c, row, st[s].students), mx = num(c, row, st[s].max);
            double limit = yjjh__p(c->p, st[s].limit);
            if (!(students > 0))
                continue;
            if (isnan(mx)) {
                missing = 1;
                continue;
            }
            counted = 1;
            note_worst(&k, mx, limit, mx / limit);
            if (!yjjh_standard_within_max(mx, limit) && w < sizeof what)
                w += (size_t)snprintf(what + w, sizeof what - w, "%s%s最大班额 %g > %g", w ? ", " : "", st[s].zh,
                                      mx, limit);
        }
        if (missing)
            k.missing++;
        else if (counted)
            k.checked++;
        if (w)
            check_fail(&k, c, row, what);
    }
    finish_check(c, "G5", yjjh__item_name_zh("G5"), &k, "最大班额");
}

/* G12 from school columns when present: certified_teachers ≥ full-time teachers in every school. */
static int item_g12_schools(ctx *c)
{
    school_check k = {{0}, 0, 0, 0, NAN, NAN, NAN};
    double sum_cert = 0, sum_full = 0;
    const double rate = yjjh__p(c->p, P_CERTIFIED_RATE);
    if (!yjjh_schools_has_column(c->t, YJJH_COL_CERTIFIED_TEACHERS))
        return 0;
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double cert = num(c, row, YJJH_COL_CERTIFIED_TEACHERS);
        double pf = num(c, row, YJJH_COL_PRIMARY_FULLTIME_TEACHERS), jf = num(c, row, YJJH_COL_JUNIOR_FULLTIME_TEACHERS);
        double full = yjjh__nz(pf) + yjjh__nz(jf);
        char what[160];
        if (isnan(cert) || (isnan(pf) && isnan(jf))) {
            k.missing++;
            continue;
        }
        k.checked++;
        sum_cert += cert;
        sum_full += full;
        if (full > 0 && !yjjh_standard_meets_min(cert, rate * full)) {
            if (k.failing < MAX_LISTED_SCHOOLS)
                snprintf(what, sizeof what, "持证 %g / 专任教师 %g", cert, full);
            check_fail(&k, c, row, what);
        }
    }
    if (k.checked == 0 && k.missing) {
        free(k.msg.s);
        return 0; /* column present but empty: fall back to the county fact */
    }
    k.worst_value = sum_full > 0 ? sum_cert / sum_full : NAN;
    k.worst_required = rate;
    finish_check(c, "G12", yjjh__item_name_zh("G12"), &k, "持证专任教师数、专任教师数");
    return 1;
}

/* Q4 from school columns when present: training_funds ≥ 5 % of public_funds in every school. */
static int item_q4_schools(ctx *c)
{
    school_check k = {{0}, 0, 0, 0, NAN, NAN, NAN};
    const double share = yjjh__p(c->p, P_TRAINING_FUNDS_SHARE);
    double lowest = NAN;
    if (!yjjh_schools_has_column(c->t, YJJH_COL_TRAINING_FUNDS) || !yjjh_schools_has_column(c->t, YJJH_COL_PUBLIC_FUNDS))
        return 0;
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double tf = num(c, row, YJJH_COL_TRAINING_FUNDS), pf = num(c, row, YJJH_COL_PUBLIC_FUNDS);
        char what[160];
        if (isnan(tf) || isnan(pf)) {
            k.missing++;
            continue;
        }
        k.checked++;
        if (pf > 0 && (isnan(lowest) || tf / pf < lowest))
            lowest = tf / pf;
        if (pf > 0 && !yjjh_standard_meets_min(tf, share * pf)) { /* multiply, don't divide */
            if (k.failing < MAX_LISTED_SCHOOLS)
                snprintf(what, sizeof what, "培训经费 %g 元 < %g%% × 公用经费 %g 元", tf, share * 100, pf);
            check_fail(&k, c, row, what);
        }
    }
    if (k.checked == 0 && k.missing) {
        free(k.msg.s);
        return 0;
    }
    k.worst_value = lowest;
    k.worst_required = share;
    finish_check(c, "Q4", yjjh__item_name_zh("Q4"), &k, "教师培训经费、公用经费");
    return 1;
}

/* Eligibility: basic balance recognised at least N years before; optional worst basic CVs of 3 years. */
static void item_eligibility(ctx *c)
{
    double ey, by, v;
    const double years = yjjh__p(c->p, P_BASIC_BALANCE_YEARS);
    if (!fact(c, "evaluation_year", &ey)) {
        not_assessed(c, "eligibility_basic_balance", yjjh__item_name_zh("eligibility_basic_balance"), "evaluation_year");
    } else if (!fact(c, "basic_balance_year", &by)) {
        not_assessed(c, "eligibility_basic_balance", yjjh__item_name_zh("eligibility_basic_balance"), "basic_balance_year");
    } else if (ey - by >= years) {
        add(c, "eligibility_basic_balance", YJJH_ITEM_MET, ey - by, years, NULL, 0);
    } else {
        char *m = fmt("eligibility_basic_balance 基本均衡认定 %g 年, 评估 %g 年: 不足 %g 年", by, ey, years);
        if (!m)
            c->oom = 1;
        add(c, "eligibility_basic_balance", YJJH_ITEM_NOT_MET, ey - by, years, m, 0);
    }
    if (fact(c, "basic_cv_primary_3y", &v)) {
        double mx = yjjh__p(c->p, P_BASIC_CV_3Y_PRIMARY);
        char *m = yjjh_standard_within_max(v, mx) ? NULL
                  : fmt("eligibility_basic_cv_primary 前三年小学综合差异系数 %.3f > %.2f", v, mx);
        add(c, "eligibility_basic_cv_primary", m ? YJJH_ITEM_NOT_MET : YJJH_ITEM_MET, v, mx, m, 0);
    }
    if (fact(c, "basic_cv_junior_3y", &v)) {
        double mx = yjjh__p(c->p, P_BASIC_CV_3Y_JUNIOR);
        char *m = yjjh_standard_within_max(v, mx) ? NULL
                  : fmt("eligibility_basic_cv_junior 前三年初中综合差异系数 %.3f > %.2f", v, mx);
        add(c, "eligibility_basic_cv_junior", m ? YJJH_ITEM_NOT_MET : YJJH_ITEM_MET, v, mx, m, 0);
    }
}

static void item_veto(ctx *c, const char *key, const char *name)
{
    double v;
    if (!fact(c, key, &v)) {
        not_assessed(c, key, name, key);
    } else if (v == 0) {
        add(c, key, YJJH_ITEM_MET, 0, 0, NULL, 1);
    } else {
        char *m = fmt("一票否决: %s (%s)", name, key);
        if (!m)
            c->oom = 1;
        add(c, key, YJJH_ITEM_NOT_MET, 1, 0, m, 1);
    }
}

yjjh_status yjjh__items_evaluate(yjjh__item_list *out, const yjjh_profile *p, const yjjh_facts *facts,
                                 const char *county_code, const yjjh_schools *schools,
                                 const yjjh__item_school *in_scope, size_t n_in_scope)
{
    ctx c;
    out->items = NULL;
    out->n = 0;
    if (p->scheme != YJJH_SCHEME_QUALITY_2017)
        return YJJH_OK;
    c.p = p;
    c.facts = facts;
    c.county = county_code ? county_code : "";
    c.t = schools;
    c.schools = in_scope;
    c.n_schools = n_in_scope;
    c.out = out;
    c.cap = 0;
    c.oom = 0;

    item_bool(&c, "G1", yjjh__item_name_zh("G1"), "layout_reasonable");
    item_bool(&c, "G2", yjjh__item_name_zh("G2"),
              "standards_enforced");
    item_g3(&c);
    item_g4(&c);
    item_g5(&c);
    item_bool(&c, "G6", yjjh__item_name_zh("G6"), "small_school_funding");
    item_min(&c, "G7", yjjh__item_name_zh("G7"), "special_ed_funds_per_student",
             yjjh__p(p, P_SPECIAL_ED_FUNDS), 0);
    {
        double salary, civil;
        int hs = fact(&c, "teacher_salary", &salary), hc = fact(&c, "civil_servant_salary", &civil);
        if (!hs || !hc) {
            not_assessed(&c, "G8", yjjh__item_name_zh("G8"), hs ? "civil_servant_salary" : "teacher_salary");
        } else if (yjjh_standard_meets_min(salary, civil)) {
            add(&c, "G8", YJJH_ITEM_MET, salary, civil, NULL, 0);
        } else {
            char *m = fmt("G8 教师平均工资 %g < 当地公务员平均工资 %g", salary, civil);
            if (!m)
                c.oom = 1;
            add(&c, "G8", YJJH_ITEM_NOT_MET, salary, civil, m, 0);
        }
    }
    item_min(&c, "G9", yjjh__item_name_zh("G9"), "training_360h_rate", yjjh__p(p, P_TRAINING_360H_RATE), 0);
    item_bool(&c, "G10", yjjh__item_name_zh("G10"), "staffing_coordinated");
    {
        const cond g11[] = {{"rotation_rate", yjjh__p(p, P_ROTATION_RATE), 0},
                            {"rotation_backbone_share", yjjh__p(p, P_ROTATION_BACKBONE_SHARE), 0}};
        item_all(&c, "G11", yjjh__item_name_zh("G11"), g11, 2);
    }
    if (!item_g12_schools(&c))
        item_min(&c, "G12", yjjh__item_name_zh("G12"), "certified_rate", yjjh__p(p, P_CERTIFIED_RATE), 0);
    {
        const cond g13[] = {{"nearby_enrolment_primary", yjjh__p(p, P_NEARBY_PRIMARY), 0},
                            {"nearby_enrolment_junior", yjjh__p(p, P_NEARBY_JUNIOR), 0}};
        item_all(&c, "G13", yjjh__item_name_zh("G13"), g13, 2);
    }
    item_min(&c, "G14", yjjh__item_name_zh("G14"), "quota_allocation_rate", yjjh__p(p, P_QUOTA_ALLOCATION_RATE), 0);
    {
        const cond g15[] = {{"left_behind_care", 1, 2},
                            {"migrant_public_rate", yjjh__p(p, P_MIGRANT_PUBLIC_RATE), 0}};
        item_all(&c, "G15", yjjh__item_name_zh("G15"), g15, 2);
    }
    item_min(&c, "Q1", yjjh__item_name_zh("Q1"), "junior_retention_rate", yjjh__p(p, P_JUNIOR_RETENTION_RATE), 0);
    item_min(&c, "Q2", yjjh__item_name_zh("Q2"), "disabled_enrolment_rate", yjjh__p(p, P_DISABLED_ENROLMENT_RATE), 0);
    item_bool(&c, "Q3", yjjh__item_name_zh("Q3"), "school_charters_it");
    if (!item_q4_schools(&c))
        item_min(&c, "Q4", yjjh__item_name_zh("Q4"), "training_funds_share",
                 yjjh__p(p, P_TRAINING_FUNDS_SHARE), 0);
    item_bool(&c, "Q5", yjjh__item_name_zh("Q5"), "teacher_it_use");
    item_bool(&c, "Q6", yjjh__item_name_zh("Q6"), "moral_education_good");
    item_bool(&c, "Q7", yjjh__item_name_zh("Q7"), "curriculum_complete");
    item_bool(&c, "Q8", yjjh__item_name_zh("Q8"), "no_excess_burden");
    {
        const cond q9[] = {{"monitoring_level", yjjh__p(p, P_MONITORING_LEVEL), 0},
                           {"monitoring_school_gap", yjjh__p(p, P_MONITORING_SCHOOL_GAP), 1}};
        item_all(&c, "Q9", yjjh__item_name_zh("Q9"), q9, 2);
    }
    item_min(&c, "S1", yjjh__item_name_zh("S1"), "social_recognition_rate", yjjh__p(p, P_SOCIAL_RECOGNITION_RATE), 1);
    item_veto(&c, "veto_exam_admission", yjjh__item_name_zh("veto_exam_admission"));
    item_veto(&c, "veto_school_choice", yjjh__item_name_zh("veto_school_choice"));
    item_veto(&c, "veto_key_schools", yjjh__item_name_zh("veto_key_schools"));
    item_veto(&c, "veto_key_classes", yjjh__item_name_zh("veto_key_classes"));
    item_veto(&c, "veto_major_incident", yjjh__item_name_zh("veto_major_incident"));
    item_eligibility(&c);
    if (c.oom) {
        yjjh__item_list_free(out);
        return YJJH_E_NOMEM;
    }
    return YJJH_OK;
}

void yjjh__item_list_free(yjjh__item_list *list)
{
    if (!list)
        return;
    for (size_t i = 0; i < list->n; i++)
        free(list->items[i].message);
    free(list->items);
    list->items = NULL;
    list->n = 0;
}

int yjjh__items_outcome(const yjjh__item_list *list)
{
    int incomplete = 0;
    for (size_t i = 0; i < list->n; i++) {
        if (list->items[i].status == YJJH_ITEM_NOT_MET)
            return 1;
        if (list->items[i].status == YJJH_ITEM_NOT_ASSESSED)
            incomplete = 1;
    }
    return incomplete ? 2 : 0;
}
