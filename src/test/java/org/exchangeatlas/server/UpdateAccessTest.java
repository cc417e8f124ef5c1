package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with {@code --allow-update}: updates go to {@code /sparql/update} and Graph
 * Store writes to {@code /sparql/data}, from the named user with the right password only, and not
 * from a page of another origin even with them; after a wrong password the client waits (429,
 * one second, then two); {@code LOAD} and {@code file:} IRIs are refused; queries stay open to
 * all, and {@code /sparql} itself still refuses updates.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class UpdateAccessTest {
    static final String INSERT = "INSERT DATA { GRAPH <urn:test:graph> { <urn:test:new> <urn:test:p> \"added\" } }";
    static final String ASK = "ASK { <urn:test:new> <urn:test:p> \"added\" }";
    static final String USER = "editor";
    static final String PASSWORD = "s3cret";

    @TempDir
    static Path dir;
    static AtlasStore store;
    static AtlasServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        store = AtlasStore.open(dir.resolve("store"));
        Node g = NodeFactory.createURI("urn:test:graph");
        store.write(dsg -> dsg.add(Quad.create(g, NodeFactory.createURI("urn:test:old"), NodeFactory.createURI("urn:test:p"),
                NodeFactory.createLiteralString("kept"))));
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort()).withBodyLimit(2000)
                .withUpdates(ServerSettings.Credentials.of(USER, PASSWORD)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static URI updateEndpoint() {
        return URI.create(server.sparqlUrl() + "/update");
    }

    static HttpResponse<String> update(URI uri, String update, String user, String password, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(update));
        if (user != null) {
            b.header("Authorization", basic(user, password));
        }
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> update(URI uri, String user, String password) throws Exception {
        return update(uri, INSERT, user, password, Map.of());
    }

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static boolean ask(String query) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.sparqlUrl()).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(query)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), "queries need no password");
        return r.body().contains("\"boolean\" : true");
    }

    static long quads() {
        return store.read(() -> {
            long[] n = {0};
            store.datasetGraph().find().forEachRemaining(q -> n[0]++);
            return n[0];
        });
    }

    @Test
    @Order(1)
    void onlyTheNamedUserWithThePasswordMayUpdateAndWrongPasswordsMakeTheClientWait() throws Exception {
        HttpResponse<String> anonymous = update(updateEndpoint(), null, null);
        assertEquals(401, anonymous.statusCode());
        assertEquals("Basic realm=\"Exchange Atlas\", charset=\"UTF-8\"", anonymous.headers().firstValue("WWW-Authenticate").orElse(""));
        assertEquals(401, update(updateEndpoint(), USER, "wrong").statusCode());
        HttpResponse<String> waiting = update(updateEndpoint(), USER, PASSWORD);
        assertEquals(429, waiting.statusCode(), "right after a wrong password even the right one waits");
        assertEquals("1", waiting.headers().firstValue("Retry-After").orElse(""));
        assertFalse(ask(ASK));
        Thread.sleep(1100);
        assertEquals(401, update(updateEndpoint(), "someone", PASSWORD).statusCode(), "a wrong user fails like a wrong password");
        Thread.sleep(1100);
        assertEquals(429, update(updateEndpoint(), USER, PASSWORD).statusCode(), "the second failure doubles the wait");
        Thread.sleep(1000);
        assertFalse(ask(ASK));
        assertEquals(400, update(server.sparqlUrl(), USER, PASSWORD).statusCode(), "/sparql itself takes no update");
        assertFalse(ask(ASK));
        assertEquals(204, update(updateEndpoint(), USER, PASSWORD).statusCode());
        assertTrue(ask(ASK));
        assertTrue(ask("ASK { <urn:test:old> <urn:test:p> \"kept\" }"));
        assertEquals(401, update(updateEndpoint(), USER, "wrong again").statusCode(), "a success starts the count afresh");
        Thread.sleep(1100);
    }

    @Test
    @Order(2)
    void anUpdateFromAPageOfAnotherOriginIsRefusedEvenWithThePassword() throws Exception {
        long before = quads();
        String delete = "DELETE WHERE { ?s ?p ?o }";
        HttpResponse<String> evil = update(updateEndpoint(), delete, USER, PASSWORD, Map.of("Origin", "http://evil.example"));
        assertEquals(403, evil.statusCode());
        assertEquals("cross-origin request refused: origin http://evil.example is not this server ("
                + server.url().toString().replaceAll("/$", "") + ")", evil.body().strip());
        assertEquals(403, update(updateEndpoint(), delete, USER, PASSWORD, Map.of("Origin", "null")).statusCode());
        assertEquals(403, update(updateEndpoint(), delete, USER, PASSWORD,
                Map.of("Referer", "http://evil.example/page.html")).statusCode());
        assertEquals(before, quads(), "the data is intact");

        String own = server.url().toString().replaceAll("/$", "");
        String insert = "INSERT DATA { GRAPH <urn:test:graph> { <urn:test:page> <urn:test:p> \"from our page\" } }";
        assertEquals(204, update(updateEndpoint(), insert, USER, PASSWORD, Map.of("Origin", own)).statusCode());
        assertTrue(ask("ASK { <urn:test:page> <urn:test:p> \"from our page\" }"));
    }

    @Test
    @Order(3)
    void loadFileIrisAndServiceAreRefusedInUpdates() throws Exception {
        long before = quads();
        HttpResponse<String> load = update(updateEndpoint(), "LOAD <file:///etc/passwd> INTO GRAPH <urn:test:passwd>",
                USER, PASSWORD, Map.of());
        assertEquals(403, load.statusCode(), load::body);
        assertTrue(load.body().contains("LOAD is not allowed on this server (it would read file:///etc/passwd into the store)"),
                load::body);
        HttpResponse<String> file = update(updateEndpoint(),
                "INSERT DATA { GRAPH <file:///tmp/x> { <urn:a> <urn:b> \"c\" } }", USER, PASSWORD, Map.of());
        assertEquals(403, file.statusCode(), file::body);
        assertTrue(file.body().contains("file: IRIs are not allowed in updates on this server: <file:///tmp/x>"), file::body);
        HttpResponse<String> service = update(updateEndpoint(),
                "INSERT { <urn:a> <urn:b> ?o } WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }", USER, PASSWORD, Map.of());
        assertEquals(403, service.statusCode(), service::body);
        assertTrue(service.body().contains("SERVICE is off on this server"), service::body);
        assertEquals(before, quads(), "the data is intact");
        assertFalse(ask("ASK { GRAPH <urn:test:passwd> { ?s ?p ?o } }"));
    }

    @Test
    @Order(4)
    void anUpdateLargerThanTheBodyLimitIsRefusedWith413() throws Exception {
        long before = quads();
        String big = "INSERT DATA { GRAPH <urn:test:graph> { <urn:test:big> <urn:test:p> \"" + "x".repeat(3000) + "\" } }";
        HttpResponse<String> r = update(updateEndpoint(), big, USER, PASSWORD, Map.of());
        assertEquals(413, r.statusCode(), r::body);
        assertTrue(r.body().contains("is larger than this server takes (2000 bytes; see --body-limit)"), r::body);
        assertEquals(before, quads());
    }

    @Test
    @Order(5)
    void graphStoreWritesNeedTheUserToo() throws Exception {
        URI data = URI.create(server.sparqlUrl() + "/data?graph=urn:test:other");
        HttpRequest.Builder put = HttpRequest.newBuilder(data).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:p> \"put\" ."));
        assertEquals(401, HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        put.header("Authorization", basic(USER, PASSWORD));
        int status = HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "status " + status);
        assertTrue(store.read(() -> store.datasetGraph().getGraph(NodeFactory.createURI("urn:test:other")).contains(
                NodeFactory.createURI("urn:test:x"), NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("put"))));
    }
}
