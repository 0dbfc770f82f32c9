/* SPDX-License-Identifier: MIT */
/* Private: the plan, costs and trend objects (yjjh_plan.h). Never installed. */
#ifndef YJJH_LIB_PLAN_INTERNAL_H
#define YJJH_LIB_PLAN_INTERNAL_H

#include <stddef.h>
#include "yjjh/yjjh.h"
#include "yjjh/yjjh_plan.h"
#include "profile/profile.h"

struct yjjh_costs {
    double price[YJJH__NUM_COUNT]; /* 元 per unit of each numerator */
    char currency[32];
};

/* Fill c with the documented example prices. */
void yjjh__costs_defaults(yjjh_costs *c);

typedef struct yjjh__action {
    yjjh_action_kind kind;
    size_t county, row;
    const char *school_id, *school_name; /* owned by the plan's before-result */
    yjjh_stage stage;
    const char *code; /* static, or owned by the before-result */
    yjjh_column column;
    const char *field, *unit; /* static */
    double now, target, add, cost;
    int recurring;
    size_t round;
    char *message; /* malloc'ed */
} yjjh__action;

typedef struct yjjh__target {
    size_t county;
    yjjh_stage stage;
    const char *code;
    size_t part; /* part index (school rule), or (size_t)-1 for a CV */
    size_t k;    /* indicator index (CV) */
    const char *school_id;
    double before, required, after;
    int met_after;
} yjjh__target;

struct yjjh_plan {
    yjjh_result *before, *after;
    yjjh_schools *applied;
    int planned;
    yjjh__action *actions;
    size_t n_actions, cap_actions;
    yjjh__target *targets;
    size_t n_targets, cap_targets;
    yjjh_plan_county *counties;
    size_t n_counties;
};

/* JSON text helpers of the plan layer (plan_json.c). */
#include "common/buf.h"
void yjjh__json_str(yjjh__buf *b, const char *s);
void yjjh__json_num(yjjh__buf *b, double v);
void yjjh__csv_num(yjjh__buf *b, double v);

#endif
