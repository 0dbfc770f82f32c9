/* SPDX-License-Identifier: MIT */
/* yjjh: the command line tool of libyjjh (cli.md). The commands are listed in cli_commands.def, each in its
 * tools/cmd_<name>.c. */
#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

static int run(int argc, char **argv)
{
    cli_options o;
    const cli_command_def *c;
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
    if (!(c = cli_command_find(cmd))) {
        fprintf(stderr, "yjjh: unknown command '%s'\n", cmd);
        cli_usage_hint(NULL);
        return CLI_EXIT_USAGE;
    }
    o.command = c->name;
    code = cli_parse_options(&o, argc, argv, 2);
    if (code != CLI_EXIT_OK)
        return code;
    if (o.help) {
        cli_print_help(stdout, c->name);
        return CLI_EXIT_OK;
    }
    cli_errors_begin(o.errors && strcmp(o.errors, "json") == 0);
    return cli_errors_end(c->run(&o), 1);
}

/* Everything on standard output is only written when it is flushed: a write error there (a full disk, a closed
 * pipe, `--help > /dev/full`) is an error of the run, with a message, not a silent exit 0. */
int main(int argc, char **argv)
{
    int code = run(argc, argv);
    errno = 0;
    if (fflush(stdout) != 0 || ferror(stdout)) {
        int err = errno;
        fprintf(stderr, "yjjh: cannot write standard output: %s\n", err ? strerror(err) : "write error");
        if (code == CLI_EXIT_OK || code == CLI_EXIT_CHECK_FAILED)
            code = CLI_EXIT_CANTCREAT;
    }
    return code;
}
