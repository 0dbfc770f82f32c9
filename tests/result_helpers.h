/* SPDX-License-Identifier: MIT */
/* Shared helpers of the tests that evaluate an example file or compare whole result texts (include after
 * yjjh_test.h). */
#ifndef YJJH_TEST_RESULT_HELPERS_H
#define YJJH_TEST_RESULT_HELPERS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yjjh/yjjh.h>

/* The result of evaluating examples/data/<name> with the built-in profile (every step asserted). */
static inline yjjh_result *yjjh_test_evaluate_example(const char *name, const char *profile)
{
    char path[512];
    yjjh_schools *t = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    snprintf(path, sizeof path, "%s/%s", YJJH_EXAMPLES_DATA_DIR, name);
    assert_ok(yjjh_schools_read_file(&t, path, NULL, NULL));
    assert_ok(yjjh_profile_builtin(&p, profile));
    assert_ok(yjjh_schools_evaluate(&r, t, NULL, p, NULL));
    yjjh_schools_free(t);
    yjjh_profile_free(p);
    return r;
}

/* The JSON text of r followed by its CSV text (malloc'ed), or NULL when r is NULL or a writer fails. */
static inline char *yjjh_test_json_and_csv(const yjjh_result *r)
{
    char *json = NULL, *csv = NULL, *both = NULL;
    if (r && yjjh_result_to_json(&json, r) == YJJH_OK && yjjh_result_to_csv(&csv, r) == YJJH_OK &&
        (both = malloc(strlen(json) + strlen(csv) + 1)) != NULL) {
        strcpy(both, json);
        strcat(both, csv);
    }
    yjjh_free(json);
    yjjh_free(csv);
    return both;
}

#endif
