package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.exchangeatlas.push.GraphStoreClient;
import org.exchangeatlas.push.PushException;
import org.exchangeatlas.push.PushReport;
import org.exchangeatlas.push.Pusher;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas push} against a real Fuseki server process ({@code jena-fuseki-server}, copied into
 * the build folder by the dependency plugin) started on a free loopback port: every named graph
 * arrives, a second push sends only the graph that changed, and refusals are one line.
 */
class PushCommandTest {
    private static final String DOC = "https://w3id.org/exchange-atlas/graph/doc/";
    private static final String EX = "https://example.org/";
    private static Process fuseki;
    private static String base;

    @BeforeAll
    static void startFuseki() throws Exception {
        Path classes = Path.of(PushCommandTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path jar = classes.getParent().resolve("fuseki/jena-fuseki-server.jar");
        assertTrue(Files.isRegularFile(jar), "no Fuseki server jar at " + jar + " (run mvn process-test-resources)");
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path log = Files.createTempFile("fuseki", ".log");
        log.toFile().deleteOnExit();
        fuseki = new ProcessBuilder(java.toString(), "-Xmx512m", "-jar", jar.toString(), "--localhost",
                "--port=" + port, "--mem", "--update", "/ds")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        base = "http://127.0.0.1:" + port;
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not up yet
            }
            if (System.nanoTime() > deadline || !fuseki.isAlive()) {
                throw new IllegalStateException("Fuseki did not start: " + Files.readString(log));
            }
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stopFuseki() throws InterruptedException {
        if (fuseki != null) {
            fuseki.destroy();
            if (!fuseki.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                fuseki.destroyForcibly();
            }
        }
    }

    private static void addDocument(AtlasStore store, String name, int facts) {
        store.write(ds -> {
            Node g = NodeFactory.createURI(DOC + name);
            ds.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
            for (int i = 0; i < facts; i++) {
                ds.add(g, NodeFactory.createURI(EX + name + "/program"), NodeFactory.createURI(EX + "p" + i),
                        NodeFactory.createLiteralString("值 " + i + " \"quoted\""));
            }
        });
    }

    private static String select(String query) throws Exception {
        HttpRequest r = HttpRequest.newBuilder(URI.create(base + "/ds/query")).header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(query, StandardCharsets.UTF_8))
                .header("Content-Type", "application/sparql-query").build();
        return HttpClient.newHttpClient().send(r, HttpResponse.BodyHandlers.ofString()).body().replace("\r", "");
    }

    @Test
    void pushesEveryGraphThenOnlyTheChangedOne(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        try (AtlasStore store = AtlasStore.open(storeDir)) {
            addDocument(store, "a", 3);
            addDocument(store, "b", 4);
            addDocument(store, "c", 5);
        }
        String endpoint = base + "/ds/data";
        Cli.Result first = Cli.run("push", "--store", storeDir.toString(), "--endpoint", endpoint);
        assertEquals(0, first.code(), first.toString());
        assertEquals("pushed 3 graphs (12 triples) to " + endpoint + "; 0 unchanged\n", first.out());
        assertEquals("""
                g,n
                https://w3id.org/exchange-atlas/graph/doc/a,3
                https://w3id.org/exchange-atlas/graph/doc/b,4
                https://w3id.org/exchange-atlas/graph/doc/c,5
                """, select("SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"));
        assertEquals("o\n\"值 2 \"\"quoted\"\"\"\n", select("SELECT ?o WHERE { GRAPH <" + DOC + "a> { ?s <" + EX + "p2> ?o } }"));

        try (AtlasStore store = AtlasStore.open(storeDir)) {
            addDocument(store, "b", 2);
            PushReport again = new Pusher(store).push(endpoint,
                    new GraphStoreClient(URI.create(endpoint), Optional.empty(), 1, Duration.ZERO));
            assertEquals(List.of(DOC + "b"), again.sent());
            assertEquals(2, again.unchanged());
            assertEquals(2, again.triples());
            // the record of pushes stays at home
            assertTrue(store.read(() -> store.datasetGraph()
                    .contains(NodeFactory.createURI(Pusher.PUSHES_GRAPH), Node.ANY, Node.ANY, Node.ANY)));
        }
        assertEquals("n\n2\n", select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + DOC + "b> { ?s ?p ?o } }"));
        assertEquals("n\n10\n", select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"));

        Cli.Result third = Cli.run("push", "--store", storeDir.toString(), "--endpoint", endpoint);
        assertEquals("pushed 0 graphs (0 triples) to " + endpoint + "; 3 unchanged\n", third.out());
    }

    @Test
    void aPathWithoutADatasetIsOneLineWithTheStatus(@TempDir Path dir) throws Exception {
        Path storeDir = dir.resolve("store");
        try (AtlasStore store = AtlasStore.open(storeDir)) {
            addDocument(store, "a", 1);
        }
        String endpoint = base + "/nothing-here/data";
        Cli.Result r = Cli.run("push", "--store", storeDir.toString(), "--endpoint", endpoint);
        assertEquals(1, r.code(), r.toString());
        assertEquals(List.of("atlas: " + endpoint + ": HTTP 405 Method Not Allowed for graph " + DOC + "a"), r.errLines());
    }

    @Test
    void anUnreachableEndpointIsRetriedThenOneLine() throws Exception {
        int closed;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        URI endpoint = URI.create("http://127.0.0.1:" + closed + "/ds/data");
        GraphStoreClient client = new GraphStoreClient(endpoint, Optional.of(new GraphStoreClient.Credentials("u", "p")),
                3, Duration.ofMillis(10));
        PushException e = org.junit.jupiter.api.Assertions.assertThrows(PushException.class,
                () -> client.put(DOC + "a", new byte[0]));
        assertEquals(endpoint + ": unreachable (ConnectException) after 3 attempts", e.getMessage());
    }
}
