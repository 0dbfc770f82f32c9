/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_xlsx(): the Excel workbook through libxlsxwriter. Sheets 结论 (verdicts and reasons), 学校
 * (every school part), 差异系数 (county × stage × indicator) and 县级指标 (county items). Numbers are written as
 * numbers (full precision, as in the JSON); each cell's number format shows as many decimals as the text report
 * does for it, so a value that misses its standard is never shown equal to it. Header rows are frozen, every
 * table has a filter, failures are highlighted. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "report/report_common.h"
#include "rules/items.h"

#define MAX_DEC 17

typedef struct xl {
    lxw_workbook *wb;
    lxw_format *head, *wrap, *bad_text, *good_text;
    lxw_format *num[2][MAX_DEC + 1]; /* [highlighted][decimals] "0.00" */
    lxw_format *pct[2][MAX_DEC + 1]; /* "0.0%" */
} xl;

static lxw_format *make_format(xl *x, int bad, int decimals, int percent)
{
    lxw_format *f = workbook_add_format(x->wb);
    char fmt[48] = "0";
    if (decimals > 0) {
        strcat(fmt, ".");
        for (int i = 0; i < decimals && i < MAX_DEC; i++)
            strcat(fmt, "0");
    }
    if (percent)
        strcat(fmt, "%");
    format_set_num_format(f, fmt);
    if (bad) {
        format_set_bg_color(f, 0xFFCC80);
        format_set_font_color(f, 0x9C0006);
    }
    return f;
}

static lxw_format *num_format(xl *x, int bad, int decimals)
{
    if (decimals < 0)
        decimals = 0;
    if (decimals > MAX_DEC)
        decimals = MAX_DEC;
    if (!x->num[bad][decimals])
        x->num[bad][decimals] = make_format(x, bad, decimals, 0);
    return x->num[bad][decimals];
}

static lxw_format *pct_format(xl *x, int bad, int decimals)
{
    if (decimals < 0)
        decimals = 0;
    if (decimals > MAX_DEC)
        decimals = MAX_DEC;
    if (!x->pct[bad][decimals])
        x->pct[bad][decimals] = make_format(x, bad, decimals, 1);
    return x->pct[bad][decimals];
}

/* Decimals shown in a number text ("4.49999" → 5, "89%" → 0). */
static int decimals_of(const char *s)
{
    const char *dot = strchr(s, '.');
    int n = 0;
    if (!dot)
        return 0;
    for (dot++; *dot >= '0' && *dot <= '9'; dot++)
        n++;
    return n;
}

static void put_num(lxw_worksheet *ws, lxw_row_t r, lxw_col_t col, double v, lxw_format *f)
{
    if (isfinite(v))
        worksheet_write_number(ws, r, col, v, f);
}

/* Excel holds at most 32767 characters in a cell; libxlsxwriter refuses longer strings. Data strings (school
 * names) are cut at a UTF-8 boundary so that no cell is lost. */
#define MAX_CELL_BYTES 32767
static void put_str(lxw_worksheet *ws, lxw_row_t r, lxw_col_t col, const char *s, lxw_format *f)
{
    size_t n = strlen(s);
    if (n <= MAX_CELL_BYTES) {
        worksheet_write_string(ws, r, col, s, f);
        return;
    }
    {
        char *cut = malloc(MAX_CELL_BYTES + 1);
        if (!cut)
            return;
        n = MAX_CELL_BYTES;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) /* s[n] continues a character: cut before it */
            n--;
        memcpy(cut, s, n);
        cut[n] = '\0';
        worksheet_write_string(ws, r, col, cut, f);
        free(cut);
    }
}

static void headers(xl *x, lxw_worksheet *ws, lxw_row_t row, const char *const *names, size_t n)
{
    for (size_t i = 0; i < n; i++)
        put_str(ws, row, (lxw_col_t)i, names[i], x->head);
}

static void sheet_verdicts(xl *x, const yjjh__rep *c)
{
    const yjjh_result *r = c->r;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, yjjh__L(c, "结论", "verdict"));
    const char *h[] = {yjjh__L(c, "县区代码", "county code"), yjjh__L(c, "县区名称", "county"),
                       yjjh__L(c, "结论", "verdict"),         yjjh__L(c, "原因代码", "reason code"),
                       yjjh__L(c, "学段", "stage"),           yjjh__L(c, "学校代码", "school id"),
                       yjjh__L(c, "原因", "reason")};
    yjjh__buf tmp = YJJH__BUF_INIT;
    lxw_row_t row = 0, first;
    char title[512];
    snprintf(title, sizeof title, "%s [%s]", yjjh__rep_title(c), r->profile_name);
    put_str(ws, row++, 0, title, x->head);
    yjjh__rep_header(&tmp, c, "");
    {
        const char *s = yjjh__buf_cstr(&tmp);
        while (*s) {
            const char *nl = strchr(s, '\n');
            size_t n = nl ? (size_t)(nl - s) : strlen(s);
            char line[1024];
            snprintf(line, sizeof line, "%.*s", (int)(n < sizeof line ? n : sizeof line - 1), s);
            put_str(ws, row++, 0, line, NULL);
            s += n + (nl ? 1 : 0);
        }
    }
    yjjh__buf_free(&tmp);
    row++;
    first = row;
    headers(x, ws, row++, h, sizeof h / sizeof h[0]);
    for (size_t ci = 0; ci < r->n_counties; ci++) {
        const yjjh__county *cy = &r->counties[ci];
        lxw_format *vf = cy->verdict == YJJH_VERDICT_PASS ? x->good_text : x->bad_text;
        size_t n = cy->n_reasons ? cy->n_reasons : 1;
        for (size_t j = 0; j < n; j++) {
            put_str(ws, row, 0, cy->code, NULL);
            put_str(ws, row, 1, cy->name, NULL);
            put_str(ws, row, 2, yjjh__rep_verdict(c, cy->verdict), vf);
            if (cy->n_reasons) {
                const yjjh__reason *rs = &cy->reasons[j];
                put_str(ws, row, 3, rs->code, NULL);
                put_str(ws, row, 4, yjjh__rep_stage(c, rs->stage), NULL);
                put_str(ws, row, 5, rs->school_id, NULL);
                yjjh__rep_reason(&tmp, c, ci, rs);
                put_str(ws, row, 6, yjjh__buf_cstr(&tmp), x->wrap);
                yjjh__buf_free(&tmp);
            }
            row++;
        }
    }
    worksheet_freeze_panes(ws, first + 1, 0);
    worksheet_autofilter(ws, first, 0, row > first + 1 ? row - 1 : first, 6);
    worksheet_set_column(ws, 0, 1, 12, NULL);
    worksheet_set_column(ws, 2, 5, 11, NULL);
    worksheet_set_column(ws, 6, 6, 90, NULL);
}

static void sheet_schools(xl *x, const yjjh__rep *c)
{
    const yjjh_result *r = c->r;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, yjjh__L(c, "学校", "schools"));
    const char *fixed[] = {yjjh__L(c, "县区代码", "county code"), yjjh__L(c, "县区名称", "county"),
                           yjjh__L(c, "学校代码", "school id"),   yjjh__L(c, "学校名称", "school"),
                           yjjh__L(c, "学段", "stage"),           yjjh__L(c, "是否参评", "in scope"),
                           yjjh__L(c, "不参评原因", "excluded"),  yjjh__L(c, "在校生", "students")};
    const lxw_col_t nf = (lxw_col_t)(sizeof fixed / sizeof fixed[0]);
    const lxw_col_t per = r->has_rule ? 4 : 1;
    lxw_col_t last = (lxw_col_t)(nf + per * r->n_indicators + (r->has_rule ? 2 : 0) - 1);
    lxw_row_t row = 1;
    headers(x, ws, 0, fixed, nf);
    for (size_t k = 0; k < r->n_indicators; k++) {
        char h[256];
        const char *code = r->indicators[k]->code;
        lxw_col_t col = (lxw_col_t)(nf + per * k);
        snprintf(h, sizeof h, "%s %s", code, yjjh__L(c, "值", "value"));
        put_str(ws, 0, col, h, x->head);
        if (r->has_rule) {
            snprintf(h, sizeof h, "%s %s", code, yjjh__L(c, "比例", "ratio"));
            put_str(ws, 0, col + 1, h, x->head);
            snprintf(h, sizeof h, "%s %s", code, yjjh__L(c, "达标", "met"));
            put_str(ws, 0, col + 2, h, x->head);
            snprintf(h, sizeof h, "%s %s (%s)", code, yjjh__L(c, "缺口", "shortfall"), yjjh__rep_short_unit(c, k));
            put_str(ws, 0, col + 3, h, x->head);
        }
    }
    if (r->has_rule) {
        put_str(ws, 0, last - 1, yjjh__L(c, "达标项数", "indicators met"), x->head);
        put_str(ws, 0, last, yjjh__L(c, "学校达标", "passed"), x->head);
    }
    for (size_t ci = 0; ci < r->n_counties; ci++) {
        for (size_t q = c->start[ci]; q < c->start[ci + 1]; q++, row++) {
            const yjjh__part *pt = &r->parts[c->order[q]];
            const int rule = r->has_rule && pt->in_scope;
            put_str(ws, row, 0, r->counties[ci].code, NULL);
            put_str(ws, row, 1, r->counties[ci].name, NULL);
            put_str(ws, row, 2, pt->school_id, NULL);
            put_str(ws, row, 3, pt->school_name, NULL);
            put_str(ws, row, 4, yjjh__rep_stage(c, pt->stage), NULL);
            put_str(ws, row, 5, yjjh__rep_yesno(c, pt->in_scope), NULL);
            if (!pt->in_scope)
                put_str(ws, row, 6, yjjh__rep_exclusion(c, pt->excluded), NULL);
            put_num(ws, row, 7, pt->students, num_format(x, 0, 0));
            if (!pt->in_scope)
                continue;
            for (size_t k = 0; k < r->n_indicators; k++) {
                lxw_col_t col = (lxw_col_t)(nf + per * k);
                yjjh__part_text t;
                const int bad = rule && !pt->rule.met[k];
                yjjh__rep_part_text(&t, c, pt, k);
                put_num(ws, row, col, pt->rule.value[k], num_format(x, bad, decimals_of(t.value)));
                if (!r->has_rule)
                    continue;
                put_num(ws, row, col + 1, pt->rule.ratio[k], pct_format(x, bad, decimals_of(t.ratio)));
                put_str(ws, row, col + 2, yjjh__rep_yesno(c, pt->rule.met[k]), bad ? x->bad_text : NULL);
                put_num(ws, row, col + 3,
                        bad ? yjjh__disp_shortfall_value(pt->rule.shortfall[k], r->indicators[k]->whole_units) : 0.0,
                        num_format(x, bad, decimals_of(t.shortfall)));
            }
            if (r->has_rule) {
                put_num(ws, row, last - 1, (double)pt->rule.met_count, num_format(x, 0, 0));
                put_str(ws, row, last, yjjh__rep_yesno(c, pt->rule.passed), pt->rule.passed ? NULL : x->bad_text);
            }
        }
    }
    worksheet_freeze_panes(ws, 1, 4);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 0, last);
    worksheet_set_column(ws, 0, 2, 12, NULL);
    worksheet_set_column(ws, 3, 3, 28, NULL);
}

static void sheet_cv(xl *x, const yjjh__rep *c)
{
    const yjjh_result *r = c->r;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, yjjh__L(c, "差异系数", "CV"));
    const char *h[] = {yjjh__L(c, "县区代码", "county code"),
                       yjjh__L(c, "县区名称", "county"),
                       yjjh__L(c, "学段", "stage"),
                       yjjh__L(c, "指标代码", "code"),
                       yjjh__L(c, "指标", "indicator"),
                       yjjh__L(c, "标准 (≥)", "standard (≥)"),
                       yjjh__L(c, "县域值", "county value"),
                       yjjh__L(c, "差异系数", "CV"),
                       yjjh__L(c, "上限 (≤)", "limit (≤)"),
                       yjjh__L(c, "达标", "met"),
                       yjjh__L(c, "达标学校数", "schools meeting the standard")};
    lxw_row_t row = 1;
    headers(x, ws, 0, h, sizeof h / sizeof h[0]);
    for (size_t ci = 0; ci < r->n_counties; ci++) {
        for (int s = 0; s < 2; s++) {
            const yjjh__stage_result *sr = &r->counties[ci].stage[s];
            const yjjh_stage stage = s ? YJJH_STAGE_JUNIOR : YJJH_STAGE_PRIMARY;
            if (!sr->present)
                continue;
            for (size_t k = 0; k <= r->n_indicators; k++, row++) {
                yjjh_indicator_result ir = YJJH_INDICATOR_RESULT_INIT;
                char cv[YJJH__DISP_BUF], lim[YJJH__DISP_BUF];
                int bad;
                if (k == r->n_indicators) {
                    if (!r->composite)
                        break;
                    ir.cv_defined = sr->composite_defined;
                    ir.cv = sr->composite_cv;
                    ir.cv_max = sr->composite_cv_max;
                    ir.cv_met = sr->composite_cv_met;
                    ir.standard = ir.county_value = NAN;
                } else {
                    ir = sr->ind[k];
                }
                bad = !isnan(ir.cv_max) && !ir.cv_met;
                yjjh__rep_cv_text(cv, lim, sizeof cv, &ir);
                put_str(ws, row, 0, r->counties[ci].code, NULL);
                put_str(ws, row, 1, r->counties[ci].name, NULL);
                put_str(ws, row, 2, yjjh__rep_stage(c, stage), NULL);
                put_str(ws, row, 3, k < r->n_indicators ? r->indicators[k]->code : "composite", NULL);
                put_str(ws, row, 4,
                        k < r->n_indicators ? yjjh__rep_ind_name(c, k) : yjjh__L(c, "综合差异系数", "composite CV"),
                        NULL);
                put_num(ws, row, 5, ir.standard, NULL);
                put_num(ws, row, 6, ir.county_value, num_format(x, 0, 2));
                if (ir.cv_defined)
                    put_num(ws, row, 7, ir.cv, num_format(x, bad, decimals_of(cv)));
                else
                    put_str(ws, row, 7, yjjh__L(c, "无定义", "undefined"), x->bad_text);
                put_num(ws, row, 8, ir.cv_max, num_format(x, 0, decimals_of(lim)));
                if (!isnan(ir.cv_max))
                    put_str(ws, row, 9, yjjh__rep_yesno(c, ir.cv_met), bad ? x->bad_text : NULL);
                if (k < r->n_indicators && r->has_rule)
                    put_num(ws, row, 10, (double)ir.schools_meeting, num_format(x, 0, 0));
            }
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 0, 10);
    worksheet_set_column(ws, 4, 4, 44, NULL);
}

static void sheet_items(xl *x, const yjjh__rep *c)
{
    const yjjh_result *r = c->r;
    lxw_worksheet *ws = workbook_add_worksheet(x->wb, yjjh__L(c, "县级指标", "county items"));
    const char *h[] = {yjjh__L(c, "县区代码", "county code"),
                       yjjh__L(c, "县区名称", "county"),
                       yjjh__L(c, "代码", "code"),
                       yjjh__L(c, "项目", "item"),
                       yjjh__L(c, "一票否决", "veto"),
                       yjjh__L(c, "结果", "result"),
                       yjjh__L(c, "值", "value"),
                       yjjh__L(c, "要求", "required"),
                       yjjh__L(c, "数值说明", "values")};
    yjjh__buf tmp = YJJH__BUF_INIT;
    lxw_row_t row = 1;
    headers(x, ws, 0, h, sizeof h / sizeof h[0]);
    for (size_t ci = 0; ci < r->n_counties; ci++) {
        const yjjh__county *cy = &r->counties[ci];
        for (size_t j = 0; j < cy->items.n; j++, row++) {
            const yjjh__item *it = &cy->items.items[j];
            int veto = 0;
            const char *name = yjjh__rep_item_name(c, it->code, &veto);
            const int show_code = it->code[0] == 'G' || it->code[0] == 'Q' || it->code[0] == 'S';
            const int bad = it->status != YJJH_ITEM_MET;
            put_str(ws, row, 0, cy->code, NULL);
            put_str(ws, row, 1, cy->name, NULL);
            put_str(ws, row, 2, show_code ? it->code : "", NULL);
            put_str(ws, row, 3, name ? name : "", NULL);
            put_str(ws, row, 4, veto ? yjjh__rep_yesno(c, 1) : "", NULL);
            put_str(ws, row, 5, yjjh__rep_status(c, it->status), bad ? x->bad_text : NULL);
            put_num(ws, row, 6, it->value, NULL);
            put_num(ws, row, 7, it->required, NULL);
            yjjh__rep_item_detail(&tmp, c, it);
            put_str(ws, row, 8, yjjh__buf_cstr(&tmp), x->wrap);
            yjjh__buf_free(&tmp);
        }
    }
    worksheet_freeze_panes(ws, 1, 0);
    worksheet_autofilter(ws, 0, 0, row > 1 ? row - 1 : 0, 8);
    worksheet_set_column(ws, 3, 3, 36, NULL);
    worksheet_set_column(ws, 8, 8, 70, NULL);
}

yjjh_status yjjh_result_to_xlsx(const char *path, const yjjh_result *result, const yjjh_report_options *options)
{
    yjjh__rep c;
    xl x;
    yjjh_status st;
    lxw_error err;
    if (!path)
        return YJJH_E_NULL_ARG;
    if ((st = yjjh__rep_open(&c, result, options)) != YJJH_OK)
        return st;
    memset(&x, 0, sizeof x);
    {
        /* libxlsxwriter opens the file only in workbook_close() and prints its failure to stderr: find out
         * first whether the file can be created (the library never prints) */
        FILE *probe = fopen(path, "wb");
        if (!probe) {
            yjjh__rep_close(&c);
            return YJJH_E_IO_WRITE;
        }
        fclose(probe);
    }
    x.wb = workbook_new(path);
    if (!x.wb) {
        yjjh__rep_close(&c);
        unlink(path);
        return YJJH_E_IO_WRITE;
    }
    x.head = workbook_add_format(x.wb);
    format_set_bold(x.head);
    format_set_bg_color(x.head, 0xEEEEEE);
    format_set_text_wrap(x.head);
    x.wrap = workbook_add_format(x.wb);
    format_set_text_wrap(x.wrap);
    x.bad_text = workbook_add_format(x.wb);
    format_set_bg_color(x.bad_text, 0xFFC7CE);
    format_set_font_color(x.bad_text, 0x9C0006);
    x.good_text = workbook_add_format(x.wb);
    format_set_bg_color(x.good_text, 0xC6EFCE);
    format_set_font_color(x.good_text, 0x006100);
    sheet_verdicts(&x, &c);
    sheet_schools(&x, &c);
    sheet_cv(&x, &c);
    sheet_items(&x, &c);
    err = workbook_close(x.wb);
    yjjh__rep_close(&c);
    if (err != LXW_NO_ERROR) {
        unlink(path);
        return err == LXW_ERROR_MEMORY_MALLOC_FAILED ? YJJH_E_NOMEM : YJJH_E_IO_WRITE;
    }
    return YJJH_OK;
}
