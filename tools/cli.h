/* SPDX-License-Identifier: MIT */
/* The yjjh command line tool: shared declarations (cli.md is the contract). */
#ifndef YJJH_CLI_H
#define YJJH_CLI_H

#include <stddef.h>
#include <stdio.h>
#include <yjjh/yjjh.h>

#include "common/buf.h"

/* Exit codes (cli.md; the values of BSD sysexits.h). */
enum {
    CLI_EXIT_OK = 0,
    CLI_EXIT_CHECK_FAILED = 2, /* --check and some county verdict is not "pass" */
    CLI_EXIT_USAGE = 64,
    CLI_EXIT_DATAERR = 65,
    CLI_EXIT_NOINPUT = 66,
    CLI_EXIT_INTERNAL = 70,
    CLI_EXIT_CANTCREAT = 73
};

typedef enum cli_format {
    CLI_FORMAT_DEFAULT = 0,
    CLI_FORMAT_JSON,
    CLI_FORMAT_CSV,
    CLI_FORMAT_TEXT,
    CLI_FORMAT_HTML,
    CLI_FORMAT_XLSX
} cli_format;

/* Most positional arguments / repeated --facts of a command that takes several (trend). */
#define CLI_MAX_INPUTS 64

/* Options of every command (unused ones stay at their defaults). A new option is a member here and a line in
 * cli_options.def; the commands that take it list it in cli_commands.def. */
typedef struct cli_options {
    const char *command;                /* the command word (cli_commands.def) */
    const char *schools;                /* positional SCHOOLS ("-" = stdin) */
    const char *facts;                  /* --facts */
    const char *profile;                /* --profile (NULL: national-2017) */
    const char *output;                 /* -o */
    const char *encoding;               /* --encoding */
    const char *errors;                 /* --errors text|json (NULL: text) */
    int year;                           /* --year (0 = not given) */
    cli_format format;                  /* --format */
    int check;                          /* --check */
    int excel;                          /* --excel (csv: UTF-8 BOM and Chinese headers) */
    const char *lang;                   /* --lang zh|en (NULL: zh) */
    int list_facts;                     /* standards --facts */
    int compact;                        /* --compact: JSON without layout whitespace */
    int help;                           /* --help */
    const char *sheet;                  /* --sheet (xlsx) */
    int header_row;                     /* --header-row (0 = find the header) */
    const char *columns;                /* --columns MAP.json */
    const char *by;                     /* equity: --by COLUMN */
    const char *costs;                  /* plan, summary: --costs (unit prices JSON) */
    int apply;                          /* plan: --apply (write the school table with the plan applied) */
    const char *sort;                   /* summary: --sort */
    int target_year;                    /* trend: --target-year (0 = the last year + 1) */
    const char *inputs[CLI_MAX_INPUTS]; /* trend: every positional argument */
    size_t n_inputs;
    const char *facts_list[CLI_MAX_INPUTS]; /* trend: every --facts */
    size_t n_facts_list;
    /* serve */
    const char *host;        /* --host (NULL: 127.0.0.1) */
    const char *port;        /* --port (NULL: 8080; "0": a free port) */
    const char *profile_dir; /* --profile-dir: profile files the requests may name */
    int threads;             /* --threads: evaluate, equity: 0 automatic, 1 one thread, k at most k; serve: 0 = 4 */
    int max_request_mb;      /* --max-request-mb (0: 32) */
    int timeout;             /* --timeout seconds of an idle connection (0: 30) */
} cli_options;

/* A command of the tool (one line of cli_commands.def). */
typedef struct cli_command_def {
    const char *name;
    int positional;      /* 1: takes the SCHOOLS argument; 2: one or more of them (inputs[]) */
    const char *options; /* long option names it takes, space-separated */
    const char *formats; /* --format values it takes, space-separated */
    const char *usage;   /* synopsis after "yjjh " */
    const char *summary; /* one line for the general help */
    int (*run)(const cli_options *o);
    const char *help; /* its --help text */
} cli_command_def;

/* Each command's function and help text (tools/cmd_<name>.c). */
#define CLI_COMMAND(name, positional, options, formats, usage, summary)                                                \
  int cli_cmd_##name(const cli_options *o);                                                                            \
  extern const char cli_help_##name[];
#include "cli_commands.def"
#undef CLI_COMMAND

/* cli_args.c: the command named name, or NULL. */
const cli_command_def *cli_command_find(const char *name);
/* cli_args.c: parse argv[first..argc) of a command. Returns 0 or CLI_EXIT_USAGE (message printed). */
int cli_parse_options(cli_options *o, int argc, char **argv, int first);
/* Print the usage text of a command (NULL: the general one) to out (stdout, or stderr for a usage error). */
void cli_print_help(FILE *out, const char *command);
/* "Try 'yjjh CMD --help'." on stderr. */
void cli_usage_hint(const char *command);

/* cli_output.c: write text to the -o file atomically (temp file in the same directory + fsync + rename; on failure
 * the old file is untouched and the temp file removed), or to stdout when path is NULL. Returns 0 or
 * CLI_EXIT_CANTCREAT (message printed). */
int cli_write_output(const char *path, const char *text, size_t len);
/* cli_output.c: the same output written piece by piece: open (the temp file next to path, or stdout when path is
 * NULL), any number of cli_sink_write() (a yjjh_write_fn: 0, or -1 after a failure that close reports), then
 * close: ok = 1 commits (fsync + rename), ok = 0 removes the temp file. open and close return 0 or
 * CLI_EXIT_CANTCREAT (message printed). */
typedef struct cli_sink {
    const char *path;
    char *tmp;
    size_t dir_len;
    int fd;
    int err;
} cli_sink;
int cli_sink_open(cli_sink *k, const char *path);
int cli_sink_write(void *ctx, const char *data, size_t len);
int cli_sink_close(cli_sink *k, int ok);
/* cli_output.c: write malloc'ed text (NULL: out of memory, reported) to o's output; returns an exit code. */
int cli_emit(const cli_options *o, const char *text);
/* cli_output.c: write what a formatter gave to o's output: lib_text (library text, freed with yjjh_free(); copied
 * and ended with a newline) when not NULL, else text (ours, malloc'ed). st is the formatter's status; when it is not
 * YJJH_OK (or there is no text) "cannot format WHAT" is reported. Frees both texts; returns an exit code. */
int cli_emit_formatted(const cli_options *o, yjjh_status st, char *lib_text, char *text, const char *what);
/* cli_output.c: the output format of o: --format, else by the -o suffix (.json, .csv, .txt, .html, .htm,
 * .xlsx), else text on a terminal and json otherwise (cli.md). */
cli_format cli_output_format(const cli_options *o);

/* cli_input.c: the input size limit (docs/cli.md): the environment variable YJJH_MAX_INPUT_BYTES (bytes, or with
 * a K/M/G suffix), else 2 GiB; 0 when the variable is invalid. Every input file and standard input is read
 * within it. */
#define CLI_MAX_INPUT_ENV "YJJH_MAX_INPUT_BYTES"
size_t cli_max_input_bytes(void);
/* cli_input.c: at most one input is "-" and the size limit is valid; returns 0 or CLI_EXIT_USAGE (printed). */
int cli_check_input_args(const cli_options *o);
/* cli_input.c: load the profile, the schools and the facts of o; each returns 0 or an exit code (message printed). */
int cli_load_profile(yjjh_profile **out, const char *name_or_file);
int cli_load_schools(yjjh_schools **out, const cli_options *o);
int cli_load_facts(yjjh_facts **out, const cli_options *o);
/* cli_input.c: all three for the commands that read a schools file; also rejects a file without rows. */
int cli_load_inputs(const cli_options *o, yjjh_profile **p, yjjh_schools **s, yjjh_facts **f);
/* cli_input.c: the name of o's schools file for messages ("<stdin>" for "-"). */
const char *cli_schools_name(const cli_options *o);
/* cli_problems.c: a list of problems (the JSON error document of cli.md). */
typedef struct cli_problem {
    yjjh_problem_code code;
    char *file, *column, *message; /* "" when none */
    char *cell;                    /* xlsx cell or row ("Sheet1!D14"), "" when none */
    size_t line;                   /* 0 when none */
} cli_problem;
typedef struct cli_problems {
    cli_problem *items;
    size_t n, cap;
    int nomem; /* a problem could not be added */
} cli_problems;
void cli_problems_add(cli_problems *l, yjjh_problem_code code, const char *file, size_t line, const char *column,
                      const char *message);
void cli_problems_addf(cli_problems *l, yjjh_problem_code code, const char *file, const char *fmt, ...)
    YJJH__PRINTF(4, 5);
void cli_problems_add_diag(cli_problems *l, const yjjh_diag *diag);
void cli_problems_clear(cli_problems *l);
/* Append the JSON array of the problems (objects code, file, line, column, message; null for none). */
void cli_problems_json_array(yjjh__buf *b, const cli_problems *l);
/* The error document {"schema_version", "problems"} with a final newline; malloc'ed, NULL on out of memory. */
char *cli_problems_document(const cli_problems *l);
/* Append s as a JSON string (invalid UTF-8 bytes become U+FFFD). */
void cli_json_string(yjjh__buf *b, const char *s);

/* cli_problems.c: the problems of this run. Text mode (the default): cli_report() prints "yjjh: TEXT" and
 * cli_print_diag() each entry's message on stderr at once; collecting mode (--errors json): both add to the run's
 * list, and cli_errors_end() writes the error document on stderr. */
void cli_errors_begin(int collect);
int cli_errors_collecting(void);
const cli_problems *cli_errors_list(void);
void cli_report(yjjh_problem_code code, const char *file, const char *fmt, ...) YJJH__PRINTF(3, 4);
/* Print the notes of a table read (skipped total rows, unknown columns) on stderr as "yjjh: warning: …" (not
 * with --errors json, whose standard error is the one document). */
void cli_print_notes(const yjjh_schools *s);
void cli_print_diag(const yjjh_diag *diag);
/* Write the document (when collecting, write_document set and there are problems or code is an error) and free
 * the list; returns code. */
int cli_errors_end(int code, int write_document);
/* Exit code for a library status of an input step. */
int cli_exit_for_status(yjjh_status st);
/* A computation on read inputs (evaluation, plan) failed with st: print diag's entries, report "WHAT failed: …"
 * when the failure is internal or diag is empty, and return the exit code (an I/O status is internal here). */
int cli_computation_failed(yjjh_status st, const yjjh_diag *diag, const char *what);

/* cmd_validate.c: the validate document of cli.md (schemas/validate.schema.json); malloc'ed, NULL on out of
 * memory. s and p may be NULL (not read), facts_name NULL (no facts). */
char *cli_validate_document(const char *schools_name, const char *facts_name, const yjjh_profile *p,
                            const yjjh_schools *s, int valid, const cli_problems *problems);

/* cli_memfile.c: run writer on the path of a memory file (never on disk) and give its bytes in *out (malloc'ed,
 * NUL-terminated, *len bytes). Returns YJJH_OK, the writer's status, YJJH_E_NOMEM or YJJH_E_IO_WRITE. */
yjjh_status cli_memfile_write(char **out, size_t *len, yjjh_status (*writer)(const char *path, void *arg), void *arg);

/* cmd_template.c: the template of `yjjh template` for profile p (schools, or with facts the county facts; en:
 * English; xlsx or CSV) as malloc'ed bytes. Returns an exit code (CLI_EXIT_OK). */
int cli_template_bytes(char **out, size_t *len, const yjjh_profile *p, int facts, int en, int xlsx);

/* serve_web.c (generated from web/ by tools/embed_web.cmake): the files of the page of `yjjh serve`. */
typedef struct cli_web_file {
    const char *path; /* "/index.html" */
    const char *type; /* Content-Type */
    const unsigned char *data;
    size_t len;
} cli_web_file;
extern const cli_web_file cli_web_files[];
extern const size_t cli_web_file_count;

/* cli_output.c: write a file through a writer that takes a path (the xlsx workbook): the writer writes a
 * temporary file next to path, which is renamed to path on success and removed on failure. Returns 0,
 * CLI_EXIT_CANTCREAT (message printed) or the writer's failure as CLI_EXIT_INTERNAL. */
int cli_write_output_file(const char *path, yjjh_status (*writer)(const char *tmp_path, void *arg), void *arg);

/* cli_standards.c: `yjjh standards` and `yjjh profiles` into malloc'ed text; return 0 or an exit code. */
int cli_standards_text(char **out, const cli_options *o, const yjjh_profile *profile);
int cli_profiles_text(char **out, cli_format format);

/* text_width.c: padding for the column layout of the text reports (text is built in a yjjh__buf of
 * lib/common/buf.h). Append s and pad it with spaces to a display width (CJK characters count 2). */
void cli_buf_pad(yjjh__buf *b, const char *s, size_t width);
/* Display width of UTF-8 text (CJK and full-width characters count 2). */
size_t cli_display_width(const char *s);

#endif
