package org.exchangeatlas.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs a function over items on several threads and hands the results back in the items' order,
 * with at most a few items in flight per thread: reading and extracting documents is independent
 * work, while what follows (duplicates, the store's write transaction) must see documents in
 * the order they were listed. Results are taken one by one, so the taker (the build's writer)
 * works while the threads read ahead. Close it to stop the threads.
 */
final class OrderedWork<T, R> implements Iterator<R>, AutoCloseable {
    private static final int AHEAD_PER_THREAD = 4;

    private final Iterator<T> items;
    private final Function<T, R> work;
    private final ExecutorService threads;
    private final int window;
    private final Deque<Future<R>> inFlight = new ArrayDeque<>();

    OrderedWork(List<T> items, Function<T, R> work, int threads) {
        this.items = items.iterator();
        this.work = work;
        AtomicInteger n = new AtomicInteger();
        this.threads = Executors.newFixedThreadPool(Math.max(1, threads), r -> {
            Thread t = new Thread(r, "atlas-read-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
        this.window = Math.max(1, threads) * AHEAD_PER_THREAD;
        fill();
    }

    private void fill() {
        while (inFlight.size() < window && items.hasNext()) {
            T item = items.next();
            inFlight.add(threads.submit(() -> work.apply(item)));
        }
    }

    @Override
    public boolean hasNext() {
        return !inFlight.isEmpty();
    }

    /** The next result in the items' order; an error the work threw is thrown here, as it was. */
    @Override
    public R next() {
        Future<R> f = inFlight.poll();
        if (f == null) {
            throw new NoSuchElementException();
        }
        try {
            R r = f.get();
            fill();
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading documents", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
