package org.exchangeatlas.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code atlas validate}: the sample corpus conforms; a store that breaks a shape, made by hand
 * here, fails with one readable line per violation, grouped by shape, and the counts.
 */
class ValidateCommandTest {
    static final String PROGRAM = "https://w3id.org/exchange-atlas/id/program/hand-made";
    static final String CLAIM = "https://w3id.org/exchange-atlas/id/claim/hand-made";

    @TempDir
    Path dir;

    @Test
    void theSampleStoreConforms() {
        Path store = dir.resolve("samples");
        Cli.run("build", "--store", store.toString(), "samples");
        Cli.Result r = Cli.run("validate", "--store", store.toString());
        assertEquals(0, r.code(), r::toString);
        assertEquals("conforms: 0 violations\n", r.out());
    }

    /** A store with one good notice, then a claim without a passage and a program without a title. */
    private Path brokenStore() throws Exception {
        Path store = Samples.builtStore(dir);
        try (AtlasStore s = AtlasStore.open(store)) {
            s.write(dsg -> {
                Node g = uri(AtlasTerms.ID + "document/hand-made");
                Node program = uri(PROGRAM);
                Node claim = uri(CLAIM);
                dsg.add(g, program, uri(AtlasTerms.RDF_TYPE), uri(AtlasTerms.PROGRAM));
                dsg.add(g, program, uri(AtlasTerms.SKOS_PREF_LABEL), NodeFactory.createLiteralLang("Hand-made program", "en"));
                dsg.add(g, claim, uri(AtlasTerms.RDF_TYPE), uri(AtlasTerms.CLAIM));
                dsg.add(g, claim, uri(AtlasTerms.RDF_SUBJECT), program);
                dsg.add(g, claim, uri(AtlasTerms.RDF_PREDICATE), uri(AtlasTerms.TOPIC));
                dsg.add(g, claim, uri(AtlasTerms.RDF_OBJECT), uri(AtlasTerms.ID + "topic/blockchain"));
                dsg.add(g, claim, uri(AtlasTerms.PROV_DERIVED_FROM), uri(AtlasTerms.ID + "document/missing"));
            });
        }
        return store;
    }

    @Test
    void aStoreThatBreaksTheShapesFailsWithOneReadableLinePerViolation() throws Exception {
        Path store = brokenStore();
        Cli.Result r = Cli.run("validate", "--store", store.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of(
                "Claim (shape:ClaimShape): 2 violations",
                "  Claim (" + CLAIM + "): oa:hasSelector: A claim must cite exactly one passage (oa:hasSelector)"
                        + " with oa:start, oa:end and oa:exact",
                "  Claim (" + CLAIM + "): prov:wasDerivedFrom: A claim must cite exactly one document"
                        + " (prov:wasDerivedFrom an atlas:Document)",
                "Program title (shape:ProgramTitleShape): 1 violation",
                "  Hand-made program (" + PROGRAM + "): Program title: A program needs a title (atlas:title);"
                        + " only a reported program (atlas:ReportedProgram) may lack one",
                "does not conform: 3 violations of 2 shapes"), r.out().lines().toList());
        assertEquals("", r.err());
    }

    @Test
    void turtleGivesTheShaclReportGraph() throws Exception {
        Path store = brokenStore();
        Cli.Result r = Cli.run("validate", "--store", store.toString(), "--format", "turtle");
        assertEquals(1, r.code(), r::toString);
        Model report = ModelFactory.createDefaultModel();
        RDFParser.source(new ByteArrayInputStream(r.outBytes())).lang(Lang.TURTLE).parse(report);
        String sh = "PREFIX sh: <http://www.w3.org/ns/shacl#> PREFIX oa: <http://www.w3.org/ns/oa#> ";
        assertTrue(ask(report, sh + "ASK { ?r a sh:ValidationReport ; sh:conforms false }"), r::toString);
        assertTrue(ask(report, sh + "ASK { ?r sh:result [ sh:focusNode <" + CLAIM + "> ; sh:resultPath oa:hasSelector ;"
                + " sh:sourceShape <https://w3id.org/exchange-atlas/ontology/shapes#ClaimSelector> ] }"), r::toString);
        assertEquals(3, report.listResourcesWithProperty(report.createProperty("http://www.w3.org/ns/shacl#focusNode"))
                .toList().size(), r::toString);
    }

    @Test
    void anUnknownFormatIsAUsageError() throws Exception {
        Path store = Samples.builtStore(dir);
        Cli.Result r = Cli.run("validate", "--store", store.toString(), "--format", "xml");
        assertEquals(2, r.code(), r::toString);
        assertTrue(r.errLines().get(0).startsWith("atlas: Invalid value for option '--format'"), r::toString);
    }

    @Test
    void noStoreIsOneLineAndExit1() {
        Path missing = dir.resolve("none");
        Cli.Result r = Cli.run("validate", "--store", missing.toString());
        assertEquals(1, r.code(), r::toString);
        assertEquals(List.of("atlas: " + missing + ": no store here (run 'atlas build --store " + missing
                + " PATH...' first)"), r.errLines());
    }

    private static boolean ask(Model m, String query) {
        try (QueryExecution qe = QueryExecution.create(query, m)) {
            return qe.execAsk();
        }
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
