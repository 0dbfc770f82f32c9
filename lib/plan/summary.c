/* SPDX-License-Identifier: MIT */
/* The whole-city summary (整市推进, docs/plan.md "Summary"): one row per county of a plan — verdict, failing
 * schools, county items failed, the worst CV of each stage and its indicator, the plan's cost — sortable, and a
 * total (counties passing, the cost to bring all to pass). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/plan_internal.h"
#include "evaluate/evaluate_internal.h"

static void fill_row(yjjh_summary_row *r, const yjjh_plan *pl, size_t ci)
{
    const yjjh__county *cy = &pl->before->counties[ci];
    const yjjh_plan_county *pc = &pl->counties[ci];
    r->county = ci;
    r->county_code = pc->county_code;
    r->county_name = pc->county_name;
    r->verdict = pc->verdict_before;
    r->schools_in_scope = pc->schools_in_scope;
    r->schools_failing = pc->schools_failing;
    r->cvs_failing = pc->cvs_failing;
    r->items_failed = 0;
    for (size_t j = 0; j < cy->items.n; j++)
        r->items_failed += cy->items.items[j].status == YJJH_ITEM_NOT_MET;
    for (int si = 0; si < 2; si++) {
        const yjjh__stage_result *sr = &cy->stage[si];
        double worst = -1.0;
        r->worst_code[si] = NULL;
        r->worst_cv[si] = r->worst_cv_max[si] = NAN;
        if (!sr->present)
            continue;
        for (size_t k = 0; k < pl->before->n_indicators; k++) {
            const yjjh_indicator_result *ir = &sr->ind[k];
            /* an undefined CV is the worst; else the highest CV relative to its limit (the CV itself in 2012) */
            double ratio = !ir->cv_defined                          ? INFINITY
                           : isfinite(ir->cv_max) && ir->cv_max > 0 ? ir->cv / ir->cv_max
                                                                    : ir->cv;
            if (ratio > worst) {
                worst = ratio;
                r->worst_code[si] = ir->code;
                r->worst_cv[si] = ir->cv;
                r->worst_cv_max[si] = ir->cv_max;
            }
        }
    }
    r->cost_total = pc->cost_total;
}

static double sort_key(const yjjh_plan *pl, yjjh_summary_sort sort, size_t ci)
{
    yjjh_summary_row r;
    double w = -1.0;
    fill_row(&r, pl, ci);
    switch (sort) {
    case YJJH_SUMMARY_SORT_COST: return isnan(r.cost_total) ? -1.0 : r.cost_total;
    case YJJH_SUMMARY_SORT_FAILING: return (double)r.schools_failing;
    case YJJH_SUMMARY_SORT_CV:
        for (int s = 0; s < 2; s++)
            if (r.worst_code[s]) {
                double x = isnan(r.worst_cv[s])                                   ? INFINITY
                           : isfinite(r.worst_cv_max[s]) && r.worst_cv_max[s] > 0 ? r.worst_cv[s] / r.worst_cv_max[s]
                                                                                  : r.worst_cv[s];
                w = fmax(w, x);
            }
        return w;
    default: return 0.0;
    }
}

/* One county for the sort: its key (descending) or code (ascending), its index (ties: input order). */
typedef struct sort_item {
    double key;
    const char *code;
    size_t idx;
    int by_code;
} sort_item;

static int cmp_items(const void *a, const void *b)
{
    const sort_item *x = a, *y = b;
    if (x->by_code) {
        int c = strcmp(x->code, y->code);
        if (c)
            return c;
    } else if (x->key != y->key) {
        return x->key > y->key ? -1 : 1;
    }
    return x->idx < y->idx ? -1 : x->idx > y->idx;
}

/* Row order for a sort (O(n log n); ties keep the input order). */
static yjjh_status order_of(size_t **out, const yjjh_plan *pl, yjjh_summary_sort sort)
{
    size_t n = pl->n_counties;
    size_t *o = malloc((n ? n : 1) * sizeof *o);
    sort_item *it = malloc((n ? n : 1) * sizeof *it);
    if (!o || !it) {
        free(o);
        free(it);
        return YJJH_E_NOMEM;
    }
    for (size_t i = 0; i < n; i++) {
        it[i].key = sort == YJJH_SUMMARY_SORT_INPUT ? 0.0 : sort_key(pl, sort, i);
        it[i].code = pl->counties[i].county_code;
        it[i].idx = i;
        it[i].by_code = sort == YJJH_SUMMARY_SORT_CODE;
    }
    if (sort != YJJH_SUMMARY_SORT_INPUT && n > 1)
        qsort(it, n, sizeof *it, cmp_items);
    for (size_t i = 0; i < n; i++)
        o[i] = it[i].idx;
    free(it);
    *out = o;
    return YJJH_OK;
}

yjjh_status yjjh_plan_summary_get(yjjh_summary_row *out, const yjjh_plan *plan, yjjh_summary_sort sort, size_t j)
{
    size_t *o;
    yjjh_status st;
    if (!out || !plan)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_SUMMARY_ROW_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (j >= plan->n_counties || (int)sort < 0 || sort > YJJH_SUMMARY_SORT_CODE)
        return YJJH_E_OUT_OF_RANGE;
    if ((st = order_of(&o, plan, sort)) != YJJH_OK)
        return st;
    fill_row(out, plan, o[j]);
    free(o);
    return YJJH_OK;
}

typedef struct totals {
    size_t pass, fail, incomplete, schools_failing;
    double cost;
} totals;

static totals city_total(const yjjh_plan *pl)
{
    totals t = {0, 0, 0, 0, 0.0};
    for (size_t ci = 0; ci < pl->n_counties; ci++) {
        const yjjh_plan_county *pc = &pl->counties[ci];
        t.pass += pc->verdict_before == YJJH_VERDICT_PASS;
        t.fail += pc->verdict_before == YJJH_VERDICT_FAIL;
        t.incomplete += pc->verdict_before == YJJH_VERDICT_INCOMPLETE;
        t.schools_failing += pc->schools_failing;
        t.cost += pc->cost_total;
    }
    return t;
}

static yjjh_status done_text(char **out, yjjh__buf *b, size_t *o)
{
    free(o);
    if (yjjh__buf_oom(b)) {
        yjjh__buf_free(b);
        return YJJH_E_NOMEM;
    }
    return (*out = yjjh__buf_detach(b)) ? YJJH_OK : YJJH_E_NOMEM;
}

/* The argument checks and the county order both summary writers start with. */
static yjjh_status begin(char **out, size_t **o, const yjjh_plan *plan, yjjh_summary_sort sort)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!plan)
        return YJJH_E_NULL_ARG;
    if ((int)sort < 0 || sort > YJJH_SUMMARY_SORT_CODE)
        return YJJH_E_OUT_OF_RANGE;
    return order_of(o, plan, sort);
}

yjjh_status yjjh_plan_summary_to_json(char **out, const yjjh_plan *plan, yjjh_summary_sort sort)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t *o;
    totals t;
    yjjh_status st;
    if ((st = begin(out, &o, plan, sort)) != YJJH_OK)
        return st;
    yjjh__buf_puts(&b, "{\"schema_version\":\"" YJJH_JSON_SCHEMA_VERSION "\",\"profile\":");
    yjjh__json_str(&b, plan->before->profile_name);
    yjjh__buf_puts(&b, ",\"counties\":[");
    for (size_t j = 0; j < plan->n_counties; j++) {
        yjjh_summary_row r;
        fill_row(&r, plan, o[j]);
        if (j)
            yjjh__buf_putc(&b, ',');
        yjjh__buf_puts(&b, "{\"county_code\":");
        yjjh__json_str(&b, r.county_code);
        yjjh__buf_puts(&b, ",\"county_name\":");
        yjjh__json_str(&b, r.county_name);
        yjjh__buf_printf(&b,
                         ",\"verdict\":\"%s\",\"schools_in_scope\":%zu,\"schools_failing\":%zu,"
                         "\"items_failed\":%zu,\"cvs_failing\":%zu,\"worst_cv\":{",
                         yjjh_verdict_name(r.verdict), r.schools_in_scope, r.schools_failing, r.items_failed,
                         r.cvs_failing);
        for (int s = 0, first = 1; s < 2; s++) {
            if (!r.worst_code[s])
                continue;
            yjjh__buf_printf(&b, "%s\"%s\":{\"code\":\"%s\",\"cv\":", first ? "" : ",",
                             yjjh_stage_name(s == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR), r.worst_code[s]);
            yjjh__json_num(&b, r.worst_cv[s]);
            yjjh__buf_puts(&b, ",\"cv_max\":");
            yjjh__json_num(&b, r.worst_cv_max[s]);
            yjjh__buf_putc(&b, '}');
            first = 0;
        }
        yjjh__buf_puts(&b, "},\"cost_total\":");
        yjjh__json_num(&b, r.cost_total);
        yjjh__buf_putc(&b, '}');
    }
    t = city_total(plan);
    yjjh__buf_printf(&b,
                     "],\"total\":{\"counties\":%zu,\"pass\":%zu,\"fail\":%zu,\"incomplete\":%zu,"
                     "\"schools_failing\":%zu,\"cost_total\":",
                     plan->n_counties, t.pass, t.fail, t.incomplete, t.schools_failing);
    yjjh__json_num(&b, t.cost);
    yjjh__buf_puts(&b, "}}\n");
    return done_text(out, &b, o);
}

yjjh_status yjjh_plan_summary_to_csv(char **out, const yjjh_plan *plan, yjjh_summary_sort sort)
{
    yjjh__buf b = YJJH__BUF_INIT;
    size_t *o;
    totals t;
    yjjh_status st;
    if ((st = begin(out, &o, plan, sort)) != YJJH_OK)
        return st;
    yjjh__buf_puts(&b, "county_code,county_name,verdict,schools_in_scope,schools_failing,items_failed,cvs_failing,"
                       "worst_primary_code,worst_primary_cv,worst_junior_code,worst_junior_cv,cost_total\n");
    for (size_t j = 0; j < plan->n_counties; j++) {
        yjjh_summary_row r;
        fill_row(&r, plan, o[j]);
        yjjh__buf_put_csv_field(&b, r.county_code);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, r.county_name);
        yjjh__buf_printf(&b, ",%s,%zu,%zu,%zu,%zu", yjjh_verdict_name(r.verdict), r.schools_in_scope, r.schools_failing,
                         r.items_failed, r.cvs_failing);
        for (int s = 0; s < 2; s++) {
            yjjh__buf_printf(&b, ",%s,", r.worst_code[s] ? r.worst_code[s] : "");
            yjjh__csv_num(&b, r.worst_cv[s]);
        }
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, r.cost_total);
        yjjh__buf_putc(&b, '\n');
    }
    t = city_total(plan);
    yjjh__buf_printf(&b, "total,,%zu/%zu pass,,%zu,,,,,,,", t.pass, plan->n_counties, t.schools_failing);
    yjjh__csv_num(&b, t.cost);
    yjjh__buf_putc(&b, '\n');
    return done_text(out, &b, o);
}
