package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {
    private static final String SKOS = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n";

    @TempDir
    Path dir;

    @Test
    void syntaxErrorInTextIsOneLineWithLineAndColumn() {
        Cli.Result r = Cli.run("query", "--store", dir.resolve("store").toString(), "SELECT ?x WHERE { ?x ?p }");

        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.errLines().get(0).matches("atlas: query: line 1, column 22: unexpected .}.+"), r::toString);
    }

    @Test
    void syntaxErrorInFileNamesTheFile() throws Exception {
        Path rq = dir.resolve("bad.rq");
        Files.writeString(rq, "# a broken query\nSELECT ?s\nWHERE { ?s ?p ?o FILTER(?s = ) }\n");
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("query", "--store", store.toString(), rq.toString());

        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of("atlas: " + rq + ": line 3, column 28: unexpected ')'"), r.errLines(), r::toString);
    }

    @Test
    void missingStoreIsOneLine() {
        Path store = dir.resolve("nowhere");
        Cli.Result r = Cli.run("query", "--store", store.toString(), "ASK {}");

        assertEquals(1, r.code(), r::toString);
        assertEquals(1, r.errLines().size(), r::toString);
        assertTrue(r.err().startsWith("atlas: " + store + ": no store here"), r::toString);
    }

    @Test
    void csvCountSeesNamedGraphsThroughTheUnionDefaultGraph() throws Exception {
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "csv", Samples.COUNT_DOCUMENTS);

        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("n", "1"), r.out().lines().toList());
    }

    @Test
    void queryFromFile() throws Exception {
        Path store = Samples.builtStore(dir);
        Path rq = dir.resolve("count.rq");
        Files.writeString(rq, Samples.COUNT_DOCUMENTS);
        Cli.Result r = Cli.run("query", "--store", store.toString(), "--format", "tsv", rq.toString());

        assertEquals(0, r.code(), r::toString);
        assertEquals(List.of("?n", "1"), r.out().lines().toList());
    }

    @Test
    void askPrintsYesOrNoAndJsonBoolean() throws Exception {
        Path store = Samples.builtStore(dir);
        String vocabulary = SKOS + "ASK { ?c a skos:Concept }";

        assertEquals("yes\n", Cli.run("query", "--store", store.toString(), vocabulary).out());
        assertEquals("no\n", Cli.run("query", "--store", store.toString(), "ASK { <x:nothing> ?p ?o }").out());
        String json = Cli.run("query", "--store", store.toString(), "--format", "json", vocabulary).out();
        assertTrue(json.replaceAll("\\s", "").contains("\"boolean\":true"), json);
    }

    @Test
    void tableIsTheDefault() throws Exception {
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("query", "--store", store.toString(), Samples.COUNT_DOCUMENTS);

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("| n |"), r::toString);
        assertTrue(r.out().contains("| 1 |"), r::toString);
    }

    @Test
    void constructPrintsTurtle() throws Exception {
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("query", "--store", store.toString(),
                SKOS + "CONSTRUCT { ?c skos:prefLabel ?l } WHERE { ?c a skos:Concept ; skos:prefLabel ?l } LIMIT 5");

        assertEquals(0, r.code(), r::toString);
        Model m = ModelFactory.createDefaultModel();
        RDFDataMgr.read(m, new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)), Lang.TURTLE);
        assertEquals(5, m.size(), r::toString);
    }
}
