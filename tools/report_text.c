/* SPDX-License-Identifier: MIT */
/* The readable report of `yjjh evaluate --format text`: per county the verdict (通过/未通过/资料不全) with its
 * reasons, per stage the CV table and the schools that fail the school rule with their shortfalls, and the
 * county items. Chinese text with the English codes. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/number_format.h"
#include "common/text.h"

static const char *verdict_zh(yjjh_verdict v)
{
    switch (v) {
    case YJJH_VERDICT_PASS: return "通过";
    case YJJH_VERDICT_FAIL: return "未通过";
    case YJJH_VERDICT_INCOMPLETE: return "资料不全";
    }
    return "?";
}

static const char *item_status_zh(yjjh_item_status s)
{
    switch (s) {
    case YJJH_ITEM_MET: return "达标";
    case YJJH_ITEM_NOT_MET: return "未达标";
    case YJJH_ITEM_NOT_ASSESSED: return "未评估";
    }
    return "?";
}

static const char *exclusion_zh(yjjh_exclusion e)
{
    switch (e) {
    case YJJH_EXCLUDED_SPECIAL: return "特殊教育学校";
    case YJJH_EXCLUDED_PRIVATE: return "民办";
    case YJJH_EXCLUDED_TEACHING_POINT: return "教学点";
    case YJJH_EXCLUDED_NO_STUDENTS: return "无在校生";
    case YJJH_EXCLUDED_NONE: break;
    }
    return "";
}

/* Natural unit of a shortfall, from the indicator's numerator. */
static const char *shortfall_unit(const yjjh_indicator_info *info)
{
    const char *n = info->numerator ? info->numerator : "";
    if (strstr(n, "teachers"))
        return "名教师";
    if (strstr(n, "rooms"))
        return "间";
    if (strstr(n, "computers"))
        return "台";
    if (strstr(n, "books"))
        return "册";
    if (strstr(n, "area"))
        return "m²";
    if (strstr(n, "value") || strstr(n, "funds"))
        return "元";
    return "";
}

/* v with `decimals` decimals, or %g when decimals < 0; "-" for NaN. */
static void fmt_num(char *buf, size_t size, double v, int decimals)
{
    if (isnan(v))
        snprintf(buf, size, "-");
    else if (decimals < 0)
        yjjh__format_g(buf, size, v, 6);
    else
        yjjh__format_fixed(buf, size, v, decimals);
}

static void stage_table(yjjh__buf *b, const yjjh_result *r, const yjjh_profile *p, size_t ci, yjjh_stage stage)
{
    yjjh_stage_summary ss = YJJH_STAGE_SUMMARY_INIT;
    size_t nk = yjjh_profile_indicator_count(p);
    int composite = yjjh_profile_scheme(p) == YJJH_SCHEME_BASIC_2012;
    int rule = yjjh_profile_scheme(p) == YJJH_SCHEME_QUALITY_2017;
    char v1[64], v2[64], v3[64], v4[64];

    if (yjjh_result_stage_get(&ss, r, ci, stage) != YJJH_OK)
        return;
    yjjh__format_fixed(v1, sizeof v1, ss.students, 0);
    yjjh__buf_printf(b, "\n%s (%s): 在校生 %s 人, 参评学校 %zu 所", yjjh_stage_name_zh(stage), yjjh_stage_name(stage),
                     v1, ss.schools_in_scope);
    if (rule)
        yjjh__buf_printf(b, ", 达标学校 %zu 所", ss.schools_passing);
    yjjh__buf_puts(b, "\n  ");
    cli_buf_pad(b, "指标 (indicator)", 50);
    if (rule)
        cli_buf_pad(b, "  标准", 10);
    cli_buf_pad(b, "  县域值", 12);
    cli_buf_pad(b, "  差异系数", 11);
    if (!composite)
        yjjh__buf_puts(b, "  上限    达标");
    yjjh__buf_puts(b, "\n");
    for (size_t k = 0; k < nk; k++) {
        yjjh_indicator_result ir = YJJH_INDICATOR_RESULT_INIT;
        yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
        char label[256];
        if (yjjh_result_indicator_get(&ir, r, ci, stage, k) != YJJH_OK)
            continue;
        if (yjjh_profile_indicator_get(&info, p, k) != YJJH_OK)
            info.name_zh = "";
        snprintf(label, sizeof label, "%s %s", ir.code ? ir.code : "?", info.name_zh ? info.name_zh : "");
        yjjh__buf_puts(b, "  ");
        cli_buf_pad(b, label, 50);
        fmt_num(v1, sizeof v1, ir.standard, -1);
        fmt_num(v2, sizeof v2, ir.county_value, 2);
        if (ir.cv_defined)
            fmt_num(v3, sizeof v3, ir.cv, 3);
        else
            snprintf(v3, sizeof v3, "无定义");
        fmt_num(v4, sizeof v4, ir.cv_max, 2);
        if (rule)
            yjjh__buf_printf(b, "  %8s", v1);
        yjjh__buf_printf(b, "  %10s", v2);
        yjjh__buf_puts(b, "  ");
        {
            size_t w = cli_display_width(v3);
            for (; w < 9; w++)
                yjjh__buf_puts(b, " ");
            yjjh__buf_puts(b, v3);
        }
        if (!composite) {
            yjjh__buf_printf(b, "  %6s", v4);
            yjjh__buf_printf(b, "  %s\n", ir.cv_met ? "是" : "否");
        } else {
            yjjh__buf_puts(b, "\n");
        }
    }
    if (composite) {
        fmt_num(v3, sizeof v3, ss.composite_cv, 3);
        fmt_num(v4, sizeof v4, ss.composite_cv_max, 2);
        yjjh__buf_printf(b, "  综合差异系数 (composite CV): %s, 上限 %s, 达标: %s\n",
                         ss.composite_defined ? v3 : "无定义", v4, ss.composite_cv_met ? "是" : "否");
    }

    /* schools failing the school rule, with their shortfalls */
    if (rule && ss.schools_passing < ss.schools_in_scope) {
        yjjh__buf_puts(b, "  未达标学校 (schools failing the school rule):\n");
        for (size_t i = 0; i < yjjh_result_part_count(r); i++) {
            yjjh_part_result pr = YJJH_PART_RESULT_INIT;
            if (yjjh_result_part_get(&pr, r, i) != YJJH_OK || pr.county != ci || pr.stage != stage || !pr.in_scope ||
                pr.rule.passed)
                continue;
            yjjh__buf_printf(b, "    %s %s: 达标 %u/%zu 项", pr.school_id ? pr.school_id : "",
                             pr.school_name ? pr.school_name : "", pr.rule.met_count, pr.rule.n_indicators);
            for (size_t k = 0; k < pr.rule.n_indicators && k < nk; k++) {
                yjjh_indicator_info info = YJJH_INDICATOR_INFO_INIT;
                yjjh_rule_indicator ri = YJJH_RULE_INDICATOR_INIT;
                if (yjjh_result_part_indicator_get(&ri, r, i, k) != YJJH_OK || ri.met ||
                    yjjh_profile_indicator_get(&info, p, k) != YJJH_OK)
                    continue;
                fmt_num(v1, sizeof v1, ri.value, 2);
                fmt_num(v2, sizeof v2, ri.shortfall, ri.shortfall == floor(ri.shortfall) ? 0 : 1);
                yjjh__format_g(v3, sizeof v3, ri.standard, 6);
                yjjh__format_fixed(v4, sizeof v4, floor(ri.ratio * 100.0), 0);
                yjjh__buf_printf(b, "; %s %s < %s (%s%%%s), 缺 %s %s", info.code, v1, v3, v4,
                                 ri.above_floor ? "" : ", 低于85%", v2, shortfall_unit(&info));
            }
            yjjh__buf_puts(b, "\n");
        }
    }
}

static void county_report(yjjh__buf *b, const yjjh_result *r, const yjjh_profile *p, size_t ci)
{
    yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
    size_t excluded[5] = {0, 0, 0, 0, 0};

    if (yjjh_result_county_get(&cs, r, ci) != YJJH_OK)
        return;
    yjjh__buf_puts(b, "\n============================================================\n");
    yjjh__buf_printf(b, "县区 %s %s\n", cs.county_code && cs.county_code[0] ? cs.county_code : "(无代码)",
                     cs.county_name ? cs.county_name : "");
    yjjh__buf_printf(b, "结论 (verdict): %s (%s)\n", verdict_zh(cs.verdict), yjjh_verdict_name(cs.verdict));
    if (cs.n_reasons) {
        yjjh__buf_puts(b, "原因 (reasons):\n");
        for (size_t j = 0; j < cs.n_reasons; j++) {
            yjjh_reason rs = YJJH_REASON_INIT;
            if (yjjh_result_reason_get(&rs, r, ci, j) != YJJH_OK)
                continue;
            yjjh__buf_printf(b, "  - [%s", rs.code ? rs.code : "");
            if (rs.stage == YJJH_STAGE_PRIMARY || rs.stage == YJJH_STAGE_JUNIOR)
                yjjh__buf_printf(b, " %s", yjjh_stage_name_zh(rs.stage));
            if (rs.school_id && rs.school_id[0])
                yjjh__buf_printf(b, " %s", rs.school_id);
            yjjh__buf_printf(b, "] %s\n", rs.message ? rs.message : "");
        }
    }

    for (size_t i = 0; i < yjjh_result_part_count(r); i++) {
        yjjh_part_result pr = YJJH_PART_RESULT_INIT;
        if (yjjh_result_part_get(&pr, r, i) == YJJH_OK && pr.county == ci && !pr.in_scope && pr.excluded >= 1 &&
            pr.excluded <= 4)
            excluded[pr.excluded]++;
    }
    if (excluded[1] + excluded[2] + excluded[3] + excluded[4]) {
        int first = 1;
        yjjh__buf_puts(b, "不参评的学校部分 (out of scope): ");
        for (int e = 1; e <= 4; e++) {
            if (!excluded[e])
                continue;
            yjjh__buf_printf(b, "%s%s %zu", first ? "" : ", ", exclusion_zh((yjjh_exclusion)e), excluded[e]);
            first = 0;
        }
        yjjh__buf_puts(b, "\n");
    }

    if (cs.has_primary)
        stage_table(b, r, p, ci, YJJH_STAGE_PRIMARY);
    if (cs.has_junior)
        stage_table(b, r, p, ci, YJJH_STAGE_JUNIOR);

    if (cs.n_items) {
        char v1[64], v2[64];
        yjjh__buf_puts(b, "\n县级项目 (county items):\n");
        for (size_t j = 0; j < cs.n_items; j++) {
            yjjh_item_result it = YJJH_ITEM_RESULT_INIT;
            yjjh_item_info info = YJJH_ITEM_INFO_INIT;
            char label[256];
            if (yjjh_result_item_get(&it, r, ci, j) != YJJH_OK)
                continue;
            if (yjjh_item_lookup(&info, it.code) != YJJH_OK)
                info.short_name_zh = "";
            snprintf(label, sizeof label, "%s %s", it.code ? it.code : "", info.short_name_zh);
            yjjh__buf_puts(b, "  ");
            cli_buf_pad(b, label, 52);
            yjjh__buf_printf(b, "  %s (%s)", item_status_zh(it.status), yjjh_item_status_name(it.status));
            if (!isnan(it.value)) {
                fmt_num(v1, sizeof v1, it.value, -1);
                fmt_num(v2, sizeof v2, it.required, -1);
                yjjh__buf_printf(b, "  值 %s, 要求 %s", v1, v2);
            }
            if (it.message && it.message[0])
                yjjh__buf_printf(b, "  %s", it.message);
            yjjh__buf_puts(b, "\n");
        }
    }
}

char *cli_report_text(const yjjh_result *r, const yjjh_profile *p)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t nc = yjjh_result_county_count(r);
    size_t pass = 0;
    yjjh__buf_printf(&b, "%s [%s]\n", yjjh_profile_title(p), yjjh_result_profile_name(r));
    for (size_t ci = 0; ci < nc; ci++) {
        yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
        if (yjjh_result_county_get(&cs, r, ci) == YJJH_OK && cs.verdict == YJJH_VERDICT_PASS)
            pass++;
    }
    yjjh__buf_printf(&b, "县区 %zu 个: 通过 %zu 个\n", nc, pass);
    for (size_t ci = 0; ci < nc; ci++)
        county_report(&b, r, p, ci);
    { /* school ids, names and messages come from the data: no control character reaches the terminal raw */
        yjjh__buf e = YJJH__BUF_INIT;
        if (yjjh__buf_oom(&b)) {
            yjjh__buf_free(&b);
            return NULL;
        }
        yjjh__buf_put_escaped(&e, yjjh__buf_cstr(&b), 1);
        yjjh__buf_free(&b);
        return yjjh__buf_detach(&e);
    }
}
