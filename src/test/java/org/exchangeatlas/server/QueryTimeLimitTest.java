package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.query.QueryEvaluationException;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started with a one-second query time limit over a store of 300 triples: a query that
 * joins every triple with every other four times (8.1 billion rows to count) ends with an error
 * within seconds, and the server goes on answering.
 */
class QueryTimeLimitTest {
    static final String SLOW = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }";

    @TempDir
    static Path dir;
    static AtlasStore store;
    static AtlasServer server;

    @BeforeAll
    static void start() throws Exception {
        store = AtlasStore.open(dir.resolve("store"));
        store.write(dsg -> {
            for (int i = 0; i < 300; i++) {
                dsg.add(Quad.create(NodeFactory.createURI("urn:test:graph"), NodeFactory.createURI("urn:test:s" + (i % 30)),
                        NodeFactory.createURI("urn:test:p" + (i % 7)), NodeFactory.createLiteralString("value " + i)));
            }
        });
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort())
                .withTimeout(Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void aQueryOverTheTimeLimitEndsWithAnError() throws Exception {
        SPARQLRepository repository = new SPARQLRepository(server.sparqlUrl().toString());
        repository.init();
        long started = System.nanoTime();
        try (RepositoryConnection c = repository.getConnection()) {
            assertThrows(QueryEvaluationException.class,
                    () -> c.prepareTupleQuery(QueryLanguage.SPARQL, SLOW).evaluate().forEach(b -> { }));
        } finally {
            repository.shutDown();
        }
        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        assertTrue(seconds < 15, "the query ran " + seconds + " s under a 1 s limit");

        HttpResponse<String> raw = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.sparqlUrl())
                .header("Content-Type", "application/sparql-query").header("Accept", "application/sparql-results+json")
                .POST(HttpRequest.BodyPublishers.ofString(SLOW)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(503, raw.statusCode(), raw::body);
        assertTrue(raw.body().contains("Query timed out"), raw::body);
    }

    @Test
    void aQuickQueryUnderTheLimitAnswers() throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.sparqlUrl())
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        assertEquals("n\r\n300\r\n", r.body());
    }
}
