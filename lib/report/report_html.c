/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_html(): one self-contained printable page — inline CSS and SVG, no script, no network; fonts
 * from the system with a named CJK fallback ("Noto Sans CJK SC", …). Per county: the verdict and reasons, per
 * stage a bar chart of each indicator's CV against its limit, the CV table and a school × indicator table
 * coloured by the ratio to the standard (failing cells marked ✗ with their shortfall), and the county items.
 * Print CSS: A4, a page break before each county. Every data string is HTML-escaped. Numbers are the texts of
 * report_common.c, the same as in the text report; the machine-readable values sit in data-* attributes. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "common/number_format.h"
#include "report/report_common.h"

static void esc(yjjh__buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&': yjjh__buf_puts(b, "&amp;"); break;
        case '<': yjjh__buf_puts(b, "&lt;"); break;
        case '>': yjjh__buf_puts(b, "&gt;"); break;
        case '"': yjjh__buf_puts(b, "&quot;"); break;
        case '\'': yjjh__buf_puts(b, "&#39;"); break;
        default: yjjh__buf_putc(b, *s);
        }
    }
}

/* Escape the text appended to tmp since mark into b, then reset tmp. */
static void esc_buf(yjjh__buf *b, yjjh__buf *tmp)
{
    esc(b, yjjh__buf_cstr(tmp));
    yjjh__buf_free(tmp);
}

/* A number attribute: shortest round trip, "" for NaN. */
static void num_attr(yjjh__buf *b, const char *name, double v)
{
    yjjh__buf_printf(b, " %s=\"", name);
    if (isfinite(v))
        yjjh__buf_put_double(b, v);
    yjjh__buf_putc(b, '"');
}

static const char css[] =
    ":root{--fail:#c62828;--warn:#ef6c00;--ok:#2e7d32}"
    "body{font-family:\"Noto Sans CJK SC\",\"Noto Sans SC\",\"Source Han Sans SC\",\"WenQuanYi Micro Hei\","
    "\"Microsoft YaHei\",\"PingFang SC\",sans-serif;font-size:10.5pt;color:#222;margin:1.5em;line-height:1.45}"
    "h1{font-size:16pt;margin:0 0 .3em}h2{font-size:14pt;border-bottom:2px solid #555;margin-top:1.2em}"
    "h3{font-size:12pt;margin:1em 0 .4em}"
    ".meta{color:#555;font-size:9pt;margin:0 0 .6em}.meta div{margin:0}"
    ".verdict{font-size:13pt;font-weight:bold;padding:.2em .6em;display:inline-block;border-radius:3px}"
    ".verdict.pass{background:#e8f5e9;color:var(--ok)}.verdict.fail{background:#ffebee;color:var(--fail)}"
    ".verdict.incomplete{background:#fff3e0;color:var(--warn)}"
    "table{border-collapse:collapse;margin:.4em 0 .8em;font-size:9pt}"
    "th,td{border:1px solid #bbb;padding:2px 5px;vertical-align:top}th{background:#eee;text-align:center}"
    "td.num{text-align:right;white-space:nowrap}thead{display:table-header-group}tr{break-inside:avoid}"
    "td.r-floor{background:#ef9a9a}td.r-miss{background:#ffcc80}td.r-ok{background:#e8f5e9}"
    "td.r-good{background:#a5d6a7}td.out{color:#999}"
    "td.cell .sf{display:block;font-size:8pt;color:var(--fail)}"
    "tr.fail td.flag,td.flag.no{color:var(--fail);font-weight:bold}"
    "ul.reasons{margin:.3em 0;padding-left:1.4em}ul.reasons li{margin:.1em 0}"
    ".legend span{display:inline-block;padding:0 .5em;margin-right:.4em;border:1px solid #bbb}"
    "svg.cv{display:block;max-width:100%}svg.cv text{font-size:11px;fill:#222}"
    "tr.st-not_met td.status{color:var(--fail);font-weight:bold}tr.st-not_assessed td.status{color:var(--warn)}"
    "@page{size:A4;margin:12mm}"
    "@media print{body{margin:0;font-size:9pt}section.county{break-before:page;page-break-before:always}"
    "section.county:first-of-type{break-before:auto;page-break-before:auto}figure{break-inside:avoid}"
    "td.r-floor,td.r-miss,td.r-ok,td.r-good,.verdict{-webkit-print-color-adjust:exact;print-color-adjust:exact}}";

/* The CV bar chart of one stage: a bar per indicator, the limit as a dashed line, bars over it in red. */
static void cv_chart(yjjh__buf *b, const yjjh__rep *c, const yjjh__stage_result *sr, yjjh_stage stage)
{
    const yjjh_result *r = c->r;
    const double left = 250, bar_w = 330, row_h = 24, top = 26;
    const double height = top + row_h * (double)r->n_indicators + 22;
    double scale = 0;
    char x[YJJH__NUMBER_BUF], y[YJJH__NUMBER_BUF], w[YJJH__NUMBER_BUF];
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        if (ir->cv_defined && ir->cv > scale)
            scale = ir->cv;
        if (!isnan(ir->cv_max) && ir->cv_max > scale)
            scale = ir->cv_max;
    }
    if (r->composite && !isnan(sr->composite_cv_max) && sr->composite_cv_max > scale)
        scale = sr->composite_cv_max;
    scale = scale > 0 ? scale * 1.15 : 1.0;
    yjjh__format_fixed(y, sizeof y, height, 0);
    yjjh__buf_printf(b,
                     "<figure><svg class=\"cv\" xmlns=\"http://www.w3.org/2000/svg\" width=\"660\" height=\"%s\" "
                     "viewBox=\"0 0 660 %s\" role=\"img\" aria-label=\"",
                     y, y);
    yjjh__buf_printf(b, "%s %s\">", yjjh__rep_stage(c, stage), yjjh__L(c, "差异系数", "CV"));
    yjjh__buf_printf(b, "<text x=\"0\" y=\"16\" font-weight=\"bold\">%s %s</text>", yjjh__rep_stage(c, stage),
                     yjjh__L(c, "各指标差异系数与上限", "CV of each indicator against its limit"));
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        const double yy = top + row_h * (double)k;
        char cv[YJJH__DISP_BUF], lim[YJJH__DISP_BUF];
        int over = ir->cv_defined && !isnan(ir->cv_max) && !ir->cv_met;
        yjjh__rep_cv_text(cv, lim, sizeof cv, ir);
        yjjh__format_fixed(y, sizeof y, yy + 15, 1);
        yjjh__buf_printf(b, "<text x=\"0\" y=\"%s\">", y);
        esc(b, r->indicators[k]->code);
        yjjh__buf_putc(b, ' ');
        {
            /* a short label: the first 14 characters of the name */
            const char *nm = yjjh__rep_ind_name(c, k);
            size_t chars = 0, i = 0, max = c->lang == YJJH_LANG_EN ? 30 : 14;
            char tmp[256];
            while (nm[i] && chars < max && i < sizeof tmp - 4) {
                size_t len = ((unsigned char)nm[i] < 0x80)           ? 1
                             : ((unsigned char)nm[i] & 0xE0) == 0xC0 ? 2
                             : ((unsigned char)nm[i] & 0xF0) == 0xE0 ? 3
                                                                     : 4;
                memcpy(tmp + i, nm + i, len);
                i += len;
                chars++;
            }
            tmp[i] = '\0';
            esc(b, tmp);
            if (nm[i])
                yjjh__buf_puts(b, "…");
        }
        yjjh__buf_puts(b, "</text>");
        yjjh__format_fixed(x, sizeof x, left, 0);
        yjjh__format_fixed(y, sizeof y, yy + 3, 1);
        yjjh__format_fixed(w, sizeof w, ir->cv_defined ? bar_w * ir->cv / scale : 0, 1);
        yjjh__buf_printf(
            b, "<rect class=\"bar%s\" data-code=\"%s\" x=\"%s\" y=\"%s\" width=\"%s\" height=\"16\" fill=\"%s\"/>",
            over ? " over" : "", r->indicators[k]->code, x, y, w, over ? "#c62828" : "#5c8fbf");
        yjjh__format_fixed(x, sizeof x, left + (ir->cv_defined ? bar_w * ir->cv / scale : 0) + 4, 1);
        yjjh__format_fixed(y, sizeof y, yy + 15, 1);
        yjjh__buf_printf(b, "<text x=\"%s\" y=\"%s\">%s</text>", x, y,
                         ir->cv_defined ? cv : yjjh__L(c, "无定义", "undefined"));
    }
    {
        double lim_v = NAN;
        char lim[YJJH__DISP_BUF];
        for (size_t k = 0; k < r->n_indicators; k++)
            if (!isnan(sr->ind[k].cv_max))
                lim_v = sr->ind[k].cv_max;
        if (r->composite)
            lim_v = sr->composite_cv_max;
        if (!isnan(lim_v)) {
            yjjh__disp_standard(lim, sizeof lim, lim_v, 2);
            yjjh__format_fixed(x, sizeof x, left + bar_w * lim_v / scale, 1);
            yjjh__format_fixed(y, sizeof y, top + row_h * (double)r->n_indicators, 1);
            yjjh__buf_printf(b,
                             "<line class=\"limit\" x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"#c62828\" "
                             "stroke-width=\"1.5\" stroke-dasharray=\"5,3\"/>",
                             x, "22", x, y);
            yjjh__format_fixed(y, sizeof y, top + row_h * (double)r->n_indicators + 16, 1);
            yjjh__buf_printf(
                b, "<text x=\"%s\" y=\"%s\" text-anchor=\"middle\" fill=\"#c62828\">%s ≤ %s</text>", x, y,
                r->composite ? yjjh__L(c, "综合差异系数上限", "composite limit") : yjjh__L(c, "上限", "limit"), lim);
        }
    }
    yjjh__buf_puts(b, "</svg></figure>\n");
}

static const char *ratio_class(const yjjh__part *pt, size_t k)
{
    if (!pt->rule.above_floor[k])
        return "r-floor";
    if (!pt->rule.met[k])
        return "r-miss";
    return pt->rule.ratio[k] >= 1.2 ? "r-good" : "r-ok";
}

static void stage_section(yjjh__buf *b, const yjjh__rep *c, size_t ci, yjjh_stage stage)
{
    const yjjh_result *r = c->r;
    const yjjh__stage_result *sr = &r->counties[ci].stage[stage == YJJH_STAGE_PRIMARY ? 0 : 1];
    char v1[YJJH__DISP_BUF], v2[YJJH__DISP_BUF];
    yjjh__buf tmp = YJJH__BUF_INIT;

    yjjh__buf_printf(b, "<section class=\"stage\" data-stage=\"%s\">\n<h3>", yjjh_stage_name(stage));
    yjjh__disp_plain(v1, sizeof v1, sr->students, 0);
    yjjh__buf_printf(b, yjjh__L(c, "%s: 在校生 %s 人, 参评学校 %zu 所", "%s: %s students, %zu schools in scope"),
                     yjjh__rep_stage(c, stage), v1, sr->schools_in_scope);
    if (r->has_rule)
        yjjh__buf_printf(b, yjjh__L(c, ", 达标学校 %zu 所", ", %zu passing the school rule"), sr->schools_passing);
    yjjh__buf_puts(b, "</h3>\n");
    cv_chart(b, c, sr, stage);

    /* the CV table */
    yjjh__buf_printf(b, "<table class=\"cv\"><thead><tr><th>%s</th>", yjjh__L(c, "指标", "indicator"));
    if (r->has_rule)
        yjjh__buf_printf(b, "<th>%s</th>", yjjh__L(c, "标准", "standard"));
    yjjh__buf_printf(b, "<th>%s</th><th>%s</th>", yjjh__L(c, "县域值", "county value"), yjjh__L(c, "差异系数", "CV"));
    if (!r->composite)
        yjjh__buf_printf(b, "<th>%s</th><th>%s</th>", yjjh__L(c, "上限", "limit"), yjjh__L(c, "达标", "met"));
    yjjh__buf_puts(b, "</tr></thead><tbody>\n");
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        yjjh__buf_printf(b, "<tr class=\"%s\" data-code=\"%s\"", ir->cv_met || r->composite ? "ok" : "fail",
                         r->indicators[k]->code);
        num_attr(b, "data-cv", ir->cv);
        yjjh__buf_puts(b, "><td>");
        esc(b, r->indicators[k]->code);
        yjjh__buf_putc(b, ' ');
        esc(b, yjjh__rep_ind_name(c, k));
        yjjh__buf_puts(b, "</td>");
        if (r->has_rule) {
            yjjh__disp_standard(v1, sizeof v1, ir->standard, 0);
            yjjh__buf_printf(b, "<td class=\"num standard\">≥ %s</td>", v1);
        }
        yjjh__disp_against(v1, sizeof v1, ir->county_value, NAN, 0, YJJH__DIR_MIN, 1, 2);
        yjjh__buf_printf(b, "<td class=\"num county\">%s</td>", v1);
        yjjh__rep_cv_text(v1, v2, sizeof v1, ir);
        yjjh__buf_printf(b, "<td class=\"num cvv\">%s</td>", ir->cv_defined ? v1 : yjjh__L(c, "无定义", "undefined"));
        if (!r->composite)
            yjjh__buf_printf(b, "<td class=\"num limit\">≤ %s</td><td class=\"flag %s\">%s</td>", v2,
                             ir->cv_met ? "yes" : "no", yjjh__rep_yesno(c, ir->cv_met));
        yjjh__buf_puts(b, "</tr>\n");
    }
    if (r->composite) {
        yjjh_indicator_result comp = YJJH_INDICATOR_RESULT_INIT;
        comp.cv_defined = sr->composite_defined;
        comp.cv = sr->composite_cv;
        comp.cv_max = sr->composite_cv_max;
        comp.cv_met = sr->composite_cv_met;
        yjjh__rep_cv_text(v1, v2, sizeof v1, &comp);
        yjjh__buf_printf(
            b, "<tr class=\"composite %s\"><td colspan=\"2\">%s</td><td class=\"num cvv\">%s %s %s</td></tr>\n",
            sr->composite_cv_met ? "ok" : "fail", yjjh__L(c, "综合差异系数", "composite CV"),
            sr->composite_defined ? v1 : yjjh__L(c, "无定义", "undefined"),
            yjjh__disp_rel(YJJH__DIR_MAX, sr->composite_cv_met), v2);
    }
    yjjh__buf_puts(b, "</tbody></table>\n");

    /* the school × indicator table */
    yjjh__buf_printf(b, "<table class=\"schools\"><thead><tr><th>%s</th><th>%s</th><th>%s</th>",
                     yjjh__L(c, "学校代码", "school id"), yjjh__L(c, "学校名称", "school"),
                     yjjh__L(c, "在校生", "students"));
    for (size_t k = 0; k < r->n_indicators; k++) {
        yjjh__buf_printf(b, "<th title=\"");
        esc(b, yjjh__rep_ind_name(c, k));
        yjjh__buf_printf(b, "\">%s", r->indicators[k]->code);
        if (r->has_rule) {
            yjjh__disp_standard(v1, sizeof v1, sr->ind[k].standard, 0);
            yjjh__buf_printf(b, "<br>≥ %s", v1);
        }
        yjjh__buf_puts(b, "</th>");
    }
    if (r->has_rule)
        yjjh__buf_printf(b, "<th>%s</th><th>%s</th>", yjjh__L(c, "达标项数", "met"), yjjh__L(c, "学校达标", "passed"));
    yjjh__buf_puts(b, "</tr></thead><tbody>\n");
    for (size_t q = c->start[ci]; q < c->start[ci + 1]; q++) {
        const yjjh__part *pt = &r->parts[c->order[q]];
        const int rule = r->has_rule;
        if (pt->stage != stage || !pt->in_scope)
            continue;
        yjjh__buf_printf(b, "<tr class=\"school%s\" data-school=\"", rule && !pt->rule.passed ? " fail" : "");
        esc(b, pt->school_id);
        yjjh__buf_puts(b, "\"><td>");
        esc(b, pt->school_id);
        yjjh__buf_puts(b, "</td><td>");
        esc(b, pt->school_name);
        yjjh__disp_plain(v1, sizeof v1, pt->students, 0);
        yjjh__buf_printf(b, "</td><td class=\"num\">%s</td>", v1);
        for (size_t k = 0; k < r->n_indicators; k++) {
            yjjh__part_text t;
            yjjh__rep_part_text(&t, c, pt, k);
            if (!rule) {
                yjjh__buf_printf(b, "<td class=\"num cell\" data-code=\"%s\">%s</td>", r->indicators[k]->code, t.value);
                continue;
            }
            yjjh__buf_printf(b, "<td class=\"num cell %s%s\" data-code=\"%s\" data-met=\"%s\"", ratio_class(pt, k),
                             pt->rule.met[k] ? "" : " miss", r->indicators[k]->code,
                             pt->rule.met[k] ? "true" : "false");
            num_attr(b, "data-value", pt->rule.value[k]);
            num_attr(b, "data-ratio", pt->rule.ratio[k]);
            yjjh__buf_printf(b, " title=\"%s %s %s %s (%s)\">", r->indicators[k]->code, t.value,
                             yjjh__disp_rel(YJJH__DIR_MIN, pt->rule.met[k]), t.standard, t.ratio);
            if (!pt->rule.met[k])
                yjjh__buf_puts(b, "✗ ");
            yjjh__buf_printf(b, "<span class=\"v\">%s</span>", t.value);
            if (!pt->rule.met[k]) {
                yjjh__buf_printf(b, "<span class=\"sf\">%s <span class=\"ratio\">%s</span>, ",
                                 yjjh__disp_rel(YJJH__DIR_MIN, 0), t.ratio);
                yjjh__buf_printf(
                    b, yjjh__L(c, "缺 <span class=\"short\">%s</span> %s", "short <span class=\"short\">%s</span> %s"),
                    t.shortfall, yjjh__rep_short_unit(c, k));
                yjjh__buf_puts(b, "</span>");
            }
            yjjh__buf_puts(b, "</td>");
        }
        if (rule)
            yjjh__buf_printf(b, "<td class=\"num\">%u/%zu</td><td class=\"flag %s\">%s</td>", pt->rule.met_count,
                             pt->rule.n_indicators, pt->rule.passed ? "yes" : "no",
                             yjjh__rep_yesno(c, pt->rule.passed));
        yjjh__buf_puts(b, "</tr>\n");
    }
    yjjh__buf_puts(b, "</tbody></table>\n");
    if (r->has_rule) {
        char fs[YJJH__DISP_BUF];
        yjjh__disp_standard(fs, sizeof fs, c->floor * 100.0, 0);
        yjjh__buf_printf(b,
                         "<p class=\"legend\"><span class=\"r-floor\" style=\"background:#ef9a9a\">%s %s%%</span>"
                         "<span style=\"background:#ffcc80\">%s</span><span style=\"background:#e8f5e9\">%s</span>"
                         "<span style=\"background:#a5d6a7\">%s</span></p>\n",
                         yjjh__L(c, "低于标准的", "below"), fs, yjjh__L(c, "✗ 未达标准", "✗ below the standard"),
                         yjjh__L(c, "达标", "meets it"), yjjh__L(c, "达标准的120%以上", "120% of it or more"));
    }
    yjjh__buf_free(&tmp);
    yjjh__buf_puts(b, "</section>\n");
}

static void county_section(yjjh__buf *b, const yjjh__rep *c, size_t ci)
{
    const yjjh__county *cy = &c->r->counties[ci];
    yjjh__buf tmp = YJJH__BUF_INIT;
    size_t excluded[5] = {0, 0, 0, 0, 0};

    yjjh__buf_printf(b, "<section class=\"county\" data-county=\"");
    esc(b, cy->code);
    yjjh__buf_printf(b, "\" data-verdict=\"%s\">\n<h2>%s ", yjjh_verdict_name(cy->verdict),
                     yjjh__L(c, "县区", "County"));
    esc(b, cy->code[0] ? cy->code : yjjh__L(c, "(无代码)", "(no code)"));
    yjjh__buf_putc(b, ' ');
    esc(b, cy->name);
    yjjh__buf_printf(b, "</h2>\n<p>%s: <span class=\"verdict %s\">%s</span></p>\n", yjjh__L(c, "结论", "Verdict"),
                     yjjh_verdict_name(cy->verdict), yjjh__rep_verdict(c, cy->verdict));
    if (cy->n_reasons) {
        yjjh__buf_printf(b, "<h3>%s</h3>\n<ul class=\"reasons\">\n", yjjh__L(c, "原因", "Reasons"));
        for (size_t j = 0; j < cy->n_reasons; j++) {
            yjjh__buf_printf(b, "<li data-code=\"");
            esc(b, cy->reasons[j].code);
            yjjh__buf_puts(b, "\">");
            yjjh__rep_reason(&tmp, c, ci, &cy->reasons[j]);
            esc_buf(b, &tmp);
            yjjh__buf_puts(b, "</li>\n");
        }
        yjjh__buf_puts(b, "</ul>\n");
    }
    for (size_t q = c->start[ci]; q < c->start[ci + 1]; q++) {
        const yjjh__part *pt = &c->r->parts[c->order[q]];
        if (!pt->in_scope && pt->excluded >= 1 && pt->excluded <= 4)
            excluded[pt->excluded]++;
    }
    if (excluded[1] + excluded[2] + excluded[3] + excluded[4]) {
        int first = 1;
        yjjh__buf_printf(b, "<p class=\"excluded\">%s: ", yjjh__L(c, "不参评的学校部分", "Out of scope"));
        for (int e = 1; e <= 4; e++) {
            if (!excluded[e])
                continue;
            yjjh__buf_printf(b, "%s%s %zu", first ? "" : ", ", yjjh__rep_exclusion(c, (yjjh_exclusion)e), excluded[e]);
            first = 0;
        }
        yjjh__buf_puts(b, "</p>\n");
    }
    if (cy->stage[0].present)
        stage_section(b, c, ci, YJJH_STAGE_PRIMARY);
    if (cy->stage[1].present)
        stage_section(b, c, ci, YJJH_STAGE_JUNIOR);
    if (cy->items.n) {
        yjjh__buf_printf(
            b,
            "<h3>%s</h3>\n<table class=\"items\"><thead><tr><th>%s</th><th>%s</th><th>%s</th><th>%s</th></tr></thead><tbody>\n",
            yjjh__L(c, "县级指标", "County items"), yjjh__L(c, "代码", "code"), yjjh__L(c, "项目", "item"),
            yjjh__L(c, "结果", "result"), yjjh__L(c, "数值", "values"));
        for (size_t j = 0; j < cy->items.n; j++) {
            const yjjh__item *it = &cy->items.items[j];
            const char *name = yjjh__rep_item_name(c, it->code, NULL);
            const int show_code = it->code[0] == 'G' || it->code[0] == 'Q' || it->code[0] == 'S';
            yjjh__buf_printf(b, "<tr class=\"item st-%s\" data-code=\"%s\"", yjjh_item_status_name(it->status),
                             it->code);
            num_attr(b, "data-value", it->value);
            num_attr(b, "data-required", it->required);
            yjjh__buf_printf(b, "><td>%s</td><td>", show_code ? it->code : "");
            esc(b, name ? name : "");
            yjjh__buf_printf(b, "</td><td class=\"status\">%s</td><td class=\"detail\">",
                             yjjh__rep_status(c, it->status));
            yjjh__rep_item_detail(&tmp, c, it);
            esc_buf(b, &tmp);
            yjjh__buf_puts(b, "</td></tr>\n");
        }
        yjjh__buf_puts(b, "</tbody></table>\n");
    }
    yjjh__buf_free(&tmp);
    yjjh__buf_puts(b, "</section>\n");
}

yjjh_status yjjh_result_to_html(char **out, const yjjh_result *result, const yjjh_report_options *options)
{
    yjjh__rep c;
    yjjh__buf b = YJJH__BUF_INIT, tmp = YJJH__BUF_INIT;
    yjjh_status st;
    size_t pass = 0;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if ((st = yjjh__rep_open(&c, result, options)) != YJJH_OK)
        return st;
    yjjh__buf_printf(&b, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n<title>",
                     c.lang == YJJH_LANG_EN ? "en" : "zh-CN");
    esc(&b, yjjh__rep_title(&c));
    yjjh__buf_printf(&b, "</title>\n<style>%s</style>\n</head>\n<body>\n<header>\n<h1>", css);
    esc(&b, yjjh__rep_title(&c));
    yjjh__buf_puts(&b, " [");
    esc(&b, result->profile_name);
    yjjh__buf_puts(&b, "]</h1>\n<div class=\"meta\">");
    yjjh__rep_header(&tmp, &c, "");
    {
        /* one <div> per header line */
        const char *s = yjjh__buf_cstr(&tmp);
        while (*s) {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            char *line = malloc(n + 1);
            if (!line) {
                b.oom = 1;
                break;
            }
            memcpy(line, s, n);
            line[n] = '\0';
            yjjh__buf_puts(&b, "<div>");
            esc(&b, line);
            yjjh__buf_puts(&b, "</div>");
            free(line);
            s += n + (nl ? 1 : 0);
        }
    }
    yjjh__buf_free(&tmp);
    for (size_t ci = 0; ci < result->n_counties; ci++)
        pass += result->counties[ci].verdict == YJJH_VERDICT_PASS;
    yjjh__buf_puts(&b, "</div>\n<p class=\"summary\">");
    yjjh__buf_printf(&b, yjjh__L(&c, "县区 %zu 个: 通过 %zu 个", "Counties: %zu, passed: %zu"), result->n_counties,
                     pass);
    yjjh__buf_puts(&b, "</p>\n</header>\n<main>\n");
    for (size_t ci = 0; ci < result->n_counties && !yjjh__buf_oom(&b); ci++)
        county_section(&b, &c, ci);
    yjjh__buf_puts(&b, "</main>\n</body>\n</html>\n");
    yjjh__rep_close(&c);
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}
