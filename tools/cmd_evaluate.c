/* SPDX-License-Identifier: MIT */
/* `yjjh evaluate`: evaluate every county of a schools file and write the result (JSON, CSV, or a report for
 * people from the library: text, HTML, the xlsx workbook, CSV for Excel). */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "cli.h"

const char cli_help_evaluate[] =
    "Usage: yjjh evaluate SCHOOLS.csv|.xlsx [options]\n"
    "\n"
    "Evaluate every county of SCHOOLS.csv (one row per school; '-' reads standard input).\n"
    "\n"
    "Options:\n"
    "  --facts FILE          county facts (县级事实数据), CSV or JSON\n"
    "  --profile NAME|FILE   built-in profile (default national-2017; see 'yjjh profiles') or a profile JSON file\n"
    "  --year YYYY           evaluation year (评估年份) for counties whose facts do not give one\n"
    "  --format FMT          json, csv (one row per school part), text (中文报告), html (printable report with\n"
    "                        charts) or xlsx (Excel workbook); html and xlsx need -o. Default: by the -o suffix\n"
    "                        (.json .csv .txt .html .xlsx), else json when standard output is not a terminal,\n"
    "                        else text\n"
    "  --compact             JSON on one line, without layout whitespace (smaller, faster to write)\n"
    "  --excel               with csv: UTF-8 byte order mark and Chinese headers, for Excel\n"
    "  --lang zh|en          language of the text, html and xlsx reports (default zh)\n"
    "  -o, --output OUT      write to OUT atomically instead of standard output\n"
    "  --check               exit with status 2 when a county's verdict is not pass\n"
    "  --encoding E          input encoding: auto (default: UTF-8, else GB18030), utf-8, gb18030, gbk\n"
    "  --sheet NAME          the sheet of an .xlsx workbook to read (default: the first)\n"
    "  --header-row N        the header is on line / sheet row N (default: the first row naming 3 known columns)\n"
    "  --columns MAP.json    map the office's own headers to the columns (docs/data-format.md)\n"
    "  --threads N           evaluate on at most N threads (default 0: every CPU when the file is large; 1: one\n"
    "                        thread); the result is the same on any number\n"
    "  -h, --help            this help\n";

/* The report date: SOURCE_DATE_EPOCH when set (reproducible reports and golden files), else today (UTC). */
static void report_date(char *buf, size_t n)
{
    const char *e = getenv("SOURCE_DATE_EPOCH");
    time_t t = time(NULL);
    struct tm tm;
    if (e && *e) {
        char *end = NULL;
        long long v = strtoll(e, &end, 10);
        if (end && *end == '\0' && v >= 0)
            t = (time_t)v;
    }
    buf[0] = '\0';
    if (gmtime_r(&t, &tm))
        strftime(buf, n, "%Y-%m-%d", &tm);
}

static yjjh_status write_xlsx(const char *tmp_path, void *arg)
{
    const void *const *a = (const void *const *)arg;
    return yjjh_result_to_xlsx(tmp_path, (const yjjh_result *)a[0], (const yjjh_report_options *)a[1]);
}

/* The text report's write function: the sink, remembering the last byte (the output ends with a newline). */
typedef struct text_sink {
    cli_sink *k;
    char last;
} text_sink;

static int text_sink_write(void *ctx, const char *data, size_t len)
{
    text_sink *t = ctx;
    t->last = data[len - 1];
    return cli_sink_write(t->k, data, len);
}

/* JSON, CSV and the text report are streamed straight into the output (the temp file of -o): no copy of the
 * whole text; formatted on --threads threads (0, the default: every CPU for a large result). */
static int stream_result(const cli_options *o, const yjjh_result *r, cli_format format, const yjjh_report_options *ro)
{
    cli_sink k;
    yjjh_status st;
    const size_t threads = o->threads > 0 ? (size_t)o->threads : 0;
    int code = cli_sink_open(&k, o->output);
    if (code != CLI_EXIT_OK)
        return code;
    if (format == CLI_FORMAT_JSON) {
        st = yjjh_result_write_json_ex(r, o->compact ? YJJH_JSON_COMPACT : 0, threads, cli_sink_write, &k);
        if (st == YJJH_OK && cli_sink_write(&k, "\n", 1) != 0)
            st = YJJH_E_IO_WRITE;
    } else if (format == CLI_FORMAT_TEXT) {
        text_sink t = {&k, '\n'};
        st = yjjh_result_write_text(r, ro, threads, text_sink_write, &t);
        if (st == YJJH_OK && t.last != '\n' && cli_sink_write(&k, "\n", 1) != 0)
            st = YJJH_E_IO_WRITE;
    } else {
        st = yjjh_result_write_csv_ex(r, threads, cli_sink_write, &k);
    }
    if (st == YJJH_E_IO_WRITE) {
        code = cli_sink_close(&k, 1); /* reports the write error and removes the temp file */
        return code == CLI_EXIT_OK ? CLI_EXIT_CANTCREAT : code;
    }
    if (st != YJJH_OK) {
        (void)cli_sink_close(&k, 0);
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot format the result: %s", yjjh_strerror(st));
        return CLI_EXIT_INTERNAL;
    }
    return cli_sink_close(&k, 1);
}

int cli_cmd_evaluate(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_result *r = NULL;
    yjjh_diag *diag = NULL;
    yjjh_status st = YJJH_OK;
    cli_format format = cli_output_format(o);
    yjjh_report_options ro = YJJH_REPORT_OPTIONS_INIT;
    char date[32];
    int code;

    if (o->excel && format != CLI_FORMAT_CSV) {
        fprintf(stderr, "yjjh evaluate: --excel goes with --format csv (or -o FILE.csv)\n");
        cli_usage_hint("evaluate");
        return CLI_EXIT_USAGE;
    }
    if ((format == CLI_FORMAT_XLSX || format == CLI_FORMAT_HTML) && (!o->output || strcmp(o->output, "-") == 0)) {
        if (format == CLI_FORMAT_XLSX || isatty(STDOUT_FILENO)) {
            fprintf(stderr, "yjjh evaluate: --format %s needs -o FILE\n", format == CLI_FORMAT_XLSX ? "xlsx" : "html");
            cli_usage_hint("evaluate");
            return CLI_EXIT_USAGE;
        }
    }
    code = cli_load_inputs(o, &p, &s, &f);
    report_date(date, sizeof date);
    ro.lang = o->lang && strcmp(o->lang, "en") == 0 ? YJJH_LANG_EN : YJJH_LANG_ZH;
    ro.profile = p;
    ro.schools_file = cli_schools_name(o);
    ro.facts_file = o->facts ? (strcmp(o->facts, "-") == 0 ? "<stdin>" : o->facts) : NULL;
    ro.profile_file = o->profile ? (strcmp(o->profile, "-") == 0 ? "<stdin>" : o->profile) : NULL;
    ro.date = date;

    if (code == CLI_EXIT_OK && yjjh_diag_new(&diag) != YJJH_OK)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_OK) {
        yjjh_evaluate_options eo = YJJH_EVALUATE_OPTIONS_INIT;
        eo.threads = (size_t)o->threads;
        st = yjjh_schools_evaluate_ex(&r, s, f, p, &eo, diag);
        if (st != YJJH_OK)
            code = cli_computation_failed(st, diag, "evaluation");
    }
    if (code == CLI_EXIT_OK) {
        char *lib_text = NULL; /* from the library: free with yjjh_free() */
        if (format == CLI_FORMAT_XLSX) {
            const void *args[2];
            args[0] = r;
            args[1] = &ro;
            code = cli_write_output_file(o->output, write_xlsx, (void *)args);
            goto done;
        }
        if (format == CLI_FORMAT_JSON || format == CLI_FORMAT_TEXT || (format == CLI_FORMAT_CSV && !o->excel)) {
            code = stream_result(o, r, format, &ro);
            goto done;
        }
        if (format == CLI_FORMAT_JSON)
            st = yjjh_result_to_json(&lib_text, r);
        else if (format == CLI_FORMAT_CSV && o->excel)
            st = yjjh_result_to_excel_csv(&lib_text, r, &ro);
        else if (format == CLI_FORMAT_CSV)
            st = yjjh_result_to_csv(&lib_text, r);
        else if (format == CLI_FORMAT_HTML)
            st = yjjh_result_to_html(&lib_text, r, &ro);
        else
            st = yjjh_result_to_text(&lib_text, r, &ro);
        code = cli_emit_formatted(o, st, lib_text, NULL, "the result");
    }
done:
    if (code == CLI_EXIT_OK && o->check) {
        for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
            yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
            if (yjjh_result_county_get(&cs, r, ci) != YJJH_OK || cs.verdict != YJJH_VERDICT_PASS)
                code = CLI_EXIT_CHECK_FAILED;
        }
    }
    yjjh_result_free(r);
    yjjh_diag_free(diag);
    yjjh_facts_free(f);
    yjjh_schools_free(s);
    yjjh_profile_free(p);
    return code;
}
