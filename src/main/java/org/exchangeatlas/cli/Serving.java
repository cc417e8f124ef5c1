package org.exchangeatlas.cli;

import java.io.PrintStream;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.exchangeatlas.server.AtlasServer;
import org.exchangeatlas.server.ServerException;
import org.exchangeatlas.server.ServerSettings;
import org.exchangeatlas.store.AtlasStore;

/**
 * Runs the server for {@code serve} and {@code demo} until the process is told to stop
 * (Ctrl-C, SIGTERM): prints where it listens, then waits. A shutdown hook stops the server and
 * waits (a few seconds at most) for the command to close the store, so that the JVM ends with
 * the store closed.
 */
final class Serving {
    private static final long CLOSE_WAIT_SECONDS = 10;

    private Serving() {}

    static void serveUntilStopped(AtlasStore store, ServerSettings settings, PrintStream out) throws CliException {
        AtlasServer server;
        try {
            server = AtlasServer.start(store, settings);
        } catch (ServerException e) {
            store.close();
            throw new CliException(e.getMessage(), e);
        }
        CountDownLatch closed = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            try {
                closed.await(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "atlas-serve-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        out.println("Serving " + store.dir() + " at " + server.url());
        out.println("  explorer         " + server.url());
        out.println("  SPARQL endpoint  " + server.sparqlUrl() + (settings.allowsUpdates()
                ? " (updates at " + server.sparqlUrl() + "/update for user " + settings.updates().orElseThrow().user() + ")"
                : " (read-only)"));
        out.println("  linked data      " + server.url() + "id/...   dataset description " + server.url() + ".well-known/void");
        out.println("  SERVICE          " + (settings.serviceHosts().isEmpty() ? "off"
                : "to " + String.join(", ", new TreeSet<>(settings.serviceHosts())) + " only"));
        out.println("  CORS             " + (settings.corsOrigins().isEmpty() ? "off"
                : "for " + String.join(", ", settings.corsOrigins()) + " (no credentials)"));
        out.println("Press Ctrl-C to stop.");
        out.flush();
        try {
            server.join();
        } finally {
            server.close();
            store.close();
            closed.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the hook is running: it ends once it sees the countdown
            }
        }
    }
}
