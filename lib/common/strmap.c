/* SPDX-License-Identifier: MIT */
/* The string → index map of strmap.h. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "common/strmap.h"

/* Seeded FNV-1a with a final avalanche (murmur3's fmix64 on 64-bit size_t), so that the seed changes every
 * bucket, not only the order inside one. */
static size_t hash(const char *s, size_t seed)
{
    uint64_t h = 14695981039346656037ULL ^ (uint64_t)seed;
    for (; *s; s++) {
        h ^= (unsigned char)*s;
        h *= 1099511628211ULL;
    }
    h ^= h >> 33;
    h *= 0xff51afd7ed558ccdULL;
    h ^= h >> 33;
    return (size_t)h;
}

/* A per-map seed from the map's address (odd multiplier spreads the alignment bits). */
static size_t seed_of(const yjjh__strmap *m)
{
    uint64_t a = (uint64_t)(uintptr_t)m;
    a = (a ^ (a >> 29)) * 0x9E3779B97F4A7C15ULL;
    return (size_t)(a ^ (a >> 32));
}

/* The slot of key, or the empty slot where it would go. */
static yjjh__strmap_slot *find(const yjjh__strmap *m, const char *key)
{
    size_t mask = m->nslots - 1, i = hash(key, m->seed) & mask;
    while (m->slots[i].key && strcmp(m->slots[i].key, key) != 0)
        i = (i + 1) & mask;
    return &m->slots[i];
}

static yjjh_status rehash(yjjh__strmap *m, size_t nslots)
{
    yjjh__strmap old = *m;
    yjjh__strmap_slot *slots = calloc(nslots, sizeof *slots);
    if (!slots)
        return YJJH_E_NOMEM;
    if (!m->nslots)
        m->seed = seed_of(m);
    m->slots = slots;
    m->nslots = nslots;
    for (size_t i = 0; i < old.nslots; i++)
        if (old.slots[i].key)
            *find(m, old.slots[i].key) = old.slots[i];
    free(old.slots);
    return YJJH_OK;
}

yjjh_status yjjh__strmap_reserve(yjjh__strmap *m, size_t n)
{
    size_t nslots = m->nslots ? m->nslots : 16;
    if (n > (size_t)-1 / 2 / sizeof(yjjh__strmap_slot))
        return YJJH_E_NOMEM;
    while (nslots < 2 * n)
        nslots *= 2;
    return nslots == m->nslots ? YJJH_OK : rehash(m, nslots);
}

int yjjh__strmap_get(const yjjh__strmap *m, const char *key, size_t *value)
{
    const yjjh__strmap_slot *s;
    if (!m->nslots)
        return 0;
    s = find(m, key);
    if (!s->key)
        return 0;
    if (value)
        *value = s->value;
    return 1;
}

yjjh_status yjjh__strmap_put(yjjh__strmap *m, const char *key, size_t value, size_t *out, int *found)
{
    yjjh__strmap_slot *s;
    if (m->count + 1 > m->nslots / 2) {
        yjjh_status st = yjjh__strmap_reserve(m, m->count + 1);
        if (st != YJJH_OK)
            return st;
    }
    s = find(m, key);
    if (found)
        *found = s->key != NULL;
    if (!s->key) {
        s->key = key;
        s->value = value;
        m->count++;
    }
    if (out)
        *out = s->value;
    return YJJH_OK;
}

void yjjh__strmap_free(yjjh__strmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->nslots = m->count = 0;
    m->seed = 0;
}
