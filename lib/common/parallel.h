/* SPDX-License-Identifier: MIT */
/* Private: running one loop on several threads. Never installed.
 *
 * The one way the library uses threads: yjjh__parallel_for() splits [0, n) into contiguous chunks, runs chunk 0 on
 * the calling thread and the others on threads it creates and joins before returning. Nothing is shared between
 * calls (no pool, no global state). Work that must give the same bytes on any number of threads writes each chunk's
 * output into its own slot and the caller joins the slots in order.
 *
 * Thread counts follow one convention everywhere (options of evaluations, writers): 0 = automatic (every online
 * CPU this process may run on, capped at YJJH__MAX_THREADS, and only when the work is large enough to gain),
 * 1 = the calling thread only, k = at most k threads. */
#ifndef YJJH_LIB_PARALLEL_H
#define YJJH_LIB_PARALLEL_H

#include <stddef.h>

/** Upper bound of threads one call uses. */
#define YJJH__MAX_THREADS 64

/** Work of one chunk: items [begin, end) of the loop; chunk is 0 … workers-1 (a slot index for per-chunk output). */
typedef void (*yjjh__chunk_fn)(void *ctx, size_t begin, size_t end, size_t chunk);

/** CPUs this process may run on (sched affinity), at least 1. */
size_t yjjh__cpu_count(void);

/** How many chunks to run n items in: requested = 0 (automatic), 1 or k as above; min_per_chunk = the fewest items
 *  worth a thread of their own (e.g. 20,000 school rows). Returns 1 … YJJH__MAX_THREADS, never more than n. */
size_t yjjh__parallel_chunks(size_t n, size_t requested, size_t min_per_chunk);

/** First item of chunk k when n items are split into chunks parts (chunk k is [start(k), start(k+1))). */
static inline size_t yjjh__chunk_start(size_t n, size_t chunks, size_t k)
{
    return chunks ? (size_t)(((unsigned long long)n * k) / chunks) : 0;
}

/** Run fn on every chunk of [0, n) split into chunks parts (yjjh__parallel_chunks()); returns when all are done.
 *  A thread that cannot be created is not an error: its chunk runs on the calling thread. */
void yjjh__parallel_for(size_t n, size_t chunks, yjjh__chunk_fn fn, void *ctx);

#endif
