/* SPDX-License-Identifier: MIT */
/* Running one loop on several threads (parallel.h). */
#define _GNU_SOURCE
#include "common/parallel.h"

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

size_t yjjh__cpu_count(void)
{
#ifdef CPU_COUNT
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof set, &set) == 0) {
        int c = CPU_COUNT(&set);
        if (c > 0)
            return (size_t)c;
    }
#endif
    {
        long c = sysconf(_SC_NPROCESSORS_ONLN);
        return c > 0 ? (size_t)c : 1;
    }
}

size_t yjjh__parallel_chunks(size_t n, size_t requested, size_t min_per_chunk)
{
    size_t k = requested;
    if (k == 0) {
        k = yjjh__cpu_count();
        if (min_per_chunk && n / min_per_chunk < k)
            k = n / min_per_chunk;
    }
    if (k > YJJH__MAX_THREADS)
        k = YJJH__MAX_THREADS;
    if (k > n)
        k = n;
    return k ? k : 1;
}

typedef struct chunk_job {
    yjjh__chunk_fn fn;
    void *ctx;
    size_t begin, end, chunk;
} chunk_job;

static void *run_chunk(void *arg)
{
    chunk_job *j = arg;
    j->fn(j->ctx, j->begin, j->end, j->chunk);
    return NULL;
}

void yjjh__parallel_for(size_t n, size_t chunks, yjjh__chunk_fn fn, void *ctx)
{
    chunk_job jobs[YJJH__MAX_THREADS];
    pthread_t tid[YJJH__MAX_THREADS];
    int started[YJJH__MAX_THREADS];

    if (chunks > YJJH__MAX_THREADS)
        chunks = YJJH__MAX_THREADS;
    if (chunks <= 1 || n <= 1) {
        fn(ctx, 0, n, 0);
        return;
    }
    for (size_t k = 0; k < chunks; k++) {
        jobs[k].fn = fn;
        jobs[k].ctx = ctx;
        jobs[k].begin = yjjh__chunk_start(n, chunks, k);
        jobs[k].end = yjjh__chunk_start(n, chunks, k + 1);
        jobs[k].chunk = k;
        started[k] = 0;
    }
    for (size_t k = 1; k < chunks; k++)
        started[k] = pthread_create(&tid[k], NULL, run_chunk, &jobs[k]) == 0;
    run_chunk(&jobs[0]);
    for (size_t k = 1; k < chunks; k++) {
        if (started[k])
            pthread_join(tid[k], NULL);
        else
            run_chunk(&jobs[k]);
    }
}
