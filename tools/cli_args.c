/* SPDX-License-Identifier: MIT */
/* Command line parsing and the general help of the yjjh tool (cli.md), driven by the tables cli_commands.def
 * (which command takes which options and formats) and cli_options.def (what each option sets). */
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/text.h"

typedef enum cli_option_kind {
    CLI_OPT_FLAG,
    CLI_OPT_STRING,
    CLI_OPT_INT,
    CLI_OPT_FORMAT,
    CLI_OPT_ENCODING,
    CLI_OPT_ERRORS,
    CLI_OPT_LANG
} cli_option_kind;

typedef struct cli_option_def {
    const char *name;
    cli_option_kind kind;
    size_t offset; /* of the member in cli_options */
    long min, max; /* CLI_OPT_INT */
} cli_option_def;

static const cli_option_def option_defs[] = {
#define CLI_OPTION(name, kind, member, min, max) {name, kind, offsetof(cli_options, member), min, max},
#include "cli_options.def"
#undef CLI_OPTION
};

static const cli_command_def command_defs[] = {
#define CLI_COMMAND(name, positional, options, formats, usage, summary)                                                \
  {#name, positional, options, formats, usage, summary, cli_cmd_##name, cli_help_##name},
#include "cli_commands.def"
#undef CLI_COMMAND
};

/* The --format words and their values. */
static const struct {
    const char *name;
    cli_format format;
} format_names[] = {{"json", CLI_FORMAT_JSON},
                    {"csv", CLI_FORMAT_CSV},
                    {"text", CLI_FORMAT_TEXT},
                    {"html", CLI_FORMAT_HTML},
                    {"xlsx", CLI_FORMAT_XLSX}};

const cli_command_def *cli_command_find(const char *name)
{
    for (size_t i = 0; i < sizeof command_defs / sizeof command_defs[0]; i++)
        if (strcmp(command_defs[i].name, name) == 0)
            return &command_defs[i];
    return NULL;
}

void cli_print_help(FILE *out, const char *command)
{
    const cli_command_def *c = command ? cli_command_find(command) : NULL;
    size_t n = sizeof command_defs / sizeof command_defs[0];
    if (c) {
        fputs(c->help, out);
        return;
    }
    fputs("yjjh — 县域义务教育优质均衡发展督导评估 (county compulsory-education balance evaluation)\n\nUsage:\n", out);
    for (size_t i = 0; i < n; i++)
        fprintf(out, "  yjjh %s\n", command_defs[i].usage);
    fputs("  yjjh --version | --help | help [COMMAND]\n\nCommands:\n", out);
    for (size_t i = 0; i < n; i++) {
        fprintf(out, "  %s", command_defs[i].name);
        for (size_t w = strlen(command_defs[i].name); w < 11; w++)
            fputc(' ', out);
        fprintf(out, "%s\n", command_defs[i].summary);
    }
    fputs("\n"
          "Exit codes: 0 success (whatever the verdict); 2 --check and a verdict is not pass; 64 usage error;\n"
          "65 input data error (every problem on stderr); 66 input cannot be opened; 73 output cannot be written;\n"
          "70 internal error.\n"
          "Run 'yjjh COMMAND --help' for the options of a command.\n",
          out);
}

void cli_usage_hint(const char *command)
{
    if (cli_errors_collecting()) /* --errors json: stderr is the one error document */
        return;
    if (command)
        fprintf(stderr, "Try 'yjjh %s --help'.\n", command);
    else
        fprintf(stderr, "Try 'yjjh --help'.\n");
}

#if defined(__GNUC__)
__attribute__((format(printf, 2, 3)))
#endif
static int
usage(const cli_options *o, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "yjjh %s: ", o->command);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    cli_usage_hint(o->command);
    return CLI_EXIT_USAGE;
}

static int known_encoding(const char *e)
{
    static const char *const names[] = {"auto", "utf-8", "utf8", "gb18030", "gbk", "cp936"};
    for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
        if (yjjh__ascii_icmp(e, names[i]) == 0)
            return 1;
    return 0;
}

/* Is word one of the space-separated words of list? */
static int in_list(const char *list, const char *word)
{
    size_t n = strlen(word);
    for (const char *p = list; *p;) {
        const char *end = strchr(p, ' ');
        size_t len = end ? (size_t)(end - p) : strlen(p);
        if (len == n && memcmp(p, word, n) == 0)
            return 1;
        if (!end)
            break;
        p = end + 1;
    }
    return 0;
}

static const cli_option_def *option_find(const cli_command_def *c, const char *name)
{
    if (!in_list(c->options, name))
        return NULL;
    for (size_t i = 0; i < sizeof option_defs / sizeof option_defs[0]; i++)
        if (strcmp(option_defs[i].name, name) == 0)
            return &option_defs[i];
    return NULL;
}

static int set_value(cli_options *o, const cli_command_def *c, const cli_option_def *d, const char *opt,
                     const char *value)
{
    char *member = (char *)o + d->offset;
    switch (d->kind) {
    case CLI_OPT_FLAG: *(int *)(void *)member = 1; return 0;
    case CLI_OPT_STRING:
        if (!value[0])
            return usage(o, "option '%s' needs a value", opt);
        *(const char **)(void *)member = value;
        if (d->offset == offsetof(cli_options, facts)) { /* trend: --facts YEAR=FILE, repeated */
            if (o->n_facts_list >= CLI_MAX_INPUTS)
                return usage(o, "more than %d --facts files", CLI_MAX_INPUTS);
            o->facts_list[o->n_facts_list++] = value;
        }
        return 0;
    case CLI_OPT_INT: {
        char *end = NULL;
        long v = strtol(value, &end, 10);
        if (!value[0] || *end != '\0' || v < d->min || v > d->max) {
            if (strcmp(d->name, "year") == 0)
                return usage(o, "--year needs a year such as 2024, not '%s'", value);
            return usage(o, "%s needs a whole number from %ld to %ld, not '%s'", opt, d->min, d->max, value);
        }
        *(int *)(void *)member = (int)v;
        return 0;
    }
    case CLI_OPT_FORMAT:
        for (size_t i = 0; i < sizeof format_names / sizeof format_names[0]; i++)
            if (strcmp(value, format_names[i].name) == 0 && in_list(c->formats, value)) {
                *(cli_format *)(void *)member = format_names[i].format;
                return 0;
            }
        return usage(o, "unknown format '%s'", value);
    case CLI_OPT_ERRORS:
        if (strcmp(value, "text") != 0 && strcmp(value, "json") != 0)
            return usage(o, "--errors takes text or json, not '%s'", value);
        *(const char **)(void *)member = value;
        return 0;
    case CLI_OPT_ENCODING:
        if (!known_encoding(value))
            return usage(o, "unknown encoding '%s' (use auto, utf-8, gb18030 or gbk)", value);
        *(const char **)(void *)member = value;
        return 0;
    case CLI_OPT_LANG:
        if (strcmp(value, "zh") != 0 && strcmp(value, "en") != 0)
            return usage(o, "unknown language '%s' (use zh or en)", value);
        *(const char **)(void *)member = value;
        return 0;
    }
    return usage(o, "unknown option '%s'", opt);
}

int cli_parse_options(cli_options *o, int argc, char **argv, int first)
{
    const cli_command_def *c = cli_command_find(o->command);
    int positional_done = 0, no_more_options = 0;
    if (!c)
        return usage(o, "%s", "unknown command");
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        const char *name = NULL, *value = NULL, *eq;
        const cli_option_def *d;
        char namebuf[32];
        if (no_more_options || a[0] != '-' || strcmp(a, "-") == 0) {
            if (!c->positional)
                return usage(o, "unexpected argument '%s'", a);
            if (c->positional == 2) {
                if (o->n_inputs >= CLI_MAX_INPUTS)
                    return usage(o, "more than %d input files", CLI_MAX_INPUTS);
                o->inputs[o->n_inputs++] = a;
                o->schools = o->inputs[0];
                continue;
            }
            if (positional_done)
                return usage(o, "unexpected extra argument '%s' (one SCHOOLS file per run)", a);
            o->schools = a;
            positional_done = 1;
            continue;
        }
        if (strcmp(a, "--") == 0) {
            no_more_options = 1;
            continue;
        }
        if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
            o->help = 1;
            continue;
        }
        if (strcmp(a, "-o") == 0) {
            name = "output";
        } else if (a[1] == '-') {
            eq = strchr(a + 2, '=');
            if (eq) {
                size_t n = (size_t)(eq - (a + 2));
                if (n >= sizeof namebuf)
                    return usage(o, "unknown option '%s'", a);
                memcpy(namebuf, a + 2, n);
                namebuf[n] = '\0';
                name = namebuf;
                value = eq + 1;
            } else {
                name = a + 2;
            }
        } else {
            return usage(o, "unknown option '%s'", a);
        }
        if (strcmp(name, "facts") == 0 && in_list(c->options, "list-facts"))
            name = "list-facts";
        if (!(d = option_find(c, name)))
            return usage(o, "unknown option '%s'", a);
        if (d->kind == CLI_OPT_FLAG) {
            if (value)
                return usage(o, "option '%s' takes no value", a);
        } else if (!value) {
            if (i + 1 >= argc)
                return usage(o, "option '%s' needs a value", a);
            value = argv[++i];
        }
        if (set_value(o, c, d, a, value ? value : "") != 0)
            return CLI_EXIT_USAGE;
    }
    if (o->help)
        return 0;
    if (c->positional && !o->schools)
        return usage(o, "%s", "missing the SCHOOLS file (use '-' for standard input)");
    return 0;
}
