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
    "  -h, --help            this help\n";

int cli_cmd_validate(const cli_options *o)
{
    yjjh_profile *p = NULL;
    yjjh_schools *s = NULL;
    yjjh_facts *f = NULL;
    yjjh_diag *diag = NULL;
    int code = cli_load_inputs(o, &p, &s, &f);
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
            printf("%s: %zu schools, no problems found (profile %s)\n", cli_schools_name(o), yjjh_schools_row_count(s),
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
