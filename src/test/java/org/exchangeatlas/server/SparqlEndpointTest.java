package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.http.HttpRequestInterceptor;
import org.apache.http.HttpResponseInterceptor;
import org.apache.http.impl.client.CloseableHttpClient;
import org.apache.http.impl.client.HttpClients;
import org.eclipse.rdf4j.http.client.SPARQLProtocolSession;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.query.BindingSet;
import org.eclipse.rdf4j.query.QueryLanguage;
import org.eclipse.rdf4j.query.QueryResults;
import org.eclipse.rdf4j.query.TupleQueryResult;
import org.eclipse.rdf4j.query.resultio.TupleQueryResultFormat;
import org.eclipse.rdf4j.repository.RepositoryConnection;
import org.eclipse.rdf4j.repository.sparql.SPARQLRepository;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The SPARQL endpoint of a real server on a loopback port, read with RDF4J's SPARQL client: the
 * same exact rows by GET and by POST, in SPARQL JSON, XML, CSV and TSV; CONSTRUCT as RDF; the
 * result limit, in every format; Graph Store Protocol reads; no CORS by default; and updates refused with the data intact.
 */
@ExtendWith(SmallAtlas.class)
class SparqlEndpointTest {
    static final String PREFIXES = """
            PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
            PREFIX skos:  <http://www.w3.org/2004/02/skos/core#>
            """;

    /** Every program (its Chinese name) with each target country (ISO code), stated or inferred. */
    static final String TARGETS = PREFIXES + """
            SELECT ?program ?country WHERE {
              ?p a atlas:Program ; skos:prefLabel ?program ; atlas:targetCountry ?c .
              FILTER(lang(?program) = "zh")
              ?c atlas:iso3166alpha2 ?country .
            } ORDER BY ?program ?country
            """;

    /**
     * The police notice states Kazakhstan and Uzbekistan; the digital-economy notice names the SCO
     * in 2023, whose members then were (China aside) India, Iran (from 4 July 2023), Kazakhstan,
     * Kyrgyzstan, Pakistan, Russia, Tajikistan and Uzbekistan.
     */
    static final List<List<String>> TARGET_ROWS = List.of(
            List.of(SmallAtlas.POLICE_TITLE, "KZ"), List.of(SmallAtlas.POLICE_TITLE, "UZ"),
            List.of(SmallAtlas.DIGITAL_TITLE, "IN"), List.of(SmallAtlas.DIGITAL_TITLE, "IR"),
            List.of(SmallAtlas.DIGITAL_TITLE, "KG"), List.of(SmallAtlas.DIGITAL_TITLE, "KZ"),
            List.of(SmallAtlas.DIGITAL_TITLE, "PK"), List.of(SmallAtlas.DIGITAL_TITLE, "RU"),
            List.of(SmallAtlas.DIGITAL_TITLE, "TJ"), List.of(SmallAtlas.DIGITAL_TITLE, "UZ"));

    /** What the client sent and got, one entry per HTTP exchange. */
    record Exchange(String method, String accept, String contentType, int status) {}

    /** An RDF4J SPARQL client that records each request's method and headers. */
    static final class Client implements AutoCloseable {
        final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
        final CloseableHttpClient http;
        final SPARQLRepository repository;
        private final List<String[]> pending = new ArrayList<>();

        Client(URI endpoint, TupleQueryResultFormat format) {
            http = HttpClients.custom()
                    .addInterceptorLast((HttpRequestInterceptor) (request, context) -> {
                        synchronized (pending) {
                            pending.add(new String[] {request.getRequestLine().getMethod(),
                                    request.getFirstHeader("Accept") == null ? "" : request.getFirstHeader("Accept").getValue()});
                        }
                    })
                    .addInterceptorLast((HttpResponseInterceptor) (response, context) -> {
                        String[] sent;
                        synchronized (pending) {
                            sent = pending.remove(0);
                        }
                        exchanges.add(new Exchange(sent[0], sent[1], response.getEntity() == null
                                ? "" : String.valueOf(response.getEntity().getContentType().getValue()),
                                response.getStatusLine().getStatusCode()));
                    })
                    .build();
            repository = new SPARQLRepository(endpoint.toString()) {
                @Override
                protected SPARQLProtocolSession createSPARQLProtocolSession() {
                    SPARQLProtocolSession session = super.createSPARQLProtocolSession();
                    if (format != null) {
                        session.setPreferredTupleQueryResultFormat(format);
                    }
                    return session;
                }
            };
            repository.setHttpClient(http);
            repository.init();
        }

        List<List<String>> select(String query) {
            try (RepositoryConnection c = repository.getConnection();
                 TupleQueryResult result = c.prepareTupleQuery(QueryLanguage.SPARQL, query).evaluate()) {
                List<List<String>> rows = new ArrayList<>();
                List<String> names = result.getBindingNames();
                for (BindingSet b : result) {
                    List<String> row = new ArrayList<>();
                    for (String n : names) {
                        Value v = b.getValue(n);
                        row.add(v == null ? "" : v.stringValue());
                    }
                    rows.add(row);
                }
                return rows;
            }
        }

        Exchange last() {
            return exchanges.get(exchanges.size() - 1);
        }

        @Override
        public void close() throws Exception {
            repository.shutDown();
            http.close();
        }
    }

    /** The query padded with a comment past RDF4J's URL limit (4083), so that it is sent by POST. */
    static String long_(String query) {
        return "# " + "padding ".repeat(600) + "\n" + query;
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** The media types an Accept header asks for without lowering their weight. */
    static List<String> preferred(String accept) {
        return java.util.Arrays.stream(accept.split(",")).map(String::strip).filter(t -> !t.contains(";q=")).toList();
    }

    static HttpResponse<String> get(URI uri, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
        headers.forEach(b::header);
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static long tripleCount(SmallAtlas.Running atlas) {
        return atlas.store().read(() -> {
            long[] n = {0};
            atlas.store().datasetGraph().getUnionGraph().find().forEachRemaining(t -> n[0]++);
            return n[0];
        });
    }

    @Test
    void selectByGetInJsonGivesTheExactRows(SmallAtlas.Running atlas) throws Exception {
        try (Client client = new Client(atlas.resolve("sparql"), TupleQueryResultFormat.JSON)) {
            assertEquals(TARGET_ROWS, client.select(TARGETS));
            Exchange e = client.last();
            assertEquals("GET", e.method());
            assertEquals(List.of("application/sparql-results+json", "application/json"), preferred(e.accept()), e::toString);
            assertTrue(e.contentType().startsWith("application/sparql-results+json"), e::toString);
        }
    }

    @Test
    void selectByPostInCsvGivesTheExactRows(SmallAtlas.Running atlas) throws Exception {
        try (Client client = new Client(atlas.resolve("sparql"), TupleQueryResultFormat.CSV)) {
            assertEquals(TARGET_ROWS, client.select(long_(TARGETS)));
            Exchange e = client.last();
            assertEquals("POST", e.method());
            assertEquals(List.of("text/csv"), preferred(e.accept()), e::toString);
            assertTrue(e.contentType().startsWith("text/csv"), e::toString);
        }
    }

    @Test
    void selectInXmlByGetAndByPostGivesTheExactRows(SmallAtlas.Running atlas) throws Exception {
        try (Client client = new Client(atlas.resolve("sparql"), TupleQueryResultFormat.SPARQL)) {
            assertEquals(TARGET_ROWS, client.select(TARGETS));
            assertEquals("GET", client.last().method());
            assertTrue(client.last().contentType().startsWith("application/sparql-results+xml"), client.last()::toString);
            assertEquals(TARGET_ROWS, client.select(long_(TARGETS)));
            assertEquals("POST", client.last().method());
            assertTrue(client.last().contentType().startsWith("application/sparql-results+xml"), client.last()::toString);
        }
    }

    @Test
    void selectInTsvGivesTheExactRows(SmallAtlas.Running atlas) throws Exception {
        try (Client client = new Client(atlas.resolve("sparql"), TupleQueryResultFormat.TSV)) {
            List<List<String>> rows = client.select(TARGETS);
            assertTrue(client.last().contentType().startsWith("text/tab-separated-values"), client.last()::toString);
            assertEquals(TARGET_ROWS, rows);
        }
    }

    @Test
    void constructAndAskAnswerThroughTheClient(SmallAtlas.Running atlas) throws Exception {
        try (Client client = new Client(atlas.resolve("sparql"), null);
             RepositoryConnection c = client.repository.getConnection()) {
            Model model = QueryResults.asModel(c.prepareGraphQuery(QueryLanguage.SPARQL, PREFIXES + """
                    CONSTRUCT { ?p atlas:targetGroup ?g } WHERE { ?p atlas:targetGroup ?g }""").evaluate());
            assertEquals(1, model.size(), model::toString);
            assertEquals(Values.iri("https://w3id.org/exchange-atlas/id/group/sco"), model.objects().iterator().next());
            assertTrue(c.prepareBooleanQuery(QueryLanguage.SPARQL, PREFIXES
                    + "ASK { ?p atlas:organizer <https://w3id.org/exchange-atlas/id/body/mps> }").evaluate());
            assertFalse(c.prepareBooleanQuery(QueryLanguage.SPARQL, PREFIXES
                    + "ASK { ?p atlas:organizer <https://w3id.org/exchange-atlas/id/body/cac> }").evaluate());
        }
    }

    @Test
    void aQueryAskingForMoreRowsThanTheLimitGetsTheLimit(SmallAtlas.Running atlas) throws Exception {
        assertTrue(tripleCount(atlas) > SmallAtlas.RESULT_LIMIT, "the store must hold more triples than the limit");
        try (Client client = new Client(atlas.resolve("sparql"), TupleQueryResultFormat.JSON)) {
            assertEquals(SmallAtlas.RESULT_LIMIT, client.select("SELECT * WHERE { ?s ?p ?o }").size());
            assertEquals(SmallAtlas.RESULT_LIMIT, client.select("SELECT * WHERE { ?s ?p ?o } LIMIT 5000").size());
            assertEquals(7, client.select("SELECT * WHERE { ?s ?p ?o } LIMIT 7").size());
        }
    }

    @Test
    void theResultLimitHoldsInEveryFormat(SmallAtlas.Running atlas) throws Exception {
        String select = "sparql?query=" + URLEncoder.encode("SELECT * WHERE { ?s ?p ?o }", StandardCharsets.UTF_8);
        long limit = SmallAtlas.RESULT_LIMIT;
        assertEquals(limit + 1, get(atlas.resolve(select + "&format=csv"), Map.of()).body().lines().count());
        assertEquals(limit + 1, get(atlas.resolve(select + "&format=tsv"), Map.of()).body().lines().count());
        String xml = get(atlas.resolve(select + "&format=xml"), Map.of()).body();
        assertEquals(limit, xml.split("<result>", -1).length - 1L);
        String json = get(atlas.resolve(select + "&format=json"), Map.of()).body();
        assertEquals(limit, new ObjectMapper().readTree(json).path("results").path("bindings").size());
        String construct = "sparql?query=" + URLEncoder.encode("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
                StandardCharsets.UTF_8);
        assertEquals(limit, get(atlas.resolve(construct), Map.of("Accept", "application/n-triples")).body().lines().count());
    }

    @Test
    void graphStoreProtocolReadsANamedGraphAndTheUnion(SmallAtlas.Running atlas) throws Exception {
        HttpResponse<String> inferred = get(atlas.resolve("sparql?graph=https://w3id.org/exchange-atlas/graph/inferred"),
                Map.of("Accept", "text/turtle"));
        assertEquals(200, inferred.statusCode());
        Model model = Rio.parse(new ByteArrayInputStream(inferred.body().getBytes(StandardCharsets.UTF_8)), RDFFormat.TURTLE);
        // Eight inferred countries, each a targetCountry triple and an atlas:Inference node.
        assertEquals(8, model.filter(null, Values.iri("https://w3id.org/exchange-atlas/ontology#targetCountry"), null).size());
        assertEquals(8, model.filter(null, Values.iri("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                Values.iri("https://w3id.org/exchange-atlas/ontology#Inference")).size());

        HttpResponse<String> union = get(atlas.resolve("sparql?graph=" + DatasetDescription.UNION_GRAPH),
                Map.of("Accept", "application/n-triples"));
        assertEquals(200, union.statusCode());
        Model all = Rio.parse(new ByteArrayInputStream(union.body().getBytes(StandardCharsets.UTF_8)), RDFFormat.NTRIPLES);
        assertEquals(tripleCount(atlas), all.size());
    }

    @Test
    void withoutCorsAPageOfAnotherOriginGetsNoCorsHeader(SmallAtlas.Running atlas) throws Exception {
        HttpResponse<String> r = get(atlas.resolve("sparql?query=ASK%7B%7D"),
                Map.of("Origin", "http://analyst.example", "Accept", "application/sparql-results+json"));
        assertEquals(200, r.statusCode());
        assertEquals(Optional.empty(), r.headers().firstValue("Access-Control-Allow-Origin"));
    }

    @Test
    void anUpdateIsRefusedAndTheDataStaysIntact(SmallAtlas.Running atlas) throws Exception {
        long before = tripleCount(atlas);
        String delete = "DELETE WHERE { ?s ?p ?o }";
        try (Client client = new Client(atlas.resolve("sparql"), null);
             RepositoryConnection c = client.repository.getConnection()) {
            assertThrows(RuntimeException.class, () -> c.prepareUpdate(QueryLanguage.SPARQL, delete).execute());
            assertEquals(400, client.last().status(), client.last()::toString);
        }
        HttpResponse<String> direct = HTTP.send(HttpRequest.newBuilder(atlas.resolve("sparql/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(delete)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(404, direct.statusCode(), "no update endpoint on a read-only server");
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(atlas.resolve("sparql?default"))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(put.statusCode() >= 400, () -> "a Graph Store write must be refused, got " + put.statusCode());
        assertEquals(before, tripleCount(atlas));
        try (Client client = new Client(atlas.resolve("sparql"), TupleQueryResultFormat.JSON)) {
            assertEquals(TARGET_ROWS, client.select(TARGETS));
        }
    }
}
