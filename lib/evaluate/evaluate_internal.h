/* SPDX-License-Identifier: MIT */
/* Private: the result object of yjjh_schools_evaluate(). Never installed. */
#ifndef YJJH_LIB_EVALUATE_INTERNAL_H
#define YJJH_LIB_EVALUATE_INTERNAL_H

#include <stdatomic.h>
#include <stddef.h>
#include "yjjh/yjjh.h"
#include "common/buf.h"
#include "profile/profile.h"
#include "rules/items.h"
#include "rules/school_rule.h"
#include "input/schools_internal.h"

/* ---- result ---------------------------------------------------------------------------------------- */

typedef struct yjjh__reason {
    const char *code; /* static or in the result's string pool */
    yjjh_stage stage;
    const char *school_id; /* "" for county-level reasons */
    double value, required;
    size_t part; /* a school_rule reason: its part (index in parts), whose message is formatted only when asked
                  * for (yjjh__reason_message); SIZE_MAX for the others */
    _Atomic(char *) message; /* malloc'ed; NULL until a lazy message is first asked for */
    int borrowed;            /* message is the county item's (cy->items), freed with the items, not here */
} yjjh__reason;

typedef struct yjjh__stage_result {
    int present; /* in-scope students > 0 */
    double students;
    size_t schools_in_scope;
    size_t schools_passing;
    int composite_defined;
    double composite_cv, composite_cv_max;
    int composite_cv_met;
    yjjh_indicator_result ind[YJJH__MAX_INDICATORS];
} yjjh__stage_result;

typedef struct yjjh__county {
    const char *code; /* in the string pool */
    const char *name;
    yjjh_verdict verdict;
    yjjh__reason *reasons;
    size_t n_reasons, cap_reasons;
    yjjh__item_list items;       /* G/Q/S items, vetoes, eligibility (empty for the 2012 scheme) */
    yjjh__stage_result stage[2]; /* primary, junior */
} yjjh__county;

typedef struct yjjh__part {
    size_t row;
    size_t county;
    const char *school_id;
    const char *school_name;
    yjjh_stage stage;
    int in_scope;
    yjjh_exclusion excluded;
    double students;
    yjjh__rule_result rule;
} yjjh__part;

typedef struct yjjh__pool_block {
    struct yjjh__pool_block *next;
    size_t used, cap;
    char data[];
} yjjh__pool_block;

struct yjjh_result {
    char profile_name[64];
    int has_rule;  /* 2017 scheme: school rule and per-indicator CV maximum */
    int composite; /* 2012 scheme: composite CV */
    size_t n_indicators;
    const yjjh_indicator_def *indicators[YJJH__MAX_INDICATORS];
    yjjh__county *counties;
    size_t n_counties;
    yjjh__part *parts;
    size_t n_parts;
    yjjh__pool_block *pool; /* strings */
    double floor_pct;       /* the school rule's floor (school_floor_ratio × 100), for the lazy reason messages */
};

/* The message of reason rs of res: formatted on first use and kept in the result (thread-safe: concurrent
 * first uses agree on one text). NULL when out of memory. */
const char *yjjh__reason_message(const yjjh_result *res, const yjjh__reason *rs);

/* Append the message of rs to b without keeping it in the result (the writers). */
void yjjh__reason_message_put(yjjh__buf *b, const yjjh_result *res, const yjjh__reason *rs);

/* The school parts of each county, in input order: the parts of county c are parts[order[q]] for q in
 * [start[c], start[c + 1]). Both arrays are malloc'ed (start has n_counties + 1 entries); O(parts + counties).
 * Returns YJJH_OK or YJJH_E_NOMEM (then both are NULL). */
yjjh_status yjjh__result_part_index(const yjjh_result *r, size_t **start, size_t **order);

/* The writers' weight of the counties before county c (a yjjh__weight_fn of common/chunked_write.h, ctx = the
 * start array of yjjh__result_part_index()): their school parts, and one for each county. */
static inline size_t yjjh__county_weight(const void *start, size_t c) { return ((const size_t *)start)[c] + c; }

/* Copy a string into the result's pool; NULL on out of memory. */
const char *yjjh__result_strdup(yjjh_result *r, const char *s);

#endif
