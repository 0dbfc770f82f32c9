// SPDX-License-Identifier: MIT
package cn.yjjh.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import cn.yjjh.County;
import cn.yjjh.Facts;
import cn.yjjh.Profile;
import cn.yjjh.Result;
import cn.yjjh.Yjjh;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** 8 threads evaluating at once (one shared profile and fact set) get identical results. */
class ThreadsTest {
    static final int THREADS = 8;
    static final int ROUNDS = 10;

    @Test
    void eightThreadsEvaluateAtOnce() throws Exception {
        try (Profile profile = Profile.builtin("national-2017");
                Facts facts = Facts.read(TestData.examples("jinchuan_facts.json"))) {
            byte[] expected;
            List<County> expectedCounties;
            try (Result r = Yjjh.evaluate(EvaluateTest.JINCHUAN, facts, profile)) {
                expected = r.toJsonBytes();
                expectedCounties = r.counties();
            }
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<Integer>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    final int id = t;
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        for (int i = 0; i < ROUNDS; i++) {
                            // alternate the file and the buffer reader, with and without the year overload
                            try (Result r = (id + i) % 2 == 0
                                            ? Yjjh.evaluate(EvaluateTest.JINCHUAN, facts, profile)
                                            : Yjjh.evaluateCsv(java.nio.file.Files.readAllBytes(EvaluateTest.JINCHUAN),
                                                    facts, profile)) {
                                assertArrayEquals(expected, r.toJsonBytes());
                                assertEquals(expectedCounties, r.counties());
                            }
                        }
                        return ROUNDS;
                    }));
                }
                int done = 0;
                for (Future<Integer> f : futures) done += f.get(120, TimeUnit.SECONDS);
                assertEquals(THREADS * ROUNDS, done);
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void eightThreadsReadOneResult() throws Exception {
        try (Result r = Yjjh.evaluate(EvaluateTest.JINCHUAN)) {
            byte[] expected = r.toJsonBytes();
            CyclicBarrier start = new CyclicBarrier(THREADS);
            ExecutorService pool = Executors.newFixedThreadPool(THREADS);
            try {
                List<Future<?>> futures = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    futures.add(pool.submit(() -> {
                        start.await(30, TimeUnit.SECONDS);
                        for (int i = 0; i < ROUNDS; i++) {
                            assertArrayEquals(expected, r.toJsonBytes());
                            assertEquals(26, r.schools().size());
                        }
                        return null;
                    }));
                }
                for (Future<?> f : futures) f.get(120, TimeUnit.SECONDS);
            } finally {
                pool.shutdownNow();
            }
        }
    }
}
