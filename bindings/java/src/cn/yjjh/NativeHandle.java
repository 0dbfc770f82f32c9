// SPDX-License-Identifier: MIT
package cn.yjjh;

import java.lang.ref.Cleaner;
import java.lang.ref.Reference;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;

/**
 * A native handle owned by a public object: freed by {@link #close()} (deterministic, idempotent) or, as a
 * fallback, by a {@link Cleaner} when the owner becomes unreachable. Calls take a read lock (any number at once)
 * or, for calls that change the handle, the write lock; {@code close()} takes the write lock, so it waits for
 * calls in flight and never frees a handle under a running call. After {@code close()} every call throws
 * {@link IllegalStateException}.
 *
 * @param <T> the internal SWIG proxy class
 */
abstract class NativeHandle<T> implements AutoCloseable {
    /** One daemon thread for every handle of the library. */
    private static final Cleaner CLEANER = Cleaner.create();
    /** Handles created and not yet freed (for {@link Yjjh#openHandles()}). */
    private static final java.util.concurrent.atomic.AtomicLong OPEN = new java.util.concurrent.atomic.AtomicLong();

    private final T proxy;
    private final Cleaner.Cleanable cleanable;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final String what;
    private boolean closed;

    /**
     * Takes ownership of a proxy.
     *
     * @param proxy the proxy (owning its handle)
     * @param free  frees the handle; must not refer to the owner (the Cleaner would never run)
     * @param what  the name used in messages ("Result", …)
     */
    NativeHandle(T proxy, Runnable free, String what) {
        if (proxy == null) throw new IllegalArgumentException(what + ": no native handle");
        this.proxy = proxy;
        this.what = what;
        this.cleanable = CLEANER.register(this, new Free(free));
        OPEN.incrementAndGet();
    }

    /** The cleaning action: frees the handle once and counts it. Refers to the proxy, never to the owner. */
    private static final class Free implements Runnable {
        private final Runnable free;

        Free(Runnable free) {
            this.free = free;
        }

        @Override
        public void run() {
            free.run();
            OPEN.decrementAndGet();
        }
    }

    /**
     * The number of handles created and not yet freed.
     *
     * @return the count
     */
    static long open() {
        return OPEN.get();
    }

    /**
     * Runs a call that reads the handle.
     *
     * @param <R>  the call's result
     * @param call the call
     * @return its result
     */
    final <R> R read(Function<T, R> call) {
        ReentrantReadWriteLock.ReadLock l = lock.readLock();
        l.lock();
        try {
            if (closed) throw new IllegalStateException("this " + what + " is closed");
            return call.apply(proxy);
        } finally {
            l.unlock();
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Runs a call that changes the handle (exclusive).
     *
     * @param <R>  the call's result
     * @param call the call
     * @return its result
     */
    final <R> R write(Function<T, R> call) {
        ReentrantReadWriteLock.WriteLock l = lock.writeLock();
        l.lock();
        try {
            if (closed) throw new IllegalStateException("this " + what + " is closed");
            return call.apply(proxy);
        } finally {
            l.unlock();
            Reference.reachabilityFence(this);
        }
    }

    /**
     * Whether {@link #close()} was called.
     *
     * @return true when closed
     */
    public final boolean isClosed() {
        ReentrantReadWriteLock.ReadLock l = lock.readLock();
        l.lock();
        try {
            return closed;
        } finally {
            l.unlock();
        }
    }

    /**
     * Frees the native memory now. Waits for calls on this object that are in flight on other threads; calling
     * it again does nothing. Afterwards every method (except {@code close()} and {@code isClosed()}) throws
     * {@link IllegalStateException}. Objects that are never closed are freed after they become unreachable.
     */
    @Override
    public final void close() {
        ReentrantReadWriteLock.WriteLock l = lock.writeLock();
        l.lock();
        try {
            if (closed) return;
            closed = true;
            cleanable.clean();
        } finally {
            l.unlock();
        }
    }
}
