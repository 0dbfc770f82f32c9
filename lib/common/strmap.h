/* SPDX-License-Identifier: MIT */
/* Private: a string → index hash map (county codes, school ids, fact counties). Never installed.
 *
 * Open addressing with linear probing in a power-of-two table kept at most half full. The keys are borrowed:
 * the map stores the caller's pointers, which must stay valid and unchanged while the map is used (they point
 * into the caller's own arrays of codes or ids). The hash is SipHash-1-3 keyed per map (a random key drawn when
 * the map is first used), so crafted keys cannot collide on purpose (no hash flooding), there is no fixed global
 * table and no mutable global state; a map is used by one thread at a time, lookups on an unchanged map may run
 * concurrently. Nothing iterates the table, so the random key never changes an output.
 *
 *     yjjh__strmap m = YJJH__STRMAP_INIT;
 *     size_t idx;
 *     int found;
 *     if (yjjh__strmap_put(&m, code, n_counties, &idx, &found) != YJJH_OK) ...  // idx: the index of code
 *     yjjh__strmap_free(&m); */
#ifndef YJJH_LIB_STRMAP_H
#define YJJH_LIB_STRMAP_H

#include <stddef.h>
#include <stdint.h>

#include "yjjh/yjjh_status.h"

typedef struct yjjh__strmap_slot {
    const char *key; /* NULL = empty */
    size_t value;
    size_t hash; /* of key: most probes of another key end here, without reading its text */
} yjjh__strmap_slot;

typedef struct yjjh__strmap {
    yjjh__strmap_slot *slots;
    size_t nslots;   /* 0 or a power of two */
    size_t count;    /* keys stored */
    uint64_t key[2]; /* the SipHash key, drawn when the table is first allocated */
} yjjh__strmap;

/* clang-format off */
#define YJJH__STRMAP_INIT { NULL, 0, 0, { 0, 0 } }
/* clang-format on */

/* Make room for n keys in all (no rehash until then). Returns YJJH_OK or YJJH_E_NOMEM (map unchanged). */
yjjh_status yjjh__strmap_reserve(yjjh__strmap *m, size_t n);

/* Look key up: 1 and *value (when value is not NULL) when present, else 0. */
int yjjh__strmap_get(const yjjh__strmap *m, const char *key, size_t *value);

/* Insert key → value unless key is present. *out (when not NULL) receives the value now stored for key (the
 * earlier one when present); *found (when not NULL) 1 when key was present, else 0. Returns YJJH_OK or
 * YJJH_E_NOMEM (map unchanged). */
yjjh_status yjjh__strmap_put(yjjh__strmap *m, const char *key, size_t value, size_t *out, int *found);

/* Bulk use: a loop over many keys (the school ids of a national table) spends its time waiting for random slots.
 * yjjh__strmap_hash() gives a key's hash (which never changes while the map lives, so it may be computed ahead,
 * on other threads too: it only reads m); yjjh__strmap_prefetch() asks for the slot of a hash a few keys ahead;
 * the _hashed calls then skip hashing. Same results as yjjh__strmap_put() / yjjh__strmap_get(). The map must
 * have been given room first (yjjh__strmap_reserve() with n > 0), which draws its key. */
size_t yjjh__strmap_hash(const yjjh__strmap *m, const char *key);

/* Hint that the key with hash h is looked up soon (no effect on any result). */
static inline void yjjh__strmap_prefetch(const yjjh__strmap *m, size_t h)
{
#if defined(__GNUC__) || defined(__clang__)
    if (m->nslots)
        __builtin_prefetch(&m->slots[h & (m->nslots - 1)]);
#else
    (void)m;
    (void)h;
#endif
}

/* yjjh__strmap_get() of key whose hash is h (yjjh__strmap_hash()). */
int yjjh__strmap_get_hashed(const yjjh__strmap *m, const char *key, size_t h, size_t *value);

/* yjjh__strmap_put() of key whose hash is h (yjjh__strmap_hash()). */
yjjh_status yjjh__strmap_put_hashed(yjjh__strmap *m, const char *key, size_t h, size_t value, size_t *out, int *found);

/* Free the table (not the keys) and reset m to YJJH__STRMAP_INIT. */
void yjjh__strmap_free(yjjh__strmap *m);

#endif
