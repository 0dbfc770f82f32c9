/* SPDX-License-Identifier: MIT */
/* Unit prices of a plan (docs/plan.md "Unit prices"): the documented example defaults and the JSON loader
 * (jansson, per-call errors). */
#include <math.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <jansson.h>

#include "plan/plan_internal.h"
#include "common/diag_report.h"
#include "common/file_util.h"
#include "common/number_format.h"

/* Example prices (元 per unit), documented in docs/plan.md: examples, not facts. */
void yjjh__costs_defaults(yjjh_costs *c)
{
    for (int i = 0; i < YJJH__NUM_COUNT; i++)
        c->price[i] = 120000.0; /* teachers: per teacher and year */
    c->price[YJJH_NUM_TEACHING_AREA] = 3000.0;
    c->price[YJJH_NUM_SPORTS_AREA] = 400.0;
    c->price[YJJH_NUM_EQUIPMENT_VALUE] = 1.0;
    c->price[YJJH_NUM_MULTIMEDIA_ROOMS] = 60000.0;
    c->price[YJJH_NUM_COMPUTERS] = 5000.0;
    c->price[YJJH_NUM_BOOKS] = 30.0;
    memcpy(c->currency, "元", sizeof "元");
}

yjjh_status yjjh_costs_new(yjjh_costs **out)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (!(*out = calloc(1, sizeof **out)))
        return YJJH_E_NOMEM;
    yjjh__costs_defaults(*out);
    return YJJH_OK;
}

void yjjh_costs_free(yjjh_costs *costs) { free(costs); }

/* The numerator of a field name, or -1. */
static int field_index(const char *field)
{
    for (int i = 0; i < YJJH__NUM_COUNT; i++)
        if (strcmp(yjjh__numerators[i].field, field) == 0)
            return i;
    return -1;
}

yjjh_status yjjh_costs_get(double *out, const yjjh_costs *costs, const char *field)
{
    int i;
    if (!out || !costs || !field)
        return YJJH_E_NULL_ARG;
    if ((i = field_index(field)) < 0)
        return YJJH_E_UNKNOWN_CODE;
    *out = costs->price[i];
    return YJJH_OK;
}

yjjh_status yjjh_costs_set(yjjh_costs *costs, const char *field, double price)
{
    int i;
    if (!costs || !field)
        return YJJH_E_NULL_ARG;
    i = field_index(field);
    if (i < 0 && strcmp(field, "teacher") != 0)
        return YJJH_E_UNKNOWN_CODE;
    if (!isfinite(price))
        return YJJH_E_NOT_FINITE;
    if (price < 0.0)
        return YJJH_E_NEGATIVE;
    if (i >= 0) {
        costs->price[i] = price;
        return YJJH_OK;
    }
    for (int j = 0; j < YJJH__NUM_COUNT; j++)
        if (yjjh__numerators[j].total == 0)
            costs->price[j] = price;
    return YJJH_OK;
}

typedef struct cctx {
    yjjh_diag *diag;
    const char *source;
    size_t errors;
    int nomem;
} cctx;

static void report(cctx *c, yjjh_problem_code code, size_t line, const char *fmt, ...) YJJH__PRINTF(4, 5);
static void report(cctx *c, yjjh_problem_code code, size_t line, const char *fmt, ...)
{
    va_list ap;
    c->errors++;
    va_start(ap, fmt);
    if (yjjh__diag_vreportf(c->diag, code, c->source, line, NULL, fmt, ap) == YJJH_E_NOMEM)
        c->nomem = 1;
    va_end(ap);
}

static yjjh_status load(yjjh_costs **out, const char *json, size_t len, const char *source, yjjh_diag *diag)
{
    json_error_t err;
    json_t *root, *value;
    const char *key;
    yjjh_costs *c;
    cctx ctx = {diag, source, 0, 0};
    int teacher_given[YJJH__NUM_COUNT] = {0};
    double teacher_price = NAN;

    *out = NULL;
    root = json_loadb(json, len, JSON_REJECT_DUPLICATES, &err);
    if (!root) {
        report(&ctx, YJJH_PROBLEM_JSON_SYNTAX, (size_t)(err.line > 0 ? err.line : 0),
               "unit prices: not valid JSON: %.200s", err.text);
        return ctx.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_DATA;
    }
    if (!json_is_object(root)) {
        json_decref(root);
        report(&ctx, YJJH_PROBLEM_WRONG_TYPE, 0, "%s",
               "unit prices: the document must be a JSON object of unit prices");
        return ctx.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_DATA;
    }
    if (!(c = calloc(1, sizeof *c))) {
        json_decref(root);
        return YJJH_E_NOMEM;
    }
    yjjh__costs_defaults(c);
    json_object_foreach(root, key, value)
    {
        int i = field_index(key);
        if (strcmp(key, "comment") == 0 || strcmp(key, "currency") == 0) {
            if (!json_is_string(value))
                report(&ctx, YJJH_PROBLEM_WRONG_TYPE, 0, "unit prices: key \"%s\" must be a text", key);
            else if (key[1] == 'u') {
                const char *s = json_string_value(value);
                size_t n = strlen(s);
                if (n >= sizeof c->currency)
                    report(&ctx, YJJH_PROBLEM_TOO_LONG, 0, "unit prices: \"currency\" is longer than %zu bytes",
                           sizeof c->currency - 1);
                else
                    memcpy(c->currency, s, n + 1);
            }
            continue;
        }
        if (i < 0 && strcmp(key, "teacher") != 0) {
            report(&ctx, YJJH_PROBLEM_UNKNOWN_KEY, 0, "unit prices: unknown key \"%.100s\" (see docs/plan.md)", key);
            continue;
        }
        if (!json_is_number(value) || !isfinite(json_number_value(value)) || json_number_value(value) < 0) {
            report(&ctx, json_is_number(value) ? YJJH_PROBLEM_OUT_OF_RANGE : YJJH_PROBLEM_WRONG_TYPE, 0,
                   "unit prices: \"%s\" must be a number ≥ 0 (元 per unit)", key);
            continue;
        }
        if (i < 0) {
            teacher_price = json_number_value(value);
        } else {
            c->price[i] = json_number_value(value);
            teacher_given[i] = 1;
        }
    }
    json_decref(root);
    if (!isnan(teacher_price))
        for (int j = 0; j < YJJH__NUM_COUNT; j++)
            if (yjjh__numerators[j].total == 0 && !teacher_given[j])
                c->price[j] = teacher_price;
    if (ctx.errors || ctx.nomem) {
        free(c);
        return ctx.nomem ? YJJH_E_NOMEM : YJJH_E_INVALID_DATA;
    }
    *out = c;
    return YJJH_OK;
}

yjjh_status yjjh_costs_load_json(yjjh_costs **out, const char *json, size_t len, yjjh_diag *diag)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!json)
        return YJJH_E_NULL_ARG;
    return load(out, json, len, NULL, diag);
}

yjjh_status yjjh_costs_load_file(yjjh_costs **out, const char *path, yjjh_diag *diag)
{
    char *text = NULL;
    size_t len = 0;
    yjjh_status st;
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = NULL;
    if (!path)
        return YJJH_E_NULL_ARG;
    if ((st = yjjh__read_file(&text, &len, path)) != YJJH_OK)
        return st;
    st = load(out, text, len, path, diag);
    free(text);
    return st;
}
