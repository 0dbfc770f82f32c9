/* SPDX-License-Identifier: MIT */
/* `yjjh trend`: multi-year monitoring (docs/plan.md "Multi-year monitoring"). */
#include "cli.h"

const char cli_help_trend[] = "Usage: yjjh trend YEAR=SCHOOLS.csv... [options]\n";

int cli_cmd_trend(const cli_options *o)
{
    (void)o;
    return CLI_EXIT_INTERNAL;
}
