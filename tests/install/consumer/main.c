/* SPDX-License-Identifier: MIT */
/* Post-install consumer: built against an installed libyjjh via find_package(yjjh) and via pkg-config.
 * Prints the runtime version and checks it equals the header version and a worked-example CV. */
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <yjjh/yjjh.h>

int main(void)
{
    /* indicators.md §9: X = 5, 4, 6 with enrolments 1000, 500, 250 -> CV 0.131533410441164 */
    const double x[] = {5.0, 4.0, 6.0};
    const double w[] = {1000.0, 500.0, 250.0};
    double cv = 0.0;
    yjjh_profile *p = NULL;
    double r4 = 0.0;

    if (strcmp(yjjh_version_string(), YJJH_VERSION_STRING) != 0 || yjjh_version_number() != YJJH_VERSION_NUMBER) {
        fprintf(stderr, "header %s != library %s\n", YJJH_VERSION_STRING, yjjh_version_string());
        return 1;
    }
    if (yjjh_stats_cv(&cv, x, 3, w, 3) != YJJH_OK || fabs(cv - 0.131533410441164) > 1e-14) {
        fprintf(stderr, "cv = %.17g\n", cv);
        return 1;
    }
    if (yjjh_profile_builtin(&p, "national-2017") != YJJH_OK ||
        yjjh_standard_lookup(&r4, p, "R4", YJJH_STAGE_PRIMARY) != YJJH_OK || r4 != 4.5) {
        yjjh_profile_free(p);
        return 1;
    }
    yjjh_profile_free(p);
    printf("%s\n", yjjh_version_string());
    return 0;
}
