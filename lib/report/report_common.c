/* SPDX-License-Identifier: MIT */
/* What the reports share (report_common.h): options, the per-county index, words and number texts. */
#define _POSIX_C_SOURCE 200809L
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "common/text.h"
#include "input/fact_keys.h"
#include "profile/profile.h"
#include "report/report_common.h"
#include "rules/items.h"

yjjh_status yjjh__rep_open(yjjh__rep *c, const yjjh_result *r, const yjjh_report_options *o)
{
    static const yjjh_report_options defaults = YJJH_REPORT_OPTIONS_INIT;
    memset(c, 0, sizeof *c);
    if (!r)
        return YJJH_E_NULL_ARG;
    if (!o)
        o = &defaults;
    if (o->version != YJJH_REPORT_OPTIONS_VERSION)
        return YJJH_E_STRUCT_VERSION;
    c->r = r;
    c->lang = o->lang == YJJH_LANG_EN ? YJJH_LANG_EN : YJJH_LANG_ZH;
    c->profile = o->profile;
    c->schools_file = o->schools_file;
    c->facts_file = o->facts_file;
    c->profile_file = o->profile_file;
    if (o->date && o->date[0]) {
        snprintf(c->date, sizeof c->date, "%s", o->date);
    } else {
        time_t now = time(NULL);
        struct tm tm;
        if (gmtime_r(&now, &tm))
            strftime(c->date, sizeof c->date, "%Y-%m-%d", &tm);
    }
    c->floor =
        c->profile ? yjjh__p(c->profile, P_SCHOOL_FLOOR_RATIO) : yjjh__params[P_SCHOOL_FLOOR_RATIO].national_2017;

    /* parts by county, input order kept (one counting sort), so a report is linear in the schools */
    if (yjjh__result_part_index(r, &c->start, &c->order) != YJJH_OK) {
        yjjh__rep_close(c);
        return YJJH_E_NOMEM;
    }
    return YJJH_OK;
}

void yjjh__rep_close(yjjh__rep *c)
{
    free(c->order);
    free(c->start);
    c->order = c->start = NULL;
}

const char *yjjh__rep_verdict(const yjjh__rep *c, yjjh_verdict v)
{
    switch (v) {
    case YJJH_VERDICT_PASS: return yjjh__L(c, "通过", "pass");
    case YJJH_VERDICT_FAIL: return yjjh__L(c, "未通过", "fail");
    case YJJH_VERDICT_INCOMPLETE: return yjjh__L(c, "资料不全", "incomplete");
    }
    return "?";
}

const char *yjjh__rep_status(const yjjh__rep *c, yjjh_item_status s)
{
    switch (s) {
    case YJJH_ITEM_MET: return yjjh__L(c, "达标", "met");
    case YJJH_ITEM_NOT_MET: return yjjh__L(c, "未达标", "not met");
    case YJJH_ITEM_NOT_ASSESSED: return yjjh__L(c, "未评估", "not assessed");
    }
    return "?";
}

const char *yjjh__rep_stage(const yjjh__rep *c, yjjh_stage s)
{
    if (s == YJJH_STAGE_PRIMARY)
        return yjjh__L(c, "小学", "primary");
    if (s == YJJH_STAGE_JUNIOR)
        return yjjh__L(c, "初中", "junior");
    return "";
}

const char *yjjh__rep_exclusion(const yjjh__rep *c, yjjh_exclusion e)
{
    switch (e) {
    case YJJH_EXCLUDED_SPECIAL: return yjjh__L(c, "特殊教育学校", "special school");
    case YJJH_EXCLUDED_PRIVATE: return yjjh__L(c, "民办", "private");
    case YJJH_EXCLUDED_TEACHING_POINT: return yjjh__L(c, "教学点", "teaching point");
    case YJJH_EXCLUDED_NO_STUDENTS: return yjjh__L(c, "无在校生", "no students");
    case YJJH_EXCLUDED_NONE: break;
    }
    return "";
}

int yjjh__rep_exclusions(yjjh__buf *b, const yjjh__rep *c, size_t ci)
{
    size_t excluded[5] = {0, 0, 0, 0, 0};
    int first = 1;
    for (size_t q = c->start[ci]; q < c->start[ci + 1]; q++) {
        const yjjh__part *pt = &c->r->parts[c->order[q]];
        if (!pt->in_scope && pt->excluded >= 1 && pt->excluded <= 4)
            excluded[pt->excluded]++;
    }
    if (!(excluded[1] + excluded[2] + excluded[3] + excluded[4]))
        return 0;
    yjjh__buf_printf(b, "%s: ", yjjh__L(c, "不参评的学校部分", "Out of scope"));
    for (int e = 1; e <= 4; e++) {
        if (!excluded[e])
            continue;
        yjjh__buf_printf(b, "%s%s %zu", first ? "" : ", ", yjjh__rep_exclusion(c, (yjjh_exclusion)e), excluded[e]);
        first = 0;
    }
    return 1;
}

const char *yjjh__rep_yesno(const yjjh__rep *c, int yes)
{
    return yes ? yjjh__L(c, "是", "yes") : yjjh__L(c, "否", "no");
}

const char *yjjh__rep_title(const yjjh__rep *c)
{
    const char *t = c->profile ? yjjh_profile_title(c->profile) : NULL;
    return t && t[0] ? t : c->r->profile_name;
}

const char *yjjh__rep_ind_name(const yjjh__rep *c, size_t k)
{
    const yjjh_indicator_def *d = c->r->indicators[k];
    return c->lang == YJJH_LANG_EN ? d->name_en : d->name_zh;
}

const char *yjjh__rep_short_unit(const yjjh__rep *c, size_t k)
{
    const char *u = c->r->indicators[k]->shortfall_unit_zh;
    if (strcmp(u, "名") == 0)
        return yjjh__L(c, "名教师", "teachers");
    if (strcmp(u, "间") == 0)
        return yjjh__L(c, "间", "rooms");
    if (strcmp(u, "台") == 0)
        return yjjh__L(c, "台", "computers");
    if (strcmp(u, "册") == 0)
        return yjjh__L(c, "册", "books");
    if (strcmp(u, "元") == 0)
        return yjjh__L(c, "元", "yuan");
    return u; /* m² */
}

static const yjjh__item_def *item_def(const char *code)
{
    for (size_t i = 0; i < YJJH__ITEM_COUNT; i++)
        if (strcmp(yjjh__items[i].code, code) == 0)
            return &yjjh__items[i];
    return NULL;
}

const char *yjjh__rep_item_name(const yjjh__rep *c, const char *code, int *is_veto)
{
    const yjjh__item_def *d = item_def(code);
    if (is_veto)
        *is_veto = d ? d->is_veto : 0;
    if (!d)
        return NULL;
    return c->lang == YJJH_LANG_EN ? d->name_en : d->short_zh;
}

void yjjh__rep_header(yjjh__buf *b, const yjjh__rep *c, const char *prefix)
{
    yjjh__buf_printf(b, "%s%s: %s\n", prefix, yjjh__L(c, "学校数据", "Schools file"),
                     c->schools_file ? c->schools_file : yjjh__L(c, "(未给出)", "(not given)"));
    yjjh__buf_printf(b, "%s%s: %s\n", prefix, yjjh__L(c, "县级事实数据", "County facts file"),
                     c->facts_file ? c->facts_file : yjjh__L(c, "无", "none"));
    yjjh__buf_printf(b, "%s%s: %s\n", prefix, yjjh__L(c, "评估方案", "Profile"),
                     c->profile_file ? c->profile_file : c->r->profile_name);
    yjjh__buf_printf(b, "%s%s: libyjjh %s, %s %s\n", prefix, yjjh__L(c, "生成", "Produced by"), yjjh_version_string(),
                     yjjh__L(c, "日期", "on"), c->date);
}

void yjjh__rep_part_text(yjjh__part_text *out, const yjjh__rep *c, const yjjh__part *pt, size_t k)
{
    const yjjh__rule_result *r = &pt->rule;
    const int rule = c->r->has_rule && pt->in_scope;
    yjjh__disp_standard(out->standard, sizeof out->standard, rule ? r->standard[k] : NAN, 0);
    if (!pt->in_scope) {
        snprintf(out->value, sizeof out->value, "-");
        snprintf(out->ratio, sizeof out->ratio, "-");
        snprintf(out->shortfall, sizeof out->shortfall, "-");
        return;
    }
    if (rule && !isnan(r->standard[k]))
        yjjh__disp_against(out->value, sizeof out->value, r->value[k], r->standard[k], 0, YJJH__DIR_MIN, r->met[k], 2);
    else
        yjjh__disp_against(out->value, sizeof out->value, r->value[k], NAN, 0, YJJH__DIR_MIN, 1, 2);
    if (rule)
        yjjh__disp_ratio(out->ratio, sizeof out->ratio, r->ratio[k], r->met[k], c->floor, r->above_floor[k]);
    else
        snprintf(out->ratio, sizeof out->ratio, "-");
    if (rule && !r->met[k])
        yjjh__disp_shortfall(out->shortfall, sizeof out->shortfall, r->shortfall[k], c->r->indicators[k]->whole_units);
    else
        snprintf(out->shortfall, sizeof out->shortfall, rule ? "0" : "-");
}

void yjjh__rep_part_miss(yjjh__buf *b, const yjjh__rep *c, const yjjh__part *pt, size_t k)
{
    yjjh__part_text t;
    yjjh__rep_part_text(&t, c, pt, k);
    /* "%s %s < %s (%s" without printf: this line is written for every unmet indicator of every failing part */
    yjjh__buf_puts(b, c->r->indicators[k]->code);
    yjjh__buf_putc(b, ' ');
    yjjh__buf_puts(b, t.value);
    YJJH__BUF_LIT(b, " < ");
    yjjh__buf_puts(b, t.standard);
    YJJH__BUF_LIT(b, " (");
    yjjh__buf_puts(b, t.ratio);
    if (!pt->rule.above_floor[k]) {
        char fs[YJJH__DISP_BUF];
        yjjh__disp_standard(fs, sizeof fs, c->floor * 100.0, 0);
        yjjh__buf_puts(b, yjjh__L(c, ", 低于", ", below "));
        yjjh__buf_puts(b, fs);
        yjjh__buf_putc(b, '%');
    }
    yjjh__buf_puts(b, yjjh__L(c, "), 缺 ", "), short by "));
    yjjh__buf_puts(b, t.shortfall);
    yjjh__buf_putc(b, ' ');
    yjjh__buf_puts(b, yjjh__rep_short_unit(c, k));
}

void yjjh__rep_part_line(yjjh__buf *b, const yjjh__rep *c, const yjjh__part *pt)
{
    yjjh__buf_puts(b, pt->school_id);
    if (pt->school_name[0]) {
        yjjh__buf_putc(b, ' ');
        yjjh__buf_puts(b, pt->school_name);
    }
    /* " (%s): 达标 %u/%zu 项" / " (%s): %u of %zu indicators met" */
    YJJH__BUF_LIT(b, " (");
    yjjh__buf_puts(b, yjjh__rep_stage(c, pt->stage));
    yjjh__buf_puts(b, yjjh__L(c, "): 达标 ", "): "));
    yjjh__buf_put_uint(b, pt->rule.met_count);
    yjjh__buf_puts(b, yjjh__L(c, "/", " of "));
    yjjh__buf_put_uint(b, pt->rule.n_indicators);
    yjjh__buf_puts(b, yjjh__L(c, " 项", " indicators met"));
    for (size_t k = 0; k < pt->rule.n_indicators; k++) {
        if (pt->rule.met[k])
            continue;
        YJJH__BUF_LIT(b, "; ");
        yjjh__rep_part_miss(b, c, pt, k);
    }
}

void yjjh__rep_cv_text(char *cv, char *limit, size_t n, const yjjh_indicator_result *ir)
{
    yjjh__disp_standard(limit, n, ir->cv_max, 2);
    if (!ir->cv_defined)
        snprintf(cv, n, "-");
    else
        yjjh__disp_against(cv, n, ir->cv, ir->cv_max, 2, YJJH__DIR_MAX, ir->cv_met, 3);
}

/* ---- county items ---- */

/* unit of a parameter is a rate shown as a percentage */
static int is_rate_param(yjjh_param_id p)
{
    return p != P_NONE && strcmp(yjjh__params[p].unit, "ratio") == 0 && strcmp(yjjh__params[p].kind, "minimum") == 0;
}

static const char *fact_name(const yjjh__rep *c, yjjh__fact_key_id f, char *tmp, size_t n)
{
    if (c->lang == YJJH_LANG_ZH)
        return yjjh__fact_key_zh(f);
    snprintf(tmp, n, "%s", yjjh__fact_key(f));
    for (char *p = tmp; *p; p++)
        if (*p == '_')
            *p = ' ';
    return tmp;
}

static yjjh__dir test_dir(yjjh__item_test t)
{
    return t == IT_MAX ? YJJH__DIR_MAX : t == IT_BELOW ? YJJH__DIR_BELOW : YJJH__DIR_MIN;
}

/* "12% ≥ 10%" / "4 ≥ 3" / "是" for one fact of an item: value v, requirement t, met flag (-1: unknown). */
static void cond_text(yjjh__buf *b, const yjjh__rep *c, const yjjh__item_cond *k, double v, double t, int met,
                      int decimals)
{
    char vs[YJJH__DISP_BUF], ts[YJJH__DISP_BUF];
    const yjjh__dir dir = test_dir(k->test);
    if (k->test == IT_TRUE || k->test == IT_FALSE) {
        yjjh__buf_puts(b, yjjh__rep_yesno(c, v != 0));
        if (met == 0)
            yjjh__buf_printf(b, yjjh__L(c, " (须为 %s)", " (must be %s)"), yjjh__rep_yesno(c, k->test == IT_TRUE));
        return;
    }
    if (is_rate_param(k->param)) {
        yjjh__disp_rate(vs, sizeof vs, v, t, dir, met);
        yjjh__disp_rate_standard(ts, sizeof ts, t);
    } else {
        int td = decimals >= 3 ? 2 : 0;
        yjjh__disp_standard(ts, sizeof ts, t, td);
        yjjh__disp_against(vs, sizeof vs, v, t, td, dir, met, decimals);
        if (decimals < 3) /* a plain quantity (元, a level): no trailing zeros; the comparison stays visible */
            yjjh__disp_trim(vs);
    }
    if (met < 0)
        yjjh__buf_printf(b, yjjh__L(c, "%s, 要求 %s %s", "%s, required %s %s"), vs, yjjh__disp_dir(dir), ts);
    else
        yjjh__buf_printf(b, "%s %s %s", vs, yjjh__disp_rel(dir, met), ts);
}

static void missing_text(yjjh__buf *b, const yjjh__rep *c, const yjjh__item_def *d, const yjjh__item *it)
{
    char tmp[128];
    yjjh__buf_puts(b, yjjh__L(c, "缺少 ", "missing "));
    switch (d->kind) {
    case IK_SCHOOLS: yjjh__buf_puts(b, c->lang == YJJH_LANG_ZH ? d->school_data : "school data"); return;
    case IK_SCHOOLS_OR_FACT:
        yjjh__buf_printf(b, yjjh__L(c, "%s (或学校数据: %s)", "%s (or the school data)"),
                         fact_name(c, d->cond[0].fact, tmp, sizeof tmp), d->school_data);
        return;
    case IK_ALL:
        if (isnan(it->part_value[0]) || isnan(it->part_value[1])) {
            yjjh__buf_puts(b, fact_name(c, d->cond[isnan(it->part_value[0]) ? 0 : 1].fact, tmp, sizeof tmp));
            return;
        }
        break;
    case IK_COMPARE:
    case IK_YEARS:
        yjjh__buf_printf(b, "%s", fact_name(c, d->cond[0].fact, tmp, sizeof tmp));
        yjjh__buf_printf(b, yjjh__L(c, " 或 %s", " or %s"), fact_name(c, d->cond[1].fact, tmp, sizeof tmp));
        return;
    default: break;
    }
    yjjh__buf_puts(b, fact_name(c, d->cond[0].fact, tmp, sizeof tmp));
}

void yjjh__rep_item_detail(yjjh__buf *b, const yjjh__rep *c, const yjjh__item *it)
{
    const yjjh__item_def *d = item_def(it->code);
    const int met = it->status == YJJH_ITEM_MET;
    char vs[YJJH__DISP_BUF], ts[YJJH__DISP_BUF], tmp[128];
    if (!d)
        return;
    if (it->status == YJJH_ITEM_NOT_ASSESSED) {
        missing_text(b, c, d, it);
        return;
    }
    switch (d->kind) {
    case IK_ALL:
        for (size_t i = 0; i < 2; i++) {
            const yjjh__item_cond *k = &d->cond[i];
            double v = it->part_value[i], t = it->part_required[i];
            int part_met = k->test == IT_TRUE    ? v != 0
                           : k->test == IT_MIN   ? yjjh_standard_meets_min(v, t)
                           : k->test == IT_BELOW ? v < t
                                                 : 1;
            if (i)
                yjjh__buf_puts(b, "; ");
            yjjh__buf_printf(b, "%s ", fact_name(c, k->fact, tmp, sizeof tmp));
            if (isnan(v))
                yjjh__buf_puts(b, "-");
            else
                cond_text(b, c, k, v, t, part_met, k->param == P_MONITORING_LEVEL ? 0 : 2);
        }
        return;
    case IK_COMPARE:
        yjjh__disp_standard(ts, sizeof ts, it->required, 0);
        yjjh__disp_against(vs, sizeof vs, it->value, it->required, 0, YJJH__DIR_MIN, met, 0);
        yjjh__buf_printf(b, "%s %s %s %s %s", fact_name(c, d->cond[0].fact, tmp, sizeof tmp), vs,
                         yjjh__disp_rel(YJJH__DIR_MIN, met), ts, "");
        yjjh__buf_printf(b, "(%s)", fact_name(c, d->cond[1].fact, tmp, sizeof tmp));
        return;
    case IK_YEARS:
        yjjh__disp_plain(vs, sizeof vs, it->value, 0);
        yjjh__disp_plain(ts, sizeof ts, it->required, 0);
        yjjh__buf_printf(b, yjjh__L(c, "%s 年 %s %s 年", "%s years %s %s years"), vs,
                         yjjh__disp_rel(YJJH__DIR_MIN, met), ts);
        return;
    case IK_SCHOOLS:
        if (strcmp(d->code, "G3") == 0) {
            yjjh__disp_plain(vs, sizeof vs, it->value, 0);
            yjjh__disp_plain(ts, sizeof ts, it->required, 0);
            yjjh__buf_printf(b, yjjh__L(c, "最少的专用教室 %s 间 %s 需 %s 间", "fewest special rooms %s %s %s needed"),
                             vs, yjjh__disp_rel(YJJH__DIR_MIN, met), ts);
        } else {
            yjjh__disp_standard(ts, sizeof ts, it->required, 0);
            yjjh__disp_against(vs, sizeof vs, it->value, it->required, 0, YJJH__DIR_MAX, met, 0);
            yjjh__buf_printf(b, yjjh__L(c, "%s %s 人 %s %s 人", "%s %s %s %s"),
                             strcmp(d->code, "G4") == 0 ? yjjh__L(c, "最大学校规模", "largest school")
                                                        : yjjh__L(c, "最大班额", "largest class"),
                             vs, yjjh__disp_rel(YJJH__DIR_MAX, met), ts);
        }
        if (!met && c->lang == YJJH_LANG_ZH && it->message[0]) {
            const char *colon = strstr(it->message, ": ");
            yjjh__buf_printf(b, " (%s)", colon ? colon + 2 : it->message);
        }
        return;
    case IK_FACT:
    case IK_OPTIONAL:
    case IK_SCHOOLS_OR_FACT:
        if (d->cond[0].test == IT_FALSE) { /* a veto: the violation did or did not happen */
            yjjh__buf_printf(b, "%s", yjjh__L(c, "发生: ", "happened: "));
            yjjh__buf_puts(b, yjjh__rep_yesno(c, it->value != 0));
            return; /* the item's name says 一票否决 */
        }
        cond_text(b, c, &d->cond[0], it->value, it->required, met, d->kind == IK_OPTIONAL ? 3 : 2);
        if (d->is_veto)
            yjjh__buf_puts(b, yjjh__L(c, " (一票否决)", " (veto)"));
        return;
    }
}

void yjjh__rep_reason(yjjh__buf *b, const yjjh__rep *c, size_t ci, const yjjh__reason *rs)
{
    const yjjh__county *cy = &c->r->counties[ci];
    int is_veto = 0;
    const char *name;
    if (strcmp(rs->code, "school_rule") == 0) {
        /* the reason's own part: school ids are unique (validation), so it is the county's first in-scope part
         * with this id and stage, which the scan below would find */
        if (rs->part < c->r->n_parts) {
            const yjjh__part *pt = &c->r->parts[rs->part];
            if (pt->county == ci && pt->stage == rs->stage && pt->in_scope &&
                strcmp(pt->school_id, rs->school_id) == 0) {
                yjjh__buf_puts(b, yjjh__L(c, "学校未达标: ", "school fails the school rule: "));
                yjjh__rep_part_line(b, c, pt);
                return;
            }
        }
        for (size_t q = c->start[ci]; q < c->start[ci + 1]; q++) {
            const yjjh__part *pt = &c->r->parts[c->order[q]];
            if (pt->stage == rs->stage && pt->in_scope && strcmp(pt->school_id, rs->school_id) == 0) {
                yjjh__buf_puts(b, yjjh__L(c, "学校未达标: ", "school fails the school rule: "));
                yjjh__rep_part_line(b, c, pt);
                return;
            }
        }
        yjjh__buf_printf(b, "%s %s", rs->code, rs->school_id);
        return;
    }
    if (strcmp(rs->code, "composite_cv") == 0) {
        char cv[YJJH__DISP_BUF], lim[YJJH__DISP_BUF];
        yjjh__disp_standard(lim, sizeof lim, rs->required, 2);
        if (isnan(rs->value))
            snprintf(cv, sizeof cv, "%s", yjjh__L(c, "无定义 (县域总量为零)", "undefined (county total is zero)"));
        else
            yjjh__disp_against(cv, sizeof cv, rs->value, rs->required, 2, YJJH__DIR_MAX, 0, 3);
        yjjh__buf_printf(b, yjjh__L(c, "%s 综合差异系数 %s > %s", "%s composite CV %s > %s"),
                         yjjh__rep_stage(c, rs->stage), cv, lim);
        return;
    }
    for (size_t k = 0; k < c->r->n_indicators; k++) {
        if (strcmp(rs->code, c->r->indicators[k]->code) != 0)
            continue;
        char cv[YJJH__DISP_BUF], lim[YJJH__DISP_BUF];
        yjjh__disp_standard(lim, sizeof lim, rs->required, 2);
        yjjh__buf_printf(b, "%s %s %s: ", yjjh__rep_stage(c, rs->stage), rs->code, yjjh__rep_ind_name(c, k));
        if (isnan(rs->value)) {
            yjjh__buf_printf(
                b,
                yjjh__L(c, "差异系数无定义 (县域总量为零), 上限 %s", "CV undefined (county total is zero), limit %s"),
                lim);
        } else {
            yjjh__disp_against(cv, sizeof cv, rs->value, rs->required, 2, YJJH__DIR_MAX, 0, 3);
            yjjh__buf_printf(b, yjjh__L(c, "差异系数 %s > %s", "CV %s > %s"), cv, lim);
        }
        return;
    }
    name = yjjh__rep_item_name(c, rs->code, &is_veto);
    for (size_t j = 0; j < cy->items.n; j++) {
        const yjjh__item *it = &cy->items.items[j];
        if (strcmp(it->code, rs->code) != 0)
            continue;
        if (it->code[0] == 'G' || it->code[0] == 'Q' || it->code[0] == 'S')
            yjjh__buf_printf(b, "%s ", it->code);
        yjjh__buf_printf(b, "%s: ", name ? name : it->code);
        yjjh__rep_item_detail(b, c, it);
        return;
    }
    yjjh__buf_printf(b, "%s", rs->code); /* not reached for the reasons of yjjh_schools_evaluate() */
}
