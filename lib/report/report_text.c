/* SPDX-License-Identifier: MIT */
/* yjjh_result_to_text(): the readable report (`yjjh evaluate --format text`): a header, per county the verdict
 * with its reasons, per stage the CV table and the schools failing the school rule with their shortfalls, and
 * the county items — every number under the display rules (display.h). Linear in the number of school parts. */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "report/report_common.h"
#include "common/chunked_write.h"
#include "common/text.h"

/* s padded with spaces to a display width (left-aligned; right-aligned when right); one space when too long. */
static void pad(yjjh__buf *b, const char *s, size_t w, int right)
{
    size_t have = yjjh__display_width(s);
    if (right)
        for (size_t i = have; i < w; i++)
            yjjh__buf_putc(b, ' ');
    yjjh__buf_puts(b, s);
    if (!right) {
        if (have >= w)
            yjjh__buf_putc(b, ' ');
        for (size_t i = have; i < w; i++)
            yjjh__buf_putc(b, ' ');
    }
}

static void stage_section(yjjh__buf *b, const yjjh__rep *c, size_t ci, yjjh_stage stage)
{
    const yjjh_result *r = c->r;
    const yjjh__stage_result *sr = &r->counties[ci].stage[stage == YJJH_STAGE_PRIMARY ? 0 : 1];
    char v1[YJJH__DISP_BUF], v2[YJJH__DISP_BUF], v3[YJJH__DISP_BUF + 8], v4[YJJH__DISP_BUF + 8];
    size_t label_w = 0;
    for (size_t k = 0; k < r->n_indicators; k++) {
        size_t w = yjjh__display_width(r->indicators[k]->code) + 1 + yjjh__display_width(yjjh__rep_ind_name(c, k)) + 2;
        if (w > label_w)
            label_w = w;
    }

    yjjh__disp_plain(v1, sizeof v1, sr->students, 0);
    yjjh__buf_printf(b, yjjh__L(c, "\n%s: 在校生 %s 人, 参评学校 %zu 所", "\n%s: %s students, %zu schools in scope"),
                     yjjh__rep_stage(c, stage), v1, sr->schools_in_scope);
    if (r->has_rule)
        yjjh__buf_printf(b, yjjh__L(c, ", 达标学校 %zu 所", ", %zu passing the school rule"), sr->schools_passing);
    yjjh__buf_puts(b, "\n  ");
    pad(b, yjjh__L(c, "指标", "indicator"), label_w, 0);
    if (r->has_rule)
        pad(b, yjjh__L(c, "标准", "standard"), 10, 1);
    pad(b, yjjh__L(c, "县域值", "county"), 12, 1);
    pad(b, yjjh__L(c, "差异系数", "CV"), 12, 1);
    if (!r->composite) {
        pad(b, yjjh__L(c, "上限", "limit"), 9, 1);
        yjjh__buf_puts(b, yjjh__L(c, "  达标", "  met"));
    }
    yjjh__buf_puts(b, "\n");
    for (size_t k = 0; k < r->n_indicators; k++) {
        const yjjh_indicator_result *ir = &sr->ind[k];
        char label[512];
        snprintf(label, sizeof label, "%s %s", r->indicators[k]->code, yjjh__rep_ind_name(c, k));
        yjjh__buf_puts(b, "  ");
        pad(b, label, label_w, 0);
        if (r->has_rule) {
            yjjh__disp_standard(v1, sizeof v1, ir->standard, 0);
            snprintf(v3, sizeof v3, "≥ %s", v1);
            pad(b, v3, 10, 1);
        }
        yjjh__disp_against(v2, sizeof v2, ir->county_value, NAN, 0, YJJH__DIR_MIN, 1, 2);
        pad(b, v2, 12, 1);
        yjjh__rep_cv_text(v1, v2, sizeof v1, ir);
        pad(b, ir->cv_defined ? v1 : yjjh__L(c, "无定义", "undefined"), 12, 1);
        if (!r->composite) {
            snprintf(v4, sizeof v4, "≤ %s", v2);
            pad(b, v4, 9, 1);
            yjjh__buf_printf(b, "  %s", yjjh__rep_yesno(c, ir->cv_met));
        }
        yjjh__buf_puts(b, "\n");
    }
    if (r->composite) {
        yjjh_indicator_result comp = YJJH_INDICATOR_RESULT_INIT;
        comp.cv_defined = sr->composite_defined;
        comp.cv = sr->composite_cv;
        comp.cv_max = sr->composite_cv_max;
        comp.cv_met = sr->composite_cv_met;
        yjjh__rep_cv_text(v1, v2, sizeof v1, &comp);
        yjjh__buf_printf(b, yjjh__L(c, "  综合差异系数: %s %s %s, 达标: %s\n", "  composite CV: %s %s %s, met: %s\n"),
                         sr->composite_defined ? v1 : yjjh__L(c, "无定义", "undefined"),
                         sr->composite_defined ? yjjh__disp_rel(YJJH__DIR_MAX, sr->composite_cv_met) : "≤", v2,
                         yjjh__rep_yesno(c, sr->composite_cv_met));
    }
    if (r->has_rule && sr->schools_passing < sr->schools_in_scope) {
        yjjh__buf_puts(b, yjjh__L(c, "  未达标学校:\n", "  schools failing the school rule:\n"));
        for (size_t q = c->start[ci]; q < c->start[ci + 1]; q++) {
            const yjjh__part *pt = &r->parts[c->order[q]];
            if (pt->stage != stage || !pt->in_scope || pt->rule.passed)
                continue;
            yjjh__buf_puts(b, "    ");
            yjjh__rep_part_line(b, c, pt);
            yjjh__buf_puts(b, "\n");
        }
    }
}

static void county_section(yjjh__buf *b, const yjjh__rep *c, size_t ci)
{
    const yjjh__county *cy = &c->r->counties[ci];

    yjjh__buf_puts(b, "\n============================================================\n");
    yjjh__buf_printf(b, "%s %s %s\n", yjjh__L(c, "县区", "County"),
                     cy->code[0] ? cy->code : yjjh__L(c, "(无代码)", "(no code)"), cy->name);
    yjjh__buf_printf(b, "%s: %s\n", yjjh__L(c, "结论", "Verdict"), yjjh__rep_verdict(c, cy->verdict));
    if (cy->n_reasons) {
        yjjh__buf_printf(b, "%s:\n", yjjh__L(c, "原因", "Reasons"));
        for (size_t j = 0; j < cy->n_reasons; j++) {
            yjjh__buf_puts(b, "  - ");
            yjjh__rep_reason(b, c, ci, &cy->reasons[j]);
            yjjh__buf_puts(b, "\n");
        }
    }
    if (yjjh__rep_exclusions(b, c, ci))
        yjjh__buf_puts(b, "\n");
    if (cy->stage[0].present)
        stage_section(b, c, ci, YJJH_STAGE_PRIMARY);
    if (cy->stage[1].present)
        stage_section(b, c, ci, YJJH_STAGE_JUNIOR);
    if (cy->items.n) {
        yjjh__buf_printf(b, "\n%s:\n", yjjh__L(c, "县级指标", "County items"));
        for (size_t j = 0; j < cy->items.n; j++) {
            const yjjh__item *it = &cy->items.items[j];
            const char *name = yjjh__rep_item_name(c, it->code, NULL);
            char label[512];
            if (it->code[0] == 'G' || it->code[0] == 'Q' || it->code[0] == 'S')
                snprintf(label, sizeof label, "%s %s", it->code, name ? name : "");
            else
                snprintf(label, sizeof label, "%s", name ? name : it->code);
            yjjh__buf_puts(b, "  ");
            pad(b, label, 54, 0);
            pad(b, yjjh__rep_status(c, it->status), 8, 0);
            yjjh__rep_item_detail(b, c, it);
            yjjh__buf_puts(b, "\n");
        }
    }
}

/* School parts one thread formats per round, and the fewest parts worth a second thread (automatic count). */
#define ROUND_PARTS 2048
#define MIN_PARTS_PER_THREAD 20000

typedef struct text_ctx {
    const yjjh__rep *c;
} text_ctx;

/* chunked_write: the sections of counties [begin, end). Each is formatted into scratch and escaped into out:
 * school ids, names, file names and messages come from the data, so no control character reaches a terminal raw
 * (docs/reliability.md "Control characters"); newlines are the report's own. A section ends with a newline, so
 * escaping section by section gives the bytes of escaping the whole text at once. */
static void counties_text(void *ctx, yjjh__buf *out, yjjh__buf *scratch, size_t begin, size_t end)
{
    const text_ctx *x = ctx;
    for (size_t ci = begin; ci < end && !yjjh__buf_oom(out) && !yjjh__buf_oom(scratch); ci++) {
        scratch->len = 0;
        county_section(scratch, x->c, ci);
        yjjh__buf_put_escaped(out, yjjh__buf_cstr(scratch), 1);
    }
}

yjjh_status yjjh_result_write_text(const yjjh_result *result, const yjjh_report_options *options, size_t threads,
                                   yjjh_write_fn write, void *ctx)
{
    yjjh__rep c;
    yjjh__buf b = YJJH__BUF_INIT, e = YJJH__BUF_INIT;
    yjjh_status st;
    size_t pass = 0;
    text_ctx x;
    yjjh__chunked job;
    if (!write)
        return YJJH_E_NULL_ARG;
    if ((st = yjjh__rep_open(&c, result, options)) != YJJH_OK)
        return st;
    yjjh__buf_printf(&b, "%s [%s]\n", yjjh__rep_title(&c), result->profile_name);
    yjjh__rep_header(&b, &c, "");
    for (size_t ci = 0; ci < result->n_counties; ci++)
        pass += result->counties[ci].verdict == YJJH_VERDICT_PASS;
    yjjh__buf_printf(&b, yjjh__L(&c, "县区 %zu 个: 通过 %zu 个\n", "Counties: %zu, passed: %zu\n"), result->n_counties,
                     pass);
    yjjh__buf_put_escaped(&e, yjjh__buf_cstr(&b), 1);
    if (yjjh__buf_oom(&b) || yjjh__buf_oom(&e))
        st = YJJH_E_NOMEM;
    else if (e.len > 0 && write(ctx, e.ptr, e.len) != 0)
        st = YJJH_E_IO_WRITE;
    yjjh__buf_free(&b);
    yjjh__buf_free(&e);
    if (st == YJJH_OK) {
        x.c = &c;
        job.n = result->n_counties;
        job.weight = yjjh__county_weight;
        job.weight_ctx = c.start;
        job.round_weight = ROUND_PARTS;
        job.min_weight = MIN_PARTS_PER_THREAD;
        job.threads = threads;
        job.fmt = counties_text;
        job.ctx = &x;
        st = yjjh__chunked_write(&job, write, ctx);
    }
    yjjh__rep_close(&c);
    return st;
}

/* The write function of yjjh_result_to_text(): everything into one buffer. */
static int append_fn(void *ctx, const char *data, size_t len)
{
    yjjh__buf *b = ctx;
    yjjh__buf_put(b, data, len);
    return yjjh__buf_oom(b) ? -1 : 0;
}

yjjh_status yjjh_result_to_text(char **out, const yjjh_result *result, const yjjh_report_options *options)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh_status st;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    st = yjjh_result_write_text(result, options, 1, append_fn, &b);
    if (st != YJJH_OK) {
        yjjh__buf_free(&b);
        return st == YJJH_E_IO_WRITE ? YJJH_E_NOMEM : st;
    }
    *out = yjjh__buf_detach(&b);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}
