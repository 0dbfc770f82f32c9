/* SPDX-License-Identifier: MIT */
/* `yjjh plan`: the remediation plan (一校一策) of every county of a schools file, or with --apply the school table
 * with the plan applied (docs/plan.md). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_plan.h"
#include "common/num_text.h"

const char cli_help_plan[] =
    "Usage: yjjh plan SCHOOLS.csv [options]\n"
    "\n"
    "Plan the least additions (一校一策) that make every school part of every county pass the school rule and\n"
    "every indicator's CV meet its limit, in whole units (teachers, rooms, m², 元), with costs from unit\n"
    "prices. County items that need county facts are listed as actions without a cost.\n"
    "\n"
    "Options:\n"
    "  --facts FILE          county facts (县级事实数据), CSV or JSON\n"
    "  --profile NAME|FILE   built-in profile (default national-2017) or a profile JSON file\n"
    "  --year YYYY           evaluation year (评估年份) for counties whose facts do not give one\n"
    "  --costs FILE          unit prices (JSON; see examples/costs.json); default: the example prices of\n"
    "                        docs/plan.md (examples, not facts)\n"
    "  --format FMT          json, csv (one row per action) or text (一校一策 list)\n"
    "  --apply               write the school table with the plan applied (CSV, the same columns as the input)\n"
    "                        instead of the plan: re-evaluating it proves the plan\n"
    "  -o, --output OUT      write to OUT atomically instead of standard output\n"
    "  --encoding E          input encoding: auto (default), utf-8, gb18030, gbk\n"
    "  --errors text|json    json: the problems as one JSON document on standard error\n"
    "  -h, --help            this help\n";

int cli_load_costs(yjjh_costs **out, const char *path)
{
    yjjh_diag *diag = NULL;
    yjjh_status st;
    *out = NULL;
    if (!path)
        return yjjh_costs_new(out) == YJJH_OK ? CLI_EXIT_OK : CLI_EXIT_INTERNAL;
    if (yjjh_diag_new(&diag) != YJJH_OK)
        return CLI_EXIT_INTERNAL;
    st = yjjh_costs_load_file(out, path, diag);
    if (st != YJJH_OK) {
        int code = cli_exit_for_status(st);
        cli_print_diag(diag);
        if (code == CLI_EXIT_NOINPUT)
            cli_report(YJJH_PROBLEM_CANNOT_OPEN, path, "cannot open unit prices %s: %s", path, yjjh_strerror(st));
        else if (yjjh_diag_count(diag) == 0)
            cli_report(YJJH_PROBLEM_INTERNAL, path, "%s: %s", path, yjjh_strerror(st));
        yjjh_diag_free(diag);
        return code;
    }
    yjjh_diag_free(diag);
    return CLI_EXIT_OK;
}

int cli_make_plan(yjjh_plan **out, const cli_options *o, yjjh_profile **p)
{
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_costs *costs = NULL;
    yjjh_diag *diag = NULL;
    int code = cli_load_inputs(o, p, &s, &f);
    *out = NULL;
    if (code == CLI_EXIT_OK)
        code = cli_load_costs(&costs, o->costs);
    if (code == CLI_EXIT_OK && yjjh_diag_new(&diag) != YJJH_OK)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_OK) {
        yjjh_status st = yjjh_schools_plan(out, s, f, *p, costs, diag);
        if (st != YJJH_OK)
            code = cli_computation_failed(st, diag, "planning");
    }
    yjjh_diag_free(diag);
    yjjh_costs_free(costs);
    yjjh_facts_free(f);
    yjjh_schools_free(s);
    return code;
}

void cli_put_money(yjjh__buf *b, double v)
{
    if (isnan(v))
        yjjh__buf_puts(b, "-");
    else
        yjjh__buf_puts(b, yjjh__num_fixed(v, 0).s);
}

static char *plan_text(const yjjh_plan *pl)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t n = yjjh_plan_county_count(pl), na = yjjh_plan_action_count(pl);
    yjjh__buf_printf(&b, "整改计划 (一校一策 remediation plan) [%s]\n",
                     yjjh_result_profile_name(yjjh_plan_result_before(pl)));
    for (size_t ci = 0; ci < n; ci++) {
        yjjh_plan_county pc = YJJH_PLAN_COUNTY_INIT;
        int header = 0, county_header = 0;
        if (yjjh_plan_county_get(&pc, pl, ci) != YJJH_OK)
            continue;
        yjjh__buf_printf(&b, "\n============================================================\n县区 %s %s\n",
                         pc.county_code, pc.county_name);
        yjjh__buf_printf(&b, "结论 (verdict): %s; 计划后 (after the plan): %s\n", yjjh_verdict_name(pc.verdict_before),
                         yjjh_verdict_name(pc.verdict_after));
        if (!pc.planned) {
            yjjh__buf_puts(&b,
                           "本方案无学校达标和单项差异系数规则, 不计算资源配置整改 (2012 scheme: no resource plan)\n");
        } else {
            yjjh__buf_printf(
                &b, "资源配置目标 (targets): %zu 项, 计划后达成 %zu 项; 未达标学校 %zu 所, 超限差异系数 %zu 项\n",
                pc.n_targets, pc.targets_met, pc.schools_failing, pc.cvs_failing);
            yjjh__buf_puts(&b, "费用 (cost): 一次性 ");
            cli_put_money(&b, pc.cost_once);
            yjjh__buf_puts(&b, " 元, 每年 ");
            cli_put_money(&b, pc.cost_per_year);
            yjjh__buf_puts(&b, " 元 (教师), 首年合计 ");
            cli_put_money(&b, pc.cost_total);
            yjjh__buf_puts(&b, " 元\n");
        }
        for (size_t i = 0; i < na; i++) {
            yjjh_plan_action a = YJJH_PLAN_ACTION_INIT;
            if (yjjh_plan_action_get(&a, pl, i) != YJJH_OK || a.county != ci || a.kind == YJJH_ACTION_COUNTY_ITEM)
                continue;
            if (!header) {
                yjjh__buf_puts(&b, "\n一校一策 (school, indicator, now, target, add, cost):\n  ");
                cli_buf_pad(&b, "学校 (school)", 34);
                cli_buf_pad(&b, "学段", 6);
                cli_buf_pad(&b, "指标", 6);
                cli_buf_pad(&b, "现值", 11);
                cli_buf_pad(&b, "目标", 11);
                cli_buf_pad(&b, "增加 (add)", 16);
                yjjh__buf_puts(&b, "费用 (元)\n");
                header = 1;
            }
            {
                char who[256];
                char add[64];
                snprintf(who, sizeof who, "%s %s", a.school_id, a.school_name);
                snprintf(add, sizeof add, "+%s %s", yjjh__num_g(a.add, 15).s, a.unit);
                yjjh__buf_puts(&b, "  ");
                cli_buf_pad(&b, who, 34);
                cli_buf_pad(&b, yjjh_stage_name_zh(a.stage), 6);
                cli_buf_pad(&b, a.code, 6);
                cli_buf_pad(&b, yjjh__num_fixed(a.now, 3).s, 11);
                cli_buf_pad(&b, yjjh__num_fixed(a.target, 3).s, 11);
                cli_buf_pad(&b, add, 16);
                cli_put_money(&b, a.cost);
                yjjh__buf_puts(&b, a.recurring ? " /年" : "");
                yjjh__buf_puts(&b, a.kind == YJJH_ACTION_CV ? "  (差异系数)\n" : "\n");
            }
        }
        for (size_t i = 0; i < na; i++) {
            yjjh_plan_action a = YJJH_PLAN_ACTION_INIT;
            if (yjjh_plan_action_get(&a, pl, i) != YJJH_OK || a.county != ci || a.kind != YJJH_ACTION_COUNTY_ITEM)
                continue;
            if (!county_header) {
                yjjh__buf_puts(&b, "\n县级事项 (county items: need county facts, no cost):\n");
                county_header = 1;
            }
            yjjh__buf_printf(&b, "  - %s %s\n", a.code, a.message);
        }
    }
    return yjjh__buf_oom(&b) ? (yjjh__buf_free(&b), (char *)NULL) : yjjh__buf_detach(&b);
}

int cli_cmd_plan(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_plan *pl = NULL;
    char *text = NULL, *lib_text = NULL;
    yjjh_status st = YJJH_OK;
    cli_format format = cli_output_format(o);
    int code;

    if (o->apply && o->format != CLI_FORMAT_DEFAULT && o->format != CLI_FORMAT_CSV) {
        cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "--apply writes the school table as CSV (no --format %s)",
                   o->format == CLI_FORMAT_JSON ? "json" : "text");
        cli_usage_hint("plan");
        return CLI_EXIT_USAGE;
    }
    code = cli_make_plan(&pl, o, &p);
    if (code == CLI_EXIT_OK) {
        if (o->apply) {
            yjjh_schools *applied = NULL;
            st = yjjh_plan_schools(&applied, pl);
            if (st == YJJH_OK)
                st = yjjh_schools_to_csv(&lib_text, applied);
            yjjh_schools_free(applied);
        } else if (format == CLI_FORMAT_JSON) {
            st = yjjh_plan_to_json(&lib_text, pl);
        } else if (format == CLI_FORMAT_CSV) {
            st = yjjh_plan_to_csv(&lib_text, pl);
        } else {
            text = plan_text(pl);
        }
        code = cli_emit_formatted(o, st, lib_text, text, "the plan");
    }
    yjjh_plan_free(pl);
    yjjh_profile_free(p);
    return code;
}
