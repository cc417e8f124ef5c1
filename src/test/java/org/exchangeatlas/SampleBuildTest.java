package org.exchangeatlas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.exchangeatlas.cli.Cli;
import org.exchangeatlas.cli.Cli.Result;
import org.exchangeatlas.store.AtlasStore;
import org.exchangeatlas.store.StoreCounts;
import org.exchangeatlas.vocab.OntologyFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Builds {@code samples/} once through the command line into a TDB2 store on disk and checks what
 * an analyst relies on: broken files reported while the rest lands, every claim quoting its
 * passage, the shapes holding, rebuilds changing nothing, exports that another parser reads, and
 * the shipped queries' exact rows.
 */
class SampleBuildTest {
    @TempDir
    static Path tmp;
    static Path store;
    static Result build;

    static Result atlas(String... args) {
        return Cli.run(args);
    }

    @BeforeAll
    static void buildSamples() {
        store = tmp.resolve("store");
        build = atlas("build", "--store", store.toString(), "samples");
    }

    static <T> T read(java.util.function.Function<AtlasStore, T> work) throws Exception {
        try (AtlasStore s = AtlasStore.openExisting(store)) {
            return s.read(() -> work.apply(s));
        }
    }

    @Test
    void brokenFilesGetOneLineEachAndTheRestLands() throws Exception {
        assertEquals(1, build.code(), build.err());
        List<String> errors = build.err().lines().filter(l -> l.startsWith("samples/")).toList();
        assertEquals(List.of(
                "samples/broken/bad-line.jsonl: not valid JSON: line 3, column 74: "
                        + "Unexpected end-of-input within/between Object entries",
                "samples/broken/empty.txt: empty file",
                "samples/broken/garbled.txt: not text: neither valid UTF-8 nor GB18030/GBK",
                "samples/broken/menu-only.html: no text found in text/html file",
                "samples/broken/no-mapping.csv: no mapping file no-mapping.mapping.json beside it",
                "samples/broken/not-a-zip.docx: cannot read as "
                        + "application/vnd.openxmlformats-officedocument.wordprocessingml.document: its bytes are of no known format",
                "samples/broken/not-json.json: not valid JSON: line 3, column 3: Unexpected character ('{' (code 123)): "
                        + "was expecting comma to separate Array entries",
                "samples/broken/truncated.pdf: cannot read as application/pdf: damaged or truncated file",
                "samples/broken/unterminated-quote.csv: row 4: unterminated quoted cell (the quote opens at line 4, "
                        + "column 1 and is never closed)",
                "samples/broken/wrong-column.csv: mapping file wrong-column.mapping.json names column \"hosts\" (for host), "
                        + "which the table does not have"), errors);
        assertTrue(build.err().lines().noneMatch(l -> l.startsWith("\tat ")), build.err());
        long readable;
        try (Stream<Path> s = Files.walk(Path.of("samples"))) {
            readable = s.filter(Files::isRegularFile).filter(p -> !p.startsWith("samples/broken"))
                    .filter(p -> p.toString().matches(".*\\.(txt|html|htm|pdf|docx|csv|json|jsonl)$"))
                    .filter(p -> !p.toString().endsWith(".mapping.json")).count();
        }
        assertEquals(readable, (long) read(s -> StoreCounts.of(s.datasetGraph()).documents()));
    }

    @Test
    void everyClaimQuotesExactlyItsSpanOfTheDocumentText() throws Exception {
        List<String> wrong = new ArrayList<>();
        int claims = read(s -> {
            String q = """
                    PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
                    PREFIX prov: <http://www.w3.org/ns/prov#>
                    PREFIX oa: <http://www.w3.org/ns/oa#>
                    SELECT ?claim ?text ?start ?end ?exact WHERE {
                      ?claim a atlas:Claim ; prov:wasDerivedFrom ?doc ; oa:hasSelector ?sel .
                      ?sel oa:start ?start ; oa:end ?end ; oa:exact ?exact .
                      ?doc atlas:text ?text .
                    }""";
            int n = 0;
            try (QueryExecution qe = QueryExecution.create(q, s.dataset())) {
                ResultSet rs = qe.execSelect();
                while (rs.hasNext()) {
                    QuerySolution row = rs.next();
                    String text = row.getLiteral("text").getString();
                    int start = row.getLiteral("start").getInt();
                    int end = row.getLiteral("end").getInt();
                    String exact = row.getLiteral("exact").getString();
                    if (end > text.length() || !text.substring(start, end).equals(exact)) {
                        wrong.add(row.getResource("claim") + " [" + start + "," + end + ") " + exact);
                    }
                    n++;
                }
            }
            return n;
        });
        assertEquals(List.of(), wrong);
        assertTrue(claims > 300, "only " + claims + " claims");
    }

    @Test
    void everyStatedProgramFactHasAClaim() throws Exception {
        long unclaimed = read(s -> {
            String q = """
                    PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    SELECT (COUNT(*) AS ?n) WHERE {
                      ?p a atlas:Program ; ?pred ?o .
                      FILTER(STRSTARTS(STR(?pred), STR(atlas:)) && ?pred != atlas:programKey)
                      # an inferred fact has an atlas:Inference instead (infer/InferenceTest)
                      FILTER NOT EXISTS { GRAPH <https://w3id.org/exchange-atlas/graph/inferred> { ?p ?pred ?o } }
                      FILTER NOT EXISTS { ?c a atlas:Claim ; rdf:subject ?p ; rdf:predicate ?pred ; rdf:object ?o }
                    }""";
            try (QueryExecution qe = QueryExecution.create(q, s.dataset())) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
        assertEquals(0, unclaimed);
    }

    @Test
    void theShapesHoldOnTheSampleBuild() throws Exception {
        Graph shapes = OntologyFiles.onClassPath().shapes().getGraph();
        ValidationReport report = read(s -> ShaclValidator.get().validate(shapes, s.datasetGraph().getUnionGraph()));
        StringBuilder messages = new StringBuilder();
        report.getEntries().stream().limit(10).forEach(e -> messages.append(e).append('\n'));
        assertTrue(report.conforms(), messages.toString());
    }

    @Test
    void aSecondBuildOfTheSameFilesChangesNothing() throws Exception {
        StoreCounts before = read(s -> StoreCounts.of(s.datasetGraph()));
        Result again = atlas("build", "--store", store.toString(), "samples");
        assertEquals(1, again.code());
        StoreCounts after = read(s -> StoreCounts.of(s.datasetGraph()));
        assertEquals(before, after);
    }

    @ParameterizedTest
    @CsvSource({"turtle,TURTLE", "ntriples,NTRIPLES", "nquads,NQUADS", "trig,TRIG", "jsonld,JSONLD", "rdfxml,RDFXML"})
    void everyExportFormatParsesBackWithRdf4jToTheSameStatementCount(String format, String rio) throws Exception {
        Path file = tmp.resolve("export." + format);
        Result r = atlas("export", "--store", store.toString(), "--format", format, "--out", file.toString());
        assertEquals(0, r.code(), r.err());
        StoreCounts counts = read(s -> StoreCounts.of(s.datasetGraph()));
        boolean quads = format.equals("nquads") || format.equals("trig") || format.equals("jsonld");
        RDFFormat rdfFormat = (RDFFormat) RDFFormat.class.getField(rio).get(null);
        Model parsed;
        try (InputStream in = Files.newInputStream(file)) {
            parsed = Rio.parse(in, "https://w3id.org/exchange-atlas/", rdfFormat);
        }
        assertEquals(quads ? counts.quads() : counts.triples(), parsed.size(), format);
    }

    static Stream<String> shippedQueries() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("queries"))) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("shippedQueries")
    void eachShippedQueryGivesItsExpectedRows(String name) throws Exception {
        Result r = atlas("query", "--store", store.toString(), "--format", "csv", "queries/" + name);
        assertEquals(0, r.code(), r.err());
        Path expected = Path.of("src/test/resources/expected-queries", name.replace(".rq", ".csv"));
        assertEquals(Files.readString(expected).replace("\r\n", "\n"), r.out().replace("\r\n", "\n"), name);
    }
}
