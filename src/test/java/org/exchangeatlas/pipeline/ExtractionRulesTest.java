package org.exchangeatlas.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.exchangeatlas.cli.Wiring;
import org.exchangeatlas.extract.EntityRecord;
import org.exchangeatlas.extract.ExtractorRules;
import org.exchangeatlas.extract.Fact;
import org.exchangeatlas.extract.Problem;
import org.exchangeatlas.extract.ProgramRecord;
import org.exchangeatlas.extract.RecordSink;
import org.exchangeatlas.extract.Value;
import org.exchangeatlas.model.AtlasTerms;
import org.exchangeatlas.source.Document;
import org.exchangeatlas.source.Span;
import org.exchangeatlas.store.AtlasStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which rule said it: every claim of a build names its rule ({@code atlas:extractedBy}), the
 * default of the extractor that made it unless the extractor named one, and every document
 * carries the extractor version.
 */
class ExtractionRulesTest {
    @TempDir
    Path tmp;

    @Test
    void everyClaimOfASampleBuildNamesTheRuleOfItsExtractor() throws Exception {
        List<Path> files = List.of(Path.of("samples/notices/2019-laos-media.txt"),
                Path.of("samples/english/2021-asean-digital-economy-online.txt"),
                Path.of("samples/press/2023-03-ild-cuba-meeting.txt"), Path.of("samples/coded/programs.csv"));
        try (AtlasStore store = AtlasStore.open(tmp.resolve("store"))) {
            Wiring.pipeline().run(files, store, BuildListener.NONE, BuildOptions.DEFAULTS);
            List<String> rows = select(store, """
                    SELECT ?file ?p (GROUP_CONCAT(DISTINCT STRAFTER(STR(?rule), "/rule/")) AS ?rules) WHERE {
                      GRAPH ?g { ?d atlas:sourcePath ?path . ?c a atlas:Claim ; rdf:predicate ?p .
                                 OPTIONAL { ?c atlas:extractedBy ?rule } }
                      BIND(REPLACE(?path, "^.*/", "") AS ?file)
                      FILTER(?p IN (atlas:title, atlas:organizer, atlas:engagedWith)) }
                    GROUP BY ?file ?p ORDER BY ?file ?p""");
            assertEquals(List.of(
                    "2019-laos-media.txt organizer notice-field",
                    "2019-laos-media.txt title notice-title",
                    "2021-asean-digital-economy-online.txt organizer notice-field-en",
                    "2021-asean-digital-economy-online.txt title notice-title-en",
                    "2023-03-ild-cuba-meeting.txt engagedWith report-sentence",
                    "2023-03-ild-cuba-meeting.txt organizer report-sentence",
                    "programs.csv organizer coded-cell",
                    "programs.csv title coded-cell"), rows);
            assertEquals(List.of("0"), select(store,
                    "SELECT (COUNT(?c) AS ?n) WHERE { ?c a atlas:Claim FILTER NOT EXISTS { ?c atlas:extractedBy ?r } }"));
            assertEquals(List.of("4 4"), select(store, """
                    SELECT (COUNT(DISTINCT ?d) AS ?docs) (COUNT(?v) AS ?versions) WHERE {
                      ?d a atlas:Document ; atlas:extractorVersion ?v FILTER(STRLEN(?v) > 0) }"""));
        }
    }

    @Test
    void aRuleTheExtractorNamedIsKeptAndTitlesGetTheTitleRule() {
        List<String> seen = new ArrayList<>();
        RecordSink collect = new Collector(seen);
        RuleStamp stamp = new RuleStamp(ExtractorRules.CHINESE_NOTICE, collect);
        String own = ExtractorRules.rule("notice-date-range");
        Span span = new Span(0, 4);
        ProgramRecord titled = new ProgramRecord("k", "2021年班", "zh", "class", span);
        stamp.program(titled);
        stamp.fact(new Fact(titled.iri(), AtlasTerms.TOPIC, new Value.Iri("t"), span));
        stamp.fact(new Fact(titled.iri(), AtlasTerms.START_DATE, new Value.Iri("d"), span, own));
        stamp.program(new ProgramRecord("r", null, "en", "reported", span, AtlasTerms.REPORTED_PROGRAM));
        assertEquals(List.of(
                "program k",
                "fact " + AtlasTerms.TITLE + " " + ExtractorRules.rule("notice-title"),
                "fact " + AtlasTerms.TOPIC + " " + ExtractorRules.rule("notice-field"),
                "fact " + AtlasTerms.START_DATE + " " + own,
                "program r"), seen);
    }

    private static List<String> select(AtlasStore store, String query) {
        return store.read(() -> {
            List<String> out = new ArrayList<>();
            try (QueryExecution q = QueryExecution.dataset(store.dataset()).query("""
                    PREFIX atlas: <https://w3id.org/exchange-atlas/ontology#>
                    PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
                    """ + query).build()) {
                q.execSelect().forEachRemaining(row -> {
                    List<String> cells = new ArrayList<>();
                    row.varNames().forEachRemaining(v -> {
                        var n = row.get(v);
                        cells.add(n.isLiteral() ? n.asLiteral().getLexicalForm()
                                : n.asResource().getURI().replace(AtlasTerms.NS, ""));
                    });
                    out.add(String.join(" ", cells));
                });
            }
            return out;
        });
    }

    /** Records what reaches it, one line per call. */
    private record Collector(List<String> seen) implements RecordSink {
        @Override
        public void startDocument(Document d) {}

        @Override
        public void program(ProgramRecord p) {
            seen.add("program " + p.key());
        }

        @Override
        public void fact(Fact f) {
            seen.add("fact " + f.predicate() + " " + f.rule());
        }

        @Override
        public void entity(EntityRecord e) {}

        @Override
        public void problem(Problem p) {}

        @Override
        public void endDocument(Document d) {}
    }
}
