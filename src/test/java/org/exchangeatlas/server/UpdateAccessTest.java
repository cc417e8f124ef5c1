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
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with {@code --allow-update}: updates go to {@code /sparql/update} and Graph
 * Store writes to {@code /sparql/data}, from the named user with the right password only; queries
 * stay open to all, and {@code /sparql} itself still refuses updates.
 */
class UpdateAccessTest {
    static final String INSERT = "INSERT DATA { GRAPH <urn:test:graph> { <urn:test:new> <urn:test:p> \"added\" } }";
    static final String ASK = "ASK { <urn:test:new> <urn:test:p> \"added\" }";

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
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort())
                .withUpdates(new ServerSettings.Credentials("editor", "s3cret")));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    static HttpResponse<String> update(URI uri, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (user != null) {
            b.header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                    .getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static boolean ask() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(server.sparqlUrl()).header("Content-Type", "application/sparql-query")
                .header("Accept", "application/sparql-results+json").POST(HttpRequest.BodyPublishers.ofString(ASK)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), "queries need no password");
        return r.body().contains("\"boolean\" : true");
    }

    @Test
    void onlyTheNamedUserWithThePasswordMayUpdate() throws Exception {
        URI endpoint = URI.create(server.sparqlUrl() + "/update");
        assertEquals(401, update(endpoint, null, null).statusCode());
        assertEquals(401, update(endpoint, "editor", "wrong").statusCode());
        assertEquals(401, update(endpoint, "someone", "s3cret").statusCode());
        assertFalse(ask());
        assertEquals(400, update(server.sparqlUrl(), "editor", "s3cret").statusCode(), "/sparql itself takes no update");
        assertFalse(ask());
        int status = update(endpoint, "editor", "s3cret").statusCode();
        assertTrue(status == 200 || status == 204, "status " + status);
        assertTrue(ask());
        assertTrue(store.read(() -> store.datasetGraph().getUnionGraph().contains(NodeFactory.createURI("urn:test:old"),
                NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("kept"))));
    }

    @Test
    void graphStoreWritesNeedTheUserToo() throws Exception {
        URI data = URI.create(server.sparqlUrl() + "/data?graph=urn:test:other");
        HttpRequest.Builder put = HttpRequest.newBuilder(data).header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:x> <urn:test:p> \"put\" ."));
        assertEquals(401, HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode());
        put.header("Authorization", "Basic " + Base64.getEncoder().encodeToString("editor:s3cret".getBytes(StandardCharsets.UTF_8)));
        int status = HTTP.send(put.build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        assertTrue(status == 200 || status == 201 || status == 204, "status " + status);
        assertTrue(store.read(() -> store.datasetGraph().getGraph(NodeFactory.createURI("urn:test:other")).contains(
                NodeFactory.createURI("urn:test:x"), NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("put"))));
    }
}
