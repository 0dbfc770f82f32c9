/* SPDX-License-Identifier: MIT */
/* `yjjh trend`: multi-year monitoring — county values and CVs per year, their change, a plain linear trend to a
 * target year, and the 两个只增不减 check of the budget facts (docs/plan.md "Multi-year monitoring"). */
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "cli_plan.h"
#include "common/num_text.h"

const char cli_help_trend[] =
    "Usage: yjjh trend YEAR=SCHOOLS.csv [YEAR=SCHOOLS.csv ...] [options]\n"
    "\n"
    "Evaluate one schools file per year and show, per county, stage and indicator, the county value and the CV of\n"
    "each year, the change from the year before and a plain linear (least-squares) trend of the CV projected to\n"
    "the target year. With facts per year, check 两个只增不减: education_budget and budget_per_student never lower\n"
    "than the year before.\n"
    "\n"
    "Options:\n"
    "  --facts YEAR=FILE     county facts of that year (repeat for each year), CSV or JSON\n"
    "  --target-year YYYY    year the trend is projected to (default: the last year + 1)\n"
    "  --profile NAME|FILE   built-in profile (default national-2017) or a profile JSON file\n"
    "  --format FMT          json, csv (one row per county, stage, indicator and year) or text\n"
    "  -o, --output OUT      write to OUT atomically instead of standard output\n"
    "  --encoding E          input encoding: auto (default), utf-8, gb18030, gbk\n"
    "  --errors text|json    json: the problems as one JSON document on standard error\n"
    "  -h, --help            this help\n";

/* "2023=path" into year and path; -1 when it is not of that form. */
static int split_year(int *year, const char **path, const char *arg)
{
    const char *eq = strchr(arg, '=');
    char *end = NULL;
    long y;
    if (!eq || eq == arg || !eq[1])
        return -1;
    y = strtol(arg, &end, 10);
    if (end != eq || y < 1990 || y > 2100)
        return -1;
    *year = (int)y;
    *path = eq + 1;
    return 0;
}

/* Whether row i (r) is the last year of its county, stage and indicator. */
static int last_of_series(const yjjh_trend *tr, size_t i, const yjjh_trend_row *r)
{
    yjjh_trend_row nx = YJJH_TREND_ROW_INIT;
    if (i + 1 >= yjjh_trend_row_count(tr) || yjjh_trend_row_get(&nx, tr, i + 1) != YJJH_OK)
        return 1;
    return strcmp(nx.code, r->code) != 0 || nx.stage != r->stage || strcmp(nx.county_code, r->county_code) != 0;
}

static char *trend_text(const yjjh_trend *tr)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t n = yjjh_trend_row_count(tr), nb = yjjh_trend_budget_count(tr);
    const char *county = NULL;
    int stage = -1;
    yjjh__buf_puts(&b, "多年监测 (multi-year monitoring); 趋势为各年差异系数的简单线性拟合 (a plain linear trend)\n");
    for (size_t i = 0; i < n; i++) {
        yjjh_trend_row r = YJJH_TREND_ROW_INIT;
        if (yjjh_trend_row_get(&r, tr, i) != YJJH_OK)
            continue;
        if (!county || strcmp(county, r.county_code) != 0) {
            yjjh__buf_printf(&b, "\n============================================================\n县区 %s %s\n",
                             r.county_code, r.county_name);
            county = r.county_code;
            stage = -1;
        }
        if (stage != (int)r.stage) {
            yjjh__buf_printf(&b, "\n%s (%s)\n  ", yjjh_stage_name_zh(r.stage), yjjh_stage_name(r.stage));
            cli_buf_pad(&b, "指标", 6);
            cli_buf_pad(&b, "年份", 6);
            cli_buf_pad(&b, "县域值", 12);
            cli_buf_pad(&b, "差异系数", 10);
            cli_buf_pad(&b, "变化", 10);
            cli_buf_pad(&b, "上限", 6);
            yjjh__buf_puts(&b, "趋势 (trend)\n");
            stage = (int)r.stage;
        }
        yjjh__buf_puts(&b, "  ");
        cli_buf_pad(&b, r.code, 6);
        yjjh__buf_printf(&b, "%-6d", r.year);
        cli_buf_pad(&b, yjjh__num_fixed(r.county_value, 2).s, 12);
        cli_buf_pad(&b, isnan(r.cv) ? "undef" : yjjh__num_fixed(r.cv, 3).s, 10);
        cli_buf_pad(&b, isnan(r.cv_change) ? "" : yjjh__num_fixed(r.cv_change, 3).s, 10);
        cli_buf_pad(&b, isnan(r.cv_max) ? "-" : yjjh__num_fixed(r.cv_max, 2).s, 6);
        if (last_of_series(tr, i, &r)) {
            if (!isnan(r.projected_cv))
                yjjh__buf_printf(&b, "%d 年预计 %s, %s", r.target_year, yjjh__num_fixed(r.projected_cv, 3).s,
                                 r.on_track ? "可达标 (on track)" : "不能达标 (off track)");
            else
                yjjh__buf_puts(&b, r.on_track ? "达标 (met)" : "未达标 (not met)");
        }
        yjjh__buf_putc(&b, '\n');
    }
    if (nb) {
        county = NULL;
        yjjh__buf_puts(&b, "\n两个只增不减 (education_budget, budget_per_student never lower than the year before):\n");
        for (size_t i = 0; i < nb; i++) {
            yjjh_trend_budget x = YJJH_TREND_BUDGET_INIT;
            if (yjjh_trend_budget_get(&x, tr, i) != YJJH_OK || isnan(x.value))
                continue;
            yjjh__buf_printf(&b, "  %s %-20s %d  %s", x.county_code, x.key, x.year, yjjh__num_fixed(x.value, 2).s);
            if (x.fell)
                yjjh__buf_printf(&b, "  下降 (fell, %s → %s)", yjjh__num_fixed(x.previous, 2).s,
                                 yjjh__num_fixed(x.value, 2).s);
            yjjh__buf_putc(&b, '\n');
        }
    }
    return yjjh__buf_oom(&b) ? (yjjh__buf_free(&b), (char *)NULL) : yjjh__buf_detach(&b);
}

int cli_cmd_trend(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *schools[CLI_MAX_INPUTS] = {NULL};
    yjjh_facts *facts[CLI_MAX_INPUTS] = {NULL};
    int years[CLI_MAX_INPUTS];
    yjjh_trend *tr = NULL;
    yjjh_diag *diag = NULL;
    char *text = NULL, *lib_text = NULL;
    cli_format format = cli_output_format(o);
    size_t n = o->n_inputs;
    int code = CLI_EXIT_OK;
    yjjh_status st = YJJH_OK;

    for (size_t i = 0; i < n && code == CLI_EXIT_OK; i++) {
        const char *path;
        if (split_year(&years[i], &path, o->inputs[i]) != 0) {
            cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL,
                       "'%s': give each schools file as YEAR=FILE, e.g. 2023=schools.csv", o->inputs[i]);
            code = CLI_EXIT_USAGE;
        }
        for (size_t j = 0; j < i && code == CLI_EXIT_OK; j++)
            if (years[j] == years[i]) {
                cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "year %d is given twice", years[i]);
                code = CLI_EXIT_USAGE;
            }
    }
    for (size_t k = 0; k < o->n_facts_list && code == CLI_EXIT_OK; k++) {
        int y;
        const char *path;
        size_t i = 0;
        if (split_year(&y, &path, o->facts_list[k]) != 0) {
            cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "--facts '%s': give facts as YEAR=FILE, e.g. 2023=facts.csv",
                       o->facts_list[k]);
            code = CLI_EXIT_USAGE;
            break;
        }
        while (i < n && years[i] != y)
            i++;
        if (i == n) {
            cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "--facts for %d, but no schools file of that year", y);
            code = CLI_EXIT_USAGE;
        }
    }
    if (code == CLI_EXIT_USAGE)
        cli_usage_hint("trend");
    if (code == CLI_EXIT_OK)
        code = cli_load_profile(&p, o->profile);
    for (size_t i = 0; i < n && code == CLI_EXIT_OK; i++) {
        cli_options one = *o;
        const char *path = strchr(o->inputs[i], '=') + 1;
        one.schools = path;
        one.facts = NULL;
        one.year = 0;
        code = cli_load_schools(&schools[i], &one);
        for (size_t k = 0; k < o->n_facts_list && code == CLI_EXIT_OK; k++) {
            int y;
            const char *fpath;
            if (split_year(&y, &fpath, o->facts_list[k]) == 0 && y == years[i]) {
                one.facts = fpath;
                yjjh_facts_free(facts[i]);
                code = cli_load_facts(&facts[i], &one);
            }
        }
    }
    if (code == CLI_EXIT_OK && yjjh_diag_new(&diag) != YJJH_OK)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_OK) {
        st = yjjh_trend_compute(&tr, (const yjjh_schools *const *)schools, (const yjjh_facts *const *)facts, years, n,
                                p, o->target_year, diag);
        if (st != YJJH_OK) {
            cli_print_diag(diag);
            code = cli_exit_for_status(st);
            if (st == YJJH_E_OUT_OF_RANGE) {
                cli_report(YJJH_PROBLEM_INVALID_OPTION, NULL, "--target-year is before the first year");
                code = CLI_EXIT_USAGE;
            } else if (code == CLI_EXIT_INTERNAL || yjjh_diag_count(diag) == 0) {
                cli_report(YJJH_PROBLEM_INTERNAL, NULL, "trend failed: %s", yjjh_strerror(st));
            }
        }
    }
    if (code == CLI_EXIT_OK) {
        if (format == CLI_FORMAT_JSON)
            st = yjjh_trend_to_json(&lib_text, tr);
        else if (format == CLI_FORMAT_CSV)
            st = yjjh_trend_to_csv(&lib_text, tr);
        else
            text = trend_text(tr);
        code = cli_emit_formatted(o, st, lib_text, text, "the trend");
    }
    yjjh_trend_free(tr);
    yjjh_diag_free(diag);
    for (size_t i = 0; i < n; i++) {
        yjjh_schools_free(schools[i]);
        yjjh_facts_free(facts[i]);
    }
    yjjh_profile_free(p);
    return code;
}
