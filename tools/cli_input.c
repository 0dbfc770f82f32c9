/* SPDX-License-Identifier: MIT */
/* Input of the CLI: profile (built-in name or JSON file), schools file (or stdin), county facts. */
#define _XOPEN_SOURCE 700
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "cli.h"
#include "common/file_util.h"

int cli_exit_for_status(yjjh_status st)
{
    switch (st) {
    case YJJH_OK: return CLI_EXIT_OK;
    case YJJH_E_IO_OPEN:
    case YJJH_E_IO_READ: return CLI_EXIT_NOINPUT;
    case YJJH_E_INVALID_DATA:
    case YJJH_E_INVALID_FACTS:
    case YJJH_E_INVALID_PROFILE:
    case YJJH_E_ENCODING:
    case YJJH_E_EMPTY:
    case YJJH_E_UNKNOWN_PROFILE: return CLI_EXIT_DATAERR;
    default: return CLI_EXIT_INTERNAL;
    }
}

/* Report a failed input step and return its exit code. */
static int input_failure(yjjh_status st, const char *what, const char *name, int err, const yjjh_diag *diag)
{
    int code = cli_exit_for_status(st);
    if (code == CLI_EXIT_NOINPUT) {
        if (err == ENODEV)
            cli_report(YJJH_PROBLEM_CANNOT_OPEN, name,
                       "cannot open %s %s: not a regular file (inputs are regular files, or '-' for standard input)",
                       what, name);
        else if (err == EFBIG)
            cli_report(YJJH_PROBLEM_CANNOT_OPEN, name,
                       "cannot read %s %s: larger than the input size limit of %zu bytes (%s)", what, name,
                       cli_max_input_bytes(), CLI_MAX_INPUT_ENV);
        else
            cli_report(YJJH_PROBLEM_CANNOT_OPEN, name, "cannot %s %s %s: %s", st == YJJH_E_IO_OPEN ? "open" : "read",
                       what, name, err ? strerror(err) : yjjh_strerror(st));
    } else if (code == CLI_EXIT_DATAERR) {
        cli_print_diag(diag);
        if (yjjh_diag_count(diag) == 0)
            cli_report(st == YJJH_E_EMPTY             ? YJJH_PROBLEM_NO_ROWS
                       : st == YJJH_E_UNKNOWN_PROFILE ? YJJH_PROBLEM_UNKNOWN_PROFILE
                                                      : YJJH_PROBLEM_INTERNAL,
                       name, "%s: %s", name, yjjh_strerror(st));
    } else {
        cli_print_diag(diag);
        cli_report(YJJH_PROBLEM_INTERNAL, name, "internal error reading %s %s: %s", what, name, yjjh_strerror(st));
    }
    return code;
}

size_t cli_max_input_bytes(void)
{
    const char *e = getenv(CLI_MAX_INPUT_ENV);
    char *end = NULL;
    unsigned long long v;
    if (!e || !*e)
        return YJJH__MAX_INPUT_BYTES;
    errno = 0;
    v = strtoull(e, &end, 10);
    if (errno || end == e || v == 0)
        return 0; /* invalid: cli_check_input_args() reports it */
    {
        int shift = (*end == 'K' || *end == 'k')   ? 10
                    : (*end == 'M' || *end == 'm') ? 20
                    : (*end == 'G' || *end == 'g') ? 30
                                                   : 0;
        if (shift) {
            v = v > ((unsigned long long)SIZE_MAX >> shift) ? 0 : v << shift;
            end++;
        }
    }
    if (*end || v == 0 || v >= (unsigned long long)SIZE_MAX)
        return 0;
    return (size_t)v;
}

int cli_check_input_args(const cli_options *o)
{
    int n_stdin = (o->schools && strcmp(o->schools, "-") == 0) + (o->facts && strcmp(o->facts, "-") == 0) +
                  (o->profile && strcmp(o->profile, "-") == 0);
    if (n_stdin > 1) {
        cli_report(YJJH_PROBLEM_OTHER, NULL,
                   "at most one of SCHOOLS, --facts and --profile can be '-' (standard input)");
        return CLI_EXIT_USAGE;
    }
    if (cli_max_input_bytes() == 0) {
        cli_report(YJJH_PROBLEM_OTHER, NULL, "%s=%s: expected a size in bytes, optionally with K, M or G (e.g. 4G)",
                   CLI_MAX_INPUT_ENV, getenv(CLI_MAX_INPUT_ENV));
        return CLI_EXIT_USAGE;
    }
    return CLI_EXIT_OK;
}

/* Read the input named arg ("-": standard input) within the size limit; *err receives errno on failure. */
static yjjh_status read_input(char **out, size_t *len, const char *arg, int *err)
{
    yjjh_status st;
    errno = 0;
    if (strcmp(arg, "-") == 0)
        st = yjjh__read_stream_max(out, len, stdin, cli_max_input_bytes());
    else
        st = yjjh__read_file_max(out, len, arg, cli_max_input_bytes());
    *err = st == YJJH_OK ? 0 : errno;
    return st;
}

int cli_load_profile(yjjh_profile **out, const char *name)
{
    yjjh_status st;
    yjjh_diag *diag = NULL;
    struct stat sb;
    int code, err;

    *out = NULL;
    if (!name)
        name = "national-2017";
    st = strcmp(name, "-") == 0 ? YJJH_E_UNKNOWN_PROFILE : yjjh_profile_builtin(out, name);
    if (st == YJJH_OK)
        return CLI_EXIT_OK;
    if (st != YJJH_E_UNKNOWN_PROFILE) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot create profile %s: %s", name, yjjh_strerror(st));
        return CLI_EXIT_INTERNAL;
    }
    {
        size_t n = strlen(name);
        int looks_like_file = strchr(name, '/') != NULL || (n > 5 && strcmp(name + n - 5, ".json") == 0);
        if (strcmp(name, "-") != 0 && stat(name, &sb) != 0 && !looks_like_file) {
            yjjh__buf b = YJJH__BUF_INIT;
            char *text;
            yjjh__buf_printf(&b, "unknown profile '%s' (built-in:", name);
            for (size_t i = 0; i < yjjh_profile_builtin_count(); i++) {
                const char *builtin = "";
                if (yjjh_profile_builtin_get(&builtin, i) != YJJH_OK)
                    builtin = "";
                yjjh__buf_printf(&b, "%s %s", i ? "," : "", builtin);
            }
            yjjh__buf_puts(&b, "; or a profile .json file)");
            text = yjjh__buf_detach(&b);
            cli_report(YJJH_PROBLEM_UNKNOWN_PROFILE_NAME, NULL, "%s", text ? text : "unknown profile");
            free(text);
            return CLI_EXIT_USAGE;
        }
    }
    if (yjjh_diag_new(&diag) != YJJH_OK) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "out of memory");
        return CLI_EXIT_INTERNAL;
    }
    {
        char *buf = NULL;
        size_t len = 0;
        const char *shown = strcmp(name, "-") == 0 ? "<stdin>" : name;
        st = read_input(&buf, &len, name, &err);
        /* the source name is the path, so that "extends" resolves next to this file (<stdin>: the current
         * directory) */
        if (st == YJJH_OK)
            st = yjjh_profile_load_json(out, buf, len, shown, diag);
        free(buf);
        code = st == YJJH_OK ? CLI_EXIT_OK : input_failure(st, "profile", shown, err, diag);
    }
    yjjh_diag_free(diag);
    return code;
}

void cli_print_notes(const yjjh_schools *s)
{
    if (cli_errors_collecting())
        return;
    for (size_t i = 0; i < yjjh_schools_note_count(s); i++) {
        const char *n = NULL;
        if (yjjh_schools_note_get(&n, s, i) == YJJH_OK)
            fprintf(stderr, "yjjh: warning: %s\n", n);
    }
}

/* Read the --columns mapping file into *out (NUL-terminated). Returns an exit code (message printed). */
static int load_columns(char **out, size_t *len, const char *path)
{
    yjjh_status st;
    errno = 0;
    st = yjjh__read_file(out, len, path);
    if (st == YJJH_OK)
        return CLI_EXIT_OK;
    if (st == YJJH_E_NOMEM) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "out of memory");
        return CLI_EXIT_INTERNAL;
    }
    cli_report(YJJH_PROBLEM_CANNOT_OPEN, path, "cannot %s column mapping %s: %s",
               st == YJJH_E_IO_OPEN ? "open" : "read", path, errno ? strerror(errno) : yjjh_strerror(st));
    return CLI_EXIT_NOINPUT;
}

int cli_load_schools(yjjh_schools **out, const cli_options *o)
{
    yjjh_diag *diag = NULL;
    yjjh_status st;
    yjjh_read_options ro = YJJH_READ_OPTIONS_INIT;
    char *columns = NULL;
    int code, err = 0;
    const char *name = strcmp(o->schools, "-") == 0 ? "<stdin>" : o->schools;

    *out = NULL;
    ro.encoding = o->encoding;
    ro.sheet = o->sheet;
    ro.header_row = o->header_row > 0 ? (size_t)o->header_row : 0;
    if (o->columns) {
        code = load_columns(&columns, &ro.columns_len, o->columns);
        if (code != CLI_EXIT_OK)
            return code;
        ro.columns = columns;
        ro.columns_name = o->columns;
    }
    if (yjjh_diag_new(&diag) != YJJH_OK) {
        free(columns);
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "out of memory");
        return CLI_EXIT_INTERNAL;
    }
    {
        char *buf = NULL;
        size_t len = 0;
        st = read_input(&buf, &len, o->schools, &err);
        if (st == YJJH_OK)
            st = yjjh_schools_read_buffer_ex(out, buf, len, name, &ro, diag);
        free(buf);
    }
    code = st == YJJH_OK ? CLI_EXIT_OK : input_failure(st, "schools file", name, err, diag);
    if (code == CLI_EXIT_OK)
        cli_print_notes(*out);
    yjjh_diag_free(diag);
    free(columns);
    return code;
}

int cli_load_facts(yjjh_facts **out, const cli_options *o)
{
    yjjh_diag *diag = NULL;
    yjjh_status st = YJJH_OK;
    int code = CLI_EXIT_OK, err;

    *out = NULL;
    if (yjjh_diag_new(&diag) != YJJH_OK) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "out of memory");
        return CLI_EXIT_INTERNAL;
    }
    if (o->facts) {
        char *buf = NULL;
        size_t len = 0;
        const char *shown = strcmp(o->facts, "-") == 0 ? "<stdin>" : o->facts;
        st = read_input(&buf, &len, o->facts, &err);
        if (st == YJJH_OK)
            st = yjjh_facts_read_buffer(out, buf, len, shown, o->encoding, diag);
        free(buf);
        if (st != YJJH_OK)
            code = input_failure(st, "facts file", shown, err, diag);
    }
    if (code == CLI_EXIT_OK && o->year) {
        if (!*out)
            st = yjjh_facts_new(out);
        if (st == YJJH_OK)
            st = yjjh_facts_set(*out, "", "evaluation_year", (double)o->year);
        if (st != YJJH_OK) {
            cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot set the evaluation year: %s", yjjh_strerror(st));
            code = CLI_EXIT_INTERNAL;
        }
    }
    if (code != CLI_EXIT_OK) {
        yjjh_facts_free(*out);
        *out = NULL;
    }
    yjjh_diag_free(diag);
    return code;
}

const char *cli_schools_name(const cli_options *o)
{
    return o->schools && strcmp(o->schools, "-") != 0 ? o->schools : "<stdin>";
}

int cli_load_inputs(const cli_options *o, yjjh_profile **p, yjjh_schools **s, yjjh_facts **f)
{
    int code = cli_check_input_args(o);
    if (code == CLI_EXIT_OK)
        code = cli_load_profile(p, o->profile);
    if (code == CLI_EXIT_OK)
        code = cli_load_schools(s, o);
    if (code == CLI_EXIT_OK)
        code = cli_load_facts(f, o);
    if (code == CLI_EXIT_OK && yjjh_schools_row_count(*s) == 0) {
        cli_report(YJJH_PROBLEM_NO_ROWS, cli_schools_name(o), "%s: no schools (the file has a header but no data rows)",
                   cli_schools_name(o));
        code = CLI_EXIT_DATAERR;
    }
    return code;
}
