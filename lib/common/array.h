/* SPDX-License-Identifier: MIT */
/* Private: growing a malloc'ed array by doubling. Never installed. */
#ifndef YJJH_LIB_ARRAY_H
#define YJJH_LIB_ARRAY_H

#include <stddef.h>
#include <stdlib.h>

#include "yjjh/yjjh_status.h"

/* Make *p (an array of *cap elements of elem bytes, or NULL with *cap == 0) hold at least need elements: the
 * capacity doubles from 8 until it is enough. Returns YJJH_OK, or YJJH_E_NOMEM when out of memory or when the
 * size in bytes would overflow (then *p and *cap are unchanged). Typical use:
 *     if (yjjh__grow((void **)&c->rows, &c->cap_rows, c->n_rows + 1, sizeof *c->rows) != YJJH_OK) ... */
static inline yjjh_status yjjh__grow(void **p, size_t *cap, size_t need, size_t elem)
{
    size_t ncap = *cap ? *cap : 8;
    void *np;
    if (need <= *cap)
        return YJJH_OK;
    if (elem == 0 || need > (size_t)-1 / elem)
        return YJJH_E_NOMEM;
    while (ncap < need)
        ncap = ncap > (size_t)-1 / 2 / elem ? need : ncap * 2;
    np = realloc(*p, ncap * elem);
    if (!np)
        return YJJH_E_NOMEM;
    *p = np;
    *cap = ncap;
    return YJJH_OK;
}

#endif
