/* SPDX-License-Identifier: MIT */
/* libFuzzer target: the county facts reader (CSV and JSON). */
#include <stddef.h>
#include <stdint.h>
#include <yjjh/yjjh.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    yjjh_facts *f = NULL;
    yjjh_diag *diag = NULL;
    double v;
    if (yjjh_diag_new(&diag) != YJJH_OK)
        return 0;
    if (yjjh_facts_read_buffer(&f, (const char *)data, size, "fuzz.facts", NULL, diag) == YJJH_OK) {
        for (size_t i = 0; i < yjjh_fact_key_count(); i++) {
            const char *key = NULL;
            if (yjjh_fact_key_get(&key, i) == YJJH_OK)
                (void)yjjh_facts_get(&v, f, "", key);
        }
    }
    for (size_t i = 0; i < yjjh_diag_count(diag); i++) {
        yjjh_diag_entry e = YJJH_DIAG_ENTRY_INIT;
        if (yjjh_diag_get(&e, diag, i) == YJJH_OK && (!e.message || !e.column))
            __builtin_trap();
    }
    yjjh_facts_free(f);
    yjjh_diag_free(diag);
    return 0;
}
