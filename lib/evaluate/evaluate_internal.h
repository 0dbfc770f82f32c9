/* Private: the result object of yjjh_schools_evaluate() and the validation pass it shares with
 * yjjh_schools_validate(). Never installed. */
#ifndef YJJH_LIB_EVALUATE_INTERNAL_H
#define YJJH_LIB_EVALUATE_INTERNAL_H

#include <stddef.h>
#include "yjjh/yjjh.h"
#include "profile/profile.h"
#include "rules/items.h"
#include "rules/school_rule.h"
#include "input/schools_internal.h"

/* ---- validation ------------------------------------------------------------------------------------ */

/* What validation learned about one row (used by the evaluator so nothing is parsed twice). */
typedef struct yjjh__row_info {
    yjjh__school_type type;
    int is_private;
    long parent;            /* merge mode: row of the 中心校 this teaching point is merged into; else -1 */
    double students[3];     /* own enrolment primary/junior/senior (missing = 0) */
    double merged[3];       /* enrolment after teaching points were merged in (= students otherwise) */
} yjjh__row_info;

/*
 * Validate a table for a profile (data-format.md "Errors"), reporting every problem to diag (may be NULL).
 * On YJJH_OK and when rows is not NULL, *rows receives a malloc'ed array of n row infos (free()).
 * Returns YJJH_OK, YJJH_E_EMPTY, YJJH_E_INVALID_DATA or YJJH_E_NOMEM (*rows NULL unless YJJH_OK).
 */
yjjh_status yjjh__validate(yjjh__row_info **rows, const yjjh_schools *t, const yjjh_profile *p, yjjh_diag *diag);

/* Whether teaching points are merged into their 中心校 under this profile. */
int yjjh__merge_mode(const yjjh_profile *p);

/* Scope of one school part (indicators.md §1): the first applicable reason of special, private, teaching_point,
 * no_students, or YJJH_EXCLUDED_NONE. Uses ri->merged for the enrolment and ri->students for teaching points. */
yjjh_exclusion yjjh__part_scope(const yjjh_profile *p, const yjjh__row_info *ri, yjjh_stage stage);

/* The input column holding numerator `num` for a stage (per-stage teacher or facility column), or the
 * school-total facility column when stage is YJJH_STAGE_NONE (0 for teacher numerators). */
yjjh_column yjjh__numerator_column(yjjh_numerator num, yjjh_stage stage);

/* ---- result ---------------------------------------------------------------------------------------- */

typedef struct yjjh__reason {
    const char *code;       /* static or in the result's string pool */
    yjjh_stage stage;
    const char *school_id;  /* "" for county-level reasons */
    double value, required;
    char *message;          /* malloc'ed */
} yjjh__reason;

typedef struct yjjh__stage_result {
    int present;            /* in-scope students > 0 */
    double students;
    size_t schools_in_scope;
    size_t schools_passing;
    int composite_defined;
    double composite_cv, composite_cv_max;
    int composite_cv_met;
    yjjh_indicator_result ind[YJJH__MAX_INDICATORS];
} yjjh__stage_result;

typedef struct yjjh__county {
    const char *code;       /* in the string pool */
    const char *name;
    yjjh_verdict verdict;
    yjjh__reason *reasons;
    size_t n_reasons, cap_reasons;
    yjjh__item_list items;  /* G/Q/S items (empty until they are wired in) */
    yjjh__stage_result stage[2];   /* primary, junior */
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
    int has_rule;                 /* 2017 scheme: school rule and per-indicator CV maximum */
    int composite;                /* 2012 scheme: composite CV */
    size_t n_indicators;
    const yjjh_indicator_def *indicators[YJJH__MAX_INDICATORS];
    yjjh__county *counties;
    size_t n_counties;
    yjjh__part *parts;
    size_t n_parts;
    yjjh__pool_block *pool;       /* strings */
};

/* Copy a string into the result's pool; NULL on out of memory. */
const char *yjjh__result_strdup(yjjh_result *r, const char *s);

#endif
