// SPDX-License-Identifier: MIT
package cn.yjjh.tests;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import cn.yjjh.County;
import cn.yjjh.Facts;
import cn.yjjh.Profile;
import cn.yjjh.Result;
import cn.yjjh.Yjjh;
import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** close() frees at once and is idempotent; use after close throws; the Cleaner frees what is never closed. */
class LifecycleTest {
    @Test
    void closeIsIdempotentAndUseAfterCloseThrows() {
        long before = Yjjh.openHandles();
        Result r = Yjjh.evaluate(EvaluateTest.JINCHUAN);
        assertEquals(before + 1, Yjjh.openHandles());
        List<County> counties = r.counties();
        assertFalse(r.isClosed());
        r.close();
        assertTrue(r.isClosed());
        assertEquals(before, Yjjh.openHandles());
        r.close(); // again: nothing happens
        assertEquals(before, Yjjh.openHandles());
        assertThrows(IllegalStateException.class, r::toJson);
        assertThrows(IllegalStateException.class, r::toJsonBytes);
        assertThrows(IllegalStateException.class, r::profileName);
        assertEquals("Result (closed)", r.toString());
        // the typed views taken before are plain Java data
        assertEquals("620302", counties.get(0).code());

        Profile p = Profile.builtin("national-2017");
        p.close();
        p.close();
        assertThrows(IllegalStateException.class, p::name);
        assertThrows(IllegalStateException.class, () -> Yjjh.evaluate(EvaluateTest.JINCHUAN, p));
        Facts f = Facts.create();
        f.close();
        assertThrows(IllegalStateException.class, () -> f.set("", "evaluation_year", 2026));
        assertThrows(IllegalStateException.class, () -> Yjjh.evaluate(EvaluateTest.JINCHUAN, f, null));
        assertEquals(before, Yjjh.openHandles());
    }

    @Test
    void theCleanerFreesResultsThatAreNeverClosed() throws Exception {
        long before = Yjjh.openHandles();
        WeakReference<Result> ref = dropResults(50);
        assertTrue(Yjjh.openHandles() >= before + 1);
        long deadline = System.nanoTime() + 20_000_000_000L;
        while ((ref.get() != null || Yjjh.openHandles() > before) && System.nanoTime() < deadline) {
            System.gc();
            Thread.sleep(20);
        }
        assertNull(ref.get(), "an unreachable Result was not collected: something holds it");
        assertEquals(before, Yjjh.openHandles(), "the Cleaner did not free every unreachable handle");
    }

    private static WeakReference<Result> dropResults(int n) {
        Result last = null;
        for (int i = 0; i < n; i++) {
            last = Yjjh.evaluate(EvaluateTest.JINCHUAN);
            last.counties();
        }
        return new WeakReference<>(last);
    }

    @Test
    void closeWaitsForCallsInFlightAndLaterCallsThrow() throws Exception {
        Result r = Yjjh.evaluate(EvaluateTest.JINCHUAN);
        byte[] expected = r.toJsonBytes();
        CountDownLatch started = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread reader = new Thread(() -> {
            started.countDown();
            try {
                while (true) {
                    byte[] b = r.toJsonBytes();
                    if (!java.util.Arrays.equals(expected, b)) throw new AssertionError("JSON changed");
                }
            } catch (IllegalStateException closed) {
                // expected once close() has run
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        reader.start();
        started.await();
        Thread.sleep(50);
        assertDoesNotThrow(r::close);
        reader.join(10_000);
        assertFalse(reader.isAlive());
        assertNull(failure.get());
    }
}
