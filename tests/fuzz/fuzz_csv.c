/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the schools CSV reader, then validation and evaluation of whatever it accepts. */
#include <stddef.h>
#include <stdint.h>
#include <yjjh/yjjh.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yjjh_schools *t = NULL;
    yjjh_diag *diag = NULL;
    yjjh_profile *p = NULL;
    yjjh_result *r = NULL;
    char *json = NULL;
    if (yjjh_diag_new(&diag) != YJJH_OK)
        return 0;
    if (yjjh_schools_read_buffer(&t, (const char *)data, size, "fuzz.csv", NULL, diag) == YJJH_OK &&
        yjjh_profile_builtin(&p, "national-2017") == YJJH_OK &&
        yjjh_schools_evaluate(&r, t, NULL, p, diag) == YJJH_OK && yjjh_result_to_json(&json, r) == YJJH_OK) {
        yjjh_free(json);
    }
    for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        if (yjjh_diag_get(&e, diag, i) == YJJH_OK && (!e.message || !e.column))
            __builtin_trap();
    }
    yjjh_result_free(r);
    yjjh_profile_free(p);
    yjjh_schools_free(t);
    yjjh_diag_free(diag);
    return 0;
}
