package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportCommandTest {
    private static final Pattern WROTE = Pattern.compile("wrote (\\d+) (triples|quads) ");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"turtle, TURTLE, triples", "ntriples, NTRIPLES, triples", "rdfxml, RDFXML, triples",
            "nquads, NQUADS, quads", "trig, TRIG, quads", "jsonld, JSONLD, quads"})
    void exportParsesBackToTheReportedCount(String format, String langName, String unit) throws Exception {
        Path store = Samples.builtStore(dir);
        Path file = dir.resolve("export." + format);
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", format, "--out", file.toString());

        assertEquals(0, r.code(), r::toString);
        assertTrue(Files.size(file) > 0, "export file is empty");
        assertTrue(Files.notExists(dir.resolve("export." + format + ".part")), "no temporary file left");
        long reported = reported(r, unit);
        assertTrue(reported > 0, r::toString);
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(reported, parsedCount(in, lang(langName), unit.equals("quads")));
        }
    }

    @Test
    void exportToStandardOutputIsRawUtf8() throws Exception {
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("export", "--store", store.toString(), "--format", "nquads");

        assertEquals(0, r.code(), r::toString);
        assertTrue(r.out().contains("研修班"), "the Chinese text survives as UTF-8");
        long reported = reported(r, "quads");
        assertEquals(reported, parsedCount(new ByteArrayInputStream(r.outBytes()), Lang.NQUADS, true));
        assertEquals(reported, r.out().lines().count());
    }

    @Test
    void unionExportHasNoMoreTriplesThanQuads() throws Exception {
        Path store = Samples.builtStore(dir);
        long triples = reported(Cli.run("export", "--store", store.toString(), "--format", "ntriples",
                "--out", dir.resolve("a.nt").toString()), "triples");
        long quads = reported(Cli.run("export", "--store", store.toString(), "--format", "nquads",
                "--out", dir.resolve("a.nq").toString()), "quads");

        assertTrue(triples > 0 && triples <= quads, triples + " triples, " + quads + " quads");
    }

    private static long reported(Cli.Result r, String unit) {
        Matcher m = WROTE.matcher(r.err());
        assertTrue(m.find(), r::toString);
        assertEquals(unit, m.group(2), r::toString);
        return Long.parseLong(m.group(1));
    }

    private static Lang lang(String name) {
        return switch (name) {
            case "TURTLE" -> Lang.TURTLE;
            case "NTRIPLES" -> Lang.NTRIPLES;
            case "RDFXML" -> Lang.RDFXML;
            case "NQUADS" -> Lang.NQUADS;
            case "TRIG" -> Lang.TRIG;
            case "JSONLD" -> Lang.JSONLD;
            default -> throw new IllegalArgumentException(name);
        };
    }

    private static long parsedCount(InputStream in, Lang lang, boolean quads) {
        if (quads) {
            DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
            RDFDataMgr.read(dsg, in, lang);
            return dsg.stream().count();
        }
        Graph g = GraphFactory.createDefaultGraph();
        RDFDataMgr.read(g, in, lang);
        return g.size();
    }
}
