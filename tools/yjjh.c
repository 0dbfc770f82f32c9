/* SPDX-License-Identifier: MIT */
/* yjjh: the command line tool of libyjjh (cli.md). Commands evaluate, validate, standards, profiles. */
#define _XOPEN_SOURCE 700
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cli.h"

static int ends_with(const char *s, const char *suffix)
{
    size_t n = strlen(s), m = strlen(suffix);
    if (n < m)
        return 0;
    for (size_t i = 0; i < m; i++) {
        char c = s[n - m + i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c - 'A' + 'a');
        if (c != suffix[i])
            return 0;
    }
    return 1;
}

/* cli.md: json when -o ends in .json or stdout is not a terminal, else text (csv and text for -o names ending in .csv,
 * .txt). */
static cli_format default_format(const cli_options *o)
{
    if (o->output) {
        if (ends_with(o->output, ".json"))
            return CLI_FORMAT_JSON;
        if (ends_with(o->output, ".csv"))
            return CLI_FORMAT_CSV;
        if (ends_with(o->output, ".txt"))
            return CLI_FORMAT_TEXT;
    }
    return isatty(STDOUT_FILENO) ? CLI_FORMAT_TEXT : CLI_FORMAT_JSON;
}

static int emit(const cli_options *o, char *text)
{
    int code;
    if (!text) {
        fprintf(stderr, "yjjh: out of memory\n");
        return CLI_EXIT_INTERNAL;
    }
    code = cli_write_output(o->output, text, strlen(text));
    return code;
}

/* Shared by evaluate and validate: profile, schools, facts. */
static int load_inputs(const cli_options *o, yjjh_profile **p, yjjh_schools **s, yjjh_facts **f)
{
    int code = cli_load_profile(p, o->profile);
    if (code == CLI_EXIT_OK)
        code = cli_load_schools(s, o);
    if (code == CLI_EXIT_OK)
        code = cli_load_facts(f, o);
    if (code == CLI_EXIT_OK && yjjh_schools_row_count(*s) == 0) {
        fprintf(stderr, "yjjh: %s: no schools (the file has a header but no data rows)\n",
                strcmp(o->schools, "-") == 0 ? "<stdin>" : o->schools);
        code = CLI_EXIT_DATAERR;
    }
    return code;
}

static int cmd_evaluate(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_result *r = NULL;
    yjjh_diag *diag = NULL;
    char *text = NULL;
    yjjh_status st = YJJH_OK;
    cli_format format = o->format == CLI_FORMAT_DEFAULT ? default_format(o) : o->format;
    int code = load_inputs(o, &p, &s, &f);

    if (code == CLI_EXIT_OK && yjjh_diag_new(&diag) != YJJH_OK)
        code = CLI_EXIT_INTERNAL;
    if (code == CLI_EXIT_OK) {
        st = yjjh_schools_evaluate(&r, s, f, p, diag);
        if (st != YJJH_OK) {
            cli_print_diag(diag);
            code = cli_exit_for_status(st);
            if (code == CLI_EXIT_NOINPUT)
                code = CLI_EXIT_INTERNAL;
            if (code == CLI_EXIT_INTERNAL || yjjh_diag_count(diag) == 0)
                fprintf(stderr, "yjjh: evaluation failed: %s\n", yjjh_strerror(st));
        }
    }
    if (code == CLI_EXIT_OK) {
        char *lib_text = NULL; /* from the library: free with yjjh_free() */
        if (format == CLI_FORMAT_JSON)
            st = yjjh_result_to_json(&lib_text, r);
        else if (format == CLI_FORMAT_CSV)
            st = yjjh_result_to_csv(&lib_text, r);
        else
            st = (text = cli_report_text(r, p)) != NULL ? YJJH_OK : YJJH_E_NOMEM;
        if (st == YJJH_OK && lib_text) { /* our copy, ending with a newline */
            yjjh__buf b = YJJH__BUF_INIT;
            yjjh__buf_puts(&b, lib_text);
            if (b.len == 0 || b.ptr[b.len - 1] != '\n')
                yjjh__buf_putc(&b, '\n');
            if (!(text = yjjh__buf_detach(&b)))
                st = YJJH_E_NOMEM;
        }
        yjjh_free(lib_text);
        if (st != YJJH_OK) {
            fprintf(stderr, "yjjh: cannot format the result: %s\n", yjjh_strerror(st));
            code = CLI_EXIT_INTERNAL;
        } else {
            code = emit(o, text);
        }
    }
    if (code == CLI_EXIT_OK && o->check) {
        for (size_t ci = 0; ci < yjjh_result_county_count(r); ci++) {
            yjjh_county_summary cs = YJJH_COUNTY_SUMMARY_INIT;
            if (yjjh_result_county_get(&cs, r, ci) != YJJH_OK || cs.verdict != YJJH_VERDICT_PASS)
                code = CLI_EXIT_CHECK_FAILED;
        }
    }
    free(text);
    yjjh_result_free(r);
    yjjh_diag_free(diag);
    yjjh_facts_free(f);
    yjjh_schools_free(s);
    yjjh_profile_free(p);
    return code;
}

static int cmd_validate(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_diag *diag = NULL;
    int code = load_inputs(o, &p, &s, &f);
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
                fprintf(stderr, "yjjh: validation failed: %s\n", yjjh_strerror(st));
        } else {
            printf("%s: %zu schools, no problems found (profile %s)\n",
                   strcmp(o->schools, "-") == 0 ? "<stdin>" : o->schools, yjjh_schools_row_count(s),
                   yjjh_profile_name(p));
            if (o->facts)
                printf("%s: county facts read\n", o->facts);
            if (fflush(stdout) != 0)
                code = CLI_EXIT_CANTCREAT;
        }
    }
    yjjh_diag_free(diag);
    yjjh_facts_free(f);
    yjjh_schools_free(s);
    yjjh_profile_free(p);
    return code;
}

static int cmd_standards(const cli_options *o)
{
    yjjh_profile *p = NULL;
    char *text = NULL;
    int code = o->list_facts ? CLI_EXIT_OK : cli_load_profile(&p, o->profile);
    if (code == CLI_EXIT_OK)
        code = cli_standards_text(&text, o, p);
    if (code == CLI_EXIT_OK)
        code = emit(o, text);
    free(text);
    yjjh_profile_free(p);
    return code;
}

static int cmd_profiles(const cli_options *o)
{
    char *text = NULL;
    int code = cli_profiles_text(&text);
    if (code == CLI_EXIT_OK)
        code = emit(o, text);
    free(text);
    return code;
}

int main(int argc, char **argv)
{
    cli_options o;
    const char *cmd;
    int code;

    memset(&o, 0, sizeof o);
    if (argc < 2) {
        fprintf(stderr, "yjjh: missing command\n\n");
        cli_print_help(stderr, NULL);
        return CLI_EXIT_USAGE;
    }
    cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
        cli_print_help(stdout, NULL);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "help") == 0) {
        cli_print_help(stdout, argc > 2 ? argv[2] : NULL);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "-V") == 0 || strcmp(cmd, "version") == 0) {
        printf("yjjh %s\n", yjjh_version_string());
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "evaluate") != 0 && strcmp(cmd, "validate") != 0 && strcmp(cmd, "standards") != 0 &&
        strcmp(cmd, "profiles") != 0) {
        fprintf(stderr, "yjjh: unknown command '%s'\n", cmd);
        cli_usage_hint(NULL);
        return CLI_EXIT_USAGE;
    }
    o.command = cmd;
    code = cli_parse_options(&o, argc, argv, 2);
    if (code != CLI_EXIT_OK)
        return code;
    if (o.help) {
        cli_print_help(stdout, cmd);
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "evaluate") == 0)
        return cmd_evaluate(&o);
    if (strcmp(cmd, "validate") == 0)
        return cmd_validate(&o);
    if (strcmp(cmd, "standards") == 0)
        return cmd_standards(&o);
    return cmd_profiles(&o);
}
