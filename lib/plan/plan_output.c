/* SPDX-License-Identifier: MIT */
/* The accessors of a plan and its JSON and CSV texts (docs/plan.md), and the CSV writer of a school table. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/plan_internal.h"
#include "evaluate/evaluate_internal.h"

size_t yjjh_plan_county_count(const yjjh_plan *plan) { return plan ? plan->n_counties : 0; }
size_t yjjh_plan_action_count(const yjjh_plan *plan) { return plan ? plan->n_actions : 0; }
size_t yjjh_plan_target_count(const yjjh_plan *plan) { return plan ? plan->n_targets : 0; }
const yjjh_result *yjjh_plan_result_before(const yjjh_plan *plan) { return plan ? plan->before : NULL; }
const yjjh_result *yjjh_plan_result_after(const yjjh_plan *plan) { return plan ? plan->after : NULL; }

yjjh_status yjjh_plan_county_get(yjjh_plan_county *out, const yjjh_plan *plan, size_t ci)
{
    if (!out || !plan)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_PLAN_COUNTY_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (ci >= plan->n_counties)
        return YJJH_E_OUT_OF_RANGE;
    *out = plan->counties[ci];
    return YJJH_OK;
}

yjjh_status yjjh_plan_action_get(yjjh_plan_action *out, const yjjh_plan *plan, size_t i)
{
    const yjjh__action *a;
    if (!out || !plan)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_PLAN_ACTION_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= plan->n_actions)
        return YJJH_E_OUT_OF_RANGE;
    a = &plan->actions[i];
    out->kind = a->kind;
    out->county = a->county;
    out->row = a->row;
    out->school_id = a->school_id;
    out->school_name = a->school_name;
    out->stage = a->stage;
    out->code = a->code;
    out->column = a->column;
    out->field = a->field;
    out->now = a->now;
    out->target = a->target;
    out->add = a->add;
    out->recurring = a->recurring;
    out->cost = a->cost;
    out->unit = a->unit;
    out->message = a->message;
    return YJJH_OK;
}

yjjh_status yjjh_plan_target_get(yjjh_plan_target *out, const yjjh_plan *plan, size_t i)
{
    const yjjh__target *t;
    if (!out || !plan)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_PLAN_TARGET_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= plan->n_targets)
        return YJJH_E_OUT_OF_RANGE;
    t = &plan->targets[i];
    out->county = t->county;
    out->stage = t->stage;
    out->code = t->code;
    out->school_id = t->school_id;
    out->before = t->before;
    out->required = t->required;
    out->after = t->after;
    out->met_after = t->met_after;
    return YJJH_OK;
}

static const char *kind_name(yjjh_action_kind k)
{
    return k == YJJH_ACTION_SCHOOL_RULE ? "school_rule" : k == YJJH_ACTION_CV ? "cv" : "county_item";
}

static const char *stage_or_empty(yjjh_stage s) { return s == YJJH_STAGE_NONE ? "" : yjjh_stage_name(s); }

static yjjh_status finish_text(char **out, yjjh__buf *b)
{
    if (yjjh__buf_oom(b)) {
        yjjh__buf_free(b);
        return YJJH_E_NOMEM;
    }
    if (!(*out = yjjh__buf_detach(b)))
        return YJJH_E_NOMEM;
    return YJJH_OK;
}

static void json_key(yjjh__buf *b, const char *key, int *first)
{
    if (!*first)
        yjjh__buf_putc(b, ',');
    *first = 0;
    yjjh__json_str(b, key);
    yjjh__buf_putc(b, ':');
}

yjjh_status yjjh_plan_to_json(char **out, const yjjh_plan *plan)
{
    yjjh__buf b = YJJH__BUF_INIT;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!plan)
        return YJJH_E_NULL_ARG;
    yjjh__buf_puts(&b, "{\"schema_version\":\"" YJJH_JSON_SCHEMA_VERSION "\",\"yjjh_version\":");
    yjjh__json_str(&b, yjjh_version_string());
    yjjh__buf_puts(&b, ",\"profile\":");
    yjjh__json_str(&b, plan->before->profile_name);
    yjjh__buf_printf(&b, ",\"planned\":%s,\"counties\":[", plan->planned ? "true" : "false");
    for (size_t ci = 0; ci < plan->n_counties; ci++) {
        const yjjh_plan_county *pc = &plan->counties[ci];
        int first = 1, fa = 1;
        if (ci)
            yjjh__buf_putc(&b, ',');
        yjjh__buf_putc(&b, '{');
        json_key(&b, "county_code", &first);
        yjjh__json_str(&b, pc->county_code);
        json_key(&b, "county_name", &first);
        yjjh__json_str(&b, pc->county_name);
        json_key(&b, "verdict_before", &first);
        yjjh__json_str(&b, yjjh_verdict_name(pc->verdict_before));
        json_key(&b, "verdict_after", &first);
        yjjh__json_str(&b, yjjh_verdict_name(pc->verdict_after));
        json_key(&b, "schools_in_scope", &first);
        yjjh__buf_printf(&b, "%zu", pc->schools_in_scope);
        json_key(&b, "schools_failing", &first);
        yjjh__buf_printf(&b, "%zu", pc->schools_failing);
        json_key(&b, "cvs_failing", &first);
        yjjh__buf_printf(&b, "%zu", pc->cvs_failing);
        json_key(&b, "targets", &first);
        yjjh__buf_printf(&b, "%zu", pc->n_targets);
        json_key(&b, "targets_met", &first);
        yjjh__buf_printf(&b, "%zu", pc->targets_met);
        json_key(&b, "cost_once", &first);
        yjjh__json_num(&b, pc->cost_once);
        json_key(&b, "cost_per_year", &first);
        yjjh__json_num(&b, pc->cost_per_year);
        json_key(&b, "cost_total", &first);
        yjjh__json_num(&b, pc->cost_total);
        json_key(&b, "actions", &first);
        yjjh__buf_putc(&b, '[');
        for (size_t i = 0; i < plan->n_actions; i++) {
            const yjjh__action *a = &plan->actions[i];
            int f2 = 1;
            if (a->county != ci)
                continue;
            if (!fa)
                yjjh__buf_putc(&b, ',');
            fa = 0;
            yjjh__buf_putc(&b, '{');
            json_key(&b, "kind", &f2);
            yjjh__json_str(&b, kind_name(a->kind));
            json_key(&b, "code", &f2);
            yjjh__json_str(&b, a->code);
            if (a->kind == YJJH_ACTION_COUNTY_ITEM) {
                json_key(&b, "now", &f2);
                yjjh__json_num(&b, a->now);
                json_key(&b, "required", &f2);
                yjjh__json_num(&b, a->target);
                json_key(&b, "cost", &f2);
                yjjh__buf_puts(&b, "null");
            } else {
                json_key(&b, "school_id", &f2);
                yjjh__json_str(&b, a->school_id);
                json_key(&b, "school_name", &f2);
                yjjh__json_str(&b, a->school_name);
                json_key(&b, "stage", &f2);
                yjjh__json_str(&b, yjjh_stage_name(a->stage));
                json_key(&b, "now", &f2);
                yjjh__json_num(&b, a->now);
                json_key(&b, "target", &f2);
                yjjh__json_num(&b, a->target);
                json_key(&b, "column", &f2);
                yjjh__json_str(&b, yjjh_column_name(a->column));
                json_key(&b, "add", &f2);
                yjjh__json_num(&b, a->add);
                json_key(&b, "unit", &f2);
                yjjh__json_str(&b, a->unit);
                json_key(&b, "cost", &f2);
                yjjh__json_num(&b, a->cost);
                json_key(&b, "recurring", &f2);
                yjjh__buf_puts(&b, a->recurring ? "true" : "false");
            }
            json_key(&b, "message", &f2);
            yjjh__json_str(&b, a->message);
            yjjh__buf_putc(&b, '}');
        }
        yjjh__buf_putc(&b, ']');
        json_key(&b, "targets_list", &first);
        yjjh__buf_putc(&b, '[');
        fa = 1;
        for (size_t i = 0; i < plan->n_targets; i++) {
            const yjjh__target *t = &plan->targets[i];
            int f2 = 1;
            if (t->county != ci)
                continue;
            if (!fa)
                yjjh__buf_putc(&b, ',');
            fa = 0;
            yjjh__buf_putc(&b, '{');
            json_key(&b, "code", &f2);
            yjjh__json_str(&b, t->code);
            json_key(&b, "stage", &f2);
            yjjh__json_str(&b, yjjh_stage_name(t->stage));
            json_key(&b, "school_id", &f2);
            if (t->school_id && t->school_id[0])
                yjjh__json_str(&b, t->school_id);
            else
                yjjh__buf_puts(&b, "null");
            json_key(&b, "before", &f2);
            yjjh__json_num(&b, t->before);
            json_key(&b, "required", &f2);
            yjjh__json_num(&b, t->required);
            json_key(&b, "after", &f2);
            yjjh__json_num(&b, t->after);
            json_key(&b, "met_after", &f2);
            yjjh__buf_puts(&b, t->met_after ? "true" : "false");
            yjjh__buf_putc(&b, '}');
        }
        yjjh__buf_puts(&b, "]}");
    }
    yjjh__buf_puts(&b, "]}\n");
    return finish_text(out, &b);
}

yjjh_status yjjh_plan_to_csv(char **out, const yjjh_plan *plan)
{
    yjjh__buf b = YJJH__BUF_INIT;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!plan)
        return YJJH_E_NULL_ARG;
    yjjh__buf_puts(&b, "county_code,county_name,kind,school_id,school_name,stage,code,now,target,column,add,unit,"
                       "cost,recurring,message\n");
    for (size_t i = 0; i < plan->n_actions; i++) {
        const yjjh__action *a = &plan->actions[i];
        const yjjh_plan_county *pc = &plan->counties[a->county];
        yjjh__buf_put_csv_field(&b, pc->county_code);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, pc->county_name);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_puts(&b, kind_name(a->kind));
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, a->school_id);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, a->school_name);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_puts(&b, stage_or_empty(a->stage));
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, a->code);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, a->now);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, a->target);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_puts(&b, a->kind == YJJH_ACTION_COUNTY_ITEM ? "" : yjjh_column_name(a->column));
        yjjh__buf_putc(&b, ',');
        if (a->kind != YJJH_ACTION_COUNTY_ITEM)
            yjjh__csv_num(&b, a->add);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, a->unit);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, a->cost);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_puts(&b, a->kind == YJJH_ACTION_COUNTY_ITEM ? "" : a->recurring ? "1" : "0");
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, a->message);
        yjjh__buf_putc(&b, '\n');
    }
    return finish_text(out, &b);
}

yjjh_status yjjh_schools_to_csv(char **out, const yjjh_schools *schools)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t nc = yjjh_column_count(), n;
    yjjh_column cols[YJJH__N_COLUMNS];
    size_t m = 0;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!schools)
        return YJJH_E_NULL_ARG;
    n = yjjh_schools_row_count(schools);
    for (size_t i = 0; i < nc && m < YJJH__N_COLUMNS; i++) {
        yjjh_column col;
        if (yjjh_column_get(&col, i) == YJJH_OK && yjjh_schools_has_column(schools, col))
            cols[m++] = col;
    }
    for (size_t j = 0; j < m; j++) {
        if (j)
            yjjh__buf_putc(&b, ',');
        yjjh__buf_puts(&b, yjjh_column_name(cols[j]));
    }
    yjjh__buf_putc(&b, '\n');
    for (size_t r = 0; r < n; r++) {
        for (size_t j = 0; j < m; j++) {
            if (j)
                yjjh__buf_putc(&b, ',');
            if (yjjh_column_is_text(cols[j])) {
                const char *const *t = yjjh__schools_texts(schools, cols[j]);
                if (t && t[r])
                    yjjh__buf_put_csv_field(&b, t[r]);
            } else {
                yjjh__csv_num(&b, yjjh__cell(schools, cols[j], r));
            }
        }
        yjjh__buf_putc(&b, '\n');
    }
    return finish_text(out, &b);
}
