/* SPDX-License-Identifier: MIT */
/* County items of indicators.md §5–7: G1–G15, Q1–Q9, S1, vetoes and eligibility, evaluated line by line of
 * the item table (items.def, item_catalog.c). Items computable from school rows (G3, G4, G5, and G12 / Q4 when
 * their columns are present) are computed over the county's in-scope schools; the others come from county
 * facts. A missing fact makes its item not assessed, never met. */
#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "rules/items.h"
#include "input/schools_internal.h"
#include "common/array.h"
#include "common/buf.h"
#include "common/display.h"
#include "common/num_text.h"
#include "common/text.h"
#include "common/util.h"

#define MAX_LISTED_SCHOOLS 10

/* numbers in messages: printf's "%g" and "%.Nf" in the "C" locale */
#define G(v) yjjh__num_g((v), 6)
#define F(v, d) yjjh__num_fixed((v), (d))

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

static int fact(const ctx *c, yjjh__fact_key_id id, double *v) { return yjjh__facts_value(v, c->facts, c->county, id); }

static double param(const ctx *c, yjjh_param_id id) { return yjjh__p(c->p, id); }

/* A number column of the table (NULL when absent), looked up once per check; at(): its cell or NaN. */
static const double *column(const ctx *c, yjjh_column col) { return yjjh__schools_numbers(c->t, col); }

static double at(const double *v, size_t row) { return v ? v[row] : NAN; }

static const char *school_label(const ctx *c, size_t row)
{
    const char *s = NULL;
    if (yjjh_schools_get_text(&s, c->t, row, YJJH_COL_SCHOOL_NAME) == YJJH_OK && s && *s)
        return s;
    if (yjjh_schools_get_text(&s, c->t, row, YJJH_COL_SCHOOL_ID) == YJJH_OK && s)
        return s;
    return "?";
}

/* The message of an item without one (a met item): shared, never freed, never written. */
static const char no_message[] = "";

/* Append an item; takes ownership of msg (a malloc'ed string or NULL for ""). */
static void add(ctx *c, const char *code, yjjh_item_status st, double value, double required, char *msg, int veto)
{
    yjjh__item *it;
    if (c->oom) {
        free(msg);
        return;
    }
    if (!msg)
        msg = (char *)(uintptr_t)no_message;
    if (yjjh__grow((void **)&c->out->items, &c->cap, c->out->n + 1, sizeof *c->out->items) != YJJH_OK) {
        if (msg != no_message)
            free(msg);
        c->oom = 1;
        return;
    }
    it = &c->out->items[c->out->n++];
    it->code = code;
    it->status = st;
    it->value = value;
    it->required = required;
    it->message = msg;
    it->is_veto = veto;
    it->part_value[0] = it->part_value[1] = it->part_required[0] = it->part_required[1] = NAN;
}

static void not_assessed(ctx *c, const yjjh__item_def *d, yjjh__fact_key_id missing)
{
    const char *key = yjjh__fact_key(missing);
    char *m = yjjh__strprintf("%s %s: 未提供 %s (%s), 未评估", d->code, d->name_zh, key, yjjh__fact_key_zh(missing));
    if (!m)
        c->oom = 1;
    add(c, d->code, YJJH_ITEM_NOT_ASSESSED, NAN, NAN, m, d->is_veto);
}

/* Add an item that is not met with a formatted message (numbers as text: G(), F()). */
static void not_met(ctx *c, const yjjh__item_def *d, double value, double required, const char *f, ...)
    YJJH__PRINTF(5, 6);
static void not_met(ctx *c, const yjjh__item_def *d, double value, double required, const char *f, ...)
{
    va_list ap;
    char *m;
    va_start(ap, f);
    m = yjjh__vstrprintf(f, ap);
    va_end(ap);
    if (!m)
        c->oom = 1;
    add(c, d->code, YJJH_ITEM_NOT_MET, value, required, m, d->is_veto);
}

/* IK_FACT: one fact and its test (true; false for a veto; at least a parameter). */
static void item_fact(ctx *c, const yjjh__item_def *d)
{
    const yjjh__item_cond *k = &d->cond[0];
    double v, required;
    if (!fact(c, k->fact, &v)) {
        not_assessed(c, d, k->fact);
        return;
    }
    switch (k->test) {
    case IT_TRUE:
        if (v != 0)
            add(c, d->code, YJJH_ITEM_MET, 1, 1, NULL, d->is_veto);
        else
            not_met(c, d, 0, 1, "%s %s: 否", d->code, d->name_zh);
        return;
    case IT_FALSE:
        if (v == 0)
            add(c, d->code, YJJH_ITEM_MET, 0, 0, NULL, d->is_veto);
        else
            not_met(c, d, 1, 0, "一票否决: %s (%s)", d->name_zh, d->code);
        return;
    default: /* IT_MIN (item_catalog.c allows no other test here) */
        required = param(c, k->param);
        if (yjjh_standard_meets_min(v, required))
            add(c, d->code, YJJH_ITEM_MET, v, required, NULL, d->is_veto);
        else {
            char vs[YJJH__DISP_BUF]; /* docs/reports.md: never "1 < 1" for 0.9999999 */
            yjjh__disp_g(vs, sizeof vs, v, required, YJJH__DIR_MIN, 0);
            not_met(c, d, v, required, "%s %s %s < %s", d->code, d->name_zh, vs, G(required).s);
        }
        return;
    }
}

/* IK_OPTIONAL: a fact at most a parameter, reported only when the fact is given. */
static void item_optional(ctx *c, const yjjh__item_def *d)
{
    double v, mx;
    if (!fact(c, d->cond[0].fact, &v))
        return;
    mx = param(c, d->cond[0].param);
    if (yjjh_standard_within_max(v, mx))
        add(c, d->code, YJJH_ITEM_MET, v, mx, NULL, d->is_veto);
    else {
        char vs[YJJH__DISP_BUF], ms[YJJH__DISP_BUF];
        yjjh__disp_against(vs, sizeof vs, v, mx, 2, YJJH__DIR_MAX, 0, 3);
        yjjh__disp_standard(ms, sizeof ms, mx, 2);
        not_met(c, d, v, mx, "%s %s %s > %s", d->code, d->short_zh, vs, ms);
    }
}

/* IK_COMPARE: fact 1 at least fact 2 (G8: teacher salary against civil servants'). */
static void item_compare(ctx *c, const yjjh__item_def *d)
{
    const yjjh__fact_key_id f1 = d->cond[0].fact, f2 = d->cond[1].fact;
    double a, b;
    int ha = fact(c, f1, &a), hb = fact(c, f2, &b);
    if (!ha || !hb)
        not_assessed(c, d, ha ? f2 : f1);
    else if (yjjh_standard_meets_min(a, b))
        add(c, d->code, YJJH_ITEM_MET, a, b, NULL, d->is_veto);
    else {
        char as[YJJH__DISP_BUF];
        yjjh__disp_g(as, sizeof as, a, b, YJJH__DIR_MIN, 0);
        not_met(c, d, a, b, "%s %s %s < %s %s", d->code, yjjh__fact_key_zh(f1), as, yjjh__fact_key_zh(f2), G(b).s);
    }
}

/* IK_YEARS: at least parameter years from fact 2 to fact 1 (eligibility: basic balance recognised). */
static void item_years(ctx *c, const yjjh__item_def *d)
{
    double now, since;
    const double years = param(c, d->cond[0].param);
    if (!fact(c, d->cond[0].fact, &now))
        not_assessed(c, d, d->cond[0].fact);
    else if (!fact(c, d->cond[1].fact, &since))
        not_assessed(c, d, d->cond[1].fact);
    else if (now - since >= years)
        add(c, d->code, YJJH_ITEM_MET, now - since, years, NULL, d->is_veto);
    else
        not_met(c, d, now - since, years, "%s 基本均衡认定 %s 年, 评估 %s 年: 不足 %s 年", d->code, G(since).s,
                G(now).s, G(years).s);
}

/* IK_ALL: two facts that must both pass their tests (G11, G13, G15, Q9). */
static void item_all(ctx *c, const yjjh__item_def *d)
{
    yjjh__buf b = YJJH__BUF_INIT;
    double first_v = NAN, first_r = NAN, pv[2] = {NAN, NAN}, pr[2] = {NAN, NAN};
    int missing = 0, failed = 0;
    for (size_t i = 0; i < 2; i++) {
        const yjjh__item_cond *k = &d->cond[i];
        const char *key = yjjh__fact_key(k->fact);
        double v, required = k->test == IT_TRUE ? 1.0 : param(c, k->param);
        int ok;
        pr[i] = required;
        if (!fact(c, k->fact, &v)) {
            if (!missing && !failed)
                yjjh__buf_printf(&b, "%s %s: 未提供 %s (%s), 未评估", d->code, d->name_zh, key,
                                 yjjh__fact_key_zh(k->fact));
            missing = 1;
            continue;
        }
        pv[i] = v;
        ok = k->test == IT_MIN ? yjjh_standard_meets_min(v, required) : k->test == IT_BELOW ? v < required : v != 0;
        if (!ok) {
            if (!failed) {
                yjjh__buf_free(&b);
                yjjh__buf_printf(&b, "%s %s:", d->code, d->name_zh);
                first_v = v;
                first_r = required;
            }
            failed = 1;
            if (k->test == IT_TRUE)
                yjjh__buf_printf(&b, " %s (%s) 否;", key, yjjh__fact_key_zh(k->fact));
            else {
                char vs[YJJH__DISP_BUF];
                yjjh__disp_g(vs, sizeof vs, v, required, k->test == IT_MIN ? YJJH__DIR_MIN : YJJH__DIR_BELOW, 0);
                yjjh__buf_printf(&b, " %s (%s) %s %s %s;", key, yjjh__fact_key_zh(k->fact), vs,
                                 k->test == IT_MIN ? "<" : "≥", G(required).s);
            }
        } else if (isnan(first_v)) {
            first_v = v;
            first_r = required;
        }
    }
    if (yjjh__buf_oom(&b)) {
        yjjh__buf_free(&b);
        c->oom = 1;
        return;
    }
    if (failed) {
        if (b.len && b.ptr[b.len - 1] == ';')
            b.ptr[--b.len] = '\0';
        add(c, d->code, YJJH_ITEM_NOT_MET, first_v, first_r, yjjh__buf_detach(&b), d->is_veto);
    } else if (missing) {
        add(c, d->code, YJJH_ITEM_NOT_ASSESSED, NAN, NAN, yjjh__buf_detach(&b), d->is_veto);
    } else {
        yjjh__buf_free(&b);
        add(c, d->code, YJJH_ITEM_MET, first_v, first_r, NULL, d->is_veto);
    }
    if (!c->oom && c->out->n > 0) {
        yjjh__item *it = &c->out->items[c->out->n - 1];
        for (size_t i = 0; i < 2; i++) {
            it->part_value[i] = pv[i];
            it->part_required[i] = pr[i];
        }
    }
}

/* ---- items from school rows ---- */

/* Per-school check helper: collects offending schools into a message. */
typedef struct school_check {
    yjjh__buf msg;
    size_t failing, missing, checked;
    double worst_value, worst_required, worst_ratio;
} school_check;

/* Count a failing school. Returns 1 when the message lists it: then its label is written and the caller appends
 * what failed; 0 when it is only counted (the first ten are listed, then " 等"). */
static int list_fail(school_check *k, const ctx *c, size_t row)
{
    int listed = k->failing < MAX_LISTED_SCHOOLS;
    if (listed) {
        yjjh__buf_puts(&k->msg, k->failing ? "; " : " ");
        yjjh__buf_puts(&k->msg, school_label(c, row));
        yjjh__buf_putc(&k->msg, ' ');
    } else if (k->failing == MAX_LISTED_SCHOOLS) {
        yjjh__buf_puts(&k->msg, " 等");
    }
    k->failing++;
    return listed;
}

/* Append a, the number v as "%g", then b. */
static void put_num(yjjh__buf *m, const char *a, double v, const char *b)
{
    yjjh__buf_puts(m, a);
    yjjh__buf_puts(m, G(v).s);
    yjjh__buf_puts(m, b);
}

static void finish_check(ctx *c, const yjjh__item_def *d, school_check *k)
{
    const char *code = d->code, *name = d->name_zh, *needs = d->school_data;
    char *m = NULL;
    if (yjjh__buf_oom(&k->msg)) {
        yjjh__buf_free(&k->msg);
        c->oom = 1;
        return;
    }
    if (k->failing) {
        yjjh__buf b = YJJH__BUF_INIT;
        yjjh__buf_printf(&b, "%s %s: %zu 所学校未达标:", code, name, k->failing);
        yjjh__buf_put(&b, k->msg.ptr, k->msg.len);
        if (yjjh__buf_oom(&b) || !(m = yjjh__buf_detach(&b))) {
            yjjh__buf_free(&b);
            c->oom = 1;
        }
        add(c, code, YJJH_ITEM_NOT_MET, k->worst_value, k->worst_required, m, d->is_veto);
    } else if (k->missing || k->checked == 0) {
        m = k->checked == 0 && !k->missing
                ? yjjh__strprintf("%s %s: 无在评学校数据 (%s), 未评估", code, name, needs)
                : yjjh__strprintf("%s %s: %zu 所学校缺少 %s, 未评估", code, name, k->missing, needs);
        if (!m)
            c->oom = 1;
        add(c, code, YJJH_ITEM_NOT_ASSESSED, NAN, NAN, m, d->is_veto);
    } else {
        add(c, code, YJJH_ITEM_MET, k->worst_value, k->worst_required, NULL, d->is_veto);
    }
    yjjh__buf_free(&k->msg);
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
static int check_g3(ctx *c, const yjjh__item_def *d)
{
    school_check k = {YJJH__BUF_INIT, 0, 0, 0, NAN, NAN, NAN};
    const double per = yjjh__p(c->p, P_CLASSES_PER_SPECIAL_ROOM);
    const double music_area = yjjh__p(c->p, P_MUSIC_ROOM_MIN_AREA), art_area = yjjh__p(c->p, P_ART_ROOM_MIN_AREA);
    const double *pcv = column(c, YJJH_COL_PRIMARY_CLASSES), *jcv = column(c, YJJH_COL_JUNIOR_CLASSES);
    const double *mrv = column(c, YJJH_COL_MUSIC_ROOMS), *arv = column(c, YJJH_COL_ART_ROOMS);
    const double *mav = column(c, YJJH_COL_MUSIC_ROOM_MIN_AREA), *aav = column(c, YJJH_COL_ART_ROOM_MIN_AREA);
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double pc = at(pcv, row), jc = at(jcv, row);
        double mr = at(mrv, row), ar = at(arv, row);
        double ma = at(mav, row), aa = at(aav, row);
        double classes, need;
        /* a school with rooms but no smallest-room area cannot be checked against 96 / 90 m² */
        if ((isnan(pc) && isnan(jc)) || isnan(mr) || isnan(ar) || (mr > 0 && isnan(ma)) || (ar > 0 && isnan(aa))) {
            k.missing++;
            continue;
        }
        k.checked++;
        classes = yjjh__nz(pc) + yjjh__nz(jc);
        need = ceil(classes / per - YJJH_TOLERANCE * (classes / per)); /* 12 classes → 1, 13 → 2 */
        note_worst(&k, fmin(mr, ar), need, need > 0 ? need / fmax(fmin(mr, ar), 1e-300) : 0);
        {
            int music_small = mr > 0 && !isnan(ma) && !yjjh_standard_meets_min(ma, music_area);
            int art_small = ar > 0 && !isnan(aa) && !yjjh_standard_meets_min(aa, art_area);
            yjjh__buf *m = &k.msg;
            const char *sep = "";
            if (!(mr < need) && !(ar < need) && !music_small && !art_small)
                continue;
            if (!list_fail(&k, c, row)) /* not listed: no text to format */
                continue;
            if (mr < need) {
                put_num(m, "", classes, " 班需音乐教室 ");
                put_num(m, "", need, " 间, 有 ");
                put_num(m, "", mr, " 间");
                sep = ", ";
            }
            if (ar < need) {
                put_num(m, sep, classes, " 班需美术教室 ");
                put_num(m, "", need, " 间, 有 ");
                put_num(m, "", ar, " 间");
                sep = ", ";
            }
            if (music_small) {
                yjjh__buf_puts(m, sep);
                put_num(m, "最小音乐教室 ", ma, " m² < ");
                put_num(m, "", music_area, " m²");
                sep = ", ";
            }
            if (art_small) {
                yjjh__buf_puts(m, sep);
                put_num(m, "最小美术教室 ", aa, " m² < ");
                put_num(m, "", art_area, " m²");
            }
        }
    }
    finish_check(c, d, &k);
    return 1;
}

/* G4: school size. */
static int check_g4(ctx *c, const yjjh__item_def *d)
{
    school_check k = {YJJH__BUF_INIT, 0, 0, 0, NAN, NAN, NAN};
    const double *psv = column(c, YJJH_COL_PRIMARY_STUDENTS), *jsv = column(c, YJJH_COL_JUNIOR_STUDENTS);
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double ps = at(psv, row), js = at(jsv, row);
        double size, limit;
        switch (c->schools[i].size_class) {
        case YJJH__SIZE_PRIMARY:
            size = yjjh__nz(ps);
            limit = yjjh__p(c->p, P_MAX_SCHOOL_SIZE_PRIMARY);
            break;
        case YJJH__SIZE_JUNIOR:
            size = yjjh__nz(js);
            limit = yjjh__p(c->p, P_MAX_SCHOOL_SIZE_JUNIOR);
            break;
        default:
            size = yjjh__nz(ps) + yjjh__nz(js);
            limit = yjjh__p(c->p, P_MAX_SCHOOL_SIZE_NINE_YEAR);
            break;
        }
        k.checked++;
        note_worst(&k, size, limit, size / limit);
        if (!yjjh_standard_within_max(size, limit) && list_fail(&k, c, row)) {
            put_num(&k.msg, "", size, " 人 > ");
            put_num(&k.msg, "", limit, " 人");
        }
    }
    finish_check(c, d, &k);
    return 1;
}

/* G5: largest class ≤ 45 (primary) / 50 (junior). */
static int check_g5(ctx *c, const yjjh__item_def *d)
{
    school_check k = {YJJH__BUF_INIT, 0, 0, 0, NAN, NAN, NAN};
    const double *const cols[2][2] = {
        /* students and largest class of each stage */
        {column(c, YJJH_COL_PRIMARY_STUDENTS), column(c, YJJH_COL_PRIMARY_MAX_CLASS_SIZE)},
        {column(c, YJJH_COL_JUNIOR_STUDENTS), column(c, YJJH_COL_JUNIOR_MAX_CLASS_SIZE)},
    };
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        static const struct {
            yjjh_param_id limit;
            const char *zh;
        } st[2] = {{P_MAX_CLASS_SIZE_PRIMARY, "小学"}, {P_MAX_CLASS_SIZE_JUNIOR, "初中"}};
        int counted = 0, missing = 0, over[2] = {0, 0};
        double mxs[2] = {0, 0}, limits[2] = {0, 0};
        for (int s = 0; s < 2; s++) {
            double students = at(cols[s][0], row), mx = at(cols[s][1], row);
            double limit = yjjh__p(c->p, st[s].limit);
            if (!(students > 0))
                continue;
            if (isnan(mx)) {
                missing = 1;
                continue;
            }
            counted = 1;
            note_worst(&k, mx, limit, mx / limit);
            over[s] = !yjjh_standard_within_max(mx, limit);
            mxs[s] = mx;
            limits[s] = limit;
        }
        if (missing)
            k.missing++;
        else if (counted)
            k.checked++;
        if ((over[0] || over[1]) && list_fail(&k, c, row)) { /* only a listed school's text is formatted */
            const char *sep = "";
            for (int s = 0; s < 2; s++) {
                if (!over[s])
                    continue;
                yjjh__buf_puts(&k.msg, sep);
                yjjh__buf_puts(&k.msg, st[s].zh);
                put_num(&k.msg, "最大班额 ", mxs[s], " > ");
                put_num(&k.msg, "", limits[s], "");
                sep = ", ";
            }
        }
    }
    finish_check(c, d, &k);
    return 1;
}

/* G12 from school columns when present: certified_teachers ≥ full-time teachers in every school. */
static int check_g12(ctx *c, const yjjh__item_def *d)
{
    school_check k = {YJJH__BUF_INIT, 0, 0, 0, NAN, NAN, NAN};
    double sum_cert = 0, sum_full = 0;
    const double rate = yjjh__p(c->p, P_CERTIFIED_RATE);
    if (!yjjh_schools_has_column(c->t, YJJH_COL_CERTIFIED_TEACHERS))
        return 0;
    const double *certv = column(c, YJJH_COL_CERTIFIED_TEACHERS);
    const double *pfv = column(c, YJJH_COL_PRIMARY_FULLTIME_TEACHERS),
                 *jfv = column(c, YJJH_COL_JUNIOR_FULLTIME_TEACHERS);
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double cert = at(certv, row);
        double pf = at(pfv, row), jf = at(jfv, row);
        double full = yjjh__nz(pf) + yjjh__nz(jf);
        if (isnan(cert) || (isnan(pf) && isnan(jf))) {
            k.missing++;
            continue;
        }
        k.checked++;
        sum_cert += cert;
        sum_full += full;
        if (full > 0 && !yjjh_standard_meets_min(cert, rate * full) && list_fail(&k, c, row)) {
            put_num(&k.msg, "持证 ", cert, " / 专任教师 ");
            put_num(&k.msg, "", full, "");
        }
    }
    if (k.checked == 0 && k.missing) {
        yjjh__buf_free(&k.msg);
        return 0; /* column present but empty: fall back to the county fact */
    }
    k.worst_value = sum_full > 0 ? sum_cert / sum_full : NAN;
    k.worst_required = rate;
    finish_check(c, d, &k);
    return 1;
}

/* Q4 from school columns when present: training_funds ≥ 5 % of public_funds in every school. */
static int check_q4(ctx *c, const yjjh__item_def *d)
{
    school_check k = {YJJH__BUF_INIT, 0, 0, 0, NAN, NAN, NAN};
    const double share = yjjh__p(c->p, P_TRAINING_FUNDS_SHARE);
    double lowest = NAN;
    if (!yjjh_schools_has_column(c->t, YJJH_COL_TRAINING_FUNDS) ||
        !yjjh_schools_has_column(c->t, YJJH_COL_PUBLIC_FUNDS))
        return 0;
    const double *tfv = column(c, YJJH_COL_TRAINING_FUNDS), *pubv = column(c, YJJH_COL_PUBLIC_FUNDS);
    for (size_t i = 0; i < c->n_schools; i++) {
        size_t row = c->schools[i].row;
        double tf = at(tfv, row), pf = at(pubv, row);
        if (isnan(tf) || isnan(pf)) {
            k.missing++;
            continue;
        }
        k.checked++;
        if (pf > 0 && (isnan(lowest) || tf / pf < lowest))
            lowest = tf / pf;
        if (pf > 0 && !yjjh_standard_meets_min(tf, share * pf) && list_fail(&k, c, row)) { /* multiply, don't divide */
            put_num(&k.msg, "培训经费 ", tf, " 元 < ");
            put_num(&k.msg, "", share * 100, "% × 公用经费 ");
            put_num(&k.msg, "", pf, " 元");
        }
    }
    if (k.checked == 0 && k.missing) {
        yjjh__buf_free(&k.msg);
        return 0;
    }
    k.worst_value = lowest;
    k.worst_required = share;
    finish_check(c, d, &k);
    return 1;
}

/* The school checks of items.def, by item: 1 when assessed from the school rows, 0 when the columns are absent
 * (IK_SCHOOLS_OR_FACT then falls back to the county fact). */
typedef int school_check_fn(ctx *c, const yjjh__item_def *d);
static school_check_fn *const school_checks[YJJH__ITEM_COUNT] = {
#define X(code, kind, f1, t1, p1, f2, t2, p2, veto, check, data, zh, short_zh, en) [YJJH__ITEM_##code] = check,
#include "rules/items.def"
#undef X
};

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
    /* at most one item per line of the table: one allocation */
    if (yjjh__grow((void **)&out->items, &c.cap, YJJH__ITEM_COUNT, sizeof *out->items) != YJJH_OK)
        return YJJH_E_NOMEM;

    for (size_t i = 0; i < YJJH__ITEM_COUNT; i++) {
        const yjjh__item_def *d = &yjjh__items[i];
        switch (d->kind) {
        case IK_FACT: item_fact(&c, d); break;
        case IK_ALL: item_all(&c, d); break;
        case IK_COMPARE: item_compare(&c, d); break;
        case IK_YEARS: item_years(&c, d); break;
        case IK_OPTIONAL: item_optional(&c, d); break;
        case IK_SCHOOLS: (void)school_checks[i](&c, d); break;
        case IK_SCHOOLS_OR_FACT:
            if (!school_checks[i](&c, d))
                item_fact(&c, d);
            break;
        }
    }
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
        if (list->items[i].message != no_message)
            free(list->items[i].message);
    free(list->items);
    list->items = NULL;
    list->n = 0;
}

yjjh_verdict yjjh__items_outcome(const yjjh__item_list *list)
{
    int incomplete = 0;
    for (size_t i = 0; i < list->n; i++) {
        if (list->items[i].status == YJJH_ITEM_NOT_MET)
            return YJJH_VERDICT_FAIL;
        if (list->items[i].status == YJJH_ITEM_NOT_ASSESSED)
            incomplete = 1;
    }
    return incomplete ? YJJH_VERDICT_INCOMPLETE : YJJH_VERDICT_PASS;
}
