/* SPDX-License-Identifier: MIT */
/* Writing a long text on several threads in rounds (chunked_write.h). */
#include <stdlib.h>

#include "common/chunked_write.h"
#include "common/parallel.h"

typedef struct round_state {
    const yjjh__chunked *job;
    size_t chunks;
    size_t cut[YJJH__MAX_THREADS + 1]; /* this round's chunk k is items [cut[k], cut[k + 1]) */
    yjjh__buf *fill;                   /* the buffers of this round (chunks of them) */
    yjjh__buf *drain;                  /* the previous round's, written by chunk 0 first; NULL: none */
    yjjh__buf *scratch;
    yjjh_write_fn write;
    void *wctx;
    int write_failed;
} round_state;

static size_t cum(const yjjh__chunked *job, size_t i) { return job->weight ? job->weight(job->weight_ctx, i) : i; }

/* The first item i in [lo, hi] with cum(i) >= w (hi when none). */
static size_t first_reaching(const yjjh__chunked *job, size_t lo, size_t hi, size_t w)
{
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (cum(job, mid) >= w)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}

static int drain(round_state *rs, yjjh__buf *bufs)
{
    for (size_t k = 0; k < rs->chunks; k++) {
        if (!rs->write_failed && bufs[k].len > 0 && rs->write(rs->wctx, bufs[k].ptr, bufs[k].len) != 0)
            rs->write_failed = 1;
        bufs[k].len = 0;
        if (bufs[k].ptr)
            bufs[k].ptr[0] = '\0';
    }
    return !rs->write_failed;
}

static void run_chunk(void *ctx, size_t begin, size_t end, size_t chunk)
{
    round_state *rs = ctx;
    (void)end;
    if (chunk == 0 && rs->drain && !drain(rs, rs->drain))
        return; /* the calling thread: hand over the previous round first */
    if (rs->cut[begin] < rs->cut[begin + 1])
        rs->job->fmt(rs->job->ctx, &rs->fill[begin], &rs->scratch[begin], rs->cut[begin], rs->cut[begin + 1]);
}

yjjh_status yjjh__chunked_write(const yjjh__chunked *job, yjjh_write_fn write, void *wctx)
{
    round_state rs;
    yjjh__buf *bufs;
    size_t total = cum(job, job->n), per_round, a = 0, set = 0;
    yjjh_status st = YJJH_OK;
    int have_previous = 0;

    rs.job = job;
    rs.chunks = yjjh__parallel_chunks(total, job->threads, job->min_weight);
    rs.write = write;
    rs.wctx = wctx;
    rs.write_failed = 0;
    bufs = calloc(3 * rs.chunks, sizeof *bufs); /* two sets of output buffers, one of scratch buffers */
    if (!bufs)
        return YJJH_E_NOMEM;
    rs.scratch = bufs + 2 * rs.chunks;
    per_round = (job->round_weight ? job->round_weight : 1) * rs.chunks;

    while (a < job->n) {
        /* this round: from a to the first item reaching per_round more weight (at least one item) */
        size_t base = cum(job, a), b = first_reaching(job, a + 1, job->n, base + per_round), span;
        span = cum(job, b) - base;
        rs.cut[0] = a;
        for (size_t k = 1; k < rs.chunks; k++)
            rs.cut[k] = first_reaching(job, a, b, base + span * k / rs.chunks);
        rs.cut[rs.chunks] = b;
        rs.fill = bufs + set * rs.chunks;
        rs.drain = have_previous ? bufs + (1 - set) * rs.chunks : NULL;
        yjjh__parallel_for(rs.chunks, rs.chunks, run_chunk, &rs);
        if (rs.write_failed) {
            st = YJJH_E_IO_WRITE;
            break;
        }
        for (size_t k = 0; k < 3 * rs.chunks; k++)
            if (yjjh__buf_oom(&bufs[k]))
                st = YJJH_E_NOMEM;
        if (st != YJJH_OK)
            break;
        have_previous = 1;
        set = 1 - set;
        a = b;
    }
    if (st == YJJH_OK && have_previous && !drain(&rs, bufs + (1 - set) * rs.chunks))
        st = YJJH_E_IO_WRITE;
    for (size_t k = 0; k < 3 * rs.chunks; k++)
        yjjh__buf_free(&bufs[k]);
    free(bufs);
    return st;
}
