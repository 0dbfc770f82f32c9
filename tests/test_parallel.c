/* SPDX-License-Identifier: MIT */
/* yjjh__parallel_for() of lib/common/parallel.h: every item runs once, in its own chunk, chunks are contiguous and
 * in order, and the chunk count follows the thread convention (0 automatic, 1 the caller only, k at most k). */
#include <stdlib.h>

#include "yjjh_test.h"
#include "common/parallel.h"

typedef struct seen {
    unsigned char *hits; /* per item: how often it ran */
    size_t *chunk_of;    /* per item: the chunk that ran it */
    size_t first[YJJH__MAX_THREADS], last[YJJH__MAX_THREADS];
} seen;

static void mark(void *ctx, size_t begin, size_t end, size_t chunk)
{
    seen *s = ctx;
    s->first[chunk] = begin;
    s->last[chunk] = end;
    for (size_t i = begin; i < end; i++) {
        s->hits[i]++;
        s->chunk_of[i] = chunk;
    }
}

static void run(size_t n, size_t chunks)
{
    seen s;
    s.hits = calloc(n ? n : 1, 1);
    s.chunk_of = calloc(n ? n : 1, sizeof *s.chunk_of);
    assert_non_null(s.hits);
    assert_non_null(s.chunk_of);
    yjjh__parallel_for(n, chunks, mark, &s);
    for (size_t i = 0; i < n; i++) {
        assert_int_equal(s.hits[i], 1);
        if (i)
            assert_true(s.chunk_of[i] >= s.chunk_of[i - 1]); /* contiguous, in order */
    }
    if (n > 1 && chunks > 1)
        for (size_t k = 0; k < chunks && k < n; k++) /* chunk k is [start(k), start(k+1)) */
            assert_int_equal(s.first[k], yjjh__chunk_start(n, chunks, k));
    free(s.hits);
    free(s.chunk_of);
}

static void test_every_item_once(void **state)
{
    (void)state;
    size_t sizes[] = {0, 1, 2, 3, 7, 64, 1000, 100003};
    size_t chunks[] = {1, 2, 3, 8, YJJH__MAX_THREADS};
    for (size_t a = 0; a < sizeof sizes / sizeof *sizes; a++)
        for (size_t b = 0; b < sizeof chunks / sizeof *chunks; b++)
            if (chunks[b] <= sizes[a] || sizes[a] <= 1)
                run(sizes[a], chunks[b]);
}

static void test_chunk_start(void **state)
{
    (void)state;
    /* 10 items in 3 chunks: 0-3, 3-6, 6-10 (floor(10k/3)) */
    assert_int_equal(yjjh__chunk_start(10, 3, 0), 0);
    assert_int_equal(yjjh__chunk_start(10, 3, 1), 3);
    assert_int_equal(yjjh__chunk_start(10, 3, 2), 6);
    assert_int_equal(yjjh__chunk_start(10, 3, 3), 10);
}

static void test_chunk_count(void **state)
{
    (void)state;
    size_t cpus = yjjh__cpu_count();
    assert_true(cpus >= 1);
    assert_int_equal(yjjh__parallel_chunks(1000000, 1, 100), 1);                  /* 1: the caller only */
    assert_int_equal(yjjh__parallel_chunks(1000000, 5, 100), 5);                  /* k: k */
    assert_int_equal(yjjh__parallel_chunks(3, 5, 100), 3);                        /* never more than items */
    assert_int_equal(yjjh__parallel_chunks(0, 5, 100), 1);                        /* at least one */
    assert_int_equal(yjjh__parallel_chunks(1000000, 1000, 1), YJJH__MAX_THREADS); /* capped */
    assert_int_equal(yjjh__parallel_chunks(150, 0, 100), 1);                      /* too little to share */
    assert_int_equal(yjjh__parallel_chunks(100000000, 0, 100), cpus < YJJH__MAX_THREADS ? cpus : YJJH__MAX_THREADS);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_every_item_once),
        cmocka_unit_test(test_chunk_start),
        cmocka_unit_test(test_chunk_count),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
