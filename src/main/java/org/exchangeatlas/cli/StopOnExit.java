package org.exchangeatlas.cli;

import java.io.PrintStream;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.exchangeatlas.pipeline.StopSignal;

/**
 * Stops a build when the process is told to end (SIGTERM, Ctrl-C): a shutdown hook raises the
 * build's {@link StopSignal} and holds the JVM until the build has rolled back, closed the store
 * and said so in one line ({@link #close}), or {@value #WAIT_SECONDS} s have passed; then it says
 * so itself. Either way the build's transaction is never committed, so the store stays as it
 * was (TDB2 drops an uncommitted transaction when it next opens the store).
 */
final class StopOnExit implements AutoCloseable {
    static final long WAIT_SECONDS = 20;

    private final StopSignal signal = new StopSignal();
    private final CountDownLatch ended = new CountDownLatch(1);
    private final Thread hook;

    StopOnExit(PrintStream err) {
        hook = new Thread(() -> {
            signal.raise();
            try {
                if (!ended.await(WAIT_SECONDS, TimeUnit.SECONDS)) {
                    err.println("atlas: build stopped before it committed (it did not end within " + WAIT_SECONDS
                            + " s); the store keeps its last committed state");
                    err.flush();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "atlas-stop-build");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    /** The signal to hand the build. */
    StopSignal signal() {
        return signal;
    }

    /** The build has ended (committed, failed or stopped) and said what it had to say. */
    @Override
    public void close() {
        ended.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running: it returns now that the build has ended
        }
    }
}
