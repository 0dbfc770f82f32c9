/* SPDX-License-Identifier: MIT */
/* Private: county items of indicators.md §5–7 — government assurance G1–G15, education quality Q1–Q9,
 * social recognition S1, the vetoes (一票否决) and the eligibility conditions (资格条件). */
#ifndef YJJH_LIB_ITEMS_H
#define YJJH_LIB_ITEMS_H

#include <stddef.h>
#include "profile/profile.h"
#include "input/fact_keys.h"

/* ---- the item table (items.def) -------------------------------------------------------------------- */

/** How an item is assessed (items.def). */
typedef enum yjjh__item_kind {
    IK_FACT,           /* fact 1 passes test 1 */
    IK_ALL,            /* fact 1 passes test 1 and fact 2 passes test 2 */
    IK_COMPARE,        /* fact 1 >= fact 2 */
    IK_YEARS,          /* fact 1 - fact 2 >= parameter 1 */
    IK_OPTIONAL,       /* like IK_FACT, reported only when the fact is given */
    IK_SCHOOLS,        /* a check over the county's in-scope schools */
    IK_SCHOOLS_OR_FACT /* the school check when its columns are present, else IK_FACT */
} yjjh__item_kind;

/** The test a fact must pass (items.def). */
typedef enum yjjh__item_test {
    IT_NONE,  /* no test of its own (IK_COMPARE, IK_YEARS) */
    IT_TRUE,  /* true (non-zero) */
    IT_FALSE, /* false: a veto fact, the violation did not happen */
    IT_MIN,   /* >= parameter (relative tolerance, yjjh_standard_meets_min()) */
    IT_BELOW, /* < parameter, strictly */
    IT_MAX    /* <= parameter (relative tolerance, yjjh_standard_within_max()) */
} yjjh__item_test;

/** Indices of the item table: YJJH__ITEM_G1 … YJJH__ITEM_eligibility_basic_cv_junior, YJJH__ITEM_COUNT. */
typedef enum yjjh__item_index {
#define X(code, kind, f1, t1, p1, f2, t2, p2, veto, check, data, zh, short_zh, en) YJJH__ITEM_##code,
#include "rules/items.def"
#undef X
    YJJH__ITEM_COUNT
} yjjh__item_index;

/** One fact an item reads, with its test and parameter. */
typedef struct yjjh__item_cond {
    yjjh__fact_key_id fact; /* FK_NONE: none */
    yjjh__item_test test;
    yjjh_param_id param; /* P_NONE: none */
} yjjh__item_cond;

/** One line of items.def. */
typedef struct yjjh__item_def {
    const char *code;
    yjjh__item_kind kind;
    yjjh__item_cond cond[2];
    int is_veto;
    const char *school_data; /* what the school check reads ("not assessed" messages); NULL: none */
    const char *name_zh;     /* full name, as in the national 评估办法 */
    const char *short_zh;    /* for tables */
    const char *name_en;
} yjjh__item_def;

/** The item table, in evaluation and report order. Defined in item_catalog.c. */
extern const yjjh__item_def yjjh__items[YJJH__ITEM_COUNT];

/* ---- evaluation ------------------------------------------------------------------------------------ */

/* Which school-size limit (G4) applies to a school. */
typedef enum yjjh__size_class {
    YJJH__SIZE_PRIMARY = 0, /* primary, teaching point: primary students ≤ max_school_size(primary) */
    YJJH__SIZE_JUNIOR = 1,  /* junior, complete_secondary: junior students ≤ max_school_size(junior) */
    YJJH__SIZE_COMBINED = 2 /* nine_year, twelve_year: primary + junior ≤ max_school_size_nine_year */
} yjjh__size_class;

/* One in-scope school of the county (a school with at least one in-scope part). */
typedef struct yjjh__item_school {
    size_t row;
    yjjh__size_class size_class;
} yjjh__item_school;

/* One evaluated item. */
typedef struct yjjh__item {
    const char *code; /* static (yjjh__items): "G1" … "S1", "veto_…", "eligibility_…" */
    yjjh_item_status status;
    double value;    /* NaN when none */
    double required; /* NaN when none */
    char *message;   /* malloc'ed UTF-8 ("" when met) */
    int is_veto;     /* 1: not met means the county fails whatever else holds (S1, veto_*) */
    /* IK_ALL (G11, G13, G15, Q9): each of the two facts and its requirement (NaN: fact missing or not read),
     * so reports show every number of a two-part item; NaN for the other kinds */
    double part_value[2], part_required[2];
} yjjh__item;

typedef struct yjjh__item_list {
    yjjh__item *items;
    size_t n;
} yjjh__item_list;

/* Evaluate every item of a national-2017-scheme profile for one county. Facts may be NULL (all missing).
 * For a basic_2012 profile the list is empty. Returns YJJH_OK or YJJH_E_NOMEM (list then empty). */
yjjh_status yjjh__items_evaluate(yjjh__item_list *out, const yjjh_profile *p, const yjjh_facts *facts,
                                 const char *county_code, const yjjh_schools *schools,
                                 const yjjh__item_school *in_scope, size_t n_in_scope);

void yjjh__item_list_free(yjjh__item_list *list);

/* Verdict contribution of the items: YJJH_VERDICT_FAIL when some item is not met, else YJJH_VERDICT_INCOMPLETE
 * when some item is not assessed, else YJJH_VERDICT_PASS. */
yjjh_verdict yjjh__items_outcome(const yjjh__item_list *list);

#endif
