/* SPDX-License-Identifier: MIT */
/* The string → index map of strmap.h. */
#define _GNU_SOURCE /* getrandom() */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/random.h>
#include <sys/types.h>
#include <time.h>

#include "common/strmap.h"

/* SipHash-1-3 (Aumasson & Bernstein) of s with the map's 128-bit key: a keyed hash whose collisions cannot be
 * found without the key, so crafted keys (school ids, county codes) cannot flood one bucket chain; the key is
 * drawn per map (map_key()), so there is no global table and no mutable global state. */
#define ROTL(x, b) (uint64_t)(((x) << (b)) | ((x) >> (64 - (b))))
#define SIPROUND                                                                                                       \
  do {                                                                                                                 \
    v0 += v1;                                                                                                          \
    v1 = ROTL(v1, 13);                                                                                                 \
    v1 ^= v0;                                                                                                          \
    v0 = ROTL(v0, 32);                                                                                                 \
    v2 += v3;                                                                                                          \
    v3 = ROTL(v3, 16);                                                                                                 \
    v3 ^= v2;                                                                                                          \
    v0 += v3;                                                                                                          \
    v3 = ROTL(v3, 21);                                                                                                 \
    v3 ^= v0;                                                                                                          \
    v2 += v1;                                                                                                          \
    v1 = ROTL(v1, 17);                                                                                                 \
    v1 ^= v2;                                                                                                          \
    v2 = ROTL(v2, 32);                                                                                                 \
  } while (0)

static size_t hash(const char *s, const uint64_t key[2])
{
    size_t n = strlen(s), i = 0;
    uint64_t v0 = 0x736f6d6570736575ULL ^ key[0], v1 = 0x646f72616e646f6dULL ^ key[1];
    uint64_t v2 = 0x6c7967656e657261ULL ^ key[0], v3 = 0x7465646279746573ULL ^ key[1];
    uint64_t b = (uint64_t)n << 56, m;
    for (; i + 8 <= n; i += 8) {
        m = 0;
        for (int k = 0; k < 8; k++)
            m |= (uint64_t)(unsigned char)s[i + (size_t)k] << (8 * k);
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    for (int k = 0; i + (size_t)k < n; k++)
        b |= (uint64_t)(unsigned char)s[i + (size_t)k] << (8 * k);
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return (size_t)(v0 ^ v1 ^ v2 ^ v3);
}

/* A per-map key: 16 bytes of getrandom() (non-blocking), mixed with the map's address and a clock so that a key
 * is still per map and unpredictable enough when getrandom() is unavailable. */
static void map_key(uint64_t key[2], const yjjh__strmap *m)
{
    struct timespec ts = {0, 0};
    uint64_t r[2] = {0, 0};
    uint64_t a = (uint64_t)(uintptr_t)m;
    if (getrandom(r, sizeof r, GRND_NONBLOCK) != (ssize_t)sizeof r)
        r[0] = r[1] = 0;
    (void)clock_gettime(CLOCK_MONOTONIC, &ts);
    key[0] = r[0] ^ ((a ^ (a >> 29)) * 0x9E3779B97F4A7C15ULL);
    key[1] = r[1] ^ (((uint64_t)ts.tv_nsec ^ ((uint64_t)ts.tv_sec << 30)) * 0xBF58476D1CE4E5B9ULL);
}

/* The slot of key (hash h), or the empty slot where it would go. */
static yjjh__strmap_slot *find(const yjjh__strmap *m, const char *key, size_t h)
{
    size_t mask = m->nslots - 1, i = h & mask;
    while (m->slots[i].key && (m->slots[i].hash != h || strcmp(m->slots[i].key, key) != 0))
        i = (i + 1) & mask;
    return &m->slots[i];
}

/* The empty slot where a key of hash h goes (rehash: every key is distinct). */
static yjjh__strmap_slot *find_empty(const yjjh__strmap *m, size_t h)
{
    size_t mask = m->nslots - 1, i = h & mask;
    while (m->slots[i].key)
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
        map_key(m->key, m);
    m->slots = slots;
    m->nslots = nslots;
    for (size_t i = 0; i < old.nslots; i++)
        if (old.slots[i].key)
            *find_empty(m, old.slots[i].hash) = old.slots[i];
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

size_t yjjh__strmap_hash(const yjjh__strmap *m, const char *key) { return hash(key, m->key); }

int yjjh__strmap_get_hashed(const yjjh__strmap *m, const char *key, size_t h, size_t *value)
{
    const yjjh__strmap_slot *s;
    if (!m->nslots)
        return 0;
    s = find(m, key, h);
    if (!s->key)
        return 0;
    if (value)
        *value = s->value;
    return 1;
}

int yjjh__strmap_get(const yjjh__strmap *m, const char *key, size_t *value)
{
    return m->nslots ? yjjh__strmap_get_hashed(m, key, hash(key, m->key), value) : 0;
}

yjjh_status yjjh__strmap_put_hashed(yjjh__strmap *m, const char *key, size_t h, size_t value, size_t *out, int *found)
{
    yjjh__strmap_slot *s;
    if (m->count + 1 > m->nslots / 2) {
        yjjh_status st = yjjh__strmap_reserve(m, m->count + 1);
        if (st != YJJH_OK)
            return st;
    }
    s = find(m, key, h);
    if (found)
        *found = s->key != NULL;
    if (!s->key) {
        s->key = key;
        s->value = value;
        s->hash = h;
        m->count++;
    }
    if (out)
        *out = s->value;
    return YJJH_OK;
}

yjjh_status yjjh__strmap_put(yjjh__strmap *m, const char *key, size_t value, size_t *out, int *found)
{
    if (!m->nslots) { /* the first put draws the map's key */
        yjjh_status st = yjjh__strmap_reserve(m, 1);
        if (st != YJJH_OK)
            return st;
    }
    return yjjh__strmap_put_hashed(m, key, hash(key, m->key), value, out, found);
}

void yjjh__strmap_free(yjjh__strmap *m)
{
    free(m->slots);
    m->slots = NULL;
    m->nslots = m->count = 0;
    m->key[0] = m->key[1] = 0;
}
