/* SPDX-License-Identifier: MIT */
/* Private: write a long text made of items (counties, school parts) on several threads, in bounded memory, with
 * the same bytes for any thread count. Never installed.
 *
 * The items are formatted in rounds. A round is a run of consecutive items, cut into one contiguous chunk per
 * thread by weight (yjjh__parallel_for()); each chunk formats its items into its own buffer. The buffers of a
 * round are handed to the caller's write function in order, from the calling thread only: by chunk 0 (which runs
 * on the calling thread) at the start of the next round, while the other threads format that round, and for the
 * last round after it. So at most two rounds of text are in memory, and the text is the concatenation of
 * fmt(item 0) fmt(item 1) … whatever the cut, as long as fmt() of a range writes exactly the text of its items. */
#ifndef YJJH_LIB_CHUNKED_WRITE_H
#define YJJH_LIB_CHUNKED_WRITE_H

#include <stddef.h>
#include "yjjh/yjjh_result.h"
#include "common/buf.h"

/* Append the text of items [begin, end) to out; scratch is a buffer of the chunk's own for temporary text. Runs
 * on any thread: it may only read shared data. Out of memory is out's (or scratch's) sticky flag. */
typedef void (*yjjh__format_range_fn)(void *ctx, yjjh__buf *out, yjjh__buf *scratch, size_t begin, size_t end);

/* Cumulative weight of items [0, i) (non-decreasing in i), e.g. the school parts of the counties before i. */
typedef size_t (*yjjh__weight_fn)(const void *ctx, size_t i);

typedef struct yjjh__chunked {
    size_t n;                  /* items */
    yjjh__weight_fn weight;    /* NULL: every item weighs 1 */
    size_t round_weight;       /* weight one chunk formats per round (about its bytes / 1 KB for school parts) */
    size_t min_weight;         /* the least total weight worth a second thread when threads = 0 */
    size_t threads;            /* 0 automatic, 1 the calling thread only, k at most k (common/parallel.h) */
    yjjh__format_range_fn fmt; /* formats a range */
    const void *weight_ctx;    /* passed to weight */
    void *ctx;                 /* passed to fmt */
} yjjh__chunked;

/* Format every item and hand the text to write(wctx, …) in order, in pieces of at least one byte. Returns
 * YJJH_OK, YJJH_E_NOMEM or YJJH_E_IO_WRITE (write returned non-zero: nothing more is formatted or written). */
yjjh_status yjjh__chunked_write(const yjjh__chunked *job, yjjh_write_fn write, void *wctx);

#endif
