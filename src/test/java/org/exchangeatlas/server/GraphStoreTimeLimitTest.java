package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Graph Store read of the whole dataset (about 44 MB of N-Quads) from a server with a one-second
 * time limit, by a client on a plain socket that reads at most 128 KB every 100 ms (it would need
 * over 30 s for all of it): the server stops writing at the limit and cuts the connection, so the
 * answer ends without the last chunk that marks a whole one, once the few megabytes already in
 * the sockets' buffers are read: a fraction of the dump, in a fraction of that time.
 */
class GraphStoreTimeLimitTest {
    static final int QUADS = 100_000;
    static final String PADDING = "x".repeat(400);

    @TempDir
    static Path dir;
    static AtlasStore store;
    static AtlasServer server;

    @BeforeAll
    static void start() throws Exception {
        store = AtlasStore.open(dir.resolve("store"));
        store.write(dsg -> {
            Node g = NodeFactory.createURI("urn:test:graph");
            Node p = NodeFactory.createURI("urn:test:p");
            for (int i = 0; i < QUADS; i++) {
                dsg.add(Quad.create(g, NodeFactory.createURI("urn:test:s" + i), p, NodeFactory.createLiteralString(i + PADDING)));
            }
        });
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort()).withTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aWholeDatasetReadStopsAtTheTimeLimit() throws Exception {
        long fullSize = (long) QUADS * (PADDING.length() + 40);
        long started = System.nanoTime();
        ByteArrayOutputStream received = new ByteArrayOutputStream();
        try (Socket socket = new Socket()) {
            socket.setReceiveBufferSize(64 * 1024);
            socket.connect(new InetSocketAddress("127.0.0.1", server.url().getPort()));
            socket.getOutputStream().write(("GET /sparql HTTP/1.1\r\nHost: 127.0.0.1:" + server.url().getPort()
                    + "\r\nAccept: application/n-quads\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[128 * 1024];
            try {
                for (int n; (n = in.read(buffer)) > 0 && Duration.ofNanos(System.nanoTime() - started).toSeconds() < 60; ) {
                    received.write(buffer, 0, n);
                    Thread.sleep(100);
                }
            } catch (SocketException reset) {
                // the server cut the connection: what the test expects
            }
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String text = received.toString(StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("HTTP/1.1 200"), () -> text.substring(0, Math.min(200, text.length())));
        assertFalse(text.endsWith("\r\n0\r\n\r\n"), "the dump ended as if whole");
        assertTrue(seconds < 15, "the read went on " + seconds + " s under a 1 s limit");
        assertTrue(received.size() < fullSize / 3, "read " + received.size() + " of about " + fullSize + " bytes");
    }
}
