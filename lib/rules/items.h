/* Private: county items of indicators.md §5–7 — government assurance G1–G15, education quality Q1–Q9,
 * social recognition S1, the vetoes (一票否决) and the eligibility conditions (资格条件). */
#ifndef YJJH_LIB_ITEMS_H
#define YJJH_LIB_ITEMS_H

#include <stddef.h>
#include "profile/profile.h"

/* Which school-size limit (G4) applies to a school. */
typedef enum yjjh__size_class {
    YJJH__SIZE_PRIMARY = 0,   /* primary, teaching point: primary students ≤ max_school_size(primary) */
    YJJH__SIZE_JUNIOR = 1,    /* junior, complete_secondary: junior students ≤ max_school_size(junior) */
    YJJH__SIZE_COMBINED = 2   /* nine_year, twelve_year: primary + junior ≤ max_school_size_nine_year */
} yjjh__size_class;

/* One in-scope school of the county (a school with at least one in-scope part). */
typedef struct yjjh__item_school {
    size_t row;
    yjjh__size_class size_class;
} yjjh__item_school;

/* One evaluated item. */
typedef struct yjjh__item {
    const char *code;           /* static: "G1" … "S1", "veto_…", "eligibility_…" */
    yjjh_item_status status;
    double value;               /* NaN when none */
    double required;            /* NaN when none */
    char *message;              /* malloc'ed UTF-8 ("" when met) */
    int is_veto;                /* 1: not met means the county fails whatever else holds (S1, veto_*) */
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

/* Verdict contribution of the items: 1 when some item is not met (fail), else 2 when some item is not assessed
 * (incomplete), else 0. */
int yjjh__items_outcome(const yjjh__item_list *list);

/* Full Chinese name of an item code (item_catalog.c; static), "" for unknown codes. */
const char *yjjh__item_name_zh(const char *code);

#endif
