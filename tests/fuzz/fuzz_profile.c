/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the JSON profile loader (built-in parents only: no file access from fuzz input). */
#include <stddef.h>
#include <stdint.h>
#include <yjjh/yjjh.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yjjh_profile *p = NULL;
    yjjh_diag *diag = NULL;
    char *json = NULL;
    if (yjjh_diag_new(&diag) != YJJH_OK)
        return 0;
    if (yjjh_profile_load_json(&p, (const char *)data, size, NULL, diag) == YJJH_OK &&
        yjjh_profile_to_json(&json, p) == YJJH_OK)
        yjjh_free(json);
    for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        if (yjjh_diag_get(&e, diag, i) == YJJH_OK && (!e.message || !e.column))
            __builtin_trap();
    }
    yjjh_profile_free(p);
    yjjh_diag_free(diag);
    return 0;
}
