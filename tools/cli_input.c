/* SPDX-License-Identifier: MIT */
/* Input of the CLI: profile (built-in name or JSON file), schools file (or stdin), county facts. */
#define _XOPEN_SOURCE 700
#include <errno.h>
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
        cli_report(YJJH_PROBLEM_CANNOT_OPEN, name, "cannot %s %s %s: %s", st == YJJH_E_IO_OPEN ? "open" : "read", what,
                   name, err ? strerror(err) : yjjh_strerror(st));
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

int cli_load_profile(yjjh_profile **out, const char *name)
{
    yjjh_status st;
    yjjh_diag *diag = NULL;
    struct stat sb;
    int code, err;

    *out = NULL;
    if (!name)
        name = "national-2017";
    st = yjjh_profile_builtin(out, name);
    if (st == YJJH_OK)
        return CLI_EXIT_OK;
    if (st != YJJH_E_UNKNOWN_PROFILE) {
        cli_report(YJJH_PROBLEM_INTERNAL, NULL, "cannot create profile %s: %s", name, yjjh_strerror(st));
        return CLI_EXIT_INTERNAL;
    }
    {
        size_t n = strlen(name);
        int looks_like_file = strchr(name, '/') != NULL || (n > 5 && strcmp(name + n - 5, ".json") == 0);
        if (stat(name, &sb) != 0 && !looks_like_file) {
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
    errno = 0;
    st = yjjh_profile_load_file(out, name, diag);
    err = errno;
    code = st == YJJH_OK ? CLI_EXIT_OK : input_failure(st, "profile", name, err, diag);
    yjjh_diag_free(diag);
    return code;
}

/* Read all of standard input; *err receives errno on a read error. */
static yjjh_status read_stdin(char **out, size_t *len, int *err)
{
    yjjh_status st = yjjh__read_stream(out, len, stdin);
    if (st == YJJH_E_IO_READ)
        *err = errno;
    return st;
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
    if (strcmp(o->schools, "-") == 0) {
        char *buf = NULL;
        size_t len = 0;
        st = read_stdin(&buf, &len, &err);
        if (st == YJJH_OK)
            st = yjjh_schools_read_buffer_ex(out, buf, len, name, &ro, diag);
        free(buf);
    } else {
        errno = 0;
        st = yjjh_schools_read_file_ex(out, o->schools, &ro, diag);
        err = errno;
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
        errno = 0;
        st = yjjh_facts_read_file(out, o->facts, o->encoding, diag);
        err = errno;
        if (st != YJJH_OK)
            code = input_failure(st, "facts file", o->facts, err, diag);
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
    int code = cli_load_profile(p, o->profile);
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
