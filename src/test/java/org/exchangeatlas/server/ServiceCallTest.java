package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SPARQL {@code SERVICE} against a listener this test starts on 127.0.0.1: off by default (the
 * query is refused with 403 and its reason, and the listener sees no connection, whether the
 * endpoint is written in the query, bound to a variable, or inside {@code FILTER EXISTS}); with
 * {@code --allow-service} naming other hosts, still refused; with the listener's host allowed, the
 * call goes out, and a remote that never answers cannot hold the request past the time limit.
 */
class ServiceCallTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path dir;
    static AtlasStore store;

    ServerSocket listener;
    final AtomicInteger connections = new AtomicInteger();
    final List<Socket> held = new CopyOnWriteArrayList<>();
    volatile boolean answer;

    @BeforeAll
    static void open() throws Exception {
        store = AtlasStore.open(dir.resolve("store"));
        store.write(dsg -> dsg.add(Quad.create(NodeFactory.createURI("urn:test:g"), NodeFactory.createURI("urn:test:s"),
                NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("local"))));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** A listener on a free loopback port that counts connections and answers a SPARQL query with one row, if told to. */
    @BeforeEach
    void listen() throws IOException {
        listener = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"));
        Thread t = new Thread(() -> {
            while (!listener.isClosed()) {
                try {
                    Socket s = listener.accept();
                    connections.incrementAndGet();
                    held.add(s);
                    if (answer) {
                        reply(s);
                    }
                } catch (IOException e) {
                    return;
                }
            }
        }, "service-listener");
        t.setDaemon(true);
        t.start();
    }

    @AfterEach
    void stopListening() throws IOException {
        listener.close();
        for (Socket s : held) {
            s.close();
        }
    }

    private static void reply(Socket s) throws IOException {
        InputStream in = s.getInputStream();
        byte[] buffer = new byte[8192];
        StringBuilder head = new StringBuilder();
        while (!head.toString().contains("\r\n\r\n")) {
            int n = in.read(buffer);
            if (n < 0) {
                return;
            }
            head.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
        }
        byte[] body = "{\"head\":{\"vars\":[\"o\"]},\"results\":{\"bindings\":[{\"o\":{\"type\":\"literal\",\"value\":\"remote\"}}]}}"
                .getBytes(StandardCharsets.UTF_8);
        OutputStream out = s.getOutputStream();
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/sparql-results+json\r\nContent-Length: " + body.length
                + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.write(body);
        out.flush();
        s.close();
    }

    String endpoint() {
        return "http://127.0.0.1:" + listener.getLocalPort() + "/sparql";
    }

    static HttpResponse<String> query(AtlasServer server, String query) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(server.sparqlUrl()).header("Content-Type", "application/sparql-query")
                .header("Accept", "text/csv").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(query)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static AtlasServer serve(ServerSettings settings) throws Exception {
        return AtlasServer.start(store, settings.withPort(SmallAtlas.freePort()));
    }

    @Test
    void serviceIsOffByDefaultAndNoConnectionIsMade() throws Exception {
        try (AtlasServer server = serve(ServerSettings.defaults())) {
            HttpResponse<String> direct = query(server, "SELECT * { SERVICE <" + endpoint() + "> { ?s ?p ?o } }");
            assertEquals(403, direct.statusCode(), direct::body);
            assertEquals("SERVICE is off on this server (atlas serve --allow-service HOST allows the hosts it names)",
                    direct.body().strip());
            HttpResponse<String> bound = query(server, "SELECT * { VALUES ?x { <" + endpoint() + "> } SERVICE ?x { ?s ?p ?o } }");
            assertEquals(403, bound.statusCode(), bound::body);
            HttpResponse<String> exists = query(server, "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <" + endpoint()
                    + "> { ?a ?b ?c } } }");
            assertEquals(403, exists.statusCode(), exists::body);
            Thread.sleep(300);
            assertEquals(0, connections.get(), "the listener saw a connection");
        }
    }

    @Test
    void serviceToAHostNotNamedIsRefused() throws Exception {
        try (AtlasServer server = serve(ServerSettings.defaults().withServiceHosts(Set.of("query.wikidata.org")))) {
            HttpResponse<String> r = query(server, "SELECT * { SERVICE <" + endpoint() + "> { ?s ?p ?o } }");
            assertEquals(403, r.statusCode(), r::body);
            assertEquals("SERVICE <" + endpoint() + "> is not allowed: only http(s) endpoints on query.wikidata.org",
                    r.body().strip());
            HttpResponse<String> bound = query(server, "SELECT * { VALUES ?x { <" + endpoint() + "> } SERVICE ?x { ?s ?p ?o } }");
            assertNotEquals(200, bound.statusCode(), bound::body);
            Thread.sleep(300);
            assertEquals(0, connections.get(), "the listener saw a connection");
        }
    }

    @Test
    void serviceToANamedHostGoesOutAndASilentRemoteEndsAtTheTimeLimit() throws Exception {
        ServerSettings settings = ServerSettings.defaults().withServiceHosts(Set.of("127.0.0.1")).withTimeout(Duration.ofSeconds(2));
        try (AtlasServer server = serve(settings)) {
            answer = true;
            HttpResponse<String> r = query(server, "SELECT ?o { SERVICE <" + endpoint() + "> { ?s ?p ?o } }");
            assertEquals(200, r.statusCode(), r::body);
            assertEquals("o\r\nremote\r\n", r.body());
            assertEquals(1, connections.get());

            answer = false;
            long started = System.nanoTime();
            HttpResponse<String> silent = query(server, "SELECT ?o { SERVICE <" + endpoint() + "> { ?s ?p ?o } }");
            long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
            assertNotEquals(200, silent.statusCode(), silent::body);
            assertTrue(seconds < 6, "a silent remote held the request " + seconds + " s under a 2 s limit");
            assertEquals(2, connections.get());
        }
    }
}
