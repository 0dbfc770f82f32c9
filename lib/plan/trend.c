/* SPDX-License-Identifier: MIT */
/* Multi-year monitoring (docs/plan.md "Multi-year monitoring"): several years' evaluations side by side — per
 * county, stage and indicator the county value and CV of each year, the change from the year before, a plain
 * least-squares line through the CVs projected to a target year — and the 两个只增不减 check of the facts
 * education_budget and budget_per_student (never lower than the year before). */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "plan/plan_internal.h"
#include "evaluate/evaluate_internal.h"
#include "common/array.h"

struct yjjh_trend {
    size_t n_years;
    int *years;            /* ascending */
    yjjh_result **results; /* per year */
    int target_year;
    yjjh_trend_row *rows;
    size_t n_rows, cap_rows;
    yjjh_trend_budget *budget;
    size_t n_budget, cap_budget;
};

static const char *const budget_keys[2] = {"education_budget", "budget_per_student"};

void yjjh_trend_free(yjjh_trend *trend)
{
    if (!trend)
        return;
    for (size_t i = 0; i < trend->n_years; i++)
        yjjh_result_free(trend->results[i]);
    free(trend->results);
    free(trend->years);
    free(trend->rows);
    free(trend->budget);
    free(trend);
}

/* County index of code in result r, or (size_t)-1. */
static size_t county_in(const yjjh_result *r, const char *code)
{
    for (size_t c = 0; c < r->n_counties; c++)
        if (strcmp(r->counties[c].code, code) == 0)
            return c;
    return (size_t)-1;
}

/* Least-squares line through (x, y) points: slope and value at x0 (n >= 2 distinct x). */
static void line_fit(double *slope, double *at, const double *x, const double *y, size_t n, double x0)
{
    double mx = 0, my = 0, sxx = 0, sxy = 0;
    for (size_t i = 0; i < n; i++) {
        mx += x[i];
        my += y[i];
    }
    mx /= (double)n;
    my /= (double)n;
    for (size_t i = 0; i < n; i++) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    *slope = sxy / sxx;
    *at = my + *slope * (x0 - mx);
}

/* The rows of one county, stage and indicator, one per year the county has the stage. */
static yjjh_status series(yjjh_trend *tr, const char *code, int si, size_t k)
{
    double xs[256], ys[256];
    size_t npts = 0, first = tr->n_rows;
    double prev = NAN, slope = NAN, projected = NAN;
    yjjh_status st;
    for (size_t yi = 0; yi < tr->n_years; yi++) {
        const yjjh_result *r = tr->results[yi];
        size_t c = county_in(r, code);
        const yjjh__stage_result *sr;
        const yjjh_indicator_result *ir;
        yjjh_trend_row *row;
        if (c == (size_t)-1 || k >= r->n_indicators)
            continue;
        sr = &r->counties[c].stage[si];
        if (!sr->present)
            continue;
        ir = &sr->ind[k];
        if ((st = yjjh__grow((void **)&tr->rows, &tr->cap_rows, tr->n_rows + 1, sizeof *tr->rows)) != YJJH_OK)
            return st;
        row = &tr->rows[tr->n_rows++];
        memset(row, 0, sizeof *row);
        row->version = YJJH_TREND_ROW_VERSION;
        row->county_code = r->counties[c].code;
        row->county_name = r->counties[c].name;
        row->stage = si == 0 ? YJJH_STAGE_PRIMARY : YJJH_STAGE_JUNIOR;
        row->code = ir->code;
        row->year = tr->years[yi];
        row->county_value = ir->county_value;
        row->cv = ir->cv;
        row->cv_max = ir->cv_max;
        row->cv_change = ir->cv - prev; /* NaN for the first year or after an undefined CV */
        row->target_year = tr->target_year;
        prev = ir->cv;
        if (ir->cv_defined && npts < sizeof xs / sizeof xs[0]) {
            xs[npts] = (double)tr->years[yi];
            ys[npts] = ir->cv;
            npts++;
        }
    }
    if (npts >= 2)
        line_fit(&slope, &projected, xs, ys, npts, (double)tr->target_year);
    for (size_t i = first; i < tr->n_rows; i++) {
        yjjh_trend_row *row = &tr->rows[i];
        const yjjh_trend_row *last = &tr->rows[tr->n_rows - 1];
        row->slope = slope;
        row->projected_cv = projected;
        if (npts >= 2)
            row->on_track = yjjh_standard_within_max(fmax(projected, 0.0), row->cv_max);
        else
            row->on_track = !isnan(last->cv) && yjjh_standard_within_max(last->cv, row->cv_max);
    }
    return YJJH_OK;
}

static yjjh_status budgets(yjjh_trend *tr, const char *code, const yjjh_facts *const *facts, const size_t *order)
{
    yjjh_status st;
    for (int kk = 0; kk < 2; kk++) {
        double prev = NAN;
        for (size_t yi = 0; yi < tr->n_years; yi++) {
            const yjjh_facts *f = facts ? facts[order[yi]] : NULL;
            double v = NAN;
            yjjh_trend_budget *b;
            if (!f || yjjh_facts_get(&v, f, code, budget_keys[kk]) != YJJH_OK)
                v = NAN;
            if ((st = yjjh__grow((void **)&tr->budget, &tr->cap_budget, tr->n_budget + 1, sizeof *tr->budget)) !=
                YJJH_OK)
                return st;
            b = &tr->budget[tr->n_budget++];
            memset(b, 0, sizeof *b);
            b->version = YJJH_TREND_BUDGET_VERSION;
            b->county_code = code;
            b->key = budget_keys[kk];
            b->year = tr->years[yi];
            b->value = v;
            b->previous = prev;
            b->fell = !isnan(v) && !isnan(prev) && v < prev;
            prev = v;
        }
    }
    return YJJH_OK;
}

yjjh_status yjjh_trend_compute(yjjh_trend **out, const yjjh_schools *const *schools, const yjjh_facts *const *facts,
                               const int *years, size_t n, const yjjh_profile *profile, int target_year,
                               yjjh_diag *diag)
{
    yjjh_trend *tr;
    size_t *order = NULL;
    yjjh_status st = YJJH_OK;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!schools || !years || !profile)
        return YJJH_E_NULL_ARG;
    if (n == 0)
        return YJJH_E_EMPTY;
    for (size_t i = 0; i < n; i++) {
        if (!schools[i])
            return YJJH_E_NULL_ARG;
        if (years[i] < 1990 || years[i] > 2100)
            return YJJH_E_OUT_OF_RANGE;
        for (size_t j = 0; j < i; j++)
            if (years[j] == years[i])
                return YJJH_E_OUT_OF_RANGE;
    }
    if (!(tr = calloc(1, sizeof *tr)))
        return YJJH_E_NOMEM;
    order = malloc(n * sizeof *order);
    tr->years = malloc(n * sizeof *tr->years);
    tr->results = calloc(n, sizeof *tr->results);
    if (!order || !tr->years || !tr->results) {
        st = YJJH_E_NOMEM;
        goto done;
    }
    for (size_t i = 0; i < n; i++) { /* years ascending (insertion sort of the indices) */
        size_t j = i;
        while (j > 0 && years[order[j - 1]] > years[i]) {
            order[j] = order[j - 1];
            j--;
        }
        order[j] = i;
    }
    tr->n_years = n;
    for (size_t yi = 0; yi < n; yi++)
        tr->years[yi] = years[order[yi]];
    tr->target_year = target_year ? target_year : tr->years[n - 1] + 1;
    if (tr->target_year < tr->years[0] || tr->target_year > 2100) {
        st = YJJH_E_OUT_OF_RANGE;
        goto done;
    }
    for (size_t yi = 0; yi < n; yi++) {
        size_t i = order[yi];
        if ((st = yjjh_schools_evaluate(&tr->results[yi], schools[i], facts ? facts[i] : NULL, profile, diag)) !=
            YJJH_OK)
            goto done;
    }
    /* counties in order of first appearance over the years */
    for (size_t yi = 0; yi < n && st == YJJH_OK; yi++) {
        const yjjh_result *r = tr->results[yi];
        for (size_t c = 0; c < r->n_counties && st == YJJH_OK; c++) {
            int seen = 0;
            for (size_t yj = 0; yj < yi && !seen; yj++)
                seen = county_in(tr->results[yj], r->counties[c].code) != (size_t)-1;
            if (seen)
                continue;
            for (int si = 0; si < 2 && st == YJJH_OK; si++)
                for (size_t k = 0; k < r->n_indicators && st == YJJH_OK; k++)
                    st = series(tr, r->counties[c].code, si, k);
            if (st == YJJH_OK)
                st = budgets(tr, r->counties[c].code, facts, order);
        }
    }
done:
    free(order);
    if (st != YJJH_OK) {
        yjjh_trend_free(tr);
        return st;
    }
    *out = tr;
    return YJJH_OK;
}

size_t yjjh_trend_row_count(const yjjh_trend *trend) { return trend ? trend->n_rows : 0; }
size_t yjjh_trend_budget_count(const yjjh_trend *trend) { return trend ? trend->n_budget : 0; }

yjjh_status yjjh_trend_row_get(yjjh_trend_row *out, const yjjh_trend *trend, size_t i)
{
    if (!out || !trend)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_TREND_ROW_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= trend->n_rows)
        return YJJH_E_OUT_OF_RANGE;
    *out = trend->rows[i];
    return YJJH_OK;
}

yjjh_status yjjh_trend_budget_get(yjjh_trend_budget *out, const yjjh_trend *trend, size_t i)
{
    if (!out || !trend)
        return YJJH_E_NULL_ARG;
    if (out->version != YJJH_TREND_BUDGET_VERSION)
        return YJJH_E_STRUCT_VERSION;
    if (i >= trend->n_budget)
        return YJJH_E_OUT_OF_RANGE;
    *out = trend->budget[i];
    return YJJH_OK;
}

static yjjh_status text_out(char **out, yjjh__buf *b)
{
    if (yjjh__buf_oom(b)) {
        yjjh__buf_free(b);
        return YJJH_E_NOMEM;
    }
    return (*out = yjjh__buf_detach(b)) ? YJJH_OK : YJJH_E_NOMEM;
}

yjjh_status yjjh_trend_to_json(char **out, const yjjh_trend *trend)
{
    yjjh__buf b = YJJH__BUF_INIT;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!trend)
        return YJJH_E_NULL_ARG;
    yjjh__buf_printf(&b,
                     "{\"schema_version\":\"" YJJH_JSON_SCHEMA_VERSION
                     "\",\"method\":\"linear least-squares trend of each CV over the years "
                     "given, projected to target_year\",\"target_year\":%d,\"years\":[",
                     trend->target_year);
    for (size_t i = 0; i < trend->n_years; i++)
        yjjh__buf_printf(&b, "%s%d", i ? "," : "", trend->years[i]);
    yjjh__buf_puts(&b, "],\"rows\":[");
    for (size_t i = 0; i < trend->n_rows; i++) {
        const yjjh_trend_row *r = &trend->rows[i];
        yjjh__buf_puts(&b, i ? ",{\"county_code\":" : "{\"county_code\":");
        yjjh__json_str(&b, r->county_code);
        yjjh__buf_puts(&b, ",\"county_name\":");
        yjjh__json_str(&b, r->county_name);
        yjjh__buf_printf(&b,
                         ",\"stage\":\"%s\",\"code\":\"%s\",\"year\":%d,\"county_value\":", yjjh_stage_name(r->stage),
                         r->code, r->year);
        yjjh__json_num(&b, r->county_value);
        yjjh__buf_puts(&b, ",\"cv\":");
        yjjh__json_num(&b, r->cv);
        yjjh__buf_puts(&b, ",\"cv_max\":");
        yjjh__json_num(&b, r->cv_max);
        yjjh__buf_puts(&b, ",\"cv_change\":");
        yjjh__json_num(&b, r->cv_change);
        yjjh__buf_puts(&b, ",\"slope\":");
        yjjh__json_num(&b, r->slope);
        yjjh__buf_puts(&b, ",\"projected_cv\":");
        yjjh__json_num(&b, r->projected_cv);
        yjjh__buf_printf(&b, ",\"on_track\":%s}", r->on_track ? "true" : "false");
    }
    yjjh__buf_puts(&b, "],\"budget\":[");
    for (size_t i = 0; i < trend->n_budget; i++) {
        const yjjh_trend_budget *x = &trend->budget[i];
        yjjh__buf_puts(&b, i ? ",{\"county_code\":" : "{\"county_code\":");
        yjjh__json_str(&b, x->county_code);
        yjjh__buf_printf(&b, ",\"key\":\"%s\",\"year\":%d,\"value\":", x->key, x->year);
        yjjh__json_num(&b, x->value);
        yjjh__buf_puts(&b, ",\"previous\":");
        yjjh__json_num(&b, x->previous);
        yjjh__buf_printf(&b, ",\"fell\":%s}", x->fell ? "true" : "false");
    }
    yjjh__buf_puts(&b, "]}\n");
    return text_out(out, &b);
}

yjjh_status yjjh_trend_to_csv(char **out, const yjjh_trend *trend)
{
    yjjh__buf b = YJJH__BUF_INIT;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!trend)
        return YJJH_E_NULL_ARG;
    yjjh__buf_puts(&b, "county_code,county_name,stage,code,year,county_value,cv,cv_max,cv_change,slope,target_year,"
                       "projected_cv,on_track\n");
    for (size_t i = 0; i < trend->n_rows; i++) {
        const yjjh_trend_row *r = &trend->rows[i];
        yjjh__buf_put_csv_field(&b, r->county_code);
        yjjh__buf_putc(&b, ',');
        yjjh__buf_put_csv_field(&b, r->county_name);
        yjjh__buf_printf(&b, ",%s,%s,%d,", yjjh_stage_name(r->stage), r->code, r->year);
        yjjh__csv_num(&b, r->county_value);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, r->cv);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, r->cv_max);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, r->cv_change);
        yjjh__buf_putc(&b, ',');
        yjjh__csv_num(&b, r->slope);
        yjjh__buf_printf(&b, ",%d,", r->target_year);
        yjjh__csv_num(&b, r->projected_cv);
        yjjh__buf_printf(&b, ",%d\n", r->on_track);
    }
    return text_out(out, &b);
}
