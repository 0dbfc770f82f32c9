/* SPDX-License-Identifier: MIT */
/* Command line parsing and help texts of the yjjh tool (cli.md). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cli.h"
#include "common/text.h"

static const char general_help[] =
    "yjjh — 县域义务教育优质均衡发展督导评估 (county compulsory-education balance evaluation)\n"
    "\n"
    "Usage:\n"
    "  yjjh evaluate SCHOOLS.csv [--facts FACTS.csv|.json] [--profile NAME|FILE.json] [--year YYYY]\n"
    "                [--format json|csv|text] [-o OUT] [--check] [--encoding E]\n"
    "  yjjh validate SCHOOLS.csv [--facts FACTS] [--profile NAME|FILE.json] [--encoding E]\n"
    "  yjjh standards [--profile NAME|FILE.json] [--format json|text] [--facts]\n"
    "  yjjh profiles\n"
    "  yjjh --version | --help | help [COMMAND]\n"
    "\n"
    "Commands:\n"
    "  evaluate   evaluate every county of a schools file (学校数据) and print the verdicts\n"
    "  validate   read and check the input only (数据检查)\n"
    "  standards  print the standards table of a profile (评估标准), or with --facts the county fact keys\n"
    "  profiles   list the built-in profiles (评估方案)\n"
    "\n"
    "Exit codes: 0 success (whatever the verdict); 2 --check and a verdict is not pass; 64 usage error;\n"
    "65 input data error (every problem on stderr); 66 input cannot be opened; 73 output cannot be written;\n"
    "70 internal error.\n"
    "Run 'yjjh COMMAND --help' for the options of a command.\n";

static const char evaluate_help[] =
    "Usage: yjjh evaluate SCHOOLS.csv [options]\n"
    "\n"
    "Evaluate every county of SCHOOLS.csv (one row per school; '-' reads standard input).\n"
    "\n"
    "Options:\n"
    "  --facts FILE          county facts (县级事实数据), CSV or JSON\n"
    "  --profile NAME|FILE   built-in profile (default national-2017; see 'yjjh profiles') or a profile JSON file\n"
    "  --year YYYY           evaluation year (评估年份) for counties whose facts do not give one\n"
    "  --format FMT          json, csv (one row per school part) or text (中文报告); default: json when -o ends\n"
    "                        in .json or standard output is not a terminal, csv for -o *.csv, else text\n"
    "  -o, --output OUT      write to OUT atomically instead of standard output\n"
    "  --check               exit with status 2 when a county's verdict is not pass\n"
    "  --encoding E          input encoding: auto (default: UTF-8, else GB18030), utf-8, gb18030, gbk\n"
    "  -h, --help            this help\n";

static const char validate_help[] =
    "Usage: yjjh validate SCHOOLS.csv [options]\n"
    "\n"
    "Read and check SCHOOLS.csv (and the facts file) without evaluating. Every problem is printed on standard\n"
    "error as FILE:LINE: column NAME: problem; the exit status is 65 when there is any.\n"
    "\n"
    "Options:\n"
    "  --facts FILE          county facts file to check too\n"
    "  --profile NAME|FILE   profile whose scope rules and indicators apply (default national-2017)\n"
    "  --encoding E          input encoding: auto, utf-8, gb18030, gbk\n"
    "  -h, --help            this help\n";

static const char standards_help[] =
    "Usage: yjjh standards [--profile NAME|FILE.json] [--format json|text] [--facts]\n"
    "\n"
    "Print the standards table (评估标准) of a profile: key, stage, value, unit and names.\n"
    "  --facts    list the county fact keys (县级事实) with their Chinese names instead\n";

static const char profiles_help[] = "Usage: yjjh profiles\n\nList the built-in profiles (评估方案).\n";

void cli_print_help(FILE *out, const char *command)
{
    const char *text = general_help;
    if (command && strcmp(command, "evaluate") == 0)
        text = evaluate_help;
    else if (command && strcmp(command, "validate") == 0)
        text = validate_help;
    else if (command && strcmp(command, "standards") == 0)
        text = standards_help;
    else if (command && strcmp(command, "profiles") == 0)
        text = profiles_help;
    fputs(text, out);
}

void cli_usage_hint(const char *command)
{
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

/* Which options a command takes. */
static int takes(const char *command, const char *opt)
{
    int ev = strcmp(command, "evaluate") == 0, va = strcmp(command, "validate") == 0,
        st = strcmp(command, "standards") == 0;
    if (strcmp(opt, "profile") == 0)
        return ev || va || st;
    if (strcmp(opt, "facts") == 0 || strcmp(opt, "encoding") == 0)
        return ev || va;
    if (strcmp(opt, "format") == 0)
        return ev || st;
    if (strcmp(opt, "year") == 0 || strcmp(opt, "output") == 0 || strcmp(opt, "check") == 0)
        return ev;
    if (strcmp(opt, "list-facts") == 0)
        return st;
    return 0;
}

int cli_parse_options(cli_options *o, int argc, char **argv, int first)
{
    int positional_done = 0, no_more_options = 0;
    for (int i = first; i < argc; i++) {
        const char *a = argv[i];
        const char *name = NULL, *value = NULL, *eq;
        char namebuf[32];
        if (no_more_options || a[0] != '-' || strcmp(a, "-") == 0) {
            if (strcmp(o->command, "evaluate") != 0 && strcmp(o->command, "validate") != 0)
                return usage(o, "unexpected argument '%s'", a);
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
        if (strcmp(o->command, "standards") == 0 && strcmp(name, "facts") == 0)
            name = "list-facts";
        if (!takes(o->command, name))
            return usage(o, "unknown option '%s'", a);
        if (strcmp(name, "check") == 0 || strcmp(name, "list-facts") == 0) {
            if (value)
                return usage(o, "option '%s' takes no value", a);
            if (strcmp(name, "check") == 0)
                o->check = 1;
            else
                o->list_facts = 1;
            continue;
        }
        if (!value) {
            if (i + 1 >= argc)
                return usage(o, "option '%s' needs a value", a);
            value = argv[++i];
        }
        if (strcmp(name, "profile") == 0) {
            o->profile = value;
        } else if (strcmp(name, "facts") == 0) {
            o->facts = value;
        } else if (strcmp(name, "output") == 0) {
            if (!value[0])
                return usage(o, "option '%s' needs a file name", a);
            o->output = value;
        } else if (strcmp(name, "encoding") == 0) {
            if (!known_encoding(value))
                return usage(o, "unknown encoding '%s' (use auto, utf-8, gb18030 or gbk)", value);
            o->encoding = value;
        } else if (strcmp(name, "format") == 0) {
            if (strcmp(value, "json") == 0)
                o->format = CLI_FORMAT_JSON;
            else if (strcmp(value, "text") == 0)
                o->format = CLI_FORMAT_TEXT;
            else if (strcmp(value, "csv") == 0 && strcmp(o->command, "evaluate") == 0)
                o->format = CLI_FORMAT_CSV;
            else
                return usage(o, "unknown format '%s'", value);
        } else if (strcmp(name, "year") == 0) {
            char *end = NULL;
            long y = strtol(value, &end, 10);
            if (!value[0] || *end != '\0' || y < 1900 || y > 2999)
                return usage(o, "--year needs a year such as 2024, not '%s'", value);
            o->year = (int)y;
        }
    }
    if (o->help)
        return 0;
    if ((strcmp(o->command, "evaluate") == 0 || strcmp(o->command, "validate") == 0) && !o->schools)
        return usage(o, "%s", "missing the SCHOOLS file (use '-' for standard input)");
    return 0;
}
