/* SPDX-License-Identifier: MIT */
/* Shared helpers of `yjjh plan`, `summary` and `trend` (tools/cmd_plan.c). */
#ifndef YJJH_CLI_PLAN_H
#define YJJH_CLI_PLAN_H

#include "cli.h"

/* Load unit prices from path (NULL: the example defaults). Returns 0 or an exit code (message printed). */
int cli_load_costs(yjjh_costs **out, const char *path);
/* Load the inputs of o and compute the plan; *p receives the profile (free it also on error). Returns 0 or an exit
 * code (message printed). */
int cli_make_plan(yjjh_plan **out, const cli_options *o, yjjh_profile **p);
/* Append a sum of money rounded to whole 元 ("-" for NaN). */
void cli_put_money(yjjh__buf *b, double v);

#endif
