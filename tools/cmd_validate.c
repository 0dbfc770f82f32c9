/* SPDX-License-Identifier: MIT */
/* `yjjh validate`: read and check the input without evaluating. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"

const char cli_help_validate[] =
    "Usage: yjjh validate SCHOOLS.csv|.xlsx [options]\n"
    "\n"
    "Read and check SCHOOLS.csv (and the facts file) without evaluating. Every problem is printed on standard\n"
    "error as FILE:LINE: column NAME: problem; the exit status is 65 when there is any.\n"
    "\n"
    "Options:\n"
    "  --facts FILE          county facts file to check too\n"
    "  --profile NAME|FILE   profile whose scope rules and indicators apply (default national-2017)\n"
    "  --encoding E          input encoding: auto, utf-8, gb18030, gbk\n"
    "  --sheet NAME          the sheet of an .xlsx workbook to read (default: the first)\n"
    "  --header-row N        the header is on line / sheet row N (default: the first row naming 3 known columns)\n"
    "  --columns MAP.json    map the office's own headers to the columns (docs/data-format.md)\n"
    "  --format text|json    json: one document on standard output with \"valid\" and every problem\n"
    "  --errors text|json    json: the problems as one JSON document on standard error\n"
    "  -h, --help            this help\n";

char *cli_validate_document(const char *schools_name, const char *facts_name, const yjjh_profile *p,
                            const yjjh_schools *s, int valid, const cli_problems *problems)
{
    yjjh__buf b = YJJH__BUF_INIT;
    yjjh__buf_puts(&b, "{\"schema_version\": \"" YJJH_JSON_SCHEMA_VERSION "\", \"yjjh_version\": ");
    cli_json_string(&b, yjjh_version_string());
    yjjh__buf_printf(&b, ", \"valid\": %s, \"schools_file\": ", valid ? "true" : "false");
    cli_json_string(&b, schools_name);
    if (s)
        yjjh__buf_printf(&b, ", \"schools\": %zu", yjjh_schools_row_count(s));
    else
        yjjh__buf_puts(&b, ", \"schools\": null");
    yjjh__buf_puts(&b, ", \"facts_file\": ");
    if (facts_name)
        cli_json_string(&b, facts_name);
    else
        yjjh__buf_puts(&b, "null");
    yjjh__buf_puts(&b, ", \"profile\": ");
    if (p)
        cli_json_string(&b, yjjh_profile_name(p));
    else
        yjjh__buf_puts(&b, "null");
    yjjh__buf_puts(&b, ", \"problems\": ");
    cli_problems_json_array(&b, problems);
    yjjh__buf_puts(&b, "}\n");
    return yjjh__buf_detach(&b);
}

int cli_cmd_validate(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_diag *diag = NULL;
    int json = o->format == CLI_FORMAT_JSON;
    int code;

    if (json && !cli_errors_collecting())
        cli_errors_begin(1); /* the problems go into the document on stdout */
    code = cli_load_inputs(o, &p, &s, &f);
    if (code == CLI_EXIT_OK && yjjh_diag_new(&diag) != YJJH_OK)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_OK) {
        yjjh_status st = yjjh_schools_validate(s, p, diag);
        cli_print_diag(diag);
        if (st != YJJH_OK) {
            code = cli_exit_for_status(st);
            if (code == CLI_EXIT_NOINPUT)
                code = CLI_EXIT_INTERNAL;
            if (yjjh_diag_count(diag) == 0 || code == CLI_EXIT_INTERNAL)
                cli_report(YJJH_PROBLEM_INTERNAL, NULL, "validation failed: %s", yjjh_strerror(st));
        } else if (!json) {
            printf("%s: %zu schools, no problems found (profile %s)\n", cli_schools_name(o), yjjh_schools_row_count(s),
                   yjjh_profile_name(p));
            if (o->facts)
                printf("%s: county facts read\n", o->facts);
            if (fflush(stdout) != 0)
                code = CLI_EXIT_CANTCREAT;
        }
    }
    if (json) {
        char *doc = cli_validate_document(cli_schools_name(o), o->facts, p, s, code == CLI_EXIT_OK, cli_errors_list());
        if (!doc) {
            fputs("yjjh: out of memory\n", stderr);
            code = CLI_EXIT_INTERNAL;
        } else if (fputs(doc, stdout) < 0 || fflush(stdout) != 0) {
            code = CLI_EXIT_CANTCREAT;
        }
        free(doc);
        /* with --errors json the same problems go to stderr as well (yjjh.c); otherwise they are written */
        if (!(o->errors && strcmp(o->errors, "json") == 0))
            cli_errors_end(code, 0);
    }
    yjjh_diag_free(diag);
    yjjh_facts_free(f);
    yjjh_schools_free(s);
    yjjh_profile_free(p);
    return code;
}
