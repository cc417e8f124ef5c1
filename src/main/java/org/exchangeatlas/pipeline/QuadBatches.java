package org.exchangeatlas.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Streams the quads of one large document from the thread that extracts it to the build's
 * writer in bounded batches:
 * <pre>
 * producer thread: extract -> StreamRDF -> batches of BATCH quads -> queue (at most QUEUED batches)
 * writer thread:   queue -> write each batch into the open transaction
 * </pre>
 * so the two run at once and at most {@code (QUEUED + 2) * BATCH} quads of the document are held
 * in memory, however many it has. The writer looks at the {@link StopSignal} between batches; a
 * failure on either side stops the other.
 */
final class QuadBatches {
    static final int BATCH = 10_000;
    static final int QUEUED = 4;

    private QuadBatches() {}

    /** What the producer put on the queue last: its result, or what it threw. */
    private record End(Object result, Throwable failure) {}

    /**
     * Runs {@code producer} on a thread of its own, handing each batch it makes to {@code writer}
     * on this thread; returns the producer's result, or throws what either side threw.
     */
    @SuppressWarnings("unchecked")
    static <R> R stream(Function<StreamRDF, R> producer, Consumer<List<Quad>> writer, StopSignal stop) {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED);
        Thread thread = new Thread(() -> {
            End end;
            try {
                Batcher out = new Batcher(queue);
                R r = producer.apply(out);
                out.flush();
                end = new End(r, null);
            } catch (Throwable e) {
                end = new End(null, e);
            }
            try {
                queue.put(end);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // the writer has given up: nobody waits for the end
            }
        }, "atlas-extract-stream");
        thread.setDaemon(true);
        thread.start();
        try {
            while (true) {
                stop.check();
                Object item = queue.poll(200, TimeUnit.MILLISECONDS);
                if (item instanceof End end) {
                    if (end.failure() instanceof RuntimeException re) {
                        throw re;
                    }
                    if (end.failure() instanceof Error err) {
                        throw err;
                    }
                    if (end.failure() != null) {
                        throw new IllegalStateException(end.failure());
                    }
                    return (R) end.result();
                }
                if (item != null) {
                    writer.accept((List<Quad>) item);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BuildStoppedException();
        } finally {
            thread.interrupt();
        }
    }

    /** Gathers quads into batches and puts each full batch on the queue, waiting while it is full. */
    private static final class Batcher extends StreamRDFBase {
        private final BlockingQueue<Object> queue;
        private List<Quad> batch = new ArrayList<>(BATCH);

        Batcher(BlockingQueue<Object> queue) {
            this.queue = queue;
        }

        @Override
        public void quad(Quad quad) {
            batch.add(quad);
            if (batch.size() >= BATCH) {
                flush();
            }
        }

        @Override
        public void triple(Triple triple) {
            quad(Quad.create(Quad.defaultGraphIRI, triple));
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            try {
                queue.put(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("the writer stopped taking quads", e);
            }
            batch = new ArrayList<>(BATCH);
        }
    }
}
