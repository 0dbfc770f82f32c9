/* SPDX-License-Identifier: MIT */
/* `yjjh summary`: one row per county of a whole city or province (整市推进) and the city total (docs/plan.md). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_plan.h"
#include "common/num_text.h"

const char cli_help_summary[] =
    "Usage: yjjh summary SCHOOLS.csv [options]\n"
    "\n"
    "One row per county of SCHOOLS.csv: verdict, school parts failing the school rule, county items not met,\n"
    "CVs over their limit, the worst CV of each stage and its indicator, and the distance to pass (the first-year\n"
    "cost of 'yjjh plan'); then the city total (counties passing, the cost to bring all to pass).\n"
    "\n"
    "Options:\n"
    "  --facts FILE          county facts (县级事实数据), CSV or JSON\n"
    "  --profile NAME|FILE   built-in profile (default national-2017) or a profile JSON file\n"
    "  --year YYYY           evaluation year (评估年份) for counties whose facts do not give one\n"
    "  --costs FILE          unit prices (JSON) for the plan cost\n"
    "  --sort KEY            input (default), cost, failing (failing schools), cv (worst CV / limit), code\n"
    "  --format FMT          json, csv or text\n"
    "  -o, --output OUT      write to OUT atomically instead of standard output\n"
    "  --encoding E          input encoding: auto (default), utf-8, gb18030, gbk\n"
    "  --errors text|json    json: the problems as one JSON document on standard error\n"
    "  -h, --help            this help\n";

static int parse_sort(yjjh_summary_sort *out, const char *s)
{
    static const struct {
        const char *name;
        yjjh_summary_sort sort;
    } names[] = {{"input", YJJH_SUMMARY_SORT_INPUT},
                 {"cost", YJJH_SUMMARY_SORT_COST},
                 {"failing", YJJH_SUMMARY_SORT_FAILING},
                 {"cv", YJJH_SUMMARY_SORT_CV},
                 {"code", YJJH_SUMMARY_SORT_CODE}};
    *out = YJJH_SUMMARY_SORT_INPUT;
    if (!s)
        return 0;
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (strcmp(s, names[i].name) == 0) {
            *out = names[i].sort;
            return 0;
        }
    return -1;
}

static char *summary_text(const yjjh_plan *pl, yjjh_summary_sort sort)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t n = yjjh_plan_county_count(pl), pass = 0;
    double cost = 0.0;
    yjjh__buf_printf(&b, "整市汇总 (summary) [%s]: 县区 %zu 个\n\n  ",
                     yjjh_result_profile_name(yjjh_plan_result_before(pl)), n);
    cli_buf_pad(&b, "县区 (county)", 22);
    cli_buf_pad(&b, "结论", 12);
    cli_buf_pad(&b, "未达标校", 10);
    cli_buf_pad(&b, "县级项", 8);
    cli_buf_pad(&b, "超限CV", 8);
    cli_buf_pad(&b, "小学最差CV", 16);
    cli_buf_pad(&b, "初中最差CV", 16);
    yjjh__buf_puts(&b, "整改费用 (元)\n");
    for (size_t j = 0; j < n; j++) {
        yjjh_summary_row r = YJJH_SUMMARY_ROW_INIT;
        char who[200], num[64];
        if (yjjh_plan_summary_get(&r, pl, sort, j) != YJJH_OK)
            continue;
        pass += r.verdict == YJJH_VERDICT_PASS;
        if (!isnan(r.cost_total))
            cost += r.cost_total;
        snprintf(who, sizeof who, "%s %s", r.county_code, r.county_name);
        yjjh__buf_puts(&b, "  ");
        cli_buf_pad(&b, who, 22);
        cli_buf_pad(&b, yjjh_verdict_name(r.verdict), 12);
        snprintf(num, sizeof num, "%zu/%zu", r.schools_failing, r.schools_in_scope);
        cli_buf_pad(&b, num, 10);
        snprintf(num, sizeof num, "%zu", r.items_failed);
        cli_buf_pad(&b, num, 8);
        snprintf(num, sizeof num, "%zu", r.cvs_failing);
        cli_buf_pad(&b, num, 8);
        for (int s = 0; s < 2; s++) {
            if (r.worst_code[s])
                snprintf(num, sizeof num, "%s %s", r.worst_code[s],
                         isnan(r.worst_cv[s]) ? "undef" : yjjh__num_fixed(r.worst_cv[s], 3).s);
            else
                snprintf(num, sizeof num, "-");
            cli_buf_pad(&b, num, 16);
        }
        cli_put_money(&b, r.cost_total);
        yjjh__buf_putc(&b, '\n');
    }
    yjjh__buf_printf(&b, "\n合计 (total): 通过 %zu / %zu 个县区; 全部达到资源配置要求的首年费用 ", pass, n);
    cli_put_money(&b, cost);
    yjjh__buf_puts(&b, " 元\n");
    return yjjh__buf_oom(&b) ? (yjjh__buf_free(&b), (char *)NULL) : yjjh__buf_detach(&b);
}

int cli_cmd_summary(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_plan *pl = NULL;
    char *text = NULL, *lib_text = NULL;
    yjjh_status st = YJJH_OK;
    yjjh_summary_sort sort;
    cli_format format = cli_output_format(o);
    int code;

    if (parse_sort(&sort, o->sort) != 0) {
        cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "unknown --sort '%s' (use input, cost, failing, cv or code)",
                   o->sort);
        cli_usage_hint("summary");
        return CLI_EXIT_USAGE;
    }
    code = cli_make_plan(&pl, o, &p);
    if (code == CLI_EXIT_OK) {
        if (format == CLI_FORMAT_JSON)
            st = yjjh_plan_summary_to_json(&lib_text, pl, sort);
        else if (format == CLI_FORMAT_CSV)
            st = yjjh_plan_summary_to_csv(&lib_text, pl, sort);
        else
            text = summary_text(pl, sort);
        code = cli_emit_formatted(o, st, lib_text, text, "the summary");
    }
    yjjh_plan_free(pl);
    yjjh_profile_free(p);
    return code;
}
