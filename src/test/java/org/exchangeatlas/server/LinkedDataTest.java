package org.exchangeatlas.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Literal;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Linked data, documents and the dataset description on a real server: each entity IRI answers by
 * content negotiation (an HTML page with its Chinese and English names and every quoted passage;
 * Turtle, JSON-LD and N-Triples that RDF4J parses, with the expected triples); a document's text
 * with a passage marked; VoID and DCAT that parse; the explorer's own files.
 */
@ExtendWith(SmallAtlas.class)
class LinkedDataTest {
    static final String ATLAS = "https://w3id.org/exchange-atlas/ontology#";
    static final String ID = "https://w3id.org/exchange-atlas/id/";
    static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    static final String OA = "http://www.w3.org/ns/oa#";
    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(URI uri, String accept) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET();
        if (accept != null) {
            b.header("Accept", accept);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    static Model parse(HttpResponse<String> r, RDFFormat format) throws Exception {
        return Rio.parse(new ByteArrayInputStream(r.body().getBytes(StandardCharsets.UTF_8)), "", format);
    }

    /** A quoted passage of the store: the claim's statement, document and offsets. */
    record Passage(String predicate, String object, String sha256, int start, int end, String exact) {}

    /** The program whose Chinese name is {@code title}, and the passages its claims quote, read from the store. */
    static String program(SmallAtlas.Running atlas, String title) {
        return select(atlas, "PREFIX atlas: <" + ATLAS + "> SELECT ?p WHERE { ?p a atlas:Program ; atlas:title \""
                + title + "\"@zh }").get(0).getResource("p").getURI();
    }

    static List<Passage> passages(SmallAtlas.Running atlas, String program) {
        List<Passage> out = new ArrayList<>();
        for (QuerySolution s : select(atlas, "PREFIX atlas: <" + ATLAS + "> PREFIX rdf: <" + RDF + "> PREFIX oa: <" + OA
                + "> PREFIX prov: <http://www.w3.org/ns/prov#> SELECT ?p ?o ?sha ?start ?end ?exact WHERE { "
                + "?c a atlas:Claim ; rdf:subject <" + program + "> ; rdf:predicate ?p ; rdf:object ?o ; "
                + "prov:wasDerivedFrom ?d ; oa:hasSelector ?sel . ?d atlas:sha256 ?sha . "
                + "?sel oa:start ?start ; oa:end ?end ; oa:exact ?exact } ORDER BY ?start ?p")) {
            out.add(new Passage(s.getResource("p").getURI(), s.get("o").toString(), s.getLiteral("sha").getString(),
                    s.getLiteral("start").getInt(), s.getLiteral("end").getInt(), s.getLiteral("exact").getString()));
        }
        return out;
    }

    static List<QuerySolution> select(SmallAtlas.Running atlas, String query) {
        return atlas.store().read(() -> {
            try (QueryExecution qe = QueryExecution.dataset(atlas.store().dataset()).query(query).build()) {
                // copied inside the read transaction: TDB2 bindings fetch their nodes lazily
                ResultSet rs = ResultSetFactory.copyResults(qe.execSelect());
                List<QuerySolution> rows = new ArrayList<>();
                rs.forEachRemaining(rows::add);
                return rows;
            }
        });
    }

    static URI page(SmallAtlas.Running atlas, String iri) {
        return atlas.resolve("/id/" + iri.substring(ID.length()));
    }

    @Test
    void aProgramPageShowsBothNamesAndEveryQuotedPassageWithItsDocumentLink(SmallAtlas.Running atlas) throws Exception {
        String program = program(atlas, SmallAtlas.POLICE_TITLE);
        HttpResponse<String> r = get(page(atlas, program), "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = r.body();
        String en = select(atlas, "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> SELECT ?l WHERE { <" + program
                + "> skos:prefLabel ?l FILTER(lang(?l) = \"en\") }").get(0).getLiteral("l").getString();
        assertTrue(html.contains("<span class=\"name\" lang=\"zh\">" + SmallAtlas.POLICE_TITLE + "</span>"), html);
        assertTrue(html.contains("<span class=\"name\" lang=\"en\">" + Html.escape(en) + "</span>"), html);
        List<Passage> passages = passages(atlas, program);
        assertTrue(passages.stream().anyMatch(p -> p.exact().equals("公安部") && p.predicate().equals(ATLAS + "organizer")),
                passages::toString);
        for (Passage p : passages) {
            assertTrue(html.contains("<q class=\"quote\">" + Html.escape(p.exact()) + "</q>"), () -> "no quote " + p);
            assertTrue(html.contains("href=\"/doc/" + p.sha256() + "#" + p.start() + "-" + p.end() + "\""), () -> "no link " + p);
        }
    }

    @Test
    void anInferredCountryShowsItsGroupAndMembershipInsteadOfAQuote(SmallAtlas.Running atlas) throws Exception {
        String program = program(atlas, SmallAtlas.DIGITAL_TITLE);
        String html = get(page(atlas, program), "text/html").body();
        // Iran joined the SCO on 4 July 2023; the program is of 2023.
        int iran = html.indexOf("href=\"/id/country/IR\"");
        assertTrue(iran > 0, html);
        String row = html.substring(html.lastIndexOf("<tr", iran), html.indexOf("</tr>", iran));
        assertTrue(row.contains("class=\"inferred\""), row);
        assertTrue(row.contains("via <a href=\"/id/group/sco\">"), row);
        assertTrue(row.contains("member from 2023-07-04"), row);
    }

    @Test
    void aCountryPageListsItsProgramsStatedAndInferred(SmallAtlas.Running atlas) throws Exception {
        HttpResponse<String> r = get(atlas.resolve("/id/country/KZ"), "text/html");
        assertEquals(200, r.statusCode());
        String html = r.body();
        assertTrue(html.contains("<span class=\"name\" lang=\"en\">Kazakhstan</span>"), html);
        assertTrue(html.contains("<span class=\"name\" lang=\"zh\">哈萨克斯坦</span>"), html);
        int police = html.indexOf(">" + SmallAtlas.POLICE_TITLE + "<");
        int digital = html.indexOf(">" + SmallAtlas.DIGITAL_TITLE + "<");
        assertTrue(police > 0 && digital > 0, html);
        assertTrue(html.substring(police, html.indexOf("</tr>", police)).contains("badge stated"), html);
        assertTrue(html.substring(digital, html.indexOf("</tr>", digital)).contains("badge inferred"), html);
    }

    @Test
    void turtleHoldsTheProgramsTriplesAndItsClaims(SmallAtlas.Running atlas) throws Exception {
        String program = program(atlas, SmallAtlas.POLICE_TITLE);
        HttpResponse<String> r = get(page(atlas, program), "text/turtle");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(r.headers().allValues("Vary").stream().anyMatch(v -> v.contains("Accept")), r.headers()::toString);
        Model model = parse(r, RDFFormat.TURTLE);
        IRI p = Values.iri(program);
        assertTrue(model.contains(p, Values.iri(ATLAS + "organizer"), Values.iri(ID + "body/mps")));
        assertTrue(model.contains(p, Values.iri(ATLAS + "targetCountry"), Values.iri(ID + "country/KZ")));
        assertTrue(model.contains(p, Values.iri(ATLAS + "targetCountry"), Values.iri(ID + "country/UZ")));
        assertTrue(model.contains(p, Values.iri(ATLAS + "title"), Values.literal(SmallAtlas.POLICE_TITLE, "zh")));
        // The claim of the organizer fact, with its passage.
        Resource claim = model.filter(null, Values.iri(RDF + "predicate"), Values.iri(ATLAS + "organizer")).subjects()
                .stream().filter(c -> model.contains(c, Values.iri(RDF + "subject"), p)).findFirst().orElseThrow();
        Resource selector = Models.objectResource(model.filter(claim, Values.iri(OA + "hasSelector"), null)).orElseThrow();
        assertEquals("公安部", Models.objectLiteral(model.filter(selector, Values.iri(OA + "exact"), null))
                .map(Literal::getLabel).orElseThrow());
        Passage organizer = passages(atlas, program).stream().filter(x -> x.predicate().equals(ATLAS + "organizer"))
                .findFirst().orElseThrow();
        assertEquals(organizer.start(), Models.objectLiteral(model.filter(selector, Values.iri(OA + "start"), null))
                .orElseThrow().intValue());
    }

    @Test
    void jsonLdAndNTriplesCarryTheSameStatementsAsTurtle(SmallAtlas.Running atlas) throws Exception {
        URI uri = page(atlas, program(atlas, SmallAtlas.DIGITAL_TITLE));
        Model turtle = parse(get(uri, "text/turtle"), RDFFormat.TURTLE);
        HttpResponse<String> jsonld = get(uri, "application/ld+json");
        assertTrue(jsonld.headers().firstValue("Content-Type").orElse("").startsWith("application/ld+json"));
        HttpResponse<String> nt = get(uri, "application/n-triples");
        assertTrue(nt.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
        assertTrue(Models.isomorphic(turtle, parse(jsonld, RDFFormat.JSONLD)));
        assertTrue(Models.isomorphic(turtle, parse(nt, RDFFormat.NTRIPLES)));
        // The inferred facts come with their atlas:Inference nodes: eight countries, eight inferences.
        assertEquals(8, turtle.filter(null, Values.iri(RDF + "type"), Values.iri(ATLAS + "Inference")).size());
    }

    @Test
    void negotiationFailuresAndUnknownEntitiesAreHttpErrors(SmallAtlas.Running atlas) throws Exception {
        assertEquals(406, get(atlas.resolve("/id/country/KZ"), "image/png").statusCode());
        assertEquals(404, get(atlas.resolve("/id/country/QQ"), "text/turtle").statusCode());
        assertEquals(404, get(atlas.resolve("/id/country/QQ"), "text/html").statusCode());
        HttpResponse<String> any = get(atlas.resolve("/id/country/KZ"), "*/*");
        assertTrue(any.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"), "*/* gets Turtle");
        HttpResponse<String> forced = get(atlas.resolve("/id/country/KZ?format=ntriples"), "text/html");
        assertTrue(forced.headers().firstValue("Content-Type").orElse("").startsWith("application/n-triples"));
    }

    @Test
    void aDocumentPageShowsTheTextWithThePassageMarked(SmallAtlas.Running atlas) throws Exception {
        Passage organizer = passages(atlas, program(atlas, SmallAtlas.POLICE_TITLE)).stream()
                .filter(p -> p.predicate().equals(ATLAS + "organizer")).findFirst().orElseThrow();
        HttpResponse<String> plain = get(atlas.resolve("/doc/" + organizer.sha256()), "text/html");
        assertEquals(200, plain.statusCode());
        assertTrue(plain.body().contains("<pre id=\"text\" class=\"text\" lang=\"zh\">" + SmallAtlas.POLICE), plain.body());
        assertTrue(plain.body().contains("<script src=\"/web/doc.js\" defer></script>"));
        String marked = get(atlas.resolve("/doc/" + organizer.sha256() + "?start=" + organizer.start() + "&end="
                + organizer.end()), "text/html").body();
        assertTrue(marked.contains("<mark id=\"passage\">公安部</mark>"), marked);
        assertEquals(404, get(atlas.resolve("/doc/" + "0".repeat(64)), "text/html").statusCode());
        assertEquals(404, get(atlas.resolve("/doc/not-a-digest"), "text/html").statusCode());
    }

    @Test
    void voidDescribesTheDatasetAndItsEndpoint(SmallAtlas.Running atlas) throws Exception {
        HttpResponse<String> r = get(atlas.resolve("/.well-known/void"), "text/turtle");
        assertEquals(200, r.statusCode());
        Model model = parse(r, RDFFormat.TURTLE);
        String v = DatasetDescription.VOID;
        Resource dataset = Models.subject(model.filter(null, Values.iri(RDF + "type"), Values.iri(v + "Dataset"))).orElseThrow();
        assertTrue(model.contains(dataset, Values.iri(RDF + "type"), Values.iri(DatasetDescription.DCAT + "Dataset")));
        assertEquals(Values.iri(atlas.resolve("/sparql").toString()),
                Models.object(model.filter(dataset, Values.iri(v + "sparqlEndpoint"), null)).orElseThrow());
        assertEquals(SparqlEndpointTest.tripleCount(atlas),
                Models.objectLiteral(model.filter(dataset, Values.iri(v + "triples"), null)).orElseThrow().longValue());
        assertTrue(Models.objectLiteral(model.filter(dataset, Values.iri(v + "entities"), null)).orElseThrow().longValue() > 0);
        assertTrue(model.contains(dataset, Values.iri(v + "vocabulary"), Values.iri(ATLAS)));
        assertTrue(model.contains(dataset, Values.iri(v + "exampleResource"), Values.iri(ID + "body/mofcom")));
        Resource programs = model.filter(null, Values.iri(v + "class"), Values.iri(ATLAS + "Program")).subjects()
                .iterator().next();
        assertEquals(2, Models.objectLiteral(model.filter(programs, Values.iri(v + "entities"), null)).orElseThrow().intValue());
        assertEquals(3, model.filter(dataset, Values.iri(DatasetDescription.DCAT + "distribution"), null).size());
        Model jsonld = parse(get(atlas.resolve("/.well-known/void"), "application/ld+json"), RDFFormat.JSONLD);
        assertTrue(Models.isomorphic(model, jsonld));
        assertTrue(get(atlas.resolve("/.well-known/void"), "text/html").body().contains("void:sparqlEndpoint"));
    }

    @Test
    void theExplorerItsLibrariesAndTheShippedQueriesAreServed(SmallAtlas.Running atlas) throws Exception {
        HttpResponse<String> index = get(atlas.resolve("/"), "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("<script src=\"/webjars/echarts/dist/echarts.min.js\" defer></script>"));
        HttpResponse<String> echarts = get(atlas.resolve("/webjars/echarts/dist/echarts.min.js"), null);
        assertEquals(200, echarts.statusCode());
        assertTrue(echarts.body().length() > 100_000 && echarts.body().contains("registerMap"));
        assertEquals(404, get(atlas.resolve("/web/../pom.xml"), null).statusCode());
        assertEquals(200, get(atlas.resolve("/query"), "text/html").statusCode());

        List<String> shipped;
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            shipped = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList();
        }
        String json = get(atlas.resolve("/api/queries"), null).body();
        List<Map<String, String>> served = new com.fasterxml.jackson.databind.ObjectMapper().readValue(json,
                new com.fasterxml.jackson.core.type.TypeReference<>() {});
        assertEquals(shipped, served.stream().map(m -> m.get("name")).toList());
        for (Map<String, String> q : served) {
            assertEquals(Files.readString(Path.of("queries", q.get("name"))), q.get("text"));
        }

        Map<String, String> isoByName = new java.util.TreeMap<>();
        for (var feature : new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get(atlas.resolve("/api/world.json"), null).body()).path("features")) {
            isoByName.put(feature.path("properties").path("name").asText(), feature.path("properties").path("iso").asText(""));
        }
        assertEquals("KZ", isoByName.get("Kazakhstan"));
        assertEquals("CD", isoByName.get("Dem. Rep. Congo"));
        assertEquals("CG", isoByName.get("Congo"));
        assertEquals("KR", isoByName.get("Korea"));
        // Only the two map shapes that are no ISO 3166 country, and nameless slivers, stay without a code.
        assertEquals(List.of("", "N. Cyprus", "Siachen Glacier"), isoByName.entrySet().stream()
                .filter(e -> e.getValue().isEmpty()).map(Map.Entry::getKey).toList());

        HttpResponse<String> sparqlPage = HTTP.send(HttpRequest.newBuilder(atlas.resolve("/sparql")).header("Accept", "text/html").GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(303, sparqlPage.statusCode());
        assertEquals("/query", sparqlPage.headers().firstValue("Location").orElse(""));
    }
}
