package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.exchangeatlas.server.guard.SecurityHeaders;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every request meets, on a read-only server with default settings but a 1,000-byte body
 * limit, and on one with {@code --cors http://analyst.example}: the Content-Security-Policy on
 * every page; {@code stylesheet=} and {@code callback=} without effect; no CORS header by default,
 * the named origin only (never credentials) when opened; a body over the limit refused with 413,
 * whether it says its length or comes in chunks.
 */
class RequestGuardsTest {
    static final HttpClient HTTP = HttpClient.newHttpClient();
    static final String ASK = "/sparql?query=ASK%7B%7D";

    @TempDir
    static Path dir;
    static AtlasStore store;
    static AtlasServer server;
    static AtlasServer withCors;

    @BeforeAll
    static void start() throws Exception {
        store = AtlasStore.open(dir.resolve("store"));
        store.write(dsg -> dsg.add(Quad.create(NodeFactory.createURI("urn:test:g"), NodeFactory.createURI("urn:test:s"),
                NodeFactory.createURI("urn:test:p"), NodeFactory.createLiteralString("v"))));
        server = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort()).withBodyLimit(1000));
        withCors = AtlasServer.start(store, ServerSettings.defaults().withPort(SmallAtlas.freePort())
                .withCorsOrigins(List.of("http://analyst.example")));
    }

    @AfterAll
    static void stop() {
        server.close();
        withCors.close();
        store.close();
    }

    static HttpResponse<String> get(AtlasServer s, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(s.url().resolve(path.substring(1)));
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void everyPageCarriesTheContentSecurityPolicy() throws Exception {
        for (String path : List.of("/", "/query", "/web/explorer.js", "/.well-known/void", "/id/nothing/here", ASK)) {
            HttpResponse<String> r = get(server, path, Map.of());
            assertEquals(SecurityHeaders.CONTENT_SECURITY_POLICY, r.headers().firstValue("Content-Security-Policy").orElse(""), path);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
        }
        assertTrue(SecurityHeaders.CONTENT_SECURITY_POLICY.contains("script-src 'self';"));
    }

    @Test
    void stylesheetAndCallbackHaveNoEffect() throws Exception {
        HttpResponse<String> plainXml = get(server, ASK + "&format=xml", Map.of());
        HttpResponse<String> styled = get(server, ASK + "&format=xml&stylesheet=%22%3E%3Cscript%3Ealert(1)%3C/script%3E", Map.of());
        assertEquals(200, styled.statusCode());
        assertEquals(plainXml.body(), styled.body());
        assertFalse(styled.body().contains("stylesheet") || styled.body().contains("<script"), styled::body);

        HttpResponse<String> plainJson = get(server, ASK + "&format=json", Map.of());
        HttpResponse<String> jsonp = get(server, ASK + "&format=json&callback=alert", Map.of());
        assertEquals(200, jsonp.statusCode());
        assertEquals(plainJson.body(), jsonp.body());
        assertTrue(jsonp.body().startsWith("{"), jsonp::body);
        assertTrue(jsonp.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
    }

    @Test
    void corsIsOffByDefault() throws Exception {
        for (String origin : List.of("http://evil.example", "null")) {
            HttpResponse<String> r = get(server, ASK, Map.of("Origin", origin, "Accept", "application/sparql-results+json"));
            assertEquals(200, r.statusCode());
            assertEquals(List.of(), r.headers().allValues("Access-Control-Allow-Origin"), origin);
            assertEquals(List.of(), r.headers().allValues("Access-Control-Allow-Credentials"), origin);
        }
    }

    @Test
    void corsAllowsTheNamedOriginOnlyAndNeverCredentials() throws Exception {
        HttpResponse<String> named = get(withCors, ASK, Map.of("Origin", "http://analyst.example", "Accept", "application/sparql-results+json"));
        assertEquals(200, named.statusCode());
        assertEquals(List.of("http://analyst.example"), named.headers().allValues("Access-Control-Allow-Origin"));
        assertEquals(List.of(), named.headers().allValues("Access-Control-Allow-Credentials"));
        HttpResponse<String> other = get(withCors, ASK, Map.of("Origin", "http://evil.example"));
        assertEquals(List.of(), other.headers().allValues("Access-Control-Allow-Origin"));

        HttpResponse<String> preflight = HTTP.send(HttpRequest.newBuilder(withCors.sparqlUrl())
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "http://analyst.example")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(204, preflight.statusCode());
        assertEquals("GET, POST, OPTIONS", preflight.headers().firstValue("Access-Control-Allow-Methods").orElse(""));
        assertEquals(List.of(), preflight.headers().allValues("Access-Control-Allow-Credentials"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413() throws Exception {
        String big = "SELECT * { ?s ?p ?o } # " + "x".repeat(2000);
        HttpResponse<String> sized = HTTP.send(HttpRequest.newBuilder(server.sparqlUrl())
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, sized.statusCode(), sized::body);
        assertEquals("the request body (2024 bytes) is larger than this server takes (1000 bytes; see --body-limit)",
                sized.body().strip());

        byte[] bytes = big.getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = HTTP.send(HttpRequest.newBuilder(server.sparqlUrl())
                .header("Content-Type", "application/sparql-query")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked::body);
        assertTrue(chunked.body().contains("the request body (more than 1000 bytes) is larger than this server takes"),
                chunked::body);

        HttpResponse<String> small = HTTP.send(HttpRequest.newBuilder(URI.create(server.sparqlUrl().toString()))
                .header("Content-Type", "application/sparql-query").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("SELECT ?o { ?s ?p ?o }")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals("o\r\nv\r\n", small.body(), "a body within the limit is answered");
    }
}
