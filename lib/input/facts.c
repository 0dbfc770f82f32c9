/* County facts (yjjh_facts.h, data-format.md §3): the fact-key catalogue and per-county storage. */
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "yjjh/yjjh_facts.h"
#include "common/util.h"
#include "input/fact_keys.h"

typedef struct fact_key {
    const char *key;
    const char *zh;
} fact_key;

static const fact_key fact_keys[YJJH__FACT_KEY_COUNT] = {
#define X(id, key, zh) [id] = {key, zh},
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

const char *yjjh__fact_key(yjjh__fact_key_id id)
{
    return (id >= 0 && (size_t)id < N_KEYS) ? fact_keys[id].key : "";
}

const char *yjjh__fact_key_zh(yjjh__fact_key_id id)
{
    return (id >= 0 && (size_t)id < N_KEYS) ? fact_keys[id].zh : "";
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

static int is_space_at(const char *p, const char *e, size_t *len)
{
    unsigned char c = (unsigned char)*p;
    if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
        *len = 1;
        return 1;
    }
    if (e - p >= 3 && memcmp(p, "\xE3\x80\x80", 3) == 0) {
        *len = 3;
        return 1;
    }
    return 0;
}

yjjh_status yjjh_fact_key_from_name(const char **out, const char *name)
{
    const char *b, *e;
    size_t len, n;
    if (!out || !name)
        return YJJH_E_NULL_ARG;
    b = name;
    e = name + strlen(name);
    while (b < e && is_space_at(b, e, &len))
        b += len;
    for (;;) {
        if (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\r' || e[-1] == '\n'))
            e--;
        else if (e - b >= 3 && memcmp(e - 3, "\xE3\x80\x80", 3) == 0)
            e -= 3;
        else
            break;
    }
    n = (size_t)(e - b);
    for (size_t i = 0; i < N_KEYS; i++) {
        const char *k = fact_keys[i].key;
        if (strlen(k) == n) {
            size_t j = 0;
            for (; j < n; j++) {
                unsigned char c = (unsigned char)b[j];
                if (c >= 'A' && c <= 'Z')
                    c = (unsigned char)(c - 'A' + 'a');
                if (c != (unsigned char)k[j])
                    break;
            }
            if (j == n) {
                *out = k;
                return YJJH_OK;
            }
        }
        if (strlen(fact_keys[i].zh) == n && memcmp(fact_keys[i].zh, b, n) == 0) {
            *out = k;
            return YJJH_OK;
        }
    }
    return YJJH_E_UNKNOWN_CODE;
}

/* ---- storage: open-addressing hash of county codes -> value arrays (NaN = not given) -------------- */

typedef struct county_facts {
    char *code;
    double v[N_KEYS];
} county_facts;

struct yjjh_facts {
    county_facts *counties;   /* in order of first set */
    size_t n, cap;
    size_t *slots;            /* index + 1, 0 = empty; size nslots (power of two) */
    size_t nslots;
};


static long find_county(const yjjh_facts *f, const char *code)
{
    size_t mask, i;
    if (!f->nslots)
        return -1;
    mask = f->nslots - 1;
    for (i = yjjh__hash_str(code) & mask; f->slots[i]; i = (i + 1) & mask) {
        if (strcmp(f->counties[f->slots[i] - 1].code, code) == 0)
            return (long)(f->slots[i] - 1);
    }
    return -1;
}

static yjjh_status rehash(yjjh_facts *f, size_t nslots)
{
    size_t *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return YJJH_E_NOMEM;
    for (size_t c = 0; c < f->n; c++) {
        size_t i = yjjh__hash_str(f->counties[c].code) & (nslots - 1);
        while (slots[i])
            i = (i + 1) & (nslots - 1);
        slots[i] = c + 1;
    }
    free(f->slots);
    f->slots = slots;
    f->nslots = nslots;
    return YJJH_OK;
}

static yjjh_status add_county(long *out, yjjh_facts *f, const char *code)
{
    size_t len = strlen(code) + 1;
    county_facts *c;
    yjjh_status s;
    if (f->n == f->cap) {
        size_t ncap = f->cap ? f->cap * 2 : 8;
        county_facts *nc = realloc(f->counties, ncap * sizeof *nc);
        if (!nc)
            return YJJH_E_NOMEM;
        f->counties = nc;
        f->cap = ncap;
    }
    if ((f->n + 1) * 2 > f->nslots && (s = rehash(f, f->nslots ? f->nslots * 2 : 16)) != YJJH_OK)
        return s;
    c = &f->counties[f->n];
    if (!(c->code = malloc(len)))
        return YJJH_E_NOMEM;
    memcpy(c->code, code, len);
    for (size_t k = 0; k < N_KEYS; k++)
        c->v[k] = NAN;
    {
        size_t i = yjjh__hash_str(code) & (f->nslots - 1);
        while (f->slots[i])
            i = (i + 1) & (f->nslots - 1);
        f->slots[i] = f->n + 1;
    }
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
    free(facts->slots);
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
