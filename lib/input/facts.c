/* SPDX-License-Identifier: MIT */
/* County facts (yjjh_facts.h, data-format.md §3): the fact-key catalogue and per-county storage. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_facts.h"
#include "common/array.h"
#include "common/strmap.h"
#include "common/text.h"
#include "input/fact_keys.h"

/* The allowed value ranges of fact_keys.def (data-format.md §3). */
typedef enum fact_value_kind { FV_BOOL, FV_RATE, FV_MONEY, FV_LEVEL, FV_YEAR, FV_CV } fact_value_kind;

typedef struct fact_key {
    const char *key;
    const char *zh;
    fact_value_kind kind;
} fact_key;

static const fact_key fact_keys[YJJH__FACT_KEY_COUNT] = {
#define X(id, key, zh, kind) [id] = {key, zh, kind},
#include "input/fact_keys.def"
#undef X
};
#define N_KEYS (sizeof fact_keys / sizeof fact_keys[0])

size_t yjjh_fact_key_count(void) { return N_KEYS; }

yjjh_status yjjh_fact_key_get(const char **out, size_t i)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    if (i >= N_KEYS)
        return YJJH_E_OUT_OF_RANGE;
    *out = fact_keys[i].key;
    return YJJH_OK;
}

const char *yjjh__fact_key(yjjh__fact_key_id id) { return (id >= 0 && (size_t)id < N_KEYS) ? fact_keys[id].key : ""; }

const char *yjjh__fact_key_zh(yjjh__fact_key_id id) { return (id >= 0 && (size_t)id < N_KEYS) ? fact_keys[id].zh : ""; }

/* No amount of money, rate or CV comes near this (the same plausibility bound as the school columns). */
#define MAX_PLAUSIBLE 1e15

static int key_index(const char *key);

static const char *range_problem(int key_index, double v)
{
    if (key_index < 0 || (size_t)key_index >= N_KEYS)
        return "unknown fact";
    switch (fact_keys[key_index].kind) {
    case FV_BOOL: return (v == 0.0 || v == 1.0) ? NULL : "a yes/no fact is true/false, 1/0 or 是/否";
    case FV_RATE:
        return (v >= 0.0 && v <= 1.0) ? NULL
                                      : "a rate is a fraction in [0, 1] (0.95) or a percentage with % in [0%, 100%] "
                                        "(95%)";
    case FV_MONEY: return (v >= 0.0 && v <= MAX_PLAUSIBLE) ? NULL : "an amount of money is at least 0 (and below 1e15)";
    case FV_LEVEL: return (v >= 1.0 && v <= 4.0 && v == floor(v)) ? NULL : "a monitoring level is a whole number 1-4";
    case FV_YEAR:
        return (v >= 1990.0 && v <= 2100.0 && v == floor(v)) ? NULL : "a year is a whole number from 1990 to 2100";
    case FV_CV: return (v >= 0.0 && v <= MAX_PLAUSIBLE) ? NULL : "a coefficient of variation is at least 0";
    }
    return "unknown fact";
}

const char *yjjh__fact_range_problem(const char *key, double value)
{
    return range_problem(key ? key_index(key) : -1, value);
}

static int key_index(const char *key)
{
    for (size_t i = 0; i < N_KEYS; i++)
        if (strcmp(fact_keys[i].key, key) == 0)
            return (int)i;
    return -1;
}

const char *yjjh_fact_key_name_zh(const char *key)
{
    int i = key ? key_index(key) : -1;
    return i < 0 ? "" : fact_keys[i].zh;
}

yjjh_status yjjh_fact_key_from_name(const char **out, const char *name)
{
    const char *b;
    size_t n;
    if (!out || !name)
        return YJJH_E_NULL_ARG;
    n = strlen(name);
    b = yjjh__trim(name, &n);
    for (size_t i = 0; i < N_KEYS; i++) {
        const char *k = fact_keys[i].key;
        if (yjjh__ascii_ieq(b, n, k, strlen(k)) ||
            (strlen(fact_keys[i].zh) == n && memcmp(fact_keys[i].zh, b, n) == 0)) {
            *out = k;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_CODE;
}

/* ---- storage: county code -> value array (NaN = not given), counties in order of first set ------------- */

typedef struct county_facts {
    char *code;
    double v[N_KEYS];
} county_facts;

struct yjjh_facts {
    county_facts *counties; /* in order of first set */
    size_t n, cap;
    yjjh__strmap index; /* code -> index into counties; keys are the counties' own codes */
};

static long find_county(const yjjh_facts *f, const char *code)
{
    size_t i;
    return yjjh__strmap_get(&f->index, code, &i) ? (long)i : -1;
}

static yjjh_status add_county(long *out, yjjh_facts *f, const char *code)
{
    county_facts *c;
    if (yjjh__grow((void **)&f->counties, &f->cap, f->n + 1, sizeof *f->counties) != YJJH_OK)
        return YJJH_E_NOMEM;
    c = &f->counties[f->n];
    if (!(c->code = yjjh__strdup(code)))
        return YJJH_E_NOMEM;
    if (yjjh__strmap_put(&f->index, c->code, f->n, NULL, NULL) != YJJH_OK) {
        free(c->code);
        return YJJH_E_NOMEM;
    }
    for (size_t k = 0; k < N_KEYS; k++)
        c->v[k] = NAN;
    *out = (long)f->n++;
    return YJJH_OK;
}

yjjh_status yjjh_facts_new(yjjh_facts **out)
{
    if (!out)
        return YJJH_E_NULL_ARG;
    *out = calloc(1, sizeof **out);
    return *out ? YJJH_OK : YJJH_E_NOMEM;
}

void yjjh_facts_free(yjjh_facts *facts)
{
    if (!facts)
        return;
    for (size_t i = 0; i < facts->n; i++)
        free(facts->counties[i].code);
    free(facts->counties);
    yjjh__strmap_free(&facts->index);
    free(facts);
}

yjjh_status yjjh_facts_set(yjjh_facts *facts, const char *county_code, const char *key, double value)
{
    int k;
    long c;
    yjjh_status s;
    if (!facts || !county_code || !key)
        return YJJH_E_NULL_ARG;
    if ((k = key_index(key)) < 0)
        return YJJH_E_UNKNOWN_CODE;
    if (!isfinite(value))
        return YJJH_E_NOT_FINITE;
    if (range_problem(k, value))
        return YJJH_E_OUT_OF_RANGE;
    if ((c = find_county(facts, county_code)) < 0 && (s = add_county(&c, facts, county_code)) != YJJH_OK)
        return s;
    facts->counties[c].v[k] = value;
    return YJJH_OK;
}

yjjh_status yjjh_facts_get(double *out, const yjjh_facts *facts, const char *county_code, const char *key)
{
    int k;
    long c;
    if (!out || !facts || !county_code || !key)
        return YJJH_E_NULL_ARG;
    if ((k = key_index(key)) < 0)
        return YJJH_E_UNKNOWN_CODE;
    c = find_county(facts, county_code);
    if (c >= 0 && !isnan(facts->counties[c].v[k])) {
        *out = facts->counties[c].v[k];
        return YJJH_OK;
    }
    c = find_county(facts, "");
    if (c >= 0 && !isnan(facts->counties[c].v[k])) {
        *out = facts->counties[c].v[k];
        return YJJH_OK;
    }
    return YJJH_E_NOT_FOUND;
}

int yjjh__facts_value(double *out, const yjjh_facts *facts, const char *county_code, yjjh__fact_key_id id)
{
    long c;
    if (!facts || id < 0 || (size_t)id >= N_KEYS)
        return 0;
    c = find_county(facts, county_code);
    if (c >= 0 && !isnan(facts->counties[c].v[id])) {
        *out = facts->counties[c].v[id];
        return 1;
    }
    c = find_county(facts, "");
    if (c >= 0 && !isnan(facts->counties[c].v[id])) {
        *out = facts->counties[c].v[id];
        return 1;
    }
    return 0;
}

size_t yjjh_facts_county_count(const yjjh_facts *facts) { return facts ? facts->n : 0; }

yjjh_status yjjh_facts_county_get(const char **out, const yjjh_facts *facts, size_t i)
{
    if (!out || !facts)
        return YJJH_E_NULL_ARG;
    if (i >= facts->n)
        return YJJH_E_OUT_OF_RANGE;
    *out = facts->counties[i].code;
    return YJJH_OK;
}
