/* SPDX-License-Identifier: MIT */
/* Private: ids of the county fact keys (fact_keys.def). Never installed. */
#ifndef YJJH_LIB_FACT_KEYS_H
#define YJJH_LIB_FACT_KEYS_H

/** Fact key ids, in the order of yjjh_fact_key(i): the id is the index. FK_NONE = no fact. */
typedef enum yjjh__fact_key_id {
    FK_NONE = -1,
#define X(id, key, zh, kind) id,
#include "input/fact_keys.def"
#undef X
    YJJH__FACT_KEY_COUNT
} yjjh__fact_key_id;

/** The key of a fact id ("layout_reasonable"), static; "" for FK_NONE or an unknown id. Defined in facts.c. */
const char *yjjh__fact_key(yjjh__fact_key_id id);

/** The Chinese name of a fact id, static; "" for FK_NONE or an unknown id. Defined in facts.c. */
const char *yjjh__fact_key_zh(yjjh__fact_key_id id);

/** The allowed range of a fact's value (data-format.md §3) as a phrase for messages ("a rate is a fraction in
 *  [0, 1] …"), or NULL when value is within it. key is a fact key of fact_keys.def. Defined in facts.c. */
const char *yjjh__fact_range_problem(const char *key, double value);

/** The value of fact id for county_code, else of the default row (county code ""), as yjjh_facts_get() without
 *  looking the key up by name: 1 and *out set when given (not NaN), 0 when not (also for a NULL facts). Defined in
 *  facts.c. */
struct yjjh_facts;
int yjjh__facts_value(double *out, const struct yjjh_facts *facts, const char *county_code, yjjh__fact_key_id id);

#endif
